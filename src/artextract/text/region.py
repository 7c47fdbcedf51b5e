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


def line_value(block: Block, *, prose: bool | None = None, short_run: int = 0) -> float:
    """What a line adds to the article run it may belong to.

    `short_run` is the length of the stretch of non-prose lines the line
    stands in (0 when unknown): a heading or a label between two paragraphs
    belongs to the text, while a long stretch of short lines is a menu.
    """
    if signals.boilerplate_reason(block.text):
        return -rules.REGION_BOILERPLATE_COST
    words = signals.word_count(block.text)
    if prose is None:
        prose = signals.is_prose(block.text)
    if prose:
        return words - rules.REGION_LINE_TOLL + rules.REGION_PROSE_BONUS
    toll = rules.REGION_LINE_TOLL
    if 0 < short_run <= rules.REGION_SHORT_RUN_LINES:
        toll = rules.REGION_SHORT_RUN_TOLL
    return min(words, rules.REGION_NON_PROSE_WORDS_CAP) - toll


def line_values(blocks: list[Block]) -> list[float]:
    """`line_value` of every block, with the length of the short-line stretch each stands in."""
    prose = [signals.is_prose(block.text) for block in blocks]
    runs = _short_run_lengths(prose)
    return [line_value(block, prose=is_prose, short_run=run) for block, is_prose, run in zip(blocks, prose, runs)]


def _short_run_lengths(prose: list[bool]) -> list[int]:
    """For each line, the length of the stretch of non-prose lines it stands in.

    0 for prose lines and for stretches not closed by prose on both sides:
    short lines before the first or after the last paragraph are not
    headings of the text.
    """
    runs = [0] * len(prose)
    start = 0
    for index in range(len(prose) + 1):
        if index == len(prose) or prose[index]:
            if start > 0 and index < len(prose):
                for inner in range(start, index):
                    runs[inner] = index - start
            start = index + 1
    return runs


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
    start, end = best_segment(line_values(blocks))
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
