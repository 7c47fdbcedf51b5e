"""rules/text.py: patterns written for speed match what their plain forms match."""

import re

import pytest

from artextract.rules import text as rules
from artextract.rules.vocab import expand, phrases


def _labels(concept):
    return sorted({label for table in phrases(concept).values() for phrase in table for label in expand(phrase)})


# The label patterns are written as tries of the concept's labels: the lines they match must be the lines
# a longest-first alternation of the same labels matches, in the shapes a page prints them.
@pytest.mark.parametrize(("name", "concept"), [("DATE_LABEL_STAMP", "date_label"), ("DATE_LABEL_LINE", "date_label"),
                                               ("OTHER_DATE_STAMP", "other_date"), ("OTHER_DATE_LABEL_LINE", "other_date")])
def test_a_label_trie_matches_the_lines_its_alternation_matches(name, concept):
    trie = getattr(rules, name)
    alternation = "|".join(r"\s+".join(map(re.escape, label.split())) for label in sorted(_labels(concept), key=len, reverse=True))
    head, _, tail = trie.pattern.partition("(?:")
    plain = re.compile(head + "(?:" + alternation + ")" + tail[tail.rindex(")") + 1:], trie.flags)
    for label in _labels(concept):
        for line in (label, label.upper(), label.title(), f"• {label}: 12 May 2024", f"{label} x", f"{label}x",
                     label.replace(" ", "  "), label[:-1]):
            assert bool(trie.match(line)) == bool(plain.match(line)), line


# The gate before RELATIVE_DATE's search: every form, written with its own words, holds one of the gate's
# words (a whole word) or one of its glued units' last characters.
@pytest.mark.parametrize("form", list(rules.RELATIVE_DATES.values()))
def test_every_relative_date_form_passes_the_gate_before_its_search(form):
    for unit in form.units:
        line = " ".join(part for part in (form.before, "2", unit, form.after) if part)
        assert rules.RELATIVE_DATE.search(line), line
        words = set(line.split(" "))
        assert not rules.RELATIVE_DATE_WORDS.isdisjoint(words) or any(c in line for c in rules.RELATIVE_DATE_GLUED_ENDS), line


def _spellings(source: str) -> list[str]:
    """Every string a finite regex of literals, classes of literals, groups, alternatives and "?" matches."""
    from re import _constants as c
    from re import _parser

    def spelt(items) -> list[str]:
        out = [""]
        for op, av in items:
            if op is c.LITERAL:
                options = [chr(av)]
            elif op is c.SUBPATTERN:
                options = spelt(av[3])
            elif op is c.BRANCH:
                options = [text for branch in av[1] for text in spelt(branch)]
            elif op is c.MAX_REPEAT and (av[0], av[1]) == (0, 1):
                options = ["", *spelt(av[2])]
            elif op is c.IN and all(kind is c.LITERAL for kind, _ in av):
                options = [chr(code) for _, code in av]
            else:
                raise AssertionError(f"not a finite pattern: {source}")
            out = [head + tail for head in out for tail in options]
        return out

    return spelt(_parser.parse(source))


def test_every_cookie_word_of_the_consent_table_holds_a_stem_of_the_gate():
    # text/region.py asks the consent patterns only of a line holding one of CONSENT_COOKIE_STEMS.
    assert _spellings("(?:a|bc)d?") == ["a", "ad", "bc", "bcd"]
    for entry in rules.CONSENT.values():
        for spelling in _spellings(entry.cookie):
            assert any(stem in spelling.lower() for stem in rules.CONSENT_COOKIE_STEMS), spelling
