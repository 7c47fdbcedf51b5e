"""Key-point boxes in the text that no label names, known by their place and shape (issue 10 item 2)."""

from artextract.blocks import Block, Form, Kind, Zone
from artextract.classify import classify

HEADLINE = Block("Council Votes To Widen The Main Road", zone=Zone.HEAD, hint=Kind.HEADLINE)
LEAD = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."
SECTION = "Before the first section heading the story gives its points; after it the story unfolds in sections."
POINTS = [
    "Work on the main road starts in spring and lasts two years.",
    "The road gains a lane in each direction and a cycle path.",
    "Drivers should expect closures at night during the first months.",
]


def _key_points(blocks):
    return [d.block.text for d in classify(blocks) if d.kind is Kind.KEY_POINT]


def _items(lines):
    return [Block(line, form=Form.LIST_ITEM) for line in lines]


def _heading(text, level=3):
    return Block(text, form=Form.HEADING, level=level)


def _story(*middle):
    return [HEADLINE, Block(LEAD), *middle, _heading("What comes next", 2), Block(SECTION)]


def test_statements_under_the_first_short_heading_of_the_text_are_key_points():
    blocks = _story(_heading("The plan in three steps"), *_items(POINTS))
    assert _key_points(blocks) == POINTS
    kinds = {d.block.text: d.kind for d in classify(blocks)}
    assert kinds["The plan in three steps"] is Kind.BODY  # a heading the article wrote, not a label: it stays


def test_a_heading_ending_in_a_colon_titles_a_box_of_term_points():
    # Traf-dev fit pages: "Die Highlights des Thermen- & Vulkanlandes im Überblick:" over
    # "Wellness: 6 Thermen ..." lines with no full stop.
    points = ["Wellness: six spas with warm thermal water", "Food: pumpkin, horseradish, game and local wine", "Walking: winter hikes and bike tours"]
    assert _key_points(_story(_heading("The region's highlights at a glance:"), *_items(points))) == points


def test_a_paragraph_line_ending_in_a_colon_leads_into_its_own_list():
    # "Here's what you'll learn:", "Deshalb fordert er:": the list continues the paragraph.
    assert not _key_points(_story(Block("Here is what the council decided:"), *_items(POINTS)))


def test_questions_or_clauses_running_on_are_no_points():
    questions = ["Why does the road need another lane at all?", "Who pays for the two years of work?"]
    assert not _key_points(_story(_heading("In this story"), *_items(questions)))
    clauses = ["a new lane in each direction from the bridge to the station,", "a cycle path on both sides of the road,"]
    assert not _key_points(_story(_heading("The changes"), *_items(clauses)))


def test_a_list_after_the_first_section_heading_belongs_to_that_section():
    blocks = _story(_heading("Why it matters", 2), Block(SECTION + " More."), _heading("The plan in three steps"), *_items(POINTS))
    assert not _key_points(blocks)


def test_a_feature_list_under_a_plain_heading_is_no_box():
    features = ["Calendar sync: meetings land in every calendar you use", "Team scheduling: one link books the whole team"]
    assert not _key_points(_story(_heading("Features"), *_items(features)))


def test_a_named_box_further_down_outranks_a_box_known_by_its_shape():
    named = [_heading("Key takeaways"), *_items(["The vote passed by nine to four after three hours.", "Work on the road starts in the spring."])]
    blocks = [HEADLINE, Block(LEAD), _heading("The plan in three steps"), *_items(POINTS), Block(LEAD + " Again."), *named, Block(SECTION)]
    assert _key_points(blocks) == ["The vote passed by nine to four after three hours.", "Work on the road starts in the spring."]


# Raw text: a browser's copy prints no headings and drops the bullets, so a box's title is a plain
# line and its points plain lines. The title's words name the box (fit half: 1000things.at "Die
# Highlights des Thermen- & Vulkanlandes im Überblick:", bike-magazin.de "Die wichtigsten
# Neuerungen des Strava Karten-Updates", moritz-meyer.net "Hier sind die wichtigsten Punkte ...:").
RAW_POINTS = ["Wellness: six spas with warm thermal water", "Food: pumpkin, horseradish, game and local wine",
              "Walking: winter hikes and bike tours"]


# Three sentences: a paragraph of the text, not one more point (a copy keeps no frame round the box).
AFTER = "The work was planned for years. It starts in spring. The council will report on it each month."


def _raw_story(title, points, after=AFTER):
    return [HEADLINE, Block(LEAD), Block(title), *[Block(point) for point in points], Block(after)]


def test_a_raw_line_naming_the_box_in_its_words_titles_plain_point_lines():
    blocks = _raw_story("The region's highlights, in a few words:", RAW_POINTS)
    assert _key_points(blocks) == RAW_POINTS
    kinds = {d.block.text: d.kind for d in classify(blocks)}
    assert kinds["The region's highlights, in a few words:"] is Kind.BODY  # the article's own line stays
    german = _raw_story("Die wichtigsten Neuerungen des Updates", POINTS)
    assert _key_points(german) == POINTS


def test_a_raw_title_without_label_words_or_with_them_late_in_a_heading_opens_no_box():
    assert not _key_points(_raw_story("Here is what the council decided:", RAW_POINTS))
    assert not _key_points(_raw_story("Road Works in a Nutshell", POINTS))  # a chapter's name (git-scm.com)
    assert not _key_points(_raw_story("What are the highlights?", POINTS))


def test_a_raw_box_far_down_the_story_or_of_many_lines_is_no_key_point_box():
    far = [HEADLINE, *[Block(LEAD) for _ in range(20)], Block("The highlights:"), *[Block(p) for p in POINTS], Block(SECTION)]
    assert not _key_points(far)
    many = [f"Point number {n} of the long list of changes on the road" for n in range(7)]
    assert not _key_points(_raw_story("The highlights:", many))


def test_a_list_under_a_key_point_label_of_another_language_is_the_box():
    # "En un coup d'œil", "Kurz und bündig", "W telegraficznym skrócie": the vocabulary's labels
    # of the concept in each language title the box as "Key takeaways" does.
    for label in ("En un coup d’œil", "Kurz und bündig", "W telegraficznym skrócie"):
        blocks = [HEADLINE, _heading(label), *_items(POINTS), Block(LEAD), Block(SECTION)]
        decisions = classify(blocks)
        assert [d.block.text for d in decisions if d.kind is Kind.KEY_POINT] == POINTS, label
        assert all(d.kind is not Kind.BODY for d in decisions if d.block.text == label)


def test_a_long_unlabelled_list_under_the_headline_is_no_box():
    # Inscriptis copies of fit pages: six to twenty-three lines of several words under the headline,
    # no label: "Popular posts", a guide's contents, a firm's credentials. Two to five make the box.
    stories = [
        "A slow bread for the long winter weekends",
        "How to live with the deer that eat your garden",
        "The useful gift guide for the holidays this year",
        "Ten plants that flower in the shade of old trees",
        "What a small balcony can grow in one summer",
        "The tools every new gardener needs in spring",
    ]
    head = [Block(line, zone=Zone.HEAD, form=Form.LIST_ITEM) for line in stories]
    assert not _key_points([HEADLINE, *head, Block(LEAD)])
    assert _key_points([HEADLINE, *head[:5], Block(LEAD)]) == stories[:5]


def test_unlabelled_bullets_repeated_in_shape_by_a_later_list_of_the_head_are_cards_not_a_box():
    # A ranking's product cards above its text (fit security.org: each card a product's name, three
    # feature lines and a call to action), or a menu's groups of four copied under the headline
    # (fit onepagecrm.com): the first card reads as a box of statements, the next cards repeat its shape.
    cards = [
        ("Best Burglar Deterrent - Homeguard", ["Cameras can be watched by trained agents at night",
                                                "Wireless and battery models for indoors and outdoors",
                                                "The cameras work with a full home alarm system"]),
        ("Most Complete System - Safehouse", ["The cameras come with face recognition built in",
                                              "Battery, wired and plug-in models are all offered",
                                              "Footage can confirm an alarm before help is sent"]),
    ]
    head = []
    for name, features in cards:
        head += [Block(name, zone=Zone.HEAD), *(Block(line, zone=Zone.HEAD, form=Form.LIST_ITEM) for line in features),
                 Block("See Packages", zone=Zone.HEAD)]
    decisions = classify([HEADLINE, *head, Block(LEAD)])
    assert not [d for d in decisions if d.kind is Kind.KEY_POINT]
    # Out of the text as the box was: the first card's lines are furniture, not body.
    assert [d.kind for d in decisions if d.block.text in cards[0][1]] == [Kind.BOILERPLATE] * 3
    # One card alone, or a later list of another length (not the same shape), leaves the box as before.
    assert _key_points([HEADLINE, *head[:5], Block(LEAD)]) == cards[0][1]
    other = [Block(line, zone=Zone.HEAD, form=Form.LIST_ITEM) for line in cards[1][1][:2]]
    assert _key_points([HEADLINE, *head[:5], *other, Block(LEAD)]) == cards[0][1]


def _copied(text, blank_above):
    return Block(text, blank_above=blank_above)


def test_raw_paragraph_points_end_where_the_copy_spaces_the_lines_unlike_them():
    # Chromium copies of dev pages (upgradedpoints.com, splunk.com): a "Key Takeaways" list copied
    # as lines glued to each other, then the story's first paragraph set apart by an empty line.
    intro = "Choosing a company can be daunting, and the cheapest base rate is not always the best."
    glued = [HEADLINE, Block("Key Takeaways"), *[_copied(point, False) for point in POINTS],
             _copied(intro, True), _copied(AFTER, True)]
    assert _key_points(glued) == POINTS
    # Points a copy spaces apart as it spaces the text stay one box, as before.
    spaced = [HEADLINE, Block("Key Takeaways"), *[_copied(point, True) for point in POINTS], Block(SECTION)]
    assert _key_points(spaced) == POINTS


def test_a_list_nested_under_an_item_with_no_words_is_a_menu_not_a_box():
    # An inscriptis copy of a Q&A site's header: the site menu's numbered entry with no text of
    # its own ("1.") and its drop-down nested under it, each line a link's name and its blurb.
    # Read as four bulleted sentences it was the key-point box; it is the page's furniture.
    menu = [
        "Tour Start here for a quick overview of the site",
        "Help Center Detailed answers to any questions you might have",
        "Meta Discuss the workings and policies of this site",
        "About Us Learn more about the company and its products",
    ]
    entry = Block("1.", zone=Zone.HEAD, depth=3)
    head = [Block(line, zone=Zone.HEAD, form=Form.LIST_ITEM, bullet="+", depth=6) for line in menu]
    decisions = classify([HEADLINE, entry, *head, Block(LEAD)])
    assert [d.kind for d in decisions if d.block.text in menu] == [Kind.BOILERPLATE] * len(menu)
    # The same lines not nested under an empty entry read as the box, as before.
    flat = [Block(line, zone=Zone.HEAD, form=Form.LIST_ITEM, bullet="+") for line in menu]
    assert _key_points([HEADLINE, *flat, Block(LEAD)]) == menu


def test_a_byline_and_date_nested_under_an_empty_item_are_no_menu():
    # A theme's meta line printed as a nested list under a bare bullet: the name and the date
    # stay for the byline and date readers.
    entry = Block("*", zone=Zone.HEAD, depth=2)
    meta = [Block(line, zone=Zone.HEAD, form=Form.LIST_ITEM, bullet="+", depth=4) for line in ("Selin Romano", "Nov 20, 2025")]
    decisions = classify([HEADLINE, entry, *meta, Block(LEAD)])
    assert all(d.reason != "a menu's drop-down above the body" for d in decisions)


def test_one_summary_point_under_a_bare_label_ends_at_a_line_ending_unlike_it():
    # Raw copies of fit pages: embarque.io's "Quick summary" over one paragraph, then the story's
    # opening question; brighterly.com's "Key points", whose second line has no full stop.
    summary = "The council will widen the main road over two years. Work starts in the spring."
    hook = "Wondering how the works will change your daily drive into the town centre?"
    blocks = [HEADLINE, Block("Quick summary"), Block(summary), Block(hook), Block(AFTER)]
    assert _key_points(blocks) == [summary]
    # Under a titled label the paragraphs are that section's text, not one point of a box.
    titled = [HEADLINE, Block("TL;DR: Which Road Gets Widened First? Our Pick After Reading The Plans"),
              Block(summary), Block(hook), Block(AFTER)]
    assert not _key_points(titled)


def test_paragraph_points_end_at_a_furniture_line():
    # An inscriptis copy (silverbackstrategies.com): two summary paragraphs under "TL;DR:", the
    # "Table of Contents" label, then the ranking's first heading, which is no third point.
    first = "Work on the main road starts in spring and lasts two years."
    second = "The road gains a lane in each direction and a cycle path."
    heading = "The Roads Widened Next In The U.S."
    blocks = [HEADLINE, Block("TL;DR:"), Block(first), Block(second), Block("Table of Contents"), Block(heading), Block(AFTER)]
    assert _key_points(blocks) == [first, second]


def test_notes_opening_on_a_footnote_mark_are_fine_print_not_points():
    # Inscriptis copy of fit apple.com: the footer's fine print as a list of notes ("◊ Apple Card
    # Monthly Installments ...") read as a box of statements; the same list without marks is one.
    notes = [f"{mark} {point}" for mark, point in zip(("†", "◊", "‡"), POINTS)]
    head = [Block(line, zone=Zone.HEAD, form=Form.LIST_ITEM) for line in notes]
    assert not _key_points([HEADLINE, *head, Block(LEAD)])
    plain = [Block(line, zone=Zone.HEAD, form=Form.LIST_ITEM) for line in POINTS]
    assert _key_points([HEADLINE, *plain, Block(LEAD)]) == POINTS


def test_a_line_ending_in_a_colon_under_a_label_leads_into_the_points_and_stays_text():
    # Fit housecallpro.com (HTML and both copies): "Key takeaways" over "Here are five key insights
    # for profitable plumbing pricing:" over the five points, all paragraphs; the lead-in was the first point.
    lead_in = "Here are three things to know about the road works:"
    for label in (_heading("Key takeaways"), Block("Key takeaways")):
        blocks = [HEADLINE, Block(LEAD), label, Block(lead_in), *[Block(point) for point in POINTS], _heading("What comes next", 2), Block(SECTION)]
        decisions = {d.block.text: d for d in classify(blocks)}
        assert _key_points(blocks) == POINTS
        assert decisions[lead_in].kind is Kind.BODY
    # Under a list the same: the lead-in is text, the bullets the points.
    listed = [HEADLINE, Block(LEAD), _heading("Key takeaways"), Block(lead_in), *_items(POINTS), Block(SECTION)]
    assert _key_points(listed) == POINTS


def test_points_set_as_headings_in_a_marked_box_are_its_points():
    # Fit digit.in: a "highlights" box holding its title and three <h2> statements, nothing else;
    # read as more titles, the box was dropped whole.
    def box(zone):
        title = Block("HIGHLIGHTS", zone=zone, hint=Kind.KEY_POINT)
        return [title, *[Block(point, zone=zone, form=Form.HEADING, level=2, hint=Kind.KEY_POINT) for point in POINTS]]
    assert _key_points([HEADLINE, *box(Zone.HEAD), Block(LEAD), Block(SECTION)]) == POINTS
    assert _key_points([HEADLINE, Block(LEAD), *box(Zone.MAIN), Block(SECTION)]) == POINTS
    # Headings that name boxes or state nothing stay titles.
    short = [Block("Highlights", zone=Zone.HEAD, hint=Kind.KEY_POINT),
             *[Block(text, zone=Zone.HEAD, form=Form.HEADING, hint=Kind.KEY_POINT) for text in ("Overview", "Key takeaways")]]
    assert not _key_points([HEADLINE, *short, Block(LEAD), Block(SECTION)])


def test_paragraphs_under_a_label_that_ask_are_a_teaser_not_points():
    # Chromium copy of fit marketingsherpa.com: "SUMMARY:" over two paragraphs ending in questions
    # ("So how do you stack up against 6,808 others?"), then the story: a teaser, not a box.
    asks = ["Setting the right rate can make or break your budget. So how do you compare with the others?",
            "And on the other side of it, as a buyer you need to know: what is a fair price to pay?"]
    blocks = [HEADLINE, Block("SUMMARY:"), *[Block(text) for text in asks], Block(LEAD), Block(AFTER)]
    assert not _key_points(blocks)
    # One asking paragraph under a bare label is no one-paragraph summary either.
    assert not _key_points([HEADLINE, Block("Quick summary"), Block(asks[0]), _heading("The prices", 2), Block(AFTER)])
