"""The raw-text headline chooser: breadcrumb trails that a copy glued to the title, lines of tags."""

import pytest

from artextract import extract
from artextract.classify.headline import glued_trail

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."
BODY = "\n".join([PARAGRAPH] * 3)


@pytest.mark.parametrize(
    ("line", "headline", "trail"),
    [
        ("Home Gear Reviews Best Minimalist Home Gym Setup", "Best Minimalist Home Gym Setup", True),
        ("Home Allgemein Wellness Gesichtsbehandlung: Plaisir D'Aromes", "Wellness Gesichtsbehandlung: Plaisir D'Aromes", True),
        ("Blog Home ❯ Eco Living ❯ Why Live in a Tiny House?", "Why Live in a Tiny House?", True),
        # A title ending in its section's name; a sentence ending in the headline's words.
        ("Ten Ways To Save Space With Packing Tips", "Packing Tips", False),
        ("Take the work out of it with these Dinner Recipes", "Dinner Recipes", False),
        # Steps no longer than the title: a longer capitalised head is a title of its own.
        ("Our Five Favourite Weeknight Dinner Recipes", "Dinner Recipes", False),
        ("Best Minimalist Home Gym Setup", "Best Minimalist Home Gym Setup", False),
    ],
)
def test_glued_trail(line, headline, trail):
    assert glued_trail(line, headline) is trail


def test_title_under_its_unseparated_trail_is_the_headline():
    text = (
        "Search\nHome Gear Reviews Best Minimalist Home Gym Setup\nBest Minimalist Home Gym Setup\n"
        f"By Jane Doe\nMarch 5, 2024\n{BODY}"
    )
    assert extract(text.encode(), input_type="text").headline == "Best Minimalist Home Gym Setup"


def test_trail_under_the_headline_is_no_dek():
    text = (
        "Book Online\nPros and Cons of Tiny House Living: Why Live in a Tiny House?\n"
        f"Blog Home ❯ Eco-Friendly Living ❯ Pros and Cons of Tiny House Living: Why Live in a Tiny House?\n{BODY}"
    )
    article = extract(text.encode(), input_type="text")
    assert article.headline == "Pros and Cons of Tiny House Living: Why Live in a Tiny House?"
    assert "Blog Home" not in article.body
    assert article.standfirst is None


def test_a_line_of_tags_is_no_headline():
    text = (
        "Avión / Guatemala / Ilegalidad / Ministerio Público / Ricardo Martinelli\n"
        f"Buscan apropiarse ilegalmente de un avión en Guatemala\n{BODY}"
    )
    assert extract(text.encode(), input_type="text").headline == "Buscan apropiarse ilegalmente de un avión en Guatemala"


def test_a_menu_filter_read_as_a_byline_does_not_make_a_headline():
    # A shop menu over a guide (wcxb-dev fit): "By Manufacturer" parses as a byline, but it names
    # no one, so the category above it is not taken for the head of the article.
    kinds = ("4K", "Gaming", "Outdoor", "Laser", "Budget", "Home Theater", "Office", "Short Throw")
    menu = "\n".join(f"Best {kind} Projectors" for kind in kinds)
    text = (
        f"Ultra Short Throw Projectors\nAll Categories\nBy Manufacturer\n{menu}\n"
        "Latest News\nReports & Guides\nManufacturers\nArticles\nBlog\nclose\nSubscribe to Our Newsletter\n"
        "Best Portable Projectors For 2026\n"
        "Looking for the best portable projectors in a world where you carry entertainment as well as "
        "presentations in your bag? We tested the projectors that matter this year, from tiny pocket "
        f"models to bright ones for ultra short throw.\n{BODY}"
    )
    assert extract(text.encode(), input_type="text").headline == "Best Portable Projectors For 2026"


def test_a_byline_naming_an_author_still_marks_the_head():
    text = (
        "Projector Guides\nUltra Short Throw Projectors\nBy Jane Doe\n"
        "Ultra short throw projectors sit a few inches from the wall and still fill a large screen with a bright picture.\n"
        f"{BODY}"
    )
    assert extract(text.encode(), input_type="text").headline == "Ultra Short Throw Projectors"
