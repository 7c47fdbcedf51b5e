"""WARC files as inputs: every HTML `response` (or `resource`) record becomes one page.

    >>> for item, payload in iter_warc("crawl.warc.gz", "crawl.warc.gz"):
    ...     item.warc.url, item.warc.offset, item.error or len(payload)

Record parsing (WARC and HTTP headers, chunked transfer coding, gzip/deflate
content coding) is warcio's. The framing around it is ours, because neither
warcio nor fastwarc notices a record cut short by the end of the file (both
hand back a short payload, or stop without a word) and neither goes on after
a damaged record. Here:

- each record's block is read to its Content-Length; a shorter one is a
  *truncated* record (an error record, and the end of that file);
- a record not followed by its blank lines, a header that is not WARC, or a
  gzip member that does not inflate is *malformed*: an error record at that
  offset, then reading resumes at the next record (the next gzip member, or
  the next line starting "WARC/1.") instead of stopping;
- `request`, `metadata`, `warcinfo`, `revisit` (no payload of its own),
  `conversion`/`continuation` records and `response`/`resource` records that
  are not HTML (images, scripts, style sheets) are not pages: they come out
  as `ignored` items, counted in the summary ("15 other WARC records") but
  given no record, so a crawl of 3 pages and 15 assets is not "15 failed".
  With `strict`, a `response`/`resource` record that is not HTML is an error
  record ("not an HTML page") instead.

`offset` is the record's byte offset in the file as stored: for .warc.gz the
offset of the gzip member that starts it, which is what CDX indexes and
Common Crawl's columnar index give (for a gzip member holding several records,
the member's offset plus the record's position inside it).

Why warcio and not fastwarc (measured on the WCXB development pages packed
into WARC files, 4074 records, 1.2 GB uncompressed, 2-core machine):
- speed: fastwarc 2.0 reads 3200-3800 records/s from .warc.gz, warcio
  ~1270/s (plain .warc: 15300/s vs 7000-8700/s). Extraction runs at roughly
  20-40 pages/s per core, so warcio's reading is ~3% of one worker's time and
  never the bottleneck at these scales;
- footprint: warcio is 0.3 MB of pure Python (+ six), any platform; fastwarc
  is a 5 MB compiled wheel that pulls brotli (5 MB), click, tqdm and
  typing_extensions: 11.5 MB;
- robustness: fastwarc returned an empty payload without an error for HTTP
  headers ending in bare LF, and stopped the whole file with an exception on
  a 70 KB HTTP header; warcio parsed both. Both silently shortened or dropped
  truncated records, hence the framing above.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import BinaryIO

from ..source import DEFAULT_MAX_BYTES, size_text
from .discover import Item
from .extras import require

WARC_SUFFIXES = (".warc", ".warc.gz")
WARC_GLOBS = tuple("*" + suffix for suffix in WARC_SUFFIXES)

HTML_TYPES = ("text/html", "application/xhtml+xml", "application/vnd.wap.xhtml+xml")
_PAGE_TYPES = ("response", "resource")
# How records that are not pages are counted in the summary (discover.Item.ignored).
OTHER_RECORDS = "other WARC records (not pages)"
_HTTP_CONTENT_TYPE = re.compile(rb"\ncontent-type:[ \t]*([^\r\n]*)", re.IGNORECASE)
_GZIP_MAGIC = b"\x1f\x8b\x08"
_VERSION_LINE = re.compile(rb"WARC/1\.[01]\r?\n")  # what starts a record, when looking for the next one
_CHUNK = 1 << 16
_MAX_HEADER = 1 << 18  # WARC header lines of one record, bytes
# A WARC record's block may exceed the page limit by its HTTP headers.
_HEADER_ALLOWANCE = 1 << 20


@dataclass(frozen=True, slots=True)
class WarcRef:
    """Where a page came from inside a WARC file."""

    offset: int
    record_id: str | None = None
    url: str | None = None  # WARC-Target-URI
    warnings: tuple[str, ...] = ()


def is_warc(path: str) -> bool:
    """A WARC file, by its name. A URL that ends in .warc is a page to fetch, not a file here."""
    return "://" not in path and path.lower().endswith(WARC_SUFFIXES)


def iter_warc(path: str, rel: str, stream: BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
              strict: bool = False, others: bool = False) -> Iterator[tuple[Item, bytes | None]]:
    """(Item, payload) per page record of one WARC file; an Item with `error` (payload None) per bad
    record; with `others`, an `ignored` Item per record that is not a page (with `strict`, an error
    Item when it is a captured document that is not HTML).

    `stream` is an open binary file (fsspec's included); without it `path` is
    opened. A file that cannot be opened gives one error Item.
    """
    require("warcio", "warc")
    owned = stream is None
    if stream is None:
        try:
            stream = open(path, "rb")
        except OSError as error:
            yield Item(path, rel, f"cannot open the WARC file: {error.strerror or error}"), None
            return
    try:
        try:
            head = _read_exact(stream, 3)
        except OSError as error:
            yield Item(path, rel, f"cannot read the WARC file: {error.strerror or error}"), None
            return
        source: _Source = _GzipSource(stream, head) if head == _GZIP_MAGIC else _PlainSource(stream, head)
        for item, payload in _Framer(path, rel, source, max_bytes, strict).pages():
            if others or item.ignored is None:
                yield item, payload
    finally:
        if owned:
            stream.close()


def expand_warcs(items: Iterable[Item | tuple[Item, bytes | str]], max_bytes: int = DEFAULT_MAX_BYTES,
                 strict: bool = False) -> Iterator[Item | tuple[Item, bytes | str]]:
    """Inputs with every WARC file (by name: .warc, .warc.gz) replaced by its pages and other records.

    Each record's Item carries the WARC file's identity and stamp, so resume
    matches (identity, offset) and redoes every record of a file that changed.
    """
    for entry in items:
        if not (isinstance(entry, Item) and entry.error is None and entry.ignored is None and entry.warc is None
                and is_warc(entry.path)):
            yield entry
            continue
        for item, payload in iter_warc(entry.path, entry.rel, max_bytes=max_bytes, strict=strict, others=True):
            item = replace(item, identity=entry.identity, stamp=entry.stamp)
            yield item if payload is None else (item, payload)


def _read_exact(stream: BinaryIO, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            break
        data += chunk
    return data


# -- byte sources: plain, or gzip members, with the offset of each position ----------------------


class _Damaged(Exception):
    """A gzip member that does not inflate."""

    def __init__(self, offset: int, message: str) -> None:
        super().__init__(message)
        self.offset = offset


class _Source:
    """Decompressed bytes with readline/read, and the stored offset of the next byte."""

    def __init__(self, raw: BinaryIO, head: bytes) -> None:
        self.raw = raw
        self.buffer = bytearray()
        self.eof = False

    def _fill(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def offset(self) -> int:  # pragma: no cover - overridden
        raise NotImplementedError

    def _dropped(self, size: int) -> None:  # pragma: no cover - overridden
        """`size` bytes left the front of the buffer, read or skipped: the offsets move on."""
        raise NotImplementedError

    def _consume(self, size: int) -> bytes:
        data = bytes(self.buffer[:size])
        del self.buffer[:size]
        self._dropped(len(data))
        return data

    def readline(self, limit: int) -> bytes:
        while True:
            index = self.buffer.find(b"\n")
            if index >= 0 and index < limit:
                return self._consume(index + 1)
            if len(self.buffer) >= limit or not self._fill():
                return self._consume(min(len(self.buffer), limit))

    def read(self, size: int) -> bytes:
        while len(self.buffer) < size and self._fill():
            pass
        return self._consume(size)

    def skip(self, size: int) -> int:
        """Drop up to size bytes without keeping them; how many were there."""
        skipped = 0
        while skipped < size:
            if not self.buffer and not self._fill():
                break
            step = min(size - skipped, len(self.buffer))
            del self.buffer[:step]
            self._dropped(step)
            skipped += step
        return skipped

    def peek(self, size: int) -> bytes:
        while len(self.buffer) < size and self._fill():
            pass
        return bytes(self.buffer[:size])

    def resync(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError


class _PlainSource(_Source):
    def __init__(self, raw: BinaryIO, head: bytes) -> None:
        super().__init__(raw, head)
        self.buffer += head
        self.position = 0  # stored offset of buffer[0]

    def _dropped(self, size: int) -> None:
        self.position += size

    def _fill(self) -> bool:
        if self.eof:
            return False
        self.eof = not _read_chunk(self.raw, self.buffer)
        return not self.eof

    def offset(self) -> int:
        return self.position

    def resync(self, offset: int) -> bool:
        """Move to the next line starting "WARC/1." after the record that failed at `offset`."""
        if _seek(self.raw, offset + 1):
            self.buffer.clear()
            self.position = offset + 1
            self.eof = False
        while True:
            found = _VERSION_LINE.search(self.buffer)
            if found:
                self._consume(found.start())
                return True
            keep = 12  # a version line may straddle two chunks
            if len(self.buffer) > keep:
                self._consume(len(self.buffer) - keep)
            if not self._fill():
                self._consume(len(self.buffer))
                return False


def _read_chunk(raw: BinaryIO, into: bytearray) -> bool:
    """The stream's next chunk added to `into`; False at the stream's end (nothing added)."""
    chunk = raw.read(_CHUNK)
    if not chunk:
        return False
    into += chunk
    return True


def _seek(raw: BinaryIO, position: int) -> bool:
    """Go back to a stored position, when the stream allows it (local and fsspec files do)."""
    try:
        if raw.seekable():
            raw.seek(position)
            return True
    except (AttributeError, OSError, ValueError):
        pass
    return False


class _GzipSource(_Source):
    """Concatenated gzip members, inflated one after another; offsets are member offsets."""

    def __init__(self, raw: BinaryIO, head: bytes) -> None:
        super().__init__(raw, head)
        self.compressed = bytearray(head)
        self.compressed_position = 0  # stored offset of compressed[0]
        self.member_offset = 0
        self.inflater: zlib._Decompress | None = None
        self.raw_eof = False
        # Where members start inside the buffer: (index in buffer, member offset);
        # base: (member offset, position inside that member) of buffer[0].
        self.starts: list[tuple[int, int]] = []
        self.base = (0, 0)
        self.truncated = False

    def _raw_more(self) -> bool:
        if self.raw_eof:
            return False
        self.raw_eof = not _read_chunk(self.raw, self.compressed)
        return not self.raw_eof

    def _fill(self) -> bool:
        if self.eof:
            return False
        while True:
            if self.inflater is None:
                # The next member starts here (or the data ends).
                while len(self.compressed) < 3 and self._raw_more():
                    pass
                if not self.compressed:
                    self.eof = True
                    return False
                if bytes(self.compressed[:3]) != _GZIP_MAGIC:
                    if not bytes(self.compressed).strip(b"\0\r\n\t "):
                        # padding after the last member
                        self.compressed.clear()
                        if self._raw_more():
                            continue
                        self.eof = True
                        return False
                    raise _Damaged(self.compressed_position, "not a gzip member where one should start")
                self.member_offset = self.compressed_position
                self.inflater = zlib.decompressobj(31)
                self.starts.append((len(self.buffer), self.member_offset))
            if not self.compressed and not self._raw_more():
                # The file ends inside a gzip member.
                self.truncated = True
                self.eof = True
                self.inflater = None
                return False
            data = bytes(self.compressed)
            try:
                out = self.inflater.decompress(data, _CHUNK)
            except zlib.error as error:
                raise _Damaged(self.member_offset, f"damaged gzip member ({error})") from None
            # At the member's end the rest is in unused_data (unconsumed_tail may still hold a stale copy).
            rest = self.inflater.unused_data if self.inflater.eof else self.inflater.unconsumed_tail
            used = len(data) - len(rest)
            del self.compressed[:used]
            self.compressed_position += used
            self.buffer += out
            if self.inflater.eof:
                self.inflater = None
            if out:
                return True

    def _dropped(self, size: int) -> None:
        member, position = self.base
        position += size
        shifted = []
        for index, start_member in self.starts:
            if index <= size:
                member, position = start_member, size - index
            else:
                shifted.append((index - size, start_member))
        self.starts = shifted
        self.base = (member, position)

    def offset(self) -> int:
        if self.starts and self.starts[0][0] == 0:
            return self.starts[0][1]
        member, position = self.base
        return member + position

    def resync(self, offset: int) -> bool:
        """Look for the next gzip member after the one that failed at `offset`."""
        self.buffer.clear()
        self.starts.clear()
        self.truncated = False
        skip = 0 if self.inflater is None else 1  # a finished member: the next may start right here
        self.inflater = None
        if _seek(self.raw, offset + 1):
            self.compressed.clear()
            self.compressed_position = offset + 1
            self.raw_eof = False
            skip = 0
        while True:
            index = self.compressed.find(_GZIP_MAGIC, skip)
            if index >= 0:
                del self.compressed[:index]
                self.compressed_position += index
                self.base = (self.compressed_position, 0)
                self.eof = False
                return True
            drop = max(0, len(self.compressed) - 2)
            del self.compressed[:drop]
            self.compressed_position += drop
            skip = 0
            if not self._raw_more():
                self.eof = True
                return False


# -- records ----------------------------------------------------------------------------------


class _Framer:
    def __init__(self, path: str, rel: str, source: _Source, max_bytes: int, strict: bool = False) -> None:
        self.path = path
        self.rel = rel
        self.source = source
        self.max_bytes = max_bytes
        self.strict = strict

    def _error(self, offset: int, message: str, record_id: str | None = None,
               url: str | None = None) -> tuple[Item, None]:
        return Item(self.path, f"{self.rel}/{offset}", message, WarcRef(offset, record_id, url)), None

    def _other(self, offset: int, record_id: str | None, url: str | None, content_type: str | None,
               ) -> tuple[Item, None]:
        """A record that is not a page: ignored, or with `strict` (a captured document) an error."""
        if self.strict and content_type is not None:
            return self._error(offset, f"not an HTML page (Content-Type: {content_type or 'none'})", record_id, url)
        ref = WarcRef(offset, record_id, url)
        return Item(self.path, f"{self.rel}/{offset}", None, ref, ignored=OTHER_RECORDS), None

    def pages(self) -> Iterator[tuple[Item, bytes | None]]:
        source = self.source
        while True:
            try:
                # Blank lines between records.
                while True:
                    ahead = source.peek(2)
                    if ahead[:1] in (b"\r", b"\n"):
                        source.read(2 if ahead == b"\r\n" else 1)
                        continue
                    break
                if not source.peek(1):
                    if isinstance(source, _GzipSource) and source.truncated:
                        yield self._error(source.offset(), "truncated WARC file: it ends inside a gzip member")
                    return
                offset = source.offset()
                outcome = self._record(offset)
            except _Damaged as damage:
                yield self._error(damage.offset, f"malformed WARC record: {damage}")
                if not source.resync(damage.offset):
                    return
                continue
            if outcome is None:
                continue
            kind, value = outcome
            yield value
            # After a truncated or malformed record, read on from the next record
            # that starts after it (a cut-off record may be followed by whole ones).
            if kind != "page" and not source.resync(offset):
                return

    def _record(self, offset: int):
        source = self.source
        first = source.readline(_MAX_HEADER)
        if not first.startswith(b"WARC/"):
            shown = first[:40].decode("latin-1").strip()
            return "resync", self._error(offset, f"malformed WARC record: expected a WARC header, found {shown!r}")
        lines = [first]
        size = len(first)
        while True:
            line = source.readline(_MAX_HEADER)
            if not line:
                return "stop", self._error(offset, "truncated WARC record: the file ends inside its header")
            lines.append(line)
            size += len(line)
            if line in (b"\r\n", b"\n"):
                break
            if size > _MAX_HEADER:
                return "resync", self._error(offset, "malformed WARC record: header longer than 256 KiB")
        headers = _header_fields(lines)
        record_id, url = headers.get("warc-record-id"), headers.get("warc-target-uri")
        try:
            length = int(headers.get("content-length", ""))
            if length < 0:
                raise ValueError
        except ValueError:
            return "resync", self._error(offset, "malformed WARC record: no valid Content-Length", record_id, url)
        record_type = headers.get("warc-type", "").lower()
        wanted = record_type in _PAGE_TYPES
        if not wanted or length > self.max_bytes + _HEADER_ALLOWANCE:
            # Too large to read, or not a page: its type is in the first bytes of the block.
            content_type = _declared_type(record_type, headers, source.peek(min(length, _CHUNK))) if wanted else None
            got = source.skip(length)
            if got < length:
                return "stop", self._error(offset, f"truncated WARC record: {length - got} of its {length} bytes "
                                                   "are missing (the file ends early)", record_id, url)
            if not wanted or (content_type and not _is_html(content_type, b"")):
                return self._after_block(offset, self._other(offset, record_id, url, content_type), record_id, url)
            limit = size_text(self.max_bytes)
            return self._after_block(offset, self._error(offset, f"input is larger than the {limit} limit",
                                                         record_id, url), record_id, url)
        block = source.read(length)
        if len(block) < length:
            return "stop", self._error(offset, f"truncated WARC record: {length - len(block)} of its {length} bytes "
                                               "are missing (the file ends early)", record_id, url)
        return self._after_block(offset, self._page(offset, b"".join(lines), block, record_id, url), record_id, url)

    def _after_block(self, offset, result, record_id, url):
        """A record ends with two blank lines; anything else means its Content-Length is wrong."""
        trailer = self.source.peek(4)
        if trailer and not trailer.startswith((b"\r\n", b"\n")):
            return "resync", self._error(offset, "malformed WARC record: its Content-Length does not match "
                                                 "the record", record_id, url)
        if result is None:
            return None
        return "page", result

    def _page(self, offset: int, header: bytes, block: bytes, record_id: str | None,
              url: str | None) -> tuple[Item, bytes | None]:
        from warcio.archiveiterator import ArchiveIterator

        try:
            record = next(iter(ArchiveIterator(io.BytesIO(header + block + b"\r\n\r\n"))))
            content_type = _content_type(record)
            status = None
            if record.http_headers is not None and record.rec_type == "response":
                status = record.http_headers.get_statuscode()
            payload = record.content_stream().read(self.max_bytes + 1)
        except Exception as error:  # warcio's own parse errors, bad chunking, bad content coding
            return self._error(offset, f"malformed WARC record: {type(error).__name__}: {error}"[:300],
                               record_id, url)
        if len(payload) > self.max_bytes:
            return self._error(offset, f"input is larger than the {size_text(self.max_bytes)} limit",
                               record_id, url)
        if not _is_html(content_type, payload):
            return self._other(offset, record_id, url, content_type or "")
        warnings: list[str] = []
        truncated = record.rec_headers.get_header("WARC-Truncated")
        if truncated:
            warnings.append(f"the crawler truncated this page (WARC-Truncated: {truncated})")
        if status and not str(status).startswith("2"):
            warnings.append(f"HTTP status {status}")
        ref = WarcRef(offset, record_id, url, tuple(warnings))
        return Item(self.path, f"{self.rel}/{offset}", None, ref), payload


def _declared_type(record_type: str, headers: dict[str, str], head: bytes) -> str | None:
    """The media type a record declares, from its HTTP headers (a response) or WARC headers."""
    if record_type == "response":
        found = _HTTP_CONTENT_TYPE.search(head.split(b"\r\n\r\n", 1)[0])
        if found:
            return found.group(1).decode("latin-1").strip()
    return headers.get("content-type") if record_type == "resource" else headers.get("warc-identified-payload-type")


def _header_fields(lines: list[bytes]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.decode("utf-8", "replace").partition(":")
        if sep:
            fields.setdefault(name.strip().lower(), value.strip())
    return fields


def _content_type(record) -> str | None:
    value = None
    if record.rec_type == "response" and record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type")
    if not value and record.rec_type == "resource":
        value = record.rec_headers.get_header("Content-Type")
    if not value:
        value = record.rec_headers.get_header("WARC-Identified-Payload-Type")
    return value.strip() if value else None


_MEDIA = re.compile(r"^\s*([^;\s]+)")


def _is_html(content_type: str | None, payload: bytes) -> bool:
    if content_type:
        match = _MEDIA.match(content_type)
        return bool(match) and match.group(1).lower() in HTML_TYPES
    from ..source import looks_like_html

    return looks_like_html(payload[:4096].decode("latin-1"))
