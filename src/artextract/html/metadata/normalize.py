"""Text normalisation shared by the metadata readers.

`tidy` turns a raw attribute or text value into display text. (The key two
strings are compared on, `match_key`, is in artextract.keys, below
html/headline.py too.)
"""

from __future__ import annotations

import html as html_lib
import re

SPACE_RE = re.compile(r"\s+")
_ENTITY_RE = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.IGNORECASE)

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
