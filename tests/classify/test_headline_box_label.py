"""A key-point box's label glued to its heading ("Quick Summary: ...") is no raw-text headline.

The hand-written page below stands for a pet insurer's guide copied from a browser: the
site's menu, the guide's title, and under it a summary box whose label a copy prints on
one line with the box's heading ("Quick Summary: How Much Does Cat Insurance Cost"), then
the text. The box's line stands nearer the text, is longer and names
its words, and outscored the title; a line that opens with a key-point label of any
language and a colon is the box's. A title that opens with another label ("Review: ...")
is still one.
"""

from artextract import extract
from artextract.classify.headline import _opens_with_box_label

MENU = ["About Us", "Careers", "Partners", "Contact", "Login", "Underwriting"]
TITLE = "Cat Insurance Prices for Every Budget"
BOX = "Quick Summary: How Much Does Cat Insurance Cost"
TEXT = [
    "Cat insurance costs between fifteen and forty dollars a month for most owners, and the price "
    "depends on the cat's age, its breed, where you live and the cover you choose for it.",
    "An older cat costs more to insure than a kitten, because the insurer expects more claims for "
    "illness as a cat ages, and some breeds cost more because they are prone to costly illnesses.",
    "Where you live matters too: a visit to the vet costs more in a city than in the country, and "
    "the insurance price follows what the vets near you charge for the same treatment.",
]


def test_a_box_label_glued_to_its_heading_leaves_the_title_the_headline():
    article = extract("\n".join([*MENU, TITLE, BOX, *TEXT]), input_type="text")
    assert article.headline == TITLE
    assert TEXT[0] in article.body


def test_box_label_shapes():
    # A key-point label of any language before the colon, and words after it.
    assert _opens_with_box_label(BOX)
    assert _opens_with_box_label("TL;DR: What Is The Best Platform To Sell Courses?")
    assert _opens_with_box_label("Zusammenfassung: Was eine Katzenversicherung kostet")
    # A label alone, another label, or a colon later in a title.
    assert not _opens_with_box_label("Key Takeaways:")
    assert not _opens_with_box_label("Review: The Best Cat Insurance of the Year")
    assert not _opens_with_box_label("Summary of the Ruling: What Changes for Owners")
