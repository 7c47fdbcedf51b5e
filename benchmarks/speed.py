"""CPU time per page and peak memory, artextract against trafilatura.

Timing runs in one process, page by page: on each page every system runs,
in an order that alternates (by page and by repeat), so machine noise and
cache warmth hit both alike. With `repeat` > 1 each page is timed that many
times per system and the best (lowest) time is kept: the least disturbed
run, which is what makes figures taken minutes apart comparable on a shared
machine, where single runs drift by 20%.
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


@dataclass(frozen=True, slots=True)
class SpeedPage:
    dataset: str  # "wcxb" or "traf"
    page_id: str
    path: Path  # the gzipped HTML
    url: str | None


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

    def add(self, page: SpeedPage, system: str, tries: list[float], error: str | None) -> None:
        seconds = min(tries)
        self.seconds[system].append(seconds)
        self.records.append(
            {
                "dataset": page.dataset,
                "page": page.page_id,
                "system": system,
                "seconds": seconds,
                "tries": tries,
                "error": error,
            }
        )
        if seconds > SLOW_S:
            self.slow[system].append(page.page_id)
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


def time_one_page(
    runners: dict[str, Runner], html: bytes, url: str | None, repeat: int, flip: bool
) -> dict[str, tuple[list[float], str | None]]:
    """Each system's CPU times on one page, `repeat` rounds, order alternating per round."""
    systems = list(runners)
    tries: dict[str, list[float]] = {system: [] for system in systems}
    errors: dict[str, str | None] = dict.fromkeys(systems)
    for round_ in range(repeat):
        order = systems if (round_ % 2 == 0) != flip else systems[::-1]
        for system in order:
            seconds, error = _timed(runners[system], html, url)
            tries[system].append(seconds)
            errors[system] = errors[system] or error
    return {system: (tries[system], errors[system]) for system in systems}


def time_pages(
    pages: Sequence[SpeedPage],
    systems: Sequence[str],
    repeat: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> Timings:
    runners = {system: ex.html_runner(system) for system in systems}
    timings = Timings.empty(systems)
    # Warm-up on the first page, unrecorded: lazy imports and first-call
    # setup (regex compilation, caches) are not per-page costs.
    first_html = read_gz(pages[0].path)
    for runner in runners.values():
        _timed(runner, first_html, pages[0].url)

    for index, page in enumerate(pages):
        html = read_gz(page.path)
        times = time_one_page(runners, html, page.url, repeat, flip=index % 2 == 1)
        for system in systems:
            timings.add(page, system, *times[system])
        if progress:
            progress(index + 1, len(pages))
    return timings


def wcxb_speed_pages(root: Path, ids: Sequence[str]) -> list[SpeedPage]:
    return [
        SpeedPage("wcxb", file_id, wcxb_html_path(root, file_id), load_wcxb(root, file_id).url)
        for file_id in ids
    ]


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


def timing_tables(timings: Timings, systems: Sequence[str]) -> str:
    """The CPU table, the ratio of medians, slow pages and pages that raised."""
    sections = [timing_table(timings.seconds)]
    if len(systems) == 2 and all(timings.seconds[s] for s in systems):
        a, b = (statistics.median(timings.seconds[s]) for s in systems)
        sections.append(f"Ratio of medians {systems[0]} / {systems[1]}: {fmt(a / b, 2)}")
    for system in systems:
        if timings.slow[system]:
            sections.append(f"{system} pages over {SLOW_S:g} s: {', '.join(timings.slow[system])}")
        if timings.errors[system]:
            sections.append(f"{system} pages that raised: {timings.errors[system]}")
    return "\n\n".join(sections)


def rss_table(root: Path, systems: Sequence[str], big_page: str) -> str:
    """Peak RSS of a fresh process per system on the largest WCXB page."""
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
    title = (
        f"### Peak RSS, fresh process, largest page {big_page} ({gz_size(path) / 1e6:.2f} MB HTML)"
    )
    headers = ["system", "after import MiB", "peak MiB", "extraction adds MiB"]
    return title + "\n\n" + markdown_table(headers, rows)


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
