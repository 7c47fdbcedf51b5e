"""Raw text: a caption run into its credit with no space, as a copy prints a figure's caption and its
credit set in two inline elements ("... de la Cámara de DiputadosIgnacio Sánchez"; text/lines.py,
glued_captions).

The pages are small hand-written stand-ins: a news story whose two pictures print their caption
glued to the photographer's name between its paragraphs (one in Spanish, one in German), and the
lines with a name run into a word that are no caption: a brand in camel case, a menu's labels run
together, a glued word the page prints twice, a list item.
"""

import artextract
from artextract.blocks import Kind
from artextract.text.lines import lines_to_blocks, pair_captions, split_lines

PARAGRAPH = ("The council met on Tuesday to vote on the new budget, and after a long debate the "
             "members agreed to put more money into the town's schools and roads.")


def _captions(text: str) -> list[tuple[str, str | None]]:
    return [(block.text, block.credit) for block in pair_captions(lines_to_blocks(split_lines(text)))
            if block.hint is Kind.CAPTION]


def test_a_caption_glued_to_a_name_is_a_caption_with_that_credit():
    lines = ["Sergio Massa, el presidente de la Cámara de DiputadosIgnacio Sánchez",
             "Überschwemmte Böden: die Düngung ist hier verbotenThomas Tretzka"]
    text = "\n\n".join(part for line in lines for part in (PARAGRAPH, line)) + "\n\n" + PARAGRAPH
    assert _captions(text) == [
        ("Sergio Massa, el presidente de la Cámara de Diputados Ignacio Sánchez", "Ignacio Sánchez"),
        ("Überschwemmte Böden: die Düngung ist hier verboten Thomas Tretzka", "Thomas Tretzka"),
    ]


def test_camel_case_brands_menus_and_repeated_words_are_no_glued_caption():
    text = "\n\n".join([
        PARAGRAPH,
        "Take a closer look at the new MacBook Air",  # a brand: a capital two letters before the glue
        "About usPricing and plans for your teamCareers Page",  # menu labels run together: two glues
        "Read the whole story on the city's websiteCity Hall",  # the glued word comes back below
        "- the list of the council members who voted forJane Doe",  # a list item
        "The websiteCity Hall prints every vote of the council.",
        PARAGRAPH,
    ])
    assert _captions(text) == []


def test_the_glued_caption_leaves_the_body_for_the_articles_captions():
    line = "Sergio Massa, el presidente de la Cámara de DiputadosIgnacio Sánchez"
    article = artextract.extract(f"A Vote in Congress\n\n{PARAGRAPH}\n\n{line}\n\n{PARAGRAPH}", input_type="text")
    assert [(caption.text, caption.credit) for caption in article.captions] == [
        ("Sergio Massa, el presidente de la Cámara de Diputados", "Ignacio Sánchez")]
    assert "Massa" not in article.body
