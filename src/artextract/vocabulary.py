"""Matchers built from the per-language vocabulary (rules/vocab): one place, compiled once.

Every language's phrases of a concept serve every page, whatever language the
page declares: pages mix languages (an English share bar on a German site),
and the phrases of different languages do not collide as whole lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .rules import text as text_rules
from .rules.language import FROM_UNSPACED_RE, UNSPACED_SCRIPT_FIRST, UnspacedLazyPattern
from .rules.vocab import (
    CLOSING_PROMO_MIN_PLATFORMS,
    CONCEPTS,
    NAME_FOLLOWS,
    PLATFORM_NAMES,
    SITE_NOTICE_STEMS,
    TABLES,
    concept_lines,
    expand,
    phrase_source,
    trie_source,
)


# A memo of a page's texts must hold a whole page, or a long raw text (up to 50,000 lines, see
# source.MAX_TEXT_LINES) evicts each line before the next stage asks again and every stage pays in
# full (signals.forget_page empties the memos of signals and of this module after each page).
PAGE_MEMO = 1 << 16

# Of the lower-case characters, IGNORECASE equates these to another letter (tests/test_signals.py,
# tests/test_vocabulary.py): the dotless "ı" and the long "ſ" to "i" and "s", Greek's final sigma, its
# symbol forms and the micro sign to its plain letters, the old Cyrillic letter variants
# (U+1C80-U+1C88) to theirs. A lower-cased text folded with this table holds the same letter where
# IGNORECASE sees the same letter: what the case-sensitive prefilters of IGNORECASE patterns read.
IGNORECASE_FOLDS = str.maketrans(
    "ıſ\u00b5\u0345\u1fbe\u03d0\u03f5\u03d1\u03f0\u03d6\u03f1\u03c2\u03d5\u1fd3\u1fe3"
    "\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\ufb05",
    "is\u03bc\u03b9\u03b9\u03b2\u03b5\u03b8\u03ba\u03c0\u03c1\u03c3\u03c6\u0390\u03b0"
    "\u0432\u0434\u043e\u0441\u0442\u0442\u044a\u0463\ua64b\u1e61\ufb06",
)
# A text holding none of them is read as it is (str.translate looks up every character of a
# non-ASCII text, and nearly half the lines of European pages are, though few hold one).
FOLDED_LETTER = re.compile("[" + "".join(map(chr, IGNORECASE_FOLDS)) + "]")

# Chinese, Japanese and Korean write no spaces between words, so a phrase of theirs needs no
# boundary in running text: only a letter of another script may not touch it.
_CJK = r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"  # (kana, ideographs, Hangul: a character class's ranges)
_LETTER_NOT_CJK = rf"[^\W{_CJK}]"
# What may stand before a phrase (where no _LETTER_NOT_CJK stands): a space, a mark, a character of those scripts.
_BEFORE_A_PHRASE = rf"[\W{_CJK}]"
# "Sorted by: Newest" as "Sorted by Newest": what a label ending in " …" allows after it.
_NAME_TAIL = r":?\s+\S.{0,40}"


def phrase_pattern(phrase: str) -> str:
    """A regex source for the phrase: groups as alternatives, a trailing " …" as a short name."""
    named = phrase.endswith(NAME_FOLLOWS)
    if named:
        phrase = phrase[: -len(NAME_FOLLOWS)]
    return phrase_source(phrase) + (_NAME_TAIL if named else "")


def _phrases_of(wanted) -> dict[str, tuple[str, str]]:
    """Every phrase of the concepts `wanted` selects, as {phrase: (concept, language)}."""
    found: dict[str, tuple[str, str]] = {}
    for language, table in TABLES.items():
        for concept, phrases in table.items():
            if wanted(CONCEPTS[concept]):
                for phrase in phrases:
                    found.setdefault(phrase, (concept, language))
    return found


def _exact(wanted) -> dict[str, str]:
    """{line: concept} for the whole-line phrases (no trailing name) of the concepts selected."""
    lines: dict[str, str] = {}
    for phrase, (concept, _language) in _phrases_of(wanted).items():
        if not phrase.endswith(NAME_FOLLOWS):
            for line in expand(phrase):
                lines.setdefault(line, concept)
    return lines


def named_line_pattern(phrases) -> re.Pattern[str]:
    """A whole normalised line that is one of the phrases followed by a name (" …"): furniture_line's
    matcher of a concept's named labels, and benchmarks/rule_hits.py's of each phrase (counted where this fires)."""
    return re.compile("^(?:" + "|".join(map(phrase_pattern, phrases)) + ")$", re.IGNORECASE)


def _named(wanted) -> dict[str, re.Pattern[str]]:
    """{concept: pattern} of the phrases followed by a name (" …") of the concepts selected."""
    phrases: dict[str, list[str]] = {}
    for phrase, (concept, _language) in _phrases_of(wanted).items():
        if phrase.endswith(NAME_FOLLOWS):
            phrases.setdefault(concept, []).append(phrase)
    return {concept: named_line_pattern(found) for concept, found in phrases.items()}


def _alternation(wanted) -> str:
    """A regex source matching any phrase of the concepts `wanted` selects, longest first
    (each caller compiles it once, with its anchors)."""
    return "|".join(sorted({phrase_pattern(phrase) for phrase in _phrases_of(wanted)}, key=len, reverse=True))


def concept_alternation(name: str) -> str:
    """A regex source matching any phrase of the concept `name` in any language, longest first
    (for a caller that reads the concept its own way: compile it once, with its anchors)."""
    return _alternation(lambda concept: concept.name == name)


_FURNITURE_LINES = _exact(lambda concept: concept.furniture_line)
# "Thread starter rye_and_shine": furniture labels with a name after them.
_FURNITURE_NAMED = _named(lambda concept: concept.furniture_line)
_FURNITURE_NAMED_ITEMS = tuple(_FURNITURE_NAMED.items())
# "Lesen Sie auch: Die Bahn streikt wieder": a teaser label, a colon and a title.
_TEASER = re.compile(rf"^(?:{_alternation(lambda concept: concept.labels_teaser)})\s*:\s*\S.{{0,150}}$",
                     re.IGNORECASE)
_END_MATTER_CONCEPTS = _exact(lambda concept: concept.ends_article)
# "Written by", "Zuletzt aktualisiert": labels whose byline or date is on the next line.
_META_LABELS = frozenset(_exact(lambda concept: concept.meta_line))
# The first word of each of them: a line whose first word is none of these opens with no label, and
# the author readers ask that of every line of a page that names no author (the p-200k attack's
# 30,000 paragraphs; `meta_label_opener`).
_META_LABEL_OPENERS = frozenset((label.split() or [""])[0] for label in _META_LABELS)


def _atoms(phrase: str, space: str = r"\s+") -> list[list[str]]:
    """Every spelling of the phrase (rules.vocab.expand) as the atoms phrase_pattern writes for
    it: a character escaped, a space as `space` (one or more spaces; a plain space for text folded
    to single spaces), a name after it as one atom.
    (expand folds the two spaces around an empty choice, "a (b|) c", into one, where
    phrase_pattern asks for two; no phrase of the tables has one, and the trie's test against the
    alternation in tests/test_vocabulary.py would fail on the first that did.)"""
    named = phrase.endswith(NAME_FOLLOWS)
    tail = [_NAME_TAIL] if named else []
    spellings = expand(phrase[: -len(NAME_FOLLOWS)] if named else phrase)
    return [[space if char == " " else _escaped(char) for char in spelling] + tail for spelling in spellings]


@lru_cache(maxsize=None)
def _escaped(char: str) -> str:
    """A character other than a space as phrase_pattern writes it (_atoms writes the spaces).
    Kept per character: re.escape for each of the tables' ~90,000 characters was a third of the
    time spent building the tries when vocabulary.py is imported (the command's first page)."""
    return re.escape(char)


def _trie_alternation(wanted, *, unspaced_only: bool = False, space: str = r"\s+") -> str:
    """A regex source matching the strings _alternation matches, branching an atom at a time
    ("our (youtube|telegram) channel", "our newsletter" as "our (?:youtube ...|telegram ...|newsletter)").
    Searched in a whole paragraph, the alternation tried its ~190 phrases at every word's start, one by
    one (IGNORECASE skips no phrase by its first letter); the trie tries ~30 first letters, then
    only the phrases that begin so: ~5x fewer instructions. The set of matches is the same, not
    which phrase a match says: for a yes or no only. `unspaced_only`: only the phrases written in
    the scripts of _in_unspaced_script."""
    return trie_source(atoms for phrase in _phrases_of(wanted) if not unspaced_only or _in_unspaced_script(phrase)
                       for atoms in _atoms(phrase, space))


def _in_unspaced_script(phrase: str) -> bool:
    """Whether a phrase is Chinese, Japanese or Korean (a character from U+3040 on: kana, ideographs,
    Hangul). Korean spaces its words but glues their endings to them ("유료 회원 전용입니다")."""
    return max(phrase) >= UNSPACED_SCRIPT_FIRST


def _phrase_search(wanted) -> UnspacedLazyPattern:
    """A search for the phrases of the concepts `wanted` selects, anywhere in a paragraph: not inside
    a longer word ("(?<!\\w)", "(?!\\w)"). Chinese, Japanese and Korean write a phrase inside their
    running sentence with no space or mark around it ("续读全文请订阅后阅读全文。", "유료회원 전용입니다"):
    their phrases are also found there, where only a letter of another script may not touch them."""
    # Asked only of text folded to single spaces (" ".join(text.split())), where a space is one
    # space: a third cheaper to compile than \s+ for each of ~2,800 spaces (the command's first page).
    plain = rf"(?<!\w)(?:{_trie_alternation(wanted, space=' ')})(?!\w)"
    unspaced = rf"(?<!{_LETTER_NOT_CJK})(?:{_trie_alternation(wanted, unspaced_only=True, space=' ')})(?!{_LETTER_NOT_CJK})"
    return UnspacedLazyPattern(plain, unspaced, re.IGNORECASE)


# A label of end matter, alone on its line; a count may stand with it ("12 comments", "Kommentare (3)").
# A trie, not the alternation: asked of every short line of a raw text, whose ~700 phrases were tried
# one by one at its start (11% of the CPU of a text of 50,000 short lines); only a yes or no is read.
_END_MATTER = re.compile(
    rf"^(?:\d+\s+)?(?:{_trie_alternation(lambda concept: concept.ends_article)})(?:\s*\(?\d+\)?)?$",
    re.IGNORECASE,
)


# A paragraph's words for the phrase searches below: the runs of word characters (regex \w) of its lower-cased
# text, folded as IGNORECASE compares letters (IGNORECASE_FOLDS). Each word of a phrase stands in a paragraph
# that says it as one of these: the phrase starts and ends where no word character touches it ("(?<!\w)",
# "(?!\w)") and its words are parted by spaces and marks, so a search need not run in a paragraph holding
# no word of the phrases (nearly every one). The end matter asks three searches of each short paragraph,
# each in a pass of its own: memoised, a page's worth.
_WORD_RUN = re.compile(r"\w+")


def ignorecase_form(text: str) -> str | None:
    """The text lower-cased and folded as IGNORECASE compares letters (IGNORECASE_FOLDS): a case-sensitive
    search of lower-case literals finds there what an IGNORECASE search of them finds in the text, at the
    same places. None for a text with the capital "İ": its lower case is two characters, "i" and a combining
    dot (the only such character, tests/test_vocabulary.py).
    Not memoised: of the three gates that ask it (paragraph_words, signals._may_be_labelled,
    text/region._names_cookies), about half the texts come twice, and a memo's lookup and store cost
    more than the lower-casing they spare (raw WCXB fit texts: 9.2-9.8 ms with one, 8.8 ms without)."""
    if text.isascii():
        return text.lower()
    if "\u0130" in text:
        return None
    lowered = text.lower()
    return lowered.translate(IGNORECASE_FOLDS) if FOLDED_LETTER.search(lowered) is not None else lowered


@lru_cache(maxsize=PAGE_MEMO)
def paragraph_words(text: str) -> frozenset[str] | None:
    """The words the phrase searches' gate reads in a paragraph (in its ignorecase_form), or None where it
    cannot tell: a paragraph with a character of the unspaced scripts (their phrases need no boundary) or "İ"."""
    if not text.isascii() and FROM_UNSPACED_RE.search(text) is not None:
        return None
    form = ignorecase_form(text)
    return None if form is None else frozenset(_WORD_RUN.findall(form))


def _gate_words(wanted) -> frozenset[str] | None:
    """The longest word of each spelling of the phrases of the concepts `wanted` selects, as
    paragraph_words reads them; None when a spelling has no word (the search is then asked of every paragraph)."""
    words: set[str] = set()
    for phrase in _phrases_of(wanted):
        for spelling in expand(phrase[: -len(NAME_FOLLOWS)] if phrase.endswith(NAME_FOLLOWS) else phrase):
            found = _WORD_RUN.findall(spelling.lower().translate(IGNORECASE_FOLDS))
            if not found:
                return None
            words.add(max(found, key=len))
    return frozenset(words)


class _PhraseSearch:
    """The search of _phrase_search, asked only of a paragraph holding a word of its phrases (_gate_words).
    The search is built when first asked: building and compiling its tries is most of this module's
    import (the command's first page, ~40 ms for the paywall's phrases alone), and most pages hold no
    paragraph that passes the gate (198 of 283 fit pages, traf-dev and WCXB HTML, never ask the paywall's)."""

    __slots__ = ("_built", "_wanted", "_words")

    def __init__(self, wanted) -> None:
        self._wanted = wanted
        self._built: UnspacedLazyPattern | None = None
        self._words = _gate_words(wanted)

    def search(self, text: str) -> re.Match[str] | None:
        if self._built is None:
            self._built = _phrase_search(self._wanted)
        return self._built.search(text)

    def says(self, text: str) -> bool:
        """Whether the paragraph says one of the phrases (its spaces folded for the search)."""
        if self._words is not None:
            words = paragraph_words(text)
            if words is not None and self._words.isdisjoint(words):
                return False
        return self.search(" ".join(text.split())) is not None


# "Ya sabías que tenemos canal de Telegram?": the phrases may stand anywhere in a short paragraph.
# Built on the first paragraph asked: its trie and their compilation are ~40% of this module's import
# (the command's first page), and a text with no prose above its last short lines never asks (14 of
# the first 40 WCXB dev chromium copies).
@lru_cache(maxsize=1)
def _closing_promo_search() -> _PhraseSearch:
    return _PhraseSearch(lambda concept: concept.closes_article)


_PLATFORM = re.compile(rf"(?<![^\W_])(?:{'|'.join(phrase_pattern(name) for name in PLATFORM_NAMES)})(?![^\W_])",
                       re.IGNORECASE)


def closing_promo(text: str) -> bool:
    """Whether a paragraph says one of the phrases of the site's invitations (its app, channel,
    newsletter, letters page) or names two of the services it is followed on; end_matter.py reads
    it as such only when it is short (CLOSING_PROMO_MAX_WORDS, counted as signals.word_count counts
    Chinese and Japanese)."""
    if _closing_promo_search().says(text):
        return True
    named = {match.lower() for match in _PLATFORM.findall(" ".join(text.split()))}
    return len(named) >= CLOSING_PROMO_MIN_PLATFORMS


# "To view the full story, please subscribe ...": a paywall's phrases may stand anywhere in a short paragraph.
_CUTTING = _PhraseSearch(lambda concept: concept.cuts_article)


def cuts_article(text: str) -> bool:
    """Whether a paragraph says a phrase of a box that stops the article where it stands (a paywall's
    prompt: "Möchten Sie weiterlesen?", "Réservé aux abonnés"); end_matter.py reads it as such only
    when it is short."""
    return _CUTTING.says(text)


# "Did you like this article? You can buy me a coffee.": a plea's phrases may stand anywhere in a short paragraph.
_SUPPORT_APPEAL = _PhraseSearch(lambda concept: concept.name == "support_appeal")


def appeals_for_support(text: str) -> bool:
    """Whether a paragraph says a phrase of a plea for money (a donation, a tip, a patron platform);
    end_matter.py reads it as such only when it is short and little prose follows it."""
    return _SUPPORT_APPEAL.says(text)


# A site's notice (the concepts flagged `site_notice`: an affiliate disclosure, "Für Links auf dieser
# Seite erhält CHIP ggf. eine Provision vom Händler"; a form's consent; a comment form's sign-in prompt; a
# newsletter's pitch): the phrases may stand anywhere in the line (_LETTER_NOT_CJK around them).


# Compiled when a line first holds a stem: most pages have no notice, and the CLI's start spares its ~10 ms.
@lru_cache(maxsize=1)
def _site_notice_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?<!{_LETTER_NOT_CJK})(?:{_alternation(lambda concept: concept.site_notice)})(?!{_LETTER_NOT_CJK})",
        re.IGNORECASE,
    )


def holds_any(text: str, pieces: tuple[str, ...]) -> bool:
    """Whether one of the pieces stands in the text (signals.holds_any). A plain loop: any() over a
    generator costs twice as much, and this is asked of every class string and itemprop of a page."""
    for piece in pieces:
        if piece in text:
            return True
    return False


# The gate of site_notice: whether a line holds one of the stems where a word begins (after what may stand
# before a phrase: a phrase's first word begins so, and every phrase holds a stem at one of its words'
# starts, tests/test_vocabulary.py). One search of their trie, asked of a line with a space before it
# (its first word then begins so too): the search tries the trie only after a space or a mark, where
# tried at every letter (nearly all of them begin a stem) it cost twice as much; nearly every line holds none.
_SITE_NOTICE_STEM = re.compile(
    _BEFORE_A_PHRASE + "(?:" + trie_source([re.escape(char) for char in stem] for stem in SITE_NOTICE_STEMS) + ")")


def site_notice(key: str) -> str | None:
    """The phrase of a site's notice (an affiliate disclosure, a form's consent: concepts flagged
    `site_notice`) that a normalised line says, or None.
    Asked of lines up to a furniture sentence's length (signals.boilerplate_reason)."""
    if _SITE_NOTICE_STEM.search(" " + key) is None:
        return None
    match = _site_notice_pattern().search(key)
    return match.group(0) if match else None


# Labels of a table of contents: the headline chooser reads one under a candidate as a sign
# of the article's head (classify/headline.py).
CONTENTS_LABELS = concept_lines("contents")
# Every language's byline labels as whole lines ("by", "von", "written by"): the headline chooser
# reads a role or a byline opening with one (classify/headline.py), the raw region a label alone
# over an author's name (text/region.py).
BYLINE_LABELS = concept_lines("byline_label")


def _paging_words(key: str) -> bool:
    """A pager's line: two or three navigation words side by side ("vorheriges weiter", "« previous next »")."""
    # Asked of every line up to a paragraph's length: stop at the first word that is no
    # navigation word (nearly always the first, read before the line is split), or at the fourth.
    first = key.partition(" ")[0]
    if (first.isalnum() or any(char.isalnum() for char in first)) and _FURNITURE_LINES.get(first) != "navigation":
        return False
    count = 0
    for word in key.split(" "):
        # (word.isalnum() first: one C call answers for nearly every first word)
        if not (word.isalnum() or any(char.isalnum() for char in word)):
            continue  # punctuation between the words ("«", "|")
        if _FURNITURE_LINES.get(word) != "navigation" or count == 3:
            return False
        count += 1
    return count >= 2


# "Zur Hauptnavigation springen Zur Suche springen Zum Inhalt springen": a page's skip links, which a
# browser's copy glues on one line. Runs of the multi-word navigation phrases only (single words side
# by side are a pager's, above): "Skip to main content Skip to footer", "Open menu Close menu" on some
# twenty WCXB sites' copies, and the German run that a tune2 page (ekbo.de) took for its headline.
_NAVIGATION_PHRASES = tuple(sorted(
    (line for line, concept in _FURNITURE_LINES.items() if concept == "navigation" and " " in line),
    key=len, reverse=True))
_NAVIGATION_FIRST_WORDS = frozenset(phrase.partition(" ")[0] for phrase in _NAVIGATION_PHRASES)
_NAVIGATION_RUN_MAX_CHARS = 160


@lru_cache(maxsize=1)
def _navigation_run_pattern() -> re.Pattern[str]:
    phrases = "|".join(re.escape(phrase) for phrase in _NAVIGATION_PHRASES)
    return re.compile(rf"(?:(?:{phrases})(?: |$)){{2,4}}")


def _navigation_run(key: str) -> bool:
    """A line of two to four multi-word navigation phrases and nothing else (skip links glued)."""
    if len(key) > _NAVIGATION_RUN_MAX_CHARS or key.partition(" ")[0] not in _NAVIGATION_FIRST_WORDS:
        return False
    return _navigation_run_pattern().fullmatch(key) is not None


def _uncounted(key: str) -> str:
    """The label without a count before or after it: "12 comments", "kommentare (3)", "kommentare(3)"."""
    words = key.split(" ")
    if len(words) > 1 and words[0].isdigit():
        words = words[1:]
    last = words[-1]
    if len(words) > 1 and last.strip("()").isdigit():
        words = words[:-1]
    elif "(" in last:  # normalising may have taken the closing bracket off the line's edge
        label, _, count = last.rstrip(")").rpartition("(")
        if label and count.isdigit():
            words[-1] = label
    return " ".join(words)


def _may_hold_count(key: str) -> bool:
    """Whether `_uncounted` can take anything off the line: a first word of digits, a last one
    ending in a digit or a bracket, or a bracket in it. (Most lines hold none: nothing to split.)"""
    return bool(key) and (key[0].isdigit() or key[-1].isdigit() or key[-1] in "()" or "(" in key)


def furniture_line(key: str) -> str | None:
    """The concept a whole normalised line says when it is furniture ("share", "comments" ...), or None."""
    concept = _FURNITURE_LINES.get(key)
    if concept is not None:
        return concept
    if _paging_words(key) or _navigation_run(key):
        return "navigation"
    if _may_hold_count(key) and _FURNITURE_LINES.get(_uncounted(key)) == "comments":
        return "comments"  # "Vos réactions (11)", "12 Kommentare": the section's header with its count
    if len(key) > text_rules.BOILERPLATE_PATTERN_MAX_CHARS:
        return None
    if ":" in key and _TEASER.match(key):
        return "read_also"
    for concept, pattern in _FURNITURE_NAMED_ITEMS:  # (a loop, not next() over a generator: asked of every line)
        if pattern.match(key):
            return concept
    return None


# "See all 12 reviews", "Alle Artikel anzeigen": a whole normalised line of the `whole_list` concept.
_WHOLE_LIST_LINK = re.compile(rf"^(?:{concept_alternation('whole_list')})$", re.IGNORECASE)


def links_to_whole_list(key: str) -> bool:
    """Whether a whole normalised line is a list's link to all of it, its name or count after it
    ("See all 12 reviews", "View all products >>"; the `whole_list` concept): text/region.py asks it
    of the raw run's lines only."""
    return len(key) <= text_rules.BOILERPLATE_PATTERN_MAX_CHARS and _WHOLE_LIST_LINK.match(key) is not None


# The concepts furniture_line can say without a whole line's entry: the pager's and the skip links'
# ("navigation"), a header with its count ("comments"), a teaser label ("read_also"), a named label's.
# Any other concept is said by the table of whole lines alone (`says_furniture`).
_CONCEPTS_BEYOND_LINES = frozenset({"navigation", "comments", "read_also", *_FURNITURE_NAMED})


def says_furniture(key: str, concept: str) -> bool:
    """Whether furniture_line(key) is `concept`: for a concept only whole lines say ("tags", "legal"),
    one look-up in their table, sparing the pager's, the count's and the named labels' tests that
    furniture_line runs on every line no entry names (the raw region asks it of 50,000 lines of a
    hostile text). The same answer as furniture_line's: an entry wins over every test there too."""
    if concept not in _CONCEPTS_BEYOND_LINES:
        return _FURNITURE_LINES.get(key) == concept
    return furniture_line(key) == concept


# Asked of every short line by the end matter finder, the raw region finder and the key-point boxes,
# about twice each (29,809 asks of 14,163 lines on 111 WCXB fit raw texts): memoised, a page's worth.
@lru_cache(maxsize=PAGE_MEMO)
def end_matter_concept(key: str) -> str | None:
    """The concept of end matter a normalised label names ("related", "comments", "sources" ...), or None."""
    if not key or not _END_MATTER.match(key):
        return None
    return _END_MATTER_CONCEPTS.get(key, "more_from")


def is_meta_label(key: str) -> bool:
    """Whether a normalised line only labels the byline or date below it ("written by", "veröffentlicht am"),
    also with its word's ending in brackets ("author(s", "autor(en": rules.text LABEL_ENDING)."""
    return key in _META_LABELS or ("(" in key and _without_label_ending(key) in _META_LABELS)


def meta_label_opener(word: str) -> bool:
    """Whether a normalised word, its colon aside, is the first word of a byline or date label: a
    line that opens with a label ("Written by: Jane", "Autor: Jane") opens with one, also with its
    ending in brackets ("author(s):", "auteur(e)s"), as is_meta_label reads it."""
    word = word.removesuffix(":")
    return word in _META_LABEL_OPENERS or (
        "(" in word and _without_label_ending(word).removesuffix(":") in _META_LABEL_OPENERS)


def _without_label_ending(key: str) -> str:
    """A label's word without its plural or gender ending in brackets: the one reading of is_meta_label
    and meta_label_opener."""
    return text_rules.LABEL_ENDING.sub("", key)


# Every language's labels of a key-point box, as whole normalised lines.
_KEY_POINT_LABELS = frozenset(
    line for table in TABLES.values() for phrase in table.get("key_points", ()) for line in expand(phrase)
)


def key_point_label(key: str) -> bool:
    """Whether a normalised line is a key-point box's label in any language ("key takeaways", "en bref")."""
    return key in _KEY_POINT_LABELS


def furniture_phrases() -> dict[str, str]:
    """{line: concept} of every whole-line furniture phrase, for benchmarks/rule_hits.py."""
    return dict(_FURNITURE_LINES)
