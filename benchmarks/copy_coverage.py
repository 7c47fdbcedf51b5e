"""Raw-text body F1 on WCXB, read against how complete each page's browser copy is.

    python benchmarks/run.py text --jobs 2 --out text.json
    python benchmarks/copy_coverage.py text.json

Some of wcxb-dev's chromium copies hold a fraction of the page: the browser
copied before the page had drawn its posts (forum threads drawn by script are
often empty files). No reading of the copy can find text that is not in it, so
this report splits the raw-text figures of `run.py text --out` into pages whose
chromium copy is complete and pages whose copy is short, per half and page
type, with the inscriptis figures of the same pages beside them.

A copy is "short" when it holds less than half the non-space characters of the
inscriptis dump of the same page. Characters, not words, so that a page in a
language written without spaces is measured the same way.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from statistics import fmean

if not __package__:
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks.data import data_dir, wcxb_text  # noqa: E402

SHORT_SHARE = 0.5  # a chromium copy under half of inscriptis's characters is short


def letters(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def short_copies(root: Path, ids: set[str]) -> set[str]:
    """The pages whose chromium copy holds under SHORT_SHARE of inscriptis's characters."""
    short = set()
    for page in ids:
        full = letters(wcxb_text(root, "inscriptis", page))
        if full and letters(wcxb_text(root, "chromium", page)) < SHORT_SHARE * full:
            short.add(page)
    return short


def table(rows: list[dict], short: set[str]) -> list[str]:
    """Mean body F1 per (page type, half, copy) for both renderings."""
    f1 = defaultdict(list)
    for row in rows:
        if row["system"] != "artextract" or row["dataset"] != "wcxb" or row["f1"] is None:
            continue  # an error, or a page without a true body (run.py leaves those out too)
        copy = "short" if row["page"] in short else "complete"
        for kind in ("all", row["page_type"]):
            for half in (row["half"], "all"):
                f1[kind, half, copy, row["input"]].append(row["f1"])
    out = ["| page type | half | chromium copy | n | chromium | inscriptis |", "|---|---|---|---|---|---|"]
    for kind, half, copy in sorted({key[:3] for key in f1}, key=_order):
        ch, ins = f1.get((kind, half, copy, "chromium"), []), f1.get((kind, half, copy, "inscriptis"), [])
        if ch:
            out.append(f"| {kind} | {half} | {copy} | {len(ch)} | {fmean(ch):.3f} | {fmean(ins):.3f} |")
    return out


def _order(key: tuple[str, str, str]) -> tuple:
    kind, half, copy = key
    return (kind != "all", kind, ("fit", "held", "all").index(half), copy)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", type=Path, help="the --out file of `benchmarks/run.py text`")
    parser.add_argument("--data", help="the shared data folder (default: ../shared/data)")
    args = parser.parse_args(argv)
    rows = json.loads(args.results.read_text("utf-8"))["results"]["text"]
    short = short_copies(data_dir(args.data), {row["page"] for row in rows if row["dataset"] == "wcxb"})
    print(f"Chromium copies under {SHORT_SHARE:.0%} of the inscriptis dump's characters: {len(short)} pages.\n")
    print("\n".join(table(rows, short)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
