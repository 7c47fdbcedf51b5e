"""The raw-text headline chooser: a line that opens with a site's navigation or legal label and ends
with another is a menu a copy printed on one line, no title (weighed as `site_labels`).

The fixtures stand for a gardening blog's chromium copy (traf-dev fit youhadmeatgardening.com, the
shape on 16 fit sites): the search box, the menu's entries glued on one line between "About Us" and
"Contact", the post's title with the site's tail after a bar, the dated byline and the text.
"""

import pytest

from artextract import extract
from artextract.classify.headline import _framed_by_labels, _site_labels

PARAGRAPH = (
    "This step-by-step guide shows how to grow a lemon tree from seed: it suits indoor gardens, and the "
    "young plant needs a sunny window, some water every week and a little patience while it grows."
)
TITLE = "How to Grow a Lemon Tree from Seed | Step-by-Step Guide"
MENU = "About Us Indoor Gardens Outdoor Gardening Our Plant Journal Fun stuff Plant Help Pots & Accessories Contact"


def _page(menu: str) -> bytes:
    return "\n".join(["Search for:", menu, TITLE, "October 30, 2020 Kate May", *[PARAGRAPH] * 4]).encode()


def test_a_menu_printed_on_one_line_over_the_title_is_no_headline():
    assert _site_labels(MENU)
    assert extract(_page(MENU), input_type="text").headline == TITLE


@pytest.mark.parametrize(
    "line",
    [
        "Search this site Submit Search",  # a search box's words
        "Menü Zum Inhalt springen",  # de: a menu button and a skip link
        "Back to SmartAsset Home",
    ],
)
def test_lines_framed_by_site_labels_are_site_labels(line):
    assert _site_labels(line)


@pytest.mark.parametrize(
    "line",
    [
        "Contact lenses and what to know before buying them",  # a label word opens it, none ends it
        "Why every shop needs an imprint: Impressum",  # one ends it, none opens it
        "Kontakt Impressum",  # two labels side by side: `_site_labels` reads them, too short a frame
        TITLE,
    ],
)
def test_a_title_opened_or_closed_by_a_label_word_is_not_framed(line):
    assert not _framed_by_labels(line)
