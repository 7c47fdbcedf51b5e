"""Which inputs are URLs, and which URLs can be fetched."""

from __future__ import annotations

import hashlib
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


def url_rel(url: str) -> str:
    """Where a URL's document goes under `-o DIR/`: host/path, "index" for a directory, and a
    short hash of the query so that ?page=1 and ?page=2 do not share a file."""
    parts = urllib.parse.urlsplit(url.strip())
    path = urllib.parse.unquote(parts.path)
    if not path or path.endswith("/"):
        path += "index"
    if parts.query:
        path += "_q" + hashlib.sha1(parts.query.encode("utf-8")).hexdigest()[:8]
    pieces = [(parts.hostname or "_") + (f"_{parts.port}" if parts.port else "")]
    pieces += ["__" if piece == ".." else piece for piece in path.split("/") if piece not in ("", ".")]
    return "/".join(pieces)


def read_list_bytes(source: str) -> bytes:
    """The bytes of a list file ("-": standard input): --urls-from here, --files-from in batch/discover."""
    import sys

    if source == "-":
        return sys.stdin.buffer.read()
    with open(source, "rb") as handle:
        return handle.read()


def read_url_list(source: str) -> list[str]:
    """URLs from a file ("-": standard input), one a line; blank lines and # comments skipped."""
    lines = (line.decode("utf-8", errors="replace").strip() for line in read_list_bytes(source).splitlines())
    return [line for line in lines if line and not line.startswith("#")]
