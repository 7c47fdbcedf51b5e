"""Warm the forkserver: extract two small pages before any worker is forked.

The extraction compiles many of its patterns on first use (a vocabulary's tries,
per-concept searches built when a page first asks for them): with the extraction
modules imported, the two pages below take about 55 ms of CPU the first time and
2.5 ms the second. The pool's forkserver imports this module (`pool._PRELOAD`):
the patterns are compiled once there, and every worker forked from it, a
replacement too, starts warm. A worker's first page is then charged for its own
work only, which keeps the per-page time limit fair (the limit starts when the
worker takes the page; on a loaded machine 55 ms of CPU may take the 0.2 s of a
tight limit) and spares each new worker the compile.

Importing this module runs the warm-up; it is an optimisation, so a failure in it
is swallowed (the first page compiles what it needs, as it would without it).
"""

from __future__ import annotations

from ..api import extract

# A small news page and its copied text: a headline, a byline, a dated line, a
# figure and its credit, prose, and a few lines of furniture, so that the stages
# of both modes run (an English page: other languages' patterns compile on the
# first page that needs them).
_HTML = (
    b"<html lang='en'><head><title>River cleanup draws hundreds</title></head><body>"
    b"<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
    b"<article><h1>River cleanup draws hundreds</h1><p class='byline'>By Jane Doe, March 3, 2024</p>"
    b"<figure><img src='river.jpg' alt=''><figcaption>Volunteers at work. Photo: Jane Doe</figcaption></figure>"
    + b"<p>Hundreds of volunteers joined the cleanup on Saturday along the river banks, collecting bags of litter.</p>" * 4
    + b"<p>Share this article</p></article><footer><p>Cookie settings</p></footer></body></html>"
)
_TEXT = "\n".join(
    ["Home", "News", "River cleanup draws hundreds", "By Jane Doe", "March 3, 2024"]
    + ["Hundreds of volunteers joined the cleanup on Saturday along the river banks, collecting bags of litter."] * 4
    + ["Share this article", "Related stories"]
)


def warm() -> None:
    """Extract the two pages once (each extraction empties its per-page memos when it ends)."""
    try:
        extract(_HTML, input_type="html")
        extract(_TEXT, input_type="text")
    except Exception:  # an optimisation only: the first real page compiles what it needs
        pass


warm()
