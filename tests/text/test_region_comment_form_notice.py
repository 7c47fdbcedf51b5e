"""Comment forms whose fields carry no asterisk, told by the lines only such a form prints, in raw
text (text/region.py `_form_field`, `_before_form`; rules.text FORM_NOTICE_OPENINGS, FORM_TRAP_LINES).

Hand-written pages: an article of four paragraphs, then the form as a copy prints it, then the site's
blurbs. WordPress's form: its label, its bare fields, the cookie check box, the Akismet notice.
Drupal's, under a German blog's post (standing for traf-dev fit interscenar.io): some of the bare
"Ihr Name" and "E-Mail" fields, the note under the e-mail field, the required comment field, the
preview button, the Honeypot module's hidden field (no label over the form: a comments label ends
the text by itself, and the test would not see the lines it is about).
"""

from artextract.blocks import Block
from artextract.text.region import find_region

ARTICLES = {
    "en": ([f"The council voted on {day} to widen the road, after a long debate about costs and safety near the school,"
            f" and the residents asked for a crossing." for day in ("Monday", "Tuesday", "Wednesday", "Thursday")],
           ["We are a small team of editors writing about our towns and their councils since 1998.",
            "Our archive holds forty years of local news, our photographs of the floods and our maps."]),
    "de": ([f"Der Rat hat am {day} beschlossen, die Straße zu verbreitern, nach einer langen Debatte über Kosten"
            f" und Sicherheit an der Schule, und die Anwohner baten um einen Übergang."
            for day in ("Montag", "Dienstag", "Mittwoch", "Donnerstag")],
           ["Wir sind ein kleines Team von Redakteuren und schreiben seit 1998 über unsere Städte und ihre Räte.",
            "Unser Archiv umfasst vierzig Jahre Lokalnachrichten, unsere Fotos der Hochwasser und unsere Karten."]),
}
FORMS = {
    "en": ["Leave a comment", "Name", "Email", "Save my name, email, and website in this browser for the next time I comment.",
           "This site uses Akismet to reduce spam. Learn how your comment data is processed."],
    "de": ["Kommentar", "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.",
           "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine Kommentardaten verarbeitet werden."],
}
# Drupal's note under the e-mail field, in core's wording.
DRUPAL_NOTICES = {
    "en": "The content of this field is kept private and will not be shown publicly.",
    "de": "Der Inhalt dieses Feldes wird nicht öffentlich zugänglich angezeigt.",
}


def _lines_past_article(form, language="en"):
    """How many lines past the article's paragraphs the region ends (0: right at the form)."""
    paragraphs, blurbs = ARTICLES[language]
    return find_region([Block(text=line) for line in ("Home", *paragraphs, *form, *blurbs)]).end - 1 - len(paragraphs)


def test_a_comment_forms_notices_end_the_article_in_any_language():
    for form in FORMS.values():
        assert _lines_past_article(form) == 0


def test_one_notice_alone_is_no_form():
    # The article may quote one such line; a form prints both.
    assert _lines_past_article([FORMS["en"][-1]]) > 0


def test_drupals_note_under_the_email_field_and_a_required_field_make_a_form():
    for notice in DRUPAL_NOTICES.values():
        assert _lines_past_article(["Ihr Name", "E-Mail", notice, "Kommentar *"], "de") == 0


def test_drupals_honeypot_field_and_a_required_field_make_a_form():
    assert _lines_past_article(["Kommentar *", "Vorschau", "Leave this field blank"], "de") == 0


def test_drupals_note_alone_is_no_form():
    # The text may quote the note (an article about comment forms); a form prints a field beside it.
    assert _lines_past_article([DRUPAL_NOTICES["en"]], "de") > 0
