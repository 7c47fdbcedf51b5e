"""The command line in batch mode: routing, outputs, exit codes, stderr, usage errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from artextract.cli import main

from batch_helpers import ARTICLE, read_jsonl, write_tree


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def tree(tmp_path):
    root = tmp_path / "pages"
    paths = write_tree(root, 6, per_folder=3)
    return root, paths


def _lines(text):
    return [json.loads(line) for line in text.splitlines()]


def test_directory_to_jsonl_on_stdout(runner, tree):
    root, paths = tree
    result = runner.invoke(main, [str(root), "-j", "2"])
    assert result.exit_code == 0, result.stderr
    records = _lines(result.stdout)
    assert sorted(record["source"]["path"] for record in records) == paths
    assert all(record["headline"].startswith("Story number") for record in records)
    assert "6 inputs: 6 ok, 0 empty, 0 failed" in result.stderr


def test_several_files_are_batch_mode_and_ordered_keeps_order(runner, tree):
    _, paths = tree
    result = runner.invoke(main, list(reversed(paths)) + ["--ordered"])
    assert result.exit_code == 0
    assert [record["source"]["path"] for record in _lines(result.stdout)] == list(reversed(paths))


def test_any_failed_input_exits_1_and_every_input_has_a_record(runner, tree):
    root, paths = tree
    (root / "empty.html").write_bytes(b"")
    result = runner.invoke(main, [str(root)])
    assert result.exit_code == 1
    records = _lines(result.stdout)
    assert len(records) == len(paths) + 1
    (error,) = [record for record in records if "error" in record]
    assert error == {"source": {"type": None, "path": str(root / "empty.html")},
                     "error": {"type": "input", "message": "empty input"}}
    assert f"{root / 'empty.html'}: empty input" in result.stderr


def test_empty_article_is_not_a_failure(runner, tmp_path):
    (tmp_path / "nav.html").write_bytes(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (tmp_path / "a.html").write_bytes(ARTICLE)
    result = runner.invoke(main, [str(tmp_path)])
    assert result.exit_code == 0
    assert "1 ok, 1 empty, 0 failed" in result.stderr


def test_output_jsonl_file(runner, tree, tmp_path):
    root, paths = tree
    target = tmp_path / "out.jsonl"
    result = runner.invoke(main, [str(root), "-o", str(target)])
    assert result.exit_code == 0 and result.stdout == ""
    assert sorted(record["source"]["path"] for record in read_jsonl(target)) == paths


def test_single_file_with_jsonl_output_or_batch_option_is_batch(runner, tree, tmp_path):
    _, paths = tree
    target = tmp_path / "one.jsonl"
    assert runner.invoke(main, [paths[0], "-o", str(target)]).exit_code == 0
    assert len(target.read_text().splitlines()) == 1
    result = runner.invoke(main, [paths[0], "-j", "1"])
    assert len(result.stdout.splitlines()) == 1 and json.loads(result.stdout)["source"]["path"] == paths[0]


def test_output_directory_mirrors_the_tree(runner, tree, tmp_path):
    root, paths = tree
    (root / "part000" / "bad.html").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "out"
    result = runner.invoke(main, [str(root), "-o", f"{out}/"])
    assert result.exit_code == 1
    written = sorted(str(path.relative_to(out)) for path in out.rglob("*.json"))
    assert written == sorted(str(__import__("pathlib").Path(p).relative_to(root)) + ".json" for p in paths)
    (error,) = read_jsonl(out / "errors.jsonl")
    assert error["source"]["path"].endswith("bad.html") and error["error"]["type"] == "input"


def test_output_directory_in_text_format(runner, tree, tmp_path):
    root, _ = tree
    out = tmp_path / "out"
    result = runner.invoke(main, [str(root), "-o", f"{out}/", "-f", "text"])
    assert result.exit_code == 0
    first = sorted(out.rglob("*.txt"))[0]
    assert first.read_text().startswith("Paragraph 0 of story")


def test_files_from_stdin(runner, tree):
    _, paths = tree
    result = runner.invoke(main, ["--files-from", "-"], input="\n".join(paths[:3]) + "\n")
    assert result.exit_code == 0
    assert sorted(record["source"]["path"] for record in _lines(result.stdout)) == paths[:3]


def test_glob_option(runner, tree):
    root, _ = tree
    (root / "notes.page").write_bytes(ARTICLE)
    result = runner.invoke(main, [str(root), "--glob", "*.page"])
    assert [record["source"]["path"] for record in _lines(result.stdout)] == [str(root / "notes.page")]


def test_max_size(runner, tree):
    root, paths = tree
    result = runner.invoke(main, [str(root), "--max-size", "0.1k"])
    assert result.exit_code == 1
    assert all("larger than" in record["error"]["message"] for record in _lines(result.stdout))


def test_quiet_prints_nothing_when_all_is_well(runner, tree):
    root, _ = tree
    result = runner.invoke(main, [str(root), "--quiet"])
    assert result.exit_code == 0 and result.stderr == ""


def test_forced_progress_stays_off_stdout(runner, tree):
    root, paths = tree
    result = runner.invoke(main, [str(root), "--progress"])
    assert result.exit_code == 0
    assert len(_lines(result.stdout)) == len(paths)  # stdout is records only


def test_no_progress_bar_when_stderr_is_not_a_terminal(runner, tree):
    root, _ = tree
    result = runner.invoke(main, [str(root)])
    assert result.stderr.splitlines() == [line for line in result.stderr.splitlines() if line.startswith("artextract: ")]


def test_empty_directory_exit_1_names_it(runner, tmp_path):
    # Issue 13: an empty directory printed a "0 inputs (0.0 pages/s)" summary before the cause.
    result = runner.invoke(main, [str(tmp_path)])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [f"artextract: {tmp_path}: no files matching "
                                          "*.html *.htm *.xhtml *.txt *.html.gz *.htm.gz *.xhtml.gz *.txt.gz *.warc "
                                          "*.warc.gz in this directory"]


def test_shell_completion_offers_file_names(tmp_path, monkeypatch):
    # Issue 13: shell completion completed options but not file names.
    import click.shell_completion as completion

    monkeypatch.setenv("COMP_WORDS", "artextract pag")
    monkeypatch.setenv("COMP_CWORD", "1")
    source = completion.BashComplete(main, {}, "artextract", "_ARTEXTRACT_COMPLETE")
    items = source.get_completions([], "pag")
    assert [item.type for item in items] == ["file"]
    args, incomplete = ["-o"], "ou"
    assert [item.type for item in source.get_completions(args, incomplete)] == ["file"]


@pytest.mark.parametrize("arguments, message", [
    (["--resume"], "--resume needs -o"),
    (["-f", "text"], "needs -o DIR/"),
    (["-"], "--files-from -"),
    (["--url", "https://example.org"], "--url is for a single page"),
    (["--explain"], "--explain is for a single page"),
    (["-j", "0"], "0"),
    (["--max-size", "lots"], "not a size"),
])
def test_usage_errors_exit_2(runner, tree, arguments, message):
    root, _ = tree
    result = runner.invoke(main, [str(root)] + arguments)
    assert result.exit_code == 2
    assert message in result.stderr


def test_missing_files_from_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(main, ["--files-from", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2


def test_single_file_mode_is_unchanged(runner, seed_path):
    result = runner.invoke(main, [str(seed_path)])
    assert result.exit_code == 0
    assert result.stdout.startswith("{\n  \"headline\"")  # pretty JSON, not a JSON line


def _executable():
    found = shutil.which("artextract")
    return [found] if found else [sys.executable, "-m", "artextract"]


@pytest.mark.parametrize("command", [_executable(), [sys.executable, "-m", "artextract"]], ids=["script", "dash-m"])
def test_real_process_batch(tree, command):
    root, paths = tree
    done = subprocess.run(command + [str(root), "-j", "2"], capture_output=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    assert sorted(json.loads(line)["source"]["path"] for line in done.stdout.splitlines()) == paths
    assert b"Traceback" not in done.stderr


def test_cli_import_stays_light():
    code = ("import sys, artextract.cli; heavy = [m for m in ('lxml', 'rich', 'bs4', 'multiprocessing') "
            "if m in sys.modules]; print(heavy)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("arguments", [
    ["--max-size", "inf"], ["--max-size", "1e400"], ["--max-size", "nan"], ["--max-size", "-5"], ["--max-size", "2T"],
    ["--timeout", "inf"], ["--timeout", "nan"], ["--timeout", "1e400"], ["--timeout", "-1"],
    ["--memory-limit", "inf"],
])
def test_option_edges_are_usage_errors(runner, tree, arguments):
    # Issue 15 item 10: inf and 1e400 gave OverflowError tracebacks, nan meant "no limit".
    root, _ = tree
    result = runner.invoke(main, [str(root), *arguments])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and arguments[0] in result.stderr


def test_a_generous_max_size_does_not_allocate_it(runner, tree):
    # Issue 15 item 10: --max-size 1000G on a small file said "not enough memory".
    root, paths = tree
    result = runner.invoke(main, [str(root), "--max-size", "1000G", "--memory-limit", "1G"])
    assert result.exit_code == 0, result.output
    assert len(_lines(result.stdout)) == len(paths)


def test_size_limits_are_named_in_readable_units(runner, tmp_path):
    # Issue 13: --max-size 1k said "0.000976562 MiB".
    (tmp_path / "big.html").write_bytes(ARTICLE * 4)
    result = runner.invoke(main, [str(tmp_path), "--max-size", "1k"])
    assert "larger than the 1 KiB limit" in result.stdout
