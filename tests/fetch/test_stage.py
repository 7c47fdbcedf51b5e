"""The fetch stage of a batch: URL inputs get their pages, other inputs pass through, one for one."""

from __future__ import annotations

import dataclasses
import threading

from artextract.batch.discover import Item
from artextract.fetch import FetchSettings, Session, fetch_entries

from fetch_fixtures import loopback_only, server  # noqa: F401 - fixtures, used by name
from fetch_server import article, page, slow


def _session(tmp_path=None, **settings) -> Session:
    return Session(FetchSettings(delay=0, **settings), 1_000_000)


def test_files_pass_through_without_starting_the_fetcher():
    items = [(Item("a.html", "a.html"), None), (Item("b.html", "b.html"), b"<p>x</p>")]
    threads = threading.active_count()
    session = _session()
    assert list(fetch_entries(items, session)) == items
    assert session._fetcher is None and threading.active_count() == threads


def test_urls_come_back_with_their_page_and_charset(server):
    server.routes["/story"] = page(article(), "text/html; charset=utf-8")
    url = server.base + "/story"
    ((item, data),) = list(fetch_entries([(Item(url, "x"), None)], _session()))
    assert data == article().encode() and item.error is None
    assert (item.fetched.url, item.fetched.final_url, item.fetched.status, item.fetched.charset) == (url, url, 200,
                                                                                                  "utf-8")


def test_a_failed_url_comes_back_with_its_error_and_no_data(server):
    url = server.base + "/missing"
    ((item, data),) = list(fetch_entries([(Item(url, "x"), None)], _session()))
    assert data is None and item.error == "HTTP 404 Not Found"
    assert (item.fetched.error_kind, item.fetched.status) == ("http", 404)


def test_ordered_keeps_input_order(server):
    server.routes["/slow"] = slow(0.3)
    server.routes["*"] = page(article())
    entries = [(Item(server.base + "/slow", "s"), None), (Item("f.html", "f"), b"x"), (Item(server.base + "/q", "q"), None)]
    assert [item.path for item, _ in fetch_entries(entries, _session(), ordered=True)] == [e[0].path for e in entries]
    unordered = [item.path for item, _ in fetch_entries(entries, _session())]
    assert sorted(unordered) == sorted(e[0].path for e in entries) and unordered[-1] == server.base + "/slow"


def test_a_page_that_cannot_be_saved_is_still_extracted_with_a_warning(server, tmp_path):
    server.routes["/story"] = page(article())
    session = _session(save_pages=str(tmp_path / "saved"))
    (tmp_path / "saved" / f"127.0.0.1_{server.server_address[1]}").write_text("a file where the host directory goes")
    ((item, data),) = list(fetch_entries([(Item(server.base + "/story", "x"), None)], session))
    assert data == article().encode()
    assert len(item.fetched.warnings) == 1 and item.fetched.warnings[0].startswith("the page could not be saved")


def test_items_stay_dataclasses_of_the_same_kind(server):
    server.routes["*"] = page(article())
    ((item, _data),) = list(fetch_entries([(Item(server.base + "/a", "x"), None)], _session()))
    assert isinstance(item, Item) and dataclasses.replace(item).fetched is item.fetched


def test_run_batch_fetches_urls_among_its_inputs(server, tmp_path):
    from artextract.batch import run_batch

    server.routes["*"] = page(article())
    (tmp_path / "a.html").write_text(article())
    records = list(run_batch([server.base + "/story", str(tmp_path / "a.html")], jobs=0, ordered=True,
                             fetch=FetchSettings(delay=0)))
    assert [record["source"]["type"] for record in records] == ["url", "html"]
    assert records[0]["url"] == server.base + "/story" and records[0]["headline"] == "Harbour bridge reopens"
