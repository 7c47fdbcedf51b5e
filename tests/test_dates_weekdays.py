"""The weekday names of rules.metadata WEEKDAYS: a weekday before a date is read with it, so a
byline that prints both ("Jan Novák, pátek 5. prosince 2025") keeps no weekday for a name."""

import pytest

from artextract.dates import find_date, remove_dates


@pytest.mark.parametrize(
    "text",
    ["pátek 5. prosince 2025", "fredag 5 december 2025", "fredag 5. december 2025", "perjantai 5. joulukuuta 2025",
     "пятница, 5 декабря 2025", "п'ятниця, 5 грудня 2025", "Cuma, 5 Aralık 2025", "vineri, 5 decembrie 2025",
     "Παρασκευή 5 Δεκεμβρίου 2025", "ΠΑΡΑΣΚΕΥΗ 5 ΔΕΚΕΜΒΡΙΟΥ 2025"],
)
def test_a_weekday_before_a_date_goes_with_it(text):
    assert find_date(text) == "2025-12-05"
    assert remove_dates(f"Jane Doe, {text}").strip(" ,") == "Jane Doe"


@pytest.mark.parametrize("text", ["2025年12月5日（金）", "2025. 12. 5.", "2025년 12월 5일 금요일", "2025年12月5日 星期五"])
def test_east_asian_dates_are_read_with_their_weekday_after_them(text):
    assert find_date(text) == "2025-12-05"
