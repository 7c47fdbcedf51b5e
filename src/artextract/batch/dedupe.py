"""--dedupe: a site's own boilerplate, learnt from the batch and removed from every page of the site.

A single page cannot always tell a newsletter box, an author card or a footer
sentence from the article; a directory scraped from one site can: the same
block, verbatim, on many of its pages. Here a block is a line of a record's
body (a paragraph, a heading, a list item), compared after normalising
(Unicode NFKC, case, spacing, punctuation at its ends). A block is the
site's template when

- it is on at least `min_pages` pages of the site (host of the record's url;
  without a url, the folder of the input), exact duplicates counted once, and
- on more than half of those pages it sits outside the article's run: in the
  leading or trailing stretch of repeated blocks, not between the page's own
  text.

Template blocks that are short (at most MAX_WORDS words) are removed from the
body of every page of the site (a long one stays: see MAX_WORDS), except
where that would take more than half of a page's words (two copies of one
article under two addresses share their whole text: that is not a template).
Pages whose body is exactly an earlier page's of the same site (earlier by
source path and offset, so the answer does not depend on timing) get
`duplicate_of`: that page's path (with @offset inside a WARC file).
One page alone, or a run without --dedupe, is never changed.

The statistics need every page of a site, so a --dedupe run extracts all
pages first (dedupe_run.py: staged beside the output, resumable), then
applies them site by site; a resumed run sees the same pages and removes the
same blocks as an uninterrupted one.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..article import count_words, reading_minutes
from . import records

DEFAULT_MIN_PAGES = 2
# Never take more than this share of a page's words: beyond it the "template" is the page itself.
MAX_REMOVED_SHARE = 0.5
# Only short template blocks are removed: a line of a few words repeated across a site is a label,
# a button, a heading or a prompt; a repeated long sentence can be the site's standing content (a
# shop's shipping terms, a documentation box), which readers count as part of the page. Measured
# on the development sites (benchmarks/dedupe_eval.py): removing long ones too cost eBay and MDN
# pages up to 0.25 F1. Long repeated blocks still mark the template's stretch at a page's edges.
MAX_WORDS = 6

_WORDY = re.compile(r"[^\W\d_]{2}")
_EDGE_PUNCTUATION = " \t.,;:!?·•|-–—«»\"'()[]"


def blocks(body: str) -> list[str]:
    """The blocks of a body as the records give it: its non-empty lines."""
    return [line for line in body.split("\n") if line.strip()]


def normalise(block: str) -> str:
    """The form blocks are compared in (case, spacing and end punctuation undone), or "" for a block
    without words: prices, counts and dates ("$39.99", "196") are a page's data even when two pages
    share them."""
    text = unicodedata.normalize("NFKC", block).casefold()
    text = " ".join(text.split()).strip(_EDGE_PUNCTUATION)
    return text if _WORDY.search(text) else ""


def removable(block: str) -> bool:
    """Whether a template block may be removed: a short one (see MAX_WORDS)."""
    return len(block.split()) <= MAX_WORDS


def site_of(record: dict[str, Any]) -> str:
    """The site a record belongs to: its url's host (without "www."), else its input's folder."""
    url = record.get("url")
    if isinstance(url, str) and url:
        host = (urlsplit(url).hostname or "").lower()
        if host:
            return host.removeprefix("www.")
    path = records.record_path(record) or ""
    return "folder:" + os.path.dirname(os.path.abspath(path)) if path else "none"


def order_key(record: dict[str, Any]) -> tuple[str, int]:
    """Which of two duplicate pages is "first": by source path, then offset (timing-free)."""
    source = record.get("source") or {}
    offset = source.get("offset")
    return (source.get("path") or "", offset if isinstance(offset, int) else -1)


def _digest(*parts: str) -> int:
    data = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


@dataclass
class _Page:
    """What the statistics need of one page: its site, block digests (in order) and body digest."""

    site: str
    digests: list[int | None]  # per block, in order; None: a block without words (never repeated)
    body: int
    key: tuple[str, int]

    @classmethod
    def of(cls, record: dict[str, Any]) -> _Page | None:
        if records.is_error(record) or records.is_skipped(record) or not record.get("body"):
            return None
        site = site_of(record)
        lines = [normalise(block) for block in blocks(record["body"])]
        digests = [_digest(site, line) if line else None for line in lines]
        return cls(site, digests, _digest(site, record["body"]), order_key(record))


@dataclass
class Statistics:
    """Per site and block: pages it is on, and pages where it sits outside the article's run."""

    min_pages: int = DEFAULT_MIN_PAGES
    pages: dict[int, int] = field(default_factory=dict)  # block digest -> pages
    edges: dict[int, int] = field(default_factory=dict)  # block digest -> pages where at an edge
    first: dict[int, tuple[str, int, str]] = field(default_factory=dict)  # body digest -> first page's key, path

    def count(self, record: dict[str, Any]) -> None:
        """First look: which pages each block is on, and which page is the first of its body."""
        page = _Page.of(record)
        if page is None:
            return
        known = self.first.get(page.body)
        if known is None or page.key < known[:2]:
            self.first[page.body] = (*page.key, records.record_label(record) or "")
        for digest in set(page.digests) - {None}:
            self.pages[digest] = self.pages.get(digest, 0) + 1

    def uncount_duplicates(self, record: dict[str, Any]) -> None:
        """Exact duplicates count once: take back what a page that is not the first added."""
        page = _Page.of(record)
        if page is None or self.first[page.body][:2] == page.key:
            return
        for digest in set(page.digests) - {None}:
            self.pages[digest] -= 1

    def place(self, record: dict[str, Any]) -> None:
        """Second look: on which pages each repeated block is outside the run of the page's own text."""
        page = _Page.of(record)
        if page is None or self.first[page.body][:2] != page.key:
            return
        repeated = [digest is not None and self.pages.get(digest, 0) >= self.min_pages for digest in page.digests]
        for digest in {page.digests[index] for index in _edge_indices(repeated)}:
            self.edges[digest] = self.edges.get(digest, 0) + 1

    def is_template(self, digest: int) -> bool:
        pages = self.pages.get(digest, 0)
        return pages >= self.min_pages and 2 * self.edges.get(digest, 0) > pages


def _edge_indices(repeated: list[bool]) -> set[int]:
    """Indices in the leading and trailing runs of repeated blocks."""
    found: set[int] = set()
    for order in (range(len(repeated)), range(len(repeated) - 1, -1, -1)):
        for index in order:
            if not repeated[index]:
                break
            found.add(index)
    return found


@dataclass
class Change:
    """What --dedupe did to one record."""

    record: dict[str, Any]
    removed: list[str] = field(default_factory=list)  # the blocks taken out, as they were
    duplicate_of: str | None = None
    kept_whole: bool = False  # its template blocks were most of it: left as it was


def apply(record: dict[str, Any], stats: Statistics) -> Change:
    """The record with its site's template blocks removed, and `duplicate_of` when it is a copy."""
    page = _Page.of(record)
    if page is None:
        return Change(record)
    change = Change(dict(record))
    first = stats.first[page.body]
    if first[:2] != page.key:
        change.duplicate_of = first[2]
        change.record["duplicate_of"] = first[2]
    lines = record["body"].split("\n")
    drop = [bool(normalise(line)) and removable(line) and stats.is_template(_digest(page.site, normalise(line)))
            for line in lines]
    if not any(drop):
        return change
    removed_words = sum(count_words(line) for line, gone in zip(lines, drop) if gone)
    if removed_words > MAX_REMOVED_SHARE * max(1, record.get("word_count") or 0):
        change.kept_whole = True
        return change
    change.removed = [line for line, gone in zip(lines, drop) if gone]
    change.record["body"] = _rejoin(line for line, gone in zip(lines, drop) if not gone)
    words = count_words(change.record["body"])
    change.record["word_count"] = words
    change.record["reading_time_minutes"] = reading_minutes(words)
    return change


def _rejoin(lines: Iterable[str]) -> str:
    """Lines back into a body: one blank line between paragraphs, none left doubled or at the ends."""
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


def dedupe_records(found: Iterable[dict[str, Any]], min_pages: int = DEFAULT_MIN_PAGES) -> Iterator[Change]:
    """All of it in memory: each record's Change (tests, and measuring on small sets)."""
    kept = list(found)
    stats = Statistics(min_pages)
    for record in kept:
        stats.count(record)
    for record in kept:
        stats.uncount_duplicates(record)
    for record in kept:
        stats.place(record)
    for record in kept:
        yield apply(record, stats)
