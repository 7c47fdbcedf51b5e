"""Outputs never become inputs, inputs never get overwritten, files get the umask's mode (issue 13)."""

from __future__ import annotations

import json
import os
import stat

import pytest
from click.testing import CliRunner

from artextract.cli import main

from batch_helpers import ARTICLE, read_jsonl, write_tree


@pytest.fixture
def runner():
    return CliRunner()


def test_output_directory_inside_the_input_is_not_read_back(runner, tmp_path):
    # Issue 13: `artextract site/ -o site/clean/ -f text` run twice reported 9 inputs and wrote
    # site/clean/clean/0001.html.gz.txt.txt.
    write_tree(tmp_path / "site", 4)
    arguments = [str(tmp_path / "site"), "-o", str(tmp_path / "site" / "clean") + "/", "-f", "text", "--glob", "*.txt",
                 "--glob", "*.html"]
    first = runner.invoke(main, arguments)
    second = runner.invoke(main, arguments)
    assert first.exit_code == second.exit_code == 0, second.stderr
    assert "4 inputs" in first.stderr and "4 inputs" in second.stderr
    assert not (tmp_path / "site" / "clean" / "clean").exists()
    assert not list((tmp_path / "site" / "clean").rglob("*.txt.txt"))


def test_jsonl_output_inside_the_input_is_not_read_back(runner, tmp_path):
    write_tree(tmp_path / "site", 3)
    arguments = [str(tmp_path / "site"), "-o", str(tmp_path / "site" / "all.jsonl"), "--glob", "*"]
    assert runner.invoke(main, arguments).exit_code == 0
    result = runner.invoke(main, arguments + ["--resume"])
    assert result.exit_code == 2 and "is one of the inputs" in result.stderr  # it exists now, and --glob takes it
    (tmp_path / "site" / "all.jsonl").unlink()
    fresh = runner.invoke(main, [str(tmp_path / "site"), "-o", str(tmp_path / "site" / "new.jsonl"), "--glob", "*"])
    assert fresh.exit_code == 0 and "3 inputs" in fresh.stderr, fresh.stderr  # the run's own new file is not read


@pytest.mark.parametrize("batch", [False, True])
def test_output_naming_an_input_is_a_usage_error(runner, tmp_path, batch):
    # Issue 13: `artextract victim.html -o victim.html` replaced the page with JSON and exited 0.
    victim = tmp_path / "victim.html"
    victim.write_bytes(ARTICLE)
    arguments = [str(victim), "-o", str(victim)] + (["-j", "1"] if batch else [])
    result = runner.invoke(main, arguments)
    assert result.exit_code == 2 and "victim.html" in result.stderr
    assert victim.read_bytes() == ARTICLE
    spelt = runner.invoke(main, [str(victim), "-o", os.path.join(str(tmp_path), ".", "victim.html")])
    assert spelt.exit_code == 2 and victim.read_bytes() == ARTICLE


def test_output_that_is_a_page_of_an_input_directory_is_a_usage_error(runner, tmp_path):
    write_tree(tmp_path / "pages", 2, per_folder=5)
    page = tmp_path / "pages" / "part000" / "page0000.html"
    before = page.read_bytes()
    result = runner.invoke(main, [str(tmp_path / "pages"), "-o", str(page)])
    assert result.exit_code == 2 and page.read_bytes() == before


def test_output_directory_holding_the_input_is_a_usage_error(runner, tmp_path):
    write_tree(tmp_path / "site", 2)
    result = runner.invoke(main, [str(tmp_path / "site"), "-o", str(tmp_path / "site") + "/"])
    assert result.exit_code == 2 and "input directory" in result.stderr


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_files_get_the_mode_the_umask_gives(runner, tmp_path):
    # Issue 13: under umask 022, `-o a.json` and everything under `-o DIR/` came out -rw-------.
    write_tree(tmp_path / "in", 2)
    (tmp_path / "in" / "bad.html").write_bytes(b"")
    previous = os.umask(0o022)
    try:
        single = runner.invoke(main, [str(tmp_path / "in" / "part000" / "page0000.html"), "-o",
                                      str(tmp_path / "a.json")])
        tree = runner.invoke(main, [str(tmp_path / "in"), "-o", str(tmp_path / "out") + "/"])
        lines = runner.invoke(main, [str(tmp_path / "in"), "-o", str(tmp_path / "all.jsonl")])
    finally:
        os.umask(previous)
    assert single.exit_code == 0 and tree.exit_code == 1 and lines.exit_code == 1
    written = [tmp_path / "a.json", tmp_path / "all.jsonl", tmp_path / "out" / "errors.jsonl",
               *(tmp_path / "out").rglob("*.json")]
    assert {str(path): _mode(path) for path in written} == {str(path): 0o644 for path in written}


def test_resume_with_another_spelling_of_the_inputs_adds_nothing(runner, tmp_path, monkeypatch):
    # Issue 13: `artextract pages300 -o out.jsonl`, then `artextract ./pages300/ -o out.jsonl --resume`
    # (or the absolute path) processed everything again and appended duplicate records.
    paths = write_tree(tmp_path / "pages", 5)
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(main, ["pages", "-o", "out.jsonl"]).exit_code == 0
    for spelling in ("./pages/", str(tmp_path / "pages"), "pages/../pages"):
        result = runner.invoke(main, [spelling, "-o", "out.jsonl", "--resume"])
        assert result.exit_code == 0 and "5 already done" in result.stderr, result.stderr
    records = read_jsonl(tmp_path / "out.jsonl")
    assert len(records) == 5 and {record["source"]["path"] for record in records} == {
        os.path.relpath(path, tmp_path) for path in paths}  # the path as it was given


def test_resume_with_other_inputs_says_so(runner, tmp_path):
    write_tree(tmp_path / "a", 3)
    write_tree(tmp_path / "b", 2)
    out = str(tmp_path / "out.jsonl")
    assert runner.invoke(main, [str(tmp_path / "a"), "-o", out]).exit_code == 0
    result = runner.invoke(main, [str(tmp_path / "b"), "-o", out, "--resume"])
    assert result.exit_code == 0
    assert "holds records of 3 input(s) not among this run's inputs" in result.stderr


def test_standard_input_alone_in_batch_mode(runner, tmp_path):
    # Issue 13: `cat p.html | artextract - -o out/` said "-" cannot be one of several inputs.
    result = runner.invoke(main, ["-", "-o", str(tmp_path / "out") + "/"], input=ARTICLE)
    assert result.exit_code == 0, result.stderr
    document = json.loads((tmp_path / "out" / "stdin.json").read_text())
    assert document["headline"] == "River cleanup draws hundreds"
