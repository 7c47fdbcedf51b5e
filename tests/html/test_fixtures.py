"""Hand-written, real-world-shaped HTML pages with the fields a careful reader would give them.

Each `fixtures/html/NAME.html` has a `NAME.expected.json` holding only the fields asserted:
exact values for headline, standfirst, authors, published (date part), site_name, url,
language (primary subtag), dateline, key_points and captions; `body_contains` and
`body_excludes` list snippets of the body. The expectations are what a human reads on the
page, not what the extractor happens to print: where the extractor disagrees, the case is
listed in XFAIL below (strict, so that a fix turns it into a failure to be cleaned up here).

For every page, whatever its expectations: the Article validates against the shipped JSON
Schema, and no caption text or key point is repeated in the body.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import jsonschema
import pytest

from artextract import extract
from artextract.article import load_schema

HTML = Path(__file__).resolve().parents[2] / "fixtures" / "html"
PAGES = sorted(path.stem for path in HTML.glob("*.html"))

# Fields compared for equality (after the normalisation in `_normalise`), in contract order.
EXACT_FIELDS = (
    "headline",
    "standfirst",
    "authors",
    "published",
    "site_name",
    "url",
    "language",
    "description",
    "tags",
    "image",
    "dateline",
    "key_points",
    "captions",
    "page_type",
)
BODY_FIELDS = ("body_contains", "body_excludes")
# The body's every paragraph, in order: checked exactly by test_structure_fixtures.py.
CHECKED_ELSEWHERE = ("body_paragraphs",)

# (page, field) -> why the extractor disagrees with the human reading of the page.
XFAIL: dict[tuple[str, str], str] = {
    ("wp_taxonomy_classes", "standfirst"): (
        "standfirst is the first paragraph of .entry-content ('The Aldmoor K2 is a variable-temperature kettle ...'); "
        "the post has no dek (as in wordpress_captions)"
    ),
}


@lru_cache(maxsize=None)
def _article(page: str) -> dict:
    return extract((HTML / f"{page}.html").read_bytes(), input_type="html").to_dict()


def _expected(page: str) -> dict:
    return json.loads((HTML / f"{page}.expected.json").read_text("utf-8"))


def _normalise(field: str, value):
    if value is None:
        return None
    if field == "published":
        return value[:10]  # the date part: pages give times in different zones and precisions
    if field == "language":
        return value.split("-")[0].lower()  # "en-US" and "en-GB" are both English
    return value


def _cases():
    for page in PAGES:
        for field in (*EXACT_FIELDS, *BODY_FIELDS):
            if field not in _expected(page):
                continue
            marks = []
            if (page, field) in XFAIL:
                marks.append(pytest.mark.xfail(strict=True, reason=XFAIL[(page, field)]))
            yield pytest.param(page, field, id=f"{page}-{field}", marks=marks)


def test_every_page_has_expectations():
    assert PAGES, "no fixture pages found"
    for page in PAGES:
        expected = _expected(page)
        unknown = set(expected) - set(EXACT_FIELDS) - set(BODY_FIELDS) - set(CHECKED_ELSEWHERE)
        assert not unknown, f"{page}: unknown keys {sorted(unknown)}"
    stale = [(page, field) for page, field in XFAIL if page not in PAGES or field not in _expected(page)]
    assert not stale, f"XFAIL names cases that do not exist: {stale}"


@pytest.mark.parametrize("page, field", list(_cases()))
def test_field(page, field):
    expected = _expected(page)[field]
    body = _article(page)["body"]
    if field == "body_contains":
        missing = [snippet for snippet in expected if snippet not in body]
        assert not missing, f"missing from the body: {missing}\n--- body ---\n{body}"
    elif field == "body_excludes":
        present = [snippet for snippet in expected if snippet in body]
        assert not present, f"left in the body: {present}\n--- body ---\n{body}"
    else:
        got = _normalise(field, _article(page)[field])
        if field == "captions":  # only the caption keys the expectations give (image came later)
            got = [{key: caption.get(key) for key in want} for caption, want in zip(got, expected)] + got[len(expected):]
        assert got == _normalise(field, expected)


@pytest.mark.parametrize("page", PAGES)
def test_valid_article(page):
    jsonschema.validate(_article(page), load_schema())


@pytest.mark.parametrize("page", PAGES)
def test_captions_and_key_points_not_repeated_in_body(page):
    article = _article(page)
    expected = _expected(page)
    texts = [point for point in article["key_points"]]
    texts += [caption["text"] for caption in article["captions"]]
    texts += expected.get("key_points", [])
    texts += [caption["text"] for caption in expected.get("captions", [])]
    repeated = [text for text in texts if text.strip() and text.strip() in article["body"]]
    assert not repeated, f"repeated in the body: {repeated}"
