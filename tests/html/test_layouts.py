"""Boxes laid out for small screens only: which class values hide a box on a desktop, and when
the copy is left unread."""

import pytest

from artextract.html.layouts import PageWords, small_screen_copy, small_screen_sign, small_screens_only
from artextract.html.parse import parse_html
from artextract.html.render import render_blocks

PROSE = (
    "The council voted on Tuesday to extend the harbour wall by forty metres, a project that "
    "engineers say will protect the old town from winter storms for another fifty years."
)


def test_the_widest_breakpoint_named_decides():
    assert small_screens_only("flex md:hidden")
    assert small_screens_only("d-block d-lg-none")
    assert small_screens_only("lg:hidden xl:hidden")
    # Shown again at a wider width, or hidden only on phones: a desktop shows it.
    assert not small_screens_only("hidden md:flex lg:hidden xl:flex")
    assert not small_screens_only("hidden md:block")
    assert not small_screens_only("d-none d-md-block")
    assert not small_screens_only("sm:hidden")
    assert not small_screens_only("lg:before:hidden")  # a variant of a pseudo-element, not the box
    assert not small_screens_only("card hidden")  # hidden everywhere: other rules judge it


def test_names_that_hide_on_a_desktop_without_a_width():
    assert small_screens_only("mobile-facets__wrapper medium-hide large-up-hide")
    assert small_screens_only("specs mobile-only")
    assert not small_screens_only("mobile-menu")


@pytest.mark.parametrize("value", [
    "flex md:hidden", "d-block D-LG-NONE", "lg:hidden xl:hidden", "specs Mobile-Only", "large-up-hide",
    "hidden md:flex lg:hidden xl:flex", "menu :r1:",
])
def test_every_value_a_width_or_plain_name_may_hide_shows_the_sign(value):
    # The sign only spares the values it lacks a closer look: every value that may hide its box has it.
    assert small_screen_sign(value)


@pytest.mark.parametrize("value", ["card hidden", "card-body grid-item", "article__body entry-content", "mobile-menu"])
def test_values_without_a_width_or_plain_name_lack_the_sign(value):
    assert not small_screen_sign(value)
    assert not small_screens_only(value)


def test_a_small_screen_copy_is_read_once():
    # The same specs as a list for phones and a table for desktops: read once.
    page = f"""<html><body><p>{PROSE}</p>
      <ul class="md:hidden"><li>Weight: 550 g</li><li>Impedance: 70 ohms</li></ul>
      <table class="hidden md:table"><tr><td>Weight</td><td>550 g</td></tr>
      <tr><td>Impedance</td><td>70 ohms</td></tr></table></body></html>"""
    texts = [item.block.text for item in render_blocks(parse_html(page))]
    assert texts == [PROSE, "Weight | 550 g", "Impedance | 70 ohms"]


def test_a_box_only_phones_show_is_read_when_the_page_prints_it_nowhere_else():
    page = f"""<html><body><p>{PROSE}</p><div class="d-lg-none"><p>Call us to book a table tonight.</p></div></body></html>"""
    root = parse_html(page)
    box = root.find(".//div")
    assert not small_screen_copy(box, PageWords(root.find("body")))
    assert [item.block.text for item in render_blocks(root)] == [PROSE, "Call us to book a table tonight."]


def _copy_page(script: str) -> PageWords:
    # A phones-only box of four words; the page prints two of them ("opening", "hours") again only
    # inside a script, and "today" and "closed" not at all.
    page = f"""<html><body><p>{PROSE}</p><div class="md:hidden">Opening hours today closed</div>
      <script>{script}</script></body></html>"""
    return PageWords(parse_html(page).find("body"))


def test_words_in_the_pages_scripts_count_as_the_page_printing_them():
    # (As the whole body's words always counted: the code is read only for the words the rest leaves open.)
    words = _copy_page('var label = "Opening hours"; var again = "opening HOURS"; var today = "today"; '
                       'var closed = "closed today closed";')
    box = words.body.find(".//div")
    assert words.printed_elsewhere(box)


def test_a_word_inside_a_longer_run_in_a_script_is_not_that_word():
    # "openings", "hours_total" and "xtoday" hold the box's words but are other words.
    words = _copy_page('var openings = 1; var hours_total = 2; var xtoday = 3; var closedx = 4; '
                       'var a = "openings hours_total xtoday closedx";')
    box = words.body.find(".//div")
    assert not words.printed_elsewhere(box)

