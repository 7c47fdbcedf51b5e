"""Adapters that give every extractor the same shape of result.

Libraries are imported inside the functions, not at module level, so the
RSS probe of one extractor does not pay for loading the others and the
benchmark still runs (with the baselines) before `artextract.extract` exists.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

ARTEXTRACT = "artextract"
TRAFILATURA = "trafilatura"
WHOLE_TEXT = "whole-text"

# One page should never take this long; the limit only exists so a
# pathological page shows up as an error instead of stalling the whole run.
PAGE_TIMEOUT_S = 120

# The trafilatura settings the comparison is defined with (see README).
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": False,
}


@dataclass(slots=True)
class Extraction:
    body: str = ""
    title: str | None = None  # the headline a reader is shown
    document_title: str | None = None  # the page's own title (<title>, og:title): Readability's `title`
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    error: str | None = None
    key_points: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)  # caption texts, credits left off
    excerpt: str | None = None  # the page's summary: Readability's `excerpt`
    site_name: str | None = None

    def article_text(self) -> str:
        """What a reader gets as the article: key points, body, then captions."""
        return "\n".join(part for part in [*self.key_points, self.body, *self.captions] if part)


def artextract_missing() -> str | None:
    """Why artextract cannot be benchmarked, or None when it can."""
    try:
        from artextract import extract  # noqa: F401
    except Exception as exc:  # ImportError, or a half-written package
        return f"{type(exc).__name__}: {exc}"
    return None


def trafilatura_missing() -> str | None:
    """Why trafilatura cannot run, or None when it can.

    A real call, not just the import: trafilatura imports fine without
    lxml_html_clean and then raises on every page, which would score it as
    an extractor that finds nothing.
    """
    page = (
        b"<html><body><article><p>" + b"A sentence of text. " * 20 + b"</p></article></body></html>"
    )
    try:
        trafilatura_text(page, None)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def artextract(data: bytes | str, url: str | None, input_type: str) -> Extraction:
    from artextract import extract

    art = extract(data, url=url, input_type=input_type)
    return Extraction(
        body=art.body or "",
        title=art.headline,
        document_title=art.title,
        authors=list(art.authors or []),
        published=art.published,
        key_points=list(art.key_points or []),
        captions=[caption.text for caption in art.captions or [] if caption.text],
        # The page's own description, else the standfirst it shows under the headline.
        excerpt=art.description or art.standfirst,
        site_name=art.site_name,
    )


def _trafilatura_authors(author: str | None) -> list[str]:
    # trafilatura joins several authors into one string with "; ".
    return [name.strip() for name in (author or "").split(";") if name.strip()]


def _trafilatura_input(html: bytes) -> str | bytes:
    """The page as trafilatura is given it: decoded as UTF-8 when it is UTF-8.

    Every WCXB and Readability page is; 13 traf-dev pages are not, and those go
    in as bytes, for trafilatura to find their encoding itself rather than
    read a mangled page.
    """
    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        return html


def trafilatura_text(html: bytes, url: str | None) -> str:
    """trafilatura's body: `extract(output_format="txt")` with the options above."""
    import trafilatura

    page = _trafilatura_input(html)
    return trafilatura.extract(page, url=url, output_format="txt", **TRAFILATURA_OPTIONS) or ""


def trafilatura_html(html: bytes, url: str | None, body: bool = True) -> Extraction:
    """Body from `trafilatura_text`, metadata from `bare_extraction`.

    `body=False` skips the body call for metadata-only runs.
    """
    import trafilatura

    page = _trafilatura_input(html)
    doc = trafilatura.bare_extraction(page, url=url, with_metadata=True, **TRAFILATURA_OPTIONS)
    result = Extraction()
    if body:
        result.body = trafilatura_text(html, url)
    if doc is not None:
        result.title = result.document_title = doc.title
        result.authors = _trafilatura_authors(doc.author)
        result.published = doc.date
        result.excerpt, result.site_name = doc.description, doc.sitename
    return result


def trafilatura_one_pass(html: bytes, url: str | None) -> None:
    """One call that yields body and metadata: the work artextract does per page.

    Used for timing and memory, where calling trafilatura twice would
    double-count its parsing.
    """
    import trafilatura

    page = _trafilatura_input(html)
    trafilatura.bare_extraction(page, url=url, with_metadata=True, **TRAFILATURA_OPTIONS)


def whole_text(text: str) -> Extraction:
    """Trivial baseline: the entire text as body, its first line as headline."""
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return Extraction(body=text, title=first_line)


def warm_import(system: str) -> None:
    """Import a system's library (so its import cost can be measured apart)."""
    if system == ARTEXTRACT:
        import artextract  # noqa: F401
    elif system == TRAFILATURA:
        import trafilatura  # noqa: F401


def html_runner(system: str) -> Callable[[bytes, str | None], object]:
    """The per-page HTML call of a system, as timed by the speed benchmark."""
    if system == ARTEXTRACT:
        return lambda html, url: artextract(html, url, "html")
    if system == TRAFILATURA:
        return trafilatura_one_pass
    raise ValueError(f"no HTML runner for {system!r}")


@contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    # SIGALRM only works in the main thread; elsewhere run without a limit.
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"over {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def guarded(call: Callable[..., Extraction], *args: Any, **kwargs: Any) -> Extraction:
    """Run one extraction; a crash or timeout becomes an empty, flagged result.

    One bad page must cost that page's score, not the whole benchmark run.
    """
    try:
        with _time_limit(PAGE_TIMEOUT_S):
            return call(*args, **kwargs)
    except Exception as exc:
        return Extraction(error=f"{type(exc).__name__}: {exc}"[:300])
