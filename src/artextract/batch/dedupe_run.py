"""A --dedupe run: every page read first into a staging area, then each site's template removed.

    pass 1  the pages go through the pool as usual; error records are written at
            once, articles are staged: appended to one of 64 JSON Lines buckets
            by site (dedupe.site_of), beside the output (state.py's folder, so a
            killed run resumes: staged pages count as done)
    pass 2  bucket by bucket (a site's pages are all in one bucket, so memory
            stays bounded by a bucket): dedupe.Statistics from all of its pages,
            then each page changed (dedupe.apply), filtered and written, unless a
            resumed output has it already. The staging area goes when all is written.

Both passes are deterministic given the pages, so an interrupted and resumed
run writes what an uninterrupted one writes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from . import dedupe, filters, records
from .control import UsageProblem
from .discover import Item
from .engine import BatchCommand, Progress
from .run import Result
from .sinks import JsonlFileSink, Sink
from .steps import Resumed, results
from .warc import WarcRef

BUCKETS = 64
_ITEM = "_item"  # where a staged record keeps what the sink needs of its input


def check(command: BatchCommand) -> None:
    if command.fmt == "markdown":
        raise UsageProblem("--dedupe writes JSON or text (-f json, -f text), not -f markdown")
    if command.ordered:
        raise UsageProblem("--ordered cannot be used with --dedupe (records are written site by site, "
                           "once every page is read)")


class Staging:
    """Pass 1's articles, in buckets by site: resumable like any JSON Lines output."""

    def __init__(self, folder: str, resume: bool, state: Any) -> None:
        self.folder = folder
        self.resume = resume
        self.state = state
        self.buckets: dict[int, JsonlFileSink] = {}
        for name in sorted(os.listdir(folder)) if resume else ():
            if name.startswith("bucket-") and name.endswith(".jsonl"):
                self._bucket(int(name[7:9]))
        self.done = set().union(*(bucket.done for bucket in self.buckets.values())) if self.buckets else set()
        self.notes = [note for bucket in self.buckets.values() for note in bucket.notes]

    def _bucket(self, number: int) -> JsonlFileSink:
        if number not in self.buckets:
            path = os.path.join(self.folder, f"bucket-{number:02d}.jsonl")
            self.buckets[number] = JsonlFileSink(path, resume=self.resume, create=False, state=self.state)
        return self.buckets[number]

    def is_done(self, item: Item) -> bool:
        return item.key in self.done

    def add(self, result: Result) -> None:
        assert result.record is not None
        record = dict(result.record)
        item = result.item
        record[_ITEM] = {"rel": item.rel, "identity": item.identity, "stamp": item.stamp}
        number = int.from_bytes(hashlib.blake2b(dedupe.site_of(record).encode("utf-8", "surrogatepass"),
                                                digest_size=2).digest(), "little") % BUCKETS
        self._bucket(number).write(Result(item, record))

    def pages(self, number: int) -> Iterator[tuple[Item, dict[str, Any]]]:
        """The staged pages of one bucket: (their Item again, their record)."""
        path = os.path.join(self.folder, f"bucket-{number:02d}.jsonl")
        if not os.path.exists(path):
            return
        with open(path, "rb") as handle:
            for line in handle:
                if line.endswith(b"\n"):
                    record = json.loads(line)
                    yield _item_of(record), record

    def close(self) -> None:
        for bucket in self.buckets.values():
            bucket.close()


def _item_of(record: dict[str, Any]) -> Item:
    saved = record.pop(_ITEM, {}) or {}
    source = record.get("source") or {}
    offset = source.get("offset")
    ref = WarcRef(offset, source.get("record_id"), record.get("url")) if isinstance(offset, int) else None
    stamp = tuple(saved["stamp"]) if saved.get("stamp") else None
    return Item(source.get("path") or "", saved.get("rel") or "_", warc=ref, identity=saved.get("identity"),
                stamp=stamp)


@dataclass
class _Tally:
    """What pass 2 did, for the summary."""

    blocks: int = 0
    words: int = 0
    pages: int = 0
    sites: set[str] | None = None
    duplicates: int = 0
    kept_whole: int = 0

    def add(self, change: dedupe.Change) -> None:
        if change.removed:
            self.blocks += len(change.removed)
            self.words += sum(len(block.split()) for block in change.removed)
            self.pages += 1
            self.sites = (self.sites or set()) | {dedupe.site_of(change.record)}
        self.duplicates += change.duplicate_of is not None
        self.kept_whole += change.kept_whole

    def note(self) -> str:
        text = (f"--dedupe: removed {self.blocks:,} repeated block(s) ({self.words:,} words) from {self.pages:,} "
                f"page(s) of {len(self.sites or ()):,} site(s); {self.duplicates:,} page(s) are copies of "
                "another (duplicate_of)")
        if self.kept_whole:
            text += f"; {self.kept_whole:,} page(s) kept whole (their repeated blocks were most of them)"
        return text


def run_deduped(command: BatchCommand, items: Callable[[], Iterable[Item]], sink: Sink,
                session: Any) -> Iterator[Progress]:
    state = getattr(sink, "state", None)
    folder = state.subdirectory("dedupe", fresh=not command.resume) if state is not None else tempfile.mkdtemp()
    staging = Staging(folder, command.resume, state)
    try:
        for note in staging.notes:
            yield Progress(note=note)
        yield from _read_all(command, items, sink, staging, session)
        staging.close()
        yield Progress(note="--dedupe: every page is read; removing each site's repeated blocks")
        tally = _Tally()
        for number in range(BUCKETS):
            yield from _write_bucket(command, staging, number, sink, tally)
        yield Progress(note=tally.note())
        shutil.rmtree(folder, ignore_errors=True)  # all written: a later --resume finds every page done
    finally:
        staging.close()
        if state is None:
            shutil.rmtree(folder, ignore_errors=True)


def _read_all(command: BatchCommand, items: Callable[[], Iterable[Item]], sink: Sink, staging: Staging,
              session: Any) -> Iterator[Progress]:
    """Pass 1: errors written, articles staged (filters wait for pass 2, after the template is gone)."""
    resume = Resumed(sink, staging)
    for result in results(command, items(), resume.skip if command.resume else None, session):
        if result.record is None:
            yield Progress(ignored=(result.item.ignored or "",), skipped=resume.take())
        elif records.is_error(result.record):
            yield Progress(records=(sink.write(result),), skipped=resume.take())
        else:
            staging.add(result)
            yield Progress(skipped=resume.take())
    yield Progress(skipped=resume.take(), note=resume.note(command.output) if command.resume else None)


def _write_bucket(command: BatchCommand, staging: Staging, number: int, sink: Sink,
                  tally: _Tally) -> Iterator[Progress]:
    """Pass 2 for one bucket: its statistics, then each page changed, filtered and written once."""
    stats = dedupe.Statistics(command.dedupe_min_pages or dedupe.DEFAULT_MIN_PAGES)
    for step in (stats.count, stats.uncount_duplicates, stats.place):
        for _item, record in staging.pages(number):
            step(record)
    for item, record in staging.pages(number):
        if command.resume and sink.is_done(item):
            continue
        change = dedupe.apply(record, stats)
        tally.add(change)
        final = filters.apply(change.record, command.filters)
        rendered = final.get("body", "") + "\n" if command.fmt == "text" and final.get("body") else ""
        written = sink.write(Result(item, final, rendered))
        note = None
        if command.explain and change.removed:
            label = records.record_label(final) or item.path
            note = f"{label}: --dedupe removed " + " | ".join(change.removed)
        yield Progress(records=(written,), note=note)
