"""Page metadata from a parsed HTML tree: title, authors, dates, site, language.

Sources are read in a fixed order of trust, each field on its own:

1. JSON-LD (`jsonld.py`): written for search engines, so usually the most
   careful statement of the article's facts.
2. `<meta>` tags (`meta_tags.py`): OpenGraph, article:*, Parse.ly,
   Sailthru, Dublin Core, Highwire `citation_*`, plain `author`/`description`.
3. The DOM (`dom.py`, `language.py`, `urls.py`): microdata `itemprop`,
   `rel=author` links, byline-class elements, a "By ..." line near the
   headline, author boxes, `<time>`, `<html lang>`, `<link rel=canonical>`,
   and forum usernames as a last resort.
4. The URL path (`/2024/03/05/`).

The publication date departs from that order on measured evidence: the URL
and meta tags come first, then dates shown on the page, then JSON-LD (see
`choose.choose_published`). The title is chosen among its statements by the
page's own evidence, its <h1>s and URL slug (see `title.choose_title`); which
displayed heading is the headline is then decided once (`html/headline.py`),
and the DOM fallbacks look for bylines and dates near it. Nothing is ever
fetched, and the DOM fallbacks run only when the structured sources left a
field empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from artextract.rules.metadata import META_MODIFIED

from ..headline import NO_HEADLINE, Headline, declares_article, find_headline, page_h1s, site_names
from .choose import choose_authors, choose_description, choose_image, choose_published, choose_site_name, choose_url
from .dom import Dom
from .jsonld import JsonLd
from .language import page_language
from .meta_tags import collect_meta, first_meta, meta_date
from .tags import page_tags
from .title import choose_title, clean_title, stated_titles, title_element_text
from .urls import canonical_link, host_label, link_base

__all__ = ["PageMetadata", "read_metadata", "clean_title"]


@dataclass(slots=True)
class PageMetadata:
    """What a page says about itself.

    `title` is the metadata title as the page states it (JSON-LD headline,
    og:title or <title>), site label included: pass it through `clean_title`
    for display. When the page's <h1>s or other statements single out one
    segment of an "A | B | Site" title, `title` is that segment; when the
    URL slug names an <h1> and not the stated title, it is that <h1>; when
    a logo <h1> shows a site label `clean_title` would miss, it is cut off.
    Dates are ISO 8601 (see `artextract.dates.parse_date`); `url` is the
    canonical URL, absolute when a base URL was given.
    """

    title: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    url: str | None = None
    image: str | None = None  # og:image or the JSON-LD image, absolute
    tags: list[str] = field(default_factory=list)
    # What the page's relative links resolve against (<base href>, the given URL, the canonical URL).
    base: str | None = None
    types: frozenset[str] = frozenset()  # every JSON-LD @type, lower-cased (evidence of the page's kind)
    og_type: str | None = None
    # The page's headline, decided once (html/headline.py): bylines and dates are read near it.
    headline: Headline = NO_HEADLINE


def read_metadata(tree: etree._Element, url: str | None = None) -> PageMetadata:
    """Everything the page says about itself, in order of trust per field."""
    # The structured sources, read whole; the DOM only on demand.
    meta = collect_meta(tree)
    jsonld = JsonLd(tree)
    site_name = choose_site_name(meta, jsonld, title_element_text(tree))
    page_url = choose_url(canonical_link(tree), meta, jsonld, url)
    h1s = page_h1s(tree)  # the title and the headline weigh the same <h1>s
    description = choose_description(meta, jsonld)  # a dek under the headline may say it again
    raw_title = choose_title(jsonld, meta, tree, site_name, page_url or url, h1s, description)
    cleaned = clean_title(raw_title, site_name, page_url or url)
    types = jsonld.types()
    names = site_names(site_name, raw_title, cleaned, host_label(page_url or url))
    headline = find_headline(tree, cleaned, names, declares_article(types), h1s, description,
                             stated_titles(jsonld, meta, tree))
    dom = Dom(tree, headline.element)  # bylines and dates are looked for near the headline

    modified = jsonld.date("dateModified") or meta_date(meta, META_MODIFIED)
    base = link_base(tree, url, page_url)
    return PageMetadata(
        title=raw_title,
        description=description,
        authors=choose_authors(meta, jsonld, dom, site_name, host_label(page_url or url)),
        # A shown update's date stands in only when nothing else dates the page (dom.update_date).
        published=choose_published(tree, meta, jsonld, dom, page_url, url) or modified or dom.update_date(),
        modified=modified,
        site_name=site_name,
        language=page_language(tree, meta, jsonld),
        url=page_url,
        image=choose_image(meta, jsonld, base),
        tags=page_tags(tree, meta, jsonld),
        base=base,
        types=types,
        og_type=first_meta(meta, ("og:type",)),
        headline=headline,
    )
