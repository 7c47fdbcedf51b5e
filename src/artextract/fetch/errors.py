"""Why a URL gave no page: a fixed vocabulary of kinds, stable for scripts (`error.type`)."""

from __future__ import annotations

# DNS failure, connection refused or reset, connect or read timeout, TLS failure, bad response framing.
NETWORK = "network"
# The server answered 4xx or 5xx (after the retries 429 and 503 get), or redirected too often.
HTTP = "http"
# robots.txt disallows the URL for our user agent, or could not be fetched (5xx: assume disallowed).
ROBOTS = "robots"
# What came back is not a page to extract: too large, not HTML or text, an unsupported URL.
# The same word batch mode uses for files that are too large or binary.
INPUT = "input"
# An unexpected exception in the fetching code: a bug in artextract.
INTERNAL = "internal"
FETCH_ERROR_TYPES = (NETWORK, HTTP, ROBOTS, INPUT, INTERNAL)


class FetchError(Exception):
    """A URL that gave no page. `kind` is one of FETCH_ERROR_TYPES; the message is one line."""

    def __init__(self, kind: str, message: str, *, status: int | None = None, final_url: str | None = None,
                 transient: bool = False, fetched_at: str | None = None):
        if kind not in FETCH_ERROR_TYPES:
            raise ValueError(f"unknown fetch error kind {kind!r}")
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.status = status
        self.final_url = final_url
        # Worth another try: a dropped connection (a kept-alive one the server had closed, a reset).
        self.transient = transient
        self.fetched_at = fetched_at  # when the server answered, if it did

    def __reduce__(self):  # keyword-only arguments need help to cross a process boundary
        return (_rebuild, (self.kind, self.message, self.status, self.final_url, self.transient, self.fetched_at))


def _rebuild(kind: str, message: str, status: int | None, final_url: str | None, transient: bool,
             fetched_at: str | None) -> FetchError:
    return FetchError(kind, message, status=status, final_url=final_url, transient=transient, fetched_at=fetched_at)
