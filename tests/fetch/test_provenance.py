"""How a fetch shows in a record: the final URL, the source object, error records of their own kind."""

from __future__ import annotations

from artextract.fetch import FetchError, Page
from artextract.fetch.provenance import Fetched, error_record, for_url

PAGE = Page("http://a.example/old", "https://a.example/new", 200, (), b"<html></html>", "utf-8", "text/html",
            "2026-03-01T12:00:00Z", ("http://a.example/old",))
ARTICLE = {"headline": "H", "url": "https://a.example/canonical", "body": "B",
           "source": {"type": "html", "path": "http://a.example/old"}, "warnings": ["w"]}


def test_an_article_gets_the_final_url_and_the_url_source():
    record = for_url(ARTICLE, Fetched.from_page(PAGE, ("the page could not be saved: disk full",)))
    assert record["url"] == "https://a.example/new"
    assert record["source"] == {"type": "url", "path": "http://a.example/old", "url": "http://a.example/old",
                                "status": 200, "fetched_at": "2026-03-01T12:00:00Z"}
    assert record["warnings"] == ["w", "the page could not be saved: disk full"]
    assert list(record) == list(ARTICLE)  # keys keep their order


def test_a_failed_fetch_is_an_error_record_of_its_kind():
    fetched = Fetched.from_error("http://a.example/x", FetchError("http", "HTTP 410 Gone", status=410,
                                                                   final_url="https://a.example/x"))
    assert error_record(fetched) == {
        "source": {"type": "url", "path": "http://a.example/x", "url": "http://a.example/x", "status": 410,
                   "fetched_at": None},
        "url": "https://a.example/x", "error": {"type": "http", "message": "HTTP 410 Gone"}}


def test_a_fetched_page_that_fails_extraction_keeps_its_error_and_gains_its_source():
    failed = {"source": {"type": None, "path": "http://a.example/old"}, "error": {"type": "input", "message": "empty input"}}
    record = for_url(failed, Fetched.from_page(PAGE))
    assert record["error"] == failed["error"] and record["source"]["type"] == "url" and record["source"]["status"] == 200


def test_records_of_other_inputs_are_left_alone():
    assert for_url(ARTICLE, None) is ARTICLE
