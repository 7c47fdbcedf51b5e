"""The run's edges from structure: teaser grids and link boxes after the article end it."""

from artextract.html.content import find_region
from artextract.html.parse import parse_html
from artextract.html.render import render_page
from artextract import extract
from artextract.blocks import Zone

SENTENCE = "The council voted on Tuesday to extend the harbour wall by forty metres after a long debate."


def zones(page: str) -> dict[str, Zone]:
    rendering = render_page(parse_html(page))
    region = find_region(rendering.blocks, None, None, rendering.boxes)
    return {block.text: block.zone for block in region.blocks}


def article(paragraphs: int = 6) -> str:
    return "".join(f"<p>{SENTENCE} Point {n} of the story follows here.</p>" for n in range(paragraphs))


def _cards(count: int) -> str:
    """A grid of other stories' cards: a linked title over a one-sentence excerpt each."""
    return "".join(
        f'<div class="card"><h3><a href="/story-{n}">Another story about the harbour number {n}</a></h3>'
        f"<p>An excerpt of that other story, long enough to read as a sentence of prose, number {n}.</p></div>"
        for n in range(count))


def test_a_grid_of_short_linked_cards_after_the_article_ends_it():
    cards = _cards(5)
    found = zones(f"<html><body><div>{article(8)}<section>{cards}</section></div></body></html>")
    assert found[f"{SENTENCE} Point 7 of the story follows here."] is Zone.MAIN
    assert found["Another story about the harbour number 2"] is not Zone.MAIN
    assert found["An excerpt of that other story, long enough to read as a sentence of prose, number 2."] is not Zone.MAIN


def _button_cards(count: int) -> str:
    """Other stories' cards whose link is their button: a section's name, an unlinked title, "Discover More"
    (a recipe site's "Also read" strip after its article)."""
    return "".join(
        f'<div class="card"><p>Coffee Hacks</p><p>Another story about the harbour number {n}</p>'
        f'<p><a href="/story-{n}">Discover More</a></p></div>'
        for n in range(count))


def test_a_grid_of_cards_closed_by_their_buttons_after_the_article_ends_it():
    found = zones(f"<html><body><div>{article(8)}<section>{_button_cards(5)}</section></div></body></html>")
    assert found[f"{SENTENCE} Point 7 of the story follows here."] is Zone.MAIN
    assert found["Another story about the harbour number 2"] is not Zone.MAIN
    assert found["Discover More"] is not Zone.MAIN


def test_lists_each_ending_in_a_link_are_no_cards():
    # The text's own lists of tools (a blog post's "home page / not in Debian / shell integration"),
    # each ending in a link, set between its paragraphs: no button closes a card there, nothing is left out.
    lists = "".join(
        f'<h3>Tool {n}</h3><ul><li><a href="/home-{n}">home page</a></li><li>not in Debian</li>'
        f'<li><a href="/more-{n}">shell integration</a></li></ul>'
        for n in range(5))
    after = "".join(f"<p>{SENTENCE} A closing point {n} about the tools follows.</p>" for n in range(2))
    found = zones(f"<html><body><div>{article(14)}{lists}{after}</div></body></html>")
    assert found["not in Debian"] is Zone.MAIN


def test_the_heading_over_a_grid_that_ends_the_article_goes_with_it():
    cards = _cards(5)
    found = zones(f"<html><body><div>{article(8)}<h2>Weitere Geschichten</h2><section>{cards}</section></div></body></html>")
    assert found[f"{SENTENCE} Point 7 of the story follows here."] is Zone.MAIN
    assert found["Weitere Geschichten"] is not Zone.MAIN
    found = zones(f"<html><body><div>{article(8)}<p>Related reads from our blog:</p><section>{cards}</section></div></body></html>")
    assert found["Related reads from our blog:"] is not Zone.MAIN


def test_a_short_last_line_over_a_grid_is_the_articles():
    # A spec line or a last bullet above the grid is no label: only a heading or a line ending in ":".
    cards = _cards(5)
    found = zones(f"<html><body><div>{article(8)}<p>Plan to spend: $16 to $40</p><section>{cards}</section></div></body></html>")
    assert found["Plan to spend: $16 to $40"] is Zone.MAIN


def _big_grid(label: str) -> str:
    excerpt = " ".join([SENTENCE] * 3)  # a 50-word excerpt: the six cards outweigh the article
    cards = "".join(
        f'<div class="card"><h3><a href="/story-{n}">Another story about the harbour number {n}</a></h3>'
        f"<p>Staff writer, June {n + 1}</p><p>{excerpt} Number {n}.</p></div>"
        for n in range(6))
    return f"<html><body><div>{article(10)}<section><h2>{label}</h2>{cards}</section></div></body></html>"


def test_a_grid_bigger_than_the_article_ends_it_when_labelled_more_from_a_source():
    found = zones(_big_grid("More from The Harbour Courier"))
    assert found[f"{SENTENCE} Point 9 of the story follows here."] is Zone.MAIN
    assert found["Another story about the harbour number 4"] is not Zone.MAIN
    assert zones(_big_grid("Mehr vom Hafenkurier"))["Another story about the harbour number 4"] is not Zone.MAIN
    # "Latest articles" heads a blog's home page as often: that grid may be the page's content
    assert zones(_big_grid("Latest articles"))["Another story about the harbour number 4"] is Zone.MAIN


def test_a_listicle_of_long_entries_is_the_article():
    entries = "".join(
        f'<div class="entry"><h3><a href="/mover-{n}">Moving company number {n} of the list</a></h3>'
        + "".join(f"<p>{SENTENCE} Detail {m} about mover {n}.</p>" for m in range(6)) + "</div>"
        for n in range(4))
    found = zones(f"<html><body><div>{article(2)}<section>{entries}</section></div></body></html>")
    assert found["Moving company number 3 of the list"] is Zone.MAIN


def test_in_page_links_are_no_link_text():
    # An accordion's questions are <a href="#">: a FAQ, not a list of links.
    rendering = render_page(parse_html('<html><body><p><a href="#q1">What does it cost?</a></p></body></html>'))
    assert rendering.blocks[0].block.link_density == 0


def _box_in_the_text(box: str, before: int = 8) -> str:
    after = "".join(f"<p>{SENTENCE} And goes on, part {n}.</p>" for n in range(4))
    return f"<html><body><div>{article(before)}{box}<p>{SENTENCE} The story goes on after the box.</p>" \
           f"{after}</div></body></html>"


def test_a_link_box_set_into_the_text_is_left_out():
    # A "more on this topic" box between two stretches of the article's prose, in any language:
    # its lines are links and none is prose, and the prose on both sides says the text goes on.
    links = "".join(f'<li><a href="/story-{n}">Wie es mit dem Hafen weitergeht, Teil {n}</a></li>' for n in range(4))
    found = zones(_box_in_the_text(f'<div class="box"><h4>Zum Weiterlesen</h4><ul>{links}</ul></div>'))
    assert found["Wie es mit dem Hafen weitergeht, Teil 2"] is not Zone.MAIN
    assert found[f"{SENTENCE} The story goes on after the box."] is Zone.MAIN
    assert found[f"{SENTENCE} Point 0 of the story follows here."] is Zone.MAIN


def test_a_list_of_links_set_as_the_texts_own_list_stays():
    # The text's own list of links, a bare <ul> among its paragraphs ("Read more in our guides
    # below:"): no box of the site's around it, so the article's, as its truth keeps it.
    links = "".join(f'<li><a href="/guide-{n}">How to plan the harbour works, part {n}</a></li>' for n in range(4))
    found = zones(_box_in_the_text(f"<p>Read more in our guides below:</p><ul>{links}</ul>"))
    assert found["How to plan the harbour works, part 2"] is Zone.MAIN
    assert found[f"{SENTENCE} The story goes on after the box."] is Zone.MAIN


def _list_over_a_section(under: str) -> str:
    """A long article, the text's own list of links (a bare <ul> under its "Our guides:" line), and
    what stands under it: far fewer words than above, as an article's last section has."""
    links = "".join(f'<li><a href="/guide-{n}">How to plan the harbour works, part {n}</a></li>' for n in range(4))
    return f"<html><body><div>{article(24)}<p>Our guides:</p><ul>{links}</ul>{under}</div></body></html>"


def test_the_texts_own_list_of_links_with_its_prose_going_on_under_it_does_not_end_it():
    # (WCXB fit menlocoaching.com, security.org, paigebrunton.com: further reading set in the
    # text, and the article's next paragraphs or section under it.)
    section = "<h2>What the vote means</h2>" + "".join(f"<p>{SENTENCE} Next section, part {n}.</p>" for n in range(3))
    found = zones(_list_over_a_section(section))
    assert found["How to plan the harbour works, part 2"] is Zone.MAIN
    assert found[f"{SENTENCE} Next section, part 2."] is Zone.MAIN


def test_the_sites_box_round_a_list_of_links_with_prose_under_it_still_ends_the_article():
    # The same list in a box of the site's, with its label: the box is not the text's own list.
    links = "".join(f'<li><a href="/guide-{n}">How to plan the harbour works, part {n}</a></li>' for n in range(4))
    under = "".join(f"<p>{SENTENCE} Under the box, part {n}.</p>" for n in range(3))
    found = zones(f'<html><body><div>{article(24)}<div class="more"><h4>Read next</h4><ul>{links}</ul></div>'
                  f"{under}</div></body></html>")
    assert found[f"{SENTENCE} Point 23 of the story follows here."] is Zone.MAIN
    assert found["How to plan the harbour works, part 2"] is not Zone.MAIN


def test_a_list_with_prose_between_the_text_stays():
    # Items that say something (not links) are the article's own list.
    items = "".join(f"<li>{SENTENCE} Item {n}.</li>" for n in range(4))
    found = zones(_box_in_the_text(f"<ul>{items}</ul>"))
    assert found[f"{SENTENCE} Item 2."] is Zone.MAIN


def test_a_box_whose_picture_carries_a_credit_stays():
    # The article's own figure in a box of links (a product shot with "Credit: Apple" and a
    # linked name under it): a teaser's thumbnail carries no photo credit.
    def box(credit: str) -> str:
        return (f'<div class="box"><a href="/deal"><img src="a.jpg"></a><p>{credit}</p>'
                '<p><a href="/deal">A laptop at a fraction of its price</a></p>'
                '<p><a href="/deal">Now only $429.99 instead of $1,799</a></p>'
                '<p><a href="/deal">Get the deal at the shop today</a></p></div>')

    assert zones(_box_in_the_text(box("Credit: Apple")))["Credit: Apple"] is Zone.MAIN
    # The same box without the credit is a link box set into the text.
    assert zones(_box_in_the_text(box("Apple")))["Apple"] is not Zone.MAIN


def _linked_cards(titles: list[str]) -> str:
    """Cards linked whole: a heading over a sentence describing it, both inside the card's link."""
    return "".join(
        f'<li><a href="/card-{n}"><h3>{title}</h3><p>A sentence that says what this card offers you, number {n}.</p></a></li>'
        for n, title in enumerate(titles))


def test_feature_cards_set_into_a_service_page_stay():
    # A service page's feature cards: short names over a sentence each, linked to the feature's
    # page; the prose around them is the page's, and so are they.
    cards = _linked_cards(["Segmentation", "Automations", "Analytics & AI", "Email templates"])
    found = zones(_box_in_the_text(f'<ul class="grid">{cards}</ul>', before=12))
    assert found["Analytics & AI"] is Zone.MAIN
    assert found["A sentence that says what this card offers you, number 2."] is Zone.MAIN


def test_teaser_cards_with_headline_titles_set_into_the_text_are_left_out():
    # The same cards titled with other articles' headlines are a "from the blog" box.
    cards = _linked_cards([f"Why the harbour wall matters more than the council thinks, part {n}" for n in range(3)])
    found = zones(_box_in_the_text(f'<ul class="grid">{cards}</ul>', before=12))
    assert found["Why the harbour wall matters more than the council thinks, part 2"] is not Zone.MAIN
    assert found[f"{SENTENCE} The story goes on after the box."] is Zone.MAIN


def _roundup(lists: int, tail: str = "") -> str:
    """A roundup of free courses: each provider's paragraph over a list of links to its courses,
    then `tail` and a closing paragraph."""
    sections = "".join(
        f"<h2>Provider {n}</h2><p>{SENTENCE * 3} Provider {n} offers these courses for free.</p>"
        + "<ul>" + "".join(f'<li><a href="/c{n}{m}">Course {m} of provider {n}</a></li>' for m in range(5)) + "</ul>"
        for n in range(lists))
    return f"<html><body><div>{article(6)}{sections}{tail}<p>{CLOSING}</p></div></body></html>"


CLOSING = ("That is all for this year, and we will add the new courses as soon as the providers open them. "
           "Write to us when a course you took is missing from the list, or when a certificate is no longer "
           "free, and we will look at it before the next edition of this guide goes out to our readers.")


def test_a_list_shaped_as_the_articles_lists_before_it_does_not_end_the_article():
    found = zones(_roundup(6))
    assert found["Course 2 of provider 5"] is Zone.MAIN
    assert found[CLOSING] is Zone.MAIN


def test_a_box_of_another_shape_after_the_articles_lists_still_ends_it():
    # Unnamed, so that the walk reads it and only its shape tells it from the article's lists.
    related = ('<div class="box">' + "".join(
        f'<p><a href="/r{n}">Another story about the harbour number {n}</a></p>' for n in range(5)) + "</div>")
    found = zones(_roundup(4, related))
    assert found["Course 2 of provider 3"] is Zone.MAIN
    assert found["Another story about the harbour number 2"] is not Zone.MAIN


def _conclusion_under(box: str, *, before: int = 24) -> str:
    """A long article, a box set into its element, and a short conclusion under the box in the
    same element: a fifth of the words above it, as an article's last section is (WCXB fit
    ama.org: a grid of three teaser cards, then the text's last two paragraphs and a list)."""
    closing = f"<p>{SENTENCE} In closing, the council will meet again.</p><p>{SENTENCE} The last word.</p>"
    return f"<html><body><div class=\"post\">{article(before)}{box}{closing}</div></body></html>"


def test_a_grid_set_between_the_articles_paragraphs_does_not_end_it():
    found = zones(_conclusion_under(f'<ul class="cards">{_cards(3)}</ul>'))
    assert found[f"{SENTENCE} The last word."] is Zone.MAIN
    assert found[f"{SENTENCE} In closing, the council will meet again."] is Zone.MAIN


def test_a_grid_of_bare_titles_set_between_the_articles_paragraphs_is_left_out():
    # Cards of a title and a dateline, no prose of their own: inner_boxes takes them out of the text.
    cards = "".join(f'<li class="card"><h3><a href="/story-{n}">Another story about the harbour number {n}</a></h3>'
                    f"<p>Staff writer, June {n + 1}</p></li>" for n in range(3))
    found = zones(_conclusion_under(f'<ul class="cards">{cards}</ul>'))
    assert found[f"{SENTENCE} The last word."] is Zone.MAIN
    assert found["Another story about the harbour number 1"] is not Zone.MAIN


def test_the_same_grid_with_nothing_of_the_article_after_it_still_ends_it():
    found = zones(f'<html><body><div class="post">{article(24)}<ul class="cards">{_cards(3)}</ul>'
                  f"</div><p>Subscribe</p></body></html>")
    assert found[f"{SENTENCE} Point 23 of the story follows here."] is Zone.MAIN
    assert found["Another story about the harbour number 1"] is not Zone.MAIN


def test_a_grid_spread_along_the_text_is_no_piece_set_into_it():
    # Boxes of one shape each under its own paragraphs: they are not one grid standing in the
    # text, and the run still ends at them as before (WCXB fit almosttimely.substack.com).
    cards = _cards(3).split("</div>")[:3]
    spread = "".join(f"{card}</div><p>{SENTENCE} Between the boxes, part {n}.</p>" for n, card in enumerate(cards))
    found = zones(f'<html><body><div class="post">{article(40)}{spread}<p>{SENTENCE} After the boxes.</p>'
                  f"</div></body></html>")
    assert found[f"{SENTENCE} Point 39 of the story follows here."] is Zone.MAIN
    assert found[f"{SENTENCE} Between the boxes, part 2."] is not Zone.MAIN
    assert found[f"{SENTENCE} After the boxes."] is not Zone.MAIN


# Calls to action set into a marked article (html/edges.py promo_boxes).

def _pitch(n: int = 0) -> str:
    """A site's pitch box, named for a call to action: a line of offer over a button."""
    return (f'<div class="image-cta-banner"><p>Skip the research and let our planners run your event, offer {n}.</p>'
            f'<a class="button" href="/demo">Book Free Demo</a></div>')


def _page_with(pitches: str, marked: bool = True) -> str:
    container = '<div class="entry-content">' if marked else "<div>"
    return (f"<html><body><h1>Harbour wall extended</h1>{container}{article(8)}{pitches}"
            f"<p>{SENTENCE} The story goes on after the box.</p>{article(4)}</div></body></html>")


def body_of(page: str) -> str:
    return extract(page, input_type="html").body


def test_a_call_to_action_set_into_a_marked_article_is_left_out():
    body = body_of(_page_with(_pitch()))
    assert "Book Free Demo" not in body and "let our planners" not in body
    assert "The story goes on after the box." in body


def test_a_call_to_action_on_a_page_that_marks_no_article_stays():
    # A service page's sections are calls to action, and its text: without a marked article
    # nothing says the box is set into one.
    assert "let our planners" in body_of(_page_with(_pitch(), marked=False))


def test_a_call_to_action_box_holding_much_of_the_text_is_the_pages_own():
    # A landing page's closing section named "cta", as long as a fifth of its text: not a pitch set into it.
    section = "".join(f"<p>{SENTENCE} What we offer, part {n}.</p>" for n in range(4))
    body = body_of(_page_with(f'<section class="pageblock-cta">{section}<a href="/start">Start now</a></section>'))
    assert "What we offer, part 2." in body


def test_a_call_to_action_box_the_run_ends_inside_is_left_out():
    # The site's pitch closing the marked article, its sign-up button left outside the run (a
    # link alone pays no toll): the run ends inside the box, and its lines in the run are the
    # pitch all the same.
    pitch = ('<div class="article--cta"><h3>Now that you are here</h3>'
             "<p>Harbourtool shows you which councils read your reports, and when they read them again.</p>"
             "<p>If you liked this story, you will probably love Harbourtool too.</p>"
             '<p><a href="/signup">Sign up</a></p></div>')
    body = body_of(f'<html><body><h1>Harbour wall extended</h1><div class="entry-content">{article(8)}{pitch}</div>'
                   "</body></html>")
    assert f"{SENTENCE} Point 7 of the story follows here." in body
    assert "probably love Harbourtool" not in body and "which councils read your reports" not in body



def _closing_pitch(n: int = 0, names: str = "band") -> str:
    """A site's pitch under the article, its box named for nothing: a short heading, a sentence, a button."""
    return (f'<div class="{names}"><h3>Plan harbour works in half the time {n}</h3>'
            f"<p>Our planning suite keeps every permit, drawing and deadline of your harbour in one place, number {n}.</p>"
            '<div class="actions"><a class="btn-primary" href="/demo">Get a demo</a></div></div>')


def test_a_pitch_with_a_button_closing_the_article_ends_it():
    body = body_of(f"<html><body><h1>Harbour wall extended</h1><div>{article(10)}{_closing_pitch()}</div></body></html>")
    assert f"{SENTENCE} Point 9 of the story follows here." in body
    assert "Plan harbour works" not in body and "Our planning suite" not in body


def test_the_last_of_a_series_of_boxes_with_buttons_is_no_pitch():
    # Plans side by side, each a heading, a sentence and a button: the page's own offers.
    plans = "".join(_closing_pitch(n, "plan") for n in range(3))
    body = body_of(f"<html><body><h1>Harbour wall extended</h1><div>{article(10)}<div>{plans}</div></div></body></html>")
    assert "of your harbour in one place, number 2." in body


def test_a_closing_section_of_a_page_with_buttons_all_along_stays():
    # A service page: every section ends in a button, and so does its last one.
    sections = "".join(f'<section class="s{n}"><p>{SENTENCE} Point {n} of the offer.</p><p>{SENTENCE} More on it.</p>'
                       f'<a class="button" href="/p{n}">Learn more</a></section>' for n in range(6))
    body = body_of(f"<html><body><h1>Harbour works</h1><div>{sections}{_closing_pitch()}</div></body></html>")
    assert "Our planning suite" in body
