"""Bylines as raw page text prints them in European languages: a label kept in lower case before a
one-word name, and rows of buttons or a menu's word standing where a name would (authors.py)."""

import pytest

from artextract.authors import clean_authors, looks_like_byline


@pytest.mark.parametrize(("byline", "expected"), [
    ("29. Juni 2017, 23:39 · von Tobi", ["Tobi"]),  # de: the label in lower case, a one-word name
    ("von Newsdesk 28. Januar 2022, 12:01", ["Newsdesk"]),
    ("di Marco", ["Marco"]),  # it
    # a particle in capitals may open a surname: kept
    ("Von Miller", ["Von Miller"]),
    ("Di Maria", ["Di Maria"]),
])
def test_a_label_in_lower_case_is_cut_even_before_a_one_word_name(byline, expected):
    assert clean_authors(byline) == expected


def test_a_one_word_name_after_its_label_makes_a_byline_line():
    assert looks_like_byline("29. Juni 2017, 23:39 · von Tobi")
    assert not looks_like_byline("Paris, 3 March 2024")  # a place and a date


@pytest.mark.parametrize(("byline", "expected"), [
    ("Share Adjust Comment Print", []),  # en: buttons under a headline
    ("Tweet This", []),
    ("Teilen Senden", []),  # de
    ("Anterior Registrarme", []),  # es: a pager's word
    ("Accueil | Par Loïc Le Clerc | 30 septembre 2018", ["Loïc Le Clerc"]),  # fr: the menu's first word
    # a name whose later word is also a button's is a name
    ("Glenn Close", ["Glenn Close"]),
    ("Larry Page", ["Larry Page"]),
])
def test_no_name_opens_with_a_buttons_or_a_menus_word(byline, expected):
    assert clean_authors(byline) == expected


@pytest.mark.parametrize(("byline", "expected"), [
    # the piece's noun before the label word is the label's, not the name's
    ("Ein Artikel von Lena Vogt", ["Lena Vogt"]),  # de
    ("An article by Mara Lind", ["Mara Lind"]),  # en
    ("Un article de Paul Morel", ["Paul Morel"]),  # fr
    ("Un artículo de Inés Vidal", ["Inés Vidal"]),  # es
    ("Un articolo di Sara Neri", ["Sara Neri"]),  # it
    ("Een artikel van Joost Wit", ["Joost Wit"]),  # nl
    # the desk's word with a colon labels the person; alone it is the desk, no name
    ("Redaktion: Eva Muster", ["Eva Muster"]),
    ("Rédaction : Luc Brun", ["Luc Brun"]),
    ("Redaktion", []),
])
def test_a_labels_verb_or_noun_stays_out_of_the_name(byline, expected):
    assert clean_authors(byline) == expected
    if expected:
        assert looks_like_byline(byline)


@pytest.mark.parametrize(("byline", "expected"), [
    # a label's plural or gender ending in brackets is the label's ("Author(s)", "Autor(inn)en")
    ("Auteur(s) : Jeanne Morel", ["Jeanne Morel"]),  # fr
    ("Autor(en): Max Muster und Eva Frau", ["Max Muster", "Eva Frau"]),  # de
    ("Autor(inn)en: Anna Schmidt", ["Anna Schmidt"]),
    ("Autor(a): Inés Vidal", ["Inés Vidal"]),  # es
    ("Author(s) John A. Alic", ["John A. Alic"]),  # en
])
def test_a_label_with_its_ending_in_brackets_stays_out_of_the_name(byline, expected):
    assert clean_authors(byline) == expected
    assert looks_like_byline(byline)
