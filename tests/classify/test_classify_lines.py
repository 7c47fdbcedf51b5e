"""The author-box shape both modes share: a paragraph opening with the name the line above ends with."""

import pytest

from artextract.classify.lines import name_opening

BIO = "Inga Buller ist Head of Social bei einer Agentur in Hamburg."


@pytest.mark.parametrize(
    ("label", "paragraph", "before", "name"),
    [
        ("Inga Buller", BIO, 0, "Inga Buller"),
        ("About Inga Buller", BIO, 0, None),  # a label before the name: not allowed here
        ("About Inga Buller", BIO, 1, "Inga Buller"),
        ("Written by Inga Buller", BIO, 2, "Inga Buller"),
        ("About Clay", "Clay is a data platform for growth teams.", 1, "Clay"),
        ("Inga Buller", "Inga Bullerjahn writes about bees.", 0, None),  # whole words only
        ("inga buller", "inga buller ist Head of Social.", 0, None),  # a name is capitalised
        ("Inga Buller", "Maria Garcia ist Redakteurin.", 0, None),
        ("", BIO, 2, None),
        # particles between a name's first and last word stay in lower case
        ("Dr Marna van der Merwe", "Dr Marna van der Merwe , AIHR's lead expert, writes on HR.", 0, "Dr Marna van der Merwe"),
        ("By Juan de la Cruz", "Juan de la Cruz es periodista en Madrid.", 1, "Juan de la Cruz"),
        ("Meet van der Merwe", "van der Merwe writes on HR.", 2, None),  # a name opens capitalised
    ],
)
def test_name_opening(label: str, paragraph: str, before: int, name: str | None) -> None:
    assert name_opening(label, paragraph, before=before) == name


def test_the_members_read_once_answer_as_the_spelled_out_tests():
    # classify/lines.py reads the enum members its per-line tests ask once (BODY_HINTS, PARAGRAPH_FORMS):
    # every form, hint and bullet gets the answer of the conditions written out with the members.
    from itertools import product

    from artextract.blocks import Block, Form, Kind
    from artextract.classify.lines import is_body_paragraph, is_list_line
    from artextract.signals import is_prose

    prose = "The council voted on Tuesday to extend the harbour wall by forty metres, engineers say."
    for form, hint, bullet in product(Form, (None, *Kind), (None, "•")):
        block = Block(prose, form=form, hint=hint, bullet=bullet)
        assert is_list_line(block) == (bullet is not None or form is Form.LIST_ITEM)
        spelled = hint in (None, Kind.BODY) and form in (Form.PARAGRAPH, Form.QUOTE) and not bullet and is_prose(prose)
        assert is_body_paragraph(block) == spelled, (form, hint, bullet)
