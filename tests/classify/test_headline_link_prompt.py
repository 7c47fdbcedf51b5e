"""The raw-text headline chooser: a line that ends in a link's label ("Click here") is no title.

The fixtures stand for a blog's raw copy (wcxb-dev fit coffeekev.com, britannica.com): the site's
banner, a sentence speaking of the text's subject with its link glued on ("The Best Coffee Machine Deals in the US. Click here"),
right over the post's title, its byline and date under both, then the text.
"""

import pytest

from artextract import extract
from artextract.classify.headline import _ends_in_link_prompt

PARAGRAPH = (
    "I have brewed with every one of these drip coffee makers for a month, and the cheapest of "
    "them made the best cup of the whole test by a clear margin this year."
)
TITLE = "Best Drip Coffee Makers of the Year"


def _page(banner: str) -> bytes:
    return "\n".join(["Home", "Reviews", "Contact", banner, TITLE, "Kev", "January 1, 2026", *[PARAGRAPH] * 4]).encode()


@pytest.mark.parametrize(
    "banner",
    [
        "The Best Drip Coffee Maker Deals of This Year. Click here",
        "The Best Drip Coffee Maker Deals of This Year – Mehr erfahren »",  # de, an entry of the same concept's table
        "The Best Drip Coffee Maker Deals of This Year: en savoir plus",  # fr
    ],
)
def test_a_banner_ending_in_a_link_label_is_no_headline(banner):
    assert extract(_page(banner), input_type="text").headline == TITLE


def test_the_same_line_without_the_label_still_wins():
    # Without its link's label the banner outscores the title under it, as before: the label,
    # not the line's place or shape, makes it lose.
    line = "The Best Drip Coffee Maker Deals of This Year"
    assert extract(_page(line), input_type="text").headline == line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Explore Our Newest Newsletter: Money Matters  Learn More", True),
        ("Oferta de cafeteras. Haz clic aquí", True),  # es
        ("Scopri le offerte di caffè: scopri di più", True),  # it
        ("Learn more", False),  # the label alone is a button's line, read elsewhere
        ("How to learn more words in a week", False),  # the phrase inside a title
        # words a title may end with too are no link's label
        ("Strava-Karten ab sofort mit mehr Infos", False),
        ("Ten Ways to Read More", False),
    ],
)
def test_a_link_label_is_read_at_the_line_end_only(text, expected):
    assert _ends_in_link_prompt(text) is expected
