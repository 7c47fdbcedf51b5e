"""Dom.signed_blocks: an article signed by a block of its own ("Written by Jane Doe"), away from
its headline and without a byline class, as author cards at an article's end do."""

from __future__ import annotations

import lxml.html

from artextract.html.metadata import read_metadata
from artextract.html.metadata.dom import Dom

PROSE = "<p>" + "A sentence of the article's own prose, long enough to be read as one. " * 6 + "</p>"


def signed(body: str) -> list[str]:
    return Dom(lxml.html.fromstring(f"<html><body><h1>A headline</h1>{PROSE}{body}</body></html>")).signed_blocks()


def test_a_label_alone_signs_with_the_next_block() -> None:
    # An author card: the label in one box, the name in the box after it.
    assert signed("<div><div>Written by</div><div>Jane Doe</div><div>Jane writes about gardens.</div></div>") == [
        "Jane Doe"
    ]
    assert signed("<h2>Article by</h2><p>Jane Doe</p>") == ["Jane Doe"]


def test_a_block_that_opens_with_the_label_signs_itself() -> None:
    assert signed("<p>Written by <a href='/team/jane'>Jane Doe</a></p>") == ["Jane Doe"]
    assert signed("<h3>Written by Jane Doe</h3><p>Jane is a finance writer.</p>") == ["Jane Doe"]


def test_several_signatures_are_a_listing_and_sign_nothing() -> None:
    cards = "".join(f"<div><h3>Story {i}</h3><p>Written by {name}</p></div>" for i, name in enumerate(["Jane Doe", "John Roe"]))
    assert signed(cards) == []


def test_the_same_signature_twice_still_signs() -> None:
    assert signed("<p>Author: Jane Doe</p><div><div>Written by</div><div>Jane Doe</div></div>") == ["Jane Doe"]


def test_a_sentence_that_opens_with_by_is_no_signature() -> None:
    assert signed("<p>By submitting, you agree to the terms.</p>") == []


def test_a_bare_preposition_away_from_the_headline_signs_nothing() -> None:
    # "By" also opens a quote's attribution or a testimonial: it does not say it labels a writer.
    assert signed("<blockquote><p>Great service, will come again.</p><p>By Joe Bloggs</p></blockquote>") == []


def test_signatures_in_comments_are_left_out() -> None:
    assert signed("<div class='comments'><div class='comment'><p>Written by Joe Bloggs</p></div></div>") == []


def test_a_signed_block_outranks_the_site_declared_as_author() -> None:
    page = f"""<html><head><meta property="og:site_name" content="Acme">
    <script type="application/ld+json">{{"@type": "Article", "headline": "A headline",
    "author": {{"@type": "Organization", "name": "Acme"}}}}</script></head>
    <body><h1>A headline</h1>{PROSE}<section><h2>Written by</h2><h3>Jane Doe</h3></section></body></html>"""
    assert read_metadata(lxml.html.fromstring(page)).authors == ["Jane Doe"]


# Forum threads (hand-written after XenForo and phpBB markup): the thread's date is its first post's.
def _thread(first_post: str, reply: str) -> Dom:
    page = f"<html><body><h1>Which camera?</h1><article>{first_post}</article><article>{reply}</article></body></html>"
    tree = lxml.html.fromstring(page)
    return Dom(tree, tree.find(".//h1"))


def test_a_reply_items_marked_date_is_not_the_threads() -> None:
    # Each reply is a schema.org Comment with its own datePublished; the first post is unmarked.
    dom = _thread(
        "<time datetime='2024-01-10T12:47:16-0500'>Jan 10, 2024</time><p>Is a camera a status symbol?</p>",
        "<div itemscope itemtype='https://schema.org/Comment'><a itemprop='url' href='/post-2'>"
        "<time itemprop='datePublished' datetime='2024-01-11T19:11:34-0500'>Jan 11, 2024</time></a>"
        "<p>No.</p></div>",
    )
    assert dom.time_elements() == "2024-01-10T12:47:16-05:00"
    assert dom.microdata()[1] is None


def test_a_marked_date_outside_reply_items_still_wins() -> None:
    dom = _thread("<time datetime='2024-01-09'>Jan 9</time>",
                  "<div itemscope itemtype='https://schema.org/DiscussionForumPosting'>"
                  "<time itemprop='datePublished' datetime='2024-01-10'>Jan 10</time></div>")
    assert dom.time_elements() == "2024-01-10"


def test_a_member_boxs_join_date_is_not_the_threads() -> None:
    # phpBB prints the poster's profile (with the join date) before the post's own date line.
    profile = "<dl class='postprofile'><dt>Jane</dt><dd><strong>Joined:</strong> Dec 11, 2021</dd></dl>"
    dom = _thread(f"{profile}<p class='author'>by Jane » Tue Aug 27, 2019 1:47 am</p><p>Hello.</p>", "<p>Hi.</p>")
    assert dom.headline_date() == "2019-08-27"
    assert Dom(lxml.html.fromstring(f"<html><body>{profile.replace('dd', 'time')}</body></html>")).time_elements() is None


# A byline with no class and no label: only a link to the author's page names the writer.
def _linked(body: str) -> list[str]:
    return read_metadata(lxml.html.fromstring(f"<html><body><h1>A headline</h1>{body}{PROSE}</body></html>")).authors


def test_a_link_that_spells_its_author_page_names_the_writer() -> None:
    assert _linked("<div>Recipe by <a href='/author/pj-hamel'>PJ Hamel</a></div>") == ["PJ Hamel"]
    assert _linked("<p><a href='https://example.com/authors/jane-doe/?ref=top'>Jane Doe</a></p>") == ["Jane Doe"]


def test_an_author_page_link_that_does_not_spell_its_page_names_nobody() -> None:
    # A biography's sentence, a social profile: the link's words are not its page's name.
    assert _linked("<p><a href='/author/jane-doe'>Read more from our writers</a></p>") == []
    assert _linked("<nav><a href='/author/jane-doe'>Jane Doe</a></nav>") == []


def test_an_elementor_widget_is_no_sidebar() -> None:
    # The Elementor page builder wraps the article's own boxes in "elementor-widget-container".
    block = "<div class='elementor-widget-container'><h3>Written by Jane Doe</h3><p>Jane writes.</p></div>"
    assert signed(block) == ["Jane Doe"]
    assert signed("<div class='sidebar-widget'><h3>Written by Jane Doe</h3></div>") == []


def dom_of(under_headline: str) -> Dom:
    return Dom(lxml.html.fromstring(f"<html><body><h1>A headline</h1>{under_headline}{PROSE}</body></html>"))


def test_the_shown_writer_is_the_byline_under_the_headline() -> None:
    assert dom_of("<p>By Jane Doe</p>").shown_writer() == ["Jane Doe"]
    assert dom_of("<p><span>Written by</span> <a href='/team/jane'>Jane Doe</a></p>").shown_writer() == ["Jane Doe"]


def test_a_reviewers_editors_or_fact_checkers_line_shows_no_writer() -> None:
    assert dom_of("<p>Medically reviewed by Dr. Ann Lee</p>").shown_writer() == []
    assert dom_of("<p><span>Edited by:</span> <a href='/team/keri'>Keri Stooksbury</a></p>").shown_writer() == []
    assert dom_of("<p><span>Fact Checked by:</span> <a href='/hs'>Hilary Snow</a></p>").shown_writer() == []
    # The line still names someone: headline_byline reads it when nothing else names anyone.
    assert dom_of("<p>Medically reviewed by Dr. Ann Lee</p>").headline_byline() == ["Dr. Ann Lee"]


def test_shows_any_reads_the_shown_text_only() -> None:
    dom = Dom(lxml.html.fromstring(
        "<html><head><title>Luke Daigle</title></head><body><h1>A headline</h1>"
        "<script>var author = 'Luke Daigle';</script><p>By <b>Paul\n  Fenaroli</b>, the harbour desk</p></body></html>"))
    assert dom.shows_any(["paul fenaroli"])
    assert not dom.shows_any(["Luke Daigle"])


def test_a_comment_beside_the_headline_is_passed_over_with_its_tail_read() -> None:
    # A tree parsed with its comments kept (lxml.html.fromstring): the walk after the headline
    # starts at no comment, and the comment's tail is the byline's text.
    page = "<html><body><h1>A headline</h1><!-- byline -->By Jane Doe<p>By John Roe</p></body></html>"
    assert Dom(lxml.html.fromstring(page)).headline_byline() == ["Jane Doe"]
    assert read_metadata(lxml.html.fromstring(page)).authors == ["Jane Doe"]


def test_the_byline_and_the_date_readers_share_one_walk_around_the_headline() -> None:
    # Each reader stops at its own first line; the second reads on from where the first stopped.
    dom = dom_of("<p>By Jane Doe</p><p>Aug 27, 2019</p>")
    assert dom.shown_writer() == ["Jane Doe"]
    assert dom.headline_date() == "2019-08-27"
    assert dom.headline_byline() == ["Jane Doe"]
    # In the other order too, and with the date read above the headline (nearest first).
    page = "<html><body><p>Aug 27, 2019</p><h1>A headline</h1><p>By</p><p>Jane Doe</p></body></html>"
    dom = Dom(lxml.html.fromstring(page))
    assert dom.headline_date() == "2019-08-27"
    assert dom.headline_byline() == ["Jane Doe"]


def test_a_lone_by_at_the_last_line_read_under_the_headline_has_no_name() -> None:
    # Forty shown lines are read under the headline: a "By" that is the fortieth has no name after it.
    filler = "".join(f"<p>Line {i}</p>" for i in range(39))
    assert dom_of(f"{filler}<p>By</p><p>Jane Doe</p>").headline_byline() == []
    assert dom_of(f"{filler[:-len('<p>Line 38</p>')]}<p>By</p><p>Jane Doe</p>").headline_byline() == ["Jane Doe"]


def test_a_byline_element_crediting_another_step_is_passed_over_with_its_names() -> None:
    # A review site's byline box: the writer's card holds a long biography (no short byline of its
    # own), and the "Updated by" group beside it marks its name with the byline classes too.
    bio = "<span class='byline-bio'>By Jane Doe. " + "Jane has tested cars for many years. " * 4 + "</span>"
    tree = lxml.html.fromstring(
        "<html><body><h1>A checklist</h1>"
        f"<div class='byline-author'>{bio}</div>"
        "<span class='byline-group'>Updated by <span class='byline-name'><a href='/people/john-roe'>John Roe</a>"
        f"</span></span>{PROSE}</body></html>"
    )
    assert Dom(tree).byline_elements() == []
    tree = lxml.html.fromstring(
        "<html><body><h1>A recipe</h1><div class='byline'>Fact-checked by John Roe</div>"
        f"<div class='byline'>Jane Doe</div>{PROSE}</body></html>"
    )
    assert Dom(tree).byline_elements() == ["Jane Doe"]


# A forum thread's head and posts: each poster's handle in a byline-classed element, the starter's first.
def test_a_byline_element_holding_a_login_names_it_before_the_replies_posters() -> None:
    thread = ("<p>Discussion started by <a class='username author'>pelex</a>, May 26, 2025.</p>"
              "<ol><li><span class='author-end'>pelex ,</span></li><li><span class='author-end'>CDB ,</span></li></ol>")
    assert dom_of(thread).byline_elements() == ["pelex"]
    assert dom_of("<div class='byline'>Posted by msmash on Friday January 12, 2024</div>").byline_elements() == [
        "msmash"
    ]


def test_a_login_is_kept_only_while_no_other_source_names_a_person() -> None:
    def authors(under_headline: str) -> list[str]:
        html = f"<html><body><h1>A headline</h1>{under_headline}{PROSE}</body></html>"
        return read_metadata(lxml.html.fromstring(html)).authors

    assert authors("<span class='author'>scvalex</span>") == ["scvalex"]
    assert authors("<p>By Jane Doe</p><span class='author'>jdoe</span>") == ["Jane Doe"]


# A blog's line under its headline: the label and the poster's login in small letters, the line's
# whole element ("<p>by ibby</p>"), a name the cleaning of written names passes over.
def test_a_byline_line_naming_a_lone_login_names_it_when_no_line_names_a_person() -> None:
    assert dom_of("<p><time>12/19 2025</time></p><p>by   ibby </p>").headline_byline() == ["ibby"]
    # A line that names a person wins over an earlier login line.
    assert dom_of("<p>by ibby</p><p>By Jane Doe</p>").headline_byline() == ["Jane Doe"]
    # A sentence's tail that opens with "by" is no byline, nor a line of more words, nor a comment's.
    assert dom_of("<p>Our firewall stops attacks <a href='/waf'>at the edge</a> by detecting them.</p>"
                  ).headline_byline() == []
    assert dom_of("<p><a href='/x'>Rated</a> by detecting</p>").headline_byline() == []
    assert dom_of("<p>by ibby and friends</p>").headline_byline() == []
    assert dom_of("<div class='comments'><p>by ibby</p></div>").headline_byline() == []
    # The login is a weak author: a declared person stands.
    tree = lxml.html.fromstring("<html><head><meta name='author' content='Jane Doe'></head><body>"
                                f"<h1>A headline</h1><p>by ibby</p>{PROSE}</body></html>")
    assert read_metadata(tree).authors == ["Jane Doe"]


def test_the_byline_label_gate_passes_every_text_the_label_patterns_match():
    # _may_open_with_label stands before BYLINE_START_RE and BYLINE_PREFIX_ONLY_RE: random texts of
    # labels in any case (the long s, the Kelvin sign, the dotted capital I, Cyrillic) and words.
    import random

    from artextract.html.metadata import dom
    from artextract.rules.metadata import BYLINE_PREFIX_ONLY_RE, BYLINE_PREFIXES, BYLINE_START_RE, COLON_BYLINE_PREFIXES

    labels = [*BYLINE_PREFIXES, *COLON_BYLINE_PREFIXES]
    pieces = [" ", "  ", "\n", ":", " : ", "-", "—", "Jane Doe", "jane", "İ", "ſ", "\u212a", "12", "Text", "Photo",
              "agraph", "ne", "(s)", "\t"]
    rng = random.Random(5)
    matched = 0
    for _ in range(8000):
        parts = [rng.choice(labels) if rng.random() < 0.5 else rng.choice(pieces) for _ in range(rng.randint(1, 5))]
        text = "".join(part.upper() if rng.random() < 0.3 else part for part in parts)
        if rng.random() < 0.3:
            text = text.replace("s", "ſ").replace("k", "\u212a")
        if BYLINE_START_RE.match(text) or BYLINE_PREFIX_ONLY_RE.match(text):
            matched += 1
            assert dom._may_open_with_label(text), text
    assert matched > 1000
    assert not dom._may_open_with_label("The harbour at dawn")
    # A word that begins like a label ("par", "di", "von") opens none.
    assert not any(dom._may_open_with_label(text) for text in ("Paragraph 12 of the page", "Different views", "Vonage"))
    assert dom._may_open_with_label("Par Jeanne Dupont") and dom._may_open_with_label("Von:")


def test_the_byline_labels_are_written_in_lower_case_for_their_gate():
    # The gate matches the labels case-sensitively in a lower-cased, folded text: every letter of
    # them must be lower case, and no other character a lower-cased text holds may match one of them
    # under IGNORECASE unless it folds to it (as tests/test_signals.py asks of the furniture prefilter).
    import re

    from artextract import vocabulary
    from artextract.rules.metadata import BYLINE_LABELS_SOURCE

    source = BYLINE_LABELS_SOURCE.translate(vocabulary.IGNORECASE_FOLDS)
    literals = {char for char in re.sub(r"\\.", "", source) if char.isalnum()}
    assert all(char == char.lower() for char in literals)
    cased = re.compile("[%s]" % re.escape("".join(sorted(literals))), re.IGNORECASE)
    for code in range(0x110000):
        for char in chr(code).lower():
            if cased.fullmatch(char):
                assert char.translate(vocabulary.IGNORECASE_FOLDS) in literals, hex(code)


# A box of labelled fields classed as the byline's ("<span class=author-date-label>Datum:</span> ..."):
# each label is an element of its own, its value beside it.
def test_a_label_element_names_nobody_and_its_value_is_read() -> None:
    block = ("<div class='article-author-date'><span class='article-author-date-label'>Datum:</span> 19.11.2021 <br>"
             "<span class='article-author-date-label'>Autor:</span> Fritz Imhof<br>"
             "<span class='article-author-date-label'>Quelle:</span> Livenet</div>")
    assert dom_of(block).byline_elements() == []
    assert dom_of(block).headline_byline() == ["Fritz Imhof"]


def test_a_second_label_after_a_label_alone_is_no_name() -> None:
    # One label for wide screens and one for narrow ones, the name in the box after both.
    card = "<div><div>Auteur :</div><div>Auteur(s) :</div><div>Jeanne Martin</div></div>"
    assert signed(card) == ["Jeanne Martin"]
    assert dom_of("<p>Author:</p><p>Authors:</p><p>Jane Doe</p>").headline_byline() == ["Jane Doe"]


# A page's last update shown in an element of its own class ("<div class=entry_update>20 Dec 2025</div>"),
# past the lines read for a date under the headline.
def test_an_updates_date_is_the_pages_date_only_when_nothing_else_dates_it() -> None:
    filler = "".join(f"<p>Line {i}</p>" for i in range(45))
    update = "<div class='entry_update'>20 Dec 2025, 11:59</div>"
    assert dom_of(filler + update).headline_date() is None
    assert dom_of(filler + update).update_date() == "2025-12-20"
    page = f"<html><head>{{}}</head><body><h1>A headline</h1>{filler}{update}{PROSE}</body></html>"
    assert read_metadata(lxml.html.fromstring(page.format(""))).published == "2025-12-20"
    declared = "<meta property='article:published_time' content='2025-11-02'>"
    assert read_metadata(lxml.html.fromstring(page.format(declared))).published == "2025-11-02"
    assert dom_of(filler + "<div class='sidebar'><div class='entry_update'>20 Dec 2025</div></div>").update_date() is None


def test_a_preposition_that_continues_a_sentence_after_an_inline_element_is_no_byline() -> None:
    # A sentence's "von"/"by" after a bold word (traf-dev fincompare.de's heading, lbv.de's paragraph):
    # the words before it in its block run on into it, so it opens no byline.
    assert dom_of("<h2>Vor- und Nachteile beim <strong>Leasing</strong> von Firmenwägen</h2>").headline_byline() == []
    assert dom_of("<p>Die <strong>Fangemeinde</strong> von Wally und Bavaria, die zuvor schrieb</p>").headline_byline() == []
    assert dom_of("<p>Rated the <a href='/x'>Best Expert</a> by Recruiter.com, recipient of the prize</p>"
                  ).headline_byline() == []


def test_a_label_after_a_label_word_a_date_or_a_separator_still_opens_a_byline() -> None:
    # The tail opens the byline when the words before it are one label word, a date or end in a separator.
    assert dom_of("<p><span>Posted</span> by Jane Doe</p>").headline_byline() == ["Jane Doe"]
    assert dom_of("<p><time>May 3, 2024</time> by Jane Doe</p>").headline_byline() == ["Jane Doe"]
    assert dom_of("<p><span>News desk |</span> By Jane Doe</p>").headline_byline() == ["Jane Doe"]
    assert dom_of("<p><span>Updated daily</span> <b>By</b> Jane Doe</p>").headline_byline() == ["Jane Doe"]
    # A line break or a block before the label ends the words before it: they are another line's.
    assert dom_of("<p>The harbour desk reports<br><b>Staff</b> by Jane Doe</p>").headline_byline() == ["Jane Doe"]
    assert dom_of("<div><p>The harbour desk reports</p><span>Text</span> by Jane Doe</div>").headline_byline() == [
        "Jane Doe"]


def test_a_pictures_credit_is_no_byline() -> None:
    # A lead image's caption credits its photographer, marked as a creator and with a byline class
    # ("img-author"); the article's byline under the headline names the agency that wrote it.
    figure = ("<figure><img src='a.jpg'><figcaption><span class='img-caption'>A plant.</span>"
              "<span class='img-author'><span itemprop='creator'>Mike Blake/Reuters files</span></span>"
              "</figcaption></figure>")
    tree = lxml.html.fromstring(
        f"<html><body><h1>A headline</h1>{figure}<div class='byline'>Reuters</div>{PROSE}</body></html>")
    assert Dom(tree).microdata()[0] == []
    assert Dom(tree).byline_elements() == ["Reuters"]
    # The credit's class alone, outside any figure, says the same.
    tree = lxml.html.fromstring(
        f"<html><body><h1>A headline</h1><div><img src='a.jpg'><span class='img-author'>Jane Doe</span></div>"
        f"{PROSE}</body></html>")
    assert Dom(tree).byline_elements() == []


def test_a_drawings_labels_are_no_byline() -> None:
    # A syntax diagram drawn in SVG under the headline: its boxes' labels are no line of the page.
    diagram = "<svg><text>ORDER</text><text>BY</text><text>LIMIT</text></svg>"
    tree = lxml.html.fromstring(f"<html><body><h1>A headline</h1>{diagram}{PROSE}</body></html>")
    assert Dom(tree).headline_byline() == []


def test_a_login_in_accented_small_letters_is_a_login_too() -> None:
    # JSON-LD declares a desk's city, written in small letters, beside the publisher as the authors:
    # the login is weak, and the organisation declared with it is read first.
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A headline", "author": '
          '["medellín", {"@type": "Organization", "name": "Casa Editorial"}]}</script>')
    html = f"<html><head>{ld}</head><body><h1>A headline</h1>{PROSE}</body></html>"
    assert read_metadata(lxml.html.fromstring(html)).authors == ["Casa Editorial"]
    # A name with an accented capital is no login.
    html = html.replace("medellín", "Élodie")
    assert read_metadata(lxml.html.fromstring(html)).authors == ["Élodie"]
