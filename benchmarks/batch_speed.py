"""Batch throughput: pages per second with 1 and 2 worker processes, artextract next to trafilatura.

Both systems read the same files (the WCXB development pages, gzipped HTML)
in the same run, each in a process pool of the same size, wall clock from
pool start to the last result (worker start-up included for both):

- artextract: `artextract.batch.run_results` (its own crash- and timeout-safe
  pool; every page read, gunzipped, extracted and turned into a record).
- trafilatura: `bare_extraction(with_metadata=True)` (body and metadata in one
  call, the settings of benchmarks/extractors.py) in a
  `concurrent.futures.ProcessPoolExecutor`, each task reading and gunzipping its
  own file. Its workers are forked from a parent that has imported trafilatura,
  as artextract's forkserver has imported artextract: neither pays imports per page.

Runs alternate systems (artextract -j1, trafilatura -j1, artextract -j2, ...)
so drift in machine load hits both. Memory per worker is each worker's peak
RSS (VmHWM) at the end of the run.

    .venv/bin/python benchmarks/batch_speed.py                # all pages, -j 1 and -j 2
    .venv/bin/python benchmarks/batch_speed.py --limit 300    # a quicker look

Markdown tables go to stdout, progress to stderr.
"""

from __future__ import annotations

import argparse
import gzip
import multiprocessing
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.data import data_dir  # noqa: E402
from benchmarks.report import markdown_table  # noqa: E402


@dataclass
class Run:
    system: str
    jobs: int
    pages: int
    seconds: float
    failed: int = 0
    worker_peak_kib: list[int] = field(default_factory=list)
    cpu_seconds: float = 0.0  # summed over workers

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def cpu_rate(self) -> float:
        """Pages per worker CPU-second: what the pages cost, whatever else the machine is doing."""
        return self.pages / self.cpu_seconds if self.cpu_seconds else 0.0


def page_files(root: Path, limit: int | None) -> list[str]:
    files = sorted(str(path) for path in (root / "wcxb-dev" / "html").glob("*.html.gz"))
    return files[:limit] if limit else files


def run_artextract(files: list[str], jobs: int, timeout: float) -> Run:
    from artextract.batch import Item, WorkerStats, run_results

    stats: list[WorkerStats] = []
    items = [Item(path, os.path.basename(path)) for path in files]
    start = time.perf_counter()
    failed = 0
    count = 0
    for result in run_results(items, jobs=jobs, timeout=timeout, worker_stats=stats):
        count += 1
        failed += "error" in result.record
    seconds = time.perf_counter() - start
    return Run("artextract", jobs, count, seconds, failed, [s.peak_rss_kib for s in stats if s.peak_rss_kib],
               sum(s.cpu_seconds for s in stats))


def _trafilatura_page(path: str) -> tuple[bool, int, int | None, float]:
    from artextract.batch.pool import peak_rss_kib
    from benchmarks.extractors import trafilatura_one_pass

    try:
        trafilatura_one_pass(gzip.decompress(Path(path).read_bytes()), None)
        ok = True
    except Exception:  # a page that raises still costs its time; count it
        ok = False
    return ok, os.getpid(), peak_rss_kib(), time.process_time()


def run_trafilatura(files: list[str], jobs: int) -> Run:
    import trafilatura  # noqa: F401  (imported before the fork: workers start warm)

    context = multiprocessing.get_context("fork")
    peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}
    failed = 0
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        for ok, pid, peak, cpu_seconds in pool.map(_trafilatura_page, files, chunksize=4):
            failed += not ok
            cpu[pid] = max(cpu.get(pid, 0.0), cpu_seconds)
            if peak:
                peaks[pid] = max(peaks.get(pid, 0), peak)
    seconds = time.perf_counter() - start
    return Run("trafilatura", jobs, len(files), seconds, failed, list(peaks.values()), sum(cpu.values()))


def _mib(kib: list[int]) -> str:
    if not kib:
        return "-"
    return f"{statistics.mean(kib) / 1024:.0f} / {max(kib) / 1024:.0f}"


def report(runs: list[Run], files: int) -> str:
    rows = [[run.system, str(run.jobs), str(run.pages), f"{run.seconds:.1f}", f"{run.rate:.1f}",
             f"{run.cpu_seconds:.1f}", f"{run.cpu_rate:.1f}", str(run.failed), _mib(run.worker_peak_kib)] for run in runs]
    table = markdown_table(["system", "jobs", "pages", "wall s", "pages/s", "worker CPU s", "pages/CPU-s", "failed",
                            "worker peak RSS MiB (mean / max)"], rows)
    load = " / ".join(f"{value:.1f}" for value in os.getloadavg())
    lines = [f"### Batch throughput, {files} WCXB development pages (gzipped HTML), {os.cpu_count()} cores", "", table,
             "", f"Load average at the end (1 / 5 / 15 min): {load}. Wall-clock scaling is only meaningful on an "
             "otherwise idle machine; pages/CPU-s is not affected by other load.", ""]
    by = {(run.system, run.jobs): run for run in runs}
    for system in ("artextract", "trafilatura"):
        one, two = by.get((system, 1)), by.get((system, 2))
        if one and two and one.rate:
            lines.append(f"- {system} scaling -j 1 -> -j 2: {two.rate / one.rate:.2f}x")
    for run in runs:
        if run.seconds and run.cpu_seconds:
            lines.append(f"- {run.system} -j {run.jobs}: workers were on a CPU "
                         f"{run.cpu_seconds / (run.seconds * run.jobs):.0%} of the wall time")
    for jobs in sorted({run.jobs for run in runs}):
        ours, theirs = by.get(("artextract", jobs)), by.get(("trafilatura", jobs))
        if ours and theirs and theirs.rate:
            lines.append(f"- -j {jobs}: artextract / trafilatura pages/s = {ours.rate / theirs.rate:.2f}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="data directory (default: ../shared/data)")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--jobs", default="1,2", help="comma-separated job counts (default: 1,2)")
    parser.add_argument("--timeout", type=float, default=30.0, help="artextract per-page limit, s")
    parser.add_argument("--compare", choices=["trafilatura", "none"], default="trafilatura")
    args = parser.parse_args(argv)
    files = page_files(data_dir(args.data), args.limit)
    if not files:
        sys.stderr.write("no pages found under wcxb-dev/html\n")
        return 1
    runs: list[Run] = []
    for jobs in (int(value) for value in args.jobs.split(",")):
        sys.stderr.write(f"artextract -j {jobs} on {len(files)} pages ...\n")
        runs.append(run_artextract(files, jobs, args.timeout))
        sys.stderr.write(f"  {runs[-1].rate:.1f} pages/s\n")
        if args.compare == "trafilatura":
            sys.stderr.write(f"trafilatura -j {jobs} on {len(files)} pages ...\n")
            runs.append(run_trafilatura(files, jobs))
            sys.stderr.write(f"  {runs[-1].rate:.1f} pages/s\n")
    sys.stdout.write(report(runs, len(files)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
