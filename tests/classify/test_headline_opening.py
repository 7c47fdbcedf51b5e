"""The raw-text headline chooser does not look for the headline under the text's opening.

A line a few lines under the run's first paragraph may be the headline, under a
notice that reads as a paragraph (a browser warning, a disclosure). Not under two
full paragraphs: those are the text's opening, and a dated line under them is one of
its own lines. The hand-written page below stands for a party's news post copied
from a browser: menu, title, date, two paragraphs, then an embedded social post (its
quote over "Posted by ... on <date>"), then the rest of the text, which
goes on to use the quote's words.
"""

from artextract import extract

TITLE = "Council wants to stop the automatic rent increase"
OPENING = [
    "Whether electricity, heating or food: daily life is getting more expensive and many people already "
    "do not know how they will pay their bills at the end of the month, which is why the council has "
    "tabled a motion this week that would freeze the rents of the flats it owns.",
    "More than a million people live in flats whose rents follow the index, and in April those rents would "
    "rise again by almost six percent unless the law is changed before then, the council's leader said on "
    "Friday when she presented the motion to the press in the town hall.",
]
EMBED = [
    "In times of soaring costs for electricity, heating and food, families must not pay higher rents …",
    "Posted by The Party on Monday, February 7, 2022",
]
REST = [
    "Soaring costs for electricity, heating and food hit families hardest, and higher rents would burden them "
    "further, the motion says: it asks the government to suspend the increase for two years and to tie later "
    "increases to the wages of the tenants rather than to prices.",
] * 2
HEAD = [
    "Skip to content", "Home", "News", "4 February 2022, 15:29", TITLE,
    "Less rent, more to live on! Photo: Alexander Dummer / Unsplash",  # the picture's caption and credit
]


def test_dated_line_under_two_full_paragraphs_does_not_take_the_headline():
    article = extract("\n".join(HEAD + OPENING + EMBED + REST), input_type="text")
    assert article.headline == TITLE
    assert article.body.startswith(OPENING[0][:40])


def test_short_notice_over_a_dated_title_still_moves_the_start():
    notice = "You are using an older browser version. Please use a supported version for the best experience."
    page = ["Skip to content", "Home", notice, TITLE, "By Dana Miller, 4 February 2022", *OPENING, *REST]
    article = extract("\n".join(page), input_type="text")
    assert article.headline == TITLE
    assert notice not in article.body
