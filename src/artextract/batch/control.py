"""Exit statuses, usage problems and signals of a batch run.

Both engines' command flows (batch/command.py, and the Dask engine in
scale/) share these. This module imports nothing of artextract, so that
`scale` can depend on it and nothing here can depend back on `scale`.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO, TextIO

EXIT_OK = 0  # every input processed
EXIT_FAILED = 1  # an input failed, none was found, or the output could not be written
EXIT_USAGE = 2  # settings that do not make sense, or a missing optional package
EXIT_HANGUP = 129  # 128 + SIGHUP, as shells report it
EXIT_INTERRUPTED = 130  # 128 + SIGINT (also for SIGTERM: "stopped on request")

# Signals that stop a batch cleanly: workers stopped, output closed whole, summary printed.
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


class UsageProblem(Exception):
    """Settings that do not make sense together (exit status 2)."""


class Interrupted(KeyboardInterrupt):
    """A stop signal arrived. A KeyboardInterrupt, so every `except KeyboardInterrupt`
    and `finally` on the way out (the pool's, the sinks') runs as for Ctrl-C."""

    def __init__(self, signum: int = signal.SIGINT) -> None:
        super().__init__(signum)
        self.signum = signum


def exit_status(interrupt: BaseException) -> int:
    """129 for a hang-up, 130 for Ctrl-C, SIGTERM or a plain KeyboardInterrupt."""
    hangup = getattr(signal, "SIGHUP", None)
    if isinstance(interrupt, Interrupted) and hangup is not None and interrupt.signum == hangup:
        return EXIT_HANGUP
    return EXIT_INTERRUPTED


@contextmanager
def stop_signals_as_interrupts() -> Iterator[None]:
    """SIGINT, SIGTERM and SIGHUP raise `Interrupted` while the block runs.

    Installed at the start of a run, before any directory is walked, so a stop
    at any moment gets the same exit status and summary. Outside the main
    thread signals cannot be handled and are left alone.
    """

    def interrupt(signum: int, _frame: object) -> None:
        raise Interrupted(signum)

    previous: dict[int, object] = {}
    try:
        for signum in STOP_SIGNALS:
            previous[signum] = signal.signal(signum, interrupt)
    except ValueError:  # not the main thread
        pass
    try:
        yield
    finally:
        for signum, handler in previous.items():
            try:
                signal.signal(signum, handler)  # type: ignore[arg-type]
            except (ValueError, TypeError):
                pass


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def silence(stdout: BinaryIO) -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError):
        pass


def shown(text: str) -> str:
    """A file name (or any text from outside) made safe for a terminal line: control characters
    and bytes that are not UTF-8 (surrogate-escaped by Python) as backslash escapes, so a name
    cannot clear the screen or print a fake summary."""
    if text.isprintable() and not any("\udc80" <= char <= "\udcff" for char in text):
        return text
    out = []
    for char in text:
        if "\udc80" <= char <= "\udcff":
            out.append(f"\\x{ord(char) - 0xDC00:02x}")
        elif char == "\\":
            out.append("\\\\")
        elif char.isprintable() or char == " ":
            out.append(char)
        else:
            out.append(char.encode("unicode_escape").decode("ascii"))
    return "".join(out)
