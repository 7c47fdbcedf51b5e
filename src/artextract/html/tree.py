"""Walking from an element to what stands around it: the boxes that hold it, the text after it;
and the document's elements of a few tags, as XPath's `//tag` finds them."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from .. import signals

# What XPath's translate(@x, 'AB..Z', 'ab..z') and normalize-space() make of an attribute's
# letters and white space: the ASCII capitals lowered (no other letter: XPath 1.0 has no
# lower-case()) and its four white-space characters spaces, so that `.split(" ")` gives the
# tokens `contains(concat(' ', normalize-space(...), ' '), ' word ')` tests.
XPATH_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ\t\n\r", "abcdefghijklmnopqrstuvwxyz   ")


def document_elements(element: etree._Element, *tags: str) -> Iterator[etree._Element]:
    """The elements of `element`'s document with one of these tags, in document order: what
    `//tag` finds from any element of it. lxml matches the tag names in C; libxml2 evaluates
    `//tag[predicate]` as a step from every node of the page, two to three times the time."""
    return element.getroottree().iter(*tags)


def xpath_tokens(value: str | None) -> list[str]:
    """An attribute's lower-cased tokens as XPath reads them (see XPATH_LOWER); [] when it is absent."""
    return value.translate(XPATH_LOWER).split(" ") if value else []


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
