"""choose.choose_authors: the writer the byline under the headline shows against the author that
JSON-LD or a meta tag declares. The pages are small hand-written ones; each stands for a story
whose CMS declares the account that posted it (a name the page never shows) while the page
credits its writer under the headline."""

from __future__ import annotations

import lxml.html

from artextract.html.metadata import read_metadata


def authors(head: str, under_headline: str, elsewhere: str = "") -> list[str]:
    page = (f"<html><head>{head}</head><body><article><h1>Harbour wall extended</h1>{under_headline}"
            f"<p>The council extended the harbour wall by forty metres this spring.</p>{elsewhere}"
            "</article></body></html>")
    return read_metadata(lxml.html.fromstring(page)).authors


JSONLD_AUTHOR = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour wall extended",'
                 ' "author": {"@type": "Person", "name": "Luke Daigle"}}</script>')
META_AUTHOR = '<meta name="author" content="Josh Katzowitz">'


def test_the_shown_byline_names_the_writer_over_a_declared_person_never_shown() -> None:
    assert authors(JSONLD_AUTHOR, "<p>By Paul Fenaroli</p>") == ["Paul Fenaroli"]
    assert authors(META_AUTHOR, "<div><span>By</span> <a href='/people/cp'>Charles Patterson</a></div>") == [
        "Charles Patterson"]


def test_a_declared_writer_the_page_shows_stands_beside_another_credit() -> None:
    # The declared writer's card further down: the line under the headline is another credit.
    card = "<div class='bio'><h4>Luke Daigle</h4><p>Luke covers the coast.</p></div>"
    assert authors(JSONLD_AUTHOR, "<p>By Andy Westlake</p>", card) == ["Luke Daigle"]


def test_a_reviewer_or_editor_line_leaves_the_declared_writer() -> None:
    assert authors(JSONLD_AUTHOR, "<p>Medically reviewed by Dr. Ann Lee</p>") == ["Luke Daigle"]
    assert authors(JSONLD_AUTHOR, "<span>Fact Checked by:</span><a href='/hs'>Hilary Snow</a>") == ["Luke Daigle"]
    assert authors(META_AUTHOR, "<span>Edited by:</span> <span>Keri Stooksbury</span>") == ["Josh Katzowitz"]


def test_the_same_person_spelled_twice_keeps_the_declared_spelling() -> None:
    assert authors(JSONLD_AUTHOR, "<p>By Luke M. Daigle</p>") == ["Luke Daigle"]


def test_a_declared_site_name_is_no_disagreement() -> None:
    # The declared author is the site itself (weak): the shown byline was already read after it.
    site = '<meta property="og:site_name" content="Harbour News"><meta name="author" content="Harbour News">'
    assert authors(site, "<p>By Paul Fenaroli</p>") == ["Paul Fenaroli"]


def test_a_declared_credit_that_names_the_site_among_others_gives_way_to_the_shown_writer() -> None:
    # The site's credit split into parts (its name and its tagline), declared for every story,
    # though the page shows the site's name too (in its header here).
    head = ('<meta property="og:site_name" content="Harbour News">'
            '<meta name="author" content="Harbour News - Das Magazin der Küste">')
    assert authors(head, "<p>Von Claudia Lindner</p>", "<p>Harbour News</p>") == ["Claudia Lindner"]
    # Without a shown writer the declared credit stands.
    assert authors(head, "<p>Published 3 March 2025</p>", "<p>Harbour News</p>") == [
        "Harbour News", "Das Magazin der Küste"]


def test_without_a_shown_byline_the_declared_author_stands() -> None:
    assert authors(JSONLD_AUTHOR, "<p>Published 3 March 2025</p>") == ["Luke Daigle"]



def test_a_data_layer_author_is_the_last_resort() -> None:
    # A WordPress page whose GTM4WP data layer names the post's author: read when nothing else names one.
    layer = '<script>var dataLayer_content = {"pagePostAuthor":"Krista Holm"};</script>'
    assert authors(layer, "<p>Published 3 March 2025</p>") == ["Krista Holm"]
    assert authors(layer, "<p>By Paul Fenaroli</p>") == ["Paul Fenaroli"]


# choose_description: a hand-written head standing for a story page whose JSON-LD article states
# its summary while og:description carries a shorter teaser for a social card.
TEASER = '<meta property="og:description" content="There is no going back.">'
SUMMARY = "The council extended the harbour wall by forty metres, and the boats can now moor in winter."


def description(head: str) -> str | None:
    page = f"<html><head>{head}</head><body><article><h1>Harbour wall extended</h1></article></body></html>"
    return read_metadata(lxml.html.fromstring(page)).description


def test_the_json_ld_article_summary_comes_before_an_og_teaser() -> None:
    article = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour wall extended",'
               f' "description": "{SUMMARY}"}}</script>')
    assert description(TEASER + article) == SUMMARY


def test_without_an_article_summary_the_meta_description_stands_before_the_web_page_one() -> None:
    web_page = ('<script type="application/ld+json">{"@type": "WebPage", "name": "Harbour news",'
                ' "description": "All the news of the harbour."}</script>')
    assert description(TEASER + web_page) == "There is no going back."
    assert description(web_page) == "All the news of the harbour."


# choose_published: a hand-written story page whose meta tag's publication date is a later save's
# (a page saved again or moved) while the date under its headline, stamped by a <time>, shows when it
# was published.
def published(meta_date: str, under_headline: str) -> str | None:
    head = f'<meta property="article:published_time" content="{meta_date}">'
    page = (f"<html><head>{head}</head><body><article><h1>Harbour wall extended</h1>{under_headline}"
            "<p>The council extended the harbour wall by forty metres this spring.</p></article></body></html>")
    return read_metadata(lxml.html.fromstring(page)).published


def test_a_shown_date_before_the_meta_tags_and_stamped_is_the_publication() -> None:
    assert published("2024-07-05T14:20:08Z", '<p><time datetime="2024-03-01">March 1, 2024</time></p>') == "2024-03-01"


def test_a_shown_date_before_the_meta_tags_without_a_stamp_leaves_the_tag() -> None:
    assert published("2024-08-07T12:01:51Z", "<p>Dec 30, 2013</p>") == "2024-08-07T12:01:51Z"


def test_a_shown_date_after_the_meta_tags_is_an_update_and_the_tag_stands() -> None:
    assert published("2022-05-10T17:34:08+00:00", "<p>January 1, 2026</p>") == "2022-05-10T17:34:08+00:00"


def test_a_days_gap_is_a_time_zones_and_the_tag_stands() -> None:
    assert published("2026-02-23T00:57:30+00:00", "<p>February 22, 2026</p>") == "2026-02-23T00:57:30+00:00"


def test_a_declared_login_in_capitals_and_figures_gives_way_to_the_shown_name() -> None:
    # Stands for a fan site whose JSON-LD names the posting account ("CC7567") as the creator.
    login = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour wall extended",'
             ' "author": "CC7567"}</script>')
    assert authors(login, "<div class='byline'><span class='author-name'>James Akinaka</span></div>") == [
        "James Akinaka"]


def test_a_customer_reviews_author_and_date_are_not_the_pages() -> None:
    # A product page holds its customers' reviews as microdata items (itemprop="review"): the
    # reviewer, as an element or as a <meta itemprop>, and the review's date are the customer's.
    page = lxml.html.fromstring(
        "<html><body><div itemscope itemtype='https://schema.org/Product'><h1>Hay for rabbits</h1>"
        "<div itemprop='review' itemscope itemtype='https://schema.org/Review'>"
        "<span itemprop='author'>Verified Buyer</span><meta itemprop='author' content='guitar_00'>"
        "<meta itemprop='datePublished' content='2020-06-08'><p>Great hay.</p></div></div></body></html>")
    metadata = read_metadata(page)
    assert metadata.authors == []
    assert metadata.published is None
    # Outside a held review the same marks name the page's author and date.
    page = lxml.html.fromstring(
        "<html><body><article itemscope itemtype='https://schema.org/Article'><h1>Hay for rabbits</h1>"
        "<span itemprop='author'>Jane Doe</span><meta itemprop='datePublished' content='2020-06-08'>"
        "<p>Text.</p></article></body></html>")
    metadata = read_metadata(page)
    assert metadata.authors == ["Jane Doe"]
    assert metadata.published == "2020-06-08"


def test_an_app_name_that_is_the_pages_title_is_no_site_name() -> None:
    # Some CMSs fill application-name with each page's title (traf-dev msn.com): the next source names the site.
    page = lxml.html.fromstring(
        "<html><head><title>Student halls too full, experts warn</title>"
        "<meta name='application-name' content='Student halls too full, experts warn'>"
        "<meta name='publisher' content='The Daily Post'></head><body><h1>Student halls too full</h1></body></html>")
    assert read_metadata(page).site_name == "The Daily Post"
    # An app name that differs from the title is the site's.
    page = lxml.html.fromstring(
        "<html><head><title>Student halls too full, experts warn</title>"
        "<meta name='application-name' content='The Daily Post'></head><body><h1>Student halls</h1></body></html>")
    assert read_metadata(page).site_name == "The Daily Post"
