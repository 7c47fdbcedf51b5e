"""One writer per output, one record per input, redone when changed; full disks (issue 15 items 7 and 8)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from artextract.batch.sinks import JsonlFileSink, SinkError, encode_line, open_sink
from artextract.batch.state import OutputState
from artextract.batch import process_bytes
from artextract.cli import main

from batch_helpers import ARTICLE, article_page, read_jsonl, write_tree


@pytest.fixture
def runner():
    return CliRunner()


def _command() -> list[str]:
    found = shutil.which("artextract")
    return [found] if found else [sys.executable, "-m", "artextract"]


def test_a_second_run_on_the_same_output_stops_at_once(tmp_path):
    # Issue 15 item 8: two runs at once wrote 300 lines for 150 inputs, and a second fresh run's
    # truncation wiped the first's records.
    out = str(tmp_path / "out.jsonl")
    first = OutputState(out, False, resume=False)
    try:
        for directory in (False, True):
            target = out if not directory else str(tmp_path / "dir") + "/"
            if directory:
                holder = OutputState(target, True, resume=False)
            with pytest.raises(SinkError, match="being written by another artextract run"):
                OutputState(target, directory, resume=True)
            if directory:
                holder.close()
    finally:
        first.close()
    OutputState(out, False, resume=True).close()  # free again once the first run has ended


def test_two_runs_at_once_on_one_output_for_real(tmp_path):
    # The first run is long (slow pages) so that it still runs when the second one starts: 80 pages,
    # ~6 s here, where 30 (~2 s) left too little room for the second interpreter's start on a loaded machine.
    write_tree(tmp_path / "in", 80, paragraphs=200)
    out = tmp_path / "out.jsonl"
    command = _command() + [str(tmp_path / "in"), "-o", str(out), "-j", "1", "--no-progress"]
    first = subprocess.Popen(command, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not out.exists() or not out.read_bytes():
        assert time.monotonic() < deadline and first.poll() is None
        time.sleep(0.02)
    second = subprocess.run(command, capture_output=True, timeout=60)
    still_running = first.poll() is None
    first.communicate(timeout=300)
    assert still_running, "the first run ended before the second started: make it longer"
    assert second.returncode == 1 and b"being written by another artextract run" in second.stderr
    assert first.returncode == 0
    paths = [record["source"]["path"] for record in read_jsonl(out)]
    assert len(paths) == len(set(paths)) == 80


def test_resume_removes_second_records_of_an_input(tmp_path, runner):
    write_tree(tmp_path / "in", 4)
    out = tmp_path / "out.jsonl"
    assert runner.invoke(main, [str(tmp_path / "in"), "-o", str(out)]).exit_code == 0
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines + lines[:2]))  # what two runs at once used to leave
    result = runner.invoke(main, [str(tmp_path / "in"), "-o", str(out), "--resume"])
    assert result.exit_code == 0 and "removed 2 second record(s)" in result.stderr
    assert len(read_jsonl(out)) == 4


@pytest.mark.parametrize("directory", [False, True])
def test_a_changed_input_is_redone_on_resume(tmp_path, runner, directory):
    # Issue 15 item 8: a modified input (size/mtime changed) is redone on resume.
    paths = write_tree(tmp_path / "in", 3)
    out = str(tmp_path / "out") + ("/" if directory else ".jsonl")
    assert runner.invoke(main, [str(tmp_path / "in"), "-o", out]).exit_code == 0
    with open(paths[1], "wb") as handle:
        handle.write(article_page(77))
    os.utime(paths[1], ns=(10**18, 10**18))
    result = runner.invoke(main, [str(tmp_path / "in"), "-o", out, "--resume"])
    assert result.exit_code == 0 and "2 already done" in result.stderr, result.stderr
    if directory:
        found = [json.loads(path.read_text()) for path in sorted((tmp_path / "out").rglob("*.json"))]
    else:
        found = read_jsonl(out)
    headlines = sorted(record["headline"] for record in found)
    assert headlines == ["Story number 0", "Story number 2", "Story number 77"]


def test_an_input_whose_output_was_not_written_is_not_done(tmp_path, runner):
    # Issue 15 item 7: inputs whose output could not be written got `output` error records, and a
    # later --resume counted them as done, so they were never written.
    write_tree(tmp_path / "in", 2)
    out = tmp_path / "out"
    out.mkdir()
    (out / "part000").write_text("a file where a folder must go")
    first = runner.invoke(main, [str(tmp_path / "in"), "-o", f"{out}/"])
    assert first.exit_code == 1 and "(output)" in first.stderr
    (out / "part000").unlink()
    again = runner.invoke(main, [str(tmp_path / "in"), "-o", f"{out}/", "--resume"])
    assert again.exit_code == 0, again.stderr
    assert len(list(out.rglob("*.json"))) == 2
    assert not (out / "errors.jsonl").exists() or read_jsonl(out / "errors.jsonl") == []


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("batch", [True, False])
def test_a_full_disk_on_stdout_is_one_line_not_a_traceback(tmp_path, batch):
    # Issue 15 item 7: `artextract in/ > /mnt/full/x.jsonl` ended in an OSError traceback (single-page mode too).
    write_tree(tmp_path / "in", 2)
    target = str(tmp_path / "in") if batch else str(tmp_path / "in" / "part000" / "page0000.html")
    with open("/dev/full", "wb") as full:
        done = subprocess.run(_command() + [target], stdout=full, stderr=subprocess.PIPE, timeout=60)
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr and b"No space left on device" in done.stderr


def test_resume_after_a_full_disk_cuts_the_torn_line_without_copying(tmp_path, monkeypatch):
    # Issue 15 item 7: the torn-line repair copied the whole file, which a full disk cannot take.
    target = tmp_path / "out.jsonl"
    whole = encode_line(process_bytes("a.html", ARTICLE))
    target.write_bytes(whole + whole.replace(b"a.html", b"b.html")[:40])

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("artextract.batch.sinks.atomic_replace", full)
    sink = JsonlFileSink(str(target), resume=True)
    sink.close()
    assert target.read_bytes() == whole


def test_a_repair_that_needs_space_fails_clearly_and_leaves_the_file(tmp_path, monkeypatch):
    target = tmp_path / "out.jsonl"
    data = b"garbage\n" + encode_line(process_bytes("a.html", ARTICLE))
    target.write_bytes(data)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("artextract.batch.sinks.atomic_replace", full)
    with pytest.raises(SinkError, match="No space left on device; the file is unchanged"):
        JsonlFileSink(str(target), resume=True)
    assert target.read_bytes() == data


def test_a_write_error_stops_the_run_with_one_line(tmp_path, runner, monkeypatch):
    write_tree(tmp_path / "in", 3)
    real = os.write

    def failing(fd, data):
        if b'"headline"' in bytes(data):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, data)

    monkeypatch.setattr("artextract.batch.sinks.os.write", failing)
    result = runner.invoke(main, [str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl"), "-j", "1"])
    assert result.exit_code == 1
    assert "out.jsonl: cannot write: No space left on device" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_open_sink_locks_before_emptying(tmp_path):
    out = str(tmp_path / "out.jsonl")
    with open(out, "wb") as handle:
        handle.write(b"records of the run that holds the lock\n")
    holder = OutputState(out, False, resume=True)
    try:
        with pytest.raises(SinkError):
            open_sink(out, "json", False, None)
    finally:
        holder.close()
    assert open(out, "rb").read() == b"records of the run that holds the lock\n"
