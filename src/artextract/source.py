"""Getting input into one decoded string: reading, decompressing, decoding, sniffing.

Everything raised here is an `InputError` whose message a user can act on; the
CLI prints it as one line and batch mode stores it in an error record.
"""

from __future__ import annotations

import codecs
import gzip
import itertools
import os
import re
import stat
import sys
import zlib
from dataclasses import dataclass, field

# Large enough for any real article page (the biggest development page is a
# few MB), small enough that a gzip bomb or a stray dump cannot exhaust memory.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_GZIP_MAGIC = b"\x1f\x8b"

# Signatures of binary formats people point the tool at by mistake; naming the
# format makes the error useful ("this is a PDF") instead of just "binary".
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_BOM_OF = {encoding: bom for bom, encoding in _BOMS}

# UTF-16/32 without a byte order mark: which of every four bytes are NUL in
# ASCII-range text, and the share of them that must be NUL (or not) to say so.
_NUL_PATTERNS: tuple[tuple[str, tuple[bool, bool, bool, bool]], ...] = (
    ("utf-32-le", (False, True, True, True)),
    ("utf-32-be", (True, True, True, False)),
    ("utf-16-le", (False, True, False, True)),
    ("utf-16-be", (True, False, True, False)),
)
_WIDE_NUL_SHARE = 0.6
_WIDE_SNIFF_BYTES = 4096

# Text codecs Python has and no browser uses for a page: escape formats and
# UTF-7 (which browsers refuse because it hides markup). A page declaring
# them is read as if it declared nothing.
_NOT_PAGE_ENCODINGS = frozenset({"utf-7", "unicode-escape", "raw-unicode-escape", "punycode", "idna"})
# Markup as every page (other than UTF-16/32) writes it, for a charset named by the transport.
_ASCII_PROBE = b'<!DOCTYPE html><html lang="en"><meta charset="x"><p class=a-b_c>1.'

# Where pages declare their charset; only the head of the document is searched.
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^<>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)"""
    rb"""|<\?xml[^<>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""",
    re.IGNORECASE,
)
_CHARSET_SNIFF_BYTES = 8192

# Control characters other than tab, newline, form feed and carriage return.
# Text never has many; binary files are full of them.
_CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 32)) + b"\x0b"
_BINARY_CONTROL_SHARE = 0.02
# Unicode categories of control, surrogate, private-use and unassigned code points.
_JUNK_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn"})

# A page that is valid UTF-8 but for a few stray bytes is still UTF-8; beyond
# this share of replaced characters the declaration is probably wrong.
_UTF8_TOLERATED_ERRORS = 0.005

# The marks of UTF-8 decoded as windows-1252: "â€" opens ’ “ ” – — …, "Ã" and "Â" the accented
# letters and no-break spaces. A few can be real text ("Â" in Portuguese), so it takes several.
# Decoded as latin-1 instead, "â" is followed by an invisible C1 control ("Investorâ\x80\x99s",
# served so by 9 dev sites: flyertalk, man7, allrecipes, infoq, zoho, newegg, ...), never real text.
_MOJIBAKE_MARK = re.compile("â[€\u0080-\u009f]|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]")
# What the marks hold (a latin-1 reading shows "â\x80" wherever it broke punctuation, U+2000-203F);
# "â" before a later C1 control (\x81-\x9f: arrows, "€", other symbols) is not asked for, so such
# marks count only on a page that shows one of these too.
_MOJIBAKE_NEEDLES = ("â€", "Ã", "Â", "â\x80")
# UTF-8 read as one of these once too often, the text reads back whole.
_MOJIBAKE_CODECS = ("cp1252", "latin-1")
_MOJIBAKE_MIN_MARKS = 3
_MOJIBAKE_SNIFF_CHARS = 2_000_000
# ftfy costs ~0.16 us a character and ~11 us a broken sequence; a mixed text
# is given to it up to whichever budget comes first. The largest development
# page with mojibake has 5.3 M characters and 331 broken sequences.
MOJIBAKE_REPAIR_CHARS = 8_000_000
MOJIBAKE_REPAIR_MARKS = 20_000

_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>",
    re.IGNORECASE,
)
# A tag ends at the first ">" and never spans a "<": "[^>]*" alone ran from
# every "<p" of a tagless text to its end (quadratic on "<p <p <p ...").
_TAG = re.compile(r"</?(?:p|div|span|a|br|li|ul|h[1-6]|table|tr|td|article|section|img|script|em|strong)\b[^<>]*>", re.IGNORECASE)


# The budget of text (issue 15), raw or shown by a page (html/parse.py). Text
# copied off the longest development page has 5k lines, and no development
# page shows more than 0.5 M characters; every line costs the pipelines
# ~40 us, every character up to ~0.5 us and 40 bytes (CJK, one word every
# two characters). Past these bounds the rest is dropped, with a warning.
MAX_TEXT_LINES = 50_000
MAX_TEXT_CHARS = 3_000_000
# The line endings text/lines.py splits on, so the count is its count.
_LINE_END = re.compile(r"\r\n?|[\n\u2028\u2029\x0b\x0c\x85]")


class InputError(Exception):
    """The input cannot be processed; the message says which and why."""


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)
    # The input bytes when the text is exactly their strict UTF-8 decoding (None otherwise: another
    # charset, bytes replaced or dropped, mojibake repaired): the HTML parser reads them as they
    # are instead of encoding the text again, a per-character loop on most pages (one curly quote
    # makes a str two bytes a character).
    utf8: bytes | None = None


def read_path(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file (or stdin for "-"), transparently gunzipping, with a size guard."""
    if path == "-":
        return decompress(_read_limited(sys.stdin.buffer, max_bytes, "standard input"), max_bytes)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a directory (give files, or use batch mode for directories)")
    if not stat.S_ISREG(info.st_mode) and not stat.S_ISFIFO(info.st_mode) and not stat.S_ISCHR(info.st_mode):
        raise InputError("not a regular file")
    try:
        with open(path, "rb") as handle:
            data = _read_limited(handle, max_bytes, "file")
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None
    return decompress(data, max_bytes)


def _read_limited(handle, max_bytes: int, what: str) -> bytes:
    # In chunks: read(max_bytes + 1) allocates the whole limit up front, so a
    # generous --max-size (1000G) failed with "not enough memory" on a small file.
    chunks, size = [], 0
    while size <= max_bytes:
        chunk = handle.read(min(1 << 20, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise InputError(f"{what} is larger than the {_mib(max_bytes)} limit")
    return data


def decompress(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Gunzip gzip data (by its magic number, not its file name), never past max_bytes."""
    if not data.startswith(_GZIP_MAGIC):
        return data
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as error:
        raise InputError(f"corrupt gzip data ({error})") from None
    if len(out) > max_bytes or inflater.unconsumed_tail:
        raise InputError(f"decompresses to more than the {_mib(max_bytes)} limit")
    if not inflater.eof:
        raise InputError("truncated gzip data")
    if inflater.unused_data.startswith(_GZIP_MAGIC):
        # Concatenated gzip members are legal; gzip handles them, still bounded.
        try:
            out = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as error:
            raise InputError(f"corrupt gzip data ({error})") from None
        if len(out) > max_bytes:
            raise InputError(f"decompresses to more than the {_mib(max_bytes)} limit")
    return out


def decode(data: bytes | str, declared_charset: str | None = None) -> Decoded:
    """Bytes to text: byte order mark, then the declared charset, then detection; then mojibake repaired.

    `declared_charset` is the one the transport declared (HTTP Content-Type):
    like a browser, it outranks the page's own <meta> but not a byte order mark.
    """
    return _repair_mojibake(_decode(data, declared_charset))


def _repair_mojibake(decoded: Decoded) -> Decoded:
    """UTF-8 read as windows-1252 (or latin-1) once too often ("isnâ€™t", "cafÃ©"), put right.

    Pages carry such text from a broken CMS import as often as from a wrong
    charset declaration; either way the reader sees "isn't". A text that reads
    back whole (every non-ASCII character was such a mistake) is undone
    directly; a mixed one goes to ftfy, which undoes it only where the result
    is plausible, is imported only when the marks are there (a few pages in a
    thousand), and is slow: only the first MOJIBAKE_REPAIR_CHARS characters
    or MOJIBAKE_REPAIR_MARKS broken sequences of a mixed text are given to it.
    """
    sniffed = decoded.text[:_MOJIBAKE_SNIFF_CHARS]
    # A page broken this way shows one of these: a substring test is far cheaper than
    # the regex scan (about 1 ms a page) on the pages that have none, nearly all.
    if not any(_holds(sniffed, needle) for needle in _MOJIBAKE_NEEDLES):
        return decoded
    marks = _MOJIBAKE_MARK.finditer(sniffed)
    if sum(1 for _ in itertools.islice(marks, _MOJIBAKE_MIN_MARKS)) < _MOJIBAKE_MIN_MARKS:
        return decoded
    warning = "double-encoded UTF-8 (mojibake) repaired"
    repaired = _read_back_whole(decoded.text)
    if repaired is None:
        repaired, warning = _repair_with_ftfy(decoded.text, warning)
    if repaired == decoded.text:
        return decoded
    return Decoded(repaired, decoded.encoding, [*decoded.warnings, warning])


def _holds(text: str, needle: str) -> bool:
    """`needle in text`, asked first of its last character: a one-character search runs at
    memchr's pace, a two-character one about 50 times slower (0.1 ms on 100 KB of text), and
    the last characters of the needles ("€", a C1 control) are rare in pages."""
    return needle[-1] in text and needle in text


def _read_back_whole(text: str) -> str | None:
    """The text undone in one step, when every non-ASCII character of it is such a mistake."""
    for codec in _MOJIBAKE_CODECS:
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return None


def _repair_with_ftfy(text: str, warning: str) -> tuple[str, str]:
    import ftfy

    limit = min(len(text), MOJIBAKE_REPAIR_CHARS)
    past = next(itertools.islice(_MOJIBAKE_MARK.finditer(text), MOJIBAKE_REPAIR_MARKS, None), None)
    if past is not None:
        limit = min(limit, past.start())
    if limit >= len(text):
        return ftfy.fix_encoding(text), warning
    # Cut at a line end, so that no broken sequence is split between the two parts.
    cut = text.rfind("\n", 0, limit) + 1 or limit
    return ftfy.fix_encoding(text[:cut]) + text[cut:], f"{warning} in the first {cut:,} characters"


def _decode(data: bytes | str, declared_charset: str | None = None) -> Decoded:
    if isinstance(data, str):
        return Decoded(_check_text(data), "str")
    if not data.replace(b"\x00", b"").strip():
        raise InputError("empty input")
    # Byte order marks and NUL-patterned UTF-16/32 come before the binary
    # check: their NUL bytes are text, not the control bytes of a binary file.
    wide = _wide_unicode(data)
    if wide is not None:
        return wide
    _reject_binary(data)

    warnings: list[str] = []
    declared, note = _usable_charset(declared_charset, _ASCII_PROBE) if declared_charset else (None, None)
    if not declared:
        declared, page_note = _declared_charset(data)
        note = note or page_note
    if note:
        warnings.append(note)
    if declared:
        try:
            return _strict(data, declared, warnings)
        except UnicodeDecodeError:
            warnings.append(f"bytes do not match the declared charset {declared}")
    try:
        return _strict(data, "utf-8", warnings)
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    errors = lenient.count("\ufffd")
    if errors <= max(1, len(lenient) * _UTF8_TOLERATED_ERRORS):
        warnings.append(f"{errors} invalid UTF-8 byte sequence(s) replaced")
        return Decoded(_check_text(lenient), "utf-8", warnings)
    return _detect(data, exclude=declared, warnings=warnings)


def _strict(data: bytes, encoding: str, warnings: list[str]) -> Decoded:
    """The bytes read strictly in `encoding` (UnicodeDecodeError if they are not); UTF-8 bytes are
    kept beside the text when it holds every character of them (no NUL dropped)."""
    decoded = data.decode(encoding)
    text = _check_text(decoded)
    whole = encoding == "utf-8" and len(text) == len(decoded) and isinstance(data, bytes)
    return Decoded(text, encoding, warnings, data if whole else None)


def _wide_unicode(data: bytes) -> Decoded | None:
    """UTF-16 or UTF-32 text, by its byte order mark or, without one, by where its NUL bytes fall."""
    warnings: list[str] = []
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is not None:
        data = data[len(_BOM_OF[encoding]):]
    else:
        encoding = _nul_pattern(data[:_WIDE_SNIFF_BYTES])
        if encoding is None:
            return None
        warnings.append(f"no byte order mark: read as {encoding.upper()} by its NUL bytes")
    text = data.decode(encoding, errors="replace")
    _reject_control_text(text)
    return Decoded(_check_text(text), encoding, warnings)


def _nul_pattern(head: bytes) -> str | None:
    """The UTF-16/32 byte order whose NUL bytes the head shows, if any.

    Markup and Latin text are mostly ASCII, whose UTF-16 form has a NUL in
    every other byte (after the letter in little-endian, before it in
    big-endian) and whose UTF-32 form three NULs in every four. Single-byte
    text has no NULs at all, binary files have them without such a rhythm.
    """
    head = head[: len(head) - len(head) % 4]
    if len(head) < 8:
        return None
    quarter = len(head) // 4
    share = [head[offset::4].count(0) / quarter for offset in range(4)]
    many, few = _WIDE_NUL_SHARE, 1 - _WIDE_NUL_SHARE
    for encoding, pattern in _NUL_PATTERNS:
        if all(share[i] >= many if nul else share[i] <= few for i, nul in enumerate(pattern)):
            return encoding
    return None


def _detect(data: bytes, exclude: str | None, warnings: list[str]) -> Decoded:
    # bs4's UnicodeDammit tries the declared encodings, then charset detection
    # (charset_normalizer when installed), then windows-1252: better than a guess.
    import warnings as python_warnings

    from bs4.dammit import UnicodeDammit

    with python_warnings.catch_warnings():
        python_warnings.simplefilter("ignore")  # bs4 warns on stderr about replaced characters
        dammit = UnicodeDammit(data, exclude_encodings=[exclude] if exclude else [])
    if dammit.unicode_markup is None:
        raise InputError("cannot decode the input as text in any known encoding")
    encoding = dammit.original_encoding or "unknown"
    text = dammit.unicode_markup
    if encoding != "cp1252" and exclude != "cp1252" and _mostly_latin_letters(text):
        # Detectors cannot tell the Latin code pages apart on short pages; the
        # web's own fallback (and by far its most common one) is windows-1252,
        # taken unless it turns letters into symbols (Polish "ł" into "³").
        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            if _foreign_letters(western) >= _foreign_letters(text):
                warnings.append("encoding guessed as windows-1252")
                return Decoded(_check_text(western), "cp1252", warnings)
    warnings.append(f"encoding detected as {encoding}")
    return Decoded(_check_text(text), encoding, warnings)


def _foreign_letters(text: str) -> int:
    return sum(1 for char in text[:20000] if ord(char) > 127 and char.isalpha())


def _mostly_latin_letters(text: str) -> bool:
    """Whether the non-ASCII letters of a decoding are Latin script (é, ß, ł), not Cyrillic, Greek ..."""
    import unicodedata

    letters = [char for char in text[:20000] if ord(char) > 127 and char.isalpha()]
    if not letters:
        return True
    latin = sum(unicodedata.name(char, "").startswith("LATIN") for char in letters)
    return latin >= 0.8 * len(letters)


def _declared_charset(data: bytes) -> tuple[str | None, str | None]:
    """The charset the page declares and that can decode it, else None; and a note when one was refused."""
    match = _DECLARED_CHARSET.search(data[:_CHARSET_SNIFF_BYTES])
    if not match:
        return None, None
    name = (match.group(1) or match.group(2)).decode("ascii", "ignore")
    return _usable_charset(name, match.group(0))


def _usable_charset(name: str, probe: bytes) -> tuple[str | None, str | None]:
    """The canonical name of a declared charset if it can decode the page, else None and, when known, why not.

    `probe` is ASCII the page (or its declaration) holds, so the charset must
    read it as ASCII.
    """
    name = name.strip().strip("'\"").lower()
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None, None  # a bogus charset name must not abort the page
    if canonical in _NOT_PAGE_ENCODINGS or not _reads_ascii(probe, canonical):
        return None, f"declared charset {name} cannot be the page's encoding; ignored"
    # Pages declaring latin-1 are nearly always windows-1252 (browsers treat them so).
    return ("cp1252" if canonical in ("latin-1", "iso8859-1", "ascii") else canonical), None


def _reads_ascii(probe: bytes, encoding: str) -> bool:
    """Whether the encoding reads the page's ASCII as ASCII.

    A <meta> declaration was found as ASCII bytes, and a page that is not
    UTF-16/32 (those were recognised before) has its markup in ASCII; so
    UTF-8 declared as EBCDIC (cp037) or UTF-16 fails, and so does a codec that
    is not a text encoding at all (base64, rot13, zlib: bytes.decode refuses
    those with LookupError, "undefined" with UnicodeError).
    """
    try:
        return probe.decode(encoding) == probe.decode("latin-1")
    except (LookupError, UnicodeError):
        return False


def _reject_binary(data: bytes) -> None:
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"binary input: this looks like {kind}, not a web page or text")
    head = data[:65536]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > len(head) * _BINARY_CONTROL_SHARE:
        raise InputError("binary input: not a web page or text")


def _reject_control_text(text: str) -> None:
    """The binary check for text decoded from UTF-16/32: a byte order mark does not make junk text.

    Binary bytes read two or four at a time give control characters, lone
    surrogates (replaced), private-use and unassigned code points; text has
    next to none of them.
    """
    import unicodedata

    head = text[:8192]
    junk = sum(1 for char in head if char not in "\t\n\r\f" and unicodedata.category(char) in _JUNK_CATEGORIES)
    junk += head.count("\ufffd")
    if junk > len(head) * _BINARY_CONTROL_SHARE:
        raise InputError("binary input: not a web page or text")


def _check_text(text: str) -> str:
    text = text.replace("\x00", "")
    if not text or text.isspace():  # (not `text.strip()`: a copy of the whole page when it ends in a line break)
        raise InputError("empty input")
    return text


def limit_text(text: str) -> tuple[str, list[str]]:
    """Raw text within the budget of lines and characters, and a warning for each cut."""
    warnings: list[str] = []
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
        warnings.append(f"the text is longer than {MAX_TEXT_CHARS:,} characters; the rest was not read")
    past = next(itertools.islice(_LINE_END.finditer(text), MAX_TEXT_LINES - 1, None), None)
    if past is not None and text[past.end():].strip():
        text = text[: past.start()]
        warnings.append(f"the text has more than {MAX_TEXT_LINES:,} lines; the rest was not read")
    return text, warnings


def looks_like_html(text: str) -> bool:
    """Whether decoded input is markup (rather than text copied off a page)."""
    head = text[:4096]
    if head.lstrip("\ufeff \t\r\n").startswith("<") and (_HTML_SNIFF.search(head) or _TAG.search(head)):
        return True
    # Markup that does not start at the top (a fragment after some text) still
    # shows itself by its tags; copied text mentions a tag once at most.
    return len(_TAG.findall(text[:20000])) >= 3


def _mib(size: int) -> str:
    return size_text(size)


def size_text(size: int) -> str:
    """A byte count as people write it: 512 bytes, 1 KiB, 50 MiB, 1.5 GiB (not "0.000976562 MiB")."""
    for unit, scale in (("TiB", 1024**4), ("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= scale:
            return f"{size / scale:.4g} {unit}"
    return f"{size} bytes"
