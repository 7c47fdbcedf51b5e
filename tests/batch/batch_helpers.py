"""Shared pieces for the batch tests: page factories, and a work function that misbehaves on demand.

`hostile_work` runs in worker processes, so it lives in an importable module
(not inside a test function) and is passed to the pool by reference.
"""

from __future__ import annotations

import ctypes
import json
import os
import time
from pathlib import Path

from artextract.batch.work import run
from conftest import RIVER_CLEANUP_PAGE

ARTICLE = RIVER_CLEANUP_PAGE

# The per-page time limit of tests where a slow* page must time out and ordinary pages must not.
# A fresh worker's first page costs ~0.7 s on the 2-core development machine at load 10 (lazy
# imports, compiled patterns) and several times that when more engineers run benchmarks, so a
# 1 s limit failed ordinary pages now and then. slow* pages sleep for an hour: any limit far below
# that still proves the hung page is stopped and its worker replaced.
PAGE_LIMIT_S = 8.0


def article_page(number: int, paragraphs: int = 3) -> bytes:
    """A distinct article page; more paragraphs make it slower to extract (~0.5 ms each)."""
    body = b"".join(
        b"<p>Paragraph %d of story %d, with enough words to read like prose that a person would read, "
        b"and then a few more words to be sure.</p>" % (i, number)
        for i in range(paragraphs)
    )
    return (b"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Story %d</title></head><body>"
            b"<article><h1>Story number %d</h1>%s</article></body></html>" % (number, number, body))


def write_tree(root: Path, count: int, paragraphs: int = 3, per_folder: int = 10) -> list[str]:
    """count pages under root in sub-folders; their paths, sorted as discovery yields them."""
    paths = []
    for number in range(count):
        folder = root / f"part{number // per_folder:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"page{number:04d}.html"
        path.write_bytes(article_page(number, paragraphs))
        paths.append(str(path))
    return sorted(paths)


def read_jsonl(path: Path | str) -> list[dict]:
    with open(path, "rb") as handle:
        return [json.loads(line) for line in handle]


def hostile_work(name, path, data, options, max_bytes, fmt):
    """The real work, except for inputs whose name asks for trouble."""
    base = os.path.basename(name or "")
    if base.startswith("segfault"):
        ctypes.string_at(0)  # a real SIGSEGV
    if base.startswith("slow"):
        time.sleep(3600)
    if base.startswith("exit"):
        os._exit(3)
    if base.startswith("memory"):
        import artextract.api

        def exhausted(*_args, **_kwargs):
            raise MemoryError

        real, artextract.api.extract = artextract.api.extract, exhausted
        try:
            return run(name, path, data, options, max_bytes, fmt)
        finally:
            artextract.api.extract = real
    return run(name, path, data, options, max_bytes, fmt)


def slow_start() -> None:
    """A worker start-up slower than a page's time limit (PAGE_LIMIT_S), as on a loaded machine."""
    time.sleep(PAGE_LIMIT_S + 2.0)


def greedy_work(name, path, data, options, max_bytes, fmt):
    """Pages named greedy* allocate far more memory (3 GiB) than a worker is allowed, while extracting."""
    if not os.path.basename(name or "").startswith("greedy"):
        return run(name, path, data, options, max_bytes, fmt)
    import artextract.api

    real = artextract.api.extract

    def hoarding(*args, **kwargs):
        hoard = bytearray(3 * 1024**3)
        hoard[-1] = 1
        return real(*args, **kwargs)

    artextract.api.extract = hoarding
    try:
        return run(name, path, data, options, max_bytes, fmt)
    finally:
        artextract.api.extract = real
