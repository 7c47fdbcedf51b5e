"""Keeping what was fetched, so extraction can be rerun without fetching again.

`PageDir` (--save-pages DIR) writes each page gzipped under DIR/<host>/ and
appends a line to DIR/pages.jsonl naming its URL, final URL, status, charset
and fetch time. `WarcOut` (--warc-out FILE.warc.gz, with warcio) writes one
`response` record per page, which `artextract FILE.warc.gz` reads back with
the page's URL. Bodies are stored as extraction saw them (content coding
undone), so Content-Encoding is dropped from the stored headers and
Content-Length set to the stored length.
"""

from __future__ import annotations

import gzip
import hashlib
import http
import io
import json
import os
import re
import threading
import urllib.parse

from .page import Page

_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_EXTENSIONS = {"text/plain": ".txt", "application/xml": ".xml", "text/xml": ".xml"}
# Hop-by-hop and coding headers that no longer describe the stored body.
_DROPPED_HEADERS = {"content-encoding", "transfer-encoding", "content-length", "connection", "keep-alive"}


class SaveError(Exception):
    """A store cannot be opened (the message is one line a user can act on)."""


class PageDir:
    """One gzipped file per page under DIR/<host>/, indexed in DIR/pages.jsonl."""

    def __init__(self, root: str):
        self.root = root
        try:
            os.makedirs(root, exist_ok=True)
        except OSError as error:
            raise SaveError(f"{root}: cannot create the directory: {error.strerror or error}") from None
        self._lock = threading.Lock()

    def save(self, page: Page) -> str:
        """The saved file's path. Raises OSError (the caller turns it into a warning)."""
        path = os.path.join(self.root, *page_file(page))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        temporary = f"{path}.{os.getpid()}.{threading.get_ident()}.tmp"
        with open(temporary, "wb") as handle:
            handle.write(gzip.compress(page.body, mtime=0))
        os.replace(temporary, path)
        entry = {"url": page.url, "final_url": page.final_url, "status": page.status, "fetched_at": page.fetched_at,
                 "charset": page.charset, "content_type": page.content_type,
                 "file": os.path.relpath(path, self.root)}
        with self._lock, open(os.path.join(self.root, "pages.jsonl"), "a", encoding="utf-8") as index:
            index.write(json.dumps(entry, ensure_ascii=False) + "\n")  # one write per line: whole lines only
        return path

    def close(self) -> None:
        pass


def page_file(page: Page) -> tuple[str, str]:
    """(host directory, file name): readable, and unique per final URL thanks to a short hash."""
    parts = urllib.parse.urlsplit(page.final_url)
    host = _NAME_UNSAFE.sub("_", parts.netloc.lower()).strip("._") or "host"
    stem = _NAME_UNSAFE.sub("_", urllib.parse.unquote(parts.path.rstrip("/").rsplit("/", 1)[-1]))
    stem = re.sub(r"\.(html?|xhtml|php|aspx?|jsp)$", "", stem.strip("._"), flags=re.IGNORECASE)[:80] or "index"
    digest = hashlib.sha1(page.final_url.encode("utf-8")).hexdigest()[:12]
    return host, f"{stem}-{digest}{_EXTENSIONS.get(page.content_type or '', '.html')}.gz"


class WarcOut:
    """Appends a `response` record per page to a WARC file (gzipped per record for .gz)."""

    def __init__(self, path: str, software: str):
        try:
            from warcio.warcwriter import WARCWriter
        except ImportError:
            raise SaveError('warcio is not installed; install it with: pip install "artextract[warc]"') from None
        try:
            self._handle = open(path, "ab")
        except OSError as error:
            raise SaveError(f"{path}: cannot open for writing: {error.strerror or error}") from None
        self._writer = WARCWriter(self._handle, gzip=path.endswith(".gz"))
        self._lock = threading.Lock()
        info = self._writer.create_warcinfo_record(os.path.basename(path), {"software": software,
                                                                            "format": "WARC File Format 1.1"})
        self._write(info)

    def save(self, page: Page) -> None:
        from warcio.statusandheaders import StatusAndHeaders

        headers = [(key, value) for key, value in page.headers if key.lower() not in _DROPPED_HEADERS]
        headers.append(("Content-Length", str(len(page.body))))
        status = f"{page.status} {_phrase(page.status)}".strip()
        http_headers = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        record = self._writer.create_warc_record(page.final_url, "response", payload=io.BytesIO(page.body),
                                                 length=len(page.body), http_headers=http_headers,
                                                 warc_headers_dict={"WARC-Date": page.fetched_at})
        self._write(record)

    def _write(self, record) -> None:
        with self._lock:
            self._writer.write_record(record)
            self._handle.flush()  # a killed run leaves whole records behind, all but maybe the last

    def close(self) -> None:
        self._handle.close()


def _phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""
