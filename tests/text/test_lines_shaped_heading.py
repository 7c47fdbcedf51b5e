"""Raw text: a line of a credit's unlabelled shape over a paragraph that says its words again is
the section's heading, not a picture's credit (text/lines.py, _section_headings_unread).

The pages are small hand-written stand-ins: a restaurant guide whose sections are headed
"Gueridon / Tableside Service" and "Low-Code/No-Code Costs" shapes, each section's first paragraph
opening with the heading's words, and a news page whose picture is credited "Jane Doe/Northern
Post" over a paragraph that is about something else (a credit, paired with its caption).
"""

from artextract.blocks import Kind
from artextract.text.lines import lines_to_blocks, pair_captions, split_lines

ABOVE = "Russian service suits banquets and formal dining."


def _captions(text: str) -> list[str]:
    return [block.text for block in pair_captions(lines_to_blocks(split_lines(text))) if block.hint is Kind.CAPTION]


def test_a_slashed_heading_over_a_paragraph_repeating_its_words_is_no_credit():
    text = "\n\n".join([
        ABOVE,
        "Gueridon / Tableside Service",
        "Gueridon service involves a portable trolley that the waiter wheels to the table, where the "
        "dish is finished in front of the guests.",
    ])
    assert _captions(text) == []


def test_a_credit_over_a_paragraph_on_something_else_still_pairs():
    caption = "Bee orchids on the meadow above the town."
    text = "\n\n".join([
        "The meadow was sown ten years ago with seed from the hills above the town.",
        f"{caption}\nJane Doe/Northern Post",
        "Every summer since it has drawn more bees, moths and birds to the garden, the keepers say.",
    ])
    assert _captions(text) == [f"{caption} Jane Doe/Northern Post"]


def test_an_agencys_credit_is_a_credit_whatever_the_text_under_it_says():
    caption = "Commuters wait for a train at the station in Milan."
    text = "\n\n".join([
        "The trains ran again on Monday for the first time in two months.",
        f"{caption}\nReuters",
        "Reuters reported that the trains were full by eight in the morning on every line into the city.",
    ])
    assert _captions(text) == [f"{caption} Reuters"]
