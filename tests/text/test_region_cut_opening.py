"""The article's opening paragraphs under the headline, cut off from the run below by a long stretch
of short lines the article prints (a list of items under headings, as an organising guide or a
roundup's table of picks does): the text starts at them, not under the stretch."""

from artextract.blocks import Block
from artextract.text.region import find_region

OPENING = [
    "One challenge I see when organising an office is deciding which of the many small things should go together.",
    "So I have put together a simple guide for grouping the items, so you do not have to think twice about where they go.",
    "We will start with why we group items at all, then go through the categories and where each of them can live.",
]
LIST = [line for group in ("Writing", "Cutting", "Paper", "Power", "Mailing", "Records", "Decor")
        for line in (f"{group} Tools", "Pens", "Pencils", "Markers", "Scissors")]
PARAGRAPHS = [
    f"Once you have your {thing} sorted, give each group a home that you can reach from the chair without"
    f" getting up, and keep the things you use every week closer than the ones you use once a year or so."
    for thing in ("pens", "papers", "cables", "stamps", "files", "notebooks")
]
MENU = ["Home", "Organising", "Living Spaces", "Contact"]
HEAD = ["Where To Store Office Supplies", "June 5th, 2025"]


def _region(*lines):
    return find_region([Block(text=line) for line in lines])


def test_the_opening_paragraphs_over_a_long_list_start_the_text():
    region = _region(*MENU, *HEAD, *OPENING, *LIST, *PARAGRAPHS)
    assert region.headline == len(MENU)
    assert region.start == len(MENU) + len(HEAD)  # the first paragraph under the headline and its date


def test_a_lone_paragraph_under_the_headline_does_not_move_the_start():
    # one paragraph is a dek or a notice as often as an opening: the classifier reads it in the head
    region = _region(*MENU, *HEAD, OPENING[0], *LIST, *PARAGRAPHS)
    assert region.start > len(MENU) + len(HEAD) + 1


def test_paragraphs_far_under_the_headline_do_not_move_the_start():
    # more lines than a byline and a date between: a menu's or a box's, not the opening under the title
    region = _region(*MENU, *HEAD, "By Jane Doe", "5 min read", "Share", *OPENING, *LIST, *PARAGRAPHS)
    assert region.start > len(MENU) + len(HEAD) + 3
