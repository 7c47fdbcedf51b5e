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
    temporary file is removed and `path` is left as it was.
    """
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".part")
    try:
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
