"""The raw-text headline chooser reads a date right above a line as that line's anchor.

A blog prints its post's date over the post's title, and a blog's description
(a sentence or two under its name) reads as the text's first paragraph. The
hand-written page below stands for such a post copied from a browser: the
blog's name, its menu, its description, the date, the title, the text. The
title stands under the provisional start of the text, so it is a candidate
only when something anchors it there: its date above it does, as a byline or
a date under it does. A line under the text's first paragraphs with no date
next to it stays a heading of the text.
"""

from artextract import extract

TEXT = (
    "The federation queue was rewritten this month, so that a slow server no longer holds up the others "
    "and every message reaches its readers within a minute, even on the busiest evenings of the week."
)
DESCRIPTION = (
    "Notes on running a federated server: the queue, the image proxy, the database and the people who "
    "keep them going, written by the volunteers who run the project's servers every week."
)
TITLE = "How We Rebuilt the Federation Queue"


def _page(*head: str) -> str:
    return "\n".join(["Skip to content", "The Project Blog", "Home", "News", "About", DESCRIPTION, *head, TEXT, TEXT, TEXT])


def test_title_under_its_date_below_the_first_paragraph_is_the_headline():
    article = extract(_page("Friday, December 19, 2025", TITLE), input_type="text")
    assert article.headline == TITLE
    assert DESCRIPTION not in article.body


def test_line_with_no_date_next_to_it_does_not_move_the_start():
    article = extract(_page(TITLE), input_type="text")
    assert article.headline != TITLE
    assert DESCRIPTION in article.body
