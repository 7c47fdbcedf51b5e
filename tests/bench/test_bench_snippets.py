"""benchmarks/scoring.py: traf-dev snippet decisions and their pooled scores; the raw-text runs on traf-dev."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repo root, not in src/

from benchmarks.data import TrafPage  # noqa: E402
from benchmarks.extractors import ARTEXTRACT  # noqa: E402
from benchmarks.quality import TRAF_ARTICLE, TRAF_BODY, score_traf_page  # noqa: E402
from benchmarks.report import agreement_table, snippet_table  # noqa: E402
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


def test_agreement_table_counts_pages_where_the_reference_has_a_headline():
    def record(page: str, half: str, source: str, headline: str | None) -> dict:
        return {"page": page, "half": half, "system": "a", "input": source, "headline": headline}

    records = [
        record("1", "fit", "html", "Der Bund spart | Zeitung"),
        record("1", "fit", "chromium", "Der Bund spart"),
        record("2", "held", "html", "Regen im Norden"),
        record("2", "held", "chromium", "Alle Nachrichten"),
        record("3", "held", "html", None),  # no reference: not counted
        record("3", "held", "chromium", "Anything"),
    ]
    rows = agreement_table(records, ("a", "html"), [("a", "chromium")]).splitlines()[2:]
    assert rows == ["| fit | 1 | 1.000 |", "| held | 1 | 0.000 |", "| all | 2 | 0.500 |"]


def test_traf_page_is_scored_on_each_rendering_present(tmp_path):
    pytest.importorskip("artextract")
    pages = tmp_path / "traf-dev" / "pages"
    pages.mkdir(parents=True)
    body = "Der Gemeinderat hat am Montag beschlossen, die Schule bis zum Sommer zu renovieren."
    html = f"<html><body><article><h1>Schule wird renoviert</h1><p>{body}</p></article></body></html>"
    (pages / "p1.html.gz").write_bytes(gzip.compress(html.encode()))
    rendered = tmp_path / "renderings" / "inscriptis"
    rendered.mkdir(parents=True)
    (rendered / "p1.txt.gz").write_bytes(gzip.compress(f"Schule wird renoviert\n\n{body}\n".encode()))
    page = TrafPage("p1", None, "example.ch", ("Gemeinderat hat am Montag",), ("Kommentare",))
    records = score_traf_page(tmp_path, [ARTEXTRACT], page, tmp_path / "renderings")
    by_input = {record["input"]: record for record in records}
    assert set(by_input) == {TRAF_ARTICLE, TRAF_BODY, "inscriptis"}  # no chromium file: no run
    assert (by_input["inscriptis"]["tp"], by_input["inscriptis"]["fp"]) == (1, 0)
    assert by_input["inscriptis"]["headline"] == "Schule wird renoviert"
