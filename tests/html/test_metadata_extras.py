"""Metadata added for issue 12: tags, the lead image and the base its URL resolves against."""

from __future__ import annotations

import lxml.html

from artextract.html.metadata import PageMetadata, read_metadata


def meta_of(html: str, url: str | None = None) -> PageMetadata:
    return read_metadata(lxml.html.fromstring(html), url=url)


def test_article_tags_come_first_and_are_deduplicated() -> None:
    meta = meta_of("""<html><head>
      <meta property="article:tag" content="Climate">
      <meta property="article:tag" content="Energy, climate">
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", "keywords": "Other"}</script>
      </head><body><p>x</p></body></html>""")
    assert meta.tags == ["Climate", "Energy"]


def test_jsonld_keywords_as_string_or_list() -> None:
    page = '<html><head><script type="application/ld+json">{"@type": "BlogPosting", "headline": "H", "keywords": %s}</script></head><body><p>x</p></body></html>'
    assert meta_of(page % '"bikes, city,  roads"').tags == ["bikes", "city", "roads"]
    assert meta_of(page % '["bikes", {"@type": "DefinedTerm", "name": "city"}]').tags == ["bikes", "city"]


def test_visible_tag_links_when_no_field_names_tags() -> None:
    meta = meta_of("""<html><body><article><p>Text.</p>
      <span class="tags-links"><a href="/tag/gardening/">Gardening</a>, <a href="/tag/volunteers">#Volunteers</a></span>
      <a href="/tagged-elsewhere/x">Not a tag</a>
      </article></body></html>""")
    assert meta.tags == ["Gardening", "Volunteers"]
    rel = meta_of('<html><body><p>x</p><a rel="tag" href="/t/x">Local news</a></body></html>')
    assert rel.tags == ["Local news"]


def test_no_tags_is_an_empty_list() -> None:
    assert meta_of("<html><body><p>x</p></body></html>").tags == []


def test_og_image_resolves_against_base_href_first() -> None:
    page = """<html><head><base href="https://cdn.example.org/static/">
      <link rel="canonical" href="https://example.com/story">
      <meta property="og:image" content="img/lead.jpg"></head><body><p>x</p></body></html>"""
    meta = meta_of(page, url="https://mirror.example.net/story")
    assert meta.image == "https://cdn.example.org/static/img/lead.jpg"
    assert meta.base == "https://cdn.example.org/static/"


def test_og_image_resolves_against_given_url_then_canonical() -> None:
    page = """<html><head><link rel="canonical" href="https://example.com/news/story">
      <meta property="og:image" content="/img/lead.jpg"></head><body><p>x</p></body></html>"""
    assert meta_of(page, url="https://mirror.example.net/a/b").image == "https://mirror.example.net/img/lead.jpg"
    assert meta_of(page).image == "https://example.com/img/lead.jpg"


def test_relative_image_without_any_base_is_dropped() -> None:
    page = '<html><head><meta property="og:image" content="/img/lead.jpg"></head><body><p>x</p></body></html>'
    assert meta_of(page).image is None
    protocol_relative = page.replace("/img/lead.jpg", "//cdn.example.org/lead.jpg")
    assert meta_of(protocol_relative).image == "https://cdn.example.org/lead.jpg"


def test_jsonld_image_object_when_no_og_image() -> None:
    meta = meta_of("""<html><head><script type="application/ld+json">
      {"@type": "NewsArticle", "headline": "H", "image": {"@type": "ImageObject", "url": "https://example.com/a.jpg"}}
      </script></head><body><p>x</p></body></html>""")
    assert meta.image == "https://example.com/a.jpg"


def test_description_from_og_description() -> None:
    meta = meta_of('<html><head><meta property="og:description" content="What happened, briefly."></head><body></body></html>')
    assert meta.description == "What happened, briefly."
