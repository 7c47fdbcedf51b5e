"""Boxes a page lays out for small screens only, beside their copy for wide ones.

Responsive pages often print a box twice, once per layout, and let utility classes show one:
read whole, the page says everything twice. The copy marked for phones alone is left unread
when the rest of the page prints its words (rules.dom SCREEN_WIDTHS and what follows).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from lxml import etree

from ..rules import dom as rules

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


class PageWords:
    """The words of the page's body, counted when first asked (only pages with a box for small
    screens ask)."""

    def __init__(self, body: etree._Element) -> None:
        self.body = body
        self._counts: Counter[str] | None = None

    def printed_elsewhere(self, element: etree._Element) -> bool:
        """Whether the page prints nearly all of the element's words again outside it
        (rules.MOBILE_COPY_MIN_SHARE): the box is a copy of one laid out for wide screens."""
        if self._counts is None:
            self._counts = _words(self.body)
        own = _words(element)
        total = sum(own.values())
        if not total:
            return False
        again = sum(count for word, count in own.items() if self._counts[word] >= 2 * count)
        return again >= rules.MOBILE_COPY_MIN_SHARE * total


def _words(element: etree._Element) -> Counter[str]:
    # The text nodes joined by a space: text_content() glues a cell's words to the next cell's
    # ("550 gWeight"). One pattern run over the whole, not one a node.
    return Counter(_WORD.findall(" ".join(element.itertext()).lower()))


def small_screen_copy(element: etree._Element, words: PageWords) -> bool:
    """A box shown on small screens alone whose words the page prints again for wide ones."""
    names = element.get("class")
    return names is not None and small_screens_only(names) and words.printed_elsewhere(element)
