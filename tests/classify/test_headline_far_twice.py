"""The raw-text headline chooser finds a title printed twice far under the run's first paragraph.

The hand-written page below stands for a magazine's or a course provider's
article copied from a browser: a drop-down of the site's courses, each name glued
to a sentence (read as the text's first paragraphs), the rest of the site's menu,
a breadcrumb trail whose last item is the article's title, then that title
again as the page's heading, a dek, the byline, and the text. The title stands
farther below the provisional start than the look-ahead reaches, and the line
right under it is its copy or its dek, not its byline; printed twice in a row
(the trail's copy whole, or cut short with an ellipsis) with a byline under it,
it is a candidate, and the text starts under it. Without a byline it is not;
two such titles in the run are a listing's entries, and neither is the page's.
"""

from artextract import extract

TEASERS = [
    ("Bread Basics", "Our winter course teaches you to bake a good loaf at home in a single weekend, from the first starter to the crust."),
    ("Pastry School", "Six short lessons teach you the folds and the butter of a croissant dough, and how to keep it cold while you work."),
    ("Cakes for Beginners", "Learn to bake a sponge that rises every time, and the icing and the fillings that make a birthday cake of it."),
    ("Baking Business", "Our teachers show you how to turn your kitchen into a small bakery that pays for itself within its very first year."),
    ("Gluten Free Baking", "Find out which of the flours work without any wheat in them, and how to make a dough of them hold together."),
]
MENU = ["Fashion", "Beauty", "Shop", "Subscribe", "Log in", "Follow us", "More", "Home"]
TITLE = "Bakers in the Valley Share Their Oldest Bread Recipes"
DEK = "Three families have kept the same sourdough starter alive for more than a century."
TEXT = [
    "In the valley, bakers say their bread recipes are older than the village church, and three families "
    "still bake them every morning with a sourdough starter their great-grandparents first fed.",
    "The recipes ask for rye and spelt from the valley's own fields, water from the spring above the mill, "
    "and a long night of rising, which the bakers say no modern bread can imitate.",
    "Visitors can watch the bakers at work on Saturdays, when the oldest oven in the valley is lit at dawn "
    "and the first loaves of bread are sold from the window by eight.",
]


def _page(*article: str) -> str:
    teasers = [name + sentence for name, sentence in TEASERS]  # each course's name glued to its blurb
    return "\n".join(["Skip to content", "The Baking Academy", *teasers, *MENU, "Food", *article])


def test_title_printed_twice_over_its_dek_and_byline_is_the_headline():
    article = extract(_page(TITLE, TITLE, DEK, "By Anna Keller", *TEXT), input_type="text")
    assert article.headline == TITLE
    assert TEASERS[0][1] not in article.body
    assert TEXT[0] in article.body


def test_title_after_its_copy_cut_short_is_the_headline():
    cut = "Bakers in the Valley Share..."
    article = extract(_page(cut, TITLE, DEK, "By Anna Keller", *TEXT), input_type="text")
    assert article.headline == TITLE
    assert TEASERS[0][1] not in article.body


def test_title_printed_twice_without_a_byline_is_no_far_candidate():
    article = extract(_page(TITLE, TITLE, DEK, *TEXT), input_type="text")
    assert article.headline != TITLE
    assert TEASERS[0][1] in article.body


def test_two_titles_printed_twice_with_bylines_keep_the_start():
    second = "Millers in the Valley Grind the Bakers' Rye by Water Power"
    article = extract(
        _page(TITLE, TITLE, "By Anna Keller", TEXT[0], TEXT[1], second, second, "By Paul Weber", TEXT[2]), input_type="text"
    )
    assert article.headline != TITLE
    assert TEASERS[0][1] in article.body
