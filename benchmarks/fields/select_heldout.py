"""Reproduce the held-apart page choice (issue 10; see README.md, "The held-apart set").

    python benchmarks/fields/select_heldout.py [--data DIR] [--out FILE]

The rule was fixed before any of these pages was opened, so that the set is not
shaped by what the extractor does or by how the pages mark their fields:
  * traf-dev: every 12th page in gold.jsonl order (sorted by id), from the first;
  * wcxb-dev: every 24th page whose ground truth says page_type article, in id
    order, from the first;
  * pages already in labels.json (the development set) are left out.
Prints (or writes) {"traf-dev": [...], "wcxb-dev": [...]}.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "shared" / "data"
TRAF_STEP = 12
WCXB_STEP = 24


def traf_ids(data: Path) -> list[str]:
    lines = (data / "traf-dev" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return sorted(json.loads(line)["id"] for line in lines if line.strip())


def wcxb_articles(data: Path) -> list[str]:
    out = []
    for gt in sorted((data / "wcxb-dev" / "ground-truth").glob("*.json")):
        if json.loads(gt.read_text(encoding="utf-8"))["_internal"]["page_type"]["primary"] == "article":
            out.append(gt.stem)
    return out


def select(data: Path) -> dict[str, list[str]]:
    dev = set(json.loads((HERE / "labels.json").read_text(encoding="utf-8"))["pages"])
    return {"traf-dev": [p for p in traf_ids(data)[::TRAF_STEP] if p not in dev],
            "wcxb-dev": [p for p in wcxb_articles(data)[::WCXB_STEP] if p not in dev]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    text = json.dumps(select(args.data), indent=1) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text, end="")


if __name__ == "__main__":
    main()
