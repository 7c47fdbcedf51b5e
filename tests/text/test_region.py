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


def test_widening_is_not_paid_for_by_an_archive_of_titles():
    from artextract.text.region import extend_segment

    # The run holds every paragraph; below it, a long archive of titles gains
    # a little on each line. Counted at full value they outweigh the text and
    # widen the run over them; as titles, not prose, they do not.
    values = [-5, 40, 30, 35, -7, -7] + [3, -6] * 40
    prose = [False, True, True, True, False, False] + [False, False] * 40
    start, end = best_segment(values)
    assert extend_segment(values, start, end)[1] > end
    assert extend_segment(values, start, end, prose) == (start, end)


def test_repeated_item_cards_are_content_on_a_page_without_prose():
    menu = ["Home", "Shop", "Sale", "Help", "Account", "Cart"]
    cards = []
    for name in ("Oak chair", "Pine table", "Ash stool", "Elm bench"):
        cards += [f"{name} with a waxed finish", "In stock", "$129.00"]
    blocks = mark_zones(_blocks(*menu, *cards, "Terms", "Privacy", "Careers"))
    assert [b.zone for b in blocks[len(menu) : len(menu) + len(cards)]] == [Zone.MAIN] * len(cards)
    assert blocks[0].zone is not Zone.MAIN


def test_a_menu_of_entries_and_descriptions_is_not_taken_for_cards():
    from artextract.text.region import _card_lines
    from artextract import signals

    lines = []
    for name in ("Workspaces", "Flows", "Monitors", "Insights"):
        lines += [name, f"Organise your {name.lower()} with the team"]
    blocks = _blocks(*lines)
    assert not _card_lines(blocks, [signals.word_count(b.text) for b in blocks])


def test_favor_trades_precision_for_recall_and_balanced_is_the_default():
    from artextract import extract
    from artextract.options import Favor, Options

    text = "\n".join(
        [
            "Site menu",
            PARAGRAPH,
            "Costs and safety",
            PARAGRAPH.replace("Tuesday", "Monday"),
            *(["Related story title here", "A related teaser line"] * 3),
            "The older plan, in a second passage, was debated for a long time by the council before the vote.",
            "Members said the road would be widened in stages, with the first stage finished by next summer.",
        ]
    )

    def body(favor):
        return extract(text, input_type="text", options=Options(favor=favor)).body

    precise, balanced, recall = body(Favor.PRECISION), body(Favor.BALANCED), body(Favor.RECALL)
    assert extract(text, input_type="text").body == balanced
    # Balanced widens the thin run over the teasers to the other passage;
    # precision keeps one passage.
    assert "second passage" in balanced and "Costs and safety" in balanced
    assert ("second passage" in precise) != ("Costs and safety" in precise)
    assert len(precise) < len(balanced) <= len(recall)
