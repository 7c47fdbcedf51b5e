"""Safe parsing: one document, whatever the page's template printed."""

from lxml import etree

from artextract.html.parse import parse_html


def test_content_printed_after_the_end_of_the_document_is_in_the_body():
    # libxml2 puts what follows "</html>" in a second top-level element; a browser shows it in the body.
    page = (
        "<!DOCTYPE html><html><head><title>Post</title></head><body><header>Site</header></body></html>\n"
        " <div class='post'><p>When defined simply, HR is about people.</p></div></body></html>"
    )
    root = parse_html(page)
    assert "HR is about people" in etree.tostring(root.find("body"), encoding="unicode")



# --- Bounds that hold by construction (issue 15 item 1) -------------------------------------------

import random  # noqa: E402

import pytest  # noqa: E402

from artextract.html import parse  # noqa: E402
from artextract.html.parse import parse_page  # noqa: E402
from artextract.source import InputError  # noqa: E402


def _elements(root) -> int:
    return sum(1 for _ in root.iter())


def test_a_node_bomb_is_cut_at_the_element_budget_and_keeps_what_was_read():
    page = "<html><body>" + "".join(f"<p>para {index}" for index in range(parse.MAX_ELEMENTS * 3))
    parsed = parse_page(page)
    assert _elements(parsed.root) <= parse.MAX_ELEMENTS + 3
    text = parsed.root.text_content()
    assert "para 0" in text and f"para {parse.MAX_ELEMENTS - 10}" in text
    assert f"para {parse.MAX_ELEMENTS + 10}" not in text
    assert parsed.warnings == [f"the page has more than {parse.MAX_ELEMENTS:,} elements; the rest was not read"]


def test_a_page_within_the_budget_is_parsed_whole_without_a_warning():
    page = "<html><body>" + "<p>a</p>" * (parse.MAX_ELEMENTS - 10)
    parsed = parse_page(page)
    assert _elements(parsed.root) >= parse.MAX_ELEMENTS - 10
    assert parsed.warnings == []


def test_less_than_signs_in_text_are_not_elements():
    page = "<html><body><p>" + "a < b and " * (parse.MAX_ELEMENTS * 2) + "</p></body></html>"
    parsed = parse_page(page)
    assert parsed.warnings == [] and parsed.root.text_content().count("<") == parse.MAX_ELEMENTS * 2


_FRAGMENTS = [
    "<p>", "</p>", "x", "</html>", "</body>", "<html>", "<body>", "</br>", "<br>", "<table>", "<td>", "<tr>", "<li>",
    "<div>", "</div>", "<!--", "-->", "<head>", "<title>", "<select>", "<option>", "<a x='", "'>", '<b y="', '">',
    "<script>", "</script>", "<svg>", "<template>", "<textarea>", "<plaintext>", "<frameset>", "<![CDATA[", "]]>",
    "<?pi ?>", "<!DOCTYPE html>", "&amp;", " ", "\n", "<", ">", "=", "<img src=x>", "<form>", "<dd>", "<h1>",
]


def test_the_element_budget_holds_for_any_markup(monkeypatch):
    # Elements are counted by their start tags ("<" and a letter), which libxml2
    # needs one of per element but for html, head and body: an upper bound that
    # no comment, script or quoting trick can dodge.
    monkeypatch.setattr(parse, "MAX_ELEMENTS", 40)
    generator = random.Random(15)
    for _ in range(2000):
        page = "".join(generator.choice(_FRAGMENTS) for _ in range(generator.randint(1, 400)))
        try:
            root = parse_page(page).root
        except InputError:
            continue
        assert _elements(root) <= 40 + 3, page


def test_markup_past_the_character_budget_is_not_read(monkeypatch):
    monkeypatch.setattr(parse, "MAX_MARKUP_CHARS", 2000)
    parsed = parse_page("<html><body><p>" + "word " * 1000 + "</p><p>LAST</p></body></html>")
    assert "LAST" not in parsed.root.text_content() and "word word" in parsed.root.text_content()
    assert parsed.warnings == ["the page is longer than 2,000 characters; the rest was not read"]


def _wide(count: int, attributes: int) -> str:
    one = "<div " + " ".join(f"a{index}=1" for index in range(attributes)) + ">x</div>"
    return "<html><body>" + one * count + "</body></html>"


def test_an_element_with_a_hundred_thousand_attributes_is_refused_quickly():
    # libxml2 appends each attribute to the end of a list: the tree of one such element cost 20 minutes.
    with pytest.raises(InputError, match="attributes"):
        parse_page(_wide(1, 100_000))


def test_many_wide_elements_are_refused():
    with pytest.raises(InputError, match="attributes"):
        parse_page(_wide(300, 3_000))


def test_ordinary_attributes_on_a_large_page_are_fine():
    page = _wide(20_000, 5)
    assert len(page) > parse.CENSUS_ABOVE_CHARS
    assert parse_page(page).warnings == []


def test_visible_text_past_the_text_budget_is_not_read(monkeypatch):
    # Text, not markup, is what costs downstream (~0.5 us a character, 40 bytes of memory each
    # in CJK): 15M CJK characters in one paragraph took 8 s and 590 MB.
    monkeypatch.setattr(parse, "MAX_TEXT_CHARS", 100)
    page = (
        "<html><head><script>" + "var x = 1; " * 50 + "</script></head><body><div><p>" + "a" * 60
        + "<b>" + "b" * 30 + "</b>" + "c" * 30 + "</p><p>after</p></div><footer>end</footer></body></html>"
    )
    parsed = parse_page(page)
    body = parsed.root.find("body")
    assert body.text_content() == "a" * 60 + "b" * 30 + "c" * 10  # scripts do not count; document order
    assert parsed.root.find(".//script") is not None
    assert parsed.warnings == ["the page's text is longer than 100 characters; the rest was not read"]


def test_the_text_budget_cuts_inside_a_tail(monkeypatch):
    monkeypatch.setattr(parse, "MAX_TEXT_CHARS", 10)
    parsed = parse_page("<html><body><p>one<br>two three four</p><p>five</p></body></html>")
    assert parsed.root.find("body").text_content() == "onetwo thr"


def test_text_within_the_budget_is_untouched(monkeypatch):
    monkeypatch.setattr(parse, "MAX_TEXT_CHARS", 10)
    page = "<html><head><style>" + "p{color:red}" * 100 + "</style></head><body><p>0123456789</p></body></html>"
    parsed = parse_page(page)
    assert parsed.root.find("body").text_content() == "0123456789" and parsed.warnings == []


_ATTRIBUTE_FRAGMENTS = ["<", ">", "a", "b", "c", "=", '"', "'", " ", "/", "\t", "\n", "\r", "\f", "\v", "\x00", "\u00a0",
                        "\u3000", "<div", "<p ", "<a", "-", "!", "?", "<!--", "-->", "<script>", "</script>", "&", "`",
                        "<svg", "<br/"]


def test_white_space_slashes_and_quotes_bound_the_attributes_libxml2_reads():
    # The census is spared on pages with few of these characters: each attribute starts after one.
    generator = random.Random(30)
    for _ in range(5000):
        page = "".join(generator.choice(_ATTRIBUTE_FRAGMENTS) for _ in range(generator.randint(1, 60)))
        census = parse._Census.check(("<html><body>" + page).encode("utf-8"))
        data = page.encode("utf-8")
        if census is not None:
            assert census.attributes <= len(data) - len(data.translate(None, parse._ATTRIBUTE_LEADS)), page


def test_a_long_page_without_the_characters_for_many_attributes_is_not_counted(monkeypatch):
    def no_census(data):
        raise AssertionError("census")

    few = "<html><body>" + "<p>" + "x" * (parse.CENSUS_ABOVE_CHARS + 10) + "</p></body></html>"
    many = "<html><body>" + "<p>" + "a " * (parse.CENSUS_ABOVE_ATTRIBUTES + 1) + "x" * parse.CENSUS_ABOVE_CHARS
    assert len(many) < parse.CENSUS_COUNTED_BELOW_CHARS
    monkeypatch.setattr(parse._Census, "check", no_census)
    assert parse_page(few).warnings == []
    with pytest.raises(AssertionError, match="census"):
        parse_page(many)
    with pytest.raises(AssertionError, match="census"):
        parse_page("<p>" + "x" * parse.CENSUS_COUNTED_BELOW_CHARS)
