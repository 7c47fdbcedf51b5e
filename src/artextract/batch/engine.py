"""What the command flow and the engines share: the settings of a run, and the `Engine` protocol.

The flow (command.py) is the same whatever runs the pages: it reads the
settings, finds the inputs, handles signals, reports on stderr and chooses
the exit status. An engine opens the output, runs the per-page work and tells
the flow what happened as `Progress` events. Local mode is `local.LocalEngine`
(worker processes on this machine); `scale.dask_engine.DaskEngine` runs the
same per-page work as Dask tasks. cli.py picks one; nothing in `batch` imports
`scale`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Protocol

from ..fetch.settings import FetchSettings
from ..options import Options
from ..source import DEFAULT_MAX_BYTES
from .discover import Item
from .run import DEFAULT_MEMORY_LIMIT, DEFAULT_TIMEOUT_S


@dataclass(frozen=True)
class BatchCommand:
    """Everything a batch run was asked to do (the CLI's options, as data)."""

    inputs: tuple[str, ...] = ()
    files_from: str | None = None
    globs: tuple[str, ...] = ()
    output: str | None = None
    fmt: str = "json"
    jobs: int | None = None  # None: all cores
    timeout: float | None = DEFAULT_TIMEOUT_S
    max_bytes: int = DEFAULT_MAX_BYTES
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT  # bytes of address space per worker; None: no cap
    ordered: bool = False
    resume: bool = False
    progress: bool | None = None  # None: when stderr is a terminal
    quiet: bool = False
    options: Options = field(default_factory=Options)
    engine: str = "local"  # or "dask" (scale/dask_engine.py)
    scheduler: str | None = None  # dask: a running scheduler's address; None starts a LocalCluster
    compress: bool = False  # dask: gzip the JSON Lines parts
    partition_size: int | None = None  # dask: inputs per partition (a WARC file is always one)
    urls_from: str | None = None  # a list of URLs, one a line ("-": stdin)
    fetch: FetchSettings = field(default_factory=FetchSettings)  # how URL inputs are fetched
    follow_links: bool = False  # follow links that leave the given directories
    strict: bool = False  # WARC records of documents that are not HTML get error records
    filters: tuple[Any, ...] = ()  # filters.Filter: inputs they leave out get `skipped` records
    dedupe: bool = False  # remove each site's repeated blocks across the batch (dedupe.py)
    dedupe_min_pages: int = 0  # dedupe: pages of a site a block must be on (0: dedupe.py's default)
    explain: bool = False  # dedupe: list each page's removed blocks on stderr


@dataclass(frozen=True)
class Progress:
    """What an engine reports as it goes; the flow counts and prints it."""

    records: tuple[dict[str, Any], ...] = ()  # records to count one by one (and name, when failed)
    ok: int = 0  # articles counted elsewhere (a Dask partition): failures still come as records
    empty: int = 0
    skipped: int = 0  # inputs already done (resume)
    ignored: tuple[str, ...] = ()  # items that were not inputs after all, each by why (discover.Item.ignored)
    note: str | None = None  # a remark for stderr, printed once however often it comes


class Engine(Protocol):
    """One way to run a batch's per-page work."""

    def check(self, command: BatchCommand) -> None:
        """Raise control.UsageProblem for settings this engine cannot honour."""

    def require(self, command: BatchCommand) -> None:
        """Raise extras.MissingExtra when an optional package it needs is missing."""

    def discover(self, command: BatchCommand, listed: list[str]) -> Iterator[Item]:
        """The inputs: command.inputs, then the --files-from paths (`listed`), walked and matched."""

    def run(self, command: BatchCommand, items: Callable[[], Iterable[Item]], stdout: BinaryIO) -> Iterator[Progress]:
        """Open the output (sinks.SinkError when it cannot be), run every input, report.

        `items()` gives the inputs again (a fresh walk). Records meant for
        standard output are written to `stdout`. Stopping early (an exception
        or the generator being closed) leaves the output whole and resumable.
        """
