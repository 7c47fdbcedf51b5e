"""Raw text lines to blocks: a caption and its credit on two lines are one caption."""

import pytest

from artextract.blocks import Block, Kind
from artextract.text.lines import pair_captions, split_lines

CAPTION = "Bee orchids flowering on the restored meadow at Hollins Farm."
PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."


def test_a_caption_line_and_the_credit_under_it_become_one_line():
    blocks = pair_captions([Block(CAPTION), Block("Photo: Sam Ward/Northern Post"), Block(PARAGRAPH)])
    assert [b.text for b in blocks] == [f"{CAPTION} Photo: Sam Ward/Northern Post", PARAGRAPH]


def test_a_credit_line_above_its_caption_pairs_too():
    blocks = pair_captions([Block("© Getty Images"), Block(CAPTION)])
    assert [b.text for b in blocks] == [f"{CAPTION} © Getty Images"]


def test_lines_without_a_credit_stay_apart():
    blocks = pair_captions([Block(CAPTION), Block(PARAGRAPH)])
    assert [b.text for b in blocks] == [CAPTION, PARAGRAPH]


LONG_PARAGRAPH = (
    "The council voted on Tuesday to widen the road, after a long debate about costs and safety. "
    "The work starts in May and will close one lane for six weeks, the council said."
)


def test_a_credit_line_between_a_paragraph_and_its_caption_takes_the_caption():
    # Credit first, inside the text: the shorter neighbour is the caption, not the paragraph above.
    blocks = pair_captions([Block(LONG_PARAGRAPH), Block("© Getty Images"), Block(CAPTION), Block(PARAGRAPH)])
    assert [b.text for b in blocks] == [LONG_PARAGRAPH, f"{CAPTION} © Getty Images", PARAGRAPH]
    assert (blocks[1].hint, blocks[1].credit) == (Kind.CAPTION, "© Getty Images")


@pytest.mark.parametrize("credit", ["Jane Doe/Reuters", "REUTERS/Jane Doe", "PS Photography | Mirel Zaman",
                                    "AFP via Getty Images", "via Getty Images", "Courtesy of the Harbour Trust"])
def test_unlabelled_credit_shapes_pair_with_a_caption(credit):
    blocks = pair_captions([Block(PARAGRAPH), Block(CAPTION), Block(credit)])
    assert [b.text for b in blocks] == [PARAGRAPH, f"{CAPTION} {credit}"]


@pytest.mark.parametrize("line", ["News | Sport", "Home/Blog", "SAS", "Google Analytics via Google Ads", "Here are a few examples:"])
def test_menus_brands_and_headings_are_no_credit(line):
    blocks = pair_captions([Block(CAPTION), Block(line)])
    assert [b.text for b in blocks] == [CAPTION, line]


@pytest.mark.parametrize("line", ["via GIPHY", "via YouTube", "Share via Email"])
def test_via_a_platform_is_no_credit(line):
    # An embedded GIF's or video's "via GIPHY" under the paragraph that introduces it: the
    # paragraph is the text's, not a caption ("via" credits a picture only with an agency or
    # a stock library after it, "AFP via Getty Images").
    blocks = pair_captions([Block(PARAGRAPH), Block(CAPTION), Block(line), Block(PARAGRAPH)])
    assert [(b.text, b.hint) for b in blocks] == [(PARAGRAPH, None), (CAPTION, None), (line, None), (PARAGRAPH, None)]


def test_an_unlabelled_credit_does_not_take_a_long_paragraph():
    blocks = pair_captions([Block(LONG_PARAGRAPH), Block("Jane Doe/Reuters")])
    assert [b.text for b in blocks] == [LONG_PARAGRAPH, "Jane Doe/Reuters"]


def test_courtesy_alone_is_a_caption_without_description():
    blocks = pair_captions([Block(LONG_PARAGRAPH), Block("Courtesy of Amp"), Block(LONG_PARAGRAPH)])
    assert [(b.hint, b.credit) for b in blocks] == [(None, None), (Kind.CAPTION, "Courtesy of Amp"), (None, None)]


def test_a_labelled_credit_between_paragraphs_takes_neither():
    # A figure with no description between two paragraphs: "Foto: X" stays a credit alone,
    # above a long paragraph or first over a paragraph longer than a caption.
    middle = PARAGRAPH + " It was the third vote on the plan this year."
    blocks = pair_captions([Block(LONG_PARAGRAPH), Block("Foto: Anna Berg"), Block(middle)])
    assert [b.text for b in blocks] == [LONG_PARAGRAPH, "Foto: Anna Berg", middle]


@pytest.mark.parametrize("label", ["Foto:", "BILD:"])
def test_a_credit_label_on_its_own_line_joins_the_source_under_it(label):
    # A scraper prints a figure's label and credit, set in two elements, on two lines.
    blocks = pair_captions([Block(CAPTION), Block(label), Block("Anton Luhr"), Block(LONG_PARAGRAPH)])
    assert [b.text for b in blocks] == [f"{CAPTION} {label} Anton Luhr", LONG_PARAGRAPH]
    assert (blocks[0].hint, blocks[0].credit) == (Kind.CAPTION, f"{label} Anton Luhr")


def test_a_line_ending_in_a_colon_is_no_credit_label_unless_a_credit_follows():
    lines = ["Here are the results:", "The council voted on Tuesday."]
    assert [b.text for b in pair_captions([Block(text) for text in lines])] == lines
    lines = ["Photos:", "The council voted on Tuesday to widen the road, after a long debate about costs."]
    assert [b.text for b in pair_captions([Block(text) for text in lines])] == lines


def test_three_sentences_beside_a_credit_are_a_paragraph():
    short = "The road opens in May. It will have two lanes. Cyclists get a path."
    blocks = pair_captions([Block(short), Block("Foto: Anna Berg"), Block(LONG_PARAGRAPH)])
    assert [b.text for b in blocks] == [short, "Foto: Anna Berg", LONG_PARAGRAPH]


def test_a_run_of_lines_opened_by_o_is_a_third_level_list():
    from artextract.text.lines import lines_to_blocks

    blocks = lines_to_blocks(["  * Services", "    + What we do", "      o Financial Operations", "", "      o Tax Operations"])
    assert [(b.bullet, b.text) for b in blocks] == [
        ("*", "Services"), ("+", "What we do"), ("o", "Financial Operations"), ("o", "Tax Operations"),
    ]


def test_a_line_opened_by_a_one_letter_word_alone_is_no_list_item():
    from artextract.text.lines import lines_to_blocks

    blocks = lines_to_blocks(["o carro é novo e o motor também.", "O resto fica para amanhã."])
    assert [b.bullet for b in blocks] == [None, None]


def test_a_day_before_a_month_name_is_a_date_not_a_list_number():
    from artextract.text.lines import lines_to_blocks

    lines = ["28. Jan. 2022 Paula Balov", "1. Februar 2022, 15:29 Uhr", "12. März", "3. May cause drowsiness", "2. Mix the flour"]
    blocks = lines_to_blocks(lines)
    assert [(b.bullet, b.text) for b in blocks] == [
        (None, lines[0]), (None, lines[1]), (None, lines[2]), ("3.", "May cause drowsiness"), ("2.", "Mix the flour"),
    ]


def test_a_copyright_notice_is_no_credit_of_the_line_beside_it():
    blocks = pair_captions([Block("All rights reserved."), Block("© 2026 Acme Corporation")])
    assert [(b.text, b.hint) for b in blocks] == [("All rights reserved.", None), ("© 2026 Acme Corporation", None)]


def test_an_agency_credit_alone_is_a_caption_without_description():
    # Under a heading (a plant's name over its picture) the credit has no caption line beside it.
    blocks = pair_captions([Block("Snake Plant (Sansevieria trifasciata)"), Block("Firn | Getty Images"), Block(LONG_PARAGRAPH)])
    assert [(b.hint, b.credit) for b in blocks] == [(None, None), (Kind.CAPTION, "Firn | Getty Images"), (None, None)]


@pytest.mark.parametrize("source", ["Source: www.backlinko.com", "Quelle: Statistisches Bundesamt"])
def test_a_source_line_takes_no_sentence_beside_it(source):
    # Under a chart: the sentence above is the text's, the source line a credit alone.
    blocks = pair_captions([Block(PARAGRAPH), Block(source), Block(CAPTION)])
    assert [b.text for b in blocks] == [PARAGRAPH, source, CAPTION]


@pytest.mark.parametrize("line", ["Get a good night’s rest before the big day!", "Die neue Gitarre & Bass ist da!"])
def test_an_exclamation_beside_a_credit_is_no_caption(line):
    # A promo or a tip calls out to the reader; the credited picture beside it has no description.
    blocks = pair_captions([Block(LONG_PARAGRAPH), Block(line), Block("Photo: Sam Ward/Northern Post")])
    assert [b.text for b in blocks][:2] == [LONG_PARAGRAPH, line]
    blocks = pair_captions([Block(LONG_PARAGRAPH), Block("Photo: Sam Ward/Northern Post"), Block(line)])
    assert blocks[-1].text == line and blocks[-1].hint is not Kind.CAPTION


def test_a_shaped_credit_takes_the_line_under_it_only_when_it_names_an_agency():
    # A product's or a section's name ("Safety Lockout/Tagout Kit") has a credit's shape; the
    # sentence under it is the text's. An agency in capitals says "credit" ("APA/Helmut Fohringer").
    blocks = pair_captions([Block(LONG_PARAGRAPH), Block("Safety Lockout/Tagout Kit"), Block(CAPTION)])
    assert [b.text for b in blocks] == [LONG_PARAGRAPH, "Safety Lockout/Tagout Kit", CAPTION]
    blocks = pair_captions([Block(LONG_PARAGRAPH), Block("APA/Helmut Fohringer"), Block(CAPTION)])
    assert [b.text for b in blocks] == [LONG_PARAGRAPH, f"{CAPTION} APA/Helmut Fohringer"]


def test_a_labelled_credit_with_a_licence_pairs_and_stands_alone():
    # "| Lizenz: CC BY 4.0" after the source hid the label from the end-anchored credit patterns.
    credit = "Foto: Anna Berg | Lizenz: CC BY 4.0"
    blocks = pair_captions([Block(PARAGRAPH), Block(CAPTION), Block(credit)])
    assert [b.text for b in blocks] == [PARAGRAPH, f"{CAPTION} {credit}"]
    blocks = pair_captions([Block(LONG_PARAGRAPH), Block(credit), Block(LONG_PARAGRAPH)])
    assert [(b.hint, b.credit) for b in blocks] == [(None, None), (Kind.CAPTION, credit), (None, None)]


# A browser copies a table row whose cells hold blocks as one cell a line, with a line holding
# only the tab between cells and a blank line on each side of it; rows are apart by blank lines.
def test_a_rows_cells_copied_on_lines_of_their_own_are_one_line_again():
    text = "Feature\n\n\t\n\nGemini (frontier model)\n\n\t\n\nSmall model\n\n\n\nReasoning\n\n\t\n\nBroad\n\n\t\n\nNarrow"
    rows = [line for line in split_lines(text) if line.strip()]
    assert rows == ["Feature\tGemini (frontier model)\tSmall model", "Reasoning\tBroad\tNarrow"]


def test_an_empty_cell_between_two_cells_keeps_them_on_one_row():
    rows = [line for line in split_lines("Weight\n\n\t\n\n\t\n\n21 kg") if line.strip()]
    assert rows == ["Weight\t21 kg"]


def test_a_tab_line_without_blank_lines_around_it_joins_nothing():
    # An e-mail's layout table prints a column's lines beside a tab this way: its lines are no row.
    text = "Front-row access to new models\n\t\n Playbooks and guides for your team\nPrompts for builders"
    assert [line.strip() for line in split_lines(text) if line.strip()] == [
        "Front-row access to new models", "Playbooks and guides for your team", "Prompts for builders"
    ]


def test_plain_cells_on_one_line_stay_one_line_and_are_marked_as_a_row():
    from artextract.text.lines import lines_to_blocks

    blocks = lines_to_blocks(split_lines("Motivation\t% of respondents\nEnergy\t61%\n\tIndented, no cells"))
    assert [(b.text, b.tabbed) for b in blocks] == [
        ("Motivation % of respondents", True), ("Energy 61%", True), ("Indented, no cells", False)
    ]


# A copy sets paragraphs apart by empty lines; a caption glued to its image's text is not.
def test_blocks_know_whether_an_empty_line_stood_above_and_below_them():
    from artextract.text.lines import lines_to_blocks

    blocks = lines_to_blocks(split_lines("Title\n\nA caption\nPhoto: Ann Lee\n\n\nProse.\n"))
    assert [(b.text, b.blank_above, b.blank_below) for b in blocks] == [
        ("Title", True, True), ("A caption", True, False), ("Photo: Ann Lee", False, True), ("Prose.", True, True)
    ]


def test_a_shape_naming_no_agency_takes_only_a_one_sentence_line_above():
    # "Child Support / Parenting Time" is a section's heading as often as a credit: the two
    # sentences above it end the text's paragraph. One sentence over "Jane Doe/Reuters" is its
    # caption, and an agency in capitals says "credit" over two sentences too.
    two = "Use this form when both parents agree. The court reviews it within a week."
    blocks = pair_captions([Block(LONG_PARAGRAPH), Block(two), Block("Child Support / Parenting Time")])
    assert [b.text for b in blocks] == [LONG_PARAGRAPH, two, "Child Support / Parenting Time"]
    blocks = pair_captions([Block(LONG_PARAGRAPH), Block(two), Block("Jane Doe/AFP")])
    assert [b.text for b in blocks] == [LONG_PARAGRAPH, f"{two} Jane Doe/AFP"]
    blocks = pair_captions([Block(LONG_PARAGRAPH), Block(CAPTION), Block("Jane Doe/Reuters")])
    assert [b.text for b in blocks] == [LONG_PARAGRAPH, f"{CAPTION} Jane Doe/Reuters"]


# A copy that indents nested blocks (inscriptis): the paragraphs at one depth, a figure's caption a level in.
PROSE_ABOVE = "The council voted on Tuesday to widen the road through the village, after a long debate about costs and safety."
PROSE_BELOW = "Work starts in May and will close one lane for six weeks, the council said in a statement on Wednesday."


def _indented(line: str, depth: int = 3, around: int = 2) -> list[Block]:
    return pair_captions([Block(PROSE_ABOVE, depth=around), Block(line, depth=depth), Block(PROSE_BELOW, depth=around)])


def test_a_line_indented_a_level_in_from_the_paragraphs_around_it_is_a_caption():
    blocks = _indented("The old bridge over the river, seen from the east bank in 1910.")
    assert [b.hint for b in blocks] == [None, Kind.CAPTION, None]
    assert blocks[1].credit is None


@pytest.mark.parametrize("line, depth, around", [
    ("The old bridge over the river, seen from the east bank in 1910.", 2, 2),  # at the paragraphs' depth
    ("The old bridge over the river, seen from the east bank in 1910.", 4, 2),  # two levels in: a pull quote's box
    ("Why did the council wait so long to decide?", 3, 2),  # a question
    ("“We waited long enough,” the mayor said after the vote.", 3, 2),  # a pull quote
    ("How We Chose the New Route", 3, 2),  # a subhead in Title Case
    ("Note: the road stays open at night for deliveries.", 3, 2),  # a call-out under its label
    ("def widen(road): return road.lanes + 1;", 3, 2),  # code
    ("roadwatcher · 03/03/2026 19:54", 3, 2),  # a forum post's poster and date
    ("Ed Jun 10, 2017 at 1:41 pm", 3, 2),  # a comment's author and date
    ("by roadwatcher ( 10503068 ) on Friday January 12, 2024 @11:51AM", 3, 2),  # a comment's byline and date
])
def test_other_indented_lines_are_no_caption(line, depth, around):
    assert [b.hint for b in _indented(line, depth, around)] == [None, None, None]


@pytest.mark.parametrize("line", ["Check out what's new on the road map", "Tired of queues at the lights? Learn More ❯"])
def test_an_indented_call_to_the_reader_is_a_promos_label(line):
    # A box's button or a promo picture's label between the paragraphs (mailchimp, goloadup): furniture, no caption.
    assert [b.hint for b in _indented(line)] == [None, Kind.BOILERPLATE, None]


def test_an_indented_line_after_a_lead_in_is_what_it_introduces():
    blocks = pair_captions([Block("To clone the repository, type the following command in a terminal on your own machine:", depth=2),
                            Block("git clone the repository into a new folder of your own", depth=3), Block(PROSE_BELOW, depth=2)])
    assert blocks[1].hint is None


def test_indented_lines_that_alternate_with_single_paragraphs_are_cards_not_figures():
    text = [Block(PROSE_ABOVE, depth=2)]
    for name in ("Paul Stokes wrote a short review", "Eric Mulder wrote a short review", "Sally Eltz wrote a short review"):
        text += [Block(name, depth=3), Block(PROSE_BELOW, depth=2)]
    assert all(b.hint is None for b in pair_captions(text))


@pytest.mark.parametrize("furniture", ["Continue Reading", "Subscribe to our newsletter and never miss a post"])
def test_a_credit_and_a_line_over_the_pages_furniture_are_a_card_not_a_figure(furniture):
    # A teaser card (its title, its picture's credit, its blurb, a "Continue Reading" link) or a
    # pitch at the page's foot: the line under the credit is the card's blurb, no caption, and the
    # credit stays alone (the classifier reads its label). A caption under its credit has the text
    # go on under it.
    blurb = "Add some style to your hallway with this simple weekend project."
    blocks = pair_captions([Block("Wooden Coat Rack"), Block("Photo Credit: makerhome.com"), Block(blurb), Block(furniture)])
    assert [b.text for b in blocks] == ["Wooden Coat Rack", "Photo Credit: makerhome.com", blurb, furniture]
    assert blocks[2].hint is None
    blocks = pair_captions([Block("Wooden Coat Rack"), Block("Photo Credit: makerhome.com"), Block(blurb), Block(PARAGRAPH)])
    assert [b.text for b in blocks][1:] == [f"{blurb} Photo Credit: makerhome.com", PARAGRAPH]


# A drop cap set in an element of its own is copied on a line of its own, with or without a blank
# line before the rest of its paragraph. Written for the test: a news opening in English and in
# Russian (a script with case), a forum's avatar letter over the poster's name, a one-letter line
# over a short lower-case line.
def test_a_drop_cap_alone_on_its_line_goes_back_to_its_paragraph():
    opening = "urkey, Poland and two islands have been taken off the list of places that travellers may visit freely."
    assert [line for line in split_lines(f"01 October 2020\nT\n\n{opening}\n") if line] == ["01 October 2020", "T" + opening]
    indented = "    ри месяца спустя город снова открыл свои музеи и библиотеки для всех жителей и гостей."
    assert split_lines(f"    Т\n{indented}") == ["    Т" + indented.lstrip()]


def test_a_letter_over_a_name_or_a_short_line_stays_apart():
    assert split_lines("F\nfelixen\nSaid:") == ["F", "felixen", "Said:"]
    assert split_lines("V\nthe car's engine") == ["V", "the car's engine"]
    assert split_lines("s\nm\nl\nxl") == ["s", "m", "l", "xl"]
