"""vocabulary._atoms: a phrase's spellings as the regex atoms its tries are built from (the atoms
are kept per character; the sources they build must stay what phrase_pattern writes)."""

import re

from artextract.rules.vocab import NAME_FOLLOWS
from artextract.vocabulary import _NAME_TAIL, _atoms


def test_each_character_escaped_and_each_space_one_or_more_spaces():
    assert _atoms("read (more|on).") == [
        ["r", "e", "a", "d", r"\s+", "m", "o", "r", "e", r"\."],
        ["r", "e", "a", "d", r"\s+", "o", "n", r"\."],
    ]


def test_a_name_after_the_label_is_one_atom_at_the_end():
    assert _atoms("by" + NAME_FOLLOWS) == [["b", "y", _NAME_TAIL]]


def test_the_atoms_match_each_spelling_of_the_phrase():
    phrase = "c'est (à|a) lire [suite]?"
    spellings = ["c'est à lire [suite]?", "c'est a lire [suite]?", "c’est à lire [suite]?", "c’est a lire [suite]?"]
    sources = ["".join(atoms) for atoms in _atoms(phrase)]
    assert len(sources) == len(spellings)
    for source, spelling in zip(sources, spellings):
        assert re.fullmatch(source, spelling.replace(" ", "  "))
