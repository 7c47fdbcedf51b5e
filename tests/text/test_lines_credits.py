"""The credits of the article's pictures the region leaves outside: those printed under its last
paragraph (text/lines.closing_credits), captions with no description, the body as it was; and the
lead picture's caption or credit printed right under the headline, where the text starts lower,
under a share bar (text/lines.opening_credits), a caption of the head. Hand-written blocks standing
for a news page's head (headline, dek, the lead picture's credit, a share bar) and its end."""

import artextract
from artextract.blocks import Block, Kind, Zone
from artextract.text.lines import closing_credits, opening_credits

HEADLINE = "Die Straße wird breiter"
DEK = "Der Rat hat am Dienstag beschlossen, die Straße zu verbreitern."
PARAGRAPH = "Der Rat hat am Dienstag beschlossen, die Straße zu verbreitern, nach einer langen Debatte über Kosten und Sicherheit."


def _zoned(*lines: tuple[str, Zone]) -> list[Block]:
    blocks = [Block(text) for text, _ in lines]
    for block, (_, zone) in zip(blocks, lines):
        block.zone = zone
    return blocks


def test_a_labelled_credit_under_the_last_line_becomes_a_caption():
    blocks = _zoned((PARAGRAPH, Zone.MAIN), ("Foto: Anna Berg/dpa", Zone.OUTSIDE), ("Artikel teilen:", Zone.OUTSIDE))
    closing_credits(blocks)
    assert [(b.zone, b.hint) for b in blocks] == [(Zone.MAIN, None), (Zone.MAIN, Kind.CAPTION), (Zone.OUTSIDE, None)]


def test_a_source_line_between_is_passed_over_and_stays_outside():
    blocks = _zoned((PARAGRAPH, Zone.MAIN), ("Quelle: Stadtverwaltung", Zone.OUTSIDE), ("Symbolbild: Anna Berg", Zone.OUTSIDE))
    closing_credits(blocks)
    assert [(b.zone, b.hint) for b in blocks][1:] == [(Zone.OUTSIDE, None), (Zone.MAIN, Kind.CAPTION)]


def test_a_credit_after_other_furniture_or_a_notice_stays_outside():
    # A card's credit under a teaser title is the card's; the site's notice is no picture's credit.
    blocks = _zoned((PARAGRAPH, Zone.MAIN), ("Mehr zum Thema", Zone.OUTSIDE), ("Foto: Anna Berg", Zone.OUTSIDE))
    closing_credits(blocks)
    assert blocks[2].zone is Zone.OUTSIDE and blocks[2].hint is None
    blocks = _zoned((PARAGRAPH, Zone.MAIN), ("© 2024 Stadtanzeiger. Alle Rechte vorbehalten.", Zone.OUTSIDE))
    closing_credits(blocks)
    assert blocks[1].zone is Zone.OUTSIDE and blocks[1].hint is None


def test_only_the_lines_straight_under_the_region_are_read():
    credits = [(f"Foto: Anna Berg {n}", Zone.OUTSIDE) for n in range(6)]
    blocks = _zoned((PARAGRAPH, Zone.MAIN), *credits)
    closing_credits(blocks)
    assert [b.hint for b in blocks[1:]] == [Kind.CAPTION] * 3 + [None] * 3


def test_markup_stops_at_furniture_and_at_a_credit_signed_by_the_sign_alone():
    # In a page's markup a "©" line under the text is the publisher's notice, and a line the markup
    # marks as furniture is no picture's credit; a labelled picture credit is taken as in raw text.
    blocks = _zoned((PARAGRAPH, Zone.MAIN), ("© Stadtanzeiger Verlag GmbH", Zone.OUTSIDE))
    closing_credits(blocks, markup=True)
    assert blocks[1].zone is Zone.OUTSIDE and blocks[1].hint is None
    blocks = _zoned((PARAGRAPH, Zone.MAIN), ("Foto: Anna Berg", Zone.OUTSIDE))
    blocks[1].hint = Kind.BOILERPLATE
    closing_credits(blocks, markup=True)
    assert blocks[1].zone is Zone.OUTSIDE and blocks[1].hint is Kind.BOILERPLATE
    blocks = _zoned((PARAGRAPH, Zone.MAIN), ("Image Source: Mises Institute", Zone.OUTSIDE))
    closing_credits(blocks, markup=True)
    assert blocks[1].zone is Zone.MAIN and blocks[1].hint is Kind.CAPTION


def test_no_region_no_change():
    blocks = _zoned(("Foto: Anna Berg", Zone.OUTSIDE))
    closing_credits(blocks)
    assert blocks[0].zone is Zone.OUTSIDE and blocks[0].hint is None


def test_raw_text_gives_the_closing_credit_a_caption_and_keeps_the_body():
    # Paragraphs of three sentences: no caption's length, so the credit pairs with none of them.
    long = f"{PARAGRAPH} Die Arbeiten beginnen im Frühjahr. Anwohner werden vorher informiert."
    text = "\n\n".join([
        "Startseite", "Politik", "Die Straße wird breiter", long, long.replace("Rat", "Kreis"),
        long.replace("Rat", "Bund"), "Foto: Anna Berg/dpa", "Artikel teilen:", "Facebook", "Twitter",
        "Impressum", "Datenschutz"])
    article = artextract.extract(text, input_type="text")
    assert [(c.text, c.credit) for c in article.captions] == [("", "Anna Berg/dpa")]
    assert "Anna Berg" not in article.body and long in article.body


def test_a_labelled_credit_under_the_headline_and_its_dek_becomes_a_caption_of_the_head():
    blocks = _zoned((HEADLINE, Zone.HEAD), (DEK, Zone.OUTSIDE), ("Bild: shutterstock", Zone.OUTSIDE), ("Teilen", Zone.OUTSIDE))
    opening_credits(blocks, 0)
    assert [(b.zone, b.hint) for b in blocks[1:]] == [(Zone.OUTSIDE, None), (Zone.HEAD, Kind.CAPTION), (Zone.OUTSIDE, None)]


def test_a_caption_paired_with_its_credit_under_the_headline_is_read_in_the_head():
    paired = Block(f"{DEK} Foto: Anna Berg", hint=Kind.CAPTION, credit="Foto: Anna Berg")
    blocks = [Block(HEADLINE), paired, Block("Teilen")]
    blocks[0].zone = Zone.HEAD
    blocks[1].zone = blocks[2].zone = Zone.OUTSIDE
    opening_credits(blocks, 0)
    assert paired.zone is Zone.HEAD and paired.hint is Kind.CAPTION


def test_a_source_line_a_notice_or_a_credit_further_down_stays_outside():
    blocks = _zoned((HEADLINE, Zone.HEAD), ("Quelle: Stadtverwaltung", Zone.OUTSIDE), ("© 2024 Stadtanzeiger. Alle Rechte vorbehalten.", Zone.OUTSIDE))
    opening_credits(blocks, 0)
    assert all(b.zone is Zone.OUTSIDE and b.hint is None for b in blocks[1:])
    lines = [(HEADLINE, Zone.HEAD)] + [(f"Zeile {n}", Zone.OUTSIDE) for n in range(3)] + [("Foto: Anna Berg", Zone.OUTSIDE)]
    blocks = _zoned(*lines)
    opening_credits(blocks, 0)
    assert blocks[-1].zone is Zone.OUTSIDE and blocks[-1].hint is None


def test_the_walk_stops_at_the_text_and_without_a_headline():
    blocks = _zoned((HEADLINE, Zone.HEAD), (DEK, Zone.MAIN), ("Foto: Anna Berg", Zone.OUTSIDE))
    opening_credits(blocks, 0)
    assert blocks[2].zone is Zone.OUTSIDE and blocks[2].hint is None
    blocks = _zoned((HEADLINE, Zone.OUTSIDE), ("Foto: Anna Berg", Zone.OUTSIDE))
    opening_credits(blocks, None)
    assert blocks[1].zone is Zone.OUTSIDE and blocks[1].hint is None

