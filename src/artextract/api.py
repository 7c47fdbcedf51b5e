"""`extract()`: any input, one `Article`."""

from __future__ import annotations

import gc
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
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

# The young generation's collection threshold while a page is extracted. At Python's 700 a
# collection runs every 700 net allocations and walks the page's live tree, blocks and lists
# again each time (and every tenth one the middle generation's): on the speed samples 3.1% of the
# CPU of extract() on WCXB's 453 pages (314 young, 29 middle, 2 full collections) and 2.7% on
# traf-dev's 166, which found almost nothing to free (a few hundred objects over all the pages:
# the pipeline makes next to no cyclic garbage; its objects go by reference count). At 10,000
# the big pages still have a collection or two, and the page's survivors one at its end (see
# _put_back_threshold): ~2% and 1.2-1.8% on a busy machine (72 young and 6 middle; 29 young and
# 3 middle). A bound, not an off switch: a page that does build cycles has them collected.
_YOUNG_THRESHOLD = 10_000
# The threshold is the process's: raised by the first of concurrent extractions (threads) and
# put back by the last, and only where the caller's own setting is lower and not 0 (collection off).
# (Reentrant: a collection may run a finalizer that extracts a page.)
_collection_lock = threading.RLock()
_running = 0  # extractions under way in the process
_caller_threshold: int | None = None  # the caller's young threshold, while it is raised here


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
    with _fewer_collections():
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


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """The young generation's threshold at _YOUNG_THRESHOLD while the block runs (see there)."""
    global _running, _caller_threshold
    with _collection_lock:
        if _running == 0:
            caller = gc.get_threshold()[0]
            if 0 < caller < _YOUNG_THRESHOLD:
                gc.set_threshold(_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
                _caller_threshold = caller
        _running += 1
    try:
        yield
    finally:
        with _collection_lock:
            _running -= 1
            generation = _put_back_threshold() if _running == 0 else None
        if generation is not None:
            gc.collect(generation)  # (out of the lock: what it frees may run code)


def _put_back_threshold() -> int | None:
    """The caller's young threshold again, unless the caller set another one meanwhile (kept), and
    the generation to collect now, if the caller's threshold calls for one: collected inside the
    extraction that made the young objects (the caller's next allocation would collect them, out
    of the extraction's time), the young one, or the middle one when its own count is past its
    threshold, as Python's collector picks. (The full collection is left to Python, which also
    weighs how much of the heap is new.)"""
    global _caller_threshold
    caller, now = _caller_threshold, gc.get_threshold()
    _caller_threshold = None
    if caller is None or now[0] != _YOUNG_THRESHOLD:
        return None
    gc.set_threshold(caller, *now[1:])
    counts = gc.get_count()
    if not gc.isenabled() or counts[0] <= caller:
        return None
    return 1 if counts[1] > now[1] else 0


def _after_fork_in_child() -> None:
    """A child forked while another thread extracted runs none of its extractions: a fresh
    lock (the parent's may have been held) and the caller's threshold back."""
    global _collection_lock, _running
    _collection_lock = threading.RLock()
    _running = 0
    _put_back_threshold()  # (its collection is left to Python's collector)


if hasattr(os, "register_at_fork"):  # (not on Windows, which never forks)
    os.register_at_fork(after_in_child=_after_fork_in_child)


def _run_pipeline(kind: str, decoded: Decoded, options: Options) -> Article:
    if kind == "html":
        from .html import extract_html  # lxml is only imported when a page needs it

        return extract_html(decoded, options)
    from .text.pipeline import extract_text

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
