"""The local engine: worker processes on this machine, records written by sinks in this process."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

from ..fetch.stage import SaveError, Session
from ..source import InputError, read_path
from . import filters
from .control import UsageProblem
from .discover import DEFAULT_GLOBS, Item, discover
from .engine import BatchCommand, Progress
from .extras import require
from .guard import exclusions
from .run import Result
from .sinks import Sink, SinkError, is_directory_output, open_sink
from .steps import Resumed, results

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
        if command.dedupe:
            from .dedupe_run import check

            check(command)

    def require(self, command: BatchCommand) -> None:
        """Nothing beyond the core install (WARC input's warcio is checked by the flow), but
        warcio for --warc-out."""
        if command.fetch.warc_out:
            require("warcio", "warc")

    def discover(self, command: BatchCommand, listed: list[str]) -> Iterator[Item]:
        if command.inputs == ("-",):  # read in run(): workers have no standard input
            return iter([Item("-", "stdin", identity="-")])
        return discover(command.inputs, command.globs or DEFAULT_GLOBS, listed, exclude=exclusions(command),
                        follow_links=command.follow_links)

    def run(self, command: BatchCommand, items: Callable[[], Iterable[Item]], stdout: BinaryIO) -> Iterator[Progress]:
        sink = open_sink(command.output, command.fmt, command.resume, stdout)
        try:
            session = Session(command.fetch, command.max_bytes)  # cheap: nothing is fetched before a URL
        except SaveError as error:
            sink.close()
            raise SinkError(str(error)) from None
        try:
            for note in sink.notes:
                yield Progress(note=note)
            found = _with_stdin(items, command.max_bytes) if command.inputs == ("-",) else items
            if command.dedupe:
                from .dedupe_run import run_deduped

                yield from run_deduped(command, found, sink, session)
            else:
                yield from _run_plain(command, found, sink, session)
        finally:
            session.close()
            sink.close()


def _with_stdin(items: Callable[[], Iterable[Item]], max_bytes: int) -> Callable[[], Iterable[Any]]:
    """Standard input as the one input: read here (within max_bytes), its bytes sent to a worker."""

    def found() -> Iterator[Any]:
        try:
            data: bytes | None = read_path("-", max_bytes)
            problem = None
        except InputError as error:
            data, problem = None, str(error)
        for item in items():
            yield (item, data) if problem is None else Item(item.path, item.rel, problem)

    return found


def _run_plain(command: BatchCommand, items: Callable[[], Iterable[Item]], sink: Sink,
               session: Session) -> Iterator[Progress]:
    """Every input through the pool, each record filtered and written as it comes."""
    resume = Resumed(sink)
    for result in results(command, items(), resume.skip if command.resume else None, session):
        if result.record is None:
            yield Progress(ignored=(result.item.ignored or "",), skipped=resume.take())
            continue
        record = filters.apply(result.record, command.filters)
        yield Progress(records=(sink.write(Result(result.item, record, result.rendered)),), skipped=resume.take())
    yield Progress(skipped=resume.take(), note=resume.note(command.output) if command.resume else None)
