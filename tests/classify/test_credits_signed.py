"""A credit labelled by the copyright sign alone ("© Jane Doe"), which the furniture patterns read
as the site's notice: beside the article's prose it is a picture's credit (classify/credits.py,
read by text/lines.pair_captions)."""

import pytest

from artextract import extract
from artextract.classify.credits import heading_with_aside, signed_between_prose

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."
THIRD = "Shops along the road will stay open during the works, with signs to guide drivers around the site."
SECOND = "Work on the new lanes starts in spring, and the mayor expects the road to reopen by the autumn."


@pytest.mark.parametrize(("above", "below"), [(PARAGRAPH, SECOND), (PARAGRAPH, "Next steps"), ("Next steps", SECOND)])
def test_a_signed_credit_beside_prose_is_a_pictures(above, below):
    assert signed_between_prose("© Jane Doe", above, below)
    assert signed_between_prose("(c) Harbour Trust", above, below)


@pytest.mark.parametrize("line", [
    "© 2026 Acme Media",  # a year: the site's notice
    "© Acme GmbH, alle Rechte vorbehalten",  # a rights notice
    "Foto: Jane Doe",  # another label: the classifier reads it already
    "Copyright Jane Doe",  # the word opens notices and menus too
    "Jane Doe",
])
def test_only_a_credit_line_signed_by_the_sign_alone(line):
    assert not signed_between_prose(line, PARAGRAPH, SECOND)


@pytest.mark.parametrize(("above", "below"), [
    ("Schwerpunkte", "Klimawandel"),  # a teaser card's title on either side
    ("About us", None),  # the page's end among links
    (None, None),
])
def test_a_signed_credit_beside_no_prose_stays_furniture(above, below):
    assert not signed_between_prose("© Jane Doe", above, below)


def test_a_raw_text_picture_credit_between_paragraphs_is_a_caption_of_no_description():
    # Paragraphs of three sentences: no caption's length, the credit pairs with neither.
    first, second = f"{PARAGRAPH} {SECOND} {THIRD}", f"{THIRD} {PARAGRAPH} {SECOND}"
    text = "\n\n".join(["Road widening approved", first, "© Jane Doe", second])
    article = extract(text, input_type="text")
    assert [(caption.text, caption.credit) for caption in article.captions] == [("", "Jane Doe")]
    assert "Jane Doe" not in article.body


def test_teaser_cards_signed_credits_are_no_captions():
    # A listing's cards: a credit over each card's title, no prose beside the credits.
    cards = [line for name in ("Anna Berg", "Tom Lind", "Eva Roth") for line in (f"© {name}", f"Talk with {name}")]
    text = "\n\n".join(["Road widening approved", PARAGRAPH, SECOND, "More talks", *cards])
    assert extract(text, input_type="text").captions == []


def test_a_signed_credit_under_the_headline_is_the_lead_pictures():
    # Above the first paragraph, between the date and the text: no prose beside it, still a credit.
    first, second = f"{PARAGRAPH} {SECOND} {THIRD}", f"{THIRD} {PARAGRAPH} {SECOND}"
    text = "\n\n".join(["Road widening approved", "4 February 2022", "© Getty Images", first, second])
    article = extract(text, input_type="text")
    assert [(caption.text, caption.credit) for caption in article.captions] == [("", "Getty Images")]


def test_a_signed_notice_that_goes_on_in_the_next_line_stays_furniture():
    first, second = f"{PARAGRAPH} {SECOND} {THIRD}", f"{THIRD} {PARAGRAPH} {SECOND}"
    text = "\n\n".join(["Road widening approved", "© THE HARBOUR POST", "ALL RIGHTS RESERVED", first, second])
    assert extract(text, input_type="text").captions == []


@pytest.mark.parametrize("line", [
    "Average Home Renovation Costs (By Type)",
    "Available Forms (Listed by Category)",
    "Senior Software Engineer - Frontend/React",
])
def test_a_title_case_heading_with_an_unlabelled_aside_is_no_caption(line):
    assert heading_with_aside(line)
    first, second = f"{PARAGRAPH} {SECOND} {THIRD}", f"{THIRD} {PARAGRAPH} {SECOND}"
    text = "\n\n".join(["Road widening approved", first, line, second])
    assert extract(text, input_type="text").captions == []


@pytest.mark.parametrize("line", [
    "Olaf Scholz im Bundestag - Jane Doe/dpa",  # a person's name: a credit
    "The harbour at dawn - Jane Doe/Getty Images",
    "Bee orchids on the meadow. Jane Doe/AFP",  # a sentence's end before it
    "Elias Ymer in Madrid (Foto: Getty)",  # a label
    "The Old Mill (By Jane Doe)",
])
def test_a_caption_with_its_credit_is_no_heading_with_an_aside(line):
    assert not heading_with_aside(line)
