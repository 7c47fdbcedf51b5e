"""One HTTP request, one hop, on urllib3: no redirects followed and no retries here.

The scheduler decides about redirects, retries and pacing, because each hop
may go to another host with its own robots.txt and its own pace. What this
module owns is the request itself: headers, proxies from the environment,
timeouts, content decoding (gzip, deflate, brotli) and a size limit that holds
while streaming, so an endless or bomb-sized body stops at the limit.

urllib3 and not httpx (measured on this machine against a local server, 60 KB
pages, one connection): urllib3 2.x fetched 1000-2500 pages/s, httpx 0.28
350-450/s; `import urllib3` takes 0.13-0.4 s, `import httpx` 0.45-0.85 s; urllib3
has no dependencies of its own (httpx brings httpcore, h11, anyio, idna,
certifi, sniffio) and is what `requests` and pip stand on. Since 2.6 its
streaming decoder never inflates more than asked for, which the size limit
needs. Brotli comes from the `brotli` package, which urllib3 uses when present.
"""

from __future__ import annotations

import time
import urllib.parse
import urllib.request
from dataclasses import dataclass

import urllib3
from urllib3 import exceptions as ux

from .errors import HTTP, INPUT, NETWORK, FetchError
from .page import is_page_type, parse_content_type

DEFAULT_CONNECT_TIMEOUT_S = 10.0
DEFAULT_READ_TIMEOUT_S = 30.0
# A body that trickles in under the read timeout must still end: the whole download gets this long.
DEFAULT_TOTAL_TIMEOUT_S = 120.0
_CHUNK = 64 * 1024
# Bodies of redirects and error pages are not used; small ones are read so the connection can be reused.
_DISCARD_LIMIT = 64 * 1024
_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"


@dataclass(frozen=True, slots=True)
class Hop:
    """One response: the body only for 2xx, `location` (absolute) for a redirect."""

    url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes | None = None
    location: str | None = None
    truncated: bool = False  # the body stopped at the limit (only when asked to truncate)

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((value for key, value in self.headers if key.lower() == name), None)


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT_S
    read_timeout: float = DEFAULT_READ_TIMEOUT_S
    total_timeout: float = DEFAULT_TOTAL_TIMEOUT_S


class Client:
    """Thread-safe: one connection pool per host (kept to `per_host` connections), shared by all threads."""

    def __init__(self, user_agent: str, limits: Limits, per_host: int = 2, proxies: dict[str, str] | None = None):
        self.limits = limits
        headers = {"User-Agent": user_agent, "Accept": _ACCEPT, "Accept-Encoding": urllib3.util.request.ACCEPT_ENCODING}
        self._pool_args = {"num_pools": 100, "maxsize": per_host, "block": False, "retries": False, "headers": headers}
        self._direct = urllib3.PoolManager(**self._pool_args)
        # The usual http_proxy / https_proxy / no_proxy variables (either case), as curl and requests read them.
        self._proxies = urllib.request.getproxies_environment() if proxies is None else proxies
        self._proxy_managers: dict[str, urllib3.PoolManager] = {}

    def get(self, url: str, *, limit: int | None = None, truncate: bool = False, check_type: bool = True) -> Hop:
        """GET one URL. 2xx: the body (refused if not a page type when `check_type`); 3xx: the location."""
        limit = self.limits.max_bytes if limit is None else limit
        timeout = urllib3.Timeout(connect=self.limits.connect_timeout, read=self.limits.read_timeout)
        try:
            response = self._manager(url).urlopen("GET", url, redirect=False, retries=False, preload_content=False,
                                                  decode_content=True, timeout=timeout)
        except ux.HTTPError as error:
            raise _network_error(error, self.limits) from None
        try:
            return self._hop(url, response, limit, truncate, check_type)
        except ux.HTTPError as error:
            raise _network_error(error, self.limits) from None
        finally:
            response.release_conn()

    def _hop(self, url: str, response, limit: int, truncate: bool, check_type: bool) -> Hop:
        headers = tuple((key, _header_text(value)) for key, value in response.headers.items())
        status = response.status
        if 300 <= status < 400 and status != 304:
            _discard(response)
            location = next((value for key, value in headers if key.lower() == "location"), None)
            if not location:
                raise FetchError(HTTP, f"HTTP {status} redirect without a Location", status=status, final_url=url)
            return Hop(url, status, headers, location=urllib.parse.urljoin(url, location.strip()))
        if not 200 <= status < 300:
            _discard(response)
            return Hop(url, status, headers)
        media_type, _charset = parse_content_type(response.headers.get("Content-Type"))
        if check_type and not is_page_type(media_type):
            response.close()  # not worth the bandwidth
            raise FetchError(INPUT, f"not a web page or text (Content-Type: {media_type})", status=status,
                             final_url=url)
        body, truncated = self._read(response, limit, truncate, url)
        return Hop(url, status, headers, body=body, truncated=truncated)

    def _read(self, response, limit: int, truncate: bool, url: str) -> tuple[bytes, bool]:
        declared = response.headers.get("Content-Length", "")
        if not truncate and declared.isdigit() and int(declared) > limit and not response.headers.get("Content-Encoding"):
            response.close()
            raise FetchError(INPUT, f"larger than the {_mib(limit)} limit (Content-Length {declared})", final_url=url)
        deadline = time.monotonic() + self.limits.total_timeout
        chunks: list[bytes] = []
        size = 0
        for chunk in response.stream(_CHUNK, decode_content=True):
            size += len(chunk)
            chunks.append(chunk)
            if size > limit:
                response.close()
                if truncate:
                    return b"".join(chunks)[:limit], True
                raise FetchError(INPUT, f"larger than the {_mib(limit)} limit", final_url=url)
            if time.monotonic() > deadline:
                response.close()
                raise FetchError(NETWORK, f"download took longer than {self.limits.total_timeout:g} s",
                                 final_url=url)
        return b"".join(chunks), False

    def _manager(self, url: str) -> urllib3.PoolManager:
        parts = urllib.parse.urlsplit(url)
        proxy = self._proxies.get(parts.scheme.lower())
        if not proxy or urllib.request.proxy_bypass_environment(parts.hostname or "", self._proxies):
            return self._direct
        manager = self._proxy_managers.get(proxy)
        if manager is None:
            if urllib.parse.urlsplit(proxy).scheme.lower() not in ("http", "https"):
                raise FetchError(NETWORK, f"proxy {proxy} not supported (only http and https proxies)")
            manager = self._proxy_managers.setdefault(proxy, urllib3.ProxyManager(proxy, **self._pool_args))
        return manager

    def close(self) -> None:
        self._direct.clear()
        for manager in self._proxy_managers.values():
            manager.clear()


def _discard(response) -> None:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) <= _DISCARD_LIMIT:
        try:
            response.drain_conn()
            return
        except ux.HTTPError:
            pass
    response.close()  # unknown or large: dropping the connection is cheaper than reading it


def _header_text(value: str) -> str:
    # http.client decodes header bytes as latin-1; a UTF-8 Location then arrives as mojibake.
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def _network_error(error: Exception, limits: Limits) -> FetchError:
    """One line a user can act on, for each way the network can fail."""
    if isinstance(error, ux.NameResolutionError):
        return FetchError(NETWORK, f"cannot resolve host {error.conn.host}")
    if isinstance(error, ux.NewConnectionError):
        cause = error.__context__
        reason = getattr(cause, "strerror", None) or str(cause or error)
        return FetchError(NETWORK, f"cannot connect to {error.conn.host}: {reason.lower()}")
    if isinstance(error, ux.ConnectTimeoutError):
        return FetchError(NETWORK, f"timed out connecting after {limits.connect_timeout:g} s")
    if isinstance(error, ux.ReadTimeoutError):
        return FetchError(NETWORK, f"timed out waiting for data after {limits.read_timeout:g} s")
    if isinstance(error, ux.SSLError):
        return FetchError(NETWORK, f"TLS error: {_first_line(error)}")
    if isinstance(error, ux.ProxyError):
        return FetchError(NETWORK, f"proxy error: {_first_line(error)}")
    if isinstance(error, ux.DecodeError):
        return FetchError(NETWORK, f"cannot decode the compressed body: {_first_line(error)}")
    if isinstance(error, ux.LocationParseError):
        return FetchError(INPUT, f"not a valid URL ({_first_line(error)})")
    if isinstance(error, ux.ProtocolError):
        return FetchError(NETWORK, f"connection broken: {_first_line(error)}", transient=True)
    return FetchError(NETWORK, _first_line(error))


def _first_line(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return (text[0] if text else type(error).__name__)[:300]


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):g} MiB"
