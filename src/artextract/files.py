"""Writing results so that a crash never leaves a half-written file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO


@contextmanager
def atomic_replace(path: str) -> Iterator[BinaryIO]:
    """A binary stream whose content replaces `path` only once it is complete.

    Written to a temporary file in the same folder (so the rename cannot cross
    file systems), synced, then renamed over `path`; on any error the
    temporary file is removed and `path` is left as it was. The file gets the
    mode of the file it replaces, or the one the umask gives a new file
    (mkstemp's own 0600 would make every output private).
    """
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".part")
    try:
        try:
            mode = os.stat(path).st_mode & 0o7777
        except OSError:
            mode = created_mode()
        os.fchmod(handle, mode)
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


def atomic_write(path: str, text: str) -> None:
    """Write text to path via a temporary file in the same folder and a rename."""
    with atomic_replace(path) as stream:
        stream.write(text.encode("utf-8"))


def created_mode() -> int:
    """The mode a new file gets from the umask (0644 under 022), as open() would give it."""
    return 0o666 & ~_umask()


def _umask() -> int:
    # /proc tells without changing anything; elsewhere the umask is read once, at
    # import, by setting and restoring it (a moment when no other thread creates files).
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return _IMPORT_UMASK


def _umask_at_import() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_IMPORT_UMASK = _umask_at_import()
