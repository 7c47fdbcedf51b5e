"""A blurb cut short with its link's control: an excerpt of another page, not the article's sentence.

The lines below are written for the test. They stand for the teaser cards and boxes a raw copy
keeps inside the text ("Daten zum Wetter der letzten Jahre… mehr •••" under a service card, a
recent-comments box's "... mehr", a customer review's "... read more"), and for the sentences
with an ellipsis that must stay text.
"""

import pytest

from artextract import extract
from artextract.classify.lines import is_cut_teaser


@pytest.mark.parametrize(
    "line",
    [
        "Daten zum Wetter der letzten Jahre… mehr •••",
        "Von Anna zu Der lange Winter: Schöner Bericht, hat mir sehr geholfen... mehr",
        "The pieces arrived well packed and the board is even nicer than... read more",
        "Le conseil a voté mardi pour élargir la route… Lire la suite",
        "El ayuntamiento aprobó el presupuesto tras un largo debate... Leer más »",
        'A short story about the sea and the people who live by it [...] Continue reading',
    ],
)
def test_cut_teasers(line: str) -> None:
    assert is_cut_teaser(line)


@pytest.mark.parametrize(
    "line",
    [
        "He said he would leave... and then he did.",
        "Wait for it… more to come tomorrow, the mayor said.",
        "The list goes on: roads, schools, parks ...",
        "Read more",  # the control alone: the furniture tables' line, not this shape
        "Chapter one ends with more questions than answers.",
    ],
)
def test_not_cut_teasers(line: str) -> None:
    assert not is_cut_teaser(line)


def test_cut_teasers_under_the_text_are_left_out() -> None:
    paragraphs = [
        "The weather service publishes its yearly report on the climate of the Alps each January, with the "
        "temperature and the rainfall of every station compared with the long-term mean.",
        "This year the report finds the warmest winter on record in the east, and a dry spring that left the "
        "rivers low until the rains of early June filled them again.",
    ]
    cards = ["Weather reports", "Past weather at any station… more •••", "Grid data", "Maps of the weather for research… more •••"]
    article = extract("\n".join(["The Climate Report Of The Year", *paragraphs, *cards]), input_type="text")
    assert all(paragraph in article.body for paragraph in paragraphs)
    assert "more •••" not in article.body
