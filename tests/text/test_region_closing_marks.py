"""Teaser cards whose mark closes each card: the first card goes with the rest (region._first_card_above)."""

from artextract.blocks import Block
from artextract.text.region import find_region

# A hand-written stand-in for a blog's "more posts" cards under an article in raw text (the shape of
# oakywood.shop's and walton.uark.edu's copies, fit half): a label, then cards of a title over a short
# blurb, each closed by its date line. The marks close the cards, so the first card's title and
# blurb stand above the first date line.
ARTICLE = [f"The council voted on {day} to widen the road, after a long debate about costs and safety near the school,"
           f" and the residents of the {day} market asked for a crossing, a lower speed limit and more light at night."
           for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Easter", "Whit")]
NAMES = ("North", "South", "East", "West", "Harbour")


def _card(name, day, close):
    return [f"New Speed Limits Planned for the {name} Quarter",
            f"Drivers in the {name} quarter will have to slow down from next spring, the council said on Friday.",
            close.format(day=day)]


def _blocks(label, close):
    cards = [line for day, name in enumerate(NAMES, 3) for line in _card(name, day, close)]
    return [Block(text=line) for line in ("Home", *ARTICLE, *label, *cards, "Terms")]


def test_dated_cards_closed_by_their_date_go_from_the_first_title_with_their_label():
    blocks = _blocks(["More from the blog"], "Mar {day}, 2026")
    assert find_region(blocks).end == 1 + len(ARTICLE)


def test_cards_closed_by_the_same_action_line_go_from_the_first_title():
    blocks = _blocks([], "Read more")
    assert find_region(blocks).end == 1 + len(ARTICLE)


def test_a_long_last_paragraph_over_cards_stays():
    # The article's last section (a heading over a paragraph) above the cards: not a card.
    blocks = _blocks([], "Mar {day}, 2026")
    heading = Block(text="What the Council Will Decide Next Year")
    blocks[len(ARTICLE):len(ARTICLE)] = [heading]  # over the last paragraph (blocks[0] is "Home")
    cut = find_region(blocks).end
    assert blocks[cut - 1].text == ARTICLE[-1]
    assert blocks[cut].text.startswith("New Speed Limits")
