"""Page metadata from a parsed HTML tree: title, authors, dates, site, language.

Sources are read in a fixed order of trust, each field on its own:

1. JSON-LD (`<script type="application/ld+json">`): written for search
   engines, so usually the most careful statement of the article's facts.
2. `<meta>` tags: OpenGraph, article:*, Parse.ly, Sailthru, Dublin Core,
   Highwire `citation_*`, plain `author`/`description`.
3. The DOM: microdata `itemprop`, `rel=author` links, byline-class elements,
   `<time datetime>`, `<html lang>`, `<link rel=canonical>`.
4. The URL path (`/2024/03/05/`) as a last resort for the date.

Only the metadata title is produced here; the displayed headline (the H1) is
the content engine's job. Nothing is ever fetched.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator
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
    DATE_CLASS_RE,
    JSONLD_ARTICLE_TYPES,
    JSONLD_ORG_TYPES,
    JSONLD_PAGE_TYPES,
    MAX_BYLINE_CHARS,
    META_AUTHOR,
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
    TITLE_SEPARATORS_RE,
    TITLE_SITE_MAX_WORDS,
    URL_DATE_RE,
    USERNAME_CLASS_HINTS,
    USERNAME_CLASS_RE,
)

__all__ = ["PageMetadata", "read_metadata", "clean_title"]


@dataclass(slots=True)
class PageMetadata:
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
_LINK_XP = etree.XPath("//link[@rel and @href]")
_ITEMPROP_XP = etree.XPath(
    "//*[@itemprop and (contains(@itemprop, 'author') or contains(@itemprop, 'creator')"
    " or contains(@itemprop, 'datePublished') or contains(@itemprop, 'dateCreated')"
    " or contains(@itemprop, 'headline'))]"
)
_REL_AUTHOR_XP = etree.XPath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]")
_TIME_XP = etree.XPath("//time")
_H1_XP = etree.XPath("(//body//h1)[1]")
_VISIBLE_TEXT = (
    "[normalize-space()][not(parent::script or parent::style or parent::noscript"
    " or parent::template or parent::button or parent::option)]"
)
# Text nodes examined around the headline: bylines sit within a few lines.
_NEAR_AFTER = 40
_NEAR_BEFORE = 12
_FOLLOWING_TEXT_XP = etree.XPath(f"following::text(){_VISIBLE_TEXT}[position() <= {_NEAR_AFTER}]")
_PRECEDING_TEXT_XP = etree.XPath(f"preceding::text(){_VISIBLE_TEXT}[position() <= {_NEAR_BEFORE}]")


def _class_hint_xpath(hints: tuple[str, ...]) -> etree.XPath:
    tests = " or ".join(
        f"contains({_LOWER.format('@class')}, '{h}') or contains({_LOWER.format('@id')}, '{h}')"
        for h in hints
    )
    return etree.XPath(
        f"//body//*[not(self::script or self::style or self::img or self::link or self::meta"
        f" or self::svg or self::path or self::input or self::button)][{tests}]"
    )


_BYLINE_XP = _class_hint_xpath(BYLINE_CLASS_HINTS)
_DATE_CLASS_XP = _class_hint_xpath(("date", "time", "publish", "posted"))
_USERNAME_XP = _class_hint_xpath(USERNAME_CLASS_HINTS)

_COMMENT_TOKENS_RE = re.compile(r"comment|reply|respon|disqus", re.IGNORECASE)
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
        except ValueError:
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
            # The first full definition wins over later bare references.
            if isinstance(node_id, str) and (node_id not in self.by_id or len(node) > 2):
                if node_id not in self.by_id or len(self.by_id[node_id]) <= 2:
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
        if isinstance(value, dict) and set(value) <= {"@id", "@type"} and "@id" in value:
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


def _class_id(el: HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _in_excluded_region(el: HtmlElement) -> bool:
    """Inside comments, related-posts cards, asides or navigation, a few levels up."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= _ANCESTOR_DEPTH or anc.tag in ("body", "html"):
            break
        if anc.tag in ("aside", "nav"):
            return True
        hint = _class_id(anc)
        if _COMMENT_TOKENS_RE.search(hint) or BYLINE_EXCLUDE_RE.search(hint):
            return True
    return False


def _in_comments(el: HtmlElement) -> bool:
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= _ANCESTOR_DEPTH or anc.tag in ("body", "html"):
            break
        if _COMMENT_TOKENS_RE.search(_class_id(anc)):
            return True
    return False


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


class _Dom:
    """Lazy DOM lookups shared by the author and date fallbacks.

    Each walk runs at most once, and only when the structured sources left
    a field empty.
    """

    __slots__ = ("tree", "_microdata", "_around")

    def __init__(self, tree: HtmlElement) -> None:
        self.tree = tree
        self._microdata: tuple[list[str], str | None] | None = None
        self._around: tuple[list[Any], list[Any]] | None = None

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
        """Short text nodes after the first <h1>, and before it (nearest first)."""
        if self._around is None:
            h1 = _H1_XP(self.tree)
            if not h1:
                self._around = ([], [])
            else:
                after = _FOLLOWING_TEXT_XP(h1[0])
                before = _PRECEDING_TEXT_XP(h1[0])
                before.reverse()
                self._around = (after, before)
        return self._around

    def rel_author(self) -> list[str]:
        for el in _REL_AUTHOR_XP(self.tree):
            if _in_excluded_region(el):
                continue
            text = _short_text(el)
            names = clean_authors(text) if text else []
            if names:
                return names
        return []

    def byline_elements(self) -> list[str]:
        for count, el in enumerate(_BYLINE_XP(self.tree)):
            if count >= _MAX_BYLINE_CANDIDATES:
                break
            hint = _class_id(el)
            if not BYLINE_CLASS_RE.search(hint) or BYLINE_EXCLUDE_RE.search(hint):
                continue
            if _in_excluded_region(el):
                continue
            text = _short_text(el)
            names = clean_authors(text) if text else []
            if names:
                return names
        return []

    def author_box_names(self) -> list[str]:
        """Names in author boxes ("About the author" cards), outside comments."""
        for count, el in enumerate(_BYLINE_XP(self.tree)):
            if count >= _MAX_BYLINE_CANDIDATES:
                break
            if not AUTHOR_NAME_CLASS_RE.search(_class_id(el)) or _in_comments(el):
                continue
            text = _short_text(el, 80)
            names = clean_authors(text) if text else []
            if names:
                return names
        return []

    def headline_byline(self) -> list[str]:
        """A "By Jane Doe" line, or a lone "By" followed by a name, near the <h1>."""
        after, before = self.around_headline()
        for nodes in (after[:_NEAR_AFTER], before[:_NEAR_BEFORE]):
            for i, node in enumerate(nodes):
                text = _SPACE_RE.sub(" ", str(node)).strip()
                if len(text) > MAX_BYLINE_CHARS:
                    continue
                if BYLINE_PREFIX_ONLY_RE.match(text) and nodes is after and i + 1 < len(nodes):
                    candidate = _SPACE_RE.sub(" ", str(nodes[i + 1])).strip()
                elif BYLINE_START_RE.match(text):
                    candidate = text
                else:
                    continue
                names = clean_authors(candidate)
                if names and not _in_excluded_region(node.getparent()):
                    return names
        return []

    def usernames(self) -> list[str]:
        """The first poster's name on forum-like pages."""
        for count, el in enumerate(_USERNAME_XP(self.tree)):
            if count >= _MAX_BYLINE_CANDIDATES:
                break
            if not USERNAME_CLASS_RE.search(_class_id(el)):
                continue
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
        for count, el in enumerate(_DATE_CLASS_XP(self.tree)):
            if count >= _MAX_BYLINE_CANDIDATES:
                break
            hint = _class_id(el)
            if not DATE_CLASS_RE.search(hint) or MODIFIED_CLASS_RE.search(hint):
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
                if parsed and not _in_excluded_region(node.getparent()):
                    return parsed
        return None


def _links(tree: HtmlElement) -> tuple[str | None, list[str]]:
    """(canonical href, rel=author hrefs) from <link> elements."""
    canonical = None
    for el in _LINK_XP(tree):
        rels = el.get("rel", "").lower().split()
        if "canonical" in rels and canonical is None:
            canonical = el.get("href", "").strip() or None
    return canonical, []


def _url_date(url: str | None) -> str | None:
    if not url:
        return None
    m = URL_DATE_RE.search(urlsplit(url).path)
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
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp")]
    return parts[-2] if len(parts) >= 2 else (parts[0] if parts else None)


def _is_site_label(part: str, site_name: str | None, host: str | None) -> bool:
    key = _norm(part)
    if not key:
        return False
    if site_name:
        site = _norm(site_name)
        if site and (key == site or (len(key) >= 4 and (key in site or site in key))):
            return True
    if host and len(host) >= 3:
        if key == host or key.startswith(host) or host.startswith(key) and len(key) >= 4:
            return True
        if key.endswith(("com", "org", "net")) and host in key:
            return True
    return False


def clean_title(title: str | None, site_name: str | None = None, url: str | None = None) -> str | None:
    """`title` without a " | Site" / " - Site" / "Site: " label at either end.

    A part is stripped when it matches the site name or the URL's domain;
    otherwise a trailing part after " | " is stripped when it is short and
    the rest is clearly the longer, real title.
    """
    title = _text(title)
    if not title:
        return None
    host = _host_label(url)
    pieces = TITLE_SEPARATORS_RE.split(title)
    if len(pieces) < 2:
        return title
    seps = TITLE_SEPARATORS_RE.findall(title)
    # Site label at the end (most common) or the start.
    if _is_site_label(pieces[-1], site_name, host):
        return _text(title[: title.rfind(seps[-1])]) or title
    if _is_site_label(pieces[0], site_name, host):
        return _text(title[title.find(seps[0]) + len(seps[0]):]) or title
    last_sep = seps[-1].strip()
    rest = title[: title.rfind(seps[-1])]
    if (
        last_sep in ("|", "::", "»", "·", "•")
        and len(pieces[-1].split()) <= TITLE_SITE_MAX_WORDS // 2
        and len(rest.split()) >= 3
    ):
        return _text(rest) or title
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


def read_metadata(tree: HtmlElement, url: str | None = None) -> PageMetadata:
    """Everything the page says about itself, in order of trust per field."""
    meta = _collect_meta(tree)
    jsonld = _JsonLd(tree)
    canonical, _ = _links(tree)

    site_name = _first_meta(meta, META_SITE_NAME[:1]) or jsonld.site_name() or _first_meta(meta, META_SITE_NAME[1:])
    if site_name and site_name.startswith("@"):
        site_name = None  # a twitter:site handle is not a display name

    page_url = canonical or _first_meta(meta, META_URL) or jsonld.string("url", "mainEntityOfPage") or url
    if page_url and url:
        page_url = urljoin(url, page_url)
    if page_url and not page_url.lower().startswith(("http://", "https://")):
        page_url = url

    raw_title = (
        jsonld.string("headline", node=jsonld.article) if jsonld.article else None
    ) or _first_meta(meta, META_TITLE) or _page_title(tree)
    title = clean_title(raw_title, site_name, page_url or url)

    dom = _Dom(tree)
    people, organisations = jsonld.authors()
    authors = people or _meta_authors(meta)
    if not authors:
        authors = (
            dom.microdata()[0]
            or dom.rel_author()
            or dom.byline_elements()
            or dom.headline_byline()
            or dom.author_box_names()
            or organisations
            or dom.usernames()
        )

    published = (
        jsonld.date("datePublished", "dateCreated", "uploadDate")
        or _meta_dates(meta, META_PUBLISHED)
        or dom.microdata()[1]
        or dom.time_elements()
        or dom.date_class_elements()
        or dom.headline_date()
        or _url_date(page_url)
        or _url_date(url)
    )
    modified = jsonld.date("dateModified") or _meta_dates(meta, META_MODIFIED)

    description = _first_meta(meta, META_DESCRIPTION) or jsonld.string("description")
    image = _first_meta(meta, META_IMAGE) or jsonld.image()
    if image and (page_url or url):
        image = urljoin(page_url or url or "", image)

    return PageMetadata(
        title=title,
        description=description,
        authors=authors,
        published=published,
        modified=modified,
        site_name=site_name,
        language=_language(tree, meta, jsonld),
        url=page_url,
        image=image,
    )
