"""A --dedupe run: two passes, exactly once, and the same answer however it was interrupted (issue 13 step 4)."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from artextract.cli import main

from batch_helpers import read_jsonl

HEAD = "The Riverside Gazette weekly edition"
TAIL = "Printed and published in Riverside"


def site_page(site: int, number: int, paragraphs: int = 4) -> bytes:
    """A page of one of two sites: the site's own first and last lines around a distinct story."""
    story = "".join(
        f"<p>Paragraph {i} of story {number} on site {site} tells its own tale in words nobody else uses, "
        f"with detail {number * 7 + i} and more to say.</p>" for i in range(paragraphs))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Story {number}</title></head><body>"
            f"<article><h1>Story {number} of site {site}</h1><p>{HEAD} {site}</p>{story}"
            f"<p>{TAIL} {site}</p></article></body></html>").encode()


def write_sites(root: Path, per_site: int, paragraphs: int = 4) -> None:
    for site in range(2):
        folder = root / f"site{site}"
        folder.mkdir(parents=True)
        for number in range(per_site):
            (folder / f"page{number:03d}.html").write_bytes(site_page(site, number, paragraphs))
    # A copy of a page: marked duplicate_of, its text kept
    (root / "site0" / "zcopy.html").write_bytes(site_page(0, 1, paragraphs))


def _command() -> list[str]:
    found = shutil.which("artextract")
    return [found] if found else [sys.executable, "-m", "artextract"]


def _by_path(records: list[dict]) -> dict[str, dict]:
    keyed = {record["source"]["path"]: record for record in records}
    assert len(keyed) == len(records), "a record came twice"
    return keyed


def test_dedupe_removes_the_sites_lines_and_marks_copies(tmp_path):
    write_sites(tmp_path / "in", 4)
    result = CliRunner().invoke(main, [str(tmp_path / "in"), "--dedupe", "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.stderr
    records = _by_path(read_jsonl(tmp_path / "out.jsonl"))
    assert len(records) == 9
    for path, record in records.items():
        assert HEAD not in record["body"] and TAIL not in record["body"], path
        assert "Paragraph 0 of story" in record["body"]
    copy = records[str(tmp_path / "in" / "site0" / "zcopy.html")]
    assert copy["duplicate_of"] == str(tmp_path / "in" / "site0" / "page001.html")
    assert "from 9 page(s) of 2 site(s); 1 page(s) are copies" in result.stderr
    plain = CliRunner().invoke(main, [str(tmp_path / "in"), "-o", str(tmp_path / "plain.jsonl")])
    assert all(TAIL in record["body"] for record in read_jsonl(tmp_path / "plain.jsonl"))  # only when asked
    assert plain.exit_code == 0


def test_explain_lists_what_was_removed_from_each_page(tmp_path):
    write_sites(tmp_path / "in", 2)
    result = CliRunner().invoke(main, [str(tmp_path / "in"), "--dedupe", "--explain", "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 0
    lines = [line for line in result.stderr.splitlines() if "--dedupe removed" in line]
    assert len(lines) == 5 and all(TAIL in line for line in lines)


def test_text_directory_output_and_usage_errors(tmp_path):
    write_sites(tmp_path / "in", 2)
    out = tmp_path / "out"
    assert CliRunner().invoke(main, [str(tmp_path / "in"), "--dedupe", "-o", f"{out}/", "-f", "text"]).exit_code == 0
    texts = sorted(out.rglob("*.txt"))
    assert len(texts) == 5 and all(HEAD not in path.read_text() for path in texts)
    for extra in (["-f", "markdown", "-o", f"{tmp_path}/md/"], ["--ordered"]):
        assert CliRunner().invoke(main, [str(tmp_path / "in"), "--dedupe", *extra]).exit_code == 2


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
def test_killed_at_random_points_and_resumed_equals_an_uninterrupted_run(tmp_path):
    write_sites(tmp_path / "in", 12, paragraphs=40)
    base = _command() + [str(tmp_path / "in"), "--dedupe", "-j", "2", "--no-progress"]
    started = time.monotonic()
    reference = subprocess.run(base + ["-o", str(tmp_path / "reference.jsonl")], capture_output=True, timeout=300)
    duration = time.monotonic() - started
    assert reference.returncode == 0, reference.stderr
    expected = _by_path(read_jsonl(tmp_path / "reference.jsonl"))
    chooser = random.Random(1313)
    for attempt in range(4):
        out = tmp_path / f"out{attempt}.jsonl"
        arguments = base + ["-o", str(out)]
        for kill in range(2):  # killed twice, at random moments, then finished
            process = subprocess.Popen(arguments + (["--resume"] if kill else []), stderr=subprocess.DEVNULL,
                                       start_new_session=True)
            time.sleep(chooser.uniform(0.3, max(0.5, duration)))
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        done = subprocess.run(arguments + ["--resume"], capture_output=True, timeout=300)
        assert done.returncode == 0, done.stderr
        assert _by_path(read_jsonl(out)) == expected, f"attempt {attempt}"
        assert not (tmp_path / f".out{attempt}.jsonl.artextract" / "dedupe").exists()
    assert json.dumps(expected)  # (records are plain JSON)
