"""What stands around an element: the boxes (parents up to a number of levels, never <body> or above),
and the text after it; the document's elements of some tags and attribute tokens, as XPath reads them."""

import pytest
from lxml import etree, html

from artextract.html import tree
from artextract.html.tree import (
    boxes_around, document_elements, following_elements, indexed_document, tagged_elements, text_after, text_content,
    xpath, xpath_tokens,
)


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


def test_following_elements_are_what_the_following_axis_finds_in_order():
    # Stands for an article's head: the headline's box with a paragraph inside it (not after it), a
    # comment, a dek's nested box beside it, then the text's paragraphs after the head.
    root = html.document_fromstring(
        "<html><body><div><div id=h><h1>T</h1><p id=in>x</p></div><!-- c --><div><p id=a>a</p><p id=b>b</p></div>"
        "</div><p id=c>c</p><section><p id=d>d</p></section></body></html>")
    axis = etree.XPath("following::p")
    for element in root.iter(etree.Element):  # every start: the root, a box, a leaf (the comment is passed)
        assert list(following_elements(element, "p")) == axis(element)
    heading = root.get_element_by_id("h")
    assert [p.get("id") for p in following_elements(heading, "p")] == ["a", "b", "c", "d"]


def test_document_elements_find_what_the_xpath_finds_from_any_element():
    root = html.document_fromstring(
        "<html><head><link rel=a><title>T</title></head><body><div><link rel=b><p>x<time>1</time></p></div>"
        "<time>2</time><LINK rel=c></body></html>")
    inner = root.find(".//p")
    for tags in (("link",), ("time", "link"), ("title",)):
        expected = etree.XPath(" | ".join(f"//{tag}" for tag in tags))(root)
        assert list(document_elements(inner, *tags)) == expected
    assert [el.get("rel") for el in document_elements(root, "link")] == ["a", "b", "c"]


def test_inside_an_indexed_document_the_elements_are_those_the_xpath_finds():
    # Stands for a page's head and body with the tags the metadata readers ask for, and another page.
    root = html.document_fromstring(
        "<html><head><meta name=a><link rel=x><script>1</script><base href=/b/></head><body><a href=1>x</a>"
        "<div><time>2</time><h1>T</h1><a rel=author>y</a><script src=s></script><meta itemprop=z></div></body></html>")
    other = html.document_fromstring("<html><body><a href=2>z</a><time>3</time></body></html>")
    inner = root.find(".//div")
    with indexed_document(root):
        for tag in sorted(tree.INDEXED_TAGS):
            assert list(document_elements(inner, tag)) == etree.XPath(f"//{tag}")(root), tag
            assert list(document_elements(inner, tag)) == list(document_elements(root, tag))
        assert tree._INDEX.get().by_tag is not None  # read from the one walk
        assert list(document_elements(other, "a")) == etree.XPath("//a")(other)  # another document: walked
        assert list(document_elements(root, "time", "a")) == etree.XPath("//time | //a")(root)
        assert list(document_elements(root, "title")) == []  # a tag not indexed: walked
        counted = ("time", "form", "h1")
        assert sorted(map(id, tagged_elements(root, counted))) == sorted(map(id, root.iter(*counted)))
        assert list(tagged_elements(other, ("a",))) == list(other.iter("a"))  # another document: walked
    assert tree._INDEX.get() is None  # the index lives only inside the block


def test_tagged_elements_are_the_roots_whatever_the_order():
    # Stands for a page whose elements the page kind counts (forms, buttons, inputs), inside
    # the index and outside it: the same elements, tag by tag inside it.
    root = html.document_fromstring(
        "<html><body><form><input name=q><button>Go</button></form><time>1</time><input type=submit></body></html>")
    walked = list(tagged_elements(root, tree.COUNTED_TAGS))
    assert walked == list(root.iter(*tree.COUNTED_TAGS))
    with indexed_document(root):
        indexed = list(tagged_elements(root, tree.COUNTED_TAGS))
    assert sorted(element.tag for element in indexed) == sorted(element.tag for element in walked)
    assert set(indexed) == set(walked) and len(indexed) == len(walked)


def test_xpath_tokens_lower_ascii_and_split_at_xpath_white_space_only():
    assert xpath_tokens("Canonical\tAlternate\n NEXT") == ["canonical", "alternate", "", "next"]
    assert "canonical" not in xpath_tokens("canonical\xa0x")  # a no-break space is no XPath white space
    assert xpath_tokens("\u0130tem") == ["\u0130tem"]  # only ASCII capitals are lowered, as translate() does
    assert xpath_tokens(None) == [] and xpath_tokens("") == []
    for value in ("Canonical", " a  canonical\r", "canonicalx", "x\xa0canonical", "CANONICAL\t"):
        found = etree.XPath("contains(concat(' ', normalize-space(translate(@rel, "
                            "'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')), ' '), ' canonical ')")
        assert found(etree.Element("link", rel=value)) == ("canonical" in xpath_tokens(value))


def test_text_content_joins_every_text_node_as_lxml_html_does():
    # Stands for a heading with inline markup and a tail after it, parsed as the pipeline parses.
    from artextract.html.parse import parse_html

    root = parse_html("<html><body><h2>One <b>two</b>\n three</h2> tail</body></html>")
    heading = root.find(".//h2")
    assert type(heading) is etree._Element  # plain lxml elements, no lxml.html class
    assert text_content(heading) == "One two\n three" == html.fromstring("<h2>One <b>two</b>\n three</h2>").text_content()
    assert text_content(root.find("body")) == "One two\n three tail"


def test_no_module_asks_the_plain_elements_for_lxml_html_methods():
    # html/parse.py makes plain lxml elements: an lxml.html method called on one of them
    # (`el.text_content()`) raises AttributeError on the pages that reach it. tree.text_content is the same text.
    import pathlib
    import re

    package = pathlib.Path(tree.__file__).resolve().parents[1]
    called = re.compile(r"\.(text_content|cssselect|drop_tree|drop_tag|find_class|iterlinks|make_links_absolute)\(")
    found = [f"{path.relative_to(package)}:{number}" for path in sorted(package.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if called.search(line.split("#", 1)[0])]
    assert found == []


def test_element_attribute_finds_what_the_double_slash_form_finds():
    # Stands for a page with the attribute on its root, its head, its body and an inline element.
    root = html.document_fromstring(
        '<!DOCTYPE html><html itemprop=r><head><meta itemprop=a></head>'
        '<body><p itemprop=b>x<span itemprop="c d" aria-controls=z>y</span></p></body></html>')
    for name in ("itemprop", "aria-controls", "class"):
        short, stepped = etree.XPath(f"//@{name}")(root), etree.XPath(tree.ELEMENT_ATTRIBUTE.format(name))(root)
        assert [(str(value), value.getparent()) for value in stepped] == [(str(value), value.getparent()) for value in short]
    assert [str(value) for value in etree.XPath(tree.ELEMENT_ATTRIBUTE.format("itemprop"))(root)] == ["r", "a", "b", "c d"]


def test_xpath_reads_as_lxml_does_without_the_regular_expression_functions():
    # Stands for the modules' compiled expressions: a length, a test, a node set and a variable read
    # as lxml's own XPath reads them; EXSLT's re: functions are not registered (none is used).
    root = html.document_fromstring("<html><body><div id=a> One  <b>two</b>\n three <script>x = 1</script></div>"
                                    "<p>four</p></body></html>")
    div = root.get_element_by_id("a")
    for path in ("string-length(normalize-space(.))", "boolean(.//b)", ".//b | .//script", "count(//p)"):
        assert xpath(path)(div) == etree.XPath(path)(div)
    assert xpath("string-length($s)")(div, s="abc") == 3.0
    regex = {"re": "http://exslt.org/regular-expressions"}
    assert etree.XPath("re:test(., 'One')", namespaces=regex)(div)
    with pytest.raises(etree.XPathError):
        xpath("re:test(., 'One')", namespaces=regex)(div)
