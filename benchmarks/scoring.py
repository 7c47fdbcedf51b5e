"""Pure scoring functions shared by `run.py` and the quality-floor test.

Nothing here reads files or calls an extractor, so every number the benchmark
prints can be checked by hand from two strings.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float


def tokens(text: str | None) -> list[str]:
    """Word tokens as WCXB counts them: runs of \\w, lower-cased."""
    return _WORD.findall((text or "").lower())


def word_prf(extracted: str | None, reference: str | None) -> PRF:
    """Bag-of-words precision, recall and F1 of one page.

    Overlap is a multiset intersection, so a paragraph extracted twice is
    counted once against the reference and the duplicate costs precision.
    """
    got, want = Counter(tokens(extracted)), Counter(tokens(reference))
    n_got, n_want = sum(got.values()), sum(want.values())
    if n_got == 0 and n_want == 0:
        return PRF(1.0, 1.0, 1.0)  # nothing to find and nothing found is right
    if n_got == 0 or n_want == 0:
        return PRF(0.0, 0.0, 0.0)
    common = sum((got & want).values())
    precision, recall = common / n_got, common / n_want
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return PRF(precision, recall, f1)


def mean(values: Iterable[float]) -> float | None:
    """Arithmetic mean, or None for no values (so tables print "n/a", not 0)."""
    items = list(values)
    return sum(items) / len(items) if items else None


def squash(text: str | None) -> str:
    """Lower-case with whitespace runs collapsed: the snippet comparison form."""
    return " ".join((text or "").lower().split())


def _loose(text: str | None) -> str:
    """Lower-case, punctuation dropped, whitespace collapsed.

    NFKC first so typographic variants (non-breaking spaces, ligatures,
    full-width forms) compare equal to their plain forms.
    """
    text = unicodedata.normalize("NFKC", text or "").lower()
    kept = "".join(ch if ch.isalnum() or ch.isspace() else " " for ch in text)
    return " ".join(kept.split())


def _contains_words(longer: str, shorter: str) -> bool:
    """Whole-word containment of loose forms, so "Ann" is not found in "Joanna"."""
    return f" {shorter} " in f" {longer} "


def _either_contains(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (_contains_words(a, b) or _contains_words(b, a))


def headline_strict(extracted: str | None, reference: str | None) -> bool:
    """Equal up to case and whitespace only."""
    return bool(squash(reference)) and squash(extracted) == squash(reference)


def title_lenient(extracted: str | None, reference: str | None) -> bool:
    """Equal after dropping case/space/punctuation, or one contains the other
    (as whole words).

    Containment accepts "Headline | Site" against "Headline" both ways, which
    is how titles differ between <title>, og:title and the visible <h1>.
    """
    return _either_contains(_loose(extracted), _loose(reference))


def author_match(extracted: Sequence[str], reference: str | None) -> bool:
    """Any extracted name found in the reference author string, or vice versa.

    The reference is one free-form string ("A, B and C", "By A"), so each
    extracted name is tested on its own rather than rebuilding the string.
    """
    want = _loose(reference)
    return any(_either_contains(_loose(name), want) for name in extracted)


def same_day(extracted: str | None, reference: str | None) -> bool:
    """Same calendar day: the first 10 characters of the ISO forms agree."""
    got, want = (extracted or "")[:10], (reference or "")[:10]
    return bool(want) and got == want


def snippet_rates(
    body: str | None, must_have: Sequence[str], must_not: Sequence[str]
) -> tuple[float | None, float | None]:
    """(share of `with` snippets present, share of `without` snippets absent).

    Either share is None when the page lists no snippets of that kind, so the
    page drops out of that mean instead of counting as a perfect score.
    """
    text = squash(body)
    wanted = [s for s in map(squash, must_have) if s]
    unwanted = [s for s in map(squash, must_not) if s]
    present = sum(s in text for s in wanted) / len(wanted) if wanted else None
    absent = sum(s not in text for s in unwanted) / len(unwanted) if unwanted else None
    return present, absent


def spaced(text: str | None) -> str:
    """Whitespace runs collapsed to one space, ends stripped; case kept.

    The traf-dev comparison form: its snippets are case-sensitive, and some
    carry a stray leading or trailing space that no extractor's line breaks
    would reproduce.
    """
    return " ".join((text or "").split())


@dataclass(frozen=True, slots=True)
class SnippetHits:
    """One page's snippet decisions: which `with` were missed, which `without` found."""

    tp: int
    fn: int
    fp: int
    tn: int
    with_missed: tuple[str, ...]
    without_found: tuple[str, ...]


def snippet_hits(
    text: str | None, must_have: Sequence[str], must_not: Sequence[str]
) -> SnippetHits:
    """traf-dev scoring of one page: each snippet is a substring of the text or not."""
    flat = spaced(text)
    missed = tuple(s for s in must_have if spaced(s) not in flat)
    found = tuple(s for s in must_not if spaced(s) in flat)
    return SnippetHits(
        tp=len(must_have) - len(missed),
        fn=len(missed),
        fp=len(found),
        tn=len(must_not) - len(found),
        with_missed=missed,
        without_found=found,
    )


@dataclass(frozen=True, slots=True)
class Pooled:
    precision: float | None
    recall: float | None
    f1: float | None
    accuracy: float | None


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def pooled_prf(tp: int, fn: int, fp: int, tn: int) -> Pooled:
    """P, R, F1 and accuracy from snippet counts pooled over pages (None: undefined)."""
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = None
    if precision is not None and recall is not None:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Pooled(precision, recall, f1, _ratio(tp + tn, tp + fn + fp + tn))
