"""Walking up from an element to the boxes that hold it."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree


def boxes_around(element: etree._Element, levels: int) -> Iterator[etree._Element]:
    """The element's parent and the ancestors above it, at most `levels` of them, below <body>:
    what a reader sees as the box around it (a figure's frame, an article's head)."""
    box = element.getparent()
    for _ in range(levels):
        if box is None or box.tag in ("body", "html"):
            return
        yield box
        box = box.getparent()
