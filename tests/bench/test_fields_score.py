"""benchmarks/fields/score.py: per-page listings show pages of fit-half sites only, and none of the
held-apart set (its pages are measured, never read)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repo root, not in src/

from benchmarks.data import FIT, HELD, half_of  # noqa: E402
from benchmarks.fields import score  # noqa: E402


def _host(half: str) -> str:
    """A made-up host whose site falls in `half`."""
    return next(f"site{n}.example" for n in range(100) if half_of(f"site{n}.example") == half)


def _page(pid: str, host: str) -> dict:
    """A scored page whose headline was missed (so `details` has a line for it)."""
    return {"id": pid, "error": None,
            "headline": {"gold": "Gold", "pred": "Other", "ok": False, "lenient": False},
            "standfirst": {"gold": None, "pred": None, "ok": True, "lenient": True},
            "captions": {"missed": [], "spurious": [], "credit_wrong": []},
            "key_points": {"missed": [], "spurious": []}, "host": host}


def _run(tmp_path: Path, capsys, which: str) -> str:
    truth = tmp_path / "ground-truth"
    truth.mkdir()
    hosts = {"0001": _host(FIT), "0002": _host(HELD)}
    for pid, host in hosts.items():
        (truth / f"{pid}.json").write_text(json.dumps({"url": f"https://{host}/story"}), encoding="utf-8")
    labels = {pid: {} for pid in hosts}
    pages = [_page(pid, host) for pid, host in hosts.items()]
    args = argparse.Namespace(set=which, labels=None, data=tmp_path)
    score.print_details({"html": ({}, pages)}, labels, args)
    return capsys.readouterr().out


def test_verbose_lists_pages_of_fit_half_sites_only(tmp_path, capsys):
    out = _run(tmp_path, capsys, "dev")
    assert "- 0001:" in out
    assert "0002" not in out
    assert "1 pages of held-half sites not listed" in out


def test_verbose_lists_no_page_of_the_held_apart_set(tmp_path, capsys):
    out = _run(tmp_path, capsys, "heldout")
    assert "0001" not in out and "0002" not in out
    assert "totals only" in out
