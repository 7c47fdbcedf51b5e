"""Score artextract's headline / standfirst / captions / key points against hand labels.

    python benchmarks/fields/score.py [--set dev|heldout|tune2] [--mode html|chromium|inscriptis|all]
                                      [--data DIR] [--labels FILE] [--out FILE.json] [--verbose]

Sets (see README.md): `dev` = labels.json, 48 wcxb-dev pages, the set to tune on;
`heldout` = labels_heldout.json, 69 pages of wcxb-dev and traf-dev picked by a
fixed rule, kept apart (report it, never tune on it); `tune2` = labels_tune2.json,
29 traf-dev pages of fit-half sites picked by a fixed rule, mostly not English,
the second set to tune on. Pages: WCXB development
set (Murrough Foley, 2026, CC-BY-4.0) at ../shared/data/wcxb-dev and the
trafilatura evaluation pages at ../shared/data/traf-dev.

Modes: `html` runs `extract(html, input_type="html", url=...)`; `chromium` and
`inscriptis` run `extract(text, input_type="text")` on a text rendering of the
page (wcxb-dev's text/, or renderings/ here for traf-dev, made by
render_texts.py), without URL, as pasted text arrives.

Matching rules (captions and key points alike):
  * texts are normalised: NFKC, soft hyphens dropped, lowercase,
    punctuation -> space, spaces folded;
  * a prediction matches a label when one normalised text contains the other
    (on word boundaries) or their token F1 is >= 0.8;
  * matching is one-to-one, greedy per label, best token F1 first;
  * precision / recall / F1 are micro-averaged over all items of all pages.
A caption's matching text is its `text`, or its `credit` when the text is empty
(credit-only captions such as "Source: Sculpt"). Credit accuracy is measured on
matched captions: normalised credit equal, null == null counts as correct.
Standfirst and headline: exact after normalisation, null == null counts.
"Invented": pages whose label has no captions (key points) but artextract
returns some.

`--verbose` lists per-page errors of pages on fit-half sites only (benchmarks/data.py
`half_of`): the dev set holds pages of held-half sites, which are scored but never
shown; the held-apart set is totals only, never listed.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repo root, not in src/

from benchmarks.data import FIT, half_of, site_of  # noqa: E402

DEFAULT_DATA = HERE.parents[2] / "shared" / "data" / "wcxb-dev"
SETS = {"dev": HERE / "labels.json", "heldout": HERE / "labels_heldout.json", "tune2": HERE / "labels_tune2.json"}
MODES = ("html", "chromium", "inscriptis")
RENDERINGS_DIR = HERE / "renderings"  # text renderings of traf-dev pages (render_texts.py)


def norm(text: str | None) -> str:
    if not text:
        return ""
    # A soft hyphen is invisible to the reader but would split a word in two.
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "").lower()
    text = re.sub(r"[^\w\s]|_", " ", text)
    return " ".join(text.split())


def token_f1(a: str, b: str) -> float:
    ta, tb = a.split(), b.split()
    if not ta or not tb:
        return 0.0
    common = sum((Counter(ta) & Counter(tb)).values())
    if not common:
        return 0.0
    p, r = common / len(tb), common / len(ta)
    return 2 * p * r / (p + r)


def contains(a: str, b: str) -> bool:
    if not a or not b:
        return False
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def matches(a: str, b: str) -> bool:
    return contains(a, b) or token_f1(a, b) >= 0.8


def pair(labels: list[str], preds: list[str]) -> list[tuple[int, int]]:
    """One-to-one greedy matching: label index -> prediction index."""
    used: set[int] = set()
    out = []
    for li, lab in enumerate(labels):
        best, best_score = None, -1.0
        for pi, pred in enumerate(preds):
            if pi in used or not matches(lab, pred):
                continue
            score = token_f1(lab, pred) + (0.5 if lab == pred else 0.0)
            if score > best_score:
                best, best_score = pi, score
        if best is not None:
            used.add(best)
            out.append((li, best))
    return out


def caption_key(text: str | None, credit: str | None) -> str:
    return norm(text) or norm(credit)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@functools.lru_cache(maxsize=None)
def traf_urls(traf_dir: Path) -> dict[str, str]:
    lines = (traf_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return {rec["id"]: rec["url"] for rec in map(json.loads, filter(str.strip, lines))}


def page_url(pid: str, label: dict, data: Path) -> str | None:
    """The page's URL, from its dataset's records (`data`: the wcxb-dev directory)."""
    if label.get("dataset", "wcxb-dev") == "traf-dev":
        return traf_urls(data.parent / "traf-dev")[pid]
    return json.loads((data / "ground-truth" / f"{pid}.json").read_text(encoding="utf-8"))["url"]


def listable(pid: str, label: dict, data: Path) -> bool:
    """Whether a page's own errors may be shown: its site is on the fit half (never a held-half one)."""
    return half_of(site_of(page_url(pid, label, data), pid)) == FIT


def page_input(pid: str, label: dict, data: Path, mode: str = "html") -> tuple[bytes | str, str | None]:
    """The page as artextract gets it in `mode`: HTML bytes with the URL, or a text rendering without one.

    `data` is the wcxb-dev directory (the dev set lives there); traf-dev is its sibling.
    """
    if label.get("dataset", "wcxb-dev") == "traf-dev":
        traf = data.parent / "traf-dev"
        if mode == "html":
            return gzip.open(traf / "pages" / f"{pid}.html.gz").read(), traf_urls(traf)[pid]
        return gzip.decompress((RENDERINGS_DIR / mode / f"{pid}.txt.gz").read_bytes()).decode("utf-8"), None
    if mode == "html":
        return gzip.open(data / "html" / f"{pid}.html.gz").read(), page_url(pid, label, data)
    return (data / "text" / mode / f"{pid}.txt").read_text(encoding="utf-8"), None


def run_extract(page: bytes | str, url: str | None, mode: str):
    """(article or None, error or None, seconds). A crash scores as an empty result."""
    import artextract

    if mode != "html" and not page.strip():
        # Some renderings are blank (the page needs scripts): nothing to paste,
        # so an empty result rather than a crash to report.
        return None, None, 0.0
    started = time.perf_counter()
    try:
        art = artextract.extract(page, input_type="html" if mode == "html" else "text", url=url)
        error = None
    except Exception as exc:
        art, error = None, f"{type(exc).__name__}: {exc}"
    return art, error, time.perf_counter() - started


def run_page(pid: str, label: dict, data: Path, mode: str = "html") -> dict:
    page, url = page_input(pid, label, data, mode)
    art, error, seconds = run_extract(page, url, mode)
    return score_page(pid, label, art, error, seconds)


def score_page(pid: str, label: dict, art, error: str | None, seconds: float) -> dict:
    pred_caps = [{"text": c.text, "credit": c.credit} for c in (art.captions if art else [])]
    pred_kps = list(art.key_points) if art else []
    gold_caps = label["captions"]
    gold_kps = label["key_points"]

    cap_pairs = pair([caption_key(c["text"], c["credit"]) for c in gold_caps],
                     [caption_key(c["text"], c["credit"]) for c in pred_caps])
    credit_ok = [norm(gold_caps[li]["credit"]) == norm(pred_caps[pi]["credit"]) for li, pi in cap_pairs]
    # the same, only for captions that have a description (not credit-only)
    credit_ok_text = [ok for (li, _), ok in zip(cap_pairs, credit_ok) if gold_caps[li]["text"]]
    kp_pairs = pair([norm(k) for k in gold_kps], [norm(k) for k in pred_kps])

    headline = art.headline if art else None
    standfirst = art.standfirst if art else None
    return {
        "id": pid,
        "group": label.get("group"),
        "language": label.get("language"),
        "error": error,
        "seconds": round(seconds, 4),
        "headline": {"gold": label["headline"], "pred": headline,
                     "ok": norm(label["headline"]) == norm(headline),
                     "lenient": matches(norm(label["headline"]), norm(headline))},
        "standfirst": {"gold": label["standfirst"], "pred": standfirst,
                       "ok": norm(label["standfirst"]) == norm(standfirst),
                       "lenient": (label["standfirst"] is None) == (standfirst is None)
                       and (standfirst is None or matches(norm(label["standfirst"]), norm(standfirst)))},
        "captions": {"gold": gold_caps, "pred": pred_caps, "tp": len(cap_pairs),
                     "pairs": cap_pairs, "credit_ok": sum(credit_ok), "credit_n": len(credit_ok),
                     "credit_ok_text": sum(credit_ok_text), "credit_n_text": len(credit_ok_text),
                     "missed": [gold_caps[i] for i in range(len(gold_caps)) if i not in {a for a, _ in cap_pairs}],
                     "spurious": [pred_caps[i] for i in range(len(pred_caps)) if i not in {b for _, b in cap_pairs}],
                     "credit_wrong": [(gold_caps[li], pred_caps[pi]) for (li, pi), ok in zip(cap_pairs, credit_ok) if not ok]},
        "key_points": {"gold": gold_kps, "pred": pred_kps, "tp": len(kp_pairs),
                       "missed": [gold_kps[i] for i in range(len(gold_kps)) if i not in {a for a, _ in kp_pairs}],
                       "spurious": [pred_kps[i] for i in range(len(pred_kps)) if i not in {b for _, b in kp_pairs}]},
    }


def summarise(pages: list[dict]) -> dict:
    def total(field, key):
        return sum(p[field][key] if isinstance(p[field][key], int) else len(p[field][key]) for p in pages)

    cap_tp, cap_pred, cap_gold = total("captions", "tp"), total("captions", "pred"), total("captions", "gold")
    kp_tp, kp_pred, kp_gold = total("key_points", "tp"), total("key_points", "pred"), total("key_points", "gold")
    n = len(pages)
    no_cap = [p for p in pages if not p["captions"]["gold"]]
    no_kp = [p for p in pages if not p["key_points"]["gold"]]
    with_sf = [p for p in pages if p["standfirst"]["gold"] is not None]
    return {
        "pages": n,
        "errors": sum(1 for p in pages if p["error"]),
        "captions": dict(zip(("precision", "recall", "f1"), prf(cap_tp, cap_pred, cap_gold)),
                         tp=cap_tp, pred=cap_pred, gold=cap_gold,
                         credit_accuracy=(sum(p["captions"]["credit_ok"] for p in pages)
                                          / max(1, sum(p["captions"]["credit_n"] for p in pages))),
                         credit_matched=sum(p["captions"]["credit_n"] for p in pages),
                         credit_accuracy_described=(sum(p["captions"]["credit_ok_text"] for p in pages)
                                                    / max(1, sum(p["captions"]["credit_n_text"] for p in pages))),
                         credit_matched_described=sum(p["captions"]["credit_n_text"] for p in pages)),
        "key_points": dict(zip(("precision", "recall", "f1"), prf(kp_tp, kp_pred, kp_gold)),
                           tp=kp_tp, pred=kp_pred, gold=kp_gold),
        "headline": {"accuracy": sum(p["headline"]["ok"] for p in pages) / n,
                     "lenient": sum(p["headline"]["lenient"] for p in pages) / n},
        "standfirst": {"accuracy": sum(p["standfirst"]["ok"] for p in pages) / n,
                       "lenient": sum(p["standfirst"]["lenient"] for p in pages) / n,
                       "labelled": len(with_sf),
                       "found_when_labelled": sum(p["standfirst"]["ok"] for p in with_sf),
                       "invented": sum(1 for p in pages if p["standfirst"]["gold"] is None and p["standfirst"]["pred"])},
        "invented": {"caption_pages": sum(1 for p in no_cap if p["captions"]["pred"]),
                     "caption_items": sum(len(p["captions"]["pred"]) for p in no_cap),
                     "pages_without_captions": len(no_cap),
                     "key_point_pages": sum(1 for p in no_kp if p["key_points"]["pred"]),
                     "key_point_items": sum(len(p["key_points"]["pred"]) for p in no_kp),
                     "pages_without_key_points": len(no_kp)},
    }


def _rows(s: dict) -> list[tuple[str, str]]:
    """(row name, cell) for one mode's summary: precision and recall shown, not F1 alone."""
    c, k, h, sf, inv = s["captions"], s["key_points"], s["headline"], s["standfirst"], s["invented"]
    return [
        ("captions P / R / F1 (by figure)", f"{c['precision']:.3f} / {c['recall']:.3f} / {c['f1']:.3f}"),
        ("captions matched / predicted / labelled", f"{c['tp']} / {c['pred']} / {c['gold']}"),
        ("caption credit accuracy (all / described)",
         f"{c['credit_accuracy']:.3f} on {c['credit_matched']} / {c['credit_accuracy_described']:.3f} on {c['credit_matched_described']}"),
        ("key points P / R / F1", f"{k['precision']:.3f} / {k['recall']:.3f} / {k['f1']:.3f}"),
        ("key points matched / predicted / labelled", f"{k['tp']} / {k['pred']} / {k['gold']}"),
        ("headline accuracy (lenient)", f"{h['accuracy']:.3f} ({h['lenient']:.3f})"),
        ("standfirst accuracy (lenient)", f"{sf['accuracy']:.3f} ({sf['lenient']:.3f})"),
        ("standfirst found / labelled; invented", f"{sf['found_when_labelled']} / {sf['labelled']}; {sf['invented']}"),
        ("pages without captions given some", f"{inv['caption_pages']} of {inv['pages_without_captions']} ({inv['caption_items']} captions)"),
        ("pages without key points given some",
         f"{inv['key_point_pages']} of {inv['pages_without_key_points']} ({inv['key_point_items']} points)"),
        ("pages / errors", f"{s['pages']} / {s['errors']}"),
    ]


def table(summaries: dict[str, dict]) -> str:
    """One markdown table, a column per mode (html, chromium, inscriptis)."""
    columns = {mode: dict(_rows(s)) for mode, s in summaries.items()}
    names = [name for name, _ in _rows(next(iter(summaries.values())))]
    lines = ["| field | " + " | ".join(columns) + " |", "|---|" + "---|" * len(columns)]
    lines += [f"| {name} | " + " | ".join(col[name] for col in columns.values()) + " |" for name in names]
    return "\n".join(lines)


def details(pages: list[dict]) -> str:
    lines = []
    for p in pages:
        bits = []
        if p["error"]:
            bits.append(f"ERROR {p['error']}")
        if not p["headline"]["ok"]:
            bits.append(f"headline {p['headline']['pred']!r} != {p['headline']['gold']!r}")
        if not p["standfirst"]["ok"]:
            bits.append(f"standfirst {str(p['standfirst']['pred'])[:70]!r} != {str(p['standfirst']['gold'])[:70]!r}")
        c, k = p["captions"], p["key_points"]
        if c["missed"] or c["spurious"] or c["credit_wrong"]:
            bits.append(f"captions missed {len(c['missed'])} spurious {len(c['spurious'])} credit-wrong {len(c['credit_wrong'])}"
                        + (f" e.g. spurious {c['spurious'][0]}" if c["spurious"] else "")
                        + (f" e.g. credit {c['credit_wrong'][0][1]} vs gold {c['credit_wrong'][0][0]['credit']!r}" if c["credit_wrong"] else ""))
        if k["missed"] or k["spurious"]:
            bits.append(f"key points missed {len(k['missed'])} spurious {len(k['spurious'])}"
                        + (f" e.g. spurious {k['spurious'][0][:70]!r}" if k["spurious"] else ""))
        if bits:
            lines.append(f"- {p['id']}: " + "; ".join(bits))
    return "\n".join(lines)


def score_set(labels: dict, data: Path, mode: str) -> tuple[dict, list[dict]]:
    pages = [run_page(pid, lab, data, mode) for pid, lab in sorted(labels.items())]
    return summarise(pages), pages


def print_details(results: dict, labels: dict, args: argparse.Namespace) -> None:
    """The per-page errors of the pages that may be shown (`listable`); the held-apart set shows none."""
    if args.set == "heldout" and not args.labels:
        print("\nper-page differences: not listed for the held-apart set (totals only)")
        return
    shown = {pid for pid, label in labels.items() if listable(pid, label, args.data)}
    for mode, (_, pages) in results.items():
        listed = details([page for page in pages if page["id"] in shown])
        print(f"\nper-page differences ({mode}; {len(labels) - len(shown)} pages of held-half sites not listed):\n"
              + (listed or "(none)"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), default="dev", help="dev or tune2 (tune on them) or heldout (report only)")
    ap.add_argument("--mode", choices=MODES + ("all",), default="html", help="input: the HTML or a text rendering")
    ap.add_argument("--labels", type=Path, help="a labels file other than the set's")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the wcxb-dev directory (traf-dev is its sibling)")
    ap.add_argument("--out", type=Path, help="write per-page detail as JSON")
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="list per-page errors after the table (pages of fit-half sites only; never the heldout set)")
    args = ap.parse_args(argv)

    labels = json.loads((args.labels or SETS[args.set]).read_text(encoding="utf-8"))["pages"]
    modes = MODES if args.mode == "all" else (args.mode,)
    results = {mode: score_set(labels, args.data, mode) for mode in modes}
    print(f"set {args.set}: {len(labels)} pages\n")
    print(table({mode: summary for mode, (summary, _) in results.items()}))
    if args.verbose:
        print_details(results, labels, args)
    if args.out:
        detail = {mode: {"summary": summary, "pages": pages} for mode, (summary, pages) in results.items()}
        args.out.write_text(json.dumps(detail, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
