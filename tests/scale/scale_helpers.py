"""Hooks run inside Dask workers (importable, so they pickle by reference)."""

from __future__ import annotations

import os
import signal
from pathlib import Path


def note_start(folder: str, index: int) -> None:
    """Leave a file per partition start: how many times each partition ran."""
    marker = Path(folder) / f"start-{index}-{os.getpid()}-{len(list(Path(folder).glob(f'start-{index}-*')))}"
    marker.touch()


def kill_worker_once(folder: str, victim: int, index: int) -> None:
    """The first run of partition `victim` kills its Dask worker process (SIGKILL), as a lost machine would."""
    note_start(folder, index)
    flag = Path(folder) / f"killed-{victim}"
    if index == victim and not flag.exists():
        flag.touch()
        os.kill(os.getpid(), signal.SIGKILL)


def starts(folder: str) -> dict[int, int]:
    counts: dict[int, int] = {}
    for path in Path(folder).glob("start-*"):
        index = int(path.name.split("-")[1])
        counts[index] = counts.get(index, 0) + 1
    return counts
