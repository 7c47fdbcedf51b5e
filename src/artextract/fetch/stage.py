"""Fetching as a stage of a batch: inputs in, the same inputs out, URLs now carrying their pages.

The stage sits between discovery (after resume has dropped what is done) and
the worker pool: extraction stays in the workers, fetching stays in this
process, where one scheduler can keep every host's pace. Inputs that are not
URLs pass through untouched. Each URL input comes out with `fetched` set (a
`Fetched`) and its body as data, or, when it gave no page, with `error` set
and no data, so batch mode writes its error record without running any work.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import FetchError
from .page import Page
from .provenance import Fetched
from .save import PageDir, SaveError, WarcOut
from .settings import FetchSettings
from .urls import is_url

__all__ = ["Session", "SaveError", "fetch_entries"]


class Session:
    """The fetcher and page stores of one run. Stores open at once (so a bad --save-pages
    or --warc-out stops the run before any work); urllib3 is imported with the fetcher."""

    def __init__(self, settings: FetchSettings, max_bytes: int):
        self.settings = settings
        self.max_bytes = max_bytes
        self.stores: list[Any] = []
        self._fetcher = None
        try:
            if settings.save_pages:
                self.stores.append(PageDir(settings.save_pages))
            if settings.warc_out:
                self.stores.append(WarcOut(settings.warc_out, settings.user_agent))
        except SaveError:
            self.close()
            raise

    @property
    def fetcher(self):
        if self._fetcher is None:
            from . import make_fetcher

            self._fetcher = make_fetcher(self.settings.politeness(), user_agent=self.settings.user_agent,
                                         max_bytes=self.max_bytes)
        return self._fetcher

    def keep(self, page: Page) -> tuple[str, ...]:
        """Save the page in every store; what could not be saved comes back as warnings."""
        warnings = []
        for store in self.stores:
            try:
                store.save(page)
            except OSError as error:
                warnings.append(f"the page could not be saved: {error.strerror or error}")
        return tuple(warnings)

    def fetch(self, url: str) -> tuple[Page, Fetched]:
        """One URL (raises FetchError), kept in the stores."""
        page = self.fetcher.fetch(url)
        return page, Fetched.from_page(page, self.keep(page))

    def close(self) -> None:
        for store in self.stores:
            store.close()
        if self._fetcher is not None:
            self._fetcher.client.close()


def fetch_entries(entries: Iterable[tuple[Any, Any]], session: Session, ordered: bool = False
                  ) -> Iterator[tuple[Any, Any]]:
    """(item, data) pairs in, (item, data) pairs out, one for one. An item is a URL input when it has
    no data, no error, and its `path` is an http(s) URL; it must be a dataclass with `fetched` and
    `error` fields. Out of order (as fetched) unless `ordered`. Until the first URL, inputs pass
    straight through: a batch of files never starts the fetcher's threads."""
    entries = iter(entries)
    for item, data in entries:
        if _url_of(item, data) is None:
            yield item, data
            continue
        yield from _fetching(itertools.chain([(item, data)], entries), session, ordered)
        return


def _fetching(entries: Iterator[tuple[Any, Any]], session: Session, ordered: bool) -> Iterator[tuple[Any, Any]]:
    tagged = (((index, item, data), _url_of(item, data)) for index, (item, data) in enumerate(entries))
    results = ((entry, _attach(entry, result, session)) for entry, result in session.fetcher.fetch_all(tagged))
    if not ordered:
        for _entry, pair in results:
            yield pair
        return
    waiting: dict[int, tuple[Any, Any]] = {}
    next_index = 0
    for (index, _item, _data), pair in results:
        waiting[index] = pair
        while next_index in waiting:
            yield waiting.pop(next_index)
            next_index += 1


def _url_of(item: Any, data: Any) -> str | None:
    if data is None and getattr(item, "error", None) is None and is_url(item.path):
        return item.path
    return None


def _attach(entry: tuple[int, Any, Any], result: Page | FetchError | None, session: Session) -> tuple[Any, Any]:
    _index, item, data = entry
    if result is None:
        return item, data
    if isinstance(result, FetchError):
        fetched = Fetched.from_error(item.path, result)
        return dataclasses.replace(item, fetched=fetched, error=result.message), None
    return dataclasses.replace(item, fetched=Fetched.from_page(result, session.keep(result))), result.body
