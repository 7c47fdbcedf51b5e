"""Choosing the article's run of blocks: containers, repeats and reader comments."""

from artextract import extract
from artextract.blocks import Block, Decision, Kind, Zone
from artextract.html.content import (
    article_run, block_value, fenced_value, free_value, mark_read_also_teasers, post_stamps, repeated_blocks, text_box,
    thread_replies, zone_blocks,
)
from artextract.html.parse import parse_html
from artextract.html.fence import choose_fence
from artextract.html.render import Box, RenderedBlock, render_blocks, render_page

PROSE = (
    "The council voted on Tuesday to extend the harbour wall by forty metres, a project that "
    "engineers say will protect the old town from winter storms for another fifty years."
)
QUOTE = "Great doctors and staff, they genuinely care about you and the clinic is always kept very clean."


def zones(html: str, title: str | None = None) -> dict[str, Zone]:
    root = parse_html(html)
    rendering = render_page(root)
    fence, _ = choose_fence(rendering.blocks, rendering.candidates, [block_value(item) for item in rendering.blocks])
    blocks = zone_blocks(rendering.blocks, title, fence, rendering.boxes)
    return {block.text: block.zone for block in blocks}


def test_prose_after_the_marked_article_is_outside():
    # Testimonials below an <article> are prose too, but not the article.
    page = f"""<html><body><article><h1>Sleep training</h1>{"".join(f"<p>{PROSE} Part {n}.</p>" for n in range(4))}</article>
      <section class="reviews"><p>{QUOTE}</p><p>Mallory R.</p><p>{QUOTE} Really.</p><p>Jo W.</p></section>
    </body></html>"""
    found = zones(page)
    assert found[PROSE + " Part 2."] is Zone.MAIN
    assert found[QUOTE] is Zone.OUTSIDE


def test_main_element_does_not_fence_the_content():
    # <main> is the page minus its chrome: a listing's blocks after the intro stay in.
    page = f"""<html><body><main><p>{PROSE}</p></main><div><p>{PROSE} Again and again.</p></div></body></html>"""
    assert zones(page)[PROSE + " Again and again."] is Zone.MAIN


def test_repeated_sentences_are_found_after_their_first_printing():
    rendered = [RenderedBlock(Block(text), False) for text in (QUOTE, "Short", QUOTE, "Short")]
    assert repeated_blocks(rendered) == [2]


def _run(texts_and_comments: list[tuple[str, bool]]) -> tuple[int, int, set[int]]:
    rendered = [RenderedBlock(Block(text), False, in_comments) for text, in_comments in texts_and_comments]
    values = [len(text.split()) - 5.0 for text, _ in texts_and_comments]
    return article_run(rendered, values)


def test_comments_under_an_article_are_left_out():
    start, end, left_out = _run([(PROSE, False)] * 8 + [(PROSE, True)] * 3 + [(PROSE, False)])
    assert (start, end) == (0, 12) and left_out == {8, 9, 10}


def test_comments_are_the_page_when_there_is_no_article():
    # A forum thread: a short opening post, then the replies.
    start, end, left_out = _run([("How do I get started with woodworking as a hobby at home?", False)] + [(PROSE, True)] * 5)
    assert (start, end) == (0, 6) and not left_out


def test_short_blocks_beside_the_run_in_its_element_are_kept():
    # A service page: a paragraph, then a feature list whose items are too short to pay their way alone.
    features = "".join(f"<li>Feature number {n} included</li>" for n in range(8))
    page = f"""<html><body><nav><a href="/">Home</a></nav>
      <div class="page"><p>{PROSE}</p><ul>{features}</ul></div>
      <div class="rail"><p>Other stuff</p></div></body></html>"""
    found = zones(page)
    assert found["Feature number 7 included"] is Zone.MAIN
    assert found["Other stuff"] is Zone.OUTSIDE


def test_a_link_grid_beside_the_run_is_not_taken_in():
    grid = "".join(f'<p><a href="/p{n}">Product number {n} in white oak</a></p>' for n in range(8))
    page = f"""<html><body><div class="page"><p>{PROSE}</p><p>{PROSE} Again.</p>{grid}</div></body></html>"""
    assert zones(page)["Product number 7 in white oak"] is Zone.OUTSIDE


def test_content_above_a_headline_set_mid_page_stays_in_the_run():
    # Page builders put the <h1> under the page's opening sections.
    page = f"""<html><body><div><p>{PROSE}</p><p>{PROSE} Twice.</p><h1>Our services</h1><p>{PROSE} Thrice.</p></div></body></html>"""
    assert zones(page, "Our services")[PROSE] is Zone.MAIN


def test_breadcrumbs_above_the_headline_are_cut_off():
    body = "".join(f"<p>{PROSE} Part {n}.</p>" for n in range(4))
    page = f"""<html><body><div><p>Home / News / Local</p><h1>Harbour wall</h1>{body}</div></body></html>"""
    assert zones(page, "Harbour wall")["Home / News / Local"] is not Zone.MAIN


def test_excerpts_of_a_listing_are_not_standfirsts():
    cards = "".join(f'<div class="card"><h2>Post {n}</h2><p class="excerpt">Excerpt of post {n} about the harbour.</p></div>' for n in range(4))
    rendered = render_blocks(parse_html(f"<html><body><h1>Blog</h1>{cards}</body></html>"))
    zone_blocks(rendered, "Blog")
    hints = [item.block.hint for item in rendered if item.block.text.startswith("Excerpt")]
    assert hints[0] is Kind.STANDFIRST and hints[1:] == [None, None, None]


def test_page_without_prose_keeps_the_element_holding_most_of_its_text():
    # A product grid: no paragraph pays its way, so the grid itself is the content, not the chrome around it.
    cards = "".join(
        f'<div class="card"><h3><a href="/p{n}">Framed art print number {n}</a></h3><p>${n}.99</p><p>Free shipping</p></div>'
        for n in range(20)
    )
    page = f"""<html><body><div class="top"><p>Sign in</p><p>Help</p></div>
      <div class="grid">{cards}</div><div class="bottom"><p>Copyright</p><p>Contact</p></div></body></html>"""
    found = zones(page)
    assert found["$7.99"] is Zone.MAIN
    assert found["Framed art print number 12"] is Zone.MAIN
    assert found["Copyright"] is Zone.OUTSIDE


def test_captions_of_a_page_without_prose_are_its_cards():
    # Product cards marked "caption": on a page with no prose they are the content, not figure captions.
    cards = "".join(f'<li><div class="caption"><a href="/p{n}">Laser projector model {n}</a><p>Price: ${n}99</p></div></li>' for n in range(15))
    page = f"<html><body><p>Menu</p><ul>{cards}</ul><p>Contact us</p></body></html>"
    root = parse_html(page)
    rendering = render_page(root)
    rendered, boxes = rendering.blocks, rendering.boxes
    blocks = zone_blocks(rendered, None, None, boxes)
    card = next(block for block in blocks if block.text == "Laser projector model 4")
    assert card.zone is Zone.MAIN and card.hint is not Kind.CAPTION


def test_marked_cards_side_by_side_are_not_one_long_standfirst():
    # Each card's text is marked "description"; together they are the page, not its standfirst.
    cards = "".join(f'<div class="description"><h3>Step {n}</h3><p>{PROSE} Card {n}.</p></div>' for n in range(5))
    page = f"<html><body><h1>Get started</h1>{cards}</body></html>"
    root = parse_html(page)
    rendering = render_page(root)
    rendered, boxes = rendering.blocks, rendering.boxes
    blocks = zone_blocks(rendered, "Get started", None, boxes)
    assert all(block.hint is not Kind.STANDFIRST for block in blocks)


def test_short_marked_standfirst_keeps_its_hint():
    page = f'<html><body><h1>Harbour wall</h1><p class="standfirst">The wall grows by forty metres.</p><p>{PROSE}</p></body></html>'
    root = parse_html(page)
    rendering = render_page(root)
    rendered, boxes = rendering.blocks, rendering.boxes
    blocks = zone_blocks(rendered, "Harbour wall", None, boxes)
    assert next(block for block in blocks if block.text.startswith("The wall grows")).hint is Kind.STANDFIRST


def test_hero_holding_the_headline_is_read_whatever_its_class():
    page = """<html><head><title>Harbour wall to be extended by forty metres | Coast News</title></head><body>
      <div class="site-hero__overlay"><h1>Harbour wall to be extended</h1></div>
      <article><p>The council voted on Tuesday to extend the harbour wall by forty metres, a project that
      engineers say will protect the old town from winter storms for another fifty years.</p></article>
    </body></html>"""
    assert extract(page, input_type="html").headline == "Harbour wall to be extended"


def test_linked_titles_under_a_read_also_label_are_teasers():
    # "Schon gelesen?" / "Weiterlesen:" heads links to other articles, inside the text or after
    # it; the text resumes with the first line that is not a linked title. "Read more" alone is
    # a card's button, not a label.
    page = f"""<html><body><article><h1>Harbour wall</h1><p>{PROSE}</p>
      <p>Schon gelesen?</p><p><a href="/a">Ferry timetable changes for the winter</a></p>
      <p><a href="/b">New lighthouse keeper named</a></p><p>{PROSE} Again.</p>
      <h3>Weiterlesen:</h3><p><a href="/c">Storm damage along the coast road</a></p></article></body></html>"""
    body = extract(page.encode(), input_type="html").body
    assert "Again." in body
    assert not any(title in body for title in ("Ferry timetable", "New lighthouse", "Storm damage"))
    rendered = render_blocks(parse_html(f"<html><body><p>{PROSE}</p><p>Read more</p>"
                                        f"<p><a href='/d'>Harbour plans approved</a></p></body></html>"))
    mark_read_also_teasers(rendered)
    assert rendered[-1].block.hint is not Kind.BOILERPLATE


def test_link_lines_after_the_last_paragraph_are_not_text_but_a_list_of_links_is():
    # Two lines that are nothing but a link, after the article's prose, are links out; the same
    # links as list items (a page's own list) stay.
    prose = "".join(f"<p>{PROSE} {n}.</p>" for n in range(5))
    links = '<p><a href="/pune">Hier das Einzel-Tableau in Pune</a></p><p><a href="/mtp">Hier das Einzel-Tableau in Montpellier</a></p>'
    body = extract(f"<html><body><article><h1>Ymer wins twice</h1>{prose}{links}</article></body></html>".encode(),
                   input_type="html").body
    assert "2." in body and "Tableau" not in body
    listed = '<ul><li><a href="/pune">Hier das Einzel-Tableau in Pune</a></li><li><a href="/mtp">Montpellier draw</a></li></ul>'
    body = extract(f"<html><body><article><h1>Ymer wins twice</h1>{prose}{listed}</article></body></html>".encode(),
                   input_type="html").body
    assert "Tableau in Pune" in body


def test_one_linked_title_between_paragraphs_is_a_teaser_but_title_excerpt_pairs_are_entries():
    teaser = '<p><a href="/other">Storm damage along the coast road</a></p>'
    page = f"<html><body><article><h1>Harbour wall</h1><p>{PROSE} One.</p>{teaser}<p>{PROSE} Two.</p></article></body></html>"
    body = extract(page.encode(), input_type="html").body
    assert "Two." in body and "Storm damage" not in body
    entries = "".join(f'<p><a href="/b{n}">Drawing book number {n} by an author</a></p><p>{PROSE} Book {n}.</p>'
                      for n in range(4))
    page = f"<html><body><article><h1>Books</h1><p>{PROSE}</p>{entries}</article></body></html>"
    assert "Drawing book number 2" in extract(page.encode(), input_type="html").body


def test_a_line_partly_linked_between_paragraphs_is_no_teaser():
    # The link share is asked first (a teaser is all link): a sentence with a link in it, between
    # the same paragraphs as the teaser above, keeps its hint.
    line = '<p>See <a href="/other">Storm damage along the coast road</a></p>'
    rendered = render_blocks(parse_html(f"<html><body><p>{PROSE} One.</p>{line}<p>{PROSE} Two.</p></body></html>"))
    teaser = render_blocks(parse_html(f"<html><body><p>{PROSE} One.</p>{line.replace('See ', '')}"
                                      f"<p>{PROSE} Two.</p></body></html>"))
    mark_read_also_teasers(rendered)
    mark_read_also_teasers(teaser)
    assert rendered[1].block.hint is not Kind.BOILERPLATE
    assert teaser[1].block.hint is Kind.BOILERPLATE


def test_a_label_in_any_language_over_linked_titles_between_paragraphs_is_a_teaser_box():
    # "Lue myös:" (Finnish, in no vocabulary table) over linked titles, with the text going on
    # under them: the label and the titles are another article's teasers.
    page = f"""<html><body><article><h1>Harbour wall</h1><p>{PROSE} One.</p>
      <p><strong>Lue myös:</strong></p><div><a href="/a">Ferry timetable changes for the winter</a></div>
      <p>{PROSE} Two.</p></article></body></html>"""
    body = extract(page.encode(), input_type="html").body
    assert "Two." in body and "Lue myös" not in body and "Ferry timetable" not in body
    # a label over a list of links is the article's own list
    listed = f"""<html><body><article><h1>Harbour wall</h1><p>{PROSE} One.</p><p>Sources:</p>
      <ul><li><a href="/a">Ferry timetable changes for the winter</a></li></ul><p>{PROSE} Two.</p></article></body></html>"""
    assert "Ferry timetable" in extract(listed.encode(), input_type="html").body


def test_a_short_label_and_a_linked_title_on_one_line_is_a_teaser():
    # "MIRA: <title>", "LE PUEDE INTERESAR: <title>": the link is all of the line after the label.
    teaser = '<p><b>LE PUEDE INTERESAR: <a href="/x">La ficha de Juan en el centro de Nueva York</a></b></p>'
    page = f"<html><body><article><h1>Harbour wall</h1><p>{PROSE} One.</p>{teaser}<p>{PROSE} Two.</p></article></body></html>"
    body = extract(page.encode(), input_type="html").body
    assert "Two." in body and "La ficha" not in body
    # a linked word inside a labelled sentence is text
    line = '<p>Note: the <a href="/x">harbour board</a> will publish its plans for the old town next spring.</p>'
    page = f"<html><body><article><h1>Harbour wall</h1><p>{PROSE} One.</p>{line}<p>{PROSE} Two.</p></article></body></html>"
    assert "harbour board will publish" in extract(page.encode(), input_type="html").body


def test_a_comment_form_is_not_the_text_of_a_page_without_prose():
    # A short post (three lines of dialogue) over a comment form with more words: the element
    # holding most of the page's text is the post, the form's prompts do not count.
    post = [RenderedBlock(Block(text)) for text in ('"I know I should not say this"', '- "Then don\'t"', '- "Ok."')]
    form = [RenderedBlock(Block(text), False, True) for text in (
        "Enter your details below or click an icon to log in:", "Email (address never made public)", "Name",
        "Website", "You are commenting using your WordPress.com account.")]
    boxes = [Box(0, 3), Box(3, 8), Box(0, 8)]
    assert text_box(post + form, boxes, set(), 0.5) == Box(0, 3)


def test_what_follows_the_comments_under_an_article_is_not_the_article():
    # The run reaches over the comments it leaves out to a teaser and its label under them.
    thread = "".join(f'<li class="comment"><p>{PROSE} Comment {n}.</p></li>' for n in range(3))
    page = f"""<html><body><article><h1>Harbour wall</h1>{''.join(f'<p>{PROSE} {n}.</p>' for n in range(6))}
      <section class="comments"><ol>{thread}</ol></section><h3>More home stories</h3>
      <p>How does our community live? Click through the home stories of its members.</p></article></body></html>"""
    body = extract(page.encode(), input_type="html").body
    assert "fifty years. 5." in body and "community" not in body and "Comment 1" not in body


def test_a_label_over_link_lines_ending_the_article_goes_with_them():
    # "Lue seuraavaksi:" (read next) over two linked titles, a comment button under them.
    prose = "".join(f"<p>{PROSE} {n}.</p>" for n in range(5))
    tail = ('<p><strong>Lue seuraavaksi:</strong></p><p><a href="/a">Ferry timetable changes for the winter</a></p>'
            '<p><a href="/b">New lighthouse keeper named today</a></p><p>OSALLISTU KESKUSTELUUN</p>')
    body = extract(f"<html><body><article><h1>Harbour wall</h1>{prose}{tail}</article></body></html>".encode(),
                   input_type="html").body
    assert "4." in body and "Lue seuraavaksi" not in body and "Ferry" not in body


def test_a_lead_marked_inside_the_article_under_the_pages_intro_is_text():
    # The page's intro above the article body is the standfirst; the body's own first paragraph,
    # marked "lead", is its text.
    page = f"""<html><body><h1>Harbour wall to be extended</h1>
      <div class="article-intro">The harbour wall will grow by forty metres, the council decided.</div>
      <div itemprop="articleBody"><p class="lead">{PROSE} Lead.</p><p>{PROSE} One.</p><p>{PROSE} Two.</p></div>
      </body></html>"""
    article = extract(page.encode(), input_type="html")
    assert article.standfirst == "The harbour wall will grow by forty metres, the council decided."
    assert "Lead." in article.body


def test_a_block_marked_as_an_intro_above_the_headline_leaves_the_articles_dek_its_mark():
    # A site's notice over the title (a tour banner marked "intro", outside the article) is no
    # sign of where the article's standfirst stands: the dek marked under the headline inside the
    # article is still the standfirst, not the text's first paragraph.
    page = f"""<html><body><div class="banner"><p class="intro">Start the tour: this page shows the plan as it stands.</p></div>
      <article><h1>Harbour wall to be extended</h1>
      <p class="subtitle">The wall will grow by forty metres, and the old quarter gets fifty more years, the council decided.</p>
      <p>{PROSE} One.</p><p>{PROSE} Two.</p><p>{PROSE} Three.</p></article></body></html>"""
    article = extract(page.encode(), input_type="html")
    assert article.standfirst == (
        "The wall will grow by forty metres, and the old quarter gets fifty more years, the council decided.")
    assert "Start the tour" not in article.body


def test_of_a_listings_marked_blocks_the_one_kept_is_the_dek_under_the_headline():
    # A show's name marked "description" over the title, the dek under the headline, and the
    # excerpts of the cards under the article: more marked groups than one page has, so all but
    # one are cards; the one kept is the first from the headline down, not the show's name.
    cards = "".join(f'<div class="card"><a href="/s{n}">Story {n}</a><p class="excerpt">{n}/01/2020</p></div>'
                    for n in range(3))
    page = f"""<html><body><div class="show"><p class="description">The Harbour Hour, weekdays at six</p></div>
      <article><h1>Harbour wall to be extended</h1>
      <p class="intro">The wall will grow by forty metres, and the old quarter gets fifty more years, the council decided.</p>
      <p>{PROSE} One.</p><p>{PROSE} Two.</p><p>{PROSE} Three.</p>{cards}</article></body></html>"""
    article = extract(page.encode(), input_type="html")
    assert article.standfirst == (
        "The wall will grow by forty metres, and the old quarter gets fifty more years, the council decided.")
    assert article.headline == "Harbour wall to be extended"


def test_a_labelled_credit_in_a_figure_is_no_teaser():
    figure = ('<figure><img src="/p.jpg"><figcaption>The new wall. Image: <a href="/x">Courtesy Katy Anderson/Houston '
              'Parks Board</a></figcaption></figure>')
    page = f"<html><body><article><h1>Harbour wall</h1><p>{PROSE} One.</p>{figure}<p>{PROSE} Two.</p></article></body></html>"
    rendered = render_blocks(parse_html(page))
    mark_read_also_teasers(rendered)
    assert not any(item.block.hint is Kind.BOILERPLATE for item in rendered if "Courtesy" in item.block.text)


def test_a_dek_under_the_headline_in_main_is_the_articles():
    # <main> fences nothing, but what it holds between the headline and the first paragraph
    # (an <h2> dek with no final stop) is the article's own head, not furniture above it.
    page = f"""<html><head><title>Harbour wall</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <main><h1>Harbour wall</h1><h2>The town's oldest quarter gets fifty more years behind the new stones</h2>
      <p>{PROSE}</p><p>{PROSE} Again.</p></main><footer><p>Contact us</p></footer></body></html>"""
    assert extract(page, input_type="html").body.startswith("The town's oldest quarter")


def test_a_name_over_a_last_paragraph_opening_with_it_is_the_authors_bio():
    # "Inga Buller" alone, then "Inga Buller ist ..." closing the run: the author box, in any language.
    prose = "".join(f"<p>{PROSE} {n}.</p>" for n in range(5))
    bio = ("<h4>Inga Buller</h4><p>Inga Buller ist Head of Social &amp; Community bei CHIP und testet gerne neue "
           "Haushalts-Gadgets wie Staubsaugerroboter oder smarte Thermometer.</p>")
    body = extract(f"<html><body><article><h1>Harbour wall</h1>{prose}{bio}</article></body></html>".encode(),
                   input_type="html").body
    assert "4." in body and "Inga Buller" not in body


def test_a_box_with_a_portrait_and_a_name_over_a_bio_closing_the_run_is_the_authors_box():
    # A picture, a name alone, a role, a bio that does not open with the name (first person).
    prose = "".join(f"<p>{PROSE} {n}.</p>" for n in range(5))
    bio = ('<div class="x1"><img src="/me.jpg" alt=""><h4>Josh Fechter</h4><p>Founder and CEO</p>'
           "<p>I have hired hundreds of people over the years and now I teach others how to run a fair hiring "
           "process from the first interview to the last day.</p></div>")
    body = extract(f"<html><body><article><h1>Harbour wall</h1>{prose}{bio}</article></body></html>".encode(),
                   input_type="html").body
    assert "4." in body and "hired hundreds" not in body and "Josh Fechter" not in body


def test_a_box_without_a_portrait_or_a_persons_name_or_in_a_row_is_kept():
    # No picture: the article's own closing section. A name in capitals: a show's or a brand's box.
    # The last of a row of same-shaped boxes: testimonials, which the page shows as its content.
    prose = "".join(f"<p>{PROSE} {n}.</p>" for n in range(5))
    tail = ("<p>We have hired hundreds of people over the years and the council now runs a fair hiring "
            "process from the first interview to the last day.</p>")
    boxes = {  # each box, and the words its last paragraph ends with
        "no picture": (f'<div class="x1"><h4>Josh Fechter</h4>{tail}</div>', "last day."),
        "capitals": (f'<div class="x1"><img src="/a.jpg" alt=""><h4>SPACE CAPITAL PODCAST</h4>{tail}</div>', "last day."),
        "row": ("".join(f'<div class="col-3"><img src="/a.jpg" alt=""><h4>Megan {name}</h4>{tail[:-4]} {name}.</p></div>'
                        for name in ("Pillsbury", "Brown", "Okafor")), "last day. Okafor."),
    }
    for case, (box, last) in boxes.items():
        body = extract(f"<html><body><article><h1>Harbour wall</h1>{prose}<div>{box}</div></article></body></html>".encode(),
                       input_type="html").body
        assert body.endswith(last), case


def test_a_band_after_the_band_holding_the_article_ends_the_run():
    # A page built of <section> bands (a page builder): the article in one, a "Work With Us" pitch
    # in the next, whatever its words; no class names needed.
    prose = "".join(f"<p>{PROSE} {n}.</p>" for n in range(5))
    pitch = ("<section><h2>Work With Us</h2><p>Whether you are ready to sell your home or in the market to buy, "
             "we understand how exciting and stressful this time can be for you.</p></section>")
    page = f"<html><body><section><h1>Harbour wall</h1>{prose}</section>{pitch}</body></html>"
    body = extract(page.encode(), input_type="html").body
    assert "4." in body and "Work With Us" not in body and "ready to sell" not in body


def test_sections_nested_in_a_section_are_the_documents_own():
    # Sphinx writes a document's subsections as <section>s inside its <section>: the last one,
    # short beside the rest, is still the text.
    prose = "".join(f"<p>{PROSE} {n}.</p>" for n in range(6))
    page = (f"<html><body><section><h1>Middleware</h1><section><h2>Activating middleware</h2>{prose}</section>"
            "<section><h2>Middleware ordering</h2><p>Here are some hints about the ordering of the classes, "
            "which matters when one of them reads what another one writes.</p></section></section></body></html>")
    body = extract(page.encode(), input_type="html").body
    assert body.rstrip().endswith("another one writes.")


def test_a_section_opening_with_its_heading_is_text_unless_it_closes_the_article():
    # "Jekyll" / "Jekyll is ..." with more of the article after it is the article's own section.
    prose = "".join(f"<p>{PROSE} {n}.</p>" for n in range(5))
    section = ("<h3>Jekyll</h3><p>Jekyll is one of the most mature static site generators around and has been "
               "a great tool for many years of blogging.</p>")
    body = extract(f"<html><body><article><h1>Site generators</h1>{section}{prose}</article></body></html>".encode(),
                   input_type="html").body
    assert "Jekyll is one of" in body


def test_teaser_excerpts_closing_the_run_are_other_posts_cards():
    # A card after the article: a linked title over an excerpt closed by a read-on link, or cut
    # off with WordPress's bracketed ellipsis, and its button under it.
    prose = "".join(f"<p>{PROSE} {n}.</p>" for n in range(5))
    cards = ('<h3><a href="/a">Heavy rain floods the lower harbour road again</a></h3>'
             '<p>The road was closed for six hours on Monday. <a href="/a">Weiterlesen</a></p>'
             '<h3><a href="/b">Ferry timetable changes for the winter season</a></h3>'
             '<p>From November the first ferry leaves at seven, the company says, and the last […]</p>'
             '<h3><a href="/b">READ THE REST</a></h3>')
    body = extract(f"<html><body><article><h1>Harbour wall</h1>{prose}{cards}</article></body></html>".encode(),
                   input_type="html").body
    assert "4." in body
    assert "six hours" not in body and "first ferry" not in body and "READ THE REST" not in body


def test_an_ellipsis_inside_the_text_or_a_link_in_its_last_paragraph_stays():
    prose = "".join(f"<p>{PROSE} {n}.</p>" for n in range(5))
    last = '<p>The full report is on <a href="/r">the council website</a>, with the plans [...] and costs.</p>'
    body = extract(f"<html><body><article><h1>Harbour wall</h1>{prose}{last}</article></body></html>".encode(),
                   input_type="html").body
    assert "the council website" in body


def _lead_figure_page(between: str = "", below: str = "") -> str:
    return f"""<html><body><div class="hero"><img src="/a.jpg" alt="">
      <div class="hero-caption">The harbour wall at low tide on Monday.</div></div>{between}
      <h1>Harbour wall to grow by forty metres</h1>
      <article>{below}{"".join(f"<p>{PROSE} Part {n}.</p>" for n in range(4))}</article></body></html>"""


def test_the_lead_figure_above_the_headline_is_the_articles():
    # Page builders put the hero picture over the <h1>, outside the article's element.
    assert zones(_lead_figure_page())["The harbour wall at low tide on Monday."] is Zone.HEAD
    captions = extract(_lead_figure_page(), input_type="html").captions
    assert [caption.text for caption in captions] == ["The harbour wall at low tide on Monday."]
    # A kicker between the figure and the headline does not part them.
    assert zones(_lead_figure_page('<span class="kicker">Harbour</span>'))["The harbour wall at low tide on Monday."] is Zone.HEAD


def test_a_figure_far_above_the_headline_or_printed_again_below_stays_out():
    far = "".join(f"<p>Section {n}</p>" for n in range(3))
    assert zones(_lead_figure_page(far))["The harbour wall at low tide on Monday."] is Zone.OUTSIDE
    # The page's copy of the picture under the headline (a mobile layout) is the one read.
    copy = '<figure><img src="/a.jpg" alt=""><figcaption>The harbour wall at low tide on Monday.</figcaption></figure>'
    root = parse_html(_lead_figure_page(below=copy))
    rendering = render_page(root)
    fence, _ = choose_fence(rendering.blocks, rendering.candidates, [block_value(item) for item in rendering.blocks])
    blocks = zone_blocks(rendering.blocks, None, fence, rendering.boxes)
    printed = [block.zone for block in blocks if block.text == "The harbour wall at low tide on Monday."]
    assert printed == [Zone.OUTSIDE, Zone.MAIN]
    captions = extract(_lead_figure_page(below=copy), input_type="html").captions
    assert [caption.text for caption in captions] == ["The harbour wall at low tide on Monday."]


def test_a_thread_holds_its_replies_in_what_its_markup_calls_comments():
    # A forum thread: the opening post, then the replies, which make most of the page's text.
    post = [RenderedBlock(Block(PROSE), False)]
    replies = [RenderedBlock(Block(QUOTE), False, True) for _ in range(3)]
    assert thread_replies(post + replies, says_thread=True)
    assert not thread_replies(post + replies, says_thread=False)  # an article's long comment section


def test_notes_under_a_questions_answers_are_comments_still():
    # A Q&A page: the question and its answers, a short note under each answer.
    answers = [RenderedBlock(Block(PROSE), False) for _ in range(3)]
    notes = [RenderedBlock(Block("Thanks, that fixed it."), False, True) for _ in range(3)]
    assert not thread_replies(answers + notes, says_thread=True)


def test_a_reply_quoting_an_earlier_post_keeps_the_reply_and_leaves_out_the_quote():
    # A forum thread (stands for XenForo's "X said:" quote boxes): the first post, then replies
    # that quote it before answering. The quote is printed where it was posted; each reply is text.
    first = [f"{PROSE} Question part {n}." for n in range(3)]
    quote = "".join(f"<div>{text}</div>" for text in first)
    replies = [f"Reply {n}: I would rather say it the other way round, since the course is for the staff of rental desks."
               for n in range(3)]
    posts = "".join(f'<div class="post"><blockquote><div>member said:</div><div>{quote}</div></blockquote>'
                    f"<div>{reply}</div></div>" for reply in replies)
    page = f"""<html><body><h1>Car rental or car rent?</h1><div class="post">{"".join(f"<p>{t}</p>" for t in first)}</div>
      {posts}</body></html>"""
    body = extract(page, input_type="html").body
    assert body.count(first[1]) == 1
    assert all(reply in body for reply in replies)


def _stamped(kind: Kind, text: str, zone: Zone = Zone.MAIN) -> Decision:
    return Decision(Block(text, zone=zone), kind, "test")


# A phpBB thread as the classifier leaves it: each post's stamp line read as a byline, the posts as text.
THREAD = [
    _stamped(Kind.BYLINE, "by quarry » Tue Aug 27, 2019 1:47 am", Zone.HEAD),
    _stamped(Kind.BODY, PROSE),
    _stamped(Kind.BYLINE, "by Minoa » Tue Aug 27, 2019 5:58 am"),
    _stamped(Kind.BODY, PROSE),
    _stamped(Kind.BYLINE, "by Outer Isles » Tue Aug 27, 2019 10:02 pm"),
    _stamped(Kind.BODY, PROSE),
    _stamped(Kind.DATE, "Wed Aug 28, 2019 8:15 am"),
    _stamped(Kind.BODY, PROSE),
]


def test_a_threads_post_stamps_are_read_as_its_text():
    read = post_stamps(THREAD, thread=True)
    assert [decision.kind for decision in read[2::2]] == [Kind.BODY] * 3
    assert read[0].kind is Kind.BYLINE  # the head's byline stays the byline


def test_post_stamps_need_a_page_that_says_it_is_a_thread():
    assert post_stamps(THREAD, thread=False) == THREAD


def test_fewer_stamps_than_a_threads_are_an_articles_byline_and_date():
    article = THREAD[:5]  # two stamps in the run: a byline and an update line, say
    assert post_stamps(article, thread=True) == article


def test_a_long_or_undated_byline_is_no_post_stamp():
    undated = [_stamped(Kind.BYLINE, "by Minoa, moderator"), _stamped(Kind.BODY, PROSE)] * 3
    assert post_stamps(undated, thread=True) == undated


def test_a_closing_paragraph_opening_with_the_declared_authors_name_is_the_bio():
    # An op-ed's contributor note under the text, in parentheses or not, over a tags line
    # (wcxb-dev fit nextgov.com, pastore.net): the page's meta names its author.
    prose = "".join(f"<p>{PROSE} {n}.</p>" for n in range(5))
    for note in ("Chris Radich is the public sector CTO at UiPath, where he advises government executives on automation.",
                 "(Chris Radich is an associate attorney admitted in Connecticut, who advises private companies.)"):
        page = (f'<html><head><meta name="author" content="Chris Radich"></head><body><article><h1>Harbour wall</h1>'
                f"{prose}<p>{note}</p><p>Tags: Harbour, Council</p></article></body></html>")
        body = extract(page.encode(), input_type="html").body
        assert "4." in body and "Chris Radich" not in body


def test_a_closing_paragraph_naming_no_declared_author_is_kept():
    # Another person's name opens the last paragraph (the article's subject), or the page declares
    # no author: the text's own ending.
    prose = "".join(f"<p>{PROSE} {n}.</p>" for n in range(5))
    last = "Maria Lopez is the harbour master, and she says the new wall will be finished before the winter storms."
    for meta in ('<meta name="author" content="Chris Radich">', ""):
        page = f"<html><head>{meta}</head><body><article><h1>Harbour wall</h1>{prose}<p>{last}</p></article></body></html>"
        assert extract(page.encode(), input_type="html").body.endswith("winter storms.")


def test_a_blocks_furniture_verdict_is_the_furniture_patterns_asked_once_a_text():
    # The free and the fenced value ask the same text: the second ask is answered from the page's
    # memo of signals.boilerplate_reason.
    from artextract import signals

    line = "Share this article on Facebook"
    item = RenderedBlock(Block(line), False)
    before = signals.boilerplate_reason.cache_info()
    assert fenced_value(item, free_value(item), False) == free_value(item) < 0
    assert signals.boilerplate_reason.cache_info().hits > before.hits
