"""A box of facts printed between the headline and the text in raw text (a recipe's times and
ingredients, a list of pros and cons): its short lines are the article's, not a menu's."""

from artextract.blocks import Block
from artextract.text.region import find_region

PARAGRAPHS = [
    f"Put all of the {thing} in a large bowl and knead them with the dough hooks into a smooth dough, then"
    f" roll it out on a floured board and cut out the shapes you like before they go into the oven for a while."
    for thing in ("flour", "butter", "sugar", "almonds", "spices", "eggs")
]
MENU = ["Home", "Recipes", "About this blog", "Contact"]


def _region(*lines):
    return find_region([Block(text=line) for line in lines])


def test_a_box_of_times_and_ingredients_under_the_headline_starts_the_text():
    box = ["Preparation time: 25 minutes", "Makes: 40 biscuits", "Ingredients:", "300 g flour", "100 g ground almonds",
           "200 g butter", "1 pinch of salt", "Almond flakes", "Method:"]
    region = _region(*MENU, "Almond Biscuits for the Christmas Table", "8 December 2012", *box, *PARAGRAPHS)
    assert region.headline == len(MENU)
    assert region.start == len(MENU) + 2  # the box's first line, under the headline and its date


def test_a_label_opens_a_list_whose_plain_items_belong_to_the_box():
    box = ["Pros:", "Sturdy frame", "Quiet motor", "Cheap spare parts", "Cons:", "Heavy", "Short cable"]
    region = _region(*MENU, "The Best Stand Mixer We Tested This Year", *box, *PARAGRAPHS)
    assert region.headline == len(MENU)
    assert region.start == len(MENU) + 1


def test_a_menu_of_plain_short_lines_above_the_text_stays_out():
    region = _region(*MENU, "The Best Stand Mixer We Tested This Year", *MENU, *PARAGRAPHS)
    assert region.start == 2 * len(MENU) + 1
