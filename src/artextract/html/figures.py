"""Figures as the walk meets them: which blocks belong to one figure, and its image.

A figure is a <figure>, or, outside one, the block element around an <img>
(WordPress's "wp-caption" box, a media wrapper): every block made inside it
gets the figure's number, so its caption, label and credit can be told to be
one figure's (they are joined later, in assembly), and its caption blocks get
the image's absolute URL.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ..blocks import Kind
from ..inline import absolute
from ..rules import dom as rules
from .builder import RenderedBlock

# Attributes lazy loaders keep the real address in, before src (often a placeholder).
_LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-srcset", "srcset", "src")


@dataclass(slots=True)
class _Scope:
    element: etree._Element
    number: int
    first: int  # the first block made inside it
    image: str | None = None


class FigureTracker:
    """Numbers the figures of a page and gives their caption blocks the image's address."""

    def __init__(self, base: str | None) -> None:
        self.base = base
        self.count = 0
        self.open: list[_Scope] = []
        # Images outside a <figure>, by the block element around them.
        self.loose: dict[etree._Element, str] = {}

    def start(self, element: etree._Element, first: int) -> None:
        if element.tag == "figure":
            self.count += 1
            self.open.append(_Scope(element, self.count, first))

    def image(self, element: etree._Element) -> None:
        url = image_url(element, self.base)
        if not url:
            return
        if self.open:
            self.open[-1].image = self.open[-1].image or url
            return
        holder = next((parent for parent in element.iterancestors() if parent.tag in rules.BLOCK_TAGS), None)
        if holder is not None:
            self.loose.setdefault(holder, url)

    def end(self, element: etree._Element, out: list[RenderedBlock], first: int) -> None:
        """An element ends: `out[first:]` are the blocks made inside it."""
        if self.open and self.open[-1].element is element:
            scope = self.open.pop()
            _claim(out[scope.first:], scope.number, scope.image, every=True)
        url = self.loose.pop(element, None) if self.loose else None
        if url and any(item.block.hint is Kind.CAPTION and item.block.figure is None for item in out[first:]):
            self.count += 1
            _claim(out[first:], self.count, url, every=False)


def _claim(items: list[RenderedBlock], number: int, image: str | None, every: bool) -> None:
    """Give blocks not yet in a figure its number (all of them, or only its captions), and captions its image."""
    for item in items:
        block = item.block
        if block.figure is not None:
            continue
        if every or block.hint is Kind.CAPTION:
            block.figure = number
        if block.hint is Kind.CAPTION and block.figure == number:
            block.image = image


def image_url(element: etree._Element, base: str | None) -> str | None:
    """The address an <img> shows, absolute when a base is known: the lazy loaders' attribute,
    else the largest candidate of its srcset, else src; never an inline data: image."""
    for name in _LAZY_SOURCES:
        value = (element.get(name) or "").strip()
        if not value or value.startswith("data:"):
            continue
        if "srcset" in name:
            value = _largest(value)
        if value:
            return absolute(base, value)
    return None


def _largest(srcset: str) -> str | None:
    """The candidate of a srcset ("a.jpg 480w, b.jpg 960w") with the largest width or density."""
    best, size = None, -1.0
    for item in srcset.split(","):
        words = item.split()
        if not words or words[0].startswith("data:"):
            continue
        descriptor = words[1][:-1] if len(words) > 1 and words[1][-1:] in ("w", "x") else "0"
        width = float(descriptor) if descriptor.replace(".", "", 1).isdigit() else 0.0
        if width > size:
            best, size = words[0], width
    return best
