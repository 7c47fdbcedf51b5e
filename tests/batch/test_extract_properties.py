"""Property: whatever bytes or markup come in, `extract` returns an Article or raises InputError.

Batch mode turns InputError into an error record; anything else escaping
`extract` would be a bug (the batch would still record it as "internal").
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from artextract import Article, InputError, extract
from artextract.batch import process_bytes

TAGS = ["html", "head", "body", "title", "meta", "p", "div", "span", "a", "article", "main", "section", "h1", "h2",
        "ul", "ol", "li", "table", "tr", "td", "th", "figure", "figcaption", "blockquote", "pre", "script", "style",
        "noscript", "time", "nav", "footer", "br", "img", "b", "i", "svg", "math", "template", "iframe", "?xml",
        "!DOCTYPE html", "!--"]
ATTRIBUTES = ["class", "id", "itemprop", "hidden", "style", "charset", "content", "name", "property", "datetime",
              "href", "type", "aria-hidden", "lang"]
VALUES = ["article", "byline", "author", "caption", "share", "display:none", "utf-8", "shift_jis", "bogus-charset",
          "og:title", "application/ld+json", "2024-02-30", "articleBody", "headline", "", "\"", "'", "&amp;", "&#0;",
          "&#xD800;", "&bogus;"]
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40) | st.sampled_from(
    ["By Jane Doe", "Reuters", "\u00a0", "&nbsp;", "<", ">", "&", "]]>", "\x00", "{\"@type\": \"NewsArticle\"",
     "WASHINGTON —", "Photo: AP", "• point", "2 min read"])


@st.composite
def markup(draw) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 60))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            tag = draw(st.sampled_from(TAGS))
            attrs = "".join(
                f' {draw(st.sampled_from(ATTRIBUTES))}="{draw(st.sampled_from(VALUES))}"'
                for _ in range(draw(st.integers(0, 3)))
            )
            parts.append(f"<{tag}{attrs}>")
        elif kind == 1:
            parts.append(f"</{draw(st.sampled_from(TAGS))}>")
        else:
            parts.append(draw(TEXT))
    return "".join(parts)


def _extract_or_input_error(data) -> None:
    try:
        article = extract(data)
    except InputError:
        return
    assert isinstance(article, Article)
    article.to_dict()  # the JSON form is built without error too


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_random_bytes_never_raise_anything_but_input_error(data):
    _extract_or_input_error(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markup())
def test_random_html_never_raises_anything_but_input_error(page):
    _extract_or_input_error(page)
    _extract_or_input_error(page.encode("utf-8", errors="surrogatepass"))


@settings(max_examples=60, deadline=None)
@given(markup(), st.sampled_from(["utf-8", "utf-16", "cp1252", "shift_jis", "latin-1"]))
def test_random_html_in_other_encodings(page, encoding):
    _extract_or_input_error(page.encode(encoding, errors="replace"))


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2048))
def test_process_bytes_always_gives_one_complete_record(data):
    record = process_bytes("x.html", data)
    assert record["source"]["path"] == "x.html"
    assert ("error" in record) != ("body" in record)
    if "error" in record:
        assert record["error"]["type"] == "input"  # never "internal": no bug reached
