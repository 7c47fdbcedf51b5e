"""benchmarks/scoring.py: traf-dev snippet decisions and their pooled scores."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repo root, not in src/

from benchmarks.report import snippet_table  # noqa: E402
from benchmarks.scoring import pooled_prf, snippet_hits  # noqa: E402


def test_snippets_match_across_line_breaks_and_stray_spaces_but_not_case():
    text = "Der Kanton  Bern\nwill es verbieten.\n\nKommentare sind geschlossen."
    hits = snippet_hits(
        text,
        must_have=["Kanton Bern will", "der kanton bern"],
        must_not=[" Kommentare sind geschlossen. ", "Mehr zum Thema"],
    )
    assert (hits.tp, hits.fn, hits.fp, hits.tn) == (1, 1, 1, 1)
    assert hits.with_missed == ("der kanton bern",)
    assert hits.without_found == (" Kommentare sind geschlossen. ",)


def test_empty_text_misses_every_with_and_finds_no_without():
    hits = snippet_hits("", ["a b"], ["c"])
    assert (hits.tp, hits.fn, hits.fp, hits.tn) == (0, 1, 0, 1)


def test_pooled_scores():
    pooled = pooled_prf(tp=8, fn=2, fp=2, tn=8)
    assert pooled.precision == pytest.approx(0.8)
    assert pooled.recall == pytest.approx(0.8)
    assert pooled.f1 == pytest.approx(0.8)
    assert pooled.accuracy == pytest.approx(0.8)
    nothing_found = pooled_prf(tp=0, fn=3, fp=0, tn=3)
    assert nothing_found.precision is None and nothing_found.f1 is None
    assert nothing_found.recall == 0.0


def test_snippet_table_pools_counts_per_half():
    def record(half: str, tp: int, fp: int) -> dict:
        return {
            "system": "s",
            "input": "txt",
            "half": half,
            "error": None,
            "tp": tp,
            "fn": 3 - tp,
            "fp": fp,
            "tn": 3 - fp,
        }

    records = [record("fit", 3, 0), record("held", 1, 1), record("held", 2, 0)]
    rows = snippet_table(records, [("s", "txt")]).splitlines()[2:]
    assert rows[0].startswith(
        "| fit | 1 | s (txt) | 3 | 0 | 0 | 3 | 1.000 | 1.000 | 1.000 | 1.000 | 0 |"
    )
    assert rows[1].startswith("| held | 2 | s (txt) | 3 | 3 | 1 | 5 |")
    assert rows[2].startswith("| all | 3 | s (txt) | 6 | 3 | 1 | 8 |")
