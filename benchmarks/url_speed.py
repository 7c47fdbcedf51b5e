"""Fetching must not be the bottleneck: the same pages from disk and from a local web server.

The first N WCXB development pages (gzipped HTML) are run through the
installed command twice over, alternating:

- disk: `artextract --files-from LIST -j J`, each worker reading and gunzipping its file;
- web:  `artextract --urls-from LIST -j J --delay 0`, the pages served by a
  threaded HTTP server on 127.0.0.1 in this process (as stored: gzip bytes
  with Content-Encoding: gzip, as most sites send them), fetched politely in
  every other respect (robots.txt asked first, at most --per-host requests at
  a time, the default 2).

`--delay 0` because the question is the fetcher's cost, not the pace a site
deserves (the default one second between requests to one host would make 200
pages take 200 s by design). Wall clock of the whole command, start-up
included, and the CPU time of the command's main process, where fetching
happens (its workers are reaped by the forkserver, out of this script's
sight, so their time is not in it): the fetcher's own cost, steadier than the
wall clock on a shared machine. Each run must give one record per page.

    .venv/bin/python benchmarks/url_speed.py                  # 200 pages, -j 2, 3 rounds
    .venv/bin/python benchmarks/url_speed.py --pages 50 --rounds 1

A Markdown table goes to stdout, progress to stderr.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.data import data_dir  # noqa: E402
from benchmarks.report import markdown_table  # noqa: E402


class _Pages(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else each response waits for a delayed ACK (~40 ms)
    pages: dict[str, bytes] = {}

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        body = self.pages.get(self.path)
        if body is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass


def serve(files: list[Path]) -> tuple[ThreadingHTTPServer, list[str]]:
    """A server on 127.0.0.1 (never another address) with one URL per file."""
    _Pages.pages = {f"/page/{path.name.removesuffix('.gz')}": path.read_bytes() for path in files}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    return server, [base + path for path in _Pages.pages]


def command() -> list[str]:
    found = shutil.which("artextract", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "artextract"]


def timed(args: list[str], expected: int) -> tuple[float, float, int]:
    """Wall seconds for the whole command, CPU seconds of its main process (not its workers,
    not this process's server threads), and how many records are errors."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command() + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    records = [json.loads(line) for line in done.stdout.splitlines()]
    if len(records) != expected:
        raise SystemExit(f"expected {expected} records, got {len(records)}: {done.stderr.decode()[-500:]}")
    return seconds, cpu, sum("error" in record for record in records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--jobs", "-j", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--data", help="the data directory [default: ../shared/data]")
    args = parser.parse_args(argv)
    files = sorted((data_dir(args.data) / "wcxb-dev" / "html").glob("*.html.gz"))[: args.pages]
    if not files:
        raise SystemExit("no WCXB development pages found (see benchmarks/README.md)")
    server, urls = serve(files)
    times: dict[str, list[float]] = {"disk": [], "web": []}
    failed = {"disk": 0, "web": 0}
    cpu: dict[str, list[float]] = {"disk": [], "web": []}
    with tempfile.TemporaryDirectory() as scratch:
        paths_list, urls_list = Path(scratch, "paths.txt"), Path(scratch, "urls.txt")
        paths_list.write_text("\n".join(map(str, files)) + "\n")
        urls_list.write_text("\n".join(urls) + "\n")
        common = ["-j", str(args.jobs), "--no-progress", "-q"]
        runs = {"disk": ["--files-from", str(paths_list), *common],
                "web": ["--urls-from", str(urls_list), "--delay", "0", *common]}
        for round_ in range(args.rounds):
            for source, run_args in runs.items():
                seconds, cpu_seconds, failed[source] = timed(run_args, len(files))
                times[source].append(seconds)
                cpu[source].append(cpu_seconds)
            print(f"round {round_ + 1}: disk {times['disk'][-1]:.2f} s, web {times['web'][-1]:.2f} s", file=sys.stderr)
    server.shutdown()
    disk, web = statistics.median(times["disk"]), statistics.median(times["web"])
    disk_cpu, web_cpu = statistics.median(cpu["disk"]), statistics.median(cpu["web"])
    rows = [["disk", f"{disk:.2f}", f"{len(files) / disk:.1f}", "1.00", f"{disk_cpu:.1f}", failed["disk"]],
            ["web (127.0.0.1)", f"{web:.2f}", f"{len(files) / web:.1f}", f"{web / disk:.2f}", f"{web_cpu:.1f}",
             failed["web"]]]
    print(f"{len(files)} pages, -j {args.jobs}, median of {args.rounds} rounds\n")
    print(markdown_table(["source", "seconds", "pages/s", "time vs disk", "main process CPU s", "error records"], rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
