"""A documentation platform's offer to save the page to the reader's collections (`collections_prompt`, a
site notice: signals.boilerplate_reason), and what it does to a raw copy's head.

The fixture stands for an inscriptis copy of such a page (wcxb-dev fit web.dev, cloud.google.com,
developer.android.com): the menu as list items, the offer's two labels printed as one line that reads as a
paragraph, then the page's title and its text."""

import pytest

from artextract import extract, signals

PARAGRAPH = (
    "These lessons walk through the building blocks of a web page, from the markup that gives it structure "
    "to the styles that set its layout, with exercises at the end of every module."
)


@pytest.mark.parametrize("line", [
    "Stay organized with collections Save and categorize content based on your preferences.",
    "Stay organized with collections",
    "Save and categorize content based on your preferences.",
    # glued to the label or the title printed before it
    "Send feedback Stay organized with collections Save and categorize content based on your preferences.",
])
def test_the_collections_offer_is_furniture(line):
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize("line", [
    "Ten ways to stay organized when your team works from home",
    "We categorize every record by its source before the archive is indexed.",
])
def test_sentences_about_organizing_are_no_notice(line):
    assert not signals.boilerplate_reason(line)


def test_a_raw_copy_takes_the_title_under_the_collections_offer():
    # The offer reads as the copy's first paragraph: the text starts under the title below it.
    page = "\n".join([
        "* Home", "* Learn", "* Blog", "* About",
        "Stay organized with collections Save and categorize content based on your preferences.",
        "Learn web building",
        *[PARAGRAPH] * 4,
    ])
    article = extract(page, input_type="text")
    assert article.headline == "Learn web building"
    assert article.body.startswith(PARAGRAPH)
