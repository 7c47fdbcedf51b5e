"""A list's links to all of it inside a raw copy's article run ("See all 12 case studies", "View all
services >": text/region.py `_whole_list_links`) are marked as the site's and left out; the text is
kept whole. Hand-written: a service page's paragraphs with such links under its sections."""

from artextract import extract

PARAGRAPHS = [f"Our team helps a {kind} plan its payroll, review its benefit plans and keep its handbook up to date, "
              f"and we meet every quarter to see what changed in the rules that apply to it and its staff."
              for kind in ("shop", "clinic", "school", "bakery", "law firm", "farm")]


def test_the_links_to_whole_lists_in_the_run_are_left_out():
    lines = ["HR consulting for growing teams", *PARAGRAPHS[:3], "See all 12 case studies",
             *PARAGRAPHS[3:], "View all services >", "Contact"]
    body = extract("\n".join(lines), input_type="text").body
    assert "See all" not in body and "View all" not in body
    assert PARAGRAPHS[0] in body and PARAGRAPHS[-1] in body


def test_a_sentence_that_opens_alike_is_kept():
    sentence = "See all the ways the council plans to spend the money raised by the new tax next year."
    lines = ["HR consulting for growing teams", *PARAGRAPHS[:3], sentence, *PARAGRAPHS[3:]]
    body = extract("\n".join(lines), input_type="text").body
    assert sentence in body
