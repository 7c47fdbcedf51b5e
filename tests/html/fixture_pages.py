"""The hand-written pages of fixtures/html and what a reader finds on each (NAME.expected.json),
shared by the test modules that check them field by field."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from artextract import extract

HTML = Path(__file__).resolve().parents[2] / "fixtures" / "html"


@lru_cache(maxsize=None)
def article(page: str) -> dict:
    return extract((HTML / f"{page}.html").read_bytes(), input_type="html").to_dict()


def expected(page: str) -> dict:
    return json.loads((HTML / f"{page}.expected.json").read_text("utf-8"))


def got(page: str, field: str):
    """The field as extracted; `body_paragraphs` is the body cut at its blank lines."""
    found = article(page)
    if field == "body_paragraphs":
        return found["body"].split("\n\n") if found["body"] else []
    return found[field]
