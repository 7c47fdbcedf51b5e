"""CI quality gate for the fields: captions, key points, headline and standfirst on the hand-labelled pages.

benchmarks/fields/score.py scores them; benchmarks/floors.json holds the
floors (raised only) and the ceilings on invented fields (lowered only).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repo root, not in src/

from benchmarks import floors  # noqa: E402
from benchmarks.data import DATA_ENV, data_dir, has_wcxb  # noqa: E402
from benchmarks.fields import score  # noqa: E402

ROOT = data_dir()
LIMITS = json.loads(floors.FLOORS_FILE.read_text(encoding="utf-8"))["field_floors"]


@pytest.fixture(scope="module")
def summary() -> dict:
    if not has_wcxb(ROOT):
        pytest.skip(f"development data not found at {ROOT} (set ${DATA_ENV} to override)")
    labels = json.loads((score.HERE / "labels.json").read_text(encoding="utf-8"))["pages"]
    pages = [score.run_page(page, label, ROOT / "wcxb-dev") for page, label in sorted(labels.items())]
    return score.summarise(pages)


def test_no_labelled_page_raises(summary: dict) -> None:
    assert summary["errors"] == 0


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("captions_f1", lambda s: s["captions"]["f1"]),
        ("key_points_f1", lambda s: s["key_points"]["f1"]),
        ("headline_accuracy", lambda s: s["headline"]["accuracy"]),
        ("standfirst_accuracy", lambda s: s["standfirst"]["accuracy"]),
    ],
)
def test_field_at_or_above_floor(summary: dict, name: str, value) -> None:
    assert value(summary) >= LIMITS[name], f"{name} = {value(summary):.3f}, below its floor {LIMITS[name]}"


def test_no_more_pages_with_invented_fields_than_the_ceiling(summary: dict) -> None:
    invented = summary["invented"]
    assert invented["caption_pages"] <= LIMITS["invented_caption_pages_max"]
    assert invented["key_point_pages"] <= LIMITS["invented_key_point_pages_max"]
