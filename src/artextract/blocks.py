"""The representation both input kinds meet in: a page as an ordered list of text blocks.

The HTML pipeline renders DOM elements into blocks; the raw-text pipeline turns
lines into blocks. From there on one classifier (`classify/`) labels them and
one assembler (`assemble.py`) builds the `Article`, so a rule learned from one
kind of input serves the other.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import Enum


class Form(str, Enum):
    """What a block looks like on the page; decides how it is rendered in the body."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CODE = "code"
    TABLE_ROW = "table_row"


class Zone(str, Enum):
    """Where a block stands relative to the article's main text.

    HEAD is the stretch between the page start (or the headline) and the first
    body paragraph: headline, standfirst, byline, lead image caption and key
    points live there. MAIN is the article text. OUTSIDE is everything the
    pipeline judged to be page furniture (navigation, footers, rails).
    """

    HEAD = "head"
    MAIN = "main"
    OUTSIDE = "outside"


class Kind(str, Enum):
    """The label the classifier gives a block."""

    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    BYLINE = "byline"
    DATE = "date"
    CAPTION = "caption"
    KEY_POINT = "key_point"
    BODY = "body"
    BOILERPLATE = "boilerplate"


@dataclass(slots=True)
class Block:
    text: str
    form: Form = Form.PARAGRAPH
    zone: Zone = Zone.MAIN
    # Structural evidence from the source, e.g. a <figcaption> is a caption and
    # an <h1> a headline candidate. The classifier trusts a hint unless text
    # evidence overrules it.
    hint: Kind | None = None
    # Heading level (1-6) for headings; 0 otherwise.
    level: int = 0
    # Share of the block's characters inside links (HTML only).
    link_density: float = 0.0
    # The bullet mark the text had ("•", "-", "1." ...), already stripped from `text`.
    bullet: str | None = None
    # Nesting depth of list items (0 for top level).
    depth: int = 0
    # HTML only. The text with its inline marks as tokens and the links' hrefs as
    # written (see inline.py), when it has marks; Markdown is made of it at the end.
    marks: tuple[str, tuple[str, ...]] | None = None
    # A caption's figure: the absolute URL of its image; and the number of the
    # figure (<figure>, or an image's box) every block inside one shares.
    image: str | None = None
    figure: int | None = None
    # The part of a caption block its markup marks as the credit (a credit or copyright
    # element of the figure): the whole text, or an inline span's text within it; in raw
    # text, the credit line joined to its caption line (text/lines.py).
    credit: str | None = None
    language: str | None = None  # a code block's language, when the markup names it
    cells: tuple[str, ...] | None = None  # a table row's cells, empty ones included
    # Inside the element the page marks as its article, trusted (HTML only): lines there
    # before the first paragraph are the article's own (a lead ending in ":", a dek in
    # <h2>, an ingredient list), not furniture above it.
    fenced: bool = False
    # HTML only: no picture the walk met stands within rules.PICTURE_NEAR_BLOCKS blocks of this
    # one, so a description ending in what reads as a credit is no picture's caption. Raw text
    # cannot know where pictures stood (False there: the words decide alone).
    far_from_picture: bool = False
    # Raw text only: the copied line held a tab between two cells (a table row as a browser
    # copies it), and whether an empty line stood above / below it. A copy sets paragraphs
    # apart by empty lines; a caption glued to its image's text, a table's rows and a menu's
    # entries are not.
    tabbed: bool = False
    blank_above: bool = False
    blank_below: bool = False


@dataclass(frozen=True, slots=True)
class Decision:
    """One classifier verdict, kept for --explain."""

    block: Block
    kind: Kind
    reason: str
    # A standfirst opens the article's text (the body keeps it) unless the page prints it apart
    # from the text, as a line of its head: then only the standfirst field holds it.
    in_body: bool = True


def place_in_zones(blocks: Sequence[Block], start: int, end: int, head_start: int, left_out: Collection[int] = ()) -> None:
    """Zone blocks around the article run [start, end): MAIN inside it, HEAD from
    head_start up to it, OUTSIDE elsewhere and for the indices left out."""
    for index, block in enumerate(blocks):
        if index in left_out:
            block.zone = Zone.OUTSIDE
        elif start <= index < end:
            block.zone = Zone.MAIN
        elif head_start <= index < start:
            block.zone = Zone.HEAD
        else:
            block.zone = Zone.OUTSIDE
