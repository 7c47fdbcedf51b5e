"""The raw-text headline chooser: a date past a link marked by its arrow is not the lines' above it.

The fixtures stand for a blog's raw copy (traf-dev fit weselpower.wordpress.com): the blog's name
and tagline, the link to the previous post marked by an arrow, the post's title, its date, the text.
"""

import pytest

from artextract import extract

PARAGRAPH = (
    "Gestern Abend saßen wir lange zusammen und sprachen über die Monster, die unter dem Bett wohnen, "
    "und darüber, warum sie nachts so laut sind, wenn alle anderen schlafen wollen."
)
TAGLINE = "Aus dem Leben eines Talentfreien"
TITLE = "Monstergespräche #1"


def _page(link: str) -> bytes:
    return "\n".join(["Weselpower's Blog", TAGLINE, link, TITLE, "23. Dezember 2009", *[PARAGRAPH] * 4]).encode()


@pytest.mark.parametrize("link", ["« Logbuch kfr2010", "← Logbuch kfr2010", "Logbuch kfr2010 »"])
def test_the_date_under_a_link_out_is_the_title_s_not_the_tagline_s(link):
    assert extract(_page(link), input_type="text").headline == TITLE


def test_a_line_without_an_arrow_in_its_place_leaves_the_date_to_the_tagline():
    # The same stack with a plain line between: the date still counts for the tagline over it,
    # which outscores the title as before (the arrow, not the line's place, bounds the date's reach).
    assert extract(_page("Logbuch kfr2010"), input_type="text").headline == TAGLINE


def test_a_quotation_in_guillemets_is_no_link():
    # «...» hugs a quotation: its marks point nowhere, so the date still counts for the lines above.
    assert extract(_page("«Logbuch kfr2010»"), input_type="text").headline == TAGLINE
