"""Boxes a page lays out for small screens only, beside their copy for wide ones.

Responsive pages often print a box twice, once per layout, and let utility classes show one:
read whole, the page says everything twice. The copy marked for phones alone is left unread
when the rest of the page prints its words (rules.dom SCREEN_WIDTHS and what follows).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from lxml import etree

from ..rules import dom as rules
from .tree import xpath

_WORD = re.compile(r"\w+")


def small_screen_sign(value: str) -> bool:
    """Whether a class value (an id beside it does no harm) holds a name of the shapes that
    `small_screens_only` accepts: a width's "<width>:<display>" or "d-<width>-<display>", or one of
    the plain names. Most values hold none and are not read. (Asked once a distinct class and id
    value, html/markup.py: a case-blind pattern asked of every element with a class cost more.)"""
    lower = value.lower()
    if ":" in lower:
        return True
    names = lower.split()  # (most values are judged by the tests in C, no loop in Python)
    return not rules.MOBILE_ONLY_CLASSES.isdisjoint(names) or ("d-" in lower and any(
        name.startswith("d-") for name in names))


def _width_display(name: str) -> tuple[int, bool] | None:
    """(width's rank, hides) of a breakpoint display class: Tailwind "md:hidden", Bootstrap
    "d-lg-none"; None for any other name."""
    width, colon, display = name.partition(":")
    if not colon:
        parts = name.split("-")
        if len(parts) != 3 or parts[0] != "d":
            return None
        width, display = parts[1], parts[2]
    if width not in rules.SCREEN_WIDTHS or (display not in rules.HIDING_DISPLAYS and display not in rules.SHOWING_DISPLAYS):
        return None
    return rules.SCREEN_WIDTHS.index(width), display in rules.HIDING_DISPLAYS


@lru_cache(maxsize=4096)
def small_screens_only(names: str | None) -> bool:
    """Whether a class value hides its element on a desktop's width: the widest breakpoint it
    names hides it, or a name hides it there without naming a width. (Memoised: pages repeat
    their class strings.)"""
    if not names:
        return False
    split = names.lower().split()
    widest: tuple[int, bool] | None = None
    for name in split:
        found = _width_display(name)
        if found is not None and (widest is None or found[0] > widest[0]):
            widest = found
    if widest is not None:
        return widest[1] and rules.SCREEN_WIDTHS[widest[0]] in rules.DESKTOP_WIDTHS
    return not rules.MOBILE_ONLY_CLASSES.isdisjoint(split)


# The body's text outside scripts and styles, and inside them: code is most of what a page's body holds
# (87% of the characters on the development pages that ask), and its words are counted only for the
# words of a box the text outside does not settle. The two sets of text nodes are what `itertext` yields.
# (A union in the predicate: libxml2 answers it in 60% of the time of `not(parent::script or parent::style)`.)
_PROSE_TEXTS = xpath("descendant::text()[not(parent::script | parent::style)]", smart_strings=False)
_CODE_TEXTS = xpath("descendant::text()[parent::script | parent::style]", smart_strings=False)


class PageWords:
    """The words of the page's body, counted when first asked (only pages with a box for small
    screens ask): those outside its code (scripts, styles) all at once, those inside it one word at
    a time, for a word the rest does not print often enough. The counts are those of the whole body's
    words (`_words`): the text nodes are joined by a space either way, so no word spans two."""

    def __init__(self, body: etree._Element) -> None:
        self.body = body
        self._counts: Counter[str] | None = None  # outside the code
        self._code: str | None = None  # the code's text, lowered
        self._code_counts: dict[str, int] = {}

    def printed_elsewhere(self, element: etree._Element) -> bool:
        """Whether the page prints nearly all of the element's words again outside it
        (rules.MOBILE_COPY_MIN_SHARE): the box is a copy of one laid out for wide screens."""
        if self._counts is None:
            self._counts = _counted(_PROSE_TEXTS(self.body))
        own = _words(element)
        total = sum(own.values())
        if not total:
            return False
        again = sum(count for word, count in own.items()
                    if self._counts[word] >= 2 * count or self._counts[word] + self._in_code(word) >= 2 * count)
        return again >= rules.MOBILE_COPY_MIN_SHARE * total

    def _in_code(self, word: str) -> int:
        """How often the word stands as a whole word (a run of `_WORD`) in the body's code."""
        found = self._code_counts.get(word)
        if found is None:
            if self._code is None:
                self._code = " ".join(_CODE_TEXTS(self.body)).lower()
            found = self._code_counts[word] = _whole_words(self._code, word)
        return found


def _whole_words(text: str, word: str) -> int:
    """How many runs of word characters in `text` are `word` (itself one run): str.find, then a look
    at the characters on each side, not a pattern run over megabytes of code."""
    found = 0
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if (start == 0 or not _WORD.match(text, start - 1)) and not _WORD.match(text, end):
            found += 1
        start = text.find(word, end)  # (a run starts after a character that is no word's)
    return found


def _words(element: etree._Element) -> Counter[str]:
    return _counted(element.itertext())


def _counted(texts: Iterable[str]) -> Counter[str]:
    # The text nodes joined by a space: text_content() glues a cell's words to the next cell's
    # ("550 gWeight"). One pattern run over the whole, not one a node.
    return Counter(_WORD.findall(" ".join(texts).lower()))


def small_screen_copy(element: etree._Element, words: PageWords) -> bool:
    """A box shown on small screens alone whose words the page prints again for wide ones."""
    names = element.get("class")
    return names is not None and small_screens_only(names) and words.printed_elsewhere(element)
