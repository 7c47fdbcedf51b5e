"""Figures as the walk meets them: which blocks belong to one figure, which of them is its credit, and its image.

A figure is a <figure>, or, outside one, the block element around an <img>
(WordPress's "wp-caption" box, a media wrapper): every block made inside it
gets the figure's number, so that its caption, label and credit are known to
be one figure's (assembly joins them into one caption), and its caption
blocks get the image's absolute URL.

What the markup says about a figure's pieces is read here too:
- a caption class counts as a whole name anywhere ("wp-caption-text", "image-caption"),
  and the bare "caption" (a design system's type size too) or a compound name
  ("ImageCaption", "c-media__caption", "imgcaption") only near an image, where
  "caption" cannot mean a cookie box's or a button's label or a type size,
  and not between the headline and the picture of the article's head (a hero's dek);
- a credit class (credit, copyright, photographer, source, byline ...) inside a
  figure marks the credit, on its own block or on an inline span of the caption;
- inside a figure the page's furniture words on wrappers ("media__footer", a
  "lightbox" link) and aria-hidden (hidden from screen readers, not from the eye)
  do not hide the caption, while screen-reader-only labels ("sr-only") are not shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from .. import signals
from ..blocks import Block, Form, Kind
from ..inline import absolute
from ..rules import dom as rules
from ..rules import text as text_rules
from ..text.lines import placed_caption
from .builder import RenderedBlock
from .markup import NO_MARKUP, Markup, markup_of, name_parts
from .tree import boxes_around, text_after, xpath

# Attributes lazy loaders keep the real address in, before src (often a placeholder).
_LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-srcset", "srcset", "src")
# An image, a picture, a video (_IMAGE_TAGS), or a custom element drawing one (rules.CUSTOM_IMAGE_TAG_ENDS):
# see _holds_image.
_IMAGE_TAGS = ("img", "picture", "video")
_HOLDS_CUSTOM_IMAGE = xpath("boolean(.//*[contains(name(), '-') and ("
                            + " or ".join(f"substring(name(), string-length(name()) - {len(end) - 1}) = '{end}'"
                                          for end in rules.CUSTOM_IMAGE_TAG_ENDS) + ")])")
_HOLDS_H1 = xpath("boolean(.//h1)")
_HOLDS_TABLE_OR_CODE = xpath("boolean(.//table | .//pre)")
_TEXT_LENGTH = xpath("string-length(normalize-space(.))")
_SHOWN_TEXTS = xpath(".//text()[normalize-space()]")
_CAPTION, _CREDIT = "caption", "credit"
# The bare "caption" name far from any picture: a type size's label, unless it reads as a credit.
_TYPE_SIZE = "type size"
# Where a class role counts: anywhere, near an image, inside a figure; a type size's name near an image.
_ANYWHERE, _NEAR, _FIGURE, _TYPE_NEAR = "anywhere", "near", "figure", "type near"


@dataclass(slots=True)
class _Scope:
    element: etree._Element
    number: int
    first: int  # the first block made inside it
    small: bool  # holds no more text than a figure can: a <figure> around a whole article is a broken one
    quote: bool  # a pull quote or an embedded post laid out as a figure: it has no caption
    images: list[tuple[int, str]] = field(default_factory=list)  # (blocks made before it, address) of each image

    @property
    def image(self) -> str | None:
        return self.images[0][1] if self.images else None


class FigureTracker:
    """Numbers the figures of a page, tells their caption and credit pieces apart and gives captions the image."""

    def __init__(self, base: str | None) -> None:
        self.base = base
        self.count = 0
        self.open: list[_Scope] = []
        # Images outside a <figure>, by the block element around them.
        self.loose: dict[etree._Element, str] = {}
        # Elements whose class names a caption or a credit, until they end.
        self.roles: dict[etree._Element, str] = {}
        # Inline caption/credit spans that ended before their block was made: (text, role).
        self.pending: list[tuple[str, str]] = []
        self.matched = 0  # blocks before this index were matched against the pending spans
        self.made = 0  # blocks made when the walk last reported (for where an image stands)
        # The last image outside a figure: (index of the first block made after it, address).
        self.after_image: tuple[int, str] | None = None
        self.checked = 0  # blocks before this index were asked whether they name a text's source
        # Blocks an inline caption span made (ids): a credit element that opens a box of its own
        # ("<span class=caption-owner><p>Serious Eats</p>") closes the line the span stood in
        # first, so that block is made inside the credit element but is none of its text.
        self.spanned: set[int] = set()
        # What the boxes around figures and caption pieces hold (`_shows_no_picture`, `_near_image`).
        self.boxes = _Boxes()
        # Where each picture the walk met stands: the number of blocks made before it (`far_from_pictures`).
        self.pictures: list[int] = []

    def in_figure(self, around: Kind | None) -> bool:
        return around is Kind.CAPTION or bool(self.open and self.open[-1].small)

    def hint(self, element: etree._Element, markup: Markup, around: Kind | None) -> Kind | None:
        """The caption hint the element's class names give it (None: they give none)."""
        role = _class_role(markup) if markup.tokens else None
        if role is None:
            role = _hook_role(element)
            if role is None:
                return None
        kind, where = role
        if where == _FIGURE and not self.in_figure(around):
            return None
        if (where in (_NEAR, _TYPE_NEAR) and not self.in_figure(around)
                and not _near_image(element, kind, self.boxes)):
            if where == _NEAR:
                return None
            kind = _TYPE_SIZE  # hinted a caption still: its blocks are judged when it ends (_mark)
        self.roles[element] = kind
        return Kind.CAPTION

    def reads(self, element: etree._Element, markup: Markup, around: Kind | None) -> bool | None:
        """Inside a figure: False for a screen-reader-only label, True for a wrapper that only
        furniture words or aria-hidden would hide, or a <figure> holding an image that only such
        words would hide; None elsewhere (the furniture judge decides)."""
        # (in_figure written out: asked of every element the walk meets)
        if around is not Kind.CAPTION and not (self.open and self.open[-1].small):
            if element.tag != "figure" or not markup.families or not _holds_image(element):
                return None
        elif markup.screen_reader:
            return False
        elif (_caption_control(markup) or _slide_counter(markup)) and not _holds_image(element):
            return False
        if element.tag in rules.FURNITURE_TAGS or element.get("hidden") is not None:
            return None
        style = element.get("style")
        if style and rules.HIDDEN_STYLE.search(style):
            return None
        if markup.families - rules.FIGURE_READ_FAMILIES:
            return None  # a share bar or an advertisement inside a figure is furniture still
        return True if markup.families or element.get("aria-hidden") == "true" else None

    def start(self, element: etree._Element, first: int) -> None:
        self.made = first
        if element.tag == "picture":
            self._picture(element)
        elif element.tag == "figure":
            self.count += 1
            small = _TEXT_LENGTH(element) <= rules.FIGURE_MAX_CHARS
            quote = any(word in token for token in markup_of(element).tokens for word in rules.FIGURE_QUOTE_WORDS)
            self.open.append(_Scope(element, self.count, first, small, quote))

    def _text_sources(self, out: list[RenderedBlock]) -> None:
        """A line outside a figure and under no picture that opens with a source label and reads
        as a labelled credit ("Quelle: Landesregierung" under a paragraph, "Source: Vortex Github"
        under a list) names the source of the text above it, not a picture's: it is no caption
        (the classifier would read one by its words), and the page's furniture (traf-dev's
        snippets count such a line as boilerplate). Under a picture it stays its caption."""
        for item in out[self.checked:]:
            block = item.block
            if (block.hint is None and block.image is None and not self.open
                    and text_rules.TEXT_SOURCE_LINE.match(block.text)
                    and signals.split_credit(block.text, require_label=True)[1] is not None):
                block.hint = Kind.BOILERPLATE
        self.checked = len(out)

    def _picture(self, picture: etree._Element) -> None:
        """The parser nests a <picture>'s <img> inside its <source> elements, which the walk never
        reads (rules.SKIP_TAGS): the picture's image is taken here, where the walk enters it."""
        image = next(picture.iter("img"), None)
        if image is not None and image.getparent().tag == "source":
            self.image(image)

    def image(self, element: etree._Element) -> None:
        self.pictures.append(self.made)
        url = image_url(element, self.base)
        if not url:
            return
        if self.open:
            self.open[-1].images.append((self.made, url))
            return
        self.after_image = (self.made, url)
        holder = _holder(element)
        if holder is not None:
            self.loose.setdefault(holder, url)

    def end(self, element: etree._Element, out: list[RenderedBlock], first: int, markup: Markup) -> None:
        """An element ends: `out[first:]` are the blocks made inside it; `markup` is its (markup_of)."""
        if self.pending and len(out) > self.matched:
            self._match_pending(out[self.matched])
        self.made = self.matched = len(out)
        if self.after_image is not None and len(out) > self.after_image[0]:
            _picture_above(out[self.after_image[0]], self.after_image[1])
            self.after_image = None
        if len(out) > self.checked:
            self._text_sources(out)
        role = self.roles.pop(element, None) if self.roles else None
        if role is not None:
            self._mark(element, role, out[first:])
        if self.open and self.open[-1].element is element:
            self._close(self.open.pop(), out)
        if not self.open and len(out) > first and markup.tokens and _names_image(markup):
            self._image_box(element, out[first:])
        url = self.loose.pop(element, None) if self.loose else None
        if url and len(out) - first <= rules.FIGURE_MAX_BLOCKS and any(
                item.block.hint is Kind.CAPTION and item.block.figure is None for item in out[first:]):
            self.count += 1
            _claim(out[first:], self.count, url, every=False)

    def far_from_pictures(self, out: list[RenderedBlock]) -> None:
        """The walk has ended: mark the blocks no picture stands near (Block.far_from_picture),
        the blocks more than rules.PICTURE_NEAR_BLOCKS away from every picture, above or below;
        a plain paragraph near one that opens by saying where its picture stands or what it shows
        is that picture's caption (`_placed_caption`)."""
        reach = rules.PICTURE_NEAR_BLOCKS
        near_until = 0  # blocks before this index are near a picture already seen
        pictures = iter(self.pictures)
        picture = next(pictures, None)
        for index, item in enumerate(out):
            # A picture standing before block `at` is within reach of blocks at-reach-1 .. at+reach.
            while picture is not None and picture - reach - 1 <= index:
                near_until = max(near_until, picture + reach + 1)
                picture = next(pictures, None)
            if index >= near_until:
                item.block.far_from_picture = True
            elif item.block.hint is None:
                _placed_caption(item.block)

    def _image_box(self, element: etree._Element, made: list[RenderedBlock]) -> None:
        """A box named for an image ends outside any <figure>: when it holds an image, its short
        pieces are that image's caption, label and credit, as a <figure>'s are."""
        image = next((image for image in element.iter("img") if not _icon(image)), None)
        if image is None or _text_before(element, image):
            return  # text over the picture: an accordion's or a tile's, not a caption under it
        unmarked = [item.block.text for item in made if item.block.hint is None]
        if len(unmarked) > 1 and not text_rules.SENTENCE_END.search(unmarked[0]):
            return  # a card: a title over its text ("Say hello to Omni", then what it does)
        _caption_the_pieces(made)
        if any(item.block.hint is Kind.CAPTION and item.block.figure is None for item in made):
            self.count += 1
            _claim(made, self.count, image_url(image, self.base), every=False)

    def _close(self, scope: _Scope, out: list[RenderedBlock]) -> None:
        """A <figure> ends: its blocks are one figure's, or, in a gallery of several images,
        each image's with the blocks after it; a pull quote's are no captions, and a teaser card
        laid out as a figure (a picture over a link to another story's heading) is furniture."""
        inside = out[scope.first:]
        if not scope.small:
            return
        if not scope.images:
            self._custom_image(scope)
        if scope.quote or any(item.block.form is Form.QUOTE for item in inside):
            for item in inside:
                item.block.hint = None if item.block.hint is Kind.CAPTION else item.block.hint
            return
        if not scope.images and _shows_no_picture(scope.element, self.boxes):
            for item in inside:  # a figure with no picture: its caption lines are its furniture
                item.block.hint = Kind.BOILERPLATE if item.block.hint is Kind.CAPTION else item.block.hint
            return
        if any(item.block.form is Form.HEADING and item.block.link_density > rules.FIGURE_PIECE_MAX_LINK_DENSITY
               for item in inside):
            for item in inside:  # a teaser card: a picture over a link to another story's heading
                item.block.hint = Kind.BOILERPLATE
            return
        if scope.image:
            _caption_the_pieces(inside)
        cuts = [position for position, _ in scope.images[1:]] + [len(out)]
        start, number = scope.first, scope.number
        for index, end in enumerate(cuts):
            _claim(out[start:end], number, scope.images[index][1] if scope.images else None, every=True)
            start = end
            self.count += 1
            number = self.count

    def _custom_image(self, scope: _Scope) -> None:
        """A <figure> with no <img> may hold a custom element that draws its picture (<amp-img>):
        its address is the figure's image. (Looked for here, when such a figure ends, rather than
        asked of every element the walk opens.)"""
        drawn = next((node for node in scope.element.iter() if isinstance(node.tag, str)
                      and node.tag.endswith(rules.CUSTOM_IMAGE_TAG_ENDS)), None)
        url = image_url(drawn, self.base) if drawn is not None else None
        if url:
            scope.images.append((scope.first, url))

    def _mark(self, element: etree._Element, role: str, made: list[RenderedBlock]) -> None:
        """A caption or credit element ends: its blocks are credits, or, when it was inline
        (no block of its own yet), its text is matched against the block it ends up in."""
        if role == _TYPE_SIZE:
            _type_size_labels(made)
            return
        if made:
            _drop_counters(made)
            if any(item.block.form is Form.HEADING for item in made):
                for item in made:  # a box with a heading is no caption ("Credits" over a list of contributors)
                    item.block.hint = None if item.block.hint is Kind.CAPTION else item.block.hint
            elif role == _CREDIT:
                for item in made:
                    if id(item.block) not in self.spanned:
                        item.block.credit = item.block.credit or item.block.text
            return
        text = signals.clean_text("".join(element.itertext()))
        if role == _CREDIT and (not text or text_rules.CREDIT_LABELS_ONLY.match(text)):
            text = text_after(element)  # a © icon or a "©" sign marks the text that follows it
        if text:
            self.pending.append((text, role))

    def _match_pending(self, item: RenderedBlock) -> None:
        """The first block made after inline caption/credit spans holds them: a span that is most
        of a block makes it a caption; a credit span marks the block's credit."""
        block = item.block
        for text, role in self.pending:
            if text not in block.text:
                continue
            if role == _CREDIT and block.credit is None:
                block.credit = text
            if block.hint is None and len(text) >= rules.INLINE_CAPTION_SHARE * len(block.text):
                block.hint = Kind.CAPTION
            if role == _CAPTION and len(text) >= rules.INLINE_CAPTION_SHARE * len(block.text):
                self.spanned.add(id(block))
        self.pending.clear()


# A credit word opens or closes a part ("photocredit", "creditline"; not "accreditation");
# a caption word is anywhere in it. Every class token of the page is asked (tokens are lower
# case and hold no space): the tokens are joined by spaces and each word looked for once with
# `in`, a third of what a regex search a token cost.
_CREDIT_EDGES = tuple(edge for word in rules.CREDIT_WORDS_IN_NAMES for edge in (f" {word}", f"{word} "))
_CAPTION_WORDS = tuple(rules.CAPTION_WORDS_IN_NAMES)
_DESCRIPTION_WORDS = tuple(rules.DESCRIPTION_WORDS_IN_NAMES)


@lru_cache(maxsize=1024)
def _class_role(markup: Markup) -> tuple[str, str] | None:
    """(caption or credit, where it counts) for the class names of a figure's piece, or None.

    Where: anywhere for a whole caption name; near an image for the bare "caption" and for a
    caption or credit word inside a compound name; inside a figure for words that elsewhere
    name bylines and footers."""
    tokens = markup.tokens
    if tokens & rules.CALL_TO_ACTION_TOKENS:
        return None  # a sign-up or shop box's label ("cta-caption"), not a picture's caption
    spaced = f" {' '.join(tokens)} "
    credit = signals.holds_any(spaced, _CREDIT_EDGES)
    named = rules.CAPTION_TOKENS.intersection(markup.names)
    if named:
        # The bare "caption" may be a type size only: a caption near an image, as a compound name is.
        return (_CREDIT if credit else _CAPTION), (_TYPE_NEAR if named <= rules.CAPTION_TYPE_SIZE_NAMES else _ANYWHERE)
    if signals.holds_any(spaced, _CAPTION_WORDS):
        # A caption's own source, author or owner part ("figure-article-caption-owner") is its credit.
        credit = credit or bool(tokens & rules.FIGURE_CREDIT_TOKENS)
        return (_CREDIT if credit else _CAPTION), _NEAR
    if credit:
        return _CREDIT, _NEAR
    if any(_describes_image(name) for name in markup.names):
        return _CAPTION, _NEAR
    if tokens & rules.FIGURE_CREDIT_TOKENS:
        return _CREDIT, _FIGURE
    return None


def _describes_image(name: str) -> bool:
    """A class name with an image word right before a description word ("imageDescription",
    "news-image-desc"): the picture's caption."""
    # Asked of every class name of an element without a caption class: a description word must
    # stand in the name as it is before the name is split into parts (nearly no name holds one).
    if not signals.holds_any(name.lower(), _DESCRIPTION_WORDS):
        return False
    parts = name_parts(name)
    return any(word in rules.IMAGE_WORDS_IN_NAMES and after in rules.DESCRIPTION_WORDS_IN_NAMES
               for word, after in zip(parts, parts[1:]))


def _hook_role(element: etree._Element) -> tuple[str, str] | None:
    """(caption or credit, near an image) for the part a theme key or test hook names by its last
    word (data-theme-key="photo-credit-creditor", data-test="caption"), or None: where the class
    names are hashes, these say what the part is."""
    for attribute in rules.ROLE_HOOK_ATTRIBUTES:
        value = element.get(attribute)
        if not value:
            continue
        parts = [part for part in name_parts(value) if part not in rules.ROLE_HOOK_NOISE]
        last = parts[-1] if parts else ""
        if any(last.startswith(word) or last.endswith(word) for word in rules.CREDIT_WORDS_IN_NAMES):
            return _CREDIT, _NEAR
        if any(word in last for word in rules.CAPTION_WORDS_IN_NAMES):
            return _CAPTION, _NEAR
    return None


@lru_cache(maxsize=1024)
def _names_image(markup: Markup) -> bool:
    """Whether a class name part is an image word or opens with one ("imginline", "imagewrap"),
    on a box that is no call to action's (a "cta-image" box holds a cover beside a sign-up pitch)."""
    if markup.tokens & rules.CALL_TO_ACTION_TOKENS:
        return False
    return bool(markup.tokens & rules.IMAGE_WORDS_IN_NAMES) or any(
        token.startswith(rules.IMAGE_BOX_PREFIXES) for token in markup.tokens)


def _shows_no_picture(figure: etree._Element, boxes: _Boxes) -> bool:
    """Whether a <figure> that gave no image address shows no picture at all, in it or beside it:
    no image, picture, video or drawn chart (an <svg> that is no icon), and no image in the box
    around it (a theme sets the caption as a <figure> beside its <img>). Its text is not a
    picture's caption: a listening player's label ("Listen to this article" over an <audio>), an
    affiliate notice beside a cart icon, a video placeholder's line, a product tile's footnoted
    figure ("Up to 4x faster ..."). Seen on fit educate-me.co, traf-dev chip.de (two pages),
    security.org (two pages), apple.com (two pages). `boxes` keeps each box's answer."""
    if _holds_image(figure) or any(not _icon(drawing) for drawing in figure.iter("svg", "canvas")):
        return False
    if _HOLDS_TABLE_OR_CODE(figure):
        return False  # a table's or a listing's caption: not asked here
    parent = figure.getparent()
    if parent is None:
        return True
    return not boxes.holds_image(parent)


def wraps_one_picture(element: etree._Element, markup: Markup, measure: Callable[[etree._Element], float]) -> bool:
    """Whether a box the furniture judge would leave unread is only one picture's wrapper: a
    control or overlay (rules.FIGURE_WRAPPER_TAGS, FIGURE_WRAPPER_FAMILIES) around a picture whose
    every shown word sits in one caption element (a <figcaption>, or a class naming a caption or
    credit). A zoom <button> around a <figure>, a "lightbox" box around it, a link that opens the
    picture in a pop-up: the figure is the article's, and read as a bare one would be. A box with
    any other word (a share bar's "Pin it", a pop-up's sign-up line) stays furniture, and so does a
    <figure> so named itself (`reads` judges those: a share bar's figure is the bar's). Asked only
    of boxes the judge skips (rules: the fit sites). `measure` is the judge's visible length, which
    has measured the box already when it skipped it: its subtree is not walked again for a size."""
    if element.tag == "figure" or (element.tag not in rules.FIGURE_WRAPPER_TAGS and not (
            markup is not NO_MARKUP and markup.families and markup.families <= rules.FIGURE_WRAPPER_FAMILIES)):
        return False
    style = element.get("style")
    if (element.get("hidden") is not None or element.get("aria-hidden") == "true"
            or (style and rules.HIDDEN_STYLE.search(style))):
        return False
    if measure(element) > rules.FIGURE_MAX_CHARS or not _holds_image(element):
        return False
    captions = set()
    for text in _SHOWN_TEXTS(element):
        holder = text.getparent()
        if text.is_tail:
            holder = holder.getparent()
        if holder is None or holder.tag in rules.SKIP_TAGS:
            continue
        caption = _caption_element(holder, element)
        if caption is None:
            return False
        captions.add(caption)
    return len(captions) == 1


def _caption_element(node: etree._Element, box: etree._Element) -> etree._Element | None:
    """The outermost caption element (a <figcaption>, or a class naming a caption or credit) between
    a node and the box around it, the node included and the box not; None when there is none."""
    found = None
    while node is not None and node is not box:
        if node.tag == "figcaption" or (node.get("class") and _class_role(markup_of(node)) is not None):
            found = node
        node = node.getparent()
    return found


def _icon(image: etree._Element) -> bool:
    """An image named an icon, or in a box named so (a carousel's arrow): no picture to caption."""
    parent = image.getparent()
    return any(rules.ICON_TOKEN in markup_of(node).tokens for node in (image, parent) if node is not None)


def _text_before(box: etree._Element, image: etree._Element) -> bool:
    """Whether the box shows text before its image: a node's text stands before the image when the
    walk meets the node first, its tail unless the node holds the image."""
    holders = set(image.iterancestors())
    for node in box.iter():
        if node is image:
            return False
        if isinstance(node.tag, str) and node.tag not in rules.SKIP_TAGS and (node.text or "").strip():
            return True
        if node is not box and node not in holders and (node.tail or "").strip():
            return True
    return False


def _caption_control(markup: Markup) -> bool:
    """A class name that ends in a control word after a caption word, or in a caption word after
    a control word ("caption-toggle", "card-figcaption-button", "toggle-caption"): the caption's
    button, not its text. A word after them names a state ("e-caption--hide-small-screens")."""
    for name in markup.names:
        if "caption" in name:
            parts = name_parts(name)
            if len(parts) >= 2 and {parts[-2], parts[-1]} & rules.FIGURE_CAPTION_WORDS and (
                    {parts[-2], parts[-1]} & rules.CAPTION_CONTROL_WORDS):
                return True
    return False


def _slide_counter(markup: Markup) -> bool:
    """A class name ending in a counter word ("slider-counter", "imageCount", "gallery__pagination"):
    the slideshow's position, a control whose text ("3 / 5", a template's "--pageNumber--") is no caption."""
    return any(part in rules.SLIDE_COUNTER_NAME_ENDS for name in markup.names for part in name_parts(name)[-1:])


def _holder(image: etree._Element) -> etree._Element | None:
    """The box around an image outside a <figure>: the nearest block element, or an inline box
    that holds more than the image (a span around the image and its caption span)."""
    for parent in image.iterancestors():
        if parent.tag in rules.BLOCK_TAGS or len(parent) > 1 or (parent.text or "").strip():
            return parent
    return None


class _Boxes:
    """What the walk asks about the boxes around figures and caption pieces, answered once a box a
    page: a page's figures often share one box (10k figures in one <body>: searched once, not 10k
    times), and so do the caption and credit pieces of one box (5,000 spans in one box: its subtree
    searched for an image, then for an <h1>, 5,000 times; 25 s and 2 s of CPU)."""

    __slots__ = ("images", "headlines", "before")

    def __init__(self) -> None:
        self.images: dict[etree._Element, bool] = {}
        self.headlines: dict[etree._Element, bool] = {}
        self.before: dict[tuple[etree._Element, str], frozenset[etree._Element]] = {}

    def holds_image(self, box: etree._Element) -> bool:
        if box not in self.images:
            self.images[box] = _holds_image(box)
        return self.images[box]

    def holds_h1(self, box: etree._Element) -> bool:
        if box not in self.headlines:
            self.headlines[box] = bool(_HOLDS_H1(box))
        return self.headlines[box]

    def before_image(self, box: etree._Element, element: etree._Element) -> bool:
        """Whether the element comes before the first image of the box."""
        key = (box, element.tag)
        if key not in self.before:
            self.before[key] = _before_image(box, element.tag)
        return element in self.before[key]


def _holds_image(element: etree._Element) -> bool:
    """Whether the element holds an image, a picture or a video, or a custom element drawing one: what
    `boolean(.//img | .//picture | .//video | .//*[custom])` says. libxml2 collects and sorts every node
    of such a union before it tells whether there is one (a box's whole subtree, each node's name
    tested as a string); lxml's walk of the three tags stops at the first, and most boxes asked hold
    an image. Only a box without one is searched for a custom element."""
    for _ in element.iterdescendants(*_IMAGE_TAGS):
        return True
    return bool(_HOLDS_CUSTOM_IMAGE(element))


def _near_image(element: etree._Element, role: str, boxes: _Boxes) -> bool:
    """Whether the element's parent or grandparent holds an image (a figure's box without <figure>).
    A box that holds an <h1> with its image is the article's head (a hero banner): a credit there is
    the picture's, and so is a caption under the picture, but text named "hero-caption" between the
    headline and the picture is the dek, not a figure's caption. (`boxes` answers each once a page.)"""
    for box in boxes_around(element, rules.CAPTION_IMAGE_LEVELS):
        if boxes.holds_image(box):
            return role == _CREDIT or not boxes.holds_h1(box) or not boxes.before_image(box, element)
    return False


def _before_image(box: etree._Element, tag: str) -> frozenset[etree._Element]:
    """The elements of `tag` that come before the first image of the box, and the first node after
    them (of `tag` or an image): an element of `tag` in the box is before the image when it is one
    of these (the walk over images and `tag` stopped at the element before it met an image)."""
    found = []
    for node in box.iter("img", "picture", "video", tag):
        found.append(node)
        if node.tag != tag or node.tag in _IMAGE_TAGS:
            break
    return frozenset(found)


def _caption_the_pieces(items: list[RenderedBlock]) -> None:
    """The text pieces of a figure with an image are its caption, label and credit, unless the
    figure holds more than a caption does: a heading, a quote, a list or a table (a card, a pull quote)."""
    if any(item.block.form is not Form.PARAGRAPH or item.block.hint not in (None, Kind.CAPTION) for item in items):
        return
    words = sum(signals.word_count(item.block.text) for item in items if item.block.hint is None)
    if words > rules.FIGURE_PIECES_MAX_WORDS or len(items) > rules.HINT_MAX_BLOCKS:
        return
    for item in items:
        if item.block.hint is None and item.block.link_density <= rules.FIGURE_PIECE_MAX_LINK_DENSITY:
            item.block.hint = Kind.CAPTION


def _placed_caption(block: Block) -> None:
    """A paragraph in no figure, near a picture, that opens by saying where its picture stands or what
    it shows ("Above: ...", "Left: ... Right: ...", "Pictured: ...", "Im Bild: ..."; the raw-text
    reading, text/lines.placed_caption) is that picture's caption, as a copy of the page reads it:
    magazines and blogs set such captions as plain paragraphs beside the picture. Fit half wcxb:
    provenwinners.com ("Pictured: Living Lace® Parvati", 14 under their plants' pictures),
    madelinemarquardt.com ("Above: backpacking the Havasu Falls Trail", 5), both read as text before;
    gardenista.com's and artlyst.com's, in caption markup, were captions already. Only near a picture
    (PICTURE_NEAR_BLOCKS): "Below: the steps we took" far from any is the text's own."""
    if block.form is Form.PARAGRAPH and block.figure is None and placed_caption(block):
        block.hint = Kind.CAPTION


def _picture_above(item: RenderedBlock, url: str) -> None:
    """The first block made after a picture outside a figure (<p><img></p>, then "<p>Source: X</p>")
    stands under it: a caption made of it by its words has the picture's address, which tells a
    picture's source line from a text's ("Quelle: dpa" under a paragraph, `_text_sources`)."""
    block = item.block
    if block.figure is None and block.image is None:
        block.image = url
        if block.hint is None and _labelled_credit_line(block):
            # Its source as a link would read as another story's teaser, or, a bare address, as text.
            # The whole line is the credit, as a credit element's is (the label is dropped from it).
            block.hint, block.credit = Kind.CAPTION, block.text


def _labelled_credit_line(block: Block) -> bool:
    """A short paragraph that opens with a picture's credit or source label ("Source: <a>A Survey
    ...</a>", "(Source: Power BI Dashboard Templates)", "Image: https://konecta.com/"), not with a
    label that titles a teaser of its own ("Video: ...", rules.UNDER_PICTURE_TEASER_LABELS)."""
    if block.form is not Form.PARAGRAPH or signals.word_count(block.text) > rules.FIGURE_PIECES_MAX_WORDS:
        return False
    text = block.text.lstrip(" ([").rstrip()
    label = text_rules.CREDIT_LABEL_START.match(text)
    if label is None or label.group(0).lower().startswith(rules.UNDER_PICTURE_TEASER_LABELS):
        return False
    # The source alone: a description after it ("Photo: Jane Doe. The mayor ...") is read by its words.
    return rules.CREDIT_LINE_GOES_ON.search(text, label.end()) is None


def _claim(items: list[RenderedBlock], number: int, image: str | None, every: bool) -> None:
    """Give blocks not yet in a figure its number (all of them, or only its captions), and captions its image."""
    _drop_counters(items)
    for item in items:
        block = item.block
        if block.figure is not None:
            continue
        if every or block.hint is Kind.CAPTION:
            block.figure = number
        if block.hint is Kind.CAPTION and block.figure == number:
            block.image = image


def _type_size_labels(made: list[RenderedBlock]) -> None:
    """The line of an element named only "caption" that stands far from any picture and in no
    figure: a design system's type size on a label ("Sort by:", "Unit price", "Tags", a stats
    strip's figure), furniture, unless it reads as a picture's credit ("© Jane Doe/AFP" in an
    accordion under the picture). A box of several lines so named is a card (a title over its
    price) or a wrapper: it keeps the hint, for the page's reading to judge (html/content.py
    takes it back on a page with no prose; html/render.py from a wrapper)."""
    if len(made) != 1:
        return
    block = made[0].block
    if block.hint is Kind.CAPTION and block.credit is None and signals.split_credit(block.text)[1] is None:
        block.hint = Kind.BOILERPLATE


def _drop_counters(items: list[RenderedBlock]) -> None:
    """A caption piece that only counts the slides ("1 / 5", "Bild 1 von 10") is the gallery's
    control (rules.SLIDE_COUNTER), and one that asks the reader to act ("Click the photo above to
    visit ...", rules.CALL_TO_ACTION_LINE) a promo's label: furniture, not the caption, nor part of one."""
    for item in items:
        block = item.block
        if block.hint is not Kind.CAPTION:
            continue
        if len(block.text) <= _COUNTER_MAX_CHARS:
            counter = rules.SLIDE_COUNTER.match(block.text.strip())
            if counter is not None and 1 <= int(counter["at"]) <= int(counter["of"]):
                block.hint = Kind.BOILERPLATE
                continue
        if rules.CALL_TO_ACTION_LINE.search(block.text):
            block.hint = Kind.BOILERPLATE


# The longest counter the pattern can read ("Picture 100 of 100" and a little more): longer pieces are not asked.
_COUNTER_MAX_CHARS = 30


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
    """The candidate of a srcset ("a.jpg 480w, b.jpg 960w") with the largest width or density.

    A candidate's address runs to the next white space and may hold commas of its own: image CDNs
    put them in paths and queries ("f_webp,q_40", "f=auto,w=2400", "fit=700,1024",
    "crop=1.00xw:0.814xh;0,0.127xh"), so the list is read as HTML reads it, address then
    descriptors up to a comma, not split at every comma (which gave "1024" or "0.127xh&resize=..."
    for an address). Seen on 35 wcxb-dev/traf-dev fit sites (wired.com, veranda.com,
    tasteofhome.com, elementor.com, craft-music.com, the substack sites ...)."""
    best, size = None, -1.0
    for address, descriptor in _candidates(srcset):
        if address.startswith("data:"):
            continue
        number = descriptor[:-1] if descriptor[-1:] in ("w", "x") else "0"
        width = float(number) if number.replace(".", "", 1).isdigit() else 0.0
        if width > size:
            best, size = address, width
    return best


def _candidates(srcset: str) -> list[tuple[str, str]]:
    """(address, first descriptor or "") of each candidate of a srcset, in order: an address is a
    run without white space (a trailing comma closes it with no descriptor); its descriptors run
    to the next comma."""
    found: list[tuple[str, str]] = []
    address, descriptor = None, ""
    words = srcset.split()[::-1]
    while words:
        word = words.pop()
        if address is None:
            word = word.lstrip(",")
            if word.endswith(","):
                found.append((word.rstrip(","), ""))
            elif word:
                address, descriptor = word, ""
            continue
        head, comma, rest = word.partition(",")
        descriptor = descriptor or head
        if comma:
            found.append((address, descriptor))
            address = None
            if rest:
                words.append(rest)
    if address is not None:
        found.append((address, descriptor))
    return found
