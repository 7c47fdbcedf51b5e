"""Hand-written copies of pages as text, each with the whole Article expected from it.

Every `fixtures/text/NAME.txt` has a `NAME.expected.json`: the complete output
(`source.path` aside, which `extract()` from bytes does not know), checked by
hand against what a reader of the page would take from it. The seed has its own
tests in test_seed.py too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from artextract import extract

TEXT = Path(__file__).resolve().parents[2] / "fixtures" / "text"
PAGES = sorted(path.stem for path in TEXT.glob("*.txt"))


@pytest.mark.parametrize("name", PAGES)
def test_text_fixture_comes_out_exactly(name):
    expected = json.loads((TEXT / f"{name}.expected.json").read_text("utf-8"))
    expected["source"]["path"] = None
    assert extract((TEXT / f"{name}.txt").read_bytes(), input_type="text").to_dict() == expected
