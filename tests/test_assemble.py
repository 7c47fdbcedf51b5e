"""The assembler: decisions in, one Article out."""

from artextract.article import Caption, Source
from artextract.assemble import assemble
from artextract.blocks import Block, Decision, Kind

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."


def _article(*decisions: Decision):
    return assemble(list(decisions), Source("html", None))


def test_credit_standing_alone_is_a_caption_without_description():
    article = _article(
        Decision(Block("Photo: Jane Doe/AFP"), Kind.CAPTION, "test"),
        Decision(Block(PARAGRAPH), Kind.BODY, "test"),
    )
    assert article.captions == [Caption("", "Jane Doe/AFP")]


def test_credit_line_under_a_caption_joins_it():
    article = _article(
        Decision(Block("Cyclists on the new lane."), Kind.CAPTION, "test"),
        Decision(Block("Photo: Jane Doe/AFP"), Kind.CAPTION, "test"),
        Decision(Block(PARAGRAPH), Kind.BODY, "test"),
    )
    assert article.captions == [Caption("Cyclists on the new lane.", "Jane Doe/AFP")]
