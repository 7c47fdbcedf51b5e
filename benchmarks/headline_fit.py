"""Fit the raw-text headline weights (rules.text.HEADLINE_WEIGHTS) on the fit half.

    python benchmarks/headline_fit.py dump OUT.json [--jobs 2]   # candidates + features
    python benchmarks/headline_fit.py dump-traf OUT.json --renderings DIR [--jobs 2]   # traf-dev, fit half only
    python benchmarks/headline_fit.py fit OUT.json [--l2 1.0] [--extra a,b] [--freeze]
    python benchmarks/headline_fit.py ceiling OUT.json               # why the fit half's misses miss
    python benchmarks/headline_fit.py misses OUT.json                # the fit half's outscored titles, and why
    python benchmarks/headline_fit.py moved BEFORE.json AFTER.json   # which fit pages a change moved

`dump` runs raw-text extraction on both renderings of every wcxb-dev article
page with a title and records, for the headline choice of each page, every
candidate line with its features and whether it matches the true title
(lenient). `fit` fits a conditional logit (softmax over a page's candidates,
the true candidates' mass maximised, L2 towards the current weights) on the
"fit" half and prints the accuracy of the top-scoring candidate on both
halves, then the weights. Needs numpy (not a dependency of the package).
`dump-traf` does the same on the traf-dev pages of the fit half only (the held
half's pages are never read), from the renderings of run.py's `--renderings`
directory; traf-dev has no true headline, so the HTML mode's headline stands in
for it (a fair proxy where it is the page's <h1>). `ceiling` reads either dump.
`ceiling` sorts the fit half's misses, per rendering: (a) no line of the text
is the title, (b) a line is but it is no candidate (above the look-back window,
below the look-ahead window, or inside them but not taken), (c) a candidate is
the title but another scores higher; and the accuracy if (b) and (c) were all fixed.
`misses` lists the fit half's (c) misses (never a held-apart labelled page, some of which sit on fit sites): the winning line, where it stands from the title
(`stands`), and the best-scoring true one, with the features whose weighted difference parts
them most; then per rendering the winners counted in the title's stack or farther
(`stack_tally`). `moved` compares two dumps (before and after a change): each half's
accuracy per rendering, and the fit half's pages whose choice turned right or wrong (the
held half only counted: its pages are never listed).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from functools import partial
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from benchmarks import scoring  # noqa: E402
from benchmarks.data import (  # noqa: E402
    RENDERINGS, TrafPage, data_dir, half_of, load_wcxb, read_gz, traf_html_path, traf_pages, wcxb_ids, wcxb_text,
)

_CALLS: list[tuple[int, list[str], list[tuple[int, str, dict[str, float]]]]] = []


def _spy() -> None:
    from artextract.classify import headline

    original = headline._best_candidate

    def spy(context, candidates):  # type: ignore[no-untyped-def]
        rows = [(i, context.blocks[i].text, headline._headline_features(context, i)) for i in candidates]
        _CALLS.append((context.body_start, [block.text for block in context.blocks], rows))
        return original(context, candidates)

    headline._best_candidate = spy


def _page(file_id: str) -> list[dict]:
    root = data_dir()
    page = load_wcxb(root, file_id)
    title = page.truth.get("title")
    if page.page_type != "article" or not title:
        return []
    records = []
    for rendering in RENDERINGS:
        text = wcxb_text(root, rendering, file_id)
        if text.strip():
            records.append({"page": file_id, "input": rendering, "half": half_of(page.site), **_choice(text, title)})
    return records


def _choice(text: str, title: str) -> dict:
    """The raw-text headline chosen from `text` and every candidate weighed, against `title`."""
    from artextract import extract

    _CALLS.clear()
    try:
        got = extract(text, input_type="text").headline
    except Exception:  # noqa: BLE001 - a crash is scored as a miss by run.py too
        got = None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    body_start, blocks, rows = _CALLS[0] if _CALLS else (None, [], [])
    return {
        "title": title,
        "got": got,
        "ok": bool(scoring.title_lenient(got, title)),
        "on_page": [n for n, line in enumerate(lines) if scoring.title_lenient(line, title)][:5],
        "cands": [{"i": i, "text": t, "f": f, "ok": bool(scoring.title_lenient(t, title))} for i, t, f in rows],
        # Where the text starts for the choice, and the lines (blocks) that are the title.
        "body_start": body_start,
        "title_lines": [n for n, line in enumerate(blocks) if title_line(line, title)],
    }


def _traf_page(renderings: Path, page: TrafPage) -> list[dict]:
    """A fit-half traf-dev page's choices on both renderings, the HTML mode's headline as the title."""
    from artextract import extract

    try:
        title = extract(read_gz(traf_html_path(data_dir(), page.page_id)), url=page.url, input_type="html").headline
    except Exception:  # noqa: BLE001 - no proxy title, no record
        title = None
    records = []
    for rendering in RENDERINGS if title else ():
        path = renderings / rendering / f"{page.page_id}.txt.gz"
        text = read_gz(path).decode("utf-8") if path.is_file() else ""
        if text.strip():
            records.append({"page": page.page_id, "site": page.site, "input": rendering, "half": "fit", **_choice(text, title)})
    return records


def title_line(line: str, title: str) -> bool:
    """Whether a line is the title as printed: a lenient match that holds at least half of the
    title's words and at most half as many again (4 more for a short title: "Title | Site"),
    so neither a word of it ("Recipes") nor a paragraph or a trail quoting it counts."""
    if not scoring.title_lenient(line, title):
        return False
    words, want = len(line.split()), len(title.split())
    return 2 * words >= want and words <= max(1.5 * want, want + 4)


def dump(out: str, jobs: int) -> None:
    ids = wcxb_ids(data_dir())
    with Pool(jobs, initializer=_spy) as pool:
        records = [r for rs in pool.imap(_page, ids, chunksize=8) for r in rs]
    Path(out).write_text(json.dumps(records))
    for half in ("fit", "held"):
        for rendering in RENDERINGS:
            rs = [r for r in records if r["half"] == half and r["input"] == rendering]
            print(f"{half} {rendering}: {sum(r['ok'] for r in rs)}/{len(rs)} = {sum(r['ok'] for r in rs) / max(len(rs), 1):.3f}")


def dump_traf(out: str, renderings: str, jobs: int) -> None:
    """Like `dump`, on traf-dev's fit half: held pages are filtered out before any is read."""
    pages = [page for page in traf_pages(data_dir()) if half_of(page.site) == "fit"]
    with Pool(jobs, initializer=_spy) as pool:
        records = [r for rs in pool.imap(partial(_traf_page, Path(renderings)), pages, chunksize=4) for r in rs]
    Path(out).write_text(json.dumps(records))
    for rendering in RENDERINGS:
        rs = [r for r in records if r["input"] == rendering]
        print(f"fit {rendering}: {sum(r['ok'] for r in rs)}/{len(rs)} = {sum(r['ok'] for r in rs) / max(len(rs), 1):.3f}")


def current_weights() -> dict[str, float]:
    from artextract.rules.text import HEADLINE_WEIGHTS

    return dict(HEADLINE_WEIGHTS)


def accuracy(weights: dict[str, float], records: list[dict]) -> dict[tuple[str, str], float]:
    """Share of (half, rendering) records whose top-scoring candidate is a true title (ties: the lower line)."""
    hits: dict[tuple[str, str], list[bool]] = {}
    for r in records:
        cands = r["cands"]
        best = max(cands, key=lambda c: (score(weights, c), c["i"])) if cands else None
        hits.setdefault((r["half"], r["input"]), []).append(bool(best and best["ok"]))
    return {key: sum(v) / len(v) for key, v in sorted(hits.items())}


def fit_weights(
    records: list[dict], start: dict[str, float], extra: list[str], l2: float, iterations: int, freeze: bool = False
) -> dict[str, float]:
    """Conditional-logit weights on the "fit" records, held towards `start` by `l2` (the `extra` features move freely).

    With `freeze`, only the `extra` features move: the others keep their weights exactly.
    """
    import numpy as np

    names = list(start) + [e for e in extra if e not in start]
    w0 = np.array([start.get(n, 0.0) for n in names])
    penalty = np.array([0.01 if n in extra else l2 for n in names])
    moving = np.array([0.0 if freeze and n not in extra else 1.0 for n in names])
    data = []
    for r in records:
        ok = np.array([c["ok"] for c in r["cands"]], dtype=bool)
        # Pages without a true candidate, or with only true ones, say nothing about the weights.
        if r["half"] == "fit" and ok.any() and not ok.all():
            data.append((np.array([[c["f"].get(n, 0.0) for n in names] for c in r["cands"]]), ok))

    def loss(w):  # type: ignore[no-untyped-def]
        total, grad = 0.0, np.zeros_like(w)
        for x, ok in data:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            right = p[ok].sum()
            total -= np.log(right + 1e-300)
            grad -= (p[ok] @ x[ok]) / right - p @ x
        d = w - w0
        grad = grad + 2 * penalty * d
        return total + d @ (penalty * d), grad * moving

    # Gradient descent with a step that grows on success and halves on failure.
    w, step = w0.copy(), 0.01
    value, grad = loss(w)
    for _ in range(iterations):
        trial = w - step * grad
        trial_value, trial_grad = loss(trial)
        if trial_value < value:
            w, value, grad, step = trial, trial_value, trial_grad, step * 1.2
        else:
            step *= 0.5
    return {n: round(float(v), 2) for n, v in zip(names, w)}


def fit(path: str, l2: float, extra: list[str], iterations: int, freeze: bool = False) -> None:
    records = json.loads(Path(path).read_text())
    start = current_weights()
    print("current", accuracy(start, records))
    weights = fit_weights(records, start, extra, l2, iterations, freeze)
    print(f"l2 {l2}", accuracy(weights, records))
    for name, after in weights.items():
        print(f'    "{name}": {after:.2f},  # was {start.get(name, 0.0):.2f}')


def miss_kind(record: dict, lookback: int, lookahead: int) -> str:
    """Why a missed page misses: "a", "b above", "b below", "b window" or "c" (see `ceiling`)."""
    lines = record.get("title_lines", [])
    if not lines:
        return "a"
    if any(c["ok"] and c["i"] in lines for c in record["cands"]):
        return "c"
    start = record.get("body_start")
    if start is None:
        return "b window"  # no paragraph anchored the search: the window is nowhere
    nearest = min(lines, key=lambda n: abs(n - start))
    if nearest < start - lookback:
        return "b above"
    return "b below" if nearest >= start + lookahead else "b window"


def ceiling(path: str) -> None:
    from artextract.rules.text import HEADLINE_LOOKAHEAD_LINES, HEADLINE_LOOKBACK_LINES

    records = [r for r in json.loads(Path(path).read_text()) if r["half"] == "fit"]
    for rendering in RENDERINGS:
        rs = [r for r in records if r["input"] == rendering]
        kinds: dict[str, int] = {}
        for r in rs:
            if not r["ok"]:
                kind = miss_kind(r, HEADLINE_LOOKBACK_LINES, HEADLINE_LOOKAHEAD_LINES)
                kinds[kind] = kinds.get(kind, 0) + 1
        hits = sum(r["ok"] for r in rs)
        fixable = sum(n for kind, n in kinds.items() if kind != "a")
        print(f"fit {rendering}: {hits}/{len(rs)} = {hits / max(len(rs), 1):.3f}; misses {dict(sorted(kinds.items()))}; "
              f"with every b and c fixed {(hits + fixable) / max(len(rs), 1):.3f}")


def score(weights: dict[str, float], candidate: dict) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in candidate["f"].items())


def outscored(record: dict, weights: dict[str, float], top: int = 3) -> tuple[dict, dict, list[tuple[float, str]]] | None:
    """For a page whose title is a candidate that lost: (the winner, the best true candidate, the
    `top` features whose weighted difference, true minus winner, is largest either way); else None."""
    cands = record["cands"]
    right = [c for c in cands if c["ok"]]
    if not right or not cands:
        return None
    best = max(cands, key=lambda c: (score(weights, c), c["i"]))
    if best["ok"]:
        return None
    title = max(right, key=lambda c: score(weights, c))
    parts = {
        name: weights.get(name, 0.0) * (title["f"].get(name, 0.0) - best["f"].get(name, 0.0))
        for name in set(title["f"]) | set(best["f"])
    }
    ranked = sorted(((round(v, 2), n) for n, v in parts.items() if v), key=lambda p: -abs(p[0]))
    return best, title, ranked[:top]


def stands(winner: int, title: int) -> str:
    """Where the winning line stands from the outscored title: "above 1" is the line right over it
    (a roofline, a blog's description, a kicker), "below 1" the line right under it (its dek)."""
    return f"{'above' if winner < title else 'below'} {abs(winner - title)}"


def stack_tally(records: list[dict], weights: dict[str, float], near: int = 2) -> dict[str, int]:
    """The (c) misses counted by where the winner stands: in the title's stack (at most `near`
    lines above or below it) or farther, above or below: which kind of line takes the title's place."""
    tally: dict[str, int] = {}
    for r in records:
        found = None if r["ok"] else outscored(r, weights)
        if found:
            best, title, _ = found
            side, lines = stands(best["i"], title["i"]).split()
            kind = f"{side} {'near' if int(lines) <= near else 'far'}"
            tally[kind] = tally.get(kind, 0) + 1
    return dict(sorted(tally.items()))


def _held_apart() -> frozenset[str]:
    """The held-apart labelled pages' ids: some sit on fit-half sites, and are never listed."""
    listed = json.loads((ROOT / "benchmarks" / "fields" / "heldout_pages.json").read_text(encoding="utf-8"))
    return frozenset(page_id for ids in listed.values() for page_id in ids)


def misses(path: str) -> None:
    weights = current_weights()
    records = [r for r in json.loads(Path(path).read_text()) if r["half"] == "fit"]
    hidden = _held_apart()
    for r in records:
        found = None if r["ok"] or r["page"] in hidden else outscored(r, weights)
        if found:
            best, title, parts = found
            print(f"{r['page']} {r['input']}: won {best['i']} {score(weights, best):.2f} {best['text'][:60]!r}, "
                  f"{stands(best['i'], title['i'])}; title {title['i']} {score(weights, title):.2f} "
                  f"{title['text'][:60]!r}; {parts}")
    for rendering in RENDERINGS:
        print(f"fit {rendering}: winners {stack_tally([r for r in records if r['input'] == rendering], weights)}")


def moved(before: str, after: str) -> None:
    old = {(r["page"], r["input"]): r for r in json.loads(Path(before).read_text())}
    new = {(r["page"], r["input"]): r for r in json.loads(Path(after).read_text())}
    keys = sorted(old.keys() & new.keys())
    for half in ("fit", "held"):
        for rendering in RENDERINGS:
            rs = [k for k in keys if old[k]["half"] == half and k[1] == rendering]
            if rs:
                was, now = sum(old[k]["ok"] for k in rs), sum(new[k]["ok"] for k in rs)
                up = sum(new[k]["ok"] and not old[k]["ok"] for k in rs)
                print(f"{half} {rendering}: {was}/{len(rs)} -> {now}/{len(rs)} ({up} up, {up - now + was} down)")
    hidden = _held_apart()
    for k in keys:
        if old[k]["half"] == "fit" and k[0] not in hidden and old[k]["got"] != new[k]["got"]:
            print(f"  {k[0]} {k[1]}: {old[k]['ok']} -> {new[k]['ok']}: {old[k]['got']!r} -> {new[k]['got']!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("dump", "dump-traf", "fit", "ceiling", "misses", "moved"))
    parser.add_argument("--renderings", help="dump-traf: the directory of traf-dev's text renderings")
    parser.add_argument("path")
    parser.add_argument("after", nargs="?", help="moved: the dump after the change")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--extra", default="")
    parser.add_argument("--iterations", type=int, default=300)
    parser.add_argument("--freeze", action="store_true", help="fit only the --extra features")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.path, args.jobs)
    elif args.command == "dump-traf":
        if not args.renderings:
            parser.error("dump-traf needs --renderings")
        dump_traf(args.path, args.renderings, args.jobs)
    elif args.command == "ceiling":
        ceiling(args.path)
    elif args.command == "misses":
        misses(args.path)
    elif args.command == "moved":
        if not args.after:
            parser.error("moved needs BEFORE.json AFTER.json")
        moved(args.path, args.after)
    else:
        fit(args.path, args.l2, [e for e in re.split(r"[, ]+", args.extra) if e], args.iterations, args.freeze)


if __name__ == "__main__":
    main()
