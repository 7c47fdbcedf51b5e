"""Author names from byline strings.

A byline on a page mixes names with prefixes ("By", "Von"), roles ("Senior
Editor"), dates, agencies and widget text ("Email the author"). `clean_authors`
keeps the names only; `looks_like_byline` tells whether a raw text line is a
byline at all. The word lists live in `artextract.rules.metadata`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from artextract.dates import find_date, has_clock_time, remove_dates
from artextract.rules.text import (CAPTION_SIGNED_NOTICE, FOOTER_COPYRIGHT, INTERFACE_WORDS, LABEL_ENDING, RELATIVE_DATE,
                                   RELATIVE_DATE_GLUED_ENDS, RELATIVE_DATE_WORDS)
from artextract.rules.metadata import (
    AMBIGUOUS_PREFIX_RE,
    BYLINE_LABEL_SEGMENT_RE,
    BYLINE_PLACED_ROLE_RE,
    BYLINE_PREFIX_RE,
    BYLINE_GLUED_LABEL_RE,
    BYLINE_INNER_PREFIX_RE,
    BYLINE_SEGMENT_RE,
    BYLINE_START_RE,
    BYLINE_TAIL_RE,
    CAPS_DATE_PREPOSITION_RE,
    CJK_BYLINE_SOURCES,
    CJK_FIRST_CHAR,
    CJK_NAME_SPLIT_RE,
    CJK_NON_NAMES,
    COPYRIGHT_HOLDER_END,
    COPYRIGHT_HOLDER_MAX_WORDS,
    COPYRIGHT_OPENING,
    COPYRIGHT_YEARS,
    CREDENTIAL_RE,
    DATE_PREPOSITION_OPENING_RE,
    DATED_FILED_IN_RE,
    FILED_IN_RE,
    FILED_IN_SEGMENT_RE,
    FILED_IN_TAIL_RE,
    FILED_IN_WORDS,
    LEADING_JOINER_RE,
    MAX_BYLINE_CHARS,
    MAX_NAME_WORDS,
    NAME_OPENING_FUNCTION_WORDS,
    NAME_PARTICLES,
    NAME_SPLIT_RE,
    NON_NAME_PHRASES_RE,
    NON_NAME_WORDS,
    ROLE_TAIL_RE,
    UI_LABEL_WORDS,
    WEEKDAYS,
    WIRE_AGENCIES,
)

__all__ = ["avatar_initials", "cjk_names", "clean_authors", "common_words_name", "copyright_holder", "dated_line_name",
           "filed_name", "looks_like_byline", "name_before_job", "name_before_label", "post_header_name",
           "aged_post_header_name"]

# An address, as a whole word up to its last "@"-part with a dot. Tried only
# where a word starts, and with no "@" after the last one: "\S+@\S+\.\w+"
# backtracked cubically over "@.@.@." (20 such JSON-LD names cost 2.4 s).
_EMAIL_RE = re.compile(r"(?<!\S)\S+@[^\s@]+\.\w+")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_HANDLE_RE = re.compile(r"(?<!\w)@\w+")
# A handle glued to the name before it, where raw text drops the space between a byline's name and
# the handle's link ("By Jon Porter@JonPorty Jul 3, 2019"), and perhaps to the next name after it
# ("By April Roach@aprilroach28Daniel O'Mahony": a handle ending in figures ends before a capital
# and a small letter). Traf-dev fit: theverge.com, standard.co.uk. (Addresses are gone before it.)
_GLUED_HANDLE_RE = re.compile(r"(?<=[^\W\d_])@(?:[^\W\d_]*\d+(?=[A-Z][a-z])|\w+)")
# A bracketed aside, innermost first (so each try stops at the next bracket,
# where "[^)\]]*" ran on to the end of the text from every "(": quadratic).
_PAREN_RE = re.compile(r"(?:(?<!\s)\s+)?[(\[][^()\[\]]*[)\]]")
# Two rounds take "(Reporter (Politics))" out whole.
_PAREN_ROUNDS = 2
_EDGE_PUNCT = " \t\"'“”‘’«»,;:.!?-–—|•·*()[]{}<>"
_HAS_DIGIT_RE = re.compile(r"\d")
# A post's number at the end of its header line ("… 11:15pm 1", "… #1"); its space run matched
# from its first space only (tried from every space of a long run it was quadratic).
_POST_NUMBER_RE = re.compile(r"(?<!\s)\s+#?\d{1,5}\s*$")
_HANDLE_MAX_CHARS = 40
# A post's number closing its header line, glued to the post's age or after a space ("Need2KnowLion
# 2 years ago#1", "... 2 years ago #1"); matched from a space run's first space only, as _POST_NUMBER_RE.
_POST_NUMBER_MARK_RE = re.compile(r"(?<!\s)\s*#\d{1,5}$")
# What stands between a handle and the post's age on a header line ("karri · 4 min ago").
_STAMP_JOINERS = " ·•|–—-,:"
# What may follow the post's age on its header line: nothing, or the post's links after a bar ("| caches |
# 12 comments").
_POST_LINKS_RE = re.compile(r"$| ?\| ")
# The word a post's header sets between the day and the time ("at", "um", "à", "om", "às", "o").
_CLOCK_JOINER_MAX_CHARS = 3
# A weekday's name left alone where the date after it was read without it ("Sonntag, 02.11.2014 |
# Tags: ...": the figure dates take no weekday; traf-dev fit advents-shopping.de): no name.
_WEEKDAY_NAMES = frozenset(WEEKDAYS)
# A piece of a byline before its date that is no field of its own: nothing, or the date's weekday.
_NO_FIELD = _WEEKDAY_NAMES | {""}
# Where a date stood in a byline's part (_fields): a character no byline holds.
_DATE_MARK = "\x1f"
# A label word alone with its colon before a date: the date's ("Datum:").
_DATE_LABEL_ONLY_RE = re.compile(r"\s*\S+:\s*")
# Unfilled template variables: "page.head.extra.author", "{{author}}", "%author%".
_PLACEHOLDER_RE = re.compile(r"^[a-z_]+(?:\.[a-z_]+){2,}$|\{\{|\}\}|%\w+%|\$\{")


def _normalise(text: str) -> str:
    # str.split() splits on what r"\s" matches (no-break space included), ~3x faster than a sub.
    return " ".join(text.split())


def _spaced(match: re.Match[str]) -> str:
    """The glued label with a space on each side that touches a letter or figure."""
    text, start, end = match.string, match.start(), match.end()
    before = " " if start and text[start - 1].isalnum() else ""
    after = " " if end < len(text) and text[end].isalnum() else ""
    return before + match.group() + after


def _unglue(text: str) -> str:
    # Raw page text drops the space between a byline's inline elements ("ByJane Doe", "DoePublished:").
    # It only adds spaces, never takes: callers test a text's length limit before it (it is costly).
    return BYLINE_GLUED_LABEL_RE.sub(_spaced, text)


def _within_limit(text: str, limit: int, *, unglue: bool) -> str:
    """The text normalised (and unglued when asked), or "" when it is empty or runs over its limit
    (after the ungluing: MAX_BYLINE_CHARS). The limit is tested before the costly _unglue too:
    it only adds spaces, so a text too long stays so."""
    text = _normalise(text)
    if not text or len(text) > limit:
        return ""
    if unglue:
        text = _unglue(text)
        if len(text) > MAX_BYLINE_CHARS:
            return ""
    return text


def _strip_prefix(text: str) -> str:
    """Drop "By", "Written by", "Autor:" and friends from the start."""
    for _ in range(2):  # "Posted by: By Jane" happens in templated widgets
        m = BYLINE_PREFIX_RE.match(text)
        if m is None:
            break
        rest = text[m.end():]
        # ("von Tobi": a name particle opens no name in lower case, so there it is the label)
        if AMBIGUOUS_PREFIX_RE.match(text) and len(rest.split()) < 2 and not text.lstrip()[:1].islower():
            break
        text = rest
    return text


def _words(candidate: str) -> list[str]:
    return candidate.split()


def _is_name_word(word: str, labelled: bool = False) -> bool:
    core = word.strip(_EDGE_PUNCT)
    if not core:
        return False
    if core.lower() in NAME_PARTICLES:
        return True
    first = core[0]
    # Names start with a capital (O'Brien, Jean-Luc, Ó Briain) or are
    # initials; "de la O" style particles are handled above.
    if first.isupper() or (len(core) > 1 and core[0] in "'’" and core[1].isupper()):
        return True
    # Arabic, Hebrew, Devanagari, Thai write no capitals: there only a byline's label ("بقلم", "מאת",
    # "लेखक", "โดย") says a name follows. (Chinese, Japanese and Korean names are cjk_names'.)
    return labelled and _caseless_letter(first)


def _caseless_letter(char: str) -> bool:
    """A letter of a script without capitals, below the CJK scripts."""
    return char < CJK_FIRST_CHAR and char.isalpha() and not char.isupper() and not char.islower()


def _non_name(word: str) -> bool:
    """A role/label word, singular or plural ("Writers", "Editors")."""
    return not word or word in NON_NAME_WORDS or (word.endswith("s") and word[:-1] in NON_NAME_WORDS)


def _plausible(candidate: str, structured: bool, labelled: bool = False) -> bool:
    """Whether the candidate reads as a person's name (`labelled`: a byline's label stood before it)."""
    if not candidate or len(candidate) > 80:
        return False
    words = _words(candidate)
    lowered = [w.strip(_EDGE_PUNCT).lower() for w in words]
    if all(_non_name(w) for w in lowered) and not structured:
        return False
    if NON_NAME_PHRASES_RE.search(candidate):
        return False
    if _PLACEHOLDER_RE.search(candidate) or candidate.lower() in UI_LABEL_WORDS:
        return False
    if structured:
        # Metadata fields name the author on purpose; usernames, brands and
        # "Staff" are what the site says, so only shapes that cannot be a
        # name are refused.
        return len(words) <= MAX_NAME_WORDS + 3 and any(ch.isalpha() for ch in candidate)
    if len(words) > MAX_NAME_WORDS or _HAS_DIGIT_RE.search(candidate):
        return False
    if not all(_is_name_word(w, labelled) for w in words):
        return False
    if lowered[0] in INTERFACE_WORDS and lowered[0] not in NAME_PARTICLES:
        return False  # a button's or a menu's word: "Share Adjust Comment Print", "Accueil"
    if len(lowered) == 1 and lowered[0] in _WEEKDAY_NAMES:
        return False
    # A single capitalised word is a name only if it is not a role/label.
    return any(not _non_name(w) and w not in NAME_PARTICLES for w in lowered)


def name_before_job(line: str) -> str:
    """The line up to the writer's job printed after a name, as a title or after a comma or a dash
    ("Mateusz Haberny Founder at Oakywood" -> "Mateusz Haberny", also glued: "Mateusz HabernyFounder at
    Oakywood"; "Anna Nowak, współzałożycielka"); the line as it is when no such job follows a word of it
    (rules.metadata ROLE_TAIL_RE). A job in lower case after a space alone may follow the desk's name,
    which would read as the name's last word ("Richard Adams Education editor": traf-dev fit,
    theguardian.com)."""
    job = ROLE_TAIL_RE.search(line)
    if job is None:
        return line
    tail = job.group()
    role = tail.lstrip(" ,–—-")
    if not role[:1].isupper() and not tail[: len(tail) - len(role)].strip():
        return line
    return line[: job.start()]


def _without_glued_button(candidate: str) -> str:
    """The name without a button's word glued to its last word, where raw text drops the space between
    a byline's link and the button beside it ("Inga HoeltmannFollow" -> "Inga Hoeltmann"): the word after
    the last small letter followed by a capital, when it is a button's or a menu's (rules.text
    INTERFACE_WORDS). A name's own inner capital starts no such word ("McDonald", "DeSiato").
    Raw author junk, fit: traf-dev linkedin.com, WCXB instructables.com ("Frederic LauziereFollow")."""
    last = candidate.rsplit(" ", 1)[-1]
    glue = next((at for at in range(len(last) - 1, 0, -1) if last[at].isupper() and last[at - 1].islower()), 0)
    if glue and last[glue:].lower() in INTERFACE_WORDS:
        return candidate[: len(candidate) - len(last) + glue]
    return candidate


def avatar_initials(word: str, name: str) -> bool:
    """Whether `word` is the avatar's initials a writer's card prints beside the name (its picture's
    stand-in): two or three capitals, the first and the last the first letters of the name's first
    and last words ("CM" / "Craig McCarthy", "CP" / "Chengcheng Pei"), the name two words or more.
    Raw text sets them on the line over the name, HTML runs them on into it. Fit: WCXB
    dpconline.org, mongodb.com, instatunnel.my, alternativeto.net's comment cards."""
    if not (2 <= len(word) <= 3 and word.isalpha() and word.isupper()):
        return False  # (asked of most lines under the text: the name is split only past this)
    words = name.split()
    return len(words) >= 2 and word[0] == words[0][:1].upper() and word[-1] == words[-1][:1].upper()


def _without_initials(candidate: str) -> str:
    """The name without the avatar's initials run on before it ("CM Craig McCarthy")."""
    first, _, rest = candidate.partition(" ")
    return rest if rest and avatar_initials(first, rest) else candidate


def _tidy(candidate: str) -> str:
    candidate = _without_glued_button(_strip_prefix(candidate.strip(_EDGE_PUNCT + " ")))
    candidate = ROLE_TAIL_RE.sub("", candidate)
    candidate = BYLINE_TAIL_RE.sub("", candidate)
    # (the initials are told by the name's last word: only once the tail after the name is gone, "CM
    # Craig McCarthy Last updated on": an author card's text, its avatar and its date line run on)
    candidate = _without_initials(candidate.strip(_EDGE_PUNCT + " "))
    # Leading joiners left over from ", and Jane Doe".
    candidate = LEADING_JOINER_RE.sub("", candidate)
    if candidate.isupper() and " " in candidate:
        # "BY JANE DOE" bylines are typographic caps, not the spelling.
        candidate = candidate.title()
    return candidate


def name_before_label(name: str) -> str:
    """The name before a "Label: value" a raw byline ran on into ("Katharina Schmidt Kategorien: Mode"
    -> "Katharina Schmidt"): a name holds no colon, so the word before one is the next field's label.
    "" when fewer than two words stand before the label ("Tags: Weihnachtsmarkt", "Bundesministerin
    Raab: Mit Ländern"): one word before a label is a heading's, no byline's name. Asked of the names
    found, not inside the name reader: there a line cut short would read as a byline it is not.
    Raw author junk, traf-dev fit: a post's category, its tag list, a headline's speaker and an
    illustrator's credit read as names."""
    words = name.split()
    label = next((i for i, word in enumerate(words[:-1]) if word.endswith(":")), None)
    if label is None:
        return name
    return " ".join(words[:label]) if label >= 2 else ""


def common_words_name(name: str, writes_lower: Callable[[str], bool]) -> bool:
    """Whether a name opens with a function word the page writes in lower case (`writes_lower`;
    rules.metadata NAME_OPENING_FUNCTION_WORDS: "Im Wortlaut"): the page's words, no person's, whose
    name is capitalised wherever the page writes it."""
    first = name.split(maxsplit=1)[0].strip(_EDGE_PUNCT) if name.strip() else ""
    key = first.lower()
    return first[:1].isupper() and key in NAME_OPENING_FUNCTION_WORDS and writes_lower(key)


def clean_authors(text: str, *, structured: bool = False, labelled_parts: bool = False) -> list[str]:
    """The author names in a byline string, in order, without duplicates.

    `structured=True` is for values that a metadata field declares to be the
    author (JSON-LD, meta tags): usernames and brand names are then kept,
    while free byline text must look like personal names.
    `labelled_parts=True`: where a part of the byline opens with its label, the names are that part's
    (and those beside their own label): a part without one is the post's section or kicker
    ("Ciclismo | Por: Juan Diego | Actualizado el: ...": traf-dev fit; "Nicole Forbes | ... | Indoor
    Plants": WCXB fit). Asked of the byline the page's author is read from, not of a line's shape.
    """
    text = _prepared(text, structured)
    if not text:
        return []
    names: list[str] = []
    labelled_names: list[str] = []
    seen: set[str] = set()
    dated = False
    for raw in BYLINE_SEGMENT_RE.split(text):
        found = cjk_names(raw)
        for name in found:
            if name not in seen:
                seen.add(name)
                names.append(name)
                labelled_names.append(name)
        if found:
            continue  # the part is a label and its names, whole: nothing else to read in it
        fields, dated = _fields(raw, dated, labelled_parts)
        for segment, labelled in fields:
            if not segment or BYLINE_LABEL_SEGMENT_RE.match(segment) or FILED_IN_SEGMENT_RE.match(segment):
                continue  # (a date's label, or the section the post is filed in: "In: Sides, Sourdough")
            for candidate in _field_names(segment, structured, labelled, bool(names)):
                if candidate.lower() not in seen:
                    seen.add(candidate.lower())
                    names.append(candidate)
                    if labelled:
                        labelled_names.append(candidate)
    names = (labelled_names or names) if labelled_parts else names
    people = [n for n in names if n.lower() not in WIRE_AGENCIES]
    return people or names


def _fields(raw: str, dated: bool, parted: bool) -> tuple[list[tuple[str, bool]], bool]:
    """The fields of a byline's part to read names from, each without its dates, edge punctuation and
    label, with whether a label opened it; and whether a date has parted a field from what follows it,
    in this part or one before (`dated`, carried over the byline's parts).
    With `parted` (asked where the page's author is read from its byline, as clean_authors'
    `labelled_parts`; not of a line's shape, which other readers ask), a date parts the fields on
    each side of it as a separator does: no name runs across it ("IT Finanzmagazin /PP 20. Juni 2019
    Aktuell" read "PP Aktuell"). Under a field and its date the words with no label of their own are
    the post's section, status or kind, no name ("IT Finanzmagazin /PP 20. Juni 2019 Aktuell,
    FinTech", "MoritzMeyer ... Juni 19th, 2018|Social Media|36 Kommentare", "by serviscope_minor on
    Friday January 12, 2024 @12:01PM Journal"); a labelled field goes on ("Stars 06.11.2023 13:30 von
    Olga": "Olga"). Raw author junk, traf-dev fit: it-finanzmagazin.de, moritz-meyer.net,
    vipflash.de; the shape on WCXB fit too (linux.slashdot.org's "Journal", forum.nationstates.net's
    "Psychotic Dictatorship", which the parting alone would read as names). A date opening the line parts
    nothing off ("28. Jan. 2022 Paula Balov"); a source before the date takes the writer after it
    with it (traf-dev fit msn.com: "The Guardian 02/10/2020 Anna Fazackerley" reads "The Guardian")."""
    if raw.isupper():  # "BY ALYSSA MAIO ON JANUARY 21, 2023": the date's preposition goes with it
        raw = CAPS_DATE_PREPOSITION_RE.sub(" ", raw)
    segment = _bare(raw)
    if segment and (BYLINE_LABEL_SEGMENT_RE.match(segment) or DATE_PREPOSITION_OPENING_RE.match(raw)):
        # "Posted on March 3, 2020 by Jane Doe", "On January 12, 2025 By Jane Doe In Recipes"
        after = DATED_FILED_IN_RE.sub(r"\g<name>", _after_dated_label(raw))
        return [(_bare(after), True)], dated
    if not parted:
        return [_bare_labelled(raw)], dated
    fields: list[tuple[str, bool]] = []
    pieces = remove_dates(raw, _DATE_MARK).split(_DATE_MARK)
    for index, piece in enumerate(pieces):
        # (the date's own label alone before it is no field: "Datum: 19.11.2021 Autor: ...")
        label_only = index < len(pieces) - 1 and _DATE_LABEL_ONLY_RE.fullmatch(piece) is not None
        bare, labelled = ("", False) if label_only else _bare_labelled(piece)
        if labelled or not dated:
            fields.append((bare, labelled))
        # (a weekday is the date's own word: "Dimanche, 02.11.2014 | Marie Curie")
        dated = dated or (index < len(pieces) - 1 and bare.lower() not in _NO_FIELD)
    return fields, dated


def _field_names(segment: str, structured: bool, labelled: bool, named: bool) -> list[str]:
    """The names of a byline's field (`named`: a name was read before it)."""
    # A post and its place go whole before the split: the place's preposition may be a joiner.
    # The section's word, where no name goes on, is cut with the section before it too: after
    # the split the section's parts would read as names ("Jane Doe In: Recipes, Sides").
    segment = FILED_IN_TAIL_RE.sub(r"\g<name>", BYLINE_PLACED_ROLE_RE.sub(" ", segment))
    found: list[str] = []
    for part in NAME_SPLIT_RE.split(segment):
        candidate = _tidy(part)
        if (named or found) and CREDENTIAL_RE.fullmatch(part.strip(" ,")):
            continue  # "…, MS, RD": the letters after the name before it
        if _plausible(candidate, structured, labelled):
            found.append(candidate)
    return found


@lru_cache(maxsize=1)
def _cjk_byline_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(source) for source in CJK_BYLINE_SOURCES)


def cjk_names(segment: str) -> list[str]:
    """The Chinese, Japanese or Korean names of a byline's part that is only its label and the names
    ("记者 张三", "文/张三、李四", "홍길동 기자"), or []. These scripts have no capitals: the label beside
    them tells a name from any other word (rules.metadata CJK_BYLINE_SOURCES), and the name reader
    refuses them alone. (A part made of these names holds no capital either: the other readers
    take nothing from it.)"""
    segment = _normalise(segment)
    if not segment or max(segment) < CJK_FIRST_CHAR or len(segment) > MAX_BYLINE_CHARS:
        return []
    for pattern in _cjk_byline_patterns():
        found = pattern.fullmatch(segment)
        if found:
            names = CJK_NAME_SPLIT_RE.split(found.group("names"))
            return [name for name in names if name not in CJK_NON_NAMES]
    return []


def _prepared(text: str, structured: bool) -> str:
    """The byline text within its limit, without addresses, links, handles and bracketed asides;
    "" when none is left (or a structured value is only a link)."""
    if not text:
        return ""
    text = _within_limit(text, MAX_BYLINE_CHARS * (2 if structured else 1), unglue=not structured)
    if not text or structured and (_URL_RE.fullmatch(text) or text.startswith("/")):
        return ""
    text = _URL_RE.sub(" ", _EMAIL_RE.sub(" ", text))
    # (a glued handle parts the names on each side of it, as a comma would)
    text = _HANDLE_RE.sub(" ", _GLUED_HANDLE_RE.sub(", ", text)) if not structured else text
    text = _without_label_ending(text) if "(" in text else text
    for _ in range(_PAREN_ROUNDS):
        text = _PAREN_RE.sub(" ", text)
    return text


def _without_label_ending(text: str) -> str:
    """The byline with its opening label's ending in brackets folded into the label ("Auteur(e)s :
    Claire Petit" -> "Auteurs : Claire Petit", "Autor(inn)en: ..." -> "Autoren: ..."): the ending is
    the label's, no aside, and taken out as an aside it would leave "Auteur s", "Autor en" (rules.text
    LABEL_ENDING). Only the label's: a bracket glued to a name is read as before."""
    label = BYLINE_PREFIX_RE.match(text)
    if label is None or "(" not in label.group():
        return text
    return LABEL_ENDING.sub("", label.group()) + text[label.end():]


def _bare(segment: str) -> str:
    """A byline segment without its dates, edge punctuation and label."""
    return _bare_labelled(segment)[0]


def _bare_labelled(segment: str) -> tuple[str, bool]:
    """A byline segment without its dates, edge punctuation and label, and whether it had a label."""
    if segment.isupper():  # "BY ALYSSA MAIO ON JANUARY 21, 2023": the date's preposition goes with it
        segment = CAPS_DATE_PREPOSITION_RE.sub(" ", segment)
    unlabelled = _normalise(remove_dates(segment)).strip(_EDGE_PUNCT + " ")
    bare = _strip_prefix(unlabelled)
    return bare, bare != unlabelled


def _after_dated_label(segment: str) -> str:
    """What follows the byline's label in a segment that opens with a date's label and its date
    ("Posted on March 3, 2020 by Jane Doe" -> "Jane Doe"); "" when there is none. Only after a
    date: "Photo by", "Edited by" label someone else than the author."""
    for found in BYLINE_INNER_PREFIX_RE.finditer(segment):
        if find_date(segment[:found.start()]) is not None:
            return segment[found.end():]
    return ""


# Asked of the same short lines by several of the classifier's phases: memoised per text.
@lru_cache(maxsize=4096)
def looks_like_byline(line: str) -> bool:
    """Whether a raw text line is a byline ("By Jane Doe", "Jane Doe | 3 March 2024")."""
    line = _within_limit(line, MAX_BYLINE_CHARS, unglue=True)
    if not line:
        return False
    if BYLINE_START_RE.match(line):
        return bool(clean_authors(line))
    if max(line) >= CJK_FIRST_CHAR and any(cjk_names(part) for part in BYLINE_SEGMENT_RE.split(_prepared(line, False))):
        return True  # "记者 张三", "홍길동 기자 hong@example.com", "(서울=연합뉴스) 홍길동 기자"
    # Without a prefix, a byline is a short name next to a date.
    if len(line.split()) > 14 or find_date(line) is None:
        return False
    names = clean_authors(line)
    # One word is a name only after its label ("29. Juni 2017 · von Tobi"): alone it may be any word.
    return any(len(name.split()) >= 2 for name in names) or (bool(names) and _labelled_segment(line))


def _labelled_segment(line: str) -> bool:
    """Whether a part of the line opens with a byline's label before a word ("· von Tobi"), or
    with the date's preposition, the date and the label after it ("Am 13. November 2019 Von Henry")."""
    return any(BYLINE_START_RE.match(segment) or DATE_PREPOSITION_OPENING_RE.match(segment) and _after_dated_label(segment)
               for segment in BYLINE_SEGMENT_RE.split(line))


def post_header_name(line: str) -> str | None:
    """The poster's handle on a forum post's header line, where the line is only the handle, the day
    and the time of the post, perhaps the shown name in brackets and the post's number ("DaleJack
    September 5, 2024, 11:15pm 1", "amondale (Amondale) November 8, 2024, 7:33pm 1", "longshot ·
    03/03/2026 19:44"); None for any other line. A handle may be lower-case or glued ("blumo",
    "PaulWBryant"), which the name reader refuses: here the line's shape says who it is."""
    line = _normalise(line)
    if len(line) > MAX_BYLINE_CHARS or find_date(line) is None or not has_clock_time(line):
        return None
    rest = _PAREN_RE.sub(" ", remove_dates(line))
    handle = _shown_name(_POST_NUMBER_RE.sub("", rest).strip(_EDGE_PUNCT + " "))
    return handle if line.startswith(handle) and _handle_shaped(handle) else None


def _handle_shaped(handle: str) -> bool:
    """Whether a post header's first words can be the poster's handle: a letter in at most
    _HANDLE_MAX_CHARS characters, and no date's label, role, button or menu word ("Updated 3 March
    2024, 10:00": a date's label, no handle)."""
    if not handle or len(handle) > _HANDLE_MAX_CHARS or not any(ch.isalpha() for ch in handle):
        return False
    key = handle.lower()
    return not (BYLINE_LABEL_SEGMENT_RE.match(handle) or _non_name(key) or key in UI_LABEL_WORDS
                or key in INTERFACE_WORDS)


def aged_post_header_name(line: str) -> str | None:
    """The poster's handle on a post's header line that dates the post by its age, in any language of
    the relative-date table (rules.text RELATIVE_DATES): the line is only the handle (perhaps after a
    byline's label), the age and perhaps the post's number or its links after a bar ("Need2KnowLion
    2 years ago#1", "By romain · 1 day ago", "Anna vor 3 Tagen", "by jdoe 3 hours ago | hide |
    45 comments"); "" for such a line whose first words read as no handle ("via scvalex 1 year ago |
    caches"); None for any other line. A handle may be lower-case or glued, which the name reader
    refuses: here the line's shape says who it is, as post_header_name's does for a header dated by
    the day and the time."""
    line = _POST_NUMBER_MARK_RE.sub("", _normalise(line))
    key = line.lower()
    # (the table's words gate the costly search: nearly no line holds one; a case fold that changes
    # the line's length would shift the handle's place)
    if (len(line) > MAX_BYLINE_CHARS or len(key) != len(line) or RELATIVE_DATE_WORDS.isdisjoint(key.split(" "))
            and not any(end in key for end in RELATIVE_DATE_GLUED_ENDS)):
        return None
    age = RELATIVE_DATE.search(key)
    if age is None or not _POST_LINKS_RE.match(key, age.end()):
        return None
    holder = line[: age.start()].strip(_STAMP_JOINERS)
    if not holder:
        return None
    handle = _shown_name(_strip_prefix(holder))
    return handle if _handle_shaped(handle) else ""


def _shown_name(rest: str) -> str:
    """The poster on a post's header line without its dates: a handle of one word, or a shown name of
    several that reads as a person's, the word joining the day to the time left after it ("Pepper Pot
    Jun 7, 2017 at 8:28 pm": a small word of at most _CLOCK_JOINER_MAX_CHARS letters); "" for any
    other rest. Fit-half WCXB: woodworkingmasterclasses.com (raw author missed)."""
    words = rest.split()
    if len(words) == 1:
        return words[0]
    if words and len(words[-1]) <= _CLOCK_JOINER_MAX_CHARS and words[-1].isalpha() and words[-1].islower():
        words.pop()
    name = " ".join(words)
    # (one word before the small one is a label's: "Ends on September 5, 2024, 11:15pm")
    return name if len(words) > 1 and clean_authors(name) == [name] else ""


def filed_name(line: str) -> list[str]:
    """The author on a post's meta line that says where the post is filed, in a part of its own
    ("John Crenshaw in seo", "Dec 26, 2025 • Mahua Das in Project Management" -> "Mahua Das"),
    or [] when no part is only a name and its section. The whole part before the word must read
    as one name: "Recent Trends in Photography" passes too, so callers ask it only of the lines a
    post's meta sits on (the date line and the line over it)."""
    line = _within_limit(line, MAX_BYLINE_CHARS, unglue=False)
    for segment in BYLINE_SEGMENT_RE.split(line):
        found = FILED_IN_RE.match(_bare(segment))
        if found:
            name = found.group("name")
            if clean_authors(name) == [name]:
                return [name]
    return []


_FILED_IN = frozenset(word for words in FILED_IN_WORDS.values() for word in words)


def dated_line_name(line: str) -> list[str]:
    """The name after a byline's label on a post's dated meta line, where the line runs on past the
    name with what the name reader refuses: a comment count, a second date, the section the post is
    filed in ("May 3, 2017 By Erin Spain 4 Comments", "By Hardtail Canada August 12, 2021 August 13,
    2021 training", "On January 12, 2025 By Gabby Boucher In Budget Travel, Travel Tips"): the name
    is the run of name words after the label, up to the first other word (or the filed-in word, in
    any case after a name of two words). [] for an undated line or a line with no label."""
    line = _within_limit(line, MAX_BYLINE_CHARS, unglue=True)
    if not line or find_date(line) is None:
        return []
    label = BYLINE_START_RE.match(line) or BYLINE_INNER_PREFIX_RE.search(line)
    if label is None:
        return []
    words: list[str] = []
    for word in remove_dates(line[label.end():]).split():
        filed = len(words) >= 2 and word.lower() in _FILED_IN
        if filed or len(words) == MAX_NAME_WORDS or not _is_name_word(word) or _HAS_DIGIT_RE.search(word):
            break
        words.append(word)
    name = " ".join(words).strip(_EDGE_PUNCT)
    return [name] if name and clean_authors(name) == [name] else []


def copyright_holder(line: str) -> str | None:
    """The holder a site's copyright notice names ("© Copyright 1998-2025 by Help Net Security" ->
    "Help Net Security", "©2025 98 Buck Social. All rights reserved." -> "98 Buck Social"): the first
    part after the sign, the word "Copyright" and the years, without a byline's label, up to a comma
    or a sentence's end; None for a line of another shape (rules.text FOOTER_COPYRIGHT) or a holder
    that reads as no name: more than rules.metadata COPYRIGHT_HOLDER_MAX_WORDS words, a word in
    small letters ("Made with love by ..."), the rights' words ("All Rights Reserved",
    rules.text CAPTION_SIGNED_NOTICE), a figure past its first word (a build's number run on:
    "Kyffhäuser Nachrichten 2.6411"; a name may open with one, "98 Buck Social"). A holder set in
    capitals is a typeface, as a byline's is."""
    line = _normalise(line)
    if not FOOTER_COPYRIGHT.match(line):
        return None
    rest = COPYRIGHT_YEARS.sub(" ", COPYRIGHT_OPENING.sub("", line))
    pieces = (_strip_prefix(piece.strip(_EDGE_PUNCT + " ")) for piece in BYLINE_SEGMENT_RE.split(rest))
    part = next((piece for piece in pieces if piece), "")
    holder = COPYRIGHT_HOLDER_END.split(part, maxsplit=1)[0].strip(_EDGE_PUNCT + " ")
    words = holder.split()
    if (not 0 < len(words) <= COPYRIGHT_HOLDER_MAX_WORDS or CAPTION_SIGNED_NOTICE.search(holder)
            or not all(word[0].isupper() or word[0].isdigit() or word == "&" for word in words)
            or _HAS_DIGIT_RE.search(" ".join(words[1:]))
            or not any(char.isalpha() for char in holder)):
        return None
    return holder.title() if holder.isupper() and " " in holder else holder
