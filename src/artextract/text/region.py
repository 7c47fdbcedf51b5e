"""Where the article is in a page's lines: the run of lines richest in prose.

Navigation, link rails and footers are runs of short lines; the article is a
run of paragraphs interrupted by a few short lines (headings, list items).
Scoring each line by its words minus a toll and taking the maximum-sum
segment finds it in one pass, without any rule about what surrounds it.
"""

from __future__ import annotations

from .. import signals
from ..blocks import Block, Kind, Zone, place_in_zones
from ..classify.headline import choose_headline_and_start
from ..end_matter import end_matter_start
from ..rules import text as rules
from ..segment import best_segment, extend_segment


def line_value(
    block: Block, *, prose: bool | None = None, short_run: int = 0, words: int | None = None, toll_scale: float = 1.0
) -> float:
    """What a line adds to the article run it may belong to.

    `short_run` is the length of the stretch of non-prose lines the line
    stands in (0 when unknown): a heading or a label between two paragraphs
    belongs to the text, while a long stretch of short lines is a menu.
    `toll_scale` multiplies every line's toll: above 1 a run must be richer
    in words to take a line in (precision), below 1 it takes more (recall).
    """
    if signals.boilerplate_reason(block.text):
        return -rules.REGION_BOILERPLATE_COST
    if words is None:
        words = signals.word_count(block.text)
    if prose is None:
        prose = signals.is_prose(block.text, words)
    if prose:
        return words - rules.REGION_LINE_TOLL * toll_scale + rules.REGION_PROSE_BONUS
    toll = rules.REGION_LINE_TOLL
    if 0 < short_run <= rules.REGION_SHORT_RUN_LINES:
        toll = rules.REGION_SHORT_RUN_TOLL
    return min(words, rules.REGION_NON_PROSE_WORDS_CAP) - toll * toll_scale


def line_values(blocks: list[Block], *, toll_scale: float = 1.0) -> list[float]:
    """`line_value` of every block, with the length of the short-line stretch each stands in."""
    return _values_and_prose(blocks, toll_scale)[0]


def _values_and_prose(blocks: list[Block], toll_scale: float = 1.0) -> tuple[list[float], list[bool]]:
    words = [signals.word_count(block.text) for block in blocks]
    prose = [signals.is_prose(block.text, count) for block, count in zip(blocks, words)]
    runs = _short_run_lengths(prose)
    values = [
        line_value(block, prose=is_prose, short_run=run, words=count, toll_scale=toll_scale)
        for block, is_prose, run, count in zip(blocks, prose, runs, words)
    ]
    if rules.REGION_CARD_VALUE is not None and _prose_mass(values, prose) < rules.REGION_CARD_MAX_PROSE:
        for index in _card_lines(blocks, words):
            if not prose[index]:
                values[index] = max(values[index], rules.REGION_CARD_VALUE)
    return values, prose


def _prose_mass(values: list[float], prose: list[bool]) -> float:
    return sum(value for value, is_prose in zip(values, prose) if is_prose and value > 0)


def _line_shape(block: Block, words: int) -> tuple:
    """What a card line looks like regardless of its words: length class, figures, end mark."""
    text = block.text
    size = 0 if words <= 1 else 1 if words <= 3 else 2 if words <= 7 else 3
    return (size, any(ch.isdigit() for ch in text), bool(rules.SENTENCE_END.search(text)), block.bullet is not None)


def _card_lines(blocks: list[Block], words: list[int]) -> set[int]:
    """Lines standing in a repeated pattern of line shapes: the cards of a listing or a product grid.

    A pattern of REGION_CARD_MIN_PERIOD to REGION_CARD_MAX_PERIOD lines whose
    shapes come back at least REGION_CARD_MIN_CYCLES times in a row, holding
    a line of some substance (a title) and a figure (a price, a rating, a
    date): a menu repeats its entries, or entries and their descriptions,
    without figures.
    Linear: one pass per period.
    """
    shapes = [_line_shape(block, count) for block, count in zip(blocks, words)]
    cards: set[int] = set()
    for period in range(rules.REGION_CARD_MIN_PERIOD, rules.REGION_CARD_MAX_PERIOD + 1):
        run_start = period
        for index in range(period, len(shapes) + 1):
            if index < len(shapes) and shapes[index] == shapes[index - period]:
                continue
            first = run_start - period
            if index - first >= period * rules.REGION_CARD_MIN_CYCLES:
                window = range(first, index)
                kinds = {shapes[i] for i in window}
                if len(kinds) > 1 and any(shape[1] for shape in kinds) and any(words[i] >= 4 for i in window):
                    cards.update(window)
            run_start = index + 1
    return cards


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


def mark_zones(blocks: list[Block], *, toll_scale: float = 1.0, widen: bool = True) -> list[Block]:
    """Zone every block: MAIN for the article run, HEAD just above it, OUTSIDE elsewhere.

    `toll_scale` and `widen` carry the user's favour (rules.REGION_FAVOR):
    a heavier toll and no widening keep the run tight, a lighter toll lets
    it take in more of the page.
    """
    values, prose = _values_and_prose(blocks, toll_scale)
    repeats = repeated_lines(blocks)
    for index in repeats:
        values[index] = -rules.REGION_BOILERPLATE_COST
    start, end = best_segment(values)
    if widen:
        start, end = extend_segment(values, start, end, prose)
    if start == end:
        return blocks  # no prose anywhere: leave everything to the classifier
    end = end_matter_start(blocks, start, end)
    head_start = max(0, start - rules.HEAD_LOOKBACK_LINES)
    # A repeat is dropped when its first printing is the article's too (a caption
    # printed twice); a line first printed in a menu may be the article's own.
    left_out = {index for index, first in repeats.items() if start <= index < end and first >= head_start}
    place_in_zones(blocks, start, end, head_start, left_out)
    place_headline(blocks, start, end, left_out)
    return blocks


def place_headline(blocks: list[Block], start: int, end: int, left_out: set[int]) -> None:
    """Choose the headline with the start of the text, and zone the lines again around them.

    A headline found inside the run moves the article's start under it: what
    stood above it (a disclaimer, a promotion) is the head's, not the text's.
    The headline is handed to the classifier as a hint.
    """
    headline, body_start = choose_headline_and_start(
        blocks, start, end, rules.HEADLINE_LOOKBACK_LINES, rules.HEADLINE_LOOKAHEAD_LINES
    )
    if headline is None:
        return
    if body_start > start:
        place_in_zones(blocks, body_start, end, max(0, start - rules.HEAD_LOOKBACK_LINES), left_out)
    blocks[headline].hint = Kind.HEADLINE
    if blocks[headline].zone is Zone.OUTSIDE:
        blocks[headline].zone = Zone.HEAD


def repeated_lines(blocks: list[Block]) -> dict[int, int]:
    """Later printings of a line: index -> index of its first printing.

    Pages print some lines twice (a caption under the picture and in the
    lightbox, a pull quote, a carousel's clone); the second copy is furniture.
    Short lines ("Pros", "Reply") repeat as labels of the text, so only lines
    of REPEAT_MIN_WORDS words, or credit lines, count.
    """
    first_seen: dict[str, int] = {}
    repeats: dict[int, int] = {}
    for index, block in enumerate(blocks):
        text = block.text
        if signals.word_count(text) < rules.REPEAT_MIN_WORDS and signals.split_credit(text)[1] is None:
            continue
        key = signals.normalise(text)
        if key in first_seen:
            repeats[index] = first_seen[key]
        else:
            first_seen[key] = index
    return repeats
