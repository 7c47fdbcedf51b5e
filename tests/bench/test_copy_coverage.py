"""benchmarks/copy_coverage.py: raw-text figures split by how complete the chromium copy is."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repo root, not in src/

from benchmarks import copy_coverage  # noqa: E402


def _row(page: str, rendering: str, f1: float | None, half: str = "fit") -> dict:
    return {
        "dataset": "wcxb", "page": page, "page_type": "forum", "half": half,
        "system": "artextract", "input": rendering, "f1": f1,
    }  # fmt: skip


def test_letters_count_no_space_so_unspaced_scripts_weigh_the_same():
    assert copy_coverage.letters("日本語の文章") == 6
    assert copy_coverage.letters(" a b\n c\t") == 3


def test_pages_with_a_short_copy_are_a_row_of_their_own():
    rows = [
        _row("1", "chromium", 0.9), _row("1", "inscriptis", 0.8),
        _row("2", "chromium", 0.1), _row("2", "inscriptis", 0.7),
        _row("3", "chromium", None), _row("3", "inscriptis", None),  # no true body: left out
    ]  # fmt: skip
    lines = copy_coverage.table(rows, short={"2"})
    assert "| all | fit | complete | 1 | 0.900 | 0.800 |" in lines
    assert "| all | fit | short | 1 | 0.100 | 0.700 |" in lines
    assert "| forum | all | complete | 1 | 0.900 | 0.800 |" in lines
    assert lines.index("| all | fit | complete | 1 | 0.900 | 0.800 |") < lines.index(
        "| forum | fit | complete | 1 | 0.900 | 0.800 |"
    )
