"""A lead picture's credit ("Beitragsbild: X", "Featured image credit: X") printed in raw text:
a credit with no description, which takes no line beside it for its caption."""

import pytest

import artextract
from artextract import signals
from artextract.blocks import Block
from artextract.text.lines import pair_captions

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."
SHORT_LINE = "Seine Schwerpunkte setzt der Coach auf Kommunikation."


@pytest.mark.parametrize("line, credit", [
    ("Beitragsbild: Stefan Mang", "Stefan Mang"),
    ("Featured Image Credit: Upgraded Points", "Upgraded Points"),
    ("Featured image: Jane Doe/Unsplash", "Jane Doe/Unsplash"),
    ("Imagen destacada: Juan Pérez", "Juan Pérez"),
])
def test_the_lead_picture_label_is_the_credit_s_label_not_its_description(line, credit):
    assert signals.split_credit(line) == ("", credit)


@pytest.mark.parametrize("credit", ["Beitragsbild: Stefan Mang", "Featured image credit: Jane Doe/Unsplash"])
def test_a_lead_picture_credit_takes_no_caption_sized_line_beside_it(credit):
    # The sentence above (or under) it is the text's last line: the lead picture stands over the headline.
    blocks = pair_captions([Block(PARAGRAPH), Block(SHORT_LINE), Block(credit)])
    assert [b.text for b in blocks] == [PARAGRAPH, SHORT_LINE, credit]
    blocks = pair_captions([Block(PARAGRAPH), Block(credit), Block(SHORT_LINE)])
    assert [b.text for b in blocks] == [PARAGRAPH, credit, SHORT_LINE]


def test_a_label_line_over_its_source_joins_it_and_stands_alone():
    blocks = pair_captions([Block(PARAGRAPH), Block(SHORT_LINE), Block("Beitragsbild:"), Block("Stefan Mang")])
    assert [b.text for b in blocks] == [PARAGRAPH, SHORT_LINE, "Beitragsbild: Stefan Mang"]


def test_raw_text_gives_the_lead_picture_a_credit_only_caption():
    # Between the text's paragraphs, under a short line of the text (erfolg-magazin.de's shape).
    paragraph = "Der Rat hat am Dienstag beschlossen, die Straße zu verbreitern, nach einer langen Debatte über Kosten und Sicherheit."
    text = "\n\n".join(["Die Straße wird breiter", paragraph, paragraph.replace("Rat", "Kreis"), SHORT_LINE,
                        "Beitragsbild: Stefan Mang", paragraph.replace("Rat", "Bund"), paragraph.replace("Rat", "Stadtrat")])
    article = artextract.extract(text, input_type="text")
    assert [(c.text, c.credit) for c in article.captions] == [("", "Stefan Mang")]
    assert SHORT_LINE in article.body
