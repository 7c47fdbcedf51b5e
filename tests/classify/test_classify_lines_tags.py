"""A line of the site's tags in the text: a tags label, then only short names split by commas.

The lines below are written for the test; they stand for the taxonomy lines blogs and news
sites print under a post ("Tags: ...", "Filed Under: ...", "Kategorien: ...", "Mots-clés > ..."),
and for the prose and headings that open with the same words and must stay text.
"""

import pytest

from artextract import extract
from artextract.classify.lines import is_tag_line


@pytest.mark.parametrize(
    "line",
    [
        "Tags: garden tools, pruning shears, compost",
        "Filed Under: Travel, Japan, Best Of",
        "Kategorien: Gesellschaft, Reisen, und Sri Lanka.",
        "Schlagwörter: Alltag, Religionen, Tiere",
        "Mots-clés > Services publics, Transports, Démocratie",
        "Etiquetas: política, economía, elecciones",
    ],
)
def test_tag_lines(line: str) -> None:
    assert is_tag_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Category: Linux",  # one name: may be a heading's label
        "Topics: we cover how to plan a trip, what to pack, and how to save",  # prose after the label
        "Topics include watershed ecology, planning, and clean water",  # no label's colon
        "Our tags: a field guide to the labels we use, and why",
    ],
)
def test_not_tag_lines(line: str) -> None:
    assert not is_tag_line(line)


def test_a_tag_line_in_the_text_is_left_out() -> None:
    paragraphs = [
        "The spring garden needs little more than a sharp pair of shears, a full compost bin and an afternoon "
        "of patience, as every gardener who has waited for a late frost knows well.",
        "Cut the old canes of the roses first, just above an outward bud, so that the new shoots grow away "
        "from the centre of the bush and let the light and the air in.",
        "Leave the grasses until the new blades show at their base, then cut the old ones back to a hand's "
        "width above the ground with the shears or a sharp knife.",
    ]
    text = "\n".join(["Pruning in Spring", *paragraphs[:2], "Tags: garden tools, pruning shears, compost", paragraphs[2]])
    article = extract(text, input_type="text")
    assert "Tags:" not in article.body
    assert all(paragraph in article.body for paragraph in paragraphs)
