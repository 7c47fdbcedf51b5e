"""The site's menu printed again under the text ends a raw text (region.py `_before_menu_again`,
rules.MENU_AGAIN_MIN_LINES). The pages stand for a news site as a browser copies it: its menu at
the top, a story, then the same menu again in the footer, and a few short lines of the site's
below it (an "about us" blurb, a notice)."""

from artextract.blocks import Block
from artextract.rules import text as rules
from artextract.text.region import find_region

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Holiday")
ARTICLE = [PARAGRAPH.replace("Tuesday", day) for day in DAYS]  # 136 words
MENU = ("News", "Local Sport", "Weather", "Culture and Arts", "Travel", "Jobs", "Contact us")
# the lines between the menu and the story: the head's window and more
TOP = (*MENU, *(f"Section {number}" for number in range(rules.HEAD_LOOKBACK_LINES + 2)))
HEAD = ("Home", "How the Council Chose the Bridge")
# a list of short lines inside the story: the text's first stretch of short lines, its own
LIST = ("Steel beams", "Concrete piers", "Cable stays", "Asphalt deck", "Lamp posts")
STORY = (*ARTICLE, *LIST, *(line.replace("council", "committee") for line in ARTICLE))  # 272 words of prose
# the site's blurb under the menu, which pays the run's way across it
SITE = ("The Courier has served the county since 1901, and its newsroom on the market square is open to "
        "visitors every Friday, when the editors answer letters and take the readers' questions about the paper. "
        "Subscribers receive the printed edition at their door each morning, and the archive of every issue since "
        "the first can be read in the county library.",)


def _blocks(*lines):
    return [Block(text=line) for line in lines]


def test_the_menu_printed_again_under_the_text_ends_it():
    blocks = _blocks(*TOP, *HEAD, *STORY, *MENU, *SITE)
    assert blocks[find_region(blocks).end].text == MENU[0]


def test_a_short_stretch_new_lines_or_lines_out_of_order_do_not_end_the_text():
    fresh = ("Roads", "Bridges", "Ferries", "Rail", "Buses")  # printed nowhere above
    for tail in (MENU[:rules.MENU_AGAIN_MIN_LINES - 1], fresh, tuple(reversed(MENU))):
        blocks = _blocks(*TOP, *HEAD, *STORY, *tail, *SITE)
        region = find_region(blocks)
        assert region.end == region.run[1], tail
