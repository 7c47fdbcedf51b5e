"""The page's DOM -> text blocks, in one walk.

Inline text is gathered into the nearest block element (paragraph, heading,
list item, table row, caption ...). Subtrees that can never be article text
(scripts, hidden elements, navigation, share bars, cookie banners ...) are
skipped as the walk meets them, so no subtree is visited twice. Each block
carries what the DOM says about it: its form, the share of its text inside
links, a hint from its element or ancestors (caption, standfirst, key point,
byline, date, headline), and whether it sits in the page's article container.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from lxml import etree

from .. import signals
from ..blocks import Block, Form, Kind
from ..rules import dom as rules

# Pages nest deeper than this only by accident or malice; deeper content is not read.
MAX_DEPTH = 400
# Beyond this many elements a page is a dump, not an article; the rest is not read.
MAX_ELEMENTS = 300_000

_SPACE = re.compile(r"\s+")

_FORM_OF_TAG = {
    "li": Form.LIST_ITEM, "dd": Form.LIST_ITEM, "dt": Form.PARAGRAPH, "blockquote": Form.QUOTE, "pre": Form.CODE,
    "tr": Form.TABLE_ROW, **{tag: Form.HEADING for tag in rules.HEADING_TAGS},
}
_CELL_TAGS = frozenset({"td", "th"})
_HAS_H1 = etree.XPath("boolean(.//h1)")
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
_CODE_ELEMENTS = etree.XPath(".//script|.//style|.//template")
_ARIA_CONTROLS = etree.XPath("//@aria-controls")
# Skipped whatever share of the page they hold (other furniture is a guess the size guard can overrule).
_NEVER_READ_TAGS = rules.SKIP_TAGS | rules.FORM_FIELD_TAGS


def visible_length(element: etree._Element) -> float:
    """Characters of the element's text, leaving out scripts and styles (inline JSON can outweigh the page)."""
    code = sum(_TEXT_LENGTH(node) for node in _CODE_ELEMENTS(element))
    return max(_TEXT_LENGTH(element) - code, 1.0)


@dataclass(slots=True)
class RenderedBlock:
    block: Block
    in_container: bool  # inside the page's marked article container (<article>, articleBody ...)
    in_comments: bool = False  # inside a reader-comments section (the region decides whether it is content)


@dataclass(slots=True, frozen=True)
class Box:
    """A block-level element holding two or more blocks: blocks[start:end] are its blocks."""

    start: int
    end: int


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


@dataclass(slots=True)
class _Open:
    """An open block element on the walk's stack."""

    form: Form
    level: int
    hint: Kind | None
    ordered_index: int | None  # for items of <ol>
    parts: list[str]
    link_chars: int = 0
    cells: list[str] | None = None  # a table row collects its cells here
    is_cell: bool = False


def _tokens(element: etree._Element) -> set[str]:
    value = f"{element.get('class', '')} {element.get('id', '')}".lower()
    if not value.strip():
        return set()
    parts = set(rules.TOKEN_SPLIT.split(value))
    # Hyphenated names are matched whole too ("share-bar" -> "share", "bar", "share-bar").
    parts.update(value.split())
    parts.discard("")
    return parts


# Skip reasons of prompts (dialogs, consent centres), read only past rules.PROMPT_MAX_SHARE.
_PROMPT_REASONS = ("dialog role", "consent class/id")


def _is_prompt_or_footer(element: etree._Element, tokens: set[str], reason: str) -> bool:
    """Whether skipped furniture is a prompt or a page footer, which is read only past
    rules.PROMPT_MAX_SHARE: a short product page's legal footer and footnotes can hold a
    third of its words, yet a footer holding the <h1> is a misnamed main column."""
    if reason.startswith(_PROMPT_REASONS):
        return True
    return (element.tag == "footer" or bool(tokens & rules.PAGE_FOOTER_TOKENS)) and not _HAS_H1(element)


def _hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None and rules.STREAMING_SLOT_ID.match(element.get("id", "")):
        return False
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return bool(style and rules.HIDDEN_STYLE.search(style))


def _disclosure_panel(element: etree._Element, tokens: set[str], panels: Collection[str]) -> bool:
    """An accordion or tab panel: hidden only until the reader opens it, and its text is the page's.

    `panels` are the ids a button on the page opens (aria-controls)."""
    if tokens & rules.DISCLOSURE_TOKENS and not tokens & rules.FURNITURE_TOKENS:
        return True
    return element.get("role") in rules.DISCLOSURE_ROLES or element.get("id") in panels


def controlled_panels(root: etree._Element) -> frozenset[str]:
    """Ids of the elements that the page's buttons and tabs show and hide (aria-controls)."""
    return frozenset(token for value in _ARIA_CONTROLS(root) for token in str(value).split())


def soft_skip_reason(element: etree._Element, tokens: set[str], panels: Collection[str]) -> str | None:
    """Why a subtree looks like furniture from its markup alone (a guess the page's text can overrule), or None."""
    tag = element.tag
    if _hidden(element) and not _disclosure_panel(element, tokens, panels):
        return "hidden"
    if tag in rules.WIDGET_TAGS:
        return f"<{tag}>"
    if element.get("role") in rules.DIALOG_ROLES or element.get("aria-modal") == "true":
        return f"dialog role '{element.get('role') or 'aria-modal'}'"
    if tokens & rules.CONTENT_TOKENS:
        return None
    consent = tokens & rules.CONSENT_TOKENS
    if consent:
        return f"consent class/id '{sorted(consent)[0]}'"
    if tag in rules.FURNITURE_TAGS:
        return f"<{tag}>"
    if tag in rules.FURNITURE_UNLESS_HEADLINE_TAGS and not _HAS_H1(element):
        return f"<{tag}> without the headline"
    matched = tokens & rules.FURNITURE_TOKENS
    if matched:
        return f"furniture class/id '{sorted(matched)[0]}'"
    return None


def _hint_from_tokens(tokens: set[str]) -> Kind | None:
    if tokens & rules.CAPTION_TOKENS:
        return Kind.CAPTION
    if tokens & rules.KEY_POINT_TOKENS:
        return Kind.KEY_POINT
    if tokens & rules.STANDFIRST_TOKENS:
        return Kind.STANDFIRST
    if tokens & rules.BYLINE_TOKENS:
        return Kind.BYLINE
    return None


def _take_back_wrapper_hint(out: list[RenderedBlock], start: int, hint: Kind | None, outer: Kind | None) -> None:
    """A caption, byline or standfirst is a line or two: an element with such a class
    that held more than that, or the headline, is a wrapper ("author-jane-doe" on
    the whole <article>), and its blocks lose the hint."""
    produced = out[start:]
    words = sum(signals.word_count(item.block.text) for item in produced)
    paragraphs = sum(1 for item in produced if item.block.form is Form.PARAGRAPH and signals.is_prose(item.block.text))
    headline = hint is not Kind.HEADLINE and any(item.block.hint is Kind.HEADLINE for item in produced)
    if len(produced) <= rules.HINT_MAX_BLOCKS and words <= rules.HINT_MAX_WORDS and paragraphs <= rules.HINT_MAX_PARAGRAPHS and not headline:
        return
    for item in produced:
        if item.block.hint is hint:
            item.block.hint = outer


def render_blocks(root: etree._Element, container: etree._Element | None, include_comments: bool = False) -> list[RenderedBlock]:
    """Every text block of the page's body, in reading order."""
    return render_page(root, container, include_comments)[0]


def render_page(
    root: etree._Element,
    container: etree._Element | None,
    include_comments: bool = False,
    skips: list[Skip] | None = None,
    headline_holders: Collection[etree._Element] = (),
) -> tuple[list[RenderedBlock], list[Box]]:
    """Every text block of the page's body in reading order, and the boxes (block elements) that hold them.

    `headline_holders` are the elements around the <h1> that says the page's
    title: furniture classes on them ("sidebar", "overlay" on a hero) are
    layout, not furniture, and they are read.

    `skips`, when given, receives the subtrees left unread as furniture (not scripts and styles)."""
    body = root.find("body")
    if body is None:
        body = root
    page_length = visible_length(body)
    panels = controlled_panels(root)
    out: list[RenderedBlock] = []
    boxes: list[Box] = []
    box_starts: list[int] = []
    stack: list[_Open] = [_Open(Form.PARAGRAPH, 0, None, None, [])]
    hints: list[Kind | None] = [None]
    # Where each open element's own hint began in `out` (None when inherited),
    # so a hint class on a big wrapper can be taken back when the element ends.
    hint_starts: list[int | None] = [None]
    list_kinds: list[str] = []
    ordered_counters: list[int] = []
    link_depth = 0
    container_depth = 0  # >0 while inside the container
    comments: etree._Element | None = None  # the reader-comments section being read, if any
    code: etree._Element | None = None  # the <pre>/<code> being read: its spans' classes are syntax, not layout
    depth = 0
    elements = 0
    skipped: etree._Element | None = None

    def flush(open_block: _Open) -> None:
        # Parts join as the browser shows them: a space only where the source has
        # whitespace (add_text keeps it), so "<a>Spreadsheet</a>." stays "Spreadsheet.".
        text = signals.clean_text("".join(open_block.parts)) if open_block.form is not Form.CODE else "".join(open_block.parts).strip("\n")
        open_block.parts.clear()
        if not text.strip():
            open_block.link_chars = 0
            return
        bullet = f"{open_block.ordered_index}." if open_block.ordered_index is not None else None
        form, level = open_block.form, open_block.level
        if form is Form.HEADING and signals.word_count(text) > rules.HEADING_MAX_WORDS and signals.is_prose(text):
            form, level = Form.PARAGRAPH, 0  # page builders set whole paragraphs in <h3>/<h4> for their size
        block = Block(
            text=text,
            form=form,
            hint=open_block.hint,
            level=level,
            link_density=min(1.0, open_block.link_chars / max(len(text), 1)),
            bullet=bullet,
            depth=max(len(list_kinds) - 1, 0),
        )
        open_block.link_chars = 0
        out.append(RenderedBlock(block, container_depth > 0, comments is not None))

    def add_text(text: str | None) -> None:
        if not text:
            return
        current = stack[-1]
        if current.form is not Form.CODE:
            text = _SPACE.sub(" ", text)
            if not text.strip():
                if current.parts and not current.parts[-1].endswith(" "):
                    current.parts.append(" ")
                return
        current.parts.append(text)
        if link_depth:
            current.link_chars += len(text.strip())

    def break_line() -> None:
        """A box boundary: a new block, except inside a heading or table row, which stay one line."""
        current = stack[-1]
        if current.form is Form.HEADING or current.is_cell or current.cells is not None:
            add_text(" ")
        else:
            flush(current)

    walker = etree.iterwalk(body, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            elements += 1
            depth += 1
            tokens = _tokens(element)
            reason = None
            if element is not body:
                if not isinstance(element.tag, str) or tag in _NEVER_READ_TAGS:
                    reason = f"<{tag}>"
                elif code is None:
                    reason = soft_skip_reason(element, tokens, panels)
                    if reason and reason != "hidden" and (hints[-1] is Kind.KEY_POINT or element in headline_holders):
                        reason = None  # a takeaways box laid out as a dropdown <nav>, a hero holding the headline
                    if reason:
                        length = _TEXT_LENGTH(element)
                        share = rules.PROMPT_MAX_SHARE if _is_prompt_or_footer(element, tokens, reason) else rules.FURNITURE_MAX_SHARE
                        if length > page_length * share:
                            reason = None  # most of the page's text is not furniture, whatever its class says
                        elif skips is not None and length:
                            skips.append(Skip(reason, describe(element), int(length)))
            if reason or depth > MAX_DEPTH or elements > MAX_ELEMENTS:
                walker.skip_subtree()  # its "end" event still comes, straight after
                skipped = element
                continue
            if element is container:
                container_depth += 1
            if comments is None and not include_comments and tokens & rules.COMMENT_TOKENS and code is None:
                comments = element
            if code is None and tag in rules.CODE_TAGS:
                code = element
            if tag == "a":
                link_depth += 1
            hint = _hint_from_tokens(tokens) if tokens else None
            if tag == "figcaption":
                hint = Kind.CAPTION
            elif tag == "h1":
                hint = hint or Kind.HEADLINE
            hints.append(hint or hints[-1])
            hint_starts.append(len(out) if hint and hint is not hints[-2] else None)
            if tag in ("ul", "ol"):
                list_kinds.append(tag)
                ordered_counters.append(0)
            if tag == "br":
                break_line()  # a heading or cell broken over two lines is still one
            elif "-" in tag:
                add_text(" ")  # custom elements are laid out as boxes far more often than inline
            elif tag in _CELL_TAGS and stack[-1].cells is not None:
                stack.append(_Open(Form.PARAGRAPH, 0, hints[-1], None, [], is_cell=True))
            elif tag in rules.BLOCK_TAGS:
                flush(stack[-1])
                ordered_index = None
                if tag == "li" and list_kinds and list_kinds[-1] == "ol":
                    ordered_counters[-1] += 1
                    ordered_index = ordered_counters[-1]
                level = int(tag[1]) if tag in rules.HEADING_TAGS else 0
                stack.append(
                    _Open(_FORM_OF_TAG.get(tag, Form.PARAGRAPH), level, hints[-1], ordered_index, [],
                          cells=[] if tag == "tr" else None)
                )
            box_starts.append(len(out))
            add_text(element.text)
        else:
            if element is skipped:
                skipped = None
                depth -= 1
                if tag in rules.BLOCK_TAGS:
                    break_line()  # a skipped box still ends the line before it
                elif tag in rules.WIDGET_TAGS:
                    add_text(" ")  # an inline widget still stands between the words around it
                add_text(element.tail)  # the tail belongs to the parent, which is read
                continue
            if (tag in rules.BLOCK_TAGS or tag in _CELL_TAGS) and tag != "br" and len(stack) > 1:
                closing = stack.pop()
                if closing.is_cell and stack[-1].cells is not None:
                    cell = signals.clean_text("".join(closing.parts))
                    if cell:
                        stack[-1].cells.append(cell)
                        stack[-1].link_chars += closing.link_chars
                else:
                    if closing.cells:
                        closing.parts = [" | ".join(closing.cells + ["".join(closing.parts)]).strip(" |")]
                    flush(closing)
            if tag in ("ul", "ol") and list_kinds:
                list_kinds.pop()
                ordered_counters.pop()
            if tag == "a" and link_depth:
                link_depth -= 1
            if element is container:
                container_depth -= 1
            if element is comments:
                comments = None
            if element is code:
                code = None
            box_start = box_starts.pop()  # recorded for every element, kept for block elements
            if tag in rules.BLOCK_TAGS and len(out) - box_start > 1:
                boxes.append(Box(box_start, len(out)))
            hint_start = hint_starts.pop()
            if hint_start is not None:
                _take_back_wrapper_hint(out, hint_start, hints[-1], hints[-2])
            hints.pop()
            depth -= 1
            if "-" in tag:
                add_text(" ")  # the end of a custom element's box
            if element is not body:
                add_text(element.tail)
    flush(stack[0])
    return out, boxes
