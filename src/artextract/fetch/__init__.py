"""Pages straight from the web: a polite fetcher on urllib3.

    >>> from artextract.fetch import make_fetcher
    >>> page = make_fetcher().fetch("https://example.com/story")
    >>> page.final_url, page.status, page.charset, len(page.body)

`Fetcher.fetch_all` takes (tag, url) pairs and yields (tag, Page or
FetchError) as completed, exactly one per input, keeping to robots.txt, at
most `per_host` requests at a time and `delay` seconds between requests to one
host, and retrying 429/502/503/504 (honouring Retry-After). urllib3 is
imported only when a fetcher is made, so importing this package is cheap.
"""

from __future__ import annotations

from .. import __version__
from ..source import DEFAULT_MAX_BYTES
from .errors import FETCH_ERROR_TYPES, HTTP, INPUT, INTERNAL, NETWORK, ROBOTS, FetchError
from .page import Page
from .polite import Politeness
from .save import PageDir, SaveError, WarcOut
from .scheduler import Fetcher
from .urls import check_url, is_url

DEFAULT_USER_AGENT = f"artextract/{__version__} (article extractor)"


def make_fetcher(politeness: Politeness | None = None, *, user_agent: str = DEFAULT_USER_AGENT,
                 max_bytes: int = DEFAULT_MAX_BYTES, connect_timeout: float | None = None,
                 read_timeout: float | None = None, threads: int | None = None) -> Fetcher:
    """A Fetcher on a urllib3 client with these limits (timeouts in seconds; None: the defaults)."""
    from .client import Client, Limits

    politeness = politeness or Politeness()
    limits = Limits(max_bytes)
    if connect_timeout is not None:
        limits = Limits(max_bytes, connect_timeout, limits.read_timeout, limits.total_timeout)
    if read_timeout is not None:
        limits = Limits(max_bytes, limits.connect_timeout, read_timeout, limits.total_timeout)
    client = Client(user_agent, limits, per_host=politeness.per_host)
    kwargs = {} if threads is None else {"threads": threads}
    return Fetcher(client, politeness, user_agent=user_agent, **kwargs)


__all__ = ["make_fetcher", "Fetcher", "Politeness", "Page", "FetchError", "FETCH_ERROR_TYPES", "NETWORK", "HTTP",
           "ROBOTS", "INPUT", "INTERNAL", "PageDir", "WarcOut", "SaveError", "is_url", "check_url",
           "DEFAULT_USER_AGENT"]
