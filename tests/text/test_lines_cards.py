"""Raw text: a listing's teaser cards, each opened by its picture's credit (text/lines.py,
pair_captions and _card_credits).

The pages are small hand-written stand-ins: a trade paper's news listing copied by a scraper
that sets every block apart by blank lines (per card: "Foto: © X", a section and month line,
the title, a one- or two-sentence teaser), and a travel article whose figures each print their
credit over a subhead and a paragraph, whose credits stand far apart.
"""

from artextract.blocks import Kind
from artextract.text.lines import lines_to_blocks, pair_captions, split_lines

CARDS = [
    ("Foto: © Anna Berger/Bildagentur", "Betrieb | März 2024", "Neue Regeln für die Lehrlingsprüfung",
     "Ab dem Sommer prüfen die Kammern die Gesellen nach einer neuen Ordnung. Was sich ändert, steht hier."),
    ("Foto: © Landesamt", "Politik | März 2024", "Förderprogramm für Werkstätten verlängert",
     "Das Land verlängert sein Programm für energiesparende Werkstätten um zwei Jahre."),
    ("Foto: © Tom Weber/Fotolia.com", "Bildung | Februar 2024", "Meisterkurse am Abend gefragt",
     "Immer mehr Gesellen besuchen die Meisterschule neben dem Beruf, meldet die Kammer."),
    ("Foto: © Kammer Nord", "Betrieb | Februar 2024", "So schützen Sie Ihre Werkstatt vor Einbruch",
     "Einbrecher suchen Werkzeug und Maschinen. Die Polizei rät zu einfachen Schritten."),
]
PARAGRAPH = ("The trail climbs for an hour through the beech wood before it reaches the ridge, "
             "where the view opens to the lake and the villages on its far shore.")


def _blocks(text: str):
    return pair_captions(lines_to_blocks(split_lines(text)))


def test_the_credits_that_open_a_listings_cards_are_no_captions():
    text = "\n\n".join(line for card in CARDS for line in card)
    blocks = _blocks(text)
    # Every line stays a line of its own: no teaser is taken for the caption of the credit under it.
    assert [block.text for block in blocks] == [line for card in CARDS for line in card]
    assert not any(block.hint is Kind.CAPTION for block in blocks)
    # The credits are the cards' furniture: no caption with no description either.
    assert [block.hint for block in blocks[::4]] == [Kind.BOILERPLATE] * len(CARDS)


def test_two_cards_are_not_yet_a_listing():
    # Under CARD_CREDITS_MIN cards a credit is read as before: the labelled credit pairs with the
    # teaser above it (a caption's length) or stands alone.
    text = "\n\n".join(line for card in CARDS[:2] for line in card)
    assert not any(block.hint is Kind.BOILERPLATE for block in _blocks(text))


def test_an_articles_credits_over_a_subhead_and_a_paragraph_stay_captions():
    # A figure's credit over the next section's subhead and its paragraph: one short line under the
    # credit, then prose; the article's figures each keep their caption above the credit.
    sections = [("The path along the lake at dawn.", "Photo: Jo Lind", "The Lake Path"),
                ("The old mill by the bridge in the village.", "Photo: Jo Lind", "The Mill"),
                ("The ridge above the beech wood.", "Photo: Jo Lind", "The Ridge")]
    text = "\n\n".join(f"{caption}\n\n{credit}\n\n{head}\n\n{PARAGRAPH}" for caption, credit, head in sections)
    captions = [block for block in _blocks(text) if block.hint is Kind.CAPTION]
    assert [block.text for block in captions] == [f"{caption} {credit}" for caption, credit, _ in sections]
