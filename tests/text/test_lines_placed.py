"""Raw text: a caption with no credit that says where its picture stands or what it shows before a
colon ("Above: ...", "Left: ... Right: ...", "Pictured: ..."; text/lines.py, placed_captions).

The pages are small hand-written stand-ins: a garden magazine's article whose pictures each carry an
"Above:" caption between its paragraphs, a plant guide whose entries each print a "Pictured:" line
under the plant's text, and the lines that open the same way but are no caption (a list's lead-in,
CSS, a link list's "Links:" label, a list item).
"""

import artextract
from artextract.blocks import Kind
from artextract.text.lines import lines_to_blocks, pair_captions, split_lines

PARAGRAPH = ("The meadow was sown ten years ago with seed from the hills above the town, and every "
             "summer since it has drawn more bees, moths and birds to the garden.")


def _captions(text: str) -> list[str]:
    return [block.text for block in pair_captions(lines_to_blocks(split_lines(text))) if block.hint is Kind.CAPTION]


def test_a_line_opening_with_the_pictures_place_is_its_caption():
    lines = ["Above: The seed heads of the coneflowers glow in the winter light.",
             "left: a tent set up by the river. right: the trail down into the valley.",
             "Im Bild: Die Wiese im zweiten Sommer nach der Aussaat.",
             "À gauche : la prairie au printemps, avant la première fauche."]
    text = "\n\n".join(part for line in lines for part in (PARAGRAPH, line)) + "\n\n" + PARAGRAPH
    assert _captions(text) == lines


def test_pictured_lines_under_a_guides_entries_are_captions():
    entries = [("FERN", "Pictured: Living Lace Parvati"), ("POTHOS", "Pictured: Summer Nights Vine")]
    text = "\n\n".join(f"{name}\n\n{PARAGRAPH}\n\n{pictured}" for name, pictured in entries)
    assert _captions(text) == [pictured for _, pictured in entries]


def test_lines_that_open_alike_but_show_no_picture_stay_text():
    text = "\n\n".join([
        PARAGRAPH,
        "Below: the steps we took, one by one:",  # a lead-in: what follows is its list
        "top: 0; left: 0; position: absolute;",  # CSS
        "Links: Gartenverband, Saatgutbörse, Imkerverein",  # German "Links" is a list of links as often as "left"
        "Above: two words",  # three words with its label: a caption's shortest
        PARAGRAPH,
    ])
    assert _captions(text) == ["Above: two words"]
    item = "- Above: the first item of a list of things to pack"
    assert _captions(f"{PARAGRAPH}\n{item}\n{PARAGRAPH}") == []


def test_the_caption_leaves_the_body_for_the_articles_captions():
    line = "Above: The seed heads of the coneflowers glow in the winter light."
    article = artextract.extract(f"A Winter Meadow\n\n{PARAGRAPH}\n\n{line}\n\n{PARAGRAPH}", input_type="text")
    assert [caption.text for caption in article.captions] == [line]
    assert "coneflowers" not in article.body
