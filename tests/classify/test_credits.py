"""Credit lines, as raw text prints them alone, and the headline chooser that must not take one for a title."""

import pytest

from artextract import extract
from artextract.classify.credits import AGENCY, COURTESY, LABELLED, SHAPED, credit_line, is_credit, names_an_agency

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Photo: Sam Ward/Northern Post", LABELLED),
        ("Courtesy of the Harbour Trust", COURTESY),
        ("Cortesía de la Alcaldía de Lima", COURTESY),
        ("Mit freundlicher Genehmigung von Jane Doe", COURTESY),
        ("Jane Doe/Northern Post", SHAPED),
        ("Jane Doe/Reuters", AGENCY),
        ("Firn | Getty Images", AGENCY),
        ("imaginima/Getty Images", AGENCY),
        ("Tanja Ivanova//Getty Images", AGENCY),
        ("Studio Light and Shade | Getty Images", AGENCY),  # a joining word inside the name
        ("Sam Ward / The Northern Post / Getty Images", AGENCY),  # photographer, outlet, library
        ("and Shade | Getty Images", None),  # a joining word never opens the name
        ("Reuters", SHAPED),  # an agency alone pairs with a caption beside it, never stands alone
        ("shutterstock", SHAPED),
        ("Ukraine war latest | Reuters", None),
        ("© 2026 Acme Corporation", None),
        ("© Acme GmbH, alle Rechte vorbehalten", None),
        ("© Jane Doe", LABELLED),
        ("Foto: president.gov.ua, via Wikimedia Commons | Lizenz: CC BY 4.0", LABELLED),
        ("AFP via Getty Images", SHAPED),
        ("via Unsplash", SHAPED),
        ("via GIPHY", None),  # an embed's platform, no picture's source
        ("Thea Traff, The New York Times/Redux", SHAPED),
        ("News | Sport", None),
        ("Washington, DC / New York", None),
        ("Ten Ways To Save On Packing", None),
        ("CI/CD", None),  # two terms in capitals: a menu's or a card's, no photographer and agency
        ("UI/UX", None),
        ("EPA/EFE", AGENCY),  # capitals on both sides, one of them a known agency
        ("KEYSTONE/JD", SHAPED),  # an agency and its photographer's initials
    ],
)
def test_credit_lines_by_kind(line, kind):
    assert credit_line(line) == kind


def test_a_caption_with_its_credit_is_a_credit_but_not_a_credit_line():
    line = "Bee orchids on the meadow. Photo: Sam Ward"
    assert is_credit(line) and credit_line(line) is None


def test_an_unlabelled_credit_under_the_headline_is_not_the_headline():
    text = "\n".join([
        "HEALTH",
        "What fasting really does for your body and brain",
        "Fasting has been shown to lower blood pressure and sharpen the mind, but the benefits vary from one person to another.",
        "Research shows that fasting has many benefits, but not everyone should try it.",
        "Thea Traff, The New York Times/Redux",
        "By Daryl Austin",
        "Published March 9, 2026",
        *[PARAGRAPH] * 4,
    ])
    assert extract(text.encode(), input_type="text").headline == "What fasting really does for your body and brain"


@pytest.mark.parametrize("line, named", [
    ("APA/Helmut Fohringer", True), ("Jane Doe/ANP", True), ("AFP via Getty Images", True),
    ("Safety Lockout/Tagout Kit", False), ("Samuel Velasco/Quanta Magazine", False), ("Magnetic Project Mat | New", False),
])
def test_a_shaped_credit_naming_an_agency(line, named):
    assert credit_line(line) == SHAPED
    assert names_an_agency(line) is named


@pytest.mark.parametrize("line", ["About Contact Privacy Cookies Data Copyright Terms & Conditions",
                                  "Bekanntmachung - Copyright - Wegweiser",
                                  "Animals: 1,419 Copyright-Free Illustrations"])
def test_copyright_as_a_menu_entry_or_a_compound_is_no_credit(line):
    # The word says whose only where a line or a sentence opens with it.
    assert not is_credit(line) and credit_line(line) is None


@pytest.mark.parametrize("line", ["The quay at dawn. Copyright Jane Doe", "Copyright Jane Doe"])
def test_copyright_opening_a_line_or_a_sentence_is_a_credit(line):
    assert is_credit(line)


def test_a_card_blurb_over_two_terms_in_capitals_stays_text():
    # A blog's category cards: a blurb under each category's name, "CI/CD" the next card's name.
    # The slash between two acronyms names no photographer and no agency: the blurb is no caption.
    text = "\n".join([
        "How we ship faster",
        "",
        PARAGRAPH,
        "",
        "Automating your way to faster and more secure ships.",
        "",
        "CI/CD",
        "",
        PARAGRAPH,
    ])
    article = extract(text, input_type="text")
    assert article.captions == []
