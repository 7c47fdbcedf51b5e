"""Single-line signals used by the shared classifier."""

import pytest

from artextract import signals, vocabulary
from artextract.article import count_words


@pytest.mark.parametrize("line", ["Mar 6", "6 March", "Tuesday, March 6", "3 days ago", "Updated 2 hours ago", "A day ago"])
def test_dates_without_a_year_are_short_dates(line):
    assert signals.is_short_date(line)
    assert signals.is_meta_line(line)


# A relative date in each language of rules.text RELATIVE_DATES, with a count in figures or words,
# a date label before or after it, the unit abbreviated: a date line (no published date: that needs
# the time the page was fetched).
@pytest.mark.parametrize("line", ["vor 2 Stunden", "• Publiziert vor einer Stunde", "Vor 6 Tagen veröffentlicht",
                                  "Aktualisiert vor 2 Std.", "il y a 3 heures", "Publié il y a 2 h", "hace 2 días",
                                  "2 giorni fa", "há 3 horas", "2 horas atrás", "2 uur geleden", "2 godziny temu"])
def test_relative_dates_in_other_languages_are_short_dates(line):
    assert signals.is_short_date(line)
    assert signals.is_meta_line(line)


# The languages the development data has next to no pages in: the count before or after the unit, the word
# for "ago" before or after, glued to the unit in Japanese and Chinese.
@pytest.mark.parametrize("line", ["för 2 timmar sedan", "for 3 dage siden", "for en time siden", "2 tuntia sitten",
                                  "před 5 minutami", "Обновлено 2 часа назад", "3 години тому", "2 saat önce",
                                  "acum 3 ore", "Πριν 2 ώρες", "5 menit yang lalu", "3 giờ trước", "5분 전",
                                  "منذ 3 ساعات", "לפני 5 דקות", "2 घंटे पहले", "5分前", "2小时前", "3 個月前"])
def test_relative_dates_in_the_languages_without_development_pages_are_short_dates(line):
    assert signals.is_short_date(line)
    assert signals.is_meta_line(line)


@pytest.mark.parametrize("line", ["Před 100 lety začala válka", "100 лет назад началась война", "100年前の東京",
                                  "Acum 5 ani am plecat din țară", "3 ימים"])
def test_relative_dates_of_those_languages_inside_longer_lines_are_not_date_lines(line):
    assert not signals.is_short_date(line)


# A relative date inside a title or after a teaser's section name is no date line.
@pytest.mark.parametrize("line", ["Vor 100 Jahren der Hitler-Putsch", "Indizes vor 4 Tagen", "Hace 50 años que llegamos",
                                  "Il y a des jours comme ça"])
def test_relative_dates_inside_longer_lines_are_not_date_lines(line):
    assert not signals.is_short_date(line)
    assert not signals.is_meta_line(line)


@pytest.mark.parametrize("line", ["-- min read", "5 min read", "Written by", "Last updated"])
def test_meta_lines(line):
    assert signals.is_meta_line(line)


@pytest.mark.parametrize("line", ["Mar 6 is when the vote happens", "March of the penguins"])
def test_sentences_mentioning_months_are_not_dates(line):
    assert not signals.is_short_date(line)


def test_unrendered_read_time_is_boilerplate():
    assert signals.boilerplate_reason("-- min read")


def test_affiliate_disclosure_is_boilerplate():
    assert signals.boilerplate_reason("We may earn commission from links on this page, but we only recommend products we back.")
    assert signals.boilerplate_reason("This article contains affiliate links that may earn us a commission.")
    assert not signals.boilerplate_reason("We earned praise from the commission for the new bridge design.")


def test_long_line_without_punctuation_is_not_prose():
    assert not signals.is_prose(" ".join(["Beverly Hills Irvine Perris Chino"] * 20))
    assert signals.is_prose("A long sentence, " * 20 + "that ends.")


def test_row_of_title_case_labels_with_a_stray_comma_is_not_prose():
    # A shop menu on one line: one comma inside a label ("Sex, Dating & Relationships") in 39 words.
    menu = ("Laptops Budget Laptops Dating Apps Sexting Apps Hookup Apps VPNs Robot Vacuums Headphones Speakers "
            "Kindles Gift Guides Mashable Choice Mashable Selects All Sex, Dating & Relationships All Laptops "
            "All Headphones All Robot Vacuums All VPN All Shopping")
    assert signals.word_count(menu) >= 25
    assert not signals.is_prose(menu)
    # Running text with as few marks keeps lower-case words between its names (German nouns too).
    assert signals.is_prose("Der Bundestag hat am Dienstag nach langer Debatte das neue Gesetz zur Förderung "
                            "erneuerbarer Energien verabschiedet und damit den Weg für den Ausbau der Windkraft "
                            "in Norddeutschland und Bayern frei gemacht, sagte die Ministerin")
    # ... as does a German list of awards: every longer word a noun, but "der", "für" in lower case.
    assert signals.is_prose("2010 Nominierung Bundesdesignpreis // 2009 Innovationspreis Thüringen // Preis der "
                            "Stiftung für Technologie, Innovation und Forschung Thüringen // Hochschulpreis der "
                            "Universität Weimar // 2007 Meisterschüler der Meisterklasse Licht // 2004 Nominierung")
    # A title-case line with a comma every few words is a list of names too long to judge by case: the marks decide.
    assert signals.is_prose("Apple AirPods Pro Wireless Earbuds, Active Noise Cancellation, Live Translation, "
                            "Heart Rate Sensing, Hearing Aid Feature, Bluetooth Headphones, Spatial Audio, USB Charging Case, "
                            "Sweat Resistant Design, Wireless Charging")


def test_title_case_share():
    assert signals.title_case_share("The Best Tax Prep Software of 2025") == 1.0
    assert signals.title_case_share("the best tax software") == 0.0


def test_credits_are_only_looked_for_in_caption_sized_blocks():
    from artextract.rules import text as rules

    assert signals.split_credit("Delegations met in Washington. (Reuters)")[1] == "Reuters"
    long_text = "word " * (rules.CAPTION_MAX_CHARS // 5) + "Delegations met in Washington. (Reuters)"
    assert signals.split_credit(long_text) == (long_text, None)


def test_a_long_line_is_no_furniture_and_no_headline():
    long_text = "Share " * 2000
    assert signals.boilerplate_reason(long_text) is None
    assert not signals.is_headline_shaped(long_text)
    assert signals.boilerplate_reason("- " * 2000) == "no words"


def test_month_first_dotted_dates_count_as_date_lines():
    # The date parser cannot settle "06.18.2025"; it still frames the head.
    assert signals.is_short_date("06.18.2025")
    assert signals.is_short_date("Posted 06.18.2025")
    assert not signals.is_short_date("v2.10.1")
    assert not signals.is_short_date("3.14")


@pytest.mark.parametrize("line", ["Key takeaways", "Key Takeaways:", "TL;DR", "Expand for key takeaways:", "Das Wichtigste in Kürze", "Quick Summary"])
def test_key_point_labels(line):
    assert signals.is_key_point_label(line)


@pytest.mark.parametrize("line", ["Fed Meeting: 5 Key Takeaways", "Key takeaways from the council's long budget debate", "Highlights of the season"])
def test_headlines_about_takeaways_are_not_labels(line):
    assert not signals.is_key_point_label(line)


def test_inline_key_point_drops_its_label():
    assert signals.inline_key_point("TL;DR: Bring home a laptop for half the price.") == "Bring home a laptop for half the price."
    point = "The catering market is crowded, so a clear niche wins."
    assert signals.inline_key_point("Key Takeaway - " + point) == point


@pytest.mark.parametrize(
    "line",
    ["In short, the council said no.", "TL;DR: yes.", "Summary: the council met on Tuesday.", "Key points",
     "TL;DR: What Is The Best Platform To Sell Courses In 2026?"],
)
def test_ordinary_sentences_are_not_inline_key_points(line):
    assert signals.inline_key_point(line) is None


def test_sentence_count():
    assert signals.sentence_count("One sentence only.") == 1
    assert signals.sentence_count("Prices fell. Rents rose, e.g. in Leeds. Wages did not!") == 3


def test_courtesy_is_not_part_of_the_credit():
    assert signals.split_credit("Volunteers sort seedlings on Saturday. Image: Courtesy of Jane Doe") == (
        "Volunteers sort seedlings on Saturday.",
        "Jane Doe",
    )
    assert signals.split_credit("Image source: Getty Images.")[1] == "Getty Images"


def test_labels_and_separators_left_before_a_credit_are_no_description():
    assert signals.split_credit("Crédits photos : Bestimage") == ("", "Bestimage")
    assert signals.split_credit("Stromnetz / Photo by Jane Doe on Unsplash") == ("Stromnetz", "Jane Doe on Unsplash")
    assert signals.split_credit("The coupé under wraps. © Foto: Skoda") == ("The coupé under wraps.", "Skoda")
    # French writes the label the other way round; a bracket the credit opened is no description's.
    assert signals.split_credit("Le maire à Paris. Crédit photo : Jean Dupont") == ("Le maire à Paris.", "Jean Dupont")
    assert signals.split_credit("Le maire (©Jean Dupont / Le Monde)") == ("Le maire", "Jean Dupont / Le Monde")


def test_credit_labels_of_several_languages_and_a_labelled_bracket_before_a_full_stop():
    assert signals.split_credit("Rene Benko. Photographer: Jane Doe/Getty Images") == ("Rene Benko.", "Jane Doe/Getty Images")
    assert signals.split_credit("Ein Segelboot mit Windrad, Bildquelle: G. Warnke") == ("Ein Segelboot mit Windrad", "G. Warnke")
    assert signals.split_credit("Ski tracks on the north face (Foto: U. Tischhauser, 15.01.2022).") == (
        "Ski tracks on the north face", "U. Tischhauser, 15.01.2022")
    assert signals.split_credit("Prices rose last year (see chart).")[1] is None
    assert signals.split_credit("Angela Merkel ja Sanna Marin Berliinissä. Kuva: ALEXANDER BECHER") == (
        "Angela Merkel ja Sanna Marin Berliinissä.", "ALEXANDER BECHER")
    assert signals.split_credit("Il porto di Genova. Immagine: ANSA") == ("Il porto di Genova.", "ANSA")
    assert signals.split_credit("El puerto de Valencia. Fotografía: EFE") == ("El puerto de Valencia.", "EFE")
    # A link as a text rendering prints it, before a full stop, is no credit.
    assert signals.split_credit("Mayo Clinic. Ergonomics. Retrieved from [mayoclinic.org](https://www.mayoclinic.org).")[1] is None


def test_the_word_for_the_picture_opens_a_credit_without_a_colon():
    # After the caption's last sentence: "Foto <source>", "Photo via <source>", "Photograph courtesy of <source>",
    # "Photo | <source>"; the source must be capitalised words, so a sentence about a photo stays the caption.
    assert signals.split_credit("The data centre at night. Foto Jane Doe via Unsplash") == (
        "The data centre at night.", "Jane Doe via Unsplash")
    assert signals.split_credit("Der Vorstand tagte am Montag. Bild Paul Muster") == ("Der Vorstand tagte am Montag.", "Paul Muster")
    assert signals.split_credit("Blazing star in the foreground. Photograph courtesy of Refugia.") == (
        "Blazing star in the foreground.", "Refugia")
    assert signals.split_credit("A sofa to fit the narrow room. Photo | Jane Doe Media") == (
        "A sofa to fit the narrow room.", "Jane Doe Media")
    assert signals.split_credit("We went to the fair. Photo booths were everywhere.")[1] is None
    assert signals.split_credit("He said so. Image Comics published it later")[1] is None
    # No sentence before the word: a title ("Image Optimization Checklist by Clay"), not a credit.
    assert signals.split_credit("Image Optimization Checklist by Clay")[1] is None


def test_the_words_that_say_a_picture_was_lent_open_a_credit_in_any_language():
    # After the caption's last sentence, capitalised: "Courtesy <source>", es "Cortesía/<source>", de
    # "Mit freundlicher Genehmigung von <source>"; the words are not the credit's, and a dash before the
    # source does not leave them on the caption.
    assert signals.split_credit("Basket of Wild Strawberries, (1761). Courtesy Louvre") == (
        "Basket of Wild Strawberries, (1761).", "Louvre")
    assert signals.split_credit("El atleta llega a París. Cortesía/La República.") == ("El atleta llega a París.", "La República")
    assert signals.split_credit("El ministro habla. Cortesía – Shutterstock / La República") == (
        "El ministro habla.", "Shutterstock / La República")
    assert signals.split_credit("Der Hafen am Morgen. Mit freundlicher Genehmigung von Jane Doe") == (
        "Der Hafen am Morgen.", "Jane Doe")
    # A sentence that opens with the word says something else; lower case is no credit's opening.
    assert signals.split_credit("He thanked them. Courtesy of the firm, the dinner was free.")[1] is None
    assert signals.split_credit("They were polite. courtesy Louvre")[1] is None


def test_a_label_naming_the_kind_of_picture_before_a_colon_is_a_credit_label():
    # German compounds say what kind of picture it is ("Symbolbild", "Archivfoto"): the credit follows the colon.
    assert signals.split_credit("Symbolbild: picture alliance/dpa") == ("", "picture alliance/dpa")
    assert signals.split_credit("Ein Rettungswagen im Einsatz. Archivfoto: Jane Doe") == (
        "Ein Rettungswagen im Einsatz.", "Jane Doe")


def test_a_players_video_label_is_no_credit():
    # "Play Video: <title>" (a hidden play button), "Im Video: <title>" (a line over a player).
    assert signals.split_credit("Play Video: Kitchen Taps and Fittings")[1] is None
    assert signals.split_credit("Im Video: Workout zum Mitmachen")[1] is None
    assert signals.split_credit("The harbour at night. Video: Jane Doe") == ("The harbour at night.", "Jane Doe")
    # A video label opening the text before a title names what plays; before a source, it is a credit.
    assert signals.split_credit("VIDEO: Breast Cancer Symptoms That Aren't Lumps")[1] is None
    assert signals.split_credit("Video: Jane Doe/AFP") == ("", "Jane Doe/AFP")
    # A source glued by a slash to its makers' names in small letters is a credit however many names follow.
    assert signals.split_credit("Video: watson/jane doe, john roe, ann poe") == ("", "watson/jane doe, john roe, ann poe")
    assert signals.split_credit("Video: Before and after the storm on the coast")[1] is None


def test_shapes_that_only_look_like_credits():
    # A line-up row: a position before the dash is no description.
    assert signals.split_credit("CM2 - Bentancur/Sarr")[1] is None
    assert signals.split_credit("Boats in the harbour - Jane Doe/AFP") == ("Boats in the harbour", "Jane Doe/AFP")
    # A section's number or an abbreviation before the full stop is no description either.
    assert signals.split_credit("3.1. Raw Request/Response Capture")[1] is None
    assert signals.split_credit("3.4 D. Gueridon / Tableside Service")[1] is None
    assert signals.split_credit("St. Lucia / XCD")[1] is None
    assert signals.split_credit("2016 - Cosplay Area/Halle 5")[1] is None
    assert signals.split_credit("Rene Benko. Jane Doe/Getty Images") == ("Rene Benko.", "Jane Doe/Getty Images")
    # A slash between two digits is a date or a fraction, not a credit's: a deadline, a catalogue's section.
    assert signals.split_credit("Don't miss our sale on every plan. Ends 3/20.")[1] is None
    assert signals.split_credit("Pages 23-86 (pages 1200-1263) - Acme 1/4-Turn Fasteners")[1] is None
    assert signals.split_credit("Boats in 2024. Jane Doe/Houston Parks Board") == ("Boats in 2024.", "Jane Doe/Houston Parks Board")
    # "(c)" before a lower-case word is a list's item in prose; before a name, a copyright sign.
    assert signals.split_credit("The contributor certified (a), (b) or (c) and I have not modified it")[1] is None
    assert signals.split_credit("The harbour at dawn. (c) Jane Doe") == ("The harbour at dawn.", "Jane Doe")
    assert signals.split_credit("Biomass plants at the harbour. (c) proplanta") == ("Biomass plants at the harbour.", "proplanta")
    # "(c)" glued to a word or a bracket is code or law, not a copyright sign.
    assert signals.split_credit("SELECT a, b, max(c) FROM tab1 GROUP BY a;")[1] is None
    assert signals.split_credit("The trust is a tax-exempt 501(c)(3) nonprofit organization.")[1] is None
    assert signals.split_credit("The harbour at dawn. (c)Jane Doe") == ("The harbour at dawn.", "Jane Doe")


def test_the_separators_of_a_labelled_agency_chain_are_no_words():
    # Agency, agency and photographer after a label: seven words, not nine.
    credit = "picture alliance / Xinhua News Agency | Ju Peng"
    assert signals.split_credit(f"Bild: {credit}") == ("", credit)
    # Unlabelled, a run of section names after "COPYRIGHT" is a man page's menu, not a credit.
    menu = "NAME | SYNOPSIS | OPTIONS | NOTES | COPYRIGHT | BUGS | EXAMPLE | SEE ALSO | COLOPHON"
    assert signals.split_credit(menu)[1] is None


def test_a_handle_before_a_stock_library_in_brackets_is_a_credit():
    assert signals.split_credit("A student erasing answers from a test (smolaw11/iStock)") == (
        "A student erasing answers from a test", "smolaw11/iStock")
    assert signals.split_credit("The speed limit rose (km/h)")[1] is None
    assert signals.split_credit("Prices rose (and/or fell)")[1] is None


def test_a_collections_plus_closes_an_agency():
    assert signals.split_credit("Using your phone is fine if you don't overdo it. Aja Koska/E+ via Getty Images") == (
        "Using your phone is fine if you don't overdo it.", "Aja Koska/E+ via Getty Images")
    assert not signals.is_credit_source("C++ Primer")


@pytest.mark.parametrize(
    "line",
    ["Book a demo", "Get a free quote today", "Start your 14-day free trial", "Join our mailing list",
     "Talk to an expert", "Add to cart", "Improve this question", "Click to expand..."],
)
def test_calls_to_action_and_buttons_are_furniture(line):
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize(
    "line",
    ["Book a flight early and you pay less.", "We started a free trial of four-day weeks in March.",
     "Reply to the council's letter was due on Friday."],
)
def test_sentences_that_begin_like_a_button_are_not_furniture(line):
    assert not signals.boilerplate_reason(line)


@pytest.mark.parametrize(
    "line", ["Lea también: Así funcionará el pico y placa en 2025", "Lesen Sie auch: Neue Regeln für Radfahrer",
             "Czytaj także: Nowe zasady dla rowerzystów"],
)
def test_read_also_teasers_in_other_languages_are_furniture(line):
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize(
    "line",
    ["Senior Member", "Posts: 1,204", "Joined: Oct 2019", "1,992 2 gold badges 15 silver badges", "55.4k24 gold badges197 silver badges315 bronze badges",
     "answered Feb 3, 2012 at 10:51", "Reply With Quote"],
)
def test_forum_post_chrome_is_furniture(line):
    assert signals.boilerplate_reason(line)


def test_a_sentence_about_posting_is_not_forum_chrome():
    assert not signals.boilerplate_reason("Posted to the council in 2012, the letter asked for a new road and a bridge.")


def test_a_line_of_bare_addresses_is_furniture_but_a_sentence_with_one_is_not():
    assert signals.boilerplate_reason("https://cdn.example.com/a.jpg https://cdn.example.com/b.jpg")
    assert not signals.boilerplate_reason("The report is at https://example.org/report and runs to 40 pages.")


@pytest.mark.parametrize(
    "line",
    ["Sign in to add this item to your wishlist, follow it, or mark it as ignored", "Out of stock", "Currently unavailable."],
)
def test_shop_account_and_stock_prompts_are_furniture(line):
    assert signals.boilerplate_reason(line)


def test_a_sentence_about_stock_is_not_a_prompt():
    assert not signals.boilerplate_reason("In stock markets, prices fell for the third week as investors sold bonds.")


@pytest.mark.parametrize("line", ["Log in to reply", "You need to be a member in order to leave a comment"])
def test_members_only_prompts_are_furniture(line):
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize(
    "line", ["START FOR FREE", "Read case study", "Read their story", "Oops! Something went wrong while submitting the form."]
)
def test_marketing_buttons_and_form_states_are_furniture(line):
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize(
    "line",
    ["You need to enable JavaScript to run this app.", "Please enable JavaScript to view the comments.",
     "This site requires JavaScript.", "JavaScript is disabled in your browser."],
)
def test_notes_for_browsers_without_javascript_are_furniture(line):
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize(
    "line",
    ["Contact Us Today!", "Contact us about your project", "$130 Add to cart",
     "Sign up for a new account in our community. It's easy!", "Create an account or sign in to comment"],
)
def test_contact_cart_and_sign_up_prompts_are_furniture(line):
    assert signals.boilerplate_reason(line)


def test_a_sentence_asking_readers_to_contact_is_not_a_prompt():
    assert not signals.boilerplate_reason("Contact us if the bridge closure affects your commute, the council said.")


@pytest.mark.parametrize("line", ["[edit]", "Quick view"])
def test_wiki_edit_links_and_shop_grid_buttons_are_furniture(line):
    assert signals.boilerplate_reason(line)


def test_chinese_and_japanese_count_a_word_a_character():
    # No spaces between words: thresholds in words must still hold for these scripts.
    assert signals.word_count("東京都は火曜日、新しい防災計画を発表した。") == 19
    assert signals.word_count("Die Bahn streikt") == 3
    assert signals.word_count("한국어 문장입니다") == 2  # Korean spaces its words
    assert signals.is_prose("東京都は火曜日、新しい防災計画を発表した。")


def test_a_combining_mark_continues_its_word_and_starts_none():
    # Hindi writes most vowels as marks, Arabic its short vowels, Hebrew its points: regex \w refuses
    # them, and "संबंधित" ("related") was four words.
    assert signals.word_count("संबंधित खबरें") == 2
    assert signals.word_count("महापौर ने कहा कि इस मार्ग पर हर दिन छह बसें चलेंगी।") == 12
    assert signals.word_count("اقرأ أيضاً مقالاتٌ ذاتُ صِلَةٍ") == 5
    assert signals.word_count("שָׁלוֹם עוֹלָם") == 2
    assert signals.word_count("a \u0301\u0301 b") == 2  # a mark after a space is no word
    assert signals.word_count("e\u0301te\u0301") == 1


def test_the_one_counter_joins_a_words_parts_or_counts_its_runs():
    # word_count (the thresholds) joins "don't", "U.S.", "e-mail"; the article's word_count counts
    # regex \w+ runs. Both are signals.count_words, marks and unspaced scripts counted alike.
    assert [signals.count_words(text) for text in ("Don't", "e-mail 3.5", "संबंधित खबरें")] == [1, 2, 2]
    assert [signals.count_words(text, joined=False) for text in ("Don't", "e-mail 3.5", "संबंधित खबरें")] == [2, 4, 2]
    assert signals.count_words("市は図書館 Tokyo's", joined=False) == 7


def test_a_hindi_sentence_ends_at_its_danda():
    # "।" is Hindi's full stop: a sentence shorter than PROSE_LONG_WORDS ending with it is prose.
    assert signals.is_prose("महापौर ने कहा कि इस मार्ग पर हर दिन छह बसें चलेंगी।")
    assert signals.is_prose("وقال رئيس البلدية إن المشروع جرى التخطيط له منذ العام الماضي.")


def test_thai_counts_a_word_every_three_letters_and_its_spaces_part_sentences():
    # Thai writes no spaces between words: counted by its letters (not its vowel and tone marks),
    # "รัฐบาลประกาศว่า" ("the government announced", 13 letters) is 5 words, not 1.
    assert signals.word_count("รัฐบาลประกาศว่า") == 5
    assert signals.word_count("ก") == 1
    paragraph = ("รัฐบาลประกาศว่าจะเปิดเส้นทางรถเมล์ไฟฟ้าสายใหม่ในเดือนหน้า เพื่อเชื่อมใจกลางเมืองกับหมู่บ้านสิบสองแห่ง "
                 "ผู้โดยสารจะไม่ต้องรอนานเกินหนึ่งชั่วโมง นายกเทศมนตรีกล่าวว่าโครงการนี้วางแผนมาตั้งแต่ปีที่แล้ว")
    assert signals.word_count(paragraph) == 51
    # no comma nor full stop: its spaces are the marks of a Thai paragraph
    assert signals.is_prose(paragraph)


def test_a_short_thai_paragraph_of_long_clauses_is_prose():
    # Thai writes no full stop: a line under PROSE_LONG_WORDS ending on Thai, its space parting
    # clauses of several words, is a sentence; one clause alone (a headline, a teaser title) and a
    # menu's spaced labels are not.
    assert signals.is_prose("ห้องสมุดประชาชนของเมืองจะเปิดให้บริการถึงสามทุ่มทุกวัน ตั้งแต่วันจันทร์หน้าเป็นต้นไป")
    assert not signals.is_prose("ห้องสมุดประชาชนเปิดให้บริการถึงสามทุ่ม")
    assert not signals.is_prose("หน้าแรก ข่าวการเมือง เศรษฐกิจ วิทยาศาสตร์และเทคโนโลยี สุขภาพ")
    # ending on a figure or a Latin word, it needs its full stop like any other line
    assert not signals.is_prose("ห้องสมุดประชาชนของเมืองจะเปิดให้บริการทุกวัน ตั้งแต่วันจันทร์ถึงปี 2568")


def test_lao_khmer_and_myanmar_count_their_letters_like_thai():
    # The same sentence, "the government announced it will open a new bus route next month" (12 words
    # in English): written without spaces between words, each was one or three "words"; counted by
    # its letters (LETTERS_PER_WORD), not its dependent vowels, subscripts and tones (combining marks).
    lao = "ລັດຖະບານປະກາດວ່າຈະເປີດເສັ້ນທາງລົດເມໃໝ່ໃນເດືອນໜ້າ"
    khmer = "រដ្ឋាភិបាលបានប្រកាសថានឹងបើកផ្លូវឡានក្រុងថ្មីនៅខែក្រោយ។"
    myanmar = "အစိုးရက နောက်လတွင် ဘတ်စ်ကားလမ်းကြောင်းအသစ် ဖွင့်မည်ဟု ကြေညာခဲ့သည်။"
    assert [signals.word_count(text) for text in (lao, khmer, myanmar)] == [13, 11, 10]
    assert [count_words(text) for text in (lao, khmer, myanmar)] == [13, 11, 10]
    # Khmer's "។" and Myanmar's "။" are their full stops: a short sentence ending with one is prose
    assert signals.is_prose(khmer) and signals.is_prose(myanmar)
    assert signals.sentence_marks(myanmar) == 1
    # Lao, like Thai, parts its clauses with a space and ends a sentence with none
    assert signals.is_prose("ລັດຖະບານປະກາດວ່າຈະເປີດເສັ້ນທາງລົດເມໃໝ່ ເພື່ອເຊື່ອມຕົວເມືອງກັບບ້ານອ້ອມຂ້າງ")
    assert signals.sentence_marks("ລັດຖະບານປະກາດ ເສັ້ນທາງໃໝ່") == 1


def test_sentence_marks_count_the_spaces_between_thai_characters_only():
    # A space parts Thai phrases only between two Thai characters; elsewhere the marks alone count.
    assert signals.sentence_marks("ข่าว วันนี้ ฝนตก, hello world.") == 4
    assert signals.sentence_marks("Thai ข่าว and more, here.") == 2
    assert signals.sentence_marks("“Quoted,” she said. Then: nothing") == 3


def test_clean_text_drops_invisible_and_direction_marks():
    assert signals.clean_text("\u200eFigure 1.\u200f  A\u00adharbour\u200b wall \u2068Jane\u2069") == "Figure 1. Aharbour wall Jane"


def _widest_single_spaced(pattern: str) -> int:
    """The longest match a pattern can make where white space comes in single spaces."""
    try:
        from re import _parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse
    bounded = pattern.replace(r"\s*", r"\s?").replace(r"\s+", r"\s")
    return sre_parse.parse(bounded).getwidth()[1]


def test_a_credit_match_fits_in_the_tail_that_is_searched():
    # split_credit searches a single-spaced text only near its end: every credit pattern's
    # match must fit there, white space runs aside (none of them may grow otherwise).
    from artextract.rules import text as rules

    for pattern in rules.CREDIT_SUFFIXES:
        assert _widest_single_spaced(pattern.pattern) < signals._CREDIT_TAIL, pattern.pattern


def test_the_credit_searches_find_what_searching_everywhere_finds():
    # Random lines of caption and credit pieces: where _credit_searches rules a pattern out it
    # cannot match, and where it starts late the match is the one a whole search finds.
    import random

    from artextract.rules import text as rules

    pieces = ["Photo", "photo by", "Foto", "FOT.", "Phot.", "Credit", "Image source", "courtesy of", "Courtesy", "Cortesía", ":", " : ",
              "by", "(", ")", ").", "(AP)", "(c)", "©", "Copyright", "/", " / ", "—", " - ", "Jane Doe", "AFP",
              "Getty Images", "the harbour", ".", "!", "?", " ", "  ", "\n", "\u00a0", "\t", "x" * 70,
              "word " * 30, "Zdjęcie", "Źródło", "İ", "ı", "ſource", "\u212aép", "PHOTOſ",
              "写真", "사진", "图", "：", "＝", "／", "=", "（", "）"]
    rng = random.Random(9)
    for round_ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        if round_ % 2:
            text = " ".join(text.split())  # single-spaced, as blocks are: searched from late in the text
        start, can_match = signals._credit_searches(text)
        for index, pattern in enumerate(rules.CREDIT_SUFFIXES):
            whole = pattern.search(text)
            found = pattern.search(text, start) if can_match[index] else None
            assert (whole and (whole.span(), whole.groupdict())) == (found and (found.span(), found.groupdict())), (text, index)


def test_the_unspaced_credit_words_are_not_ascii():
    # _credit_searches tries the unspaced languages' picture words only in a tail that is not all ASCII.
    import re

    from artextract.rules import text as rules

    words = [word.replace("\\", "") for word in rules.CREDIT_UNSPACED_WORDS.split("|")]
    assert words and all(not word.isascii() for word in words), words
    assert rules.CREDIT_UNSPACED_WORD.pattern.startswith(f"(?:{rules.CREDIT_UNSPACED_WORDS})")
    assert not rules.CREDIT_UNSPACED_WORD.flags & re.IGNORECASE  # (no ASCII letter can stand for a word's character)


def test_a_label_end_match_fits_in_the_tail_that_is_searched():
    # without_label_end searches only a text's last characters: the longest match of the label-end
    # pattern, with the newline its `$` may stand before, must fit there.
    from artextract.rules import text as rules

    assert "\\s" not in rules.CREDIT_LABEL_END.pattern  # (no run of white space to grow a match)
    assert _widest_single_spaced(rules.CREDIT_LABEL_END.pattern) + 1 <= signals._LABEL_END_TAIL


def test_without_label_end_leaves_what_the_patterns_substitution_leaves():
    # Random texts of caption and label pieces (labels of every language, signs, brackets, a closing
    # newline): the tail search and its gate cut what CREDIT_LABEL_END.sub cuts, and nothing else.
    import random

    from artextract.rules import text as rules

    pieces = ["Photo", "Foto", "Bildquelle", "Crédits photos", "Beitragsbild", "Image source", "courtesy of", "zdjęcie",
              "ФОТО", "Symbolbild", ":", " :", " : ", "(", ")", "(c)", "(C)", "x(c)", "(c)(", "©", "Jane Doe", "the harbour",
              ".", " ", "\n", "\u00a0", "x" * 40, "word " * 12, "İ", "ſource", "\u212a"]
    rng = random.Random(11)
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert signals.without_label_end(text) == rules.CREDIT_LABEL_END.sub("", text), text
    assert signals.without_label_end("Der Ort der Tat. Foto:") == "Der Ort der Tat. "
    assert signals.without_label_end("The harbour at dawn ©") == "The harbour at dawn "
    assert signals.without_label_end("The harbour at dawn") == "The harbour at dawn"


def test_the_gated_furniture_patterns_find_what_one_alternation_of_all_finds():
    # Patterns that may begin anywhere run only on lines holding their words; the first pattern a line
    # matches must stay the one a single alternation of every anchored pattern finds.
    import re

    from artextract.rules import text as text_rules

    whole = re.compile("|".join(f"(?P<p{index}>{pattern.pattern[1:]})"
                                for index, pattern in enumerate(text_rules.BOILERPLATE_PATTERNS)
                                if pattern.pattern.startswith("^")), re.IGNORECASE)
    lines = ["© 2024 Foo. All rights reserved.", "copyright 2020 all rights reserved", "we may earn a commission",
             "products were chosen. we earn compensation for links", "$130 add to cart", "sign up and add to cart",
             "advertisement all rights reserved", "2 min read", "the river rose all night", "add to calendar",
             # IGNORECASE reads a dotless "ı" as an "i" and a long "ſ" as an "s" (the prefilter folds them)
             "3 mın read", "ſhare this story", "thank you! your ſubmiſſion has been received", "ıt looks like you're new here",
             "1,992 2 gold badges 15 silver badges", "posts: 1,204", "joined: oct 2019", "https://a.example/x.jpg",
             "answered feb 3, 2012 at 10:51", "follow @jane", "(c) 2024 jane doe", "contact us about your project",
             "image 3 of 12", "3 / 12", "we use cookies to improve", "reading time: 4 minutes", "12 comments"]
    for line in lines:
        found = whole.match(line)
        assert signals._first_pattern(line) == (int(found.lastgroup[1:]) if found else None), line


def test_the_furniture_prefilter_reads_a_lower_case_line_as_ignorecase_does():
    # The anchored furniture patterns are tried case-sensitively on the normalised (lower-case)
    # line, the line and the patterns with the characters IGNORECASE equates to another letter folded
    # alike: over every character a lower-cased text can hold, no other one matches a letter of the
    # folded patterns (Greek's final sigma and Cyrillic's old letter variants included).
    import re

    from artextract.rules import text as text_rules

    # ... and so is the labelled credit's pattern (signals._LABELLED_CREDIT_FORM), on a text's ignorecase_form.
    patterns = [*text_rules.BOILERPLATE_PATTERNS, text_rules.CREDIT_SUFFIXES[1]]
    sources = [re.sub(r"\(\?P<\w+>", "(", pattern.pattern).translate(vocabulary.IGNORECASE_FOLDS) for pattern in patterns]
    literals = {char for source in sources for char in re.sub(r"\\.", "", source) if char.isalnum()}
    assert all(char == char.lower() for char in literals)  # the patterns are written in lower case
    cased = re.compile("[%s]" % re.escape("".join(sorted(literals))), re.IGNORECASE)
    for code in range(0x110000):
        for char in chr(code).lower():
            if cased.fullmatch(char):
                assert char.translate(vocabulary.IGNORECASE_FOLDS) in literals, hex(code)


def test_a_prefilter_pattern_has_no_capturing_group():
    assert signals._plain(r"^(a|b)\(c\)[(]x(?:y)(?P<n>z)[]()](e)[^]()]") == r"^(?:a|b)\(c\)[(]x(?:y)(?P<n>z)[]()](?:e)[^]()]"
    assert signals._ANCHORED_ANY.groups == 0


def test_word_count_counts_what_the_word_pattern_finds():
    # word_count counts on character classes, not with the pattern: the counts must agree, on
    # joiners inside, around and between words, unspaced scripts, Thai, combining marks and any other character.
    import random

    from artextract.rules.language import LETTER_COUNTED_RE, is_combining_mark, letter_words

    def by_pattern(text):
        unspaced = len(signals.UNSPACED_CHAR_RE.findall(text))
        text = signals.UNSPACED_CHAR_RE.sub(" ", text)
        thai = len(LETTER_COUNTED_RE.findall(text))
        text = LETTER_COUNTED_RE.sub(" ", text)
        kept = []  # a mark after a word character (or its marks) is dropped into it, any other is a space
        for char in text:
            if not is_combining_mark(char):
                kept.append(char)
            elif not (kept and (kept[-1].isalnum() or kept[-1] == "_")):
                kept.append(" ")
        return unspaced + letter_words(thai) + len(signals._WORD.findall("".join(kept)))

    pieces = ["a", "Zb", "1", "_", " ", ".", "'", "-", "’", "x.y", "!", "\t", "é", "..", "-a", "a-", "中", "文字",
              "ー", "ß", "٣", "\u200b", "²", "Ⅻ", "😀", "\x80", "\x81", "\x82", "u", "j", "m", "t", "\ud800",
              "don't", "U.S.", "3.5", "\u0301", "ि", "ं", "ก", "่", "ั", "ฐบ", "๕", "\u064b"]
    rng = random.Random(5)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        assert signals.word_count(text) == by_pattern(text), text
    assert signals.word_count("Don't panic: the U.S. e-mail costs 3.5 cents.") == 8


def test_word_count_classes_each_latin1_character_as_the_word_pattern_does():
    # Text of Latin-1 characters is counted on one byte each (no error handler); U+0080-U+0082, whose
    # bytes stand for the classes the handler writes, send their text the ASCII way.
    for code in range(0x80, 0x100):
        char = chr(code)
        for text in (char, f"a{char}b", f"a {char}b", f"a{char}", f"{char}'x", f"x-{char}-", f"中{char}é"):
            words = len(signals._WORD.findall(signals.UNSPACED_CHAR_RE.sub(" ", text)))
            assert signals.word_count(text) == len(signals.UNSPACED_CHAR_RE.findall(text)) + words, repr(text)


def test_a_word_character_is_what_str_isalnum_says_or_an_underscore():
    # word_count classes characters with str.isalnum (once each); regex \w must agree on every one.
    import re

    every = "".join(map(chr, range(0x110000)))
    assert re.findall(r"\w", every) == [char for char in every if char.isalnum() or char == "_"]


def test_holds_any_answers_whether_one_piece_stands_in_the_text():
    assert signals.holds_any(" figure-caption ", ("credit", "caption"))
    assert not signals.holds_any(" accreditation ", (" credit", "credit "))
    assert not signals.holds_any("anything", ())


def test_printable_text_holds_no_white_space_but_the_space_and_no_invisible_character():
    # clean_text (and the HTML builder's space folding) give printable, single-spaced text back
    # with only its edges trimmed: that holds only while these stay true of every character.
    import sys

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isspace() and char != " ":
            assert not char.isprintable(), hex(code)
    assert not any(char.isprintable() for char in signals._INVISIBLE)


@pytest.mark.parametrize("text", ["Share this", " - Share  this: ", "« Zurück ·", "x\u00a0y\u00a0", "a\tb", "\u3000Ｆｏｏ ", "(1) ", "", " "])
def test_normalise_folds_spaces_as_splitting_at_white_space_does(text):
    # Single-spaced printable lines skip the split and join; every line must come out as if folded.
    import unicodedata

    folded = " ".join(unicodedata.normalize("NFKC", text).lower().split())
    assert signals.normalise(text) == folded.strip(signals._EDGE_PUNCT).strip()


@pytest.mark.parametrize("text", [" Köln liegt am Rhein. ", "a b", " a", "b ", "x\u00a0y", "a  b", "a\u200bb", "\tTab\n", " "])
def test_clean_text_folds_as_splitting_at_white_space_does(text):
    expected = " ".join("".join(char for char in text if char not in signals._INVISIBLE).split())
    assert signals.clean_text(text) == expected


# A sentence of a hand-written article (stands for any long paragraph's prose), repeated past the
# furniture patterns' limit.
LONG_PROSE = " The ferry was late again, and the harbour master said the wind would turn by the evening." * 6


@pytest.mark.parametrize("opening", [
    "This site uses affiliate links, so we may earn a commission when you buy through them.",  # en
    "Ja, ich habe die Datenschutzerklärung gelesen und bin damit einverstanden, dass meine Angaben gespeichert werden.",  # de
    "En soumettant ce formulaire, vous acceptez que vos données soient conservées.",  # fr
    "He leído y acepto la política de privacidad del sitio.",  # es
])
def test_a_long_notice_is_the_sites_by_its_opening_sentence(opening):
    # A notice that goes on to explain itself runs past the patterns' limit; its first sentence says what it is.
    line = opening + LONG_PROSE
    assert len(line) > 320
    assert "opening a long notice" in signals.boilerplate_reason(line)


def test_a_long_cjk_notice_is_the_sites_by_its_opening_sentence():
    # CJK full stops are followed by no space: the opening sentence ends at the stop itself.
    line = "このサイトはアフィリエイト広告を利用しています。" + "港のフェリーは今朝も遅れて、誰も驚かなかった。" * 20
    assert signals.boilerplate_reason(line)


def test_a_long_paragraph_naming_a_notice_further_on_is_no_notice():
    # Only the opening sentence is read: an article may speak of commissions or forms later on.
    line = "The harbour council met on Monday to talk about the ferry." + LONG_PROSE + \
        " Some sites use affiliate links and we may earn a commission when readers buy."
    assert signals.boilerplate_reason(line) is None


def test_caseless_folds_spacing_and_case_and_keeps_punctuation() -> None:
    # The one "case and spacing aside" form (a name against the page's text, a line against the
    # headline): runs of any white space become one space, case folds fully, punctuation stays.
    assert signals.caseless("  Jane\u00a0 DOE,\tMD \n") == "jane doe, md"
    assert signals.caseless("Die STRASSE") == signals.caseless("die Straße")
    assert signals.caseless("") == ""
