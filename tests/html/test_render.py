"""The one-walk renderer: what it skips, what it keeps, and how it splits text into blocks."""

from artextract.blocks import Form, Kind
from artextract.html.parse import parse_html
from artextract.html.render import render_blocks, render_page

PROSE = (
    "The council voted on Tuesday to extend the harbour wall by forty metres, a project that "
    "engineers say will protect the old town from winter storms for another fifty years."
)


def texts(html: str, **kwargs) -> list[str]:
    return [item.block.text for item in render_blocks(parse_html(html), **kwargs)]


def test_layout_class_naming_a_sidebar_does_not_hide_the_main_column():
    # "sidebar-first-only" is a layout modifier on the main column: the column holds
    # most of the page's text, so it is read whatever its class says.
    page = f"""<html><body>
      <section class="col-sm-9 sidebar-first-only">{"<p>" + PROSE + "</p>" * 1}<p>{PROSE}</p><p>{PROSE}</p></section>
      <aside class="sidebar"><p>Links</p></aside>
    </body></html>"""
    assert texts(page).count(PROSE) == 3


def test_small_furniture_is_still_skipped():
    page = f"""<html><body><article><p>{PROSE}</p><p>{PROSE}</p></article>
      <div class="share-bar"><p>Share this on Facebook</p></div></body></html>"""
    assert "Share this on Facebook" not in texts(page)


def test_hidden_streaming_slot_holding_the_page_is_read():
    # React streams the page into <div hidden id="S:0"> and moves it into place with a script.
    page = f"""<html><body><div hidden id="S:0"><p>{PROSE}</p><p>{PROSE}</p></div>
      <script>{"x" * 5000}</script><p>Loading</p></body></html>"""
    assert PROSE in texts(page)


def test_hidden_menu_is_skipped():
    page = f"""<html><body><div style="display:none"><p>Mobile menu entry</p></div><p>{PROSE}</p></body></html>"""
    assert texts(page) == [PROSE]


def test_unclosed_button_does_not_swallow_the_document():
    # libxml2 ignores "</button>" while a <div> inside it is open, leaving the button
    # open around everything that follows.
    page = f"""<html><body><header><button class="menu-button"><div></button></div>
      <main><p>{PROSE}</p><p>{PROSE}</p></main></header></body></html>"""
    assert PROSE in texts(page)


def test_crawler_text_in_noscript_is_read_when_it_is_the_page():
    page = f"""<html><body><noscript><p>{PROSE}</p><p>{PROSE}</p></noscript><div id="app"></div></body></html>"""
    assert PROSE in texts(page)


def test_small_noscript_note_is_skipped():
    page = f"""<html><body><noscript><p>Please enable JavaScript.</p></noscript><p>{PROSE}</p></body></html>"""
    assert texts(page) == [PROSE]


def test_byline_class_on_a_wrapper_does_not_make_every_paragraph_a_byline():
    page = f"""<html><body><article class="post author-jane-doe">
      <p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>
    </article></body></html>"""
    hints = {item.block.hint for item in render_blocks(parse_html(page))}
    assert hints == {None}


def test_small_byline_element_keeps_its_hint():
    page = f"""<html><body><p class="byline">By Jane Doe</p><p>{PROSE}</p></body></html>"""
    blocks = [item.block for item in render_blocks(parse_html(page))]
    assert blocks[0].hint is Kind.BYLINE and blocks[1].hint is None


def test_a_dek_marked_inside_a_marked_wrapper_keeps_its_mark_when_the_wrapper_loses_its():
    # A head's "intro" box around the headline, its dek ("teaser-text") and more: the box is a
    # wrapper and loses the mark; the dek marks itself and keeps it.
    page = f"""<html><body><div class="intro"><h1>Harbour wall to grow</h1>
      <div class="teaser-text">The council backs a longer wall.</div>
      <p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"""
    hints = {item.block.text: item.block.hint for item in render_blocks(parse_html(page))}
    assert hints["The council backs a longer wall."] is Kind.STANDFIRST
    assert hints[PROSE] is None and hints["Harbour wall to grow"] is Kind.HEADLINE


def test_a_marked_wrapper_without_a_marked_dek_loses_the_mark_on_all_its_blocks():
    page = f"""<html><body><div class="intro"><p>The council backs a longer wall.</p>
      <p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"""
    assert {item.block.hint for item in render_blocks(parse_html(page))} == {None}


def test_a_marked_element_opening_with_its_own_heading_is_a_section_not_the_dek():
    # A how-to's first step marked "intro" (its heading, then its paragraph): a section of the text,
    # whose paragraph loses the mark; a marked box holding its dek alone, set as a heading, keeps it.
    page = f"""<html><body><h1>How to make a shelf</h1><section class="step" id="intro">
      <h2>Introduction: How to make a shelf</h2><div>You will need a saw and a free afternoon.</div></section>
      <section class="step" id="step1"><h2>Step 1: The plan</h2><p>{PROSE}</p></section></body></html>"""
    hints = {item.block.text: item.block.hint for item in render_blocks(parse_html(page))}
    assert hints["You will need a saw and a free afternoon."] is None
    assert hints["Introduction: How to make a shelf"] is None
    page = f"""<html><body><h1>Harbour wall to grow</h1><div class="intro"><h2>The council backs a longer wall.</h2></div>
      <p>{PROSE}</p></body></html>"""
    hints = {item.block.text: item.block.hint for item in render_blocks(parse_html(page))}
    assert hints["The council backs a longer wall."] is Kind.STANDFIRST


def test_other_languages_names_for_the_dek_mark_a_standfirst():
    for name in ("article__chapo", "nota__sumario", "bajada", "field-perex", "DefaultEinleitung"):
        page = f"""<html><body><p class="{name}">Short dek of the story.</p><p>{PROSE}</p></body></html>"""
        blocks = [item.block for item in render_blocks(parse_html(page))]
        assert blocks[0].hint is Kind.STANDFIRST, name


def test_an_inline_element_with_a_display_class_stands_apart_from_the_words_around_it():
    page = """<html><body><h1>The Best Notion Alternatives<span class="block text-sm">Top Note-taking Tools</span></h1>
      <p><a class="d-block" href="/a">Start for free</a><a href="/b">Get in touch</a></p>
      <p>Weight: 15.7 oz.<span class="text-gray">(with stuff sack)</span></p></body></html>"""
    got = texts(page)
    assert got[0] == "The Best Notion Alternatives Top Note-taking Tools"
    assert got[1] == "Start for free Get in touch"
    assert got[2] == "Weight: 15.7 oz.(with stuff sack)"  # no display class: inline, as the browser shows it


def test_a_ruby_reading_is_not_read_into_the_text():
    page = """<html><body><p><ruby>東<rt>とう</rt>京<rt>きょう</rt></ruby>で<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を学ぶ。</p></body></html>"""
    assert texts(page) == ["東京で漢字を学ぶ。"]


def test_a_screen_reader_label_in_a_price_is_not_read_into_the_text():
    # A shop's price reads "$36" on screen; "Regular price" is only for screen readers (the
    # "visually-hidden" class of shop themes, Bootstrap's "sr-only"). The price stays.
    page = f"""<html><body><p>{PROSE}</p>
      <div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
      <span class="price-item">$36</span></div>
      <p class="card_price"><span class="sr-only">Sale price:</span>$19.20</p></body></html>"""
    assert texts(page) == [PROSE, "$36", "$19.20"]


def test_a_price_block_reads_the_price_its_state_shows():
    # A shop theme's price block (Shopify's Dawn) writes a regular and a sale price and the
    # "Sale" and "Sold out" badges; its stylesheet shows the sale price and the "Sale" badge only
    # when the block is on sale (then the regular price is hidden), "Sold out" only when it is.
    def card(state: str) -> str:
        return f"""<div class="price {state}"><div class="price__container">
          <div class="price__regular"><span class="price-item">$99.99</span></div>
          <div class="price__sale"><span class="price-item">$79.99</span> <s>$99.99</s></div></div>
          <span class="badge price__badge-sale">Sale</span>
          <span class="badge price__badge-sold-out">Sold out</span></div>"""
    page = f"<html><body><p>{PROSE}</p>{card('price--large')}{card('price--on-sale')}{card('price--sold-out')}</body></html>"
    assert texts(page) == [PROSE, "$99.99", "$79.99 $99.99", "Sale", "$99.99", "Sold out"]


def test_price_state_classes_outside_a_price_block_hide_nothing():
    # The state decides only inside the block that carries it: a "price__sale" part with no
    # ".price" around it (another theme's own naming) is read.
    page = f"""<html><body><p>{PROSE}</p><div class="offer"><div class="price__sale">$79.99</div></div></body></html>"""
    assert texts(page) == [PROSE, "$79.99"]


def test_a_screen_reader_label_elsewhere_is_read():
    # Outside a price such labels are often part of what the page says (a table's row labels,
    # "Number of reviews:" before a count): they stay.
    page = f"""<html><body><p>{PROSE}</p><p><span class="sr-only">Number of reviews:</span> 196</p></body></html>"""
    assert texts(page) == [PROSE, "Number of reviews: 196"]


def test_syntax_highlighting_classes_are_not_furniture():
    page = """<html><body><pre><code><span class="hljs-comment"># count the devices</span>
n=33</code></pre></body></html>"""
    assert texts(page) == ["# count the devices\nn=33"]


def test_br_splits_paragraph_lines_but_not_a_heading():
    page = """<html><body><h2>Quality Engineering<br>That Drives Results</h2><p>12 High Street<br>Lahaska</p></body></html>"""
    assert texts(page) == ["Quality Engineering That Drives Results", "12 High Street", "Lahaska"]


def test_paragraph_set_in_a_heading_tag_is_a_paragraph():
    page = f"""<html><body><h4>{PROSE}</h4><h2>Short heading</h2></body></html>"""
    forms = [item.block.form for item in render_blocks(parse_html(page))]
    assert forms == [Form.PARAGRAPH, Form.HEADING]


def test_reader_comments_are_rendered_but_flagged():
    page = f"""<html><body><p>{PROSE}</p><div class="comments"><p>Great post!</p></div></body></html>"""
    rendered = render_blocks(parse_html(page))
    assert [(item.block.text, item.in_comments) for item in rendered] == [(PROSE, False), ("Great post!", True)]


def test_inline_elements_join_as_the_browser_shows_them():
    # No space before punctuation after a link or <sup>, and none invented between inline elements.
    page = """<html><body><p>See the <a href="/s">Spreadsheet</a>. Priced per class <sup>*</sup>.</p>
      <p><span>Total</span> <b>price</b><i>less</i>
      <em>tax</em></p></body></html>"""
    assert texts(page) == ["See the Spreadsheet. Priced per class *.", "Total priceless tax"]


def test_a_skipped_box_still_separates_the_text_around_it():
    page = """<html><body><div>First line<div class="share-bar">Share</div>Second line</div>
      <h2>Opening<button>x</button>hours</h2></body></html>"""
    assert texts(page) == ["First line", "Second line", "Opening hours"]


def test_hidden_accordion_panel_is_read_but_hidden_menu_is_not():
    page = f"""<html><body><p>{PROSE}</p>
      <div class="faq-item"><h3>How long does it take?</h3><div class="accordion-body" hidden><p>About two years.</p></div></div>
      <div role="tabpanel" style="display:none"><p>Specifications tab.</p></div>
      <div class="mobile-menu" hidden><p>Home</p></div></body></html>"""
    found = texts(page)
    assert "About two years." in found and "Specifications tab." in found and "Home" not in found


def test_boxes_give_the_blocks_each_element_holds():
    page = """<html><body><div id="a"><p>One</p><div id="b"><p>Two</p><p>Three</p></div></div><p>Four</p></body></html>"""
    rendering = render_page(parse_html(page))
    blocks, boxes = rendering.blocks, rendering.boxes
    assert [item.block.text for item in blocks] == ["One", "Two", "Three", "Four"]
    assert {(box.start, box.end) for box in boxes} == {(0, 3), (1, 3)}


def test_consent_dialog_without_furniture_classes_is_skipped():
    # Dialog roles interrupt the page; a consent centre's text can outweigh a short thread.
    cookies = " ".join(f"Cookies of kind {n} help us measure how visitors use the site and cannot be switched off." for n in range(6))
    page = f"""<html><body><div role="dialog" aria-label="Privacy"><p>{cookies}</p></div>
      <div class="thread"><p>{"Does the rear connector on this case take a second fan hub? " * 8}</p></div></body></html>"""
    found = texts(page)
    assert not any(text.startswith("Cookies of kind") for text in found)
    assert any(text.startswith("Does the rear connector") for text in found)


def test_dialog_holding_most_of_the_page_is_read():
    page = f"""<html><body><div aria-modal="true"><p>{"The reader view of this article holds its whole text. " * 20}</p></div>
      <p>Footer note.</p></body></html>"""
    assert any(text.startswith("The reader view") for text in texts(page))


def test_consent_centre_outweighing_other_furniture_is_still_skipped():
    # More than FURNITURE_MAX_SHARE of the page, but a consent prompt is never the content.
    cookies = " ".join(f"Cookies of kind {n} let us and our partners personalise advertising on this site." for n in range(6))
    page = f"""<html><body><div id="consent-sdk"><p>{cookies}</p></div>
      <ul>{"".join(f"<li>Tomato sauce recipe number {n} with basil</li>" for n in range(12))}</ul></body></html>"""
    found = texts(page)
    assert not any(text.startswith("Cookies of kind") for text in found)
    assert "Tomato sauce recipe number 3 with basil" in found


def test_textarea_is_never_read_even_when_it_holds_the_whole_story():
    # "Republish this article" boxes carry the story again as escaped markup in a
    # <textarea>; being most of the page's text must not get it read.
    escaped = ("&lt;p&gt;" + PROSE + "&lt;/p&gt;") * 6
    page = f"""<html><body><article><p>{PROSE}</p></article>
      <div class="share-box"><textarea readonly>{escaped}</textarea></div></body></html>"""
    assert texts(page) == [PROSE]


def test_republication_licence_box_is_furniture():
    page = f"""<html><body><article><p>{PROSE}</p><p>{PROSE}</p>
      <section class="widget republication_tracker_tool"><p>Republish our articles for free under a licence.</p></section>
      </article></body></html>"""
    assert not any("Republish" in text for text in texts(page))


def test_small_streaming_slots_are_read_but_other_hidden_divs_are_not():
    # React streams the article in several hidden slots, each a small share of the page.
    slots = "".join(f'<div hidden id="S:{n}"><p>{PROSE} Part {n}.</p></div>' for n in range(6))
    page = f"""<html><body><div hidden id="menu"><p>Sections and more sections</p></div>{slots}
      <footer>{"<p>" + PROSE + "</p>" * 10}</footer></body></html>"""
    rendered = texts(page)
    assert all(f"Part {n}." in " ".join(rendered) for n in range(6))
    assert "Sections and more sections" not in rendered


def test_hidden_panels_that_a_button_opens_are_read():
    page = f"""<html><body><article><p>{PROSE}</p>
      <button aria-controls="step-2">2. Explore incentives</button>
      <div id="step-2" style="display:none"><p>Rebates cut the cost of a home battery by a third.</p></div>
      <h3 id="step-3-label">3. Sign the contract</h3>
      <div role="region" aria-labelledby="step-3-label" hidden><p>Read the warranty before you sign.</p></div>
      </article></body></html>"""
    rendered = texts(page)
    assert "Rebates cut the cost of a home battery by a third." in rendered
    assert "Read the warranty before you sign." in rendered


def test_page_footer_holding_a_third_of_a_short_page_is_still_skipped():
    footnotes = "<p>Trade-in values vary by condition and region; offers may end at any time.</p>" * 4
    page = f"""<html><body><main><h1>Harbour Phone 3</h1><p>{PROSE}</p><p>{PROSE}</p></main>
      <footer class="site-footer">{footnotes}</footer></body></html>"""
    assert not any("Trade-in values" in text for text in texts(page))


def test_footer_holding_the_headline_is_read():
    page = f"""<html><body><nav>Menu</nav><footer class="entry-footer"><h1>Harbour wall</h1><p>{PROSE}</p></footer></body></html>"""
    assert PROSE in texts(page)


def test_customer_reviews_are_flagged_like_comments_but_a_review_article_is_not():
    page = f"""<html><body><article class="phone-review"><p>{PROSE}</p></article>
      <section id="customer-reviews"><p>Five stars, arrived quickly.</p></section></body></html>"""
    rendered = render_blocks(parse_html(page))
    flags = {item.block.text: item.in_comments for item in rendered}
    assert flags[PROSE] is False
    assert flags["Five stars, arrived quickly."] is True


def test_hidden_faq_answers_are_read_but_a_hidden_menu_panel_is_not():
    page = f"""<html><body><article><p>{PROSE}</p>
      <h3>Do you deliver?</h3><div class="faq__answer" style="display:none"><p>Yes, across the county.</p></div>
      <div class="menu-panel" hidden><p>Shop by room</p></div></article></body></html>"""
    rendered = texts(page)
    assert "Yes, across the county." in rendered
    assert "Shop by room" not in rendered


def test_key_takeaways_wrapper_class_marks_its_items():
    page = f"""<html><body><article><div class="keytakeaways"><ul><li>Rents rose by a tenth.</li></ul></div>
      <p>{PROSE}</p></article></body></html>"""
    hints = {item.block.text: item.block.hint for item in render_blocks(parse_html(page))}
    assert hints["Rents rose by a tenth."] is Kind.KEY_POINT


def test_takeaways_box_laid_out_as_a_dropdown_nav_is_read():
    page = f"""<html><body><article><div class="highlights w-dropdown"><div>Key takeaways</div>
      <nav class="w-dropdown-list"><ul><li>Rents rose by a tenth.</li><li>Wages did not.</li></ul></nav></div>
      <p>{PROSE}</p></article></body></html>"""
    assert "Rents rose by a tenth." in texts(page)


def test_forum_signatures_are_furniture():
    page = f"""<html><body><div class="post"><div class="content"><p>{PROSE}</p></div>
      <div class="signature">Current games: Balatro, Hell Let Loose</div></div></body></html>"""
    assert not any("Current games" in text for text in texts(page))


def test_a_header_holding_a_key_point_box_is_read_and_a_plain_site_header_is_not():
    box = "<h2>Key takeaways</h2><ul><li>The wall grows by forty metres.</li><li>Work starts in spring.</li></ul>"
    page = f"""<html><body><header class="site"><a href="/">The Gazette</a><ul><li>News</li><li>Sport</li></ul></header>
      <article><header class="entry-header">{box}</header><h1>Harbour wall to be extended</h1>
      <p>{PROSE}</p><p>{PROSE}</p></article></body></html>"""
    found = texts(page)
    assert "Key takeaways" in found and "Work starts in spring." in found
    assert "Sport" not in found


def test_sidebar_beside_the_headlines_main_column_is_skipped_on_a_short_page():
    # The widgets outweigh the short post, but they sit beside the <main> that holds the <h1>:
    # a column outside it is never the main column, so the size guard does not read it.
    widgets = "".join(f'<aside class="widget widget_text"><p>{PROSE} Widget {n}.</p><p>{PROSE}</p></aside>'
                      for n in range(2))
    page = f"""<html><body><main><article><h1>Harbour wall</h1><p>{PROSE}</p></article></main>
      <div id="secondary" class="widget-area">{widgets}</div></body></html>"""
    root = parse_html(page)
    holders = frozenset(root.find(".//h1").iterancestors())
    rendered = [item.block.text for item in render_page(root, headline_holders=holders).blocks]
    assert PROSE in rendered and not any("Widget" in text for text in rendered)
    # Without a headline column to stand beside, the guard still reads the bigger subtree.
    assert any("Widget" in text for text in texts(page))


def test_sidebar_beside_a_content_named_column_is_skipped_on_a_short_page():
    # Classic blog themes have no <main>/<article>: the post stands in <div id="content">,
    # the widgets in <div id="sidebar"> beside it. A column wholly named as content that holds
    # a fair share of the page is the main column as <main> is.
    widgets = "".join(f'<li class="widget widget_text"><p>{PROSE} Widget {n}.</p><p>{PROSE}</p></li>' for n in range(2))
    page = f"""<html><body><div id="content"><div class="post"><h2>Harbour wall</h2><p>{PROSE}</p></div></div>
      <div id="sidebar"><ul>{widgets}</ul></div></body></html>"""
    root = parse_html(page)
    holders = frozenset(root.find(".//h2").iterancestors())
    rendered = [item.block.text for item in render_page(root, headline_holders=holders).blocks]
    assert PROSE in rendered and not any("Widget" in text for text in rendered)


def test_a_content_named_title_bar_is_no_column():
    # A "content" box around the headline alone holds too little of the page to be its column:
    # the text beside it is not furniture for that (the size guard reads the big "topics" list).
    topics = "".join(f"<li><p>{PROSE} Topic {n}.</p></li>" for n in range(4))
    page = f"""<html><body><div class="content"><h1>What is a smartphone?</h1></div>
      <ul class="topics">{topics}</ul></body></html>"""
    root = parse_html(page)
    holders = frozenset(root.find(".//h1").iterancestors())
    rendered = [item.block.text for item in render_page(root, headline_holders=holders).blocks]
    assert any("Topic 3" in text for text in rendered)


def test_site_header_with_an_h1_logo_is_skipped_once_the_headline_is_known():
    # Themes set the site's name in an <h1> inside the site header; when the article's own
    # headline is found elsewhere, that header is furniture like any other.
    page = f"""<html><body><header class="site-header"><h1>Columbus</h1><p>The best travel stories</p></header>
      <article><h1>Skiing in Iceland</h1><p>{PROSE}</p></article></body></html>"""
    root = parse_html(page)
    headline = root.findall(".//h1")[1]
    rendered = [item.block.text for item in render_page(root, headline_holders=frozenset(headline.iterancestors())).blocks]
    assert PROSE in rendered and "The best travel stories" not in rendered
    assert "The best travel stories" in texts(page)  # no headline known: the header may hold it


def test_a_hidden_separator_keeps_the_words_around_it_apart():
    # A title in two spans with a dash hidden from screen readers between them (a Swiss paper's
    # <h1>); the dash is skipped, the space it stood in is not. Hidden text that is only a space
    # adds none before punctuation.
    page = f"""<html><body><article>
      <p>Harbour and wall<span aria-hidden="true" role="presentation"> – </span>Why the town rebuilds</p>
      <p>A massive <a href="/x">drop in traffic<span aria-hidden="true"> </span></a>, but not yet.</p>
      <p>{PROSE}</p></article></body></html>"""
    found = texts(page)
    assert "Harbour and wall Why the town rebuilds" in found
    assert "A massive drop in traffic, but not yet." in found


def _hints(html: str) -> dict[str, Kind | None]:
    return {item.block.text: item.block.hint for item in render_blocks(parse_html(html))}


def test_a_heading_over_a_gallery_is_the_gallerys_title_not_a_section():
    # Hand-written: a news page's picture series between two paragraphs, titled by an <h2>
    # (an empty anchor and a rule between them, as CMSs set them), its controls hidden until a
    # script runs; a real section heading follows.
    page = f"""<html><body><article><p>{PROSE}</p>
      <a name="series-0"></a><hr><h2>Pictures of the new harbour wall</h2>
      <div class="gallery"><img src="a.jpg"><div aria-hidden="true"><a href="#2">Next picture</a></div></div>
      <h2>What happens next</h2><p>{PROSE} More.</p></article></body></html>"""
    hints = _hints(page)
    assert hints["Pictures of the new harbour wall"] is Kind.BOILERPLATE
    assert hints["What happens next"] is not Kind.BOILERPLATE


def test_a_heading_over_text_that_holds_a_slideshow_further_down_stays():
    # The widget must follow the heading straight away: here a paragraph comes first.
    page = f"""<html><body><article><h2>The vote</h2><p>{PROSE}</p>
      <div class="slideshow"><img src="a.jpg"></div><p>{PROSE} More.</p></article></body></html>"""
    assert _hints(page)["The vote"] is not Kind.BOILERPLATE


def test_a_heading_over_a_gallery_read_whole_stays():
    # A list article: each item's heading over its pictures (nothing of them left unread), then its text.
    page = f"""<html><body><article><h2>1. Cast iron plant</h2>
      <div class="tiled-gallery"><img src="a.jpg"><img src="b.jpg"></div><p>{PROSE}</p></article></body></html>"""
    assert _hints(page)["1. Cast iron plant"] is not Kind.BOILERPLATE
