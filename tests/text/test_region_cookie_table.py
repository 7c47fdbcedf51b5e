"""A consent manager's cookie table printed in a raw copy (text/region.py `is_consent_text`, with
rules/text.py CONSENT_TABLE_ROW and the table headers among the labels of rules/vocab/consent.py):
its header ("Cookie Duration Description") and its rows (a cookie's name, how long it keeps, a
sentence about it) are the site's notice, not the article's text nor its headline."""

from artextract import extract
from artextract.text.region import is_consent_text

ROWS = [
    "_ga\t2 years\tThe _ga cookie, installed by Google Analytics, calculates visitor, session and campaign data.",
    "_gid\t1 day\tInstalled by Google Analytics, _gid cookie stores information on how visitors use a website.",
    "cookielawinfo-checkbox-analytics\t11 months\tThis cookie is set by GDPR Cookie Consent plugin to store consent.",
    "PHPSESSID\tsession\tThis cookie is native to PHP applications and stores the user's session.",
    "yt-remote-device-id\tnever\tYouTube sets this cookie to store the video preferences of the user.",
]


def test_a_cookie_tables_header_is_a_consent_line_in_every_language_of_its_table():
    for header in ("Cookie\tDuration\tDescription", "Cookie\tDauer\tBeschreibung", "Cookie Durée Description",
                   "Cookie Duración Descripción", "Cookie Durata Descrizione", "Cookie Duur Beschrijving",
                   "Cookie Duração Descrição", "Ciasteczko Czas trwania Opis", "Cookie Varaktighet Beskrivning",
                   "Cookie Varighed Beskrivelse"):
        assert is_consent_text(header), header
    assert not is_consent_text("Cookie duration and description of the recipe")


def test_a_cookie_tables_rows_are_consent_lines_by_their_shape():
    for row in (*ROWS, "_fbp 3 Monate This cookie is set by Facebook to deliver advertisement.",
                "wp-settings 1 år Denne cookie gemmer brugerens indstillinger."):
        assert is_consent_text(row), row
    # a teaser's age, a sentence that starts with a duration but names no cookie
    for line in ("Updated 2 days ago These chocolate cookies keep for a week",
                 "Over 2 years the council rebuilt the bridge and the road to it.",
                 "Bake 10 minutes, until the cookies are golden at the edges.",
                 "m 2 years No description available."):
        assert not is_consent_text(line), line


def test_a_cookie_table_is_neither_the_text_nor_the_headline():
    article = [f"The council said the {name} will be widened next spring, after a long debate about its cost, "
               f"and that traffic will be diverted through the town centre for four months while work goes on."
               for name in ("road", "bridge", "market street", "ring road", "harbour lane", "station square")]
    text = "\n".join(["Home", "News", "Cookie\tDuration\tDescription", *ROWS, "Road to be widened next spring",
                      "March 3, 2024", *article, "Terms"])
    result = extract(text, input_type="text")
    assert result.headline == "Road to be widened next spring"
    assert "cookie" not in result.body.lower() and article[-1] in result.body


def test_the_row_is_asked_from_where_a_name_can_start_and_says_what_the_pattern_says():
    # `_is_consent_table_row` skips the opening marks that lie further before the line's first
    # space than a name's length; over lines of marks, names, spaces and row words, cut and run
    # together, it must say what CONSENT_TABLE_ROW.match says from the line's start.
    import random

    from artextract.rules import text as rules
    from artextract.text.region import _is_consent_table_row

    marks = ["", "-", "• ", "((", "😀" * 3, "😀" * 79, "😀" * 81, "😀 " * 3, "x", ". "]
    names = ["_ga", "NID", "yt-remote-device-id", "Bake", "x" * 79, "x" * 81, "", "😀" * 40]
    gaps = [" ", "\t", "", "  "]
    durations = ["2 years", "1 day", "session", "ago", "never", "3 Monate", "Bake"]
    tails = ["This cookie is set", "cookie", "Cookies", "no word", "ago cookie", ""]
    generator = random.Random(15)
    found = 0
    for _ in range(20_000):
        parts = [generator.choice(marks), generator.choice(names), generator.choice(gaps),
                 generator.choice(durations), generator.choice(gaps), generator.choice(tails)]
        line = "".join(parts)
        expected = rules.CONSENT_TABLE_ROW.match(line) is not None
        found += expected
        assert _is_consent_table_row(line) == expected, line
    assert 1_000 < found < 19_000  # rows and misses both


def test_a_line_of_millions_of_pictographs_is_no_row_at_once():
    # The pattern alone tried its name after each of the line's marks: 3M emoji took ~6 s of CPU.
    import time

    line = "😀" * 1_000_000
    start = time.process_time()
    assert not is_consent_text(line)
    assert is_consent_text(line + " _ga 2 years This cookie is set by Google Analytics")  # the marks open a row
    assert time.process_time() - start < 1.0


def test_a_line_naming_no_cookie_word_is_spared_the_consent_patterns_with_the_same_answer():
    # is_consent_text asks the paragraph and table-row patterns only of a line whose IGNORECASE form
    # holds a cookie word (rules.CONSENT_COOKIE_STEMS): every opener and row names one. Over lines built
    # from every language's openers and categories, in other cases, with letters IGNORECASE equates
    # ("İ", the Kelvin sign, the long s), the gated answer is the patterns' own.
    import random

    from artextract.rules import text as rules
    from artextract.text import region

    def ungated(text):
        key = region.signals.normalise(text)
        return bool((rules.CONSENT_PARAGRAPH.match(text) and rules.CONSENT_PARAGRAPH_WORDS.search(text))
                    or rules.CONSENT_LABEL.match(key) or rules.CONSENT_PURPOSE.match(key) or region._is_consent_table_row(text))

    rng = random.Random(5)
    found = 0
    for entry in rules.CONSENT.values():
        cookies = [word for word in ("cookie", "cookies", "témoins", "pliki cookies", "ciasteczka", "kakor", "biscuits")]
        for _ in range(200):
            first = rng.choice(entry.openers + entry.categories)
            words = [first, rng.choice(cookies), *rng.sample(entry.data, 1), "the site", "visits"]
            if entry.after:
                words[0], words[1] = words[1], rng.choice(entry.categories)
            line = " ".join(words) if rng.random() < 0.8 else "_ga 2 years " + " ".join(words)
            line = "".join(char.upper() if rng.random() < 0.3 else char for char in line)
            line = line.replace(rng.choice("kKsSiI"), rng.choice(["\u212a", "\u017f", "\u0130", "\u0131", "k"]))
            found += ungated(line)
            assert region.is_consent_text(line) == ungated(line), line
    assert found > 200  # the patterns matched, not only the misses
