"""The code's shape, for the whole package: no function over 60 lines, no import circle,
no private name imported across packages, and the batch package below scale/.

Read from the source with ast (every import, at module level or inside a
function, since a lazy import is still a dependency), so the test needs
neither Dask nor warcio.
"""

from __future__ import annotations

import ast
from pathlib import Path

import artextract

PACKAGE = Path(artextract.__file__).parent
EVERYTHING = ("artextract",)
MAX_LINES = 60


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def _imports() -> dict[str, set[tuple[str, str | None]]]:
    """module -> {(imported module, imported name or None)} for artextract's own modules."""
    graph: dict[str, set[tuple[str, str | None]]] = {}
    for path in PACKAGE.rglob("*.py"):
        module = _module_name(path)
        found: set[tuple[str, str | None]] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                found |= {(alias.name, None) for alias in node.names if alias.name.startswith("artextract")}
            elif isinstance(node, ast.ImportFrom):
                target = _resolve(module, path.name == "__init__.py", node)
                if target.startswith("artextract"):
                    found |= {(target, alias.name) for alias in node.names}
        graph[module] = found
    return graph


def _dependencies(graph) -> dict[str, set[str]]:
    """Module -> modules it imports (`from pkg import module` counts as importing pkg.module)."""
    modules = set(graph)
    deps: dict[str, set[str]] = {}
    for module, imports in graph.items():
        deps[module] = set()
        for target, name in imports:
            submodule = f"{target}.{name}" if name else None
            deps[module].add(submodule if submodule in modules else target)
    return deps


def _cycle(deps: dict[str, set[str]], within: tuple[str, ...]) -> list[str] | None:
    """One import circle among modules under `within` (parents of a module do not count), or None."""
    nodes = {module for module in deps if module.startswith(within)}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        stack.append(module)
        for target in sorted(deps.get(module, ())):
            if target not in nodes or module.startswith(target + "."):
                continue
            if state.get(target) == 1:
                return stack[stack.index(target):] + [target]
            if target not in state and (found := visit(target)):
                return found
        state[module] = 2
        stack.pop()
        return None

    for module in sorted(nodes):
        if module not in state and (found := visit(module)):
            return found
    return None


def test_no_function_over_60_lines():
    long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_LINES:
                    long.append(f"{_module_name(path)}:{node.lineno} {node.name} ({length} lines)")
    assert long == []


def test_no_import_circle():
    assert _cycle(_dependencies(_imports()), EVERYTHING) is None


def test_batch_never_imports_scale():
    deps = _dependencies(_imports())
    offenders = {module: sorted(target for target in targets if target.startswith("artextract.scale"))
                 for module, targets in deps.items() if module.startswith("artextract.batch")}
    assert {module: found for module, found in offenders.items() if found} == {}


def test_control_module_imports_nothing_of_artextract():
    assert _imports()["artextract.batch.control"] == set()


def test_no_private_name_is_imported_across_packages():
    found = []
    for module, imports in _imports().items():
        package = module.rsplit(".", 1)[0]
        for target, name in imports:
            if name and name.startswith("_") and not target.startswith(package) and name != "__version__":
                found.append(f"{module}: from {target} import {name}")
    assert found == []


def test_the_graph_reader_sees_a_circle():
    deps = {"artextract.batch.a": {"artextract.scale.b"}, "artextract.scale.b": {"artextract.batch.a"}}
    assert _cycle(deps, EVERYTHING) == ["artextract.batch.a", "artextract.scale.b", "artextract.batch.a"]
