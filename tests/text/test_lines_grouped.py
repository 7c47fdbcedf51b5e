"""Raw text: a copy's blank lines say which line a credit line goes with (text/lines.py, _grouped_caption).

The pages are small hand-written stand-ins for a browser's copy of an article whose paragraphs
stand apart by blank lines, while a figure's description and credit stand together.
"""

from artextract.blocks import Kind
from artextract.text.lines import lines_to_blocks, pair_captions, split_lines

PARAGRAPH = ("The trail climbs for an hour through the beech wood before it reaches the ridge, "
             "where the view opens to the lake and the villages on its far shore.")
# Three sentences, 44 words: longer than a line standing apart above a credit may be.
LONG_CAPTION = ("The chestnut groves on the southern slopes grew from a double use as orchard and pasture. "
                "Their old trees stand wide apart over a carpet of grass. "
                "Grazing keeps the ground open for the butterflies and beetles that need warm, light woods.")


def _pairs(text: str) -> list[tuple[str, Kind | None, str | None]]:
    return [(block.text, block.hint, block.credit) for block in pair_captions(lines_to_blocks(split_lines(text)))]


def test_a_long_description_right_above_its_credit_is_the_caption():
    blocks = _pairs(f"{PARAGRAPH}\n\n{LONG_CAPTION}\nFoto: Peter Steiger\n\n{PARAGRAPH}")
    assert blocks[1] == (f"{LONG_CAPTION} Foto: Peter Steiger", Kind.CAPTION, "Foto: Peter Steiger")
    assert len(blocks) == 3


def test_the_same_line_with_a_blank_line_before_the_credit_stays_text():
    blocks = _pairs(f"{PARAGRAPH}\n\n{LONG_CAPTION}\n\nFoto: Peter Steiger\n\n{PARAGRAPH}")
    assert blocks[1] == (LONG_CAPTION, None, None)


def test_a_line_inside_a_run_of_lines_is_not_opened_as_a_group():
    # No blank line above the long line: it ends a block of text lines, no figure's group.
    blocks = _pairs(f"{PARAGRAPH}\n{LONG_CAPTION}\nFoto: Peter Steiger\n\n{PARAGRAPH}")
    assert (LONG_CAPTION, None, None) in blocks


def test_a_credit_set_apart_above_takes_the_line_under_it():
    lead = "Relief at the park: the transmitter of the young vulture is sending again after two silent months."
    caption = "The bearded vulture in flight."
    blocks = _pairs(f"{lead}\n\n© Markus Leitner\n{caption}\n\n{PARAGRAPH}")
    assert blocks[0] == (lead, None, None)
    assert blocks[1] == (f"{caption} © Markus Leitner", Kind.CAPTION, "© Markus Leitner")


def test_a_testimonial_over_its_signature_is_no_caption():
    # Over 30 words: too long for a line standing apart above a credit, short enough for a group's.
    quote = ('"They have the expertise and the ability to scale up our accounting function much more quickly '
             'than we could have done it internally. So based on expertise, speed and cost, it was a slam dunk."')
    blocks = _pairs(f"{PARAGRAPH}\n\n{quote}\nRich Oakes, President/CEO\n\n{PARAGRAPH}")
    assert all(hint is None for _, hint, _ in blocks)
