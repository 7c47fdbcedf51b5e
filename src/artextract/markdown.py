"""The Article as CommonMark (with GFM tables) that renders as the page reads.

Reads only the `Article`. The layout rules, each for a renderer's sake:
- one `#` headline; body headings renumbered from `##` down without gaps, so
  an outline never jumps from `##` to `####` because the page skipped levels;
- every block is its own paragraph (a blank line between), except list items
  and table rows, which sit on consecutive lines;
- list items indented under their parent by the width of its marker, which is
  what CommonMark needs to nest them;
- a table's first row is its header, followed by the separator row GFM requires;
- consecutive code blocks share one fence (pages that lay code out with <br>
  give one block a line), long enough that no backtick run inside closes it;
- a caption stands where its figure stood, as `![caption (credit)](url)` when
  the figure's image is known, else as an italic paragraph; never twice;
- the page's own text is escaped where Markdown would read it as markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .article import Article, BodyPart, Caption
from .blocks import Form

# Characters that open inline markup anywhere in a line: emphasis, code spans, links, HTML, escapes.
# ("[" alone is escaped: with it escaped no "]" can close a link, and readers see fewer backslashes.)
_INLINE = re.compile(r"([\\`*\[<])|(?<!\w)_|_(?!\w)")
# What opens a block when it starts a line: a heading, a quote, a list mark, a fence,
# a thematic break; its first character is escaped (after the digits of "1.").
_LINE_START = re.compile(r"^(\s*)(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|\d{1,9}(?=[.)](?:\s|$))|~~~|[-_*=](?=[-_*=\s]*$))")
# A link in marked text: [text](url); the text may hold escaped brackets.
# No "[" inside the text (the lead escapes the page's own), so a failed match ends at the next
# bracket instead of running on to the end of the line from every "[" (quadratic).
_MARKED_LINK = re.compile(r"(?<!\\)(?<!!)\[((?:\\.|[^\[\]\\])*)\]\((?:<[^<>]*>|[^)\s]*)\)")
_BACKTICKS = re.compile(r"`+")
_LINE_FORMS = (Form.LIST_ITEM, Form.TABLE_ROW)
MAX_HEADING_LEVEL = 6


def escape(text: str) -> str:
    """Plain text as Markdown that shows exactly that text."""
    text = _INLINE.sub(lambda m: "\\" + m.group(0), text)
    return _LINE_START.sub(_escape_start, text)


def _escape_start(match: re.Match[str]) -> str:
    mark = match.group(2)
    return match.group(1) + (mark + "\\" if mark[0].isdigit() else "\\" + mark)


def inline(part: BodyPart, links: bool) -> str:
    """The part's text as inline Markdown: its marks when it has them (links only when asked), else escaped."""
    marked = part.markdown()
    if marked is None:
        return escape(part.text)
    return marked if links else _MARKED_LINK.sub(r"\1", marked)


def to_markdown(article: Article, *, links: bool = False) -> str:
    chunks: list[str] = []
    if article.headline:
        chunks.append(f"# {escape(article.headline)}")
    if article.standfirst:
        chunks.append(f"*{escape(article.standfirst)}*")
    meta = [part for part in (", ".join(article.authors), article.published) if part]
    if meta:
        chunks.append(escape(" · ".join(meta)))
    if article.key_points:
        chunks.append("\n".join(f"- {escape(point)}" for point in article.key_points))
    parts = article.body_parts
    skip_first = bool(article.standfirst and parts and parts[0].text == article.standfirst)
    chunks.extend(body_chunks(parts, article.captions, links, skip_first))
    return "\n\n".join(chunk for chunk in chunks if chunk) + "\n"


def body_chunks(parts: Sequence[BodyPart], captions: Sequence[Caption], links: bool, skip_first: bool) -> Iterator[str]:
    """The body as Markdown blocks, each caption placed before the part its figure stood before."""
    placed: dict[int, list[Caption]] = {}
    for caption in captions:
        at = caption.at if caption.at is not None and caption.at < len(parts) else len(parts)
        placed.setdefault(at, []).append(caption)
    headings = HeadingLevels()
    start = 1 if skip_first else 0  # the standfirst is shown above; the body keeps it for plain-text readers
    index = 0
    for run in runs(parts):
        first = index
        index += len(run)
        for at in range(first, index):
            yield from (figure(caption) for caption in placed.pop(at, ()))
        run = run[max(start - first, 0):]
        if run:
            yield render_run(run, headings, links)
    for caption in placed.pop(len(parts), ()):
        yield figure(caption)


def runs(parts: Sequence[BodyPart]) -> Iterator[list[BodyPart]]:
    """Parts grouped into Markdown blocks: a list, a table, a run of code, or one part alone."""
    group: list[BodyPart] = []
    for part in parts:
        if group and not _joins(group[-1], part):
            yield group
            group = []
        group.append(part)
    if group:
        yield group


def _joins(previous: BodyPart, part: BodyPart) -> bool:
    if previous.form is not part.form:
        return False
    if part.form is Form.CODE:
        return previous.language == part.language
    return part.form in _LINE_FORMS


def render_run(run: list[BodyPart], headings: HeadingLevels, links: bool) -> str:
    form = run[0].form
    if form is Form.LIST_ITEM:
        return render_list(run, links)
    if form is Form.TABLE_ROW:
        return render_table(run, links)
    if form is Form.CODE:
        return render_code(run)
    part = run[0]
    if form is Form.HEADING:
        text = inline(part, links)
        if text.endswith("#"):
            text = text[:-1] + "\\#"  # a trailing '#' would be read as the heading's closing sequence
        return f"{'#' * headings.level(part.level)} {text}"
    if form is Form.QUOTE:
        return f"> {inline(part, links)}"
    return inline(part, links)


class HeadingLevels:
    """Page heading levels renumbered from 2 without gaps: a heading is one level below
    the nearest earlier heading of a higher page level (0, unknown, counts as 2)."""

    def __init__(self) -> None:
        self.open: list[int] = []  # page levels of the headings enclosing the current one

    def level(self, page_level: int) -> int:
        page_level = page_level or 2
        while self.open and self.open[-1] >= page_level:
            self.open.pop()
        self.open.append(page_level)
        return min(len(self.open) + 1, MAX_HEADING_LEVEL)


def render_list(items: list[BodyPart], links: bool) -> str:
    """List items nested by depth: an item sits under the nearest earlier item of a smaller depth,
    indented by the width of that item's marker. Depths are the page's, relative: a run that starts
    deep (a list inside a step whose own text is a paragraph) or skips a depth nests one level at a time."""
    lines: list[str] = []
    parents: list[tuple[int, int]] = []  # (depth, where its content starts) of the items enclosing the next
    for item in items:
        while parents and parents[-1][0] >= item.depth:
            parents.pop()
        indent = parents[-1][1] if parents else 0
        mark = item.item_mark
        lines.append(f"{' ' * indent}{mark} {inline(item, links)}")
        parents.append((item.depth, indent + len(mark) + 1))
    return "\n".join(lines)


def render_table(rows: list[BodyPart], links: bool) -> str:
    """A GFM table: the first row as header, then the separator, every row padded to the widest."""
    cells = [list(row.cells) if row.cells is not None else row.text.split(" | ") for row in rows]
    width = max(len(row) for row in cells)
    lines = []
    for number, row in enumerate(cells):
        row = [_cell(cell) for cell in row] + [""] * (width - len(row))
        lines.append("| " + " | ".join(row) + " |")
        if number == 0:
            lines.append("|" + " --- |" * width)
    return "\n".join(lines)


def _cell(text: str) -> str:
    # A cell never starts a block, so only inline markup is escaped.
    return _INLINE.sub(lambda m: "\\" + m.group(0), " ".join(text.split())).replace("|", "\\|")


def render_code(blocks: list[BodyPart]) -> str:
    code = "\n".join(block.text for block in blocks)
    longest = max((len(run) for run in _BACKTICKS.findall(code)), default=0)
    fence = "`" * max(3, longest + 1)
    language = blocks[0].language or ""
    return f"{fence}{language}\n{code}\n{fence}"


def figure(caption: Caption) -> str:
    text = caption.text if not caption.credit else f"{caption.text} ({caption.credit})" if caption.text else caption.credit
    if caption.image:
        return f"![{escape(text)}]({_url(caption.image)})"
    return f"*{escape(text)}*" if text else ""


def _url(url: str) -> str:
    """A URL as a link destination: in <> when it holds spaces or parentheses."""
    return f"<{url}>" if any(c in url for c in " ()<>") else url
