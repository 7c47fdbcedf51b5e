"""benchmarks/compare.py: the pages two --out files disagree on, by half."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repo root, not in src/

from benchmarks import compare  # noqa: E402


def _traf(page: str, half: str, missed: list[str], found: list[str]) -> dict:
    return {
        "dataset": "traf", "page": page, "site": f"{page}.example", "half": half,
        "system": "artextract", "input": "article text", "error": None,
        "tp": 2 - len(missed), "fn": len(missed), "fp": len(found), "tn": 2 - len(found),
        "with_missed": missed, "without_found": found,
    }  # fmt: skip


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text(json.dumps({"run": {}, "results": {"traf": records}}), "utf-8")
    return path


def test_traf_pages_that_moved_with_their_flipped_snippets(tmp_path, capsys):
    old = _write(
        tmp_path / "old.json",
        [_traf("a", "fit", ["Erster Satz"], []), _traf("b", "held", [], []),
         _traf("c", "held", [], [])],
    )  # fmt: skip
    new = _write(
        tmp_path / "new.json",
        [_traf("a", "fit", [], []), _traf("b", "held", [], ["Mehr zum Thema"]),
         _traf("c", "held", [], [])],
    )  # fmt: skip
    assert compare.main([str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "### fit: 1 pages" in out and "1 pages up, 0 down" in out
    assert "| a | a.example | 3/4 | 4/4 | +1 | +with 'Erster Satz' |" in out
    assert "### held: 2 pages" in out and "0 pages up, 1 down" in out
    assert "| b | b.example | 4/4 | 3/4 | -1 | -without 'Mehr zum Thema' |" in out
    assert "| c |" not in out  # unchanged pages are not listed
