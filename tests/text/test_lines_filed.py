"""Raw text: a news caption ending, after its sentence, in the word that says its picture comes from
the archive ("... (FILE)", "... Archivo.", "... Mike Blake/Reuters files"; text/lines.py, filed_captions).

The pages are small hand-written stand-ins: a sports story whose lead picture is an archive one, a
Spanish story with "Archivo." after its caption, a Canadian wire story whose caption names the
photographer and the agency before "files", and the lines that end alike but are no caption (a
sentence about files, a list item, a caption too short).
"""

import artextract
from artextract.blocks import Kind
from artextract.text.lines import lines_to_blocks, pair_captions, split_lines

PARAGRAPH = ("The national team will play four qualifying matches next month, and the coach has named a "
             "squad of twenty-six players for the trip to the islands.")


def _captions(text: str) -> list[tuple[str, str | None]]:
    return [(block.text, block.credit) for block in pair_captions(lines_to_blocks(split_lines(text)))
            if block.hint is Kind.CAPTION]


def test_a_line_ending_in_the_archives_word_is_a_caption():
    lines = ["The footballers training ahead of a match against Dominica. (FILE)",
             "El avión fue detenido ilegalmente el año pasado en Guatemala. Archivo.",
             "Die Spieler beim Training vor dem Spiel gegen Dominica. (Archivbild)"]
    text = "\n\n".join(part for line in lines for part in (PARAGRAPH, line)) + "\n\n" + PARAGRAPH
    assert _captions(text) == [(line, None) for line in lines]


def test_a_photographer_and_agency_before_the_word_are_the_credit():
    line = "The company plans to cut its emissions by half across its supply chain. Mike Blake/Reuters files"
    assert _captions(f"{PARAGRAPH}\n\n{line}\n\n{PARAGRAPH}") == [(line, "Mike Blake/Reuters files")]
    article = artextract.extract(f"Emissions Plan\n\n{PARAGRAPH}\n\n{line}\n\n{PARAGRAPH}", input_type="text")
    assert [(caption.text, caption.credit) for caption in article.captions] == [
        ("The company plans to cut its emissions by half across its supply chain.", "Mike Blake/Reuters files")]
    assert "supply chain" not in article.body


def test_lines_that_end_alike_stay_text():
    text = "\n\n".join([
        PARAGRAPH,
        "Open the settings and save the document to your files",  # no sentence before the word
        "Training. (FILE)",  # two words: shorter than a caption
        PARAGRAPH,
    ])
    assert _captions(text) == []
    item = "- The footballers training ahead of a match against Dominica. (FILE)"
    assert _captions(f"{PARAGRAPH}\n{item}\n{PARAGRAPH}") == []
