"""Which pages a change moved: two `run.py --out` files of the same mode, side by side.

    python benchmarks/compare.py OLD.json NEW.json            # traf if both have it, else html, else text
    python benchmarks/compare.py OLD.json NEW.json --mode html --top 10
    python benchmarks/compare.py OLD.json NEW.json --mode text --input inscriptis

Per half (fit, held, all): the summary before and after (mean body F1 for
WCXB, pooled snippet F1 for traf-dev) and the pages whose score moved most
(body F1; for traf-dev the number of right snippet decisions, with the
snippets that flipped). Only pages present in both files are compared.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

if not __package__:
    sys.path[0] = str(Path(__file__).resolve().parents[1])  # as in run.py

from benchmarks.report import EVERY_HALF, fmt, in_half, markdown_table  # noqa: E402
from benchmarks.scoring import mean, pooled_prf  # noqa: E402

Record = dict[str, Any]
DEFAULT_INPUT = {"html": "html", "text": "chromium", "traf": "article text"}
COUNTS = ("tp", "fn", "fp", "tn")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python benchmarks/compare.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--mode", choices=sorted(DEFAULT_INPUT), help="default: traf, html, text")
    parser.add_argument("--system", default="artextract")
    parser.add_argument("--input", help="txt, body only, inscriptis...; default per mode")
    parser.add_argument("--top", type=int, default=15, help="pages listed per half")
    return parser.parse_args(argv)


def load(path: Path) -> dict[str, list[Record]]:
    return json.loads(path.read_text("utf-8"))["results"]


def choose_mode(old: dict, new: dict, asked: str | None) -> str:
    modes = [asked] if asked else ["traf", "html", "text"]
    for mode in modes:
        if old.get(mode) and new.get(mode):
            return mode
    raise SystemExit(f"no {' / '.join(modes)} results in both files")


def by_page(records: list[Record], mode: str, system: str, source: str) -> dict[str, Record]:
    """The records of one run, by page; WCXB only (html files also hold Readability)."""
    wanted = "traf" if mode == "traf" else "wcxb"
    return {
        r["page"]: r
        for r in records
        if r["dataset"] == wanted and r["system"] == system and r["input"] == source
    }


def score(record: Record, mode: str) -> float | None:
    """One page's score: body F1, or the count of right snippet decisions."""
    return record["tp"] + record["tn"] if mode == "traf" else record.get("f1")


def summary(records: list[Record], mode: str) -> str:
    if mode == "traf":
        return fmt(pooled_prf(*(sum(r[key] for r in records) for key in COUNTS)).f1)
    return fmt(mean(r["f1"] for r in records if r.get("f1") is not None))


def flipped(old: Record, new: Record) -> str:
    """Snippets that changed side: + now right, - now wrong."""
    changes = [f"-with {s!r}" for s in new["with_missed"] if s not in old["with_missed"]]
    changes += [f"+with {s!r}" for s in old["with_missed"] if s not in new["with_missed"]]
    changes += [f"-without {s!r}" for s in new["without_found"] if s not in old["without_found"]]
    changes += [f"+without {s!r}" for s in old["without_found"] if s not in new["without_found"]]
    return "; ".join(changes).replace("|", "\\|")


def page_row(old: Record, new: Record, mode: str) -> list[Any]:
    before, after = score(old, mode), score(new, mode)
    if mode == "traf":
        total = sum(new[key] for key in COUNTS)
        row = [new["page"], new["site"], f"{before}/{total}", f"{after}/{total}"]
        return row + [f"{after - before:+d}", flipped(old, new)]
    return [
        new["page"],
        new.get("page_type", ""),
        fmt(before),
        fmt(after),
        f"{after - before:+.3f}",
    ]


def moved(pairs: list[tuple[Record, Record]], mode: str, top: int) -> list[list[Any]]:
    """The pages with the largest score change, largest first; unchanged pages left out."""

    def change(pair: tuple[Record, Record]) -> float:
        return abs(score(pair[1], mode) - score(pair[0], mode))

    scored = [p for p in pairs if score(p[0], mode) is not None and score(p[1], mode) is not None]
    changed = sorted((p for p in scored if change(p) > 1e-9), key=change, reverse=True)
    return [page_row(old, new, mode) for old, new in changed[:top]]


def half_section(half: str, pairs: list[tuple[Record, Record]], mode: str, top: int) -> str:
    mine = [(o, n) for o, n in pairs if in_half(half)(n)]
    up = sum(1 for o, n in mine if (score(n, mode) or 0) > (score(o, mode) or 0) + 1e-9)
    down = sum(1 for o, n in mine if (score(n, mode) or 0) < (score(o, mode) or 0) - 1e-9)
    metric = "pooled snippet F1" if mode == "traf" else "mean body F1"
    old_s, new_s = summary([o for o, _ in mine], mode), summary([n for _, n in mine], mode)
    delta = "n/a" if "n/a" in (old_s, new_s) else f"{float(new_s) - float(old_s):+.3f}"
    heading = f"### {half}: {len(mine)} pages, {metric} {old_s} -> {new_s} ({delta}); "
    lines = [heading + f"{up} pages up, {down} down"]
    rows = moved(mine, mode, top) if half != "all" else []
    if rows:
        headers = ["page", "site", "old", "new", "change", "snippets flipped"]
        if mode != "traf":
            headers = ["page", "type", "old F1", "new F1", "change"]
        lines.append(markdown_table(headers, rows))
    return "\n\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    old_all, new_all = load(args.old), load(args.new)
    mode = choose_mode(old_all, new_all, args.mode)
    source = args.input or DEFAULT_INPUT[mode]
    old = by_page(old_all[mode], mode, args.system, source)
    new = by_page(new_all[mode], mode, args.system, source)
    if not old or not new:
        raise SystemExit(f"no {args.system} ({source}) records in both files")
    common = sorted(set(old) & set(new))
    if len(common) < max(len(old), len(new)):
        print(f"comparing the {len(common)} pages in both files", file=sys.stderr)
    pairs = [(old[page], new[page]) for page in common]
    print(f"## {mode}: {args.system} ({source}), {args.old.name} -> {args.new.name}\n")
    print("\n\n".join(half_section(half, pairs, mode, args.top) for half in EVERY_HALF))
    return 0


if __name__ == "__main__":
    sys.exit(main())
