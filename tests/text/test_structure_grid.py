"""A long grid of items holds a page that one passage of prose would make an article (text/structure.py
`holds_grid`). The pages are hand-written: a ranked reading list as a browser copies it (a title, a
rating line, a button per entry), with its readers' comments under it."""

from artextract import extract, signals
from artextract.blocks import Block
from artextract.rules import text as rules
from artextract.text.structure import holds_grid

_BOOKS = ("Oak", "Pine", "Ash", "Elm", "Beech", "Birch", "Maple", "Cedar", "Larch", "Alder",
          "Hazel", "Rowan", "Willow", "Poplar", "Holly", "Yew", "Lime", "Fir")


def _cards(count):
    # A ranked list as a browser copies it (a reading list, a shop's best sellers): a title, its
    # author, its rating and score lines with figures, and the same button under every entry.
    lines = []
    for rank, name in enumerate(_BOOKS[:count], start=1):
        lines += [f"The {name} Tree and Its Keepers", f"by Ada {name}wood", f"4.{rank % 10} avg rating — {rank * 1137:,} ratings",
                  f"score: {rank * 2459:,}, and {rank * 37} people voted", "Want to Read"]
    return lines


def _grid(lines):
    words = [signals.word_count(line) for line in lines]
    return holds_grid([Block(text=line) for line in lines], words, [signals.is_prose(line, count) for line, count in zip(lines, words)])


def test_a_long_run_of_cards_is_a_grid_and_a_short_one_is_not():
    assert _grid(["Best books", *_cards(rules.GRID_MIN_CARDS)])
    assert not _grid(["Best books", *_cards(rules.GRID_MIN_CARDS - 1)])


def test_a_ticker_of_times_and_headlines_is_no_grid():
    lines = []
    for minute, name in enumerate(_BOOKS):
        lines += [f"13:{minute:02d}", f"{name} Rovers sign a new keeper before the derby"]
    assert not _grid(lines)


def test_a_menu_without_figures_is_no_grid():
    lines = []
    for name in _BOOKS:
        lines += [f"Trees of the {name} family", "Learn more"]
    assert not _grid(lines)


# The comments under the list: one passage of prose, most of the page's prose words.
_COMMENTS = [
    "I have read most of the books on this list and I think the order is strange, but the first ten are right.",
    "The list is a vote of readers, so it shows what people read at school more than what they loved later on.",
    "Some of these books appear twice with different covers, which pushes other good books further down the list.",
    "Thanks to everyone who added books last year; I found three new favourites here and I will vote for them.",
    "It would be better to split the list by decade so that older books and newer books are not put side by side.",
    "My book club picked its reading for the whole year from the top of this list, and nobody has complained yet.",
    "I wish the list said why people voted for each book, because a short note from a reader helps me choose.",
]


def test_a_long_list_with_one_passage_of_comments_keeps_its_entries():
    text = "\n".join(["Lists", "Best Books Ever", "All Votes", *_cards(18), "Comments", *_COMMENTS, "Terms"])
    body = extract(text, input_type="text").body
    assert "The Oak Tree and Its Keepers" in body and "The Fir Tree and Its Keepers" in body
