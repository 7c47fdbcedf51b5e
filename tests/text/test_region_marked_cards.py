"""Three teaser cards under an article in raw text, told by the lines every card carries alike."""

from artextract.blocks import Block
from artextract.text.region import find_region

# A hand-written stand-in for a news site's "more on this" cards (the shape of tierwelt.ch's copy,
# fit half): each card prints its count of likes and its section over a title and a short blurb.
ARTICLE = [f"The council voted on {day} to widen the road, after a long debate about costs and safety near the school,"
           f" and the residents of the {day} market asked for a crossing, a lower speed limit and more light at night."
           for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Easter", "Whit")]
NAMES = ("North", "South", "East")


def _card(name, marks):
    return [*marks, f"New Speed Limits Planned for the {name} Quarter",
            f"Drivers in the {name} quarter will have to slow down from next spring, the council said on Friday."]


def _end(cards):
    blocks = [Block(text=line) for line in ("Home", *ARTICLE, *[line for card in cards for line in card], "Terms")]
    return find_region(blocks).end


def test_three_cards_carrying_the_same_lines_end_the_article():
    cards = [_card(name, [f"{likes} Likes", "Traffic"]) for name, likes in zip(NAMES, (66, 110, 958))]
    assert _end(cards) == 1 + len(ARTICLE) + 1  # the first card's count stays, its section and title go


def test_three_cards_with_unlike_lines_or_none_stay():
    # Without a template the lines tell nothing: three title-and-blurb pairs may be the text's own.
    unlike = [_card(name, [mark]) for name, mark in zip(NAMES, ("Traffic", "Bikes", "Schools"))]
    assert _end(unlike) == 1 + len(ARTICLE) + len(unlike) * 3
    bare = [_card(name, []) for name in NAMES]
    assert _end(bare) == 1 + len(ARTICLE) + len(bare) * 2


def test_cards_over_a_bar_and_a_blurb_are_found_once_the_bar_ends_the_text():
    # Four cards (the shape of cleverhiker.com's "Need More Advice?" cards, wcxb fit half) under the
    # article, then a share bar and the site's blurb: the run reaches past the bar, too far below the
    # cards for the card tail's first asking; once the bar ends the text, the cards end it.
    cards = [line for name in ("North", "South", "East", "West") for line in _card(name, [])[-2:]]
    bar = ["Share this:", "Facebook", "Twitter", "LinkedIn", "Pinterest", "Email", "Print"]
    blurb = [f"We are a small team of editors in the {side} of the country, writing about our towns and their"
             f" councils since 1998, with the help of our readers, who send us their letters, their photographs"
             f" and their news from every village of the {side}ern valleys, and we print them all, every week."
             for side in ("north", "south")]
    blocks = [Block(text=line) for line in ("Home", *ARTICLE, *cards, *bar, *blurb, "Terms")]
    region = find_region(blocks)
    assert region.run[1] == len(blocks) - 1  # the blurb pays its way past the bar
    assert region.end == 1 + len(ARTICLE)
