"""A WordPress comment form whose fields carry no asterisk, told by its own notices, in raw text
(text/region.py `_form_field`, `_before_form`).

Hand-written pages: an article of four paragraphs, then the form as a copy prints it (its label, its
bare fields, the cookie check box, the Akismet notice), then the site's blurbs.
"""

from artextract.blocks import Block
from artextract.text.region import find_region

PARAGRAPHS = [
    f"The council voted on {day} to widen the road, after a long debate about costs and safety near the school,"
    f" and the residents asked for a crossing."
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday")
]
BLURBS = ["We are a small team of editors writing about our towns and their councils since 1998.",
          "Our archive holds forty years of local news, our photographs of the floods and our maps."]
FORMS = {
    "en": ["Leave a comment", "Name", "Email", "Save my name, email, and website in this browser for the next time I comment.",
           "This site uses Akismet to reduce spam. Learn how your comment data is processed."],
    "de": ["Kommentar", "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.",
           "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine Kommentardaten verarbeitet werden."],
}


def _end(*lines):
    return find_region([Block(text=line) for line in lines]).end


def test_a_comment_forms_notices_end_the_article_in_any_language():
    for form in FORMS.values():
        assert _end("Home", *PARAGRAPHS, *form, *BLURBS) == 1 + len(PARAGRAPHS)


def test_one_notice_alone_is_no_form():
    # The article may quote one such line; a form prints both.
    notice = FORMS["en"][-1]
    lines = ["Home", *PARAGRAPHS, notice, *BLURBS]
    assert _end(*lines) > 1 + len(PARAGRAPHS)
