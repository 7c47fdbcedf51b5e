"""Keys two texts are compared on, shared by modules that cannot import each other.

`match_key` lives here, below both its readers: html/headline.py (which
parts of an "A | B" title a heading repeats) and html/metadata (site names,
logos, headings), whose title.py imports html/headline: the key could live
in neither without an import cycle.
"""

from __future__ import annotations

import re

_NON_WORD_RE = re.compile(r"[\W_]+")


def match_key(text: str) -> str:
    """Lowercased letters and digits only: "The Site!" -> "thesite"."""
    return _NON_WORD_RE.sub("", text.lower())
