"""The article's topics: article:tag (and its kin), JSON-LD keywords, then the page's tag links.

The first source that names any tag wins, in that order of trust: the meta
and JSON-LD fields are the CMS's own taxonomy; visible tag links (`rel=tag`,
links into /tag/ pages) are read only when neither states one.
"""

from __future__ import annotations

import re

from lxml import etree

from artextract.rules.metadata import META_TAGS, TAG_HREF, TAG_MAX_CHARS, TAG_MAX_COUNT

from ..tree import document_elements
from .jsonld import JsonLd
from .meta_tags import MetaTags
from .normalize import dedupe, tidy

# Spaces before a separator are matched from the first space of their run
# only: tried from every space, a long run of blanks cost its square.
_SPLIT = re.compile(r"(?:(?<!\s)\s+)?[,;|]\s*")
_URLISH = re.compile(r"^(?:https?:)?//", re.IGNORECASE)


def page_tags(tree: etree._Element, meta: MetaTags, jsonld: JsonLd) -> list[str]:
    """The article's tags, from the first source that names any."""
    sources = (
        lambda: [value for key in META_TAGS for value in meta.get(key, ())],
        lambda: _keywords(jsonld.field("keywords")),
        lambda: _link_texts(tree),
    )
    for source in sources:  # lazily: the DOM is searched only when the fields name no tag
        tags = _clean(source())
        if tags:
            return tags
    return []


def _link_texts(tree: etree._Element) -> list[str]:
    """Texts of rel=tag links, else of links into the site's tag pages (/tag/x, /tags/x)."""
    # Only <a> elements are tested, picked by lxml in C (case-folding every class in XPath cost
    # ~7 ms a page; `//a[@rel or contains(@href, '/tag')]` a third more than this); the exact match follows.
    links = [a for a in document_elements(tree, "a") if a.get("rel") is not None or "/tag" in (a.get("href") or "")]
    rel = [" ".join(a.itertext()) for a in links if "tag" in (a.get("rel") or "").lower().split()]
    if rel:
        return rel
    return [" ".join(a.itertext()) for a in links if TAG_HREF.search(a.get("href") or "")]


def _keywords(value: object) -> list[str]:
    """JSON-LD keywords: a comma-separated string or a list of strings (or of DefinedTerms)."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items[:TAG_MAX_COUNT * 2]:
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, str):
            out.append(item)
    return out


def _clean(values: list[str]) -> list[str]:
    tags: list[str] = []
    for value in values:
        for part in _SPLIT.split(value):
            tag = tidy(part.lstrip("#"))
            if tag and len(tag) <= TAG_MAX_CHARS and not _URLISH.match(tag):
                tags.append(tag)
    return dedupe(tags)[:TAG_MAX_COUNT]
