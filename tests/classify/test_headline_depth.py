"""The raw-text headline chooser reads indentation: a heading a level out from the text it heads.

The pages are hand-written, shaped as inscriptis prints a news page: the page's
heading outside the article's box, a headline-shaped line (a subhead, a dek) and
the paragraphs inside it, indented deeper.
"""

from artextract import extract

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs, safety and the trees along it."
HEADING = "Wider Road Plan Wins Council Vote"
INSIDE = "Council Votes to Widen the Road After Long Debate"


def _page(heading_indent: int, text_indent: int) -> str:
    lines = ["Search", "", " " * heading_indent + HEADING, "", " " * text_indent + INSIDE, ""]
    for _ in range(3):
        lines += [" " * text_indent + PARAGRAPH, ""]
    return "\n".join(lines)


def test_heading_a_level_out_from_the_text_is_the_headline():
    assert extract(_page(2, 6), input_type="text").headline == HEADING


def test_without_indentation_the_line_nearer_the_text_wins_as_before():
    # The same lines at one depth (a browser copy has no indentation): nothing sets the
    # heading apart, and the longer line right over the text keeps winning.
    assert extract(_page(6, 6), input_type="text").headline == INSIDE
    assert extract(_page(0, 0), input_type="text").headline == INSIDE
