"""The second tuning set's field labels stay whole and stay on the fit half.

benchmarks/fields/README.md ("The second tuning set"): 29 traf-dev pages of
fit-half sites, picked by select_tune2.py before any was opened. No floors
here: these tests keep the rule, the page list, the labels and the scorer's
inputs consistent, and keep the set apart from the held half and the
held-apart set.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repo root, not in src/

from benchmarks.data import DATA_ENV, FIT, data_dir, half_of, has_wcxb, site_of  # noqa: E402
from benchmarks.fields import score, select_tune2  # noqa: E402

TUNE2 = json.loads(score.SETS["tune2"].read_text(encoding="utf-8"))["pages"]
SELECTED = json.loads((score.HERE / "tune2_pages.json").read_text(encoding="utf-8"))
HELDOUT = json.loads(score.SETS["heldout"].read_text(encoding="utf-8"))["pages"]
DEV = json.loads(score.SETS["dev"].read_text(encoding="utf-8"))["pages"]
ROOT = data_dir()


def needs_data() -> None:
    if not has_wcxb(ROOT) or not (ROOT / "traf-dev").is_dir():
        pytest.skip(f"development data not found at {ROOT} (set ${DATA_ENV} to override)")


def test_every_selected_page_is_labelled_once_and_apart_from_the_other_sets() -> None:
    selected = SELECTED["traf-dev"] + SELECTED["wcxb-dev"]
    assert sorted(selected) == sorted(TUNE2)
    assert not set(TUNE2) & (set(HELDOUT) | set(DEV))
    assert all(TUNE2[pid]["dataset"] == dataset for dataset, ids in SELECTED.items() for pid in ids)


@pytest.mark.parametrize("pid", sorted(TUNE2))
def test_label_has_the_heldout_schema(pid: str) -> None:
    label = TUNE2[pid]
    assert set(label) == set(next(iter(HELDOUT.values())))
    assert label["headline"] and isinstance(label["headline"], str)
    assert label["standfirst"] is None or isinstance(label["standfirst"], str)
    assert all(set(c) == {"text", "credit"} and (c["text"] or c["credit"]) for c in label["captions"])
    assert all(isinstance(k, str) and k for k in label["key_points"])
    assert label["language"] and label["note"]


def test_most_pages_are_not_english() -> None:
    assert sum(1 for label in TUNE2.values() if label["language"] != "en") >= 25


def test_the_rule_reproduces_the_committed_page_list() -> None:
    needs_data()
    chosen, _ = select_tune2.select(ROOT)
    assert chosen == SELECTED


def test_pages_are_on_fit_half_sites_that_hold_no_held_apart_page() -> None:
    needs_data()
    _, held_sites = select_tune2.held_apart(ROOT)
    urls = score.traf_urls(ROOT / "traf-dev")
    sites = {site_of(urls[pid], pid) for pid in SELECTED["traf-dev"]}
    assert all(half_of(site) == FIT for site in sites)
    assert not sites & held_sites


@pytest.mark.parametrize("raw, lang", [
    (b'<!DOCTYPE html><html lang="de-DE" class="x"><head>', "de"),
    (b"<html xml:lang=fr>", "fr"),
    (b"<HTML><head>", None),
    (b'<html lang="">', None),
])
def test_declared_language_reads_the_primary_subtag(raw: bytes, lang: str | None) -> None:
    assert select_tune2.declared_language(raw) == lang


@pytest.mark.parametrize("rendering", ["chromium", "inscriptis"])
def test_traf_dev_pages_have_both_text_renderings(rendering: str) -> None:
    missing = [pid for pid in SELECTED["traf-dev"] if not (score.RENDERINGS_DIR / rendering / f"{pid}.txt.gz").is_file()]
    assert not missing


@pytest.mark.parametrize("mode", score.MODES)
def test_scorer_loads_the_pages_in_every_mode(mode: str) -> None:
    needs_data()
    pid = SELECTED["traf-dev"][0]
    page, url = score.page_input(pid, TUNE2[pid], ROOT / "wcxb-dev", mode)
    if mode == "html":
        assert isinstance(page, bytes) and url and url.startswith("http")
    else:
        assert isinstance(page, str) and page.strip() and url is None
