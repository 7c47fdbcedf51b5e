"""Many URLs against the local server: redirects, retries, robots.txt and politeness, counted."""

from __future__ import annotations

import re
import threading
import time

import pytest

from artextract.fetch import HTTP, INPUT, NETWORK, ROBOTS, FetchError, Page, Politeness, make_fetcher

import fetch_server
from fetch_fixtures import loopback_only, server  # noqa: F401 - fixtures, used by name
from fetch_server import Starts, article, flaky, gaps, page, redirect, robots, slow


def _fetcher(**politeness) -> object:
    settings = {"delay": 0.0, "backoff": 0.05}
    settings.update(politeness)
    return make_fetcher(Politeness(**settings), read_timeout=5)


def _all(fetcher, urls):
    return dict(fetcher.fetch_all(list(enumerate(urls))))


def test_a_page_and_what_the_server_said(server):
    server.routes["/story"] = page(article(), "text/html; charset=ISO-8859-1")
    result = _fetcher().fetch(server.base + "/story")
    assert isinstance(result, Page)
    assert (result.url, result.final_url, result.status) == (server.base + "/story", server.base + "/story", 200)
    assert result.charset == "iso-8859-1" and result.content_type == "text/html"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", result.fetched_at)
    assert result.body == article().encode()


def test_redirects_are_followed_to_the_final_url(server):
    server.routes["/a"] = redirect("/b", 301)
    server.routes["/b"] = redirect(server.base + "/c", 302)
    server.routes["/c"] = redirect("/story?from=c", 307)
    server.routes["/story"] = page(article())
    result = _fetcher().fetch(server.base + "/a")
    assert result.final_url == server.base + "/story?from=c"
    assert result.redirects == (server.base + "/a", server.base + "/b", server.base + "/c")
    assert result.url == server.base + "/a"


def test_ten_redirects_are_followed_and_eleven_are_too_many(server):
    for n in range(11):
        server.routes[f"/hop{n}"] = redirect(f"/hop{n + 1}")
    server.routes["/hop11"] = page(article())
    assert _fetcher().fetch(server.base + "/hop1").final_url == server.base + "/hop11"
    with pytest.raises(FetchError) as caught:
        _fetcher().fetch(server.base + "/hop0")
    assert caught.value.kind == HTTP and caught.value.message == "more than 10 redirects"


def test_a_redirect_loop_ends(server):
    server.routes["/loop"] = redirect("/loop")
    with pytest.raises(FetchError) as caught:
        _fetcher().fetch(server.base + "/loop")
    assert caught.value.kind == HTTP


@pytest.mark.parametrize(("status", "phrase"), [(404, "Not Found"), (410, "Gone"), (500, "Internal Server Error")])
def test_error_statuses_are_http_errors_without_retries(server, status, phrase):
    server.routes["/bad"] = page("<html><body><h1>Sorry</h1><p>Something went wrong.</p></body></html>", status=status)
    with pytest.raises(FetchError) as caught:
        _fetcher().fetch(server.base + "/bad")
    assert (caught.value.kind, caught.value.status, caught.value.message) == (HTTP, status, f"HTTP {status} {phrase}")
    assert server.paths().count("/bad") == 1


def test_429_is_retried_after_the_retry_after_it_names(server):
    server.routes["/busy"] = flaky(429, 1, article(), retry_after="1")
    result = _fetcher().fetch(server.base + "/busy")
    assert result.status == 200
    hits = [hit for hit in server.hits if hit.path == "/busy"]
    assert len(hits) == 2
    assert hits[1].at - hits[0].at >= 0.95


def test_503_is_retried_with_backoff(server):
    server.routes["/down"] = flaky(503, 2, article())
    assert _fetcher(backoff=0.1).fetch(server.base + "/down").status == 200
    hits = [hit for hit in server.hits if hit.path == "/down"]
    assert len(hits) == 3
    assert hits[1].at - hits[0].at >= 0.09 and hits[2].at - hits[1].at >= 0.19  # 0.1 s, then doubled


def test_retries_give_up_after_the_limit(server):
    server.routes["/busy"] = flaky(429, 100, article(), retry_after="0")
    with pytest.raises(FetchError) as caught:
        _fetcher(retries=2).fetch(server.base + "/busy")
    assert caught.value.kind == HTTP and caught.value.message == "HTTP 429 Too Many Requests after 3 tries"
    assert server.paths().count("/busy") == 3


def test_a_retry_after_beyond_the_limit_is_not_waited_out(server):
    server.routes["/later"] = flaky(503, 100, article(), retry_after="3600")
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        _fetcher(max_wait=60).fetch(server.base + "/later")
    assert time.monotonic() - started < 60  # an hour if it waited; generous for a loaded machine
    assert caught.value.kind == HTTP and "retry after 3600 s" in caught.value.message


def test_a_retry_after_pauses_the_whole_host(server):
    server.routes["/busy"] = flaky(429, 1, article(), retry_after="1")
    server.routes["/other"] = page(article())
    _all(_fetcher(per_host=1), [server.base + "/busy", server.base + "/other"])
    busy = next(hit for hit in server.hits if hit.path == "/busy")
    other = next(hit for hit in server.hits if hit.path == "/other")
    assert other.at - busy.at >= 0.95


def test_robots_txt_is_obeyed_and_fetched_once_per_host(server):
    server.routes["/private/story"] = page(article())
    server.routes["/story"] = page(article())
    results = _all(_fetcher(), [server.base + "/private/story", server.base + "/story", server.base + "/story"])
    assert isinstance(results[1], Page) and isinstance(results[2], Page)
    assert results[0].kind == ROBOTS and "disallowed by robots.txt" in results[0].message
    assert "/private/story" not in server.paths()
    assert server.paths().count("/robots.txt") == 1
    assert server.paths()[0] == "/robots.txt"


def test_ignore_robots_fetches_anyway_without_asking(server):
    server.routes["/private/story"] = page(article())
    assert _fetcher(obey_robots=False).fetch(server.base + "/private/story").status == 200
    assert "/robots.txt" not in server.paths()


def test_robots_txt_names_our_user_agent(server):
    server.routes["/robots.txt"] = robots("User-agent: artextract\nDisallow: /\n\nUser-agent: *\nDisallow:\n")
    server.routes["/story"] = page(article())
    with pytest.raises(FetchError):
        _fetcher().fetch(server.base + "/story")
    other = make_fetcher(Politeness(delay=0), user_agent="FriendlyReader/1.0")
    assert other.fetch(server.base + "/story").status == 200


@pytest.mark.parametrize(("status", "allowed"), [(404, True), (403, True), (500, False), (503, False), (429, False)])
def test_robots_txt_missing_allows_all_and_unreachable_disallows_all(server, status, allowed):
    server.routes["/robots.txt"] = robots("User-agent: *\nDisallow: /\n", status=status)
    server.routes["/story"] = page(article())
    results = _all(_fetcher(), [server.base + "/story"])
    if allowed:
        assert isinstance(results[0], Page)
    else:
        assert results[0].kind == ROBOTS and f"HTTP {status}" in results[0].message
        assert "/story" not in server.paths()


def test_a_host_that_cannot_be_reached_is_a_network_error():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    results = _all(_fetcher(), [f"http://127.0.0.1:{port}/a", f"http://127.0.0.1:{port}/b"])
    assert {result.kind for result in results.values()} == {NETWORK}
    assert "connection refused" in results[0].message


def test_crawl_delay_spaces_requests(server):
    server.routes["/robots.txt"] = robots("User-agent: *\nCrawl-delay: 0.3\nDisallow:\n")
    server.routes["*"] = page(article())
    starts = Starts()
    _all(starts.watch(_fetcher()), [f"{server.base}/{n}" for n in range(4)])
    assert len(server.hits) == 5
    # Measured on the scheduler's clock: the server's arrival times carry the machine's jitter (Starts).
    assert len(starts.pages()) == 4 and min(gaps(starts.pages())) >= 0.3 - 1e-9


def test_the_delay_spaces_requests_to_one_host(server):
    server.routes["*"] = page(article())
    starts = Starts()
    _all(starts.watch(_fetcher(delay=0.2)), [f"{server.base}/{n}" for n in range(5)])
    assert len(server.hits) == 6 and server.paths()[0] == "/robots.txt"
    # Between pages, on the scheduler's clock (the server's arrival times carry the machine's jitter).
    assert len(starts.pages()) == 5 and min(gaps(starts.pages())) >= 0.2 - 1e-9


def test_the_first_page_follows_robots_txt_without_the_delay(server):
    server.routes["/story"] = page(article())
    # A delay of a minute: waiting for it would take 60 s, the two requests a fraction of a second;
    # 30 s leaves a loaded machine ample room.
    started = time.monotonic()
    _fetcher(delay=60).fetch(server.base + "/story")
    assert time.monotonic() - started < 30


def test_at_most_per_host_requests_at_a_time(server):
    server.routes["*"] = slow(0.2)
    results = _all(_fetcher(per_host=2), [f"{server.base}/{n}" for n in range(10)])
    assert all(isinstance(result, Page) for result in results.values())
    assert max(hit.in_flight for hit in server.hits) == 2


def test_hosts_are_fetched_side_by_side(server):
    second = fetch_server.start()
    try:
        # Pages of 0.5 s: one after the other takes at least 4 s, side by side about 2 s; the 2 s
        # between leave room for a loaded machine (0.2 s pages left only 0.8 s, and failed under load).
        server.routes["*"] = slow(0.5)
        second.routes["*"] = slow(0.5)
        urls = [f"{server.base}/{n}" for n in range(4)] + [f"{second.base}/{n}" for n in range(4)]
        started = time.monotonic()
        _all(_fetcher(per_host=1), urls)
        elapsed = time.monotonic() - started
        first_hits, second_hits = [hit.at for hit in server.hits], [hit.at for hit in second.hits]
        assert min(second_hits) < max(first_hits) and min(first_hits) < max(second_hits)
        assert elapsed < 8 * 0.5  # one after the other would take at least 4 s
    finally:
        second.shutdown()
        second.server_close()


def test_exactly_one_result_per_input_with_tags_kept(server):
    server.routes["/ok"] = page(article())
    urls = [server.base + "/ok", server.base + "/ok", server.base + "/missing", "ftp://x.example/", "http://",
            server.base + "/private/x"]
    results = list(_fetcher().fetch_all([(f"tag{n}", url) for n, url in enumerate(urls)]))
    assert sorted(tag for tag, _ in results) == [f"tag{n}" for n in range(len(urls))]
    kinds = {tag: (result.kind if isinstance(result, FetchError) else "page") for tag, result in results}
    assert kinds == {"tag0": "page", "tag1": "page", "tag2": HTTP, "tag3": INPUT, "tag4": INPUT, "tag5": ROBOTS}


def test_urls_are_read_lazily_within_the_window(server):
    server.routes["*"] = page(article())
    pulled = 0

    def urls():
        nonlocal pulled
        for n in range(1000):
            pulled += 1
            yield n, f"{server.base}/{n}"

    fetcher = _fetcher()
    fetcher.window = 8
    results = fetcher.fetch_all(urls())
    next(results)
    time.sleep(0.3)
    assert pulled <= 8 + 2  # the window, the one consumed, and one read that waits for room
    results.close()


def test_stopping_early_leaves_no_thread_behind(server):
    server.routes["*"] = slow(0.05)
    before = threading.active_count()
    results = _fetcher().fetch_all((n, f"{server.base}/{n}") for n in range(100))
    next(results)
    results.close()
    deadline = time.monotonic() + 60  # threads end within milliseconds; the margin is for a loaded machine
    while threading.active_count() > before + 1 and time.monotonic() < deadline:  # + the server's own
        time.sleep(0.05)
    assert threading.active_count() <= before + 1


def test_an_input_that_fails_is_raised_after_the_urls_before_it(server):
    server.routes["*"] = page(article())

    def urls():
        yield 0, server.base + "/a"
        raise OSError("cannot read the URL list")

    seen = []
    with pytest.raises(OSError, match="URL list"):
        for tag, _result in _fetcher().fetch_all(urls()):
            seen.append(tag)
    assert seen == [0]


def test_a_bug_costs_one_url_not_the_run(server, monkeypatch):
    server.routes["*"] = page(article())
    fetcher = _fetcher()
    real_get = fetcher.client.get

    def get(url, **kwargs):
        if url.endswith("/boom"):
            raise RuntimeError("boom")
        return real_get(url, **kwargs)

    monkeypatch.setattr(fetcher.client, "get", get)
    results = _all(fetcher, [server.base + "/boom", server.base + "/fine"])
    assert results[0].kind == "internal" and "boom" in results[0].message
    assert isinstance(results[1], Page)
