"""A forum post's edit stamp with a colon ("Last edited: Jul 9, 2022") and the bar naming who reacted to
it ("Reactions: unixfool and felixen"), as XenForo prints them under each post and a browser's copy keeps
them: the raw region marks such lines of the run as the site's (text/region._post_bars,
rules/text.py FORUM_POST_BAR). Hand-written lines in those shapes, and a small hand-written thread that
stands for a browser's copy of a forum page."""

import pytest

from artextract import extract
from artextract.rules import text as rules


@pytest.mark.parametrize("line", [
    "Last edited: Jul 9, 2022", "Last edited: 28 Jul 2024",
    "Reactions: unixfool", "Reactions: unixfool and felixen", "Reactions: Brian33, unixfool and felixen",
    "Reactions: COC, jrfsp, jxv and 1 other person", "Reactions: Jane Doe, bob and 12 others",
])
def test_a_post_stamp_or_reactions_bar_is_a_post_bar(line):
    assert rules.FORUM_POST_BAR.match(line.lower())


@pytest.mark.parametrize("line", [
    "Reactions: the market fell sharply after the announcement",
    "Reactions: fans and critics were split over the final episode.",
    "Last edited in the spring, the draft still holds the old chapter.",
])
def test_a_sentence_after_the_label_is_not(line):
    assert rules.FORUM_POST_BAR.match(line.lower()) is None


# one line a paragraph, as a browser copies them
THREAD = """Best way to clean a camera sensor?

alice
Jul 8, 2022
I have dust spots on every picture taken at f/11 and above, and a blower did not remove them. Is a wet clean with swabs safe on a mirrorless body, or should I send it to the service centre instead?
Last edited: Jul 9, 2022
Reactions: unixfool and felixen

bob
Jul 9, 2022
A wet clean is safe if you use the right swabs and fluid, and only after the blower fails. Work in one direction, use each swab once, and check with a test shot at f/16 against a clear sky.
Reactions: alice, unixfool and 2 others
"""


def test_the_bars_stay_out_of_a_threads_raw_text():
    body = extract(THREAD, input_type="text").body
    assert "wet clean is safe" in body
    assert "Last edited" not in body and "Reactions" not in body


def test_the_thread_keeps_its_posts():
    body = extract(THREAD, input_type="text").body
    assert "dust spots on every picture" in body and "use each swab once" in body
