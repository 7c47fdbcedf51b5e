"""Score artextract's metadata layer (and trafilatura's) on the development data.

    PYTHONPATH=src .venv/bin/python benchmarks/metadata_probe.py [--no-trafilatura]
        [--limit N] [--failures benchmarks/out/metadata_failures.tsv]

wcxb-dev: title / author / publish_date against ground truth where it has a
value. readability-pages: title and byline against expected-metadata.json.
Matching is lenient on purpose (the fields are free text in the ground truth):
titles and authors match when equal after dropping case, punctuation and
spaces, or when one contains the other; dates match on the day.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from pathlib import Path

import lxml.html

from artextract.html.metadata import clean_title, read_metadata

DATA = Path("/work/shared/data")
OUT = Path(__file__).resolve().parent / "out"
_NORM = re.compile(r"[\W_]+")


def norm(text: str | None) -> str:
    return _NORM.sub("", (text or "").lower())


def lenient(a: str | None, b: str | None) -> bool:
    x, y = norm(a), norm(b)
    return bool(x and y) and (x == y or x in y or y in x)


def any_author(found: list[str], truth: str) -> bool:
    if not found:
        return False
    return lenient("".join(found), truth) or any(lenient(name, truth) for name in found)


def load(path: Path) -> lxml.html.HtmlElement | None:
    raw = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
    try:
        return lxml.html.fromstring(raw)
    except (lxml.etree.ParserError, ValueError):
        return None


def trafilatura_meta(path: Path, url: str | None) -> dict[str, object]:
    import trafilatura

    tree = load(path)
    if tree is None:
        return {}
    doc = trafilatura.extract_metadata(tree, default_url=url)
    if doc is None:
        return {}
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return {"title": doc.title, "authors": authors, "date": doc.date}


def cached_trafilatura(key: str, path: Path, url: str | None, cache: dict[str, dict]) -> dict:
    if key not in cache:
        cache[key] = trafilatura_meta(path, url)
    return cache[key]


class Score:
    def __init__(self) -> None:
        self.hits: dict[str, int] = {}
        self.totals: dict[str, int] = {}

    def add(self, field: str, ok: bool) -> None:
        self.totals[field] = self.totals.get(field, 0) + 1
        self.hits[field] = self.hits.get(field, 0) + int(ok)

    def rate(self, field: str) -> float:
        return self.hits.get(field, 0) / max(1, self.totals.get(field, 0))


def run_wcxb(args: argparse.Namespace, cache: dict, failures: list[str]) -> tuple[Score, Score, list[float]]:
    ours, theirs = Score(), Score()
    timings: list[float] = []
    files = sorted((DATA / "wcxb-dev/html").glob("*.html.gz"))[: args.limit or None]
    for path in files:
        fid = path.name.split(".")[0]
        record = json.loads((DATA / f"wcxb-dev/ground-truth/{fid}.json").read_text("utf-8"))
        truth, url = record["ground_truth"], record.get("url")
        tree = load(path)
        if tree is None:
            continue
        # CPU time, not wall time: the machine is shared, and other
        # processes' load should not count against read_metadata.
        start = time.process_time()
        meta = read_metadata(tree, url=url)
        timings.append((time.process_time() - start) * 1000)
        other = cached_trafilatura(f"wcxb/{fid}", path, url, cache) if args.trafilatura else None
        checks = {
            "title": (truth.get("title"), lambda t: lenient(clean_title(meta.title, meta.site_name, url), t),
                      lambda t: lenient(other.get("title"), t)),
            "author": (truth.get("author"), lambda t: any_author(meta.authors, t),
                       lambda t: any_author(other.get("authors") or [], t)),
            "date": (truth.get("publish_date"), lambda t: (meta.published or "")[:10] == t,
                     lambda t: (other.get("date") or "")[:10] == t),
        }
        for field, (value, mine, peer) in checks.items():
            if not value:
                continue
            ok = mine(value)
            ours.add(field, ok)
            if other is not None:
                theirs.add(field, peer(value))
            if not ok:
                got = {"title": meta.title, "author": "; ".join(meta.authors), "date": meta.published}[field]
                failures.append(f"wcxb\t{fid}\t{field}\t{value!r}\t{got!r}\t{url}")
    return ours, theirs, timings


def run_readability(args: argparse.Namespace, cache: dict, failures: list[str]) -> tuple[Score, Score]:
    ours, theirs = Score(), Score()
    for page in sorted((DATA / "readability-pages/pages").iterdir()):
        expected = json.loads((page / "expected-metadata.json").read_text("utf-8"))
        tree = load(page / "source.html.gz")
        if tree is None:
            continue
        meta = read_metadata(tree)
        other = cached_trafilatura(f"readability/{page.name}", page / "source.html.gz", None, cache) if args.trafilatura else None
        if expected.get("title"):
            ok = lenient(clean_title(meta.title, meta.site_name), expected["title"])
            ours.add("title", ok)
            if other is not None:
                theirs.add("title", lenient(other.get("title"), expected["title"]))
            if not ok:
                failures.append(f"readability\t{page.name}\ttitle\t{expected['title']!r}\t{meta.title!r}\t")
        if expected.get("byline"):
            ok = any_author(meta.authors, expected["byline"])
            ours.add("byline", ok)
            if other is not None:
                theirs.add("byline", any_author(other.get("authors") or [], expected["byline"]))
            if not ok:
                failures.append(f"readability\t{page.name}\tbyline\t{expected['byline']!r}\t{'; '.join(meta.authors)!r}\t")
    return ours, theirs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-trafilatura", dest="trafilatura", action="store_false")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--failures", type=Path, default=OUT / "metadata_failures.tsv")
    args = parser.parse_args()

    OUT.mkdir(exist_ok=True)
    cache_path = OUT / "trafilatura_metadata_cache.json"
    cache: dict = json.loads(cache_path.read_text("utf-8")) if cache_path.exists() else {}
    failures: list[str] = []

    w_ours, w_theirs, timings = run_wcxb(args, cache, failures)
    r_ours, r_theirs = run_readability(args, cache, failures)
    if args.trafilatura:
        cache_path.write_text(json.dumps(cache), "utf-8")
    args.failures.write_text("\n".join(failures) + "\n", "utf-8")

    def line(name: str, score: Score, peer: Score, field: str) -> str:
        text = f"{name:<12}{field:<8} n={score.totals.get(field, 0):<5} artextract={score.rate(field):.3f}"
        if args.trafilatura:
            text += f"  trafilatura={peer.rate(field):.3f}"
        return text

    for field in ("title", "author", "date"):
        print(line("wcxb-dev", w_ours, w_theirs, field))
    for field in ("title", "byline"):
        print(line("readability", r_ours, r_theirs, field))
    if timings:
        print(f"read_metadata: median {statistics.median(timings):.2f} ms/page (CPU), "
              f"p95 {sorted(timings)[int(len(timings) * 0.95)]:.2f} ms, n={len(timings)}")
    print(f"failures written to {args.failures}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
