"""What a batch tells the person running it, on standard error only.

A rich progress bar (count, rate, ETA) when asked for (by default: when stderr
is a terminal), one line per failed input, and a final summary line:
"1358 inputs: 1300 ok, 50 empty, 8 failed in 40.2 s (33.8 pages/s)".
`quiet` keeps only the failure lines. rich is imported only when a bar is shown.
Names from outside (file names, URLs) are escaped (control.shown).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import Any, TextIO

from . import records
from .control import shown


class Reporter:
    def __init__(self, stream: TextIO | None = None, show_progress: bool = False, quiet: bool = False) -> None:
        self.stream = stream or sys.stderr
        self.show_progress = show_progress and not quiet
        self.quiet = quiet
        self.counts = {records.OK: 0, records.EMPTY: 0, records.FAILED: 0, records.SKIPPED: 0}
        self.done_before = 0  # inputs a resumed run found done
        self.ignored: Counter[str] = Counter()  # items that were not inputs, by why
        self.total: int | None = None  # inputs expected, when known
        self.started = time.monotonic()
        self._progress: Any = None
        self._task: Any = None
        self._notes: set[str] = set()

    # -- lifecycle ---------------------------------------------------------
    def start(self, total: int | None) -> None:
        """Start the clock (and the bar); `total` inputs are expected (None: not known)."""
        self.started = time.monotonic()
        self.total = total
        if not self.show_progress:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        console = Console(file=self.stream, stderr=True, force_terminal=None)
        self._progress = Progress(
            TextColumn("[bold]artextract[/]"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} pages/s"),
            TextColumn("[red]{task.fields[failed]} failed[/]"),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        )
        self._progress.start()
        self._task = self._progress.add_task("batch", total=total, rate="-", failed=0)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    # -- events --------------------------------------------------------------
    def skip(self) -> None:
        """An input a resumed run found done."""
        self.done_before += 1
        self._advance()

    def record(self, record: dict[str, Any]) -> None:
        outcome = records.status(record)
        self.counts[outcome] += 1
        if outcome == records.FAILED:
            error = record["error"]
            label = shown(records.record_label(record) or "?")
            self.line(f"artextract: {label}: {shown(error['message'])} ({error['type']})", error=True)
        self._advance()

    def update(self, progress: Any) -> None:
        """One engine.Progress event: records, bulk counts, resumed inputs, a note."""
        if progress.note:
            self.note(progress.note)
        for _ in range(progress.skipped):
            self.skip()
        self.ignored.update(progress.ignored)
        self.tally(progress.ok, progress.empty)
        for record in progress.records:
            self.record(record)

    def note(self, text: str) -> None:
        """A remark, printed once however many partitions or sinks make it."""
        if text not in self._notes:
            self._notes.add(text)
            self.line(f"artextract: {shown(text)}")

    def tally(self, ok: int, empty: int) -> None:
        """Articles counted elsewhere (a Dask partition): failures still go through record()."""
        self.counts[records.OK] += ok
        self.counts[records.EMPTY] += empty
        for _ in range(ok + empty):
            self._advance()

    def line(self, text: str, error: bool = False) -> None:
        """One line on stderr, above the bar when there is one."""
        if self.quiet and not error:
            return
        if self._progress is not None:
            self._progress.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            self.stream.write(text + "\n")
            self.stream.flush()

    def _advance(self) -> None:
        if self._progress is None:
            return
        elapsed = time.monotonic() - self.started
        pages = self.counts[records.OK] + self.counts[records.EMPTY]
        rate = f"{pages / elapsed:.1f}" if elapsed > 0 and pages else "-"
        self._progress.update(self._task, advance=1, rate=rate, failed=self.counts[records.FAILED])

    # -- end -------------------------------------------------------------------
    @property
    def processed(self) -> int:
        return sum(self.counts.values())

    def summary(self, interrupted: bool = False) -> str:
        """The last line: counts, time and rate (of pages extracted; failures take no time to count)."""
        elapsed = time.monotonic() - self.started
        seen = self.processed + self.done_before
        parts = [f"{self.counts[name]:,} {name}" for name in (records.OK, records.EMPTY, records.FAILED)]
        if self.counts[records.SKIPPED]:
            parts.append(f"{self.counts[records.SKIPPED]:,} skipped by filters")
        if self.done_before:
            parts.append(f"{self.done_before:,} already done")
        of_total = interrupted and self.total is not None
        noun = "input" if (self.total if of_total else seen) == 1 else "inputs"
        counted = f"{seen:,} of {self.total:,}" if of_total else f"{seen:,}"
        pages = self.counts[records.OK] + self.counts[records.EMPTY]
        rate = f" ({pages / elapsed:.1f} pages/s)" if pages and elapsed > 0 else ""
        text = f"artextract: {counted} {noun}: {', '.join(parts)} in {elapsed:.1f} s{rate}"
        if self.ignored:
            text += "; not inputs: " + ", ".join(f"{count:,} {why}" for why, count in sorted(self.ignored.items()))
        return text

    def finish(self, interrupted: bool = False) -> None:
        self.stop()
        if not self.quiet:
            self.line(self.summary(interrupted))
