"""The shape the bold lead's search asks of a line (`lead_shaped`): a paragraph of enough words.

The blocks stand for lines under a news page's headline: the story's first paragraph, a short
kicker line, and a heading as long as a paragraph (not a paragraph, so never the lead).
"""

from artextract.blocks import Block, Form
from artextract.classify.lines import lead_shaped

SENTENCE = "The council voted on Tuesday to widen the road through the old town."


def test_a_paragraph_of_enough_words_is_lead_shaped():
    assert lead_shaped(Block(SENTENCE))


def test_a_short_paragraph_is_not():
    assert not lead_shaped(Block("Updated on Tuesday."))


def test_a_heading_of_as_many_words_is_not():
    assert not lead_shaped(Block(SENTENCE, form=Form.HEADING, level=2))
