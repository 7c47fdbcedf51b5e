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

