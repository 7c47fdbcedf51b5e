"""A short dek between the headline and the byline in a raw copy: the standfirst.

The blocks stand for a raw copy of a blog post's head: its headline, a short phrase under it that
is shorter than the headline (so not read by its case), the byline, the date and the post's
paragraphs. The lines are written for the test. The same place holding a row of title-cased
labels, a trail, the headline again or a line the copy glued from labels stays furniture.
"""

from artextract.blocks import Block, Kind, Zone
from artextract.classify import classify

HEADLINE = "How We Rebuilt Our Garden Shed From Scratch Last Spring"
DEK = "Old wood turned out to be the best part"
PARAGRAPH = "We started in March, when the roof had finally given way after a long and wet winter of storms."


def _kind(line: str, under: str = "By Jane Miller", *, raw_text: bool = True, zone: Zone = Zone.HEAD) -> Kind:
    blocks = [Block(HEADLINE, zone=Zone.HEAD), Block(line, zone=zone), Block(under, zone=zone),
              Block("March 3, 2025", zone=Zone.HEAD), Block(PARAGRAPH, zone=Zone.MAIN),
              Block(PARAGRAPH + " It took a month.", zone=Zone.MAIN)]
    return {d.block.text: d.kind for d in classify(blocks, raw_text=raw_text)}[line]


def test_a_short_phrase_over_the_byline_is_the_standfirst() -> None:
    assert _kind(DEK) is Kind.STANDFIRST


def test_over_a_date_line_too() -> None:
    assert _kind(DEK, "March 2, 2025") is Kind.STANDFIRST


def test_not_over_a_line_that_is_no_byline_or_date() -> None:
    assert _kind(DEK, "Garden tools") is not Kind.STANDFIRST


def test_a_row_of_title_cased_labels_is_not() -> None:
    # Only function words in small letters: a card's or a section's title.
    assert _kind("Ten Garden Projects for the Spring") is not Kind.STANDFIRST


def test_a_trail_a_copy_of_the_headline_or_glued_labels_are_not() -> None:
    assert _kind("Blog | Garden ideas and wood projects") is not Kind.STANDFIRST
    assert _kind("Home " + HEADLINE) is not Kind.STANDFIRST
    assert _kind("2025-03-03 6 min readWritten by Jane Miller") is not Kind.STANDFIRST


def test_a_label_of_few_words_is_not() -> None:
    assert _kind("Garden projects today") is not Kind.STANDFIRST


def test_in_html_the_markup_places_the_dek() -> None:
    assert _kind(DEK, raw_text=False) is not Kind.STANDFIRST


def test_inside_the_article_region_the_line_stays_its_text() -> None:
    assert _kind(DEK, zone=Zone.MAIN) is not Kind.STANDFIRST
