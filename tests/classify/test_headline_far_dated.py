"""The raw-text headline chooser finds a post's title far under the run's first paragraph.

The hand-written page below stands for a party's or a newsroom's post copied
from a browser: the site's name and menu, then a teaser of the site's aims (a
column of short headings, each with a sentence under it, which reads as the
text's first paragraphs), a second menu, and only then the post: its title,
its date, its text. The title stands farther below the provisional start than
the look-ahead reaches; being the run's one line with a date right under it,
and named by the text that follows, it is still a candidate, and the start of
the text moves under it. A listing that prints a date under every entry's
title keeps its start: no one of its titles is the page's.
"""

from artextract import extract

AIMS = [
    ("Education for Everyone", "We want every child to find the school that suits them best, wherever they live."),
    ("Getting Ahead by Effort", "We want to renew the promise that hard work lets anyone move up in life."),
    ("Freedom in Every Situation", "We want everyone to decide for themselves how they live their own lives."),
    ("Human Rights Worldwide", "We want freedom and human rights to be strengthened all over the world."),
    ("Sums That Add Up", "We want politics that works for people and that the country can pay for."),
    ("Lasting Change by Invention", "We want growth that lasts, through new ideas rather than through bans."),
]
MENU = ["Members", "Press", "Events", "Contact", "Search", "Debate", "Open menu", "Articles"]
TITLE = "Ending the Emergency Powers for the Harbour Authority"
TEXT = [
    "The harbour authority's emergency powers end next month, the parliamentary groups agreed on Tuesday, "
    "after two winters in which the authority could close the harbour without a vote of the council.",
    "The emergency powers were granted when the storms of that winter damaged the harbour walls, and the "
    "authority has used them four times since, twice to close the harbour for a whole week.",
    "Under the agreement, the harbour authority keeps the right to close the harbour for a day, but any "
    "longer closing needs a vote of the council, which can meet within a day when the weather demands it.",
]


def _aims() -> list[str]:
    return [line for heading, sentence in AIMS for line in (heading, sentence)]


def _page(*post: str) -> str:
    return "\n".join(["Skip to content", "The Harbour Party", "Time for New Thinking", *_aims(), *MENU, *post])


def test_title_far_under_a_teaser_with_its_date_under_it_is_the_headline():
    article = extract(_page(TITLE, "27.10.2021", *TEXT), input_type="text")
    assert article.headline == TITLE
    assert AIMS[0][1] not in article.body
    assert TEXT[0] in article.body


def test_title_whose_words_the_text_does_not_use_is_no_far_candidate():
    other = "Learn How to Contribute to the Guide"
    article = extract(_page(other, "27.10.2021", *TEXT), input_type="text")
    assert article.headline != other
    assert AIMS[0][1] in article.body


def test_a_listing_with_a_date_under_every_title_keeps_its_start():
    second = "Harbour Authority Reports Record Emergency Closings"
    article = extract(_page(TITLE, "27.10.2021", TEXT[0], TEXT[1], second, "28.10.2021", TEXT[2]), input_type="text")
    assert article.headline != TITLE
    assert AIMS[0][1] in article.body


def test_dated_heading_right_under_the_text_s_paragraphs_is_no_far_candidate():
    # The same title and date, but with the teaser's last paragraph a line above it: a heading of the text.
    page = "\n".join(["Skip to content", "The Harbour Party", "Time for New Thinking", *_aims(), TITLE, "27.10.2021", *TEXT])
    article = extract(page, input_type="text")
    assert article.headline != TITLE
    assert AIMS[0][1] in article.body


def test_title_far_under_a_long_teaser_is_placed_by_its_own_text():
    # The site's aims printed four times as long (56 lines over the title, each line its own): read
    # from the provisional start, the title weighed as if it stood 15 times the head's length down the
    # page and lost to the site's slogan; placed by the text under it, it is the headline.
    aims = [
        f"{line} ({n})" if len(line) < 40 else line.replace("We want", f"We want ({n})")
        for n in range(1, 5)
        for line in _aims()
    ]
    page = "\n".join(["Skip to content", "The Harbour Party", "Time for New Thinking", *aims, *MENU, TITLE, "27.10.2021", *TEXT])
    article = extract(page, input_type="text")
    assert article.headline == TITLE
    assert TEXT[0] in article.body
    assert aims[1] not in article.body
