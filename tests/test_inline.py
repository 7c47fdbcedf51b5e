"""Inline marks: tokens in, plain text and Markdown out."""

from artextract import inline
from artextract.inline import close_token, open_token


def raw(*pieces: str) -> str:
    return "".join(pieces)


def test_plain_text_has_no_tokens():
    text = raw("The ", open_token("em"), "council", close_token("em"), " met")
    assert inline.plain(text) == "The council met"


def test_emphasis_links_and_code_become_markdown():
    text = raw("The ", open_token("em"), "council", close_token("em"), " met on ", open_token("link"), "Tuesday",
               close_token("link", 0), " at ", open_token("code"), "a*b", close_token("code"))
    assert inline.markdown_of(text, ["/x"], "https://ex.com/a/") == "The *council* met on [Tuesday](https://ex.com/x) at `a*b`"


def test_the_pages_own_markup_characters_are_escaped():
    text = raw(open_token("strong"), "Note", close_token("strong"), ": 2*3 [sic]")
    assert inline.markdown_of(text, []) == "**Note**: 2\\*3 \\[sic\\]"


def test_spaces_inside_a_mark_move_outside_and_empty_marks_vanish():
    text = raw("a", open_token("em"), " word ", close_token("em"), "b", open_token("strong"), close_token("strong"))
    assert inline.markdown_of(text, []) == "a *word* b"


def test_a_mark_cut_by_a_block_boundary_is_dropped():
    assert inline.markdown_of(raw("half ", open_token("em"), "of it"), []) is None


def test_backticks_in_a_code_span_get_a_longer_fence():
    assert inline.markdown_of(raw(open_token("code"), "a`b", close_token("code")), []) == "``a`b``"


def test_strong_share_counts_the_letters_in_bold():
    assert inline.strong_share(raw(open_token("strong"), "All bold", close_token("strong"))) == 1.0
    # Figures and signs left plain before the bold words do not count against it.
    assert inline.strong_share(raw("06.11.23 - ", open_token("strong"), "Lead", close_token("strong"))) == 1.0
    assert inline.strong_share(raw(open_token("strong"), "ab", close_token("strong"), "cd")) == 0.5
    assert inline.strong_share("no marks") == 0.0
