"""The raw-text headline chooser tells a name in camel case from link texts a copy glued together.

A browser copy loses the spaces between links ("LoginGet Started"), and a line holding such a
joint is weighed as a menu. A blog or a product may be named in camel case too ("DenkanStoos",
"ColdFusion"): the hand-written page below stands for such a blog's post copied from a browser,
the blog's name in its menu, the post's title naming the blog over its date, a long line of the
post's agenda under it that would otherwise win. A row of glued links stays a menu's, however it
stands.
"""

from artextract import extract

PARAGRAPH = (
    "Wir treffen uns wieder beim Gastgeber, um über Organisationsmodelle aus der Praxis zu sprechen. "
    "Drei Geschichten zeigen, welche Modelle sich bewährt haben und wo ihre Grenzen lagen."
)
AGENDA = "Three War Stories – Subject: Which organisational models from the Praxis have you experienced, and their limits"


def _page(title: str, *menu: str) -> str:
    lines = ["Skip to content", *menu, "Über uns", "Kontakt", title,
             "Veröffentlicht am 11/04/2012 von Anna Berger", "Agenda", AGENDA]
    return "\n".join(lines + [PARAGRAPH] * 3)


def test_title_naming_the_blog_in_camel_case_is_the_headline():
    title = "DenkanStoos April 2012"
    page = _page(title, "DenkanStoos Blog", "DenkanStoos Umfrage")
    assert extract(page, input_type="text").headline == title


def test_glued_links_printed_only_as_their_row_are_no_headline():
    row = "StartseiteBlog Termine"
    page = _page(row, "Termine", "Archiv")
    assert extract(page, input_type="text").headline != row
