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

import importlib
from typing import TYPE_CHECKING, Any

from ..source import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from .polite import Politeness
    from .scheduler import Fetcher

# Public names and the module each lives in; imported on first use (PEP 562), so that the
# command line can ask `is_url` without loading the scheduler, the stores or email.utils.
_LAZY = {
    "FETCH_ERROR_TYPES": "errors", "HTTP": "errors", "INPUT": "errors", "INTERNAL": "errors", "NETWORK": "errors",
    "ROBOTS": "errors", "FetchError": "errors", "Page": "page", "Politeness": "polite", "PageDir": "save",
    "SaveError": "save", "WarcOut": "save", "Fetched": "provenance", "for_url": "provenance",
    "Fetcher": "scheduler", "DEFAULT_USER_AGENT": "settings", "FetchSettings": "settings", "Session": "stage",
    "fetch_entries": "stage", "check_url": "urls", "is_url": "urls",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)


def make_fetcher(politeness: Politeness | None = None, *, user_agent: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES, connect_timeout: float | None = None,
                 read_timeout: float | None = None, threads: int | None = None) -> Fetcher:
    """A Fetcher on a urllib3 client with these limits (timeouts in seconds; None: the defaults)."""
    from .client import Client, Limits
    from .polite import Politeness
    from .scheduler import Fetcher
    from .settings import DEFAULT_USER_AGENT as default_agent

    user_agent = user_agent or default_agent
    politeness = politeness or Politeness()
    limits = Limits(max_bytes)
    if connect_timeout is not None:
        limits = Limits(max_bytes, connect_timeout, limits.read_timeout, limits.total_timeout)
    if read_timeout is not None:
        limits = Limits(max_bytes, limits.connect_timeout, read_timeout, limits.total_timeout)
    client = Client(user_agent, limits, per_host=politeness.per_host)
    kwargs = {} if threads is None else {"threads": threads}
    return Fetcher(client, politeness, user_agent=user_agent, **kwargs)


__all__ = ["make_fetcher", *_LAZY]
