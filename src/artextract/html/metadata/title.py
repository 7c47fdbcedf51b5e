"""The metadata title: which statement of it to trust, and `clean_title`,
which strips the " | Site" label for display.

Only the metadata title is produced here; the displayed headline (the H1)
is the content engine's job.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from artextract.rules.metadata import META_TITLE, TITLE_SEPARATORS_RE, TITLE_SITE_MAX_WORDS

from .jsonld import JsonLd
from .meta_tags import MetaTags, first_meta
from .normalize import match_key, tidy
from .urls import host_label, is_root

_TITLE_XP = etree.XPath("//title[not(ancestor::svg)]")
_CONTENT_WORD_RE = re.compile(r"[^\W_]{4,}")
# Share of a headline's content words found in the page's other titles below
# which the headline is about something else (a description, a label).
_MIN_HEADLINE_OVERLAP = 0.4


def choose_title(jsonld: JsonLd, meta: MetaTags, tree: HtmlElement) -> str | None:
    """JSON-LD headline, else meta title, else <title>.

    Some sites (Wikipedia among them) put a description in `headline` and
    the title in `name`: when `name` agrees with og:title or <title> and the
    headline shares few words with them, `name` is the title. (SEO variants
    of one headline share most words, and then the headline wins.)
    """
    others = [t for t in (first_meta(meta, META_TITLE), _title_element(tree)) if t]
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


def clean_title(title: str | None, site_name: str | None = None, url: str | None = None) -> str | None:
    """`title` without a " | Site" / " - Site" / "Site: " label at either end.

    A part is stripped when it matches the site name or the URL's domain;
    otherwise a trailing part after " | " is stripped when it is short and
    the rest is clearly the longer, real title. On a site's root page the
    site name is the page's title, so nothing is stripped there.
    """
    title = tidy(title)
    if not title or is_root(url):
        return title
    host = host_label(url)
    pieces = TITLE_SEPARATORS_RE.split(title)
    if len(pieces) < 2:
        return title
    seps = TITLE_SEPARATORS_RE.findall(title)
    candidates: list[str] = []
    # Site label at the end (most common) or the start.
    if is_site_label(pieces[-1], site_name, host):
        candidates.append(title[: title.rfind(seps[-1])])
    elif is_site_label(pieces[0], site_name, host):
        candidates.append(title[title.find(seps[0]) + len(seps[0]):])
    elif (
        seps[-1].strip() in ("|", "::", "»", "·", "•")
        and len(pieces[-1].split()) <= TITLE_SITE_MAX_WORDS // 2
        and len(title[: title.rfind(seps[-1])].split()) >= 3
    ):
        candidates.append(title[: title.rfind(seps[-1])])
    for candidate in candidates:
        cleaned = tidy(candidate)
        # "Home | Site", "Shop - Site": a one-word remainder is a section
        # label, and the page is better named by the whole title.
        if cleaned and len(cleaned.split()) >= 2:
            return cleaned
    return title


def is_site_label(part: str, site_name: str | None, host: str | None) -> bool:
    """Whether `part` names the site: its site name or its host label, give or take a little."""
    key = match_key(part)
    if not key:
        return False
    for label in (match_key(site_name or ""), host or ""):
        if len(label) < 3:
            continue
        if key == label or (len(key) >= 4 and key in label):
            return True
        # "Spotify Engineering" for site "Spotify", "example.com" for host
        # "example": the label plus a little, never a sentence around it.
        if label in key and len(key) <= len(label) + 12 and len(part.split()) <= TITLE_SITE_MAX_WORDS // 2:
            return True
    return False


def _title_element(tree: HtmlElement) -> str | None:
    for el in _TITLE_XP(tree):
        text = tidy(el.text_content())
        if text:
            return text
    return None


def _word_overlap(title: str, others: list[str]) -> float:
    words = set(_CONTENT_WORD_RE.findall(title.lower()))
    if not words:
        return 0.0
    pool = set(_CONTENT_WORD_RE.findall(" ".join(others).lower()))
    return len(words & pool) / len(words)


def _agrees(title: str, others: list[str]) -> bool:
    key = match_key(title)
    return bool(key) and any(key in match_key(o) or match_key(o) in key for o in others)
