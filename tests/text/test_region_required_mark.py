"""A comment form under an article in raw text: required fields that say so in brackets ("Name
(required)", text/region.py `_form_field`, rules.FORM_REQUIRED_MARK), and a comment form's label
ending a page read as structured (`_before_comment_form`).

The pages are hand-written: an article of four paragraphs, then a comment form as a copy of a blog
page prints it (its label, the comment box's prompt, the fields with the required word in brackets,
the website field, the form's notes), then the sidebar's recent posts; and a recipe of short
ingredient lines (a structured page) with the same form under it.
"""

from artextract.blocks import Block
from artextract.text.region import find_region

PARAGRAPHS = [
    f"The council voted on {day} to widen the road, after a long debate about costs and safety near the school,"
    f" and the residents asked for a crossing."
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday")
]  # 104 words
# The blog's comment form goes on with sentences of its own, which carry the run over it (not its
# sign-in prompts, "You are commenting using your Twitter account": those are the site's notice).
NOTES = [f"Comments on the {topic} are read by the editor first and appear here within a day or two."
         for topic in ("recipes", "travel notes", "garden diary")]
SIDEBAR = ["Recent posts", "A walk along the river in early spring with the children",
           "Why the old mill closed its doors after ninety years of work"]


def _end(*lines):
    return find_region([Block(text=line) for line in lines]).end


def test_fields_marked_required_in_brackets_end_the_article_in_any_language():
    for form in (["Leave a comment", "Email (required) (Address never made public)", "Name (required)", "Website"],
                 ["Kommentar verfassen", "E-Mail (erforderlich) (Adresse wird niemals veröffentlicht)",
                  "Name (erforderlich)", "Webseite"],
                 ["Laisser un commentaire", "Nom (obligatoire)", "Adresse de messagerie (obligatoire)", "Site web"],
                 ["Skomentuj", "Imię (wymagane)", "Email (Nie będzie opublikowany) (wymagane)", "Witryna"]):
        assert _end("Home", *PARAGRAPHS, *form, *NOTES, *SIDEBAR) == 1 + len(PARAGRAPHS)


def test_one_bracketed_required_word_is_no_form():
    # One field alone is no form (nor is a line of the text that says "(required)" once).
    lines = ["Home", *PARAGRAPHS, "Name (required)", *SIDEBAR]
    assert _end(*lines) == _end("Home", *PARAGRAPHS, "Name", *SIDEBAR)


def test_a_long_line_with_the_word_in_brackets_is_no_field():
    # A sentence of the article that puts the word in brackets is not a form's label.
    sentence = "Every household must send the form back by May (required) and keep a copy of it at home for checks."
    lines = ["Home", *PARAGRAPHS, sentence, sentence.replace("May", "June"),
             *(p.replace("road", "bridge") for p in PARAGRAPHS[:2])]
    assert _end(*lines) == len(lines)


INGREDIENTS = ["250 g flour", "125 g sugar", "125 g butter", "1 egg", "1 pinch of salt", "100 g almond flakes",
               "1 tsp vanilla", "1 lemon's zest", "2 tbsp milk", "Baking paper", "A round cutter", "A rolling pin",
               "1 bowl", "1 baking tray", "1 wire rack", "1 tin", "1 apple slice", "Icing sugar to dust"]
INTRO = ("These almond biscuits are the ones my grandmother baked every winter."
         " Knead all of it, roll it out, cut the biscuits and bake them for fifteen minutes until golden.")
OUTRO = "Keep them in a tin with a slice of apple, and they stay soft for a week or two."
LINKS = ["Home", "Recipes", "Cakes", "Biscuits", "Bread", "About me", "Contact"]


def _region(lines):
    return find_region([Block(text=line) for line in lines])


def test_a_structured_page_ends_at_its_comment_forms_label():
    # A recipe read as a structured page: the comment form under it is no longer asked of the
    # prose rule (`_before_form`); its comments label ends the text.
    for label, fields in (("Leave a comment", ["Email (required) (Address never made public)", "Name (required)"]),
                          ("Kommentar verfassen", ["Name *", "E-Mail *"])):
        lines = [*LINKS, "Almond biscuits", INTRO, *INGREDIENTS, OUTRO, "Share this:", label, "Enter your comment here...",
                 *fields, "Website", *NOTES, *LINKS]
        region = _region(lines)
        assert region.reading.structured
        assert region.end == lines.index(label)


def test_a_form_without_a_comments_label_leaves_a_structured_page_as_it_was():
    # A contact or order form on a structured page may be the page's content: no label, no cut.
    tail = ["Order a tin", "Name (required)", "Email (required)", "Website", *NOTES, *LINKS]
    with_form = _region([*LINKS, "Almond biscuits", INTRO, *INGREDIENTS, OUTRO, *tail])
    plain = _region([*LINKS, "Almond biscuits", INTRO, *INGREDIENTS, OUTRO, "Order a tin", "Name", "Email", "Website", *NOTES, *LINKS])
    assert with_form.end == plain.end
