"""Page metadata from a parsed HTML tree: title, authors, dates, site, language.

Sources are read in a fixed order of trust, each field on its own:

1. JSON-LD (`<script type="application/ld+json">`): written for search
   engines, so usually the most careful statement of the article's facts.
2. `<meta>` tags: OpenGraph, article:*, Parse.ly, Sailthru, Dublin Core,
   Highwire `citation_*`, plain `author`/`description`.
3. The DOM: microdata `itemprop`, `rel=author` links, byline-class elements,
   a "By ..." line near the headline, author boxes, `<time>`, `<html lang>`,
   `<link rel=canonical>`, and forum usernames as a last resort.
4. The URL path (`/2024/03/05/`).

The publication date departs from that order on measured evidence: the URL
and meta tags come first, then dates shown on the page, then JSON-LD (see
`read_metadata`). Only the metadata title is produced here; the displayed
headline (the H1) is the content engine's job. Nothing is ever fetched, and
the DOM fallbacks run only when the structured sources left a field empty.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from artextract.authors import clean_authors
from artextract.dates import find_date, parse_date
from artextract.rules.metadata import (
    AUTHOR_NAME_CLASS_RE,
    BYLINE_CLASS_HINTS,
    BYLINE_CLASS_RE,
    BYLINE_EXCLUDE_RE,
    BYLINE_PREFIX_ONLY_RE,
    BYLINE_START_RE,
    COMMENT_REGION_RE,
    DATE_CLASS_HINTS,
    DATE_CLASS_RE,
    FOREIGN_REGION_SUFFIXES,
    FOREIGN_REGION_WORDS,
    HOST_NOISE_LABELS,
    JSONLD_ARTICLE_TYPES,
    JSONLD_ORG_TYPES,
    JSONLD_PAGE_TYPES,
    LAYOUT_FLAG_PARTS,
    MAX_BYLINE_CHARS,
    META_AUTHOR,
    META_DATE_KEY_EXCLUDE_RE,
    META_DATE_KEY_RE,
    META_DESCRIPTION,
    META_IMAGE,
    META_LANGUAGE,
    META_MODIFIED,
    META_PUBLISHED,
    META_SITE_NAME,
    META_TITLE,
    META_TWITTER_AUTHOR_LABELS,
    META_URL,
    MODIFIED_CLASS_RE,
    NOT_FOREIGN_TOKENS,
    SCRIPT_DATE_KEYS,
    SECOND_LEVEL_LABELS,
    SITE_CHROME_RE,
    TITLE_SEPARATORS_RE,
    TITLE_SITE_MAX_WORDS,
    URL_DATE_RE,
    USERNAME_CLASS_HINTS,
    USERNAME_CLASS_RE,
    WEAK_AUTHOR_WORDS,
)

__all__ = ["PageMetadata", "read_metadata", "clean_title"]


@dataclass(slots=True)
class PageMetadata:
    """What a page says about itself.

    `title` is the metadata title as the page states it (JSON-LD headline,
    og:title or <title>), site label included: pass it through `clean_title`
    for display. Dates are ISO 8601 (see `artextract.dates.parse_date`);
    `url` is the canonical URL, absolute when a base URL was given.
    """

    title: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    url: str | None = None
    image: str | None = None


# --------------------------------------------------------------------------
# Compiled XPath, built once. Each is a single walk done in C.
# --------------------------------------------------------------------------

_LOWER = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_META_XP = etree.XPath("//meta[@content or @value]")
_JSONLD_XP = etree.XPath(
    "//script[contains(" + _LOWER.format("@type") + ", 'ld+json')]"
)
_TITLE_XP = etree.XPath("//title[not(ancestor::svg)]")
_CANONICAL_XP = etree.XPath(
    "//link[@href][contains(concat(' ', normalize-space(" + _LOWER.format("@rel") + "), ' '), ' canonical ')]"
)
_ITEMPROP_XP = etree.XPath(
    "//*[@itemprop and (contains(@itemprop, 'author') or contains(@itemprop, 'creator')"
    " or contains(@itemprop, 'datePublished') or contains(@itemprop, 'dateCreated'))]"
)
_REL_AUTHOR_XP = etree.XPath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]")
_TIME_XP = etree.XPath("//time")
_INLINE_SCRIPT_XP = etree.XPath("//script[not(@src)]")
# After a known key: `": "value"`, `: "value"` or `\":\"value\"` (JSON inside
# a JS string). Applied at positions found by str.find, which is far cheaper
# than letting a regex scan megabytes of bundled state.
_SCRIPT_VALUE_RE = re.compile(r"\\?[\"']?\s*:\s*\\?[\"']([^\"'\\]{8,40})\\?[\"']")
# Inline scripts longer than this are scanned only in their first part.
_MAX_SCRIPT_SCAN = 2_000_000
_H1_XP = etree.XPath("//body//h1")
_H2_XP = etree.XPath("//body//h2")
# Headings examined when looking for the one that carries the title.
_MAX_HEADINGS = 30
_VISIBLE_TEXT = (
    "[normalize-space()][not(parent::script or parent::style or parent::noscript"
    " or parent::template or parent::button or parent::option)]"
)
# Text nodes examined around the headline: bylines sit within a few lines.
_NEAR_AFTER = 40
_NEAR_BEFORE = 12
_FOLLOWING_TEXT_XP = etree.XPath(f"following::text(){_VISIBLE_TEXT}[position() <= {_NEAR_AFTER}]")
_PRECEDING_TEXT_XP = etree.XPath(f"preceding::text(){_VISIBLE_TEXT}[position() <= {_NEAR_BEFORE}]")


# Elements that carry a class or id, filtered in Python with one compiled
# regex: XPath contains() over many tokens costs ten times more.
_CLASSED_XP = etree.XPath(
    "//body//*[@class or @id][not(self::script or self::style or self::img or self::link"
    " or self::meta or self::svg or self::path or self::input or self::button)]"
)
# Matched against the lowercased class/id string; case-sensitive literal
# alternations are several times faster than IGNORECASE ones.
_HINT_RE = re.compile("|".join(re.escape(h) for h in (*BYLINE_CLASS_HINTS, *USERNAME_CLASS_HINTS, *DATE_CLASS_HINTS)))

_JSON_WRAPPER_RE = re.compile(r"^\s*(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)|(?:-->|\]\]>|//\s*\]\]>)\s*$")
_JSON_TRAILING_COMMA_RE = re.compile(r",\s*([}\]])")
_SPACE_RE = re.compile(r"\s+")
_URLISH_RE = re.compile(r"^(?:https?:)?//|^www\.", re.IGNORECASE)
# How far up to look for a comment/related container around a byline.
_ANCESTOR_DEPTH = 10
# Byline-class elements examined at most; past that the page is a listing.
_MAX_BYLINE_CANDIDATES = 40


def _text(value: str | None) -> str | None:
    if value is None:
        return None
    value = _SPACE_RE.sub(" ", html_lib.unescape(value)).strip()
    return value or None


# --------------------------------------------------------------------------
# <meta>
# --------------------------------------------------------------------------


def _collect_meta(tree: HtmlElement) -> dict[str, list[str]]:
    """Every meta key (name/property/itemprop/http-equiv) to its values."""
    found: dict[str, list[str]] = {}
    for el in _META_XP(tree):
        content = el.get("content")
        if content is None:
            content = el.get("value")
        content = _text(content)
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            raw = el.get(attr)
            if not raw:
                continue
            # property="og:title twitter:title" declares both at once.
            for key in raw.lower().split():
                # Dublin Core is written "dc:title" and "DC.title" alike.
                if key.startswith(("dc:", "dcterms:")):
                    key = key.replace(":", ".", 1)
                found.setdefault(key, []).append(content)
    return found


def _first_meta(meta: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        values = meta.get(key)
        if values:
            return values[0]
    return None


def _meta_dates(meta: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        for value in meta.get(key, ()):
            parsed = parse_date(value)
            if parsed:
                return parsed
    return None


def _any_meta_date(meta: dict[str, list[str]]) -> str | None:
    """A date under a meta key no table names ("cludo:date", "sitepublished")."""
    for key, values in meta.items():
        if META_DATE_KEY_RE.search(key) and not META_DATE_KEY_EXCLUDE_RE.search(key):
            parsed = parse_date(values[0])
            if parsed:
                return parsed
    return None


def _script_date(tree: HtmlElement) -> str | None:
    """A publication date from inline script state ("publishDate":"2025-05-27")."""
    texts = [s.text for s in _INLINE_SCRIPT_XP(tree) if s.text and len(s.text) > 20]
    for key in SCRIPT_DATE_KEYS:
        for text in texts:
            start = text.find(key, 0, _MAX_SCRIPT_SCAN)
            while start != -1:
                m = _SCRIPT_VALUE_RE.match(text, start + len(key))
                if m and (parsed := parse_date(m.group(1))):
                    return parsed
                start = text.find(key, start + len(key), _MAX_SCRIPT_SCAN)
    return None


def _meta_authors(meta: dict[str, list[str]]) -> list[str]:
    for key in META_AUTHOR:
        if key == "twitter:data1":
            labels = meta.get("twitter:label1", [])
            if not labels or labels[0].lower() not in META_TWITTER_AUTHOR_LABELS:
                continue
        names: list[str] = []
        for value in meta.get(key, ()):
            if _URLISH_RE.match(value):
                continue  # article:author is often a profile URL
            names.extend(clean_authors(value, structured=True))
        if names:
            return _dedupe(names)
    return []


# --------------------------------------------------------------------------
# JSON-LD
# --------------------------------------------------------------------------


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


def _walk_jsonld(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every typed object, parents before children, in document order."""
    if depth > 12:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_jsonld(item, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data or "@id" in data:
            yield data
        for key, value in data.items():
            if isinstance(value, (dict, list)):
                yield from _walk_jsonld(value, depth + 1)


def _is_reference(node: dict[str, Any]) -> bool:
    return "@id" in node and set(node) <= {"@id", "@type"}


class _JsonLd:
    """The JSON-LD nodes of a page and lookups across them."""

    __slots__ = ("nodes", "by_id", "article", "page")

    def __init__(self, tree: HtmlElement) -> None:
        self.nodes: list[dict[str, Any]] = []
        for script in _JSONLD_XP(tree):
            data = _load_json(script.text or "")
            if data is not None:
                self.nodes.extend(_walk_jsonld(data))
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
                out.extend(clean_authors(html_lib.unescape(item), structured=True))
            elif isinstance(item, dict):
                if people_only and set(_types(item)) & JSONLD_ORG_TYPES:
                    continue
                name = item.get("name")
                if isinstance(name, list):
                    name = name[0] if name else None
                if not isinstance(name, str) and isinstance(item.get("givenName"), str):
                    name = f"{item['givenName']} {item.get('familyName') or ''}"
                if isinstance(name, str):
                    out.extend(clean_authors(html_lib.unescape(name), structured=True))
        return out

    def authors(self) -> tuple[list[str], list[str]]:
        """(people, organisations) declared as the article's author."""
        value = self.field("author", page_too=True) or self.field("creator")
        if value is None:
            return [], []
        people = self.names(value, people_only=True)
        everyone = self.names(value, people_only=False)
        return _dedupe(people), _dedupe([n for n in everyone if n not in people])

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
            if isinstance(value, str) and (text := _text(value)):
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
                    return _text(target["name"])
        for node in self.nodes:
            if "website" in _types(node) and isinstance(node.get("name"), str):
                return _text(node["name"])
        return None

    def image(self) -> str | None:
        value = self.resolve(self.field("image"))
        if isinstance(value, list):
            value = self.resolve(value[0]) if value else None
        if isinstance(value, dict):
            value = value.get("url") or value.get("contentUrl")
        return value if isinstance(value, str) else None


# --------------------------------------------------------------------------
# The DOM
# --------------------------------------------------------------------------


_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _class_id(el: HtmlElement) -> str:
    """class and id joined; camelCase split ("dateAndAuthor" -> "date-And-Author")
    so CSS-module names match the same token rules as kebab-case ones."""
    return _split_camel(f"{el.get('class') or ''} {el.get('id') or ''}")


def _split_camel(hint: str) -> str:
    return hint if hint.islower() else _CAMEL_RE.sub("-", hint)


def _in_excluded_region(el: HtmlElement) -> bool:
    """Inside comments, related-posts cards, asides or navigation, a few levels up."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= _ANCESTOR_DEPTH or anc.tag in ("body", "html"):
            break
        if anc.tag in ("aside", "nav"):
            return True
        if _is_foreign(_class_id(anc)):
            return True
    return False


_TOKEN_SPLIT_RE = re.compile(r"[-_]+")


def _in_site_chrome(el: HtmlElement) -> bool:
    """Inside the site's header, navigation or account menu."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= _ANCESTOR_DEPTH * 2 or anc.tag in ("body", "html"):
            break
        if anc.tag == "nav" or anc.get("role") in ("navigation", "banner"):
            return True
        if SITE_CHROME_RE.search(_class_id(anc)):
            return True
    return False


def _is_foreign(hint: str) -> bool:
    """Whether a class/id string names a comments, related-posts or sidebar region."""
    for token in hint.lower().split():
        if token in NOT_FOREIGN_TOKENS:
            continue
        parts = _TOKEN_SPLIT_RE.split(token)
        if LAYOUT_FLAG_PARTS.intersection(parts):
            continue
        for i, part in enumerate(parts):
            if part in FOREIGN_REGION_WORDS and all(p in FOREIGN_REGION_SUFFIXES for p in parts[i + 1:]):
                return True
    return False


def _in_comments(el: HtmlElement) -> bool:
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= _ANCESTOR_DEPTH or anc.tag in ("body", "html"):
            break
        if COMMENT_REGION_RE.search(_class_id(anc)):
            return True
    return False


def _first_names(elements: Iterable[HtmlElement]) -> list[str]:
    """Author names from the first element, outside comments and rails, that has any."""
    for el in elements:
        if _in_excluded_region(el):
            continue
        text = _short_text(el)
        names = clean_authors(text) if text else []
        if names:
            return names
    return []


def _short_text(el: HtmlElement, limit: int = MAX_BYLINE_CHARS) -> str | None:
    """The element's text, or None as soon as it is longer than `limit`."""
    parts: list[str] = []
    size = 0
    for chunk in el.itertext():
        size += len(chunk)
        if size > limit * 2:
            return None
        parts.append(chunk)
    text = _SPACE_RE.sub(" ", " ".join(parts)).strip()
    return text if text and len(text) <= limit else None


def _agreeing_heading(headings: list[HtmlElement], key: str) -> HtmlElement | None:
    for el in headings[:_MAX_HEADINGS]:
        text = _norm(el.text_content()[:400])
        if len(text) >= 8 and (text in key or key in text):
            return el
    return None


class _Dom:
    """Lazy DOM lookups shared by the author and date fallbacks.

    Each walk runs at most once, and only when the structured sources left
    a field empty.
    """

    __slots__ = ("tree", "title", "_microdata", "_around", "_hinted")

    def __init__(self, tree: HtmlElement, title: str | None = None) -> None:
        self.tree = tree
        self.title = title
        self._microdata: tuple[list[str], str | None] | None = None
        self._around: tuple[list[Any], list[Any]] | None = None
        self._hinted: list[tuple[HtmlElement, str]] | None = None

    def hinted(self, pattern: re.Pattern[str]) -> Iterator[tuple[HtmlElement, str]]:
        """Elements whose class/id matches `pattern`, in document order, capped."""
        if self._hinted is None:
            self._hinted = []
            for el in _CLASSED_XP(self.tree):
                raw = f"{el.get('class') or ''} {el.get('id') or ''}"
                if _HINT_RE.search(raw.lower()):
                    self._hinted.append((el, _split_camel(raw)))
        count = 0
        for el, hint in self._hinted:
            if pattern.search(hint):
                yield el, hint
                count += 1
                if count >= _MAX_BYLINE_CANDIDATES:
                    return

    def microdata(self) -> tuple[list[str], str | None]:
        """(authors, published) from itemprop attributes."""
        if self._microdata is not None:
            return self._microdata
        authors: list[str] = []
        published: str | None = None
        for el in _ITEMPROP_XP(self.tree):
            if el.tag == "meta":
                continue  # already read with the other <meta> tags
            props = el.get("itemprop", "").split()
            if ("author" in props or "creator" in props) and not authors:
                if _in_comments(el):
                    continue
                name_el = el.find(".//*[@itemprop='name']")
                source = name_el if name_el is not None else el
                text = source.get("content") or _short_text(source)
                if text:
                    authors = clean_authors(text, structured=name_el is not None)
            elif ("datePublished" in props or "dateCreated" in props) and published is None:
                if not _in_comments(el):
                    published = parse_date(el.get("content") or el.get("datetime") or el.text_content()[:200])
        self._microdata = (authors, published)
        return self._microdata

    def around_headline(self) -> tuple[list[Any], list[Any]]:
        """Text nodes after the headline element, and before it (nearest first)."""
        if self._around is None:
            heading = self.headline_element()
            if heading is None:
                self._around = ([], [])
            else:
                after = _FOLLOWING_TEXT_XP(heading)
                before = _PRECEDING_TEXT_XP(heading)
                before.reverse()
                self._around = (after, before)
        return self._around

    def headline_element(self) -> HtmlElement | None:
        """The h1 agreeing with the title, else the first h1; without any h1,
        an agreeing h2.

        The first h1 is the site logo on many templates; matching the
        metadata title finds the article's own heading instead.
        """
        h1s = _H1_XP(self.tree)
        key = _norm(self.title or "")
        if not key:
            return h1s[0] if h1s else None
        agreeing = _agreeing_heading(h1s, key)
        if agreeing is not None:
            return agreeing
        return h1s[0] if h1s else _agreeing_heading(_H2_XP(self.tree), key)

    def rel_author(self) -> list[str]:
        return _first_names(_REL_AUTHOR_XP(self.tree))

    def byline_elements(self) -> list[str]:
        return _first_names(el for el, hint in self.hinted(BYLINE_CLASS_RE) if not BYLINE_EXCLUDE_RE.search(hint))

    def author_box_names(self) -> list[str]:
        """Names in author boxes ("About the author" cards), outside comments."""
        for el, _ in self.hinted(AUTHOR_NAME_CLASS_RE):
            if _in_comments(el):
                continue
            text = _short_text(el, 80)
            names = clean_authors(text) if text else []
            if names:
                return names
        return []

    def headline_byline(self) -> list[str]:
        """A "By Jane Doe" line, or a lone "By" followed by a name, near the <h1>."""
        after, before = self.around_headline()
        # `before` runs backwards, so only in `after` does a lone "By" have
        # its name at i + 1.
        for nodes, forward in ((after[:_NEAR_AFTER], True), (before[:_NEAR_BEFORE], False)):
            for i, node in enumerate(nodes):
                text = _SPACE_RE.sub(" ", str(node)).strip()
                if len(text) > MAX_BYLINE_CHARS:
                    continue
                if forward and BYLINE_PREFIX_ONLY_RE.match(text) and i + 1 < len(nodes):
                    candidate = _SPACE_RE.sub(" ", str(nodes[i + 1])).strip()
                elif BYLINE_START_RE.match(text):
                    candidate = text
                else:
                    continue
                names = clean_authors(candidate)
                if names and not _in_comments(node.getparent()):
                    return names
        return []

    def usernames(self) -> list[str]:
        """The first poster's name on forum-like pages."""
        for el, _ in self.hinted(USERNAME_CLASS_RE):
            if _in_site_chrome(el):
                continue  # the logged-in user's menu, not a poster
            text = _short_text(el, 60)
            if text and len(text.split()) <= 3:
                names = clean_authors(text, structured=True)
                if names:
                    return names
        return []

    def time_elements(self) -> str | None:
        """The publication date from <time> elements, preferring marked ones."""
        fallback: str | None = None
        for el in _TIME_XP(self.tree):
            hint = f"{_class_id(el)} {el.get('itemprop') or ''}"
            parent = el.getparent()
            if parent is not None:
                hint += " " + _class_id(parent)
            if MODIFIED_CLASS_RE.search(hint):
                continue
            value = el.get("datetime") or el.get("content") or ""
            parsed = parse_date(value) if value else find_date(el.text_content()[:120])
            if parsed is None or _in_excluded_region(el):
                continue
            lowered = hint.lower()
            if el.get("pubdate") is not None or "publish" in lowered or "datepublished" in lowered:
                return parsed
            if fallback is None:
                fallback = parsed
        return fallback

    def date_class_elements(self) -> str | None:
        for el, hint in self.hinted(DATE_CLASS_RE):
            if MODIFIED_CLASS_RE.search(hint):
                continue
            text = _short_text(el, 120)
            parsed = find_date(text) if text else None
            if parsed and not _in_excluded_region(el):
                return parsed
        return None

    def headline_date(self) -> str | None:
        """The nearest short date line below the <h1>, else above it."""
        after, before = self.around_headline()
        for nodes in (after[:_NEAR_AFTER], before[:_NEAR_BEFORE]):
            for node in nodes:
                text = str(node)
                if len(text) > 120:
                    continue
                parsed = find_date(text)
                if parsed and not _in_comments(node.getparent()):
                    return parsed
        return None


def _canonical(tree: HtmlElement) -> str | None:
    for el in _CANONICAL_XP(tree):
        href = (el.get("href") or "").strip()
        if href:
            return href
    return None


def _url_part(url: str, part: str) -> str:
    """A component of `url`, or "" when the URL is malformed (e.g. a bad IPv6 host)."""
    try:
        return getattr(urlsplit(url), part) or ""
    except ValueError:
        return ""


def _join(base: str, href: str) -> str:
    try:
        return urljoin(base, href)
    except ValueError:
        return href


def _url_date(url: str | None) -> str | None:
    if not url:
        return None
    m = URL_DATE_RE.search(_url_part(url, "path"))
    if m is None:
        return None
    y, mo, d = (g for g in m.groups() if g is not None)
    return parse_date(f"{y}-{int(mo):02d}-{int(d):02d}")


def _language(tree: HtmlElement, meta: dict[str, list[str]], jsonld: _JsonLd) -> str | None:
    root = tree.getroottree().getroot()
    value = root.get("lang") or root.get("xml:lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not value:
        value = _first_meta(meta, META_LANGUAGE[:4]) or jsonld.string("inLanguage") or _first_meta(meta, META_LANGUAGE[4:])
    if not value:
        return None
    value = value.strip().split(",")[0].strip().replace("_", "-")
    return value or None


def _dedupe(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = name.lower()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


# --------------------------------------------------------------------------
# Title
# --------------------------------------------------------------------------

_NORM_RE = re.compile(r"[\W_]+")


def _norm(text: str) -> str:
    return _NORM_RE.sub("", text.lower())


def _host_label(url: str | None) -> str | None:
    """The registrable name of the URL's host: "bbc" for www.bbc.co.uk."""
    if not url:
        return None
    host = _url_part(url, "hostname")
    parts = [p for p in host.split(".") if p not in HOST_NOISE_LABELS]
    if len(parts) >= 3 and parts[-2] in SECOND_LEVEL_LABELS:
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else (parts[0] if parts else None)


def _is_site_label(part: str, site_name: str | None, host: str | None) -> bool:
    key = _norm(part)
    if not key:
        return False
    for label in (_norm(site_name or ""), host or ""):
        if len(label) < 3:
            continue
        if key == label or (len(key) >= 4 and key in label):
            return True
        # "Spotify Engineering" for site "Spotify", "example.com" for host
        # "example": the label plus a little, never a sentence around it.
        if label in key and len(key) <= len(label) + 12 and len(part.split()) <= TITLE_SITE_MAX_WORDS // 2:
            return True
    return False


def _is_root(url: str | None) -> bool:
    return bool(url) and _url_part(url, "path") in ("", "/")


def clean_title(title: str | None, site_name: str | None = None, url: str | None = None) -> str | None:
    """`title` without a " | Site" / " - Site" / "Site: " label at either end.

    A part is stripped when it matches the site name or the URL's domain;
    otherwise a trailing part after " | " is stripped when it is short and
    the rest is clearly the longer, real title. On a site's root page the
    site name is the page's title, so nothing is stripped there.
    """
    title = _text(title)
    if not title or _is_root(url):
        return title
    host = _host_label(url)
    pieces = TITLE_SEPARATORS_RE.split(title)
    if len(pieces) < 2:
        return title
    seps = TITLE_SEPARATORS_RE.findall(title)
    candidates: list[str] = []
    # Site label at the end (most common) or the start.
    if _is_site_label(pieces[-1], site_name, host):
        candidates.append(title[: title.rfind(seps[-1])])
    elif _is_site_label(pieces[0], site_name, host):
        candidates.append(title[title.find(seps[0]) + len(seps[0]):])
    elif (
        seps[-1].strip() in ("|", "::", "»", "·", "•")
        and len(pieces[-1].split()) <= TITLE_SITE_MAX_WORDS // 2
        and len(title[: title.rfind(seps[-1])].split()) >= 3
    ):
        candidates.append(title[: title.rfind(seps[-1])])
    for candidate in candidates:
        cleaned = _text(candidate)
        # "Home | Site", "Shop - Site": a one-word remainder is a section
        # label, and the page is better named by the whole title.
        if cleaned and len(cleaned.split()) >= 2:
            return cleaned
    return title


# --------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------


def _page_title(tree: HtmlElement) -> str | None:
    for el in _TITLE_XP(tree):
        text = _text(el.text_content())
        if text:
            return text
    return None


def _pick_title(jsonld: _JsonLd, meta: dict[str, list[str]], tree: HtmlElement) -> str | None:
    """JSON-LD headline, else meta title, else <title>.

    Some sites (Wikipedia among them) put a description in `headline` and
    the title in `name`: when `name` agrees with og:title or <title> and the
    headline shares few words with them, `name` is the title. (SEO variants
    of one headline share most words, and then the headline wins.)
    """
    others = [t for t in (_first_meta(meta, META_TITLE), _page_title(tree)) if t]
    node = jsonld.article
    headline = jsonld.string("headline", node=node) if node else None
    if headline and len(headline) > 300:
        headline = None  # a paragraph, not a headline
    if headline and others and node is not None:
        name = jsonld.string("name", node=node)
        if (
            name
            and name != headline
            and _agrees(name, others)
            and not _agrees(headline, others)
            and _word_overlap(headline, others) < _MIN_HEADLINE_OVERLAP
        ):
            return name
    return headline or (others[0] if others else None)


_CONTENT_WORD_RE = re.compile(r"[^\W_]{4,}")
# Share of a headline's content words found in the page's other titles below
# which the headline is about something else (a description, a label).
_MIN_HEADLINE_OVERLAP = 0.4


def _word_overlap(title: str, others: list[str]) -> float:
    words = set(_CONTENT_WORD_RE.findall(title.lower()))
    if not words:
        return 0.0
    pool = set(_CONTENT_WORD_RE.findall(" ".join(others).lower()))
    return len(words & pool) / len(words)


def _agrees(title: str, others: list[str]) -> bool:
    key = _norm(title)
    return bool(key) and any(key in _norm(o) or _norm(o) in key for o in others)


def _is_weak_author(names: list[str], site_name: str | None, host: str | None) -> bool:
    """Names that are the site itself or an admin account, not a writer."""
    for name in names:
        words = {w.lower() for w in name.split()}
        if not (words & WEAK_AUTHOR_WORDS or _is_site_label(name, site_name, host)):
            return False
    return True


def _pick_authors(
    sources: tuple[Callable[[], list[str]], ...], site_name: str | None, host: str | None
) -> list[str]:
    """The first source with names; one that only names the site or an admin
    account is kept in reserve while later sources may name a person."""
    reserve: list[str] = []
    for source in sources:
        names = source()
        if not names:
            continue
        if not _is_weak_author(names, site_name, host):
            return names
        reserve = reserve or names
    return reserve


def read_metadata(tree: HtmlElement, url: str | None = None) -> PageMetadata:
    """Everything the page says about itself, in order of trust per field."""
    meta = _collect_meta(tree)
    jsonld = _JsonLd(tree)
    canonical = _canonical(tree)

    site_name = _first_meta(meta, META_SITE_NAME[:1]) or jsonld.site_name() or _first_meta(meta, META_SITE_NAME[1:])
    if site_name and site_name.startswith("@"):
        site_name = None  # a twitter:site handle is not a display name

    page_url = canonical or _first_meta(meta, META_URL) or jsonld.string("url", "mainEntityOfPage") or url
    if page_url and url:
        page_url = _join(url, page_url)
    if page_url and not page_url.lower().startswith(("http://", "https://")):
        page_url = url

    raw_title = _pick_title(jsonld, meta, tree)
    title = clean_title(raw_title, site_name, page_url or url)

    dom = _Dom(tree, title)
    people, organisations = jsonld.authors()
    authors = _pick_authors(
        (
            lambda: people,
            lambda: _meta_authors(meta),
            lambda: dom.microdata()[0],
            dom.rel_author,
            dom.byline_elements,
            dom.headline_byline,
            dom.author_box_names,
            lambda: organisations,
        ),
        site_name,
        _host_label(page_url or url),
    ) or dom.usernames()

    modified = jsonld.date("dateModified") or _meta_dates(meta, META_MODIFIED)
    # Dates: the URL and the CMS's meta tags first; then what the page shows
    # near its headline; JSON-LD only after those. On the dev set, when the
    # JSON-LD datePublished and the date shown under the headline disagree,
    # the shown one is right twice as often (SEO plugins regenerate JSON-LD).
    published = (
        _url_date(page_url)
        or _url_date(url)
        or _meta_dates(meta, META_PUBLISHED)
        or _any_meta_date(meta)
        or dom.microdata()[1]
        or dom.time_elements()
        or dom.headline_date()
        or jsonld.date("datePublished", "dateCreated", "uploadDate")
        or dom.date_class_elements()
        or _script_date(tree)
        or modified
    )

    description = _first_meta(meta, META_DESCRIPTION) or jsonld.string("description")
    image = _first_meta(meta, META_IMAGE) or jsonld.image()
    if image and (page_url or url):
        image = _join(page_url or url or "", image)

    return PageMetadata(
        title=raw_title,
        description=description,
        authors=authors,
        published=published,
        modified=modified,
        site_name=site_name,
        language=_language(tree, meta, jsonld),
        url=page_url,
        image=image,
    )
