"""Batch mode of the command line: one flow for every engine, settings in, exit status out.

cli.py maps options onto a `BatchCommand`, picks an engine and calls
`run_command`. The flow here is the same for the local pool and for Dask:
signals, the --files-from list, the usage checks, discovery, the WARC extra,
progress and summary on stderr, and the exit status. What differs (how pages
run, where records go) is the engine's (engine.Engine).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from typing import BinaryIO, TextIO

from ..fetch.urls import is_url, read_url_list
from . import records
from .control import (EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageProblem, exit_status, is_terminal, silence,
                      stop_signals_as_interrupts)
from .discover import DEFAULT_GLOBS, Item, read_list
from .engine import BatchCommand, Engine
from .extras import MissingExtra, require
from .guard import check_output
from .progress import Reporter
from .sinks import SinkError
from .warc import is_warc

__all__ = ["BatchCommand", "UsageProblem", "check", "run_command"]


def check(command: BatchCommand) -> None:
    """Raise UsageProblem for settings no engine can honour."""
    if "-" in command.inputs and (len(command.inputs) > 1 or command.files_from or command.urls_from):
        raise UsageProblem('"-" (standard input) cannot be one of several inputs; '
                           "give a list of paths with --files-from - instead")
    if "-" in command.inputs and command.resume:
        raise UsageProblem("--resume cannot tell whether standard input is the page it read before")
    if not command.inputs and command.files_from is None and command.urls_from is None:
        raise UsageProblem("give files, directories or URLs, or --files-from FILE, or --urls-from FILE")
    if command.files_from == "-" and command.urls_from == "-":
        raise UsageProblem("--files-from and --urls-from cannot both read standard input")
    if command.engine != "local" and (command.urls_from is not None or any(map(is_url, command.inputs))):
        raise UsageProblem("URLs are fetched by the local engine only; fetch them with --warc-out FILE.warc.gz "
                           "first, then give that file to --engine dask")
    if command.resume and (command.output is None or command.output == "-"):
        raise UsageProblem("--resume needs -o FILE.jsonl or -o DIR/ (there is nothing to resume on stdout)")


def run_command(command: BatchCommand, engine: Engine | None = None, stdout: BinaryIO | None = None,
                stderr: TextIO | None = None) -> int:
    """Run a batch; the exit status: 0 every input processed, 1 any failed, 2 a missing extra,
    129/130 stopped by a signal. Raises UsageProblem for settings that do not make sense."""
    if engine is None:
        from .local import LocalEngine

        engine = LocalEngine()
    stdout = stdout or sys.stdout.buffer
    stderr = stderr or sys.stderr
    show = command.progress if command.progress is not None else is_terminal(stderr)
    reporter = Reporter(stderr, show_progress=show, quiet=command.quiet)
    search = _Search()
    with stop_signals_as_interrupts():  # from the first instruction: a stop while walking is a stop too
        try:
            return _run(command, engine, stdout, reporter, search)
        except KeyboardInterrupt as interrupt:
            if search.running:
                reporter.line(f"artextract: interrupted while looking for inputs ({search.found:,} found so far)",
                              error=True)
                return exit_status(interrupt)
            reporter.finish(interrupted=True)
            hint = " (rerun with --resume to continue)" if command.output not in (None, "-") else ""
            reporter.line(f"artextract: interrupted{hint}", error=True)
            return exit_status(interrupt)
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly, as other tools do.
            silence(stdout)
            reporter.stop()
            return EXIT_FAILED


@dataclass
class _Search:
    """The first walk over the inputs, as far as it got (for a stop that comes during it)."""

    running: bool = False
    found: int = 0


def _run(command: BatchCommand, engine: Engine, stdout: BinaryIO, reporter: Reporter, search: _Search) -> int:
    check(command)
    engine.check(command)
    search.running = True  # reading a --files-from pipe is looking for inputs too
    listed = _listed(command)
    search.running = False
    notes = check_output(command, listed)
    try:
        engine.require(command)
        search.running = True
        warc = _survey(engine.discover(command, listed), search)
        search.running = False
        if warc:
            require("warcio", "warc")
    except MissingExtra as missing:
        reporter.line(f"artextract: {missing}", error=True)
        return EXIT_USAGE
    for note in notes:
        reporter.note(note)

    def items() -> Iterator[Item]:
        return engine.discover(command, listed)

    try:
        reporter.start(None if warc else search.found)
        with closing(engine.run(command, items, stdout)) as events:
            for progress in events:
                reporter.update(progress)
    except SinkError as error:
        reporter.stop()
        reporter.line(f"artextract: {error}", error=True)
        return EXIT_FAILED
    return _finish(command, reporter)


def _finish(command: BatchCommand, reporter: Reporter) -> int:
    if reporter.processed + reporter.done_before == 0:
        reporter.stop()
        if reporter.ignored:  # only WARC records that are not pages, or links not followed
            reporter.finish()
            reporter.line("artextract: no pages among the inputs", error=True)
        else:
            reporter.line(f"artextract: {nothing_found(command)}", error=True)
        return EXIT_FAILED
    reporter.finish()
    return EXIT_FAILED if reporter.counts[records.FAILED] else EXIT_OK


def _listed(command: BatchCommand) -> list[str]:
    listed: list[str] = []
    for option, path, reader in (("--files-from", command.files_from, read_list),
                                 ("--urls-from", command.urls_from, read_url_list)):
        if path is None:
            continue
        try:
            listed += reader(path)
        except OSError as error:
            raise UsageProblem(f"cannot read {option} {path}: {error.strerror or error}") from None
    return listed


def _survey(items: Iterator[Item], search: _Search) -> bool:
    """A first walk: how many inputs (counted in `search`), and whether WARC files (which hold
    many pages each) are among them."""
    warc = False
    for item in items:
        if item.ignored is None:
            warc = warc or (item.error is None and is_warc(item.path))
            search.found += 1
    return warc


def nothing_found(command: BatchCommand) -> str:
    patterns = " ".join(command.globs or DEFAULT_GLOBS)
    directories = [path for path in command.inputs if os.path.isdir(path)]
    if directories:
        return f"{', '.join(directories)}: no files matching {patterns} in this directory"
    lists = " and ".join(option for option, path in (("--files-from", command.files_from),
                                                      ("--urls-from", command.urls_from)) if path is not None)
    return f"no inputs (the {lists or 'input'} list is empty)"
