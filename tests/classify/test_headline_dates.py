"""The raw-text headline chooser reads a date the copy glued to what follows it.

A blog prints its post's date twice (published, updated) and a browser copy joins
them ("22. Dezember 201922. Dezember 2019 von ..."); the hand-written page below
stands for such a blog post: the blog's tagline over its menu, the post's title,
the glued date line with the author, the text.
"""

import pytest

from artextract import extract

PARAGRAPH = (
    "It is six in the morning in Sri Lanka and still dark. Slow travel to distant lands teaches patience: "
    "the people here rise early, and the monks pray while the town sleeps."
)
TAGLINE = "A blog about distant lands, slow travel and the third age of life"
TITLE = "The People of Sri Lanka"


def _page(date_line: str) -> str:
    return "\n".join(["Skip to content", TAGLINE, "Menu", "Home", "Imprint", TITLE, date_line] + [PARAGRAPH] * 3)


@pytest.mark.parametrize(
    "date_line",
    [
        "22 December 201922 December 2019 by Peter Addor",  # published and updated, glued
        "17/11/201917/11/2019 ~ Peter Addor",
        "22 December 2019 by Peter Addor",  # not glued: as before
    ],
)
def test_title_over_a_glued_date_line_is_the_headline(date_line):
    assert extract(_page(date_line), input_type="text").headline == TITLE


def test_glued_date_line_is_no_headline():
    # A one-word title is no candidate: the glued date under it must not win in its place.
    text = "\n".join(["About me", "Contact", "Chargers.", "17/11/201917/11/2019 ~ Peter Addor"] + [PARAGRAPH] * 3)
    assert extract(text, input_type="text").headline != "17/11/201917/11/2019 ~ Peter Addor"
