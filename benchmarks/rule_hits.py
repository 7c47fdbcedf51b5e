"""On how many development sites each piece of furniture knowledge in src/artextract/rules/ fires.

    .venv/bin/python benchmarks/rule_hits.py                    # the report (a few minutes on 2 cores)
    .venv/bin/python benchmarks/rule_hits.py --limit 50         # the first 50 pages of each set
    .venv/bin/python benchmarks/rule_hits.py --out benchmarks/out/rule_hits.json
    .venv/bin/python benchmarks/rule_hits.py --summary          # only the short table for RESULTS.md
    .venv/bin/python benchmarks/rule_hits.py --renderings DIR   # traf-dev's text renderings counted too
    .venv/bin/python benchmarks/rule_hits.py --summary --from benchmarks/out/rule_hits.json  # no rescan

A phrase belongs in the rules only if it is furniture on at least 3 different
development sites (wcxb-dev + traf-dev + readability-pages), or if it is an
entry of a per-language table of a general concept (issue 9, step 7): the
phrases of rules/vocab/<language>.py and the class/id words of each concept
(rules/vocab CONCEPTS.markup) are such tables, reported per language and
allowed to fire little here (the development data is mostly English). Every
page's blocks are rendered as the HTML pipeline renders them (all of them,
not only the article's), and for wcxb-dev also the lines of its two text
renderings, as the raw-text pipeline splits them (for traf-dev too with
--renderings: the directory run.py's `traf --renderings` reads, whose
<rendering>/<id>.txt.gz copies hold the raw-text evidence of several phrases,
a consent placeholder's buttons among them); each block's normalised
text is tested the way the extractor tests it. Markup words count the sites
where some element has a class/id part equal to the word (or to its joined
spelling, "entrytext" for "entry-text", which the rules derive from it).

The per-language tables written as one pattern (credit labels, figure
numbers) and the credential shape are counted too (CONCEPT_PATTERNS). A
vocabulary phrase is counted where the extractor fires on it: a furniture
line's phrase followed by a name ("jump to …") by the extractor's own
full-line pattern of it (vocabulary.named_line_pattern), and a phrase the
extractor reads only inside one of its rules' patterns or predicates (a line
opener, a caption's end, a key-point label: READERS) where that reader fires
on the block and the phrase stands where the reader reads it.
What to count is discovered from the names in RULE_NAMES and MARKUP_NAMES at
run time: a name the rules no longer have is skipped with a note, so the
script keeps working while the rules move. Markdown goes to stdout, progress
and notes to stderr.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import importlib
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

if not __package__:
    sys.path[0] = str(Path(__file__).resolve().parents[1])  # as in run.py

from benchmarks.data import (  # noqa: E402
    RENDERINGS,
    data_dir,
    has_traf,
    has_wcxb,
    load_wcxb,
    read_gz,
    readability_pages,
    traf_html_path,
    traf_pages,
    wcxb_html_path,
    wcxb_ids,
)
from benchmarks.report import markdown_table  # noqa: E402

LINE, PATTERN, MARKUP, VOCAB = "whole line", "pattern", "markup word", "vocabulary"
CREDIT = "credit label"
TEXT_RULES, DOM_RULES = "artextract.rules.text", "artextract.rules.dom"
VOCABULARY = "artextract.vocabulary"
# The knowledge matched against a block's text: (kind, module, name, how it is matched).
#   "line": the normalised block text equals an entry of the set;
#   "search": each pattern of the tuple is searched in the normalised text (boilerplate patterns);
#   "match": the pattern matches the start of the normalised text, whatever its length (consent lines);
#   "label": the pattern matches a label's stripped text (heading or short line, as end_matter.py).
RULE_NAMES: tuple[tuple[str, str, str, str], ...] = (
    (LINE, TEXT_RULES, "BOILERPLATE_LINES", "line"),
    (PATTERN, TEXT_RULES, "BOILERPLATE_PATTERNS", "search"),
    (PATTERN, TEXT_RULES, "SHOP_RECIRCULATION_LABEL", "label"),
    (PATTERN, TEXT_RULES, "CONSENT_PARAGRAPH", "search"),
    (PATTERN, TEXT_RULES, "CREDIT_STOCK_LIBRARY", "search"),
    (PATTERN, TEXT_RULES, "CONSENT_LABEL", "match"),
    (PATTERN, TEXT_RULES, "CONSENT_PURPOSE", "match"),
    (LINE, TEXT_RULES, "FORM_TRAP_LINES", "line"),
    (PATTERN, TEXT_RULES, "PLACEHOLDER_TEXT", "match"),
    (PATTERN, TEXT_RULES, "CONSENT_SIGNUP", "match"),
)
# Per-language tables of one concept written as a single pattern (issue 9, step 5): each is counted,
# and allowed to fire on fewer than 3 sites as vocabulary is. (kind, module, name, how):
#   "credit": each alternative of the credit-label table before a source, in a caption-sized block
#             ("Foto: dpa", "Der Hafen im Winter. Bildnachweis: Jane Doe", "Photo by X");
#   "start": the pattern matches the start of a block's stripped text (figure numbers: "Abb. 2: ...");
#   "credential": the pattern follows a name in a byline-shaped line ("Jane Doe, MD").
CONCEPT_PATTERNS: tuple[tuple[str, str, str, str], ...] = (
    (CREDIT, TEXT_RULES, "CREDIT_LABELS", "credit"),
    (PATTERN, TEXT_RULES, "FIGURE_NUMBER_LABEL", "start"),
    (PATTERN, "artextract.rules.metadata", "CREDENTIAL_RE", "credential"),
)
# A caption with its credit is at most so many words (as rules.text.FIGURE_CAPTION_MAX_WORDS).
CREDIT_LINE_MAX_WORDS = 60
# Length gates of the extractor: boilerplate_reason reads blocks up to twice the pattern length.
# (Labels of tables of contents, bylines and dates are vocabulary concepts now, counted with it.)
TEXT_GATES = {"BOILERPLATE_LINES": "furniture", "BOILERPLATE_PATTERNS": "furniture"}
# class/id words: (module, name); plus the `markup` words of each vocabulary concept.
MARKUP_NAMES: tuple[tuple[str, str], ...] = tuple(
    (DOM_RULES, name)
    for name in ("CONTENT_NAMES", "BODY_NAMES", "CAPTION_TOKENS", "KEY_POINT_TOKENS", "STANDFIRST_TOKENS",
                 "BYLINE_TOKENS")
) + (
    # The class words that mark a byline's box as the person's job or employer, not another author.
    ("artextract.rules.metadata", "BYLINE_NOT_PERSON_PARTS"),
    # The class words that mark a lower heading as the headline when every <h1> is furniture.
    (DOM_RULES, "HEADLINE_MARKED_TOKENS"),
)
# The per-language tables of class words, each of one concept: the dek's, the line over the title's (read
# inside a class name, so a site counts here only where a class part is the word: a floor), and the words
# that name a heading's first piece the section the story is filed under.
MARKUP_TABLES = {"STANDFIRST_TOKENS_BY_LANGUAGE": "standfirst", "KICKER_WORDS_BY_LANGUAGE": "kicker",
                 "SECTION_LABEL_WORDS_BY_LANGUAGE": "section label"}
SETS = ("wcxb-dev", "traf-dev", "readability-pages")
# How a vocabulary phrase fired: as a whole furniture line, as "<label>: <teaser>", as an end-matter label,
# said inside a block of furniture length (the concepts the extractor searches for inside a paragraph: a closing
# promo, a site notice, a paywall's prompt), or where a rule's pattern of its concept fires (READERS).
# "rule": read by the rules' own pattern or predicate of the concept (READERS).
HOWS = ("line", "teaser", "end", "inside", "rule")
NAME_FOLLOWS = " …"  # a vocabulary phrase followed by a short name ("more from …")
ENOUGH_SITES = 3


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str
    group: str  # where it is written: "BOILERPLATE_LINES", "FURNITURE_TOKENS", "CONCEPTS.markup", a language
    name: str  # the phrase, the pattern's source or the word
    concept: str | None = None
    language: str | None = None


@dataclass(slots=True)
class Registry:
    """Every entry to count and how a block or a page's markup makes it fire."""

    entries: list[Entry] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    exact: dict[str, list[tuple[int, str, int | None]]] = field(default_factory=lambda: defaultdict(list))
    searched: list[tuple[int, re.Pattern[str]]] = field(default_factory=list)
    matched: list[tuple[int, re.Pattern[str]]] = field(default_factory=list)
    # matched at the start of any block of at most so many words (None: any length)
    starts: list[tuple[int, re.Pattern[str], int | None]] = field(default_factory=list)
    labels: list[tuple[int, re.Pattern[str]]] = field(default_factory=list)
    teasers: list[tuple[int, re.Pattern[str]]] = field(default_factory=list)
    ends: list[tuple[int, re.Pattern[str]]] = field(default_factory=list)
    inside: list[tuple[int, re.Pattern[str]]] = field(default_factory=list)
    inside_any: re.Pattern[str] | None = None  # every `inside` pattern at once: most blocks say none
    # a furniture line's phrase followed by a name: (entry, its concept, the extractor's full-line pattern of it)
    named: list[tuple[int, str, re.Pattern[str]]] = field(default_factory=list)
    # a rule's reader of a concept (READERS) with the phrases it reads: (reader, what it reads, [(entry, where)])
    readers: list[tuple[Callable[[str], Any], str, list[tuple[int, re.Pattern[str]]]]] = field(default_factory=list)
    words: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    furniture_lines: dict[str, str] = field(default_factory=dict)
    furniture_max_chars: int | None = None  # text longer than this is never furniture
    pattern_max_chars: int | None = None  # normalised text longer than this is not pattern-matched

    def add(self, entry: Entry) -> int:
        self.entries.append(entry)
        return len(self.entries) - 1


def _lookup(module_name: str, name: str, notes: list[str]) -> Any:
    """The rules' object of that name, or None (with a note) when it is no longer there."""
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        notes.append(f"skipped {module_name}.{name}: cannot import {module_name} ({error})")
        return None
    if not hasattr(module, name):
        notes.append(f"skipped {module_name}.{name}: no longer exists")
    return getattr(module, name, None)


def _patterns(value: Any) -> list[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        return [value]
    return [item for item in value if isinstance(item, re.Pattern)]


def _add_text_rules(registry: Registry) -> None:
    for kind, module, name, how in RULE_NAMES:
        value = _lookup(module, name, registry.notes)
        if value is None:
            continue
        gate = TEXT_GATES.get(name)
        max_chars = registry.furniture_max_chars if gate == "furniture" else _gate_value(module, gate, registry.notes)
        if how == "line":
            for line in sorted(value):
                registry.exact[line].append((registry.add(Entry(kind, name, line)), "", max_chars))
        else:
            for pattern in _patterns(value):
                target = {"search": registry.searched, "match": registry.matched}.get(how, registry.labels)
                target.append((registry.add(Entry(kind, name, pattern.pattern)), pattern))


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regex source: "a|b(?:c|d)" -> ["a", "b(?:c|d)"]."""
    found, depth, start = [], 0, 0
    for at, char in enumerate(source):
        if at and source[at - 1] == "\\":
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(source[start:at])
            start = at + 1
    return [*found, source[start:]]


def _credential_regex(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A byline-shaped line: a name of two to four capitalised words, then credentials after commas."""
    name = r"(?:by\s+)?[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}"
    return re.compile(rf"^{name}(?:\s*,\s*(?:{pattern.pattern}))+$")


def _add_concept_patterns(registry: Registry) -> None:
    for kind, module, name, how in CONCEPT_PATTERNS:
        value = _lookup(module, name, registry.notes)
        if value is None:
            continue
        if how == "credit":
            for alternative in alternatives(value):
                credit = re.compile(rf"(?:^|.*?[^\w])(?:{alternative})\s*(?::|by\b)\s*\S", re.IGNORECASE)
                registry.starts.append((registry.add(Entry(kind, name, alternative)), credit, CREDIT_LINE_MAX_WORDS))
        else:
            pattern = _credential_regex(value) if how == "credential" else value
            registry.starts.append((registry.add(Entry(kind, name, value.pattern)), pattern, None))


def _gate_value(module: str, name: str | None, notes: list[str]) -> int | None:
    return _lookup(module, name, notes) if name else None


def spellings(words: Iterable[str]) -> dict[str, list[str]]:
    """Each hyphenated word with the spellings that count for it: itself and its joined form when the
    group holds that too ("entry-text" and "entrytext", "key-points" and "keypoints"). The rules write
    one entry and derive the joined form (rules/dom.BODY_NAMES), so a site showing either spelling is
    a site of the entry; a joined word without a hyphenated twin is an entry of its own."""
    words = set(words)
    twins = {word.replace("-", ""): word for word in words if "-" in word and word.replace("-", "") in words}
    return {word: [word] + [joined for joined, twin in twins.items() if twin == word]
            for word in sorted(words) if word not in twins}


def _add_markup(registry: Registry) -> None:
    # A per-language table of one concept's class words (STANDFIRST_TOKENS holds the dek's too): its
    # entries are table entries, counted once, under the table.
    tables = {name: _lookup(DOM_RULES, name, registry.notes) or {} for name in MARKUP_TABLES}
    tabled = {word for by_language in tables.values() for words in by_language.values() for word in words}
    for module, name in MARKUP_NAMES:
        for word, written in spellings(set(_lookup(module, name, registry.notes) or ()) - tabled).items():
            index = registry.add(Entry(MARKUP, name, word))
            for spelling in written:
                registry.words[spelling].append(index)
    for name, by_language in tables.items():
        for language, words in by_language.items():
            for word in sorted(words):
                entry = Entry(MARKUP, name, word, MARKUP_TABLES[name], language)
                registry.words[word].append(registry.add(entry))
    concepts = _lookup("artextract.rules.vocab", "CONCEPTS", registry.notes) or {}
    for concept_name, concept in concepts.items():
        for word in sorted(getattr(concept, "markup", ())):
            registry.words[word].append(registry.add(Entry(MARKUP, "CONCEPTS.markup", word, concept_name)))


def _teaser_regex(source: str) -> re.Pattern[str]:
    """One phrase's share of vocabulary's teaser matcher: "<label>: <title>" on one line."""
    return re.compile(rf"^(?:{source})\s*:\s*\S.{{0,150}}$", re.IGNORECASE)


def _end_regex(source: str) -> re.Pattern[str]:
    """One phrase's share of vocabulary's end-matter matcher: the label alone, perhaps with a count."""
    return re.compile(rf"^(?:\d+\s+)?(?:{source})(?:\s*\(?\d+\)?)?$", re.IGNORECASE)


def _add_vocabulary(registry: Registry) -> None:
    notes = registry.notes
    tables = _lookup("artextract.rules.vocab", "TABLES", notes) or {}
    concepts = _lookup("artextract.rules.vocab", "CONCEPTS", notes) or {}
    phrases_of = _lookup(VOCABULARY, "furniture_phrases", notes)
    expand = _lookup(VOCABULARY, "expand", notes)
    lines = registry.furniture_lines = phrases_of() if phrases_of else {}
    builders = (_lookup(VOCABULARY, "phrase_pattern", notes), _lookup(VOCABULARY, "named_line_pattern", notes))
    readers = _add_readers(registry)
    for language, table in tables.items():
        for concept_name, phrases in table.items():
            concept = concepts.get(concept_name)
            for phrase in phrases:
                index = registry.add(Entry(VOCAB, language, phrase, concept_name, language))
                for line in expand(phrase) if expand else (phrase,):
                    # The line says this phrase's concept when the concept is one of furniture lines.
                    if line in lines and getattr(concept, "furniture_line", lines[line] == concept_name):
                        registry.exact[line].append((index, "line", registry.furniture_max_chars))
                _add_phrase_patterns(registry, index, phrase, concept, builders, readers.get(concept_name, ()))
    if registry.inside:
        registry.inside_any = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in registry.inside),
                                         re.IGNORECASE)


def _add_phrase_patterns(registry: Registry, index: int, phrase: str, concept: Any, builders: tuple,
                         readers: Iterable[tuple[str, list]]) -> None:
    """The ways one phrase fires by a pattern: as a named furniture line, a teaser's label, an end label,
    said inside a block or at a line's end, and where its concept's readers (READERS) fire."""
    phrase_pattern, named_line_pattern = builders
    if phrase_pattern is None:
        return
    name = getattr(concept, "name", "")
    if phrase.endswith(NAME_FOLLOWS) and getattr(concept, "furniture_line", False) and named_line_pattern:
        # The extractor's own full-line pattern of the phrase (vocabulary.furniture_line's, one phrase of it).
        registry.named.append((index, name, named_line_pattern([phrase])))
    source = phrase_pattern(phrase)
    if getattr(concept, "labels_teaser", False):
        registry.teasers.append((index, _teaser_regex(source)))
    if getattr(concept, "ends_article", False):
        registry.ends.append((index, _end_regex(source)))
    if any(getattr(concept, flag, False) for flag in INSIDE_FLAGS):
        registry.inside.append((index, _inside_regex(source)))
    elif name in LINE_END_CONCEPTS:
        registry.inside.append((index, _line_end_regex(source)))
    for where, members in readers:
        members.append((index, re.compile(PLACES[where].format(source), re.IGNORECASE)))


# Concepts the extractor looks for inside a block: paragraphs said by the site (closing promos, site
# notices, a paywall's prompt). Key-point labels, line openers and caption words are read by their
# rules' own patterns (READERS); credit words are counted as CREDIT_LABELS.
INSIDE_FLAGS = ("closes_article", "site_notice", "cuts_article")


# Concepts read at a line's end, after words of the line's own (classify/headline `_ends_in_link_prompt`:
# "... Deals in the US. Click here"), counted as said inside the block.
LINE_END_CONCEPTS = frozenset({"link_prompt"})

# Concepts whose phrases the extractor reads with one of its rules' own patterns or predicates (a line's
# opener, a caption's last word, a key-point box's label), not (only) as furniture lines or end labels:
# (concept, module, name, what the reader reads, where the phrase stands in it). Reads "key": the
# normalised line (signals.boilerplate_reason asks BOILERPLATE_PATTERNS so; a source string names its
# compiled pattern there); "text": the block's stripped text. A phrase fires on a block of furniture
# length where the reader fires and the phrase stands so (PLACES): the reader decides, the place only
# tells which of the concept's phrases the line said.
READERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("share_prompt", TEXT_RULES, "SHARE_PROMPT", "key", "start"),
    ("post_filed", TEXT_RULES, "POST_FILED", "key", "start"),
    ("thread_starter", TEXT_RULES, "THREAD_STARTER", "text", "start"),
    ("thread_starter", TEXT_RULES, "THREAD_STARTER_IN_FORUM", "text", "inside"),
    ("other_date", TEXT_RULES, "OTHER_DATE_STAMP", "text", "start"),
    ("date_label", TEXT_RULES, "DATE_LABEL_STAMP", "text", "start"),
    ("tags", TEXT_RULES, "TAG_LINE", "text", "start"),
    ("controls", TEXT_RULES, "CUT_TEASER", "text", "end"),
    ("post_link", TEXT_RULES, "POST_LINK_LINE", "text", "start"),
    ("post_link", TEXT_RULES, "POST_LINK_BARE", "text", "start"),
    ("picture_place", TEXT_RULES, "CAPTION_PLACE_LABEL", "text", "start"),
    ("archive_picture", TEXT_RULES, "CAPTION_ARCHIVE_END", "text", "end"),
    ("courtesy_credit", TEXT_RULES, "CREDIT_LINE_COURTESY", "text", "inside"),
    ("support_appeal", VOCABULARY, "appeals_for_support", "text", "inside"),
    ("key_points", VOCABULARY, "key_point_label", "key", "whole"),
    ("whole_list", VOCABULARY, "links_to_whole_list", "key", "whole"),  # a list's link to all of it, raw runs only
)
# Where a phrase (its vocabulary.phrase_pattern source) stands in what a reader read: opening it after
# marks (an opener may have its title glued on: "Older Post20 UC ..."), closing it before marks, all of
# it, or anywhere as whole words.
PLACES = {"start": r"^\W*(?:{})", "end": r"(?<!\w)(?:{})\W*$", "whole": r"^(?:{})$",
          "inside": r"(?<!\w)(?:{})(?!\w)"}


# Per-language tables of one concept that the rules read only inside one pattern or predicate of theirs
# (a comment heading's word for "one", a greeting box's greeting, a counter's noun, a shop offer's terms):
# each word is a table entry under its table's name, counted where the reader fires on a block of furniture
# length and the word stands where the reader reads it (TABLE_PLACES). (table, module, reader, what it
# reads, where the word stands, the reader's answer that counts: None for any match, else the name of a
# constant of the reader's module). The dek's notices are read wherever a block says one, not only where
# the dek stands, as the other READERS are. rules.text AUTHOR_TAGLINE_COPULAS is not counted: it is read
# only after the byline's name, which this scan does not know.
TABLE_READERS: tuple[tuple[str, str, str, str, str, str | None], ...] = (
    ("COUNT_NOUNS_BY_LANGUAGE", TEXT_RULES, "COUNT_LINE_SHAPE", "key", "end", None),
    ("ONE_WORDS_BY_LANGUAGE", TEXT_RULES, "COMMENTS_HEADING", "text", "start", None),
    ("GREETINGS_BY_LANGUAGE", TEXT_RULES, "GREETING_INTRODUCTION", "text", "start", None),
    ("OFFER_TERMS_BY_LANGUAGE", "artextract.classify.lines", "dek_notice", "text", "inside", "OFFER_REASON"),
    ("OFFER_OPENERS_BY_LANGUAGE", "artextract.classify.lines", "dek_notice", "text", "start", "OFFER_REASON"),
    ("COUNTER_WORDS_BY_LANGUAGE", "artextract.classify.lines", "dek_notice", "text", "inside", "COUNTER_REASON"),
)
# A table's word is a whole word: "hi" does not stand in "hier".
TABLE_PLACES = {"start": r"^\W*(?:{})(?!\w)", "end": r"(?<!\w)(?:{})\W*$", "inside": PLACES["inside"]}
TABLE_GROUPS = frozenset(table for table, *_rest in TABLE_READERS)
TABLE_WORD = "table word"


def _add_table_readers(registry: Registry) -> None:
    for table, module, name, reads, where, answer in TABLE_READERS:
        words = _lookup(TEXT_RULES, table, registry.notes)
        reader = _answering(_lookup(module, name, registry.notes), module, answer, registry.notes)
        if not words or reader is None:
            continue
        members: list[tuple[int, re.Pattern[str]]] = []
        for language, entries in words.items():
            for word in entries:
                index = registry.add(Entry(TABLE_WORD, table, word, table, language))
                members.append((index, re.compile(TABLE_PLACES[where].format(re.escape(word)), re.IGNORECASE)))
        registry.readers.append((reader, reads, members))


def _answering(value: Any, module: str, answer: str | None, notes: list[str]) -> Callable[[str], Any] | None:
    """The reader of a table: the rules object's test, or a predicate that holds where it gives `answer`."""
    reader = _reader(value, notes)
    if reader is None or answer is None:
        return reader
    expected = _lookup(module, answer, notes)
    return None if expected is None else (lambda text: reader(text) == expected)


def _add_readers(registry: Registry) -> dict[str, list[tuple[str, list]]]:
    """Register each reader of READERS the rules still have; {concept: [(where, its phrases' list)]},
    the lists filled as the phrases are registered."""
    by_concept: dict[str, list[tuple[str, list]]] = defaultdict(list)
    for concept, module, name, reads, where in READERS:
        reader = _reader(_lookup(module, name, registry.notes), registry.notes)
        if reader is not None:
            members: list[tuple[int, re.Pattern[str]]] = []
            registry.readers.append((reader, reads, members))
            by_concept[concept].append((where, members))
    return by_concept


def _reader(value: Any, notes: list[str]) -> Callable[[str], Any] | None:
    """The test a rules object makes of a line: a pattern's search, a predicate, or the compiled
    BOILERPLATE_PATTERNS entry of a source string."""
    if isinstance(value, str):
        compiled = [pattern for pattern in _lookup(TEXT_RULES, "BOILERPLATE_PATTERNS", notes) or ()
                    if pattern.pattern == value]
        if not compiled:
            notes.append(f"skipped a reader: no BOILERPLATE_PATTERNS entry is /{value[:40]}/")
        return compiled[0].search if compiled else None
    if isinstance(value, re.Pattern):
        return value.search
    return value if callable(value) else None


def _line_end_regex(source: str) -> re.Pattern[str]:
    """One phrase closing a line (normalised: its edge marks gone) after a word of the line's own."""
    return re.compile(rf"\w\W*\s(?:{source})$", re.IGNORECASE)


def _inside_regex(source: str) -> re.Pattern[str]:
    """One phrase said anywhere in a block, as whole words."""
    return re.compile(PLACES["inside"].format(source), re.IGNORECASE)


def build_registry() -> Registry:
    registry = Registry()
    pattern_max = _lookup(TEXT_RULES, "BOILERPLATE_PATTERN_MAX_CHARS", registry.notes)
    registry.pattern_max_chars = pattern_max
    registry.furniture_max_chars = pattern_max * 2 if pattern_max else None
    _add_text_rules(registry)
    _add_concept_patterns(registry)
    _add_vocabulary(registry)
    _add_table_readers(registry)
    _add_markup(registry)
    return registry


# --- Matching ---------------------------------------------------------------------------

_REGISTRY: Registry | None = None


def registry() -> Registry:
    """Built once per process (workers fork after the parent built it)."""
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = build_registry()
    return _REGISTRY


def _within(length: int, limit: int | None) -> bool:
    return limit is None or length <= limit


class Matcher:
    """The entries a block fires, memoised by its text: menus and share bars repeat on every page."""

    def __init__(self, reg: Registry) -> None:
        from artextract import signals, vocabulary

        self.reg = reg
        self.normalise = signals.normalise
        self.furniture_line = getattr(vocabulary, "furniture_line", None)
        self.end_matter_concept = getattr(vocabulary, "end_matter_concept", None)
        self.memo: dict[tuple[str, bool], list[tuple[int, str]]] = {}

    def hits(self, text: str, label: bool) -> list[tuple[int, str]]:
        memo_key = (text, label)
        found = self.memo.get(memo_key)
        if found is None:
            if len(self.memo) > 200_000:
                self.memo.clear()
            found = self.memo[memo_key] = self._match(text, label)
        return found

    def _match(self, text: str, label: bool) -> list[tuple[int, str]]:
        reg = self.reg
        key = self.normalise(text)
        if not key:
            return []
        found = [(index, how) for index, how, limit in reg.exact.get(key, ()) if _within(len(text), limit)]
        found += [(index, "") for index, pattern in reg.matched if pattern.match(key)]
        if _within(len(text), reg.furniture_max_chars) and _within(len(key), reg.pattern_max_chars):
            found += [(index, "") for index, pattern in reg.searched if pattern.search(key)]
            # A teaser line: the extractor says it is one, each phrase's own regex says whose label it is.
            if reg.teasers and ":" in key and key not in reg.furniture_lines and self.furniture_line and self.furniture_line(key):
                found += [(index, "teaser") for index, pattern in reg.teasers if pattern.match(key)]
            if reg.inside_any is not None and reg.inside_any.search(key):
                found += [(index, "inside") for index, pattern in reg.inside if pattern.search(key)]
            found += self._named_lines(key)
        stripped = text.strip()
        if _within(len(text), reg.furniture_max_chars):
            found += self._read(key, stripped)
        words = len(stripped.split())
        found += [(index, "") for index, pattern, most in reg.starts
                  if _within(words, most) and pattern.match(stripped)]
        if label:
            found += [(index, "") for index, pattern in reg.labels if pattern.match(stripped)]
            if reg.ends and self.end_matter_concept and self.end_matter_concept(key):
                found += [(index, "end") for index, pattern in reg.ends if pattern.match(key)]
        return found

    def _named_lines(self, key: str) -> list[tuple[int, str]]:
        """The named furniture phrases ("thread starter …") whose full-line pattern matches the line, where
        the extractor reads the line as their concept (vocabulary.furniture_line: a whole phrase first)."""
        matched = [(index, concept) for index, concept, pattern in self.reg.named if pattern.match(key)]
        if not matched or self.furniture_line is None:
            return []
        said = self.furniture_line(key)  # asked once per line, whatever it answers (None most often)
        return [(index, "line") for index, concept in matched if concept == said]

    def _read(self, key: str, stripped: str) -> list[tuple[int, str]]:
        """The phrases that READERS' rules read in the block, where the rule fires on it: of those standing
        where the rule reads them, the longest (as the rules' longest-first alternations read "next post",
        not "next"; the same phrase in several languages' tables is each of theirs)."""
        found: list[tuple[int, str]] = []
        short = _within(len(key), self.reg.pattern_max_chars)
        for reader, reads, phrases in self.reg.readers:
            target = key if reads == "key" else stripped
            if not (short or reads != "key") or not reader(target):
                continue
            spans = [(index, len(match.group())) for index, pattern in phrases if (match := pattern.search(target))]
            longest = max((length for _index, length in spans), default=0)
            found += [(index, "rule") for index, length in spans if length == longest]
        return found


def is_label(block: Any) -> bool:
    """A heading or a short line that is not a sentence: what end_matter.py reads labels from."""
    from artextract import signals
    from artextract.blocks import Form
    from artextract.rules import text as text_rules

    if signals.word_count(block.text) > getattr(text_rules, "END_MATTER_LABEL_MAX_WORDS", 8):
        return False
    return block.form is Form.HEADING or (block.form is Form.PARAGRAPH and not signals.is_prose(block.text))


_CLASS_PIECES = re.compile(r"[^A-Za-z0-9]+")
_CAMEL_PARTS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def markup_parts(values: Iterable[str]) -> set[str]:
    """The parts of class/id values, lower-cased: "commentList share-bar" -> commentlist, comment, list,
    share-bar, share, bar. A whole value counts too, as the extractor's tokens have hyphenated words."""
    parts: set[str] = set()
    for value in set(values):
        for raw in value.split():
            parts.add(raw.lower())
            for piece in _CLASS_PIECES.split(raw):
                parts.add(piece.lower())
                parts.update(part.lower() for part in _CAMEL_PARTS.findall(piece))
    parts.discard("")
    return parts


def extractor_words(values: Iterable[str], known: frozenset[str]) -> set[str]:
    """The further words html/markup.py reads in class/id names (with its `name_parts`): the name
    itself ("article-body"), its last two parts (a body name after a prefix: "td-post-content"),
    two neighbouring parts written together in a short name ("more-stories" -> morestories), and
    a part's two halves when both are known words ("recentcomments" -> recent, comments)."""
    from artextract.html.markup import name_parts

    words: set[str] = set()
    for raw in {raw for value in set(values) for raw in value.split()}:
        parts = name_parts(raw)
        if not parts:
            continue
        words.add("-".join(parts))
        words.add("-".join(parts[-2:]))
        if len(parts) <= MAX_PAIRED_PARTS:
            words.update(head + tail for head, tail in zip(parts, parts[1:]))
        for part in parts:
            words.update(_halves(part, known))
    return words


# As html/markup.py: neighbours are joined in names of up to 3 parts, parts of 6+ letters are split.
MAX_PAIRED_PARTS, MIN_SPLIT_LENGTH = 3, 6


def _halves(part: str, known: frozenset[str]) -> tuple[str, ...]:
    for cut in range(3, len(part) - 2) if len(part) >= MIN_SPLIT_LENGTH else ():
        if part[:cut] in known and part[cut:] in known:
            return part[:cut], part[cut:]
    return ()


# --- Pages ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Page:
    dataset: str
    page_id: str
    site: str
    url: str | None
    html: Path
    texts: tuple[Path, ...] = ()


def dev_pages(root: Path, limit: int | None, renderings: Path | None = None) -> list[Page]:
    """The pages of the three development sets (the first `limit` of each), with their sites; traf-dev's
    text renderings in `renderings` (as run.py's `traf --renderings` reads them) when given."""
    pages: list[Page] = []
    if has_wcxb(root):
        for file_id in wcxb_ids(root)[:limit]:
            page = load_wcxb(root, file_id)
            texts = tuple(root / "wcxb-dev" / "text" / rendering / f"{file_id}.txt" for rendering in RENDERINGS)
            pages.append(Page(SETS[0], file_id, page.site, page.url, wcxb_html_path(root, file_id), texts))
    if has_traf(root):
        pages += [Page(SETS[1], page.page_id, page.site, page.url, traf_html_path(root, page.page_id),
                       _traf_texts(renderings, page.page_id)) for page in traf_pages(root)[:limit]]
    if (root / "readability-pages" / "pages").is_dir():
        pages += [Page(SETS[2], page.name, page.site, None, page.source)
                  for page in list(readability_pages(root))[:limit]]
    return pages


def html_blocks(data: bytes, url: str | None) -> tuple[list[Any], list[str]]:
    """Every block the HTML pipeline renders from the page (as extract_html does), and its class/id values."""
    from artextract.html import page_facts
    from artextract.html.headline import find_headline
    from artextract.html.metadata import read_metadata
    from artextract.html.parse import parse_html
    from artextract.html.render import render_page
    from artextract.source import decode

    root = parse_html(decode(data).text)
    metadata = read_metadata(root, url)
    facts = page_facts(metadata, url)
    headline = find_headline(root, facts.title, [metadata.site_name] if metadata.site_name else [])
    rendering = render_page(root, False, headline.holders, None, headline)
    return [item.block for item in rendering.blocks], root.xpath("//@class | //@id")


def _traf_texts(renderings: Path | None, page_id: str) -> tuple[Path, ...]:
    return tuple(renderings / rendering / f"{page_id}.txt.gz" for rendering in RENDERINGS) if renderings else ()


def text_blocks(path: Path) -> list[Any]:
    """The lines of a text rendering (plain, or gzipped as traf-dev's) as the raw-text pipeline makes them blocks."""
    from artextract.text.lines import lines_to_blocks, split_lines

    if not path.is_file():
        return []
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8") as lines:  # as benchmarks/outputs.py reads them
            return lines_to_blocks(split_lines(lines.read()))
    return lines_to_blocks(split_lines(path.read_text("utf-8")))


def scan_page(page: Page) -> tuple[Page, set[tuple[int, str]], str | None]:
    """The entries (with how they fired) that fire on one page; an error message instead of failing."""
    reg = registry()
    matcher = _matcher()
    hits: set[tuple[int, str]] = set()
    try:
        blocks, values = html_blocks(read_gz(page.html), page.url)
        for path in page.texts:
            blocks += text_blocks(path)
    except Exception as error:  # one bad page must not stop the count
        return page, hits, f"{type(error).__name__}: {error}"
    for block in blocks:
        hits.update(matcher.hits(block.text, is_label(block)))
    for part in (markup_parts(values) | extractor_words(values, _known_words())) & reg.words.keys():
        hits.update((index, "") for index in reg.words[part])
    return page, hits, None


_MATCHER: Matcher | None = None


@functools.cache
def _known_words() -> frozenset[str]:
    """The words markup.py splits compound names into: every concept's class words and CLASS_NAME_WORDS."""
    concepts = _lookup("artextract.rules.vocab", "CONCEPTS", []) or {}
    return frozenset(word for concept in concepts.values() for word in getattr(concept, "markup", ())) | frozenset(
        _lookup(DOM_RULES, "CLASS_NAME_WORDS", []) or ())


def _matcher() -> Matcher:
    global _MATCHER
    if _MATCHER is None:
        _MATCHER = Matcher(registry())
    return _MATCHER


def scan(pages: Sequence[Page], jobs: int, progress: Callable[[int, int], None]) -> Iterable[tuple]:
    if jobs <= 1:
        for done, result in enumerate(map(scan_page, pages), 1):
            progress(done, len(pages))
            yield result
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for done, result in enumerate(pool.map(scan_page, pages, chunksize=4), 1):
            progress(done, len(pages))
            yield result


# --- Counting and report ---------------------------------------------------------------------


@dataclass(slots=True)
class Counts:
    """Per entry, the sites it fired on (any way, and per way for vocabulary phrases)."""

    sites: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_how: dict[tuple[int, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    pages: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    all_sites: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)

    def add(self, page: Page, hits: set[tuple[int, str]], error: str | None) -> None:
        self.pages[page.dataset] += 1
        self.all_sites.add(page.site)
        if error:
            self.errors.append(f"{page.dataset} {page.page_id}: {error}")
        for index, how in hits:
            self.sites[index].add(page.site)
            if how:
                self.by_how[index, how].add(page.site)

    def n(self, index: int, how: str = "") -> int:
        return len(self.by_how.get((index, how), ())) if how else len(self.sites.get(index, ()))


def _bucket_row(label: Sequence[str], counts: Sequence[int]) -> list[Any]:
    buckets = [sum(1 for c in counts if c == k) for k in range(ENOUGH_SITES)]
    return [*label, len(counts), *buckets, sum(1 for c in counts if c >= ENOUGH_SITES)]


def summary_table(reg: Registry, counts: Counts) -> str:
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, entry in enumerate(reg.entries):
        if entry.kind == VOCAB:
            groups[VOCAB, entry.language or "?"].append(counts.n(index))
        else:
            groups[entry.kind, entry.group].append(counts.n(index))
    ends = [counts.n(index, "end") for index, _pattern in reg.ends]
    rows = [_bucket_row(key, values) for key, values in groups.items() if key[0] != VOCAB]
    if ends:
        rows.append(_bucket_row(("end-matter phrase", "vocabulary, all languages (as end labels)"), ends))
    rows += [_bucket_row(key, values) for key, values in groups.items() if key[0] == VOCAB]
    headers = ["kind", "rules", "entries", "0 sites", "1", "2", f">= {ENOUGH_SITES}"]
    return markdown_table(headers, rows)


def is_table_entry(kind: str, group: str) -> bool:
    """An entry of a concept's table (a language's phrases, a concept's class/id words): allowed under 3 sites."""
    return (kind == VOCAB or group == "CONCEPTS.markup" or group in MARKUP_TABLES or group in TABLE_PATTERNS
            or group in TABLE_GROUPS)


# The concept patterns are per-language tables too (CREDENTIAL_RE is a shape, not a table: it must earn 3 sites).
TABLE_PATTERNS = frozenset({"CREDIT_LABELS", "FIGURE_NUMBER_LABEL"})


def short_summary(entries: Sequence[dict[str, Any]]) -> str:
    """The table for benchmarks/RESULTS.md, from as_json()'s entries: per group, how many entries fire on
    enough sites, how many fewer are allowed as table entries, and how many fewer are not (to be 0)."""
    groups: dict[tuple[bool, str], list[dict[str, Any]]] = defaultdict(list)
    for entry in entries:
        group = f"vocabulary {entry['language']}" if entry["kind"] == VOCAB else entry["group"]
        groups[entry["kind"] == MARKUP, group].append(entry)
    parts = []
    for markup, title in ((False, "Phrases and patterns"), (True, "Markup words (class/id parts)")):
        rows = [_short_row(group, found) for (is_markup, group), found in groups.items() if is_markup == markup]
        if rows:
            total = [sum(row[column] for row in rows) for column in range(1, 5)]
            parts.append(f"{title}\n\n" + markdown_table(SHORT_HEADERS, [*rows, ["all", *total]]))
    return "\n\n".join(parts) + "\n"


SHORT_HEADERS = ["group", "entries", f"on >= {ENOUGH_SITES} sites", f"under {ENOUGH_SITES}, table entries",
                 f"under {ENOUGH_SITES}, otherwise"]


def _short_row(group: str, entries: list[dict[str, Any]]) -> list[Any]:
    under = [entry for entry in entries if entry["sites"] < ENOUGH_SITES]
    allowed = sum(1 for entry in under if is_table_entry(entry["kind"], entry["group"]))
    return [group, len(entries), len(entries) - len(under), allowed, len(under) - allowed]


def _cell(text: str) -> str:
    return "`" + text.replace("|", "\\|").replace("`", "'") + "`"


def under_table(reg: Registry, counts: Counts) -> str:
    """Entries outside the vocabulary that fire on fewer than ENOUGH_SITES sites: candidates for removal."""
    rows = [
        (entry.kind, entry.group, _cell(entry.name), counts.n(index), ", ".join(sorted(counts.sites.get(index, ()))))
        for index, entry in enumerate(reg.entries)
        if not is_table_entry(entry.kind, entry.group) and counts.n(index) < ENOUGH_SITES
    ]
    if not rows:
        return "(none)"
    return markdown_table(["kind", "rules", "entry", "sites", "where"], rows)


def vocabulary_tables(reg: Registry, counts: Counts) -> str:
    parts = []
    languages = dict.fromkeys(entry.language for entry in reg.entries if entry.kind == VOCAB)
    for language in languages:
        rows = [
            (entry.concept, _cell(entry.name), counts.n(index), *(counts.n(index, how) for how in HOWS))
            for index, entry in enumerate(reg.entries)
            if entry.kind == VOCAB and entry.language == language
        ]
        parts.append(f"### {language}\n\n" + markdown_table(
            ["concept", "phrase", "sites", "as line", "as teaser label", "as end label", "inside a block", "by a rule"],
            rows))
    concept_words = [
        (entry.concept, _cell(entry.name), counts.n(index))
        for index, entry in enumerate(reg.entries)
        if entry.group == "CONCEPTS.markup"
    ]
    if concept_words:
        parts.append("### markup words of the concepts\n\n" + markdown_table(["concept", "word", "sites"], concept_words))
    return "\n\n".join(parts)


def report(reg: Registry, counts: Counts) -> str:
    pages = ", ".join(f"{name} {counts.pages[name]}" for name in SETS if counts.pages.get(name))
    head = [
        "# Rule hits on the development sites",
        "",
        f"Pages: {pages}; {len(counts.all_sites)} distinct sites. An entry fires on a site when it matches a block "
        "(or, for markup words, a class/id part) of one of the site's pages.",
    ]
    head += [f"\n- note: {note}" for note in reg.notes]
    if counts.errors:
        head.append(f"\n- {len(counts.errors)} pages could not be read (see stderr)")
    return "\n".join([
        *head, "", "## Summary", "", short_summary(as_json(reg, counts)["entries"]), "", "By how many sites:", "",
        summary_table(reg, counts), "",
        f"## Fewer than {ENOUGH_SITES} sites, outside the vocabulary (candidates for removal)", "",
        under_table(reg, counts), "",
        "## Vocabulary by language", "",
        "A table of a language other than English or German is expected to fire little here: "
        "the development data is mostly English and German.", "",
        vocabulary_tables(reg, counts), "",
    ])


def as_json(reg: Registry, counts: Counts) -> dict[str, Any]:
    entries = []
    for index, entry in enumerate(reg.entries):
        record: dict[str, Any] = {
            "kind": entry.kind, "group": entry.group, "name": entry.name, "sites": counts.n(index),
            "site_list": sorted(counts.sites.get(index, ())),
        }
        if entry.kind == VOCAB:
            record.update(concept=entry.concept, language=entry.language,
                          by=({how: counts.n(index, how) for how in HOWS}))
        elif entry.concept:
            record["concept"] = entry.concept
        entries.append(record)
    return {"pages": dict(counts.pages), "sites": len(counts.all_sites), "notes": reg.notes,
            "errors": counts.errors, "entries": entries}


# --- Command line ----------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python benchmarks/rule_hits.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2; 1 runs in-process)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each data set")
    parser.add_argument("--out", type=Path, default=None, help="also write every entry's counts as JSON")
    parser.add_argument("--data", default=None, help="data directory (default: ../shared/data beside the repo)")
    parser.add_argument("--renderings", type=Path, default=None,
                        help="also scan traf-dev's text renderings in DIR (DIR/chromium/<id>.txt.gz, DIR/inscriptis/...)")
    parser.add_argument("--summary", action="store_true", help="print only the short summary (for RESULTS.md)")
    parser.add_argument("--from", dest="source", type=Path, default=None,
                        help="with --summary: read the counts of an earlier --out file instead of scanning")
    return parser.parse_args(argv)


def _progress(started: float) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        if done % 100 == 0 or done == total:
            print(f"rule_hits: {done}/{total} pages, {time.monotonic() - started:.0f} s", file=sys.stderr)

    return show


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.source is not None:
        if not args.summary:
            print("rule_hits: --from goes with --summary", file=sys.stderr)
            return 2
        sys.stdout.write(short_summary(json.loads(args.source.read_text("utf-8"))["entries"]))
        return 0
    root = data_dir(args.data)
    pages = dev_pages(root, args.limit, args.renderings)
    if not pages:
        print(f"rule_hits: no development data under {root}", file=sys.stderr)
        return 2
    reg = registry()  # before the pool forks: the workers inherit it
    for note in reg.notes:
        print(f"rule_hits: {note}", file=sys.stderr)
    counts = Counts()
    for page, hits, error in scan(pages, args.jobs, _progress(time.monotonic())):
        counts.add(page, hits, error)
    for error in counts.errors:
        print(f"rule_hits: {error}", file=sys.stderr)
    sys.stdout.write(short_summary(as_json(reg, counts)["entries"]) if args.summary else report(reg, counts))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(as_json(reg, counts), ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
