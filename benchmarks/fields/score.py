"""Score artextract's headline / standfirst / captions / key points against hand labels.

    python benchmarks/fields/score.py [--labels FILE] [--data DIR] [--out FILE.json] [--verbose]

Labels: benchmarks/fields/labels.json (see README.md). Pages: WCXB development
set (Murrough Foley, 2026, CC-BY-4.0) at ../shared/data/wcxb-dev.

Matching rules (captions and key points alike):
  * texts are normalised: NFKC, lowercase, punctuation -> space, spaces folded;
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
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parents[2] / "shared" / "data" / "wcxb-dev"


def norm(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).lower()
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


def run_page(pid: str, label: dict, data: Path) -> dict:
    import artextract

    html = gzip.open(data / "html" / f"{pid}.html.gz").read()
    url = json.loads((data / "ground-truth" / f"{pid}.json").read_text())["url"]
    started = time.perf_counter()
    try:
        art = artextract.extract(html, input_type="html", url=url)
        error = None
    except Exception as exc:  # a crash scores as an empty result
        art, error = None, f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - started

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


def table(s: dict) -> str:
    c, k, h, sf, inv = s["captions"], s["key_points"], s["headline"], s["standfirst"], s["invented"]
    rows = [
        ("| field | score | detail |", None),
        ("|---|---|---|", None),
        (f"| captions F1 | {c['f1']:.3f} | P {c['precision']:.3f} R {c['recall']:.3f} "
         f"({c['tp']} matched / {c['pred']} predicted / {c['gold']} labelled) |", None),
        (f"| caption credit accuracy | {c['credit_accuracy']:.3f} | on {c['credit_matched']} matched captions; {c['credit_accuracy_described']:.3f} on the "
         f"{c['credit_matched_described']} that have a description (not credit-only) |", None),
        (f"| key points F1 | {k['f1']:.3f} | P {k['precision']:.3f} R {k['recall']:.3f} "
         f"({k['tp']} / {k['pred']} / {k['gold']}) |", None),
        (f"| headline accuracy | {h['accuracy']:.3f} | lenient (containment / token F1 >= 0.8) {h['lenient']:.3f} |", None),
        (f"| standfirst accuracy | {sf['accuracy']:.3f} | lenient {sf['lenient']:.3f}; found {sf['found_when_labelled']}/{sf['labelled']} labelled; "
         f"{sf['invented']} invented |", None),
        (f"| invented captions | {inv['caption_pages']} pages | {inv['caption_items']} captions on "
         f"{inv['pages_without_captions']} pages labelled without captions |", None),
        (f"| invented key points | {inv['key_point_pages']} pages | {inv['key_point_items']} key points on "
         f"{inv['pages_without_key_points']} pages labelled without key points |", None),
    ]
    return f"{s['pages']} pages, {s['errors']} errors\n\n" + "\n".join(r for r, _ in rows)


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", type=Path, default=HERE / "labels.json")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, help="write per-page detail as JSON")
    ap.add_argument("--verbose", "-v", action="store_true", help="list per-page errors after the table")
    args = ap.parse_args(argv)

    labels = json.loads(args.labels.read_text(encoding="utf-8"))["pages"]
    pages = [run_page(pid, lab, args.data) for pid, lab in sorted(labels.items())]
    summary = summarise(pages)
    print(table(summary))
    if args.verbose:
        print("\nper-page differences:\n" + (details(pages) or "(none)"))
    if args.out:
        args.out.write_text(json.dumps({"summary": summary, "pages": pages}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
