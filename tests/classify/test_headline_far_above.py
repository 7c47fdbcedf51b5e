"""The raw-text headline chooser reaches a post's title far above its text when a date marks it.

The hand-written page below stands for a buying guide copied from a browser:
the site's menu, a breadcrumb, the guide's title with its date and byline under
it, then a long checklist of gear (one short line per item, which no region
reads as the text) and only then the guide's paragraphs. The title stands more
than HEADLINE_LOOKBACK_LINES above the text's first paragraph; its date still
marks it as the post's title, up to HEADLINE_DATED_LOOKBACK_LINES. A line as
far up with no byline or date under it (a shop's banner, a menu's heading, or
the same title printed without its date) stays out of reach.
"""

from artextract import extract
from artextract.rules import text as rules

MENU = ["Skip to content", "Trail Notes", "Reviews", "Guides", "Deals", "About", "Home > Hiking"]
TITLE = "The Complete Hiking Checklist for Long Trails"
DATED = ["Last Updated: September 26, 2024", "By Heather Eldridge"]
TEXT = [
    "A long trail asks more of your pack than a weekend does: every hiking item on this checklist earned its "
    "place over many seasons on the trail, and the optional ones are marked so you can leave them home.",
    "We sorted the checklist by what each item does, from shelter and sleep to water and first aid, so that "
    "you can pack for a long hiking trip one group at a time and see at a glance what is still missing.",
    "Weigh what you pack once it is all on the floor: the lightest pack is the one that holds only what the "
    "trail in front of you needs, and the checklist helps you see which items you never used last time.",
]


def _checklist(lines: int) -> list[str]:
    groups = ["Shelter", "Sleep", "Kitchen", "Water", "Clothing", "First Aid", "Tools"]
    items = ["Tent", "Stakes", "Quilt", "Pad", "Stove", "Pot", "Filter", "Bottle", "Jacket", "Socks", "Tape", "Knife"]
    out = []
    while len(out) < lines:
        out.append(groups[len(out) % len(groups)].upper())
        out.extend(f"{item} {len(out)}" for item in items[:5])
    return out[:lines]


def _page(*head: str, gap: int = 180) -> str:
    return "\n".join([*MENU, *head, *_checklist(gap), *TEXT])


def test_dated_title_far_above_the_text_is_the_headline():
    assert rules.HEADLINE_LOOKBACK_LINES < 180 < rules.HEADLINE_DATED_LOOKBACK_LINES
    article = extract(_page(TITLE, *DATED), input_type="text")
    assert article.headline == TITLE
    assert TEXT[0] in article.body


def test_undated_line_as_far_above_the_text_is_no_candidate():
    # The same title with no date or byline under it: past HEADLINE_LOOKBACK_LINES nothing marks it.
    article = extract(_page(TITLE), input_type="text")
    assert article.headline != TITLE


def test_dated_title_beyond_the_dated_look_back_is_no_candidate():
    article = extract(_page(TITLE, *DATED, gap=rules.HEADLINE_DATED_LOOKBACK_LINES + 20), input_type="text")
    assert article.headline != TITLE
