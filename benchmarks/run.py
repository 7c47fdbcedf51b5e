"""artextract benchmarks: one command, markdown tables on stdout.

    python benchmarks/run.py text     # raw-text mode vs the whole-text baseline
    python benchmarks/run.py html     # HTML mode vs trafilatura: body + metadata, and traf
    python benchmarks/run.py traf     # traf-dev snippets vs trafilatura
    python benchmarks/run.py traf --renderings DIR   # and the raw-text mode on traf-dev's renderings
    python benchmarks/run.py meta     # metadata only (faster than html)
    python benchmarks/run.py speed    # CPU time per page and peak RSS
    python benchmarks/run.py all      # text, html (with traf) and speed

Options: --half fit|held|all (one half of every set, split by site),
--sample (the fixed 40-page CI sample), --limit N, --jobs N,
--out FILE.json (raw per-page results), --compare trafilatura|none,
--full (speed on every page), --repeat N (speed: best of N per page),
--renderings DIR (traf), --data DIR. See benchmarks/README.md.

Only tables go to stdout; progress and notes go to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

if not __package__:
    # Run as a script: make `benchmarks` importable as a package, and drop the
    # script's own directory so modules like `data` cannot shadow others.
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks import extractors as ex  # noqa: E402
from benchmarks import quality, report, speed  # noqa: E402
from benchmarks.data import (  # noqa: E402
    RENDERINGS,
    SAMPLE_OFFSET,
    SAMPLE_STEP,
    data_dir,
    half_of,
    has_traf,
    has_wcxb,
    load_wcxb,
    readability_pages,
    sample_ids,
    traf_html_path,
    traf_pages,
    wcxb_ids,
)

SPEED_STEP = 3  # speed default: every 3rd page keeps a run to a few minutes

TEXT_HEADLINE_METRICS = [
    ("headline strict-equal", "headline_strict"),
    ("title lenient", "title_lenient"),
]
TEXT_META_METRICS = [("author", "author"), ("date (same day)", "date")]
WCXB_META_METRICS = [
    ("title lenient", "title_lenient"),
    ("headline strict-equal", "headline_strict"),
    ("author", "author"),
    ("date (same day)", "date"),
]
READABILITY_METRICS = [
    ("title lenient (headline)", "title_lenient"),
    ("title strict-equal (headline)", "headline_strict"),
    ("title lenient (document title)", "document_title_lenient"),
    ("title strict-equal (document title)", "document_title_strict"),
    ("byline", "author"),
    ("excerpt (word F1 >= 0.8)", "excerpt"),
    ("site name (lenient)", "site_name"),
]
SNIPPET_METRICS = [("`with` snippets present", "with"), ("`without` snippets absent", "without")]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python benchmarks/run.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("mode", choices=["text", "html", "traf", "meta", "speed", "all"])
    parser.add_argument(
        "--half",
        choices=["fit", "held", report.ALL],
        default=report.ALL,
        help="only the pages of one half (split by site; see benchmarks/data.py)",
    )
    parser.add_argument(
        "--data", help="data directory (default: $ARTEXTRACT_DATA or <repo>/../shared/data)"
    )
    parser.add_argument("--limit", type=int, help="only the first N pages of each data set")
    parser.add_argument(
        "--sample",
        action="store_true",
        help=f"the fixed CI sample: every {SAMPLE_STEP}th WCXB page from position {SAMPLE_OFFSET}",
    )
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes for quality runs"
    )
    parser.add_argument("--out", type=Path, help="write raw per-page results to this JSON file")
    parser.add_argument(
        "--compare",
        choices=[ex.TRAFILATURA, "none"],
        default=ex.TRAFILATURA,
        help="reference extractor for html/meta/speed (default: trafilatura)",
    )
    parser.add_argument(
        "--renderings",
        type=Path,
        help="traf: also score the raw-text mode on DIR/<chromium|inscriptis>/<id>.txt.gz "
        "(made by benchmarks/fields/render_texts.py --set all --out DIR)",
    )
    parser.add_argument(
        "--full", action="store_true", help=f"speed: every page, not every {SPEED_STEP}rd"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="speed: time each page N times per system and keep the best (e.g. 3)",
    )
    return parser.parse_args(argv)


def note(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def progress_printer(label: str) -> Callable[[int, int], None]:
    """Progress on stderr, about every 10% so logs stay short."""

    def show(done: int, total: int) -> None:
        if done == total or done % max(10, total // 10) == 0:
            note(f"{label}: {done}/{total}")

    return show


T = TypeVar("T")


def chosen(args: argparse.Namespace, items: list[T], site: Callable[[T], str]) -> list[T]:
    """The items of `--half`, then the first `--limit` of them."""
    if args.half != report.ALL:
        items = [item for item in items if half_of(site(item)) == args.half]
    return items[: args.limit] if args.limit else items


def choose_ids(args: argparse.Namespace, root: Path, step: int = 1) -> list[str]:
    ids = sample_ids(root) if args.sample else wcxb_ids(root)[::step]
    return chosen(args, ids, lambda file_id: load_wcxb(root, file_id).site)


def halves_shown(args: argparse.Namespace) -> tuple[str, ...]:
    """Rows per half in every quality table: fit, held, all; or the one half asked for."""
    return report.EVERY_HALF if args.half == report.ALL else (args.half,)


def wcxb_counts(root: Path, ids: Sequence[str]) -> str:
    halves = [half_of(load_wcxb(root, file_id).site) for file_id in ids]
    return report.half_counts(halves, "WCXB pages")


def choose_systems(artextract_ok: bool, reference: str | None) -> list[str]:
    """artextract (when importable) and the reference system, in that order."""
    systems = ([ex.ARTEXTRACT] if artextract_ok else []) + ([reference] if reference else [])
    if not systems:
        raise SystemExit("nothing to run: artextract is not importable and --compare is none")
    return systems


def compared(args: argparse.Namespace) -> str | None:
    return None if args.compare == "none" else args.compare


Section = tuple[str, list[dict]]  # (tables, raw per-page records)


def run_text(args: argparse.Namespace, root: Path, artextract_ok: bool) -> Section:
    systems = choose_systems(artextract_ok, ex.WHOLE_TEXT)  # --compare: HTML only
    ids = choose_ids(args, root)
    records = quality.run_pool(
        quality.text_work(root, systems), ids, args.jobs, progress_printer("text")
    )
    runs, halves = report.runs_in(records), halves_shown(args)
    tables = [
        f"## Raw-text mode ({wcxb_counts(root, ids)})",
        "### Body word F1 (mean per page)",
        report.body_f1_table(records, runs, halves),
        "### Headline, article pages",
        report.rate_table(
            records,
            runs,
            TEXT_HEADLINE_METRICS,
            report.of_type("article"),
            with_input=True,
            halves=halves,
        ),
        "### Author and date (pages where the ground truth has a value)",
        report.rate_table(records, runs, TEXT_META_METRICS, with_input=True, halves=halves),
    ]
    return "\n\n".join(tables), records


def run_html(args: argparse.Namespace, root: Path, artextract_ok: bool, body: bool) -> Section:
    systems = choose_systems(artextract_ok, compared(args))
    ids = choose_ids(args, root)
    records = quality.run_pool(
        quality.html_work(root, systems, body), ids, args.jobs, progress_printer("html")
    )
    pages = chosen(args, list(readability_pages(root)), lambda page: page.site)
    readability = quality.run_pool(
        quality.readability_work(systems), pages, args.jobs, progress_printer("readability")
    )
    runs, readability_runs = report.runs_in(records), report.runs_in(readability)
    halves = halves_shown(args)
    title = "HTML mode" if body else "Metadata, HTML mode"
    counts = report.half_counts([half_of(page.site) for page in pages], "Readability pages")
    tables = [f"## {title} ({wcxb_counts(root, ids)}; {counts})"]
    if body:
        tables += [
            "### Body word precision / recall / F1 (mean per page)",
            report.body_prf_table(records, runs, halves),
            "### Snippets (mean per page with snippets of that kind)",
            report.rate_table(records, runs, SNIPPET_METRICS, halves=halves),
        ]
    tables += [
        "### Metadata, WCXB (pages where the ground truth has a value)",
        report.rate_table(records, runs, WCXB_META_METRICS, halves=halves),
        "### Metadata, Readability test pages (expected-metadata.json)",
        report.rate_table(readability, readability_runs, READABILITY_METRICS, halves=halves),
    ]
    return "\n\n".join(tables), records + readability


def run_traf(args: argparse.Namespace, root: Path, artextract_ok: bool) -> Section:
    systems = choose_systems(artextract_ok, compared(args))
    pages = chosen(args, traf_pages(root), lambda page: page.site)
    records = quality.run_pool(
        quality.traf_work(root, systems, args.renderings), pages, args.jobs, progress_printer("traf")
    )
    counts = report.half_counts([half_of(page.site) for page in pages], "traf-dev pages")
    sites = len({page.site for page in pages})
    runs = report.runs_in(records)
    modes = "HTML and raw-text modes" if args.renderings else "HTML mode"
    tables = [
        f"## traf-dev, {modes} ({counts}; {sites} sites)",
        "### Snippets, pooled over pages (case-sensitive, whitespace-normalised substrings)",
        report.snippet_table(records, runs, halves_shown(args)),
    ]
    rendered = [run for run in runs if run[1] in RENDERINGS]
    if rendered:
        tables += [
            "### Raw-text headline = HTML-mode headline (lenient; traf-dev has no true headline)",
            report.agreement_table(records, (ex.ARTEXTRACT, quality.TRAF_ARTICLE), rendered, halves_shown(args)),
        ]
    return "\n\n".join(tables), records


def speed_sets(args: argparse.Namespace, root: Path) -> list[tuple[str, list[speed.SpeedPage]]]:
    """The pages timed: WCXB, then traf-dev (when present), each every 3rd unless --full."""
    step = 1 if args.full else SPEED_STEP
    sets = [("WCXB", speed.wcxb_speed_pages(root, choose_ids(args, root, step)))]
    if has_traf(root):
        pages = chosen(args, traf_pages(root)[::step], lambda page: page.site)
        sets.append(
            (
                "traf-dev",
                [
                    speed.SpeedPage("traf", p.page_id, traf_html_path(root, p.page_id), p.url)
                    for p in pages
                ],
            )
        )
    return [(name, pages) for name, pages in sets if pages]


def run_speed(args: argparse.Namespace, root: Path, artextract_ok: bool) -> Section:
    systems = choose_systems(artextract_ok, compared(args))
    tables, records = [], []
    how = f"best of {args.repeat}" if args.repeat > 1 else "one run"
    for name, pages in speed_sets(args, root):
        timings = speed.time_pages(pages, systems, args.repeat, progress_printer(f"speed {name}"))
        tables += [
            f"## Speed, {name} ({len(pages)} pages, HTML mode)",
            f"### CPU time per page (time.process_time, one process, {how} per page)",
            speed.timing_tables(timings, systems),
        ]
        records += timings.records
    # The memory probe uses the largest page of the whole set, whatever the subset.
    tables.append(speed.rss_table(root, systems, speed.largest_page(root, wcxb_ids(root))))
    return "\n\n".join(tables), records


# What each mode runs, in order; html includes traf-dev, which is HTML mode too.
MODES = {
    "text": ["text"],
    "html": ["html", "traf"],
    "traf": ["traf"],
    "meta": ["meta"],
    "speed": ["speed"],
    "all": ["text", "html", "traf", "speed"],
}


def run_mode(mode: str, args: argparse.Namespace, root: Path, artextract_ok: bool) -> Section:
    if mode == "text":
        return run_text(args, root, artextract_ok)
    if mode == "traf":
        return run_traf(args, root, artextract_ok)
    if mode == "speed":
        return run_speed(args, root, artextract_ok)
    return run_html(args, root, artextract_ok, body=mode == "html")


def write_out(path: Path, root: Path, raw: dict[str, list[dict]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    meta = {"argv": sys.argv[1:], "date": time.strftime("%Y-%m-%d %H:%M:%S"), "data": str(root)}
    path.write_text(json.dumps({"run": meta, "results": raw}, indent=1), "utf-8")
    note(f"raw results written to {path}")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    root = data_dir(args.data)
    modes = MODES[args.mode]
    if not has_wcxb(root) and modes != ["traf"]:
        note(f"no development data at {root} (use --data DIR or $ARTEXTRACT_DATA)")
        return 2
    if "traf" in modes and not has_traf(root):
        note(f"no traf-dev at {root}: skipping it")
        modes = [mode for mode in modes if mode != "traf"]
        if not modes:
            return 2
    missing = ex.artextract_missing()
    if missing:
        note(f"artextract not benchmarked ({missing}); running the baselines only")
    if args.compare == ex.TRAFILATURA and (broken := ex.trafilatura_missing()):
        note(f"trafilatura cannot run ({broken}); install the bench extra, or --compare none")
        return 2

    raw: dict[str, list[dict]] = {}
    for mode in modes:
        started = time.monotonic()
        tables, raw[mode] = run_mode(mode, args, root, not missing)
        print(tables + "\n", flush=True)
        note(f"{mode}: {time.monotonic() - started:.0f} s wall")
    if args.out:
        write_out(args.out, root, raw)
    return 0


if __name__ == "__main__":
    sys.exit(main())
