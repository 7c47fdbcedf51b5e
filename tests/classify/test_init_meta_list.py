"""A post's meta set as a list is no table of contents.

The blocks below are written for the test. They stand for a blog post as inscriptis copies it: the
headline, then the post's meta as list items (the writer's name, the section, the date), the text,
and the author's box at its end that prints the name again. The name comes back below the head
as a table of contents' entry does; the date among the items tells the meta from a table of
contents. A list of the text's headings with no date stays a table of contents.
"""

from artextract import extract
from artextract.blocks import Block, Form, Kind
from artextract.classify import classify

HEADLINE = "Types of Restaurant Service Explained for New Owners"
PARAGRAPHS = (
    "How a restaurant serves its guests often matters as much as what it serves. Service shapes the room, "
    "the staff a place needs and the price it can ask, so it is worth choosing with care from the start.",
    "What makes this complex is that service can be varied in many ways, from the counter to the table, "
    "and each of them asks different things of the kitchen and of the people working on the floor.",
)
TOC_ENTRY = "table of contents entry repeated in the text"


def _item(text: str) -> Block:
    return Block(text, form=Form.LIST_ITEM, bullet="*")


def _decisions(items: tuple[str, ...], tail: tuple[str, ...]) -> dict[str, tuple[Kind, str]]:
    blocks = [Block(HEADLINE), *(_item(text) for text in items), *(Block(text) for text in (*PARAGRAPHS, *tail))]
    return {d.block.text: (d.kind, d.reason) for d in classify(blocks) if d.block.form is Form.LIST_ITEM}


def test_the_name_in_a_dated_meta_list_is_no_contents_entry():
    decisions = _decisions(("Jane Rivera", "Marketing", "August 26, 2025"), ("Jane Rivera", "Marketing"))
    assert decisions["Jane Rivera"][1] != TOC_ENTRY
    assert decisions["Marketing"][1] == TOC_ENTRY  # (the section's item stays where it was)


def test_a_list_of_headings_without_a_date_stays_a_table_of_contents():
    decisions = _decisions(("Jane Rivera", "Marketing"), ("Jane Rivera", "Marketing"))
    assert decisions["Jane Rivera"][1] == TOC_ENTRY


def test_the_meta_lists_name_is_the_author_in_raw_text():
    text = "\n".join([
        HEADLINE, "", "  * Jane Rivera", "  * Marketing", "  * August 26, 2025", "",
        *(f"{paragraph}\n" for paragraph in PARAGRAPHS),
        "Jane Rivera", "Jane Rivera is a content writer covering restaurants and the people who run them.",
    ])
    assert extract(text, input_type="text").authors == ["Jane Rivera"]
