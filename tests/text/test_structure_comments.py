"""Comments under a Q&A thread's posts, told by their signatures (text/structure.py `comment_signatures`).

The lines stand for a raw copy of a question-and-answer page: an answer, then
the comments under it, each printed as its text, its author's name, the name
again after a dash, and its stamps.
"""

from artextract.blocks import Block
from artextract.text.structure import comment_signatures

_ANSWER = [
    "A mirror guards against a disk failing, not against deleting a file by mistake.",
    "answered May 2, 2009 at 0:09",
    "Kevin Dente",
]
_COMMENTS = [
    ("Will a backup refuse to copy a corrupt file?", "jldugger", "May 2, 2009 at 0:53"),
    ("It depends on what the backup program is told to do.", "Oskar Duveborn", "May 2, 2009 at 1:00"),
    ("What about silent corruption of a block nobody reads?", "jldugger", "May 3, 2009 at 18:07"),
]


def _comment(text, name, stamp, dash="\u2013 "):
    return [text, name, f"{dash}{name}", f"Commented {stamp}"]


def _left_out(lines):
    return {lines[i] for i in comment_signatures([Block(text=line) for line in lines], 0, len(lines))}


def test_the_comments_under_an_answer_go_with_their_signatures_and_stamps():
    lines = list(_ANSWER)
    for comment in _COMMENTS:
        lines += _comment(*comment)
    left_out = _left_out(lines)
    assert set(_ANSWER).isdisjoint(left_out)
    assert {text for text, _, _ in _COMMENTS} <= left_out
    assert {"jldugger", "\u2013 jldugger", "Commented May 2, 2009 at 0:53"} <= left_out


def test_a_hyphen_signs_as_well_as_a_dash():
    lines = list(_ANSWER)
    for comment in _COMMENTS:
        lines += _comment(*comment, dash="- ")
    assert "Oskar Duveborn" in _left_out(lines)


def test_two_signatures_are_no_thread_of_comments():
    lines = list(_ANSWER)
    for comment in _COMMENTS[:2]:
        lines += _comment(*comment)
    assert _left_out(lines) == set()


def test_a_name_repeated_after_a_dash_with_no_stamp_under_it_is_no_signature():
    # A quote's attribution ("Seneca" / "- Seneca") is dated by nothing under it.
    lines = []
    for text, name, _ in _COMMENTS:
        lines += [text, name, f"- {name}", "The next paragraph of the article goes on here."]
    assert _left_out(lines) == set()


def test_the_dash_read_as_the_lines_bullet_signs_too():
    # The raw-text reader takes a line's opening dash for a list bullet and strips it from the text.
    blocks = [Block(text=line) for line in _ANSWER]
    for text, name, stamp in _COMMENTS:
        blocks += [Block(text=text), Block(text=name), Block(text=name, bullet="\u2013"), Block(text=f"Commented {stamp}")]
    left_out = {blocks[i].text for i in comment_signatures(blocks, 0, len(blocks))}
    assert {text for text, _, _ in _COMMENTS} <= left_out and set(_ANSWER).isdisjoint(left_out)


def test_a_list_of_names_under_bullets_signs_nothing():
    # A bullet that is no dash ("•") makes no signature, whatever repeats.
    blocks = [Block(text=line) for line in _ANSWER]
    for text, name, stamp in _COMMENTS:
        blocks += [Block(text=text), Block(text=name), Block(text=name, bullet="\u2022"), Block(text=f"Commented {stamp}")]
    assert comment_signatures(blocks, 0, len(blocks)) == set()
