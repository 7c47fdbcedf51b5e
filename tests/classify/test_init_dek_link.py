"""The dek the head reads by its place (prose between the headline and the byline) is no link.

The blocks stand for an HTML page whose headline is followed by a line of prose, the
byline and the story's paragraphs. Where that prose line is mostly a link, it is a card
or a notice the site sets there (a product's sale card, a review quoted as a link to the
reviews, an offer banner), which sends the reader away: no dek, though it reads as one.
"""

from artextract.blocks import Block, Form, Kind, Zone
from artextract.classify import classify

HEADLINE = Block("Council widens the road", form=Form.HEADING, level=1, zone=Zone.HEAD)
DEK = "Work on the two lanes starts in spring, and the council expects it to take two years."
PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."


def _kind_of_dek(link_density: float) -> Kind:
    blocks = [
        HEADLINE,
        Block(DEK, zone=Zone.HEAD, link_density=link_density),
        Block("By Jane Miller", zone=Zone.HEAD),
        Block(PARAGRAPH),
        Block(PARAGRAPH + " It took a year."),
    ]
    return {d.block.text: d.kind for d in classify(blocks)}[DEK]


def test_prose_between_headline_and_byline_is_the_standfirst():
    assert _kind_of_dek(0.0) is Kind.STANDFIRST


def test_prose_that_is_a_link_there_is_no_standfirst_but_stays_in_the_text():
    # The page shows it with the text, as the body kept the dek: only the field changes.
    assert _kind_of_dek(1.0) is Kind.BODY
