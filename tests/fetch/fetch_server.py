"""A threaded HTTP server on 127.0.0.1 for the fetch tests: fixed pages, counted requests.

Routes map a path to a function (handler, server) that writes the whole
response; tests add their own. Every request is logged with its time and the
number of requests in progress at that moment, so politeness can be checked.
Nothing here listens anywhere but 127.0.0.1.
"""

from __future__ import annotations

import gzip
import sys
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import brotli

# A small news page (hand-written): headline, byline, two paragraphs. {extra} takes a non-ASCII phrase.
ARTICLE = """<!DOCTYPE html><html><head><title>Harbour bridge reopens | Coast Times</title>{meta}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour bridge reopens</h1><p class="byline">By Ana Souza</p>
<p>The harbour bridge reopened on Monday after eight months of repairs, and the first buses crossed at dawn. {extra}</p>
<p>Engineers replaced the deck joints and repainted the towers; the council said the work came in under budget.</p>
</article><footer>Copyright Coast Times</footer></body></html>"""


def article(extra: str = "", meta: str = "") -> str:
    return ARTICLE.format(extra=extra, meta=meta)


@dataclass(frozen=True, slots=True)
class Hit:
    path: str
    at: float  # time.monotonic() when the request arrived
    in_flight: int  # requests being served at that moment, this one included
    headers: dict[str, str]


Route = Callable[["Handler", "Server"], None]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else each response waits ~40 ms for a delayed ACK
    server: Server

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        server = self.server
        path = self.path
        with server.lock:
            server.in_flight += 1
            server.hits.append(Hit(path, time.monotonic(), server.in_flight, dict(self.headers.items())))
        try:
            route = server.routes.get(path.split("?", 1)[0]) or server.routes.get("*")
            if route is None:
                send(self, 404, b"<html><body><h1>Not found</h1></body></html>")
            else:
                route(self, server)
        except OSError:
            self.close_connection = True  # the client gave up (size limit, timeout): what some tests check
        finally:
            with server.lock:
                server.in_flight -= 1

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet test output
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes: dict[str, Route] = {"/robots.txt": robots("User-agent: *\nDisallow: /private/\n")}
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        self.in_flight = 0
        self.counters: dict[str, int] = {}
        self.closing = threading.Event()  # set at shutdown: routes that hang until then end too

    def shutdown(self) -> None:
        self.closing.set()
        super().shutdown()

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], OSError):  # a client hanging up is not worth a traceback
            super().handle_error(request, client_address)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def count(self, key: str) -> int:
        """How many times this key was counted before (then counts this time)."""
        with self.lock:
            seen = self.counters.get(key, 0)
            self.counters[key] = seen + 1
        return seen

    def paths(self) -> list[str]:
        with self.lock:
            return [hit.path for hit in self.hits]


def send(handler: Handler, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
         headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)


def page(body: bytes | str, content_type: str = "text/html; charset=utf-8", status: int = 200,
         headers: dict[str, str] | None = None) -> Route:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return lambda handler, _server: send(handler, status, data, content_type, headers)


def robots(text: str, status: int = 200) -> Route:
    return page(text, "text/plain", status)


def redirect(target: str, status: int = 301) -> Route:
    return lambda handler, _server: send(handler, status, b"", headers={"Location": target})


def encoded(body: bytes, coding: str) -> Route:
    compress = {"gzip": gzip.compress, "br": brotli.compress, "deflate": zlib.compress}[coding]
    data = compress(body)
    return lambda handler, _server: send(handler, 200, data, headers={"Content-Encoding": coding})


def flaky(status: int, failures: int, body: str, retry_after: str | None = None) -> Route:
    """`status` (with Retry-After when given) for the first `failures` requests, then the page."""

    def route(handler: Handler, server: Server) -> None:
        if server.count(handler.path) < failures:
            send(handler, status, b"busy", "text/plain", {"Retry-After": retry_after} if retry_after else None)
        else:
            send(handler, 200, body.encode("utf-8"))

    return route


def endless(chunk: bytes = b"<p>" + b"x" * 8000 + b"</p>\n", pause: float = 0.0) -> Route:
    """A body that never ends (chunked), a chunk every `pause` seconds, until the client hangs up."""

    def route(handler: Handler, _server: Server) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        handler.wfile.write(b"%x\r\n%s\r\n" % (len(b"<html><body>"), b"<html><body>"))
        deadline = time.monotonic() + 30  # the server gives up by itself too, so no test can hang on it
        while time.monotonic() < deadline:
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            handler.wfile.flush()
            if pause:
                time.sleep(pause)

    return route


def stall() -> Route:
    """Headers at once, then nothing until the server shuts down (a read timeout, however slow the
    machine: the body never comes while the test runs), then a short page."""

    def route(handler: Handler, server: Server) -> None:
        body = article().encode("utf-8")
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.flush()
        server.closing.wait(60)  # (bounded, so that no test can hang on it)
        handler.wfile.write(body)

    return route


def slow(seconds: float, body: str | None = None) -> Route:
    """A normal page that takes `seconds` before answering (for concurrency counts)."""
    data = (body or article()).encode("utf-8")

    def route(handler: Handler, _server: Server) -> None:
        time.sleep(seconds)
        send(handler, 200, data)

    return route


def held(release: threading.Event, body: str | None = None) -> Route:
    """A normal page that is answered only once `release` is set (at most 120 s): a run cannot
    finish before the test lets it, however fast or slow the machine."""
    data = (body or article()).encode("utf-8")

    def route(handler: Handler, _server: Server) -> None:
        release.wait(120)
        send(handler, 200, data)

    return route


class Starts:
    """When the scheduler started each request, read on its own clock: (path, time) in order.

    Politeness is the scheduler's promise about when it starts requests. The server's arrival
    times add the machine's scheduling jitter (a request held up 50 ms on its way in shortens
    the gap before the next), which on a loaded machine made exact spacing checks fail; the
    scheduler's clock reading on which it started a request carries none. `watch(fetcher)`
    gives a Fetcher a clock that remembers, per thread, its last reading (the one the thread's
    start decision was taken on) and a client that notes that reading with each request."""

    def __init__(self) -> None:
        self.at: list[tuple[str, float]] = []
        self._lock = threading.Lock()
        self._local = threading.local()

    def clock(self) -> float:
        self._local.now = time.monotonic()
        return self._local.now

    def watch(self, fetcher):
        real, starts = fetcher.client, self

        class Noting:
            def __getattr__(self, name):
                return getattr(real, name)

            def get(self, url, **options):
                with starts._lock:
                    starts.at.append((urlsplit(url).path, starts._local.now))
                return real.get(url, **options)

        fetcher.clock, fetcher.client = self.clock, Noting()
        return fetcher

    def pages(self) -> list[float]:
        """Start times of the requests other than robots.txt."""
        return [at for path, at in self.at if path != "/robots.txt"]


def gaps(times: list[float]) -> list[float]:
    return [later - earlier for earlier, later in zip(times, times[1:])]


def start() -> Server:
    server = Server()
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server
