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


def _is_bullet(mark: str, content: str) -> bool:
    """Dashes and numbers open list items, but also credits, dialogue and years."""
    if mark in rules.UNAMBIGUOUS_BULLETS:
        return True
    if mark in "\u2013\u2014":
        # "— Jane Doe/AFP" is a credit line, not an item.
        return signals.split_credit(f"x. {mark} {content}")[1] is None
    return True
