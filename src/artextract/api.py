"""`extract()`: any input, one `Article`."""

from __future__ import annotations

from dataclasses import replace

from .article import Article
from .options import Options
from .source import InputError, decode, looks_like_html

INPUT_TYPES = ("auto", "html", "text")


def extract(
    data: bytes | str,
    url: str | None = None,
    input_type: str = "auto",
    options: Options | None = None,
) -> Article:
    """Extract the article from a web page or from text copied off one.

    `data` is the page as bytes (decoded by BOM, declared charset, then
    detection) or as str. `input_type` is "html", "text" or "auto" (sniffed).
    Raises `InputError` for input that is empty, binary or undecodable.
    """
    options = options or Options()
    if url is not None or input_type != "auto":
        options = replace(options, url=url or options.url, input_type=input_type if input_type != "auto" else options.input_type)
    if options.input_type not in INPUT_TYPES:
        raise ValueError(f"input_type must be one of {', '.join(INPUT_TYPES)}, not {options.input_type!r}")
    decoded = decode(data, options.declared_charset)
    kind = options.input_type
    if kind == "auto":
        kind = "html" if looks_like_html(decoded.text) else "text"
    if kind == "html":
        from .html import extract_html  # lxml is only imported when a page needs it

        article = extract_html(decoded.text, options)
    else:
        from .text import extract_text

        article = extract_text(decoded.text, options)
    article.warnings[:0] = decoded.warnings
    return article


__all__ = ["extract", "InputError"]
