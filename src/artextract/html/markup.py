"""What an element's class and id say: its names, their parts, and the families they belong to.

One tokenizer for the whole HTML engine: a class or id value is split into
names (at spaces), a name into parts (at "-", "_", "__" and camelCase
humps), so "article__related-list", "relatedList" and "related_list" read
alike. A family (a vocabulary concept: related, share, sidebar, footer ...)
is named when one of its words is a part of a name, two neighbouring parts
written together ("more-stories"), or one half of a part written as one word
("commentlist" = comment + list). Names that are taxonomy or layout state
("category-reviews", "has-sidebar") name no family, and an element one of
whose names is wholly a content name ("entry-content") is content whatever
its other names say.

Verdicts are memoised by the element's class and id text: pages repeat the
same few dozen class strings thousands of times.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from lxml import etree

from ..rules import dom as rules
from ..rules.vocab import CONCEPTS
from .layouts import small_screen_sign

_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SPLIT = re.compile(r"[^a-z0-9äöüß]+")
# {word: family}: every concept's class/id words.
_FAMILY_OF: dict[str, str] = {word: concept.name for concept in CONCEPTS.values() for word in concept.markup}
_KNOWN_WORDS = frozenset(_FAMILY_OF) | rules.CLASS_NAME_WORDS
# The first and the last three letters of the known words: a part split in two begins with one and ends with one.
_KNOWN_STARTS = frozenset(word[:3] for word in _KNOWN_WORDS)
_KNOWN_ENDS = frozenset(word[-3:] for word in _KNOWN_WORDS)
# Parts shorter than this are not split in two (each half must be a word of 3+ letters).
_MIN_SPLIT_LENGTH = 6
# Neighbouring parts are read as one word ("more-stories", "about-author") only in short
# names: in "review-text-read-more-expander" "read" and "more" are no "readmore" box.
_MAX_PAIRED_PARTS = 3


class Markup(NamedTuple):
    """What one element's class and id say. (A named tuple: made for every new class string
    of a page and hashed as a memo key per element, both several times cheaper than for a
    frozen dataclass.)"""

    names: tuple[str, ...]  # its names, parts joined by "-" ("articleBody" -> "article-body")
    tokens: frozenset[str]  # names and parts, for the field hints (caption, byline ...)
    families: frozenset[str]  # the furniture families named, empty when a content name outweighs them
    content: bool  # one of its names is wholly a content name
    body: bool  # one of its names names the article's text itself ("entry-content", "article__body")
    evidence: str  # the first family word found and the name it stood in, for --explain
    screen_reader: bool = False  # a name says only screen readers get it ("sr-only", "visually-hidden")
    # The value may lay the element out for small screens alone (html/layouts.py small_screen_sign):
    # read here, once a distinct value, not by the walk for each element with a class.
    small_screen_sign: bool = False


NO_MARKUP = Markup((), frozenset(), frozenset(), False, False, "")


def markup_of(element: etree._Element) -> Markup:
    names, key = element.get("class"), element.get("id")
    if not key:
        if not names:
            return NO_MARKUP  # most elements: no names to read
        value = names  # (most of the rest: a class and no id, read as it is written, no string made)
    else:
        value = f"{names} {key}" if names else key
    return NO_MARKUP if value.isspace() else _read(value)


def class_markup(names: str | None) -> Markup:
    """What a class value says read alone, an element's id set aside (html/furniture.py heading_free)."""
    return NO_MARKUP if not names or names.isspace() else _read(names)


def name_parts(name: str) -> list[str]:
    """A class name's parts, lower case: "relatedList__item" -> ["related", "list", "item"]."""
    lower = name.lower()
    if lower != name:  # (most names have no capital: no hump to look for)
        lower = _HUMP.sub("-", name).lower()
    if lower.isascii():
        # Most names are ASCII letters and digits cut by "-" and "_": split at those in C, as _SPLIT would.
        joined = lower.replace("_", "-")
        if joined.replace("-", "").isalnum():
            parts = joined.split("-")
            return [part for part in parts if part] if "" in parts else parts
    return [part for part in _SPLIT.split(lower) if part]


@lru_cache(maxsize=4096)
def _read(value: str) -> Markup:
    names: list[str] = []
    tokens: set[str] = set()
    families: dict[str, str] = {}
    body = content = screen_reader = False
    for raw in value.split():
        read = _read_name(raw)
        if read is None:
            continue
        name, name_tokens, named_families, name_body, name_content = read
        names.append(name)
        tokens.update(name_tokens)
        for family, evidence in named_families:
            families.setdefault(family, evidence)
        body, content = body or name_body, content or name_content
        screen_reader = screen_reader or name.endswith(rules.SCREEN_READER_NAMES)
    evidence = next(iter(families.values()), "")
    return Markup(tuple(names), frozenset(tokens), frozenset() if content else frozenset(families), content, body,
                  evidence, screen_reader, small_screen_sign(value))


# Class names recur across a page's class strings in every combination: each is read once, and
# all that `_read` takes from it is made here (the first try of a page reads every name cold).
@lru_cache(maxsize=8192)
def _read_name(raw: str) -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...], bool, bool] | None:
    """A name's joined form, its tokens (parts, joined form, as written lower-cased), families
    (with the evidence that named each: the word and the name) and whether it names the
    article's body or content."""
    if "[" in raw:
        # A Tailwind arbitrary value ("min-h-[calc(100vh-var(--navbar-height))]", "[&>p]:mb-2",
        # "bg-[url(...)]"): what the brackets hold is CSS, not a name; only the part before them is.
        raw = raw[:raw.index("[")]
    parts = name_parts(raw)
    if not parts:
        return None
    name = "-".join(parts) if len(parts) > 1 else parts[0]
    families: tuple[tuple[str, str], ...] = ()
    if not rules.TAXONOMY_NAME.match(name) and rules.LAYOUT_FLAG_PARTS.isdisjoint(parts):
        found = _families_in(parts, name) or _camel_compounds_in(raw, parts)
        families = tuple((family, f"{word} in '{raw}'") for family, word in found)
    body = name in rules.BODY_NAMES or _ends_in_body_name(name)
    return name, (*parts, name, raw.lower()), families, body, body or name in rules.CONTENT_NAMES


def _camel_compounds_in(raw: str, parts: list[str]) -> tuple[tuple[str, str], ...]:
    """(family, word) for each family word a long name writes as one camelCase compound between
    its separators: "TestReport__AuthorBox" is an author box, "sideBar_ContentHolder" a sidebar.
    Neighbouring parts are paired only in short names (_MAX_PAIRED_PARTS), but the humps of one
    CSS-module or BEM piece are one word however long the name is (chip.de's author bio in
    "TestReport__AuthorBox"; "SignUp_form__RpyKQ", "WidgetArea_WidgetArea__3v9Kg": ~30 dev pages
    of ~20 sites). Asked once per distinct name (_read_name is memoised)."""
    if len(parts) <= _MAX_PAIRED_PARTS or raw.islower():
        return ()
    return tuple((_FAMILY_OF[word], word) for word in _SPLIT.split(raw.lower()) if word in _FAMILY_OF)


def _ends_in_body_name(name: str) -> bool:
    """ "td-post-content", "c-article-body": a prefix before a name of the article's text."""
    head, _, last = name.rpartition("-")
    if not head:
        return False
    _, _, before = head.rpartition("-")
    return f"{before}-{last}" in rules.BODY_NAMES


_DIGITS = "0123456789"
# A hash or UUID written into a name ("3182fcbd-ad31-41b1-...", "block-ddd261f2-56d7-4daf-ad66-..."):
# a part of 8+ hex digits, letters and digits mixed. Its neighbouring hex groups are no words either:
# "ad31" there is a slice of the number, not an advertising slot (orsted.de, cocorepublic.com.au,
# menlocoaching.com: "ad31", "ad11", "ad72", "ad66").
_HEX_GROUP = re.compile(r"(?=[0-9a-f]*[0-9])[0-9a-f]+")
# Such a part in a name whose parts are joined by "-" (one search, not one match a part).
_HEX_ID_PART = re.compile(r"(?<![^-])(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(?![^-])")


def _families_in(parts: list[str], name: str) -> list[tuple[str, str]]:
    """(family, word) for each family word among a name's parts, neighbour pairs and split parts
    (`name`: the parts joined). (A list, not a generator: asked of every new name of a page.)"""
    if len(name) >= 8 and _HEX_ID_PART.search(name):  # (8 hex digits at least)
        parts = [part for part in parts if not _HEX_GROUP.fullmatch(part)]
    found: list[tuple[str, str]] = []
    paired = len(parts) <= _MAX_PAIRED_PARTS
    for index, part in enumerate(parts):
        # A numbered instance names the same thing: "comments18", "sidebar2".
        family = _FAMILY_OF.get(part) or (_FAMILY_OF.get(part.rstrip(_DIGITS)) if part[-1] in _DIGITS else None)
        if family:
            found.append((family, part))
        elif len(part) >= _MIN_SPLIT_LENGTH and part[:3] in _KNOWN_STARTS and part[-3:] in _KNOWN_ENDS:
            # (a part two known words make begins with one and ends with one: most parts do not)
            found.extend(_split_word(part))
        if paired and index + 1 < len(parts):
            joined = part + parts[index + 1]
            if joined in _FAMILY_OF:
                found.append((_FAMILY_OF[joined], joined))
    return found


def _split_word(part: str):
    """A part written as two words, one of them a family word: "commentlist", "recentcomments"."""
    for cut in range(3, len(part) - 2):
        head, tail = part[:cut], part[cut:]
        if head in _KNOWN_WORDS and tail in _KNOWN_WORDS:
            for word in (head, tail):
                if word in _FAMILY_OF:
                    yield _FAMILY_OF[word], part
            return
