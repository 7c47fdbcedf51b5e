"""Aggregate per-page records into the markdown tables `run.py` prints."""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from benchmarks.data import HALVES, PAGE_TYPES
from benchmarks.scoring import mean, pooled_prf, title_lenient

Record = dict[str, Any]
Run = tuple[str, str]  # (system, input): one column group of a table
Where = Callable[[Record], bool]


def everything(record: Record) -> bool:
    return True


def of_type(page_type: str) -> Where:
    return lambda record: record.get("page_type") == page_type


ALL = "all"
EVERY_HALF = (*HALVES, ALL)  # the rows each quality table shows per line of results


def in_half(half: str) -> Where:
    return everything if half == ALL else lambda record: record.get("half") == half


def both(first: Where, second: Where) -> Where:
    return lambda record: first(record) and second(record)


def half_counts(halves: Sequence[str], what: str) -> str:
    """E.g. "690 WCXB pages: fit 350, held 340", from the half of each page."""
    counted = ", ".join(f"{half} {halves.count(half)}" for half in HALVES if half in halves)
    return f"{len(halves)} {what}: {counted}" if counted else f"0 {what}"


def fmt(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def markdown_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def runs_in(records: Iterable[Record]) -> list[Run]:
    """Column groups in the order they first appear (input, then system)."""
    seen: dict[Run, None] = {}
    for record in records:
        seen.setdefault((record["system"], record["input"]), None)
    return list(seen)


def values(records: Iterable[Record], run: Run, key: str, where: Where = everything) -> list[float]:
    """Scores of one run, skipping pages the metric does not apply to (None)."""
    return [
        float(record[key])
        for record in records
        if (record["system"], record["input"]) == run
        and where(record)
        and record.get(key) is not None
    ]


def cell(records: Sequence[Record], run: Run, key: str, where: Where = everything) -> str:
    return fmt(mean(values(records, run, key, where)))


def count(records: Sequence[Record], run: Run, key: str, where: Where = everything) -> int:
    return len(values(records, run, key, where))


def _type_rows(records: Sequence[Record]) -> list[tuple[str, Where]]:
    """ "all" then each page type present, in WCXB order."""
    present = {record.get("page_type") for record in records}
    return [("all", everything)] + [(t, of_type(t)) for t in PAGE_TYPES if t in present]


def _label(run: Run, with_input: bool) -> str:
    return f"{run[0]} ({run[1]})" if with_input else run[0]


def _error_row(records: Sequence[Record], runs: Sequence[Run], width: int) -> list[str] | None:
    """A row of crash/timeout counts per run, or None when nothing failed."""
    errors = [
        sum(1 for r in records if (r["system"], r["input"]) == run and r.get("error"))
        for run in runs
    ]
    if not any(errors):
        return None
    cells: list[str] = []
    for n in errors:
        cells += [str(n)] + [""] * (width - 1)  # under the run's first column
    return ["pages with errors", "", ""] + cells


def _split(
    rows: Sequence[tuple[str, Where]], halves: Sequence[str]
) -> list[tuple[str, str, Where]]:
    """Each row once per half: (row label, half, filter), halves adjacent."""
    return [(label, half, both(where, in_half(half))) for label, where in rows for half in halves]


def body_f1_table(
    records: Sequence[Record], runs: Sequence[Run], halves: Sequence[str] = EVERY_HALF
) -> str:
    """Mean body F1 by page type and half, one column per run (text mode)."""
    headers = ["page type", "half", "n"] + [_label(run, True) for run in runs]
    rows = [
        [label, half, count(records, runs[0], "f1", where)]
        + [cell(records, run, "f1", where) for run in runs]
        for label, half, where in _split(_type_rows(records), halves)
    ]
    if extra := _error_row(records, runs, 1):
        rows.append(extra)
    return markdown_table(headers, rows)


def body_prf_table(
    records: Sequence[Record], runs: Sequence[Run], halves: Sequence[str] = EVERY_HALF
) -> str:
    """Mean body P, R, F1 by page type and half, three columns per run (HTML mode)."""
    headers = ["page type", "half", "n"] + [
        f"{_label(run, False)} {metric}" for run in runs for metric in ("P", "R", "F1")
    ]
    rows = [
        [label, half, count(records, runs[0], "f1", where)]
        + [cell(records, run, key, where) for run in runs for key in ("precision", "recall", "f1")]
        for label, half, where in _split(_type_rows(records), halves)
    ]
    if extra := _error_row(records, runs, 3):
        rows.append(extra)
    return markdown_table(headers, rows)


def rate_table(
    records: Sequence[Record],
    runs: Sequence[Run],
    metrics: Sequence[tuple[str, str]],
    where: Where = everything,
    with_input: bool = False,
    halves: Sequence[str] = EVERY_HALF,
) -> str:
    """One row per (label, record key) metric and half, one column per run.

    n is the number of pages where the ground truth has a value for the metric.
    """
    headers = ["metric", "half", "n"] + [_label(run, with_input) for run in runs]
    rows = [
        [label, half, count(records, runs[0], key, both(where, in_half(half)))]
        + [cell(records, run, key, both(where, in_half(half))) for run in runs]
        for label, key in metrics
        for half in halves
    ]
    if extra := _error_row(records, runs, 1):
        rows.append(extra)
    return markdown_table(headers, rows)


SNIPPET_COUNTS = ("tp", "fn", "fp", "tn")


def snippet_table(
    records: Sequence[Record], runs: Sequence[Run], halves: Sequence[str] = EVERY_HALF
) -> str:
    """traf-dev: snippet counts pooled over the pages of each half, P, R, F1, accuracy.

    "errors" counts pages where the extractor raised (scored as empty text).
    """
    headers = ["half", "pages", "system", "TP", "FN", "FP", "TN", "P", "R", "F1", "accuracy"]
    rows = []
    for half in halves:
        for run in runs:
            mine = [r for r in records if (r["system"], r["input"]) == run and in_half(half)(r)]
            tp, fn, fp, tn = (sum(r[key] for r in mine) for key in SNIPPET_COUNTS)
            pooled = pooled_prf(tp, fn, fp, tn)
            rows.append(
                [half, len(mine), _label(run, True), tp, fn, fp, tn]
                + [fmt(v) for v in (pooled.precision, pooled.recall, pooled.f1, pooled.accuracy)]
                + [sum(1 for r in mine if r.get("error"))]
            )
    return markdown_table(headers + ["errors"], rows)


def agreement_table(
    records: Sequence[Record],
    reference: Run,
    runs: Sequence[Run],
    halves: Sequence[str] = EVERY_HALF,
) -> str:
    """How often each run's headline leniently equals the reference run's, per half.

    A proxy where the set has no true headline (traf-dev): the raw-text modes
    against the HTML mode on the same pages. Pages where the reference has no
    headline are not counted.
    """
    shown = {r["page"]: r.get("headline") for r in records if (r["system"], r["input"]) == reference}
    headers = ["half", "pages"] + [_label(run, True) for run in runs]
    rows = []
    for half in halves:
        pages = [r for r in records if (r["system"], r["input"]) == reference and in_half(half)(r)]
        counted = {r["page"] for r in pages if r.get("headline")}
        cells = []
        for run in runs:
            mine = [r for r in records if (r["system"], r["input"]) == run and r["page"] in counted]
            cells.append(fmt(mean([float(title_lenient(r.get("headline"), shown[r["page"]])) for r in mine])))
        rows.append([half, len(counted), *cells])
    return markdown_table(headers, rows)


def timing_table(seconds: dict[str, list[float]]) -> str:
    """CPU seconds per page: median, p90, max, mean and pages over 1 s."""
    headers = ["system", "pages", "median ms", "p90 ms", "max ms", "mean ms", "pages > 1 s"]
    rows = []
    for system, times in seconds.items():
        if not times:
            continue
        rows.append(
            [
                system,
                len(times),
                fmt(1000 * statistics.median(times), 1),
                fmt(1000 * percentile(times, 0.9), 1),
                fmt(1000 * max(times), 1),
                fmt(1000 * statistics.fmean(times), 1),
                sum(t > 1.0 for t in times),
            ]
        )
    return markdown_table(headers, rows)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile: an observed value, no interpolation."""
    ordered = sorted(values)
    # ceil(q * n), nudged so 0.9 * 10 is 9 and not 10 through float error.
    rank = math.ceil(q * len(ordered) - 1e-9)
    return ordered[min(max(rank, 1), len(ordered)) - 1]
