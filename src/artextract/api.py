"""`extract()`: any input, one `Article`."""

from __future__ import annotations

import os
import re
from dataclasses import replace

from .article import Article
from .options import Options
from .source import DEFAULT_MAX_BYTES, Decoded, InputError, decode, decompress, limit_text, looks_like_html, read_path

INPUT_TYPES = ("auto", "html", "text")

# A str that is nothing but a file name or a URL: a caller who meant the file
# (or the page behind the URL) would otherwise get the name back as the body.
# A path may hold spaces only when it starts at a root ("/", "~/", "C:\").
_URL_ONLY = re.compile(r"(?:https?|ftp|file)://\S+", re.IGNORECASE)
_PATH_ROOT = r"(?:[A-Za-z]:[\\/]|~?[\\/]|\.\.?[\\/])"
_PAGE_SUFFIX = r"\.(?:html?|xhtml|php|aspx?|txt|gz|warc|json)"
_PATH_ONLY = re.compile(
    rf"{_PATH_ROOT}[^\n<>]*|[^\s<>]*{_PAGE_SUFFIX}",
    re.IGNORECASE,
)
_PATH_MAX = 4096


def extract(
    data: bytes | str | os.PathLike[str],
    url: str | None = None,
    input_type: str = "auto",
    options: Options | None = None,
) -> Article:
    """Extract the article from a web page or from text copied off one.

    `data` is the page as bytes (gzip undone; decoded by BOM, declared
    charset, then detection), as str, or a `pathlib.Path` (or other
    `os.PathLike`) of a file to read like the command does. A str is always
    content: one that is only a file name or URL raises `InputError`.
    `input_type` is "html", "text" or "auto" (sniffed). Raises `InputError`
    for input that is empty, binary, undecodable or too large, and
    `TypeError` for arguments of other types.
    """
    _check_types(data, url, input_type, options)
    options = options or Options()
    if url is not None or input_type != "auto":
        options = replace(options, url=url or options.url, input_type=input_type if input_type != "auto" else options.input_type)
    if options.input_type not in INPUT_TYPES:
        raise ValueError(f"input_type must be one of {', '.join(INPUT_TYPES)}, not {options.input_type!r}")
    if isinstance(data, os.PathLike):
        path = os.fspath(data)
        data = read_path(path)
        options = options if options.source_path else replace(options, source_path=path)
    elif isinstance(data, str):
        _reject_a_name_for_content(data)
    else:
        data = decompress(bytes(data), DEFAULT_MAX_BYTES)
    return _extract_decoded(data, options)


def _extract_decoded(data: bytes | str, options: Options) -> Article:
    decoded = decode(data, options.declared_charset)
    kind = options.input_type
    if kind == "auto":
        kind = "html" if looks_like_html(decoded.text) else "text"
    try:
        article = _run_pipeline(kind, decoded, options)
    finally:
        from . import signals  # imported by the pipeline already (not at start: CLI import time)

        signals.forget_page()  # the page's memos hold its texts: let them go with it
    article.warnings[:0] = decoded.warnings
    return article


def _run_pipeline(kind: str, decoded: Decoded, options: Options) -> Article:
    if kind == "html":
        from .html import extract_html  # lxml is only imported when a page needs it

        return extract_html(decoded, options)
    from .text import extract_text

    # The line and character budget is kept here, before text/ splits anything.
    text, cut = limit_text(decoded.text)
    article = extract_text(text, options)
    article.warnings[:0] = cut
    return article


def _check_types(data: object, url: object, input_type: object, options: object) -> None:
    """TypeError naming what is accepted, before a wrong type fails somewhere deep inside."""
    if not isinstance(data, (bytes, bytearray, memoryview, str, os.PathLike)):
        raise TypeError(
            "extract() takes the page as bytes or str (or a pathlib.Path of a file to read), "
            f"not {type(data).__name__}"
        )
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    if not isinstance(input_type, str):
        raise TypeError(f"input_type must be a str ({', '.join(INPUT_TYPES)}), not {type(input_type).__name__}")
    if options is not None and not isinstance(options, Options):
        raise TypeError(f"options must be an artextract.options.Options or None, not {type(options).__name__}")


def _reject_a_name_for_content(text: str) -> None:
    """A str that only names a file or URL is refused; it is never opened (a str is content, maybe a stranger's)."""
    name = text.strip()
    if not name or len(name) > _PATH_MAX or "\n" in name:
        return
    if _URL_ONLY.fullmatch(name):
        raise InputError(
            "the input is a URL, not a page: extract() does not fetch; fetch it first "
            "(artextract.fetch.make_fetcher().fetch(url)) and pass the page's body, with url=..."
        )
    if _PATH_ONLY.fullmatch(name):
        raise InputError(
            "the input is a file name, not a page: pass pathlib.Path(name) to read the file, or its contents"
        )


__all__ = ["extract", "InputError"]
