"""Outputs never become inputs, inputs never get overwritten.

Before anything is opened, `check_output` refuses an `-o` that names an input
(or an input directory, or a directory holding one), so a page is never
replaced by its own JSON. `exclusions` lists what a run writes (the output,
its state folder, --save-pages and --warc-out of URL inputs), which discovery
then never takes as input, however often the run is repeated.
"""

from __future__ import annotations

import os

from ..fetch.urls import is_url as is_web_url
from .control import UsageProblem
from .discover import Exclude, Matcher
from .engine import BatchCommand
from .identity import identity_of, is_url
from .sinks import is_directory_output, output_paths


def _written(command: BatchCommand) -> tuple[list[str], list[str]]:
    """(directories, files) this run writes, as given."""
    directories, files = output_paths(command.output)
    if command.fetch.save_pages:
        directories.append(command.fetch.save_pages)
    if command.fetch.warc_out:
        files.append(command.fetch.warc_out)
    return [path for path in directories if not is_url(path)], [path for path in files if not is_url(path)]


def exclusions(command: BatchCommand) -> Exclude:
    directories, files = _written(command)
    return Exclude(frozenset(os.path.realpath(path) for path in directories),
                   frozenset(identity_of(path) for path in files))


def _inside(path: str, folder: str) -> bool:
    return path.startswith(folder.rstrip(os.sep) + os.sep)


def check_output(command: BatchCommand, listed: list[str]) -> list[str]:
    """Raise UsageProblem when the output would overwrite or swallow an input; notes to print."""
    if command.output in (None, "-") or is_url(command.output):
        return []
    directory = is_directory_output(command.output)
    target = os.path.realpath(command.output) if directory else identity_of(command.output)
    matcher = Matcher(command.globs) if command.globs else None
    notes: list[str] = []
    for argument in list(command.inputs) + listed:
        if is_web_url(argument) or argument == "-":
            continue
        source = identity_of(argument)
        if not os.path.isdir(argument):
            if source == target or (directory and _inside(source, target)):
                raise UsageProblem(f"-o {command.output} would write over the input {argument}; write elsewhere")
            continue
        source = os.path.realpath(argument)
        if directory and (source == target or _inside(source, target)):
            raise UsageProblem(f"-o {command.output} is (or holds) the input directory {argument}; write elsewhere")
        if directory and _inside(target, source):
            notes.append(f"note: {command.output} is inside the input {argument}: what is in it is not an input")
        elif not directory and _inside(target, source) and os.path.exists(target):
            if _would_be_taken(target, source, matcher):
                raise UsageProblem(f"-o {command.output} is one of the inputs (found in {argument}); "
                                   "write elsewhere")
    return notes


def _would_be_taken(path: str, root: str, matcher: Matcher | None) -> bool:
    from .discover import DEFAULT_GLOBS

    matcher = matcher or Matcher(DEFAULT_GLOBS)
    return matcher(os.path.basename(path), os.path.relpath(path, root).replace(os.sep, "/"))
