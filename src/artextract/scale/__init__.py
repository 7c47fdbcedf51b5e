"""Beyond one machine: the batch's per-page work on Dask, partitioned output, fsspec paths.

    dask_engine.py  partitions planned on the client, one Dask task each (`run_dask`, `run_command`)
    parts.py        one part per partition (JSON Lines, gzip, Parquet), atomic, found again on resume

Needs the `dask` extra (dask, distributed, fsspec; `parquet` for Parquet output):
`pip install "artextract[dask]"`. WARC reading lives in batch/warc.py (the `warc` extra).
"""

from __future__ import annotations


def run_dask(*args, **kwargs):
    """See dask_engine.run_dask (imported lazily: the core install has no Dask)."""
    from .dask_engine import run_dask as run

    return run(*args, **kwargs)


__all__ = ["run_dask"]
