"""What one successful fetch gives: the page and what the server said about it."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from datetime import datetime, timezone

# Media types worth extracting. Anything else (PDF, images, JSON, CSS ...) is refused before
# its body is read; a response without a Content-Type is read and left to content sniffing.
PAGE_TYPES = ("text/html", "application/xhtml+xml", "application/vnd.wap.xhtml+xml", "text/plain",
              "application/xml", "text/xml")


@dataclass(frozen=True, slots=True)
class Page:
    url: str  # as given
    final_url: str  # after redirects
    status: int
    headers: tuple[tuple[str, str], ...]  # as received, in order
    body: bytes  # content coding (gzip, br, deflate) undone
    charset: str | None  # from Content-Type, when declared and known to Python
    content_type: str | None  # the media type alone, lower case
    fetched_at: str  # ISO 8601, UTC, to the second
    redirects: tuple[str, ...] = ()  # the URLs that redirected, in order

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((value for key, value in self.headers if key.lower() == name), None)


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """`text/html; charset="ISO-8859-1"` -> ("text/html", "iso-8859-1"); unknown charsets are None."""
    if not value:
        return None, None
    media, *params = value.split(";")
    charset = None
    for param in params:
        key, _, raw = param.partition("=")
        if key.strip().lower() == "charset":
            name = raw.strip().strip("'\"").lower()
            try:
                codecs.lookup(name)
            except LookupError:
                continue  # a bogus name must not cost the page; decoding falls back to the page's own
            charset = name
    return media.strip().lower() or None, charset


def is_page_type(media_type: str | None) -> bool:
    return media_type is None or media_type in PAGE_TYPES or media_type.endswith("+xml") and "xhtml" in media_type


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
