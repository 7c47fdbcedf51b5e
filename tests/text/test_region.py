"""The article region in raw text: the maximum-sum run of lines."""

from artextract.blocks import Block, Zone
from artextract.text.region import best_segment, line_values, mark_zones

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."


def _blocks(*lines):
    return [Block(text=line) for line in lines]


def test_best_segment_is_the_maximum_sum_run():
    assert best_segment([-5, 3, 4, -1, 6, -20, 2]) == (1, 5)
    assert best_segment([-1, -2]) == (0, 0)


def test_a_heading_between_paragraphs_costs_less_than_a_menu_entry():
    between = line_values(_blocks(PARAGRAPH, "Costs and safety", PARAGRAPH))[1]
    in_menu = line_values(_blocks(PARAGRAPH, "Home", "World", "Sport", "Costs and safety", "Business", PARAGRAPH))[3]
    assert between > in_menu


def test_a_long_unpunctuated_list_does_not_outweigh_the_article():
    places = " ".join(["Springfield Shelbyville Ogdenville"] * 60)
    blocks = mark_zones(_blocks("Menu", PARAGRAPH, PARAGRAPH, PARAGRAPH, "Areas we serve", places))
    assert [b.zone for b in blocks[1:4]] == [Zone.MAIN] * 3
    assert blocks[-1].zone is Zone.OUTSIDE
