"""WARC throughput: pages per second for local `-j 2` and `--engine dask` (LocalCluster, 2 workers), one run.

The WCXB development pages are packed into WARC files (gzip per record, as
crawls ship them; HTTP response records whose target URI is the page's URL),
in a temporary folder. Then, on the same files and in the same run:

- local: `artextract.batch.run_batch([folder], jobs=2)`: the parent reads the
  WARC files, two worker processes extract;
- dask: `artextract.scale.run_dask([folder], workers=2, output=DIR)`: a
  LocalCluster of 2 worker processes, each WARC file one partition, parts
  written as JSON Lines. Timed twice: with cluster start-up and shutdown
  (what one command costs), and without (`--scheduler` to a running cluster).

    .venv/bin/python benchmarks/warc_speed.py                 # all pages, 16 WARC files
    .venv/bin/python benchmarks/warc_speed.py --limit 200     # a quicker look

A markdown table goes to stdout, progress to stderr.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.data import data_dir, read_gz, wcxb_html_path, wcxb_ids  # noqa: E402


def pack(root: Path, ids: list[str], files: int, folder: Path) -> int:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    per_file = -(-len(ids) // files)
    for number in range(files):
        chunk = ids[number * per_file:(number + 1) * per_file]
        if not chunk:
            break
        with open(folder / f"dev-{number:02d}.warc.gz", "wb") as out:
            writer = WARCWriter(out, gzip=True)
            for file_id in chunk:
                body = read_gz(wcxb_html_path(root, file_id))
                truth = root / "wcxb-dev" / "ground-truth" / f"{file_id}.json"
                url = json.loads(truth.read_text("utf-8")).get("url") or f"https://example.com/{file_id}"
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"),
                                                      ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                              http_headers=headers))
    return len(ids)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="data folder (default: ../shared/data)")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--files", type=int, default=16, help="WARC files to pack the pages into (default 16)")
    args = parser.parse_args()

    import dask
    from distributed import LocalCluster

    from artextract.batch import run_batch
    from artextract.scale import run_dask

    root = data_dir(args.data)
    ids = wcxb_ids(root)[: args.limit] if args.limit else wcxb_ids(root)
    rows = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "warc"
        folder.mkdir()
        pages = pack(root, ids, args.files, folder)
        size = sum(path.stat().st_size for path in folder.iterdir())
        print(f"packed {pages} pages into {args.files} WARC files ({size / 1e6:.0f} MB)", file=sys.stderr)

        def timed(name, run):
            started = time.perf_counter()
            records = list(run())
            seconds = time.perf_counter() - started
            failed = sum(1 for record in records if "error" in record)
            rows.append((name, len(records), failed, seconds))
            print(f"{name}: {len(records)} records in {seconds:.1f} s", file=sys.stderr)

        timed("local -j 2", lambda: run_batch([str(folder)], jobs=2))
        timed("dask, LocalCluster 2 workers, start-up included",
              lambda: run_dask([str(folder)], workers=2, output=str(Path(temporary) / "out1")))
        with dask.config.set({"distributed.worker.daemon": False}):
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                   silence_logs=40)
        try:
            timed("dask, running LocalCluster 2 workers (--scheduler)",
                  lambda: run_dask([str(folder)], scheduler=cluster.scheduler_address,
                                   output=str(Path(temporary) / "out2")))
        finally:
            cluster.close()

    print(f"WARC throughput, {pages} WCXB development pages in {args.files} .warc.gz files, 2 cores\n")
    print("| engine | records | failed | seconds | pages/s |")
    print("|---|---:|---:|---:|---:|")
    for name, count, failed, seconds in rows:
        print(f"| {name} | {count} | {failed} | {seconds:.1f} | {count / seconds:.1f} |")


if __name__ == "__main__":
    main()
