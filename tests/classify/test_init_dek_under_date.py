"""A dek set under the headline's date line in a raw copy: the standfirst.

The blocks stand for a raw copy of a news page whose headline is followed by its date line, then a dek that is no full sentence (it drops its full stop), a copyright sign's stray
line and the story's paragraphs. The lines are written for the test. Right under the headline the
dek was read by its shape already; with only the date and byline between it stood unread.
In HTML the markup places the dek, so there the place stays as it was.
"""

from artextract.blocks import Block, Kind, Zone
from artextract.classify import classify

HEADLINE = "Council widens the main road"
DEK = "The mayor spoke at the council about costs, safety and the years of work ahead of the town"
PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."


def _kinds(between: list[str], *, raw_text: bool = True) -> dict[str, Kind]:
    blocks = [Block(HEADLINE, zone=Zone.HEAD), *(Block(line, zone=Zone.MAIN) for line in between),
              Block(DEK, zone=Zone.MAIN), Block(PARAGRAPH, zone=Zone.MAIN), Block(PARAGRAPH + " It took a year.", zone=Zone.MAIN)]
    return {d.block.text: d.kind for d in classify(blocks, raw_text=raw_text)}


def test_a_dek_under_the_date_line_is_the_standfirst() -> None:
    assert _kinds(["11.11.2021"])[DEK] is Kind.STANDFIRST


def test_under_a_byline_the_line_is_left_as_it_was() -> None:
    # There it was as often a site's notice or a help box's line under a name.
    assert _kinds(["11.11.2021", "By Jane Miller"])[DEK] is not Kind.STANDFIRST


def test_a_line_printing_the_headline_again_is_no_dek() -> None:
    # A video's title under the date: a label, the headline, a question.
    video = "Vote day: " + HEADLINE + " - what happens now and who decides the next step of the work?"
    blocks = [Block(HEADLINE, zone=Zone.HEAD), Block("11.11.2021", zone=Zone.MAIN), Block(video, zone=Zone.MAIN),
              Block(PARAGRAPH, zone=Zone.MAIN), Block(PARAGRAPH + " It took a year.", zone=Zone.MAIN)]
    assert {d.block.text: d.kind for d in classify(blocks, raw_text=True)}[video] is not Kind.STANDFIRST


def test_the_same_line_under_a_line_of_furniture_is_not() -> None:
    # A section's label between: the line is no longer where a dek stands.
    assert _kinds(["11.11.2021", "Local news"])[DEK] is not Kind.STANDFIRST


def test_in_html_the_place_under_the_date_is_left_to_the_markup() -> None:
    assert _kinds(["11.11.2021"], raw_text=False)[DEK] is not Kind.STANDFIRST


def test_right_under_the_headline_it_is_the_standfirst_either_way() -> None:
    assert _kinds([])[DEK] is Kind.STANDFIRST
    assert _kinds([], raw_text=False)[DEK] is Kind.STANDFIRST
