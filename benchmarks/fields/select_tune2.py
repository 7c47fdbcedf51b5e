"""Reproduce the second tuning set's page choice (issue 10; see README.md, "The second tuning set").

    python benchmarks/fields/select_tune2.py [--data DIR] [--out FILE]

The first tuning set (labels.json) is all English; the held-apart set
(heldout_pages.json) is mostly not, and must never be opened. This set gives
non-English pages to tune on, taken from the FIT half only (benchmarks/data.py
`half_of(site)`, by site, not by URL). The rule was fixed, with the page list,
before any of these pages was opened:
  * traf-dev: the pages whose site is in the fit half, is not the site of a
    held-apart page, and whose id is not held apart; sorted by id, every
    TRAF_STEP-th from the first (about 30 pages);
  * wcxb-dev: the article pages (ground truth page_type article) whose site is
    in the fit half and not the site of a held-apart page, not in labels.json
    nor held apart, whose `<html lang>` declares a language other than English
    (a page that declares none is left out); in id order, every WCXB_STEP-th
    from the first (about 10 pages).
Leaving out the held-apart pages' sites too keeps a rule tuned here from
scoring on the held-apart set through a sibling page of the same site.
Reading `<html lang>` looks at one attribute of the page, not at its content.
Prints (or writes) {"traf-dev": [...], "wcxb-dev": [...]} and the counts by
declared language (on stderr).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repo root, not in src/

from benchmarks.data import FIT, half_of, site_of  # noqa: E402

DATA = HERE.parents[2] / "shared" / "data"
TRAF_STEP = 8
WCXB_STEP = 3
# The first <html ...> start tag and its lang attribute (quoted or bare).
HTML_TAG = re.compile(rb"<html\b[^>]*>", re.I)
LANG_ATTR = re.compile(rb"""\blang\s*=\s*["']?\s*([A-Za-z]{2,3})""", re.I)


def declared_language(raw: bytes) -> str | None:
    """The primary subtag of `<html lang>`, lower-cased, or None when not declared."""
    tag = HTML_TAG.search(raw)
    match = LANG_ATTR.search(tag.group(0)) if tag else None
    return match.group(1).decode("ascii").lower() if match else None


def traf_records(data: Path) -> list[dict]:
    lines = (data / "traf-dev" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return sorted((json.loads(line) for line in lines if line.strip()), key=lambda rec: rec["id"])


def wcxb_records(data: Path) -> list[dict]:
    out = []
    for gt in sorted((data / "wcxb-dev" / "ground-truth").glob("*.json")):
        doc = json.loads(gt.read_text(encoding="utf-8"))
        out.append({"id": gt.stem, "url": doc.get("url"), "type": doc["_internal"]["page_type"]["primary"]})
    return out


def held_apart(data: Path) -> tuple[set[str], set[str]]:
    """(ids, sites) of the held-apart set, from its page list and the datasets' URLs only."""
    listed = json.loads((HERE / "heldout_pages.json").read_text(encoding="utf-8"))
    ids = set(listed["traf-dev"]) | set(listed["wcxb-dev"])
    urls = {rec["id"]: rec["url"] for rec in traf_records(data) + wcxb_records(data)}
    return ids, {site_of(urls[pid], pid) for pid in ids}


def usable(rec: dict, held_ids: set[str], held_sites: set[str]) -> bool:
    site = site_of(rec["url"], rec["id"])
    return half_of(site) == FIT and site not in held_sites and rec["id"] not in held_ids


def wcxb_html(data: Path, pid: str) -> bytes:
    return gzip.open(data / "wcxb-dev" / "html" / f"{pid}.html.gz").read()


def select(data: Path) -> tuple[dict[str, list[str]], dict[str, Counter]]:
    held_ids, held_sites = held_apart(data)
    dev = set(json.loads((HERE / "labels.json").read_text(encoding="utf-8"))["pages"])
    traf = [rec["id"] for rec in traf_records(data) if usable(rec, held_ids, held_sites)][::TRAF_STEP]
    wcxb_pool = [rec["id"] for rec in wcxb_records(data)
                 if rec["type"] == "article" and rec["id"] not in dev and usable(rec, held_ids, held_sites)]
    langs = {pid: declared_language(wcxb_html(data, pid)) for pid in wcxb_pool}
    wcxb = [pid for pid in wcxb_pool if langs[pid] not in (None, "en")][::WCXB_STEP]
    traf_langs = Counter(declared_language(gzip.open(data / "traf-dev" / "pages" / f"{pid}.html.gz").read())
                         for pid in traf)
    return {"traf-dev": traf, "wcxb-dev": wcxb}, {"traf-dev": traf_langs,
                                                  "wcxb-dev": Counter(langs[pid] for pid in wcxb)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    chosen, counts = select(args.data)
    for dataset, count in counts.items():
        shown = ", ".join(f"{lang or 'none'} {n}" for lang, n in count.most_common())
        print(f"{dataset}: {len(chosen[dataset])} pages; declared <html lang>: {shown}", file=sys.stderr)
    text = json.dumps(chosen, indent=1) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text, end="")


if __name__ == "__main__":
    main()
