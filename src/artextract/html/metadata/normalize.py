"""Text normalisation shared by the metadata readers.

`tidy` turns a raw attribute or text value into display text; `declared_names`
reads the names a structured author field declares. (The key two strings are
compared on, `match_key`, is in artextract.keys, below html/headline.py too.)
"""

from __future__ import annotations

import html as html_lib
import re

from artextract.authors import clean_authors
from artextract.rules.metadata import MAX_BYLINE_CHARS, ORGANISATION_WORD_RE

SPACE_RE = re.compile(r"\s+")
_ENTITY_RE = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.IGNORECASE)
_NAME_EDGES = " \t,;:|-–—/&"

def tidy(value: str | None) -> str | None:
    """`value` with entities unescaped and whitespace collapsed; None when empty.

    An entity left after unescaping was escaped twice ("&amp;#8230;", a CMS
    escaping its own output, often inside JSON-LD): it is unescaped again."""
    if value is None:
        return None
    value = html_lib.unescape(value)
    if _ENTITY_RE.search(value):
        value = html_lib.unescape(value)
    value = " ".join(value.split())  # str.split() cuts where regex \s matches, far cheaper
    return value or None


def dedupe(names: list[str]) -> list[str]:
    """`names` without case-insensitive repeats, first spelling kept."""
    seen: set[str] = set()
    out = []
    for name in names:
        key = name.lower()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def declared_names(value: str) -> list[str]:
    """The names a metadata field that declares the author gives (JSON-LD, meta tags: the cleaning of
    a structured value, authors.clean_authors), or the value whole where it names one organisation by
    one of its words (rules.metadata.ORGANISATION_WORD_RE: a ministry, a department, a fire brigade):
    the commas and joiners inside such a name are its own ("Departement für Wirtschaft, Bildung und
    Forschung WBF"), and split there its parts read as people ("Bildung")."""
    names = clean_authors(value, structured=True)
    if len(names) < 2 or not ORGANISATION_WORD_RE.search(value):
        return names
    whole = " ".join(value.split()).strip(_NAME_EDGES)
    return [whole] if whole and len(whole) <= MAX_BYLINE_CHARS else names
