"""Furniture verdicts from markup alone (html/furniture.py)."""

from lxml import html as lxml_html

from artextract.html.furniture import FurnitureJudge, VisibleLengths, heading_free, soft_skip_reason, visible_length
from artextract.html.markup import markup_of
from artextract.html.parse import parse_html
from artextract.html.render import render_blocks

PROSE = ("The region lies in the north of the country along the middle course of the river, and its "
         "rules allow four red and three white grape varieties to be grown on its slopes.")


def _reason(fragment: str) -> str | None:
    element = lxml_html.fragment_fromstring(fragment)
    return soft_skip_reason(element, markup_of(element), ())


def test_box_opening_with_a_close_control_is_a_dialog():
    # A shop's shipping-terms overlay, named only by an id: its first child closes it.
    assert _reason('<div id="vkinfo"><div class="close">Close [X]</div><h3>Shipping</h3><p>Terms.</p></div>')
    assert _reason('<div class="notice"><button class="btn-close"></button><p>Note.</p></div>')


def test_close_control_further_down_does_not_make_a_dialog():
    # Only a box that opens with the control is the popup; a close button inside a paragraph is not.
    assert _reason('<div id="text"><p>Words.</p><div class="close">x</div></div>') is None
    assert _reason('<div id="text"><div class="closed-season"><p>Words.</p></div></div>') is None


def test_overlay_after_the_footer_is_not_read_as_the_article():
    page = f"""<html><body><h1>Rioja</h1><div class="description"><p>{PROSE}</p></div>
      <div id="vkinfo"><div class="close">Close [X]</div><h3>Shipping and delivery</h3>
      <p>Orders over sixty euros ship free of charge within the country; below that we charge eight euros.</p></div>
      </body></html>"""
    found = [item.block.text for item in render_blocks(parse_html(page))]
    assert PROSE in found
    assert "Shipping and delivery" not in found


def test_tooltip_box_is_left_out_and_its_trigger_word_stays():
    # A byline whose name opens the editor's bio on hover, and a term with a note: ARIA marks the
    # shown-on-hover box role="tooltip", never the word the reader hovers.
    page = f"""<html><body><h1>Rioja</h1>
      <p class="byline">By <span tabindex="0">Ana Ruiz</span><span role="tooltip" class="bio">Ana Ruiz is our
      senior editor and has visited sixty countries.</span></p>
      <p>{PROSE} The <span class="term">crianza<span role="tooltip">Aged two years, one in oak.</span></span> is
      the region's best-known wine.</p></body></html>"""
    text = " ".join(item.block.text for item in render_blocks(parse_html(page)))
    assert "Ana Ruiz" in text and "crianza" in text
    assert "senior editor" not in text and "one in oak" not in text


def test_carousel_navigation_is_furniture_without_links():
    # A slider's strip of slide titles: named navigation, holding no links, still not the page's text.
    assert _reason('<div class="slider-navigation"><div class="text">Backup is dead</div></div>')
    assert _reason('<div class="swiper-pagination"><span>1</span><span>2</span></div>')


def test_navigation_named_box_of_text_is_still_read():
    # A guide's steps named for navigation are the page's text when they are not links.
    assert _reason('<div class="content-nav-section"><p>Step one: fold the sheet.</p></div>') is None


def test_sections_sharing_a_furniture_variant_name_are_the_article():
    # Every section of a marked article carries "Section--Ads" (a section that may hold an ad):
    # one by one each is small beside the article, together they are all of it.
    sections = "".join(f'<section class="Report__Section Report__Section--Ads"><h2>Part {n}</h2><p>{PROSE}</p></section>'
                       for n in range(4))
    page = f"""<html><body><h1>Grill test</h1><article itemprop="articleBody">{sections}
      <div class="ad"><p>Buy the grill now at a special price.</p></div></article></body></html>"""
    found = [item.block.text for item in render_blocks(parse_html(page))]
    assert found.count(PROSE) == 4
    assert "Buy the grill now at a special price." not in found


def test_a_section_with_a_modifier_more_is_one_of_the_sections_sharing_the_variant_name():
    # The conclusion carries "Section--Conclusion" beside the "Section--Ads" every section has: it is
    # one of them (its pros and cons are the report's), not an ad box standing alone.
    sections = "".join(f'<section class="Report__Section Report__Section--Ads"><h2>Part {n}</h2><p>{PROSE}</p></section>'
                       for n in range(4))
    conclusion = ('<section class="Report__Section Report__Section--Conclusion Report__Section--Ads">'
                  '<h2>Verdict</h2><p>Pros: a low price and a perfect steak.</p></section>')
    page = f"""<html><body><h1>Grill test</h1><article itemprop="articleBody">{conclusion}{sections}
      <div class="ad"><p>Buy the grill now at a special price.</p></div></article></body></html>"""
    found = [item.block.text for item in render_blocks(parse_html(page))]
    assert "Pros: a low price and a perfect steak." in found
    assert "Buy the grill now at a special price." not in found


def test_one_furniture_box_among_differently_named_siblings_stays_furniture():
    paragraphs = "".join(f"<p>{PROSE}</p>" for _ in range(2))
    page = f"""<html><body><h1>Grill test</h1><article itemprop="articleBody">{paragraphs}
      <div class="share-box"><p>Share this test with your friends on every network.</p></div>
      {paragraphs}</article></body></html>"""
    found = [item.block.text for item in render_blocks(parse_html(page))]
    assert "Share this test with your friends on every network." not in found


def test_a_posters_pane_longer_than_a_short_post_stays_furniture():
    # A thread whose posts are each an <article> of one class: the first post asks one short
    # question, its poster's pane beside it (an <aside>, the parts of the poster's computer) is
    # longer. One post of a run is no measure of the furniture in it, as the article would be.
    parts = "".join(f"<li>Part {n}: a water-cooled graphics card of the latest series</li>" for n in range(8))
    pane = f'<aside class="author-pane"><h3>Poster</h3><ul>{parts}</ul></aside>'
    posts = "".join(f'<article class="post"><div class="post-body"><p>{text}</p></div>{pane}</article>'
                    for text in ("What are the two ports at the back of the new case for?", PROSE, PROSE + " Yes."))
    page = f"<html><body><h1>New case</h1><main>{posts}</main></body></html>"
    text = " ".join(item.block.text for item in render_blocks(parse_html(page)))
    assert "two ports at the back" in text and PROSE in text
    assert "water-cooled" not in text


def test_a_lone_article_keeps_a_box_that_holds_most_of_it():
    # The guard the runs of posts are spared: a lone marked article whose share bar, left open by
    # broken markup, holds most of its text is read.
    page = f"""<html><body><h1>Grill test</h1><article class="post"><p>{PROSE}</p>
      <div class="share-box"><p>{PROSE} Share.</p><p>{PROSE} Again.</p></div></article></body></html>"""
    text = " ".join(item.block.text for item in render_blocks(parse_html(page)))
    assert f"{PROSE} Again." in text


def test_a_hidden_dialog_is_weighed_as_a_prompt():
    # A consent plugin's settings modal waits hidden (aria-hidden) under a short post: a third of
    # the page's text, too big for the furniture guard, but a dialog is read only past the prompts'.
    cookies = "".join(f"<p>Cookie {n} stores the consent for this category of the site's cookies for one year.</p>"
                      for n in range(4))
    page = f"""<html><body><h1>Pizza peel</h1><article><p>{PROSE}</p><p>{PROSE} Again.</p></article>
      <div class="modal" role="dialog" aria-hidden="true"><h4>Privacy Overview</h4>{cookies}</div></body></html>"""
    found = [item.block.text for item in render_blocks(parse_html(page))]
    assert PROSE in found
    assert "Privacy Overview" not in found


def test_a_dialog_element_is_weighed_as_a_prompt_like_a_dialog_role():
    # <dialog> is the element of what role="dialog" marks: a sign-up form laid over a short page.
    form = "".join(f"<p>Step {n}: tell us about your company so that our sales team can reach you soon.</p>" for n in range(4))
    page = f"""<html><body><h1>Pricing</h1><article><p>{PROSE}</p><p>{PROSE} Again.</p></article>
      <dialog id="signup"><h4>Talk to sales</h4>{form}</dialog></body></html>"""
    found = [item.block.text for item in render_blocks(parse_html(page))]
    assert PROSE in found
    assert "Talk to sales" not in found


def test_key_point_class_on_body_does_not_exempt_the_page_furniture():
    # "js-tldr" on <body> is a script's hook: it names no box, so the site's menu is still furniture,
    # while a takeaways box below it, laid out as a dropdown <nav>, is still read.
    page = f"""<html><body class="w-website js-tldr"><nav class="side-navigation"><ul><li>Gaming News</li>
      <li>Movie Reviews</li></ul></nav><article><div class="highlights"><nav><ul><li>Rents rose by a tenth.</li>
      </ul></nav></div><p>{PROSE}</p></article></body></html>"""
    found = [item.block.text for item in render_blocks(parse_html(page))]
    assert "Gaming News" not in found
    assert "Rents rose by a tenth." in found
    assert PROSE in found


def test_a_header_labels_key_points_under_long_wrappers_and_in_padded_labels():
    # The label sits deep inside wrappers whose text is long (the header's own menu and teaser),
    # and a label's white space does not count ("  Das Wichtigste in Kürze  " in an indented div).
    teaser = "A long teaser line that runs on well past any label's length, about the harbour."
    points = "<ul><li>The wall grows by forty metres.</li></ul>"
    deep = f"""<header><div class="wrap"><div><p>{teaser}</p><div><span>Key takeaways</span>{points}</div></div></div></header>"""
    padded = f"""<header><div><p>{teaser}</p><div>{" " * 30}\n{" " * 30}Das Wichtigste in Kürze\n{" " * 30}</div>{points}</div></header>"""
    plain = f"""<header><div><p>{teaser}</p><div><span>Our newsletter</span>{points}</div></div></header>"""
    assert _reason(deep) is None
    assert _reason(padded) is None
    assert _reason(plain) == "<header> without the headline"


def test_mostly_links_stops_measuring_once_the_links_make_the_share():
    # A related-links box whose first links already make most of its text: the verdict is the
    # whole sum's, and the links after them are not measured. A box of prose with a link stays text.
    from artextract.html import furniture

    links = "".join(f'<li><a href="/p{index}">Story number {index} of the week</a></li>' for index in range(40))
    box = lxml_html.fragment_fromstring(f'<div class="related-posts"><ul>{links}</ul><p>More</p></div>')
    measured = []
    length = furniture._TEXT_LENGTH

    def counted(node):
        measured.append(node)
        return length(node)

    furniture._TEXT_LENGTH = counted
    try:
        assert furniture._mostly_links(box, visible_length)
    finally:
        furniture._TEXT_LENGTH = length
    assert 0 < len(measured) < 40
    prose = lxml_html.fragment_fromstring(f'<div class="related"><p>{PROSE} <a href="/x">A link</a></p></div>')
    assert not furniture._mostly_links(prose, visible_length)


def test_visible_lengths_leave_out_code_and_measure_each_script_once():
    root = lxml_html.fromstring("""<html><body><div id="a"><script>var data = {"a": 1};</script><p>Some text here.</p>
      <template><p>Hidden</p><script>more()</script></template><div id="b"><style>p {}</style>More text.</div></div></body></html>""")
    lengths = VisibleLengths()
    assert lengths[root.get_element_by_id("b")] == len("More text.")  # the style's "p {}" left out
    assert lengths[root.find(".//p")] == len("Some text here.")
    for element in (root.find("body"), *root.iter("div")):
        assert lengths[element] == visible_length(element)  # one element alone, as a page's verdicts measure it
    assert len(lengths.code) == 4  # each script, style and template measured once


def test_filter_panel_with_facet_choices_is_furniture():
    # A shop's facets: sizes and colours as checkboxes, a sort order as radio buttons.
    assert _reason('<form class="facets__form"><label><input type="checkbox"> Black (12)</label>'
                   '<label><input type="checkbox"> White (3)</label></form>')
    assert _reason('<div class="collection-filters"><p>Sort by</p><input type="radio" name="s"> Price</div>')


def test_filter_named_box_without_choices_or_with_a_grid_is_read():
    # A portfolio's "filter-item" cards hold no choices; a search dialog's scope is a select.
    assert _reason('<div class="filter-item"><h3>Brand design</h3><p>A logo for a bakery.</p></div>') is None
    assert _reason('<div class="search-filters"><select><option>Everywhere</option></select></div>') is None
    # The wrapper around the facets and the product grid: its pictures are the grid's cards.
    cards = "".join(f'<div class="card"><img src="p{n}.jpg"><a href="/p{n}">Shirt {n}</a></div>' for n in range(4))
    assert _reason(f'<div class="facets-vertical"><input type="checkbox"> Black{cards}</div>') is None


def test_filter_named_layout_flag_is_no_panel():
    # "page-with-filter" says the page has a filter somewhere, not that this box is one.
    assert _reason('<div class="page-with-filter"><input type="checkbox"> Black<p>Text.</p></div>') is None


def test_filter_panel_beside_a_product_grid_is_left_out():
    facets = "".join(f'<li><label><input type="checkbox"> {colour}</label></li>' for colour in ("Black", "Navy", "Olive"))
    cards = "".join(f'<div class="card"><img src="p{n}.jpg"><a href="/p{n}">Crest T-Shirt {n}</a><p>$22</p></div>'
                    for n in range(6))
    page = f"""<html><body><h1>T-Shirts and Tops</h1><div class="grid-wrap">
      <div class="facets-wrapper"><h2>Colour</h2><ul>{facets}</ul></div><div class="products">{cards}</div>
      </div></body></html>"""
    found = [item.block.text for item in render_blocks(parse_html(page))]
    assert "Crest T-Shirt 3" in found
    assert "Olive" not in found and "Colour" not in found


def test_a_forum_posts_member_box_is_furniture_and_the_posters_name_is_read():
    # A XenForo post: the poster's name, then the member's rank and counters (join date, messages),
    # which the page prints again under each of that member's posts, and the bar of who reacted to
    # the post under it; and a phpBB post's profile.
    xenforo = ('<article class="message"><section class="message-user"><div class="message-userDetails">'
               '<h4 class="message-name">spikeymike</h4><h5 class="userTitle message-userTitle">macrumors 6502</h5></div>'
               '<div class="message-userExtras"><dl><dt>Joined</dt><dd>Jul 6, 2010</dd></dl>'
               '<dl><dt>Messages</dt><dd>273</dd></dl></div></section>'
               f'<div class="message-content"><p>{PROSE}</p></div>'
               '<div class="reactionsBar js-reactionsList"><a class="reactionsBar-link">Reactions: unixfool</a></div></article>')
    phpbb = (f'<div class="post"><div class="postbody"><p>{PROSE}</p></div>'
             '<dl class="postprofile"><dt>Minoa</dt><dd>Spokesperson</dd><dd>Founded: May 15, 2019</dd></dl></div>')
    found = [item.block.text for item in render_blocks(parse_html(f"<html><body>{xenforo}{phpbb}</body></html>"))]
    assert "spikeymike" in found and PROSE in found
    assert not any(text in found for text in ("macrumors 6502", "Jul 6, 2010", "273", "Spokesperson", "Founded: May 15, 2019",
                                              "Reactions: unixfool"))


def test_a_form_the_reader_fills_in_is_furniture():
    # A quote request, an ebook sign-up, a ZIP-code box: the fields' labels and the consent note.
    assert _reason('<form action="/quote"><label>Full Name</label><input name="name" type="text">'
                   '<label>Email Address</label><input type="email"></form>') == "<form> with a text field"
    assert _reason('<form><p>By checking this box you agree.</p><textarea name="m"></textarea></form>')
    assert _reason('<form id="zip"><label>ZIP code</label><input name="zip"></form>')  # no type: a text field


def test_forms_without_typed_fields_search_boxes_cart_and_comment_forms_are_read():
    assert _reason('<form><input type="hidden" name="csrf"><p>Words.</p></form>') is None
    assert _reason('<form><input type="checkbox" name="remember"><p>Words.</p></form>') is None
    # A search box's scope and options stand in the site's menus: the menus are the rules' to judge.
    assert _reason('<form action="/search"><input type="search" name="q"><p>Where: This topic</p></form>') is None
    assert _reason('<form role="search"><input type="text" name="q"></form>') is None
    # A product's form posts to the cart: its options, price and description are the product page's.
    assert _reason('<form action="/cart.php"><input type="tel" name="qty"><p>Words.</p></form>') is None
    # The walk marks where the reader comments begin by the comment form.
    assert _reason('<form id="commentform"><textarea name="comment"></textarea></form>') is None


def test_a_form_sized_by_its_country_list_stays_small():
    # The options of a <select> are values, never shown text: a quote form's 250 countries do not
    # make it outweigh the size guard.
    page = lxml_html.fromstring("<div><p>Short.</p><select>" + "<option>Country name</option>" * 50
                                + "</select><textarea>Escaped article copy</textarea></div>")
    assert visible_length(page) == len("Short.")


def test_a_default_avatars_initials_are_furniture_and_an_avatar_with_a_name_is_read():
    # XenForo and NodeBB print a member's initial in a coloured box where the picture would be.
    assert _reason('<a class="avatar avatar--m avatar--default"><span class="avatar-u3-m">F</span></a>') == \
        "avatar initials"
    assert _reason('<span class="avatar avatar-rounded">JD</span>') == "avatar initials"
    assert _reason('<div class="avatar"><img src="a.png"><span>jase05</span></div>') is None


def test_a_forum_members_rank_banner_is_furniture():
    assert _reason('<div class="userBanner userBanner--silver message-userBanner"><strong>7+ Year Member</strong></div>')


def test_a_fill_in_forms_heading_and_pitch_go_with_it_and_the_article_beside_it_stays():
    # An ebook sign-up's box under the article: its heading and pitch are the form's.
    page = f"""<html><body><main><h1>Rentals</h1><div class="text"><p>{PROSE}</p></div>
      <div class="gform_wrapper"><h3>Request our free ebook</h3><p>Fill out the form to get a copy.</p>
      <form action="/ebook"><label>Last Name*</label><input type="text" name="last"></form></div>
      <div class="contact"><p>{PROSE} Call us to talk it over.</p>
      <form action="/contact"><label>Phone*</label><input type="tel" name="phone"></form></div></main></body></html>"""
    found = [item.block.text for item in render_blocks(parse_html(page))]
    assert PROSE in found
    assert "Request our free ebook" not in found and "Last Name*" not in found and "Phone*" not in found
    assert f"{PROSE} Call us to talk it over." in found  # too much beside that form: not its box


def _heading_free_families(fragment: str) -> frozenset[str]:
    element = lxml_html.fragment_fromstring(fragment)
    return heading_free(element, markup_of(element)).families


def test_an_id_made_of_its_headings_words_names_no_box():
    # Documentation builders write a section's heading into its id: "tools" or "comments" there is
    # the topic, not the layout (a Sphinx page's "Respond to review comments", an article's <h2>).
    assert not _heading_free_families('<section id="respond-to-review-comments"><h2>Respond to review comments</h2>'
                                      '<p>Words.</p></section>')
    assert not _heading_free_families('<h2 id="what-are-data-analysis-tools">What are data analysis tools?</h2>')
    # The class still speaks: only the id is the heading's.
    assert _heading_free_families('<section class="sidebar" id="seo-tools"><h3>SEO tools</h3></section>') == {"sidebar"}


def test_an_id_of_a_furniture_heading_or_not_its_heading_keeps_its_family():
    # The heading's words are themselves a furniture label: the id says what they say.
    assert _heading_free_families('<section id="related-articles"><h2>Related articles</h2></section>')
    # An id that is not the heading's words, or one word only, is the box's own name.
    assert _heading_free_families('<div id="comments-area"><h2>12 thoughts on this post</h2></div>')
    assert _heading_free_families('<div id="comments"><h3>Comments</h3></div>')


def test_a_section_named_by_its_heading_is_read():
    page = f"""<html><body><h1>Submitting patches</h1><p>{PROSE}</p>
      <section id="respond-to-review-comments"><h2>Respond to review comments</h2><p>{PROSE} Reviewers answer.</p></section>
      </body></html>"""
    blocks = render_blocks(parse_html(page))
    section = [item for item in blocks if item.block.text.startswith("Respond to review")]
    assert section and not any(item.in_comments for item in blocks)


def _thread_page(entries: str, form: str) -> str:
    # A blog post with no comment class or id anywhere: the thread is known only by its shape.
    return (f"<html><body><main><article><h1>Title</h1><p>{PROSE}</p></article>"
            f"<div><h2>3 Responses</h2><ol>{entries}</ol></div>{form}</main></body></html>")


_ENTRY = '<li><p><b>{0}</b> <time>12 March 2021</time></p><p>Thanks, {0}, this helped.</p><a href="#">Reply</a></li>'
_REPLY_FORM = '<div><h3>Leave a Reply</h3><form><textarea></textarea><button>Post</button></form></div>'


def test_dated_entries_before_a_reply_form_are_comments_whatever_their_names():
    entries = "".join(_ENTRY.format(name) for name in ("Ann", "Bo", "Cy"))
    rendered = render_blocks(parse_html(_thread_page(entries, _REPLY_FORM)))
    flags = {item.block.text: item.in_comments for item in rendered}
    assert flags[PROSE] is False
    assert flags["Thanks, Bo, this helped."] is True


def test_dated_entries_without_a_reply_form_or_undated_ones_are_not_comments():
    entries = "".join(_ENTRY.format(name) for name in ("Ann", "Bo", "Cy"))
    undated = "".join(f"<li><p>Step {name}: mix well.</p></li>" for name in ("one", "two", "three"))
    for page in (_thread_page(entries, ""), _thread_page(undated, _REPLY_FORM)):
        assert not any(item.in_comments for item in render_blocks(parse_html(page)))


def _site_chrome() -> str:
    """A site's header and footer, heavier than one section of links (as on real listing pages)."""
    links = "".join(f'<li><a href="/c{n}">Category number {n} of the site</a></li>' for n in range(12))
    return f'<header><nav><ul>{links}</ul></nav></header>', f'<footer><ul>{links}</ul></footer>'


def test_recirculation_lists_printed_as_a_listings_sections_are_read():
    # A category page ("Dinner Recipes") made of lists each named for recirculation: one by one
    # each is small beside the site's chrome, together they are what the page lists.
    header, footer = _site_chrome()
    lists = "".join(
        f'<div class="comp tax-sc__recirc-list-container"><h2>Section {n}</h2><ul>'
        + "".join(f'<li><a href="/r{n}{m}">Twenty easy dinner recipes number {n}{m}</a></li>' for m in range(5))
        + "</ul></div>" for n in range(4))
    page = f"<html><body>{header}<main><h1>Dinner Recipes</h1>{lists}</main>{footer}</body></html>"
    found = [item.block.text for item in render_blocks(parse_html(page))]
    assert "Twenty easy dinner recipes number 00" in found
    assert "Twenty easy dinner recipes number 34" in found


def test_recirculation_named_boxes_too_few_or_too_small_stay_furniture():
    # One "related" list after an article, and a strip of tiny recommendation tiles beside a
    # product's long description: both are left out.
    header, footer = _site_chrome()
    related = ('<div class="related-posts"><ul>'
               + "".join(f'<li><a href="/p{n}">Another story number {n}</a></li>' for n in range(5)) + "</ul></div>")
    tiles = "".join(f'<div class="tile recommendation-tile"><a href="/t{n}">Mug {n}</a></div>' for n in range(4))
    text = "".join(f"<p>{PROSE}</p>" for _ in range(6))
    page = f"<html><body>{header}<main><h1>Rioja</h1>{text}{related}{tiles}</main>{footer}</body></html>"
    found = [item.block.text for item in render_blocks(parse_html(page))]
    assert PROSE in found
    assert not any(line.startswith(("Another story number", "Mug ")) for line in found)


def test_judge_answers_plain_names_as_the_full_check_does():
    # soft_skip_reason answers most named elements (a plain class, no state attribute) by an early
    # return, the rest by its full tests: the judge gives each shape here the full check's verdict.
    boxes = ['<div class="card-body"><p>Words.</p></div>',
             '<div class="card"><div class="close">x</div><p>Shipping terms.</p></div>',
             '<div class="post-content"><button class="btn-close"></button><p>Note.</p></div>',
             '<nav class="links"><a href="/a">A</a></nav>', '<div class="user-avatar">JD</div>',
             '<div class="sidebar"><p>Elsewhere.</p></div>', '<section class="entry-content"><p>Words.</p></section>',
             '<div class="grid" style="display:none"><p>Hidden.</p></div>']
    page = parse_html(f"<html><body><h1>Rioja</h1><p>{PROSE * 20}</p>{''.join(boxes)}</body></html>")
    body = page.find("body")
    judge = FurnitureJudge(page, body, (), None)
    for box in body[2:]:
        expected = soft_skip_reason(box, markup_of(box), judge.panels, False, judge.measure)
        assert judge.skip_reason(box, markup_of(box), None, False) == expected
    assert [judge.skip_reason(box, markup_of(box), None, False) is None for box in body[2:]] == [
        True, False, False, False, False, False, True, False]


def test_a_section_s_heading_group_is_read_and_the_site_banner_is_not():
    # A landing page heads each section of its <main> with a <header> (heading and a line under it):
    # HTML's heading group, the page's text. The site's banner (logo and menu, outside any section)
    # and a header with a menu list stay furniture.
    page = f"""<html><body><header class="site"><h2>Acme</h2><p>Screen recording for teams.</p></header>
      <main><h1>Record your screen</h1><p>{PROSE}</p>
      <section><header><h2>Edit like a pro</h2><p>Trim and stitch clips in the editor.</p></header><p>{PROSE}</p></section>
      <section><header><h3>Plans</h3><ul><li>Monthly plans menu</li></ul></header><p>{PROSE}</p></section>
      </main></body></html>"""
    found = [item.block.text for item in render_blocks(parse_html(page))]
    assert "Edit like a pro" in found
    assert "Trim and stitch clips in the editor." in found
    assert "Screen recording for teams." not in found
    assert "Monthly plans menu" not in found


def test_a_heading_group_in_an_article_or_of_a_link_is_read():
    # An article's sections headed by <header><h2> between its paragraphs (a blog's template), a
    # listicle's entries each an <article> titled by a link to the thing reviewed, and a header a
    # builder wraps alone in a <div>: all open a section of the text. (Teaser cards read so are
    # the region's to judge by their shape: html/edges.py.)
    section = f"""<html><body><article><h1>Choosing tools</h1><p>{PROSE}</p>
      <header><h2 class="section-title">Choosing a method</h2></header><p>{PROSE}</p></article></body></html>"""
    entry = f"""<html><body><main><h1>Best scooters</h1><p>{PROSE}</p>
      <article class="listicle-item"><header><h3><a href="/p/apollo">Apollo City</a></h3></header>
      <p>{PROSE}</p></article></main></body></html>"""
    wrapped = f"""<html><body><main><section><div><header><h2>A wrapped header</h2></header></div>
      <p>{PROSE}</p><p>{PROSE}</p></section></main></body></html>"""
    assert "Choosing a method" in [item.block.text for item in render_blocks(parse_html(section))]
    assert "Apollo City" in [item.block.text for item in render_blocks(parse_html(entry))]
    assert "A wrapped header" in [item.block.text for item in render_blocks(parse_html(wrapped))]


def test_a_promo_named_box_holding_headed_sections_is_read_and_an_ad_is_not():
    # A page builder's "promo" component holding the page's sections (a heading over a paragraph,
    # several times: a service page's offerings, each item a promo-named box of its own) is the
    # page's text; a promo bar of sentences with no heading, a promo card with one heading, and a
    # <body> whose class names a promotion are no such box.
    item = '<div class="cmp-promo-container__item"><h3>{0}</h3><p>{1}</p></div>'
    services = "".join(item.format(name, PROSE) for name in ("Audit and assurance", "Tax advice", "Consulting"))
    page = f"""<html><body class="page-summer-promo"><main><h1>Our services</h1>
      <div class="cmp-promo-container">{services}</div>
      <div class="promo-bar"><p>Free shipping on every order over fifty pounds this week.</p><p>{PROSE}</p></div>
      <div class="promo-card"><h3>Save on a plan</h3><p>{PROSE}</p></div></main></body></html>"""
    found = [item.block.text for item in render_blocks(parse_html(page))]
    assert "Tax advice" in found
    assert "Free shipping on every order over fifty pounds this week." not in found
    assert "Save on a plan" not in found


def test_accordion_header_button_holding_a_heading_is_read():
    # An FAQ's question set in the button that opens its answer (WCXB fit azure.microsoft.com,
    # toptal.com): the heading is the page's text, a counter beside it or not.
    assert _reason('<button class="faq-collapse"><h3>How long does it take to earn an MBA?</h3></button>') is None
    assert _reason('<button class="accordion-item__header"><span>01/</span>'
                   '<h3>Which programming languages does it support?</h3></button>') is None


def test_other_buttons_stay_furniture():
    # A plain button, one holding a menu beside a heading (a broken page's button left open
    # around the document), and one with two headings are widgets still.
    assert _reason('<button class="btn">Subscribe now</button>') == "<button>"
    assert _reason('<button class="menu-button"><h2>Menu</h2><ul><li>Home</li><li>Sustainability for all</li>'
                   '<li>Search the site</li><li>Close the menu</li></ul></button>') == "<button>"
    assert _reason('<button><h3>First</h3><h3>Second</h3></button>') == "<button>"


def test_faq_question_in_a_button_reaches_the_text():
    page = f"""<html><body><h1>Rioja</h1><div class="description"><p>{PROSE}</p>
      <div class="accordion"><button class="accordion-toggle"><h3>Which grapes are allowed?</h3></button>
      <div class="panel"><p>{PROSE}</p></div></div></div></body></html>"""
    found = [item.block.text for item in render_blocks(parse_html(page))]
    assert "Which grapes are allowed?" in found


def test_button_set_in_a_heading_is_read():
    # ARIA's accordion: the heading holds the button that opens the answer (WCXB fit
    # hubspot.com, mailchimp.com, zoho.com), so the question is the button's text.
    for fragment in ('<h3 class="accordion-heading"><button aria-expanded="false" aria-controls="a1">'
                     '<span>How effective is email marketing?</span><svg></svg></button></h3>',
                     '<h2><span><button>Is Wix good for SEO?</button></span></h2>'):
        button = next(lxml_html.fragment_fromstring(fragment).iter("button"))
        assert soft_skip_reason(button, markup_of(button), ()) is None


def test_control_inside_a_heading_stays_furniture():
    # A close or copy-link button set in a heading holds a sliver of its text: a widget.
    button = next(lxml_html.fragment_fromstring('<h2>Opening hours of the shop<button>x</button></h2>').iter("button"))
    assert soft_skip_reason(button, markup_of(button), ()) == "<button>"


def test_bare_accordion_button_over_its_text_panel_is_read():
    # FAQ items whose question is a bare <button> over its answer, no heading anywhere (WCXB fit
    # seobility.net, binariks.com, toptal.com): the questions are the page's text.
    item = '<div class="faq-item"><button class="faq-question">{0}</button><div class="faq-answer"><p>{1}</p></div></div>'
    page = f"""<html><body><h1>SEO checker</h1><p>{PROSE}</p><div class="faq">
      {item.format("What is an SEO checker?", PROSE)}{item.format("How does it work?", PROSE)}</div></body></html>"""
    found = [item.block.text for item in render_blocks(parse_html(page))]
    assert "What is an SEO checker?" in found
    assert "How does it work?" in found


def test_bare_button_over_links_or_alone_stays_furniture():
    # A menu's buttons open panels of links; a lone button over a panel of text is no accordion's
    # item; a one-word control ("Close") labels nothing.
    links = '<ul><li><a href="/a">Personal banking</a></li><li><a href="/b">Business banking</a></li></ul>'
    menu = "".join(f'<li class="menu-item"><button>Open {name}</button><div class="sub">{links}</div></li>'
                   for name in ("Personal", "Business"))
    page = f"""<html><body><h1>Savings</h1><p>{PROSE}</p><ul class="menu">{menu}</ul>
      <div class="promo"><button>Read the story</button><div><p>{PROSE}</p></div></div>
      <div class="x"><button>Close</button><div><p>{PROSE}</p></div></div>
      <div class="x"><button>Close</button><div><p>{PROSE}</p></div></div></body></html>"""
    found = [item.block.text for item in render_blocks(parse_html(page))]
    assert not any(text.startswith(("Open Personal", "Open Business", "Read the story", "Close")) for text in found)


def test_sponsored_link_styled_as_a_button_is_left_out():
    # A roundup's buy buttons under a pick (reviewed.com's "btn buy-btn", Dotdash's "commerce-button",
    # role="button"), marked rel="sponsored": a shop's button, no words of the review. A paid link
    # in a sentence and one not styled as a button (the product's name) stay.
    page = f"""<html><body><h1>The best kettles</h1><p>{PROSE}</p>
      <h2><a rel="sponsored nofollow" href="https://shop.example/k">Fellow Stagg EKG Kettle</a></h2>
      <div class="buttons"><a class="btn buy-btn" rel="sponsored nofollow" href="https://shop.example/a">$1,599.00
      from Lowe's</a> <a class="mm-commerce-button" rel="noskim sponsored" href="https://shop.example/b">$200 at
      Amazon</a> <a role="button" rel="sponsored" href="https://shop.example/c">Check Price at Target</a></div>
      <p>It is currently <a class="btn" rel="nofollow" href="https://shop.example/d">$58 at Wayfair</a> and
      <a rel="sponsored" href="https://shop.example/e">$60 at Walmart</a>, a fair price for it.</p>
      </body></html>"""
    text = " ".join(item.block.text for item in render_blocks(parse_html(page)))
    assert "Fellow Stagg EKG Kettle" in text
    assert "$58 at Wayfair" in text and "$60 at Walmart" in text
    assert "Lowe's" not in text and "$200 at" not in text and "Check Price" not in text
