"""Content-Type parsing and which media types are pages."""

from __future__ import annotations

from artextract.fetch.page import Page, is_page_type, parse_content_type


def test_media_type_and_charset():
    assert parse_content_type('text/html; charset="ISO-8859-1"') == ("text/html", "iso-8859-1")
    assert parse_content_type("Text/HTML") == ("text/html", None)
    assert parse_content_type("text/html; charset=no-such-charset") == ("text/html", None)
    assert parse_content_type(None) == (None, None)


def test_page_types():
    assert is_page_type("text/html") and is_page_type("application/xhtml+xml") and is_page_type(None)
    assert not is_page_type("application/pdf") and not is_page_type("image/svg+xml")


def test_headers_are_looked_up_without_regard_to_case():
    page = Page("u", "u", 200, (("Content-Type", "text/html"),), b"", None, "text/html", "2026-01-01T00:00:00Z")
    assert page.header("content-type") == "text/html" and page.header("x") is None
