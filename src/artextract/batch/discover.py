"""Which files a batch reads: arguments, directories walked recursively, --files-from lists.

Discovery never fails as a whole. Whatever cannot become an input (a symlink
loop, a directory that cannot be listed, a socket, a dangling link) becomes an
`Item` carrying an error message, so it gets an error record like any other
failed input and the walk goes on. The order is deterministic: arguments as
given, directory entries sorted by name, depth first.

Each input is found once. A directory reached twice (through a link, or by
overlapping arguments) is read once; a file named as an argument is not taken
again from a directory. Links that leave the given directories (a link to
/etc/passwd, to a home directory) are not followed unless `follow_links`: they
become `ignored` items, counted in the summary but given no record. The
output of the run itself (`exclude`) is never an input.
"""

from __future__ import annotations

import errno
import fnmatch
import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..fetch.urls import is_url, read_list_bytes, url_rel
from .identity import Key, identity_of, key_of

_BASE_GLOBS = ("*.html", "*.htm", "*.xhtml", "*.txt")
# WARC files are inputs too: each HTML record in one is a page (warc.py).
DEFAULT_GLOBS = _BASE_GLOBS + tuple(pattern + ".gz" for pattern in _BASE_GLOBS) + ("*.warc", "*.warc.gz")

LINK_OUTSIDE = "links leaving the inputs, not followed (--follow-links follows them)"
# The folders batch runs keep beside their outputs (state.py): never inputs, whichever run made them.
STATE_SUFFIX = ".artextract"


@dataclass(frozen=True, slots=True)
class Item:
    """One input: `path` as recorded in source.path, `rel` its place in a mirrored output tree."""

    path: str
    rel: str
    error: str | None = None  # why it cannot be read, found during discovery
    # A page inside a WARC file (warc.WarcRef): path is the WARC file, rel ends in /OFFSET.
    warc: Any = None
    identity: str | None = None  # identity.identity_of(path), when discovery knew it
    stamp: tuple[int, int] | None = None  # (size, mtime in ns) when found: resume redoes changed inputs
    ignored: str | None = None  # not an input after all (why, as counted in the summary): no record
    # A URL input once fetched (fetch.Fetched): path is the URL as given.
    fetched: Any = None

    @property
    def key(self) -> Key:
        """What resume matches on: the identity, and for a page inside a WARC file (identity, offset)."""
        identity = self.identity if self.identity is not None else identity_of(self.path)
        return key_of(identity, None if self.warc is None else self.warc.offset)


@dataclass(frozen=True)
class Exclude:
    """What is never an input: the run's output directory and files (resolved paths)."""

    directories: frozenset[str] = frozenset()
    files: frozenset[str] = frozenset()

    def covers(self, identity: str) -> bool:
        return identity in self.files or identity in self.directories or any(
            identity.startswith(directory + os.sep) for directory in self.directories)


def discover(inputs: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS, files_from: Iterable[str] = (),
             *, exclude: Exclude | None = None, follow_links: bool = False) -> Iterator[Item]:
    """Every input file, in order. Directories are walked; globs choose files inside them;
    http(s) URLs are inputs as they are (`rel`: host/path, for -o DIR/).

    Files named directly (as arguments or in a list) are taken whatever their
    name. `rel` mirrors the input tree: relative to the argument when there is
    only one, otherwise prefixed with each argument's own path (made relative).
    """
    arguments = list(inputs) + list(files_from)
    discovery = Discovery(Matcher(tuple(globs) or DEFAULT_GLOBS), exclude or Exclude(), follow_links)
    discovery.prepare(arguments)
    for argument in arguments:
        if is_url(argument):  # fetched later, in the run (fetch/stage.py)
            yield Item(argument, url_rel(argument))
        else:
            yield from discovery.expand(argument, strip_root=len(arguments) == 1)


def read_list(source: str) -> list[str]:
    """Paths from a file ("-" for stdin), one a line, or NUL-separated (find -print0)."""
    data = read_list_bytes(source)
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


class Digests:
    """A set of identities kept as 8-byte digests: a few million inputs cost tens of MB, not GB."""

    def __init__(self) -> None:
        self._digests: set[int] = set()

    @staticmethod
    def _digest(identity: str) -> int:
        return int.from_bytes(hashlib.blake2b(os.fsencode(identity), digest_size=8).digest(), "little")

    def add(self, identity: str) -> bool:
        """Add; whether it was new."""
        digest = self._digest(identity)
        if digest in self._digests:
            return False
        self._digests.add(digest)
        return True

    def __contains__(self, identity: str) -> bool:
        return self._digest(identity) in self._digests


@dataclass
class Discovery:
    """The walk's memory across arguments: directories read, files named, roots given."""

    matcher: Matcher
    exclude: Exclude = field(default_factory=Exclude)
    follow_links: bool = False
    roots: list[str] = field(default_factory=list)  # resolved directory arguments
    named: Digests = field(default_factory=Digests)  # files named as arguments (not taken again from a walk)
    taken: Digests = field(default_factory=Digests)  # files taken through links (each target once)
    visited: set[tuple[int, int]] = field(default_factory=set)  # directories read, by (device, inode)

    def prepare(self, arguments: list[str]) -> None:
        """Note the directory arguments (the roots links may stay inside) and, when there are
        directories to walk, the files named directly (so a walk does not take them again)."""
        directories = [argument for argument in arguments if not is_url(argument) and os.path.isdir(argument)]
        self.roots = [os.path.realpath(directory) for directory in directories]
        if directories:
            for argument in arguments:
                if not is_url(argument) and not os.path.isdir(argument):
                    self.named.add(identity_of(argument))

    def inside_roots(self, identity: str) -> bool:
        return self.root_of(identity) is not None

    def root_of(self, identity: str) -> str | None:
        """The directory argument a resolved path lies in, if any."""
        for root in self.roots:
            if identity == root or identity.startswith(root.rstrip(os.sep) + os.sep):
                return root
        return None

    def expand(self, argument: str, strip_root: bool) -> Iterator[Item]:
        """The inputs of one argument: a file as it is, a directory walked (`strip_root`: rel
        relative to it, as when it is the only argument; otherwise prefixed with its own path)."""
        label = safe_relative(argument)
        try:
            info = os.stat(argument)
        except OSError as error:
            yield Item(argument, label, _os_message(error, argument), identity=identity_of(argument))
            return
        if not stat.S_ISDIR(info.st_mode):
            # Named directly: taken as it is; reading it reports sockets and the like.
            identity = identity_of(argument)
            if self.exclude.covers(identity) or not self._first_naming(identity):
                return
            yield Item(argument, os.path.basename(label) if strip_root else label, identity=identity,
                       stamp=_stamp(info))
            return
        if (info.st_dev, info.st_ino) in self.visited or self.exclude.covers(os.path.realpath(argument)):
            return
        self.visited.add((info.st_dev, info.st_ino))
        yield from self._walk(argument, "" if strip_root else label)

    def _first_naming(self, identity: str) -> bool:
        """A file named twice (two spellings, or a list repeating it) is taken once."""
        return self.taken.add(identity)

    def _walk(self, root: str, root_rel: str) -> Iterator[Item]:
        """Depth-first, sorted, without recursion (trees can be deep)."""
        stack: list[tuple[str, str, str]] = [(root, root_rel, os.path.realpath(root))]
        while stack:
            directory, rel, real = stack.pop()
            try:
                with os.scandir(directory) as scan:
                    entries = sorted(scan, key=lambda entry: entry.name)
            except OSError as error:
                yield Item(directory, rel or "_", f"cannot list the directory: {_os_message(error, directory)}",
                           identity=real)
                continue
            subdirectories: list[tuple[str, str, str]] = []
            for entry in entries:
                entry_rel = f"{rel}/{entry.name}" if rel else entry.name
                yield from self._entry(entry, entry_rel, real, subdirectories)
            stack.extend(reversed(subdirectories))

    def _entry(self, entry: os.DirEntry, rel: str, real_folder: str,
               subdirectories: list[tuple[str, str, str]]) -> Iterator[Item]:
        """One directory entry: an input, an error, an ignored link, a folder to walk, or nothing."""
        identity = os.path.join(real_folder, entry.name)
        try:
            info = os.stat(entry.path)
        except OSError as error:
            if error.errno == errno.ELOOP:
                yield Item(entry.path, rel, "symlink loop", identity=identity)
            elif self.matcher(entry.name, rel):
                yield Item(entry.path, rel, _os_message(error, entry.path), identity=identity)
            return
        link = entry.is_symlink()
        directory = stat.S_ISDIR(info.st_mode)
        if not directory and not self.matcher(entry.name, rel):
            return
        if link:
            identity = os.path.realpath(entry.path)
            if not self.follow_links and not self.inside_roots(identity):
                yield Item(entry.path, rel, identity=identity, ignored=LINK_OUTSIDE)
                return
        if self.exclude.covers(identity):
            return
        if directory:
            if entry.name.endswith(STATE_SUFFIX):
                return
            if (info.st_dev, info.st_ino) not in self.visited:
                self.visited.add((info.st_dev, info.st_ino))
                subdirectories.append((entry.path, rel, identity))
            return
        if identity in self.named or (link and not self._take_link(identity)):
            return
        if stat.S_ISREG(info.st_mode):
            yield Item(entry.path, rel, identity=identity, stamp=_stamp(info))
        else:
            yield Item(entry.path, rel, f"not a regular file ({_file_kind(info.st_mode)})", identity=identity)

    def _take_link(self, target: str) -> bool:
        """A link to a file is read under the link's name only when nothing else reaches its
        target: not when the target lies in a walked directory under a name the globs take."""
        root = self.root_of(target)
        if root is not None and self.matcher(os.path.basename(target), os.path.relpath(target, root)):
            return False
        return self.taken.add(target)


def _stamp(info: os.stat_result) -> tuple[int, int]:
    return info.st_size, info.st_mtime_ns


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


def expand(argument: str, matcher: Matcher, strip_root: bool, *, exclude: Exclude | None = None,
           follow_links: bool = False) -> Iterator[Item]:
    """The inputs of one argument on its own (a file as it is, a directory walked)."""
    discovery = Discovery(matcher, exclude or Exclude(), follow_links)
    discovery.prepare([argument])
    yield from discovery.expand(argument, strip_root)
