"""Dates left in inline script state (`"publishDate":"2025-05-27"`), the
last resort for a publication date."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from artextract.dates import parse_date
from artextract.rules.metadata import SCRIPT_DATE_KEYS

from ..tree import document_elements
# After a known key: `": "value"`, `: "value"` or `\":\"value\"` (JSON inside
# a JS string). Applied at positions found by str.find, which is far cheaper
# than letting a regex scan megabytes of bundled state.
_SCRIPT_VALUE_RE = re.compile(r"\\?[\"']?\s*:\s*\\?[\"']([^\"'\\]{8,40})\\?[\"']")
# Inline scripts longer than this are scanned only in their first part.
_MAX_SCRIPT_SCAN = 2_000_000


def script_date(tree: HtmlElement) -> str | None:
    """A publication date from inline script state ("publishDate":"2025-05-27")."""
    # The inline scripts (`//script[not(@src)]`), their tag picked by lxml's `iter` in C, not by XPath.
    texts = [s.text for s in document_elements(tree, "script") if s.get("src") is None and s.text and len(s.text) > 20]
    for key in SCRIPT_DATE_KEYS:
        for text in texts:
            start = text.find(key, 0, _MAX_SCRIPT_SCAN)
            while start != -1:
                m = _SCRIPT_VALUE_RE.match(text, start + len(key))
                if m and (parsed := parse_date(m.group(1))):
                    return parsed
                start = text.find(key, start + len(key), _MAX_SCRIPT_SCAN)
    return None
