"""The raw-text headline chooser: a sign-up or sign-in prompt over the title is no title.

The fixtures stand for a news site's raw copy (traf-dev fit energetyka24.com, wcxb-dev fit
docker.com): the site's newsletter call as a line of its own, its pitch as the run's first
paragraphs, then the post's title with its date under it.
"""

import pytest

from artextract import extract

PARAGRAPH = "The council voted on Tuesday to widen the road through the old town, after a long debate about costs and safety."
PITCH = (
    "Every morning we send the day's news, analysis and comments from the energy sector and the markets "
    "straight to you, free of charge and without any advertising at all."
)
TITLE = "Council widens the streets in town"


def _page(prompt: str, title: str = TITLE) -> bytes:
    return "\n".join([prompt, PITCH, PITCH, title, "March 5, 2024", *[PARAGRAPH] * 4]).encode()


@pytest.mark.parametrize(
    "prompt",
    [
        "Stay informed! Sign up for our newsletter",
        "Bądź na bieżąco! Zapisz się na nasz newsletter",  # pl, an entry of the same concept's table
        "Bleiben Sie informiert! Jetzt Newsletter abonnieren",
    ],
)
def test_a_prompt_over_the_title_is_no_headline(prompt):
    article = extract(_page(prompt), input_type="text")
    assert article.headline == TITLE
    assert article.body.startswith(PARAGRAPH)


def test_a_line_without_a_prompt_in_its_place_still_wins():
    # The same line with no prompt's word in it outscores the title below the pitch, as before:
    # the prompt's words, not the line's place or shape, make it lose.
    line = "Stay informed! Read the energy news of the day"
    assert extract(_page(line), input_type="text").headline == line


def test_a_structured_page_weighs_no_prompt():
    # A grid's or a product page's copy keeps the lines that lose the headline in its text, so
    # there the chooser is asked without the prompt's weight (region._headline_and_start): the
    # prompt line wins as it did before.
    from artextract.blocks import Zone
    from artextract.classify.headline import choose_headline_and_start
    from artextract.text.lines import lines_to_blocks

    blocks = lines_to_blocks(_page("Stay informed! Sign up for our newsletter").decode().split("\n"))
    blocks[0].zone = Zone.HEAD  # over the run, as the region zones it; the pitch opens the run
    start = 1
    assert choose_headline_and_start(blocks, start, len(blocks), 100, 10)[0] == 3
    assert choose_headline_and_start(blocks, start, len(blocks), 100, 10, prompts=False)[0] == 0
