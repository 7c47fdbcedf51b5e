"""The lead picture's caption or credit printed right under the headline, which the region leaves
outside (the text starts lower, under a share bar), becomes a caption of the head
(text/lines.opening_credits). Hand-written blocks standing for a news page's head: the headline,
its dek, the lead picture's credit, then a share bar before the text."""

from artextract.blocks import Block, Kind, Zone
from artextract.text.lines import opening_credits

HEADLINE = "Die Straße wird breiter"
DEK = "Der Rat hat am Dienstag beschlossen, die Straße zu verbreitern."


def _zoned(*lines: tuple[str, Zone]) -> list[Block]:
    blocks = [Block(text) for text, _ in lines]
    for block, (_, zone) in zip(blocks, lines):
        block.zone = zone
    return blocks


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

