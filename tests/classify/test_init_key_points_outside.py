"""A key-point box under a headline that stands above the article region.

The blocks stand for a raw copy whose article text did not print (placeholders such as
"Loading paragraph..."), so the region starts at later text: the headline is found above
it, and the byline, the "Key Points" label and its bullets under the headline are outside
lines. The bullets are the article's key points when they read as a box of statements; a
menu's short entries under the same label stay out.
"""

from artextract.article import Source
from artextract.assemble import assemble
from artextract.blocks import Block, Kind, Zone
from artextract.classify import classify

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."
HEADLINE = "How The Council Decided To Widen The Main Road"
POINTS = [
    "Work on the main road starts in spring and lasts two years.",
    "The road gains a lane in each direction and a cycle path.",
    "Drivers should expect closures at night during the first months.",
]


def _article(*under: Block):
    blocks = [
        Block("Blog", zone=Zone.OUTSIDE),
        Block(HEADLINE, zone=Zone.HEAD),
        Block("By Jane Doe", zone=Zone.OUTSIDE),
        Block("Key Points", zone=Zone.OUTSIDE),
        *under,
        Block("Loading paragraph...", zone=Zone.OUTSIDE),
        Block(PARAGRAPH),
        Block(PARAGRAPH + " It took a year."),
    ]
    return assemble(classify(blocks, headline_lookback=100), Source("text", None))


def _bullets(lines):
    return [Block(line, zone=Zone.OUTSIDE, bullet="*") for line in lines]


def test_statements_under_a_label_below_an_outside_headline_are_key_points():
    article = _article(*_bullets(POINTS))
    assert article.key_points == POINTS
    assert article.authors == ["Jane Doe"]
    assert "Key Points" not in article.body


def test_short_entries_under_the_label_are_no_box():
    article = _article(*_bullets(["Roads", "Parking", "Cycling"]))
    assert article.key_points == []


def test_a_list_at_another_depth_under_the_points_is_not_theirs():
    contents = [Block(line, zone=Zone.OUTSIDE, bullet="*", depth=1)
                for line in ("How the road was planned and paid for", "What the works will cost the city")]
    article = _article(*_bullets(POINTS), *contents)
    assert article.key_points == POINTS
