"""rules.vocab.trie_source: spellings (sequences of regex atoms) written as one trie-shaped source."""

import re

from artextract.rules.vocab import trie_source


def _spellings(*words):
    return [list(word) for word in words]


def test_shared_beginnings_branch_once_and_the_longer_is_tried_first():
    assert trie_source(_spellings("sep", "sept", "september")) == "sep(?:t(?:ember|)|)"


def test_runs_with_one_way_on_are_written_whole():
    assert trie_source(_spellings("newsletter")) == "newsletter"
    assert trie_source(_spellings("read more", "read on")) == "read (?:more|on)"
    assert trie_source(_spellings("abc", "xyz")) == "(?:abc|xyz)"


def test_the_trie_matches_what_the_alternation_matches():
    words = ("share", "shared", "share this", "sharing", "subscribe", "sub", "s")
    trie = re.compile(f"(?:{trie_source(_spellings(*words))})")
    alternation = re.compile("|".join(sorted(words, key=len, reverse=True)))
    for text in (*words, "shar", "subscribed", "share th", "x", ""):
        assert bool(trie.fullmatch(text)) == bool(alternation.fullmatch(text)), text
        assert (trie.match(text) or [None])[0] == (alternation.match(text) or [None])[0], text


def test_no_spellings_match_nothing():
    # An empty set of spellings (a concept with no phrase in the unspaced scripts) must not become
    # "(?:)", which matches the empty string at every position.
    trie = re.compile(f"(?:{trie_source([])})")
    for text in ("", "x", "🙂", "a b"):
        assert trie.search(text) is None, text
