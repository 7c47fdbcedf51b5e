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

from .discover import DEFAULT_GLOBS, Item, discover
from .pool import Pool, WorkerStats
from .records import ERROR_TYPES, error_record, is_error, status
from .run import DEFAULT_TIMEOUT_S, Result, default_jobs, run_batch, run_results
from .work import process_bytes, process_path

__all__ = [
    "run_batch", "run_results", "process_bytes", "process_path", "discover", "Item", "Result", "Pool",
    "WorkerStats", "DEFAULT_GLOBS", "DEFAULT_TIMEOUT_S", "ERROR_TYPES", "error_record", "is_error", "status",
    "default_jobs",
]
