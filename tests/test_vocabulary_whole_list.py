"""A list's or a grid's link to all of it with its name or count after it ("See all 12 reviews",
"View all products", "See all fashion >>"): the vocabulary's `whole_list` concept
(vocabulary.links_to_whole_list), in each language that says it. No furniture line wherever it
stands (text/region.py reads it in the raw run only)."""

import pytest

from artextract import signals, vocabulary


@pytest.mark.parametrize("line", [
    "See all 12 reviews", "View all products", "See all fashion >>", "View all →", "See all case studies",  # en
    "Alle Artikel anzeigen", "Alle Produkte anzeigen",  # de: the noun inside the phrase
    "Voir tous les articles", "Voir toutes les offres",  # fr
    "Ver todos los productos", "Ver todas las noticias",  # es
    "Vedi tutti gli articoli", "Bekijk alle producten", "Alles bekijken",  # it, nl
    "Ver todos os produtos", "Zobacz wszystkie artykuły",  # pt, pl
])
def test_a_link_to_the_whole_list_in_any_language(line):
    assert vocabulary.links_to_whole_list(signals.normalise(line))


@pytest.mark.parametrize("line", [
    # sentences that open with the same words, and the control alone (a `controls` furniture line)
    "See all the ways the council plans to spend the money raised by the new tax next year.",
    "Alle Artikel zeigen, wie wichtig die Reform für die Region ist, sagte die Ministerin.",
    "See all",
])
def test_other_lines_are_no_link_to_a_whole_list(line):
    assert not vocabulary.links_to_whole_list(signals.normalise(line))


def test_a_link_to_the_whole_list_is_no_furniture_line_wherever_it_stands():
    assert vocabulary.furniture_line(signals.normalise("See all 12 reviews")) is None
