"""The author's bio printed over the text, under the byline (text/region.py, _below_author_bio)."""

from artextract.blocks import Block, Zone
from artextract.text.region import find_region

# A magazine's head as a raw copy prints it: the headline, the byline, the writer's bio, the date.
HEADLINE = "How the Council Chose the Bridge"
# The text: eight distinct paragraphs of 16 words (128 words: more than the floor of prose under a bio,
# rules.END_MATTER_MIN_PROSE_BEFORE).
ARTICLE = [
    f"The council voted on {day} to widen the {thing}, after a long debate about costs and safety."
    for thing in ("road", "bridge") for day in ("Monday", "Tuesday", "Wednesday", "Thursday")
]
BIO = "Archie is a writer from South London. He studied film and spends his free time at the cinema."


def _blocks(*lines):
    return [Block(text=line) for line in lines]


def test_the_bio_under_the_byline_is_neither_text_nor_head():
    blocks = _blocks("Home", HEADLINE, "By Archie Fenn", BIO, "Published 6 days ago", *ARTICLE)
    region = find_region(blocks)
    assert blocks[3].zone is Zone.OUTSIDE
    assert region.run[0] == 3 and region.start == 4  # the run opened on the bio; the text starts under it
    assert all(block.zone is Zone.MAIN for block in blocks[-len(ARTICLE):])


def test_a_bio_with_the_job_lines_of_a_profile_card_above_it_is_found_too():
    bio = "Meghan Holmes is a writer and documentarian covering the environment and invasive species."
    blocks = _blocks("Home", HEADLINE, "Meghan Holmes", "Writer", "University of Mississippi", bio, *ARTICLE)
    find_region(blocks)
    assert blocks[5].zone is Zone.OUTSIDE


def test_a_profile_whose_headline_names_the_person_keeps_its_opening():
    # The article is about the person: its first paragraph says who they are, under their name.
    opening = "Archie Fenn is a writer from South London whose films about the city have won several prizes."
    blocks = _blocks("Home", "Archie Fenn", "By Ann Lee", opening, *ARTICLE)
    find_region(blocks)
    assert blocks[3].zone is not Zone.OUTSIDE


def test_a_paragraph_that_opens_with_a_word_of_the_line_above_but_no_copula_stays():
    opening = "Archie Fenn wrote to the council in May, asking it to widen the road before the winter."
    blocks = _blocks("Home", HEADLINE, "By Archie Fenn", opening, *ARTICLE)
    find_region(blocks)
    assert blocks[3].zone is Zone.MAIN
