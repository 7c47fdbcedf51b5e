"""Raw text: a video's credit line ("Video: watson/jane doe, john roe") stands under its player and
takes no line beside it for a caption (text/lines.pair_captions): the player's title is its own,
and the sentences around it are the text's. The credit alone is a caption with no description.

The page is a small hand-written stand-in: a recipe article, a paragraph, the video's credit line
set apart by blank lines, and a short sentence of the text under it, which a picture's credit
line would take for its caption.
"""

import artextract

PARAGRAPH = ("Fill a glass with ice and set it aside. In a second glass soak the sugar with the bitters, "
             "add a little water and stir until the sugar has gone, then pour in the whiskey and stir again.")
UNDER = "If he can do it, you can do it too."


HEAD = "How to Stir a Sazerac at Home\n\nBy Jane Doe\n\n"


def _captions(text: str) -> list[tuple[str, str | None]]:
    article = artextract.extract(HEAD + text, input_type="text")
    return [(caption.text, caption.credit) for caption in article.captions]


def test_a_videos_credit_takes_no_sentence_beside_it():
    credit = "Video: watson/jane doe, john roe, ann poe"
    assert _captions(f"{PARAGRAPH}\n\n{credit}\n\n{UNDER}\n\n{PARAGRAPH}") == [("", "watson/jane doe, john roe, ann poe")]


def test_a_pictures_credit_still_takes_the_sentence_under_it():
    credit = "Foto: watson/jane doe"
    assert _captions(f"{PARAGRAPH}\n\n{credit}\n\n{UNDER}\n\n{PARAGRAPH}") == [(UNDER, "watson/jane doe")]
