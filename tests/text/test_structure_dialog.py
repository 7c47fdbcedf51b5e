"""A dialog printed last, under its close button (text/structure.py `dialog_start`)."""

from artextract import extract, signals
from artextract.blocks import Block
from artextract.text.structure import Run, dialog_start, is_close_button

_PARAGRAPH = "The oak is dried for two years before it is cut, so that the chair keeps its shape in any room."
_TEXT = [
    "Oak chairs",
    _PARAGRAPH,
    "Its legs are joined without a single screw, by hand, in our workshop in the hills above the river.",
    "Each chair is oiled three times and left to rest for a week before it is sent out to your home.",
]


def _dialog(*lines, runs=()):
    blocks = [Block(text=line) for line in lines]
    return dialog_start(blocks, [signals.word_count(line) for line in lines], runs, 0, len(lines))


def test_close_buttons_are_the_sign_or_the_capitalised_word_alone():
    for line in ("×", " ✕ ", "Close", "CLOSE", "Schließen", "Fermer"):
        assert is_close_button(line), line
    # An event's name in a reference, an index's letter or the X network's link, the word in a sentence: no button.
    for line in ("close", "X", "x", "Close the door behind you.", "Close to the river", "x 2"):
        assert not is_close_button(line), line


def test_the_text_ends_at_the_close_button_of_a_short_dialog_printed_last():
    dialog = ["×", "Start your free trial", "Work email", "We will not share your address with anyone."]
    assert _dialog(*_TEXT, *dialog) == len(_TEXT)
    assert _dialog(*_TEXT, "Schließen", "Ihre Sitzung läuft bald ab!", "Angemeldet bleiben") == len(_TEXT)


def test_a_button_on_every_card_at_the_top_or_over_a_long_text_ends_nothing():
    chips = [line for name in ("Flathead", "Hex", "Torx") for line in ("×", "2", name)]
    assert _dialog(*_TEXT, *chips) == len(_TEXT) + len(chips)  # a button on every chip: the grid's own
    top = ["Sale ends today", "×", *_TEXT]
    assert _dialog(*top) == len(top)  # a bar closed over the page: too little text above it
    long = [*_TEXT, "×", *[_PARAGRAPH] * 20]
    assert _dialog(*long) == len(long)  # too long for a dialog: the page itself


def test_a_button_inside_a_run_of_cards_is_a_card_s():
    cards = [line for title, pay in (("Frontend Engineer", "$120k"), ("Data Analyst", "$90k"), ("Designer", "$80k"))
             for line in (f"{title} - remote", pay, "Apply now")]
    lines = [*_TEXT, *cards[:3], "Close", *cards[3:]]
    grid = Run(len(_TEXT), len(lines), "cards", 3)
    assert _dialog(*lines, runs=[grid]) == len(lines)
    assert _dialog(*lines) == len(_TEXT) + 3  # (read as a dialog where no run of cards says otherwise)


def test_a_page_read_as_raw_text_leaves_the_dialog_printed_last_out():
    # A service's page copied from a browser (betterhelp.com and celoxis.com print theirs so): the
    # text, then a hidden dialog the copy prints after it, under its close button.
    dialog = ["×", "Your session is about to expire!",
              "You have been away for a while, so to keep your answers safe we will sign you out in two minutes.",
              "Choose to stay signed in if you are still filling in the form, and we will keep every answer you gave."]
    text = "\n".join(["Oakwood", "Shop", *_TEXT, *dialog])
    body = extract(text, input_type="text").body
    assert "oiled three times" in body and "dried for two years" in body
    assert "sign you out" not in body and "stay signed in" not in body
