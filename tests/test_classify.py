"""The shared classifier on raw-text-like blocks and on hinted blocks."""

from artextract import extract
from artextract.blocks import Block, Form, Kind, Zone
from artextract.classify import classify

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."


def _kinds(blocks):
    return {d.block.text: d.kind for d in classify(blocks)}


def test_headline_hint_is_authoritative():
    blocks = [
        Block("Home", zone=Zone.HEAD),
        Block("A Hinted Headline", zone=Zone.HEAD, hint=Kind.HEADLINE),
        Block("A Longer Title Case Line That Scores Well", zone=Zone.HEAD),
        Block(PARAGRAPH),
    ]
    kinds = _kinds(blocks)
    assert kinds["A Hinted Headline"] is Kind.HEADLINE
    assert kinds[PARAGRAPH] is Kind.BODY


def test_short_date_is_not_the_headline():
    text = "World\nCouncil Votes To Widen The Main Road\nMar 6\n-- min read\n" + "\n".join([PARAGRAPH] * 3)
    article = extract(text.encode(), input_type="text")
    assert article.headline == "Council Votes To Widen The Main Road"


def test_breadcrumb_trail_loses_to_the_headline_it_ends_with():
    text = (
        "Home > Blog > Packing Tips Guide\nBlog\nPacking Tips Guide\nBy Jane Doe\nMarch 5, 2024\n"
        + "\n".join([PARAGRAPH] * 3)
    )
    assert extract(text.encode(), input_type="text").headline == "Packing Tips Guide"


def test_a_title_ending_with_another_lines_words_is_no_trail_without_a_separator():
    text = (
        "Guides\nPacking Tips\nTen Ways To Save Space With Packing Tips\nBy Jane Doe\nMarch 5, 2024\n"
        + "\n".join([PARAGRAPH] * 3)
    )
    assert extract(text.encode(), input_type="text").headline == "Ten Ways To Save Space With Packing Tips"


def test_a_few_short_lines_still_make_a_body():
    assert extract(b"One line only", input_type="text").body == "One line only"
    article = extract(b"Hello there. This is short.", input_type="text")
    assert article.body == "Hello there. This is short."
    article = extract(b"A title\nThe cat sat. It was happy.", input_type="text")
    assert (article.headline, article.body) == ("A title", "The cat sat. It was happy.")


def test_headline_behind_a_table_of_contents_is_found():
    headings = [f"Chapter {n} About The Road Works" for n in range(1, 21)]
    text = (
        "Home\nBlog\nNews\nCouncil Widens The Main Road\nBy Jane Doe\nMarch 5, 2024\nContents\n"
        + "\n".join(headings)
        + "\n"
        + "\n".join([PARAGRAPH] * 3)
    )
    assert extract(text.encode(), input_type="text").headline == "Council Widens The Main Road"


def test_a_very_long_single_line_extracts_quickly():
    import time

    line = "The road was widened, and the council met again. " * 40_000  # 2 MB on one line
    # CPU time (~0.5 s here), not the wall clock, which a loaded machine stretches at will.
    started = time.process_time()
    article = extract(line.encode(), input_type="text")
    assert article.body
    assert time.process_time() - started < 10


def _key_point_box_page(labels):
    from artextract.blocks import Form

    blocks = [Block("Council Votes To Widen The Main Road", zone=Zone.HEAD, hint=Kind.HEADLINE), Block(PARAGRAPH)]
    for label in labels:
        blocks.append(Block(label))
        blocks += [Block(f"Point {n} about the road works and their cost", form=Form.LIST_ITEM) for n in (1, 2, 3)]
        blocks.append(Block(PARAGRAPH + " More."))
    return blocks


def test_key_point_box_in_the_text_gives_key_points():
    decisions = classify(_key_point_box_page(["Key takeaways"]))
    assert [d.block.text for d in decisions if d.kind is Kind.KEY_POINT] == [
        f"Point {n} about the road works and their cost" for n in (1, 2, 3)
    ]
    assert all(d.kind is not Kind.BODY for d in decisions if d.block.text == "Key takeaways")


def test_repeated_key_point_labels_are_per_item_boxes_not_key_points():
    decisions = classify(_key_point_box_page(["At a glance", "At a glance"]))
    assert not [d for d in decisions if d.kind is Kind.KEY_POINT]


def test_standfirst_class_below_the_start_of_the_text_is_body():
    blocks = [
        Block("Council Votes To Widen The Main Road", zone=Zone.HEAD, hint=Kind.HEADLINE),
        Block("Work starts in spring and will take two years, the council said on Tuesday.", hint=Kind.STANDFIRST),
        Block(PARAGRAPH),
        Block("An excerpt-styled paragraph further down the story, with enough words to read as prose.", hint=Kind.STANDFIRST),
    ]
    kinds = _kinds(blocks)
    assert kinds["Work starts in spring and will take two years, the council said on Tuesday."] is Kind.STANDFIRST
    assert kinds["An excerpt-styled paragraph further down the story, with enough words to read as prose."] is Kind.BODY


def test_standfirst_class_on_a_date_line_is_a_date():
    from artextract.blocks import Form

    blocks = [
        Block("Council Votes To Widen The Main Road", zone=Zone.HEAD, hint=Kind.HEADLINE),
        Block("March 4, 2025", hint=Kind.STANDFIRST),
        Block("Introduction", form=Form.HEADING, level=2, hint=Kind.STANDFIRST),
        Block(PARAGRAPH),
    ]
    kinds = _kinds(blocks)
    assert kinds["March 4, 2025"] is Kind.DATE
    assert kinds["Introduction"] is not Kind.STANDFIRST


def test_a_heading_with_a_standfirst_class_that_reads_as_prose_is_the_standfirst():
    # Spanish sites set the dek as <h2 class="bajada">: a sentence, not a section title.
    dek = "La Alcaldía prioriza las localidades del sur, donde más ha crecido el uso de la bicicleta."
    blocks = [
        Block("Bogotá amplía la red de ciclorrutas", zone=Zone.HEAD, hint=Kind.HEADLINE),
        Block(dek, form=Form.HEADING, level=2, hint=Kind.STANDFIRST),
        Block(PARAGRAPH),
    ]
    assert _kinds(blocks)[dek] is Kind.STANDFIRST


def _key_points(blocks):
    return [d.block.text for d in classify(blocks) if d.kind is Kind.KEY_POINT]


def _head(*lines, **kwargs):
    from artextract.blocks import Form

    return [Block(line, zone=Zone.HEAD, form=Form.LIST_ITEM, **kwargs) for line in lines]


HEADLINE = Block("Council Votes To Widen The Main Road", zone=Zone.HEAD, hint=Kind.HEADLINE)


def test_unlabelled_bullets_above_the_body_are_key_points_when_they_read_as_points():
    points = ["Work starts in spring and lasts two years", "The road gains a lane in each direction"]
    assert _key_points([HEADLINE, *_head(*points), Block(PARAGRAPH)]) == points


def test_a_lone_bullet_or_a_menu_above_the_body_is_not_a_key_point():
    assert not _key_points([HEADLINE, *_head("Reviewed by Jane Doe, civil engineer"), Block(PARAGRAPH)])
    menu = _head("Learn", "Blog", "Tax & Accounting Professional Services")
    assert not _key_points([*menu, HEADLINE, Block(PARAGRAPH)])
    links = _head("Council budget for the road works", "Map of the road works this spring", link_density=1.0)
    assert not _key_points([HEADLINE, *links, Block(PARAGRAPH)])


def test_the_byline_and_date_set_as_a_list_are_not_key_points():
    # A Costa Rican paper lists "Publicado: <date>" and "Escrito por <name>" under the headline;
    # the labels are the vocabulary's date and byline labels, in any language.
    meta = _head("Publicado: Jueves, 21 Abril 2022 04:45", "Escrito por Jose Pablo Segura Vargas")
    assert not _key_points([HEADLINE, *meta, Block(PARAGRAPH)])
    german = _head("Veröffentlicht am 3. März 2019 in der Rubrik Politik", "Autor: Jana Muster, freie Journalistin")
    assert not _key_points([HEADLINE, *german, Block(PARAGRAPH)])
    # A point that only begins with such a word goes on in lower case: still a point.
    points = ["Updated plans add a lane in each direction", "Work starts in spring and lasts two years"]
    assert _key_points([HEADLINE, *_head(*points), Block(PARAGRAPH)]) == points


def test_a_breadcrumb_repeating_the_headline_is_not_a_key_point():
    crumbs = _head("News from the council chamber", "Council Votes To Widen The Main Road")
    assert not _key_points([HEADLINE, *crumbs, Block(PARAGRAPH)])


def test_bullets_under_a_section_heading_above_the_body_are_not_key_points():
    from artextract.blocks import Form

    blocks = [
        HEADLINE,
        Block("In short", zone=Zone.HEAD, form=Form.HEADING, level=2),
        *_head("Work starts in spring and lasts two years", "The road gains a lane in each direction"),
        Block("Why it matters?", zone=Zone.HEAD, form=Form.HEADING, level=2),
        *_head("For drivers: the commute gets shorter by ten minutes", "For residents: more noise for two years"),
        Block(PARAGRAPH),
    ]
    assert _key_points(blocks) == ["Work starts in spring and lasts two years", "The road gains a lane in each direction"]


def test_key_point_box_far_down_the_text_is_a_section_not_key_points():
    from artextract.blocks import Form

    blocks = [HEADLINE] + [Block(PARAGRAPH + f" Part {n}.") for n in range(25)] + [Block("Summary")]
    blocks += [Block(f"Point {n} about the road works and their cost", form=Form.LIST_ITEM) for n in (1, 2)]
    assert not _key_points(blocks)


def test_paragraph_shaped_points_under_a_label_end_at_a_heading():
    from artextract.blocks import Form

    points = ["Before you start: check the permits and the budget twice.", "Once started: expect lane closures for months."]
    boxed = [HEADLINE, Block(PARAGRAPH), Block("Key takeaways", form=Form.HEADING, level=2), *map(Block, points)]
    assert _key_points(boxed + [Block("What comes next", form=Form.HEADING, level=2), Block(PARAGRAPH)]) == points
    # A "Summary" label over the running text is no box.
    running = [HEADLINE, Block("Summary:")] + [Block(PARAGRAPH + f" Part {n}.") for n in range(6)]
    assert not _key_points(running + [Block("What comes next", form=Form.HEADING, level=2)])


def test_a_line_opened_by_its_own_label_is_a_key_point_without_the_label():
    blocks = [HEADLINE, Block(PARAGRAPH), Block("TL;DR: The road gets a lane in each direction by 2027."), Block(PARAGRAPH + " More.")]
    assert _key_points(blocks) == ["The road gets a lane in each direction by 2027."]


def test_key_point_class_on_every_listing_is_not_key_points():
    from artextract.blocks import Form

    blocks = [HEADLINE, Block(PARAGRAPH)]
    for company in ("Acme Movers", "Best Movers"):
        blocks += [Block(company, form=Form.HEADING, level=2), Block(PARAGRAPH + f" {company}.")]
        blocks += [Block(f"{company} feature {n}", form=Form.LIST_ITEM, hint=Kind.KEY_POINT) for n in (1, 2)]
    kinds = _kinds(blocks)
    assert not _key_points(blocks)
    assert kinds["Acme Movers feature 1"] is Kind.BODY


def test_key_point_class_box_title_is_not_a_point():
    from artextract.blocks import Form

    box = [Block("Key Takeaways", form=Form.HEADING, level=2, hint=Kind.KEY_POINT)]
    box += [Block(f"Point {n} about the road works and their cost", form=Form.LIST_ITEM, hint=Kind.KEY_POINT) for n in (1, 2)]
    assert _key_points([HEADLINE, Block(PARAGRAPH), *box, Block(PARAGRAPH + " More.")]) == [
        f"Point {n} about the road works and their cost" for n in (1, 2)
    ]


def test_breadcrumb_styled_as_a_standfirst_is_not_one():
    blocks = [
        Block("Home > Tech > Laptops", zone=Zone.HEAD, hint=Kind.STANDFIRST),
        HEADLINE,
        Block("Work starts in spring and will take two years, the council said on Tuesday.", zone=Zone.HEAD, hint=Kind.STANDFIRST),
        Block(PARAGRAPH),
    ]
    kinds = _kinds(blocks)
    assert kinds["Home > Tech > Laptops"] is Kind.BOILERPLATE
    assert kinds["Work starts in spring and will take two years, the council said on Tuesday."] is Kind.STANDFIRST


def test_a_line_marked_as_a_dek_above_the_headline_is_no_standfirst():
    # A site's tagline or a section's label set above the headline with a dek's class (fit-half
    # traf-dev internet-law.de, motor.at): the dek stands under its headline.
    blocks = [
        Block("Law and civil rights online", zone=Zone.HEAD, hint=Kind.STANDFIRST),
        HEADLINE,
        Block(PARAGRAPH),
        Block(PARAGRAPH + " Again."),
    ]
    assert _kinds(blocks)["Law and civil rights online"] is not Kind.STANDFIRST


def test_a_line_marked_as_a_dek_that_says_no_more_than_a_kicker_is_no_standfirst():
    # A theme's dek class on a label, a section's name or a figure under the headline ("Description",
    # "SUMMARY:" over the dek itself): a dek says a line of words; the dek under it still is one.
    dek = "Work starts in spring and will take two years, the council said on Tuesday."
    for label in ("Description", "SUMMARY:", "Over 6,000"):
        blocks = [HEADLINE, Block(label, zone=Zone.HEAD, hint=Kind.STANDFIRST),
                  Block(dek, zone=Zone.HEAD, hint=Kind.STANDFIRST), Block(PARAGRAPH), Block(PARAGRAPH + " Again.")]
        kinds = _kinds(blocks)
        assert kinds[label] is not Kind.STANDFIRST
        assert kinds[dek] is Kind.STANDFIRST


def test_author_bio_under_the_byline_is_not_a_standfirst():
    bio = "Jane is a transport reporter who has covered the council for ten years, and rides the bus daily."
    blocks = [HEADLINE, Block("By Jane Doe", zone=Zone.HEAD, hint=Kind.BYLINE), Block(bio, zone=Zone.HEAD, hint=Kind.STANDFIRST), Block(PARAGRAPH)]
    assert _kinds(blocks)[bio] is Kind.BOILERPLATE


def test_a_date_line_with_separators_is_still_a_date():
    blocks = [HEADLINE, Block("30th March 2025, 16:26 | #1 | Link", zone=Zone.HEAD), Block(PARAGRAPH)]
    assert _kinds(blocks)["30th March 2025, 16:26 | #1 | Link"] is Kind.DATE


def test_many_region_lines_above_a_late_paragraph_are_text():
    # A product grid whose only prose is the blurb under it: the cards are the content.
    cards = [Block(f"Trail tent {n} person, waterproof", form=Form.LIST_ITEM) for n in range(1, 7)]
    blocks = [Block("Tents", zone=Zone.HEAD, hint=Kind.HEADLINE), *cards, Block(PARAGRAPH)]
    kinds = _kinds(blocks)
    assert all(kinds[card.text] is Kind.BODY for card in cards)


def test_a_share_bar_in_an_article_head_is_still_furniture():
    blocks = [
        Block("Council Votes To Widen The Road", hint=Kind.HEADLINE),
        Block("Share Facebook X WhatsApp Copy link"),
        Block(PARAGRAPH),
        Block(PARAGRAPH + " Again."),
    ]
    assert _kinds(blocks)["Share Facebook X WhatsApp Copy link"] is Kind.BOILERPLATE


def test_a_line_ending_in_a_colon_under_the_headline_is_not_a_standfirst():
    blocks = [
        Block("Council Votes To Widen The Road", hint=Kind.HEADLINE),
        Block("Here is a short summary of what the council decided today:"),
        Block(PARAGRAPH),
        Block(PARAGRAPH + " Again."),
    ]
    assert _kinds(blocks)["Here is a short summary of what the council decided today:"] is not Kind.STANDFIRST


def test_unspaced_subject_is_matched_in_pairs_of_ideographs():
    from artextract.classify.headline import subject_words

    # Kana spell endings and particles: only pairs of ideographs or katakana carry the subject.
    assert subject_words("図書館が移転") == {"図書", "書館", "移転"}
    assert subject_words("The council widens roads") == {"council", "widens", "roads"}


def test_a_lines_subject_and_lower_case_words_come_from_one_reading():
    from artextract.classify.headline import _line_words, subject_words

    # The opening is read from several starts: a line's two sets are read once and kept (the same
    # object again), the subject lower-cased, the common words only those written in lower case.
    subject, common = _line_words("The Council widens Main Street roads")
    assert subject == {"council", "widens", "main", "street", "roads"}
    assert common == {"widens", "roads"}
    assert subject_words("The Council widens Main Street roads") is subject


def _raw_key_points(label, points, after=PARAGRAPH):
    text = "\n".join(["Council Widens The Main Road", "By Jane Doe", "March 5, 2024", PARAGRAPH, label, *points, after,
                      PARAGRAPH.replace("council", "mayor"), PARAGRAPH.replace("road", "bridge")])
    return extract(text.encode(), input_type="text").key_points


SEVEN_POINTS = [f"Point number {n} says the council spends more on the road this year" for n in range(1, 8)]


def test_a_raw_text_box_of_seven_points_is_not_cut():
    # Boxes mostly hold three to five points, not always (issue 10).
    assert _raw_key_points("Key takeaways", SEVEN_POINTS) == SEVEN_POINTS


def test_the_points_of_a_box_end_alike():
    # Points without a full stop; the short paragraph after them has one and is the text again.
    after = "The work starts in May and will close one lane for six weeks."
    assert _raw_key_points("Key takeaways", SEVEN_POINTS[:3], after) == SEVEN_POINTS[:3]


def test_a_label_and_a_title_on_one_line_open_a_box_in_raw_text():
    points = ["Buy refillable bottles and cloth bags to cut household waste.", "Plan meals and compost scraps to waste less food."]
    assert _raw_key_points("Key Takeaways: Simple Actions That Reduce Your Waste", points, "Easy Ways To Waste Less") == points



def test_raw_text_marks_the_top_of_a_title_and_dek_stack():
    # A title over its dek, both headline-shaped: the top one is the title (first_of_pair),
    # in raw text only; the choice is the title.
    from artextract.classify import headline
    from artextract.text.lines import lines_to_blocks

    paragraphs = [
        "Gardeners across the region have faced the driest summer in thirty years, and many a garden has turned brown.",
        "Experts say the answer is to water less often but for longer, so that roots follow the moisture deeper into the soil.",
        "Mulching beds with compost or bark keeps the soil cool and cuts the water lost to evaporation by as much as half.",
    ]
    lines = ["Home", "Gardens", "Keep your garden green through a dry summer",
             "Watering less often but more deeply helps the roots of plants grow down", "By Ann Lee", "July 4, 2024", *paragraphs]
    blocks = lines_to_blocks(lines)
    assert headline.choose_headline_and_start(blocks, 6, len(blocks), 100, 10) == (2, 6)
    labels = [None] * len(blocks)
    for raw_text, expected in ((True, [1.0, 0.0]), (False, [0.0, 0.0])):
        context = headline._HeadlineContext(blocks, labels, 6, [2, 3], raw_text=raw_text)
        assert [headline._headline_features(context, index)["first_of_pair"] for index in (2, 3)] == expected


def test_raw_text_headline_features_for_labels_and_bylines():
    # "Article Tags:" is a label, "By Ask the Doctors" a byline: neither is a title (raw text only).
    from artextract.classify import headline
    from artextract.text.lines import lines_to_blocks

    lines = ["Article Tags:", "By Ask the Doctors", "Transition to a vegan diet should be gradual",
             "Changing what you eat all at once is hard, and doctors suggest adding one plant-based meal a week."]
    blocks = lines_to_blocks(lines)
    labels = [None] * len(blocks)
    for raw_text in (True, False):
        context = headline._HeadlineContext(blocks, labels, 3, [0, 1, 2], raw_text=raw_text)
        features = [headline._headline_features(context, index) for index in (0, 1, 2)]
        assert [f["label_colon"] for f in features] == [float(raw_text), 0.0, 0.0]
        assert [f["byline_start"] for f in features] == [0.0, float(raw_text), 0.0]


def test_raw_text_link_arrows_and_day_first_dates():
    # "← Older post ..." links elsewhere (raw text only), "<table>: ..." does not; a date written
    # day first with a dot ("28. Jan. 2022") is read whole, no list number, and dates the head.
    from artextract.classify import headline
    from artextract.text.lines import lines_to_blocks

    lines = ["← Older Post On Gardening Tools", "<table>: The Table Element", "Pädophilie als politisches Machtinstrument",
             "28. Jan. 2022 Paula Balov", "Die Figur ist nicht nur eine Person, sondern auch ein politisches Werkzeug der Rechten."]
    blocks = lines_to_blocks(lines)
    assert (blocks[3].bullet, blocks[3].text) == (None, lines[3])  # how the lines read it
    for raw_text in (True, False):
        context = headline._HeadlineContext(blocks, [None] * len(blocks), 4, [0, 1, 2], raw_text=raw_text)
        features = [headline._headline_features(context, index) for index in range(3)]
        assert [f["arrow"] for f in features] == [float(raw_text), 0.0, 0.0]
        assert [f["dated_below"] for f in features] == [1.0, 1.0, 1.0]
    assert headline._dated(blocks[3]) and headline.is_date_line(blocks[3].text)
    assert headline.choose_headline_and_start(blocks, 4, len(blocks), 100, 10) == (2, 4)


def test_a_title_quoted_in_guillemets_is_no_arrow_and_no_separator():
    # «...» and »...« quote the words they hug: no link out of the line, no "Title » Site"
    # separator; "« Previous post" and "Home » News" still are, and so is a quotation cut short.
    from artextract.classify import headline
    from artextract.text.lines import lines_to_blocks

    lines = ["«Gute Löhne alleine reichen nicht»", "Näßler: »Liebe kennt keine Pause«", "« Previous post on gardening",
             "Home » News » Gardening", "«Wir waren fast 40 Tage in...",
             "Löhne und Arbeitszeiten standen im Mittelpunkt des Abends, an dem vier Gäste über ihre Arbeit sprachen."]
    blocks = lines_to_blocks(lines)
    context = headline._HeadlineContext(blocks, [None] * len(blocks), 5, [0, 1, 2, 3, 4], raw_text=True)
    features = [headline._headline_features(context, index) for index in range(5)]
    assert [f["arrow"] for f in features] == [0.0, 0.0, 1.0, 0.0, 0.0]
    assert [f["separator"] for f in features] == [0.0, 0.0, 0.0, 1.0, 0.0]


def test_a_candidate_below_the_start_is_matched_with_the_text_under_it():
    # A line below the provisional start is part of the opening read from there: matched
    # against that opening it would share all its words with "the text". Its own text starts
    # under it, and only that text is what it announces.
    from artextract.classify import headline
    from artextract.text.lines import lines_to_blocks

    lines = ["Newsletter", "Join twelve thousand builders reading our free daily newsletter", "By Ann Lee",
             "Cranes return to the harbour front as the old quay is rebuilt this spring, and the council opens the works."]
    blocks = lines_to_blocks(lines)
    context = headline._HeadlineContext(blocks, [None] * len(blocks), 1, [0, 1], {1: 3}, raw_text=True)
    assert headline._headline_features(context, 1)["in_body"] == 0.0
    assert context.words_after(0) >= headline.subject_words(lines[1])


def test_raw_text_kicker_and_name_shaped_titles():
    # "Corporate training" over a title twice as long is a kicker (raw text only); "Healthy
    # Eating Tips" is shaped as a name, but the text writes "healthy eating" in lower case.
    from artextract.classify import headline
    from artextract.text.lines import lines_to_blocks

    lines = ["Corporate training", "Top 10 eLearning Companies Taking the Stage in 2025", "Jane Doe", "Healthy Eating Tips",
             "Healthy eating starts with small steps, and most people need more fiber, calcium and vitamin D every day."]
    blocks = lines_to_blocks(lines)
    for raw_text in (True, False):
        context = headline._HeadlineContext(blocks, [None] * len(blocks), 4, [0, 1, 2, 3], raw_text=raw_text)
        features = [headline._headline_features(context, index) for index in range(4)]
        assert [f["kicker"] for f in features] == [float(raw_text), 0.0, 0.0, 0.0]
        assert [f["person_name"] for f in features] == [0.0, 0.0, 1.0, 0.0]


def test_a_dek_hangs_under_a_title_that_speaks_of_the_text():
    # Under a title sharing a word with the text, the longer sentence-case line is its dek;
    # under "Skip to the article" (no word of the text) it is no dek, and may be the title.
    from artextract.classify import headline
    from artextract.text.lines import lines_to_blocks

    # Under the head's date line, a sentence is the dek of the title above.
    text = "The choice of a web framework shapes every project, and this post compares three of them in depth."
    for above, expected in (("Notes On Web Framework Choices", 1.0), ("Skip To The Article", 0.0), ("March 20, 2023 | Programming", 1.0)):
        blocks = lines_to_blocks([above, "Choosing a web framework for a new project in 2025", text])
        context = headline._HeadlineContext(blocks, [None] * len(blocks), 2, [0, 1])
        assert headline._headline_features(context, 1)["dek_itself"] == expected


def test_a_title_under_a_kicker_of_two_words_is_no_dek_by_its_case():
    # Two longer words cannot show Title Case: in German a kicker of nouns is all capitals,
    # and the title under it, in sentence case, is no dek for that. A sentence still is one.
    from artextract.classify import headline
    from artextract.text.lines import lines_to_blocks

    text = "Grüner Wasserstoff gilt als Schlüssel der Energiewende, doch seine Herstellung ist noch teuer und selten."
    for below, expected in (("Das Potenzial von grünem Wasserstoff für die Industrie", 0.0),
                            ("Wasserstoff ist teuer. Das kann sich bald ändern.", 1.0)):
        blocks = lines_to_blocks(["Grüner Wasserstoff", below, text])
        context = headline._HeadlineContext(blocks, [None] * len(blocks), 2, [0, 1])
        assert headline._headline_features(context, 1)["dek_itself"] == expected


def test_a_numbered_figure_line_in_raw_text_is_a_caption():
    # A browser's copy of an article with diagrams: "Figure N. ..." under each picture.
    text = "\n\n".join(["Batching requests on the GPU", PARAGRAPH, "Figure 1. Request-based batching versus token-based batching.",
                        PARAGRAPH + " More.", PARAGRAPH + " Again."])
    article = extract(text, input_type="text")
    assert [caption.text for caption in article.captions] == ["Figure 1. Request-based batching versus token-based batching."]
    assert "Figure 1." not in article.body


def test_a_name_alone_is_the_byline_only_where_a_byline_stands():
    # Under the headline a name alone is the byline, and a second one right after it a
    # co-author; title-cased option and card names further down are not names of authors.
    options = [f"Stone Grey Option {n}" for n in range(1, 9)]
    text = (
        "Council Votes To Widen The Main Road\nJane Doe\nJohn Smith\nMarch 5, 2024\n"
        + "\n".join(options) + "\nMore Options\nSilver Birch\n" + "\n".join([PARAGRAPH] * 3)
    )
    article = extract(text.encode(), input_type="text")
    assert article.authors == ["Jane Doe", "John Smith"]


def test_a_line_opens_with_a_label_only_when_a_value_follows_it():
    from artextract.classify.lines import opens_with_label

    labels = {"by", "written by"}.__contains__
    assert opens_with_label("written by jane doe".split(), labels, 2)
    assert not opens_with_label("written by".split(), labels, 2)  # the label alone: nothing goes on
    assert not opens_with_label("bylines matter".split(), labels, 2)
    capital = lambda word: word[:1].isupper()  # noqa: E731
    assert opens_with_label("By Jane Doe".lower().split()[:1] + ["Jane"], labels, 2, capital)
    assert not opens_with_label(["by", "the", "river"], labels, 2, capital)


QUESTION = "Eines der großen Probleme ist die Luftverschmutzung. Aber woher kommt eigentlich die dicke Luft?"


def test_a_question_right_under_the_headline_is_its_dek():
    blocks = [
        Block("Woher kommt die dicke Luft?", zone=Zone.HEAD, hint=Kind.HEADLINE),
        Block(QUESTION, zone=Zone.MAIN),
        Block(PARAGRAPH, zone=Zone.MAIN),
    ]
    assert _kinds(blocks)[QUESTION] is Kind.STANDFIRST


def test_a_question_under_the_date_is_not_the_dek():
    # A Q&A page: the question under "Asked"/"Modified" lines is the page's own text, not a dek.
    blocks = [
        Block("When to use wurde versus war", zone=Zone.HEAD, hint=Kind.HEADLINE),
        Block("Modified 3 March 2024", zone=Zone.MAIN),
        Block("How does one know when to use wurde or war in sentences like the following?", zone=Zone.MAIN),
        Block(PARAGRAPH, zone=Zone.MAIN),
    ]
    assert _kinds(blocks)["How does one know when to use wurde or war in sentences like the following?"] is not Kind.STANDFIRST


def _two_name_shaped_lines():
    """A headline, two name-shaped lines under it (a heading and a name), the text's opening."""
    opening = "A healthy eating plan starts with the week ahead, and more vegetables are the easiest first step."
    return [
        Block("Family Food Guide: What To Put On The Plate", zone=Zone.HEAD, hint=Kind.HEADLINE),
        Block("Healthy Eating Tips", zone=Zone.HEAD),
        Block("Jane Doe", zone=Zone.HEAD),
        Block(opening, zone=Zone.MAIN),
        Block(PARAGRAPH, zone=Zone.MAIN),
    ]


def test_a_heading_whose_words_the_text_writes_in_lower_case_is_no_byline():
    # "Healthy Eating Tips" over a text on healthy eating is shaped as a name but is a heading;
    # a name's words are not the common words of the text ("Jane Doe" is still a name).
    kinds = [decision.kind for decision in classify(_two_name_shaped_lines())]
    assert kinds[1:3] == [Kind.BOILERPLATE, Kind.BYLINE]


def test_the_opening_is_read_once_for_all_name_shaped_lines(monkeypatch):
    # Two name-shaped lines under the headline: the text's opening is read once, not once a line.
    from artextract.classify import headline
    reads = []
    real = headline._body_vocabulary
    monkeypatch.setattr(headline, "_body_vocabulary", lambda *args: reads.append(args[2]) or real(*args))
    kinds = [decision.kind for decision in classify(_two_name_shaped_lines())]
    assert kinds[1:3] == [Kind.BOILERPLATE, Kind.BYLINE]
    assert reads == [3]


def test_a_sentence_under_the_date_set_apart_by_a_key_point_box_is_the_standfirst():
    # Headline, date, one sentence, then the key-point box: the sentence is the dek, even
    # with the date between it and the headline.
    dek = "Learn how to choose the right microphone for your budget and your goals."
    blocks = [
        Block("The Ultimate Podcast Equipment Guide", zone=Zone.HEAD, hint=Kind.HEADLINE),
        Block("March 25, 2025", zone=Zone.MAIN),
        Block(dek, zone=Zone.MAIN),
        Block("Key takeaways:", form=Form.HEADING, zone=Zone.MAIN),
        Block("Your phone is already a decent recorder for a first episode.", form=Form.LIST_ITEM, zone=Zone.MAIN),
        Block("The room matters more than the price of the microphone.", form=Form.LIST_ITEM, zone=Zone.MAIN),
        Block(PARAGRAPH, zone=Zone.MAIN),
        Block(PARAGRAPH + " Again.", zone=Zone.MAIN),
    ]
    kinds = [decision.kind for decision in classify(blocks)]
    assert kinds[2] is Kind.STANDFIRST


def test_under_the_byline_a_caption_does_not_make_the_first_paragraph_a_standfirst():
    # Headline, byline, the story's first paragraph, a photo caption: the paragraph is text.
    blocks = [
        Block("Council Votes To Widen The Main Road", zone=Zone.HEAD, hint=Kind.HEADLINE),
        Block("By Jane Doe", zone=Zone.MAIN),
        Block(PARAGRAPH, zone=Zone.MAIN),
        Block("The road at rush hour. Photo: John Smith/AP", zone=Zone.MAIN),
        Block(PARAGRAPH + " Again.", zone=Zone.MAIN),
    ]
    kinds = [decision.kind for decision in classify(blocks)]
    assert kinds[2] is Kind.BODY


def test_a_headline_under_a_notice_moves_the_start_under_it():
    # A newsletter offer or a browser warning over the headline reads as the run's first
    # paragraph; it shares hardly a word with the text under the headline, so the headline
    # stands below it and the text starts under the headline. A teaser card's blurb under its
    # own title (a listing) and a text's real opening (sharing its words) keep the start.
    from artextract.classify import headline
    from artextract.text.lines import lines_to_blocks

    rivers = [
        "Snowmelt and heavy rain arrive together in spring, so the ground is soaked and rivers rise faster than towns downstream expect them to.",
        "Engineers now model each valley's snowpack to warn towns days earlier, and several councils have moved their levees back from the banks.",
    ]
    notice = "Enter your email address to unlock an extra discount on every course you book with us this month."
    opening = "Every spring, towns along the river watch the water rise as snowmelt and heavy rain arrive together."
    card = ["Cheap Flights to Lisbon", "Cheap flights to Lisbon leave every morning from three airports, and fares drop in the autumn."]
    cases = (
        (["Home", "Courses", notice, "Close", "Why Rivers Flood in Spring", *rivers], 2, (4, 5)),
        (["Home", *card, "Why Rivers Flood in Spring", *rivers], 2, (1, 2)),
        (["Home", "Courses", opening, "Why Rivers Flood in Spring", *rivers], 2, (None, 2)),
        # The text under the candidate must be a paragraph of some length, not a line of a promotion.
        (["Home", "Courses", notice, "Why Rivers Flood in Spring", "Rivers flood in spring for three reasons, and towns can see each of them coming.", *rivers], 2, (None, 2)),
    )
    for lines, start, expected in cases:
        blocks = lines_to_blocks(lines)
        assert headline.choose_headline_and_start(blocks, start, len(blocks), 100, 10) == expected, lines[2]


def test_a_description_ending_in_a_credit_far_from_every_picture_is_text():
    # HTML only: the walk marks the blocks no picture stands near (Block.far_from_picture). A line
    # that reads as a description and a credit ("... - Soundcore P31i / R60i NC", "... © Denis
    # Meyer") is text there; a credit alone stays a caption, and so does a line near a picture.
    described = "The road at rush hour. Photo: John Smith/AP"
    blocks = [
        Block("Council Votes To Widen The Main Road", zone=Zone.HEAD, hint=Kind.HEADLINE),
        Block(PARAGRAPH, zone=Zone.MAIN),
        Block(PARAGRAPH + " Again.", zone=Zone.MAIN),
        Block(described, zone=Zone.MAIN, far_from_picture=True),
        Block("Photo: John Smith/AP", zone=Zone.MAIN, far_from_picture=True),
        Block(described, zone=Zone.MAIN),
        Block(PARAGRAPH + " Once more.", zone=Zone.MAIN),
    ]
    kinds = [decision.kind for decision in classify(blocks)]
    assert kinds[3:6] == [Kind.BODY, Kind.CAPTION, Kind.CAPTION]
