"""Which inputs are URLs, and which URLs can be fetched."""

from __future__ import annotations

import urllib.parse

from .errors import INPUT, FetchError

_SCHEMES = ("http://", "https://")


def is_url(text: str) -> bool:
    """Whether a command-line input names a web page (http or https) rather than a file."""
    return text.strip()[:8].lower().startswith(_SCHEMES)


def check_url(url: str) -> str:
    """The URL if it can be fetched (http or https, with a host); an INPUT FetchError otherwise."""
    url = url.strip()
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as error:
        raise FetchError(INPUT, f"not a valid URL ({error})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(INPUT, f"only http and https URLs can be fetched, not {parts.scheme or 'this'}:")
    if not parts.hostname:
        raise FetchError(INPUT, "not a valid URL (no host)")
    return url
