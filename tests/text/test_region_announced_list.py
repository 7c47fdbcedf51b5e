"""Raw text: the lines under a paragraph that ends in a colon are the list it announces, and pay the
short-run toll however many they are (text/region.py `_announced_lists`, rules.ANNOUNCED_LIST_MAX_LINES),
when they carry a run on at its end (`_carried_through_lists`): they never move the run's start.

A hand-written stand-in for a browser's copy of a programming blog post: a program's output (a <pre>
with no indentation) is printed one line at a time under "The program will output:", as a list's items
are printed without their bullets. Each line, short and no sentence, paid the full toll, so the run
ended at the output and lost the paragraphs under it. A long menu under a colon line is no such list.
"""

from artextract import extract
from artextract.text.lines import lines_to_blocks, split_lines
from artextract.text.region import find_region

OPENING = [
    "A deferred call runs when the surrounding function returns, in the reverse order of the defer "
    "statements, and a recover inside it stops the panic that is unwinding the stack.",
    "Here is a small program that panics four calls deep and recovers in the outermost function, "
    "printing each step so that the order of the deferred calls can be read off. The program will output:",
]
OUTPUT = ["Calling g.", "Printing in g 0", "Printing in g 1", "Printing in g 2", "Printing in g 3", "Panicking!",
          "Defer in g 3", "Defer in g 2", "Defer in g 1", "Defer in g 0", "Recovered in f 4", "Returned normally from f."]
CLOSING = [
    "If the deferred function is removed from f, the panic is not recovered and reaches the top of the "
    "goroutine's call stack, which ends the program with the trace of every frame it passed.",
]
MENU = ["Home", "Blog", "Docs", "Packages", "Play", "Tour", "Download", "Community", "Help", "Events",
        "Meetups", "Conferences", "Jobs", "Security", "Releases", "Brand", "Issues", "Wiki", "Talks",
        "Videos", "Books", "Courses", "Newsletter", "Code of conduct", "Contact"]


def _page(opening: list[str], lines: list[str], closing: list[str]) -> str:
    return ("Defer, Panic, and Recover\n\n" + "\n\n".join(opening) + "\n\n" + "\n".join(lines) + "\n\n"
            + "\n\n".join(closing) + "\n")


def test_a_programs_output_under_a_colon_keeps_the_text_under_it():
    body = extract(_page(OPENING, OUTPUT, CLOSING), input_type="text").body
    assert OPENING[0] in body
    assert "Defer in g 1" in body
    assert CLOSING[0] in body


def test_a_long_menu_under_a_colon_is_no_list_of_the_text():
    closing = ["Our site is built by volunteers, and every page can be edited by anyone with an account; "
               "the history of each edit is kept for ten years. Find us elsewhere:"]
    body = extract(_page(OPENING, OUTPUT, CLOSING) + "\n\n" + closing[0] + "\n\n" + "\n".join(MENU)
                   + "\n\n" + "Copyright 2024 the authors, released under a licence that lets anyone share it.\n",
                   input_type="text").body
    assert "Code of conduct" not in body


def test_a_list_announced_above_the_text_moves_no_start():
    """A notice's paragraphs over the head, the last ending in a colon over the site's sections: with the
    lighter toll the run was found there, on other pages with the head's date line inside it as text. The
    run is found without it, and only carried on at its end through the lists it meets."""
    notice = ["Our newsletters bring the week's news, the jobs and the open source projects to your inbox, "
              "and you can leave them at any time with one click from any issue.",
              "Please turn on the scripts of this page for it to work as it should, and read our sections:"]
    head = ["News", "Features", "Reviews", "Events", "Product showcase", "November 24, 2025",
            "Black Friday deals to explore"]
    text = ["Black Friday is shaping up to be a good moment for anyone thinking about tightening their "
            "security, and a few vendors have announced their offers early this year.",
            "The offers below run until the first week of December, and most of them apply to new customers "
            "only, so read the terms of each before you buy."]
    page = "\n\n".join(notice) + "\n\n" + "\n".join(head) + "\n\n" + "\n\n".join(text) + "\n"
    blocks = lines_to_blocks(split_lines(page))
    assert find_region(blocks).run == (len(notice) + len(head), len(blocks))
    assert extract(page, input_type="text").published == "2025-11-24"
