"""A marketing page's buttons without an article ("Request Demo", "Get Quote", "Schedule Consultation"):
furniture lines like "Book a demo" (rules/text.py, the calls to action among the furniture patterns;
signals.boilerplate_reason), only as the whole line. Hand-written lines in those shapes."""

import pytest

from artextract import signals


@pytest.mark.parametrize("line", [
    "Request Demo", "Get Quote", "Schedule Consultation", "Book Free Demo", "Get FREE demo", "Book a demo",
])
def test_a_call_to_action_button_is_furniture(line):
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize("line", [
    "Get quotes from three builders before you sign", "Request demos of every tool on the shortlist",
    "Book the demo early: the slots fill fast.",
])
def test_a_sentence_that_opens_like_one_is_not(line):
    assert signals.boilerplate_reason(line) is None


def test_glued_buttons_are_furniture_in_the_raw_region():
    # a header's buttons a browser's copy glues (signals.glued_furniture_reason): each piece is one
    assert signals.glued_furniture_reason("Book demoSign in")
