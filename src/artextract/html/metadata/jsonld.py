"""JSON-LD (`<script type="application/ld+json">`): written for search
engines, so usually the most careful statement of the article's facts.

`JsonLd` parses every block of a page, walks it into typed nodes, picks the
article and page nodes, and answers field lookups across them with `@id`
references resolved.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from artextract.dates import parse_date
from artextract.rules.metadata import JSONLD_ARTICLE_TYPES, JSONLD_ORG_TYPES, JSONLD_PAGE_TYPES, JSONLD_REVIEW_KEYS

from ..tree import XPATH_LOWER, document_elements
from .normalize import declared_names, dedupe, tidy

_JSON_WRAPPER_RE = re.compile(r"^\s*(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)|(?:-->|\]\]>|//\s*\]\]>)\s*$")
_JSON_TRAILING_COMMA_RE = re.compile(r",\s*([}\]])")


def _load_json(text: str) -> Any:
    text = _JSON_WRAPPER_RE.sub("", text.strip()).strip()
    if not text:
        return None
    try:
        return json.loads(text, strict=False)
    except RecursionError:
        return None  # hostile nesting: no real JSON-LD is nested this deep
    except ValueError:
        pass
    # Common breakage: trailing commas, several objects back to back.
    text = _JSON_TRAILING_COMMA_RE.sub(r"\1", text)
    decoder = json.JSONDecoder(strict=False)
    items: list[Any] = []
    pos = 0
    while pos < len(text):
        while pos < len(text) and text[pos] in " \t\r\n;,":
            pos += 1
        if pos >= len(text):
            break
        try:
            obj, pos = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError):
            break
        items.append(obj)
    return items or None


def _types(node: dict[str, Any]) -> list[str]:
    raw = node.get("@type")
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list):
        return []
    # "http://schema.org/NewsArticle" and "schema:NewsArticle" occur too.
    return [t.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for t in raw if isinstance(t, str)]


def _walk_jsonld(data: Any, depth: int = 0, key: str | None = None) -> Iterator[tuple[dict[str, Any], str | None]]:
    """Every typed object, parents before children, in document order, with the key of the
    object that holds it (None at the top or in a list's top)."""
    if depth > 12:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_jsonld(item, depth + 1, key)
    elif isinstance(data, dict):
        if "@type" in data or "@id" in data:
            yield data, key
        for name, value in data.items():
            if isinstance(value, (dict, list)):
                yield from _walk_jsonld(value, depth + 1, name)


def _jsonld_scripts(tree: etree._Element) -> Iterator[etree._Element]:
    """The JSON-LD scripts, in document order, as `//script[contains(translate(@type, ...), 'ld+json')]` finds them."""
    return (script for script in document_elements(tree, "script")
            if "ld+json" in (script.get("type") or "").translate(XPATH_LOWER))


def _is_reference(node: dict[str, Any]) -> bool:
    return "@id" in node and set(node) <= {"@id", "@type"}


class JsonLd:
    """The JSON-LD nodes of a page and lookups across them."""

    __slots__ = ("nodes", "by_id", "article", "page", "_held_reviews")

    def __init__(self, tree: etree._Element) -> None:
        self.nodes: list[dict[str, Any]] = []
        # The nodes another item holds as its review (a product's, a business's): a customer's
        # review of that item, typed Review as an article is, with the customer as its author.
        # Never the page's article (fit-half wcxb-dev 98bucksocial.com, newjerseymoversnj.com,
        # gymshark.com, leverx.com, sweetwater.com read a customer as the page's author).
        self._held_reviews: set[int] = set()
        for script in _jsonld_scripts(tree):
            data = _load_json(script.text or "")
            if data is None:
                continue
            for node, key in _walk_jsonld(data):
                self.nodes.append(node)
                if key in JSONLD_REVIEW_KEYS:
                    self._held_reviews.add(id(node))
        self.by_id: dict[str, dict[str, Any]] = {}
        for node in self.nodes:
            node_id = node.get("@id")
            if not isinstance(node_id, str):
                continue
            known = self.by_id.get(node_id)
            # The first full definition wins; a bare {"@id"} reference does not.
            if known is None or (_is_reference(known) and not _is_reference(node)):
                self.by_id[node_id] = node
        self.article = self._pick(JSONLD_ARTICLE_TYPES)
        self.page = self._pick(JSONLD_PAGE_TYPES)

    def _pick(self, wanted: tuple[str, ...]) -> dict[str, Any] | None:
        best: tuple[int, dict[str, Any]] | None = None
        for node in self.nodes:
            ranks = [wanted.index(t) for t in _types(node) if t in wanted]
            if not ranks:
                continue
            rank = min(ranks)
            # A node that states nothing useful is a reference, not the article.
            if not any(k in node for k in ("headline", "name", "datePublished", "author")):
                continue
            if id(node) in self._held_reviews:
                continue
            if best is None or rank < best[0]:
                best = (rank, node)
            if rank == 0:
                break
        return best[1] if best else None

    def resolve(self, value: Any) -> Any:
        """An {"@id": ...} reference replaced by the node it points to."""
        if isinstance(value, dict) and _is_reference(value):
            return self.by_id.get(value["@id"], value)
        return value

    def field(self, key: str, *, page_too: bool = True) -> Any:
        for node in (self.article, self.page if page_too else None):
            if node is not None and node.get(key) not in (None, "", []):
                return node[key]
        return None

    def names(self, value: Any, *, people_only: bool) -> list[str]:
        """Names from an author/publisher value: strings, objects, arrays, @id refs."""
        out: list[str] = []
        items = value if isinstance(value, list) else [value]
        for item in items[:20]:
            item = self.resolve(item)
            if isinstance(item, str):
                out.extend(declared_names(html_lib.unescape(item)))
            elif isinstance(item, dict):
                if people_only and set(_types(item)) & JSONLD_ORG_TYPES:
                    continue
                name = item.get("name")
                if isinstance(name, list):
                    name = name[0] if name else None
                if not isinstance(name, str) and isinstance(item.get("givenName"), str):
                    name = f"{item['givenName']} {item.get('familyName') or ''}"
                if isinstance(name, str):
                    out.extend(declared_names(html_lib.unescape(name)))
        return out

    def authors(self) -> tuple[list[str], list[str]]:
        """(people, organisations) declared as the article's author."""
        value = self.field("author", page_too=True) or self.field("creator")
        if value is None:
            return [], []
        people = self.names(value, people_only=True)
        everyone = self.names(value, people_only=False)
        return dedupe(people), dedupe([n for n in everyone if n not in people])

    def date(self, *keys: str) -> str | None:
        for key in keys:
            value = self.field(key)
            if isinstance(value, list):
                value = value[0] if value else None
            if isinstance(value, str):
                parsed = parse_date(value)
                if parsed:
                    return parsed
        return None

    def string(self, *keys: str, node: dict[str, Any] | None = None) -> str | None:
        for key in keys:
            value = node.get(key) if node is not None else self.field(key)
            if isinstance(value, list):
                value = value[0] if value else None
            if isinstance(value, dict):
                value = value.get("name") or value.get("url") or value.get("@value")
            if isinstance(value, str) and (text := tidy(value)):
                return text
        return None

    def site_name(self) -> str | None:
        for holder in (self.article, self.page):
            if holder is None:
                continue
            for key in ("publisher", "isPartOf", "sourceOrganization"):
                target = self.resolve(holder.get(key))
                if isinstance(target, list):
                    target = self.resolve(target[0]) if target else None
                if isinstance(target, dict) and isinstance(target.get("name"), str):
                    return tidy(target["name"])
        for node in self.nodes:
            if "website" in _types(node) and isinstance(node.get("name"), str):
                return tidy(node["name"])
        return None

    def types(self) -> frozenset[str]:
        """Every @type the page declares, lower-cased, namespace dropped."""
        return frozenset(t for node in self.nodes for t in _types(node))

    def image(self) -> str | None:
        value = self.resolve(self.field("image"))
        if isinstance(value, list):
            value = self.resolve(value[0]) if value else None
        if isinstance(value, dict):
            value = value.get("url") or value.get("contentUrl")
        return value if isinstance(value, str) else None
