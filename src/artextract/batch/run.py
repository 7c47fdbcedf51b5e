"""Inputs in, one result per input out: discovery, skipping, the pool, and ordering."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Union

from ..options import Options
from ..source import DEFAULT_MAX_BYTES
from . import records
from .discover import DEFAULT_GLOBS, Item, discover, safe_relative
from .pool import Pool, Task, WorkerStats, Work, task_options_for
from .warc import expand_warcs
from .work import Outcome, run

DEFAULT_TIMEOUT_S = 30.0
# Address space a worker may use (RLIMIT_AS). The development pages stay far
# below it (a worker peaks near 100 MB); a page that needs more is an outlier
# that would otherwise push the machine into swap: it gets a `memory` record.
DEFAULT_MEMORY_LIMIT = 1024**3

# A path (file or directory), or a document already in memory as (name, data).
Input = Union[str, "os.PathLike[str]", tuple[str, Union[bytes, str]]]


@dataclass(frozen=True, slots=True)
class Result:
    item: Item
    record: dict[str, Any] | None  # None: the item is not an input after all (`item.ignored` says why)
    rendered: str | None = None  # the document in the asked format, when it is not JSON


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def run_batch(
    inputs: Iterable[Input],
    options: Options | None = None,
    *,
    jobs: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT_S,
    max_bytes: int = DEFAULT_MAX_BYTES,
    ordered: bool = False,
    globs: Iterable[str] = DEFAULT_GLOBS,
    worker_stats: list[WorkerStats] | None = None,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    fetch: Any = None,
) -> Iterator[dict[str, Any]]:
    """One record per input: an article (`Article.to_dict()`) or an error record.

    `inputs` mixes paths (directories are walked, keeping files that match
    `globs`), http(s) URLs (fetched as `fetch`, a fetch.FetchSettings, says;
    by default politely, see README "From the web") and `(name, bytes_or_str)` pairs. Work runs in `jobs` processes
    (default: all cores; 0 runs in this process, without time limits or crash
    protection). Records come as completed, or in input order with `ordered`.
    Each worker may use `memory_limit` bytes of address space (None: no cap).
    Never raises for a bad input; every input, readable or not, yields a record.
    """
    from ..fetch.stage import Session
    from ..fetch.settings import FetchSettings

    session = Session(fetch or FetchSettings(), max_bytes)  # nothing is fetched, or imported, before a URL
    try:
        for result in run_results(_items(inputs, globs), options, jobs=jobs, timeout=timeout, max_bytes=max_bytes,
                                  ordered=ordered, worker_stats=worker_stats, memory_limit=memory_limit,
                                  fetch=session):
            if result.record is not None:
                yield result.record
    finally:
        session.close()


def run_results(
    items: Iterable[Item | tuple[Item, bytes | str]],
    options: Options | None = None,
    *,
    jobs: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT_S,
    max_bytes: int = DEFAULT_MAX_BYTES,
    ordered: bool = False,
    fmt: str = "json",
    skip: Callable[[Item], bool] | None = None,
    work: Work | None = None,
    worker_stats: list[WorkerStats] | None = None,
    context: Any = None,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    fetch: Any = None,
    strict: bool = False,
) -> Iterator[Result]:
    """The engine under `run_batch` and the CLI: Items (or (Item, data) pairs) in, `Result`s out.

    `skip(item)` drops inputs before any work (resume); `fmt` "text" or
    "markdown" also renders each article in the worker. `fetch` (a
    fetch.Session) fetches URL inputs in this process, after skipping.
    Items that turn out not to be inputs (a WARC record that is not a page,
    a link not followed) come out as Results without a record; with
    `strict`, WARC records of documents that are not HTML are error records.
    """
    options = options or Options()
    jobs = default_jobs() if jobs is None else jobs
    entries = _numbered(items, skip, max_bytes, strict)
    if fetch is not None:
        from ..fetch.stage import fetch_entries

        entries = fetch_entries(entries, fetch, ordered)
    feed = _Feed(entries, options)
    if jobs == 0:
        outcomes: Iterator[tuple[Task, Outcome]] = (
            (task, (work or run)(task.name, task.path, task.data, task_options_for(options, task), max_bytes, fmt))
            for task in feed.tasks())
    else:
        pool = Pool(jobs, options, max_bytes, timeout, fmt, work, context, memory_limit=memory_limit)
        outcomes = _with_stats(pool, feed.tasks(), worker_stats)
    completed = feed.results(outcomes)
    if not ordered:
        for _index, result in completed:
            yield result
        return
    waiting: dict[int, Result] = {}
    next_index = 0
    for index, result in completed:
        waiting[index] = result
        while next_index in waiting:
            yield waiting.pop(next_index)
            next_index += 1
    # Nothing should be left (indices have no gaps); if something is, it still comes out, in order.
    for index in sorted(waiting):
        yield waiting[index]


class _Feed:
    """Numbers the inputs, turns them into tasks, and pairs each outcome with its input again.

    Inputs that failed in discovery need no work: their error records are
    queued and come out between the pool's results.
    """

    def __init__(self, entries: Iterable[tuple[Item, bytes | str | None]], options: Options) -> None:
        self.entries = entries
        self.known_type = options.input_type if options.input_type != "auto" else None
        self.by_index: dict[int, Item] = {}
        self.early: list[tuple[int, Result]] = []

    def tasks(self) -> Iterator[Task]:
        for index, (item, data) in enumerate(self.entries):
            if item.ignored is not None:
                self.early.append((index, Result(item, None)))
                continue
            if item.error is not None:
                record = records.error_record(item.path, records.INPUT, item.error, self.known_type)
                self.early.append((index, Result(item, _provenance(record, item))))
                continue
            self.by_index[index] = item
            if data is None:
                yield Task(index, item.path, path=item.path)
            elif item.fetched is not None:
                yield Task(index, item.path, data=data, url=item.fetched.final_url, charset=item.fetched.charset)
            else:
                yield Task(index, item.path, data=data, url=item.warc.url if item.warc is not None else None)

    def results(self, outcomes: Iterable[tuple[Task, Outcome]]) -> Iterator[tuple[int, Result]]:
        for task, outcome in outcomes:
            while self.early:
                yield self.early.pop(0)
            item = self.by_index.pop(task.index)
            yield task.index, Result(item, _provenance(outcome.record, item), outcome.rendered)
        while self.early:
            yield self.early.pop(0)


def _provenance(record: dict[str, Any], item: Item) -> dict[str, Any]:
    """Where the page came from: a WARC record, or a URL (fetched or not)."""
    if item.fetched is not None:
        from ..fetch.provenance import for_url

        return for_url(record, item.fetched)
    return records.for_warc(record, item.warc)


def _numbered(items: Iterable[Item | tuple[Item, bytes | str]], skip: Callable[[Item], bool] | None,
              max_bytes: int = DEFAULT_MAX_BYTES, strict: bool = False) -> Iterator[tuple[Item, bytes | str | None]]:
    for entry in expand_warcs(items, max_bytes, strict):
        item, data = entry if isinstance(entry, tuple) else (entry, None)
        if skip is not None and item.ignored is None and skip(item):
            continue
        yield item, data


def _with_stats(pool: Pool, tasks: Iterator[Task], sink: list[WorkerStats] | None) -> Iterator[tuple[Task, Outcome]]:
    try:
        yield from pool.imap_unordered(tasks)
    finally:
        if sink is not None:
            sink.extend(pool.worker_stats)


def _items(inputs: Iterable[Input], globs: Iterable[str]) -> Iterator[Item | tuple[Item, bytes | str]]:
    globs = tuple(globs)
    for entry in inputs:
        if isinstance(entry, tuple):
            name, data = entry
            yield Item(name, safe_relative(name)), data
        else:
            yield from discover([os.fspath(entry)], globs)
