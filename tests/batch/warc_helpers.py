"""Building WARC files in tests with warcio's writer: HTML responses, and the records a crawl also holds."""

from __future__ import annotations

import io
from pathlib import Path

from batch_helpers import article_page


def warc_bytes(records: list[tuple], gzip: bool = True) -> bytes:
    """records: ("response", url, body, content_type) | ("revisit", url) | ("request", url) | ("raw", bytes)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for entry in records:
        kind = entry[0]
        if kind == "raw":
            out.write(entry[1])
            continue
        url = entry[1]
        if kind == "response":
            body, content_type = entry[2], entry[3]
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type), ("Content-Length", str(len(body)))],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
        elif kind == "revisit":
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_revisit_record(url, "sha1:AAAA", url, "2024-01-01T00:00:00Z",
                                                             http_headers=headers))
        elif kind == "request":
            headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.com")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=headers))
    return out.getvalue()


def one_response(url: str, body: bytes, gzip: bool = True) -> bytes:
    return warc_bytes([("response", url, body, "text/html; charset=utf-8")], gzip)


def crawl_warc(path: Path, pages: int = 4, gzip: bool = True) -> list[str]:
    """A WARC with `pages` HTML responses, a request, a PNG, a revisit, and a truncated last record.

    The URLs of the HTML pages, in file order."""
    urls = [f"https://news.example.com/story/{number}" for number in range(pages)]
    entries: list[tuple] = [("request", urls[0])]
    for number, url in enumerate(urls):
        entries.append(("response", url, article_page(number), "text/html; charset=utf-8"))
        if number == 1:
            entries.append(("response", "https://news.example.com/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
                            "image/png"))
            entries.append(("revisit", urls[0]))
    data = warc_bytes(entries, gzip)
    last = one_response("https://news.example.com/cut-off", article_page(99), gzip)
    path.write_bytes(data + last[: len(last) // 2])
    return urls
