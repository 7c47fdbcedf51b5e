"""Walking from an element to what stands around it: the boxes that hold it, the text after it."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from .. import signals


def boxes_around(element: etree._Element, levels: int) -> Iterator[etree._Element]:
    """The element's parent and the ancestors above it, at most `levels` of them, below <body>:
    what a reader sees as the box around it (a figure's frame, an article's head)."""
    box = element.getparent()
    for _ in range(levels):
        if box is None or box.tag in ("body", "html"):
            return
        yield box
        box = box.getparent()


def text_after(element: etree._Element, unread: frozenset[etree._Element] = frozenset()) -> str:
    """The text after an element up to the end of its parent (its tail, then its later siblings
    and their tails), less the siblings in `unread`: what a credit icon stands before, or the
    rest of a heading after its first piece."""
    if element.getparent() is None:
        return ""
    parts = [element.tail or ""]
    for sibling in element.itersiblings():
        shown = isinstance(sibling.tag, str) and sibling not in unread
        parts.append("".join(sibling.itertext()) if shown else "")
        parts.append(sibling.tail or "")
    return signals.clean_text("".join(parts))
