"""The held-apart field labels stay whole: every selected page labelled, same schema, inputs for every mode.

The set is for reporting (benchmarks/fields/README.md), so no floors here: these
tests only keep the files and the scorer's loading consistent with each other.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repo root, not in src/

from benchmarks.data import DATA_ENV, data_dir, has_wcxb  # noqa: E402
from benchmarks.fields import score  # noqa: E402

HELDOUT = json.loads(score.SETS["heldout"].read_text(encoding="utf-8"))["pages"]
SELECTED = json.loads((score.HERE / "heldout_pages.json").read_text(encoding="utf-8"))
DEV = json.loads(score.SETS["dev"].read_text(encoding="utf-8"))["pages"]


def test_every_selected_page_is_labelled_once_and_apart_from_the_dev_set() -> None:
    selected = SELECTED["traf-dev"] + SELECTED["wcxb-dev"]
    assert sorted(selected) == sorted(HELDOUT)
    assert not set(HELDOUT) & set(DEV)
    assert all(HELDOUT[pid]["dataset"] == dataset for dataset, ids in SELECTED.items() for pid in ids)


@pytest.mark.parametrize("pid", sorted(HELDOUT))
def test_label_has_the_dev_schema(pid: str) -> None:
    label = HELDOUT[pid]
    assert label["headline"] and isinstance(label["headline"], str)
    assert label["standfirst"] is None or isinstance(label["standfirst"], str)
    assert all(set(c) == {"text", "credit"} and (c["text"] or c["credit"]) for c in label["captions"])
    assert all(isinstance(k, str) and k for k in label["key_points"])
    assert label["language"]


def test_at_least_25_pages_are_not_english() -> None:
    assert sum(1 for label in HELDOUT.values() if label["language"] != "en") >= 25


@pytest.mark.parametrize("rendering", ["chromium", "inscriptis"])
def test_traf_dev_pages_have_both_text_renderings(rendering: str) -> None:
    missing = [pid for pid in SELECTED["traf-dev"] if not (score.RENDERINGS_DIR / rendering / f"{pid}.txt.gz").is_file()]
    assert not missing


@pytest.mark.parametrize("mode", score.MODES)
def test_scorer_loads_both_datasets_in_every_mode(mode: str) -> None:
    root = data_dir()
    if not has_wcxb(root) or not (root / "traf-dev").is_dir():
        pytest.skip(f"development data not found at {root} (set ${DATA_ENV} to override)")
    for pid in (SELECTED["traf-dev"][0], SELECTED["wcxb-dev"][0]):
        page, url = score.page_input(pid, HELDOUT[pid], root / "wcxb-dev", mode)
        if mode == "html":
            assert isinstance(page, bytes) and url and url.startswith("http")
        else:
            assert isinstance(page, str) and url is None
