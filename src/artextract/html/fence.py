"""The element the page marks as its article, and whether to trust it: the fence.

Pages say where their article is: `itemprop="articleBody"`, a class or id of
the body family ("entry-content", "article__body", "story-body" ...), an
<article> holding most of the text, <main>. The walk records every such
element with the blocks it holds (render.py); this module picks the strongest
kind that holds enough of the page's words to be believed, and among several
of one kind (cards are <article>s too) the one with the most words.

A trusted fence is the article's boundary: prose outside it is worth nothing
to the run (teaser excerpts, testimonials and comments below are prose too).
<main> is the page minus its chrome, so it favours what it holds without
fencing anything out. Nothing here walks the tree again: the words are the
rendered blocks' own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .. import signals
from ..rules import dom as rules
from ..segment import best_segment
from .builder import RenderedBlock


@dataclass(frozen=True, slots=True)
class Candidate:
    """An element that marks the article (one of rules.FENCE_KINDS), with the blocks it holds."""

    kind: str
    element: str  # described, for --explain
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Fence:
    """The marked article: blocks[start:end]. `fences` is False for <main>, which only favours."""

    kind: str
    element: str
    start: int
    end: int
    fences: bool
    share: float  # of the page's words

    def describe(self) -> str:
        role = "fences the article" if self.fences else "favoured, fences nothing"
        return f"{self.element} ({self.kind}, blocks {self.start}-{self.end - 1}, {self.share:.0%} of the words; {role})"


def choose_fence(rendered: Sequence[RenderedBlock], candidates: Sequence[Candidate],
                 values: Sequence[float]) -> tuple[Fence | None, str]:
    """The fence, or None, and why (for --explain): the strongest kind of marker that holds
    enough of the page's words, is not one of several alike, and agrees with the text.

    `values` are the blocks' worth to the run with no fence at all (see `_agrees`): a marker
    holding less than rules.FENCE_SURE_SHARE of the words must agree with them.
    The blocks inside the fence are marked `in_container`, which the run favours."""
    words = [0] * (len(rendered) + 1)
    for index, item in enumerate(rendered):
        count = 0 if item.in_comments else signals.word_count(item.block.text)
        words[index + 1] = words[index] + count
    total = words[-1] or 1
    rejected = ""
    for kind in rules.FENCE_KINDS:
        of_kind = [candidate for candidate in candidates if candidate.kind == kind]
        best, why = _best_of_kind(of_kind, words, total) if of_kind else (None, "")
        share = (words[best.end] - words[best.start]) / total if best is not None else 0.0
        if best is not None and kind not in rules.FAVOURING_KINDS and share < rules.FENCE_SURE_SHARE:
            why = _agrees(best, values)
            best = None if why else best
        if best is None:
            rejected = rejected or why
            continue
        fence = Fence(kind, best.element, best.start, best.end, kind not in rules.FAVOURING_KINDS, share)
        for item in rendered[fence.start:fence.end]:
            item.in_container = True
        return fence, fence.describe()
    return None, rejected or "none marked"


def _best_of_kind(of_kind: list[Candidate], words: list[int], total: int) -> tuple[Candidate | None, str]:
    """The candidate of one kind to trust, or None and why not: too small, or one of a repeated
    component (rules.FENCE_RIVAL_SHARE; a lone smaller one after it is no rival)."""
    def held(candidate: Candidate) -> int:
        return words[candidate.end] - words[candidate.start]

    best = max(of_kind, key=held)
    share = held(best) / total
    if share < rules.FENCE_MIN_SHARE_OF_KIND.get(best.kind, rules.FENCE_MIN_SHARE):
        return None, f"{best.element} ({best.kind}) holds {share:.0%} of the words: too little to trust"
    rivals = [other for other in of_kind if not best.start <= other.start < best.end and other.end > other.start]
    if len(rivals) == 1 and rivals[0].start >= best.end and held(rivals[0]) < rules.FENCE_LONE_RIVAL_MAX_SHARE * held(best):
        rivals = []  # one smaller box of the same markup under the article: a promo, not a component
    if rivals and sum(map(held, rivals)) >= rules.FENCE_RIVAL_SHARE * held(best):
        return None, f"{best.element} ({best.kind}) is one of several alike ({rivals[0].element}): a component, not the article"
    return best, ""


def _agrees(candidate: Candidate, values: Sequence[float]) -> str:
    """Why the page's text disagrees with a marker, or "" when it agrees.

    The best run the blocks give with no fence is where the text is; a marker
    holding little of that run's worth (a page's intro box, the first of a
    thread's posts, a FAQ box on a landing page) is not the article, however
    it is named."""
    start, end = best_segment(list(values))
    worth = sum(value for value in values[start:end] if value > 0)
    inside = sum(value for value in values[max(start, candidate.start):min(end, candidate.end)] if value > 0)
    if worth > 0 and inside < rules.FENCE_MIN_RUN_SHARE * worth:
        return f"{candidate.element} ({candidate.kind}) holds {inside / worth:.0%} of the page's best run of text: not the article"
    return ""
