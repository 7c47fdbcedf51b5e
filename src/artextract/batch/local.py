"""The local engine: worker processes on this machine, records written by sinks in this process."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from .control import UsageProblem
from .discover import DEFAULT_GLOBS, Item, discover
from .engine import BatchCommand, Progress
from .run import run_results
from ..fetch.stage import SaveError, Session
from .extras import require
from .sinks import SinkError, is_directory_output, open_sink

# Options of the Dask engine, with how the command names them.
_DASK_ONLY = (("--scheduler", "scheduler"), ("--gzip", "compress"), ("--partition-size", "partition_size"))


class LocalEngine:
    """`--engine local`: the process pool of pool.py, sinks of sinks.py."""

    def check(self, command: BatchCommand) -> None:
        for name, attribute in _DASK_ONLY:
            if getattr(command, attribute):
                raise UsageProblem(f"{name} is for --engine dask")
        if command.fmt == "parquet":
            raise UsageProblem("-f parquet is for --engine dask")
        if command.fmt != "json" and not is_directory_output(command.output):
            raise UsageProblem(f"-f {command.fmt} with several inputs needs -o DIR/ (one file per input); "
                               "JSON Lines output carries JSON records")

    def require(self, command: BatchCommand) -> None:
        """Nothing beyond the core install (WARC input's warcio is checked by the flow), but
        warcio for --warc-out."""
        if command.fetch.warc_out:
            require("warcio", "warc")

    def discover(self, command: BatchCommand, listed: list[str]) -> Iterator[Item]:
        return discover(command.inputs, command.globs or DEFAULT_GLOBS, listed)

    def run(self, command: BatchCommand, items: Callable[[], Iterable[Item]], stdout: BinaryIO) -> Iterator[Progress]:
        sink = open_sink(command.output, command.fmt, command.resume, stdout)
        try:
            session = Session(command.fetch, command.max_bytes)  # cheap: nothing is fetched before a URL
        except SaveError as error:
            sink.close()
            raise SinkError(str(error)) from None
        skipped = 0

        def skip(item: Item) -> bool:
            nonlocal skipped
            if sink.is_done(item):
                skipped += 1
                return True
            return False

        try:
            for note in sink.notes:
                yield Progress(note=note)
            for result in run_results(items(), command.options, jobs=command.jobs, timeout=command.timeout,
                                      max_bytes=command.max_bytes, ordered=command.ordered, fmt=command.fmt,
                                      skip=skip if command.resume else None, memory_limit=command.memory_limit,
                                      fetch=session):
                record = sink.write(result)
                yield Progress(records=(record,), skipped=skipped)
                skipped = 0
            if skipped:
                yield Progress(skipped=skipped)
        finally:
            session.close()
            sink.close()
