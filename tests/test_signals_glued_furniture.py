"""Controls a browser's copy prints side by side with no space between them ("Share onFacebook",
"Quick viewCompare"): each piece a furniture line, the glued line none (signals.glued_furniture_reason,
with rules/text.py GLUED_FURNITURE_MAX_SEAMS). Hand-written lines in the shapes of a share bar, a
shop card's buttons and a pair of calls to action."""

import random

import pytest

from artextract import signals


@pytest.mark.parametrize("line", [
    "Share onFacebook", "Share onLinkedIn", "Share onX",  # a share bar: "LinkedIn" is one piece, not cut
    "Quick viewCompare", "Get startedLearn more", "Skip to main contentSkip to footer",
])
def test_a_line_glued_from_furniture_pieces_is_furniture(line):
    assert signals.boilerplate_reason(line) is None
    assert signals.glued_furniture_reason(line)


@pytest.mark.parametrize("line", [
    "OpenAI", "LinkedIn", "iPhone", "McDonald's",  # names in camel case: their pieces are no furniture
    "Add to cartSee the full review",  # one piece furniture, the other not
    "Next", "Share this article",  # no seam
    "LoginSignUpShareNextBackHomeMenu",  # more seams than a bar of a few controls has
])
def test_a_line_is_not_glued_furniture_unless_every_piece_is(line):
    assert signals.glued_furniture_reason(line) is None


def test_a_long_line_is_not_cut():
    assert signals.glued_furniture_reason("Share on" + "x" * 400 + "Facebook") is None


def test_the_case_seams_are_where_a_lower_case_letter_meets_a_capital_in_any_script():
    # ASCII lines are searched by a pattern, the others letter by letter: both find the same seams.
    rng = random.Random(7)
    alphabet = "aZ bY.-9ßÉéΣσДдǅ"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for line in (text, text.encode("ascii", "ignore").decode()):
            expected = [i for i in range(1, len(line)) if line[i].isupper() and line[i - 1].islower()]
            assert signals._case_seams(line) == expected, line
