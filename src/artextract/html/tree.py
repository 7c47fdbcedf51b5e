"""Walking from an element to what stands around it: the boxes that hold it, the text after it;
and the document's elements of a few tags, as XPath's `//tag` finds them."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from lxml import etree

from .. import signals
from ..rules.page_type import COUNTED_TAGS

# What XPath's translate(@x, 'AB..Z', 'ab..z') and normalize-space() make of an attribute's
# letters and white space: the ASCII capitals lowered (no other letter: XPath 1.0 has no
# lower-case()) and its four white-space characters spaces, so that `.split(" ")` gives the
# tokens `contains(concat(' ', normalize-space(...), ' '), ' word ')` tests.
XPATH_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ\t\n\r", "abcdefghijklmnopqrstuvwxyz   ")


# The XPath of one attribute of every element of the document, in document order: what `//@name`
# finds (only elements carry attributes), as a step from the elements alone where `//` steps from
# every node, text nodes too (about a third more instructions: ~0.1 ms a page for each such pass).
ELEMENT_ATTRIBUTE = "/descendant::*/@{}"


def xpath(path: str, **options: object) -> etree.XPath:
    """An XPath expression compiled once, for the module that keeps it. Without EXSLT's regular
    expressions (`regexp=False`), which no expression here reads: with them on, lxml registers their
    functions in a new context on every call, about a third of a short call's ~3 us (a page makes
    ~150 calls, most of them the visible lengths of html/furniture.py)."""
    return etree.XPath(path, regexp=False, **options)


# All the text nodes of an element joined, as they stand: what lxml.html's text_content() gives.
_STRING = xpath("string()")


def text_content(element: etree._Element) -> str:
    """The element's text: its text nodes and those of its descendants, joined in document order
    (lxml.html's `text_content()`, for the plain elements html/parse.py makes)."""
    return _STRING(element)


def next_element(element: etree._Element) -> etree._Element | None:
    """The element's next sibling that is an element, past comments and processing instructions."""
    following = element.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    return following


def tagged_elements(root: etree._Element, tags: Collection[str]) -> Iterator[etree._Element]:
    """The elements of these tags in the subtree of `root` (a document's root element), tag by tag,
    not in document order (for counts). Inside `indexed_document` for its document, from the index
    when the document has no other top-level element (its elements are then root's)."""
    index = _INDEX.get()
    if (index is not None and index.root is root and root.getprevious() is None and root.getnext() is None
            and INDEXED_TAGS.issuperset(tags)):
        return itertools.chain.from_iterable(index.elements((tag,)) for tag in tags)
    return root.iter(*tags)


def document_elements(element: etree._Element, *tags: str) -> Iterator[etree._Element]:
    """The elements of `element`'s document with one of these tags, in document order: what
    `//tag` finds from any element of it. lxml matches the tag names in C; libxml2 evaluates
    `//tag[predicate]` as a step from every node of the page, two to three times the time.
    Inside `indexed_document` for its document, the elements of INDEXED_TAGS come from one walk."""
    index = _INDEX.get()
    if index is not None and index.serves(element, tags):
        return index.elements(tags)
    return element.getroottree().iter(*tags)


# The tags the metadata readers ask for: <meta>, <link>, <base>, the inline and JSON-LD scripts,
# tag and author links, <time>, the <h1>s; and those the page's kind counts (rules.page_type.COUNTED_TAGS,
# `tagged_elements`). Each ask was a walk of every node of the page; the walks are few
# instructions but read the whole tree from memory each time.
INDEXED_TAGS = frozenset({"a", "base", "h1", "link", "meta", "script", "time", *COUNTED_TAGS})


class _DocumentIndex:
    """The elements of INDEXED_TAGS of one document, in document order, walked when first asked."""

    __slots__ = ("root", "by_tag")

    def __init__(self, root: etree._Element) -> None:
        self.root = root  # (held: the root's proxy stays the same object while the index lives)
        self.by_tag: dict[str, list[etree._Element]] | None = None

    def serves(self, element: etree._Element, tags: tuple[str, ...]) -> bool:
        return len(tags) == 1 and tags[0] in INDEXED_TAGS and element.getroottree().getroot() is self.root

    def elements(self, tags: tuple[str, ...]) -> Iterator[etree._Element]:
        if self.by_tag is None:
            self.by_tag = {}
            for found in self.root.getroottree().iter(*INDEXED_TAGS):
                self.by_tag.setdefault(found.tag, []).append(found)
        return iter(self.by_tag.get(tags[0], ()))


_INDEX: ContextVar[_DocumentIndex | None] = ContextVar("artextract_document_index", default=None)


@contextmanager
def indexed_document(root: etree._Element) -> Iterator[None]:
    """While the block runs, `document_elements` of `root`'s document reads INDEXED_TAGS from
    one walk. The tree must not change inside the block (the index would not see it)."""
    token = _INDEX.set(_DocumentIndex(root.getroottree().getroot()))
    try:
        yield
    finally:
        _INDEX.reset(token)


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


def following_elements(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """The elements of `tag` after the element's end, in document order: what XPath's
    `following::tag` finds, handed out as they are met. libxml2 collects the whole axis (every node
    to the page's end) before a predicate such as `[position() <= 8]` cuts it, where a caller
    reading the first few stops this walk after them: the later siblings of the element, then
    those of each ancestor in turn, each with its subtree."""
    node = element
    while node is not None:
        for sibling in node.itersiblings():
            yield from sibling.iter(tag)
        node = node.getparent()


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
