"""A name alone under the headline, when the page's sections have begun.

The blocks stand for an HTML product or service page: an <h1>, then section headings of one
level (<h2>) over a table or a short note, one of them two title-cased words that read as a
person's name. A heading after another of its own level under the headline names a section,
not the writer; a name set as a heading alone under the headline is still the byline.
"""

from artextract.blocks import Block, Form, Kind, Zone
from artextract.classify import NAME_ALONE_REASON, classify

HEADLINE = "Garden Hose Reel With Wall Mount"
PARAGRAPH = "The reel holds thirty metres of hose and turns back on its own when the handle is let go of."
NAME = "Silver Birch"


def _decisions(*under: Block):
    blocks = [
        Block(HEADLINE, form=Form.HEADING, level=1, zone=Zone.HEAD),
        *under,
        Block(PARAGRAPH),
        Block(PARAGRAPH + " It fits most taps."),
    ]
    return {d.block.text: d for d in classify(blocks)}


def _heading(text: str, level: int = 2) -> Block:
    return Block(text, form=Form.HEADING, level=level, zone=Zone.HEAD)


def test_a_heading_after_a_section_heading_of_its_level_is_no_byline():
    decisions = _decisions(_heading("Prices"), Block("Shop | Price | Total", form=Form.TABLE_ROW, zone=Zone.HEAD),
                           _heading(NAME))
    assert decisions[NAME].kind is not Kind.BYLINE


def test_a_name_set_as_a_heading_alone_under_the_headline_is_the_byline():
    decisions = _decisions(_heading(NAME, 3))
    assert decisions[NAME].kind is Kind.BYLINE
    assert decisions[NAME].reason == NAME_ALONE_REASON


def test_a_heading_of_another_level_before_it_leaves_the_byline():
    # A kicker or a dek set as an <h2> over the writer's <h4>: no run of sections.
    decisions = _decisions(_heading("Garden", 2), _heading(NAME, 4))
    assert decisions[NAME].kind is Kind.BYLINE
