"""The raw-text headline chooser: a line of a site's legal and navigation labels side by side is no title.

The fixtures stand for a blog's raw copy (traf-dev fit grossefragen.wordpress.com, the shape on
eleven fit sites): the blog's name and description, its menu with the footer's links glued on one
line, then the post's title over its dated byline and the text.
"""

import pytest

from artextract import extract
from artextract.classify.headline import _site_labels

PARAGRAPH = (
    "Dieses Thema eignet sich gut für individualisiertes Lernen, und die Klasse arbeitet mehrere Wochen "
    "daran, jede Schülerin und jeder Schüler mit einem eigenen Blog."
)
TITLE = "Würde des Lebens – ein Projekt"


def _page(labels: str) -> bytes:
    head = ["Große Fragen", "Große Fragen und Inhalte aus dem Religionsunterricht", "Zum Inhalt springen", "Startseite"]
    return "\n".join([*head, labels, TITLE, "Veröffentlicht am 13. März 2019 von Max Muster", *[PARAGRAPH] * 4]).encode()


@pytest.mark.parametrize(
    "labels",
    [
        "Impressum/Disclaimer und Datenschutz",
        "Kontakt | Mediadaten | Impressum",
        "Privacy and Terms",  # en: the same concepts' tables
        "Mentions légales - Contact",  # fr
    ],
)
def test_a_line_of_site_labels_over_the_title_is_no_headline(labels):
    assert _site_labels(labels)
    assert extract(_page(labels), input_type="text").headline == TITLE


@pytest.mark.parametrize(
    "line",
    ["Datenschutz im Verein: was jetzt gilt", "Impressum", "Würde des Lebens – ein Projekt", "Kontakt 2024"],
)
def test_a_title_with_a_label_word_is_no_line_of_labels(line):
    # One label alone, or a label among other words, may be a title ("Impressum" is the title
    # of a site's imprint page): only two or more labels and nothing else make the line.
    assert not _site_labels(line)
