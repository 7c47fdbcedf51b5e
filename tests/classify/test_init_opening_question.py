"""A question right above the first paragraph opens the text.

The blocks below are written for the test. They stand for a guide or an explainer as a raw copy
prints it: a headline and its date, then a question on a line of its own ("What is a heat pump?"), then the
text that answers it. And for what stays the head's: the headline printed again right above the
text, and a line that asks nothing.
"""

from artextract.blocks import Block, Kind
from artextract.classify import OPENING_QUESTION_REASON, classify

HEADLINE = "Heat Pumps Explained for Home Owners"
PARAGRAPHS = (
    "A heat pump moves warmth from the air or the ground outside into your home, instead of making it by "
    "burning gas or oil. In summer the same machine can run the other way and cool the rooms.",
    "Because it moves heat rather than making it, a heat pump gives back three or four units of warmth for "
    "every unit of electricity it uses, which is why running costs can be low.",
)


def _kinds(*above: str, headline: str = HEADLINE) -> dict[str, tuple[Kind, str]]:
    decisions = classify([Block(text) for text in (headline, *above, *PARAGRAPHS)], raw_text=True)
    return {d.block.text: (d.kind, d.reason) for d in decisions}


def test_a_question_over_the_first_paragraph_is_the_texts():
    for question in ("What is a heat pump?", "Ever wondered how your neighbours heat their homes for less?",
                     "Was ist eine Wärmepumpe?", "ヒートポンプとは？"):
        assert _kinds("March 3, 2025", question)[question] == (Kind.BODY, OPENING_QUESTION_REASON)


def test_the_headline_printed_again_is_no_opening_question():
    headline = "What is a heat pump?"
    decisions = classify([Block(text) for text in (headline, headline, *PARAGRAPHS)], raw_text=True)
    assert [d.reason for d in decisions].count(OPENING_QUESTION_REASON) == 0


def test_a_line_that_asks_nothing_stays_the_heads():
    label = "Energy at Home"
    assert _kinds("March 3, 2025", label)[label][1] != OPENING_QUESTION_REASON


def test_a_pages_markup_keeps_its_say():
    question = "What is a heat pump?"
    decisions = classify([Block(text) for text in (HEADLINE, "March 3, 2025", question, *PARAGRAPHS)])
    assert [d.reason for d in decisions].count(OPENING_QUESTION_REASON) == 0
