"""Crash safety for real: SIGKILL a running batch, rerun with --resume, and count.

The batch runs as a separate process (the installed command), is killed with
SIGKILL once some records are out, and a torn half-line is appended as a kill
in the middle of a write would leave it. The rerun with --resume must end with
exactly one complete record per input: none lost, none doubled.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from batch_helpers import read_jsonl, write_tree

PAGES = 60


def _command() -> list[str]:
    found = shutil.which("artextract")
    return [found] if found else [sys.executable, "-m", "artextract"]


def _group_alive(pgid: int) -> bool:
    """Whether any live (non-zombie) process is left in the process group."""
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, group = fields[0], int(fields[2])
        if group == pgid and state not in ("Z", "X"):
            return True
    return False


def _kill_when(process: subprocess.Popen, ready, limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while not ready():
        assert process.poll() is None, "the batch finished before it could be killed; make it longer"
        assert time.monotonic() < deadline, "no progress"
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


def _complete_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc to watch the process group")
def test_sigkill_then_resume_jsonl(tmp_path):
    paths = write_tree(tmp_path / "in", PAGES, paragraphs=100)
    out = tmp_path / "out.jsonl"
    command = _command() + [str(tmp_path / "in"), "-o", str(out), "-j", "2", "--no-progress"]
    process = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    _kill_when(process, lambda: _complete_lines(out) >= 3)
    first = _complete_lines(out)
    assert 3 <= first < PAGES
    with open(out, "ab") as handle:  # what a kill in the middle of a write leaves
        handle.write(b'{"headline":"Story number 9","standfirst":nu')

    deadline = time.monotonic() + 60  # they go within a second; the margin is for a loaded machine
    while _group_alive(process.pid):  # workers exit by themselves once their parent is gone
        assert time.monotonic() < deadline, "worker processes outlived the killed batch"
        time.sleep(0.05)

    done = subprocess.run(command + ["--resume"], capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert b"repaired a torn last line" in done.stderr
    assert f"{first} already done".encode() in done.stderr
    records = read_jsonl(out)  # every line parses: the torn one is gone
    assert sorted(record["source"]["path"] for record in records) == paths  # one each, none lost, none doubled
    assert all(record["headline"].startswith("Story number") for record in records)


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc to watch the process group")
def test_sigkill_then_resume_directory(tmp_path):
    paths = write_tree(tmp_path / "in", PAGES, paragraphs=100)
    (tmp_path / "in" / "part000" / "broken.html").write_bytes(b"")  # an error record in errors.jsonl
    out = tmp_path / "out"
    command = _command() + [str(tmp_path / "in"), "-o", f"{out}/", "-j", "2", "--no-progress"]
    process = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    _kill_when(process, lambda: len(list(out.rglob("*.json"))) >= 3)
    (out / "part005").mkdir(parents=True, exist_ok=True)
    (out / "part005" / ".page0050.html.json.abc123.part").write_text('{"headline": "half')  # a rename never done

    done = subprocess.run(command + ["--resume"], capture_output=True, timeout=120, check=False)
    assert done.returncode in (0, 1), done.stderr  # 1 only if broken.html was processed in this run
    documents = sorted(out.rglob("*.json"))
    assert len(documents) == PAGES
    for document in documents:
        assert json.loads(document.read_text())["source"]["path"] in paths
    errors = read_jsonl(out / "errors.jsonl")
    assert [record["source"]["path"] for record in errors] == [str(tmp_path / "in" / "part000" / "broken.html")]
    assert not list(out.rglob("*.part"))
