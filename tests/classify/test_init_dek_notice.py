"""A notice where the dek stands (prose between the headline and the byline) is no standfirst.

The blocks stand for a page whose headline is followed by one line, the byline and the story's
paragraphs. The lines are written for the test: an affiliate disclosure, a shop's offer bar and a
forum thread's counters, the kinds a product, service or forum page sets under its title, which
read as prose there; and the deks, some citing a price or a count, that stay the standfirst.
"""

import pytest

from artextract.blocks import Block, Form, Kind, Zone
from artextract.classify import classify
from artextract.classify.lines import dek_notice

HEADLINE = Block("Council widens the road", form=Form.HEADING, level=1, zone=Zone.HEAD)
PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."


def _kind_under_headline(line: str) -> Kind:
    blocks = [
        HEADLINE,
        Block(line, zone=Zone.HEAD),
        Block("By Jane Miller", zone=Zone.HEAD),
        Block(PARAGRAPH),
        Block(PARAGRAPH + " It took a year."),
    ]
    return {d.block.text: d.kind for d in classify(blocks)}[line]


# a disclosure in the passive, longer than the furniture patterns read: its opening sentence says what it is
LONG_DISCLOSURE = (
    "We may be compensated when you click on a link, when an application is approved, or when an account is "
    "opened by one of our partners. The offers shown here come from companies that pay us, and this may change "
    "how and where the products appear on this page, including the order in which they appear to readers, "
    "though it never changes what our writers think of them or what they write about them in our reviews.")
NOTICES = [
    "Save 20% on every garden chair when you buy two or more before the end of the month.",
    "Get up to a $75 gift card when you open an account with us and pay with it for the first time.",
    "A $20 reward is yours when you open a store card this month, on your first purchase. Terms apply.",
    "Spare 15 % auf alle Gartenmöbel, wenn du zwei oder mehr Stühle zusammen bestellst.",
    "1.4K views 22 replies 9 participants last post by oak_fan Mar 2, 2024",
]
DEKS = [
    "Work on the two lanes starts in spring, and the council expects it to take two years.",
    "The road will cost $40 million, 15% more than the council planned last year.",
    "Save the date: the council meets again in spring to vote on the second part of the work.",
    "More than 300 comments reached the council before the vote, most of them against the plan.",
]


@pytest.mark.parametrize("line", NOTICES)
def test_a_notice_where_the_dek_stands_is_no_standfirst_but_stays_in_the_text(line: str) -> None:
    # The page shows it with the text, as the body kept the dek: only the field changes.
    assert dek_notice(line) is not None
    assert _kind_under_headline(line) is Kind.BODY


@pytest.mark.parametrize("line", ["Buying through links on our site supports our work.", LONG_DISCLOSURE])
def test_a_disclosure_is_the_site_notice_it_is_everywhere(line: str) -> None:
    assert dek_notice(line) is not None
    assert _kind_under_headline(line) is Kind.BOILERPLATE


def test_a_meta_line_of_counters_and_no_sentence_is_no_dek() -> None:
    assert dek_notice("3 Hours Ago - Garden - Chairs - 4 Comments") is not None


@pytest.mark.parametrize("line", DEKS)
def test_a_dek_is_the_standfirst(line: str) -> None:
    assert dek_notice(line) is None
    assert _kind_under_headline(line) is Kind.STANDFIRST
