"""A newsletter box of one required e-mail field under an article in raw text (text/region.py `_before_form`).

The pages are hand-written: an article of four paragraphs, then a box as a copy prints it (its title,
the required-field note, the one field), then the site's short blurbs.
"""

from artextract.blocks import Block
from artextract.text.region import find_region

PARAGRAPHS = [
    f"The council voted on {day} to widen the road, after a long debate about costs and safety near the school,"
    f" and the residents asked for a crossing."
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday")
]  # 104 words
BLURBS = ["Don't have time to read every post? Receive a daily list of our stories.",
          "We keep standing up for our town as long as you keep reading and sharing our stories."]


def _end(*lines):
    return find_region([Block(text=line) for line in lines]).end


def test_a_required_email_field_alone_ends_the_article_in_any_language():
    for box in (["Subscribe to our mailing list!", "* indicates required", "Email Address *"],
                ["Newsletter abonnieren", "E-Mail *"],
                ["Recevez notre lettre", "Votre adresse email*"]):
        assert _end("Home", *PARAGRAPHS, *box, *BLURBS) == 1 + len(PARAGRAPHS)


def test_another_lone_required_field_or_a_bare_email_line_is_no_form():
    # "E-Mail" without an asterisk is as often a share button; "Name *" alone may be a line of the text.
    for line in ("E-Mail", "Name *"):
        assert _end("Home", *PARAGRAPHS, "Newsletter", line, *BLURBS) == 1 + len(PARAGRAPHS) + 2 + len(BLURBS)


def test_a_box_with_more_prose_under_it_than_above_is_mid_article():
    # A newsletter box between the article's paragraphs: the article goes on under it.
    more = [p.replace("road", "bridge") for p in PARAGRAPHS] + [p.replace("road", "street") for p in PARAGRAPHS[:2]]
    lines = ["Home", *PARAGRAPHS, "Newsletter", "Email *", *more]
    assert _end(*lines) == len(lines)
