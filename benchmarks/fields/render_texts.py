"""Render the labelled traf-dev pages to text, the two ways wcxb-dev's text/ was made.

    python benchmarks/fields/render_texts.py [--data DIR] [--only chromium|inscriptis] [--set heldout|tune2|all] [--out DIR]

The pages are the traf-dev pages of every labelled set's page list (PAGE_LISTS:
heldout_pages.json, tune2_pages.json), or of one set with --set; `--set all`
renders every traf-dev page (for `run.py traf --renderings DIR`: the raw-text
mode on European pages; about 20 minutes, kept out of the repository).

traf-dev ships HTML only, but the raw-text mode of score.py needs what a person
copies from a browser and what a scraper saves. wcxb-dev has both renderings
(shared/data/README.md); these are made the same way and stored gzipped in
renderings/<rendering>/<id>.txt.gz, so the scorer needs neither tool:

  * chromium: Debian's headless Chromium, page scripts off, no network (every
    host name resolves to nothing, so external CSS never loads), the raw page
    bytes opened as a local file so the browser decodes them itself;
    `document.body.innerText` read over the DevTools protocol.
  * inscriptis: `inscriptis.get_text` (default settings) on the page decoded
    by its declared charset (else UTF-8, else cp1252), as a scraper's HTTP
    client would decode it.

Needs (not project dependencies): `apt-get install chromium chromium-driver`
and `pip install inscriptis selenium`.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "shared" / "data"
OUT = HERE / "renderings"
RENDERINGS = ("chromium", "inscriptis")
LOAD_WAIT = 30.0  # seconds to wait for a page to finish parsing before reading it anyway
CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def decode(raw: bytes) -> str:
    """Declared charset first (as an HTTP client honours it), then UTF-8, then cp1252."""
    match = CHARSET.search(raw[:4096])
    for encoding in ([match.group(1).decode("ascii")] if match else []) + ["utf-8"]:
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("cp1252", errors="replace")


def inscriptis_text(raw: bytes) -> str:
    from inscriptis import get_text

    return get_text(decode(raw))


def chromium_driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,2000",
                 "--host-resolver-rules=MAP * ~NOTFOUND", "--disable-background-networking"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(60)
    # Scripts off for the page (the DevTools evaluation below still runs).
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    return driver


def evaluate(driver, expression: str):
    return driver.execute_cdp_cmd("Runtime.evaluate", {"expression": expression, "returnByValue": True}
                                  ).get("result", {}).get("value")


def wait_loaded(driver, uri: str, seconds: float = LOAD_WAIT) -> None:
    """Wait until this page (not the one before it) has finished parsing.

    `driver.get` alone returned early now and then on a busy machine: two runs
    over the same 29 pages gave 8 different texts, some blank, some cut off
    mid-page. Polling readyState and the URL made runs agree.
    """
    check = f"document.readyState === 'complete' && location.href === {json.dumps(uri)}"
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not evaluate(driver, check):
        time.sleep(0.2)


def chromium_text(driver, raw: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".html") as page:
        page.write(raw)
        page.flush()
        uri = Path(page.name).as_uri()
        try:
            driver.get(uri)
        except Exception:  # a page still loading at the timeout: read what is there
            pass
        wait_loaded(driver, uri)
        text = evaluate(driver, "document.body ? document.body.innerText : ''")
    return text or ""


# The page list of each labelled set that has traf-dev pages (wcxb-dev ships its own renderings).
PAGE_LISTS = {"heldout": HERE / "heldout_pages.json", "tune2": HERE / "tune2_pages.json"}


def traf_ids(sets: list[str], data: Path = DATA) -> list[str]:
    """The traf-dev ids of the given sets' page lists, each once, in list order.

    "all" is every traf-dev page, in gold.jsonl's order.
    """
    if sets == ["all"]:
        with (data / "traf-dev" / "gold.jsonl").open(encoding="utf-8") as lines:
            return [json.loads(line)["id"] for line in lines]
    ids: list[str] = []
    for name in sets:
        listed = json.loads(PAGE_LISTS[name].read_text(encoding="utf-8"))["traf-dev"]
        ids += [pid for pid in listed if pid not in ids]
    return ids


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--only", choices=RENDERINGS)
    ap.add_argument("--set", choices=[*sorted(PAGE_LISTS), "all"],
                    help="one set's pages, or every traf-dev page (default: every labelled set's)")
    ap.add_argument("--out", type=Path, default=OUT, help="where <rendering>/<id>.txt.gz go")
    args = ap.parse_args()
    wanted = [args.only] if args.only else list(RENDERINGS)
    driver = chromium_driver() if "chromium" in wanted else None
    try:
        for pid in traf_ids([args.set] if args.set else list(PAGE_LISTS), args.data):
            raw = gzip.open(args.data / "traf-dev" / "pages" / f"{pid}.html.gz").read()
            for rendering in wanted:
                text = chromium_text(driver, raw) if rendering == "chromium" else inscriptis_text(raw)
                target = args.out / rendering / f"{pid}.txt.gz"
                target.parent.mkdir(parents=True, exist_ok=True)
                # mtime=0: the same text gives the same bytes, so a rerun leaves git clean.
                target.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
                print(f"{rendering} {pid} {len(text)} chars")
    finally:
        if driver is not None:
            driver.quit()


if __name__ == "__main__":
    main()
