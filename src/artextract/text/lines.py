"""Raw page text -> one block per line.

Text copied from a browser or dumped by a scraper puts every block element of
the page on its own line: a paragraph, a heading, a list item, a menu entry.
So a line is the unit, and what a line looks like (bullet, indentation,
length) is all the structure there is.
"""

from __future__ import annotations

import re

from .. import signals
from ..blocks import Block, Form
from ..rules import text as rules

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_TABS = re.compile(r"\t")


def split_lines(text: str) -> list[str]:
    """Normalised lines: any line ending, tabs as spaces, invisible characters removed."""
    return _TABS.sub("    ", _LINE_BREAKS.sub("\n", text)).split("\n")


def lines_to_blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    for raw in lines:
        text = signals.clean_text(raw)
        if not text:
            continue
        indent = len(raw) - len(raw.lstrip(" \u00a0\u3000"))
        bullet, content = signals.split_bullet(text)
        if bullet and not _is_bullet(bullet, content):
            bullet, content = None, text
        blocks.append(
            Block(
                text=content,
                form=Form.LIST_ITEM if bullet else Form.PARAGRAPH,
                bullet=bullet,
                depth=indent // 2,
            )
        )
    return blocks


def pair_captions(blocks: list[Block]) -> list[Block]:
    """A caption and its credit on two lines, as a browser copies a figure, become one line.

    "Bee orchids on the meadow." then "Photo: Sam Ward/Northern Post" (or the
    credit first) is one caption: joined as the page would print them on one
    line, caption first, so the classifier splits the credit off as usual.
    Only a credit line that is nothing but a credit pairs, and only with a
    plain line of caption length next to it.
    """
    paired: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is not None and _credit_only(following) and _caption_sized(block):
            paired.append(Block(text=f"{block.text} {following.text}", form=block.form, depth=block.depth))
            index += 2
        elif following is not None and _credit_only(block) and _caption_sized(following) and not _credit_only(following):
            paired.append(Block(text=f"{following.text} {block.text}", form=following.form, depth=following.depth))
            index += 2
        else:
            paired.append(block)
            index += 1
    return paired


def _credit_only(block: Block) -> bool:
    caption, credit = signals.split_credit(block.text)
    return credit is not None and not caption.strip()


def _caption_sized(block: Block) -> bool:
    """A plain line that can be a caption: not a list item, a sentence of at most CAPTION_LINE_MAX_WORDS words."""
    if block.bullet or signals.split_credit(block.text)[1] is not None:
        return False
    words = signals.word_count(block.text)
    return rules.CAPTION_LINE_MIN_WORDS <= words <= rules.CAPTION_LINE_MAX_WORDS and bool(rules.SENTENCE_END.search(block.text))


def _is_bullet(mark: str, content: str) -> bool:
    """Dashes and numbers open list items, but also credits, dialogue and years."""
    if mark in rules.UNAMBIGUOUS_BULLETS:
        return True
    if mark in "\u2013\u2014":
        # "— Jane Doe/AFP" is a credit line, not an item.
        return signals.split_credit(f"x. {mark} {content}")[1] is None
    return True
