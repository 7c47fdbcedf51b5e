"""Which files a batch reads: arguments, directories walked recursively, --files-from lists.

Discovery never fails as a whole. Whatever cannot become an input (a symlink
loop, a directory that cannot be listed, a socket, a dangling link) becomes an
`Item` carrying an error message, so it gets an error record like any other
failed input and the walk goes on. The order is deterministic: arguments as
given, directory entries sorted by name, depth first.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..fetch.urls import is_url, url_rel

_BASE_GLOBS = ("*.html", "*.htm", "*.xhtml", "*.txt")
# WARC files are inputs too: each HTML record in one is a page (warc.py).
DEFAULT_GLOBS = _BASE_GLOBS + tuple(pattern + ".gz" for pattern in _BASE_GLOBS) + ("*.warc", "*.warc.gz")


@dataclass(frozen=True, slots=True)
class Item:
    """One input: `path` as recorded in source.path, `rel` its place in a mirrored output tree."""

    path: str
    rel: str
    error: str | None = None  # why it cannot be read, found during discovery
    # A page inside a WARC file (warc.WarcRef): path is the WARC file, rel ends in /OFFSET.
    warc: Any = None
    # A URL input once fetched (fetch.Fetched): path is the URL as given.
    fetched: Any = None

    @property
    def key(self) -> str | tuple[str, int]:
        """What resume matches on: the path, and for a page inside a WARC file (path, offset)."""
        return self.path if self.warc is None else (self.path, self.warc.offset)


def discover(inputs: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS,
             files_from: Iterable[str] = ()) -> Iterator[Item]:
    """Every input file, in order. Directories are walked; globs choose files inside them;
    http(s) URLs are inputs as they are (`rel`: host/path, for -o DIR/).

    Files named directly (as arguments or in a list) are taken whatever their
    name. `rel` mirrors the input tree: relative to the argument when there is
    only one, otherwise prefixed with each argument's own path (made relative).
    """
    matcher = Matcher(tuple(globs) or DEFAULT_GLOBS)
    arguments = list(inputs) + list(files_from)
    for argument in arguments:
        if is_url(argument):  # fetched later, in the run (fetch/stage.py)
            yield Item(argument, url_rel(argument))
        else:
            yield from expand(argument, matcher, strip_root=len(arguments) == 1)


def read_list(source: str) -> list[str]:
    """Paths from a file ("-" for stdin), one a line, or NUL-separated (find -print0)."""
    if source == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(source, "rb") as handle:
            data = handle.read()
    parts = data.split(b"\0") if b"\0" in data else data.splitlines()
    return [os.fsdecode(part.rstrip(b"\r")) for part in parts if part.strip()]


def safe_relative(path: str) -> str:
    """A path made safe to place under an output directory: no root, no "..", no empty parts."""
    parts = []
    for part in os.path.normpath(path).replace(os.sep, "/").split("/"):
        if part in ("", "."):
            continue
        parts.append("__" if part == ".." else part)
    return "/".join(parts) or "_"


class Matcher:
    """Whether a file found in a directory is an input: its name (or, for a pattern
    with "/", its path below the directory) matches one of the globs, ignoring case."""

    def __init__(self, globs: tuple[str, ...]) -> None:
        self.patterns = tuple(pattern.lower() for pattern in globs)

    def __call__(self, name: str, rel: str) -> bool:
        name, rel = name.lower(), rel.lower()
        return any(fnmatch.fnmatchcase(rel if "/" in pattern else name, pattern) for pattern in self.patterns)


def expand(argument: str, matcher: Matcher, strip_root: bool) -> Iterator[Item]:
    """The inputs of one argument: a file as it is, a directory walked (`strip_root`: rel
    relative to it, as when it is the only argument; otherwise prefixed with its own path)."""
    label = safe_relative(argument)
    try:
        info = os.stat(argument)
    except OSError as error:
        yield Item(argument, label, _os_message(error, argument))
        return
    if not stat.S_ISDIR(info.st_mode):
        # Named directly: taken as it is; reading it reports sockets and the like.
        yield Item(argument, os.path.basename(label) if strip_root else label)
        return
    yield from _walk(argument, "" if strip_root else label, matcher, (info.st_dev, info.st_ino))


def _walk(root: str, root_rel: str, matcher: Matcher, root_id: tuple[int, int]) -> Iterator[Item]:
    """Depth-first, sorted, without recursion (trees can be deep); follows symlinks, stops at loops."""
    # Each frame: (directory path, its rel, the (dev, inode) of it and its ancestors)
    stack: list[tuple[str, str, frozenset[tuple[int, int]]]] = [(root, root_rel, frozenset({root_id}))]
    while stack:
        directory, rel, ancestors = stack.pop()
        try:
            with os.scandir(directory) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as error:
            yield Item(directory, rel or "_", f"cannot list the directory: {_os_message(error, directory)}")
            continue
        subdirectories: list[tuple[str, str, frozenset[tuple[int, int]]]] = []
        for entry in entries:
            entry_rel = f"{rel}/{entry.name}" if rel else entry.name
            try:
                info = os.stat(entry.path)
            except OSError as error:
                if error.errno == errno.ELOOP:
                    yield Item(entry.path, entry_rel, "symlink loop")
                elif matcher(entry.name, entry_rel):
                    yield Item(entry.path, entry_rel, _os_message(error, entry.path))
                continue
            if stat.S_ISDIR(info.st_mode):
                identity = (info.st_dev, info.st_ino)
                if identity in ancestors:
                    yield Item(entry.path, entry_rel, "symlink loop: links back to a directory it is inside")
                else:
                    subdirectories.append((entry.path, entry_rel, ancestors | {identity}))
                continue
            if not matcher(entry.name, entry_rel):
                continue
            if stat.S_ISREG(info.st_mode):
                yield Item(entry.path, entry_rel)
            else:
                yield Item(entry.path, entry_rel, f"not a regular file ({_file_kind(info.st_mode)})")
        stack.extend(reversed(subdirectories))


def _os_message(error: OSError, path: str) -> str:
    if error.errno == errno.ENOENT:
        return "no such file" if not os.path.islink(path) else "dangling symlink (its target does not exist)"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.ELOOP:
        return "symlink loop"
    return error.strerror or str(error)


def _file_kind(mode: int) -> str:
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"
