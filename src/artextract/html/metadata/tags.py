"""The article's topics: article:tag (and its kin), JSON-LD keywords, then the page's tag links.

The first source that names any tag wins, in that order of trust: the meta
and JSON-LD fields are the CMS's own taxonomy; visible tag links (`rel=tag`,
a tag-list element) are read only when neither states one.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from artextract.rules.metadata import META_TAGS, TAG_LIST_TOKENS, TAG_MAX_CHARS, TAG_MAX_COUNT

from .jsonld import JsonLd
from .meta_tags import MetaTags
from .normalize import LOWER_XPATH, dedupe, tidy

_REL_TAG_XP = etree.XPath(
    "//a[contains(concat(' ', normalize-space(" + LOWER_XPATH.format("@rel") + "), ' '), ' tag ')]"
)
_TAG_LIST_XP = etree.XPath(
    "//*[" + " or ".join(
        f"contains(concat(' ', normalize-space({LOWER_XPATH.format('@class')}), ' '), ' {token} ')"
        for token in sorted(TAG_LIST_TOKENS)
    ) + "]//a"
)
# Spaces before a separator are matched from the first space of their run
# only: tried from every space, a long run of blanks cost its square.
_SPLIT = re.compile(r"(?:(?<!\s)\s+)?[,;|]\s*")
_URLISH = re.compile(r"^(?:https?:)?//", re.IGNORECASE)


def page_tags(tree: HtmlElement, meta: MetaTags, jsonld: JsonLd) -> list[str]:
    """The article's tags, from the first source that names any."""
    for values in (
        [value for key in META_TAGS for value in meta.get(key, ())],
        _keywords(jsonld.field("keywords")),
        [" ".join(a.itertext()) for a in _REL_TAG_XP(tree)] or [" ".join(a.itertext()) for a in _TAG_LIST_XP(tree)],
    ):
        tags = _clean(values)
        if tags:
            return tags
    return []


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
