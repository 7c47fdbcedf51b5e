"""`<meta>` tags: OpenGraph, article:*, Parse.ly, Sailthru, Dublin Core,
Highwire `citation_*`, plain `author`/`description`.

`collect_meta` reads every tag once into a key -> values map; the other
functions look fields up in that map, in the key order the rules give.
"""

from __future__ import annotations

import re

from lxml import etree

from artextract.dates import parse_date
from artextract.rules.metadata import (
    META_AUTHOR,
    META_DATE_KEY_EXCLUDE_RE,
    META_DATE_KEY_RE,
    META_KEY_ATTRIBUTES,
    META_TWITTER_AUTHOR_LABELS,
)

from ..tree import document_elements
from .normalize import declared_names, dedupe, tidy
from .regions import in_held_review

MetaTags = dict[str, list[str]]

_URLISH_RE = re.compile(r"^(?:https?:)?//|^www\.", re.IGNORECASE)


def collect_meta(tree: etree._Element) -> MetaTags:
    """Every meta key (name/property/itemprop/http-equiv) to its values.

    Under one key, values declared with the attribute the key's vocabulary
    defines come first: `property=` (RDFa, what OpenGraph and Dublin Core
    specify) before `name=`, which pages also use for these keys, often as a
    stale or template copy ("DC.title" and "dc:title" on one page)."""
    found: dict[str, list[tuple[int, str]]] = {}
    held: dict[etree._Element, bool] = {}  # per parent: a product's item states dozens of <meta itemprop>
    # What `//meta[@content or @value]` finds; lxml's `iter` picks the tag in C, where libxml2's XPath
    # tests the predicate on every node of the page (a third more time).
    for el in document_elements(tree, "meta"):
        content = el.get("content")
        if content is None:
            content = el.get("value")
        content = tidy(content)
        if not content:
            continue
        for rank, attr in enumerate(META_KEY_ATTRIBUTES):
            raw = el.get(attr)
            if not raw:
                continue
            if attr == "itemprop" and _in_held_review(el, held):
                continue  # a customer review's fields (its author, its date), not the page's
            # property="og:title twitter:title" declares both at once.
            for key in raw.lower().split():
                # Dublin Core is written "dc:title" and "DC.title" alike.
                if key.startswith(("dc:", "dcterms:")):
                    key = key.replace(":", ".", 1)
                found.setdefault(key, []).append((rank, content))
    # A stable sort: document order within each attribute.
    return {key: [content for _, content in sorted(values, key=lambda v: v[0])] for key, values in found.items()}


def _in_held_review(el: etree._Element, known: dict[etree._Element, bool]) -> bool:
    """regions.in_held_review, asked once per parent element (the item's <meta>s stand side by side)."""
    parent = el.getparent()
    if parent is None:
        return False
    verdict = known.get(parent)
    if verdict is None:
        verdict = known[parent] = in_held_review(el)
    return verdict


def first_meta(meta: MetaTags, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        values = meta.get(key)
        if values:
            return values[0]
    return None


def meta_date_read(meta: MetaTags, keys: tuple[str, ...]) -> tuple[str, str] | None:
    """The first value under `keys` that parses as a date, as (value as written, date read)."""
    for key in keys:
        for value in meta.get(key, ()):
            parsed = parse_date(value)
            if parsed:
                return value, parsed
    return None


def meta_date(meta: MetaTags, keys: tuple[str, ...]) -> str | None:
    read = meta_date_read(meta, keys)
    return read[1] if read else None


def any_meta_date(meta: MetaTags) -> str | None:
    """A date under a meta key no table names ("cludo:date", "sitepublished")."""
    for key, values in meta.items():
        if META_DATE_KEY_RE.search(key) and not META_DATE_KEY_EXCLUDE_RE.search(key):
            parsed = parse_date(values[0])
            if parsed:
                return parsed
    return None


def meta_authors(meta: MetaTags) -> list[str]:
    for key in META_AUTHOR:
        if key == "twitter:data1":
            labels = meta.get("twitter:label1", [])
            if not labels or labels[0].lower() not in META_TWITTER_AUTHOR_LABELS:
                continue
        names: list[str] = []
        for value in meta.get(key, ()):
            if _URLISH_RE.match(value):
                continue  # article:author is often a profile URL
            names.extend(declared_names(value))
        if names:
            return dedupe(names)
    return []
