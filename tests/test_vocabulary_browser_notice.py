"""The site's warning that the reader's browser is too old, in each language of the vocabulary
(`browser_notice`, a site notice: signals.boilerplate_reason), and what it does to a raw copy's head.

The fixture stands for a raw copy whose notice opens the page's prose (wcxb-dev fit ama.org:
"We noticed that you are using Internet Explorer 11 or older ...", over the title and its text)."""

import pytest

from artextract import extract, signals

PARAGRAPH = (
    "Digital marketing reaches customers where they spend their time, on search engines, in social "
    "feeds and in their inboxes, and it measures every step they take towards a purchase."
)


@pytest.mark.parametrize("line", [
    "We noticed that you are using Internet Explorer 11 or older that is not supported any longer.",  # en
    "You are using an older browser version. Please use a supported version for the best experience.",
    "This browser is not actively supported anymore.",
    "Dein Browser ist leider veraltet.",  # de
    "Bitte aktualisieren Sie Ihren Browser, um diese Website korrekt darzustellen.",
    "Votre navigateur n'est plus pris en charge.",  # fr
    "Tu navegador está desactualizado.",  # es
    "Il tuo browser non è più supportato.",  # it
    "O seu navegador está desatualizado.",  # pt
    "Uw browser is verouderd.",  # nl
    "Twoja przeglądarka jest przestarzała.",  # pl
])
def test_a_browser_notice_is_furniture_in_any_language(line):
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize("line", [
    # an article speaking of browsers: no site warning its reader
    "Which browser is best for a family computer, and how do you keep it safe?",
    "Der Browser des Unternehmens wurde nach dem Urteil überarbeitet, sagte der Sprecher.",
    "Most people never update the apps on their phones until something breaks.",
])
def test_a_sentence_about_browsers_is_no_notice(line):
    assert not signals.boilerplate_reason(line)


def test_a_raw_copy_leaves_its_browser_notice_out_of_the_text():
    # The notice reads as a paragraph opening the page's prose: the text starts under it.
    page = "\n".join([
        "Home", "Events", "Careers", "What is Digital Marketing?",
        "We noticed that you are using Internet Explorer 11 or older that is not supported any longer. "
        "Please consider using an alternative, modern browser for the best experience.",
        *[PARAGRAPH] * 4,
    ])
    article = extract(page, input_type="text")
    assert article.headline == "What is Digital Marketing?"
    assert article.body.startswith(PARAGRAPH)
