"""The two kinds of record a batch yields, one per input: an article or an error.

An article record is exactly `Article.to_dict()` (so `source.path` names the
input). An error record keeps the same `source` object and says what went
wrong instead:

    {"source": {"type": null, "path": "pages/a.html"},
     "error": {"type": "input", "message": "binary input: ..."}}

`error.type` is one of ERROR_TYPES, stable for scripts (`jq 'select(.error)'`).
A page without an article is an article record with an empty body and a
warning, never an error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .identity import Key, identity_of, key_of

# What went wrong, as a fixed vocabulary:
INPUT = "input"  # the input itself: missing, unreadable, empty, binary, too large, corrupt gzip, symlink loop
TIMEOUT = "timeout"  # the page took longer than the per-page time limit
CRASH = "crash"  # the worker process died on the page (a segfault, the OOM killer)
MEMORY = "memory"  # MemoryError while processing the page
RECURSION = "recursion"  # the page is nested too deeply for some part of the pipeline
OUTPUT = "output"  # the result could not be written (directory output)
INTERNAL = "internal"  # an unexpected exception: a bug in artextract
# URL inputs (fetch/errors.py says when each applies; fetching too large or not a page is INPUT):
NETWORK = "network"  # DNS, refused, reset, timed out
HTTP = "http"  # a 4xx/5xx answer (after retries), too many redirects
ROBOTS = "robots"  # disallowed by robots.txt, or robots.txt unreachable (5xx)
ERROR_TYPES = (INPUT, TIMEOUT, CRASH, MEMORY, RECURSION, OUTPUT, INTERNAL, NETWORK, HTTP, ROBOTS)

OK = "ok"
EMPTY = "empty"
FAILED = "failed"
SKIPPED = "skipped"  # a filter (--min-words, --language) left it out: a record saying why, no document


def error_record(path: str | None, kind: str, message: str, input_type: str | None = None) -> dict[str, Any]:
    """An error record for one input. `input_type` is "html"/"text" when known."""
    if kind not in ERROR_TYPES:
        raise ValueError(f"unknown error type {kind!r}")
    return {"source": {"type": input_type, "path": path}, "error": {"type": kind, "message": message}}


def for_warc(record: dict[str, Any], ref: Any) -> dict[str, Any]:
    """A record about a page inside a WARC file (`ref` a warc.WarcRef): `url` is its
    WARC-Target-URI, `source` also carries `record_id` and `offset`; an error record
    gets the `url` too. The crawler's remarks (WARC-Truncated, HTTP status) join the warnings."""
    if ref is None:
        return record
    source = dict(record.get("source") or {})
    source["record_id"] = ref.record_id
    source["offset"] = ref.offset
    if "error" in record:
        return {"source": source, "url": ref.url, "error": record["error"]}
    updated = dict(record)
    if ref.url:
        updated["url"] = ref.url
    updated["source"] = source
    if ref.warnings:
        updated["warnings"] = list(record.get("warnings") or []) + list(ref.warnings)
    return updated


def record_key(record: Any, identity: Callable[[str], str] = identity_of) -> Key | None:
    """What resume matches on (Item.key): the input's identity (from source.path, however it was
    spelt), with the offset for a page inside a WARC file. None when it is not a record."""
    path = record_path(record)
    if path is None:
        return None
    offset = record["source"].get("offset")
    return key_of(identity(path), offset if isinstance(offset, int) else None)


def record_label(record: Any) -> str | None:
    """How a record's input is named in messages: the path as given, with @OFFSET inside a WARC file."""
    path = record_path(record)
    if path is None:
        return None
    offset = record["source"].get("offset")
    return f"{path}@{offset}" if isinstance(offset, int) else path


def skipped_record(record: dict[str, Any], reason: str) -> dict[str, Any]:
    """The record of an input a filter left out: where it came from, and why.

        {"source": {"type": "html", "path": "pages/a.html"}, "url": null, "skipped": "12 words (--min-words 50)"}
    """
    return {"source": record.get("source"), "url": record.get("url"), "skipped": reason}


def is_error(record: dict[str, Any]) -> bool:
    return "error" in record


def is_skipped(record: dict[str, Any]) -> bool:
    return "skipped" in record


def status(record: dict[str, Any]) -> str:
    """ok (an article with a body), empty (an article without one), skipped (by a filter) or failed."""
    if is_error(record):
        return FAILED
    if is_skipped(record):
        return SKIPPED
    return OK if record.get("body") else EMPTY


def record_path(record: Any) -> str | None:
    """The input a record is about, or None when the object is not a record."""
    if not isinstance(record, dict):
        return None
    source = record.get("source")
    if not isinstance(source, dict):
        return None
    path = source.get("path")
    return path if isinstance(path, str) else None


def is_complete(record: Any) -> bool:
    """Whether a parsed JSON value is a whole record (resume trusts only these)."""
    if record_path(record) is None:
        return False
    if "error" in record:
        error = record["error"]
        return isinstance(error, dict) and "type" in error and "message" in error
    if "skipped" in record:
        return isinstance(record["skipped"], str)
    # Article records always end with these keys (article.py writes them last).
    return "body" in record and "warnings" in record
