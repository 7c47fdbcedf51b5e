"""Batch mode: whole directories of pages, in parallel, resumable, one record per input.

    >>> from artextract.batch import run_batch
    >>> for record in run_batch(["scraped/"], jobs=4):
    ...     print(record["source"]["path"], record.get("headline") or record.get("error"))

One idea per module:
    discover.py  which files: arguments, walked directories, globs, --files-from
    work.py      one input -> one record, never an exception (process_bytes, process_path)
    pool.py      worker processes with per-page time limits and crash recovery
    run.py       the pipeline: discovery -> skip -> pool -> (ordered) results
    records.py   article and error records, their status
    sinks.py     JSON Lines (stream or file, torn-line repair) and directory output
    progress.py  progress bar and summary on stderr
    warc.py      the pages inside WARC files
    engine.py    a run's settings (BatchCommand) and the Engine protocol the flow drives
    local.py     the local engine (this machine's worker processes); scale/ has the Dask one
    control.py   exit statuses, usage problems, stop signals (imports nothing of artextract)
    command.py   the CLI's batch mode: one flow for every engine
"""

from importlib import import_module

# discover.py is light (identity.py and the standard library); imported here so that the package's
# `discover` stays the function, which the submodule of that name would otherwise shadow.
from .discover import DEFAULT_GLOBS, Item, discover

# Each other public name and the module that holds it, imported on first use (PEP 562): the
# command's single-page path reads control.py's `shown` and identity.py, and importing the package
# used to import every module here with multiprocessing, pickle, bz2, lzma and sockets behind them
# (about 4% of the CPU of `artextract page.html`, 43 modules), which only a batch run needs.
_HOMES = {
    "Pool": "pool", "WorkerStats": "pool",
    "ERROR_TYPES": "records", "error_record": "records", "is_error": "records", "status": "records",
    "DEFAULT_TIMEOUT_S": "run", "Result": "run", "default_jobs": "run", "run_batch": "run", "run_results": "run",
    "process_bytes": "work", "process_path": "work",
}

__all__ = [
    "run_batch", "run_results", "process_bytes", "process_path", "discover", "Item", "Result", "Pool",
    "WorkerStats", "DEFAULT_GLOBS", "DEFAULT_TIMEOUT_S", "ERROR_TYPES", "error_record", "is_error", "status",
    "default_jobs",
]


def __getattr__(name: str):
    """A public name, from its module (imported now if it was not); a submodule's own name
    ("filters", "records") is found by the import system before this is asked."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))
