"""Page kind on wcxb-dev: accuracy and the confusion table per half, and the fit of the rule weights.

    python benchmarks/page_type_eval.py                 # report on the held half (and the fit half)
    python benchmarks/page_type_eval.py --fit           # refit WEIGHTS/BIAS on the fit half, rewrite
                                                        # src/artextract/rules/page_type.py, then report
    python benchmarks/page_type_eval.py --signals FILE  # reuse (or write) the per-page signals

The halves are by site (`benchmarks.data.half_of`): the weights are fitted on
the "fit" half only, and the held half is never looked at while fitting. The
fit is a multinomial logistic regression over the rules (each a 0/1 input),
with an L2 penalty chosen by two-fold cross-validation on the fit half (folds
by site), by plain gradient descent: about a minute in pure Python.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import fields
from pathlib import Path

if not __package__:
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks.data import FIT, HELD, data_dir, half_of, load_wcxb, site_of, wcxb_html_path, wcxb_ids  # noqa: E402

RULES_FILE = Path(__file__).resolve().parents[1] / "src" / "artextract" / "rules" / "page_type.py"
# The L2 penalty is chosen among these by two-fold cross-validation on the fit half, folds by site.
L2_GRID, EPOCHS, RATE = (0.0005, 0.001, 0.002, 0.005, 0.01), 800, 0.5


def page_signals(item: tuple[str, str]) -> dict:
    """One page through the real pipeline: its signals (as PageSignals fields), truth and half."""
    from artextract import extract
    from artextract.page_type import PageKind

    root, file_id = item
    page = load_wcxb(Path(root), file_id)
    html = gzip.decompress(wcxb_html_path(Path(root), file_id).read_bytes())
    article = extract(html, url=page.url, input_type="html")
    kind = next(entry for entry in article.trace if isinstance(entry, PageKind))
    values = {spec.name: getattr(kind.signals, spec.name) for spec in fields(kind.signals)}
    values = {name: sorted(value) if isinstance(value, frozenset) else value for name, value in values.items()}
    site = site_of(page.url, file_id)
    return {"id": file_id, "site": site, "truth": page.page_type, "half": half_of(site), "signals": values}


def collect(root: Path, jobs: int, limit: int | None) -> list[dict]:
    items = [(str(root), file_id) for file_id in wcxb_ids(root)[:limit]]
    if jobs <= 1:
        return [page_signals(item) for item in items]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(page_signals, items, chunksize=8))


def to_signals(values: dict):
    from artextract.page_type import PageSignals

    return PageSignals(**{name: frozenset(value) if isinstance(value, list) else value for name, value in values.items()})


def firing(pages: list[dict]) -> list[list[int]]:
    from artextract.page_type import rule_fires
    from artextract.rules import page_type as rules

    return [[i for i, rule in enumerate(rules.RULES) if rule_fires(rule, to_signals(page["signals"]))] for page in pages]


def _fold(page: dict) -> int:
    return int(hashlib.sha1(f"cv:{page.get('site', page['id'])}".encode()).hexdigest(), 16) % 2


def accuracy(weights: list[list[float]], bias: list[float], pages: list[dict]) -> float:
    from artextract.rules import page_type as rules

    right = 0
    for active, page in zip(firing(pages), pages):
        scores = [bias[k] + sum(weights[i][k] for i in active) for k in range(len(rules.KINDS))]
        right += rules.KINDS[max(range(len(scores)), key=scores.__getitem__)] == page["truth"]
    return right / max(len(pages), 1)


def choose_l2(pages: list[dict]) -> float:
    """The penalty with the best two-fold cross-validated accuracy on `pages` (folds by site)."""
    scores = {}
    for l2 in L2_GRID:
        folds = [([p for p in pages if _fold(p) != k], [p for p in pages if _fold(p) == k]) for k in (0, 1)]
        scores[l2] = sum(accuracy(*fit(train, l2), test) for train, test in folds) / 2
        print(f"L2 {l2}: cross-validated accuracy {scores[l2]:.3f}", file=sys.stderr)
    return max(L2_GRID, key=lambda l2: (scores[l2], l2))


def fit(pages: list[dict], l2: float) -> tuple[list[list[float]], list[float]]:
    """Softmax regression over the rules' 0/1 inputs, L2-penalised, full-batch gradient descent."""
    from artextract.rules import page_type as rules

    kinds, n_rules = rules.KINDS, len(rules.RULES)
    inputs, labels = firing(pages), [rules.KINDS.index(page["truth"]) for page in pages]
    weights = [[0.0] * len(kinds) for _ in range(n_rules)]
    bias = [0.0] * len(kinds)
    for _ in range(EPOCHS):
        grad_w = [[0.0] * len(kinds) for _ in range(n_rules)]
        grad_b = [0.0] * len(kinds)
        for active, label in zip(inputs, labels):
            scores = [bias[k] + sum(weights[i][k] for i in active) for k in range(len(kinds))]
            top = max(scores)
            exps = [math.exp(score - top) for score in scores]
            total = sum(exps)
            for k in range(len(kinds)):
                delta = exps[k] / total - (k == label)
                grad_b[k] += delta
                for i in active:
                    grad_w[i][k] += delta
        for k in range(len(kinds)):
            bias[k] -= RATE * grad_b[k] / len(pages)
            for i in range(n_rules):
                weights[i][k] -= RATE * (grad_w[i][k] / len(pages) + l2 * weights[i][k])
    return weights, bias


def write_fit(pages: list[dict], weights: list[list[float]], bias: list[float]) -> None:
    """Rewrite the block between the markers of rules/page_type.py with the fitted numbers and evidence."""
    from artextract.rules import page_type as rules

    inputs = firing(pages)
    lines = ["BIAS: dict[str, float] = {" + ", ".join(f'"{k}": {b:.2f}' for k, b in zip(rules.KINDS, bias)) + "}",
             "WEIGHTS: dict[str, dict[str, float]] = {"]
    for i, rule in enumerate(rules.RULES):
        row = ", ".join(f'"{k}": {w:.2f}' for k, w in zip(rules.KINDS, weights[i]) if abs(w) >= 0.005)
        lines.append(f'    "{rule.name}": {{{row}}},')
    lines += ["}", "EVIDENCE: dict[str, str] = {"]
    for i, rule in enumerate(rules.RULES):
        counts = Counter(page["truth"] for page, active in zip(pages, inputs) if i in active)
        lines.append(f'    "{rule.name}": "' + " / ".join(str(counts[k]) for k in rules.KINDS) + '",')
    lines.append("}")
    text = RULES_FILE.read_text("utf-8")
    block = "# BEGIN FITTED\n" + "\n".join(lines) + "\n# END FITTED"
    RULES_FILE.write_text(re.sub(r"# BEGIN FITTED\n.*?# END FITTED", lambda _: block, text, flags=re.S), "utf-8")


def report(pages: list[dict], title: str) -> str:
    from artextract.page_type import classify_page
    from artextract.rules import page_type as rules

    pairs = [(page["truth"], classify_page(to_signals(page["signals"])).kind) for page in pages]
    confusion = Counter(pairs)
    truth = Counter(t for t, _ in pairs)
    accuracy = sum(v for (t, p), v in confusion.items() if t == p) / max(len(pairs), 1)
    recall = confusion[("article", "article")] / max(truth["article"], 1)
    right = sum(v for (t, p), v in confusion.items() if t == p)
    out = [f"### {title}: {len(pairs)} pages, accuracy {accuracy:.4f} ({right}/{len(pairs)}), "
           f"article recall {recall:.4f} ({confusion[('article', 'article')]}/{truth['article']})", "",
           "| truth \\ predicted | " + " | ".join(rules.KINDS) + " | recall |",
           "|---|" + "---:|" * (len(rules.KINDS) + 1)]
    for t in rules.KINDS:
        cells = " | ".join(str(confusion[(t, p)]) for p in rules.KINDS)
        out.append(f"| {t} | {cells} | {confusion[(t, t)] / max(truth[t], 1):.2f} |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fit", action="store_true", help="refit the weights on the fit half and rewrite the rules file")
    parser.add_argument("--signals", type=Path, help="per-page signals: read if it exists, else written")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--data")
    args = parser.parse_args(argv)
    if args.signals and args.signals.exists():
        pages = [json.loads(line) for line in args.signals.read_text("utf-8").splitlines()]
    else:
        pages = collect(data_dir(args.data), args.jobs, args.limit)
        if args.signals:
            args.signals.write_text("".join(json.dumps(page) + "\n" for page in pages), "utf-8")
    fit_half = [page for page in pages if page["half"] == FIT]
    if args.fit:
        l2 = choose_l2(fit_half)
        weights, bias = fit(fit_half, l2)
        write_fit(fit_half, weights, bias)
        print(f"L2 {l2}: weights written to {RULES_FILE}", file=sys.stderr)
        import importlib

        from artextract.rules import page_type as rules

        importlib.reload(rules)
        import artextract.page_type as page_type

        page_type.rules = rules
    sys.stdout.write(report([page for page in pages if page["half"] == HELD], "held half"))
    sys.stdout.write("\n" + report(fit_half, "fit half"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
