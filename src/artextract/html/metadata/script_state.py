"""Dates left in inline script state (`"publishDate":"2025-05-27"`), the
last resort for a publication date; the post's author an analytics data layer
names (`"pagePostAuthor":"Jane Doe"`), the last resort for the author."""

from __future__ import annotations

import re

from lxml import etree

from artextract.dates import parse_date
from artextract.authors import clean_authors
from artextract.rules.metadata import SCRIPT_AUTHOR_KEYS, SCRIPT_DATE_KEYS

from ..tree import document_elements, xpath


def _value_after_key(shortest: int, longest: int) -> re.Pattern[str]:
    r"""A quoted value right after a known key: `": "value"`, `: "value"` or `\":\"value\"` (JSON
    inside a JS string), of `shortest` to `longest` characters. Applied at positions found by
    str.find, which is far cheaper than letting a regex scan megabytes of bundled state."""
    return re.compile(r"\\?[\"']?\s*:\s*\\?[\"']([^\"'\\]{%d,%d})\\?[\"']" % (shortest, longest))


_SCRIPT_VALUE_RE = _value_after_key(8, 40)  # a date
_SCRIPT_NAME_RE = _value_after_key(1, 80)  # a name
# Inline scripts longer than this are scanned only in their first part.
_MAX_SCRIPT_SCAN = 2_000_000
# Whether an inline script holds an author key, asked in libxml2's C: its text is read into Python
# only then (a page's megabytes of bundled state, read for a key they do not hold, raised the peak
# memory of an extraction by twice their size: 4 MB on the largest development page).
_HOLDS_AUTHOR_KEY = xpath(" or ".join(f"contains(., '{key}')" for key in SCRIPT_AUTHOR_KEYS))
# Pieces of the keys, each key holding one ("ublish" in "datePublished", "reated" in "created_at"):
# a script holding none of them holds no key, and most inline scripts (bundles, analytics, consent
# and ad settings) are passed after these four scans instead of one for each key (fit-half WCXB
# and traf-dev speed pages: 245 of 4,642 inline scripts hold one, 5.6 of 20.7 MB; the scans of
# script_date 53 -> 40 ms). A key added to SCRIPT_DATE_KEYS that holds none is a piece itself.
_GIVEN_PIECES = ("ublish", "ublicat", "ubDate", "reated")


def _pieces_of(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The given pieces, and each key that holds none of them."""
    return _GIVEN_PIECES + tuple(key for key in keys if not any(piece in key for piece in _GIVEN_PIECES))


_KEY_PIECES = _pieces_of(SCRIPT_DATE_KEYS)


def script_date(tree: etree._Element) -> str | None:
    """A publication date from inline script state ("publishDate":"2025-05-27")."""
    # The inline scripts (`//script[not(@src)]`), their tag picked by lxml's `iter` in C, not by XPath;
    # each text read once (lxml makes a new string of it at each `.text`).
    texts = [text for script in document_elements(tree, "script")
             if script.get("src") is None and (text := script.text) and len(text) > 20 and _may_hold_key(text)]
    for key in SCRIPT_DATE_KEYS:
        for text in texts:
            start = text.find(key, 0, _MAX_SCRIPT_SCAN)
            while start != -1:
                m = _SCRIPT_VALUE_RE.match(text, start + len(key))
                if m and (parsed := parse_date(m.group(1))):
                    return parsed
                start = text.find(key, start + len(key), _MAX_SCRIPT_SCAN)
    return None


def _may_hold_key(text: str) -> bool:
    """Whether a piece of a key stands within the scanned part of the script (a key past it is not read)."""
    for piece in _KEY_PIECES:  # (a loop, not any(): asked of every inline script)
        if text.find(piece, 0, _MAX_SCRIPT_SCAN) != -1:
            return True
    return False


def script_author(tree: etree._Element) -> list[str]:
    """The post's author an analytics data layer names (rules.metadata.SCRIPT_AUTHOR_KEYS)."""
    for script in document_elements(tree, "script"):
        if script.get("src") is not None or not _HOLDS_AUTHOR_KEY(script):
            continue
        text = script.text or ""
        for key in SCRIPT_AUTHOR_KEYS:
            start = text.find(key, 0, _MAX_SCRIPT_SCAN)
            if start != -1 and (m := _SCRIPT_NAME_RE.match(text, start + len(key))):
                return clean_authors(m.group(1), structured=True)
    return []
