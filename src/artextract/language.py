"""The language of a text, from its function words (for input that does not declare one)."""

from __future__ import annotations

import re
from collections import Counter

from .rules.language import (
    ARABIC_SCRIPT_MARKS,
    CYRILLIC_FIRST_MARKS,
    CYRILLIC_MOST_MARKS,
    CYRILLIC_RE,
    MIN_TELLING_LETTERS,
    MIN_LEAD,
    MIN_SCRIPT_SHARE,
    MIN_STOPWORD_HITS,
    SCRIPT_LANGUAGES,
    STOPWORDS,
)

_WORD = re.compile(r"[^\W\d_]+")
# Enough text to decide; reading more only costs time.
_SAMPLE_CHARS = 5000
# A letter of any script that names a language (SCRIPT_LANGUAGES) or of Cyrillic: one class made of
# their classes. Most texts hold none, and then neither script reader can find a language: one scan
# of the sample instead of a dozen (the readers' scans were half of detect_language's time, which
# every raw text and every page declaring no language asks).
_OTHER_SCRIPTS = re.compile("[" + "".join(pattern.pattern[1:-1] for _, pattern in SCRIPT_LANGUAGES)
                            + CYRILLIC_RE.pattern[1:-1] + "]")


def detect_language(text: str) -> str | None:
    sample = text[:_SAMPLE_CHARS]
    if _OTHER_SCRIPTS.search(sample) is not None:
        by_script = _script_language(sample) or _cyrillic_language(sample)
        if by_script is not None:
            return by_script
    words = Counter(map(str.lower, _WORD.findall(sample)))
    scores = sorted(
        ((sum(words[w] for w in stopwords), code) for code, stopwords in STOPWORDS.items()),
        reverse=True,
    )
    (best, code), (second, _) = scores[0], scores[1]
    if best < MIN_STOPWORD_HITS or best < second * MIN_LEAD:
        return None
    return code


def _script_language(sample: str) -> str | None:
    """Japanese, Korean, Chinese, Greek, Hebrew, Thai, Lao, Khmer, Myanmar, Hindi or a language of Arabic letters, from the
    script a good share of the letters is written in."""
    counts = [(code, len(script.findall(sample))) for code, script in SCRIPT_LANGUAGES]
    # Most pages have none of these scripts: then no share can be reached, and
    # the letters (a Python-level pass over every character) need no counting.
    if not any(count for _, count in counts):
        return None
    letters = sum(1 for char in sample if char.isalpha())
    for code, count in counts:
        if count >= MIN_SCRIPT_SHARE * letters:
            return _arabic_script_language(sample) if code == "ar" else code
    return None


def _arabic_script_language(sample: str) -> str:
    """Arabic, Urdu or Persian, from the letters only Urdu or Persian write (rules.language.ARABIC_SCRIPT_MARKS)."""
    for code, marks in ARABIC_SCRIPT_MARKS:
        if sum(sample.count(mark) for mark in marks) >= MIN_TELLING_LETTERS:
            return code
    return "ar"


def _cyrillic_language(sample: str) -> str | None:
    """The language of a text written in Cyrillic, from the letters only one of them writes
    (rules.language.CYRILLIC_FIRST_MARKS, CYRILLIC_MOST_MARKS); None when the text is not Cyrillic,
    or shows none of them often enough (a short line of letters all these languages write)."""
    cyrillic = len(CYRILLIC_RE.findall(sample))
    if not cyrillic or cyrillic < MIN_SCRIPT_SHARE * sum(1 for char in sample if char.isalpha()):
        return None
    lowered = sample.lower()
    for code, marks in CYRILLIC_FIRST_MARKS:
        if sum(lowered.count(mark) for mark in marks) >= MIN_TELLING_LETTERS:
            return code
    count, code = max((sum(lowered.count(mark) for mark in marks), code) for code, marks in CYRILLIC_MOST_MARKS)
    return code if count >= MIN_TELLING_LETTERS else None
