"""Text blocks from a walk's events: the open block elements, their text, and the blocks they make.

The walk (render.py) says "a paragraph opens", "some text", "a link starts",
"the element ends"; the builder gathers inline text into the nearest open
block element and turns it into a `Block` when the element ends or a box
boundary cuts it (a <div> inside a <p>, a <br>). Table rows collect their
cells into one line; headings stay one line however they are broken.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import inline, signals
from ..blocks import Block, Form, Kind
from ..rules import dom as rules


FORM_OF_TAG = {
    "li": Form.LIST_ITEM, "dd": Form.LIST_ITEM, "dt": Form.PARAGRAPH, "blockquote": Form.QUOTE, "pre": Form.CODE,
    "tr": Form.TABLE_ROW, **{tag: Form.HEADING for tag in rules.HEADING_TAGS},
}
CELL_TAGS = frozenset({"td", "th"})
# The forms the builder's handlers test on every call, as module names: a member read off its
# Enum class costs several times a global's lookup (Python 3.11), and add_text runs on every text run.
_CODE, _HEADING, _PARAGRAPH, _QUOTE, _TABLE_ROW = Form.CODE, Form.HEADING, Form.PARAGRAPH, Form.QUOTE, Form.TABLE_ROW


def _fold_spaces(text: str) -> str:
    """Each run of white space as one space, the runs at the edges too (they part words from
    their neighbours). str.split() cuts where regex \\s matches, several times cheaper than
    substituting every space of a line. (Called with text that is not all white space.)"""
    if text.isprintable() and "  " not in text:
        # Printable text holds no white space but the ASCII space (signals.clean_text): with
        # its spaces single, folding would give it back as it is.
        return text
    folded = " ".join(text.split())
    if text[0].isspace():
        folded = " " + folded
    if text[-1].isspace():
        folded += " "
    return folded


def is_data_literal(text: str) -> bool:
    """Whether the text is a script's data (rules.DATA_LITERAL), not words: asked of blocks outside
    code and without inline markup (a tutorial's JSON is set in <pre> or <code>)."""
    if text[:1] not in "{[" or text[-1:] not in "}]":
        return False  # (nearly every block: one look at its ends)
    return bool(rules.DATA_LITERAL.match(text)) and len(rules.DATA_LITERAL_KEY.findall(text)) >= rules.DATA_LITERAL_MIN_KEYS


@dataclass(slots=True)
class RenderedBlock:
    block: Block
    in_container: bool = False  # inside the page's marked article (the fence, set after the walk)
    in_comments: bool = False  # inside a reader-comments section (the region decides whether it is content)
    in_quote: bool = False  # inside a <blockquote>, however deep: its <div>s and <p>s make paragraphs of their own


@dataclass(slots=True)
class _Open:
    """An open block element on the builder's stack."""

    form: Form
    level: int
    hint: Kind | None
    ordered_index: int | None  # for items of <ol>
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    cells: list[str] | None = None  # a table row collects its cells here, empty ones included
    is_cell: bool = False
    marked: bool = False  # inline mark tokens stand in `parts`
    hrefs: list[str] = field(default_factory=list)  # the links closed in this block, by number
    language: str | None = None  # a code block's language


class BlockBuilder:
    """The stack of open block elements and the blocks made so far (`out`)."""

    def __init__(self) -> None:
        self.out: list[RenderedBlock] = []
        self.stack: list[_Open] = [_Open(_PARAGRAPH, 0, None, None)]
        self.list_kinds: list[str] = []
        self.ordered_counters: list[int] = []
        self.link_depth = 0
        self.open_hrefs: list[str] = []  # the hrefs of the links open around the text
        # Where the walk stands, stamped on every block made: set by the walk.
        self.in_comments = False
        self.quote_depth = 0  # the <blockquote>s open around the text (stamped on every block as in_quote)

    def open_element(self, tag: str, hint: Kind | None, language: str | None = None) -> None:
        """A block-level element (or a table cell) starts. `language`: a code block's."""
        if tag in CELL_TAGS and self.stack[-1].cells is not None:
            self.stack.append(_Open(_PARAGRAPH, 0, hint, None, is_cell=True))
            return
        current = self.stack[-1]
        if current.parts or current.link_chars:  # (most open on a block holding nothing yet: no flush to call)
            self.flush(current)
        ordered_index = None
        if tag == "li" and self.list_kinds and self.list_kinds[-1] == "ol":
            self.ordered_counters[-1] += 1
            ordered_index = self.ordered_counters[-1]
        level = int(tag[1]) if tag in rules.HEADING_TAGS else 0
        form = FORM_OF_TAG.get(tag, _PARAGRAPH)
        if form is _QUOTE:
            self.quote_depth += 1
        self.stack.append(_Open(form, level, hint, ordered_index, cells=[] if tag == "tr" else None, language=language))

    def close_element(self) -> None:
        """The innermost open block element (or cell) ends."""
        if len(self.stack) <= 1:
            return
        closing = self.stack.pop()
        if closing.form is _QUOTE:
            self.quote_depth -= 1
        if closing.is_cell and self.stack[-1].cells is not None:
            self.stack[-1].cells.append(signals.clean_text(inline.plain("".join(closing.parts))))
            self.stack[-1].link_chars += closing.link_chars
            return
        if closing.cells is not None:
            closing.parts = [" | ".join([cell for cell in closing.cells if cell] + ["".join(closing.parts)]).strip(" |")]
        self.flush(closing)

    def open_list(self, tag: str) -> None:
        # The text before a nested list (its parent item's) is that item's, at the item's depth:
        # flushed here, before the list deepens, not when the first nested item opens.
        self.flush(self.stack[-1])
        self.list_kinds.append(tag)
        self.ordered_counters.append(0)

    def close_list(self) -> None:
        if self.list_kinds:
            self.list_kinds.pop()
            self.ordered_counters.pop()

    def add_text(self, text: str | None) -> None:
        if not text:
            return
        current = self.stack[-1]
        if current.form is not _CODE:
            # Most runs between tags are only a line break and indentation: one space at most.
            if text.isspace():
                if current.parts and not current.parts[-1].endswith(" "):
                    current.parts.append(" ")
                return
            text = _fold_spaces(text)
        current.parts.append(text)
        if self.link_depth:
            current.link_chars += len(text.strip())

    def break_line(self) -> None:
        """A box boundary: a new block, except inside a heading or table row, which stay one line,
        and inside code, where it is a new line of the same block."""
        current = self.stack[-1]
        if current.form is _CODE:
            current.parts.append("\n")
        elif current.form is _HEADING or current.is_cell or current.cells is not None:
            self.add_text(" ")
        else:
            self.flush(current)

    def open_mark(self, kind: str) -> None:
        """An inline mark (emphasis, strong, code span) starts; nothing in a code block."""
        current = self.stack[-1]
        if current.form is not _CODE:
            current.parts.append(inline.open_token(kind))
            current.marked = True

    def close_mark(self, kind: str) -> None:
        current = self.stack[-1]
        if current.form is not _CODE and current.marked:
            current.parts.append(inline.close_token(kind))

    def open_link(self, href: str | None) -> None:
        """A link starts; `href` is None for one that leads nowhere else (an in-page anchor, an
        accordion's toggle): its text is no link text, a FAQ's questions are not a link list."""
        self.open_hrefs.append(href or "")
        if href:
            self.link_depth += 1
            self.open_mark("link")

    def close_link(self) -> None:
        if not self.open_hrefs:
            return
        href = self.open_hrefs.pop()
        if href:
            self.link_depth -= 1
        current = self.stack[-1]
        if href and current.form is not _CODE and current.marked:
            current.parts.append(inline.close_token("link", len(current.hrefs)))
            current.hrefs.append(href)

    def finish(self) -> list[RenderedBlock]:
        self.flush(self.stack[0])
        return self.out

    def flush(self, open_block: _Open) -> None:
        # Parts join as the browser shows them: a space only where the source has
        # whitespace (add_text keeps it), so "<a>Spreadsheet</a>." stays "Spreadsheet.".
        parts = open_block.parts
        if not parts or (len(parts) == 1 and parts[0] == " "):
            # Most flushes (every block element's start) find nothing or one space: no block.
            # (Marks and link numbers only stand beside text, so there are none to reset.)
            parts.clear()
            open_block.link_chars = 0
            return
        joined = "".join(parts)
        marks = None
        if open_block.marked:
            raw = signals.clean_text(joined)
            marks = (raw, tuple(open_block.hrefs))
            joined = inline.plain(joined)
            open_block.marked, open_block.hrefs = False, []
        text = joined.strip("\n") if open_block.form is _CODE else signals.clean_text(joined)
        open_block.parts.clear()
        link_chars, open_block.link_chars = open_block.link_chars, 0
        if not text.strip():
            return
        form, level = open_block.form, open_block.level
        if form is _HEADING and signals.word_count(text) > rules.HEADING_MAX_WORDS and signals.is_prose(text):
            form, level = _PARAGRAPH, 0  # page builders set whole paragraphs in <h3>/<h4> for their size
        hint = open_block.hint
        if form is not _CODE and marks is None and is_data_literal(text):
            hint = Kind.BOILERPLATE
        block = Block(
            text=text,
            form=form,
            hint=hint,
            level=level,
            link_density=min(1.0, link_chars / max(len(text), 1)),
            bullet=f"{open_block.ordered_index}." if open_block.ordered_index is not None else None,
            depth=max(len(self.list_kinds) - 1, 0),
            marks=marks,
            language=open_block.language,
            cells=tuple(open_block.cells) if open_block.cells is not None and form is _TABLE_ROW else None,
        )
        self.out.append(RenderedBlock(block, in_comments=self.in_comments, in_quote=self.quote_depth > 0))
