"""CPU time per page and peak memory, artextract against trafilatura.

Timing runs in one process, with the systems interleaved page by page (and
their order alternated), so machine noise and cache warmth hit both alike.
Memory is measured in a fresh child process per system, since peak RSS is a
high-water mark that an earlier run in the same process would mask.

Run as `python -m benchmarks.speed SYSTEM PAGE.html.gz [URL]` it is that child:
it prints its RSS after import and after extracting the page, as JSON.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks import extractors as ex
from benchmarks.data import REPO, gz_size, load_wcxb, read_gz, wcxb_html_path
from benchmarks.report import fmt, markdown_table, timing_table

SLOW_S = 1.0  # pages above this much CPU are listed by id


@dataclass(slots=True)
class Timings:
    seconds: dict[str, list[float]]
    slow: dict[str, list[str]]  # page ids over SLOW_S
    errors: dict[str, int]
    records: list[dict[str, object]]

    @classmethod
    def empty(cls, systems: Sequence[str]) -> Timings:
        return cls(
            seconds={s: [] for s in systems},
            slow={s: [] for s in systems},
            errors=dict.fromkeys(systems, 0),
            records=[],
        )

    def add(self, file_id: str, system: str, seconds: float, error: str | None) -> None:
        self.seconds[system].append(seconds)
        self.records.append({"page": file_id, "system": system, "seconds": seconds, "error": error})
        if seconds > SLOW_S:
            self.slow[system].append(file_id)
        if error:
            self.errors[system] += 1


Runner = Callable[[bytes, str | None], object]


def _timed(call: Runner, html: bytes, url: str | None) -> tuple[float, str | None]:
    start = time.process_time()
    try:
        call(html, url)
        error = None
    except Exception as exc:  # a crash still costs its CPU; keep the time
        error = f"{type(exc).__name__}: {exc}"[:300]
    return time.process_time() - start, error


def time_pages(
    root: Path,
    ids: Sequence[str],
    systems: Sequence[str],
    progress: Callable[[int, int], None] | None = None,
) -> Timings:
    runners = {system: ex.html_runner(system) for system in systems}
    timings = Timings.empty(systems)
    # Warm-up on the first page, unrecorded: lazy imports and first-call
    # setup (regex compilation, caches) are not per-page costs.
    first = load_wcxb(root, ids[0])
    first_html = read_gz(wcxb_html_path(root, ids[0]))
    for runner in runners.values():
        _timed(runner, first_html, first.url)

    for index, file_id in enumerate(ids):
        page = load_wcxb(root, file_id)
        html = read_gz(wcxb_html_path(root, file_id))
        order = list(systems) if index % 2 == 0 else list(reversed(systems))
        for system in order:
            timings.add(file_id, system, *_timed(runners[system], html, page.url))
        if progress:
            progress(index + 1, len(ids))
    return timings


def largest_page(root: Path, ids: Sequence[str]) -> str:
    return max(ids, key=lambda file_id: gz_size(wcxb_html_path(root, file_id)))


def probe_rss(system: str, page_path: Path, url: str | None) -> dict[str, float] | None:
    """Peak RSS (KiB) of a fresh interpreter: after import, after extracting.

    None when the child fails (its stderr is passed on), so one crashing
    extractor does not hide the other's figures.
    """
    command = [sys.executable, "-m", "benchmarks.speed", system, str(page_path)]
    if url:
        command.append(url)
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(f"RSS probe of {system} failed:\n{done.stderr}\n")
        return None
    return json.loads(done.stdout)


def _mib(kib: float) -> str:
    return fmt(kib / 1024, 1)


def speed_tables(root: Path, timings: Timings, systems: Sequence[str], big_page: str) -> str:
    sections = [
        "### CPU time per page (time.process_time, one process)",
        timing_table(timings.seconds),
    ]
    if len(systems) == 2 and all(timings.seconds[s] for s in systems):
        a, b = (statistics.median(timings.seconds[s]) for s in systems)
        sections.append(f"Ratio of medians {systems[0]} / {systems[1]}: {fmt(a / b, 2)}")
    for system in systems:
        if timings.slow[system]:
            sections.append(f"{system} pages over {SLOW_S:g} s: {', '.join(timings.slow[system])}")
        if timings.errors[system]:
            sections.append(f"{system} pages that raised: {timings.errors[system]}")

    page = load_wcxb(root, big_page)
    path = wcxb_html_path(root, big_page)
    rows = []
    for system in systems:
        rss = probe_rss(system, path, page.url)
        if rss is None:
            rows.append([system, "failed", "failed", "failed"])
            continue
        after_import, peak = rss["import_kib"], rss["peak_kib"]
        rows.append([system, _mib(after_import), _mib(peak), _mib(peak - after_import)])
    sections.append(
        f"### Peak RSS, fresh process, largest page {big_page} ({gz_size(path) / 1e6:.2f} MB HTML)"
    )
    sections.append(
        markdown_table(["system", "after import MiB", "peak MiB", "extraction adds MiB"], rows)
    )
    return "\n\n".join(sections)


def peak_rss_kib() -> int:
    """This process's peak RSS in KiB.

    VmHWM first: ru_maxrss of an exec'd child also counts the parent's RSS
    at fork time (Linux carries it across exec), so a child started from the
    benchmark process, with two extractors loaded, would report the parent's
    size. getrusage is the fallback where /proc is missing.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def _child(argv: Sequence[str]) -> None:
    system, page_path = argv[0], Path(argv[1])
    url = argv[2] if len(argv) > 2 else None
    html = read_gz(page_path)  # read before importing, so it counts in both figures
    ex.warm_import(system)
    after_import = peak_rss_kib()
    ex.html_runner(system)(html, url)
    peak = peak_rss_kib()
    print(json.dumps({"import_kib": after_import, "peak_kib": peak}))


if __name__ == "__main__":
    _child(sys.argv[1:])
