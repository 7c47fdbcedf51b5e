"""A raw text's title over a dek far longer than it: the title is the headline, whatever the case.

German capitalises every noun, so case cannot tell a dek from its title, and a dek often drops
its full stop. The hand-written pages below stand for a German news copy: menu, section, a title
of a few words, a dek more than twice as long, the date, the text (traf-dev: dhb.de, orsted.de).
"""

from artextract import extract

TITLE = "Erneuter Verzicht auf Regionallehrgang"
DEK = "Nächste Maßnahme der Nationalmannschaft im März mit Länderspielen gegen die Niederlande"
PARAGRAPH = (
    "Nach der für Januar geplanten Maßnahme verzichtet der Verband auch auf den Regionallehrgang im Februar; "
    "die Nationalmannschaft trifft sich erst wieder im März, wie er am Mittwoch in Dortmund mitteilte."
)


def _page(over_dek: str) -> str:
    lines = ["Startseite", "Nationalteams", "Termine", "Frauen", over_dek, DEK, "02.02.2022"]
    return "\n".join(lines + [PARAGRAPH] * 3)


def test_title_over_a_far_longer_dek_is_the_headline():
    article = extract(_page(TITLE), input_type="text")
    assert article.headline == TITLE


def test_a_list_of_sections_over_the_title_is_no_title():
    # Sections split by commas over the headline: the long line under them stays the headline.
    article = extract(_page("Sport, Handball, Frauen, Nationalteam"), input_type="text")
    assert article.headline == DEK
