"""Stop signals at any moment of a batch: the same exit status and a summary (issue 15 item 11)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from artextract.batch.control import EXIT_HANGUP, EXIT_INTERRUPTED, Interrupted, exit_status, shown

from batch_helpers import write_tree

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")


def _command() -> list[str]:
    found = shutil.which("artextract")
    return [found] if found else [sys.executable, "-m", "artextract"]


def _wait_for(process: subprocess.Popen, ready, limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while not ready():
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        assert time.monotonic() < deadline
        time.sleep(0.02)


def _waiting_on_a_pipe(pid: int) -> bool:
    """Whether the process is blocked opening a FIFO nobody writes (past start-up: the run has begun)."""
    try:
        with open(f"/proc/{pid}/wchan", encoding="ascii") as wchan:
            return wchan.read().strip() in ("wait_for_partner", "fifo_open")
    except OSError:  # no /proc: give the interpreter ample time to start
        time.sleep(3)
        return True


@pytest.mark.parametrize("signum, status", [(signal.SIGINT, 130), (signal.SIGTERM, 130), (signal.SIGHUP, 129)])
def test_a_stop_before_the_batch_starts(tmp_path, signum, status):
    # Issue 15 item 11: Ctrl-C during the first walk printed "Aborted!" and exited 1; SIGTERM killed
    # silently. Here the run waits on a --files-from pipe nobody writes: it is still looking for inputs.
    fifo = tmp_path / "list"
    os.mkfifo(fifo)
    process = subprocess.Popen(_command() + ["--files-from", str(fifo), "--no-progress"], stderr=subprocess.PIPE)
    _wait_for(process, lambda: _waiting_on_a_pipe(process.pid))
    process.send_signal(signum)
    _out, err = process.communicate(timeout=30)
    assert process.returncode == status, err
    assert b"interrupted while looking for inputs (0 found so far)" in err
    assert b"Traceback" not in err and b"Aborted" not in err


def test_a_hang_up_during_the_run_ends_it_with_the_summary(tmp_path):
    # Issue 15 item 11: SIGHUP at any time ended the run without a summary.
    # 300 slow pages (~15 s at -j 1): the hang-up comes after the second record, long before the
    # end, however the machine's load shares time between the run and this test (30 sometimes ended first).
    write_tree(tmp_path / "in", 300, paragraphs=80)
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(_command() + [str(tmp_path / "in"), "-o", str(out), "-j", "1", "--no-progress"],
                               stderr=subprocess.PIPE)
    _wait_for(process, lambda: out.exists() and out.read_bytes().count(b"\n") >= 2)
    process.send_signal(signal.SIGHUP)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 129, err
    lines = err.decode().splitlines()
    assert " of 300 inputs: " in lines[-2] and lines[-1].startswith("artextract: interrupted (rerun with --resume")


def test_exit_status_of_each_stop():
    assert exit_status(Interrupted(signal.SIGHUP)) == EXIT_HANGUP
    assert exit_status(Interrupted(signal.SIGTERM)) == exit_status(KeyboardInterrupt()) == EXIT_INTERRUPTED


def test_shown_escapes_what_a_terminal_would_obey():
    assert shown("plain é.html") == "plain é.html"
    assert shown("a\nb\x1b[2J") == "a\\nb\\x1b[2J"
    assert shown(os.fsdecode(b"caf\xe9")) == "caf\\xe9"
