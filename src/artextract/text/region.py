"""Where the article is in a page's lines: the run of lines richest in prose.

Navigation, link rails and footers are runs of short lines; the article is a
run of paragraphs interrupted by a few short lines (headings, list items).
Scoring each line by its words minus a toll and taking the maximum-sum
segment finds it in one pass, without any rule about what surrounds it.
"""

from __future__ import annotations

from .. import signals
from ..blocks import Block, Zone
from ..rules import text as rules


def line_value(block: Block) -> float:
    words = signals.word_count(block.text)
    if signals.boilerplate_reason(block.text):
        return -rules.REGION_BOILERPLATE_COST
    value = words - rules.REGION_LINE_TOLL
    if signals.is_prose(block.text):
        value += rules.REGION_PROSE_BONUS
    return value


def best_segment(values: list[float]) -> tuple[int, int]:
    """[start, end) of the maximum-sum run (Kadane); (0, 0) when nothing scores."""
    best, best_range = 0.0, (0, 0)
    running, start = 0.0, 0
    for index, value in enumerate(values):
        if running <= 0:
            running, start = value, index
        else:
            running += value
        if running > best:
            best, best_range = running, (start, index + 1)
    return best_range


def mark_zones(blocks: list[Block]) -> list[Block]:
    """Zone every block: MAIN for the article run, HEAD just above it, OUTSIDE elsewhere."""
    start, end = best_segment([line_value(block) for block in blocks])
    if start == end:
        return blocks  # no prose anywhere: leave everything to the classifier
    head_start = max(0, start - rules.HEAD_LOOKBACK_LINES)
    for index, block in enumerate(blocks):
        if start <= index < end:
            block.zone = Zone.MAIN
        elif head_start <= index < start:
            block.zone = Zone.HEAD
        else:
            block.zone = Zone.OUTSIDE
    return blocks
