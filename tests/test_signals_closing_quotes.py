"""A sentence that ends inside a quotation ends with the quotation's closing mark, and each
typography closes its own way: German „…“ on “, ‚…‘ on ‘, »…« on «, French « … » with a space
before ». signals.is_prose (and every caller of rules.SENTENCE_END) reads through the mark to the
full stop or exclamation before it; a quoted title with no end mark stays a title."""

import pytest

from artextract import signals
from artextract.rules import text as rules


@pytest.mark.parametrize("line", [
    "„Wir haben den ganzen Sommer lang auf diesen einen Tag gewartet.“",  # de, „…“
    "‚Wir haben den ganzen Sommer lang auf diesen einen Tag gewartet!‘",  # de, ‚…‘
    "»Wir haben den ganzen Sommer lang auf diesen einen Tag gewartet.«",  # de/at, »…«
    "« Nous avons attendu ce jour-là pendant tout un été, et il est enfin arrivé. »",  # fr, spaced
    "« Nous avons attendu ce jour-là pendant tout un été, et il est enfin arrivé ! »",
    "“We had waited the whole summer long for this one day to come.”",  # en, unchanged
])
def test_a_quoted_sentence_is_prose_in_every_typography(line):
    assert rules.SENTENCE_END.search(line)
    assert signals.is_prose(line)


@pytest.mark.parametrize("line", [
    "Vorstellung der neuen Studie „Lebensgefühl in der Stadt“",  # a title quoting a title
    "Die Ausstellung »Farben des Nordens und des Südens« im Museum",
    "Le ministre a déclaré ce matin devant les députés : «",  # a quotation that opens, not closes
])
def test_a_quoted_title_or_an_opening_mark_ends_no_sentence(line):
    assert not rules.SENTENCE_END.search(line)
    assert not signals.is_prose(line)
