"""Month names of the languages added to rules.metadata.MONTHS for pages the development data
has none of (cs, sv, da, fi, tr, ro, el, hu): the dates those pages print are read."""

from __future__ import annotations

import re

import pytest

from artextract.dates import find_date, remove_dates
from artextract.rules.metadata import MONTH_PATTERN, MONTHS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publikováno 4. března 2025", "2025-03-04"),  # cs
        ("Publicerad 4 augusti 2025", "2025-08-04"),  # sv
        ("Opdateret 12. marts 2025", "2025-03-12"),  # da
        ("Julkaistu 4. maaliskuuta 2025", "2025-03-04"),  # fi
        ("Yayınlanma tarihi: 3 Şubat 2025", "2025-02-03"),  # tr
        ("14 ARALIK 2024", "2024-12-14"),  # tr in capitals: "I" lower-cases to "i", not "ı"
        ("3 Mayis 2025", "2025-05-03"),  # tr without Turkish letters
        ("Publicat la 4 martie 2025", "2025-03-04"),  # ro
        ("Δημοσίευση: 4 Μαρτίου 2025", "2025-03-04"),  # el
        ("4 ΜΑΡΤΙΟΥ 2025", "2025-03-04"),  # el in capitals, unaccented
        # Cyrillic: Russian's and Ukrainian's abbreviations, Belarusian, Bulgarian, Macedonian and Serbian
        # months (Russian's and Ukrainian's genitive forms were read before)
        ("5 марта 2025 г.", "2025-03-05"),  # ru
        ("Обновлено 5 нояб. 2025, 14:30", "2025-11-05"),  # ru abbreviated
        ("5 СЕНТ. 2025 Г.", "2025-09-05"),  # ru in capitals
        ("5 жовт. 2025 р.", "2025-10-05"),  # uk abbreviated
        ("5 сакавіка 2025 г.", "2025-03-05"),  # be
        ("Публикувано на 12 декември 2025 г.", "2025-12-12"),  # bg
        ("1 јануари 2025", "2025-01-01"),  # mk
        ("Објављено: 5. октобар 2025.", "2025-10-05"),  # sr Cyrillic
        ("Objavljeno: 5. oktobar 2025.", "2025-10-05"),  # sr Latin
    ],
)
def test_dates_in_the_added_languages_are_read(text, expected):
    assert find_date(text) == expected


def test_every_month_name_as_pages_case_it_is_a_key():
    """The date patterns ignore case and look the match up lower-cased: a spelling the pattern
    matches in capitals or title case must lower-case to a key ("MAYIS" to "mayis")."""
    pattern = re.compile(f"(?:{MONTH_PATTERN})", re.IGNORECASE)
    for name in MONTHS:
        for spelling in (name.upper(), name.title()):
            if pattern.fullmatch(spelling):
                assert spelling.lower() in MONTHS, (name, spelling)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025. március 4.", "2025-03-04"),  # hu: the year first, each part with its dot
        ("Frissítve: 2025. márc. 4. 10:30", "2025-03-04"),  # the month abbreviated
        ("Szerző: Kovács Anna | 2025. december 5., péntek", "2025-12-05"),  # the weekday after the date
        ("2025. március 14-én", "2025-03-14"),  # "on the 14th": a case ending after the day
    ],
)
def test_hungarian_year_first_dates_are_read(text, expected):
    assert find_date(text) == expected


def test_the_year_first_form_reads_only_the_months_of_the_languages_that_write_it():
    # "… in 2025. May 4 people …": the end of one sentence and the start of the next.
    assert find_date("He left in 2025. May 4 people follow him?") is None
    assert find_date("2025. szeptember 31.") is None  # no such day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 Maret 2025, 14:30 WIB", "2025-03-05"),  # id
        ("Senin, 17 Agustus 2025", "2025-08-17"),  # id, the weekday before
        ("25 Desember 2024", "2024-12-25"),  # id
        ("5 Ogos 2025", "2025-08-05"),  # ms
        ("Mac 5 2025", None),  # not Malay's "Mac": an English word
    ],
)
def test_indonesian_and_malay_months_are_read(text, expected):
    assert find_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الأربعاء 5 مارس 2025 - 14:30", "2025-03-05"),  # ar, the weekday before
        ("5 إبريل 2025", "2025-04-05"),  # ar, "April" spelt with the hamza below
        ("5 במרץ 2025", "2025-03-05"),  # he, "in March"
        ("יום רביעי, 5 מרץ 2025", "2025-03-05"),  # he
        ("बुधवार, 5 मार्च 2025", "2025-03-05"),  # hi
        ("25 दिसंबर 2024", "2024-12-25"),  # hi
    ],
)
def test_arabic_hebrew_and_hindi_months_are_read(text, expected):
    assert find_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الثلاثاء 14 كانون الثاني 2025", "2025-01-14"),  # the Levant's months, two words for January
        ("نشر في 5 آذار 2025", "2025-03-05"),
        ("3 تشرين الاول 2024", "2024-10-03"),  # "the first" without its hamza
        ("20 آب 2023", "2023-08-20"),
        ("12 جانفي 2024", "2024-01-12"),  # the Maghreb's
        ("7 غشت 2025", "2025-08-07"),
        # a month's two names with a slash between them, as Arabic news sites print them: the first is read
        ("14 يناير/ كانون الثاني 2025", "2025-01-14"),
        ("5 آذار/مارس 2025", "2025-03-05"),
    ],
)
def test_the_arabic_months_of_the_levant_and_the_maghreb_are_read(text, expected):
    assert find_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 5/3/2025", "2025-03-05"),  # "day": the figures are day first
        ("Thứ Tư, 05/03/2025 - 14:30", "2025-03-05"),  # a weekday before: day first too
        ("5/3/2025", "2025-05-03"),  # a bare slash date stays month first, as US sites print it
        ("5 tháng 3, 2025", "2025-03-05"),  # "month 3"
        ("Ngày 5 tháng 3 năm 2025", "2025-03-05"),  # "day 5 month 3 year 2025"
        ("tháng 3 năm 2025", None),  # no day written
    ],
)
def test_vietnamese_dates_are_day_first(text, expected):
    assert find_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 มีนาคม 2568", "2025-03-05"),  # the Buddhist era's year
        ("วันที่ 5 มี.ค. 2568 เวลา 10:30 น.", "2025-03-05"),  # abbreviated month
        ("๕ มีนาคม ๒๕๖๘", "2025-03-05"),  # Thai figures
        ("5 มีนาคม 2025", "2025-03-05"),  # a year of the common era stays
        ("5 March 2568", None),  # only a Thai month's year is the Buddhist era's
    ],
)
def test_thai_dates_count_the_buddhist_era(text, expected):
    assert find_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 มี.ค. 68 14:30 น.", "2025-03-05"),  # the Buddhist era's year in two figures, 2568
        ("วันที่ 12 ธันวาคม 67", "2024-12-12"),
        ("15 ก.พ.68", "2025-02-15"),
        ("๕ มี.ค. ๖๘", "2025-03-05"),  # Thai figures
        ("5 มี.ค. 12.30 น.", None),  # a time after the month, no year
        ("5 มีนาคม 10 คน", None),  # a count after the month ("ten people")
        ("5 March 68", None),  # only with a Thai month
    ],
)
def test_thai_dates_with_a_two_figure_year(text, expected):
    assert find_date(text) == expected


def test_a_thai_two_figure_date_is_taken_out_of_a_byline():
    assert remove_dates("โดย สมชาย ใจดี 5 มี.ค. 68").strip() == "โดย สมชาย ใจดี"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("៥ មីនា ២០២៥", "2025-03-05"),  # km, Khmer figures
        ("ថ្ងៃពុធ ទី៥ ខែមីនា ឆ្នាំ២០២៥", "2025-03-05"),  # km: "Wednesday, the 5th, month March, year 2025"
        ("05 កុម្ភៈ 2025", "2025-02-05"),  # km, February ending on its sign
        ("ວັນທີ 5 ມີນາ 2025", "2025-03-05"),  # lo
        ("12 ທັນວາ 2024", "2024-12-12"),  # lo
    ],
)
def test_khmer_and_lao_months_are_read(text, expected):
    assert find_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("၅ မတ် ၂၀၂၅", "2025-03-05"),  # my, Myanmar figures, the day first
        ("မတ် ၅၊ ၂၀၂၅", "2025-03-05"),  # my, the month first, Myanmar's comma
        ("ရန်ကုန် ၊ ဇူလိုင် ၂၀ ၊ ၂၀၂၅", "2025-07-20"),  # my, a dateline, the comma spaced
        ("၂၀၂၅ ခုနှစ် မတ်လ ၅ ရက်", "2025-03-05"),  # my: "year 2025, month March, day 5"
        ("2025 ခုနှစ် ဩဂုတ်လ 15 ရက်နေ့", "2025-08-15"),  # my, Arabic figures
        ("၁၂ သြဂုတ် ၂၀၂၄", "2024-08-12"),  # my, August's older spelling
        # my, the word "day" after the day when the month or the day comes first (rules.metadata DAY_WORDS_AFTER)
        ("မတ်လ ၅ ရက်၊ ၂၀၂၅", "2025-03-05"), ("ဇန်နဝါရီလ ၁၂ ရက်နေ့ ၂၀၂၄ ခုနှစ်", "2024-01-12"),
        ("၅ ရက် မတ်လ ၂၀၂၅", "2025-03-05"),
        ("၂၀၂၅ မတ် ၅", None),  # a year, a month and a figure with no year's word: not read
        # km: a Buddhist-era year goes with the lunar date, and the Khmer era turns at Visak Bochea
        # (its offset from the common era is 543 or 544 by the time of year): never read as a date.
        ("ថ្ងៃទី៥ ខែមីនា ព.ស.២៥៦៨", None),
    ],
)
def test_myanmar_dates_are_read(text, expected):
    assert find_date(text) == expected


def test_a_myanmar_date_is_taken_out_of_a_byline():
    assert remove_dates("ဆောင်းပါးရှင် ကိုကို ၂၀၂၅ ခုနှစ် မတ်လ ၅ ရက်နေ့").strip() == "ဆောင်းပါးရှင် ကိုကို"
    assert remove_dates("ဆောင်းပါးရှင် ကိုကို မတ်လ ၅ ရက်၊ ၂၀၂၅").strip() == "ဆောင်းပါးရှင် ကိုကို"
