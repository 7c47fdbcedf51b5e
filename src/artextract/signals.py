"""What a single block of text says about itself, from its words alone.

Pure predicates over strings, used by the shared classifier and by both
pipelines. The knowledge (phrases, patterns, thresholds) is in `rules.text`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

from . import vocabulary
# Whether one of the pieces stands in the text: written in vocabulary, below signals, where site_notice asks
# it too (signals imports vocabulary), and a signal of its own to the readers of class strings.
from .vocabulary import holds_any as holds_any
from .vocabulary import FOLDED_LETTER, IGNORECASE_FOLDS, PAGE_MEMO
from .rules import text as rules
from .rules.language import LETTER_COUNTED_RE, UNSPACED_CHAR_RE, is_combining_mark, letter_words

# The furniture patterns that may begin anywhere in a line's first words run only on lines holding
# their words (rules.BOILERPLATE_GATES).
_GATED = tuple((index, words, rules.BOILERPLATE_PATTERNS[index]) for index, words in rules.BOILERPLATE_GATES.items())
# The other patterns anchored at the start, in order.
_ANCHORED = tuple((index, pattern) for index, pattern in enumerate(rules.BOILERPLATE_PATTERNS)
                  if pattern.pattern.startswith("^") and index not in rules.BOILERPLATE_GATES)


def _plain(pattern: str) -> str:
    """The pattern with each capturing group made non-capturing: at each alternative it tries, the
    engine saves and restores the marks of every group, and a prefilter needs none."""
    out: list[str] = []
    escaped, class_start = False, -1  # class_start: where the character class being read opened
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif class_start >= 0:
            # "]" right after "[" or "[^" is a member, not the end
            if char == "]" and index > class_start + 1 + pattern.startswith("^", class_start + 1):
                class_start = -1
        elif char == "[":
            class_start = index
        elif char == "(" and not pattern.startswith("?", index + 1):
            char = "(?:"
        out.append(char)
    return "".join(out)


# The anchored patterns in one alternation, a prefilter matched case-sensitively against the
# (lower-case) normalised line: an alternative whose first letter differs is then skipped at
# once, where IGNORECASE tries each, and without groups nothing is saved for it. The line and the
# prefilter are folded alike (vocabulary.IGNORECASE_FOLDS: the lower-case letters IGNORECASE equates
# to another), so a pattern's Greek or Cyrillic words (sharing prompts, post filings) are found as
# IGNORECASE finds them; a line holding none of those letters (vocabulary.FOLDED_LETTER) is matched as it is.
_ANCHORED_ANY = re.compile("|".join(_plain(pattern.pattern[1:]).translate(IGNORECASE_FOLDS) for _, pattern in _ANCHORED))
_UNANCHORED_BOILERPLATE = tuple(pattern for pattern in rules.BOILERPLATE_PATTERNS if not pattern.pattern.startswith("^"))
_EDGE_PUNCT = " \t\"'“”‘’«»()[]{}<>|:;,.!?·•-–—_*#/\\"
_LETTERS = re.compile(r"[^\W\d_]+")
_HAS_WORD = re.compile(r"\w")
_FIGURE = re.compile(r"\d")
# A word: a run of word characters, joined to the next run by one of ’ ' . - ("don't", "U.S.", "e-mail",
# "3.5"). What word_count counts (without this pattern: tests/test_signals.py compares the two).
_WORD = re.compile(r"\w+(?:[’'.-]\w+)*")
# Zero-width characters, the soft hyphen and the direction marks (left-to-right/right-to-left
# marks, isolates: sites put them around names and figures' captions): not shown, and not
# white space to str.split().
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u2066\u2067\u2068\u2069"
# The stages of one page ask the same predicates of the same texts (region
# finder, classifier phases, assembler), so the pure results are memoised, a
# whole page's worth each (vocabulary.PAGE_MEMO); `forget_page()` empties the
# memos after each page, so a long batch keeps no earlier page's texts alive.
# ... twice that for the predicates asked in two forms of a line: word_count of the text and of its
# normalised key, is_prose with and without the count, split_credit with and without require_label
# (at 50,000 lines, one memo of 65,536 evicted each line before its second form was asked again).
_PAGE_MEMO_TWO_FORMS = 2 * PAGE_MEMO


def forget_page() -> None:
    """Empty the per-page memos (called once a page is extracted)."""
    for memo in _MEMOS:
        memo.cache_clear()


def clean_text(text: str) -> str:
    """One line of display text: invisible characters gone, spaces folded."""
    if not text:
        return text  # most flushed runs of inline text are empty
    # Most lines are printable with single spaces, and printable text holds no white space but the
    # ASCII space and none of the invisible characters (they are all format or separator characters;
    # tests/test_signals.py checks both): only the spaces at its edges go. (One scan, no new list.)
    if text.isprintable() and "  " not in text:
        return text.strip(" ")
    # None of the invisible characters is ASCII, and most text is. A substring test per
    # character is ten times cheaper than str.translate, which looks up every character.
    if not text.isascii():
        for char in _INVISIBLE:
            if char in text:
                text = text.replace(char, "")
    # str.split() cuts at the characters regex \s matches (no-break, thin and ideographic
    # spaces too); folding with it is several times cheaper than a substitution.
    return " ".join(text.split())


# Phrase tables are asked about the same block by the region finder, the
# classifier's phases and the assembler: the pure result is memoised per text.
@lru_cache(maxsize=PAGE_MEMO)
def normalise(text: str) -> str:
    """The form phrase lists are written in: lowercase, folded spaces, no edge punctuation."""
    folded = unicodedata.normalize("NFKC", text).lower()
    # A printable line with no two spaces side by side holds no white space but single ASCII spaces
    # (see clean_text), and the edge strip takes those off its ends: nothing is left to fold. (Most
    # lines: the HTML blocks are clean_text's already; splitting and joining them cost a third.)
    if folded.isprintable() and "  " not in folded:
        return folded.strip(_EDGE_PUNCT)
    return " ".join(folded.split()).strip(_EDGE_PUNCT).strip()


def caseless(text: str) -> str:
    """The text with its spaces and its case folded (punctuation kept, unlike `normalise`): the one form
    two strings are compared in "case and spacing aside" (a name against the page's text, a line
    against the headline, a meta value against the page's titles)."""
    return " ".join(text.split()).casefold()


# The region finder, the classifier and the assembler each ask for the words of
# the same blocks; a small memo of this pure count saves the repeated scans.
@lru_cache(maxsize=_PAGE_MEMO_TWO_FORMS)
def word_count(text: str) -> int:
    """How many _WORD matches the text holds (count_words with its parts joined): the count every threshold reads."""
    return count_words(text)


def count_words(text: str, joined: bool = True) -> int:
    """The project's one word counter: how many _WORD matches the text holds, or with `joined` false
    how many runs of word characters (regex \\w+: "don't" two words, the article's word_count), each
    character of an unspaced script counted as a word, Thai, Lao, Khmer and Myanmar by their letters
    (rules.language.letter_words), a combining mark part of the word it follows.

    Counted on the text's classes, one byte a character (see _WORD_CLASSES), with byte-pair counts:
    a regex match costs ~1,500 instructions (a string made of each word), and this count ran on
    every block of every page (~5% of an extraction); the pairs cost a third of that."""
    if text.isascii():
        classes = text.encode("ascii").translate(_WORD_CLASSES)
        others = 0
    else:
        classes = _classes(text)
        classes, others = _count_others(classes)
    # A run of word characters ("a") begins after a space or a joiner ("j"), or at the start; a word
    # begins at each run not joined to the run before it by one joiner.
    runs = classes.count(b" a") + classes.count(b"ja") + classes.startswith(b"a")
    if not joined:
        return others + runs
    joins = classes.count(b"aj") - classes.count(b"aj ") - classes.count(b"ajj") - classes.endswith(b"aj")
    return others + runs - joins


def _classes(text: str) -> bytes:
    """The class of each character of a text that is not all ASCII, one byte each (see _WORD_CLASSES)."""
    # U+0080-U+0082: their Latin-1 bytes stand for the classes the error handler writes (_OTHER_WRITTEN).
    if "\x80" in text or "\x81" in text or "\x82" in text:
        return text.encode("ascii", _CLASS_OF_OTHERS).translate(_WORD_CLASSES)
    # Latin-1 writes the accented letters of most European text as one byte each, classed by
    # the table in C: the encoder's error handler (a Python call, and an exception object, for
    # each run of other characters) is called only for the characters past U+00FF.
    return text.encode("latin-1", _CLASS_OF_OTHERS).translate(_LATIN_WORD_CLASSES)


def _count_others(classes: bytes) -> tuple[bytes, int]:
    """The words of the unspaced scripts' characters ("u") and of the letters counted ("t": Thai,
    Lao, Khmer, Myanmar), and the classes left to count the spaced words on: those characters made spaces, each combining mark
    ("m") a word character where it follows one and a space where it would start a word."""
    unspaced = classes.count(b"u")
    if unspaced:
        classes = classes.replace(b"u", b" ")
    letters = classes.count(b"t")
    if letters:
        classes = classes.replace(b"t", b" ")
    if b"m" in classes:
        classes = _LONE_MARKS.sub(b" ", classes).replace(b"m", b"a")
    return classes, unspaced + letter_words(letters)


def _word_class(char: str) -> str:
    """What word_count reads a character as: "a" a word character (regex \\w: what str.isalnum
    says, or "_"), "j" a joiner of a word's parts, "u" a character of an unspaced script, "t" a letter
    counted by letters (Thai, Lao, Khmer, Myanmar), "m" a combining mark, " " any other."""
    # Chinese and Japanese write no spaces between words: each ideograph or kana counts as a word
    # there, so that thresholds in words ("a paragraph of 8 words", "100 words of prose before a
    # label") hold for them too. Korean spaces its words.
    if UNSPACED_CHAR_RE.match(char):
        return "u"
    if LETTER_COUNTED_RE.match(char):
        return "t"
    if char in "’'.-":
        return "j"
    if char.isalnum() or char == "_":
        return "a"
    return "m" if is_combining_mark(char) else " "


# A run of combining marks that follows no word character (rules.language.is_combining_mark): it starts no word.
_LONE_MARKS = re.compile(rb"(?<![am])m+")


# The bytes of the classes: every ASCII byte's own class, and 0x80-0x82 the classes without an ASCII
# character of their own. `encode` writes each other character as an ASCII character of its class
# ("a", "'", " ") or as one of those bytes (_OTHER_WRITTEN).
_OTHER_WRITTEN = {"a": "a", "j": "'", " ": " ", "u": "\x80", "m": "\x81", "t": "\x82"}
_CLASS_OF_BYTE = {ord(written): word_class for word_class, written in _OTHER_WRITTEN.items()}
_WORD_CLASSES = bytes(ord(_word_class(chr(code))) if code < 128 else ord(_CLASS_OF_BYTE.get(code, " "))
                      for code in range(256))
# The same for text encoded as Latin-1: the bytes 0x83-0xFF are the characters U+0083-U+00FF, each
# of its own class; 0x80-0x82 are still what the handler writes (word_count takes the ASCII table for
# a text that holds one of U+0080-U+0082 itself).
_LATIN_WORD_CLASSES = _WORD_CLASSES[:0x83] + bytes(ord(_word_class(chr(code))) for code in range(0x83, 256))


class _OtherClasses(dict):
    """{code point: what encode writes for it} of the non-ASCII characters met, filled as they
    come (a few thousand at most on real pages; past _MAX_OTHER_CLASSES they are classed each time)."""

    def __missing__(self, code: int) -> str:
        found = _OTHER_WRITTEN[_word_class(chr(code))]
        if len(self) < _MAX_OTHER_CLASSES:
            self[code] = found
        return found


_MAX_OTHER_CLASSES = 1 << 16
_OTHER_CLASSES = _OtherClasses()


def _classes_of_others(error: UnicodeEncodeError) -> tuple[bytes, int]:
    """The encoder's error handler: the classes of a run of non-ASCII characters."""
    return error.object[error.start:error.end].translate(_OTHER_CLASSES).encode("latin-1"), error.end


_CLASS_OF_OTHERS = "artextract.word-classes"
codecs.register_error(_CLASS_OF_OTHERS, _classes_of_others)


# The region finder asks of every block twice, the classifier again: the verdict is memoised.
@lru_cache(maxsize=PAGE_MEMO)
def boilerplate_reason(text: str) -> str | None:
    """Why this block is page furniture, or None if it may be content."""
    if len(text) > rules.BOILERPLATE_PATTERN_MAX_CHARS * 2:
        # Longer than any furniture phrase or pattern: only an empty line of
        # punctuation, or a site's notice by its opening sentence, could still be furniture.
        return _opening_notice(text) if _HAS_WORD.search(text) else "no words"
    key = normalise(text)
    if not key:
        return "no words"
    if key in rules.BOILERPLATE_LINES:
        return f"boilerplate phrase '{key}'"
    concept = vocabulary.furniture_line(key)
    if concept is not None:
        return f"{concept} phrase '{key}'"
    if len(key) > rules.BOILERPLATE_PATTERN_MAX_CHARS:
        return _opening_notice(text)
    index = _first_pattern(key)
    if index is not None:
        return f"boilerplate pattern /{rules.BOILERPLATE_PATTERNS[index].pattern[:40]}/"
    for pattern in _UNANCHORED_BOILERPLATE:
        if pattern.search(key):
            return f"boilerplate pattern /{pattern.pattern[:40]}/"
    notice = vocabulary.site_notice(key)
    return f"site notice phrase '{notice}'" if notice else None


def glued_furniture_reason(text: str) -> str | None:
    """Why a line is furniture glued from several controls ("Share onFacebook"), or None: the line
    cut at some of its seams of a lower-case letter followed by a capital gives two or more pieces,
    each a furniture line (`boilerplate_reason`; the whole line is no piece: it is asked that first).
    Only the furniture test reads the pieces: a kept line is kept whole."""
    if len(text) > rules.BOILERPLATE_PATTERN_MAX_CHARS:
        return None
    seams = _case_seams(text)
    if not seams or len(seams) > rules.GLUED_FURNITURE_MAX_SEAMS:
        return None
    cuts = [0, *seams, len(text)]
    # reach[j]: the line up to cuts[j] splits into furniture pieces (reach[0]: the empty start)
    reach = [True] + [False] * (len(cuts) - 1)
    for end in range(1, len(cuts)):
        reach[end] = any(reach[begin] and (begin, end) != (0, len(cuts) - 1)
                         and boilerplate_reason(text[cuts[begin]:cuts[end]]) is not None for begin in range(end))
    return "furniture pieces glued at a case seam" if reach[-1] else None


# The capitals of ASCII text, where [A-Z] and [a-z] are what isupper() and islower() say of a character:
# found by a search in C, only they have their left neighbour looked at (a Python loop over every
# character of every line of a raw copy's run took about 2% of the raw-text extraction's time).
_ASCII_CAPITAL = re.compile(r"[A-Z]")


def _case_seams(text: str) -> list[int]:
    """Where a lower-case letter is followed by a capital: the index of each capital."""
    if text.isascii():
        return [match.start() for match in _ASCII_CAPITAL.finditer(text, 1) if "a" <= text[match.start() - 1] <= "z"]
    return [index for index in range(1, len(text)) if text[index].isupper() and text[index - 1].islower()]


def _opening_notice(text: str) -> str | None:
    """Why a line too long for the furniture patterns is a site's notice, or None: its opening sentence,
    within the patterns' limit, says a site notice's phrase (rules.OPENING_SENTENCE_END). Only the
    opening is read: an article's long paragraph may mention a commission or a form further on."""
    opening = text.lstrip()[:rules.BOILERPLATE_PATTERN_MAX_CHARS + 2]
    end = rules.OPENING_SENTENCE_END.search(opening)
    if end is None:
        return None
    notice = vocabulary.site_notice(normalise(opening[:end.start() + 1]))
    return f"site notice phrase '{notice}' opening a long notice" if notice else None


def _first_pattern(key: str) -> int | None:
    """The index of the first anchored furniture pattern the normalised line matches, as one
    alternation of all would find it."""
    found = None
    folded = not key.isascii() and FOLDED_LETTER.search(key) is not None
    if _ANCHORED_ANY.match(key.translate(IGNORECASE_FOLDS) if folded else key):
        found = next((index for index, pattern in _ANCHORED if pattern.match(key)), None)
    for index, words, pattern in _GATED:
        if found is not None and index > found:
            break
        for word in words:  # (a loop, not any(): asked of every line)
            if word in key:
                if pattern.match(key):
                    return index
                break
    return found


# Asked of the same blocks by the edge finder, end matter, the page kind and the
# classifier (tens of thousands of calls a page set): memoised per text.
@lru_cache(maxsize=_PAGE_MEMO_TWO_FORMS)
def is_prose(text: str, words: int | None = None) -> bool:
    """Reads as running sentences: what body paragraphs are made of (`words`: its word count, if known)."""
    if words is None:
        words = word_count(text)
    if words >= rules.PROSE_LONG_WORDS:
        # Long lines with hardly a comma or full stop are lists (tags, places, keywords).
        marks = sentence_marks(text)
        if marks < words * rules.PROSE_MIN_MARKS_PER_WORD:
            return False
        # ... and so is a row of menu labels in Title Case that a stray comma ("Sex, Dating &
        # Relationships") lifted over that bar: sentences have lower-case words between names.
        return not (marks < words * rules.PROSE_TITLED_LIST_MAX_MARKS_PER_WORD and _titled_list(text))
    return words >= rules.PROSE_MIN_WORDS and (
        rules.SENTENCE_END.search(text) is not None or _thai_sentence(text, words))


def _thai_sentence(text: str, words: int) -> bool:
    """A line of Thai or Lao that ends as a sentence does: they write no full stop (the last word ends it),
    and a space parts its clauses; clauses of THAI_CLAUSE_MIN_WORDS words on average, where a menu's
    or a tag row's spaces part a label or two each (rules.THAI_LAO_LINE_END)."""
    if text.isascii() or rules.THAI_LAO_LINE_END.search(text) is None:
        return False
    breaks = len(rules.THAI_LAO_PHRASE_BREAK.findall(text))
    return breaks > 0 and words >= rules.THAI_CLAUSE_MIN_WORDS * (breaks + 1)


def sentence_marks(text: str) -> int:
    """How many commas, full stops and other marks part the text's sentences (rules.SENTENCE_MARKS),
    with the spaces that part Thai and Lao phrases (rules.THAI_LAO_PHRASE_BREAK)."""
    marks = len(rules.SENTENCE_MARKS.findall(text))
    if not text.isascii() and rules.THAI_LAO_CHAR.search(text):
        marks += len(rules.THAI_LAO_PHRASE_BREAK.findall(text))
    return marks


def _titled_list(text: str) -> bool:
    """Every longer word capitalised, and nearly every short one: a row of labels. German prose
    capitalises its nouns but not its articles and prepositions ("der", "für", "und")."""
    words = _LETTERS.findall(text)  # (one scan for both tests: title_case_share would make its own)
    longer = [word for word in words if len(word) >= 4]
    if not longer or not all(word[0].isupper() for word in longer):
        return False
    return sum(word[0].isupper() for word in words) >= rules.PROSE_TITLED_LIST_MIN_CAPITALS * len(words)


def is_section_label(text: str) -> bool:
    """A kicker or section name in capitals ("SPEEDREAD", "WORLD NEWS")."""
    return word_count(text) <= 3 and bool(rules.SECTION_LABEL.match(text)) and any(c.isalpha() for c in text)


def is_headline_shaped(text: str) -> bool:
    if len(text) > rules.HEADLINE_MAX_CHARS:
        return False
    words = word_count(text)
    if not rules.HEADLINE_MIN_WORDS <= words <= rules.HEADLINE_MAX_WORDS:
        return False
    if is_section_label(text):
        return False
    return not (text.endswith(".") and not text.endswith("...") and words > 12)


# The headline chooser asks it of each line beside every candidate, the classifier's head
# furniture again: memoised per text.
@lru_cache(maxsize=PAGE_MEMO)
def is_person_name(text: str) -> bool:
    """A line that is just a name, as bylines print it under a headline."""
    return bool(rules.PERSON_NAME.match(text)) and not any(ch.isdigit() for ch in text)


def content_words(text: str) -> set[str]:
    """The longer words of a text, lowercased: what two texts about the same thing share."""
    return {word.lower() for word in _LETTERS.findall(text) if len(word) >= rules.CONTENT_WORD_MIN_LETTERS}


def has_glued_words(text: str) -> bool:
    """Words run together by a copy that lost the spaces between links ("LoginGet Started")."""
    return bool(rules.GLUED_WORDS.search(text))


def title_case_share(text: str) -> float:
    """Share of the longer words (4+ letters) that start with a capital: headlines are often Title Case."""
    words = [word for word in _LETTERS.findall(text) if len(word) >= 4]
    if not words:
        return 0.0
    return sum(word[0].isupper() for word in words) / len(words)


def _relative_date(key: str) -> bool:
    """Whether a normalised line is a relative date, alone or with a date's label ("vor 2 stunden",
    "publiziert vor einer stunde", "vor 6 tagen veröffentlicht"), and no other words ("indizes vor 4 tagen")."""
    if not _may_hold_relative_date(key):
        return False
    found = rules.RELATIVE_DATE.search(key)
    if found is None:
        return False
    before, after = key[: found.start()].strip(" :"), key[found.end() :].strip(" :")
    return all(not part or vocabulary.is_meta_label(part) for part in (before, after))


def _may_hold_relative_date(key: str) -> bool:
    """Whether a normalised line holds a word or a character every relative date of its form holds
    (rules.RELATIVE_DATE_WORDS, RELATIVE_DATE_GLUED_ENDS): if not, RELATIVE_DATE cannot match."""
    return holds_any(key, rules.RELATIVE_DATE_GLUED_ENDS) or not rules.RELATIVE_DATE_WORDS.isdisjoint(key.split(" "))


# The classifier's date test (classify/lines.py is_date_line) asks it of every short line, each four
# times or more on a raw text (60,813 asks of 13,469 lines on 111 WCXB fit texts): memoised per text.
@lru_cache(maxsize=PAGE_MEMO)
def is_short_date(text: str) -> bool:
    """A date the date parser leaves alone: no year ("Mar 6"), relative ("3 days ago", "vor 2 Stunden") or all
    figures ("06.18.2025")."""
    if len(text) > rules.META_LINE_MAX_CHARS:
        return False
    key = normalise(text)
    # A relative date may write its count out in any language ("vor einer Stunde", "il y a une heure").
    if _relative_date(key):
        return True
    # Both patterns below need a figure, or "ago" ("a day ago"): most lines hold neither, and skip them.
    if "ago" not in key and _FIGURE.search(key) is None:
        return False
    # NUMERIC_DATE joins its figures with a dot or a slash: a line with neither skips it.
    return bool(rules.SHORT_DATE.match(key) or (("." in key or "/" in key) and rules.NUMERIC_DATE.match(key)))


# Asked of each line within a few lines of every headline candidate (meta_below, meta_above,
# dated_below), and by the classifier's phases: memoised per text.
@lru_cache(maxsize=PAGE_MEMO)
def is_meta_line(text: str) -> bool:
    """A line that only frames article metadata: "Written by", "5 min read", "Mar 6"."""
    if len(text) > rules.META_LINE_MAX_CHARS:
        return False
    key = normalise(text)
    return (vocabulary.is_meta_label(key) or bool(rules.READ_TIME.match(key)) or bool(rules.SHORT_DATE.match(key))
            or _relative_date(key))


# Asked of every block above the body and again by the key-point box finder.
@lru_cache(maxsize=PAGE_MEMO)
def is_key_point_label(text: str) -> bool:
    """A line that only names a key-point box: "Key takeaways", "TL;DR:", "Expand for key takeaways"."""
    key = normalise(text)
    if vocabulary.key_point_label(key):
        return True
    # The figures first: a C loop (map) where the count of the lower-cased key would be counted
    # afresh (its memo holds the line's own text), and a numbered line needs no count.
    if any(map(str.isdigit, key)) or word_count(key) > rules.KEY_POINT_LABEL_MAX_WORDS:
        return False
    return bool(rules.KEY_POINT_LABEL_PATTERN.search(key))


def sentence_count(text: str) -> int:
    """Sentences in a text, by their ends ("Prices fell. Rents rose." -> 2)."""
    return len(rules.SENTENCE_BREAK.findall(text.strip())) + 1


def opens_with_key_point_label(text: str) -> bool:
    """A line that starts with a key-point label and goes on ("Key Takeaways: Simple Ways to Cut Waste")."""
    return rules.KEY_POINT_INLINE_LABEL.match(text.strip()) is not None


def inline_key_point(text: str) -> str | None:
    """The point of a line opened by its own key-point label ("TL;DR: Prices fall." -> "Prices fall."), else None."""
    match = rules.KEY_POINT_INLINE_LABEL.match(text.strip())
    if not match:
        return None
    point = match.group("point").strip()
    # A point is a sentence: "TL;DR: What Is The Best Platform?" titles a section instead.
    return point if is_prose(point) and not point.endswith("?") else None


def split_bullet(line: str) -> tuple[str | None, str]:
    """("•", "text") for a bulleted line, (None, line) otherwise."""
    match = rules.BULLET.match(line)
    if not match:
        return None, line
    return match.group("mark"), match.group("text")


# The patterns of rules.CREDIT_SUFFIXES are anchored at the end but searched from every
# position, and a block is a caption only now and then: each pattern is searched only in
# a text that holds what it needs, and only near the end. A match is at most ~100
# characters where white space comes in single spaces (labels of 12 and credits of 80
# at most; tests/test_signals.py measures the patterns), so in such a text the search
# starts this far before the end and finds the same leftmost match.
_CREDIT_TAIL = 160


def _credit_searches(text: str) -> tuple[int, tuple[bool, ...]]:
    """Where the credit searches start, and which of rules.CREDIT_SUFFIXES (in order) can
    match at all: each needs a literal in the text (keep in step with the patterns; the
    letters in these have no other case-insensitive forms, so lower() finds them all)."""
    single_spaced = text.isprintable() and "  " not in text  # (isprintable: no other white space)
    start = max(0, len(text) - _CREDIT_TAIL) if single_spaced else 0
    tail = text[start:].lower()
    slash = "/" in tail
    # The word searches below are tried only where they can match: the courtesy and picture words after a
    # sentence's stop ([.!?], no other character under IGNORECASE), the unspaced languages' words (Chinese,
    # Japanese, Korean: none ASCII, tests/test_signals.py) in a tail not all ASCII. Each search is a scan of
    # the tail, asked of every line of a raw text and most blocks of a page: a line with no stop (a menu's,
    # a heading, a label, a hostile text's 50,000 short lines) skips two of them, an ASCII line the third.
    stop = "." in tail or "!" in tail or "?" in tail
    return start, (
        text.rstrip().endswith((")", ").")),  # "(Photo: Reuters)", "(AP)."
        (":" in tail or "by" in tail or "fot." in tail or "phot." in tail) and _may_be_labelled(text, start),
        "©" in tail or "(c)" in tail or "copyr" in tail,
        stop and rules.CREDIT_COURTESY_WORD.search(tail) is not None,  # ". Courtesy Louvre", ". Cortesía/La República"
        slash,  # "— Jane Doe/AFP"
        slash,  # ". Jane Doe/Getty Images"
        stop and rules.CREDIT_PICTURE_WORD.search(tail) is not None,  # ". Foto Jane Doe", ". Photo via X"
        not tail.isascii() and rules.CREDIT_UNSPACED_WORD.search(tail) is not None,  # "（写真：共同）", "사진=연합뉴스", "图/新华社"
    )


# The labelled credit ("Photo: Reuters", "Photo by Jane Doe", "Fot. X": rules.CREDIT_SUFFIXES[1]) enters its
# labels' alternation at every space and stop of the tail, where under IGNORECASE sre tries each of the ~80
# labels in turn (it skips an alternative by its first letter only when matching case-sensitively): 13 us a
# text holding a colon or "by" (most of the tail's colons are a time's, a list's, a title's). Its source,
# written in lower case (tests/test_signals.py), searched case-sensitively in the text's ignorecase_form
# matches where the pattern matches in the text, at a third of the cost: a text it rules out is spared the pattern.
_LABELLED_CREDIT_FORM = re.compile(rules.CREDIT_SUFFIXES[1].pattern)


def _may_be_labelled(text: str, start: int) -> bool:
    """Whether the labelled credit pattern can match in the text from `start` (see _LABELLED_CREDIT_FORM)."""
    form = vocabulary.ignorecase_form(text)
    return form is None or _LABELLED_CREDIT_FORM.search(form, start) is not None


# The classifier asks it of the same block up to four times (body paragraph,
# head furniture, head and main labels): the pure result is memoised.
@lru_cache(maxsize=_PAGE_MEMO_TWO_FORMS)
def split_credit(text: str, *, require_label: bool = False) -> tuple[str, str | None]:
    """Split a photo credit off a caption: ("Caption text.", "Reuters").

    With require_label, only explicitly labelled credits ("Photo: ...",
    "© ...", "Name/Agency") count; a bare "(Xyz)" at the end of a paragraph is
    too often an abbreviation to be trusted there.
    Blocks longer than any caption are not tried: the patterns are anchored
    at the end but searched from every position.
    """
    if len(text) > rules.CAPTION_MAX_CHARS:
        return text, None
    if require_label and split_credit(text)[1] is None:
        # Requiring a label only turns credits down: where none is found without it (nearly every
        # block), none is with it, and that answer is memoised already (the classifier asks both).
        return text, None
    start, can_match = _credit_searches(text)
    if True not in can_match:
        return text, None  # (nearly every block: no pattern can match, none is tried)
    for index, pattern in enumerate(rules.CREDIT_SUFFIXES):
        match = pattern.search(text, start) if can_match[index] else None
        if not match:
            continue
        credit = _trim_credit(rules.CREDIT_LICENCE_NOTE.sub("", match.group("credit").rstrip()))
        credit = rules.CREDIT_COURTESY.sub("", credit)
        caption = _caption_before_credit(text[: match.start()])
        said = match.group(0)
        # A label ("Foto:", "Photo by") or the © sign says "credit" outright: a lower-case brand may follow it.
        labelled = index in (1, rules.CREDIT_UNSPACED_INDEX) or (index == 2 and "copyright" not in said.lower()) or (
            index == 0 and match.groupdict().get("label") is not None)
        if not _plausible_credit(credit, labelled=labelled, shaped=index == 0):
            continue
        if index == 1 and _player_label(caption, said, credit):
            continue
        if rules.CREDIT_UNSPACED_INDEX > index >= 3 and not _described(caption):
            continue  # "CM2 - Bentancur/Sarr", "3.1. Raw Request/Response Capture": no caption's credit
        if index == 0 and said.endswith(".") and match.group("label") is None:
            continue  # only a labelled bracket stands before the full stop; "[site](https://...)." is a link
        if index == 0 and not _labelled(said) and not rules.CREDIT_STOCK_LIBRARY.search(credit):
            if require_label or not caption.endswith((".", "!", "?", "”", '"')):
                continue
        return caption, credit
    return text, None


def _described(caption: str) -> bool:
    """Whether the text before an unlabelled slash credit is a caption's description: words, not
    a section's number or an abbreviation ("3.1. Raw Request/Response Capture", "St. Lucia / XCD")."""
    return word_count(rules.CREDIT_DESCRIPTION_NUMBER.sub("", caption)) >= rules.CREDIT_DASH_MIN_WORDS


def _player_label(caption: str, said: str, credit: str) -> bool:
    """ "Play Video: <title>": a video label after a word or two, no sentence before it, is a
    player's; so is one opening the text before a title, more words than a source has and not
    a credit's shape ("VIDEO: Breast Cancer Symptoms That Aren't Lumps")."""
    if rules.CREDIT_PLAYER_LABEL.match(said) is None:
        return False
    if not caption:
        return (word_count(credit) >= rules.CREDIT_PLAYER_TITLE_MIN_WORDS
                and rules.CREDIT_ALONE_SHAPE.search(credit) is None and rules.CREDIT_PLAYER_SOURCE_OPENS.match(credit) is None)
    return not caption.endswith((".", "!", "?", ":")) and word_count(caption) <= rules.CREDIT_PLAYER_MAX_WORDS


def _caption_before_credit(text: str) -> str:
    """The description before a credit, without the separators and labels left at its end
    ("Stromnetz /", "... verunstaltet. ©", the bracket a credit opened: "Le maire (©Jean Dupont)");
    nothing when it was only the credit's labels ("Crédits")."""
    caption = text.rstrip(" |,;-–—/•·([")
    if rules.CREDIT_LABELS_ONLY.match(caption):
        return ""
    return without_label_end(caption).rstrip(" |,;-–—/•·")


# How far before a text's end a credit label or sign ending it (rules.CREDIT_LABEL_END) can begin:
# its longest match and the newline `$` may stand before (tests/test_signals.py measures the pattern).
_LABEL_END_TAIL = 32
# What the pattern's match ends with: a label's colon, the sign, the bracket closing "(c)" (none has
# another case); nearly no text ends so, and it is not searched at all.
_LABEL_END_LAST = (":", "©", ")")


def without_label_end(text: str) -> str:
    """The text without the credit label or sign that ends it ("... verunstaltet. Foto:", "... ©"),
    as rules.CREDIT_LABEL_END.sub("", text) leaves it. The pattern is anchored at the end, but a
    search tries it at every position, each of ~100 case-blind labels there (~110 us a caption of
    150 characters): it is searched only in the tail where its one match can begin (the lookbehinds
    still see the characters before it)."""
    if not text.endswith(_LABEL_END_LAST) and not text[:-1].endswith(_LABEL_END_LAST):
        return text  # (the second: `$` matches before a closing newline too)
    match = rules.CREDIT_LABEL_END.search(text, max(0, len(text) - _LABEL_END_TAIL))
    return text if match is None else text[:match.start()] + text[match.end():]


def _trim_credit(credit: str) -> str:
    """A credit without the punctuation around it, brackets kept where they pair ("Jane Doe (AP)")."""
    credit = credit.strip(" .,;:-–—")
    while credit[:1] == "(" and credit.count("(") > credit.count(")"):
        credit = credit[1:].strip()
    while credit[-1:] == ")" and credit.count(")") > credit.count("("):
        credit = credit[:-1].strip()
    return credit.strip(" .,;:-–—")


def _labelled(credit_text: str) -> bool:
    return ":" in credit_text or re.search(r"\b(photo|by|credit|image|foto)\b", credit_text, re.IGNORECASE) is not None


def _plausible_credit(credit: str, labelled: bool = False, shaped: bool = False) -> bool:
    """Whether a credit reads as a source: a few capitalised words ("Jane Doe/AFP"); after an
    explicit label ("Foto:", "©") also a lower-case brand or handle ("Foto: dietwalther/stock.adobe.com");
    `shaped` (in brackets, a standalone line): also an agency's slash or a web address
    ("(mlharing / iStock.com)", "Thea Traff, The New York Times/Redux")."""
    if not credit or normalise(credit) in rules.EMPTY_CREDITS:
        return False
    # After a label, the separators between an agency and a photographer ("Bild: picture alliance /
    # dpa | Jane Doe") are no words; unlabelled, a bar-separated run of words is a menu.
    words = [word for word in credit.split() if not (labelled and word in rules.CREDIT_SEPARATORS)]
    if len(words) > rules.CREDIT_WORDS_MAX:
        return False
    if rules.CREDIT_SOURCE.match(credit) or (shaped and rules.CREDIT_STOCK_LIBRARY.search(credit)):
        return True
    if rules.CREDIT_SENTENCE_INSIDE.search(credit) or credit.endswith(("?", "!")):
        return False
    return labelled or (shaped and bool(rules.CREDIT_AGENCY_OR_ADDRESS.search(credit)))


def is_credit_source(text: str) -> bool:
    """A line that is a source alone, without a label ("Reuters", "AFP via Getty Images",
    "Jane Doe/AFP"): the credit of the figure it stands in, beside the description."""
    if len(text) > rules.CREDIT_LINE_MAX_CHARS or text.endswith((".", ":", ";")) and not text.endswith(".com"):
        return False
    return _plausible_credit(text.strip(" ()[]"), shaped=True)


def dateline_of(text: str) -> str | None:
    """The place that opens a news story ("WASHINGTON" in "WASHINGTON – The ...")."""
    match = rules.DATELINE.match(text)
    if not match:
        return None
    place = match.group("place").strip(" ,.-")
    letters = [c for c in place if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return None
    return place


_MEMOS = (normalise, word_count, boilerplate_reason, is_prose, is_key_point_label, split_credit, is_person_name, is_meta_line,
          is_short_date, vocabulary.paragraph_words, vocabulary.end_matter_concept)
