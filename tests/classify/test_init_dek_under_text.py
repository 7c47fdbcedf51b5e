"""A paragraph read as the dek by its place alone, with the text begun above it, is no standfirst.

The blocks stand for a page whose region opens under the headline with lines it keeps as its text
(a product's selling points, a writer's greeting, set in the element the page marks as its
article), then a paragraph and the story's paragraphs. The lines are written for the test. One
such line over the paragraph (a recipe's rating) leaves the paragraph the dek.
"""

from artextract.blocks import Block, Form, Kind, Zone
from artextract.classify import classify

HEADLINE = Block("Council widens the road", form=Form.HEADING, level=1, zone=Zone.HEAD)
LINE = "Work on the two lanes starts in spring, and the council expects it to take two years."
PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."


def _labels(above: list[str]) -> dict[str, Kind]:
    blocks = [
        HEADLINE,
        *(Block(text, fenced=True) for text in above),
        Block(LINE),
        Block("By Jane Miller"),
        Block(PARAGRAPH),
        Block(PARAGRAPH + " It took a year."),
    ]
    return {d.block.text: d.kind for d in classify(blocks)}


def test_a_paragraph_under_lines_of_the_text_is_text() -> None:
    labels = _labels(["Hi, I'm Jane.", "Let's get moving."])
    assert labels["Hi, I'm Jane."] is Kind.BODY  # the region's own lines, as they were
    assert labels[LINE] is Kind.BODY  # read on as the text where it stands: only the field changes
    assert Kind.STANDFIRST not in labels.values()


def test_under_one_line_of_the_text_it_is_still_the_dek() -> None:
    labels = _labels(["67 Reviews 4.7 out of 5 stars"])
    assert labels[LINE] is Kind.STANDFIRST


def test_right_under_the_headline_it_is_the_dek() -> None:
    assert _labels([])[LINE] is Kind.STANDFIRST


def test_lines_above_the_date_are_the_heads_own() -> None:
    # A label the article's element holds over the date line is the head's: under the date, one
    # line of the text (a linked heading) over the dek leaves it the dek.
    labels = _labels(["Details", "Published on 3 March 2024", "Roads and traffic"])
    assert labels["Details"] is Kind.BODY
    assert labels[LINE] is Kind.STANDFIRST
