"""A tag list's label under a raw article with no sentence under it ends the text (region._before_tag_list)."""

from artextract.blocks import Block
from artextract.text.region import find_region

# Stands for a news post: ten paragraphs of prose under a menu's line.
PARAGRAPHS = [
    f"The council voted on {day} to widen the road, after a long debate about costs and safety near the school,"
    f" and the residents of the {day} market asked for a crossing, a lower speed limit and more light at night."
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Easter", "Whit", "Carnival")
]
# Stands for the site's taxonomy and what it prints after it: the tags, its magazine's teaser (no sentence).
TAGS = ["Schlagworte", "Verkehr", "Gemeinderat"]
ISSUE = ["Unsere neue Rubrik. Zum Auftakt fragen wir den Bürgermeister, wie es um die Straßen der Stadt steht",
         "Heft abonnieren »"]
# Stands for the site's recirculation under it, whose label ends the text where the tags do not.
MORE = ["More from the newsroom",
        "The mayor opened the new bridge on Sunday, with a band, a choir and a crowd of a few hundred people from the"
        " town and the villages around it, who had waited for it for more than ten years and came to see it in the rain."]


def _region(*lines):
    return find_region([Block(text=line) for line in lines])


def test_a_tags_label_with_no_prose_under_it_ends_the_text():
    region = _region("Home", *PARAGRAPHS, *TAGS, *ISSUE, *MORE)
    assert region.run[1] > region.end == 1 + len(PARAGRAPHS)
    # Its colon aside.
    region = _region("Home", *PARAGRAPHS, "Tags:", *TAGS[1:], *ISSUE, *MORE)
    assert region.end == 1 + len(PARAGRAPHS)


def test_a_line_of_tags_with_no_prose_under_it_ends_the_text_too():
    # The label and its tags on one line ("Schlagwörter: Verkehr, Gemeinderat"), or one tag ("Tags: Roads").
    for line in ("Schlagwörter: Verkehr, Gemeinderat, Nordstadt", "Tags: Roads"):
        region = _region("Home", *PARAGRAPHS, line, *ISSUE, *MORE)
        assert region.end == 1 + len(PARAGRAPHS)


def test_a_tags_label_with_prose_under_it_stays():
    # The text goes on after its topic links: a paragraph under the label is the article's.
    closing = PARAGRAPHS[0].replace("council", "mayor")
    lines = ["Home", *PARAGRAPHS, *TAGS, closing, *ISSUE, *MORE]
    assert _region(*lines).end == lines.index(MORE[0])


def test_a_tags_label_needs_the_articles_prose_above_it():
    # Two paragraphs over the tags: too little prose to say the label closes an article.
    region = _region("Home", *PARAGRAPHS[:2], *TAGS, *ISSUE, *MORE)
    assert region.end > 1 + 2
