"""The language of a text, from its function words (for input that does not declare one)."""

from __future__ import annotations

import re
from collections import Counter

from .rules.language import MIN_LEAD, MIN_STOPWORD_HITS, STOPWORDS

_WORD = re.compile(r"[^\W\d_]+")
# Enough text to decide; reading more only costs time.
_SAMPLE_CHARS = 5000


def detect_language(text: str) -> str | None:
    words = Counter(word.lower() for word in _WORD.findall(text[:_SAMPLE_CHARS]))
    scores = sorted(
        ((sum(words[w] for w in stopwords), code) for code, stopwords in STOPWORDS.items()),
        reverse=True,
    )
    (best, code), (second, _) = scores[0], scores[1]
    if best < MIN_STOPWORD_HITS or best < second * MIN_LEAD:
        return None
    return code
