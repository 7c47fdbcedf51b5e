"""The raw-text headline chooser takes a title that closes on its date.

A newsletter or a project's blog names each issue by its date ("Development Update
2024-10-04", "Weekly Notes: Tools for Analytics (2025-09-21)"). The hand-written
page below stands for such a post copied from a browser: the site's name and
menu, the dated title, the author, the text. A date line's own words (a label,
a clock time) still keep it from being the headline.
"""

import pytest

from artextract import extract

PARAGRAPH = (
    "This month the team rewrote the federation queue, so that a slow server no longer holds up the others. "
    "We also moved the image proxy behind a cache, which cut the load on the main database by a third."
)
SITE = "The Project Blog"


def _page(*head: str) -> str:
    return "\n".join(["Skip to content", SITE, "Home", "News", "About", *head] + [PARAGRAPH] * 3)


@pytest.mark.parametrize(
    "title",
    [
        "Project Development Update 2024-10-04",
        "Weekly Notes: Tools for Analytics (2025-09-21)",
        "Allocating on the Stack, 27 February 2026",
    ],
)
def test_title_closing_on_its_date_is_the_headline(title):
    assert extract(_page(title, "Written by Dana Miller"), input_type="text").headline == title


@pytest.mark.parametrize(
    "date_line",
    [
        "Last Updated: March 11, 2019",  # a label before the date
        "Post by Dana Miller » 11. Sep 2024, 21:06",  # a post's stamp, with its clock time
        "Notes were last updated on March 11, 2019",  # the words before the date end lowercase
    ],
)
def test_date_line_is_still_no_headline(date_line):
    title = "How We Rebuilt the Federation Queue"
    assert extract(_page(title, date_line), input_type="text").headline == title
