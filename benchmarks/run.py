"""artextract benchmarks: one command, markdown tables on stdout.

    python benchmarks/run.py text     # raw-text mode vs the whole-text baseline
    python benchmarks/run.py html     # HTML mode vs trafilatura: body + metadata
    python benchmarks/run.py meta     # metadata only (faster than html)
    python benchmarks/run.py speed    # CPU time per page and peak RSS
    python benchmarks/run.py all      # text, html and speed

Options: --sample (the fixed 40-page CI sample), --limit N, --jobs N,
--out FILE.json (raw per-page results), --compare trafilatura|none,
--full (speed on every page), --data DIR. See benchmarks/README.md.

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

if not __package__:
    # Run as a script: make `benchmarks` importable as a package, and drop the
    # script's own directory so modules like `data` cannot shadow others.
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks import extractors as ex  # noqa: E402
from benchmarks import quality, report, speed  # noqa: E402
from benchmarks.data import (  # noqa: E402
    SAMPLE_OFFSET,
    SAMPLE_STEP,
    data_dir,
    has_wcxb,
    readability_pages,
    sample_ids,
    wcxb_ids,
)

SPEED_STEP = 3  # speed default: every 3rd page keeps a run to a few minutes

TEXT_HEADLINE_METRICS = [
    ("headline strict-equal", "headline_strict"),
    ("title lenient", "title_lenient"),
]
WCXB_META_METRICS = [
    ("title lenient", "title_lenient"),
    ("headline strict-equal", "headline_strict"),
    ("author", "author"),
    ("date (same day)", "date"),
]
READABILITY_METRICS = [
    ("title lenient", "title_lenient"),
    ("title strict-equal", "headline_strict"),
    ("byline", "author"),
]
SNIPPET_METRICS = [("`with` snippets present", "with"), ("`without` snippets absent", "without")]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python benchmarks/run.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("mode", choices=["text", "html", "meta", "speed", "all"])
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
        "--full", action="store_true", help=f"speed: every page, not every {SPEED_STEP}rd"
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


def choose_ids(args: argparse.Namespace, root: Path, step: int = 1) -> list[str]:
    ids = sample_ids(root) if args.sample else wcxb_ids(root)[::step]
    return ids[: args.limit] if args.limit else ids


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
    runs = report.runs_in(records)
    tables = [
        f"## Raw-text mode ({len(ids)} WCXB pages)",
        "### Body word F1 (mean per page)",
        report.body_f1_table(records, runs),
        "### Headline, article pages",
        report.rate_table(
            records, runs, TEXT_HEADLINE_METRICS, report.of_type("article"), with_input=True
        ),
    ]
    return "\n\n".join(tables), records


def run_html(args: argparse.Namespace, root: Path, artextract_ok: bool, body: bool) -> Section:
    systems = choose_systems(artextract_ok, compared(args))
    ids = choose_ids(args, root)
    records = quality.run_pool(
        quality.html_work(root, systems, body), ids, args.jobs, progress_printer("html")
    )
    pages = list(readability_pages(root))
    pages = pages[: args.limit] if args.limit else pages
    readability = quality.run_pool(
        quality.readability_work(systems), pages, args.jobs, progress_printer("readability")
    )
    runs, readability_runs = report.runs_in(records), report.runs_in(readability)
    title = "HTML mode" if body else "Metadata, HTML mode"
    tables = [f"## {title} ({len(ids)} WCXB pages, {len(pages)} Readability pages)"]
    if body:
        tables += [
            "### Body word precision / recall / F1 (mean per page)",
            report.body_prf_table(records, runs),
            "### Snippets (mean per page with snippets of that kind)",
            report.rate_table(records, runs, SNIPPET_METRICS),
        ]
    tables += [
        "### Metadata, WCXB (pages where the ground truth has a value)",
        report.rate_table(records, runs, WCXB_META_METRICS),
        "### Metadata, Readability test pages (expected-metadata.json)",
        report.rate_table(readability, readability_runs, READABILITY_METRICS),
    ]
    return "\n\n".join(tables), records + readability


def run_speed(args: argparse.Namespace, root: Path, artextract_ok: bool) -> Section:
    systems = choose_systems(artextract_ok, compared(args))
    ids = choose_ids(args, root, 1 if args.full else SPEED_STEP)
    timings = speed.time_pages(root, ids, systems, progress_printer("speed"))
    # The memory probe uses the largest page of the whole set, whatever the subset.
    big = speed.largest_page(root, wcxb_ids(root))
    header = f"## Speed ({len(ids)} WCXB pages, HTML mode)"
    return header + "\n\n" + speed.speed_tables(root, timings, systems, big), timings.records


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    root = data_dir(args.data)
    if not has_wcxb(root):
        note(f"no development data at {root} (use --data DIR or $ARTEXTRACT_DATA)")
        return 2
    missing = ex.artextract_missing()
    if missing:
        note(f"artextract not benchmarked ({missing}); running the baselines only")

    modes = ["text", "html", "speed"] if args.mode == "all" else [args.mode]
    raw: dict[str, list[dict]] = {}
    for mode in modes:
        started = time.monotonic()
        if mode == "text":
            tables, raw[mode] = run_text(args, root, not missing)
        elif mode == "speed":
            tables, raw[mode] = run_speed(args, root, not missing)
        else:
            tables, raw[mode] = run_html(args, root, not missing, body=mode == "html")
        print(tables + "\n", flush=True)
        note(f"{mode}: {time.monotonic() - started:.0f} s wall")

    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        meta = {"argv": sys.argv[1:], "date": time.strftime("%Y-%m-%d %H:%M:%S"), "data": str(root)}
        args.out.write_text(json.dumps({"run": meta, "results": raw}, indent=1), "utf-8")
        note(f"raw results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
