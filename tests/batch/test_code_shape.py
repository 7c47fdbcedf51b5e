"""Code shape of batch/, scale/ and cli.py: no function longer than 60 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import artextract

PACKAGE = Path(artextract.__file__).parent
MAX_LINES = 60


def _owned_files() -> list[Path]:
    return sorted([*(PACKAGE / "batch").glob("*.py"), *(PACKAGE / "scale").glob("*.py"), PACKAGE / "cli.py"])


def test_no_function_over_60_lines():
    long = []
    for path in _owned_files():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_LINES:
                    long.append(f"{path.name}:{node.lineno} {node.name} ({length} lines)")
    assert long == []
