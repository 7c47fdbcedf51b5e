"""One identity per input: any spelling of the same input is recognised by --resume (issue 13 step 1)."""

from __future__ import annotations

import io
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from artextract.batch.command import run_command
from artextract.batch.engine import BatchCommand
from artextract.batch.identity import identity_of, key_of
from artextract.batch.records import record_key

from batch_helpers import read_jsonl, write_tree

PAGES = 6


def _spell(root: str, relative_to: str, how: str, inside: str = "") -> str:
    """One of many ways to write the same path."""
    target = os.path.join(root, inside) if inside else root
    if how == "absolute":
        return target
    if how == "relative":
        return os.path.relpath(target, relative_to)
    if how == "dot":
        return os.path.join(".", os.path.relpath(target, relative_to))
    if how == "slash":  # a trailing slash, for a directory
        return os.path.relpath(target, relative_to) + ("" if inside else os.sep)
    if how == "detour":
        return os.path.join(root, "part000", os.pardir, inside) if inside else os.path.join(root, "part000", os.pardir)
    if how == "link":
        return os.path.join(os.path.dirname(root), "alias", inside) if inside else os.path.join(os.path.dirname(root), "alias")
    raise ValueError(how)


SPELLINGS = st.sampled_from(["absolute", "relative", "dot", "slash", "detour", "link"])


def _run(arguments: list[str], out: str, resume: bool) -> int:
    command = BatchCommand(inputs=tuple(arguments), output=out, jobs=0, resume=resume, quiet=True)
    return run_command(command, stdout=io.BytesIO(), stderr=io.StringIO())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=SPELLINGS, second=SPELLINGS, done=st.sets(st.integers(0, PAGES - 1)), by_files=st.booleans())
def test_resume_under_any_spelling_gives_one_record_per_input(tmp_path_factory, monkeypatch, first, second, done,
                                                              by_files):
    base = tmp_path_factory.mktemp("spell")
    root = str(base / "pages")
    paths = write_tree(base / "pages", PAGES, per_folder=PAGES)
    os.symlink(root, base / "alias")
    monkeypatch.chdir(base)
    out = str(base / "out.jsonl")
    # A first run that did part of the work (as a killed one would), named one way ...
    named = [_spell(root, str(base), first, os.path.relpath(paths[index], root)) for index in sorted(done)]
    if named:
        assert _run(named, out, resume=False) == 0
    # ... then the whole directory, or every file, named another way, resumed.
    again = ([_spell(root, str(base), second, os.path.relpath(path, root)) for path in paths] if by_files
             else [_spell(root, str(base), second)])
    assert _run(again, out, resume=bool(named)) == 0
    keys = [record_key(record) for record in read_jsonl(out)]
    assert sorted(keys) == sorted(identity_of(path) for path in paths)


def test_identity_of_resolves_spellings_and_links(tmp_path):
    (tmp_path / "real").mkdir()
    page = tmp_path / "real" / "a.html"
    page.write_text("x")
    os.symlink(tmp_path / "real", tmp_path / "alias")
    os.symlink(page, tmp_path / "link.html")
    spellings = [str(page), str(tmp_path / "alias" / "a.html"), str(tmp_path / "real" / ".." / "real" / "a.html"),
                 str(tmp_path / "link.html")]
    assert {identity_of(path) for path in spellings} == {os.path.realpath(page)}
    assert identity_of("https://example.org/a") == "https://example.org/a"
    assert key_of("x", 12) == ("x", 12) and key_of("x", None) == "x"
