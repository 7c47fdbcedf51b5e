"""Raw text lines to blocks: a caption and its credit on two lines are one caption."""

from artextract.blocks import Block
from artextract.text.lines import pair_captions

CAPTION = "Bee orchids flowering on the restored meadow at Hollins Farm."
PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."


def test_a_caption_line_and_the_credit_under_it_become_one_line():
    blocks = pair_captions([Block(CAPTION), Block("Photo: Sam Ward/Northern Post"), Block(PARAGRAPH)])
    assert [b.text for b in blocks] == [f"{CAPTION} Photo: Sam Ward/Northern Post", PARAGRAPH]


def test_a_credit_line_above_its_caption_pairs_too():
    blocks = pair_captions([Block("© Getty Images"), Block(CAPTION)])
    assert [b.text for b in blocks] == [f"{CAPTION} © Getty Images"]


def test_lines_without_a_credit_stay_apart():
    blocks = pair_captions([Block(CAPTION), Block(PARAGRAPH)])
    assert [b.text for b in blocks] == [CAPTION, PARAGRAPH]
