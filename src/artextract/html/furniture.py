"""Whether a subtree is page furniture, from its markup: tag, class/id, role, hidden state.

A furniture verdict is a guess the page's text can overrule: a subtree that
holds a large share of the page's visible text is read whatever its markup
says (layout classes like "has-sidebar" name main columns). Scripts, styles
and form fields are never read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from .. import signals, vocabulary
from ..blocks import Kind
from ..rules import dom as rules
from ..rules.page_type import CART_ACTION
from .markup import NO_MARKUP, Markup, class_markup, markup_of, name_parts
from .tree import ELEMENT_ATTRIBUTE, next_element, text_content, xpath

_HAS_H1 = xpath("boolean(.//h1)")
_HAS_LIST = xpath("boolean(.//ul | .//ol)")
# A facet's values: checkboxes and radio buttons (a search box's selects and text fields filter
# nothing shown: an off-canvas search dialog's scope, wcxb-dev fit 0544).
_HAS_CHOICES = xpath("boolean(.//input[@type='checkbox' or @type='radio'])")
_IMAGES = xpath("count(.//img)")
# A field that takes typed text (an <input> with no type is a text field).
_TEXT_ENTRY = xpath("boolean(.//textarea | .//input[not(@type) or contains($types, concat(' ', translate("
                    "@type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), ' '))])")
_ENTRY_TYPES = " " + " ".join(sorted(rules.TEXT_ENTRY_TYPES)) + " "
_SEARCH_FIELD = xpath("boolean(.//input[@type='search'])")
_HAS_TEXTAREA = xpath("boolean(.//textarea)")
_HAS_TIME = xpath("boolean(.//time)")
_HAS_PARAGRAPH = xpath("boolean(.//p)")
# A heading group's marks (_heads_a_section): a heading in it, a <section>, <article> or <main>
# around it, and no menu, list or form of the site's banner inside it.
_HAS_SUBHEADING = xpath("boolean(.//h2 | .//h3 | .//h4 | .//h5 | .//h6)")
_HEADINGS = xpath(".//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6")
_HEADING_AROUND = xpath("ancestor::h1 | ancestor::h2 | ancestor::h3 | ancestor::h4 | ancestor::h5 | ancestor::h6")
_OPENS_A_SECTION = xpath("boolean(ancestor::section | ancestor::article | ancestor::main)")
_HAS_BANNER_PARTS = xpath("boolean(.//nav | .//form | .//ul | .//ol)")
_STAMP = re.compile(rules.THREAD_STAMP)
# Elements that may hold a box's label alone, and a label's most characters (normalize-space()d:
# a label, not a paragraph).
_LABEL_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "span", "div", "summary", "dt")
_LABEL_MAX_CHARS = 40
_TEXT_LENGTH = xpath("string-length(normalize-space(.))")
# The elements whose text is code (their subtrees' text is left out of the visible length): lxml
# picks them in C in one pass, where the union `.//script|.//style|.//template` walked the subtree
# three times and sorted the nodes (the same node set; the float sum of whole lengths is exact).
_CODE_TAGS = ("script", "style", "template")
# With them, the form fields that hold values, never read (rules.FORM_FIELD_TAGS; an <option> and
# <optgroup> stand inside a <select> or <datalist>, measured with it): a quote form's list of 250
# countries is no text of the page, and made the form outweigh the size guard.
_UNREAD_TAGS = (*_CODE_TAGS, "select", "textarea", "datalist")
_ARIA_CONTROLS = xpath(ELEMENT_ATTRIBUTE.format("aria-controls"))  # (`//@aria-controls`)
# Skipped whatever share of the page they hold (other furniture is a guess the size guard can overrule).
NEVER_READ_TAGS = rules.SKIP_TAGS | rules.FORM_FIELD_TAGS
# Tags whose element, with no class, id or state attribute, is never furniture: the walk meets
# tens of thousands of them (<p>, <span>, <a>, <li> ...) and asks no more of them. A <form> is
# asked: one the reader fills in is furniture with no class at all.
_MARKUP_ONLY_TAGS = frozenset(rules.BLOCK_TAGS | {"span", "a", "em", "strong", "b", "i", "img", "br", "code", "small",
                                                  "sup", "sub", "u", "time", "abbr", "cite", "mark", "q", "s", "picture"}
                              ) - rules.WIDGET_TAGS - rules.FURNITURE_TAGS - rules.FURNITURE_UNLESS_HEADLINE_TAGS - {"form"}
_STATE_ATTRIBUTES = frozenset({"style", "hidden", "aria-hidden", "role", "aria-modal"})
# What soft_skip_reason judges an element by once its state, dialog and close control are asked:
# these tags (a form, a nav, footer, aside or header) and these tokens (an avatar's initials, a
# filter panel), besides a furniture family. An element with none of them is not furniture, and
# most named elements have none (19,130 of the 28,146 elements traf-dev's speed sample asks about).
_TAG_JUDGED = rules.FURNITURE_TAGS | rules.FURNITURE_UNLESS_HEADLINE_TAGS | {"form"}
_TOKENS_JUDGED = rules.AVATAR_TOKENS | rules.FILTER_PANEL_WORDS


def _stateless(element: etree._Element) -> bool:
    """No attribute that hides or dialogs it (`hidden` may be present and empty). (The names of its
    attributes in one call: five `get`s cost three times that, and half the elements asked have none.)"""
    return _STATE_ATTRIBUTES.isdisjoint(element.keys())


# Skip reasons of prompts (dialogs, consent centres), read only past rules.PROMPT_MAX_SHARE.
_PROMPT_REASONS = ("dialog role", "consent class/id")


@dataclass(slots=True, frozen=True)
class Skip:
    """A subtree left unread because its markup says furniture, for --explain."""

    reason: str
    element: str  # tag with class/id, as the page wrote them
    chars: int  # its text length, measured anyway for the size guard


def describe(element: etree._Element, width: int = 40) -> str:
    """The element as a short start tag, for --explain: <div id="x" class="y">."""
    marks = " ".join(f'{name}="{element.get(name)[:width]}"' for name in ("id", "class", "role") if element.get(name))
    return f"<{element.tag} {marks}>" if marks else f"<{element.tag}>"


def visible_length(element: etree._Element) -> float:
    """Characters of the element's text, leaving out scripts and styles (inline JSON can outweigh the
    page): one element measured alone; a page's verdicts ask VisibleLengths, which measures each once."""
    return VisibleLengths()[element]


class VisibleLengths(dict):
    """The visible length (`visible_length`) of each element asked about, measured once a page:
    the page, its article markers, furniture and its siblings are asked about more than once, and
    each script or style is measured once, not again for every measured element around it (inline
    JSON is often half of what the measuring reads). The same numbers, summed in the same order."""

    def __init__(self) -> None:
        super().__init__()
        self.code: dict[etree._Element, float] = {}

    def __missing__(self, element: etree._Element) -> float:
        code = 0
        # (`iter` and a test of the element itself: lxml's `iterdescendants` of several tags costs twice
        # as much to set up, ~2 us, and most elements measured are small.)
        for node in element.iter(*_UNREAD_TAGS):  # (a loop, not sum(): it fills the memo)
            if node is element:
                continue
            length = self.code.get(node)
            if length is None:
                length = self.code[node] = _TEXT_LENGTH(node)
            code += length
        length = self[element] = max(_TEXT_LENGTH(element) - code, 1.0)
        return length


def controlled_panels(root: etree._Element) -> frozenset[str]:
    """Ids of the elements that the page's buttons and tabs show and hide (aria-controls)."""
    return frozenset(token for value in _ARIA_CONTROLS(root) for token in str(value).split())


class _ControlledPanels:
    """`controlled_panels(root)`, read when an id is first asked about: only a hidden element with
    an id asks, and reading them is a pass of XPath over every node of the page (~0.7% of an extraction)."""

    __slots__ = ("root", "ids")

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.ids: frozenset[str] | None = None

    def __contains__(self, key: object) -> bool:
        if key is None:
            return False  # (no id: in no set of ids)
        if self.ids is None:
            self.ids = controlled_panels(self.root)
        return key in self.ids


def _hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None:
        return not rules.STREAMING_SLOT_ID.match(element.get("id", ""))
    if element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return bool(style and rules.HIDDEN_STYLE.search(style))


def _disclosure_panel(element: etree._Element, markup: Markup, panels: Container[str]) -> bool:
    """An accordion or tab panel: hidden only until the reader opens it, and its text is the page's.

    `panels` are the ids a button on the page opens (aria-controls)."""
    if markup.tokens & rules.DISCLOSURE_TOKENS and not markup.families:
        return True
    return element.get("role") in rules.DISCLOSURE_ROLES or element.get("id") in panels


def soft_skip_reason(element: etree._Element, markup: Markup, panels: Container[str],
                     headline_known: bool = False, measure: Callable[[etree._Element], float] = visible_length,
                     sections: dict[etree._Element, bool] | None = None) -> str | None:
    """Why a subtree looks like furniture from its markup alone (a guess the page's text can overrule), or None.
    `headline_known`: the page's headline is found (its holders are read whatever this says), so an
    <h1> elsewhere, in a site header, is the site's name, not the article's headline. `measure`
    gives an element's visible length; `sections` keeps the page's answers of _holds_sections."""
    tag = element.tag
    # Most elements carry none of the attributes that hide them or make them a dialog: one call
    # reads the names of all their attributes, where _hidden and _is_dialog read five values.
    stateless = _stateless(element)
    if not stateless and _hidden(element) and not _disclosure_panel(element, markup, panels):
        return "hidden"
    if tag in rules.WIDGET_TAGS:
        return None if tag == "button" and _heads_accordion_item(element, measure) else f"<{tag}>"
    if (tag == "dialog" or not stateless) and _is_dialog(element):
        return f"dialog role '{element.get('role') or 'aria-modal'}'"
    if _opens_with_close_control(element):
        return "dialog role: opens with a close control"
    if markup.content:
        return None
    if not markup.families and tag not in _TAG_JUDGED and _TOKENS_JUDGED.isdisjoint(markup.tokens):
        return None  # nothing left to judge it by: the tests below would each pass it
    if "consent" in markup.families:
        return f"consent class/id: {markup.evidence}"
    if tag == "form" and "comments" not in markup.families and _is_fill_in_form(element):
        return "<form> with a text field"
    if not rules.AVATAR_TOKENS.isdisjoint(markup.tokens) and measure(element) <= rules.AVATAR_INITIALS_MAX_CHARS:
        return "avatar initials"
    if not rules.FILTER_PANEL_WORDS.isdisjoint(markup.tokens) and (name := _filter_panel_name(element, markup)):
        return f"filter panel class/id: '{name}'"
    if tag in rules.FURNITURE_TAGS:
        return f"<{tag}>"
    if (tag in rules.FURNITURE_UNLESS_HEADLINE_TAGS and (headline_known or not _HAS_H1(element))
            and not _labels_key_points(element) and not _heads_a_section(element)):
        return f"<{tag}> without the headline"
    families = markup.families - rules.NOT_SKIPPED_FAMILIES
    if families <= rules.LINK_EVIDENCE_FAMILIES and not (families and _mostly_links(element, measure)) and not (
            "navigation" in families and any(rules.CAROUSEL_NAME.search(name) for name in markup.names)):
        return None
    if families == _PROMO_ONLY and _holds_sections(element, {} if sections is None else sections):
        return None
    return f"{min(families)} class/id: {markup.evidence}"


_PROMO = "advertising"  # the family of the boxes _holds_sections asks about, and of the boxes around them it reads
_PROMO_ONLY = frozenset({_PROMO})
_SECTION_PARTS = ("h2", "h3", "h4", "p")


def _holds_sections(element: etree._Element, sections: dict[etree._Element, bool]) -> bool:
    """Whether a box named for advertising holds sections of text, or is one of the items of a box
    so named that does (the outermost box named so around it is asked): rules.PROMO_SECTIONS_MIN
    headings and as many paragraphs of prose. An ad, a promo bar or a sponsor's slot is a line or
    a card; a page builder's "promo" component ("cmp-promo-container", "android-promo") that
    holds the page's headed sections is its content. (Asked only of boxes named for advertising alone;
    the outer box's answer is kept in `sections`, not walked again for each of its items.)"""
    outer = element
    for above in element.iterancestors():
        if above.tag == "body":
            break  # (its classes name the page: "custom-skincare-sets-promo-terms" is no box)
        if _PROMO in markup_of(above).families:
            outer = above
    if outer not in sections:
        sections[outer] = _counts_sections(outer)
    return sections[outer]


def _counts_sections(element: etree._Element) -> bool:
    headings = paragraphs = 0
    for node in element.iter(*_SECTION_PARTS):
        if node.tag == "p":
            paragraphs += signals.is_prose(" ".join(node.itertext()))
        else:
            headings += 1
        if headings >= rules.PROMO_SECTIONS_MIN and paragraphs >= rules.PROMO_SECTIONS_MIN:
            return True
    return False


def heading_free(element: etree._Element, markup: Markup) -> Markup:
    """The element's markup without its id when that id is its own heading's words ("what-are-data-
    analysis-tools" on an <h2> saying "What are data analysis tools?", a <section> whose id is the slug of
    its first heading): documentation builders and heading-anchor plugins (Sphinx, MkDocs, table-of-
    contents scripts) write the heading's text into the id, so a word in it ("tools", "reviews",
    "comments", "legal") names the topic, not a box of the page's layout. The heading is judged by its
    words as text instead: when they are themselves a furniture label ("Related content", "Comments"),
    the id's verdict stands. Seen on wcxb fit pages of splunk.com, kernel.org, legalzoom.com,
    gogreensolar.com, theguardian.com, pcworld.com, thesmallbusinessexpo.com, craft-music.com."""
    if not markup.families:
        return markup
    key = element.get("id")
    if not key:
        return markup
    parts = name_parts(key)
    if len(parts) < rules.HEADING_ID_MIN_WORDS:
        return markup
    heading = element if element.tag in rules.HEADING_TAGS else next(element.iter(*rules.HEADING_TAGS), None)
    if heading is None:
        return markup
    text = signals.clean_text("".join(heading.itertext()))
    if name_parts(text.lower()) != parts:  # the heading's words split as the id's were
        return markup
    if signals.boilerplate_reason(text) or vocabulary.end_matter_concept(signals.normalise(text)):
        return markup
    return class_markup(element.get("class"))


def form_boxes(body: etree._Element, measure: Callable[[etree._Element], float]) -> frozenset[etree._Element]:
    """The boxes that hold a form the reader fills in and little else: its heading and pitch
    ("Request our free ebook", "Fill out the form to get a copy") are the form's, not the page's.
    From each such form up, the largest element whose text outside the form stays under
    rules.FORM_BOX_MAX_EXTRA_CHARS, short of the page's main column or its <h1>."""
    boxes = set()
    for form in body.iter("form"):
        if "comments" in markup_of(form).families or not _is_fill_in_form(form):
            continue
        box, inside = form, measure(form)
        for holder in form.iterancestors():
            if (holder is body or holder.tag in rules.MAIN_COLUMN_TAGS or holder.get("role") == "main"
                    or measure(holder) - inside > rules.FORM_BOX_MAX_EXTRA_CHARS or _HAS_H1(holder)):
                break
            box = holder
        if box is not form:
            boxes.add(box)
    return frozenset(boxes)


def comment_threads(body: etree._Element) -> frozenset[etree._Element]:
    """The reader-comment threads found by their shape, whatever their names
    (rules.THREAD_MIN_ENTRIES): dated entries in a box just before the reply form's own box. (A
    form standing among the entries themselves is a forum's quick reply under its posts, which
    are the page: the comment form has a box of its own after the thread.)"""
    threads = set()
    for form in body.iter("form"):
        box = form.getparent()
        if box is None or box is body or not _HAS_TEXTAREA(form):
            continue
        for index, before in enumerate(box.itersiblings(preceding=True)):
            if index == rules.THREAD_SIBLINGS_BACK:
                break
            thread = next((inner for inner in before.iter() if _dated_entries(inner)), None)
            if thread is not None:
                threads.add(thread)
    return frozenset(threads)


def _dated_entries(box: etree._Element) -> bool:
    """Its children are a run of entries of one tag, nearly all a stamped paragraph or more (a
    date or time, and the reader's words: a list of dated awards or events has no paragraphs)."""
    if not isinstance(box.tag, str) or len(box) < rules.THREAD_MIN_ENTRIES:
        return False
    tags: dict[str, int] = {}
    for child in box:
        if isinstance(child.tag, str):
            tags[child.tag] = tags.get(child.tag, 0) + 1
    tag, count = max(tags.items(), key=lambda item: item[1], default=("", 0))
    if count < rules.THREAD_MIN_ENTRIES:
        return False
    dated = sum(1 for child in box if child.tag == tag and _HAS_PARAGRAPH(child)
                and (_HAS_TIME(child) or _STAMP.search(text_content(child))))
    return dated >= rules.THREAD_DATED_SHARE * count


def _is_fill_in_form(element: etree._Element) -> bool:
    """A form the reader fills in (rules.TEXT_ENTRY_TYPES): not a search box, whose scope and
    options stand in the page's header and menus, nor a product's form that posts to the cart
    (its options, price and often its description). (A comment form is asked of no one: the walk
    marks where the comments begin by it.)"""
    if element.get("role") == "search" or CART_ACTION.search(element.get("action") or ""):
        return False
    return _TEXT_ENTRY(element, types=_ENTRY_TYPES) and not _SEARCH_FIELD(element)


def _filter_panel_name(element: etree._Element, markup: Markup) -> str | None:
    """The name that makes the element a filter panel (rules.FILTER_PANEL_WORDS), or None: named
    for filtering, not as a layout flag, holding checkboxes or radio buttons and few pictures (a product grid
    beside the panel in one wrapper has a picture a card)."""
    name = next((name for name in markup.names if not rules.FILTER_PANEL_WORDS.isdisjoint(parts := name.split("-"))
                 and rules.LAYOUT_FLAG_PARTS.isdisjoint(parts)), None)
    if name is None or not _HAS_CHOICES(element):
        return None
    return name if _IMAGES(element) <= rules.FILTER_PANEL_MAX_IMAGES else None


def _is_dialog(element: etree._Element) -> bool:
    """A dialog by its tag, its ARIA role or aria-modal, shown or hidden."""
    return element.tag == "dialog" or element.get("role") in rules.DIALOG_ROLES or element.get("aria-modal") == "true"


def _opens_with_close_control(element: etree._Element) -> bool:
    """Whether the element's first child element is a close control (rules.CLOSE_CONTROL_CLASSES):
    a popup's markup, whatever its own name."""
    for child in element:  # (a loop, not iterchildren(tag=...): asked of most elements that have a class)
        if isinstance(child.tag, str):  # the first element: comments and processing instructions pass
            names = child.get("class")
            return names is not None and _names_close_control(names)
    return False


@lru_cache(maxsize=4096)
def _names_close_control(names: str) -> bool:
    """Whether a class string names a close control (pages repeat their class strings: asked once each)."""
    return not rules.CLOSE_CONTROL_CLASSES.isdisjoint(names.lower().split())


def _marks_main_column(element: etree._Element, page_length: float, measure: Callable[[etree._Element], float]) -> bool:
    """<main> or role=main, <article>: the elements that say they hold the page's own content;
    or an element wholly named as content ("content", "post", "entry-content") that holds at
    least rules.FENCE_MIN_SHARE of the page's text, as a fence must (a "content" box around the
    headline alone is a title bar, not the column). Not <body>, whose classes name the page's layout."""
    if element.tag in rules.MAIN_COLUMN_TAGS or element.get("role") == "main":
        return True
    return (element.tag not in ("body", "html") and markup_of(element).content
            and measure(element) >= rules.FENCE_MIN_SHARE * page_length)


def _labels_key_points(element: etree._Element) -> bool:
    """A <header> holding a list under a key-point label ("Key takeaways", "Das Wichtigste in
    Kürze"): themes set the article's summary in its header, which is read (the classifier still
    asks the items to be statements)."""
    if element.tag != "header" or not _HAS_LIST(element):
        return False
    return any(vocabulary.key_point_label(signals.normalise("".join(label.itertext())))
               for label in _short_labels(element))


def _heads_a_section(element: etree._Element) -> bool:
    """A <header> that opens a section of the page's text: HTML's heading group ("<section><header>
    <h2>Edit like a pro</h2><p>Trim and stitch clips.</p></header>..."), not the site's banner.
    Its marks: an <h2>-<h6> inside, a <section>, <article> or <main> around it, and no menu, list
    or form inside. (Whether anything follows it in its parent is no mark: builders wrap the
    header alone, and an accordion's header is its item.) Service landing pages head every
    section of their <main> so, and lost all but the first (wcxb-dev fit loom.com, vercel.com,
    fly.io, centricconsulting.com, qburst.com; and an article's sections, websitebuilderexpert.com,
    scripps.org). Inside an <article>, and with its heading a link, it is the same heading group:
    an article's sections (karl-voit.at), a listicle's entries each an <article> or a <section>
    titled by a link to the thing it reviews (eridehero.com, houstoniamag.com), a listing's cards
    (huggingface.co); the truth keeps their titles. A teaser card's title read so is no harm:
    the region's edges (html/edges.py) judge the cards around the article by their shape, not by
    a title left unread."""
    if element.tag != "header" or not _HAS_SUBHEADING(element) or _HAS_BANNER_PARTS(element):
        return False
    return _OPENS_A_SECTION(element)


def _heads_accordion_item(element: etree._Element, measure: Callable[[etree._Element], float]) -> bool:
    """A <button> that is an accordion item's header, the question of an FAQ or the title of a
    section the reader opens: it and a heading are one, the inner holding nearly all the outer's
    text (rules.ACCORDION_HEADING_MIN_SHARE). Set in a heading (ARIA's accordion, "<h3><button
    aria-expanded>Question</button></h3>"), or holding one heading (a counter "01/" or an icon
    beside it). Its text is the page's, as the panel it opens is (_disclosure_panel). A close or
    copy-link control inside a heading holds a sliver of it, and a menu's button, or one a broken
    page left open around the rest of the document, holds more than a heading."""
    around = _HEADING_AROUND(element)
    if around:
        inner, outer = element, around[-1]  # (the nearest heading around it)
    else:
        inside = _HEADINGS(element)
        if len(inside) != 1:
            return not inside and _opens_text_panel(element, measure)
        inner, outer = inside[0], element
    whole = measure(outer)
    return whole > 0 and measure(inner) >= rules.ACCORDION_HEADING_MIN_SHARE * whole


def _opens_text_panel(element: etree._Element, measure: Callable[[etree._Element], float]) -> bool:
    """A bare <button> that is an accordion item's header with no heading anywhere: a short label
    of two words or more whose next sibling is the panel it opens, text rather than links, in an
    item with siblings alike ("<div class="faq-item"><button>What is an SEO checker?</button>
    <div class="answer"><p>...</p></div></div>" again and again). A menu's button opens a panel of
    links; a lone button over text (a teaser's call to action) heads no accordion; a "Close" or
    "×" labels nothing. WCXB fit: seobility.net, binariks.com, learn.hms.harvard.edu, toptal.com,
    solostove.com, whose truths keep the questions or sections' names."""
    if measure(element) > rules.ACCORDION_LABEL_MAX_CHARS or signals.word_count(text_content(element)) < 2:
        return False
    panel = next_element(element)
    if panel is None or panel.tag in rules.WIDGET_TAGS or measure(panel) < rules.ACCORDION_PANEL_MIN_CHARS:
        return False
    if not _one_of_items(element.getparent()):
        return False
    return not _mostly_links(panel, measure)


def _first_element(element: etree._Element) -> etree._Element | None:
    return next((child for child in element if isinstance(child.tag, str)), None)


def _one_of_items(item: etree._Element | None) -> bool:
    """Whether the element (a button's parent) has a sibling of its tag that opens with a <button>:
    the items of an accordion, each a header button over its panel."""
    if item is None:
        return False
    for sibling in (*item.itersiblings(item.tag, preceding=True), *item.itersiblings(item.tag)):
        first = _first_element(sibling)
        if first is not None and first.tag == "button":
            return True
    return False


def _short_labels(element: etree._Element) -> list[etree._Element]:
    """The descendants of _LABEL_TAGS whose text is shorter than _LABEL_MAX_CHARS, in document order.

    An element's normalised text is never shorter than that of an element inside it, so once one
    is too long, so are all the elements around it: they are not measured (a header's nested
    wrappers each measured their whole text again; measuring the innermost first, about a third
    of the work, for the same elements)."""
    long: set[etree._Element] = set()  # elements around one too long (and the ones above them)
    labels = []
    for node in reversed(list(element.iterdescendants(*_LABEL_TAGS))):  # each element after those inside it
        if node in long:
            continue
        if _TEXT_LENGTH(node) < _LABEL_MAX_CHARS:
            labels.append(node)
            continue
        for around in node.iterancestors():
            if around is element or around in long:
                break  # (what is above one already known too long is known too)
            long.add(around)
    labels.reverse()
    return labels


def _mostly_links(element: etree._Element, measure: Callable[[etree._Element], float]) -> bool:
    """Whether most of the element's text is link text (asked of few elements: it reads the subtree).
    The links are measured only until they make that share: a menu's first links do, and the rest
    of its links were each measured for nothing."""
    enough = rules.LINK_EVIDENCE_MIN_SHARE * measure(element)
    links = 0.0  # (whole numbers of characters: the sum is exact in any order)
    for anchor in element.iter("a"):
        links += _TEXT_LENGTH(anchor)
        if links >= enough:
            return True
    return False


def _is_prompt_or_footer(element: etree._Element, markup: Markup, reason: str) -> bool:
    """Whether skipped furniture is a prompt or a page footer, which is read only past
    rules.PROMPT_MAX_SHARE: a short product page's legal footer and footnotes can hold a
    third of its words, yet a footer holding the <h1> is a misnamed main column."""
    if reason.startswith(_PROMPT_REASONS) or _is_dialog(element):
        return True  # a hidden dialog too: a consent plugin's settings modal waits hidden (aria-hidden) for its button
    return (element.tag == "footer" or not rules.PAGE_FOOTER_NAMES.isdisjoint(markup.names)) and not _HAS_H1(element)


def _is_sponsored_button(element: etree._Element, markup: Markup) -> bool:
    """A paid link styled as a button: a shop's buy button (rules.SPONSORED_REL)."""
    rel = element.get("rel")
    if not rel or rules.SPONSORED_REL not in rel.lower().split():
        return False
    return element.get("role") == "button" or not markup.tokens.isdisjoint(rules.BUTTON_TOKENS)


class FurnitureJudge:
    """Decides, element by element as the walk meets them, which subtrees are left unread.

    `headline_holders` are the elements around the <h1> that says the page's
    title: furniture classes on them ("sidebar", "overlay" on a hero) are layout,
    not furniture. `skips`, when given, receives what was left unread (not
    scripts and styles) for --explain."""

    def __init__(self, root: etree._Element, body: etree._Element, headline_holders: Collection[etree._Element],
                 skips: list[Skip] | None) -> None:
        self.lengths = VisibleLengths()
        self.measure = self.lengths.__getitem__  # (bound once: asked for every element with a class)
        self.headline_known = bool(headline_holders)
        self.page_length = self.lengths[body]
        self.panels = _ControlledPanels(root)
        self.headline_holders = headline_holders
        self.columns = tuple(holder for holder in headline_holders
                             if _marks_main_column(holder, self.page_length, self.measure))
        self.body = body
        # A key-point class on <body> ("js-tldr": a script's hook) names no box: it would exempt the whole page's furniture.
        self.body_key_points = bool(markup_of(body).tokens & rules.KEY_POINT_TOKENS)
        self.skips = skips
        self._fences: dict[etree._Element, float] = {}  # the size guard of the article markers asked about
        self._alike: dict[tuple, float] = {}  # visible length of sibling boxes named alike, by parent, tag and name
        self._sections: dict[tuple, bool] = {}  # whether boxes named for recirculation are a listing's sections, by tag and name
        self._promo_sections: dict[etree._Element, bool] = {}  # whether boxes named for advertising hold sections
        self.form_boxes = form_boxes(body, self.measure)
        self.threads = comment_threads(body)  # reader comments known by their shape, not their names

    def skip_reason(self, element: etree._Element, markup: Markup, hint: Kind | None, in_code: bool,
                    around: etree._Element | None = None) -> str | None:
        """Why the walk leaves this subtree unread, or None. `hint` is the one around it; inside
        code, class names are syntax highlighting, never layout; `around` is the innermost
        element marking the article that holds it."""
        tag = element.tag
        boxed_form = element in self.form_boxes
        if markup is NO_MARKUP and tag in _MARKUP_ONLY_TAGS and _stateless(element) and not boxed_form:
            return None
        if not isinstance(tag, str) or tag in NEVER_READ_TAGS:
            return f"<{tag if isinstance(tag, str) else ''}>"
        if in_code:
            return None
        if tag == "a" and _is_sponsored_button(element, markup):
            return self._skipped(element, "a sponsored link styled as a button", self.lengths[element])
        reason = ("a fill-in form's box" if boxed_form
                  else soft_skip_reason(element, markup, self.panels, self.headline_known, self.measure, self._promo_sections))
        if reason and reason != "hidden" and (self._in_key_points(element, hint) or element in self.headline_holders):
            return None  # a takeaways box laid out as a dropdown <nav>, a hero holding the headline
        if not reason:
            return None
        # Visible text only: a footer full of inline script is no bigger for it.
        share = rules.PROMPT_MAX_SHARE if _is_prompt_or_footer(element, markup, reason) else rules.FURNITURE_MAX_SHARE
        limit = self.page_length * share
        if around is not None:
            limit = min(limit, self._length_of(around) * rules.FENCE_FURNITURE_MAX_SHARE)
        elif self._beside_columns(element):
            return self._skipped(element, reason, self.lengths[element])
        length = self.lengths[element]
        if length > limit:
            return None  # most of the page's (or of its marked article's) text is not furniture
        if around is not None and self._alike_length(element, length) > limit:
            return None  # one of sibling sections all named alike that hold most of the article
        if around is None and self._recirculation_sections(element, markup):
            return None  # one of the recirculation lists that are a listing page's content
        return self._skipped(element, reason, length)

    def _in_key_points(self, element: etree._Element, hint: Kind | None) -> bool:
        """Whether the element is a key-point box or inside one (its hint says so), and that hint is
        not only the page's: when <body> carries the key-point class, an element or ancestor below it
        must carry it too (asked only of furniture under such a hint)."""
        if hint is not Kind.KEY_POINT:
            return False
        if not self.body_key_points:
            return True
        for holder in (element, *element.iterancestors()):
            if holder is self.body:
                return False
            if markup_of(holder).tokens & rules.KEY_POINT_TOKENS:
                return True
        return False

    def _skipped(self, element: etree._Element, reason: str, length: float) -> str:
        if self.skips is not None and length > 1:
            self.skips.append(Skip(reason, describe(element), int(length)))
        return reason

    def _beside_columns(self, element: etree._Element) -> bool:
        """Whether the element lies beside the <main> (or <article>) that holds the page's headline,
        neither inside it nor around it: a sidebar column there is furniture however much of a short
        page's text its widgets hold (the size guard is for layout classes naming the main column)."""
        if not self.columns or element in self.headline_holders:
            return False
        ancestors = set(element.iterancestors())
        return not any(column in ancestors for column in self.columns)

    def _alike_length(self, element: etree._Element, length: float) -> float:
        """The visible length of the element and its siblings of the same tag that carry the class
        names its furniture word stands in (once per parent and names). A furniture word in a name
        that every section of an article carries is a variant, not a box: chip.de's test reports set
        each section in "TestReport__Section--Ads" (a section that may hold an ad), and read one by
        one none weighed enough to be kept; the conclusion's section carries a name more
        ("TestReport__Section--Conclusion") and is one of them all the same."""
        names, parent = _furniture_names(element.get("class")), element.getparent()
        if not names or parent is None:
            return length
        key = (parent, element.tag, names)
        if key not in self._alike:
            alike = [sibling for sibling in parent.iterchildren(element.tag)
                     if sibling is not element and names <= frozenset((sibling.get("class") or "").split())]
            self._alike[key] = length + sum(self.lengths[sibling] for sibling in alike)
        return self._alike[key]

    def _recirculation_sections(self, element: etree._Element, markup: Markup) -> bool:
        """Whether the element is one of the recirculation lists that are a listing page's content:
        boxes named for recirculation (rules.RECIRCULATION_FAMILIES) that the page prints as a
        run of sections (rules.RECIRCULATION_MIN_SECTIONS or more boxes of its tag carrying that
        name, none inside another) that hold a fair share of the page's text
        (rules.RECIRCULATION_MIN_SHARE; a product page's strip of small recommendation tiles
        holds less). One such box after an article is furniture ("related-posts"); a listing
        or collection page ("Dinner Recipes", a site's latest stories, a store's product tiles)
        is nothing but these lists, and read one by one none weighs enough to be kept. Seen on
        wcxb fit pages of allrecipes.com, theverge.com and apple.com."""
        if rules.RECIRCULATION_FAMILIES.isdisjoint(markup.families):
            return False
        name = next((raw for raw in (element.get("class") or "").split()
                     if not rules.RECIRCULATION_FAMILIES.isdisjoint(class_markup(raw).families)), None)
        if name is None:
            return False
        key = (element.tag, name)
        if key not in self._sections:
            named = [box for box in self.body.iter(element.tag) if name in (box.get("class") or "").split()]
            inside = set(named)
            outer = [box for box in named if inside.isdisjoint(box.iterancestors())]
            self._sections[key] = (len(outer) >= rules.RECIRCULATION_MIN_SECTIONS and sum(self.lengths[box] for box in outer)
                                   > rules.RECIRCULATION_MIN_SHARE * self.page_length)
        return self._sections[key]

    def _length_of(self, element: etree._Element) -> float:
        """The visible length of an element marking the article; infinite for one too small to be
        the article (a card) or one of a run of siblings marked alike (a thread's posts), so that
        no furniture is too big for it."""
        if element not in self._fences:
            length = self.lengths[element]
            whole = length >= rules.FENCE_MIN_SHARE * self.page_length and not _one_of_alike(element)
            self._fences[element] = length if whole else float("inf")
        return self._fences[element]


def _furniture_names(value: str | None) -> frozenset[str]:
    """The names of a class value that name a furniture family ("TestReport__Section--Ads" of
    "TestReport__Section TestReport__Section--Ads"); the whole value when none alone does (a
    family two names make together)."""
    if not value:
        return frozenset()
    names = value.split()
    return frozenset(name for name in names if class_markup(name).families) or frozenset(names)


def _one_of_alike(element: etree._Element) -> bool:
    """Whether the element has a sibling of its tag and class: a marker repeated side by side
    (each post of a thread an <article class="cPost ...">) marks a component, not the article,
    as html/fence.py reads a kind repeated on the page. A short first post is no measure of
    its poster's pane beside it (an <aside> of the rig's parts, longer than the question:
    wcxb fit forum.corsair.com)."""
    parent, name = element.getparent(), element.get("class")
    if parent is None or not name:
        return False
    return any(sibling is not element and sibling.get("class") == name for sibling in parent.iterchildren(element.tag))
