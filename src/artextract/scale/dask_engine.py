"""The Dask engine: the same per-page work as local mode, one Dask task per input partition.

Nothing here schedules: partitions are planned on the client (every WARC file
is one partition; other files go in runs of `partition_size`), each becomes one
`run_partition` task, and Dask places, retries and balances them. A partition
runs local mode's own pipeline (`batch.run_results`) in a one-process `Pool`
on its worker, so a page that hangs or kills its process gets the same
timeout or crash record as in local mode, and the Dask worker survives it. If
the Dask worker itself dies (a lost machine, the OOM killer), the scheduler
runs the partition again elsewhere; its part is written only when complete,
so no record is lost or doubled.

    from artextract.scale import run_dask
    for record in run_dask(["s3://bucket/crawl/"], output=None):   # records back to the client
        ...

The LocalCluster started when no scheduler is given uses worker processes
(`processes=True`, one thread each) that may start children
(`distributed.worker.daemon: False`), which the per-page pool needs. Workers of
a cluster you run yourself should be started the same way
(`DASK_DISTRIBUTED__WORKER__DAEMON=False`); on daemonic workers pages run in
the worker thread without time limits, and the summary says so.
"""

from __future__ import annotations

import importlib.util
import logging
import multiprocessing
import os
import posixpath
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from ..batch import filters, records
from ..batch.control import UsageProblem
from ..batch.discover import DEFAULT_GLOBS, Discovery, Exclude, Item, Matcher, safe_relative
from ..batch.extras import MissingExtra, require
from ..batch.engine import BatchCommand, Progress
from ..batch.guard import exclusions
from ..batch.run import DEFAULT_MEMORY_LIMIT, DEFAULT_TIMEOUT_S, default_jobs, run_results
from ..batch.sinks import SinkError, encode_line
from ..batch.warc import is_warc, iter_warc
from ..options import Options
from ..source import DEFAULT_MAX_BYTES, InputError, decompress, size_text
from . import parts

DEFAULT_PARTITION_SIZE = 500


@dataclass(frozen=True)
class Partition:
    index: int
    items: tuple[Item, ...]

    @property
    def inputs(self) -> list[str]:
        return [item.path for item in self.items]


@dataclass(frozen=True)
class Settings:
    """What every partition task needs; picklable (sent to the workers)."""

    options: Options = field(default_factory=Options)
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float | None = DEFAULT_TIMEOUT_S
    output: str | None = None  # directory of parts; None: records go back to the client
    fmt: str = "jsonl"  # or "parquet"
    compress: bool = False
    work: Any = None  # a module-level work function (tests inject failures), as Pool.work
    on_start: Callable[[int], None] | None = None  # called with the partition index as a task starts (tests)
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT  # address space of the per-page process
    filters: tuple[Any, ...] = ()  # batch.filters: inputs they leave out get `skipped` records
    strict: bool = False  # WARC records of documents that are not HTML get error records


@dataclass
class PartitionResult:
    index: int
    ok: int = 0
    empty: int = 0
    reported: list[dict[str, Any]] = field(default_factory=list)  # failed and filtered records, to report
    ignored: list[str] = field(default_factory=list)  # items that were not inputs (WARC records that are not pages)
    records: list[dict[str, Any]] | None = None  # when there is no output directory
    written: bool = False
    note: str | None = None


def ensure_installed() -> None:
    """One line naming the extra when dask, distributed or fsspec is missing (MissingExtra)."""
    for module in ("dask", "distributed", "fsspec"):
        require(module, "dask")


# -- planning (client side) ------------------------------------------------------------------------


def is_url(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def discover_inputs(inputs: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS, *, exclude: Exclude | None = None,
                    follow_links: bool = False) -> Iterator[Item]:
    """Local paths as local mode finds them; fsspec URLs (s3://, gs://, ...) listed through fsspec."""
    matcher = Matcher(tuple(globs) or DEFAULT_GLOBS)
    inputs = list(inputs)
    local = Discovery(matcher, exclude or Exclude(), follow_links)
    local.prepare([argument for argument in inputs if not is_url(argument)])
    for argument in inputs:
        if not is_url(argument):
            # several arguments: rel keeps each argument's own path, as local mode does
            yield from local.expand(argument, strip_root=len(inputs) == 1)
            continue
        yield from _discover_url(argument, matcher, strip_root=len(inputs) == 1)


def _discover_url(url: str, matcher: Matcher, strip_root: bool) -> Iterator[Item]:
    fs, root = parts.filesystem(url)
    protocol = url.split("://", 1)[0]
    label = safe_relative(url.split("://", 1)[1])
    try:
        if not fs.exists(root):
            yield Item(url, label, "no such file")
            return
        if not fs.isdir(root):
            yield Item(url, posixpath.basename(label) if strip_root else label)
            return
        found = sorted(fs.find(root))
    except OSError as error:
        yield Item(url, label, f"cannot list: {error}")
        return
    prefix = root.rstrip("/") + "/"
    for path in found:
        rel = path[len(prefix):] if path.startswith(prefix) else posixpath.basename(path)
        if matcher(posixpath.basename(path), rel):
            full = path if "://" in path else f"{protocol}://{path}"
            yield Item(full, rel if strip_root else f"{label}/{rel}")


def plan(items: Iterable[Item], partition_size: int = DEFAULT_PARTITION_SIZE) -> list[Partition]:
    """Partitions in input order: each WARC file alone, other inputs in runs of partition_size."""
    planned: list[Partition] = []
    run: list[Item] = []

    def close_run() -> None:
        if run:
            planned.append(Partition(len(planned), tuple(run)))
            run.clear()

    for item in items:
        if item.error is None and is_warc(item.path):
            close_run()
            planned.append(Partition(len(planned), (item,)))
            continue
        run.append(item)
        if len(run) >= partition_size:
            close_run()
    close_run()
    return planned


# -- one partition (worker side) ------------------------------------------------------------------


def run_partition(partition: Partition, settings: Settings) -> PartitionResult:
    """Every record of one partition, written as one part (or returned); never raises for an input."""
    if settings.on_start is not None:
        settings.on_start(partition.index)
    result = PartitionResult(partition.index)
    writer = None
    if settings.output is not None:
        writer = parts.PartWriter(settings.output, partition.index, settings.fmt, settings.compress)
    else:
        result.records = []
    jobs = 1
    if multiprocessing.current_process().daemon:
        jobs = 0  # daemonic workers cannot start the per-page process
        result.note = ("the Dask workers are daemonic, so pages ran without time limits or crash protection; "
                       "start them with DASK_DISTRIBUTED__WORKER__DAEMON=False")
    try:
        for outcome in run_results(_open(partition, settings.max_bytes, settings.strict), settings.options, jobs=jobs,
                                   timeout=settings.timeout, max_bytes=settings.max_bytes, work=settings.work,
                                   memory_limit=settings.memory_limit, strict=settings.strict):
            if outcome.record is None:
                result.ignored.append(outcome.item.ignored or "")
                continue
            record = filters.apply(outcome.record, settings.filters)
            status = records.status(record)
            if status == records.OK:
                result.ok += 1
            elif status == records.EMPTY:
                result.empty += 1
            else:
                result.reported.append(record)
            if writer is not None:
                writer.write(record)
            else:
                result.records.append(record)
        if writer is not None:
            result.written = writer.commit()
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    return result


def _open(partition: Partition, max_bytes: int, strict: bool = False) -> Iterator[Item | tuple[Item, bytes]]:
    """The partition's inputs, URLs read through fsspec (WARC files streamed)."""
    for item in partition.items:
        if item.error is not None or not is_url(item.path):
            yield item
            continue
        try:
            fs, path = parts.filesystem(item.path)
            if is_warc(item.path):
                with fs.open(path, "rb") as stream:
                    for page, payload in iter_warc(item.path, item.rel, stream, max_bytes, strict, others=True):
                        yield page if payload is None else (page, payload)
                continue
            with fs.open(path, "rb") as stream:
                data = stream.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise InputError(f"input is larger than the {size_text(max_bytes)} limit")
            yield item, decompress(data, max_bytes)
        except (OSError, InputError) as error:
            yield Item(item.path, item.rel, str(error) or type(error).__name__)


# -- the run (client side) ------------------------------------------------------------------------


@dataclass
class Cluster:
    """A dask.distributed Client, with the LocalCluster it started (if any)."""

    client: Any
    local: Any = None

    def close(self) -> None:
        try:
            self.client.close()
        finally:
            if self.local is not None:
                self.local.close()


# Where a LocalCluster's dashboard listens: loopback only, a port the system picks.
LOCAL_DASHBOARD = "127.0.0.1:0"


def connect(scheduler: str | None = None, workers: int | None = None) -> Cluster:
    """A client of a running scheduler, or of a LocalCluster of `workers` processes (default: all cores)."""
    ensure_installed()
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        return Cluster(Client(scheduler))
    # The dashboard (when bokeh is there to draw it) listens on this machine only, on a free port:
    # Dask's ":port" form listens on every interface, which shows the run to the whole network.
    # Without bokeh, Dask's small HTTP server binds the scheduler's host, 127.0.0.1 here.
    dashboard = LOCAL_DASHBOARD if importlib.util.find_spec("bokeh") else None
    with dask.config.set({"distributed.worker.daemon": False}):
        local = LocalCluster(n_workers=workers or default_jobs(), threads_per_worker=1, processes=True,
                             dashboard_address=dashboard, silence_logs=logging.ERROR)
    return Cluster(Client(local), local)


def submit(cluster: Cluster, partitions: list[Partition], settings: Settings) -> Iterator[PartitionResult]:
    """Each partition's result as it completes; a partition that keeps killing its workers gets crash records."""
    from distributed import as_completed

    client = cluster.client
    futures = {client.submit(run_partition, partition, settings, pure=False, key=f"artextract-part-{partition.index}-"
                             f"{os.urandom(4).hex()}"): partition for partition in partitions}
    try:
        for future in as_completed(futures):
            partition = futures[future]
            try:
                yield future.result()
            except Exception as error:  # KilledWorker (the scheduler gave up on it), or a bug
                yield _lost(partition, error)
    finally:
        pending = [future for future in futures if not future.done()]
        if pending:
            client.cancel(pending)


def _lost(partition: Partition, error: BaseException) -> PartitionResult:
    name = type(error).__name__
    message = f"the Dask task for this input's partition failed: {name}: {error}"[:500]
    kind = records.CRASH if name == "KilledWorker" else records.INTERNAL
    return PartitionResult(partition.index,
                           reported=[records.error_record(item.path, kind, message) for item in partition.items])


def run_dask(inputs: Iterable[str], options: Options | None = None, *, scheduler: str | None = None,
             workers: int | None = None, output: str | None = None, fmt: str = "jsonl", compress: bool = False,
             timeout: float | None = DEFAULT_TIMEOUT_S, max_bytes: int = DEFAULT_MAX_BYTES,
             partition_size: int = DEFAULT_PARTITION_SIZE, globs: Iterable[str] = DEFAULT_GLOBS,
             resume: bool = False, work: Any = None, on_start: Callable[[int], None] | None = None,
             memory_limit: int | None = DEFAULT_MEMORY_LIMIT) -> Iterator[dict[str, Any]]:
    """Records of every input, run on Dask: the Python face of `--engine dask`.

    With `output`, parts are written there and the records read back from them
    after each partition finishes; without it, records come back from the workers.
    """
    settings = Settings(options or Options(), max_bytes, timeout, output, fmt, compress, work, on_start, memory_limit)
    partitions = plan(discover_inputs(inputs, globs), partition_size)
    done: dict[str, int] = {}
    if output is not None:
        done = parts.prepare(output, [partition.inputs for partition in partitions], resume)
    cluster = connect(scheduler, workers)
    try:
        todo = [partition for partition in partitions if parts.part_name(partition.index, fmt, compress) not in done]
        for result in submit(cluster, todo, settings):
            name = parts.part_name(result.index, fmt, compress)
            if result.records is not None:
                yield from result.records
            elif output is not None and name in parts.finished_parts(output):
                yield from parts.part_records(output, name)
            else:
                yield from result.reported
    finally:
        cluster.close()
        if output is not None:
            parts.cleanup(output)




class DaskEngine:
    """`--engine dask` of the command line: the batch flow (batch/command.py) with pages run as Dask tasks."""

    def check(self, command: BatchCommand) -> None:
        if command.fmt in ("text", "markdown"):
            raise UsageProblem(f"-f {command.fmt} is for --engine local; the Dask engine writes JSON Lines or Parquet parts")
        if command.output not in (None, "-") and command.output.lower().endswith((".jsonl", ".json")):
            raise UsageProblem("with --engine dask, -o names a directory of parts (part-00000.jsonl, ...)")
        if command.fmt == "parquet" and command.output in (None, "-"):
            raise UsageProblem("-f parquet needs -o DIR/ (Parquet parts are files)")
        if command.ordered:
            raise UsageProblem("--ordered is for --engine local (Dask parts complete in any order)")
        if command.dedupe:
            raise UsageProblem("--dedupe is for --engine local (it needs every page of a site in one place)")
        if "-" in command.inputs:
            raise UsageProblem('standard input ("-") is for --engine local')

    def require(self, command: BatchCommand) -> None:
        ensure_installed()
        if command.fmt == "parquet":
            require("pyarrow", "parquet")

    def discover(self, command: BatchCommand, listed: list[str]) -> Iterator[Item]:
        return discover_inputs(list(command.inputs) + listed, command.globs or DEFAULT_GLOBS,
                               exclude=exclusions(command), follow_links=command.follow_links)

    def run(self, command: BatchCommand, items: Callable[[], Iterable[Item]], stdout: BinaryIO) -> Iterator[Progress]:
        partitions = plan(items(), command.partition_size or DEFAULT_PARTITION_SIZE)
        output = command.output if command.output not in (None, "-") else None
        fmt = "parquet" if command.fmt == "parquet" else "jsonl"
        settings = Settings(command.options, command.max_bytes, command.timeout, output, fmt, command.compress,
                            memory_limit=command.memory_limit, filters=command.filters, strict=command.strict)
        todo = partitions
        if output is not None:
            done = _prepare(output, partitions, command.resume)
            todo = [partition for partition in partitions
                    if parts.part_name(partition.index, fmt, command.compress) not in done]
            skipped = sum(parts.count_records(output, name) for name in done)
            if skipped:
                yield Progress(skipped=skipped)
        if not todo:
            return
        yield from _run_partitions(command, settings, todo, stdout)


def _prepare(output: str, partitions: list[Partition], resume: bool) -> dict[str, int]:
    try:
        return parts.prepare(output, [partition.inputs for partition in partitions], resume)
    except ValueError as error:
        raise UsageProblem(str(error)) from None
    except OSError as error:
        raise SinkError(f"{output}: cannot write: {error}") from None


def _run_partitions(command: BatchCommand, settings: Settings, todo: list[Partition],
                    stdout: BinaryIO) -> Iterator[Progress]:
    cluster = connect(command.scheduler, command.jobs)
    finished = False
    try:
        link = getattr(cluster.client, "dashboard_link", None)
        if link and (cluster.local is None or importlib.util.find_spec("bokeh")):
            yield Progress(note=f"Dask dashboard (progress): {link}")
        for result in submit(cluster, todo, settings):
            if result.records is not None:
                for record in result.records:
                    stdout.write(encode_line(record))
                stdout.flush()
            yield Progress(records=tuple(result.reported), ok=result.ok, empty=result.empty, ignored=tuple(result.ignored),
                           note=f"note: {result.note}" if result.note else None)
        finished = True
    finally:
        try:
            cluster.close()
        except Exception:  # closing after an interrupt may race with Dask's own shutdown
            pass
        if finished and settings.output is not None:
            parts.cleanup(settings.output)


__all__ = ["run_dask", "run_partition", "plan", "discover_inputs", "connect", "submit", "Partition", "Settings",
           "PartitionResult", "Cluster", "MissingExtra", "DaskEngine", "DEFAULT_PARTITION_SIZE"]
