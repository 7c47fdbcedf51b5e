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
import time  # noqa: E402

import pytest  # noqa: E402

from artextract.html import parse  # noqa: E402
from artextract.html.parse import parse_page  # noqa: E402
from artextract.html.tree import text_content  # noqa: E402
from artextract.source import Decoded, InputError  # noqa: E402


def _elements(root) -> int:
    return sum(1 for _ in root.iter())


def test_a_node_bomb_is_cut_at_the_element_budget_and_keeps_what_was_read():
    page = "<html><body>" + "".join(f"<p>para {index}" for index in range(parse.MAX_ELEMENTS * 3))
    parsed = parse_page(page)
    assert _elements(parsed.root) <= parse.MAX_ELEMENTS + 3
    text = text_content(parsed.root)
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
    assert parsed.warnings == [] and text_content(parsed.root).count("<") == parse.MAX_ELEMENTS * 2


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
    assert "LAST" not in text_content(parsed.root) and "word word" in text_content(parsed.root)
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
    assert parse._needs_census(page.encode(), page.count("<"))
    assert parse_page(page).warnings == []


def test_a_short_page_with_one_element_of_thirty_seven_thousand_attributes_is_refused_quickly(slowness):
    # One character a name and a space: 74k characters whose tree took 1.4 s; near 128k it would take 4 s.
    names = " ".join(chr(0x4E00 + index) for index in range(37_000))
    page = "<html><body><div " + names + ">x</div></body></html>"
    assert len(page) < 75_000
    factor = slowness()
    start = time.process_time()
    with pytest.raises(InputError, match="attributes"):
        parse_page(page)
    assert (time.process_time() - start) / factor < 0.2


def test_an_element_with_fewer_attributes_than_the_work_bound_allows_is_parsed():
    names = " ".join(chr(0x4E00 + index) for index in range(3_000))
    page = "<html><body><div " + names + ">x</div>" + "<p>" + "word " * parse.CENSUS_ABOVE_LEADS + "</p>"
    parsed = parse_page(page)
    assert len(parsed.root.find("body/div").attrib) == 3_000 and parsed.warnings == []


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
    assert text_content(body) == "a" * 60 + "b" * 30 + "c" * 10  # scripts do not count; document order
    assert parsed.root.find(".//script") is not None
    assert parsed.warnings == ["the page's text is longer than 100 characters; the rest was not read"]


def test_the_text_budget_cuts_inside_a_tail(monkeypatch):
    monkeypatch.setattr(parse, "MAX_TEXT_CHARS", 10)
    parsed = parse_page("<html><body><p>one<br>two three four</p><p>five</p></body></html>")
    assert text_content(parsed.root.find("body")) == "onetwo thr"


def test_text_within_the_budget_is_untouched(monkeypatch):
    monkeypatch.setattr(parse, "MAX_TEXT_CHARS", 10)
    page = "<html><head><style>" + "p{color:red}" * 100 + "</style></head><body><p>0123456789</p></body></html>"
    parsed = parse_page(page)
    assert text_content(parsed.root.find("body")) == "0123456789" and parsed.warnings == []


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


def test_a_page_without_the_characters_for_many_attributes_is_not_counted(monkeypatch):
    def no_census(data):
        raise AssertionError("census")

    few = "<html><body>" + "<p>" + "x" * 1_000_000 + "</p></body></html>"
    narrow = "<html><body>" + ('<p class="a b">' + "word " * 10 + "</p>") * (parse.CENSUS_ABOVE_LEADS // 10)
    wide = "<html><body><p " + "a " * 300 + ">" + "x " * parse.CENSUS_ABOVE_LEADS
    monkeypatch.setattr(parse._Census, "check", no_census)
    assert parse_page(few).warnings == [] and parse_page(narrow).warnings == []
    with pytest.raises(AssertionError, match="census"):
        parse_page(wide)
    with pytest.raises(AssertionError, match="census"):  # more "<" than the element budget
        parse_page("<p>" + "a <" * (parse.MAX_ELEMENTS + 1))


class _Widest:
    """The most attributes libxml2 gives one element of a page."""

    def __init__(self) -> None:
        self.widest = 0

    def start(self, tag, attributes) -> None:
        self.widest = max(self.widest, len(attributes))

    def close(self) -> int:
        return self.widest


_TAG_FRAGMENTS = _ATTRIBUTE_FRAGMENTS + [
    "=", "==", "='", '="', "=x", " a", " b=1", "'>'", '">"', "/>", "<b", "<c ", "</a>", "<!x>", "<?x>", "</", "\u00e9",
    "<!", "<!x", "<?", "</ ", "</3", "<!-->", "--!>", "<![CDATA[", "<style>", "</style>", "<textarea>", "<title>",
]


def test_a_page_whose_tags_the_reader_finds_narrow_has_no_wide_element(monkeypatch):
    # The census is spared on pages whose start tags the reader finds narrow; with a limit of 3 attributes,
    # random markup must never give libxml2 an element of 3 or more that the reader missed.
    quick, full = parse.tag_patterns(3)
    monkeypatch.setattr(parse, "_QUICK_TAG", quick)
    monkeypatch.setattr(parse, "_FULL_TAG", full)
    generator = random.Random(31)
    for _ in range(20_000):
        page = "".join(generator.choice(_TAG_FRAGMENTS) for _ in range(generator.randint(1, 40)))
        data = ("<html><body>" + page).encode("utf-8")
        if not parse.any_wide_tag(data):
            widest = etree.fromstring(data, etree.HTMLParser(target=_Widest(), no_network=True))
            assert widest is None or widest < 3, page


def test_the_reader_reads_each_byte_a_few_times_at_most(slowness):
    # Tags crowded with "<", long values, long stretches without ">": each costs a pass or two.
    hostile = [(b"<x " + b"<a" * 4090 + b">") * 7, (b"<x " + b"<a " * 250 + b'y="' + b"v" * 7000 + b'">') * 120,
               (b"<x" + b"<a\n" * 2 + b" " * 8000 + b">") * 2000, b"<a x=" + b"a" * 10_000_000, b"<a" * 5_000_000,
               (b">" + b"x" * 5000 + b"<a" + b"<b" * 20) * 2000, (b">" + b"x<" * 5000 + b"<a b='>'") * 100]
    factor = slowness()
    for data in hostile:
        start = time.process_time()
        parse.any_wide_tag(data)
        assert (time.process_time() - start) / factor < 0.2, data[:40]


def test_a_script_comparing_numbers_is_no_wide_tag():
    script = "<script>" + "for (var i = 0; i<n.length && j<m.length; i++) { if (a > b) x = '<b'; }\n" * 100 + "</script>"
    page = "<html><body><p>" + "word " * parse.CENSUS_ABOVE_LEADS + "</p>" + script + "</body></html>"
    assert not parse.any_wide_tag(page.encode())


def test_the_sources_utf8_is_read_as_it_is_unless_the_text_was_cut(monkeypatch):
    # Bytes that differ from the text on purpose, to see which of the two the parser read.
    page = Decoded("<html><body><p>from the text</p></body></html>", "utf-8",
                   utf8=b"<html><body><p>from the bytes</p></body></html>")
    assert text_content(parse_page(page).root) == "from the bytes"
    declared = Decoded('<?xml version="1.0"?>' + page.text, "utf-8", utf8=page.utf8)
    assert text_content(parse_page(declared).root) == "from the text"
    monkeypatch.setattr(parse, "MAX_MARKUP_CHARS", 40)
    assert "from the bytes" not in text_content(parse_page(page).root)
