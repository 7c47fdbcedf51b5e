"""Raw text: a browser copy's preformatted text is one code block (text/lines.py, preformatted_spans).

The pages are small hand-written stand-ins for a browser's copy of a tutorial: its paragraphs stand
apart by blank lines and open at the margin, while a listing keeps its lines and their indentation
(a browser folds the spaces that open a line anywhere but in preformatted text). A scraper's dump
indents every nested block, its paragraphs too, and there indentation says nothing.
"""

from artextract import extract
from artextract.blocks import Form
from artextract.text.lines import lines_to_blocks, split_lines

INTRO = ("Parsing is taking text and giving it structure, and the function below does it for one line "
         "of the configuration file, which holds a name, an equals sign and a value.")
OUTRO = ("The function returns nothing for a line without an equals sign, so the caller can skip "
         "comments and empty lines without testing for them first.")
LISTING = """function parseLine(line) {
  // Find the position of the = sign
  const equalsIndex = line.indexOf('=')

  // If there is none, this is no assignment
  if (equalsIndex === -1) {
    return null
  }

  const name = line.slice(0, equalsIndex).trim()
  const value = line.slice(equalsIndex + 1).trim()
  return { name, value }
}"""


def _blocks(text: str) -> list[tuple[str, Form]]:
    return [(block.text, block.form) for block in lines_to_blocks(split_lines(text))]


def test_a_listing_with_its_empty_lines_is_one_code_block():
    blocks = _blocks(f"{INTRO}\n\n{LISTING}\n\n{OUTRO}")
    assert blocks == [(INTRO, Form.PARAGRAPH), (LISTING, Form.CODE), (OUTRO, Form.PARAGRAPH)]


def test_code_lines_at_the_margin_beside_an_indented_group_join_it():
    # "use ..." lines open at the margin but are code, an empty line above the indented function.
    listing = "use std::io::{self, Read};\nuse std::fs::{File};\n\nfn main() {\n    let text = fs::read_to_string(\"a.txt\");\n}"
    blocks = _blocks(f"{INTRO}\n\n{listing}\n\n{OUTRO}")
    assert blocks[1] == (listing, Form.CODE)
    assert len(blocks) == 3


def test_a_list_at_the_margin_stays_lines():
    # A list's items open at the margin: no preformatted text, one block a line.
    items = "Vortex columnar data\nTemporary files during query execution\nMetadata tables"
    blocks = _blocks(f"{INTRO}\n\n{items}\n\n{OUTRO}")
    assert [form for _, form in blocks] == [Form.PARAGRAPH] * 5


def test_two_indented_lines_are_too_few_for_a_block():
    blocks = _blocks(f"{INTRO}\n\n  Save\n  Share\n\n{OUTRO}")
    assert [text for text, _ in blocks] == [INTRO, "Save", "Share", OUTRO]


def test_a_dump_that_indents_its_paragraphs_joins_nothing():
    # inscriptis indents every nested block: the indented lines here are its menu and its prose.
    dump = f"  * Home\n  * Guides\n    + Parsing\n    + Testing\n\n    {INTRO}\n\n    {OUTRO}"
    assert all(form is not Form.CODE for _, form in _blocks(dump))


def test_the_article_goes_on_past_a_listing_after_its_opening():
    # Line by line, the listing's short lines paid the run's toll and ended the text above it.
    paragraphs = [
        "Configuration files are older than most of the programs that read them, and their format has "
        "hardly changed in forty years: a name, an equals sign and a value on every line.",
        "Reading one is a good first exercise, because it needs only three operations on strings and "
        "every language offers them under nearly the same names.",
        INTRO,
    ]
    text = "A line parser in ten minutes\n\n" + "\n\n".join(paragraphs) + f"\n\n{LISTING}\n\n{OUTRO}\n"
    body = extract(text, input_type="text").body
    assert OUTRO in body
    assert "const equalsIndex = line.indexOf('=')" in body
