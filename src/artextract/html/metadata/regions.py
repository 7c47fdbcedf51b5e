"""Where an element sits: inside comments, a related-posts card, a sidebar,
or the site's header and account menu.

Bylines and dates found in those regions belong to someone else's content,
so the DOM readers skip them. Regions are recognised from class/id tokens
and a few tags, a bounded number of ancestors up.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from artextract.html.markup import markup_of
from artextract.rules.dom import TAXONOMY_NAME
from artextract.rules.metadata import (
    COMMENT_REGION_RE,
    FOREIGN_REGION_SUFFIXES,
    FOREIGN_REGION_WORDS,
    JSONLD_REVIEW_KEYS,
    LAYOUT_FLAG_PARTS,
    NOT_FOREIGN_TOKENS,
    REPLY_ITEM_TYPES,
    SITE_CHROME_RE,
)

# How far up to look for a comment/related container around a byline.
_ANCESTOR_DEPTH = 10
_PICTURE_TAGS = ("figure", "figcaption")
_TOP_TAGS = ("body", "html")  # the region tests that look a few levels up stop below these


def class_id(el: etree._Element) -> str:
    """The element's class and id names as the HTML engine reads them (html/markup.py, one tokenizer
    for render and metadata): lower case, parts joined by "-" ("dateAndAuthor" -> "date-and-author",
    "post_meta" -> "post-meta"), so camelCase, snake_case and kebab-case names meet the same rules."""
    return " ".join(markup_of(el).names)


def region_hint(el: etree._Element) -> str:
    """`class_id` without taxonomy names: WordPress prints the post's categories and tags as
    classes of its wrapper ("category-product-reviews", "tag-comments"), which name its
    topics, not the region its byline and date stand in."""
    return _hint_of(markup_of(el).names)


# The region tests climb the same few wrappers from every byline and date candidate of a page
# (a theme repeats a few dozen class strings): what a class string says is read once.
@lru_cache(maxsize=4096)
def _hint_of(names: tuple[str, ...]) -> str:
    return " ".join(name for name in names if not TAXONOMY_NAME.match(name))


def in_excluded_region(el: etree._Element) -> bool:
    """Inside comments, related-posts cards, asides or navigation, a few levels up."""
    return any(
        anc.tag in ("aside", "nav") or _is_foreign(region_hint(anc)) for anc in _ancestors(el, _ANCESTOR_DEPTH)
    )


def in_site_chrome(el: etree._Element) -> bool:
    """Inside the site's header, navigation or account menu."""
    return any(
        anc.tag == "nav" or anc.get("role") in ("navigation", "banner") or SITE_CHROME_RE.search(region_hint(anc))
        for anc in _ancestors(el, _ANCESTOR_DEPTH * 2)
    )


def in_comments(el: etree._Element) -> bool:
    return any(_is_comment_box(anc) for anc in _ancestors(el, _ANCESTOR_DEPTH))


def in_picture(el: etree._Element) -> bool:
    """Inside a `<figure>` or its `<figcaption>`, a few levels up: a name there credits the picture
    (its photographer or agency, marked as a byline or `itemprop=creator`: "<span
    itemprop=creator>Mike Blake/Reuters files</span>" in a lead image's caption), never the
    article's writer (fit-half traf-dev vancouversun.com, whose byline names Reuters)."""
    return any(anc.tag in _PICTURE_TAGS for anc in _ancestors(el, _ANCESTOR_DEPTH))


def in_held_review(el: etree._Element) -> bool:
    """Inside a microdata item another item holds as its review (`itemprop="review"`, as JSON-LD's
    JSONLD_REVIEW_KEYS): a customer's review of a product or a business, whose author and date are
    the customer's, never the page's (fit-half traf-dev zooroyal.de's "Verifizierte/r Tierfreund/in"
    and the review's date; wcxb-dev thomann.de's reviewers in a review's `<meta itemprop=author>`,
    which its review cards' byline classes still name). JSON-LD's held reviews: jsonld.JsonLd."""
    return any(_is_held_review(anc) for anc in el.iterancestors())


def in_reply_item(el: etree._Element) -> bool:
    """Inside a microdata item typed as a reply (rules.metadata.REPLY_ITEM_TYPES): a forum marks
    each reply's own date `datePublished` in it, and that date is the reply's, not the thread's."""
    return any(_is_reply_item(anc) for anc in el.iterancestors())


@dataclass(frozen=True, slots=True)
class Placement:
    """The regions an itemprop author or date stands in whose names and dates are someone else's."""

    comments: bool
    held_review: bool
    picture: bool
    reply_item: bool


def placement(el: etree._Element) -> Placement:
    """in_comments, in_held_review, in_picture and in_reply_item of `el` in one walk up its ancestors:
    the microdata reader asks several of them of every author and date item, and the review and reply
    tests climb to the root whenever they say no (the usual answer)."""
    comments = picture = held_review = reply_item = False
    near = True  # the comment and picture tests look only as far up as `_ancestors` goes
    for depth, anc in enumerate(el.iterancestors()):
        near = near and depth < _ANCESTOR_DEPTH and anc.tag not in _TOP_TAGS
        if near:
            comments = comments or _is_comment_box(anc)
            picture = picture or anc.tag in _PICTURE_TAGS
        held_review = held_review or _is_held_review(anc)
        reply_item = reply_item or _is_reply_item(anc)
    return Placement(comments, held_review, picture, reply_item)


def _is_comment_box(anc: etree._Element) -> bool:
    return COMMENT_REGION_RE.search(region_hint(anc)) is not None


def _is_held_review(anc: etree._Element) -> bool:
    return not JSONLD_REVIEW_KEYS.isdisjoint((anc.get("itemprop") or "").split())


def _is_reply_item(anc: etree._Element) -> bool:
    kinds = anc.get("itemtype")
    return bool(kinds) and any(kind.rstrip("/").rsplit("/", 1)[-1].lower() in REPLY_ITEM_TYPES for kind in kinds.split())


def _ancestors(el: etree._Element, limit: int) -> Iterator[etree._Element]:
    """Up to `limit` ancestors of `el`, nearest first, stopping below <body>."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= limit or anc.tag in _TOP_TAGS:
            return
        yield anc


@lru_cache(maxsize=4096)
def _is_foreign(hint: str) -> bool:
    """Whether a class/id string names a comments, related-posts or sidebar region."""
    for token in hint.split():
        if token in NOT_FOREIGN_TOKENS:
            continue
        parts = token.split("-")
        if LAYOUT_FLAG_PARTS.intersection(parts):
            continue
        for i, part in enumerate(parts):
            if part in FOREIGN_REGION_WORDS and all(p in FOREIGN_REGION_SUFFIXES for p in parts[i + 1:]):
                return True
    return False
