"""A line right under the raw text's headline is its dek by its case, full stop or not.

A dek often drops its full stop ("A guide to common services and their price ranges"),
so it does not read as a sentence; set in sentence case under a Title Case headline and
longer than it, it still opens the text. The hand-written page below stands for a guide
copied from a browser: menu, title, dek, byline, date, text.
"""

from artextract import extract

TITLE = "Your Car Maintenance Checklist"
PARAGRAPH = (
    "Nothing will do more to make your car last longer than keeping on top of basic upkeep, and most of it "
    "costs far less than the repairs it prevents, as our mechanics explain below for each of the services."
)


def _page(under_title: str) -> str:
    lines = ["Skip to content", "Home", "Cars", "Maintenance", TITLE, under_title, "By Dana Miller", "April 10, 2025"]
    return "\n".join(lines + [PARAGRAPH] * 3)


def test_sentence_case_line_without_full_stop_is_the_dek():
    dek = "A guide to common services and their price ranges"
    article = extract(_page(dek), input_type="text")
    assert article.headline == TITLE
    assert article.standfirst == dek
    assert article.body.startswith(dek)


def test_title_case_or_short_line_is_no_dek():
    for line in ("Read More Guides From Our Car Experts", "Car care basics"):
        article = extract(_page(line), input_type="text")
        assert article.standfirst is None
        assert line not in article.body
