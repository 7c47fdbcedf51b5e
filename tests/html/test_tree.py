"""What stands around an element: the boxes (parents up to a number of levels, never <body> or above),
and the text after it."""

from lxml import html

from artextract.html.tree import boxes_around, text_after


def test_boxes_around_stop_at_the_level_count_and_below_body():
    root = html.document_fromstring("<html><body><div id=a><div id=b><p id=c><span id=d>x</span></p></div></div></body></html>")
    span = root.get_element_by_id("d")
    assert [box.get("id") for box in boxes_around(span, 2)] == ["c", "b"]
    assert [box.get("id") for box in boxes_around(span, 9)] == ["c", "b", "a"]


def test_text_after_reads_the_tail_and_later_siblings_less_the_unread():
    heading = html.fromstring("<h1><span>Kicker</span> Wie <a>kommt</a> <i>x</i> die Luft</h1>")
    first, link, hidden = heading[0], heading[1], heading[2]
    assert text_after(first) == "Wie kommt x die Luft"
    assert text_after(first, frozenset({hidden})) == "Wie kommt die Luft"
    assert text_after(link) == "x die Luft"
    assert text_after(heading) == ""  # no parent: nothing stands after it
