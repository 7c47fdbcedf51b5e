"""The maximum-sum run of per-block values, shared by both pipelines.

Each block (an HTML block or a line of raw text) is worth its words minus a
toll; the article is the run with the highest total. Both the HTML region
finder (html/content.py) and the raw-text one (text/region.py) score their
blocks their own way and then ask this module for the run, so neither
pipeline imports the other.
"""

from __future__ import annotations

from collections.abc import Iterable

from .rules import text as rules


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


def extend_segment(values: list[float], start: int, end: int, prose: list[bool] | None = None) -> tuple[int, int]:
    """Widen a run that holds little of the page's text across the gaps that split it.

    A listing, a forum thread or a product page is many short passages with
    short lines between them; one maximum-sum run then holds a single
    passage. When the run has less than REGION_CORE_SHARE of the page's
    positive mass, it is extended on each side as far as the text beyond
    pays for the gap at a discounted cost, and only if what it gains is
    substantial. One pass each way. With `prose` (a flag per line), lines
    that are not prose count at REGION_EXTENSION_NON_PROSE_SHARE of their
    value in the page's mass: a long archive of dated titles after a whole
    article gains a few points a line, and must not make the article look
    like one passage of many.
    """
    mass = values
    if prose is not None:
        share = rules.REGION_EXTENSION_NON_PROSE_SHARE
        mass = [value * share if value > 0 and not is_prose else value for value, is_prose in zip(values, prose)]
    positive = sum(value for value in mass if value > 0)
    core = sum(mass[start:end])
    if positive <= 0 or core >= rules.REGION_CORE_SHARE * positive:
        return start, end
    end = _extend(values, range(end, len(values)), end, +1)
    start = _extend(values, range(start - 1, -1, -1), start, -1)
    return start, end


def _extend(values: list[float], indices: range, edge: int, step: int) -> int:
    gains = (values[index] if values[index] > 0 else values[index] * rules.REGION_GAP_DISCOUNT for index in indices)
    return paying_reach(gains, edge, step, rules.REGION_EXTENSION_MIN_GAIN)


def paying_reach(gains: Iterable[float], edge: int, step: int, min_gain: float = 0.0) -> int:
    """Where a run's edge moves to when it takes in the values beyond it (`gains`, in order away from
    the run, one a block) as far as their running sum is highest, and higher than `min_gain`; `step`
    is +1 for the end, -1 for the start. The edge stays when nothing beyond pays."""
    running, best, best_edge = 0.0, min_gain, edge
    for offset, gain in enumerate(gains, 1):
        running += gain
        if running > best:
            best, best_edge = running, edge + step * offset
    return best_edge
