from __future__ import annotations

import pytest

from artextract.dates import find_date, has_clock_time, parse_date, remove_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ISO 8601: the time is kept only when a zone pins it down.
        ("2025-09-04", "2025-09-04"),
        ("2025-09-04T12:50:36+00:00", "2025-09-04T12:50:36+00:00"),
        ("2025-09-04T12:50:36Z", "2025-09-04T12:50:36Z"),
        ("2025-09-04T12:50:36.123-0500", "2025-09-04T12:50:36-05:00"),
        ("2025-09-04T12:50", "2025-09-04"),
        ("2025-09-04 12:50:00", "2025-09-04"),
        # RFC 2822.
        ("Thu, 04 Sep 2025 17:50:00 +0000", "2025-09-04T17:50:00+00:00"),
        ("Thu, 04 Sep 2025 17:50:00 GMT", "2025-09-04T17:50:00+00:00"),
        # English month names, with and without dots, ordinals and weekdays.
        ("September 4, 2025", "2025-09-04"),
        ("4 September 2025", "2025-09-04"),
        ("Sep. 4, 2025", "2025-09-04"),
        ("Sept 4 2025", "2025-09-04"),
        ("Tuesday, September 4th, 2025", "2025-09-04"),
        ("04-Sep-2025", "2025-09-04"),
        # Numeric forms: dotted is day-first, slashes month-first unless > 12.
        ("04.09.2025", "2025-09-04"),
        ("4. 9. 2025", "2025-09-04"),
        ("2025/09/04", "2025-09-04"),
        ("09/04/2025", "2025-09-04"),
        ("25/12/2024", "2024-12-25"),
        # A dotted date whose middle number is over 12 is month-first (a US site's 06.18.2025).
        ("06.18.2025", "2025-06-18"),
        ("2025年9月4日", "2025-09-04"),
        # Other languages.
        ("4. März 2024", "2024-03-04"),
        ("1er septembre 2025", "2025-09-01"),
        ("4 de septiembre de 2025", "2025-09-04"),
        ("4 września 2025", "2025-09-04"),
        ("4 settembre 2025", "2025-09-04"),
        ("12 maart 2024", "2024-03-12"),
        ("4 de setembro de 2025", "2025-09-04"),
        ("3 févr. 2024", "2024-02-03"),
        # Labels and clock times around the date.
        ("Published 3 Jan 2024 10:00", "2024-01-03"),
        # Whole-value machine forms.
        ("20250904", "2025-09-04"),
        ("1725468600", "2024-09-04"),
    ],
)
def test_parse_date_accepts(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2025-13-04",  # month 13
        "2025-02-30",  # no such day
        "13/13/2025",
        "1989-01-01",  # before the web-publishing era: a misparse
        "2101-01-01",
        "September 2025",  # no day written: never invented
        "version 1.2.3",
        "1.15.20",  # a version number: only a four-digit year turns a dotted date month-first
        "no date here",
    ],
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Andrew King • September 4, 2025 5:50 am", "2025-09-04"),
        ("Updated: 12 March 2024", "2024-03-12"),
        ("By Jane Doe | March 3, 2024", "2024-03-03"),
        ("Posted on 2024-05-06 by admin", "2024-05-06"),
        ("Posted on the 15/12/2025 at 19:00 by Guillaume", "2025-12-15"),
        # The first date wins: published before updated.
        ("Published 3 Jan 2024, updated 5 Feb 2024", "2024-01-03"),
        ("Von Erika Muster am 3. März 2024", "2024-03-03"),
        # Russian and Ukrainian dates use the month's genitive.
        ("15 августа 2016, 13:43", "2016-08-15"),
        ("Опубліковано 5 травня 2023 р.", "2023-05-05"),
        ("Nothing dated here", None),
    ],
)
def test_find_date(line: str, expected: str | None) -> None:
    assert find_date(line) == expected


def test_find_date_skips_an_invalid_date_for_a_valid_one() -> None:
    assert find_date("ref 2025-13-01, posted 2 May 2024") == "2024-05-02"


def test_remove_dates_strips_dates_and_times() -> None:
    cleaned = remove_dates("Jane Doe | Updated March 3, 2024 5:50 pm ET")
    assert "2024" not in cleaned and "5:50" not in cleaned and "ET" not in cleaned
    assert "Jane Doe" in cleaned


def test_remove_dates_may_mark_where_each_date_stood() -> None:
    assert remove_dates("The Guardian 02/10/2020 Anna Fazackerley", "|").split("|") == ["The Guardian ", " Anna Fazackerley"]


def test_the_figure_first_prefilters_answer_as_the_plain_patterns():
    # The prefilters open with a figure so the engine can skip to the text's figures; over
    # figures, dots, dashes, slashes, spaces and other scripts' digits they answer as the plain
    # forms they replace do.
    import random
    import re

    from artextract import dates

    plain_hint = re.compile(r"\d{4}|\d\.\s?\d{1,2}\.\s?\d\d")
    plain_day = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
    plain_joined = re.compile(r"\d\s?[-/.]\s?\d|[年년]")
    pieces = ["1", "12", "123", "2024", "٣", "١٢", ".", ". ", "-", "/", " ", "a", "年", "년", "x1", "\u00a0", "  "]
    rng = random.Random(11)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        assert bool(dates._DATE_HINT.search(text)) == bool(plain_hint.search(text)), text
        assert bool(dates._DAY_NUMBER.search(text)) == bool(plain_day.search(text)), text
        joined = dates._FIGURES_JOINED.search(text) is not None or any(sign in text for sign in dates._YEAR_SIGNS)
        assert joined == bool(plain_joined.search(text)), text


def test_remove_dates_parts_a_year_glued_to_the_next_date() -> None:
    # Raw text of a post's published and modified dates side by side: "...202219. Dezember 2022".
    assert remove_dates("19. Dezember 202219. Dezember 2022 von Redaktion").split() == ["von", "Redaktion"]
    assert remove_dates("January 24, 2026January 24, 2026").strip() == ""
    # A year before a lower-case word or a number is left alone.
    assert "2019er" in remove_dates("Der 2019er Jahrgang")


def test_a_year_glued_to_the_count_after_it_is_read_by_the_glued_reader_only():
    # Raw copies run a post's age or a reading time into the year; find_date leaves the line alone
    # (the classifier asks it of every line), find_date_glued_count parts the year.
    from artextract.dates import find_date_glued_count

    assert [find_date_glued_count(t) for t in ("April 2, 20241 yr", "Mar 27, 20255 mins", "14. Juni 20243 Min.")] == [
        "2024-04-02", "2025-03-27", "2024-06-14"]
    assert (find_date("Mar 27, 20255 mins"), find_date_glued_count("In 20241 people came")) == (None, None)
    assert find_date_glued_count("March 3, 2024") is None  # nothing glued: find_date's line


def test_a_clock_time_is_told_from_a_date_alone() -> None:
    assert [has_clock_time(t) for t in ("May 2, 2024, 11:15pm", "03/03/2026 19:44", "16:40 Uhr")] == [True] * 3
    assert [has_clock_time(t) for t in ("May 2, 2024", "2024-05-02", "page 12")] == [False] * 3


def test_a_dotted_dates_day_and_month_are_no_clock_time() -> None:
    # "11.10.2021": "11.10" reads as a time only where no dot and figure follow it.
    assert [has_clock_time(t) for t in ("Bonn, 11.10.2021", "Release: 14.11.2019")] == [False, False]
    assert [has_clock_time(t) for t in ("11.10.2021 13:30", "um 13.30 Uhr")] == [True, True]


def test_the_half_of_the_day_spaced_after_its_dot_goes_with_the_time() -> None:
    # Spanish writes "12:00 a. m." (a raw copy of a dated byline, eltiempo.com's shape).
    assert remove_dates("Medellín 04 de mayo 2022, 12:00 A. M.").split() == ["Medellín", ","]
    assert remove_dates("9 p. m. Laura Gómez").split() == ["Laura", "Gómez"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A dateline's place, then the day and the month parted by commas (a news site's stamp).
        ("Managua, Nicaragua  26, Abril, 2022  7:43 p.m.", "2022-04-26"),
        # The weekday between the day and the month (a blog theme's stamp).
        ("31 Donnerstag Okt 2019", "2019-10-31"),
        # Spaced slashes between the parts.
        ("29 / Dezember / 2022", "2022-12-29"),
        # A space before the month-first date's comma (a forum's post stamp).
        ("3:21pm On Mar 09 , 2023", "2023-03-09"),
        # A comma after the day asks for one after the month: an issue's number is no day.
        ("Issue 26, April 2022", None),
    ],
)
def test_find_date_reads_the_date_parts_parted_otherwise(line: str, expected: str | None) -> None:
    assert find_date(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Abbreviations the month tables lacked: German "Mrz", French "déc." and "fév.".
        ("Mrz 25 2019, 19:02", "2019-03-25"),
        ("12 déc. 2023", "2023-12-12"),
        ("3 fév. 2024", "2024-02-03"),
    ],
)
def test_more_abbreviated_months_are_read(line: str, expected: str) -> None:
    assert find_date(line) == expected


@pytest.mark.parametrize("weekday", ["miercoles", "Sabado", "giovedi", "terca-feira"])
def test_weekdays_printed_without_accents_go_with_the_date(weekday: str) -> None:
    assert remove_dates(f"Ana Ruiz, {weekday}, 5 de mayo de 2021").strip(" ,") == "Ana Ruiz"


@pytest.mark.parametrize("line", ["Wochenbericht 14. - 20. Januar 2022", "12.-14. Mai 2024", "Date: 13-15 October 2026", "14.-20.01.2022"])
def test_a_range_of_days_is_no_date(line: str) -> None:
    # A week's report or an event's days (stand-ins for a report's title and a conference list).
    assert find_date(line) is None


def test_a_date_after_a_range_is_read() -> None:
    assert find_date("12.-14. Mai 2024, veröffentlicht 3. Mai 2024") == "2024-05-03"
    assert find_date("WoB 31. Dezember 2021-06. Januar 2022") == "2021-12-31"
