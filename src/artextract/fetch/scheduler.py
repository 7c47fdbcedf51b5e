"""Many URLs, fetched politely by a few threads: one request is the unit of scheduling.

Each origin (scheme://host:port) has a queue. A thread takes the next request
whose origin is ready: fewer than `per_host` requests running there, `delay`
seconds since the last one started, robots.txt known. A redirect puts the job
back in the queue of the origin it points to (with that origin's robots.txt
and pace); a 429/503 puts it back at the head of its queue and pauses the
whole origin for the Retry-After, since the server asked that of all of us, not
of one URL. No thread ever sleeps holding a request slot.

URLs are read from the input lazily and at most `window` of them are in
flight or waiting to be consumed, so a list of a million URLs, or a consumer
slower than the network (extraction), keeps memory flat.
"""

from __future__ import annotations

import http
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from queue import SimpleQueue
from typing import Any

from . import robots
from .errors import HTTP, INTERNAL, NETWORK, ROBOTS, FetchError
from .page import Page, parse_content_type, utc_now
from .urls import check_url
from .polite import MAX_REDIRECTS, RETRY_STATUSES, Politeness, agent_token, origin, retry_wait

DEFAULT_THREADS = 16
DEFAULT_WINDOW = 64
_END = object()


@dataclass(slots=True)
class _Job:
    tag: Any
    url: str  # as given
    current: str  # the URL of the next request
    redirects: list[str] = field(default_factory=list)
    attempt: int = 0  # tries of `current` so far beyond the first


@dataclass(slots=True)
class _Robots:
    """The request for an origin's robots.txt, made before any other request there."""

    origin: str


@dataclass(slots=True)
class _Host:
    delay: float
    queue: deque = field(default_factory=deque)
    active: int = 0
    next_at: float = 0.0
    rules: robots.Rules | None = None
    robots_pending: bool = False


class Fetcher:
    """Fetches URLs politely. Host state (robots.txt, pace) lasts as long as the Fetcher."""

    def __init__(self, client, politeness: Politeness | None = None, *, user_agent: str = "artextract",
                 threads: int = DEFAULT_THREADS, window: int = DEFAULT_WINDOW,
                 clock: Callable[[], float] = time.monotonic):
        self.client = client
        self.politeness = politeness or Politeness()
        self.agent = agent_token(user_agent)
        self.threads = max(1, threads)
        self.window = max(1, window)
        self.clock = clock
        self.requests = 0  # made so far, robots.txt included (for tests and the summary)
        self._hosts: dict[str, _Host] = {}

    def fetch(self, url: str) -> Page:
        """One URL, politely (robots.txt first); raises FetchError."""
        for _tag, result in self.fetch_all([(None, url)], threads=1):
            if isinstance(result, FetchError):
                raise result
            return result
        raise FetchError(INTERNAL, "no result")  # fetch_all yields one result per input; unreachable

    def fetch_all(self, items: Iterable[tuple[Any, str | None]], threads: int | None = None
                  ) -> Iterator[tuple[Any, Page | FetchError | None]]:
        """(tag, url) pairs in, (tag, Page or FetchError) out as completed, exactly one per input.

        A pair whose url is None is passed through as (tag, None), so inputs that need no
        fetching can share the stream (and its window) with those that do."""
        run = _Run(self)
        yield from run.results(items, min(threads or self.threads, self.window))

    def host(self, origin_key: str) -> _Host:
        host = self._hosts.get(origin_key)
        if host is None:
            host = self._hosts[origin_key] = _Host(self.politeness.delay)
            if not self.politeness.obey_robots:
                host.rules = robots.allow_all()
        return host


class _Run:
    """One fetch_all: its threads, its window and its results; host state stays with the Fetcher."""

    def __init__(self, fetcher: Fetcher):
        self.fetcher = fetcher
        self.cond = threading.Condition()
        self.waiting: dict[str, None] = {}  # origins with queued jobs, in arrival order
        self.alive = 0  # jobs taken from the input and not finished
        self.input_done = False
        self.stopped = False
        self.failure: BaseException | None = None  # the input iterator's own exception
        self.out: SimpleQueue = SimpleQueue()
        self.slots = threading.Semaphore(fetcher.window)

    def results(self, items: Iterable[tuple[Any, str | None]], threads: int
                ) -> Iterator[tuple[Any, Page | FetchError | None]]:
        workers = [threading.Thread(target=self._feed, args=(items,), daemon=True, name="fetch-feed")]
        workers += [threading.Thread(target=self._work, daemon=True, name=f"fetch-{n}") for n in range(threads)]
        for worker in workers:
            worker.start()
        try:
            while (item := self.out.get()) is not _END:
                self.slots.release()
                yield item
        finally:
            with self.cond:
                self.stopped = True
                self.cond.notify_all()
            self.slots.release()  # a feeder blocked on the window wakes up and sees `stopped`
        if self.failure is not None:
            raise self.failure

    def _feed(self, items: Iterable[tuple[Any, str | None]]) -> None:
        try:
            for tag, url in items:
                self.slots.acquire()
                with self.cond:
                    if self.stopped:
                        return
                    self.alive += 1
                    if url is None:  # not for fetching: passed through, in its turn
                        self._finish(tag, None)
                        continue
                    try:
                        self._enqueue(_Job(tag, url, check_url(url)))
                    except FetchError as error:
                        self._finish(tag, error)
        except BaseException as error:  # noqa: BLE001 - handed to the consumer, which re-raises it
            self.failure = error
        finally:
            with self.cond:
                self.input_done = True
                self._maybe_end()

    def _enqueue(self, job: _Job, front: bool = False) -> None:
        key = origin(job.current)
        host = self.fetcher.host(key)
        host.queue.appendleft(job) if front else host.queue.append(job)
        self.waiting[key] = None
        self.cond.notify_all()

    def _finish(self, tag: Any, result: Page | FetchError | None) -> None:
        self.alive -= 1
        self.out.put((tag, result))
        self._maybe_end()

    def _maybe_end(self) -> None:
        if self.input_done and self.alive == 0 and not self.stopped:
            self.stopped = True
            self.out.put(_END)
            self.cond.notify_all()

    def _work(self) -> None:
        while (task := self._take()) is not None:
            key, job = task
            try:
                if isinstance(job, _Robots):
                    outcome: Any = _fetch_robots(self.fetcher, job.origin)
                else:
                    outcome = _request(self.fetcher, job)
            except Exception as error:  # noqa: BLE001 - a bug must cost one URL, not the run
                outcome = FetchError(INTERNAL, f"{type(error).__name__}: {error}"[:500])
            with self.cond:
                try:
                    self._settle(key, job, outcome)
                except Exception as error:  # noqa: BLE001 - a lost job would leave the run waiting forever
                    message = f"{type(error).__name__}: {error}"[:500]
                    if isinstance(job, _Job):
                        self._finish(job.tag, FetchError(INTERNAL, message))
                    else:  # the host's queue must not wait for robots.txt forever
                        host = self.fetcher.host(key)
                        host.robots_pending, host.rules = False, robots.disallow_all(f"robots.txt: {message}")
                    self.cond.notify_all()

    def _take(self) -> tuple[str, _Job | _Robots] | None:
        """The next request whose origin is ready; waits until one is, None when all is done."""
        with self.cond:
            while not self.stopped:
                now = self.fetcher.clock()
                task, wake = self._ready(now)
                if task is not None:
                    return task
                self.cond.wait(None if wake is None else max(0.0, wake - now))
        return None

    def _ready(self, now: float) -> tuple[tuple[str, _Job | _Robots] | None, float | None]:
        wake = None
        for key in list(self.waiting):
            host = self.fetcher.host(key)
            if host.robots_pending or host.active >= self.fetcher.politeness.per_host:
                continue
            if host.next_at > now:
                wake = host.next_at if wake is None else min(wake, host.next_at)
                continue
            if host.rules is None:
                host.robots_pending = True
                return self._start(key, host, now, _Robots(key)), None
            job = self._next_allowed(key, host)
            if job is not None:
                return self._start(key, host, now, job), None
        return None, wake

    def _next_allowed(self, key: str, host: _Host) -> _Job | None:
        """The first queued job robots.txt allows; the disallowed ones before it get their error record."""
        while host.queue:
            job = host.queue.popleft()
            if host.rules is not None and host.rules.allowed(job.current):
                break
            self._finish(job.tag, _robots_error(host.rules or robots.allow_all(), job))
        else:
            job = None
        if not host.queue:
            del self.waiting[key]
        return job

    def _start(self, key: str, host: _Host, now: float, job: _Job | _Robots) -> tuple[str, _Job | _Robots]:
        host.active += 1
        if isinstance(job, _Job):
            # robots.txt and the first page go one after the other, as a browser's requests would;
            # the delay spaces the pages. (A single `artextract URL` then waits for nothing.)
            host.next_at = now + host.delay
        self.fetcher.requests += 1
        return key, job

    def _settle(self, key: str, job: _Job | _Robots, outcome: Any) -> None:
        """A request came back (called with the lock held): record it, and queue what follows."""
        host = self.fetcher.host(key)
        host.active -= 1
        self.cond.notify_all()
        if isinstance(job, _Robots):
            host.robots_pending = False
            host.rules = outcome if isinstance(outcome, robots.Rules) else robots.disallow_all(str(outcome))
            limit = self.fetcher.politeness.max_crawl_delay
            host.delay = max(self.fetcher.politeness.delay, min(host.rules.crawl_delay or 0.0, limit))
        elif isinstance(outcome, _Retry):
            host.next_at = max(host.next_at, self.fetcher.clock() + outcome.wait)
            job.attempt += 1
            self._enqueue(job, front=True)
        elif isinstance(outcome, str):  # a redirect: on to the next hop, wherever it is
            job.redirects.append(job.current)
            job.current, job.attempt = outcome, 0
            self._enqueue(job)
        else:
            self._finish(job.tag, outcome)


@dataclass(frozen=True, slots=True)
class _Retry:
    wait: float


def _request(fetcher: Fetcher, job: _Job) -> Page | FetchError | _Retry | str:
    """One hop of a job: a Page, a FetchError, a _Retry, or the URL a redirect points to."""
    polite = fetcher.politeness
    try:
        hop = fetcher.client.get(job.current)
    except FetchError as error:
        if error.transient and job.attempt < polite.retries:
            # A kept-alive connection the server had closed fails at once; the retry needs no wait.
            return _Retry(0.0 if job.attempt == 0 else retry_wait(polite, job.attempt - 1, None))
        error.final_url = error.final_url or job.current
        return error
    if hop.location is not None:
        if len(job.redirects) >= MAX_REDIRECTS:
            return FetchError(HTTP, f"more than {MAX_REDIRECTS} redirects", status=hop.status, final_url=job.current)
        try:
            return check_url(hop.location)
        except FetchError as error:
            return FetchError(HTTP, f"redirected to {hop.location[:200]}: {error.message}", status=hop.status,
                              final_url=job.current)
    if hop.status in RETRY_STATUSES and job.attempt < polite.retries:
        wait = retry_wait(polite, job.attempt, hop.header("Retry-After"))
        if wait <= polite.max_wait:
            return _Retry(wait)
        return FetchError(HTTP, f"{_status_text(hop.status)}, asked to retry after {wait:.0f} s (more than "
                          f"{polite.max_wait:g} s)", status=hop.status, final_url=job.current)
    if not 200 <= hop.status < 300:
        tries = f" after {job.attempt + 1} tries" if job.attempt else ""
        return FetchError(HTTP, _status_text(hop.status) + tries, status=hop.status, final_url=job.current,
                          fetched_at=utc_now())
    media_type, charset = parse_content_type(hop.header("Content-Type"))
    return Page(job.url, job.current, hop.status, hop.headers, hop.body or b"", charset, media_type, utc_now(),
                tuple(job.redirects))


def _fetch_robots(fetcher: Fetcher, origin_key: str) -> robots.Rules:
    """RFC 9309 2.3.1: 2xx parsed; 4xx "unavailable" (anything goes); 5xx, 429 or no answer
    "unreachable" (nothing goes). Redirects are followed, five at most, as the RFC asks."""
    url = origin_key + "/robots.txt"
    for _hop in range(6):
        try:
            hop = fetcher.client.get(url, limit=robots.MAX_ROBOTS_BYTES, truncate=True, check_type=False)
        except FetchError as error:
            return robots.disallow_all(f"{error.message} (fetching robots.txt)", network=error.kind == NETWORK)
        if hop.location is not None:
            url = hop.location
            continue
        if 200 <= hop.status < 300:
            return robots.parse((hop.body or b"").decode("utf-8", errors="replace"), fetcher.agent)
        if hop.status == 429 or hop.status >= 500:
            return robots.disallow_all(f"robots.txt unreachable ({_status_text(hop.status)})")
        return robots.allow_all()
    return robots.allow_all()


def _robots_error(rules: robots.Rules, job: _Job) -> FetchError:
    if rules.network:
        return FetchError(NETWORK, rules.unreachable or "host unreachable", final_url=job.current)
    if rules.unreachable:
        message = f"{rules.unreachable}: everything counts as disallowed (RFC 9309); --ignore-robots to fetch anyway"
    else:
        message = "disallowed by robots.txt (--ignore-robots to fetch anyway)"
    return FetchError(ROBOTS, message, final_url=job.current)


def _status_text(status: int) -> str:
    try:
        return f"HTTP {status} {http.HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"
