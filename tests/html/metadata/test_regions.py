"""html/metadata/regions: where a byline or date candidate sits (comments, related cards, rails,
the site's chrome), read from its wrappers' class and id names."""

from __future__ import annotations

import lxml.html

from artextract.html.metadata.regions import (
    in_comments,
    in_excluded_region,
    in_held_review,
    in_picture,
    in_reply_item,
    in_site_chrome,
    placement,
    region_hint,
)


def _page(body: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><body>{body}</body></html>")


def test_taxonomy_names_say_nothing_of_the_region() -> None:
    # WordPress prints the post's tags as its wrapper's classes: "tag-comments" is a topic.
    tree = _page("<article class='post tag-comments category-related'><p id='by'>By Jane Doe</p></article>")
    wrapper = tree.get_element_by_id("by").getparent()
    assert region_hint(wrapper) == "post"
    assert not in_comments(tree.get_element_by_id("by"))
    assert not in_excluded_region(tree.get_element_by_id("by"))


def test_the_same_wrapper_names_answer_alike_wherever_they_stand() -> None:
    # A theme repeats its class strings on every card: the names are read once, the answers
    # still follow each element's own wrappers.
    tree = _page(
        "<div class='comment-list'><div class='meta'><span id='a'>By John Roe</span></div></div>"
        "<div class='entry'><div class='meta'><span id='b'>By Jane Doe</span></div></div>"
        "<aside><div class='meta'><span id='c'>By Ann Lee</span></div></aside>"
        "<header class='site-header'><div class='meta'><span id='d'>Account</span></div></header>")
    a, b, c, d = (tree.get_element_by_id(key) for key in "abcd")
    assert in_comments(a) and in_excluded_region(a)
    assert not in_comments(b) and not in_excluded_region(b) and not in_site_chrome(b)
    assert in_excluded_region(c) and not in_comments(c)
    assert in_site_chrome(d)
    # Asked again, in the other order: the same answers.
    assert [in_excluded_region(el) for el in (d, c, b, a)] == [in_excluded_region(d), True, False, True]
    assert [in_comments(el) for el in (b, a)] == [False, True]


def test_one_walk_answers_as_the_four_region_tests() -> None:
    # A product's held review, a reply's date in a forum thread, a
    # picture's credit in a figure, a comment thread's byline, and the article's own byline:
    # `placement` is the microdata reader's one walk for the four tests it asks of each item.
    tree = _page(
        "<div itemscope itemtype='https://schema.org/Product'><div itemprop='review' itemscope>"
        "<span id='review' itemprop='author'>A Buyer</span></div></div>"
        "<div itemscope itemtype='https://schema.org/Answer/'><time id='reply' itemprop='datePublished'>"
        "2024-01-02</time></div>"
        "<figure><figcaption><span id='credit' itemprop='creator'>Jane Roe/Reuters</span></figcaption></figure>"
        "<div class='comment-list'><div><span id='comment' itemprop='author'>John Roe</span></div></div>"
        "<article><p><span id='own' itemprop='author'>Jane Doe</span></p></article>")
    for key in ("review", "reply", "credit", "comment", "own"):
        el = tree.get_element_by_id(key)
        place = placement(el)
        assert (place.comments, place.held_review, place.picture, place.reply_item) == (
            in_comments(el), in_held_review(el), in_picture(el), in_reply_item(el)), key
        assert sum((place.comments, place.held_review, place.picture, place.reply_item)) == (key != "own"), key


def test_the_near_tests_stop_below_body_and_ten_wrappers_up() -> None:
    # A <figure> eleven wrappers up is too far for a credit; the held review is read all the way up.
    deep = "<div>" * 10 + "<span id='deep' itemprop='author'>A Buyer</span>" + "</div>" * 10
    tree = _page(f"<figure itemprop='review'>{deep}</figure>")
    place = placement(tree.get_element_by_id("deep"))
    assert not place.picture and not in_picture(tree.get_element_by_id("deep"))
    assert place.held_review
