"""CI quality gate: artextract must stay at or above benchmarks/floors.json.

Scores artextract's HTML and raw-text modes on a fixed 40-page sample of the
WCXB development pages (every page type; see benchmarks/data.py). Floors only
ever go up; `python -m benchmarks.floors` shows the measured values.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repo root, not in src/

from benchmarks import floors  # noqa: E402
from benchmarks.data import DATA_ENV, data_dir, has_wcxb  # noqa: E402

ROOT = data_dir()


@pytest.fixture(scope="module")
def records() -> list[dict]:
    # Skip, not fail: the data sits beside the clone and may be absent.
    if not has_wcxb(ROOT):
        pytest.skip(
            f"development data not found at {ROOT} "
            f"(expected <repo>/../shared/data; set ${DATA_ENV} to override)"
        )
    return floors.sample_records(ROOT)


@pytest.fixture(scope="module")
def measured(records: list[dict]) -> dict[str, floors.Measured]:
    return floors.measure(records)


def test_floors_file_covers_every_metric() -> None:
    stored = floors.load_floors()
    assert set(stored) == set(floors.METRICS)
    for name, floor in stored.items():
        assert floor is None or 0.0 <= floor <= 1.0, name


def test_no_sample_page_raises(records: list[dict]) -> None:
    # A crash scores 0 and would show in the floors too, but naming the page
    # and the exception makes the failure actionable.
    failures = [f"{r['input']} {r['page']}: {r['error']}" for r in records if r.get("error")]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("metric", sorted(floors.METRICS))
def test_metric_at_or_above_floor(metric: str, measured: dict[str, floors.Measured]) -> None:
    floor = floors.load_floors()[metric]
    value = measured[metric].value
    if floor is None:
        pytest.skip(f"no floor set for {metric} yet (measured {value})")
    assert value is not None, f"{metric}: no sample page could be scored"
    pages = measured[metric].pages
    assert value >= floor, f"{metric} = {value:.4f} on {pages} pages, below its floor {floor:.2f}"
