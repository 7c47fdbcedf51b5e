"""Runs of repeating line shapes: cards, lists, code (text/structure.py)."""

from artextract import extract, signals
from artextract.blocks import Block
from artextract.text.structure import (
    Run, fine_print_start, footer_menu_start, footer_start, is_code_line, legal_footer_start, member_boxes, post_numbers,
    reviews_start, structured_runs,
)


def _runs(*lines):
    blocks = [Block(text=line) for line in lines]
    words = [signals.word_count(line) for line in lines]
    prose = [signals.is_prose(line) for line in lines]
    return structured_runs(blocks, words, prose)


def _kinds(runs):
    return {run.kind for run in runs}


def test_cards_are_found_by_a_short_line_coming_back_with_a_title_between():
    cards = []
    for name, price in (("Oak chair", "129.00"), ("Pine table", "349.50"), ("Ash stool", "59.99"), ("Elm bench", "210.00")):
        cards += [f"{name} with a waxed finish", f"${price}", "Add to cart"]
    runs = [run for run in _runs("Home", "Shop", *cards, "Terms") if run.kind == "cards"]
    assert runs and min(run.start for run in runs) == 2 and max(run.end for run in runs) >= 2 + len(cards) - 1


def test_a_menu_of_entries_and_descriptions_is_not_taken_for_cards():
    lines = []
    for name in ("Workspaces", "Flows", "Monitors", "Insights"):
        lines += [name, f"Organise your {name.lower()} with the team", "Learn more"]
    assert "cards" not in _kinds(_runs(*lines))


def test_a_word_that_recurs_at_no_steady_pace_makes_no_cards():
    filler = [f"Menu entry number {n}" for n in range(30)]
    lines = ["Back", *filler[:2], "Back", *filler[2:16], "Back", *filler[16:18], "Back", *filler[18:]]
    assert "cards" not in _kinds(_runs(*lines))


def test_code_lines_make_a_code_run_with_bare_words_between():
    code = ['if [ -e "/dev/mapper/$NAME" ]', "then", 'echo "ERROR: target $NAME exists." >&2', "exit 73", "fi",
            'MAPNAME="$NAME"', "DMMAP=$(mktemp)", 'trap "rm -f $DMMAP" EXIT']
    runs = [run for run in _runs("The script I run:", *code, "It fails on the second device.") if run.kind == "code"]
    assert runs and runs[0].start == 1 and runs[0].end == 1 + len(code)


def test_code_lines_are_told_from_prose():
    assert is_code_line("for ((i = 0; i < n; i++)); do")
    assert is_code_line('devices+=("/dev/loop${i}")')
    assert not is_code_line("The council voted on Tuesday (after a long debate) to widen the road.")
    assert not is_code_line("Prices: $10 / $20")


def test_lines_with_bracketed_asides_make_no_code_run():
    # An archive's counts, a language picker, phone numbers: words with an aside in brackets.
    for lines in (
        [f"{month} 2024 ({count})" for month, count in (("May", 3), ("April", 1), ("March", 6), ("February", 2))],
        ["English (US)", "English (UK)", "Canada (fr)", "AFG (+93)"],
        ["(866) 783-0191 (Toll Free)", "(434) 592-3600", "(434) 582-7320 (Fax)"],
    ):
        assert "code" not in _kinds(_runs("Archive", *lines, "Categories")), lines


def test_calls_and_conditions_still_make_a_code_run():
    # A call's brackets follow its name, a condition's hold an operator: code, not asides.
    code = ["m1 = Model()", "print(user)", "if (x >= 10) {", "while (x < 10) {"]
    assert "code" in _kinds(_runs("The script I run:", *code, "It fails on the second device."))


def test_a_list_is_many_short_lines_in_a_row():
    items = ["Ada (programming language)", "ALGOL 60", "APL", "AWK", "BASIC", "C (programming language)"]
    assert [(run.start, run.end) for run in _runs(*items) if run.kind == "list"] == [(0, len(items))]
    assert "list" not in _kinds(_runs(*items[:3]))


def _thread(*lines):
    from artextract.text.structure import date_lines, find_thread

    blocks = [Block(text=line) for line in lines]
    words = [signals.word_count(line) for line in lines]
    return find_thread(blocks, words, date_lines(blocks, 0, len(blocks)), 0, len(blocks))


COMMENT = "Thanks for writing this up, it was exactly what I needed before the weekend."


def _posts(count, *, action="Reply"):
    lines = []
    for day in range(1, count + 1):
        lines += [f"Reader {day} says", f"March {day}, 2024 at 9:1{day} am", COMMENT, action]
    return lines


def test_dated_posts_with_an_action_line_make_a_thread_starting_at_the_first_author():
    article = ["A paragraph of the article that runs for a while and ends here."] * 3
    thread = _thread(*article, "4 Comments", *_posts(4))
    assert thread is not None and thread.one_run
    assert thread.start == 3  # "4 Comments" and the author's name belong to the thread


def test_dated_lines_without_a_recurring_action_line_are_no_thread():
    lines = []
    for day in range(1, 5):
        lines += [f"March {day}, 2024", f"Day {day}: the expedition reached another camp and rested.", f"Notes from camp {day}"]
    assert _thread(*lines) is None


def test_posts_in_several_runs_are_not_one_run():
    long_reply = ["A reply that goes on for many lines, quoting and answering."] * 30
    thread = _thread(*_posts(3), *long_reply, *_posts(3))
    assert thread is not None and not thread.one_run


def test_a_stamp_shape_is_its_tokens_with_words_and_figures_blanked():
    from artextract.text.structure import stamp_shape

    assert stamp_shape("Jan 11, 2024") == stamp_shape("Feb 3, 2025") == "a 0 , 0"
    assert stamp_shape("January 11, 2026") != stamp_shape("January 11, 2026 at 1:34 pm")


def test_an_opening_post_shaped_like_the_replies_makes_a_forum_thread():
    opening = ["The first post of the thread runs for a while and asks the question in full."] * 40
    # The opening post's stamp and action line stand above its text, as on many forums.
    thread = _thread("Starter says", "March 1, 2024 at 8:00 am", "Reply", *opening, *_posts(4))
    assert thread is not None and thread.opened_by_a_post
    assert "reply" in thread.actions


def test_an_article_dated_at_its_top_is_not_a_post():
    article = ["A paragraph of the article that runs for a while and ends here."] * 40
    thread = _thread("March 1, 2024", *article, "4 Comments", *_posts(4))
    assert thread is not None and not thread.opened_by_a_post


def _dated_cards(paragraphs_per_card):
    lines = []
    for day in range(1, 7):
        lines += [f"Dec {day}, 2025", f"Work Starts on the New Bridge Number {day}"]
        lines += [f"The bridge plan number {day} goes ahead after a long debate, and work starts in spring."] * paragraphs_per_card
    return [Block(text=line) for line in lines]


def test_dated_teaser_cards_are_found_and_live_blog_entries_are_not():
    from artextract.text.structure import date_lines, teaser_cards_start

    for per_card, found in ((1, 0), (3, None)):
        blocks = _dated_cards(per_card)
        words = [signals.word_count(block.text) for block in blocks]
        prose = [signals.is_prose(block.text, count) for block, count in zip(blocks, words)]
        assert teaser_cards_start(blocks, words, prose, date_lines(blocks, 0, len(blocks)), 0, len(blocks)) == found


def _cards_marked_by(mark):
    lines = []
    for n in range(1, 7):
        lines += [mark.format(n=n), f"Work Starts on the New Bridge Number {n}",
                  f"The bridge plan number {n} goes ahead after a long debate, and work starts in spring."]
    return [Block(text=line) for line in lines]


def test_teaser_cards_marked_by_a_recurring_short_line_are_found_but_not_a_numbered_list():
    from artextract.text.structure import date_lines, teaser_cards_start

    for mark, found in (("Research", 0), ("{n}.", None)):
        blocks = _cards_marked_by(mark)
        words = [signals.word_count(block.text) for block in blocks]
        prose = [signals.is_prose(block.text, count) for block, count in zip(blocks, words)]
        assert teaser_cards_start(blocks, words, prose, date_lines(blocks, 0, len(blocks)), 0, len(blocks)) == found


def test_date_lines_are_the_dated_lines_of_the_range_only():
    from artextract.text.structure import date_lines

    blocks = [Block(text=line) for line in ("March 1, 2024", "A line of words", "3 days ago", "Jan 5, 2025")]
    assert date_lines(blocks, 0, len(blocks)) == {0, 2, 3}
    assert date_lines(blocks, 1, 3) == {2}


def test_dated_posts_under_their_authors_names_make_a_thread_without_action_lines():
    # A copy that prints no "Reply" (comments closed) still shows each post's author above its stamp.
    article = ["A paragraph of the article that runs for a while and ends here."] * 3
    posts = []
    for day, name in enumerate(("Jess Jones", "arbaz", "Jeff Cobb", "Shari"), start=1):
        posts += [name, f"March {day}, 2024 at 9:1{day} am", COMMENT]
    thread = _thread(*article, "4 thoughts on this post", *posts)
    assert thread is not None and thread.start == 3 and not thread.actions
    # A line with a figure names no author ("Stage 2" over a diary's dated entries).
    stages = []
    for day in range(1, 5):
        stages += [f"Stage {day}", f"March {day}, 2024", f"Day {day}: the expedition reached another camp and rested."]
    assert _thread(*article, *stages) is None


def _footer(*lines, runs=()):
    blocks = [Block(text=line) for line in lines]
    return footer_start(blocks, [signals.word_count(line) for line in lines], runs, 0, len(lines))


def test_a_structured_page_ends_at_the_site_copyright_line():
    lines = ["Oak chair", "$129.00", "Pine table", "$349.50", "Terms of Service", "© 2026 Oakwood Furniture, Inc.",
             "Sign up for texts", "Enter your phone number"]
    assert _footer(*lines) == 5
    assert _footer("Ash stool", "$59.99", "©Oakwood 2026", "Choose your country") == 2
    assert _footer("Ash stool", "$59.99", "Copyright © 2026 Oakwood", "Choose your country") == 2
    assert _footer("Ash stool", "$59.99", "Ⓒ 2025 Oakwood Company All Rights Reserved", "Choose your country") == 2


def test_the_copyright_word_without_the_sign_a_credit_without_a_year_and_a_long_line_are_no_footer():
    # A man page's COPYRIGHT section is its content; a paragraph quoting the sign is a sentence of the text.
    lines = ["NOTES", "Copyright 1998-2026 Free Software Foundation,", "Inc.", "BUGS"]
    assert _footer(*lines) == len(lines)
    assert _footer("Our shop", "© Sidelnikov - Dreamstime.com", "Oak chair", "$129.00") == 4  # a picture's credit
    long_line = "© marks a work whose author keeps the rights to copy it, as the law of most countries lets them do"
    assert _footer("Notes", long_line, "Bugs") == 3


def test_a_copyright_line_above_the_page_s_cards_is_no_footer():
    # A menu at the top printing the site's copyright, or a picture's credit, above a grid.
    lines = ["Home", "© 2026 Oakwood Furniture", "Shop", "Oak chair", "$129.00", "Pine table", "$349.50", "© 2026 Oakwood"]
    assert _footer(*lines, runs=[Run(3, 7, "cards")]) == 7
    assert _footer(*lines, runs=[Run(3, 7, "list")]) == 1  # a list is as often a menu: no content of its own


def test_the_first_line_of_the_text_is_never_its_footer():
    assert _footer("© 2026 Oakwood", "Oak chair", "$129.00") == 3


def test_a_product_grid_read_as_raw_text_leaves_the_overlays_under_its_footer_out():
    # A shop's grid copied from a browser: cards, the footer's copyright, then a sign-up overlay
    # and a country picker the copy prints last (brooklinen.com and mvmt.com print such overlays).
    cards = []
    for name, price in (("Oak chair", "129.00"), ("Pine table", "349.50"), ("Ash stool", "59.99"),
                        ("Elm bench", "210.00"), ("Beech shelf", "89.00"), ("Birch desk", "420.00")):
        cards += [f"{name} with a waxed finish", f"${price}", "Add to cart"]
    overlay = ["© 2026 Oakwood Furniture, Inc.", "Hold Up!", "Stop right there and save on your first order",
               "Enter your email for 15% off your order and our news", "Start Saving Now", "Choose your country",
               "United Kingdom", "United States", "Germany", "France", "Continue to the shop anyway"]
    text = "\n".join(["Oakwood", "Shop", "Chairs and tables", *cards, *overlay])
    body = extract(text, input_type="text").body
    assert "Birch desk with a waxed finish" in body and "Oak chair with a waxed finish" in body
    assert "15% off" not in body and "United Kingdom" not in body


def _legal_footer(*lines):
    blocks = [Block(text=line) for line in lines]
    return legal_footer_start(blocks, [signals.word_count(line) for line in lines], 0, len(lines))


_PARAGRAPH = "The oak is dried for two years before it is cut, so that the chair keeps its shape in any room."


def test_a_prose_page_ends_at_a_copyright_line_beside_the_footer_s_legal_links():
    lines = [_PARAGRAPH, "About us", "Careers", "© 2026 Oakwood Furniture, Inc.", "Privacy Policy", "Terms of Use", _PARAGRAPH]
    assert _legal_footer(*lines) == 3
    # The links above it, and in another language.
    assert _legal_footer(_PARAGRAPH, "Impressum", "Datenschutz", "© 2026 Eichenholz GmbH", _PARAGRAPH) == 3
    assert _legal_footer(_PARAGRAPH, "Mentions légales", "Copyright © 2026 Chêne SA", _PARAGRAPH) == 2


def test_a_copyright_line_without_legal_links_near_it_does_not_end_a_prose_page():
    # A picture's credit under a product's pictures, with the text going on under it.
    lines = [_PARAGRAPH, "© 2025 Black Forest Labs.", _PARAGRAPH, _PARAGRAPH]
    assert _legal_footer(*lines) == len(lines)
    far = [_PARAGRAPH, "Privacy Policy", *["Oak chair"] * 7, "© 2026 Oakwood", _PARAGRAPH]
    assert _legal_footer(*far) == len(far)  # the links too far from it to be the same footer
    assert _legal_footer("© 2026 Oakwood", "Privacy Policy", _PARAGRAPH) == 3  # never the text's first line


def test_a_product_page_read_as_prose_leaves_the_panels_under_its_footer_out():
    # A product's page copied from a browser: its features in paragraphs, the site's footer, then the
    # "learn more" panels the copy prints after it (apple.com and oneplus.com print such panels).
    features = [
        "Oak chair",
        "A chair for every room of the house.",
        "The seat is carved from one piece of oak, dried for two years so that it keeps its shape for decades.",
        "Its legs are joined without a single screw, by hand, in our workshop in the hills above the river.",
        "Each chair is oiled three times and left to rest for a week before it is sent out to your home.",
    ]
    footer = ["About us", "Copyright © 2026 Oakwood Inc. All rights reserved.", "Privacy Policy", "Terms of Use"]
    panels = []
    for step, wood in (("Carving the seat.", "carvers start with a block of oak as wide as a door"),
                       ("Oiling the wood.", "three coats of linseed oil go into the wood over three days"),
                       ("Joining the legs.", "the joints are cut with a saw older than the workshop itself")):
        panels += ["Close", step, f"In our workshop {wood}, and nothing is hurried: a chair takes as long as it takes, "
                   "which is why each one is signed by the hand that made it and dated on the underside of its seat."]
    body = extract("\n".join(["Oakwood", "Store", *features, *footer, *panels]), input_type="text").body
    assert "carved from one piece of oak" in body and "oiled three times" in body
    assert "linseed oil" not in body and "as wide as a door" not in body and "Privacy Policy" not in body


def _reviews(*lines):
    blocks = [Block(text=line) for line in lines]
    return reviews_start(blocks, [signals.word_count(line) for line in lines], 0, len(lines))


_PRODUCT = ["Oak chair", _PARAGRAPH, "Seat height 45 cm", "Weight 6 kg",
            "Its legs are joined without a single screw, by hand, in our workshop in the hills above the river.",
            "Each chair is oiled three times and left to rest for a week before it is sent out to your home."]
_REVIEW = "I bought two of these for the kitchen and they are as solid as the day they came, a year on."


def test_customer_reviews_under_a_product_end_its_text_at_their_label():
    assert _reviews(*_PRODUCT, "Customer Reviews", "4.6 out of 5 stars", "18 ratings", _REVIEW) == 6
    assert _reviews(*_PRODUCT, "Reviews (18)", "Write a review", "4.1", "Based on 18 reviews", _REVIEW) == 6
    assert _reviews(*_PRODUCT, "Kundenbewertungen", "4,5", "von 5 Sternen", _REVIEW) == 6


def test_a_reviews_label_without_a_rating_under_it_or_at_the_top_of_the_text_ends_nothing():
    lines = [*_PRODUCT, "Reviews", "Sort by: newest", _REVIEW, "Anna", _REVIEW, "4.1"]  # the rating too far under it
    assert _reviews(*lines) == len(lines)
    assert _reviews(*_PRODUCT, "Reviews", "1. The best oak chairs of the year", _REVIEW) == 9  # a numbered list
    top = ["Reviews", "4.6 out of 5 stars", _REVIEW, _REVIEW]  # a page of reviews: they are its text
    assert _reviews(*top) == len(top)


def test_a_product_page_read_as_raw_text_leaves_its_customer_reviews_out():
    # A shop's product copied from a browser (gymshark.com, rei.com and ifixit.com print theirs so):
    # the product's description and details, then the reviews' summary and the customers' posts.
    reviews = ["Reviews", "4.1", "Based on 5 reviews", "5 Stars", "4 Stars"]
    for name, said in (("Anna", "it has not wobbled once in a year of daily use"), ("Ben", "the seat sits lower than I hoped"),
                       ("Cleo", "we ordered four more after the first one came"), ("Dev", "the grain is beautiful"),
                       ("Ema", "it came two days early and well packed")):
        reviews += [name, "Verified buyer", "2 weeks ago", f"In short: {said}, and I would tell anyone looking for a "
                    "sturdy chair for a kitchen or a study to buy this one, even at the price, which is not low."]
    text = "\n".join(["Oakwood", "Oak chair", "$129.00", "Add to cart", "Description", *_PRODUCT[1:], *reviews])
    body = extract(text, input_type="text").body
    assert "dried for two years" in body and "Seat height 45 cm" in body
    assert "wobbled" not in body and "grain is beautiful" not in body and "Verified buyer" not in body


# A forum thread as a copy prints it (a hand-written stand-in for a XenForo-style board): each post
# is its author's name, a member box (rank, "Joined", join date, "Messages", count), the post's date
# and its text; two members post twice, so their boxes come back line for line.
_MEMBERS = {
    "tideglass": ["Full Member", "Joined", "Mar 3, 2016", "Messages", "412"],
    "orchardlane": ["Senior Member", "Joined", "Jan 9, 2019", "Messages", "88"],
}
_POSTS = [
    ("tideglass", "Jul 18, 2024", "Has anyone had an interview invitation from the northern campus yet this cycle?"),
    ("orchardlane", "Jul 19, 2024", "Not yet, but a friend heard back last week after waiting almost two months."),
    ("tideglass", "Jul 20, 2024", "Thanks, that is good to know; I will keep checking my email every morning."),
    ("orchardlane", "Jul 21, 2024", "Good luck with it, and do post here when you hear anything from them."),
]


def _member_thread(posts, members):
    lines = []
    for name, date, text in posts:
        lines += [name, *members[name], date, text]
    return lines


def _boxes(lines):
    blocks = [Block(text=line) for line in lines]
    words = [signals.word_count(line) for line in lines]
    prose = [signals.is_prose(line) for line in lines]
    return member_boxes(blocks, words, prose, 0, len(lines))


def test_member_boxes_printed_again_under_each_post_go_but_names_and_post_dates_stay():
    lines = _member_thread(_POSTS, _MEMBERS)
    left_out = {lines[i] for i in _boxes(lines)}
    assert left_out == {"Full Member", "Senior Member", "Joined", "Mar 3, 2016", "Jan 9, 2019", "Messages", "412", "88"}


def test_one_block_printed_twice_is_no_thread_of_members():
    # A tutorial printing the same output twice, each time with a sentence under it.
    output = ["Result", "Printing 0", "Printing 1", "Printing 2"]
    lines = [*output, "The deferred calls then run in reverse order of their registration.",
             *output, "Recovering stops the panic and the function returns normally instead."]
    assert _boxes(lines) == set()


def test_repeated_labels_of_cards_with_no_post_under_them_are_no_member_boxes():
    lines = []
    for name in ("Trail lamp", "Camp lamp", "Trail lamp", "Camp lamp"):
        lines += [name, "Weight", "2.6 ounces", "Add to cart"]
    assert _boxes(lines) == set()


# Members who post once each (a hand-written stand-in for the XenForo-style boards of
# forums.tomshardware.com, forums.macrumors.com, mtbr.com): no box comes back line for line, but
# every box has one shape: the same labels, figures and dates where the others have theirs.
_ONCE = {
    "tideglass": ["Full Member", "Joined", "Mar 3, 2016", "Messages", "412"],
    "orchardlane": ["Senior Member", "Joined", "Jan 9, 2019", "Messages", "88"],
    "Quarry42": ["Moderator", "Joined", "May 30, 2011", "Messages", "15,204"],
}
_ONCE_POSTS = [
    ("tideglass", "Jul 18, 2024", "Has anyone had an interview invitation from the northern campus yet this cycle?"),
    ("orchardlane", "Jul 19, 2024", "Not yet, but a friend heard back last week after waiting almost two months."),
    ("Quarry42", "Jul 21, 2024", "Moved to the admissions board, where more people will see the question."),
]


def test_member_boxes_of_members_who_post_once_go_by_their_shape():
    lines = _member_thread(_ONCE_POSTS, _ONCE)
    left_out = {lines[i] for i in _boxes(lines)}
    assert left_out == {line for box in _ONCE.values() for line in box}
    assert not left_out & {"tideglass", "orchardlane", "Quarry42", "Jul 18, 2024", "Jul 19, 2024", "Jul 21, 2024"}


def test_a_post_stamp_and_number_above_the_name_stay_out_of_the_box():
    # A board that prints each post's stamp and number above its author's name, then the member's
    # ranks and counts, then the post.
    members = {"phinch": ["Science Advisor", "Gold Member", "19,378", "15,615"],
               "Ohmic": ["Science Advisor", "Gold Member", "9,420", "4,684"]}
    lines = []
    for number, (name, said) in enumerate((("phinch", "No, they cannot be at that price; it is a copied key."),
                                           ("Ohmic", "A free office suite may do all you need, and it reads the same files."),
                                           ("phinch", "It does, and it has done so for years without any trouble at all."))):
        lines += ["Reply", "Oct 8, 2024", f"#{number + 2}", name, *members[name], said]
    left_out = {lines[i] for i in _boxes(lines)}
    assert {"Science Advisor", "Gold Member", "19,378", "15,615", "9,420", "4,684"} <= left_out
    # The names, the stamps and the posts stay (a post's number may go with the box: no text of it).
    assert not left_out & {"phinch", "Ohmic", "Oct 8, 2024"} and all(signals.is_prose(line) is False for line in left_out)


def test_a_cards_label_values_and_a_repositorys_tabs_are_no_member_boxes():
    specs = []
    for use, weight in (("Backpacking", "15.9 ounces"), ("Camping, Travel", "2.7 ounces"), ("Hiking", "8.1 ounces")):
        specs += ["Best Use:", use, "Removes:", "Protozoa And Bacteria", "Weight:", weight,
                  "A bottle that filters as you drink, for the trail and for travel abroad."]
    assert _boxes(specs) == set()
    repos = []
    for repo, stars in (("tidewater / lattice", "194k"), ("orchard / sieve", "158k"), ("quarry / ledger", "98k")):
        repos += [repo, f"Star {stars}", "Code", "Issues", "Pull requests",
                  "A framework for building and checking models of every size, in the open."]
    assert _boxes(repos) == set()


def test_a_posts_number_by_its_stamp_is_left_out_but_a_rankings_number_stays():
    # A board prints each post's number beside its stamp ("Jul 18, 2024", "#1"): its permalink.
    lines = []
    for number, (name, date, said) in enumerate(_POSTS, start=1):
        lines += [name, date, f"#{number}", said]
    blocks = [Block(text=line) for line in lines]
    assert {lines[i] for i in post_numbers(blocks, 0, len(lines))} == {"#1", "#2", "#3", "#4"}
    # A shop's best sellers are ranked "#1", "#2" ... over each product, with no date by them.
    ranked = []
    for number, item in enumerate(("Oak chair", "Pine table", "Ash stool", "Elm bench"), start=1):
        ranked += [f"#{number}", item, "$129.00", "4.5 out of 5 stars"]
    assert post_numbers([Block(text=line) for line in ranked], 0, len(ranked)) == set()
    # Two numbered posts are no thread.
    assert post_numbers(blocks[:8], 0, 8) == set()


def _cut(rule, *lines, end=None):
    blocks = [Block(text=line) for line in lines]
    words = [signals.word_count(line) for line in lines]
    prose = [signals.is_prose(line) for line in lines]
    return rule(blocks, words, prose, 0, len(lines) if end is None else end)


_MENU = ["About Us", "Careers", "Press", "Our Stores", "Help Centre", "Privacy Policy", "Terms of Use"]


def test_the_footer_s_menu_over_its_copyright_line_ends_the_text_under_its_last_sentence():
    # A service's page copied from a browser: its text, the footer's columns of links and legal links,
    # then the copyright line, where the footer rules end the run (lemonlight.com, aura.com print this).
    lines = [_PARAGRAPH, _PARAGRAPH, "Book a visit", *_MENU, "© 2026 Oakwood Furniture, Inc."]
    assert _cut(footer_menu_start, *lines, end=len(lines) - 1) == 2
    assert _cut(footer_menu_start, *lines) == 2  # the copyright line taken in as the run's last line
    # In another language: the legal link is the vocabulary's.
    german = [_PARAGRAPH, "Über uns", "Karriere", "Impressum", "Datenschutz", "© 2026 Eichenholz GmbH"]
    assert _cut(footer_menu_start, *german) == 1


def test_short_lines_over_a_copyright_line_without_a_legal_link_or_a_sentence_above_stay():
    lines = [_PARAGRAPH, "Oak chair", "Pine table", "Ash stool", "Elm bench", "© 2026 Oakwood"]
    assert _cut(footer_menu_start, *lines) == len(lines)  # no legal link: the page's own list
    assert _cut(footer_menu_start, *_MENU, "© 2026 Oakwood") == len(_MENU) + 1  # no sentence above: a page of short lines
    assert _cut(footer_menu_start, _PARAGRAPH, "Privacy Policy", "© 2026 Oakwood") == 3  # one line is no menu
    assert _cut(footer_menu_start, _PARAGRAPH, *_MENU) == len(_MENU) + 1  # no copyright line at the end


_OFFER = "Pay for the chair over twelve months with no interest when you choose monthly payments at checkout."


def test_the_shop_s_fine_print_under_its_offers_ends_the_text():
    # A shop's page copied from a browser: its text, then notes opening on the offers' footnote marks,
    # under a label (apple.com, ashleyfurniture.com, progressive.com print such fine print).
    notes = ["footnotes", "◊ Monthly payments are available to qualified customers, subject to credit approval.",
             "The rate is fixed for the length of the plan and no fee is charged for paying early.",
             "† New subscribers only. The price goes up to $9.99 a month after the free trial ends.",
             "Footnote ∆ Trade-in values will vary with the condition, year and model of the device."]
    lines = [*[_PARAGRAPH, _OFFER] * 3, *notes]
    assert _cut(fine_print_start, *lines) == 6


def test_one_note_marks_without_a_sentence_or_the_article_s_own_notes_are_no_fine_print():
    paragraphs = [_PARAGRAPH, _OFFER] * 3
    one = [*paragraphs, "† New subscribers only. The price goes up to $9.99 a month after the free trial ends."]
    assert _cut(fine_print_start, *one) == len(one)
    # The article's own asterisked notes, a law's sections, headings with a section mark, Markdown's bold.
    own = [*paragraphs, "*Prices are as of May 2025 and were checked in three shops in the city.",
           "*Disclosure: the shop lent us the chair for the test and took it back afterwards.",
           "§ 823 BGB says who pays for the damage a person causes to the property of another.",
           "§ 824 BGB says who pays when a false statement of fact harms another person's credit.",
           "§Examples", "§Authoring applications", "**Abstract:** This study weighs the chairs by their build."]
    assert _cut(fine_print_start, *own) == len(own)
    # Notes with little prose above them are the page itself.
    notes = ["◊ Monthly payments are available to qualified customers, subject to credit approval.",
             "† New subscribers only. The price goes up to $9.99 a month after the free trial ends."]
    assert _cut(fine_print_start, _OFFER, *notes) == 3
