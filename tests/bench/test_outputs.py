"""benchmarks/outputs.py: a dump of every output, and what two dumps differ in, by half."""

from __future__ import annotations

import gzip
import json
import pickle
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repo root, not in src/

from benchmarks import outputs  # noqa: E402
from benchmarks.data import half_of  # noqa: E402

PAGE = """<html><head><title>The ferry runs late again | Harbour Notes</title></head><body><article><h1>The ferry runs late again</h1>
<p>The morning ferry left the harbour forty minutes late on Tuesday, the third time this week,
and the town council has asked the operator to explain what went wrong with the engines.</p>
<p>Passengers waited on the quay in the rain while the crew tried to start the second engine,
and some of them missed their trains on the other side of the water.</p></article></body></html>"""


def _traf_dev(root: Path) -> None:
    """Two traf-dev pages, one site of each half, with an HTML file and a rendering each."""
    sites = {}
    for index in range(50):  # the first hosts of each half
        site = f"site{index}.example"
        sites.setdefault(half_of(site), site)
    (root / "traf-dev" / "pages").mkdir(parents=True)
    gold = []
    for page_id, site in (("a1", sites["fit"]), ("b2", sites["held"])):
        gold.append({"id": page_id, "url": f"https://{site}/story", "file": f"{page_id}.html", "with": [], "without": []})
        with gzip.open(root / "traf-dev" / "pages" / f"{page_id}.html.gz", "wt", encoding="utf-8") as fh:
            fh.write(PAGE)
    (root / "traf-dev" / "gold.jsonl").write_text("\n".join(json.dumps(doc) for doc in gold) + "\n", "utf-8")


def test_dump_keeps_every_pages_output_with_its_half(tmp_path):
    _traf_dev(tmp_path)
    dumped = outputs.dump(tmp_path, ["th", "tc"], None, workers=1)
    assert set(dumped) == {("th", "a1", "fit"), ("th", "b2", "held"), ("tc", "a1", "fit"), ("tc", "b2", "held")}
    assert dumped[("th", "a1", "fit")]["headline"] == "The ferry runs late again"
    # No rendering given: a record that says so, not a missing page.
    assert dumped[("tc", "b2", "held")] == {"error": "no rendering"}


def test_diff_names_the_fields_that_moved_and_ignores_what_only_follows_the_body():
    old = {("wh", "1", "fit"): {"headline": "A", "body": "x", "word_count": 1, "authors": []}}
    new = {("wh", "1", "fit"): {"headline": "A", "body": "x y", "word_count": 2, "authors": ["Ann Lee"]}}
    assert outputs.diff(old, new, None) == {("wh", "1", "fit"): ["authors", "body"]}
    assert outputs.diff(old, new, {"headline"}) == {}


def test_the_report_shows_the_fit_halfs_pages_only_unless_asked():
    old = {("wh", "1", "fit"): {"standfirst": None}, ("wh", "2", "held"): {"standfirst": None}}
    new = {("wh", "1", "fit"): {"standfirst": "A dek"}, ("wh", "2", "held"): {"standfirst": "Held words"}}
    moved = outputs.diff(old, new, None)
    shown = "\n".join(outputs.diff_report(old, new, moved, "fit", verbose=True))
    assert "wh held: 1 pages" in shown and "A dek" in shown
    assert "Held words" not in shown  # counted, never printed
    assert "Held words" in "\n".join(outputs.diff_report(old, new, moved, "all", verbose=True))


def test_held_apart_labelled_pages_on_fit_sites_are_counted_not_shown_with_the_fit_half():
    old = {("th", "aa11", "fit"): {"headline": "Old"}, ("th", "bb22", "fit"): {"headline": "Old"}}
    new = {("th", "aa11", "fit"): {"headline": "Shown"}, ("th", "bb22", "fit"): {"headline": "Labelled page"}}
    moved = outputs.diff(old, new, None)
    shown = "\n".join(outputs.diff_report(old, new, moved, "fit", True, frozenset({"bb22"})))
    assert "Shown" in shown and "Labelled page" not in shown
    assert "1 moved outputs of held-apart labelled pages" in shown


def test_the_held_apart_list_is_read_from_the_fields_set():
    ids = outputs.held_apart_ids()
    assert len(ids) >= 60 and all(isinstance(page_id, str) for page_id in ids)


def test_the_command_writes_a_dump_and_compares_two(tmp_path, capsys):
    _traf_dev(tmp_path)
    first, second = tmp_path / "a.pkl", tmp_path / "b.pkl"
    assert outputs.main(["dump", str(first), "--kinds", "th", "--jobs", "1", "--data", str(tmp_path)]) == 0
    dumped = pickle.loads(first.read_bytes())
    dumped[("th", "a1", "fit")] = {**dumped[("th", "a1", "fit")], "headline": "Another"}
    second.write_bytes(pickle.dumps(dumped))
    assert outputs.main(["diff", str(first), str(second), "-v"]) == 0
    printed = capsys.readouterr().out
    assert "differing: 1" in printed and "'Another'" in printed
    assert outputs.main(["dump", str(first), "--kinds", "xx", "--data", str(tmp_path)]) == 2
