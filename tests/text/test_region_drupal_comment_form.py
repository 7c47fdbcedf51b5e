"""A Drupal comment form under an article in raw text, told by the lines only such a form prints
(text/region.py `_form_field`, `_before_form`; rules.text FORM_TRAP_LINES, FORM_NOTICE_OPENINGS).

Hand-written pages standing for a German blog's post (traf-dev fit interscenar.io): four
paragraphs, then the form as a browser's copy prints it (its label, the bare "Name" and "E-Mail"
fields, the note under the e-mail field, the required comment field, the Honeypot module's hidden
field), then the site's blurbs.
"""

from artextract.blocks import Block
from artextract.text.region import find_region

PARAGRAPHS = [
    f"Der Rat hat am {day} beschlossen, die Straße zu verbreitern, nach einer langen Debatte über Kosten"
    f" und Sicherheit an der Schule, und die Anwohner baten um einen Übergang."
    for day in ("Montag", "Dienstag", "Mittwoch", "Donnerstag")
]
BLURBS = ["Wir sind ein kleines Team von Redakteuren und schreiben seit 1998 über unsere Städte und ihre Räte.",
          "Unser Archiv umfasst vierzig Jahre Lokalnachrichten, unsere Fotos der Hochwasser und unsere Karten."]
NOTICES = {
    "en": "The content of this field is kept private and will not be shown publicly.",
    "de": "Der Inhalt dieses Feldes wird nicht öffentlich zugänglich angezeigt.",
}


def _end(*lines):
    return find_region([Block(text=line) for line in lines]).end


def test_the_note_under_the_email_field_and_a_required_field_make_a_form():
    for notice in NOTICES.values():
        form = ["Diskutieren Sie mit", "Ihr Name", "E-Mail", notice, "Kommentar *"]
        assert _end("Startseite", *PARAGRAPHS, *form, *BLURBS) == 1 + len(PARAGRAPHS)


def test_the_honeypot_field_and_a_required_field_make_a_form():
    form = ["Diskutieren Sie mit", "Ihr Name", "Kommentar *", "Vorschau", "Leave this field blank"]
    assert _end("Startseite", *PARAGRAPHS, *form, *BLURBS) == 1 + len(PARAGRAPHS)


def test_one_such_line_alone_is_no_form():
    # The text may quote the note (an article about comment forms); a form prints a field beside it.
    lines = ["Startseite", *PARAGRAPHS, NOTICES["en"], *BLURBS]
    assert _end(*lines) > 1 + len(PARAGRAPHS)
