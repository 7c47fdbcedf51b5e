"""A line of the site's tags in the text: a tags label, then only short names split by commas.

The lines below are written for the test; they stand for the taxonomy lines blogs and news
sites print under a post ("Tags: ...", "Filed Under: ...", "Kategorien: ...", "Mots-clés > ..."),
and for the prose and headings that open with the same words and must stay text.
"""

import pytest

from artextract import extract
from artextract.classify.lines import is_one_name_tag_line, is_tag_line


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


PARAGRAPHS = [
    "The spring garden needs little more than a sharp pair of shears, a full compost bin and an afternoon "
    "of patience, as every gardener who has waited for a late frost knows well.",
    "Cut the old canes of the roses first, just above an outward bud, so that the new shoots grow away "
    "from the centre of the bush and let the light and the air in.",
    "Leave the grasses until the new blades show at their base, then cut the old ones back to a hand's "
    "width above the ground with the shears or a sharp knife.",
]


def test_a_tag_line_in_the_text_is_left_out() -> None:
    text = "\n".join(["Pruning in Spring", *PARAGRAPHS[:2], "Tags: garden tools, pruning shears, compost", PARAGRAPHS[2]])
    article = extract(text, input_type="text")
    assert "Tags:" not in article.body
    assert all(paragraph in article.body for paragraph in PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    ["Tags: Philosophy", "Schlagwörter: MDR", "Tags:Uncategorized", "Kategorien: Internet Software & Apps Tutorials",
     "Etiquetas: Política", "Mots-clés : Transports"],
)
def test_one_name_tag_lines(line: str) -> None:
    assert is_one_name_tag_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Tags: garden tools, pruning shears, compost",  # a list: `is_tag_line`'s
        "Topics: how we plan a trip and what we pack for it every single time",  # too many words for names
        "Category: Linux. Everything else is a detail.",  # a sentence
        "Themen heute: Wetter",  # no label's colon right after the label
    ],
)
def test_not_one_name_tag_lines(line: str) -> None:
    assert not is_one_name_tag_line(line)


def test_a_one_name_tag_line_after_the_text_is_left_out() -> None:
    # A blog's post footer: its one category, then the link to the previous post.
    text = "\n".join(["Pruning in Spring", *PARAGRAPHS, "Category: Gardening", "Previous post", "Sowing Beans"])
    article = extract(text, input_type="text")
    assert "Category" not in article.body
    assert all(paragraph in article.body for paragraph in PARAGRAPHS)


def test_a_one_name_label_over_a_paragraph_stays() -> None:
    # A label heading the paragraph under it is the text's own.
    text = "\n".join(["Pruning in Spring", *PARAGRAPHS[:2], "Topics: Grasses", PARAGRAPHS[2]])
    article = extract(text, input_type="text")
    assert "Topics: Grasses" in article.body
