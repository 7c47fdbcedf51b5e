"""One request against the local server: headers, decoding, limits, timeouts, proxies, charsets."""

from __future__ import annotations

import gzip
import socket
import threading

import pytest

from artextract import extract
from artextract import __version__
from artextract.fetch import DEFAULT_USER_AGENT
from artextract.fetch.client import Client, Limits
from artextract.fetch.errors import INPUT, NETWORK, FetchError
from artextract.options import Options

import fetch_server
from fetch_fixtures import loopback_only, server  # noqa: F401 - fixtures, used by name
from fetch_server import article, encoded, endless, page, redirect, stall


def _client(max_bytes: int = 1_000_000, **limits) -> Client:
    return Client(DEFAULT_USER_AGENT, Limits(max_bytes, **limits))


def test_a_page_comes_back_with_status_headers_and_body(server):
    server.routes["/story"] = page(article(), "text/html; charset=UTF-8", headers={"X-Test": "yes"})
    hop = _client().get(server.base + "/story")
    assert hop.status == 200
    assert hop.body == article().encode()
    assert hop.header("x-test") == "yes"
    assert hop.location is None


def test_the_user_agent_names_artextract_and_its_version_and_asks_for_compression(server):
    server.routes["/story"] = page(article())
    _client().get(server.base + "/story")
    sent = server.hits[-1].headers
    assert sent["User-Agent"].startswith(f"artextract/{__version__}")
    assert {"gzip", "br", "deflate"} <= {coding.strip() for coding in sent["Accept-Encoding"].split(",")}


def test_a_chosen_user_agent_is_sent(server):
    server.routes["/story"] = page(article())
    Client("MyReader/2.0", Limits(1000000)).get(server.base + "/story")
    assert server.hits[-1].headers["User-Agent"] == "MyReader/2.0"


@pytest.mark.parametrize("coding", ["gzip", "br", "deflate"])
def test_compressed_bodies_are_decoded(server, coding):
    server.routes["/packed"] = encoded(article().encode(), coding)
    assert _client().get(server.base + "/packed").body == article().encode()


def test_a_redirect_is_reported_not_followed(server):
    server.routes["/old"] = redirect("/new?x=1", 301)
    hop = _client().get(server.base + "/old")
    assert (hop.status, hop.location, hop.body) == (301, server.base + "/new?x=1", None)


def test_an_error_status_comes_back_without_its_body(server):
    hop = _client().get(server.base + "/missing")
    assert (hop.status, hop.body) == (404, None)


def test_a_declared_length_over_the_limit_is_refused_before_reading(server):
    server.routes["/big"] = page("<html>" + "x" * 5000 + "</html>")
    with pytest.raises(FetchError) as caught:
        _client(max_bytes=1000).get(server.base + "/big")
    assert caught.value.kind == INPUT and "larger than" in caught.value.message and "Content-Length" in caught.value.message


def test_an_endless_body_stops_at_the_size_limit(server):
    server.routes["/endless"] = endless()
    with pytest.raises(FetchError) as caught:
        _client(max_bytes=200_000).get(server.base + "/endless")
    assert caught.value.kind == INPUT and "larger than the 0.190735 MiB limit" in caught.value.message


def test_a_compression_bomb_stops_at_the_size_limit(server):
    bomb = gzip.compress(b"<html>" + b" " * 20_000_000)  # 20 MB of spaces in about 20 KB
    server.routes["/bomb"] = lambda handler, _s: fetch_server.send(handler, 200, bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError) as caught:
        _client(max_bytes=1_000_000).get(server.base + "/bomb")
    assert caught.value.kind == INPUT and "larger than" in caught.value.message


def test_a_stalled_response_times_out(server):
    server.routes["/stall"] = stall()  # no body until the test ends: the 0.3 s read timeout must fire
    with pytest.raises(FetchError) as caught:
        _client(read_timeout=0.3).get(server.base + "/stall")
    assert caught.value.kind == NETWORK and "timed out waiting for data after 0.3 s" in caught.value.message


def test_a_trickling_body_ends_at_the_total_time_limit(server):
    server.routes["/trickle"] = endless(b"x", pause=0.05)
    with pytest.raises(FetchError) as caught:
        _client(read_timeout=5, total_timeout=0.5).get(server.base + "/trickle")
    assert caught.value.kind == NETWORK and "longer than 0.5 s" in caught.value.message


def test_a_connect_timeout_is_a_network_error():
    # A listening socket whose backlog is full never completes a handshake: a connect timeout, locally.
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    fillers = []
    try:
        for _ in range(8):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(listener.getsockname())
            fillers.append(filler)
        with pytest.raises(FetchError) as caught:
            _client(connect_timeout=0.3).get(f"http://127.0.0.1:{listener.getsockname()[1]}/")
        assert caught.value.kind == NETWORK
        assert "timed out" in caught.value.message or "connection broken" in caught.value.message
    finally:
        for sock in [listener, *fillers]:
            sock.close()


def test_a_refused_connection_is_a_network_error():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError) as caught:
        _client().get(f"http://127.0.0.1:{port}/")
    assert caught.value.kind == NETWORK and "connection refused" in caught.value.message


def test_an_unknown_host_is_a_network_error(monkeypatch):
    def no_such_host(*_args, **_kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)  # no lookup leaves the machine
    with pytest.raises(FetchError) as caught:
        _client().get("http://no-such-host.test/")
    assert caught.value.kind == NETWORK and caught.value.message == "cannot resolve host no-such-host.test"


def test_a_connection_dropped_mid_body_is_transient(server):
    def drop(handler, _server):
        handler.send_response(200)
        handler.send_header("Content-Length", "5000")
        handler.end_headers()
        handler.wfile.write(b"<html>short")
        handler.close_connection = True

    server.routes["/drop"] = drop
    with pytest.raises(FetchError) as caught:
        _client().get(server.base + "/drop")
    assert caught.value.kind == NETWORK and caught.value.transient


@pytest.mark.parametrize("content_type", ["application/pdf", "image/png", "application/json"])
def test_a_body_that_is_not_a_page_is_refused(server, content_type):
    server.routes["/file"] = page(b"%PDF-1.4 ...", content_type)
    with pytest.raises(FetchError) as caught:
        _client().get(server.base + "/file")
    assert caught.value.kind == INPUT and content_type in caught.value.message


@pytest.mark.parametrize("content_type", ["text/plain", "application/xhtml+xml", "text/html"])
def test_html_xhtml_and_text_are_pages(server, content_type):
    server.routes["/doc"] = page("Some text.", content_type)
    assert _client().get(server.base + "/doc").body == b"Some text."


def test_proxies_come_from_the_environment(server, monkeypatch):
    # The local server plays the proxy: it receives the absolute URL of a host that is never looked up.
    server.routes["*"] = page(article())
    monkeypatch.setenv("http_proxy", server.base)
    hop = _client().get("http://news.example/story")
    assert hop.status == 200
    assert server.paths() == ["http://news.example/story"]


def test_no_proxy_bypasses_the_proxy(server, monkeypatch):
    server.routes["/story"] = page(article())
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    assert _client().get(server.base + "/story").status == 200


def test_the_client_is_safe_to_share_between_threads(server):
    server.routes["*"] = page(article())
    client = _client()
    bodies = []
    threads = [threading.Thread(target=lambda n=n: bodies.append(client.get(f"{server.base}/{n}").body)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert bodies == [article().encode()] * 8


# The response's charset reaches decoding: it outranks the page's own <meta> and detection, not a BOM.

def test_the_http_charset_outranks_a_wrong_meta(server):
    body = article("Crowds watched from the Café São João terrace.", '<meta charset="windows-1251">').encode("cp1252")
    server.routes["/latin"] = page(body, "text/html; charset=windows-1252")
    hop = _client().get(server.base + "/latin")
    decoded = extract(hop.body, options=Options(declared_charset="windows-1252"))
    assert "Café São João" in decoded.body
    assert "Café São João" not in extract(hop.body).body  # the <meta> alone would mislead


def test_the_http_charset_outranks_detection():
    text = article("Мост открыт после ремонта, сообщили в мэрии города.")
    assert "Мост открыт" in extract(text.encode("koi8-r"), options=Options(declared_charset="koi8-r")).body


def test_a_byte_order_mark_outranks_the_http_charset():
    data = b"\xef\xbb\xbf" + article("Crowds watched from the Café terrace.").encode("utf-8")
    assert "Café" in extract(data, options=Options(declared_charset="windows-1252")).body


def test_bytes_that_do_not_fit_the_http_charset_fall_back_with_a_warning():
    data = article("Crowds watched from the naïve Café terrace.").encode("utf-8") + b"\x81\x8d"  # not windows-1252 (undefined bytes)
    result = extract(data, options=Options(declared_charset="windows-1252"))
    assert "naïve Café" in result.body
    assert any("declared charset" in warning for warning in result.warnings)
