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


def line_value(block: Block, *, prose: bool | None = None, short_run: int = 0, words: int | None = None) -> float:
    """What a line adds to the article run it may belong to.

    `short_run` is the length of the stretch of non-prose lines the line
    stands in (0 when unknown): a heading or a label between two paragraphs
    belongs to the text, while a long stretch of short lines is a menu.
    """
    if signals.boilerplate_reason(block.text):
        return -rules.REGION_BOILERPLATE_COST
    if words is None:
        words = signals.word_count(block.text)
    if prose is None:
        prose = signals.is_prose(block.text, words)
    if prose:
        return words - rules.REGION_LINE_TOLL + rules.REGION_PROSE_BONUS
    toll = rules.REGION_LINE_TOLL
    if 0 < short_run <= rules.REGION_SHORT_RUN_LINES:
        toll = rules.REGION_SHORT_RUN_TOLL
    return min(words, rules.REGION_NON_PROSE_WORDS_CAP) - toll


def line_values(blocks: list[Block]) -> list[float]:
    """`line_value` of every block, with the length of the short-line stretch each stands in."""
    words = [signals.word_count(block.text) for block in blocks]
    prose = [signals.is_prose(block.text, count) for block, count in zip(blocks, words)]
    runs = _short_run_lengths(prose)
    return [
        line_value(block, prose=is_prose, short_run=run, words=count)
        for block, is_prose, run, count in zip(blocks, prose, runs, words)
    ]


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


def extend_segment(values: list[float], start: int, end: int) -> tuple[int, int]:
    """Widen a run that holds little of the page's text across the gaps that split it.

    A listing, a forum thread or a product page is many short passages with
    short lines between them; one maximum-sum run then holds a single
    passage. When the run has less than REGION_CORE_SHARE of the page's
    positive mass, it is extended on each side as far as the text beyond
    pays for the gap at a discounted cost, and only if what it gains is
    substantial. One pass each way.
    """
    positive = sum(value for value in values if value > 0)
    core = sum(values[start:end])
    if positive <= 0 or core >= rules.REGION_CORE_SHARE * positive:
        return start, end
    end = _extend(values, range(end, len(values)), end, +1)
    start = _extend(values, range(start - 1, -1, -1), start, -1)
    return start, end


def _extend(values: list[float], indices: range, edge: int, step: int) -> int:
    running, best, best_edge = 0.0, rules.REGION_EXTENSION_MIN_GAIN, edge
    for index in indices:
        value = values[index]
        running += value if value > 0 else value * rules.REGION_GAP_DISCOUNT
        if running > best:
            best, best_edge = running, index + 1 if step > 0 else index
    return best_edge


def mark_zones(blocks: list[Block]) -> list[Block]:
    """Zone every block: MAIN for the article run, HEAD just above it, OUTSIDE elsewhere."""
    values = line_values(blocks)
    start, end = extend_segment(values, *best_segment(values))
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
