"""A picker's options printed on one line: a dropdown's list as a copy prints it (text/structure.py is_picker_row).

The pages here are hand-written: a listing of repositories under a language picker whose options a
copy ran into one line long enough to pass for prose, a country picker whose options hold function
words of their own, and lines of running text, German prose, Chinese text and a list of titles in
Title Case of the same length that must stay."""

from artextract import extract, signals
from artextract.blocks import Block
from artextract.text.structure import is_picker_row, picker_rows

_LANGUAGES = (
    "Abkhazian Afar Afrikaans Akan Albanian Amharic Arabic Aragonese Armenian Assamese Avaric Avestan Aymara "
    "Azerbaijani Bambara Bashkir Basque Belarusian Bengali Bislama Bosnian Breton Bulgarian Burmese Catalan, "
    "Valencian Chamorro Chechen Chichewa, Chewa, Nyanja Chinese Chuvash Cornish Corsican Cree Croatian Czech "
    "Danish Divehi, Dhivehi, Maldivian Dutch, Flemish Dzongkha English Esperanto Estonian Ewe Faroese Fijian "
    "Finnish French Fulah Galician Georgian German Greek, Modern Guarani Gujarati Haitian Creole Hausa Hebrew "
    "Herero Hindi Hiri Motu Hungarian Indonesian Irish Igbo Inupiaq Icelandic Italian Inuktitut Japanese Javanese "
    "Kannada Kanuri Kashmiri Kazakh Khmer Kikuyu Kinyarwanda Komi Kongo Korean Kurdish Latin Lingala Lao"
)

# A country picker's options as a copy prints them: its names hold "and", "of", "the" and "El" (about a
# tenth of its words), which a list of languages does not.
_COUNTRIES = (
    "Select Country United States Canada Afghanistan Åland Islands Albania Algeria American Samoa Andorra Angola "
    "Anguilla Antarctica Antigua and Barbuda Argentina Armenia Aruba Australia Austria Azerbaijan Bahamas Bahrain "
    "Bangladesh Barbados Belarus Belgium Belize Benin Bermuda Bhutan Bolivia Bosnia and Herzegovina Botswana "
    "Brazil Brunei Bulgaria Burundi Cambodia Cameroon Chad Chile China Colombia Comoros Congo, The Democratic "
    "Republic of the Croatia Cuba Cyprus Denmark Djibouti Dominica Ecuador Egypt El Salvador Eritrea Estonia "
    "Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Haiti "
    "Honduras Hungary Iceland India Indonesia Iran, Islamic Republic of Iraq Ireland Isle of Man Israel Italy "
    "Jamaica Japan Jordan Kenya Saint Kitts and Nevis Saint Vincent and the Grenadines Sao Tome and Principe "
    "Trinidad and Tobago Turks and Caicos Islands Wallis and Futuna Yemen Zambia Zimbabwe"
)


def _picker(text):
    return is_picker_row(text, signals.word_count(text))


def test_a_long_line_of_names_is_a_picker_row():
    assert _picker(_LANGUAGES)
    assert _picker("Quantity: " + " ".join(str(number) for number in range(1, 101)))


def test_a_country_picker_is_a_picker_row_though_its_names_hold_function_words():
    assert _picker(_COUNTRIES)


def test_running_text_and_short_lists_are_no_picker_row():
    english = ("The team met in the spring and agreed that the new release would ship with the tools that "
               "users had asked for, and that the old ones would stay for a year. ") * 3
    german = ("Der Verein hat im Frühjahr beschlossen, dass die neue Halle mit den Mitteln der Stadt gebaut wird "
              "und dass die alte Halle für die Jugend bleibt. ") * 4
    assert signals.word_count(english) >= 80 and signals.word_count(german) >= 80
    assert not _picker(english)
    assert not _picker(german)
    # Chinese has no capitals: a long line of it is never read as names.
    assert not _picker("我们在春天开会，决定新版本将附带用户要求的工具。" * 20)
    # Titles in Title Case run together are no options: their function words are a fifth of their words.
    titles = ("How to Choose the Best Solar Panel for Your Home What Is a Hybrid Inverter and Do You Need One "
              "Why the Size of Your Battery Matters More Than You Think The Cost of Going Off the Grid in 2026 ") * 3
    assert signals.word_count(titles) >= 80
    assert not _picker(titles)
    # An ingredient list or a table's row of names is shorter than a picker's options.
    assert not _picker("Hemp Extract, Sugar, Glucose Syrup, Pectin, Natural Flavors, Sodium Citrate, Citric Acid, Coconut Oil")


def test_picker_rows_are_found_anywhere_on_the_page():
    lines = ["Trending", "Spoken Language: Any", _LANGUAGES, "A tool that formats code."]
    blocks = [Block(text=line) for line in lines]
    assert picker_rows(blocks, [signals.word_count(line) for line in lines]) == {2}


def test_a_list_of_names_between_the_texts_paragraphs_is_no_picker_row():
    lines = ["The languages the survey reached are the following, in the order of the replies.", _LANGUAGES,
             "Each of them had at least a hundred speakers among the people who replied."]
    blocks = [Block(text=line) for line in lines]
    assert picker_rows(blocks, [signals.word_count(line) for line in lines]) == set()


def test_a_picker_row_is_left_out_of_the_text():
    # The options line passes for prose by its length (a comma here and there): the run takes it in
    # with the repositories under it, and the classifier kept it as the text's first paragraph.
    repositories = []
    for name, about in (
        ("northwind / swarm", "A simple engine that predicts traffic from the moves of many small agents."),
        ("contoso / ledger", "Keep the books of a small shop in plain text files, with reports by month."),
        ("fabrikam / lint", "A linter for shell scripts that explains each warning in plain words."),
        ("tailspin / maps", "Draw offline maps of hiking trails from open data, with contour lines."),
    ):
        repositories += [name, about, "Python 6,223 685 Built by 399 stars today"]
    page = ["Trending", "See what the community is most excited about today.", "Repositories Developers",
            "Spoken Language: Any", _LANGUAGES + " " + _LANGUAGES, "Loading", "Date range: Today", *repositories]
    body = extract("\n\n".join(page), input_type="text").body
    assert "Abkhazian" not in body
    assert "predicts traffic" in body and "contour lines" in body
