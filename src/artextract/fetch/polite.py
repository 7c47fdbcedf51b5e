"""How hard we may knock: per-host limits, delays, and when to try again."""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from datetime import datetime, timezone

# 429 and 503 are a server asking us to come back later (with Retry-After when it knows when);
# 502 and 504 are a gateway whose backend hiccupped. Other statuses do not improve by waiting.
RETRY_STATUSES = frozenset({429, 502, 503, 504})
MAX_REDIRECTS = 10
DEFAULT_PER_HOST = 2
# Seconds between the starts of two requests to one host. One second keeps a single-host list
# to about one page a second, which no site owner minds; robots.txt's Crawl-delay can raise it.
DEFAULT_DELAY_S = 1.0


@dataclass(frozen=True, slots=True)
class Politeness:
    per_host: int = DEFAULT_PER_HOST  # requests at a time to one host
    delay: float = DEFAULT_DELAY_S  # seconds between request starts to one host
    retries: int = 3  # further tries of one URL after a 429/5xx above or a dropped connection
    backoff: float = 1.0  # the first wait without Retry-After; doubles with each try
    # A Retry-After longer than this is not waited out: the URL fails, naming the wait.
    max_wait: float = 300.0
    max_crawl_delay: float = 30.0  # a Crawl-delay above this is taken as this
    obey_robots: bool = True

    def __post_init__(self) -> None:
        if self.per_host < 1:
            raise ValueError("per_host must be at least 1")
        if self.delay < 0 or self.backoff < 0 or self.retries < 0:
            raise ValueError("delay, backoff and retries cannot be negative")


def origin(url: str) -> str:
    """scheme://host:port, the unit of robots.txt (RFC 9309) and of our pacing."""
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or (443 if scheme == "https" else 80)
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"  # an IPv6 literal
    return f"{scheme}://{host}:{port}"


def retry_wait(politeness: Politeness, attempt: int, retry_after: str | None, now: datetime | None = None) -> float:
    """Seconds to wait before try `attempt + 1`: Retry-After when given, else exponential backoff."""
    wait = parse_retry_after(retry_after, now)
    if wait is None:
        wait = politeness.backoff * (2 ** attempt)
    return max(0.0, wait)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds from now: "120" or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    from email.utils import parsedate_to_datetime  # 10-40 ms to import; most servers send seconds

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def agent_token(user_agent: str) -> str:
    """The product token robots.txt groups are matched on: "artextract/0.1.0 (...)" -> "artextract"."""
    token = user_agent.strip().split("/", 1)[0].split()[0] if user_agent.strip() else ""
    return token.lower() or "*"
