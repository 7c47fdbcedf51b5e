"""What a batch keeps beside its output, so --resume can trust it: a lock, and each input's stamp.

    -o out.jsonl  ->  .out.jsonl.artextract/     -o DIR/  ->  DIR/.artextract/
        lock          held (flock) while a run writes: a second run on the same output stops at once
        stamps.jsonl  {"id", "size", "mtime"} of each input when its record was written
        dedupe/       --dedupe's first pass (dedupe.py)

The lock is taken on the state directory, not on the output file: a resume
may rewrite the output through a temporary file and a rename, which a lock on
the old file would not survive. Stamps let --resume redo an input whose size
or modification time changed since its record was written; an input without a
stamp (its record was written just before a kill) is trusted as it is.
"""

from __future__ import annotations

import json
import os
import shutil
from typing import Any

from ..files import created_mode
from .discover import STATE_SUFFIX
from .identity import identity_of

STATE_NAME = STATE_SUFFIX
STAMPS = "stamps.jsonl"
LOCK = "lock"


class SinkError(Exception):
    """The output cannot be opened or written at all (not one input's problem)."""


def state_directory(output: str, directory_output: bool) -> str:
    """Where the state of an output lives: inside an output directory, beside an output file."""
    if directory_output:
        return os.path.join(output, STATE_NAME)
    folder, name = os.path.split(os.path.abspath(output))
    return os.path.join(folder, f".{name}{STATE_NAME}")


class OutputState:
    """The lock and the stamps of one output, for one run."""

    def __init__(self, output: str, directory_output: bool, resume: bool) -> None:
        self.path = state_directory(output, directory_output)
        self._lock_fd: int | None = None
        self._stamps: dict[str, tuple[int, int]] = {}
        self._pending: list[bytes] = []
        try:
            os.makedirs(self.path, exist_ok=True)
        except OSError as error:
            raise SinkError(f"{self.path}: cannot create: {error.strerror or error}") from None
        self._lock(output)
        stamps = os.path.join(self.path, STAMPS)
        if resume:
            self._stamps = _read_stamps(stamps)
        self.earlier = set(self._stamps)  # the inputs of the run being resumed (file identities)
        self._stamps_fd = _open_append(stamps, truncate=not resume)

    def _lock(self, output: str) -> None:
        try:
            import fcntl
        except ImportError:  # no flock here (Windows): runs are not guarded against each other
            return
        try:
            self._lock_fd = os.open(os.path.join(self.path, LOCK), os.O_RDWR | os.O_CREAT, created_mode())
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise SinkError(f"{output} is being written by another artextract run; wait for it to finish, "
                            "or write elsewhere") from None
        except OSError as error:
            raise SinkError(f"{self.path}: cannot lock: {error.strerror or error}") from None

    # -- stamps ----------------------------------------------------------------------------------

    def stamp(self, identity: str) -> tuple[int, int] | None:
        return self._stamps.get(identity)

    def changed(self, identity: str, stamp: tuple[int, int] | None) -> bool:
        """Whether an input's current stamp differs from the one its record was written with."""
        known = self._stamps.get(identity)
        return known is not None and stamp is not None and known != stamp

    def changed_on_disk(self, identity: str) -> bool:
        """As `changed`, reading the input's stamp from the file system now (resume, before the walk)."""
        if identity not in self._stamps:
            return False
        try:
            info = os.stat(identity)
        except OSError:
            return False  # gone: not an input of this run, its record stays
        return self.changed(identity, (info.st_size, info.st_mtime_ns))

    def note(self, identity: str | None, stamp: tuple[int, int] | None) -> None:
        """Remember the stamp an input's record was written with (written out in batches)."""
        if identity is None or stamp is None or self._stamps.get(identity) == stamp:
            return
        self._stamps[identity] = stamp
        line = json.dumps({"id": identity, "size": stamp[0], "mtime": stamp[1]}, ensure_ascii=True) + "\n"
        self._pending.append(line.encode("ascii"))
        if len(self._pending) >= 256:
            self.flush()

    def flush(self) -> None:
        if self._pending and self._stamps_fd is not None:
            data, self._pending = b"".join(self._pending), []
            try:
                os.write(self._stamps_fd, data)
            except OSError:
                pass  # stamps are a help for --resume, never a reason to stop the run

    def subdirectory(self, name: str, fresh: bool) -> str:
        """A folder of the state for one purpose (emptied for a fresh run)."""
        path = os.path.join(self.path, name)
        if fresh and os.path.isdir(path):
            shutil.rmtree(path)
        os.makedirs(path, exist_ok=True)
        return path

    def close(self) -> None:
        self.flush()
        for fd in (self._stamps_fd, self._lock_fd):
            if fd is not None:
                os.close(fd)
        self._stamps_fd = self._lock_fd = None


def _read_stamps(path: str) -> dict[str, tuple[int, int]]:
    stamps: dict[str, tuple[int, int]] = {}
    try:
        with open(path, "rb") as handle:
            for line in handle:
                entry = _parse(line)
                if entry is not None:
                    stamps[entry["id"]] = (entry["size"], entry["mtime"])
    except OSError:
        pass
    return stamps


def _parse(line: bytes) -> dict[str, Any] | None:
    try:
        entry = json.loads(line)
    except ValueError:
        return None  # a line torn by a kill
    if isinstance(entry, dict) and isinstance(entry.get("id"), str) and isinstance(entry.get("size"), int) \
            and isinstance(entry.get("mtime"), int):
        return entry
    return None


def _open_append(path: str, truncate: bool) -> int | None:
    try:
        return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | (os.O_TRUNC if truncate else 0), created_mode())
    except OSError:
        return None


__all__ = ["OutputState", "SinkError", "state_directory", "identity_of"]
