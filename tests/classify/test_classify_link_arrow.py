"""A short line that is one link, told by the arrow a raw copy keeps when it loses the link."""

import pytest

from artextract import extract
from artextract.classify.lines import is_link_arrow


@pytest.mark.parametrize(
    "line",
    ["Zum Deal »", "Mehr Artikel von Stefanus →", "Learn more ›", "nächste Seite →", "Add Your Comment →",
     "« Speicher via SSHFS mounten", "‹ Older posts", "← Zurück zur Übersicht"],
)
def test_a_button_or_a_posts_link_with_its_arrow(line: str) -> None:
    assert is_link_arrow(line)


@pytest.mark.parametrize(
    "line",
    [
        "Home › Tech › Laptops",  # a trail: several arrows
        "« Nous ne pouvons pas accepter cela, a déclaré le ministre.",  # a French quotation opening a paragraph
        "C'est la fin, a-t-il conclu. »",  # a quotation's spaced » closing a sentence
        "Il a dit « non »",
        "»Das ist so«, sagte sie.",
        "These ten stocks could mint the next wave of millionaires this year, analysts say ›",  # too long for a button
        "An ordinary line of text.",
    ],
)
def test_quotations_trails_and_sentences_are_no_link(line: str) -> None:
    assert not is_link_arrow(line)


def test_the_previous_and_next_posts_links_leave_a_raw_copys_text() -> None:
    # A blog post copied as text: its paragraphs, the links to the neighbouring posts, the last paragraph.
    paragraph = "The river rose by two metres overnight and the old bridge was closed to traffic until noon. "
    text = "\n\n".join(["A flood in the valley", paragraph * 3, paragraph * 2,
                        "« The harvest festival returns", "Snow in April »",
                        "The author lives in the valley and writes about its weather, its farms and its roads. " * 2])
    body = extract(text, input_type="text").body
    assert "old bridge" in body
    assert "harvest festival" not in body and "Snow in April" not in body
