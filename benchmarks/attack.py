"""Hostile input, shape by shape: CPU time and peak memory of artextract next to trafilatura.

Each shape is built in a fresh child process per system, which extracts it
once and reports the CPU time of the extraction alone; its peak memory (the
whole child: interpreter, libraries, the input itself) comes from the kernel
when it exits. A fresh process per measurement, because peak RSS is a
high-water mark that an earlier shape would mask, and so that one runaway
shape cannot take the others down. Children are capped (address space, wall
clock) so a shape that runs away ends as a line in the table, not as a
swapping machine.

    python -m benchmarks.attack                       # every shape, both systems, a Markdown table
    python -m benchmarks.attack --only issue-p-bomb,bullets-100k --systems artextract
    python -m benchmarks.attack --list                # the shapes and what each is

The target (issue 15): every shape within 5 s of CPU and 500 MB, or a clear
error. `tests/test_attack.py` keeps the fast ones in the test suite.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

ARTEXTRACT = "artextract"
TRAFILATURA = "trafilatura"
SYSTEMS = (ARTEXTRACT, TRAFILATURA)

TARGET_CPU_S = 5.0
TARGET_PEAK_MB = 500
# Limits of a child: past these a shape is reported as killed or out of memory.
CHILD_TIMEOUT_S = 120
CHILD_ADDRESS_SPACE = 6 * 1024**3

_PAGE_HEAD = b"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Hostile page</title></head><body>"
_ARTICLE = (b"<article><h1>A headline for the story</h1><p>The first paragraph of the story has enough words "
            b"to be a paragraph of prose, and it ends with a full stop.</p></article>")


def _page(body: bytes) -> bytes:
    return _PAGE_HEAD + _ARTICLE + body + b"</body></html>"


def _many_attributes(elements: int, attributes: int) -> bytes:
    names = b" ".join(b"a%d=1" % index for index in range(attributes))
    return _page((b"<div " + names + b">x</div>") * elements)


def _json_ld_email_bait() -> bytes:
    authors = ", ".join(json.dumps({"@type": "Person", "name": "@." * 199 + "@"}) for _ in range(20))
    script = '<script type="application/ld+json">{"@type": "NewsArticle", "author": [' + authors + "]}</script>"
    return _page(script.encode())


@dataclass(frozen=True, slots=True)
class Shape:
    name: str
    what: str
    build: Callable[[], bytes]


SHAPES: tuple[Shape, ...] = (
    # The reproducers of issue 15, as the issue gives them.
    Shape("issue-p-bomb", "20 KB gzip of '<p>a' x 5.2M (item 1)",
          lambda: gzip.compress(b"<html><body>" + b"<p>a" * 5_200_000, 9)),
    Shape("p-200k", "200k paragraphs of a few words (item 1)",
          lambda: _page(b"".join(b"<p>Paragraph %d of a long page, with a few words.</p>" % i for i in range(200_000)))),
    Shape("text-lines-1m", "1M short text lines (item 1)",
          lambda: b"".join(b"Line %d of the text\n" % i for i in range(1_000_000))),
    Shape("text-short-lines-48mb", "48 MB of short text lines (item 1)", lambda: b"short line\n" * 4_400_000),
    Shape("bullets-100k", "'\u2022 point here' x 100k lines of text (item 4)",
          lambda: "\u2022 point here\n".encode() * 100_000),
    Shape("charset-base64", "<meta charset=base64> (item 2)",
          lambda: b'<meta charset="base64"><p>Some words.</p>'),
    Shape("utf32-be-bom", "UTF-32-BE with a BOM (item 3)",
          lambda: ("\ufeff" + _page(b"").decode()).encode("utf-32-be")),
    Shape("utf16-le-no-bom", "UTF-16-LE without a BOM (item 3)", lambda: _page(b"").decode().encode("utf-16-le")),
    Shape("jsonld-email-bait", "20 JSON-LD authors '@.' x 199 + '@' (item 13)", _json_ld_email_bait),
    # Node bombs, long lists, deep nesting.
    Shape("li-100k", "a list of 100k linked items", lambda: _page(
        b"<ul>" + b"".join(b'<li><a href="/item/%d">Item %d</a></li>' % (i, i) for i in range(100_000)) + b"</ul>")),
    Shape("table-100k-rows", "a table of 100k rows", lambda: _page(
        b"<table>" + b"<tr><td>cell one</td><td>cell two</td></tr>" * 100_000 + b"</table>")),
    Shape("meta-100k", "100k <meta> tags", lambda: _page(b'<meta name="description" content="words here">' * 100_000)),
    Shape("deep-div-100k", "100k nested <div>", lambda: _page(b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000)),
    Shape("deep-inline-100k", "100k unclosed inline tags", lambda: _page(b"<p>" + b"<b><i><span>" * 33_333 + b"x")),
    # Huge attributes.
    Shape("attr-value-40mb", "one attribute value of 40 MB", lambda: _page(b'<div title="' + b"a" * 40_000_000 + b'">x</div>')),
    Shape("attrs-100k", "one element with 100k attributes", lambda: _many_attributes(1, 100_000)),
    Shape("attrs-2k-x-2k", "2,000 elements with 2,000 attributes each", lambda: _many_attributes(2_000, 2_000)),
    # Long lines.
    Shape("line-30mb-html", "one paragraph of 30 MB of words", lambda: _page(b"<p>" + b"word " * 6_000_000 + b"</p>")),
    Shape("line-30mb-text", "one text line of 30 MB of words", lambda: b"word " * 6_000_000),
    Shape("line-cjk-45mb-html", "one paragraph of 15M CJK characters (45 MB)",
          lambda: _page(b"<p>" + "漢字。".encode() * 5_000_000 + b"</p>")),
    Shape("line-emoji-48mb-html", "one paragraph of 12M emoji (48 MB)",
          lambda: _page(b"<p>" + "😀".encode() * 12_000_000 + b"</p>")),
    Shape("line-emoji-48mb-text", "one text line of 12M emoji (48 MB)", lambda: "😀".encode() * 12_000_000),
    Shape("nospace-30mb-text", "one text line of 30 MB without a space", lambda: b"x" * 30_000_000),
    # Regex bait: long runs where patterns look for bylines, titles, dates, credits.
    Shape("title-spaces-1mb", "a <title> with 1M spaces before its separator",
          lambda: _page(b"").replace(b"Hostile page", b"Story" + b" " * 1_000_000 + b"| Site")),
    Shape("byline-spaces-text", "a text byline with 10k spaces, 1,000 times",
          lambda: (b"Headline of the story\n" + (b"By Jane" + b" " * 10_000 + b"Doe\n") * 1_000)),
    Shape("caption-bait", "10k figcaptions of spaces and a credit", lambda: _page(
        (b"<figure><figcaption>A river" + b" " * 900 + b"(Photo: AP)</figcaption></figure>") * 10_000)),
    # One box holding an <h1>, an image and 5,000 caption-named pieces outside a figure: each piece asked
    # the box for its image, its <h1> and its place before the image (25-260 s before 9c4106f).
    Shape("caption-spans-one-box", "5,000 caption spans beside one image and <h1> in one box", lambda: _page(
        b"<div><h1>Plan agreed</h1><img src=a.jpg>"
        + b'<span class="news-imgcaption">Harbour at dusk</span> words ' * 5_000 + b"</div>")),
    Shape("mojibake-20mb", "20 MB of text double-encoded as UTF-8 ('isn\u00e2\u20ac\u2122t')",
          lambda: ("It isn\u2019t finished \u2013 the caf\u00e9 opens.\n" * 500_000).encode().decode("cp1252").encode()),
    Shape("mojibake-mixed-20mb", "20 MB of double-encoded text with one correct 'ü' (ftfy's work)",
          lambda: ("Zürich\n" + "It isn’t finished – the café opens.\n".encode().decode("cp1252") * 450_000).encode()),
    Shape("billion-laughs", "nested XML entities", lambda: b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
          + b"".join(b'<!ENTITY %c "%s">' % (98 + i, (b"&%c;" % (97 + i)) * 10) for i in range(9))
          + b"]><html><body><p>&j;</p></body></html>"),
)


def _run_one(system: str, data: bytes) -> str:
    """Extract once in this process; the outcome as one short line."""
    if system == ARTEXTRACT:
        from artextract import InputError, extract

        try:
            article = extract(data)
        except InputError as error:
            return f"error: {error}"
        note = f"; {article.warnings[0]}" if article.warnings else ""
        return f"{len(article.body):,} chars{note}"
    import trafilatura

    text = trafilatura.extract(data, include_comments=False, include_tables=True)
    return f"{len(text or ''):,} chars" if text is not None else "no text"


def child(system: str, name: str) -> None:
    """The measurement in a fresh process: JSON with the extraction's CPU seconds and outcome."""
    shape = next(shape for shape in SHAPES if shape.name == name)
    data = shape.build()
    if system == TRAFILATURA:
        import trafilatura  # noqa: F401  (imported before the clock starts, as artextract's lxml is below)
    else:
        import artextract.html  # noqa: F401
    start = time.process_time()
    try:
        outcome = _run_one(system, data)
    except MemoryError:
        outcome = "MemoryError"
    except Exception as error:  # noqa: BLE001 - a crash is a result here
        outcome = f"crash: {type(error).__name__}: {str(error)[:80]}"
    print(json.dumps({"cpu": time.process_time() - start, "outcome": outcome, "bytes": len(data)}))


@dataclass(slots=True)
class Measurement:
    cpu: float | None
    peak_mb: float
    outcome: str
    size: int | None = None


def _limit_child() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_ADDRESS_SPACE, CHILD_ADDRESS_SPACE))


def measure(system: str, shape: Shape) -> Measurement:
    """One shape, one system, one fresh process; its peak RSS from wait4."""
    command = [sys.executable, "-m", "benchmarks.attack", "--child", system, shape.name]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, preexec_fn=_limit_child,
                               cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    deadline = time.monotonic() + CHILD_TIMEOUT_S
    while time.monotonic() < deadline:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        time.sleep(0.05)
    else:
        process.kill()
        _, status, usage = os.wait4(process.pid, 0)
        return Measurement(None, usage.ru_maxrss / 1024, f"killed after {CHILD_TIMEOUT_S} s")
    output = process.stdout.read().decode("utf-8", "replace").strip().splitlines()
    peak = usage.ru_maxrss / 1024
    if status != 0 or not output:
        return Measurement(None, peak, f"died (status {status})")
    result = json.loads(output[-1])
    return Measurement(result["cpu"], peak, result["outcome"], result["bytes"])


def within_target(result: Measurement) -> bool:
    if result.outcome.startswith("error:"):
        return True  # a clear error is an acceptable end for a hostile input
    return result.cpu is not None and result.cpu < TARGET_CPU_S and result.peak_mb < TARGET_PEAK_MB


def _cells(result: Measurement | None) -> list[str]:
    if result is None:
        return ["", "", ""]
    cpu = f"{result.cpu:.2f}" if result.cpu is not None else "-"
    return [cpu, f"{result.peak_mb:.0f}", result.outcome[:70].replace("|", "/")]


def _size(size: int | None) -> str:
    if size is None:
        return "?"
    return f"{size / 1024**2:.1f} MB" if size >= 1024**2 else f"{size / 1024:.1f} KB"


def table(rows: list[tuple[Shape, dict[str, Measurement]]], systems: list[str]) -> str:
    header = ["shape", "input"]
    for system in systems:
        header += [f"{system} CPU s", "peak MB", "outcome"]
    header.append("target")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for shape, results in rows:
        size = next((result.size for result in results.values() if result.size is not None), None)
        cells = [shape.name, _size(size)]
        for system in systems:
            cells += _cells(results.get(system))
        ours = results.get(ARTEXTRACT)
        cells.append("" if ours is None else ("yes" if within_target(ours) else "**no**"))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="comma-separated shape names")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="artextract, trafilatura or both")
    parser.add_argument("--list", action="store_true", help="list the shapes and exit")
    parser.add_argument("--child", nargs=2, metavar=("SYSTEM", "SHAPE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    if args.list:
        for shape in SHAPES:
            print(f"{shape.name:24} {shape.what}")
        return 0
    wanted = set(args.only.split(",")) if args.only else None
    systems = [system for system in args.systems.split(",") if system in SYSTEMS]
    rows = []
    for shape in SHAPES:
        if wanted is None or shape.name in wanted:
            rows.append((shape, {system: measure(system, shape) for system in systems}))
            print(f"{shape.name}: done", file=sys.stderr, flush=True)
    print(table(rows, systems))
    return 0 if all(within_target(results[ARTEXTRACT]) for _, results in rows if ARTEXTRACT in results) else 1


if __name__ == "__main__":
    sys.exit(main())
