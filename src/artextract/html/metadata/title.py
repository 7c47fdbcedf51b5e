"""The metadata title: which statement of it to trust, and `clean_title`,
which strips the " | Site" label for display.

The page states its title up to three times (JSON-LD headline, og:title and
kin, <title>); `choose_title` weighs them against the page's own evidence,
its <h1>s and its URL slug, and keeps the statement (or the segment of an
"A | B | Site" title) that evidence supports. Which displayed heading is
the headline stays the content engine's job; the <h1> is returned as the
title only when the URL slug names it and not the stated title.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from lxml import etree

from artextract.rules.metadata import (
    META_TITLE,
    TITLE_EVIDENCE_MAX_CHARS,
    TITLE_EVIDENCE_MAX_HEADINGS,
    TITLE_LABEL_EDGE_CHARS,
    TITLE_SEGMENT_AGREEMENT,
    TITLE_SEPARATORS_RE,
    TITLE_SITE_MAX_WORDS,
    TITLE_SLUG_TELLING_WORDS,
)

from ...keys import match_key
from ...signals import word_count
from ..headline import nearly_says_title, page_h1s, says_title, title_similarity
from ..tree import text_content, xpath
from .jsonld import JsonLd
from .meta_tags import MetaTags, first_meta
from .normalize import tidy
from .urls import host_label, is_root, join_url, url_part

_TITLE_XP = xpath("//title[not(ancestor::svg)]")
_SUBHEADINGS_XP = xpath("//h2 | //h3")
_LINK_XP = xpath(".//a[@href]")
# Resolves a home link's href when the page's URL is unknown: "/" and "./"
# then both name the site's root.
_UNKNOWN_BASE = "http://unknown.invalid/"
_CONTENT_WORD_RE = re.compile(r"[^\W_]{4,}")
_APOSTROPHE_RE = re.compile(r"['’]")
_FILE_EXTENSION_RE = re.compile(r"\.[a-z]{2,5}$", re.IGNORECASE)
_DIGIT_RE = re.compile(r"\d")
# A separator left at the end of a title with nothing after it: a template that prints
# "<title> - <site name>" with an empty site name ("National Rail Enquiries -", "mediaarchitecture.de //").
# Not a colon nor "»": French sets a space before them.
_EMPTY_LABEL_RE = re.compile(r"(?<!\s)\s+(?:\||::|–|—|-|·|•|/{1,2})$")
_DOMAIN_RE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.IGNORECASE)
# Share of a headline's content words found in the page's other titles below
# which the headline is about something else (a description, a label).
_MIN_HEADLINE_OVERLAP = 0.4


def choose_title(jsonld: JsonLd, meta: MetaTags, tree: etree._Element, site_name: str | None = None,
                 url: str | None = None, h1_elements: list[etree._Element] | None = None,
                 description: str | None = None) -> str | None:
    """The page's title statement that the page itself best supports.

    The statements are the JSON-LD headline, the meta title (og:title ...)
    and <title>, trusted in that order. The page's <h1>s and URL slug then
    weigh in:

    - a statement that only names the site (but on the home page), or a
      slogan that shares no word with the other statements, the headings or
      the slug while another statement does, is dropped;
    - on the home page the first remaining statement is the title;
    - elsewhere, when the first agrees with no heading and another does,
      that one is taken; when none agrees and the URL slug names an <h1>
      better than the title, the <h1> is the title (SEO rewrites, "Site -
      Slogan" titles over forum posts);
    - of an "A | B | Site" title, the segment a heading or another statement
      says better than the whole is kept (see `_focus`);
    - a page with no <h1> lends that role to the first <h2>/<h3> that says
      nearly what one of the statements says (see `_subheadings_saying`);
    - an <h1> that is the site's logo (a link to the home page, or the
      repeat of a title's last segment) is no evidence, and its text is cut
      off the title where `clean_title` would not cut it ("Post | Book Name");
    - a title that another statement repeats with the site's label added
      gives way to that statement, so `clean_title` cuts the label the page
      shows and not a segment of the title (see `_labelled_copy`).

    With no statement agreeing with a heading, the one sharing the most words with the
    headings, then with the `description` (see `_closest_to_headings`); on the home page,
    the statement that names the site. `h1_elements`: its <h1>s (headline.page_h1s).
    """
    element = title_element_text(tree)
    meta_title = first_meta(meta, META_TITLE)
    first = _structured_title(jsonld, [t for t in (meta_title, element) if t])
    statements: list[str] = []
    for text in (first, meta_title, element):
        if text and text not in statements:
            statements.append(text)
    if not statements:
        return None
    host = host_label(url)
    h1_elements = page_h1s(tree) if h1_elements is None else h1_elements  # (one walk of the tree for both)
    h1s = _headings(h1_elements)
    logos = _logo_headings(h1_elements, url) + _last_segment_headings(statements, h1s, site_name, host)
    # A heading that names the site is its logo, not evidence about the page.
    headings = [h for h in h1s if not _names_site(h, site_name, host) and h not in logos]
    if not h1s and len(statements) > 1:
        headings = _subheadings_saying(statements, tree)
    slug = _slug_words(url)
    statements = _drop_boilerplate(statements, headings, slug, site_name, host, is_root(url))
    if is_root(url):
        # A home page is named by the site, not by its hero heading: the
        # statement that says the site's name, over a slogan or "Home".
        return next((s for s in statements if _mentions_site(s, site_name, host)), statements[0])
    title = _choose_statement(statements, headings, slug, site_name, host, description)
    unlabelled = _without_logo(title, logos)
    if clean_title(title, site_name, url) != unlabelled:
        title = unlabelled  # `clean_title` alone would not see that label
    return _labelled_copy(title, statements, site_name, url) or title


def stated_titles(jsonld: JsonLd, meta: MetaTags, tree: etree._Element) -> list[str]:
    """Every title the page states of itself: the JSON-LD headline, each title meta (og:title and
    twitter:title alike, a CMS's `<meta name="title">`: `choose_title` weighs the first only) and
    the <title>. A heading shown above the text that says one of them word for word is the
    headline the page declares, when it says another than the chosen title (html/headline)."""
    node = jsonld.article
    found = [jsonld.string("headline", node=node) if node else None, title_element_text(tree)]
    found += [value for key in META_TITLE for value in meta.get(key, ())]
    return [text for text in dict.fromkeys(found) if text]


def _labelled_copy(title: str, statements: list[str], site_name: str | None, url: str | None) -> str | None:
    """Another statement that is `title` plus the site's label ("A | B" and
    "A | B | Site"), when `clean_title` would cut a segment off `title`
    itself: the page shows that the site's label is the one the copy adds,
    so the title's own segments ("Cloudflare CDN | Content Delivery
    Network") are all the page's, and the copy, cleaned, keeps them."""
    cleaned = clean_title(title, site_name, url)
    if cleaned == title:
        return None
    host = host_label(url)
    cut = title.replace(cleaned or "", "", 1).strip(TITLE_LABEL_EDGE_CHARS)
    if _names_site(cut, site_name, host) or _is_site_domain(cut, host):
        return None  # what would be cut is the site's own name after all
    for other in statements:
        if other != title and other.startswith(title):
            label = other[len(title):].strip(TITLE_LABEL_EDGE_CHARS)
            if label and is_site_label(label, site_name, host) and clean_title(other, site_name, url) == title:
                return other
    return None


def _choose_statement(
    statements: list[str], headings: list[str], slug: set[str], site_name: str | None, host: str | None,
    description: str | None = None,
) -> str:
    """Of the statements left, the one a heading agrees with, its segment,
    or the <h1> the slug names (see `choose_title`)."""
    # Headings that name the site loosely ("Engora Data Blog" on engora.com)
    # agree with every "Site: Title" statement: they say nothing of the page.
    strong = [h for h in headings if not is_site_label(h, site_name, host)]
    chosen = next((s for s in statements if any(_agrees(s, h) for h in strong)), None)
    if chosen is None:
        chosen = _closest_to_headings(statements, strong, description)
        named = _heading_named_by_slug(chosen, strong, slug)
        if named:
            return named
    site_first = any(_opens_with_site(TITLE_SEPARATORS_RE.split(s), site_name, host)
                     for s in statements if s.endswith(chosen))
    return _focus(chosen, headings + [s for s in statements if s != chosen], site_name, host, site_first)


def _closest_to_headings(statements: list[str], headings: list[str], description: str | None = None) -> str:
    """With no statement agreeing with a heading, the first of those that
    share the most content words with the headings: a heading that says
    part of a statement ("Win customers with email marketing" for "Email
    Marketing Tools") is weak evidence, but the only evidence there is.

    Of statements sharing as many (a word or more), the one sharing the most with the page's
    description, its summary of itself written beside its title: a share
    card's title is a teaser the summary does not say ("You Need to Download
    This! The Ultimate Wedding Planning Checklist" over "Your Wedding
    Checklist: A Wedding Planning Guide & Timeline"; wcxb fit onefabday.com,
    oracle.com "Are you ready to adopt innovative HRMS tools ...?")."""
    page = _content_words(*headings)
    shared = [len(_content_words(s) & page) for s in statements]
    best = max(shared)
    if not best or not description:
        # Without a heading's word to go by, the statements are all the page's own evidence, and
        # the first is trusted (wcxb fit brooklinen.com: the og:title names the product as shown).
        return statements[shared.index(best)]
    summary = _content_words(description)
    tied = [s for s, n in zip(statements, shared) if n == best]
    return max(tied, key=lambda s: len(_content_words(s) & summary))


def _structured_title(jsonld: JsonLd, others: list[str]) -> str | None:
    """JSON-LD headline, else meta title, else <title>.

    Some sites (Wikipedia among them) put a description in `headline` and
    the title in `name`: when `name` agrees with og:title or <title> and the
    headline shares few words with them, `name` is the title. (SEO variants
    of one headline share most words, and then the headline wins.)
    """
    node = jsonld.article
    headline = jsonld.string("headline", node=node) if node else None
    if headline and len(headline) > 300:
        headline = None  # a paragraph, not a headline
    if headline and others and node is not None:
        name = jsonld.string("name", node=node)
        if (
            name
            and name != headline
            and _contains_either(name, others)
            and not _contains_either(headline, others)
            and _word_overlap(headline, others) < _MIN_HEADLINE_OVERLAP
        ):
            return name
    return headline or (others[0] if others else None)


def _drop_boilerplate(
    statements: list[str], headings: list[str], slug: set[str], site_name: str | None, host: str | None, root: bool
) -> list[str]:
    """`statements` without those that name only the site (except on the
    home page, which the site's name names) or are its slogan.

    A slogan ("The heart of the internet") shares no content word with the
    other statements, the headings or the URL slug, while another statement
    shares one with the headings or the slug. Never drops them all.
    """
    page_words = _content_words(*headings) | slug
    kept = []
    for index, text in enumerate(statements):
        rest = statements[:index] + statements[index + 1:]
        names_site = is_site_label(text, site_name, host)
        if not root and names_site and any(not is_site_label(r, site_name, host) for r in rest):
            continue
        words = _content_words(text)
        if (
            rest
            and not words & (page_words | _content_words(*rest))
            and any(_content_words(r) & page_words for r in rest)
        ):
            continue
        kept.append(text)
    return kept or statements


def _heading_named_by_slug(title: str, headings: list[str], slug: set[str]) -> str | None:
    """The <h1> the URL slug spells out clearly better than it spells out
    `title` (which agrees with no heading): two slug words more, one when
    the slug is long enough for one word to tell, or any when the title has
    none. A page's slug is written from its headline, so a title it does not
    name is the site's boilerplate or an SEO rewrite ("Reddit - The heart
    of the internet" over a post's <h1>)."""
    if not slug:
        return None
    in_title = len(_content_words(title) & slug)
    # Of a short slug, one word more is a coin flip between two phrasings of
    # one topic ("Sofas & sectionals" or "Modern Sofas & Couches" for "sofas").
    if in_title:
        in_title += 0 if len(slug) >= TITLE_SLUG_TELLING_WORDS else 1
    best, best_shared = None, in_title
    for heading in headings:
        shared = len(_content_words(heading) & slug)
        if shared > best_shared and shared * 2 >= len(slug):
            best, best_shared = heading, shared
    return best


def _focus(title: str, evidence: list[str], site_name: str | None, host: str | None, site_first: bool = False) -> str:
    """Of an "A | B | C" title, the segment that a heading or another title
    statement says better than it says the whole title; else the title.

    A segment that is exactly the site's name is never chosen ("Stripe
    Payments" names a product, though `is_site_label` would take it for the
    site), nor the last segment (where the site's name goes, and what a logo
    <h1> repeats); ties go to the earlier segment. An <h1> that names one
    segment wins only with most of its words shared: a short segment shares
    a word or two with almost any heading.

    `site_first`: the title, or another statement that is the title with
    the site's label before it, reads the other way round, "Site - Section -
    Headline" (see `_opens_with_site`): there the last segment is the
    headline's place, and those before it are the section's path, which a
    section heading set in an <h1> names ("Fachmeldungen").
    """
    pieces = [p.strip() for p in TITLE_SEPARATORS_RE.split(title)]
    if len(pieces) < 2 or not evidence:
        return title
    whole = max(title_similarity(title, e) for e in evidence)
    best, best_score = None, 0.0
    for index, piece in enumerate(pieces):
        if not piece or _names_site(piece, site_name, host):
            continue
        last = index == len(pieces) - 1
        if site_first and not last:
            continue  # the section's path between the site and the headline
        if last and not site_first:
            break  # the site label's place, and what a logo <h1> repeats
        score = max(title_similarity(piece, e) for e in evidence)
        if score >= TITLE_SEGMENT_AGREEMENT and score > whole and score > best_score:
            best, best_score = piece, score
    return best or title


def _opens_with_site(pieces: list[str], site_name: str | None, host: str | None) -> bool:
    """Whether a title of three segments or more is laid out "Site - Section - Headline": it opens
    with the site's label and does not close on it (traf-dev fit: zoll.de "Zoll online -
    Fachmeldungen - Verkündung des ...", gipfelbuch.ch, bundespolizei.de "Bundespolizei -
    Aktuelles - ...", bka.de, disfunctions.de "Disfunctions.de » Blog Archiv » ...")."""
    return (len(pieces) >= 3 and is_site_label(pieces[0], site_name, host)
            and not is_site_label(pieces[-1], site_name, host))


def _mentions_site(text: str, site_name: str | None, host: str | None) -> bool:
    """Whether `text` says the site's name or its host label somewhere."""
    key = _site_key(text)
    return any(len(label) >= 3 and label in key for label in _site_labels(site_name, host))


def _is_site_domain(part: str, host: str | None) -> bool:
    """Whether `part` is the site's domain name ("bcbs.com" on www.bcbs.com)."""
    return bool(host) and bool(_DOMAIN_RE.match(part)) and host in part.lower().split(".")


def _names_site(part: str, site_name: str | None, host: str | None) -> bool:
    key = _site_key(part)
    return bool(key) and any(key == label for label in _site_labels(site_name, host) if label)


def _site_labels(site_name: str | None, host: str | None) -> tuple[str, str]:
    """The site's name and its host label as keys: a host's hyphens go, as a name's spaces do
    ("von-der-see" is "Von der See"), and its letters are compared without accents (a host is
    written in ASCII: "sakeone" for "SakéOne")."""
    return _site_key(site_name or ""), _site_key(host or "")


def _site_key(text: str) -> str:
    """`match_key` without accents, so a name and the host that spells it in ASCII compare equal."""
    key = match_key(text)
    if key.isascii():
        return key
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


def _logo_headings(h1_elements: list[etree._Element], url: str | None) -> list[str]:
    """The <h1>s that are a link to the site's home page: the site's logo
    or name set as a heading, which pages also repeat in their <title>
    ("Post | Blog Name", "blog.example Post")."""
    found = []
    for el in h1_elements[:TITLE_EVIDENCE_MAX_HEADINGS]:
        text = tidy(text_content(el))
        if not text:
            continue
        key = match_key(text)
        for link in _LINK_XP(el):
            if match_key(text_content(link)) == key and _is_home_link(link.get("href", ""), url):
                found.append(text)
                break
    return found


def _last_segment_headings(
    statements: list[str], headings: list[str], site_name: str | None, host: str | None
) -> list[str]:
    """The <h1>s that repeat the last segment of a title statement ("Post |
    Blog Name" over <h1>Blog Name</h1>): the site label's place. Not when
    the page shows the label elsewhere: at the statement's start ("Site |
    Post"), or after it in another statement ("A | B" and "A | B - Site");
    nor when the segment is the longer part, a headline after its kicker
    ("Book review: The novel of the year")."""
    lasts = set()
    for text in statements:
        pieces = TITLE_SEPARATORS_RE.split(text)
        if len(pieces) < 2 or is_site_label(pieces[0], site_name, host):
            continue
        if 2 * len(pieces[-1].split()) >= len(text.split()):
            continue
        if any(other != text and other.startswith(text) for other in statements):
            continue
        lasts.add(match_key(pieces[-1]))
    return [h for h in headings if match_key(h) in lasts]


def _is_home_link(href: str, url: str | None) -> bool:
    """Whether `href` leads to the root of the page's own site."""
    href = href.strip()
    if not href or href.startswith("#"):
        return False  # "#" and "" stay on this page
    target = join_url(url or _UNKNOWN_BASE, href)
    if url and url_part(target, "hostname") != url_part(url, "hostname"):
        return False
    return is_root(target)


def _without_logo(title: str, logos: list[str]) -> str:
    """`title` without a logo heading's text at its start or end ("Post |
    Blog Name"), with or without a separator: the rest names the page. Kept
    whole when the rest would be under two words ("Home | Blog Name")."""
    words = title.split()
    for logo in logos:
        key = match_key(logo)
        for cut in range(1, len(words)):
            if match_key(" ".join(words[cut:])) == key:
                rest = " ".join(words[:cut])
            elif match_key(" ".join(words[:cut])) == key:
                rest = " ".join(words[cut:])
            else:
                continue
            rest = rest.strip(TITLE_LABEL_EDGE_CHARS)
            if word_count(rest) >= 2:
                return rest
    return title


def _headings(h1_elements: list[etree._Element]) -> list[str]:
    """The page's first <h1>s, as evidence of what the page is about."""
    found = []
    for el in h1_elements:
        text = tidy(text_content(el))
        if text and len(text) <= TITLE_EVIDENCE_MAX_CHARS:
            found.append(text)
            if len(found) >= TITLE_EVIDENCE_MAX_HEADINGS:
                break
    return found


def _subheadings_saying(statements: list[str], tree: etree._Element) -> list[str]:
    """On a page without <h1>: the first <h2>/<h3> that says nearly what a title statement
    says, as the evidence an <h1> would give (the title statements disagree, and the page
    displays one of them)."""
    for el in _SUBHEADINGS_XP(tree):
        text = tidy(text_content(el))
        if text and len(text) <= TITLE_EVIDENCE_MAX_CHARS and any(
                nearly_says_title(text, statement) for statement in statements):
            return [text]
    return []


def _slug_words(url: str | None) -> set[str]:
    """Content words of the URL path's last named segment ("/blog/why-cats-sleep/"),
    without its file extension ("html") or catalogue ids ("fu003"): no
    headline says those."""
    if not url:
        return set()
    segments = [s for s in url_part(url, "path").split("/") if s]
    if not segments:
        return set()
    words = _content_words(_FILE_EXTENSION_RE.sub("", segments[-1]))
    return {w for w in words if not (_DIGIT_RE.search(w) and not w.isdigit())}


def _content_words(*texts: str) -> set[str]:
    # "Men's" and the slug's "mens" are one word.
    return set(_CONTENT_WORD_RE.findall(_APOSTROPHE_RE.sub("", " ".join(texts).lower())))


def _agrees(statement: str, heading: str) -> bool:
    """Whether a title statement says what a heading says: many words shared,
    or all of a heading of two words or more found in it ("Title | Site"),
    weighed as the headline phase weighs a heading against the title."""
    return says_title(heading, statement)


def clean_title(title: str | None, site_name: str | None = None, url: str | None = None) -> str | None:
    """`title` without a " | Site" / " - Site" / "Site: " label at either end.

    A part is stripped when it matches the site name or the URL's domain;
    otherwise a trailing part after " | " is stripped when it is short and
    the rest is clearly the longer, real title. On a site's root page the
    site name is the page's title, so nothing is stripped there.
    """
    title = tidy(title)
    if title:
        title = _EMPTY_LABEL_RE.sub("", title) or title
    if not title:
        return title
    host = host_label(url)
    if is_root(url):
        return _without_repeated_site(title, site_name, host)
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
        seps[-1].strip() in ("|", "｜", "_", "::", "»", "·", "•")
        and len(pieces[-1].split()) <= TITLE_SITE_MAX_WORDS // 2  # a name: one unspaced run in Chinese
        and word_count(title[: title.rfind(seps[-1])]) >= 3
    ):
        candidates.append(title[: title.rfind(seps[-1])])
    for candidate in candidates:
        cleaned = tidy(candidate)
        # "Home | Site", "Shop - Site": a one-word remainder is a section
        # label, and the page is better named by the whole title.
        if cleaned and word_count(cleaned) >= 2:
            return cleaned
    return title


def _without_repeated_site(title: str, site_name: str | None, host: str | None) -> str:
    """A home page's title, which the site's name names, so its label stays; but said once: a
    title that opens with the name and closes on it again ("Airtable: Build AI Apps - Airtable")
    keeps the opening name and drops the closing label (wcxb fit airtable.com, infoq.com,
    vercel.com's og:title)."""
    pieces = TITLE_SEPARATORS_RE.split(title)
    if len(pieces) < 2 or not is_site_label(pieces[-1], site_name, host):
        return title
    rest = tidy(title[: title.rfind(TITLE_SEPARATORS_RE.findall(title)[-1])])
    words = rest.split() if rest else []
    opens = any(_names_site(" ".join(words[:n]).strip(TITLE_LABEL_EDGE_CHARS), site_name, host)
                for n in range(1, min(len(words), TITLE_SITE_MAX_WORDS // 2) + 1))
    return rest if opens and word_count(rest) > len(pieces[-1].split()) else title


def is_site_label(part: str, site_name: str | None, host: str | None) -> bool:
    """Whether `part` names the site: its site name or its host label, give or take a little."""
    key = _site_key(part)
    if not key:
        return False
    for label in _site_labels(site_name, host):
        if len(label) < 3:
            continue
        if key == label or (len(key) >= 4 and key in label):
            return True
        # "Spotify Engineering" for site "Spotify", "example.com" for host
        # "example": the label plus a little, never a sentence around it.
        if label in key and len(key) <= len(label) + 12 and len(part.split()) <= TITLE_SITE_MAX_WORDS // 2:
            return True
    return False


def title_element_text(tree: etree._Element) -> str | None:
    """The first <title> with text, outside an <svg>, in document order."""
    for el in _titles(tree):
        text = tidy(text_content(el))
        if text:
            return text
    return None


def _titles(tree: etree._Element) -> Iterator[etree._Element]:
    """What `_TITLE_XP` finds, in document order, those of the page's <head> first: the <head>
    opens the document, so a <title> with text there is the first one, found without the walk of
    the whole page the XPath makes (~2% of an extraction). Only past them is the XPath asked."""
    head = tree[0] if tree.getparent() is None and len(tree) and tree[0].tag == "head" else None
    if head is not None:
        yield from (el for el in head.iter("title") if next(el.iterancestors("svg"), None) is None)
    yield from _TITLE_XP(tree)


def _word_overlap(title: str, others: list[str]) -> float:
    words = set(_CONTENT_WORD_RE.findall(title.lower()))
    if not words:
        return 0.0
    pool = set(_CONTENT_WORD_RE.findall(" ".join(others).lower()))
    return len(words & pool) / len(words)


def _contains_either(title: str, others: list[str]) -> bool:
    key = match_key(title)
    return bool(key) and any(key in match_key(o) or match_key(o) in key for o in others)
