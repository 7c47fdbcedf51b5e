"""Reproduce the choice of labelled pages (see README.md). Prints the ids per group.

    python benchmarks/fields/select_pages.py [--data DIR]
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

from lxml import html as lxml_html

HERE = Path(__file__).resolve().parent
KP_LABEL = re.compile(r"^(highlights|key takeaways?|key points|what you need to know|in brief|tl;?dr:?|at a glance"
                      r"|summary|das wichtigste|key findings|in short|quick summary|story highlights|the big picture)\s*:?$", re.I)


# Group 4 (added later, see README): a wider net for key-point boxes. Any short
# element whose whole text is a summary label, in several languages, with or
# without a list under it ...
KP_LABEL_WIDE = re.compile(
    r"^(highlights|key takeaways?|key points|key facts|what you need to know|what to know|in brief|tl;?dr:?|at a glance"
    r"|summary|in short|quick summary|story highlights|the big picture|das wichtigste( in kürze)?|auf einen blick|in kürze"
    r"|kurz gesagt|lo más importante|puntos clave|en resumen|en bref|l'essentiel|à retenir|najważniejsze( informacje)?"
    r"|w skrócie|in sintesi|in breve|em resumo|resumo|samenvatting|in het kort|kort samengevat|sammanfattning|kortfattat)\s*:?$",
    re.I,
)
# ... or a key-point-like class name.
KP_CLASS = re.compile(rb'class="[^"]*\b(key-?points?|key-?takeaways?|takeaways|tldr|tl-dr|highlights|story-highlights|summary-list'
                      rb'|bullet-summary|article-summary|at-a-glance|in-brief|keyfacts|key-facts)\b', re.I)
CONTROL_SEED = 20261128


def has_key_point_hint(raw: bytes) -> bool:
    """A short element reading only 'Key takeaways' / 'TL;DR' / 'Das Wichtigste' ..., or a key-point class name."""
    if KP_CLASS.search(raw):
        return True
    doc = lxml_html.fromstring(raw)
    for el in doc.iter("h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "div", "span", "summary", "dt", "figcaption", "header"):
        text = " ".join(el.text_content().split())
        if len(text) < 40 and KP_LABEL_WIDE.match(text):
            return True
    return False


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
    taken = set(base + figs + kps)
    wide = [p for p in articles if p not in taken and (p in with_kp or has_key_point_hint(raw[p]))]
    kps2 = wide[2::5]
    others = [p for p in articles if p not in taken and p not in wide]
    controls = sorted(random.Random(CONTROL_SEED).sample(others, 4))
    print(json.dumps({"every-34th-article": base, "figcaption-supplement": figs, "key-point-supplement": kps,
                      "key-point-supplement-2": kps2, "random-control": controls}, indent=1))


if __name__ == "__main__":
    main()
