"""A role's byline under the title ("Recipe by PJ Hamel") is a byline, not the raw-text headline.

The hand-written page below stands for a baking site's recipe copied from a browser:
the site's menu, the recipe collection's trail, the recipe's title, the credit of the
one who wrote it ("Recipe by" and a name), a rating line, then the text, which speaks of
the recipe more than of the loaf. The credit stands nearer the text and outscores the
title on its shape alone, but a role, a byline label and a person's name are a credit;
a title that names a person after a function word ("Ein Porträt von Angela Merkel")
is none.
"""

from artextract import extract
from artextract.classify.headline import _role_byline

MENU = ["Recipes", "Bread", "Baking School", "Shop", "Blog", "Sourdough Recipes", "Crusty bread"]
TITLE = "Easy Rye Sandwich Loaf"
CREDIT = "Recipe by Jane Porter"
TEXT = [
    "This recipe makes a rye bread soft enough for toast and sturdy enough for a packed lunch, and the dough "
    "needs no starter: a spoon of yeast and a night in the fridge give the rye its flavour.",
    "Mix the rye flour with the bread flour, the yeast, the salt and warm water, then knead the dough "
    "until it is smooth and let it rise in a covered bowl until it has doubled.",
    "Shape the dough into a loaf, set it in the greased pan and bake the bread until the crust is brown "
    "and the loaf sounds hollow when you tap its bottom.",
]


def test_a_role_byline_under_the_title_leaves_the_title_the_headline():
    article = extract("\n".join([*MENU, TITLE, CREDIT, "67 Reviews 4.7 out of 5 stars", *TEXT]), input_type="text")
    assert article.headline == TITLE
    assert TEXT[0] in article.body


def test_role_byline_shapes():
    # A role of one or two words, a byline label of any language, a person's name.
    assert _role_byline("Recipe by Jane Porter")
    assert _role_byline("Researched by Oliver Simpson")
    assert _role_byline("Fotos von Anna Schmidt")
    assert _role_byline("Recette par Jean Dupont")
    # No name after the label, a function word in the role, no role at all, or too long a line.
    assert not _role_byline("Classes By Category")
    assert not _role_byline("Death by Chocolate")
    assert not _role_byline("Ein Porträt von Angela Merkel")
    assert not _role_byline("By Jane Porter")
    assert not _role_byline("Why the best bread in town is baked by Jane Porter")
