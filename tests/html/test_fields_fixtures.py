"""Hand-written pages of the field shapes issue 10 is about, each tested exactly.

Four pages of fixtures/html (see fixtures/README.md): a figure whose caption,
credit label and credit stand in three elements; a caption class inside a
camelCase name (CSS-module style, with a credit beside it); a key-point box under
a German label no vocabulary knows ("Die Reform in drei Punkten"); and an
"In brief" box of other stories' linked headlines between the byline and the
text, which must not become key points. NAME.expected.json is the reader's
answer (written from the page, not from the program's output); here the
headline, key points, captions (all their keys) and the body's paragraphs must
come out exactly, and test_fixtures.py checks the other fields.
"""

from __future__ import annotations

import pytest

from fixture_pages import HTML, expected, got

PAGES = ("figure_three_pieces", "camelcase_caption", "de_key_points_unknown_label", "sidebar_in_brief")
FIELDS = ("headline", "key_points", "captions", "body_paragraphs")


def test_pages_are_small_hand_written_fixtures():
    for page in PAGES:
        size = (HTML / f"{page}.html").stat().st_size
        assert size <= 4096, f"{page}.html is {size} bytes"
        assert set(FIELDS) <= set(expected(page)), f"{page}: the expectations lack {set(FIELDS) - set(expected(page))}"


@pytest.mark.parametrize("page, field", [(page, field) for page in PAGES for field in FIELDS])
def test_field_comes_out_exactly(page, field):
    assert got(page, field) == expected(page)[field]
