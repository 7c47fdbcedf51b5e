"""The boxes around an element: parents up to a number of levels, never <body> or above."""

from lxml import html

from artextract.html.tree import boxes_around


def test_boxes_around_stop_at_the_level_count_and_below_body():
    root = html.document_fromstring("<html><body><div id=a><div id=b><p id=c><span id=d>x</span></p></div></div></body></html>")
    span = root.get_element_by_id("d")
    assert [box.get("id") for box in boxes_around(span, 2)] == ["c", "b"]
    assert [box.get("id") for box in boxes_around(span, 9)] == ["c", "b", "a"]
