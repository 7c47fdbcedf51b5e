"""A far island of prose under an article in raw text: a stretch of short lines, then a little prose."""

from artextract.blocks import Block
from artextract.text.region import find_region

PARAGRAPHS = [
    f"The council voted on {day} to widen the road, after a long debate about costs and safety near the school,"
    f" and the residents of the {day} market asked for a crossing, a lower speed limit and more light at night."
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Easter", "Whit", "Carnival")
]
# Whatever the site's words, a bar, tags or a menu print as short lines that are no sentence (here tags).
GAP = ["Schulweg", "Verkehr", "Gemeinderat", "Straßenbau", "Nordstadt"]
ISLAND = ("We are a small team of editors in the north of the country, writing about our towns and their councils"
          " since 1998, with the help of our readers, who send us their letters, their photographs and their news"
          " from every village of the valley, and we print them all, every week, in our paper and on this site, where"
          " you will also find our archive of forty years of local news, our photographs of the floods and our maps.")


def _region(*lines):
    return find_region([Block(text=line) for line in lines])


def test_a_little_prose_under_a_stretch_of_short_lines_is_not_the_articles():
    region = _region("Home", *PARAGRAPHS, *GAP, ISLAND, "Impressum")
    assert region.run[1] > 1 + len(PARAGRAPHS)  # the island pays its way past the stretch ...
    assert region.end == 1 + len(PARAGRAPHS)  # ... and the stretch ends the text


def test_a_short_stretch_or_much_prose_after_it_stays():
    # Four short lines are a subheading or a short list of the text's own.
    region = _region("Home", *PARAGRAPHS[:8], *GAP[:4], ISLAND, "Impressum")
    assert region.end == 1 + 8 + 4 + 1
    # A stretch followed by more than a quarter of the prose above it is mid-article (a list).
    region = _region("Home", *PARAGRAPHS[:6], *GAP, *PARAGRAPHS[6:], "Impressum")
    assert region.end == 1 + len(PARAGRAPHS) + len(GAP)


def test_a_recipes_values_and_a_code_listing_make_no_stretch():
    # Bare numbers are a record's values (servings, minutes), not a menu's entries.
    card = ["Servings", "2", "servings", "Prep time", "10", "minutes", "Cooking time", "30", "minutes"]
    region = _region("Home", *PARAGRAPHS, *card, ISLAND, "Impressum")
    assert region.end == 1 + len(PARAGRAPHS) + len(card) + 1
    code = ["do", "done", "fi", "}", "esac", "exit 0"]
    region = _region("Home", *PARAGRAPHS, *code, ISLAND, "Impressum")
    assert region.end == 1 + len(PARAGRAPHS) + len(code) + 1


def test_only_the_texts_first_stretch_may_end_it():
    # Passages between stretches (a forum's posts under member boxes): the last passage is no island.
    lines = ["Home", *PARAGRAPHS[:5], *GAP, *PARAGRAPHS[5:], *[tag + "s" for tag in GAP], ISLAND, "Impressum"]
    region = _region(*lines)
    assert region.end == lines.index(ISLAND) + 1
