"""The assembler: decisions in, one Article out."""

import pytest

from artextract.article import Caption, Source
from artextract.assemble import PageFacts, assemble
from artextract.blocks import Block, Decision, Kind, Zone

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."


def _article(*decisions: Decision):
    return assemble(list(decisions), Source("html", None))


def test_credit_standing_alone_is_a_caption_without_description():
    article = _article(
        Decision(Block("Photo: Jane Doe/AFP"), Kind.CAPTION, "test"),
        Decision(Block(PARAGRAPH), Kind.BODY, "test"),
    )
    assert article.captions == [Caption("", "Jane Doe/AFP")]


def test_credit_line_under_a_caption_joins_it():
    article = _article(
        Decision(Block("Cyclists on the new lane."), Kind.CAPTION, "test"),
        Decision(Block("Photo: Jane Doe/AFP"), Kind.CAPTION, "test"),
        Decision(Block(PARAGRAPH), Kind.BODY, "test"),
    )
    assert article.captions == [Caption("Cyclists on the new lane.", "Jane Doe/AFP")]


def test_caption_records_how_many_body_parts_stand_before_it():
    article = _article(
        Decision(Block(PARAGRAPH), Kind.BODY, "test"),
        Decision(Block("Cyclists on the new lane."), Kind.CAPTION, "test"),
        Decision(Block(PARAGRAPH + " Again."), Kind.BODY, "test"),
    )
    assert [caption.at for caption in article.captions] == [1]


def test_lead_image_falls_back_to_the_page_image():
    facts = PageFacts(image="https://example.com/og.jpg", description="Summary.", tags=["a"])
    article = assemble([Decision(Block(PARAGRAPH), Kind.BODY, "test")], Source("html", None), facts)
    assert (article.image, article.description, article.tags) == ("https://example.com/og.jpg", "Summary.", ["a"])


def test_authors_come_from_the_first_bylines_not_later_name_lines():
    # A name line below the start of the text is another story's card or a quoted person.
    article = _article(
        Decision(Block("By Jane Doe"), Kind.BYLINE, "byline"),
        Decision(Block("John Smith"), Kind.BYLINE, "a name alone under the headline"),
        Decision(Block("The council voted to widen the road."), Kind.BODY, "article text"),
        Decision(Block("By Someone Else"), Kind.BYLINE, "byline"),
    )
    assert article.authors == ["Jane Doe", "John Smith"]


def test_every_prose_standfirst_opens_the_body_and_the_first_is_the_field():
    # A dek of two paragraphs (or a lead under the byline read as one) loses neither.
    second = "It was the third vote on the plan this year, and the first one to pass."
    article = _article(
        Decision(Block("Road to be widened"), Kind.HEADLINE, "test"),
        Decision(Block(PARAGRAPH), Kind.STANDFIRST, "test"),
        Decision(Block("By Jane Doe"), Kind.BYLINE, "test"),
        Decision(Block(second), Kind.STANDFIRST, "test"),
        Decision(Block(PARAGRAPH + " Again."), Kind.BODY, "test"),
    )
    assert article.standfirst == PARAGRAPH
    assert article.body.split("\n\n")[:2] == [PARAGRAPH, second]


def test_a_later_standfirst_that_is_no_prose_stays_out_of_the_body():
    # A picture's label marked as a dek ("Logo of the committee (archive)") is no paragraph.
    article = _article(
        Decision(Block(PARAGRAPH), Kind.STANDFIRST, "test"),
        Decision(Block("Logo of the committee (archive)"), Kind.STANDFIRST, "test"),
        Decision(Block(PARAGRAPH + " Again."), Kind.BODY, "test"),
    )
    assert "Logo" not in article.body


def test_a_standfirst_printed_apart_from_the_text_is_the_field_but_opens_no_body():
    # A short phrase of the head between the headline and the byline (classify._dek_over_byline).
    dek = "Old wood turned out to be the best part"
    article = _article(
        Decision(Block("How We Rebuilt Our Shed"), Kind.HEADLINE, "test"),
        Decision(Block(dek), Kind.STANDFIRST, "test", in_body=False),
        Decision(Block(PARAGRAPH), Kind.BODY, "test"),
    )
    assert article.standfirst == dek
    assert article.body == PARAGRAPH


def test_a_post_stamp_the_furniture_took_dates_the_article_when_nothing_else_does():
    # "Posted on ..." is left out of the text as a post's stamp; above the text it is the article's date.
    article = _article(
        Decision(Block("Posted on June 29, 2020"), Kind.BOILERPLATE, "boilerplate pattern"),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
        Decision(Block("Posted on July 3, 2021"), Kind.BOILERPLATE, "boilerplate pattern"),
    )
    assert article.published == "2020-06-29"


def test_a_stamp_below_the_text_or_a_date_line_wins_over_none_and_a_date_line_wins_over_a_stamp():
    below = _article(
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
        Decision(Block("Posted on July 3, 2021"), Kind.BOILERPLATE, "boilerplate pattern"),
    )
    dated = _article(
        Decision(Block("Posted on June 29, 2020"), Kind.BOILERPLATE, "boilerplate pattern"),
        Decision(Block("March 2, 2024"), Kind.DATE, "date line"),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    )
    assert (below.published, dated.published) == ("2021-07-03", "2024-03-02")


def test_a_question_stamped_under_its_text_is_dated_by_its_stamp_not_by_the_edit_nor_outside_the_region():
    # A Q&A page prints "asked <date>" under the question; the edit's stamp above it dates no article,
    # and a stamp the region left outside (a sidebar's question) is never read: only a date label
    # dates the article from there (test_a_date_label_under_the_text_dates_the_article_...).
    question = _article(
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
        Decision(Block("edited Apr 13, 2017 at 12:52"), Kind.BOILERPLATE, "boilerplate pattern"),
        Decision(Block("asked Mar 28, 2014 at 11:38"), Kind.BOILERPLATE, "boilerplate pattern"),
    )
    outside = _article(
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
        Decision(Block("asked Jul 3, 2021 at 09:12", zone=Zone.OUTSIDE), Kind.BOILERPLATE, "boilerplate pattern"),
    )
    assert (question.published, outside.published) == ("2014-03-28", None)


def test_a_join_or_edit_stamp_dates_no_article():
    # A member box's join date and an edit's stamp stand above the post's own date.
    article = _article(
        Decision(Block("Joined Jun 29, 2016 Messages 11"), Kind.DATE, "date line"),
        Decision(Block("edited Feb 12, 2011 at 21:50"), Kind.BOILERPLATE, "boilerplate pattern"),
        Decision(Block("asked Feb 11, 2011 at 23:49"), Kind.BOILERPLATE, "boilerplate pattern"),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    )
    assert article.published == "2011-02-11"


def test_a_threads_first_post_number_dates_the_thread_when_nothing_else_does():
    # "#1" on the first post's stamp line, or alone under (or over) the stamp's date line; the
    # thread's "last post" line above it and a later post's number date nothing.
    on_line = _article(
        Decision(Block("13 replies · last post by Hollis Aug 7, 2023"), Kind.BODY, "article text"),
        Decision(Block("#1 · Aug 5, 2023 (Edited)"), Kind.BODY, "article text"),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    )
    alone = _article(
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
        Decision(Block("Feb 14, 2026 | 9:05 pm"), Kind.BODY, "article text"),
        Decision(Block("#1"), Kind.BOILERPLATE, "furniture"),
    )
    ranked = _article(
        Decision(Block("#1 Best Seller"), Kind.BOILERPLATE, "furniture"),
        Decision(Block("#12 · Aug 9, 2023"), Kind.BODY, "article text"),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    )
    assert (on_line.published, alone.published, ranked.published) == ("2023-08-05", "2026-02-14", None)


def test_a_thread_starter_line_names_the_author_when_no_byline_does():
    # A forum thread's head ("Thread starter <member>") is furniture, but it names who wrote the thread.
    article = _article(
        Decision(Block("Thread starter khixxx"), Kind.BOILERPLATE, "forum_chrome phrase"),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
        Decision(Block("Thread starter someone"), Kind.BOILERPLATE, "forum_chrome phrase"),
    )
    smf = _article(
        Decision(Block("Started by Biology Forums, June 04, 2024, 11:23:55 AM"), Kind.BOILERPLATE, "furniture"),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    )
    assert (article.authors, smf.authors) == (["khixxx"], ["Biology Forums"])


@pytest.mark.parametrize("line, name", [
    ("Themenstarter Hans Meier", "Hans Meier"),  # de (XenForo)
    ("Begonnen von kaffeetante, 12. Mai 2021, 10:14:02", "kaffeetante"),  # de (SMF)
    ("Iniciado por Juan Pérez, 3 de mayo de 2022", "Juan Pérez"),  # es, pt
    ("Auteur de la discussion: marcel75", "marcel75"),  # fr
    ("Autore discussione gianni_b", "gianni_b"),  # it
    ("Topicstarter pietje", "pietje"),  # nl
    ("Autor wątku kowal", "kowal"),  # pl
])
def test_a_thread_starter_is_read_in_the_forums_language(line, name):
    article = _article(
        Decision(Block(line), Kind.BOILERPLATE, "furniture"),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    )
    assert article.authors == [name]


@pytest.mark.parametrize("stamp", [
    "Mitglied seit 29. Juni 2016", "Zuletzt bearbeitet: 12. Februar 2011",  # de
    "Inscrit le 29 juin 2016", "Modifié le 12 février 2011",  # fr
    "Miembro desde 29 de junio de 2016", "Iscritto dal 29 giugno 2016", "Lid sinds 29 juni 2016",
    "Membro desde 29 de junho de 2016", "Dołączył 29 czerwca 2016",
])
def test_a_join_or_edit_stamp_in_any_language_dates_no_article(stamp):
    article = _article(
        Decision(Block(stamp), Kind.DATE, "date line"),
        Decision(Block("March 2, 2024"), Kind.DATE, "date line"),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    )
    assert article.published == "2024-03-02"


@pytest.mark.parametrize("label, joined", [
    ("Joined", "Jun 29, 2016"), ("Mitglied seit:", "29. Juni 2016"), ("Inscrit le", "29 juin 2016"),
    ("Miembro desde", "29 de junio de 2016"),
])
def test_a_join_date_under_its_label_alone_dates_no_article(label, joined):
    # A member card printed one field a line: the date under "Joined" is the member's, and the
    # thread's start date further down is the article's.
    article = _article(
        Decision(Block("dalejack"), Kind.BOILERPLATE, "card"),
        Decision(Block(label), Kind.BOILERPLATE, "forum_chrome phrase"),
        Decision(Block(joined), Kind.DATE, "date line"),
        Decision(Block("Start date Jul 18, 2024"), Kind.BOILERPLATE, "furniture"),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    )
    assert article.published == "2024-07-18"


def test_a_date_label_under_the_text_dates_the_article_when_nothing_else_does():
    # A blog's footer line past the region's end, the label on the date's line or alone over it;
    # an unlabelled date there (a related post's) dates nothing.
    def page(*tail: str):
        return _article(Decision(Block("Notes on a quiet week"), Kind.HEADLINE, "headline"),
                        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
                        *(Decision(Block(line, zone=Zone.OUTSIDE), Kind.BOILERPLATE, "outside the article region")
                          for line in tail))

    assert page("Published on 2021-01-18T19:55").published == "2021-01-18"
    assert page("Veröffentlicht", "18. Januar 2021").published == "2021-01-18"
    assert page("Next post", "January 18, 2021").published is None


@pytest.mark.parametrize("line, name", [
    ("Discussion in 'Hosting Advice' started by pelex, May 26, 2025.", "pelex"),  # XenForo 1, en
    ("Discussion dans ‘Aide’ initié par marcel75, 3 mai 2021.", "marcel75"),  # fr
])
def test_a_thread_head_naming_its_forum_names_the_starter_wherever_the_region_puts_it(line, name):
    # A XenForo 1 thread's head names the forum in quotes before the starter: read as the text's
    # first line, it still names the thread's author (and outranks a name-shaped guess under it).
    from artextract.classify import NAME_ALONE_REASON

    article = _article(
        Decision(Block("Best Minecraft Server Hosts"), Kind.HEADLINE, "headline"),
        Decision(Block(line), Kind.BODY, "article text"),
        Decision(Block("Ajay Greenhorn"), Kind.BYLINE, NAME_ALONE_REASON),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    )
    assert article.authors == [name]


def test_a_paragraph_opening_with_the_starter_label_names_no_starter():
    # Without the quoted forum before it the label in the text is prose's ("Started by my grandfather").
    article = _article(
        Decision(Block("Started by my grandfather in 1950, the shop sold seeds."), Kind.BODY, "article text"),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    )
    assert article.authors == []


def test_a_byline_wins_over_a_thread_starter_and_prose_names_no_starter():
    bylined = _article(
        Decision(Block("Thread starter khixxx"), Kind.BOILERPLATE, "forum_chrome phrase"),
        Decision(Block("By Jane Doe"), Kind.BYLINE, "byline"),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    )
    prose = _article(
        Decision(Block("started by the council in 2019 to widen the road"), Kind.BOILERPLATE, "furniture"),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    )
    assert (bylined.authors, prose.authors) == (["Jane Doe"], [])


def test_a_thread_starter_outranks_a_byline_guessed_from_a_name_shaped_line():
    # Under a thread's title its tabs read as names; "Thread starter" is a label.
    from artextract.classify import NAME_ALONE_REASON

    article = _article(
        Decision(Block("Thread starter paulb203"), Kind.BOILERPLATE, "forum_chrome phrase"),
        Decision(Block("Click For Summary"), Kind.BYLINE, NAME_ALONE_REASON),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    )
    assert article.authors == ["paulb203"]


def test_a_labelled_byline_in_the_text_names_the_author_when_nothing_above_does():
    # An author box under the article ("Written by ...") signs it; a name and a date without a
    # label is an event's or a card's line.
    signed = _article(
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
        Decision(Block("San Francisco, U.S.A.: 23-26 March 2026"), Kind.BODY, "article text"),
        Decision(Block("Written by Cassidy Horton"), Kind.BODY, "article text"),
    )
    unsigned = _article(
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
        Decision(Block("San Francisco, U.S.A.: 23-26 March 2026"), Kind.BODY, "article text"),
    )
    assert (signed.authors, unsigned.authors) == (["Cassidy Horton"], [])


def test_a_label_alone_over_a_name_in_an_author_box_past_the_region_names_the_author():
    # An author box under the article sets its label on a line of its own ("Author:" / the name),
    # often past where the region ends; one word under a label is a menu's next link, not a name.
    def box(label: str, name: str):
        return _article(
            Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
            Decision(Block(label, zone=Zone.OUTSIDE), Kind.BOILERPLATE, "furniture"),
            Decision(Block(name, zone=Zone.OUTSIDE), Kind.BOILERPLATE, "furniture"),
            Decision(Block("Related Program", zone=Zone.OUTSIDE), Kind.BOILERPLATE, "furniture"),
        )

    assert box("Author:", "Jane Q. Doe").authors == ["Jane Q. Doe"]
    assert box("Article by", "Matti Virtanen").authors == ["Matti Virtanen"]
    assert box("Autor", "Hans Müller").authors == ["Hans Müller"]
    assert box("Authors", "Themes").authors == []


@pytest.mark.parametrize(("label", "name"), [
    ("Author(s)", "John A. Alic"),  # en (WCXB fit c2es.org: the names one a line under it)
    ("Auteur(s) :", "Jeanne Morel"),  # fr (traf-dev fit mesopinions.com's label)
    ("Autor(en)", "Hans Müller"),  # de
    ("Autor(es):", "Inés Vidal"),  # es
    ("Auteur(e)s", "Claire Petit"),  # fr: the ending inside the word
])
def test_a_label_with_its_plural_ending_in_brackets_over_a_name_names_the_author(label, name):
    # "Author(s)" is the label "author" with its plural ending in brackets; normalising the line
    # strips its ")" ("author(s"), which no table holds.
    article = _article(
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
        Decision(Block(label, zone=Zone.OUTSIDE), Kind.BOILERPLATE, "furniture"),
        Decision(Block(name, zone=Zone.OUTSIDE), Kind.BOILERPLATE, "furniture"),
        Decision(Block("Download pdf", zone=Zone.OUTSIDE), Kind.BOILERPLATE, "furniture"),
    )
    assert article.authors == [name]


def test_the_pages_one_dated_labelled_byline_names_the_author_wherever_the_region_left_it():
    # A misplaced region (the run found far down the page) leaves the article's own byline outside
    # it, with its date on its line or on the line under it (WCXB fit techgearlab.com, fool.com,
    # forum.corsair.com). Two dated bylines are a listing's cards; a byline with no date by it is a
    # menu's or a card's line.
    def page(*lines: str):
        return _article(
            *(Decision(Block(text, zone=Zone.OUTSIDE), Kind.BOILERPLATE, "outside") for text in lines),
            *(Decision(Block(f"Menu item {n}", zone=Zone.OUTSIDE), Kind.BOILERPLATE, "outside") for n in range(9)),
            Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
        )

    assert page("Best Toothbrushes", "By Jane Q. Doe \u22c5 Senior Analyst \u22c5 Updated March 5, 2025").authors == [
        "Jane Q. Doe"]
    assert page("New PC Case", "By Rabbids", "March 19, 2024 in Build Hardware").authors == ["Rabbids"]
    # Only the widget's labelled segment names: the others are its date, categories and comment count.
    assert page("Ergebnisse", "von Marc Muster | 20. Mai 2007 | Ergebnisse, Berichte | 0 Kommentare").authors == [
        "Marc Muster"]
    assert page("By Jane Q. Doe, March 5, 2025", "By John Roe, March 6, 2025").authors == []
    assert page("New PC Case", "By Jane Q. Doe", "Share").authors == []


def test_the_avatars_initials_between_a_label_alone_and_the_name_are_passed_over():
    # A writer's card under the article (WCXB fit mongodb.com): "AUTHOR" / "CP" (the avatar's
    # initials) / "Chengcheng Pei" / the job. Initials of another name are a line of their own.
    def card(*lines: str):
        return _article(
            Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
            *(Decision(Block(text, zone=Zone.OUTSIDE), Kind.BOILERPLATE, "furniture") for text in lines),
        )

    assert card("AUTHOR", "CP", "Chengcheng Pei", "Staff Software Engineer").authors == ["Chengcheng Pei"]
    assert card("AUTHOR", "RB", "Chengcheng Pei", "Staff Software Engineer").authors == []


def test_a_labelled_byline_just_past_the_region_signs_the_text():
    # A sign-off under the text's last paragraph, where the region ends over it ("By Scott Kasun"
    # over "Related Topics"; a share prompt between, a label with its colon: "Posted By: Kiersten");
    # far under the text a labelled line is another story's card.
    def past(*lines: str):
        return _article(
            Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
            *(Decision(Block(text, zone=Zone.OUTSIDE), Kind.BOILERPLATE, "furniture") for text in lines),
        )

    assert past("By Jane Q. Doe", "Related Topics").authors == ["Jane Q. Doe"]
    assert past("Pin this for later!", "Posted By: Kiersten \u00b7 In: Sides, Sourdough").authors == ["Kiersten"]
    assert past("Related Topics", "Insights", "Join Today", "More stories", "By Jane Q. Doe").authors == []


def test_a_reviewers_label_over_the_writers_names_the_writer():
    # "Reviewed by" / the reviewer, then "Written by" / the writer: review and editing credit no writer.
    box = _article(
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
        *(Decision(Block(text, zone=Zone.OUTSIDE), Kind.BOILERPLATE, "furniture")
          for text in ("Medically reviewed by", "Ann Lee, MD", "Written by", "Jane Q. Doe")),
    )
    signed = _article(Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
                      Decision(Block("Reviewed by Ann Lee"), Kind.BOILERPLATE, "furniture"),
                      Decision(Block("Written by Jane Q. Doe"), Kind.BOILERPLATE, "furniture"))
    assert (box.authors, signed.authors) == (["Jane Q. Doe"], ["Jane Q. Doe"])


def _head(*lines: tuple[str, Kind, str]):
    """A headline, the given head lines under it, then the article's first paragraph."""
    return _article(
        Decision(Block("Smart Thermostats: Do They Really Save You Money?"), Kind.HEADLINE, "headline"),
        *(Decision(Block(text), kind, reason) for text, kind, reason in lines),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    )


def test_a_label_alone_over_a_name_is_the_byline_and_outranks_a_name_shaped_button():
    from artextract.classify import NAME_ALONE_REASON

    written = _head(("Start My LLC", Kind.BYLINE, NAME_ALONE_REASON), ("Written by", Kind.BOILERPLATE, "label"),
                    ("Nathan Myhrvold", Kind.BOILERPLATE, "furniture"))
    spanish = _head(("Escrito por", Kind.BOILERPLATE, "label"), ("Lucía Gómez", Kind.BOILERPLATE, "furniture"))
    assert (written.authors, spanish.authors) == (["Nathan Myhrvold"], ["Lucía Gómez"])


def test_a_label_under_the_date_line_or_over_glued_links_names_no_author():
    # Under the date, "Edited by" names the editor; a tags row runs its links together.
    edited = _head(("April 18, 2025", Kind.DATE, "date line"), ("Edited by", Kind.BOILERPLATE, "label"),
                   ("Lauren Mastbaum", Kind.BOILERPLATE, "furniture"))
    tags = _head(("By", Kind.BOILERPLATE, "label"), ("Wedding ChecklistsJust Engaged", Kind.BOILERPLATE, "furniture"))
    assert (edited.authors, tags.authors) == ([], [])


def test_a_short_name_line_over_the_date_line_is_the_byline():
    one_word = _head(("Mazi", Kind.BOILERPLATE, "furniture"), ("December 19, 2025", Kind.DATE, "date line"))
    with_post = _head(("Audrey Huang, Print Managing Editor", Kind.BOILERPLATE, "furniture"),
                      ("May 31, 2024", Kind.DATE, "date line"))
    printed_twice = _head(("AquaCare", Kind.BOILERPLATE, "furniture"), ("AquaCare", Kind.BOILERPLATE, "furniture"),
                          ("Aug 08, 2006", Kind.DATE, "date line"))
    assert (one_word.authors, with_post.authors, printed_twice.authors) == (["Mazi"], ["Audrey Huang"], ["AquaCare"])


def test_the_headline_printed_again_over_the_date_line_is_no_byline():
    # A magazine's issue page prints its title twice, the second time over the date line
    # ("Gitarre & Bass 02/2022" read "Gitarre"; traf-dev fit gitarrebass.de), whatever its case.
    again = _article(
        Decision(Block("Gitarre & Bass 02/2022"), Kind.HEADLINE, "headline"),
        Decision(Block("GITARRE & BASS 02/2022"), Kind.BOILERPLATE, "furniture"),
        Decision(Block("24. Januar 2022"), Kind.DATE, "date line"),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    )
    assert again.authors == []


def test_the_name_on_a_post_meta_line_that_files_the_post_outranks_a_name_alone():
    from artextract.classify import NAME_ALONE_REASON

    # A theme's "NAME in SECTION" over the date, under a heading the line shape took for a name.
    over_date = _head(("Jane Porter in seo", Kind.BOILERPLATE, "furniture"), ("Dec 10", Kind.DATE, "date line"),
                      ("Cautionary Tale", Kind.BYLINE, NAME_ALONE_REASON))
    on_date = _head(("Dec 26, 2025 • Mahua Das in Project Management", Kind.DATE, "date line"),)
    french = _head(("12 mars 2025 · Claire Dubois dans Actualités", Kind.DATE, "date line"),)
    assert (over_date.authors, on_date.authors, french.authors) == (["Jane Porter"], ["Mahua Das"], ["Claire Dubois"])


def test_a_heading_that_reads_name_in_section_away_from_the_date_names_no_author():
    # "Recent Trends in Photography" has the shape, but no date line is under it or in it.
    heading = _head(("Recent Trends in Photography", Kind.BOILERPLATE, "furniture"),
                    ("Share", Kind.BOILERPLATE, "furniture"))
    dated_section = _head(("October 29, 2025 in General topics", Kind.DATE, "date line"),)
    assert (heading.authors, dated_section.authors) == ([], [])


def test_a_name_line_not_over_a_date_or_under_a_name_byline_is_no_author():
    from artextract.classify import NAME_ALONE_REASON

    no_date = _head(("Mazi", Kind.BOILERPLATE, "furniture"), ("Ai Tools", Kind.BOILERPLATE, "furniture"))
    post = _head(("Jack Shepherd", Kind.BYLINE, NAME_ALONE_REASON), ("Marketing Director", Kind.BOILERPLATE, "furniture"),
                 ("Updated on 23 Oct 2025", Kind.DATE, "date line"))
    assert (no_date.authors, post.authors) == ([], ["Jack Shepherd"])


def test_a_name_alone_among_labels_is_the_byline_only_with_a_date_or_a_meta_line_by_it_or_a_dated_page():
    from artextract.classify import NAME_ALONE_REASON

    # Under a shop's or a service page's headline its menu and facet labels read as names.
    over_date = _head(("Selin Romano", Kind.BYLINE, NAME_ALONE_REASON), ("Web Design", Kind.BOILERPLATE, "furniture"),
                      ("Nov 20, 2025", Kind.DATE, "date line"))
    over_read_time = _head(("Brian Becker", Kind.BYLINE, NAME_ALONE_REASON), ("7 min read", Kind.BOILERPLATE, "furniture"))
    menu = _head(("Size Guide", Kind.BYLINE, NAME_ALONE_REASON), ("Shipping", Kind.BOILERPLATE, "furniture"),
                 ("Returns", Kind.BOILERPLATE, "furniture"))
    # A date further off (here over the headline's kicker and a share bar) still dates the page.
    far = ("Share", Kind.BOILERPLATE, "furniture")
    dated_page = _article(
        Decision(Block("March 3, 2025"), Kind.DATE, "date line"),
        Decision(Block("Smart Thermostats: Do They Really Save You Money?"), Kind.HEADLINE, "headline"),
        *(Decision(Block(text), kind, reason) for text, kind, reason in (far, far, far, far)),
        Decision(Block("Dana Whitfield"), Kind.BYLINE, NAME_ALONE_REASON),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    )
    # Between the dek and the first paragraph, with no label beside it, a name is the byline.
    under_dek = _head(("The town's plan to widen the road passed on its third vote this year.", Kind.STANDFIRST, "dek"),
                      ("Dana Whitfield", Kind.BYLINE, NAME_ALONE_REASON))
    assert (over_date.authors, over_read_time.authors, menu.authors, dated_page.authors, under_dek.authors) == (
        ["Selin Romano"], ["Brian Becker"], [], ["Dana Whitfield"], ["Dana Whitfield"])


def test_a_job_title_under_a_name_is_no_second_author():
    from artextract.classify import NAME_ALONE_REASON

    # "Content Editor" under the writer's name: the byline's cleaning cuts the job and would keep "Content".
    stamp = _head(("Dana Whitfield", Kind.BYLINE, NAME_ALONE_REASON), ("Content Editor", Kind.BYLINE, NAME_ALONE_REASON),
                  ("Nov 20, 2025", Kind.DATE, "date line"))
    assert stamp.authors == ["Dana Whitfield"]


def test_a_relative_date_by_a_name_alone_is_an_articles_sign_in_any_language():
    from artextract.classify import NAME_ALONE_REASON

    # A German magazine's stamp: the writer over "Publiziert vor einer Stunde", the section's label above.
    german = _head(("Stefanie Lorenz", Kind.BYLINE, NAME_ALONE_REASON), ("Radsport", Kind.BOILERPLATE, "furniture"),
                   ("• Publiziert vor einer Stunde", Kind.BOILERPLATE, "furniture"))
    spanish = _head(("Lucía Ferrer", Kind.BYLINE, NAME_ALONE_REASON), ("Economía", Kind.BOILERPLATE, "furniture"),
                    ("hace 9 horas", Kind.BOILERPLATE, "furniture"))
    menu = _head(("Unsere Joghurts", Kind.BYLINE, NAME_ALONE_REASON), ("Rezepte", Kind.BOILERPLATE, "furniture"),
                 ("Kontakt", Kind.BOILERPLATE, "furniture"))
    assert (german.authors, spanish.authors, menu.authors) == (["Stefanie Lorenz"], ["Lucía Ferrer"], [])
    assert german.published is None


def test_a_date_glued_to_a_count_under_the_headline_dates_the_article_when_nothing_else_does():
    glued = _head(("Feature", Kind.BOILERPLATE, "furniture"), ("Mar 27, 20255 mins", Kind.BOILERPLATE, "furniture"))
    dated = _head(("May 2, 2024", Kind.DATE, "date line"), ("Mar 27, 20255 mins", Kind.BOILERPLATE, "furniture"))
    assert (glued.published, dated.published) == ("2025-03-27", "2024-05-02")


def test_a_label_over_a_name_left_outside_the_region_under_the_headline_is_still_the_byline():
    from artextract.blocks import Zone

    def outside(text: str) -> Decision:
        block = Block(text)
        block.zone = Zone.OUTSIDE
        return Decision(block, Kind.BOILERPLATE, "outside the article region")

    article = _article(
        Decision(Block("The 5 Best Gooseneck Kettles"), Kind.HEADLINE, "headline"),
        outside("By"), outside("Jesse Porter"),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    )
    assert article.authors == ["Jesse Porter"]


def test_a_byline_label_under_the_headline_over_a_desk_or_a_handle_names_it_as_written():
    # The name reader refuses "News Desk" and a lower-case handle; the label says they are the author.
    def head(*lines: str):
        return _article(
            Decision(Block("Council widens the road"), Kind.HEADLINE, "headline"),
            *(Decision(Block(line), Kind.BOILERPLATE, "furniture") for line in lines),
            Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
        ).authors

    assert head("by News Desk") == ["News Desk"]
    assert head("by ibby | Apr 21, 2025") == ["ibby"]
    assert head("Posted by DT in Tagebuch") == ["DT"]  # the section the post is filed in cut off
    assert head("Authors of this article:") == []  # a label's own line: the names follow it
    assert head("Share", "Print", "Save", "by News Desk") == []  # too far under the headline


def test_a_dated_line_straight_under_the_headline_dates_the_article_whatever_its_kind():
    # A post's meta line read as the text's first line, or as furniture for its other words.
    as_text = _head(("Discussion in 'Help' started by pelex, May 26, 2025.", Kind.BODY, "article text"))
    as_furniture = _head(("Published: Mar 8, 2024 · This post may contain affiliate links", Kind.BOILERPLATE,
                          "site notice phrase"))
    assert (as_text.published, as_furniture.published) == ("2025-05-26", "2024-03-08")


def test_a_dated_line_lower_down_a_long_line_or_a_year_not_written_dates_no_article():
    lower = _head(("Share", Kind.BOILERPLATE, "furniture"),
                  ("Discussion in 'Help' started by pelex, May 26, 2025.", Kind.BODY, "article text"))
    long_line = _head(("On May 26, 2025 the council met. " + PARAGRAPH, Kind.BODY, "article text"))
    # "13. 3.84" reads as a dotted date of 2084: its year is not written.
    unwritten_year = _head(("Replace a 12.41 Wh battery for iPhone 13. 3.84 Volts (V).", Kind.BODY, "text"))
    assert [a.published for a in (lower, long_line, unwritten_year)] == [None, None, None]


def test_a_post_header_under_the_thread_title_names_its_handle_over_a_name_shaped_guess():
    from artextract.classify import NAME_ALONE_REASON

    article = _head(("ChatGPT Bugs", Kind.BYLINE, NAME_ALONE_REASON),
                    ("dalejack September 5, 2024, 11:15pm 1", Kind.DATE, "date line"))
    assert (article.authors, article.published) == (["dalejack"], "2024-09-05")


def test_the_first_of_a_threads_post_headers_dated_by_age_names_its_starter():
    # A board's thread: each post's header is the member's handle, the post's age and its number.
    def thread(*headers: str):
        lines = []
        for header in headers:
            lines += [(header, Kind.BODY, "article text"), (PARAGRAPH, Kind.BODY, "article text")]
        return _head(*lines)

    assert thread("Need2KnowLion 2 years ago#1", "Mr-McMonkeyDog 2 years ago#2").authors == ["Need2KnowLion"]
    # One handle over every card is one writer's teasers, no thread's members.
    assert thread("Alan Woinski | 2 weeks ago", "Alan Woinski | 3 weeks ago").authors == []
    # A first header whose words read as no handle names no one: the next is a reply's.
    assert thread("via scvalex 1 year ago | caches | 12 comments", "jamesw 1 year ago",
                  "kkiri 1 year ago").authors == []
    # A listing's teaser cards: a category and an age over each card's title, no post's prose under it.
    cards = _head(("Allgemein vor 7 Tagen", Kind.BODY, "article text"),
                  ("Die Börse schließt im Plus", Kind.BODY, "article text"),
                  ("Aktien vor 5 Tagen", Kind.BODY, "article text"),
                  ("Gold steigt weiter", Kind.BODY, "article text"))
    assert cards.authors == []


def test_a_word_of_the_title_before_a_day_and_a_time_is_no_posters_handle():
    # A page dating its section or its place ("medellín", a word of its title) over the text.
    article = _head(("smart 04 de mayo 2022, 12:00 a. m.", Kind.DATE, "date line"))
    assert article.authors == []


def test_the_first_member_card_names_the_threads_starter_over_a_name_shaped_guess():
    from artextract.classify import NAME_ALONE_REASON

    # A forum's card: the handle over the member's post count (or, run onto one line, before it).
    def thread(*card: str):
        return _head(("Server Help", Kind.BYLINE, NAME_ALONE_REASON),
                     *((line, Kind.BOILERPLATE, "furniture") for line in card))

    assert thread("sam.k", "Posts: 138", "Joined: 4. Jul 2012").authors == ["sam.k"]
    assert thread("sam.k Posts: 2 Joined: Sun Dec 17, 2023 11:18 am").authors == ["sam.k"]
    assert thread("Lena Vogt", "Senior Member", "Beiträge: 1.204").authors == ["Lena Vogt"]


@pytest.mark.parametrize("line", ["user5105user5105", "user5105 user5105"])
def test_a_card_line_saying_the_handle_twice_names_it_once(line):
    # The avatar's alternative text and the name's link, run together in a raw copy of a Q&A page.
    article = _head(("asked Feb 6, 2014 at 20:37", Kind.BOILERPLATE, "stamp"), (line, Kind.BODY, "card"),
                    ("3,92699 gold badges2727 silver badges4646 bronze badges", Kind.BOILERPLATE, "card"))
    assert article.authors == ["user5105"]


def test_a_member_title_set_where_the_later_cards_set_theirs_is_passed_over_for_the_handle():
    # The later cards open under the post before them, so they show where a card sets its handle:
    # two lines over the figures, the member's title between. The first card under the thread's
    # title is read the same way, its title ("regular", a plain word) no handle.
    def post(name: str, title: str, count: str, text: str):
        return ((name, Kind.BOILERPLATE, "card"), (title, Kind.BOILERPLATE, "card"),
                (count, Kind.BOILERPLATE, "card"), (text, Kind.BODY, "post"))

    article = _head(*post("Hollis Crane", "regular", "Posts: 812", "We finished the shed at last."),
                    *post("Mara Bell", "newcomer", "Posts: 14", "Thank you for the write-up."),
                    *post("Owen Pike", "moderator", "Posts: 5,290", "Good call on the lighting."))
    assert article.authors == ["Hollis Crane"]


def test_a_short_reply_line_or_a_button_over_a_later_card_is_no_card_line():
    # A reply's last line ends a sentence ("Tests underway.") and "Top" is a button: the later cards
    # set the handle right over the figures, so the first card's handle is not the forum's name above.
    def post(*lines: str):
        return tuple((line, Kind.BOILERPLATE, "card") for line in lines)

    article = _head(*post("Server Help", "galit", "Posts: 138", "A new release is out, with a changelog."),
                    *post("Tests underway.", "ehasis", "Posts: 4", "Same here, since the update."),
                    *post("Works now.", "multi", "Posts: 1725", "Thanks for the hint."),
                    *post("Top", "simple07", "Posts: 190"))
    assert article.authors == ["galit"]


def test_a_qa_sites_card_under_an_edit_stamp_is_the_editors_and_the_askers_comes_next():
    article = _head(("edited Feb 12, 2011 at 21:50", Kind.BOILERPLATE, "stamp"), ("Aaron T", Kind.BOILERPLATE, "card"),
                    ("55.4k2424 gold badges197197 silver badges", Kind.BOILERPLATE, "card"),
                    ("asked Feb 11, 2011 at 23:49", Kind.BOILERPLATE, "stamp"), ("user4472", Kind.BOILERPLATE, "card"),
                    ("15911 silver badge66 bronze badges", Kind.BOILERPLATE, "card"))
    assert article.authors == ["user4472"]


def test_the_mark_a_forum_sets_after_the_starters_handle_names_the_threads_author():
    from artextract.classify import NAME_ALONE_REASON

    def thread(*lines: str):
        return _head(("Welcome to the Forum", Kind.BYLINE, NAME_ALONE_REASON),
                     *((line, Kind.BOILERPLATE, "furniture") for line in lines))

    assert thread("E", "Ejp55230 Discussion starter", "3 posts · Joined 2024").authors == ["Ejp55230"]
    assert thread("#1", "lowjhg", "Original Poster", "Join Date: Aug 2008").authors == ["lowjhg"]
    assert thread("Reply", "Threadersteller").authors == []  # the mark under a button's word: no handle


def test_a_threads_post_count_or_a_button_over_figures_names_no_member():
    # "48 posts" counts the thread's posts, over its pages' links; a button's word is no handle.
    count = _head(("Print view", Kind.BOILERPLATE, "furniture"), ("48 posts", Kind.BOILERPLATE, "furniture"))
    button = _head(("Reply", Kind.BOILERPLATE, "furniture"), ("Posts: 12", Kind.BOILERPLATE, "furniture"))
    # A menu's links to a year's news: a count's label without its colon is no member's figures.
    menu = _head(("Dienststellen", Kind.BOILERPLATE, "menu"), ("Nachrichten 2019", Kind.BOILERPLATE, "menu"))
    assert (count.authors, button.authors, menu.authors) == ([], [], [])


def test_a_handle_and_a_time_outside_a_date_line_or_a_labelled_byline_name_no_poster():
    as_text = _head(("dalejack September 5, 2024, 11:15pm 1", Kind.BOILERPLATE, "furniture"))
    bylined = _head(("By Jane Doe", Kind.BYLINE, "byline"),
                    ("dalejack September 5, 2024, 11:15pm 1", Kind.DATE, "date line"))
    assert (as_text.authors, bylined.authors) == ([], ["Jane Doe"])


def test_a_dated_line_just_over_the_headline_dates_the_article_when_nothing_under_it_does():
    def outside(text: str) -> Decision:
        block = Block(text)
        block.zone = Zone.OUTSIDE  # the region opens at the headline
        return Decision(block, Kind.BOILERPLATE, "outside the article region")

    def page(*over: str, under: str = "Council widens the road after a long debate"):
        return _article(
            *(outside(text) for text in over),
            Decision(Block("Council widens the road"), Kind.HEADLINE, "headline"),
            Decision(Block(under), Kind.BODY, "article text"),
            Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
        ).published

    assert page("Published: Jan 23, 2024", "Back to Blog") == "2024-01-23"
    assert page("UPDATED 16:47 EST / DECEMBER 19 2025", "AI") == "2025-12-19"
    assert page("Published: Jan 23, 2024", under="Posted by jane on May 2, 2024") == "2024-05-02"  # under first
    assert page("Published: Jan 23, 2024", "Back to Blog", "AI") is None  # too far over it


def test_a_name_over_a_writers_job_over_a_date_is_the_writers_card():
    def page(*lines: str):
        furniture = [Decision(Block(text), Kind.BOILERPLATE, "furniture") for text in lines]
        return _article(*furniture, Decision(Block("Council widens the road"), Kind.HEADLINE, "headline"),
                        Decision(Block(PARAGRAPH), Kind.BODY, "article text")).authors

    # The card over the headline, in English and in German; the author box's handle and date line.
    assert page("Rachel Winters", "Writer", "12/11/25") == ["Rachel Winters"]
    assert page("Jonas Keller", "Freier Autor", "Nov 20, 2025") == ["Jonas Keller"]
    assert page("Dana Whitfield", "Author", "@danaw • Jan 26, 2026 •") == ["Dana Whitfield"]
    # A button or a product over a job word, and a card with no date under it, name nobody.
    assert page("Copy Link", "Author", "Jan 26, 2026") == []
    assert page("Custom Status", "AI Writer", "API Calls") == []
    assert page("Dana Whitfield", "Senior Writer", "Email • Twitter") == []


def test_a_writers_card_the_regions_end_left_out_right_under_the_text_is_still_read():
    # The text's end cut at a share label leaves the author's card under it outside the region
    # ("Share this article" / name / "Author" / handle and date); further down the page, past the
    # sign-off's reach, a card outside the region is another story's.
    def page(*lines: str):
        outside = [Decision(Block(text, zone=Zone.OUTSIDE), Kind.BOILERPLATE, "furniture") for text in lines]
        return _article(Decision(Block(PARAGRAPH), Kind.BODY, "article text"), *outside).authors

    card = ("Dana Whitfield", "Author", "@danaw • Jan 26, 2026 •")
    assert page("Share this article", *card) == ["Dana Whitfield"]
    assert page("Share this article", "Related posts", "Newsletter", "Subscribe", *card) == []


def test_a_labelled_name_on_the_dated_line_under_the_headline_is_the_author_whatever_its_kind():
    # A theme's meta line with an affiliate notice on it, classed as a notice: its name is still the byline.
    notice = _head(("Published: Mar 8, 2024 · by Dana Whitfield · This post may contain affiliate links",
                    Kind.BOILERPLATE, "site notice"),)
    counted = _head(("May 3, 2017 By Dana Whitfield 4 Comments", Kind.DATE, "date line"),)
    # Lower down it is no longer the post's meta line.
    lower = _head(("Share", Kind.BOILERPLATE, "furniture"), ("May 3, 2017 By Dana Whitfield 4 Comments", Kind.DATE, "date line"))
    assert (notice.authors, counted.authors, lower.authors) == (["Dana Whitfield"], ["Dana Whitfield"], [])


def test_bylines_of_story_cards_over_the_headline_are_not_the_authors():
    # A "you may also like" rail over the headline: each card a title, a byline and a date. The
    # article's own byline is under its headline.
    def card(title: str, byline: str) -> list[Decision]:
        return [Decision(Block(title), Kind.BOILERPLATE, "card"), Decision(Block(byline), Kind.BYLINE, "byline"),
                Decision(Block("December 19, 2025"), Kind.DATE, "date line")]

    headline = Decision(Block("A Beginner's Guide To Camera Types"), Kind.HEADLINE, "headline")
    own = Decision(Block("By Joan Walker"), Kind.BYLINE, "byline")
    cards = _article(*card("The best bridge cameras", "by Gene Harris"), *card("The best instant cameras", "by Clara Gill"),
                     headline, own, Decision(Block(PARAGRAPH), Kind.BODY, "test"))
    # One byline over the headline, beside its date, is the article's own.
    alone = _article(Decision(Block("By Joan Walker"), Kind.BYLINE, "byline"),
                     Decision(Block("December 19, 2025"), Kind.DATE, "date line"), headline,
                     Decision(Block(PARAGRAPH), Kind.BODY, "test"))
    assert (cards.authors, alone.authors) == (["Joan Walker"], ["Joan Walker"])


def test_a_login_handle_straight_over_the_date_under_the_headline_is_the_author():
    # A blog printing its writer's login as the byline: small letters and figures, over the date.
    date = ("September 8, 2025", Kind.DATE, "date line")
    handle = _head(("inikosoftseo", Kind.BOILERPLATE, "furniture"), date)
    figures = _head(("3d23d65-ddc6-4ce5", Kind.BOILERPLATE, "furniture"), date)
    # A section's word the text writes, a handle not straight over the date: no author.
    section = _head(("council", Kind.BOILERPLATE, "furniture"), date)
    apart = _head(("inikosoftseo", Kind.BOILERPLATE, "furniture"), ("Share", Kind.BOILERPLATE, "furniture"), date)
    assert (handle.authors, figures.authors) == (["inikosoftseo"], ["3d23d65-ddc6-4ce5"])
    assert (section.authors, apart.authors) == ([], [])


def test_a_raw_byline_name_is_cut_before_the_label_it_ran_on_into():
    # A theme prints the post's category after the name on the byline's line; a tag list alone is no name.
    article = _article(
        Decision(Block("Von Katharina Schmidt Kategorien: Mode"), Kind.BYLINE, "byline"),
        Decision(Block("Der Herbst bringt warme Farben in die Läden."), Kind.BODY, "article text"),
    )
    assert article.authors == ["Katharina Schmidt"]


def test_a_name_the_page_writes_as_common_words_or_as_furniture_gives_way_to_the_next_reader():
    from artextract.classify import NAME_ALONE_REASON

    # Fixtures: a section's label and a programme's name read as a byline (the page writes "im" in lower
    # case), a site's list label over the date, and a comment section's notice read as a name alone
    # under a labelled byline in the text: none names a person, so the next reader's name stands.
    prose = "Im Interview spricht er im Radio über die Preise, die im Winter steigen."
    section_label = _article(
        Decision(Block("»Abzocke wird als Klimaschutz verkauft«"), Kind.HEADLINE, "headline"),
        Decision(Block("Im Wortlaut, Deutschlandfunk, 02. November 2021"), Kind.BYLINE, "byline"),
        Decision(Block(prose), Kind.BODY, "article text"),
    )
    site_list = _head(("Neueste Beiträge", Kind.BOILERPLATE, "furniture"), ("20.02.2020", Kind.DATE, "date line"))
    notice = _article(
        Decision(Block("Skoda: Der lange Weg zum Strom"), Kind.HEADLINE, "headline"),
        Decision(Block("NOCH KEINE Kommentare"), Kind.BYLINE, NAME_ALONE_REASON),
        Decision(Block(prose), Kind.BODY, "article text"),
        Decision(Block("Von Peter Maahn"), Kind.BODY, "article text"),
    )
    assert (section_label.authors, site_list.authors, notice.authors) == (["Deutschlandfunk"], [], ["Peter Maahn"])


def test_a_label_with_its_colon_over_the_date_is_no_name():
    assert _head(("Datum:", Kind.BOILERPLATE, "furniture"), ("03.11.2021", Kind.DATE, "date line")).authors == []


def test_the_footers_copyright_holder_names_a_dated_post_no_byline_names():
    # A company's dated blog post with no byline: the footer's notice names its publisher. The
    # same footer under an undated page (a shop's, a service's) names no author.
    def page(*head: Decision) -> list[Decision]:
        return [*head, Decision(Block("How We Test Water Heaters"), Kind.HEADLINE, "headline"),
                Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
                Decision(Block("Photo © 2024 Jane Roe"), Kind.CAPTION, "credit"),
                Decision(Block("© Copyright 1998-2025 by Help Net Security"), Kind.BOILERPLATE, "outside"),
                Decision(Block("Privacy Policy"), Kind.BOILERPLATE, "outside")]

    dated = assemble(page(Decision(Block("March 3, 2025"), Kind.DATE, "date line")), Source("text", None))
    undated = assemble(page(), Source("text", None))
    assert (dated.authors, undated.authors) == (["Help Net Security"], [])


def test_a_date_the_metadata_alone_declares_names_no_copyright_holder():
    # A shop's page whose metadata carries a date (an HTML page's published time) while its text shows
    # none: the footer's holder is the shop, no writer. A date in the text still lets the holder sign.
    def page(*head: Decision) -> list[Decision]:
        return [*head, Decision(Block("The Fire Pit Bundle"), Kind.HEADLINE, "headline"),
                Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
                Decision(Block("© 2025 Solo Flame. All rights reserved."), Kind.BOILERPLATE, "outside")]

    facts = PageFacts(published="2024-05-01")
    metadata_only = assemble(page(), Source("html", None), facts)
    shown = assemble(page(Decision(Block("March 3, 2025"), Kind.DATE, "date line")), Source("html", None),
                     PageFacts(published="2024-05-01"))
    assert (metadata_only.authors, shown.authors) == ([], ["Solo Flame"])


def test_the_texts_date_is_read_once_and_only_when_a_reader_asks():
    # The page's date as evidence (assemble._Dating): a metadata-dated page reads its text's date
    # lazily, once; a text-dated page's evidence is the date it already has.
    from artextract.assemble import _Dating

    calls = []
    dating = _Dating("2024-05-01", lambda: calls.append(1) or None)
    assert dating.dated and calls == []
    assert (dating.shown, dating.shown, calls) == (False, False, [1])
    assert (_Dating("2025-03-03").shown, _Dating(None).shown, _Dating(None).dated) == (True, False, False)


def test_a_byline_outranks_the_copyright_holder():
    decisions = [Decision(Block("How We Test Water Heaters"), Kind.HEADLINE, "headline"),
                 Decision(Block("By Dana Whitfield | March 3, 2025"), Kind.BYLINE, "byline"),
                 Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
                 Decision(Block("© 2025 Budlong Inc. All rights reserved."), Kind.BOILERPLATE, "outside")]
    assert assemble(decisions, Source("text", None)).authors == ["Dana Whitfield"]


def _name_alone_head(block: Block):
    """The decisions of a head with one line read as a name alone under the headline, over the date."""
    from artextract.classify import NAME_ALONE_REASON

    return [
        Decision(Block("Smart Thermostats: Do They Really Save You Money?"), Kind.HEADLINE, "headline"),
        Decision(block, Kind.BYLINE, NAME_ALONE_REASON),
        Decision(Block("March 4, 2025"), Kind.DATE, "date line"),
        Decision(Block(PARAGRAPH), Kind.BODY, "article text"),
    ]


def test_a_heading_read_as_a_name_alone_names_no_author():
    # An <h2> under the headline titles a section or a box ("Quick Links", "Our Story"); the same
    # words in a plain line over the date are the byline's.
    from artextract.blocks import Form

    heading = assemble(_name_alone_head(Block("Quick Links", Form.HEADING, level=2)), Source("html", None))
    line = assemble(_name_alone_head(Block("Jane Doe")), Source("html", None))
    assert (heading.authors, line.authors) == ([], ["Jane Doe"])


def test_names_alone_byline_counts_a_heading_for_the_page_kind():
    # The page kind's "authored" evidence was fitted with such headings read as names: the assembler
    # passes the heading over as an author, and hands its verdict on the run to the page kind.
    from artextract.assemble import names_alone_byline
    from artextract.blocks import Form

    heading = assemble(_name_alone_head(Block("Quick Links", Form.HEADING, level=2)), Source("html", None),
                       PageFacts(published="2024-05-01"))
    labelled = assemble([Decision(Block("By Jane Doe"), Kind.BYLINE, "byline"), Decision(Block(PARAGRAPH), Kind.BODY, "text")],
                        Source("html", None), PageFacts(published="2024-05-01"))
    assert (heading.authors, names_alone_byline(heading)) == ([], True)
    assert (labelled.authors, names_alone_byline(labelled)) == (["Jane Doe"], False)


def test_names_alone_byline_is_false_when_the_metadata_names_the_author():
    # The text's byline is not read then: the metadata's author is the page's.
    from artextract.assemble import names_alone_byline
    from artextract.blocks import Form

    article = assemble(_name_alone_head(Block("Quick Links", Form.HEADING, level=2)), Source("html", None),
                       PageFacts(authors=["Ann Lee"], published="2024-05-01"))
    assert (article.authors, names_alone_byline(article)) == (["Ann Lee"], False)

def test_a_name_alone_under_the_tags_label_is_the_first_tag():
    # Raw text of a story's head: its tags' label alone on a line, then the tags one a line; the first
    # tag (the story's subject, a person's name) is no writer. Without the label the name signs.
    from artextract.classify import NAME_ALONE_REASON

    def page(*labels: str) -> list[Decision]:
        return [Decision(Block("County Ends Probation Referrals for Bad Grades"), Kind.HEADLINE, "headline"),
                Decision(Block("July 25, 2019"), Kind.DATE, "date line"),
                *(Decision(Block(label), Kind.BOILERPLATE, "tags phrase") for label in labels),
                Decision(Block("Ulpiano Vergara"), Kind.BYLINE, NAME_ALONE_REASON),
                Decision(Block(PARAGRAPH), Kind.BODY, "article text")]

    tagged = assemble(page("ETIQUETAS"), Source("text", None))
    signed = assemble(page(), Source("text", None))
    assert (tagged.authors, signed.authors) == ([], ["Ulpiano Vergara"])
