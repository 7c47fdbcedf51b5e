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


def test_title_element_reads_the_first_title_with_text_in_document_order():
    # The <head>'s titles are read before the whole page is searched: an empty one there, or one
    # inside an inline <svg>, gives way to the next title with text, wherever it stands.
    from artextract.html.metadata.title import _title_element
    from artextract.html.parse import parse_html

    page = "<html><head><title>  </title></head><body><svg><title>Icon</title></svg><title>Late</title></body></html>"
    assert _title_element(parse_html(page)) == "Late"
    page = "<html><head><title>Head title</title></head><body><title>Late</title></body></html>"
    assert _title_element(parse_html(page)) == "Head title"
    assert _title_element(parse_html("<html><body><p>No title here</p></body></html>")) is None


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
