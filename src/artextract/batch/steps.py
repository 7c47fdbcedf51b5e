"""What both kinds of local run share (plain, and --dedupe's two passes): the pool with a
command's settings, and resume's bookkeeping."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .discover import Digests, Item
from .engine import BatchCommand
from .run import Result, run_results


def results(command: BatchCommand, found: Iterable[Item], skip: Callable[[Item], bool] | None,
            session: Any) -> Iterator[Result]:
    """run_results with the command's settings."""
    return run_results(found, command.options, jobs=command.jobs, timeout=command.timeout,
                       max_bytes=command.max_bytes, ordered=command.ordered, fmt=command.fmt, skip=skip,
                       memory_limit=command.memory_limit, fetch=session, strict=command.strict)


class Resumed:
    """Resume's bookkeeping: inputs found done (to report), and inputs of the earlier run not in this one."""

    def __init__(self, *sinks: Any) -> None:
        self.sinks = sinks
        self.pending = 0
        self.seen = Digests()  # identities of this run's inputs

    def skip(self, item: Item) -> bool:
        self.seen.add(item.identity or item.path)
        if any(sink.is_done(item) for sink in self.sinks):
            self.pending += 1
            return True
        return False

    def take(self) -> int:
        """Inputs found done since the last call."""
        count, self.pending = self.pending, 0
        return count

    def note(self, output: str | None) -> str | None:
        """Says so when the output holds records of inputs this run did not have."""
        earlier: set[str] = set()
        for sink in self.sinks:
            state = getattr(sink, "state", None)
            earlier |= state.earlier if state is not None else set()
        others = sum(1 for identity in earlier if identity not in self.seen)
        if not others:
            return None
        return (f"note: {output} holds records of {others:,} input(s) not among this run's inputs "
                "(the inputs differ from the run being resumed)")
