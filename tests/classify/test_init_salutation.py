"""A salutation right above the first paragraph opens the text.

The blocks below are written for the test. They stand for a forum post or a letter as a raw copy
prints it: a headline, then the greeting on a line of its own ("Hi,", "Liebe Schwestern und
Brüder,"), then the text it opens. And for what stays the head's: a line of tags ending in a
comma, and a name with a comma after it.
"""

from artextract.blocks import Block, Kind
from artextract.classify import SALUTATION_REASON, classify

HEADLINE = "How do I turn off the status lights on my new board"
PARAGRAPHS = (
    "I just got the new board and wanted to turn off all of its lights at night. I followed a guide for the "
    "older model, but the settings it names are not there any more and nothing I try changes them.",
    "Has anyone found where the new firmware keeps these settings, or is there a command for it now? Any "
    "hint would help, since the board sits in my bedroom and the lights keep me awake.",
)


def _kinds(above: str) -> dict[str, tuple[Kind, str]]:
    decisions = classify([Block(text) for text in (HEADLINE, above, *PARAGRAPHS)])
    return {d.block.text: (d.kind, d.reason) for d in decisions}


def test_a_greeting_over_the_first_paragraph_is_the_texts():
    for greeting in ("Hi,", "Hello everyone,", "Dear fellow makers,", "Liebe Schwestern und Brüder,"):
        assert _kinds(greeting)[greeting] == (Kind.BODY, SALUTATION_REASON)


def test_a_line_of_tags_ending_in_a_comma_is_no_greeting():
    tags = "Boards, lights, firmware, settings,"
    assert _kinds(tags)[tags][0] is not Kind.BODY


def test_a_name_with_a_comma_is_no_greeting():
    name = "Nikolai Huke,"
    assert _kinds(name)[name][1] != SALUTATION_REASON
