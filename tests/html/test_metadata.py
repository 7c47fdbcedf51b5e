from __future__ import annotations

import lxml.html
import pytest

from artextract.html.metadata import PageMetadata, clean_title, read_metadata


def meta_of(html: str, url: str | None = None) -> PageMetadata:
    return read_metadata(lxml.html.fromstring(html), url=url)


JSONLD_GRAPH_PAGE = """<!DOCTYPE html>
<html lang="en-US"><head>
<title>Fall Nutrition Trends | Scratch Culinary</title>
<link rel="canonical" href="https://example.com/2025/09/04/fall-trends/">
<meta property="og:site_name" content="Scratch Culinary">
<script type="application/ld+json" class="yoast-schema-graph">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "@id": "https://example.com/#website", "name": "Scratch Culinary"},
  {"@type": "Article", "@id": "https://example.com/a#article",
   "author": {"@id": "https://example.com/#/person/1"},
   "headline": "Fall Nutrition Trends &amp; More",
   "datePublished": "2025-09-04T12:50:36+00:00",
   "dateModified": "2025-09-05T08:00:00+00:00",
   "publisher": {"@id": "https://example.com/#organization"},
   "inLanguage": "en-US"},
  {"@type": "Organization", "@id": "https://example.com/#organization", "name": "Scratch Inc."},
  {"@type": "Person", "@id": "https://example.com/#/person/1", "name": "Andrew King"}
]}
</script></head>
<body><h1>Fall Nutrition Trends &amp; More</h1><p>Body.</p></body></html>"""


def test_jsonld_graph_with_id_references() -> None:
    meta = meta_of(JSONLD_GRAPH_PAGE, url="https://example.com/a")
    assert meta.title == "Fall Nutrition Trends & More"
    assert meta.authors == ["Andrew King"]
    assert meta.published == "2025-09-04"  # from the URL, which agrees
    assert meta.modified == "2025-09-05T08:00:00+00:00"
    assert meta.site_name == "Scratch Culinary"
    assert meta.language == "en-US"
    assert meta.url == "https://example.com/2025/09/04/fall-trends/"


ARRAY_AUTHORS_PAGE = """<html><head>
<script type="application/ld+json">
[{"@context": "https://schema.org", "@type": "NewsArticle",
  "headline": "Two writers, one story",
  "datePublished": "2024-03-05T10:00:00-05:00",
  "author": [{"@type": "Person", "name": "Jane Doe"},
             {"@type": "Person", "name": "John Roe"},
             "Erika Muster"],
  "publisher": {"@type": "Organization", "name": "The Daily"}}]
</script></head><body><h1>Two writers, one story</h1></body></html>"""


def test_jsonld_author_arrays_mix_objects_and_strings() -> None:
    meta = meta_of(ARRAY_AUTHORS_PAGE)
    assert meta.authors == ["Jane Doe", "John Roe", "Erika Muster"]
    assert meta.published == "2024-03-05T10:00:00-05:00"
    assert meta.site_name == "The Daily"


OG_ONLY_PAGE = """<html><head>
<title>Why cats sleep all day - Cat Weekly</title>
<meta property="og:title" content="Why cats sleep all day">
<meta property="og:site_name" content="Cat Weekly">
<meta property="og:description" content="A short answer.">
<meta property="og:image" content="/img/cat.jpg">
<meta property="article:published_time" content="2023-11-02T09:00:00Z">
<meta property="article:author" content="https://facebook.com/janedoe">
<meta name="author" content="Jane Doe">
<meta http-equiv="content-language" content="fr">
</head><body><h1>Why cats sleep all day</h1></body></html>"""


def test_opengraph_only_page() -> None:
    meta = meta_of(OG_ONLY_PAGE, url="https://cats.example/why")
    assert meta.title == "Why cats sleep all day"
    assert meta.site_name == "Cat Weekly"
    assert meta.description == "A short answer."
    # article:author is a profile URL here, so the name comes from <meta name=author>.
    assert meta.authors == ["Jane Doe"]
    assert meta.published == "2023-11-02T09:00:00Z"
    assert meta.language == "fr"
    assert meta.image == "https://cats.example/img/cat.jpg"
    assert meta.url == "https://cats.example/why"


MICRODATA_PAGE = """<html><head><title>Microdata post</title></head><body>
<article itemscope itemtype="http://schema.org/BlogPosting">
  <h1 itemprop="headline">Microdata post</h1>
  <span itemprop="author" itemscope itemtype="http://schema.org/Person">
    by <span itemprop="name">Ada Lovelace</span></span>
  <time itemprop="datePublished" datetime="2022-07-14">July 14</time>
  <p>Text.</p>
  <div class="comments">
    <div itemprop="author" itemscope><span itemprop="name">Troll</span></div>
  </div>
</article></body></html>"""


def test_microdata_page() -> None:
    meta = meta_of(MICRODATA_PAGE)
    assert meta.authors == ["Ada Lovelace"]
    assert meta.published == "2022-07-14"


BYLINE_ONLY_PAGE = """<html><head><title>Local news</title></head><body>
<header class="site-header"><a class="author" href="/me">Log in</a></header>
<article>
  <h1>Council approves new park</h1>
  <div class="byline">By <a href="/staff/jane">Jane Doe</a> and John Roe, Staff Writers
    | Updated March 3, 2024 5:50 pm ET</div>
  <p>The council voted on Tuesday, March 1, 2024, to approve the park.</p>
</article>
<aside class="related-posts"><div class="byline">By Someone Else</div></aside>
</body></html>"""


def test_byline_only_page() -> None:
    meta = meta_of(BYLINE_ONLY_PAGE)
    assert meta.authors == ["Jane Doe", "John Roe"]
    assert meta.published == "2024-03-03"


LONE_BY_PAGE = """<html><head><title>Notes</title></head><body>
<nav><a href="/">Home</a></nav>
<h1>Notes on parsers</h1>
<p class="meta"><span>by: </span><a href="/about">Ziyi Xu</a>, <span>Dec 17, 2025</span></p>
<p>Body text.</p></body></html>"""


def test_lone_by_before_a_linked_name_near_the_headline() -> None:
    meta = meta_of(LONE_BY_PAGE)
    assert meta.authors == ["Ziyi Xu"]
    assert meta.published == "2025-12-17"


MENU = "".join(f'<li><a href="/s{n}">Section {n}</a></li>' for n in range(50))
LOGO_H1_PAGE = f"""<html><head><title>Harbour wall extended by forty metres</title></head><body>
<h1 class="logo"><a href="/">The Gazette</a></h1><ul>{MENU}</ul>
<article><h2>Harbour wall extended by forty metres</h2><p>By Ana Ruiz</p>
<p>The council voted on Tuesday to extend the harbour wall by forty metres.</p></article></body></html>"""


def test_the_byline_is_looked_for_near_the_headline_the_headline_phase_chose() -> None:
    # The logo's <h1> comes first, fifty menu links above the article's own heading (an <h2>
    # saying the title): the byline stands under the heading the headline phase chose.
    meta = meta_of(LOGO_H1_PAGE)
    assert meta.headline.element is not None and meta.headline.element.tag == "h2"
    assert meta.authors == ["Ana Ruiz"]


URL_DATE_PAGE = """<html><head><title>Story</title></head>
<body><h1>Story</h1><p>No date on the page.</p></body></html>"""


def test_date_from_the_url_path() -> None:
    assert meta_of(URL_DATE_PAGE, url="https://news.example/2024/03/05/story/").published == "2024-03-05"
    assert meta_of(URL_DATE_PAGE, url="https://news.example/2024-03-05-story").published == "2024-03-05"
    assert meta_of(URL_DATE_PAGE, url="https://news.example/story").published is None


BROKEN_JSONLD_PAGE = """<html><head>
<script type="application/ld+json"><!--
{"@type": "BlogPosting", "headline": "Still readable", "author": {"name": "Jo Bloggs"},
 "datePublished": "2021-01-02",}
--></script>
<script type="application/ld+json">{ this is not json</script>
<script type="application/ld+json"><![CDATA[{"@type": "WebSite", "name": "Blog"}]]></script>
</head><body><h1>Still readable</h1></body></html>"""


def test_broken_jsonld_is_tolerated() -> None:
    meta = meta_of(BROKEN_JSONLD_PAGE)
    assert meta.title == "Still readable"
    assert meta.authors == ["Jo Bloggs"]
    assert meta.published == "2021-01-02"
    assert meta.site_name == "Blog"


def test_organisation_author_yields_to_a_person_in_the_page() -> None:
    html = """<html><head><script type="application/ld+json">
    {"@type": "Article", "headline": "H", "author": {"@type": "Organization", "name": "Acme"}}
    </script></head><body><h1>H</h1><p class="byline">By Jane Doe</p></body></html>"""
    assert meta_of(html).authors == ["Jane Doe"]


def test_site_name_as_author_yields_to_a_byline() -> None:
    html = """<html><head><meta property="og:site_name" content="Acme News">
    <meta name="author" content="Acme News"></head>
    <body><h1>Headline here</h1><div class="post-author">Written by Jane Doe</div></body></html>"""
    assert meta_of(html).authors == ["Jane Doe"]


def test_dublin_core_and_space_separated_properties() -> None:
    html = """<html><head><title>Title Element</title>
    <meta property="x:title dc:title" content="Preferred title">
    <meta property="og:title twitter:title" content="A title">
    <meta property="dc:creator twitter:site_name" content="Creator Name">
    </head><body></body></html>"""
    meta = meta_of(html)
    assert meta.title == "Preferred title"
    assert meta.authors == ["Creator Name"]


def test_wikipedia_style_headline_is_a_description() -> None:
    html = """<html><head><title>New Zealand - Wikipedia</title>
    <script type="application/ld+json">{"@type": "Article", "name": "New Zealand",
    "headline": "constitutional monarchy in Oceania"}</script></head><body></body></html>"""
    assert meta_of(html).title == "New Zealand"


def test_empty_document_gives_empty_metadata() -> None:
    meta = meta_of("<html><body><p>Hello</p></body></html>")
    assert meta == PageMetadata()


@pytest.mark.parametrize(
    ("title", "site", "url", "expected"),
    [
        ("Fall Trends | Scratch Culinary", "Scratch Culinary", None, "Fall Trends"),
        ("Scratch Culinary - Fall Trends", "Scratch Culinary", None, "Fall Trends"),
        ("Fall Trends :: Scratch Culinary", "Scratch Culinary", None, "Fall Trends"),
        ("How to bake bread – The Kitchn", None, "https://www.thekitchn.com/bread", "How to bake bread"),
        ("Big story here | News | BBC", None, "https://www.bbc.co.uk/news/1", "Big story here | News"),
        # A short label after " | " goes even without a known site name.
        ("Why the sky is blue at noon | Sky Blog", None, None, "Why the sky is blue at noon"),
        # Hyphens inside a title are not separators.
        ("Gymshark Arrival T-Shirt - Black", "Gymshark", None, "Gymshark Arrival T-Shirt - Black"),
        # A one-word remainder ("Home") means the site name is the title.
        ("Home - The GitHub Blog", "The GitHub Blog", None, "Home - The GitHub Blog"),
        # On the site's root page the brand is the title.
        ("PostHog – We make dev tools", None, "https://posthog.com/", "PostHog – We make dev tools"),
        ("No separator at all", "Site", None, "No separator at all"),
        # A separator before an empty site name is no part of the title; a French colon is.
        ("National Rail Enquiries -", None, None, "National Rail Enquiries"),
        ("mediaarchitecture.de //", None, None, "mediaarchitecture.de"),
        ("Qui gagne :", None, None, "Qui gagne :"),
        # Chinese and Japanese set the separator without spaces, next to an ideograph or kana;
        # an underscore inside a Latin name is no separator.
        ("NEWS WEB EASY|子どもへの体罰を禁止する法律ができる", "NEWS WEB EASY", None, "子どもへの体罰を禁止する法律ができる"),
        ("本市今年新增绿地面积超过两百公顷_城市日报网", None, None, "本市今年新增绿地面积超过两百公顷"),
        ("新しい駅が来月開業へ｜東海ニュース", None, None, "新しい駅が来月開業へ"),
        ("Module ngx_http_rewrite_module", None, None, "Module ngx_http_rewrite_module"),
        ("« Les privatisations sont au profit d'intérêts privés »", None, None,
         "« Les privatisations sont au profit d'intérêts privés »"),
        (None, "Site", None, None),
    ],
)
def test_clean_title(title: str | None, site: str | None, url: str | None, expected: str | None) -> None:
    assert clean_title(title, site, url) == expected


def test_malformed_urls_do_not_raise() -> None:
    html = """<html><head><link rel="canonical" href="http://[bad/x">
    <meta property="og:image" content="/img.png"></head><body><h1>x</h1></body></html>"""
    meta = meta_of(html, url="http://[bad")
    assert meta.published is None


# --- the title, chosen by the page's own evidence ---------------------------


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}<p>Body text.</p></body></html>"


def test_title_segment_that_the_heading_names_wins_over_the_longer_one() -> None:
    html = _page(
        "<title>Stripe Payments | Global Payment Processing Platform</title>"
        '<meta property="og:title" content="Stripe Payments | Global Payment Processing Platform">',
        "<h1>Stripe logo</h1><h1>Payments</h1>",
    )
    meta = meta_of(html, url="https://stripe.com/payments")
    assert clean_title(meta.title, meta.site_name, meta.url) == "Stripe Payments"


def test_title_segment_named_by_the_heading_even_when_it_starts_with_the_site() -> None:
    html = _page(
        "<title>Visual Studio Community | Download Latest Free Version</title>"
        '<meta property="og:site_name" content="Visual Studio">',
        "<h1>Visual Studio Community</h1>",
    )
    meta = meta_of(html, url="https://visualstudio.example.com/vs/community/")
    assert clean_title(meta.title, meta.site_name, meta.url) == "Visual Studio Community"


def test_short_last_segment_is_never_taken_for_the_title() -> None:
    # The logo <h1> repeats the site's name, which sits in the last segment.
    html = _page(
        "<title>Outside the web: standalone binaries · V8</title>",
        "<h1>V8</h1><h1>Outside the web: standalone binaries</h1>",
    )
    assert meta_of(html).title == "Outside the web: standalone binaries"
    assert meta_of(_page("<title>Outside the web · V8</title>", "<h1>V8</h1>")).title == "Outside the web · V8"


def test_og_title_slogan_sharing_no_word_with_the_page_is_dropped() -> None:
    html = _page(
        "<title>Trending repositories on GitHub today · GitHub</title>"
        '<meta property="og:title" content="Build software better, together">'
        '<meta property="og:site_name" content="GitHub">',
        "<h1>Trending</h1>",
    )
    meta = meta_of(html, url="https://github.com/trending")
    assert clean_title(meta.title, meta.site_name, meta.url) == "Trending repositories on GitHub today"


def test_statement_agreeing_with_the_heading_wins_over_the_jsonld_headline() -> None:
    html = _page(
        "<title>Amp AI Fitness Machine Review | PS Fitness</title>"
        '<meta property="og:title" content="I Tried Amp, the AI Strength Trainer">'
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "Amp AI Fitness Machine Review With Photos"}</script>',
        "<h1>I Tried Amp, the AI Strength Trainer</h1>",
    )
    assert meta_of(html, url="https://news.example/fitness/amp-review").title == "I Tried Amp, the AI Strength Trainer"


def test_og_title_that_only_names_the_site_is_dropped_but_not_on_the_home_page() -> None:
    head = (
        "<title>Which robotic lawnmower suits which lawn? | Robomow</title>"
        '<meta property="og:title" content="Robomow"><meta property="og:site_name" content="Robomow">'
    )
    html = _page(head, "<h1>Which robotic lawnmower suits which lawn?</h1>")
    lawn = meta_of(html, url="https://robomow.example/blog/lawn-size")
    assert lawn.title == "Which robotic lawnmower suits which lawn?"
    assert meta_of(html, url="https://robomow.example/").title == "Robomow"


def test_logo_heading_is_no_evidence_for_a_site_prefixed_title() -> None:
    html = _page(
        "<title>Engora Data Blog: Small adventures with small models</title>"
        '<meta property="og:title" content="Small adventures with small models">',
        "<h1>Engora Data Blog</h1><h1>Small is the new large</h1>",
    )
    assert meta_of(html, url="https://blog.engora.com/2025/12/small-models.html").title == (
        "Small adventures with small models"
    )


def test_heading_named_by_the_slug_replaces_a_site_and_slogan_title() -> None:
    html = _page("<title>Forum - The heart of the internet</title>", "<h1>Enameled Cast Iron Pan and Metal</h1>")
    url = "https://forum.example/r/cooking/comments/1rl0nt4/enameled_cast_iron_pan_and_metal/"
    assert meta_of(html, url=url).title == "Enameled Cast Iron Pan and Metal"
    # Without a slug that names it, the heading is no reason to doubt the title.
    assert meta_of(html, url="https://forum.example/t/1234").title == "Forum - The heart of the internet"


def test_canonical_to_the_home_page_from_a_deeper_page_is_not_the_page_url() -> None:
    html = _page(
        '<title>Electrician in Ponchatoula, LA - Costs 12 / 2025 - homeyou</title>'
        '<link rel="canonical" href="https://www.homeyou.com">'
        '<meta property="og:site_name" content="Homeyou">',
        "<h1>Electrician costs</h1>",
    )
    url = "https://www.homeyou.com/la/electrical-service-ponchatoula-costs"
    meta = meta_of(html, url=url)
    assert meta.url == url
    assert clean_title(meta.title, meta.site_name, meta.url) == "Electrician in Ponchatoula, LA - Costs 12 / 2025"
    index = meta_of(html, url="https://www.homeyou.com/index.html")
    assert index.url == "https://www.homeyou.com"


def test_meta_property_value_wins_over_a_name_copy_of_the_same_key() -> None:
    html = """<html><head><title>Kept for last</title>
    <meta name="og:title" content="Stale template title">
    <meta property="og:title" content="Shared title">
    </head><body></body></html>"""
    assert meta_of(html).title == "Shared title"


def test_logo_heading_linking_home_is_cut_off_the_title() -> None:
    html = _page(
        "<title>Chapter two: the setup | Handbook of British Garden Birds</title>",
        '<h1><a href="./">Handbook of British Garden Birds</a></h1><h2>Chapter two: the setup</h2>',
    )
    assert meta_of(html, url="https://birds.example/chapter-two").title == "Chapter two: the setup"
    # A logo set before the title with no separator at all.
    blog = _page("<title>kestrel.example Waiting for swifts</title>", '<h1><a href="/">kestrel.example</a></h1>')
    assert meta_of(blog, url="https://kestrel.example/2024/05/swifts.html").title == "Waiting for swifts"
    # A heading linking elsewhere is no logo; nor is a one-word rest a title.
    other = _page("<title>Notes | Handbook of Birdwatching</title>", '<h1><a href="/notes">Handbook of Birdwatching</a></h1>')
    assert meta_of(other, url="https://birds.example/notes").title == "Notes | Handbook of Birdwatching"


def test_heading_repeating_the_last_title_segment_is_the_site_label() -> None:
    html = _page("<title>Garden hoses and reels - Hoseworks Outlet</title>", "<h1>Hoseworks Outlet</h1>")
    assert meta_of(html, url="https://hoses.example/reels").title == "Garden hoses and reels"
    # With the site's name at the start, the last segment is the page's own.
    first = _page(
        '<title>Hoseworks | Garden hoses and reels</title><meta property="og:site_name" content="Hoseworks">',
        "<h1>Garden hoses and reels</h1>",
    )
    meta = meta_of(first, url="https://hoses.example/reels")
    assert clean_title(meta.title, meta.site_name, meta.url) == "Garden hoses and reels"


def test_one_more_slug_word_is_enough_for_a_long_slug() -> None:
    html = _page("<title>Ultralight tents compared</title>", "<h1>Ultralight tents for mountain weekends</h1>")
    url = "https://outdoor.example/blog/ultralight-tents-mountain-trips/"
    assert meta_of(html, url=url).title == "Ultralight tents for mountain weekends"
    # Of a two-word slug one word more is a coin flip; ids and extensions are no words.
    short = "https://outdoor.example/c/tents-mountain-ab123.html"
    assert meta_of(html, url=short).title == "Ultralight tents compared"


def test_home_page_title_is_the_statement_that_names_the_site() -> None:
    html = _page(
        '<title>Larkspur - Team Task Boards</title><meta property="og:title" content="Work better together">',
        "<h1>Plan less, ship more</h1>",
    )
    assert meta_of(html, url="https://larkspur.example/").title == "Larkspur - Team Task Boards"


def test_title_whose_copy_adds_the_site_label_keeps_its_own_segments() -> None:
    html = _page(
        '<title>Pinecone Backup | Offsite Storage | Pinecone</title>'
        '<meta property="og:title" content="Pinecone Backup | Offsite Storage">',
        "<p>No heading.</p>",
    )
    meta = meta_of(html, url="https://www.pinecone.example/backup/")
    assert clean_title(meta.title, meta.site_name, meta.url) == "Pinecone Backup | Offsite Storage"
    # But a site's domain name in the copied title is still its label.
    domain = _page(
        '<title>Offsite storage plans | pinecone.example | Pinecone Group</title>'
        '<meta property="og:title" content="Offsite storage plans | pinecone.example">'
        '<meta property="og:site_name" content="Pinecone Group">',
        "<p>No heading.</p>",
    )
    meta = meta_of(domain, url="https://www.pinecone.example/plans/")
    assert clean_title(meta.title, meta.site_name, meta.url) == "Offsite storage plans"


def test_with_no_agreeing_statement_the_one_closest_to_the_headings_wins() -> None:
    html = _page(
        '<title>Bike Repair Kits | Spokeshop</title><meta property="og:title" content="We fix what moves you">',
        "<h1>Everything for roadside bike repair</h1>",
    )
    meta = meta_of(html, url="https://spokeshop.example/kits")
    assert clean_title(meta.title, meta.site_name, meta.url) == "Bike Repair Kits"


def test_twice_escaped_entities_are_unescaped() -> None:
    html = """<html><head><title>Waiting&amp;#8230; for spring</title>
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Waiting&amp;#8230; for spring"}</script>
    </head><body></body></html>"""
    assert meta_of(html).title == "Waiting… for spring"


def test_headline_after_its_kicker_is_no_site_label() -> None:
    html = _page("<title>Book review: The novel everyone will argue about</title>", "<h1>The novel everyone will argue about</h1>")
    meta = meta_of(html, url="https://paper.example/culture/novel-review")
    assert meta.title == "Book review: The novel everyone will argue about"


def test_taxonomy_classes_of_the_post_wrapper_are_no_comments_region() -> None:
    # WordPress prints the post's tags and categories as classes of its wrapper: a tag
    # called "comments" or a category "product-reviews" does not put the byline in comments.
    page = """<html><body><article class="post-7 type-post hentry category-product-reviews tag-comments">
    <h1>A kettle reviewed</h1><div class="entry-meta">Posted on <time class="entry-date published"
    datetime="2025-02-17">February 17, 2025</time> by <span class="author vcard">Priya Nand</span></div>
    <div class="entry-content"><p>Text.</p></div></article>
    <div class="comments-area"><span class="author vcard">Mark</span></div></body></html>"""
    meta = meta_of(page)
    assert meta.authors == ["Priya Nand"]
    assert meta.published == "2025-02-17"


def test_without_an_h1_a_subheading_that_says_one_statement_chooses_it() -> None:
    # The CMS left another article's og:title; the page shows its <title> in an <h2>.
    page = ("<html><head><title>Harbour wall to be extended next spring</title>"
            '<meta property="og:title" content="Mayor opens the new library on Main Street"></head>'
            "<body><h2>Harbour wall to be extended next spring</h2><h3>Details</h3><p>Body.</p></body></html>")
    assert meta_of(page, url="https://example.com/news/1").title == "Harbour wall to be extended next spring"
    # A section heading that shares a word or two is no such evidence: og:title stays first.
    page = page.replace("<h2>Harbour wall to be extended next spring</h2>", "<h2>Harbour news</h2>")
    assert meta_of(page, url="https://example.com/news/1").title == "Mayor opens the new library on Main Street"


def _byline_authors(byline: str) -> list[str]:
    return meta_of(f"<html><body><h1>Council approves a new park</h1>{byline}<p>Text.</p></body></html>").authors


def test_a_job_title_beside_a_linked_name_is_no_author() -> None:
    # security.org: the author's link and, in a box beside it, the job title (read whole, three "names").
    assert _byline_authors('<div class="byline">By <span class="author-name"><a href="/author/paul-frew/">'
                           'Paul Frew</a><span>, Home and Digital Security Expert</span></span></div>') == ["Paul Frew"]


def test_a_position_beside_a_name_classed_box_is_no_author() -> None:
    assert _byline_authors('<p class="byline"><span class="name">Rex Du, Ph.D.</span> '
                           '<span class="pos">Director, Advanced Analytics</span></p>') == ["Rex Du"]
    assert _byline_authors('<div class="author-details"><span class="detail--name">Carlos Escobar</span>, '
                           '<span class="detail--title">VP, IS Security, Risk, and Compliance</span>, '
                           '<span class="detail--company">RevMed</span></div>') == ["Carlos Escobar"]


def test_a_second_author_in_the_bylines_own_text_stays() -> None:
    assert _byline_authors('<div class="byline">By <a href="/author/jane-doe">Jane Doe</a> and John Roe</div>') == [
        "Jane Doe", "John Roe"]
    # Two marked names and a desk beside them: both names.
    assert _byline_authors('<div class="byline"><span class="author-name">Ana Ruiz</span> und '
                           '<span class="author-name">Ben Ode</span>, <span>Wirtschaftsredaktion</span></div>') == [
        "Ana Ruiz", "Ben Ode"]


def test_a_company_name_box_is_no_mark() -> None:
    # "company-name" names no person: it marks nothing (the byline is read whole), and beside a
    # marked name it is what the byline says about that name.
    assert _byline_authors('<div class="byline"><span class="company-name">Acme</span>, <span>Jane Doe</span>, '
                           '<span>John Roe</span></div>') == ["Acme", "Jane Doe", "John Roe"]
    assert _byline_authors('<div class="byline"><span class="author-name">Jane Doe</span>, '
                           '<span class="company-name">Acme Labs</span></div>') == ["Jane Doe"]


def test_a_login_declared_as_author_yields_to_the_byline_shown() -> None:
    html = """<html><head><script type="application/ld+json">
    {"@type": "Article", "headline": "H", "author": {"@type": "Person", "name": "andrew.keaveney"}}
    </script></head><body><h1>Harbour wall extended</h1><p class="byline">By Denise Everheart</p></body></html>"""
    assert meta_of(html).authors == ["Denise Everheart"]


def test_a_login_is_the_author_when_nothing_else_names_one() -> None:
    html = """<html><head><meta name="author" content="gabor_munier"></head>
    <body><h1>Harbour wall extended</h1><p>Text.</p></body></html>"""
    assert meta_of(html).authors == ["gabor_munier"]


def test_a_brand_in_capitals_is_no_login() -> None:
    # (The byline has no label: a labelled one under the headline names the writer over a declared
    # author the page never shows, see tests/html/metadata/test_choose.py.)
    html = """<html><head><meta name="author" content="CNN"></head>
    <body><h1>Harbour wall extended</h1><p class="byline">Denise Everheart</p></body></html>"""
    assert meta_of(html).authors == ["CNN"]


def test_a_language_that_is_no_tag_gives_way_to_the_next_declaration_or_detection() -> None:
    # '<html lang="english">' is no language tag: a filter on "en" would miss the page.
    assert meta_of('<html lang="english"><head><meta http-equiv="content-language" content="en-GB"></head>'
                   "<body><p>x</p></body></html>").language == "en-GB"
    assert meta_of('<html lang="Spanish"><body><p>x</p></body></html>').language is None
    assert meta_of('<html lang="pt_BR"><body><p>x</p></body></html>').language == "pt-BR"



SWAPPED_DATE_PAGE = """<html><head><title>Renovation phases</title>
<script type="application/ld+json">{"@type": "BlogPosting", "headline": "Renovation phases",
 "datePublished": "%s"}</script></head><body><article>
<h1>Renovation phases</h1><p class="post-date">%s</p>
<p>The text of the guide, long enough to be a paragraph of its own here.</p></article></body></html>"""


def test_a_date_shown_in_figures_gives_way_to_the_json_ld_when_they_differ_by_a_day_month_swap() -> None:
    # "10/09/2024" is read month-first by guess; the JSON-LD writes the year first and says
    # 10 September: the shown date was meant day-first.
    assert meta_of(SWAPPED_DATE_PAGE % ("2024-09-10T16:07:00Z", "10/09/2024")).published == "2024-09-10T16:07:00Z"


def test_a_date_shown_in_figures_stands_when_the_json_ld_says_another_date() -> None:
    # Not the swap of the shown date: the page's shown date keeps its precedence.
    assert meta_of(SWAPPED_DATE_PAGE % ("2024-09-11T16:07:00Z", "10/09/2024")).published == "2024-10-09"
    # Day past any month: no other reading to weigh.
    assert meta_of(SWAPPED_DATE_PAGE % ("2024-09-10T16:07:00Z", "10/13/2024")).published == "2024-10-13"


def test_a_meta_date_in_figures_gives_way_to_the_shown_date_when_they_differ_by_a_day_month_swap() -> None:
    # "03-09-2026" in the tag is read day-first by guess; the page shows "March 9, 2026".
    page = """<html><head><meta property="article:published_time" content="%s"></head><body><article>
    <h1>Harbour wall to be extended</h1><p class="byline">Published March 9, 2026</p>
    <p>The text of the story, long enough to be a paragraph of its own here.</p></article></body></html>"""
    assert meta_of(page % "03-09-2026").published == "2026-03-09"
    # A tag writing the year first is read one way only: it stands.
    assert meta_of(page % "2026-09-03").published == "2026-09-03"
