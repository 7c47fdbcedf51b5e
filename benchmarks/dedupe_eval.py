"""--dedupe measured: the development pages of sites with two or more pages, one batch, with and without it.

wcxb-dev and traf-dev pages are grouped by site (benchmarks.data: URL host
without "www.", traf-dev's pages without an address by their file name); the
pages of every site with two or more pages are packed into one WARC file (an
HTTP response record per page, its URL as the target URI, as a crawl holds
them), in a temporary folder. That file is run twice through the command,

    artextract eval.warc.gz -o plain.jsonl -j 2
    artextract eval.warc.gz -o dedupe.jsonl -j 2 --dedupe

and each record is scored against its page's gold: WCXB body word F1 against
`main_content` (benchmarks.scoring.word_prf, pages without main_content left
out) and traf-dev's `with`/`without` snippets (pooled P/R/F as traf-dev's
README counts them). A markdown report goes to stdout, progress to stderr.

    .venv/bin/python benchmarks/dedupe_eval.py
    .venv/bin/python benchmarks/dedupe_eval.py --quick   # one extraction, --dedupe applied in memory
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import data  # noqa: E402
from benchmarks.scoring import mean, snippet_rates, word_prf  # noqa: E402


@dataclass(frozen=True)
class Page:
    """One development page of a site with several pages, and its gold."""

    key: str  # "wcxb/0001" or "traf/<id>"
    site: str
    url: str
    html: Path
    truth: str | None = None  # WCXB main_content
    must_have: tuple[str, ...] = ()  # traf-dev snippets
    must_not: tuple[str, ...] = ()


def pages_of_shared_sites(root: Path) -> list[Page]:
    found: list[Page] = []
    for file_id in data.wcxb_ids(root):
        page = data.load_wcxb(root, file_id)
        truth = page.truth.get("main_content") if page.has_body else None
        found.append(Page(f"wcxb/{file_id}", page.site, page.url or f"http://{page.site}/{file_id}",
                          data.wcxb_html_path(root, file_id), truth=truth))
    for page in data.traf_pages(root):
        url = page.url or f"http://{page.site}/{page.page_id}"  # no address upstream: its site, from the file name
        found.append(Page(f"traf/{page.page_id}", page.site, url, data.traf_html_path(root, page.page_id),
                          must_have=page.must_have, must_not=page.must_not))
    sizes = Counter(page.site for page in found)
    return [page for page in found if sizes[page.site] >= 2]


def record_id(page: Page) -> str:
    return "<urn:uuid:%s>" % hashlib.md5(page.key.encode()).hexdigest()


def pack(pages: list[Page], path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for page in pages:
            body = data.read_gz(page.html)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record = writer.create_warc_record(page.url, "response", payload=io.BytesIO(body), http_headers=headers,
                                               warc_headers_dict={"WARC-Record-ID": record_id(page)})
            writer.write_record(record)


def run_command(warc: Path, output: Path, jobs: int, extra: list[str]) -> list[dict]:
    command = [sys.executable, "-m", "artextract", str(warc), "-o", str(output), "-j", str(jobs), "--no-progress",
               *extra]
    print("$ artextract " + " ".join(command[3:]), file=sys.stderr)
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    sys.stderr.write(done.stderr)
    with output.open("rb") as lines:
        return [json.loads(line) for line in lines]


def quick(warc: Path, jobs: int, min_pages: int) -> tuple[list[dict], list[dict]]:
    """One extraction through run_batch; --dedupe's statistics applied to its records in memory."""
    from artextract.batch import run_batch
    from artextract.batch.dedupe import dedupe_records

    plain = list(run_batch([str(warc)], jobs=jobs))
    return plain, [change.record for change in dedupe_records(plain, min_pages)]


def scores(pages: list[Page], found: list[dict]) -> dict[str, dict]:
    """Per page key: F1 (WCXB) or snippet counts (traf-dev)."""
    by_id = {record_id(page): page for page in pages}
    result: dict[str, dict] = {}
    for record in found:
        page = by_id.get((record.get("source") or {}).get("record_id"))
        if page is None:
            continue
        body = record.get("body") or ""
        if page.key.startswith("wcxb/"):
            if page.truth is not None:
                result[page.key] = {"f1": word_prf(body, page.truth).f1}
        else:
            result[page.key] = {
                "tp": sum(snippet in _squash(body) for snippet in map(_squash, page.must_have) if snippet),
                "fn": sum(snippet not in _squash(body) for snippet in map(_squash, page.must_have) if snippet),
                "fp": sum(snippet in _squash(body) for snippet in map(_squash, page.must_not) if snippet),
                "tn": sum(snippet not in _squash(body) for snippet in map(_squash, page.must_not) if snippet),
                "rates": snippet_rates(body, page.must_have, page.must_not),
            }
    return result


def _squash(text: str) -> str:
    """traf-dev's comparison: whitespace-normalised, case-sensitive."""
    return " ".join(text.split())


def _prf(counts: list[dict]) -> tuple[float, float, float]:
    tp, fn, fp = (sum(c[key] for c in counts) for key in ("tp", "fn", "fp"))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def report(pages: list[Page], before: dict[str, dict], after: dict[str, dict], command: str) -> str:
    wcxb = sorted(key for key in before if key.startswith("wcxb/") and key in after)
    traf = sorted(key for key in before if key.startswith("traf/") and key in after)
    deltas = {key: after[key]["f1"] - before[key]["f1"] for key in wcxb}
    worst = sorted(deltas.items(), key=lambda item: item[1])[:5]
    p0, r0, f0 = _prf([before[key] for key in traf])
    p1, r1, f1 = _prf([after[key] for key in traf])
    moved = [key for key in traf if (before[key]["tp"], before[key]["fp"]) != (after[key]["tp"], after[key]["fp"])]
    lines = [
        f"## --dedupe on the development sites with two or more pages ({command})",
        "",
        f"{len({page.site for page in pages})} sites, {len(pages)} pages "
        f"({sum(page.key.startswith('wcxb/') for page in pages)} WCXB, {len(traf)} traf-dev), one batch.",
        "",
        "| | without --dedupe | with --dedupe |",
        "|---|---|---|",
        f"| WCXB body word F1, mean of {len(wcxb)} pages | {mean(before[k]['f1'] for k in wcxb):.4f} "
        f"| {mean(after[k]['f1'] for k in wcxb):.4f} |",
        f"| traf-dev snippets P / R / F ({len(traf)} pages) | {p0:.3f} / {r0:.3f} / {f0:.3f} "
        f"| {p1:.3f} / {r1:.3f} / {f1:.3f} |",
        "",
        f"WCXB pages changed: {sum(1 for d in deltas.values() if abs(d) > 1e-9)}; raised: "
        f"{sum(1 for d in deltas.values() if d > 1e-9)}; lowered: {sum(1 for d in deltas.values() if d < -1e-9)}; "
        f"lowered by more than 0.02: {sum(1 for d in deltas.values() if d < -0.02)}.",
        "Largest drops: " + (", ".join(f"{key} {delta:+.4f}" for key, delta in worst if delta < 0) or "none") + ".",
        f"traf-dev pages whose snippet outcome moved: {len(moved)}"
        + (f" ({', '.join(moved[:10])})" if moved else "") + ".",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="the development data folder (default: ../shared/data)")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="one extraction, --dedupe applied in memory")
    parser.add_argument("--min-pages", type=int, default=0, help="--dedupe-min-pages (0: the default)")
    args = parser.parse_args(argv)
    root = data.data_dir(args.data)
    pages = pages_of_shared_sites(root)
    print(f"{len(pages)} pages of {len({page.site for page in pages})} sites", file=sys.stderr)
    with tempfile.TemporaryDirectory() as folder:
        warc = Path(folder) / "eval.warc.gz"
        pack(pages, warc)
        if args.quick:
            from artextract.batch.dedupe import DEFAULT_MIN_PAGES

            plain, deduped = quick(warc, args.jobs, args.min_pages or DEFAULT_MIN_PAGES)
            command = "in memory"
        else:
            extra = ["--dedupe-min-pages", str(args.min_pages)] if args.min_pages else []
            plain = run_command(warc, Path(folder) / "plain.jsonl", args.jobs, [])
            deduped = run_command(warc, Path(folder) / "dedupe.jsonl", args.jobs, ["--dedupe", *extra])
            command = "artextract eval.warc.gz -o OUT.jsonl -j 2 [--dedupe]"
    sys.stdout.write(report(pages, scores(pages, plain), scores(pages, deduped), command))
    return 0


if __name__ == "__main__":
    sys.exit(main())
