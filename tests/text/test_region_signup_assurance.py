"""A sign-up box closed by its assurance ("You can unsubscribe at any time") in raw text (text/region.py
`_signup_boxes`): a copy that lost the box's consent line keeps the assurance.

Hand-written pages: an article of four paragraphs, then a newsletter box as such a copy prints it
(its title, its pitch, the assurance), then the site's footer.
"""

from artextract.blocks import Block, Zone
from artextract.text.region import find_region

PARAGRAPHS = [
    f"The council voted on {day} to widen the road, after a long debate about costs and safety near the school,"
    f" and the residents asked for a crossing."
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday")
]
FOOTER = ["About us", "Contact", "Privacy"]


def _kept(*lines):
    blocks = [Block(text=line) for line in lines]
    find_region(blocks)
    return [block.text for block in blocks if block.zone is Zone.MAIN]


def test_a_box_closed_by_its_assurance_is_left_out_in_any_language():
    for box in (["Gazette Newsletter", "Sign up to get the best stories of the week, as picked by the editors.",
                 "No spam, we promise. You can unsubscribe at any time and we never share your details."],
                ["Unser Newsletter", "Die wichtigsten Geschichten der Woche, jeden Freitag in Ihrem Postfach.",
                 "Sie können den Newsletter jederzeit abbestellen, und wir geben Ihre Adresse niemals weiter."]):
        kept = _kept("Home", *PARAGRAPHS, *box, *FOOTER)
        assert all(paragraph in kept for paragraph in PARAGRAPHS)
        assert not any(line in kept for line in box)


def test_the_assurance_in_a_long_paragraph_is_the_articles():
    # A paragraph of the article that says it in passing is no box's line.
    long = ("The council's newsletter, which residents can unsubscribe from at any time, will carry the plans for the"
            " road, the crossing and the new lights, and every resident of the street will get a letter about the"
            " works before they start next spring.")
    kept = _kept("Home", *PARAGRAPHS[:2], long, *PARAGRAPHS[2:], *FOOTER)
    assert long in kept
