"""Filters that keep the lossless promise: an input left out still gets a record saying why.

A filter is a predicate over a finished article record: it returns None to
keep the article, or a short reason to leave it out. A left-out input gets
`{"source", "url", "skipped": "<reason>"}` in the output (no document under
-o DIR/; its record goes to DIR/skipped.jsonl), so every input is still
accounted for once. Error records are never filtered.

Adding one (e.g. --page-type KIND): a frozen dataclass with a `reason(record)`
method (picklable: Dask workers run filters too), built from its option in
`from_options`, and the option in cli.py mapped onto BatchCommand.filters.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from . import records


class Filter(Protocol):
    def reason(self, record: dict[str, Any]) -> str | None:
        """None to keep the article; otherwise why it is left out (shown in `skipped`)."""


@dataclass(frozen=True)
class MinWords:
    """--min-words N: articles whose body has fewer words are left out."""

    words: int

    def reason(self, record: dict[str, Any]) -> str | None:
        count = record.get("word_count") or 0
        if count >= self.words:
            return None
        return f"{count} words, fewer than --min-words {self.words}"


@dataclass(frozen=True)
class Language:
    """--language xx[,yy]: articles in other languages (or of no known language) are left out."""

    codes: tuple[str, ...]

    def reason(self, record: dict[str, Any]) -> str | None:
        language = (record.get("language") or "").lower()
        # "en-GB" is English: the primary subtag decides, as --language en means any English.
        if language.split("-")[0] in self.codes or language in self.codes:
            return None
        wanted = ",".join(self.codes)
        return f"language {language or 'unknown'}, not --language {wanted}"


@dataclass(frozen=True)
class PageType:
    """--page-type KIND[,KIND]: pages of other kinds (or of none, as raw text) are left out,
    with `skipped: "page_type"` as the issue that asked for it specifies."""

    kinds: tuple[str, ...]

    def reason(self, record: dict[str, Any]) -> str | None:
        return None if record.get("page_type") in self.kinds else "page_type"


def parse_page_types(text: str) -> tuple[str, ...]:
    """'article, forum' -> ('article', 'forum'); raises ValueError naming the kinds when one is unknown."""
    from ..article import PAGE_TYPES

    kinds = tuple(dict.fromkeys(part.strip().lower() for part in text.split(",") if part.strip()))
    unknown = [kind for kind in kinds if kind not in PAGE_TYPES]
    if not kinds or unknown:
        raise ValueError(f"{text!r}: page kinds are {', '.join(PAGE_TYPES)}")
    return kinds


def parse_languages(text: str) -> tuple[str, ...]:
    """'en,DE , fr' -> ('en', 'de', 'fr'); raises ValueError when nothing is left."""
    codes = tuple(dict.fromkeys(part.strip().lower() for part in text.split(",") if part.strip()))
    if not codes or not all(code.replace("-", "").isalpha() for code in codes):
        raise ValueError(f"{text!r} is not a list of language codes such as en or en,de")
    return codes


def from_options(min_words: int | None = None, languages: Sequence[str] = (),
                 page_types: Sequence[str] = ()) -> tuple[Filter, ...]:
    """The filters a command asks for, in a fixed order (the first reason is the one shown)."""
    found: list[Filter] = []
    if min_words:
        found.append(MinWords(min_words))
    if languages:
        found.append(Language(tuple(languages)))
    if page_types:
        found.append(PageType(tuple(page_types)))
    return tuple(found)


def apply(record: dict[str, Any], filters: Iterable[Filter]) -> dict[str, Any]:
    """The record itself, or its `skipped` record when a filter leaves the article out."""
    if records.is_error(record) or records.is_skipped(record):
        return record
    for entry in filters:
        why = entry.reason(record)
        if why:
            return records.skipped_record(record, why)
    return record
