"""One identity per input, whatever its spelling: what --resume and duplicate checks match on.

Records keep the path as it was given (`source.path`); matching them to inputs
uses the identity instead, so `pages/`, `./pages/` and `/abs/pages/` name the
same inputs. For a local file the identity is its resolved absolute path (links
and `..` undone); for a URL (`scheme://...`, fsspec or web) the URL as given;
for a page inside a WARC file, the WARC file's identity and the record's offset.
"""

from __future__ import annotations

import functools
import os

Key = str | tuple[str, int]


def is_url(path: str) -> bool:
    """A location with a scheme (s3://, https://); file:// paths are local files."""
    return "://" in path and not path.startswith("file://")


def identity_of(path: str) -> str:
    """The identity of an input named `path` (resolved now, against the current directory)."""
    if is_url(path):
        return path
    folder, name = os.path.split(os.path.abspath(path))
    full = os.path.join(_real_folder(folder), name)
    if os.path.islink(full):
        return os.path.realpath(full)
    return full


@functools.lru_cache(maxsize=4096)
def _real_folder(folder: str) -> str:
    # Resume resolves one path per record: resolving each folder once keeps that
    # to one lstat per file for a few million records.
    return os.path.realpath(folder)


def clear_cache() -> None:
    """Forget resolved folders (a long-lived process whose links changed)."""
    _real_folder.cache_clear()


def key_of(identity: str, offset: int | None) -> Key:
    """What resume matches on: the identity, with the offset for a page inside a WARC file."""
    return identity if offset is None else (identity, offset)
