"""Date parsing for metadata values and free-text lines.

`parse_date` reads a value that is meant to be a date (a meta tag, a JSON-LD
field, a `<time datetime>`); `find_date` finds the first date inside a line of
prose such as a byline. Both return ISO 8601 strings and never guess a day
that is not written: "September 2025" alone gives None.

No third-party date library: the formats publishers use are few, a handful of
compiled regexes cover them, and dateutil's fuzzy parser happily invents dates
from stray numbers, which is the error we most want to avoid.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from functools import lru_cache

from artextract.rules.metadata import (
    BUDDHIST_ERA_CENTURY,
    BUDDHIST_ERA_MONTH_PATTERN,
    BUDDHIST_ERA_MONTHS,
    BUDDHIST_ERA_OFFSET,
    DAY_FIRST_LABEL_PATTERN,
    DAY_WORD_AFTER_PATTERN,
    MAX_YEAR,
    MIN_YEAR,
    MONTH_PATTERN,
    MONTHS,
    NUMBERED_MONTH_PATTERN,
    NUMBERED_MONTH_WORDS,
    NUMBERED_YEAR_PATTERN,
    WEEKDAY_PATTERN,
    YEAR_FIRST_MONTH_PATTERN,
    YEAR_WORD_AFTER_PATTERN,
    YEAR_WORD_BEFORE_PATTERN,
    ZONE_OFFSETS,
    ZONE_PATTERN,
)

__all__ = ["parse_date", "find_date", "find_date_glued_count", "has_clock_time", "remove_dates"]

# Letters on either side of a month name would make it part of another word.
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_MONTH = _NOT_LETTER_BEFORE + r"(?P<mon>" + MONTH_PATTERN + r")" + _NOT_LETTER_AFTER + r"\.?"
_WEEKDAY = r"(?:" + _NOT_LETTER_BEFORE + r"(?:" + WEEKDAY_PATTERN + r")" + _NOT_LETTER_AFTER + r"\.?,?\s+)?"
_ZONE = r"(?P<Z>Z|[+-]\d{2}(?::?\d{2})?|" + _NOT_LETTER_BEFORE + r"(?:" + ZONE_PATTERN + r")" + _NOT_LETTER_AFTER + r")"

# ISO 8601 with an optional time; the zone makes the time worth keeping.
_ISO_RE = re.compile(
    r"(?<![\d.])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:(?:T|\s+)(?P<H>\d{1,2}):(?P<Mi>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?\s*" + _ZONE + r"?)?"
    r"(?!\d)",
    re.IGNORECASE,
)
# 2025/09/04 and 2025.09.04 (East-Asian and some European CMSs).
_YMD_RE = re.compile(r"(?<![\d.])(?P<y>\d{4})\s?[/.]\s?(?P<m>\d{1,2})\s?[/.]\s?(?P<d>\d{1,2})(?![\d/])")
# 2025年9月4日 (Chinese, Japanese); 2025년 9월 4일 (Korean).
_CJK_RE = re.compile(r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]")
# 04.09.2025: dotted dates are day-first everywhere they are used, unless the middle number,
# over 12, can only be the day (06.18.2025: US sites print that too; fit-half WCXB
# forefrontweb.com, blockrenovation.com, aura.com). Read so with a four-digit year only: a
# two-digit one may end a version number ("1.15.20").
_DMY_DOT_RE = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4}|\d{2})(?![\d]|\.\d)")
# 09/04/2025 and 04-09-2025: slashes are month-first (US), dashes day-first,
# unless a number over 12 settles it.
_NUM_SLASH_RE = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?![\d/])")
_NUM_DASH_RE = re.compile(r"(?<![\d.-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>\d{4})(?![\d-])")
# A figure date after a label that makes it day first (rules.metadata DAY_FIRST_LABELS: Vietnamese
# "ngày 5/3/2025", "Thứ Tư, 05-03-2025"), read before the slash form at the same date.
_LABELLED_DAY_FIRST_RE = re.compile(
    _NOT_LETTER_BEFORE + r"(?:" + DAY_FIRST_LABEL_PATTERN + r"),?\s+(?P<d>\d{1,2})([/-])(?P<m>\d{1,2})\2(?P<y>\d{4})(?![\d/-])",
    re.IGNORECASE,
)
# 5 tháng 3, 2025 / 5 tháng 3 năm 2025: the day, the word "month" and its number, the year
# (rules.metadata NUMBERED_MONTH_WORDS).
_NUMBERED_MONTH_RE = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\s+(?:" + NUMBERED_MONTH_PATTERN + r")\s+(?P<m>\d{1,2})"
    r"(?:\s*,\s*|\s+(?:" + NUMBERED_YEAR_PATTERN + r")\s+)(?P<y>\d{4})(?!\d)",
    re.IGNORECASE,
)
# A month's second name after a slash, where a language prints two for each month (Arabic: the
# names Egypt and the Gulf print and the Levant's, "14 يناير/ كانون الثاني 2025"): the first is read.
_MONTH_SECOND_NAME = r"(?:\s?/\s?" + _NOT_LETTER_BEFORE + r"(?:" + MONTH_PATTERN + r")" + _NOT_LETTER_AFTER + r")?"
# September 4, 2025 / Sep. 4th 2025 / Mar 09 , 2023 (a space before the comma: WCXB fit nairaland.com,
# traf-dev fit digjitale.com) / Tuesday, September 4, 2025 / မတ် ၅၊ ၂၀၂၅ (Myanmar's comma "၊",
# spaced or not) / မတ်လ ၅ ရက်၊ ၂၀၂၅ (Myanmar's word "day" after the day: rules.metadata DAY_WORDS_AFTER).
_MYANMAR_DAY_WORD = r"(?:\s*(?:" + DAY_WORD_AFTER_PATTERN + r"))?"
_MDY_RE = re.compile(
    _WEEKDAY + _MONTH + r"\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?" + _MYANMAR_DAY_WORD + r"(?:\s?,|\s?၊)?\s+(?P<y>\d{4})(?!\d)",
    re.IGNORECASE,
)
# What parts the day from the month's name: a space or nothing, a dash or slash (spaced too: "29 /
# Dezember / 2022"), the weekday ("31 Donnerstag Okt 2019", a WordPress theme's stamp), or a comma,
# which then parts the month from the year as well ("26, Abril, 2022": "Issue 26, April 2022" is no
# date). Raw dates missed, fit half: traf-dev fogsmagazin.com, 1hundetagebuch.wordpress.com,
# 100noticias.com.
_DAY_MONTH_JOIN = (
    r"(?:\s*|\s?[-/]\s?|(?P<comma>,)\s+|\s+" + _NOT_LETTER_BEFORE + r"(?:" + WEEKDAY_PATTERN + r")"
    + _NOT_LETTER_AFTER + r"\.?,?\s+)"
)
# 4 September 2025 / 4. September 2025 / 1er septembre 2025 /
# 4 de septiembre de 2025 / 04-Sep-2025 / Thu, 04 Sep 2025 17:50:00 +0000 / 5 مارس/آذار 2025 / ၅ ရက် မတ်လ ၂၀၂၅.
_DMY_RE = re.compile(
    _WEEKDAY
    + r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th|er|º|°|o)?\.?" + _MYANMAR_DAY_WORD + _DAY_MONTH_JOIN + r"(?:de\s+|of\s+)?"
    + _MONTH
    + _MONTH_SECOND_NAME
    + r"(?(comma),\s*|(?:,?\s*|\s?[-/]\s?))(?:de\s+|del\s+|(?:" + YEAR_WORD_BEFORE_PATTERN + r")\s*)?(?P<y>\d{4})(?!\d)"
    r"(?:,?\s+(?P<H>\d{1,2}):(?P<Mi>\d{2})(?::(?P<S>\d{2}))?\s*" + _ZONE + r")?",
    re.IGNORECASE,
)
# 2025. március 4. / 2025. márc. 4. / 2025. március 4-én (Hungarian: the year, its dot, the month's
# name, the day and its dot or case ending).
_YEAR_FIRST_RE = re.compile(
    r"(?<![\d.])(?P<y>\d{4})\.\s*" + _NOT_LETTER_BEFORE + r"(?P<mon>" + YEAR_FIRST_MONTH_PATTERN + r")"
    + _NOT_LETTER_AFTER + r"\.?\s*(?P<d>\d{1,2})(?:\.|-[^\W\d_]{1,3})?(?!\d)",
    re.IGNORECASE,
)
# ၂၀၂၅ ခုနှစ် မတ်လ ၅ ရက် (Myanmar: the year, the word "year", the month's name, the day and the word
# "day"; rules.metadata YEAR_WORDS_AFTER, which the form asks for).
_YEAR_WORD_FIRST_RE = re.compile(
    r"(?<![\d.])(?P<y>\d{4})\s*(?:" + YEAR_WORD_AFTER_PATTERN + r")[\s,၊]*" + _MONTH
    + r"\s*(?P<d>\d{1,2})(?!\d)(?:\s*(?:" + DAY_WORD_AFTER_PATTERN + r"))?"
)
# 5 มี.ค. 68 / 5 มีนาคม 68: a Thai month and the Buddhist era's year in two figures (rules.metadata
# BUDDHIST_ERA_CENTURY; 43-99, 2000-2056, in Arabic or Thai figures), not run on into a time ("5 มี.ค. 12.30 น." is no year), nor
# a count after a date ("5 มีนาคม 10 คน", "ten people"). The day's lookbehind
# after its first figure, so that the search scans for a figure.
_THAI_SHORT_YEAR_RE = re.compile(
    r"(?P<d>\d(?<![\d.]\d)\d?)\s*" + _NOT_LETTER_BEFORE + r"(?P<mon>" + BUDDHIST_ERA_MONTH_PATTERN + r")\.?\s*"
    r"(?P<y>[4-9\u0e54-\u0e59]\d)(?![\d:.])"
)
# What the short Thai year needs in a text that holds no four-figure year: a Thai character.
_THAI_CHAR = re.compile("[\u0e01-\u0e5b]")
# Whole-value forms only parse_date accepts: 20250904 and Unix timestamps.
_COMPACT_RE = re.compile(r"\s*(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})\s*")
_EPOCH_RE = re.compile(r"\s*(?P<s>\d{10})(?P<ms>\d{3})?\s*")

# US sites print "ET"/"PT" after times; no fixed offset, so only stripped.
_US_ZONE = r"\b[ECMP]T\b"
# Clock times, to strip them from bylines along with the dates; with their word for
# "o'clock" where a language writes one after the time (German "16:40 Uhr", which
# left alone reads as a capitalised name), and the half of the day as Spanish writes it,
# spaced after its dot ("12:00 a. m.": traf-dev fit eltiempo.com, where "A. M" was read as a
# name). A dotted date's day and month are no time ("11.10.2021": its "11.10" made a
# dateline's place a post's header, "Bonn, 11.10.2021": traf-dev fit thw.de, coopbuddy.de).
_HALF_DAY = r"[ap](?:\.\s?)?m\.?"
_CLOCK_WORD = r"(?:" + _HALF_DAY + r"|uhr\b)"
_TIME_RE = re.compile(
    r"(?<!\d)\d{1,2}[:.h]\d{2}(?!\.\d)(?::\d{2})?\s*" + _CLOCK_WORD + r"?(?:\s*" + _ZONE + r"|\s*" + _US_ZONE + r")?(?![\d])"
    r"|(?<!\d)\d{1,2}\s*(?:" + _HALF_DAY + r"(?![^\W\d_])|uhr\b)",
    re.IGNORECASE,
)

# A year glued to the next date where raw page text lost the space between two date elements
# (a post's published and modified dates): "19. Dezember 202219. Dezember 2022", "January 24,
# 2026January 24, 2026". The year, then a dotted day or a capital (a month's name): they are parted
# before the patterns run, whose year may not run on into a figure. Raw date missed, fit half:
# traf-dev erfolg-magazin.de, anchor.ch, dietagespresse.com, arsnova.thm.de.
_GLUED_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=[0-3]?\d\.\s|[A-Z])")
# A year glued to the count that follows it, a post's age or a reading time ("June 14, 20241 yr
# in Kerbal Network", "Mar 27, 20255 mins"): a year, then one to three figures and a word. Raw date
# missed, fit half: WCXB forum.kerbalspaceprogram.com, forum.affinity.serif.com, cio.com.
_GLUED_COUNT_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=\d{1,3}\s?[^\W\d_])")

# What a written date cannot do without, checked before the patterns run
# (the month names cost ~0.3 us a character): a four-digit year, or a dotted
# date with a two-digit year; and for the month-name forms, a day number (a run of
# one or two figures). Each of these opens with a figure, so the engine skips to the
# text's figures at once instead of trying the pattern at every character (these
# run on every line: "\d{4}|\d\.", "(?<!\d)\d{1,2}" give it no first character to look for).
_DATE_HINT = re.compile(r"\d(?:\d{3}|\.\s?\d{1,2}\.\s?\d\d)")
_DAY_NUMBER = re.compile(r"\d(?<!\d\d)\d?(?!\d)")
# The all-figure forms join two numbers with a dash, slash or dot (or write 年/년): a line of
# prose with a year in it ("in 2024.") has none, and skips six patterns (~20 us a line).
_FIGURES_JOINED = re.compile(r"\d\s?[-/.]\s?\d")
# ... or the word that writes a month as its number (Vietnamese "tháng", capitalised too).
_YEAR_SIGNS = ("年", "년") + NUMBERED_MONTH_WORDS + tuple(word.capitalize() for word in NUMBERED_MONTH_WORDS)
_MONTH_NAME_FORMS = ("mdy", "dmy", "ynd", "ywd", "thai2")
# The first day of a range and its dash, right before a day-first date (`_ends_a_range`).
_DAY_FIRST_FORMS = ("dmy", "dot")
_RANGE_OPENING = re.compile(r"(?<![\d.])\d{1,2}\.?\s?[-–]\s?$")

_MATCHERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", _ISO_RE),
    ("cjk", _CJK_RE),
    ("ymd", _YMD_RE),
    ("vnum", _NUMBERED_MONTH_RE),
    ("mdy", _MDY_RE),
    ("dmy", _DMY_RE),
    ("ynd", _YEAR_FIRST_RE),
    ("ywd", _YEAR_WORD_FIRST_RE),
    ("thai2", _THAI_SHORT_YEAR_RE),
    ("dot", _DMY_DOT_RE),
    ("dfirst", _LABELLED_DAY_FIRST_RE),
    ("slash", _NUM_SLASH_RE),
    ("dash", _NUM_DASH_RE),
)


def _valid(y: int, m: int, d: int) -> date | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _zone(z: str) -> str | None:
    z = z.strip()
    if not z:
        return None
    offset = ZONE_OFFSETS.get(z.lower())
    if offset is not None:
        return "Z" if z.upper() == "Z" else offset
    sign, digits = z[0], z[1:].replace(":", "")
    if len(digits) == 2:
        digits += "00"
    if len(digits) != 4 or int(digits[:2]) > 14 or int(digits[2:]) > 59:
        return None
    return f"{sign}{digits[:2]}:{digits[2:]}"


def _with_time(day: date, m: re.Match[str]) -> str:
    """The ISO string, with the time only when a zone pins it down."""
    groups = m.groupdict()
    if not groups.get("H") or not groups.get("Z"):
        return day.isoformat()
    zone = _zone(groups["Z"])
    hour, minute = int(groups["H"]), int(groups["Mi"])
    second = groups.get("S")
    if zone is None or hour > 23 or minute > 59 or (second and int(second) > 59):
        return day.isoformat()
    clock = f"{hour:02d}:{minute:02d}" + (f":{second}" if second else "")
    return f"{day.isoformat()}T{clock}{zone}"


def _year(text: str) -> int:
    y = int(text)
    # Two-digit years only occur in dotted dates and mean this century.
    return 2000 + y if len(text) == 2 else y


def _common_era(year: int, month: str) -> int:
    """The year of the common era: a Thai month's year past MAX_YEAR is the Buddhist era's."""
    return year - BUDDHIST_ERA_OFFSET if year > MAX_YEAR and month in BUDDHIST_ERA_MONTHS else year


def _from_match(kind: str, m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if kind in ("iso", "cjk", "ymd", "vnum", "dfirst"):
        day = _valid(int(g["y"]), int(g["m"]), int(g["d"]))
    elif kind == "thai2":
        day = _valid(BUDDHIST_ERA_CENTURY + int(g["y"]) - BUDDHIST_ERA_OFFSET, MONTHS[g["mon"]], int(g["d"]))
    elif kind in _MONTH_NAME_FORMS:
        month = g["mon"].lower()
        day = _valid(_common_era(int(g["y"]), month), MONTHS[month], int(g["d"]))
    elif kind == "dot":
        dom, month = int(g["d"]), int(g["m"])
        if month > 12 and len(g["y"]) == 4:
            dom, month = month, dom
        day = _valid(_year(g["y"]), month, dom)
    else:
        a, b = int(g["a"]), int(g["b"])
        month_first = kind == "slash"
        if a > 12:
            month_first = False
        elif b > 12:
            month_first = True
        month, dom = (a, b) if month_first else (b, a)
        day = _valid(int(g["y"]), month, dom)
    if day is None:
        return None
    return _with_time(day, m) if kind in ("iso", "dmy") else day.isoformat()


def _subset(named: bool, figures: bool) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (kind, pattern) for kind, pattern in _MATCHERS if (named if kind in _MONTH_NAME_FORMS else figures)
    )


# By (a day number for the month-name forms, figures joined for the others); the order of
# _MATCHERS kept, since at one position the first form listed wins.
_MATCHER_SUBSETS = {(named, figures): _subset(named, figures) for named in (False, True) for figures in (False, True)}


def _matchers_for(text: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns that could match the text at all (none without a year)."""
    if not _DATE_HINT.search(text) and (text.isascii() or _THAI_CHAR.search(text) is None):
        return ()
    named = _DAY_NUMBER.search(text) is not None
    # (_FIGURES_JOINED needs one of its joiners: three substring tests spare most lines the search.)
    figures = (("-" in text or "/" in text or "." in text) and _FIGURES_JOINED.search(text) is not None
               or any(sign in text for sign in _YEAR_SIGNS))
    return _MATCHER_SUBSETS[named, figures]


def _ends_a_range(kind: str, text: str, start: int) -> bool:
    """Whether a day-first date closes a range of days ("14. - 20. Januar 2022", "12.-14. Mai 2024",
    "13-15 October 2026"): a week's report, an event's days, no day a post was dated, and a title
    that names one is no date line (traf-dev fit slf.ch, the title "Wochenbericht 14. - 20. Januar
    2022" refused as a headline; WCXB fit emit.digital's event days read as the post's date)."""
    return kind in _DAY_FIRST_FORMS and _RANGE_OPENING.search(text, max(0, start - 8), start) is not None


# Block classifiers ask it of the same line several times (date line, byline,
# head furniture, assembler): the pure answer is memoised per text.
@lru_cache(maxsize=4096)
def find_date(text: str) -> str | None:
    """The first valid date written in a line of free text, as ISO 8601."""
    if not text:
        return None
    best: tuple[int, str] | None = None
    for kind, pattern in _matchers_for(text):
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best[0]:
                break
            value = _from_match(kind, m)
            if value is not None and not _ends_a_range(kind, text, m.start()):
                best = (m.start(), value)
                break
    return best[1] if best else None


def find_date_glued_count(text: str) -> str | None:
    """The date of a line whose year runs on into the count after it ("Mar 27, 20255 mins"), read
    with the year parted; None for any other line. Not part of `find_date`: the classifier asks that
    of every line, and a line it newly reads as a date moves the article's head; the assembler asks
    this of the lines under the headline when no date line dates the article."""
    if not _GLUED_COUNT_RE.search(text):
        return None
    return find_date(_GLUED_COUNT_RE.sub(r"\1 ", text))


def parse_date(text: str) -> str | None:
    """A date value (meta tag, JSON-LD, datetime attribute) as ISO 8601.

    Returns `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS]±HH:MM` when the value
    carries a time with a zone; None when no valid date is written.
    """
    if not text:
        return None
    text = text.strip()
    iso = _ISO_RE.match(text)
    if iso is not None:
        # A value that starts as ISO and is invalid (month 13) is rejected
        # outright rather than searched for another date inside it.
        return _from_match("iso", iso)
    if (compact := _COMPACT_RE.fullmatch(text)) is not None:
        day = _valid(int(compact["y"]), int(compact["m"]), int(compact["d"]))
        return day.isoformat() if day else None
    if (epoch := _EPOCH_RE.fullmatch(text)) is not None:
        stamp = datetime.fromtimestamp(int(epoch["s"]), tz=timezone.utc).date()
        return stamp.isoformat() if _valid(stamp.year, stamp.month, stamp.day) else None
    return find_date(text)


def has_clock_time(text: str) -> bool:
    """Whether a clock time is written in the text ("11:15pm", "19:44", "16:40 Uhr")."""
    return _TIME_RE.search(text) is not None


def remove_dates(text: str, mark: str = " ") -> str:
    """`text` without any date or clock time in it (for cleaning bylines), each date replaced by
    `mark` (a byline reader may keep where a date parted two fields)."""
    text = _GLUED_YEAR_RE.sub(r"\1 ", text)
    for _, pattern in _matchers_for(text):
        text = pattern.sub(mark, text)
    return _TIME_RE.sub(" ", text)
