"""benchmarks/headline_fit.py: accuracy of the top candidate, and the conditional-logit fit."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repo root, not in src/

from benchmarks import headline_fit  # noqa: E402


def _record(half: str, cands: list[tuple[int, dict[str, float], bool]]) -> dict:
    return {"half": half, "input": "chromium", "cands": [{"i": i, "f": f, "ok": ok} for i, f, ok in cands]}


# On every page the title is the line with "near" set, and a longer line competes with it.
PAGES = [
    _record("fit", [(0, {"length": 1.0}, False), (1, {"length": 0.5, "near": 1.0}, True)]),
    _record("fit", [(3, {"length": 0.4, "near": 1.0}, True), (4, {"length": 0.9}, False)]),
    _record("held", [(0, {"length": 1.0}, False), (2, {"length": 0.3, "near": 1.0}, True)]),
    _record("held", []),
]


def test_accuracy_scores_the_top_candidate_per_half_and_counts_pages_without_candidates():
    assert headline_fit.accuracy({"length": 1.0}, PAGES) == {("fit", "chromium"): 0.0, ("held", "chromium"): 0.0}
    assert headline_fit.accuracy({"near": 1.0}, PAGES) == {("fit", "chromium"): 1.0, ("held", "chromium"): 0.5}


def test_fit_learns_a_new_feature_on_the_fit_half_only():
    pytest.importorskip("numpy")
    weights = headline_fit.fit_weights(PAGES, {"length": 1.0}, ["near"], l2=10.0, iterations=200)
    assert weights["near"] > 1.0
    assert abs(weights["length"] - 1.0) < 0.2  # held towards where it was
    assert headline_fit.accuracy(weights, PAGES)[("held", "chromium")] == 0.5


def test_freeze_moves_only_the_new_features():
    pytest.importorskip("numpy")
    weights = headline_fit.fit_weights(PAGES, {"length": 1.0}, ["near"], l2=1.0, iterations=200, freeze=True)
    assert weights["length"] == 1.0
    assert weights["near"] > 1.0


def test_title_line_is_the_title_as_printed_not_a_word_of_it_nor_a_paragraph_quoting_it():
    title = "How to Start an LLC in New York"
    assert headline_fit.title_line("How to Start an LLC in New York | LegalZoom", title)
    assert headline_fit.title_line("how to start an LLC in New York", title)
    assert not headline_fit.title_line("New York", title)  # a word of it: lenient, but not the title
    assert not headline_fit.title_line(f"Home / Business / Guides / Formation / States / {title}", title)


def _miss(lines: list[int], cands: list[tuple[int, bool]], body_start: int | None = 50) -> dict:
    return {"title_lines": lines, "body_start": body_start, "cands": [{"i": i, "ok": ok} for i, ok in cands]}


def test_miss_kind_sorts_a_miss_by_where_the_title_stands():
    assert headline_fit.miss_kind(_miss([], [(3, False)]), 100, 10) == "a"  # no line is the title
    assert headline_fit.miss_kind(_miss([40], [(3, False), (40, True)]), 100, 10) == "c"  # a candidate, outscored
    assert headline_fit.miss_kind(_miss([75], [(3, False)]), 100, 10) == "b below"  # under the look-ahead window
    assert headline_fit.miss_kind(_miss([300], [(3, False)], body_start=450), 100, 10) == "b above"
    assert headline_fit.miss_kind(_miss([52, 300], [(3, False)]), 100, 10) == "b window"  # the nearest is in the window
    assert headline_fit.miss_kind(_miss([52], [], body_start=None), 100, 10) == "b window"


def test_choice_records_the_headline_and_every_candidate_weighed(monkeypatch):
    # The spy is installed for the test only: it wraps the chooser to record its candidates.
    from artextract.classify import headline

    monkeypatch.setattr(headline, "_best_candidate", headline._best_candidate)
    headline_fit._spy()
    text = "Home\nNews\nCranes return to the harbour front\nBy Ann Lee\n" + (
        "Cranes return to the harbour front as the old quay is rebuilt this spring, and the council opens the works. " * 3
    )
    record = headline_fit._choice(text, "Cranes return to the harbour front")
    assert record["got"] == "Cranes return to the harbour front" and record["ok"]
    assert [c["text"] for c in record["cands"] if c["ok"]] == ["Cranes return to the harbour front"]
    assert record["title_lines"] == [2] and record["body_start"] == 4


def test_dump_traf_reads_only_the_fit_half(monkeypatch, tmp_path):
    # Held pages are filtered out before any page is read (their HTML is never opened).
    read: list[str] = []
    pages = [headline_fit.TrafPage(f"p{n}", None, site, (), ()) for n, site in enumerate(("a.example", "b.example", "c.example"))]
    monkeypatch.setattr(headline_fit, "traf_pages", lambda root: pages)
    monkeypatch.setattr(headline_fit, "half_of", lambda site: "fit" if site == "b.example" else "held")
    monkeypatch.setattr(headline_fit, "_traf_page", lambda renderings, page: read.append(page.page_id) or [])
    monkeypatch.setattr(headline_fit, "Pool", _InlinePool)
    headline_fit.dump_traf(str(tmp_path / "out.json"), str(tmp_path), jobs=1)
    assert read == ["p1"]


class _InlinePool:
    """multiprocessing.Pool's imap in this process (the patched functions live here only)."""

    def __init__(self, jobs, initializer=None):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def imap(self, work, items, chunksize=1):
        return map(work, items)


def _candidate(index: int, text: str, features: dict[str, float], ok: bool) -> dict:
    return {"i": index, "text": text, "f": features, "ok": ok}


def test_outscored_names_the_winner_the_title_and_the_features_that_part_them():
    # A menu line wins on its length; the title under it has the date below it, weighed too little.
    weights = {"length": 2.0, "dated_below": 1.0, "near": 0.5}
    record = {"cands": [
        _candidate(3, "Shop all our deals today", {"length": 1.0, "near": 0.2}, False),
        _candidate(7, "Cranes return", {"length": 0.2, "dated_below": 1.0, "near": 0.5}, True),
    ]}
    best, title, parts = headline_fit.outscored(record, weights)
    assert (best["i"], title["i"]) == (3, 7)
    assert parts == [(-1.6, "length"), (1.0, "dated_below"), (0.15, "near")]  # largest either way first


def test_outscored_is_none_when_the_title_wins_or_is_no_candidate():
    title = _candidate(7, "Cranes return", {"near": 1.0}, True)
    other = _candidate(3, "Shop", {}, False)
    assert headline_fit.outscored({"cands": [other, title]}, {"near": 1.0}) is None
    assert headline_fit.outscored({"cands": [other]}, {"near": 1.0}) is None


def _choice(page: str, half: str, got: str, ok: bool) -> dict:
    return {"page": page, "input": "chromium", "half": half, "got": got, "ok": ok}


def test_moved_counts_both_halves_and_lists_only_the_fit_pages_that_moved(capsys, tmp_path):
    before = [_choice("1", "fit", "Menu", False), _choice("2", "fit", "Title", True), _choice("3", "held", "A", False)]
    after = [_choice("1", "fit", "Title", True), _choice("2", "fit", "Title", True), _choice("3", "held", "B", True)]
    old, new = tmp_path / "before.json", tmp_path / "after.json"
    old.write_text(json.dumps(before))
    new.write_text(json.dumps(after))
    headline_fit.moved(str(old), str(new))
    out = capsys.readouterr().out
    assert "fit chromium: 1/2 -> 2/2 (1 up, 0 down)" in out
    assert "held chromium: 0/1 -> 1/1 (1 up, 0 down)" in out
    assert "  1 chromium: False -> True: 'Menu' -> 'Title'" in out
    assert "'A'" not in out and "'B'" not in out  # a held page's lines are never printed



def test_misses_and_moved_never_list_a_held_apart_page(capsys, tmp_path, monkeypatch):
    # Page "9" stands for a held-apart labelled page on a fit-half site: counted, never listed.
    monkeypatch.setattr(headline_fit, "_held_apart", lambda: frozenset({"9"}))
    monkeypatch.setattr(headline_fit, "current_weights", lambda: {"length": 2.0, "near": 1.0})
    before = [_choice("9", "fit", "Menu", False), _choice("1", "fit", "Menu", False)]
    after = [_choice("9", "fit", "Title", True), _choice("1", "fit", "Title", True)]
    old, new = tmp_path / "before.json", tmp_path / "after.json"
    old.write_text(json.dumps(before))
    new.write_text(json.dumps(after))
    headline_fit.moved(str(old), str(new))
    out = capsys.readouterr().out
    assert "fit chromium: 0/2 -> 2/2 (2 up, 0 down)" in out
    assert "  1 chromium" in out and "  9 chromium" not in out
    cands = [{"i": 3, "text": "Shop all our deals", "f": {"length": 1.0}, "ok": False},
             {"i": 7, "text": "Cranes return", "f": {"near": 1.0}, "ok": True}]
    missed = [{"page": page, "input": "chromium", "half": "fit", "ok": False, "cands": cands} for page in ("9", "1")]
    dump = tmp_path / "dump.json"
    dump.write_text(json.dumps(missed))
    headline_fit.misses(str(dump))
    out = capsys.readouterr().out
    assert out.startswith("1 chromium: won 3") and "9 chromium" not in out


def test_stands_says_on_which_side_of_the_title_and_how_many_lines_from_it():
    assert headline_fit.stands(32, 33) == "above 1"  # a roofline over the title
    assert headline_fit.stands(35, 33) == "below 2"  # a dek under it, a line between


def test_stack_tally_counts_only_outscored_titles_by_where_the_winner_stands():
    def page(ok: bool, title: int, winner: int) -> dict:
        cands = [{"i": title, "f": {"near": 1.0}, "ok": True}, {"i": winner, "f": {"length": 1.0}, "ok": False}]
        return {"half": "fit", "input": "chromium", "ok": ok, "cands": cands}

    pages = [page(False, 10, 9), page(False, 10, 12), page(False, 10, 30), page(True, 10, 9)]
    # The winner's "length" outweighs the title's "near" on the three missed pages; the hit is not counted.
    tally = headline_fit.stack_tally(pages, {"length": 2.0, "near": 1.0})
    assert tally == {"above near": 1, "below far": 1, "below near": 1}
    assert headline_fit.stack_tally(pages, {"length": 0.5, "near": 1.0}) == {}  # the titles win: nothing outscored
