"""read_page: prose printed under a shop's grid of priced items leaves the page a structured one.

The pages here are hand-written: a store's category page (a menu, thirty product cards of a
name and a price, then its description of the range and a footer), the kind of page where the
description would otherwise be read as the article and the grid, the content, dropped.
"""

from artextract.blocks import Block
from artextract.text.region import find_region

ABOUT = [
    f"Our {wood} furniture is made by hand in a small workshop, finished with oil and wax, and delivered to your door within two weeks."
    for wood in ("oak", "pine", "ash", "elm", "beech", "walnut", "cherry", "maple")
]
MENU = ["Home", "Shop", "Sale", "Help", "Account", "Cart"]
FOOTER = ["Terms", "Privacy"]


def _cards(tag):
    return [line for n in range(30) for line in (f"Waxed chair model {n} in natural wood", tag(n))]


def _region(lines):
    return find_region([Block(text=line) for line in lines])


def test_a_description_under_a_grid_of_priced_items_is_no_article():
    region = _region([*MENU, *_cards(lambda n: f"${100 + n}.00"), *ABOUT, *FOOTER])
    assert region.reading.structured


def test_the_same_prose_under_cards_without_prices_stays_an_article():
    region = _region([*MENU, *_cards(lambda n: "In stock"), *ABOUT, *FOOTER])
    assert not region.reading.structured


def test_a_run_high_on_the_page_stays_an_article_whatever_the_prices_above():
    region = _region([*MENU, *_cards(lambda n: f"${100 + n}.00")[:10], *ABOUT, *_cards(lambda n: "In stock"), *FOOTER])
    assert not region.reading.structured
