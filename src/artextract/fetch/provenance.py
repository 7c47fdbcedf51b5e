"""What a fetch tells a record: `url` is the final URL, `source` says where and when the page came from.

    {"source": {"type": "url", "path": "<as given>", "url": "<as given>", "status": 200,
                "fetched_at": "2026-03-01T12:00:00Z"}, "url": "<after redirects>", ...}

`source.path` repeats the URL as given, so that every record of a batch, from
a file, a WARC file or the web, names its input in `source.path` (what resume
matches on). A failed fetch is an error record with its own `error.type`
(fetch/errors.py) and, when a server answered, the status and final URL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import FetchError
from .page import Page


@dataclass(frozen=True, slots=True)
class Fetched:
    """A small, picklable summary of one URL's fetch, carried with the input to its record."""

    url: str  # as given
    final_url: str | None = None
    status: int | None = None
    fetched_at: str | None = None
    charset: str | None = None
    error_kind: str | None = None
    error_message: str | None = None
    warnings: tuple[str, ...] = ()  # e.g. the page could not be saved

    @classmethod
    def from_page(cls, page: Page, warnings: tuple[str, ...] = ()) -> Fetched:
        return cls(page.url, page.final_url, page.status, page.fetched_at, page.charset, warnings=warnings)

    @classmethod
    def from_error(cls, url: str, error: FetchError) -> Fetched:
        return cls(url, error.final_url, error.status, error.fetched_at, None, error.kind, error.message)


def url_source(fetched: Fetched) -> dict[str, Any]:
    return {"type": "url", "path": fetched.url, "url": fetched.url, "status": fetched.status,
            "fetched_at": fetched.fetched_at}


def error_record(fetched: Fetched) -> dict[str, Any]:
    """The record of a URL that gave no page."""
    return {"source": url_source(fetched), "url": fetched.final_url,
            "error": {"type": fetched.error_kind, "message": fetched.error_message}}


def for_url(record: dict[str, Any], fetched: Fetched | None) -> dict[str, Any]:
    """A record about a fetched page (article or error) given its URL provenance; others unchanged."""
    if fetched is None:
        return record
    if fetched.error_kind is not None:
        return error_record(fetched)
    if "error" in record:  # fetched, but extraction failed (an empty or binary body ...)
        return {"source": url_source(fetched), "url": fetched.final_url, "error": record["error"]}
    updated = dict(record)
    updated["url"] = fetched.final_url
    updated["source"] = url_source(fetched)
    if fetched.warnings:
        updated["warnings"] = list(record.get("warnings") or []) + list(fetched.warnings)
    return updated
