"""The page's DOM -> text blocks, in one walk.

Inline text is gathered into the nearest block element (paragraph, heading,
list item, table row, caption ...). Subtrees that can never be article text
(scripts, hidden elements, navigation, share bars, cookie banners ...) are
skipped as the walk meets them, so no subtree is visited twice. Each block
carries what the DOM says about it: its form, the share of its text inside
links, a hint from its element or ancestors (caption, standfirst, key point,
byline, date, headline), and whether it sits in the page's article container.

The walk is an object with a handler for an element's start and one for its
end; the block builder (builder.py) makes the blocks, the furniture judge
(furniture.py) decides what is left unread, and a hint stack carries field
hints down to the blocks inside an element.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection
from dataclasses import dataclass, field

from lxml import etree

from .. import signals
from ..blocks import Form, Kind
from ..rules import dom as rules
from .. import inline
from .builder import CELL_TAGS, BlockBuilder, RenderedBlock
from .fence import Candidate
from .figures import FigureTracker, wraps_one_picture
from .furniture import FurnitureJudge, Skip, describe, heading_free
from .headline import NO_HEADLINE, Headline
from .layouts import PageWords, small_screen_copy
from .markup import NO_MARKUP, Markup, markup_of

__all__ = ["Box", "Rendering", "RenderedBlock", "Skip", "describe", "render_blocks", "render_page"]

# Pages nest deeper than this only by accident or malice; deeper content is not read.
MAX_DEPTH = 400
# Beyond this many elements a page is a dump, not an article; the rest is not read.
MAX_ELEMENTS = 300_000


@dataclass(slots=True, frozen=True)
class Box:
    """A block-level element holding two or more blocks: blocks[start:end] are its blocks.

    `parent` is the element around it (kept, not its id: lxml's element proxies come
    and go, and a freed proxy's id is reused) and `shape` its tag and first class name
    without figures, so that sibling boxes of one shape (the cards of a grid) can be found.
    `element` is the element itself, so that the span of a box's parent can be looked up
    (whether the article's text goes on around a box, in the element that holds both)."""

    start: int
    end: int
    parent: object = None
    shape: str = ""
    element: object = None


@dataclass(slots=True)
class Rendering:
    """What the walk saw: the blocks in reading order, the boxes holding them, the subtrees
    left unread, and the elements that mark the article (for the fence)."""

    blocks: list[RenderedBlock]
    boxes: list[Box]
    skips: list[Skip] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    headline: tuple[int, int] | None = None  # blocks[start:end] made by the headline element the evidence names


def _hint_from_tokens(tokens: frozenset[str]) -> Kind | None:
    # Caption classes are read by the figure tracker (figures.py), which knows where an image is.
    # (isdisjoint: asked of every element with a class or id, and it builds no intersection.)
    if not tokens.isdisjoint(rules.KEY_POINT_TOKENS):
        return Kind.KEY_POINT
    if not tokens.isdisjoint(rules.STANDFIRST_TOKENS):
        return Kind.STANDFIRST
    if not tokens.isdisjoint(rules.BYLINE_TOKENS):
        return Kind.BYLINE
    return None


def _is_wrapper(produced: list[RenderedBlock], hint: Kind | None) -> bool:
    """Whether an element marked as a field held more than the field can be: more blocks, words or
    paragraphs than a caption, byline or standfirst has, or the headline. Nor is an element marked
    as the dek that opens with a heading over more blocks the dek: it is a section of the text under
    its own title (a how-to's first step marked "intro" among its steps, instructables.com; a
    promotion's "intro" box under its heading, terminix.com; a notice's "article-summary" box,
    thebestvpn.com; a shop's "description" section under its welcome heading,
    bestsharpeningstones.com: wcxb fit). A dek alone set as a heading keeps its mark."""
    words = sum(signals.word_count(item.block.text) for item in produced)
    paragraphs = sum(1 for item in produced if item.block.form is Form.PARAGRAPH and signals.is_prose(item.block.text))
    headline = hint is not Kind.HEADLINE and any(item.block.hint is Kind.HEADLINE for item in produced)
    section = hint is Kind.STANDFIRST and len(produced) > 1 and produced[0].block.form is Form.HEADING
    return (len(produced) > rules.HINT_MAX_BLOCKS or words > rules.HINT_MAX_WORDS or paragraphs > rules.HINT_MAX_PARAGRAPHS
            or headline or section)


def _take_back_wrapper_hint(out: list[RenderedBlock], start: int, hint: Kind | None, outer: Kind | None,
                            own_deks: set[int]) -> None:
    """A caption, byline or standfirst is a line or two: an element with such a class
    that held more than that, or the headline, is a wrapper ("author-jane-doe" on
    the whole <article>), and its blocks lose the hint. Not the blocks of a dek that
    marks itself inside it (`own_deks`): a head's "intro" box around the headline and its
    "teaser-text" (traf-dev fit jagdverband.de), a "post-intro" around the headline and its
    h2.subtitle (wcxb-dev fit kill-the-newsletter.com), a shop's "description" tab around the
    price and its "product-description" (mvmt.com)."""
    if not _is_wrapper(out[start:], hint):
        return
    for index in range(start, len(out)):
        if out[index].block.hint is hint and index not in own_deks:
            out[index].block.hint = outer


class _Walk:
    """One pass over the body: `start` and `end` are called for every element in document order."""

    def __init__(self, body: etree._Element, include_comments: bool, judge: FurnitureJudge, base: str | None,
                 headline: Headline = NO_HEADLINE) -> None:
        self.body = body
        self.headline = headline
        # The headline's elements, asked about by every element: read off the walk, not off the evidence.
        self.unread = headline.unread
        self.subtitle = headline.subtitle
        self.headline_element = headline.element
        self.headline_block: tuple[int, int] | None = None
        self.include_comments = include_comments
        self.judge = judge
        self.threads = judge.threads if not include_comments else frozenset()
        self.builder = BlockBuilder()
        self.figures = FigureTracker(base)
        # A frame for each open element: the field hint in force in it, where its own hint began (None
        # when it has none of its own), so that a hint class on a big wrapper can be taken back when the
        # element ends, its first block (for the boxes) and its markup (read once, at its start). (One list
        # the walk pushes and pops itself: a method call per element cost more than this, and four lists
        # cost four pushes and pops.)
        self.frames: list[tuple[Kind | None, int | None, int, Markup]] = [(None, None, 0, NO_MARKUP)]
        self.boxes: list[Box] = []
        self.candidates: list[Candidate] = []
        # The open elements that mark the article: (kind, element, first block), and the innermost
        # of them that can fence (not <main>), whose size guards the furniture inside it.
        self.open_candidates: list[tuple[str, etree._Element, int]] = []
        self.around: etree._Element | None = None
        self.comments: etree._Element | None = None  # the reader-comments section being read, if any
        self.code: etree._Element | None = None  # the <pre>/<code> being read: its spans' classes are syntax
        # Inline elements a display class sets apart (their end adds a space too); few pages have any.
        self.boxed_inline: set[etree._Element] = set()
        # The open elements marked as a dek inside an element marked so (element, first block), and
        # the blocks of those that held a dek's worth: they keep their mark when the wrapper loses its.
        self.nested_deks: list[tuple[etree._Element, int]] = []
        self.own_deks: set[int] = set()
        self.depth = 0
        self.elements = 0
        # The last section heading read, with its blocks: the title of the widget after it, if one follows;
        # and the widget found after it, whose title is no text once the widget is left unread.
        self.titled: tuple[etree._Element, int, int] | None = None
        self.widget: tuple[etree._Element, int, int, int] | None = None
        self.words = PageWords(body)  # for the boxes laid out for small screens (html/layouts.py)
        self.unread_subtrees = 0  # how many subtrees (not scripts, styles) the walk has left unread so far

    def run(self) -> tuple[list[RenderedBlock], list[Box]]:  # blocks, boxes
        walker = etree.iterwalk(self.body, events=("start", "end"))
        skipped: etree._Element | None = None
        # (The handlers bound once: two attribute lookups an element otherwise, on every element of the page.)
        start, end, end_skipped, skip_subtree = self.start, self.end, self.end_skipped, walker.skip_subtree
        for event, element in walker:
            if event == "start":
                if not start(element):
                    skip_subtree()  # its "end" event still comes, straight after
                    skipped = element
            elif element is skipped:
                skipped = None
                end_skipped(element)
            else:
                end(element)
        out = self.builder.finish()
        self.figures.far_from_pictures(out)
        return out, self.boxes

    def start(self, element: etree._Element) -> bool:
        """An element starts; False when its subtree is left unread."""
        self.elements += 1
        self.depth += 1
        if self.depth > MAX_DEPTH or self.elements > MAX_ELEMENTS or element in self.unread:
            return False  # past the limits, or a kicker or a screen-reader label inside the headline
        markup = heading_free(element, markup_of(element))
        if self.titled is not None and len(self.builder.out) == self.titled[2]:
            self._title_of_widget(element)
        around = self.frames[-1][0]
        in_code = self.code is not None
        if element is not self.body:
            read = self.figures.reads(element, markup, around) if not in_code else None
            if read is False or (read is None and self._unshown(element, markup, around, in_code)):
                return False
        tag = element.tag
        if self.threads and element in self.threads and self.comments is None and not in_code:  # known by its shape
            self.comments, self.builder.in_comments = element, True  # (furniture.comment_threads)
        if markup is NO_MARKUP:  # (most elements: no comments section, caption or field class to read)
            if not in_code and tag in _CODE_TAGS:
                self.code = element
            own = _TAG_HINTS.get(tag)
            boxed = False
        else:
            own = self._own_hint(element, tag, markup, around)
            # An inline element whose utility class sets it on a line of its own
            # ("Title<span class=block>Subtitle") stands apart from the words around it.
            boxed = tag not in _OPENS_BLOCK and _displayed_as_block(element)
        if element is self.subtitle:
            own = Kind.STANDFIRST  # the headline's subtitle (html/headline.py): its dek, set as a heading
        builder = self.builder
        hint = own or around
        hint_start = len(builder.out) if own and own is not around else None
        if tag in _LIST_TAGS:
            builder.open_list(tag)
        if tag == "br":
            builder.break_line()  # a heading or cell broken over two lines is still one
        elif "-" in tag or boxed:
            builder.add_text(" ")  # custom elements are laid out as boxes far more often than inline
            if boxed:
                self.boxed_inline.add(element)  # and a space after it too
        elif tag in _OPENS_BLOCK:
            # The subtitle is a line of the head, not a heading over a section of the text.
            opened = "p" if element is self.subtitle else tag
            builder.open_element(opened, hint, _code_language(element) if tag == "pre" else None)
        if tag in _INLINE_OPENERS:
            self._open_inline(element, tag)
        position = len(builder.out)
        self.frames.append((hint, hint_start, position, markup))
        self.figures.start(element, position)
        # (Most elements have no class, id or other attribute and are no article marker: not asked.)
        kind = (_fence_kind(element, markup) if markup is not NO_MARKUP or tag in _FENCE_TAGS or element.attrib
                else None)
        if kind:
            self.open_candidates.append((kind, element, position))
            self.around = element if kind not in rules.FAVOURING_KINDS else self.around
        text = element.text
        if text:
            builder.add_text(text)
        return True

    def _unshown(self, element: etree._Element, markup: Markup, around: Kind | None, in_code: bool) -> bool:
        """Left unread: a screen-reader label in a price, a price its block's state hides, a small
        screen's copy of a box, or furniture by the judge's reasons (but a figure's own wrapper)."""
        if markup.screen_reader and self._in_price(markup):
            return True
        names = element.get("class") if markup is not NO_MARKUP else None
        # (Nearly every class value names no part of a price block and no screen width: not asked.)
        if names and ((_PRICE_PART_MARK in names and _unshown_price_part(element, names))
                      or (markup.small_screen_sign and small_screen_copy(element, self.words))):
            return True
        # A zoom button or a lightbox around one figure only is the figure's wrapper (html/figures.py).
        # (The judge has measured the box's visible length to skip it: the wrapper test reads that.)
        return bool(self.judge.skip_reason(element, markup, around, in_code, self.around)) and not wraps_one_picture(
            element, markup, self.judge.measure)

    def _in_price(self, markup: Markup) -> bool:
        """The element's or an open element's class or id names a price (rules.PRICE_PARTS)."""
        return not rules.PRICE_PARTS.isdisjoint(markup.tokens) or any(
            not rules.PRICE_PARTS.isdisjoint(frame[3].tokens) for frame in self.frames)

    def _own_hint(self, element: etree._Element, tag: str, markup: Markup, around: Kind | None) -> Kind | None:
        """The field hint of an element with a class or id; notes where comments and code begin."""
        if self.comments is None and not self.include_comments and "comments" in markup.families and self.code is None:
            self.comments = element
            self.builder.in_comments = True
        if self.code is None and tag in rules.CODE_TAGS:
            self.code = element
        caption = self.figures.hint(element, markup, around) if self.code is None else None
        own = _element_hint(tag, markup.tokens, caption)
        if own is Kind.STANDFIRST and around is Kind.STANDFIRST:
            self.nested_deks.append((element, len(self.builder.out)))  # a dek marked inside a marked wrapper
        return own

    def end_skipped(self, element: etree._Element) -> None:
        """A skipped subtree's end: it still ends the line before it, and its tail is read."""
        self.depth -= 1
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag not in rules.SKIP_TAGS:
            self.unread_subtrees += 1  # (a script is never read: it says nothing of the text around it)
        if self.widget is not None and self.widget[0] is element:
            self._end_widget()
        if tag in rules.BLOCK_TAGS:
            self.builder.break_line()
        elif tag in rules.WIDGET_TAGS or _spaced(element):
            # An inline widget still stands between the words around it, and so does a hidden
            # separator ("Title<span aria-hidden> – </span>Subtitle": not "TitleSubtitle").
            self.builder.add_text(" ")
        self.builder.add_text(element.tail)

    def end(self, element: etree._Element) -> None:
        tag = element.tag
        builder = self.builder
        if self.widget is not None and self.widget[0] is element:
            self._end_widget()
        if tag in _OPENS_BLOCK:
            builder.close_element()
        elif self.boxed_inline and element in self.boxed_inline:
            builder.add_text(" ")
        if tag in _LIST_TAGS:
            builder.close_list()
        if tag == "a":
            builder.close_link()
        elif tag in _MARK_OF_TAG:
            builder.close_mark(_MARK_OF_TAG[tag])
        if self.open_candidates and self.open_candidates[-1][1] is element:
            kind, _, start = self.open_candidates.pop()
            self.candidates.append(Candidate(kind, describe(element), start, len(builder.out)))
            self.around = next((open_element for open_kind, open_element, _ in reversed(self.open_candidates)
                                if open_kind not in rules.FAVOURING_KINDS), None)
        if element is self.comments:
            self.comments = None
            self.builder.in_comments = False
        if element is self.code:
            self.code = None
        out = builder.out
        frames = self.frames
        hint, hint_start, box_start, markup = frames.pop()  # box_start: recorded for every element, kept for block elements
        if tag in _BLOCK_TAGS and len(out) - box_start > 1:
            self.boxes.append(Box(box_start, len(out), element.getparent(), _shape(element), element))
        self.figures.end(element, out, box_start, markup)
        if tag in _SECTION_HEADINGS and len(out) > box_start:
            self.titled = (element, box_start, len(out))
        if element is self.headline_element and len(out) > box_start:
            self.headline_block = (box_start, len(out))
        if hint_start is not None:
            _take_back_wrapper_hint(out, hint_start, hint, frames[-1][0], self.own_deks)
        elif self.nested_deks and self.nested_deks[-1][0] is element:
            _, first = self.nested_deks.pop()
            if not _is_wrapper(out[first:], Kind.STANDFIRST):
                self.own_deks.update(range(first, len(out)))
        self.depth -= 1
        if "-" in tag:
            builder.add_text(" ")  # the end of a custom element's box
        tail = element.tail
        if tail and element is not self.body:
            builder.add_text(tail)

    def _title_of_widget(self, element: etree._Element) -> None:
        """A heading whose next element is a gallery, slideshow, carousel or player is that widget's
        title (rules.MEDIA_SET_NAME): noted here, judged at the widget's end (_end_widget)."""
        heading, start, stop = self.titled
        previous = element.getprevious()
        # (An empty anchor or a rule may stand between them: "<a name=gallery-0>", a separator.)
        while previous is not None and (not isinstance(previous.tag, str) or previous.tag in _EMPTY_BETWEEN
                                        and not previous.text and not len(previous)):
            previous = previous.getprevious()
        if previous is not heading:
            return
        self.titled = None
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if rules.MEDIA_SET_NAME.search(names):
            self.widget = (element, start, stop, self.unread_subtrees)

    def _end_widget(self) -> None:
        """The widget after a heading ends: when the walk left it, or parts of it (its slides, its
        controls, its teasers), unread and read nothing of it, its title would stand alone between
        the article's paragraphs, and it is no body text. A widget read whole (a list article's
        pictures under each item's heading) or whose text is read keeps its heading."""
        _, start, stop, unread_before = self.widget
        self.widget = None
        out = self.builder.out
        if len(out) == stop and self.unread_subtrees > unread_before:
            for item in out[start:stop]:
                item.block.hint = Kind.BOILERPLATE

    def _open_inline(self, element: etree._Element, tag: str) -> None:
        """Links, emphasis and code spans mark the text; an image belongs to the figure around it."""
        if tag == "a":
            href = (element.get("href") or "").strip()
            self.builder.open_link(href if href and not href.startswith(_NOT_LINKS) else None)
        elif tag in inline.MARK_OF_TAG:
            self.builder.open_mark(inline.MARK_OF_TAG[tag])
        elif tag == "img":
            self.figures.image(element)


# Hrefs that go nowhere a reader can follow.
_NOT_LINKS = ("#", "javascript:", "mailto:", "tel:", "data:")
_LANGUAGE_CLASS = re.compile(r"(?:^|\s)(?:language|lang|highlight|brush)[-:]([\w+#.-]+)")


def _displayed_as_block(element: etree._Element) -> bool:
    """The element's class is a utility framework's display class (Tailwind's "block", "flex",
    "grid"; Bootstrap's "d-block", "d-flex"): a browser lays it out as a box, not inline."""
    names = element.get("class")
    return bool(names) and not rules.DISPLAY_BLOCK_CLASSES.isdisjoint(names.split())


# What the class value of every part of a price block holds: the prefix its part names share
# (rules.PRICE_STATE_SHOWS, PRICE_STATE_HIDES: "price__"), a cheap test before the names are split.
_PRICE_PART_MARK = os.path.commonprefix([*rules.PRICE_STATE_SHOWS, *rules.PRICE_STATE_HIDES])


def _unshown_price_part(element: etree._Element, names: str) -> bool:
    """A part of a shop theme's price block that the block's state hides (rules.PRICE_STATE_SHOWS,
    PRICE_STATE_HIDES): the sale price of a block not on sale, the regular price of one on sale.
    `names`: the element's class value."""
    own = names.split()
    shown_by = next((rules.PRICE_STATE_SHOWS[name] for name in own if name in rules.PRICE_STATE_SHOWS), None)
    hidden_by = next((rules.PRICE_STATE_HIDES[name] for name in own if name in rules.PRICE_STATE_HIDES), None)
    if shown_by is None and hidden_by is None:
        return False
    block = element.getparent()
    for _ in range(rules.PRICE_BLOCK_MAX_LEVELS):
        if block is None:
            return False
        states = (block.get("class") or "").split()
        if rules.PRICE_BLOCK_CLASS in states:
            return (shown_by is not None and shown_by not in states) or (hidden_by is not None and hidden_by in states)
        block = block.getparent()
    return False


def _spaced(element: etree._Element) -> bool:
    """The skipped element is a separator set apart by spaces (" – ", " | "): the words on either
    side stay apart. Hidden text that is only a space is not ("traffic<span> </span>, but")."""
    return len(element) == 0 and _SPACED_SEPARATOR.match(element.text or "") is not None


_SPACED_SEPARATOR = re.compile(r"\s+[^\w\s]{1,3}\s+$")


def _code_language(element: etree._Element) -> str | None:
    """The language a code block's markup names: class "language-python" on the <pre> or its
    <code>, or data-lang."""
    for node in (element, element.find("code")):
        if node is None:
            continue
        named = node.get("data-lang") or node.get("data-language")
        if named:
            return named.strip().lower() or None
        match = _LANGUAGE_CLASS.search(node.get("class") or "")
        if match:
            return match.group(1).lower()
    return None


_FIGURES = str.maketrans("", "", "0123456789")


def _shape(element: etree._Element) -> str:
    """The element's tag and first class name with its figures left out ("li.views-row")."""
    names = (element.get("class") or "").split()
    return f"{element.tag}.{names[0].translate(_FIGURES)}" if names else element.tag


_FENCE_TAGS = ("article", "main")
_SECTION_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# What may stand, empty, between a heading and the widget it titles.
_EMPTY_BETWEEN = ("a", "hr", "br")
# The walk's handlers test every element's tag against these: module names, one lookup each.
_LIST_TAGS = ("ul", "ol")
_CODE_TAGS = rules.CODE_TAGS
_BLOCK_TAGS = rules.BLOCK_TAGS
_MARK_OF_TAG = inline.MARK_OF_TAG
# The tags _open_inline reads.
_INLINE_OPENERS = frozenset({"a", "img", *inline.MARK_OF_TAG})


def _fence_kind(element: etree._Element, markup: Markup) -> str | None:
    """Which kind of article marker the element is (rules.FENCE_KINDS), if any."""
    if element.get("itemprop") == "articleBody":
        return "articleBody"
    if markup.body:
        return "body class"
    if element.tag == "article":
        return "article"
    if element.tag == "main" or element.get("role") == "main":
        return "main"
    return None


# Block elements and table cells (a cell outside a row opens a block like a <div>).
_OPENS_BLOCK = rules.BLOCK_TAGS | CELL_TAGS
# The hints of elements without class or id (what _element_hint gives them).
_TAG_HINTS = {"figcaption": Kind.CAPTION, "h1": Kind.HEADLINE}


def _element_hint(tag: str, tokens: frozenset[str], caption: Kind | None = None) -> Kind | None:
    if not tokens and caption is None and tag != "figcaption" and tag != "h1":
        return None
    hint = caption or (_hint_from_tokens(tokens) if tokens else None)
    if tag == "figcaption":
        return Kind.CAPTION
    if tag == "h1":
        return hint or Kind.HEADLINE
    return hint


def render_blocks(root: etree._Element, include_comments: bool = False) -> list[RenderedBlock]:
    """Every text block of the page's body, in reading order."""
    return render_page(root, include_comments).blocks


def render_page(root: etree._Element, include_comments: bool = False,
                headline_holders: Collection[etree._Element] = (), base: str | None = None,
                headline: Headline = NO_HEADLINE) -> Rendering:
    """Every text block of the page's body in reading order, the boxes (block elements) that
    hold them, the subtrees left unread as furniture and the elements that mark the article.

    `headline_holders` are the elements around the <h1> that says the page's
    title: furniture classes on them ("sidebar", "overlay" on a hero) are
    layout, not furniture, and they are read. `base` is what images' addresses resolve against.
    `headline` is the page's headline evidence (html/headline.py): its kickers are not read, and
    the blocks its element makes are reported."""
    body = root.find("body")
    if body is None:
        body = root
    skips: list[Skip] = []
    judge = FurnitureJudge(root, body, headline_holders, skips)
    walk = _Walk(body, include_comments, judge, base, headline)
    blocks, boxes = walk.run()
    return Rendering(blocks, boxes, skips, walk.candidates, walk.headline_block)
