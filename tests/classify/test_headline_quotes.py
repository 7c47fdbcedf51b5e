"""The headline's end-mark features read a line through its closing quotation marks.

The fixture stands for a blog's raw copy (traf-dev fit insubordinant.wordpress.com; gnaur.wordpress.com
and blog.codefarm.me print such an epigraph too): the blog's name, its motto as a quoted sentence,
the menu, then the post's title with its date under it and the post. The motto's full stop stands
inside its closing quotation mark, where the line's last character is the mark.
"""

import pytest

from artextract import extract
from artextract.rules import text as rules

TITLE = "Need for Speed"
PARAGRAPH = (
    "The little boy stops right in front of me and says not to worry, that Gerhard has my darling in the yard, "
    "so I drop everything and drive over to the dealer to see the machine with my own eyes."
)
MENU = ["Menu", "Home", "Cast & Crew", "Booklist", "Blogroll", "Quotes", "Imprint"]


def _page(motto: str) -> bytes:
    return "\n".join(["Insubordinate Thinking", motto, *MENU, TITLE, "August 11, 2015", *[PARAGRAPH] * 4]).encode()


MOTTO = "Don't you worry yourself, my darling, just leave that to me."


@pytest.mark.parametrize(
    "motto",
    [
        f'"{MOTTO}"',
        f"“{MOTTO}”",
        f"„{MOTTO}“",  # German marks
        f"« {MOTTO} »",  # French guillemets, spaced
        f"»{MOTTO}«",
    ],
)
def test_a_quoted_sentence_is_read_as_a_sentence(motto):
    assert extract(_page(motto), input_type="text").headline == TITLE


def test_without_reading_through_the_marks_the_quoted_motto_wins(monkeypatch):
    # The contrast: with no closing marks to read through, the motto's full stop goes unseen and
    # the motto, which shares its words with the post, outscores the title.
    monkeypatch.setattr(rules, "CLOSING_QUOTES", "")
    assert extract(_page(f'"{MOTTO}"'), input_type="text").headline == f'"{MOTTO}"'


def test_the_motto_unquoted_loses_as_well():
    # Read through its marks, the quoted motto is the sentence it quotes: the same end mark.
    assert extract(_page(MOTTO), input_type="text").headline == TITLE
