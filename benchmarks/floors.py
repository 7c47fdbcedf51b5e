"""Quality floors: the CI gate's metrics, measured on the fixed sample.

`tests/test_quality_floors.py` fails when a metric drops below its floor in
`benchmarks/floors.json`. Floors only ever go up. To see where you stand and
what a raised floor would be:

    python -m benchmarks.floors            # from the repo root
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks import extractors as ex
from benchmarks import quality
from benchmarks.data import REPO, data_dir, has_wcxb, sample_ids
from benchmarks.report import fmt, markdown_table
from benchmarks.scoring import mean

FLOORS_FILE = REPO / "benchmarks" / "floors.json"
# A raised floor sits at least this far under the measured value, so harmless
# run-to-run wobble does not fail CI.
MARGIN = 0.02


@dataclass(frozen=True, slots=True)
class Metric:
    inputs: tuple[str, ...]  # "html", "chromium", "inscriptis"
    key: str  # record field, see benchmarks/quality.py
    page_type: str | None = None  # None: every sample page


METRICS: dict[str, Metric] = {
    "html_body_f1": Metric(("html",), "f1"),
    "html_headline_strict_articles": Metric(("html",), "headline_strict", "article"),
    "text_body_f1_chromium": Metric(("chromium",), "f1"),
    "text_body_f1_inscriptis": Metric(("inscriptis",), "f1"),
    "text_headline_strict_articles": Metric(
        ("chromium", "inscriptis"), "headline_strict", "article"
    ),
}


def sample_records(root: Path, jobs: int = 1) -> list[quality.Record]:
    """artextract's HTML and raw-text records on the fixed sample."""
    ids = sample_ids(root)
    systems = [ex.ARTEXTRACT]
    html = quality.run_pool(quality.html_work(root, systems, body=True), ids, jobs)
    text = quality.run_pool(quality.text_work(root, systems), ids, jobs)
    return html + text


@dataclass(frozen=True, slots=True)
class Measured:
    value: float | None  # None when no sample page could be scored
    pages: int  # scored records behind the value


def measure(records: Sequence[quality.Record]) -> dict[str, Measured]:
    def scores(metric: Metric) -> list[float]:
        return [
            float(r[metric.key])
            for r in records
            if r["input"] in metric.inputs
            and (metric.page_type is None or r.get("page_type") == metric.page_type)
            and r.get(metric.key) is not None
        ]

    measured = {}
    for name, metric in METRICS.items():
        values = scores(metric)
        measured[name] = Measured(mean(values), len(values))
    return measured


def load_floors(path: Path = FLOORS_FILE) -> dict[str, float | None]:
    return json.loads(path.read_text("utf-8"))["floors"]


def suggested_floor(measured: Measured) -> float | None:
    """The measured value less a margin, rounded down to two decimals.

    The margin is MARGIN or one page's weight (1/pages), whichever is larger:
    a rate over 21 articles moves in steps of 0.048, and a floor closer than
    one step would fail CI on a single page flipping.
    """
    if measured.value is None or measured.pages == 0:
        return None
    margin = max(MARGIN, 1 / measured.pages)
    return max(0.0, math.floor(round((measured.value - margin) * 100, 6)) / 100)


def main() -> int:
    root = data_dir()
    if not has_wcxb(root):
        print(f"no development data at {root}", file=sys.stderr)
        return 2
    measured = measure(sample_records(root, jobs=2))
    floors = load_floors()
    rows = []
    for name, result in measured.items():
        floor = floors.get(name)
        # A suggestion is only ever a raise: floors never go down.
        raise_to = suggested_floor(result)
        if raise_to is not None and floor is not None and raise_to <= floor:
            raise_to = None
        rows.append([name, result.pages, fmt(result.value), fmt(floor, 2), fmt(raise_to, 2)])
    print(markdown_table(["metric", "pages", "measured", "floor", "could raise to"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
