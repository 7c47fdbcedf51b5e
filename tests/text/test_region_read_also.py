"""Other stories' teasers set between an article's paragraphs in raw text ("Lue myös:" over a title)."""

from artextract.blocks import Block, Zone
from artextract.text.region import find_region

PARAGRAPHS = [
    f"The council voted on {day} to widen the road, after a long debate about costs and safety near the school."
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
]
TITLE = "Mayor promises new bus lanes before the winter elections"


def _zones(*lines):
    blocks = [Block(text=line) for line in lines]
    find_region(blocks)
    return {block.text: block.zone for block in blocks}


def test_a_read_also_label_over_a_title_between_paragraphs_is_left_out_in_any_language_of_its_table():
    for label in ("Read also:", "Lesen Sie auch:", "Lue myös:", "Czytaj także:", "Related", "Mehr zum Thema"):
        zones = _zones("Home", *PARAGRAPHS[:3], label, TITLE, *PARAGRAPHS[3:])
        assert zones[label] is not Zone.MAIN and zones[TITLE] is not Zone.MAIN, label
        assert all(zones[paragraph] is Zone.MAIN for paragraph in PARAGRAPHS), label


def test_up_to_three_titles_and_a_sections_name_over_them_go_with_the_label():
    titles = ["Energy", TITLE, TITLE.replace("bus", "tram")]
    zones = _zones("Home", *PARAGRAPHS[:3], "Related", *titles, *PARAGRAPHS[3:])
    assert all(zones[title] is not Zone.MAIN for title in titles)


def test_a_subheading_under_the_label_or_a_label_not_under_prose_is_the_articles():
    # A short subheading is no title of another story: the section goes on under it.
    zones = _zones("Home", *PARAGRAPHS[:3], "Related", "Costs", *PARAGRAPHS[3:])
    assert zones["Costs"] is Zone.MAIN
    # A bare "Read more" closes a card above it: the line under it is not known for a teaser.
    zones = _zones("Home", *PARAGRAPHS[:3], "Read more", TITLE, *PARAGRAPHS[3:])
    assert zones[TITLE] is Zone.MAIN
    # A label that follows no paragraph (a list's heading, a box at the top) is not set in the text.
    zones = _zones("Home", *PARAGRAPHS[:3], "Costs and safety", "Read also:", TITLE, *PARAGRAPHS[3:])
    assert zones[TITLE] is Zone.MAIN
    # Nor are lines under a label followed by more short lines than teasers come in (a list).
    items = [TITLE.replace("bus", word) for word in ("tram", "cycle", "taxi", "ferry")]
    zones = _zones("Home", *PARAGRAPHS[:3], "Read also:", *items, *PARAGRAPHS[3:])
    assert all(zones[item] is Zone.MAIN for item in items)


def test_a_label_printed_under_every_card_is_a_listings_button_and_its_titles_stay():
    cards = []
    for day, paragraph in zip(("Monday", "Tuesday", "Wednesday"), PARAGRAPHS):
        cards += [paragraph, "Read more", TITLE.replace("before the winter", f"by {day}")]
    zones = _zones("Home", *cards, *PARAGRAPHS[3:])
    assert all(zones[line] is Zone.MAIN for line in cards if line.startswith("Mayor"))
