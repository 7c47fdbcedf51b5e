"""Batch mode of the command line: settings in, records written, exit status out.

cli.py maps options onto a `BatchCommand` and calls `run_command`; everything
a batch run does (discovery, resume, the pool, sinks, progress, the summary)
is driven from here so the click layer stays a thin mapping.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO, TextIO

from ..options import Options
from ..source import DEFAULT_MAX_BYTES
from . import records
from .discover import DEFAULT_GLOBS, Item, discover, read_list
from .extras import MissingExtra, require
from .progress import Reporter
from .run import DEFAULT_TIMEOUT_S, run_results
from .sinks import SinkError, is_directory_output, open_sink
from .warc import is_warc

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageProblem(Exception):
    """Settings that do not make sense together (exit status 2)."""


@dataclass(frozen=True)
class BatchCommand:
    inputs: tuple[str, ...] = ()
    files_from: str | None = None
    globs: tuple[str, ...] = ()
    output: str | None = None
    fmt: str = "json"
    jobs: int | None = None  # None: all cores
    timeout: float | None = DEFAULT_TIMEOUT_S
    max_bytes: int = DEFAULT_MAX_BYTES
    ordered: bool = False
    resume: bool = False
    progress: bool | None = None  # None: when stderr is a terminal
    quiet: bool = False
    options: Options = field(default_factory=Options)
    engine: str = "local"  # or "dask" (scale/dask_engine.py)
    scheduler: str | None = None  # dask: a running scheduler's address; None starts a LocalCluster
    compress: bool = False  # dask: gzip the JSON Lines parts
    partition_size: int | None = None  # dask: inputs per partition (a WARC file is always one)


def check(command: BatchCommand) -> None:
    """Raise UsageProblem for settings batch mode cannot honour."""
    if "-" in command.inputs:
        raise UsageProblem('"-" (standard input) cannot be one of several inputs; '
                           "give a list of paths with --files-from - instead")
    if not command.inputs and command.files_from is None:
        raise UsageProblem("give files or directories, or --files-from FILE")
    directory = is_directory_output(command.output)
    if command.resume and (command.output is None or command.output == "-"):
        raise UsageProblem("--resume needs -o FILE.jsonl or -o DIR/ (there is nothing to resume on stdout)")
    if command.engine == "dask":
        if command.fmt in ("text", "markdown"):
            raise UsageProblem(f"-f {command.fmt} is for --engine local; the Dask engine writes JSON Lines or Parquet parts")
        if command.output not in (None, "-") and command.output.lower().endswith((".jsonl", ".json")):
            raise UsageProblem("with --engine dask, -o names a directory of parts (part-00000.jsonl, ...)")
        if command.fmt == "parquet" and command.output in (None, "-"):
            raise UsageProblem("-f parquet needs -o DIR/ (Parquet parts are files)")
        if command.ordered:
            raise UsageProblem("--ordered is for --engine local (Dask parts complete in any order)")
        return
    for name, given in (("--scheduler", command.scheduler), ("--gzip", command.compress),
                        ("--partition-size", command.partition_size), ("-f parquet", command.fmt == "parquet")):
        if given:
            raise UsageProblem(f"{name} is for --engine dask")
    if command.fmt != "json" and not directory:
        raise UsageProblem(f"-f {command.fmt} with several inputs needs -o DIR/ (one file per input); "
                           "JSON Lines output carries JSON records")


def run_command(command: BatchCommand, stdout: BinaryIO | None = None, stderr: TextIO | None = None) -> int:
    """Run a batch; the exit status: 0 every input processed, 1 any failed, 130 interrupted."""
    check(command)
    stdout = stdout or sys.stdout.buffer
    stderr = stderr or sys.stderr
    if command.engine == "dask":
        from ..scale.dask_engine import run_command as run_dask_command

        return run_dask_command(command, stdout, stderr)
    listed: list[str] = []
    if command.files_from is not None:
        try:
            listed = read_list(command.files_from)
        except OSError as error:
            raise UsageProblem(f"cannot read --files-from {command.files_from}: {error.strerror or error}") from None
    globs = command.globs or DEFAULT_GLOBS
    show = command.progress if command.progress is not None else is_terminal(stderr)
    reporter = Reporter(stderr, show_progress=show, quiet=command.quiet)
    try:
        sink = open_sink(command.output, command.fmt, command.resume, stdout)
    except SinkError as error:
        reporter.line(f"artextract: {error}", error=True)
        return EXIT_FAILED
    for note in sink.notes:
        reporter.line(f"artextract: {note}")

    def items() -> Iterator[Item]:
        return discover(command.inputs, globs, listed)

    def total() -> int | None:
        """Inputs to expect, for the bar; unknown (None) when WARC files are among them."""
        count = 0
        for item in items():
            if item.error is None and is_warc(item.path):
                return None
            count += 1
        return count

    try:
        if any(item.error is None and is_warc(item.path) for item in items()):
            require("warcio", "warc")
    except MissingExtra as missing:
        reporter.line(f"artextract: {missing}", error=True)
        return EXIT_USAGE

    def skip(item: Item) -> bool:
        if sink.is_done(item):
            reporter.skip()
            return True
        return False

    interrupted = False
    previous_handler = terminate_as_interrupt()
    try:
        reporter.start(total() if reporter.show_progress else None)
        for result in run_results(items(), command.options, jobs=command.jobs, timeout=command.timeout,
                                  max_bytes=command.max_bytes, ordered=command.ordered, fmt=command.fmt,
                                  skip=skip if command.resume else None):
            reporter.record(sink.write(result))
    except KeyboardInterrupt:
        interrupted = True
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as other tools do.
        silence(stdout)
        reporter.stop()
        return EXIT_FAILED
    except SinkError as error:
        reporter.stop()
        reporter.line(f"artextract: {error}", error=True)
        return EXIT_FAILED
    finally:
        restore_terminate(previous_handler)
        try:
            sink.close()
        except (BrokenPipeError, OSError):
            silence(stdout)
    reporter.finish()
    if interrupted:
        hint = " (rerun with --resume to continue)" if command.output not in (None, "-") else ""
        reporter.line(f"artextract: interrupted{hint}", error=True)
        return EXIT_INTERRUPTED
    if reporter.processed + reporter.skipped == 0:
        reporter.line(f"artextract: {nothing_found(command, globs)}", error=True)
        return EXIT_FAILED
    return EXIT_FAILED if reporter.counts[records.FAILED] else EXIT_OK


def nothing_found(command: BatchCommand, globs: tuple[str, ...]) -> str:
    patterns = " ".join(globs)
    directories = [path for path in command.inputs if os.path.isdir(path)]
    if directories:
        return f"{', '.join(directories)}: no files matching {patterns} in this directory"
    return "no inputs (the --files-from list is empty)"


def terminate_as_interrupt():
    """SIGTERM stops a batch like Ctrl-C: workers stopped, output closed whole, status 130."""

    def interrupt(_signum, _frame):
        raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        return None


def restore_terminate(previous) -> None:
    if previous is not None:
        try:
            signal.signal(signal.SIGTERM, previous)
        except ValueError:
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
