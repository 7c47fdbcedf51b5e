"""The page's language: `<html lang>`, else the language meta tags and
JSON-LD `inLanguage`, normalised to a BCP 47-like tag ("pt_BR" -> "pt-BR")."""

from __future__ import annotations

from lxml.html import HtmlElement

from artextract.rules.metadata import META_LANGUAGE

from .jsonld import JsonLd
from .meta_tags import MetaTags, first_meta


def page_language(tree: HtmlElement, meta: MetaTags, jsonld: JsonLd) -> str | None:
    root = tree.getroottree().getroot()
    value = root.get("lang") or root.get("xml:lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not value:
        value = first_meta(meta, META_LANGUAGE[:4]) or jsonld.string("inLanguage") or first_meta(meta, META_LANGUAGE[4:])
    if not value:
        return None
    value = value.strip().split(",")[0].strip().replace("_", "-")
    return value or None
