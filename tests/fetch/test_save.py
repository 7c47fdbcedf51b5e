"""Keeping fetched pages: a gzipped file per page with an index, and a WARC file read back."""

from __future__ import annotations

import gzip
import json
import os

import pytest

from artextract.batch.warc import iter_warc
from artextract.fetch import Page, PageDir, SaveError, WarcOut
from artextract.fetch.save import page_file

from fetch_server import article

BODY = article().encode("utf-8")


def _page(final_url: str = "https://news.example/2026/bridge-reopens.html?ref=home", **changes) -> Page:
    fields = {"url": "https://news.example/b", "final_url": final_url, "status": 200,
              "headers": (("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"),
                          ("Content-Length", "123")),
              "body": BODY, "charset": "utf-8", "content_type": "text/html", "fetched_at": "2026-03-01T12:00:00Z"}
    fields.update(changes)
    return Page(**fields)


def test_pages_are_saved_gzipped_under_their_host_with_an_index(tmp_path):
    store = PageDir(str(tmp_path / "pages"))
    path = store.save(_page())
    assert os.path.dirname(path) == str(tmp_path / "pages" / "news.example")
    assert os.path.basename(path).startswith("bridge-reopens-") and path.endswith(".html.gz")
    with gzip.open(path) as handle:
        assert handle.read() == BODY
    (entry,) = [json.loads(line) for line in (tmp_path / "pages" / "pages.jsonl").read_text().splitlines()]
    assert entry["url"] == "https://news.example/b" and entry["final_url"].endswith("?ref=home")
    assert entry["status"] == 200 and entry["charset"] == "utf-8" and entry["file"] == os.path.relpath(path, store.root)
    assert not [name for name in os.listdir(os.path.dirname(path)) if name.endswith(".tmp")]


def test_file_names_are_safe_and_distinct_per_url():
    first = page_file(_page("https://news.example/a/../../etc/passwd"))
    second = page_file(_page("https://news.example/"))
    third = page_file(_page("https://news.example/?page=2"))
    assert ".." not in first[1] and "/" not in first[1]
    assert second[1].startswith("index-") and second != third


def test_a_directory_that_cannot_be_made_is_one_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(SaveError, match="cannot create the directory"):
        PageDir(str(blocker / "pages"))


def test_a_warc_file_holds_each_page_with_its_url_and_reads_back(tmp_path):
    pytest.importorskip("warcio")
    target = str(tmp_path / "pages.warc.gz")
    store = WarcOut(target, "artextract test")
    store.save(_page())
    store.save(_page("https://news.example/second", body=b"<html><body><p>Second page.</p></body></html>"))
    store.close()
    read = [(item.warc.url, payload) for item, payload in iter_warc(target, "pages.warc.gz")]
    assert [url for url, _ in read] == ["https://news.example/2026/bridge-reopens.html?ref=home",
                                        "https://news.example/second"]
    assert read[0][1] == BODY


def test_warc_records_drop_the_content_coding_they_no_longer_have(tmp_path):
    warcio = pytest.importorskip("warcio")
    target = str(tmp_path / "pages.warc")
    store = WarcOut(target, "artextract test")
    store.save(_page())
    store.close()
    with open(target, "rb") as handle:
        records = [record for record in warcio.ArchiveIterator(handle) if record.rec_type == "response"]
        headers = records[0].http_headers
        assert headers.get_header("Content-Encoding") is None
        assert headers.get_header("Content-Length") == str(len(BODY))
        assert records[0].rec_headers.get_header("WARC-Date") == "2026-03-01T12:00:00Z"
