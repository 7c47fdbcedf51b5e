"""Raw text: an agency's name alone as a credit line, a gallery's descriptions and credits in turn,
and the depths of an indenting copy (text/lines.py, pair_captions).

The pages are small hand-written stand-ins: a news gallery copied by a scraper that sets every
block apart by blank lines (descriptions with no full stop, credits "Reuters", "AFP via Getty
Images"), an article's end with the story's agency over a tags box, and an indenting copy
(inscriptis) whose credit stands a level out from the article's lead.
"""

from artextract.blocks import Kind
from artextract.text.lines import lines_to_blocks, pair_captions, split_lines

PARAGRAPH = ("The trail climbs for an hour through the beech wood before it reaches the ridge, "
             "where the view opens to the lake and the villages on its far shore.")
CAPTION = "Commuters wait on the platform of the central station on the first morning of the new timetable."
GALLERY = [
    ("Commuters sit in a coach at the underground metro station, with red circles on the ground", "AFP via Getty Images"),
    ("People walk on a street of the island on the first day of the reopening of shops", "Reuters"),
    ("A thermal camera scans the body temperature of commuters arriving from regional trains", "AFP via Getty Images"),
    ("Workers at a hair salon work on customers, all wearing face masks", "AP"),
]


def _pairs(text: str) -> list[tuple[str, Kind | None, str | None]]:
    return [(block.text, block.hint, block.credit) for block in pair_captions(lines_to_blocks(split_lines(text)))]


def test_an_agency_name_alone_is_the_credit_of_the_caption_above():
    blocks = _pairs(f"{PARAGRAPH}\n\n{CAPTION}\nReuters\n\n{PARAGRAPH}")
    assert blocks[1] == (f"{CAPTION} Reuters", Kind.CAPTION, "Reuters")


def test_an_agency_name_alone_is_no_caption_without_one_beside_it():
    # A menu's "AP" between other entries, and the story's source under its last paragraph.
    assert all(hint is None for _, hint, _ in _pairs("SAT\nACT\nAP\nPSAT\nCollege Admissions"))
    blocks = _pairs(f"{PARAGRAPH}\n\n{CAPTION}\n\nDPA\nThemen in diesem Artikel\nBoris Johnson")
    assert all(hint is None for _, hint, _ in blocks)


def test_a_gallerys_descriptions_take_the_credits_under_them_without_a_full_stop():
    text = "\n\n".join([PARAGRAPH, *(f"{description}\n\n{credit}" for description, credit in GALLERY), PARAGRAPH])
    captions = [(text, credit) for text, hint, credit in _pairs(text) if hint is Kind.CAPTION]
    assert captions == [(f"{description} {credit}", credit) for description, credit in GALLERY]


def test_two_credits_in_turn_with_lines_are_no_gallery():
    # A description with no full stop beside a credit pairs only in a run of GALLERY_MIN_CREDITS.
    text = "\n\n".join([PARAGRAPH, *(f"{description}\n\n{credit}" for description, credit in GALLERY[:2]), PARAGRAPH])
    assert all(hint is None for _, hint, _ in _pairs(text))


def test_an_indented_credit_takes_no_line_at_another_depth_a_blank_line_away():
    lead = "  The band takes death as a view through the window and airs things out on its tour this autumn."
    blocks = _pairs(f"Live on tour\n\n(Foto: FKP Scorpio)\n\n{lead}\n\n  {PARAGRAPH}")
    # The credit stays a line of its own (the classifier reads its label: a caption with no description).
    assert [text for text, _, _ in blocks] == ["Live on tour", "(Foto: FKP Scorpio)", lead.strip(), PARAGRAPH]


def test_an_indented_credit_takes_its_caption_at_its_own_depth():
    blocks = _pairs(f"  {PARAGRAPH}\n\n    {CAPTION}\n\n    Photo: Jane Doe\n\n  {PARAGRAPH}")
    assert (f"{CAPTION} Photo: Jane Doe", Kind.CAPTION, "Photo: Jane Doe") in blocks
