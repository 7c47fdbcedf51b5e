"""200 local URLs, the batch killed with SIGKILL, rerun with --resume: one record per URL, and
the rerun fetches only the URLs that had no record."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest

from fetch_fixtures import loopback_only, server  # noqa: F401 - fixtures, used by name
from fetch_server import article, held, page

URLS = 200


def _command() -> list[str]:
    found = shutil.which("artextract")
    return [found] if found else [sys.executable, "-m", "artextract"]


def _environment() -> dict[str, str]:
    # The batch runs in another process, out of reach of the socket guard: no proxy may divert it.
    return {key: value for key, value in os.environ.items() if "proxy" not in key.lower()}


def _complete(path) -> list[dict]:
    try:
        lines = path.read_bytes().split(b"\n")[:-1]
    except FileNotFoundError:
        return []
    return [json.loads(line) for line in lines]


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="kills a process group")
def test_sigkill_then_resume_ends_with_one_record_per_url(server, tmp_path):
    body = article("The rest of the story follows. " * 40)
    server.routes["*"] = page(body)
    urls = [f"{server.base}/story/{n}" for n in range(URLS)]
    # The second half is answered only after the kill, so the first run cannot finish before it
    # is killed, however the machine's load shares time between it and this test.
    release = threading.Event()
    for url in urls[URLS // 2:]:
        server.routes[url.removeprefix(server.base)] = held(release, body)
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls) + "\n")
    out = tmp_path / "out.jsonl"
    command = _command() + ["--urls-from", str(listing), "-o", str(out), "-j", "2", "--delay", "0", "--no-progress"]
    process = subprocess.Popen(command + ["--user-agent", "FirstRun/1.0"], start_new_session=True,
                               stderr=subprocess.DEVNULL, env=_environment())
    deadline = time.monotonic() + 120
    while len(_complete(out)) < 20:
        assert process.poll() is None, "the batch finished before it could be killed"
        assert time.monotonic() < deadline, "no progress"
        time.sleep(0.005)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    with open(out, "ab") as handle:  # what a kill in the middle of a write leaves
        handle.write(b'{"headline":"Harbour bridge reo')
    done_first = {record["source"]["path"] for record in _complete(out)}
    assert 20 <= len(done_first) <= URLS // 2
    release.set()

    # The rerun's requests are told apart by their User-Agent: a request the killed run had sent
    # may still reach the server after the kill.
    rerun = subprocess.run(command + ["--resume", "--user-agent", "Rerun/1.0"], capture_output=True, text=True,
                           timeout=300, env=_environment())
    assert rerun.returncode == 0, rerun.stderr
    records = _complete(out)
    assert sorted(record["source"]["path"] for record in records) == sorted(urls)  # each exactly once
    assert all(record["source"]["type"] == "url" and record["headline"] for record in records)
    fetched_again = [hit.path for hit in list(server.hits)
                     if hit.path != "/robots.txt" and hit.headers.get("User-Agent", "").startswith("Rerun/")]
    assert sorted(fetched_again) == sorted(url.removeprefix(server.base) for url in set(urls) - done_first)
