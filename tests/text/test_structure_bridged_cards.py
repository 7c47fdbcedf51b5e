"""Cards standing between two passages of a prose page's text are the text's own (text/structure.py
`bridged_cards`). The pages are hand-written: a service's page as a browser copies it, its prose
about the service, then its plans as cards (a name, a saving, a price, a billing line, the same
button under each, the features as short lines), then more of its prose under them (aura.com's
plans between its prose stand for this kind; wcxb fit)."""

from artextract import extract, signals
from artextract.blocks import Block
from artextract.text.structure import bridged_cards

_ABOVE = [
    "Keeping your home network safe takes more than a password on the router and a hope that nobody guesses it.",
    "Our service watches every device in the house, warns you when one of them talks to a server it should not, "
    "and blocks the known bad addresses before a page even loads.",
    "Choose the plan that fits the people and the devices in your home; every plan can be changed at any time.",
]

_BELOW = [
    "Every plan comes with the same support team, who answer by phone or by chat at any hour of the day or night.",
    "If a device in your home is ever taken over, the team helps you clean it, change its passwords and lock it again, "
    "and stays with you until everything works as it did before.",
    "You can try any plan for two weeks without paying, and cancel it from your account page with two clicks.",
    "Families with older relatives far away can add their homes to the same account and watch over them from afar.",
]


def _plans():
    # Three plans, each the same short lines with its own figures: the copy prints them one under another.
    lines = []
    for name, saving, price, devices in (("Single", 40, 9, 5), ("Couple", 50, 15, 10), ("Family", 60, 25, 25)):
        lines += [f"{name} Plan", f"Save up to {saving}%", f"${price} /mo", f"billed annually, or ${price + 5}/mo monthly",
                  "Start Free Trial", f"Protection for {devices} devices", "Router Guard", "Ad Blocking"]
    return lines


def _bridged(lines):
    blocks = [Block(text=line) for line in lines]
    words = [signals.word_count(line) for line in lines]
    return bridged_cards(blocks, words, [signals.is_prose(line, count) for line, count in zip(lines, words)])


def test_cards_between_two_passages_of_prose_are_bridged():
    lines = [*_ABOVE, *_plans(), *_BELOW]
    bridged = _bridged(lines)
    assert lines.index("$15 /mo") in bridged
    assert not bridged & set(range(len(_ABOVE)))  # the prose keeps its own value


def test_cards_with_prose_on_one_side_only_are_not_bridged():
    assert not _bridged([*_ABOVE, *_plans(), "Contact", "Careers", "Press"])
    assert not _bridged(["Home", "Plans", "Help", *_plans(), *_BELOW])


def test_a_thread_of_posts_between_passages_is_not_bridged():
    # Posts are cards of prose (a name, a stamp, a paragraph): the thread rules read them, not this one.
    posts = []
    for day, name in enumerate(("Ada", "Ben", "Cleo"), start=3):
        posts += [name, f"Jan {day}, 2025", _BELOW[day - 3], "Reply"]
    assert not _bridged([*_ABOVE, *posts, *_BELOW])


def test_a_service_page_read_as_raw_text_keeps_its_plans_and_both_passages():
    menu = ["Home", "Products", "Plans", "Support", "Sign in"]
    text = "\n".join([*menu, "Home Network Protection", *_ABOVE, *_plans(), *_BELOW, "© 2026 Example Guard", "Privacy Policy"])
    body = extract(text, input_type="text").body
    assert _ABOVE[1] in body and _BELOW[1] in body
    assert "$15 /mo" in body and "Protection for 25 devices" in body
