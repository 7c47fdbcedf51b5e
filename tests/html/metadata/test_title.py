"""clean_title on a site's home page: the site's name names the page, but once."""

import pytest

from artextract.html.metadata.title import clean_title


@pytest.mark.parametrize(
    ("title", "site", "url", "expected"),
    [
        # Named at both ends: the closing label goes, the opening name stays.
        ("Airtable: Build AI Workflows & Apps - Airtable", "Airtable", "https://www.airtable.com/",
         "Airtable: Build AI Workflows & Apps"),
        ("InfoQ: Software News, Trends & Practices - InfoQ", None, "https://www.infoq.com/",
         "InfoQ: Software News, Trends & Practices"),
        ("Hugging Face: The AI community – Hugging Face", None, "https://huggingface.co/",
         "Hugging Face: The AI community"),
        # Named once: the home page keeps its brand, at either end.
        ("PostHog – We make dev tools", None, "https://posthog.com/", "PostHog – We make dev tools"),
        ("Free screen recorder for Mac and PC | Loom", "Loom", "https://www.loom.com/",
         "Free screen recorder for Mac and PC | Loom"),
        # Nothing but the name twice: left as it is.
        ("Airtable - Airtable", "Airtable", "https://www.airtable.com/", "Airtable - Airtable"),
        # Off the home page the label goes as before.
        ("Airtable: Build AI Workflows & Apps - Airtable", "Airtable", "https://www.airtable.com/product",
         "Airtable: Build AI Workflows & Apps"),
    ],
)
def test_home_page_title_names_the_site_once(title: str, site: str | None, url: str, expected: str) -> None:
    assert clean_title(title, site, url) == expected


def test_title_element_text_reads_the_first_title_with_text_in_document_order():
    # The <head>'s titles are read before the whole page is searched: an empty one there, or one
    # inside an inline <svg>, gives way to the next title with text, wherever it stands.
    from artextract.html.metadata.title import title_element_text
    from artextract.html.parse import parse_html

    page = "<html><head><title>  </title></head><body><svg><title>Icon</title></svg><title>Late</title></body></html>"
    assert title_element_text(parse_html(page)) == "Late"
    page = "<html><head><title>Head title</title></head><body><title>Late</title></body></html>"
    assert title_element_text(parse_html(page)) == "Head title"
    assert title_element_text(parse_html("<html><body><p>No title here</p></body></html>")) is None


@pytest.mark.parametrize(
    ("title", "site", "url", "expected"),
    [
        # A host spells the site's name with hyphens for its spaces ...
        ("Long lines in the harbour: a walk at dawn - Von der See", None, "https://von-der-see.example/walk",
         "Long lines in the harbour: a walk at dawn"),
        ("Von der See | Long lines in the harbour at dawn", None, "https://www.von-der-see.example/walk",
         "Long lines in the harbour at dawn"),
        # ... and in ASCII, without the name's accents.
        ("Junmai Daiginjo Gold and its rice - SakéHaus", None, "https://www.sakehaus.example/gold",
         "Junmai Daiginjo Gold and its rice"),
    ],
)
def test_a_label_the_host_spells_with_hyphens_or_without_accents_is_the_sites(
        title: str, site: str | None, url: str, expected: str) -> None:
    assert clean_title(title, site, url) == expected


def _chosen(page: str, url: str) -> str | None:
    from artextract.html.metadata.jsonld import JsonLd
    from artextract.html.metadata.meta_tags import collect_meta
    from artextract.html.metadata.title import choose_title
    from artextract.html.parse import parse_html

    from artextract.html.metadata.choose import choose_description

    tree = parse_html(page)
    meta = collect_meta(tree)
    return choose_title(JsonLd(tree), meta, tree, None, url, description=choose_description(meta, JsonLd(tree)))


# A hand-written page of a public office: its <title> reads "Site - Section - Headline", and the
# section's name stands in an <h1> over the list the notice belongs to (the shape of traf-dev fit
# zoll.de, gipfelbuch.ch, bundespolizei.de).
_SECTION_PAGE = """<html><head><title>Harbour Office - Notices - New berth rules for the winter season</title>
{meta}</head><body><h1>Notices</h1><h2>New berth rules for the winter season</h2>
<p>From November the outer berths close at dusk, and boats moor on the inner quay.</p></body></html>"""


@pytest.mark.parametrize("meta", [
    "",
    # The meta title is the <title> less the site's label: it keeps the same order.
    '<meta property="og:title" content="Notices - New berth rules for the winter season">',
])
def test_a_title_that_opens_with_the_site_puts_its_headline_last(meta: str) -> None:
    chosen = _chosen(_SECTION_PAGE.format(meta=meta), "https://www.harbour-office.example/notices/berths")
    assert "New berth rules for the winter season" in chosen
    assert chosen != "Notices"


def test_a_title_that_closes_on_the_site_keeps_the_segment_its_heading_names() -> None:
    # "Headline | Section | Site": the <h1> names the first segment, which is kept as before.
    page = ("<html><head><title>Middleware | Framework documentation | Framework</title></head>"
            "<body><h1>Middleware</h1><p>Middleware is a framework of hooks into request processing.</p></body></html>")
    assert _chosen(page, "https://docs.framework.example/middleware/") == "Middleware"


def _teaser_page(description: str) -> str:
    # A hand-written service page in the shape of wcxb fit oracle.com and onefabday.com: the share
    # card's title is a teaser, the <title> names the page, and the <h1> says one word of both.
    return ("<html><head><title>Harbour Berths - Mooring and Storage for Small Boats | Harbour Office</title>"
            '<meta property="og:title" content="Ready to stop worrying about winter storms at your berths?">'
            f'<meta name="description" content="{description}"></head>'
            "<body><h1>Why Berths Matter</h1><p>Berths keep a boat off the rocks.</p></body></html>")


def test_of_statements_a_heading_says_as_much_of_the_description_says_more() -> None:
    page = _teaser_page("Mooring and storage for small boats at the harbour, with berths by the month.")
    assert _chosen(page, "https://harbour.example/services/berths/") == ("Harbour Berths - Mooring and Storage for Small Boats | Harbour Office")


def test_without_a_description_the_first_statement_stays() -> None:
    page = _teaser_page("")
    assert _chosen(page, "https://harbour.example/services/berths/").startswith("Ready to stop worrying")


def test_without_a_headings_word_the_description_does_not_choose() -> None:
    # No heading shares a word with either statement: the og:title is trusted as before.
    page = _teaser_page("Mooring and storage for small boats.").replace("Why Berths Matter", "Welcome aboard")
    assert _chosen(page, "https://harbour.example/services/berths/").startswith("Ready to stop worrying")
