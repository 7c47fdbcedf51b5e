"""The page's language: `<html lang>`, else the language meta tags and
JSON-LD `inLanguage`, normalised to a BCP 47-like tag ("pt_BR" -> "pt-BR").

A value that is no tag ("english", "Spanish", "x-default") is no answer: the
text's own language is detected instead, so that a filter on "en" finds the page."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from artextract.rules.metadata import META_LANGUAGE

from .jsonld import JsonLd
from .meta_tags import MetaTags, first_meta

# A primary language subtag of 2-3 letters, then any subtags (script, region, variant).
_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def page_language(tree: etree._Element, meta: MetaTags, jsonld: JsonLd) -> str | None:
    return next(filter(None, map(_tag, _declared(tree, meta, jsonld))), None)


def _declared(tree: etree._Element, meta: MetaTags, jsonld: JsonLd) -> Iterator[str | None]:
    """What the page says its language is, most trusted first (read only as far as needed)."""
    root = tree.getroottree().getroot()
    yield root.get("lang") or root.get("xml:lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    yield first_meta(meta, META_LANGUAGE[:4])
    yield jsonld.string("inLanguage")
    yield first_meta(meta, META_LANGUAGE[4:])


def _tag(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip().split(",")[0].strip().replace("_", "-")
    return value if _TAG.fullmatch(value) else None
