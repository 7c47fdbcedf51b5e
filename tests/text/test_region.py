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


def test_a_run_holding_little_of_the_page_is_widened_across_short_gaps():
    from artextract.text.region import extend_segment

    # Three passages split by gaps that cost more than each passage brings:
    # the best run holds a third of the page.
    values = [-5, 30, 25, -20, -20, -20, 28, 27, -20, -20, -20, 26, 24, -5]
    start, end = best_segment(values)
    assert (start, end) == (1, 3)
    assert extend_segment(values, start, end) == (1, 13)


def test_a_run_holding_most_of_the_page_is_not_widened():
    from artextract.text.region import extend_segment

    values = [-5, 80, 90, -6, -6, -6, 12, -5]
    assert extend_segment(values, *best_segment(values)) == (1, 3)
