"""Reproduce the choice of labelled pages (see README.md). Prints the ids per group.

    python benchmarks/fields/select_pages.py [--data DIR]
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

from lxml import html as lxml_html

HERE = Path(__file__).resolve().parent
KP_LABEL = re.compile(r"^(highlights|key takeaways?|key points|what you need to know|in brief|tl;?dr:?|at a glance"
                      r"|summary|das wichtigste|key findings|in short|quick summary|story highlights|the big picture)\s*:?$", re.I)


def has_key_point_list(raw: bytes) -> bool:
    """A short heading-like 'Key takeaways' / 'Highlights' / ... followed within 3 siblings by a 2-8 item list."""
    doc = lxml_html.fromstring(raw)
    for el in doc.iter("h2", "h3", "h4", "h5", "strong", "b", "p", "div", "span", "summary"):
        if not KP_LABEL.match(" ".join(el.text_content().split())):
            continue
        anchor = el.getparent() if el.tag in ("strong", "b", "span") else el
        for sib in list(anchor.itersiblings())[:3]:
            lists = [sib] if sib.tag in ("ul", "ol") else sib.xpath(".//ul|.//ol")
            if lists:
                if 2 <= len(lists[0].xpath("./li")) <= 8:
                    return True
                break
    return False


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=HERE.parents[2] / "shared" / "data" / "wcxb-dev")
    data = ap.parse_args().data
    articles = []
    for gt in sorted((data / "ground-truth").glob("*.json")):
        if json.loads(gt.read_text())["_internal"]["page_type"]["primary"] == "article":
            articles.append(gt.stem)
    base = articles[::34]
    raw = {pid: gzip.open(data / "html" / f"{pid}.html.gz").read() for pid in articles}
    with_fig = [p for p in articles if b"<figcaption" in raw[p].lower() and p not in base]
    figs = with_fig[5::25]
    with_kp = [p for p in articles if p not in base + figs and has_key_point_list(raw[p])]
    kps = with_kp[::5]
    print(json.dumps({"every-34th-article": base, "figcaption-supplement": figs, "key-point-supplement": kps}, indent=1))


if __name__ == "__main__":
    main()
