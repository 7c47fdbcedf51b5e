"""Every output of every development page, and which of them a change moved.

    python benchmarks/outputs.py dump OUT.pkl [--kinds wh,th,wc,wi,tc,ti] [--renderings DIR] [--jobs N]
    python benchmarks/outputs.py diff OLD.pkl NEW.pkl [--half fit|held|all] [--fields headline,authors] [-v]

The scores see the body, the headline and a few metadata fields; a change also
moves standfirsts, captions, key points and authors on pages no truth labels.
`dump` extracts every page of the chosen kinds and keeps each `Article.to_dict()`
(an error as {"error": ...}): wh / th the WCXB and traf-dev HTML, wc / wi WCXB's
chromium and inscriptis text, tc / ti traf-dev's renderings in `--renderings`
(made by benchmarks/fields/render_texts.py). Run it before and after a change
under the same PYTHONHASHSEED (an alternation built from a set orders its
equal-length entries by the hash seed).

`diff` counts the outputs that differ, per kind, half and field, and with -v
prints each changed field of each page: of the fit half only unless --half
says otherwise, so that reading the moved outputs never shows a held page's
text (the held half is measured, not read). The held-apart labelled pages
(benchmarks/fields/heldout_pages.json) are never shown with the fit half either:
some of them sit on fit-half sites, and that set is scored by totals only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import pickle
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from multiprocessing import Pool
from pathlib import Path
from typing import Any

if not __package__:
    sys.path[0] = str(Path(__file__).resolve().parents[1])  # as in run.py

from benchmarks.data import (  # noqa: E402
    data_dir, half_of, load_wcxb, read_gz, traf_html_path, traf_pages, wcxb_html_path, wcxb_ids, wcxb_text,
)

KINDS = ("wh", "th", "wc", "wi", "tc", "ti")
RENDERING = {"wc": "chromium", "wi": "inscriptis", "tc": "chromium", "ti": "inscriptis"}
# Fields that only follow the body: a moved body is reported once, as "body".
UNCOMPARED = frozenset({"word_count", "reading_time_minutes"})
HELD_APART_LIST = Path(__file__).resolve().parent / "fields" / "heldout_pages.json"
Job = tuple[str, str, str | None, str]  # kind, page id, url, half
Key = tuple[str, str, str]  # kind, page id, half


def jobs(root: Path, kinds: Sequence[str]) -> Iterator[Job]:
    """The pages of each kind with their address and half, in id order."""
    wcxb = [load_wcxb(root, file_id) for file_id in wcxb_ids(root)] if {"wh", "wc", "wi"} & set(kinds) else []
    traf = traf_pages(root) if {"th", "tc", "ti"} & set(kinds) else []
    for kind in kinds:
        if kind.startswith("w"):
            yield from ((kind, page.file_id, page.url, half_of(page.site)) for page in wcxb)
        else:
            yield from ((kind, page.page_id, page.url, half_of(page.site)) for page in traf)


def _page_input(root: Path, renderings: Path | None, kind: str, page_id: str) -> tuple[bytes | str, str] | None:
    """The page as the extractor takes it, and its input type; None for a missing rendering."""
    if kind == "wh":
        return read_gz(wcxb_html_path(root, page_id)), "html"
    if kind == "th":
        return read_gz(traf_html_path(root, page_id)), "html"
    if kind in ("wc", "wi"):
        return wcxb_text(root, RENDERING[kind], page_id), "text"
    path = renderings / RENDERING[kind] / f"{page_id}.txt.gz" if renderings else None
    if path is None or not path.is_file():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return fh.read(), "text"


def extract_one(job: Job, root: Path, renderings: Path | None) -> tuple[Key, dict[str, Any]]:
    from artextract import extract

    kind, page_id, url, half = job
    try:
        given = _page_input(root, renderings, kind, page_id)
        if given is None:
            return (kind, page_id, half), {"error": "no rendering"}
        return (kind, page_id, half), extract(given[0], url=url, input_type=given[1]).to_dict()
    except Exception as exc:  # noqa: BLE001 - one bad page is a record, not the end of the dump
        return (kind, page_id, half), {"error": f"{type(exc).__name__}: {exc}"}


def _extract_star(args: tuple[Job, Path, Path | None]) -> tuple[Key, dict[str, Any]]:
    return extract_one(*args)


def dump(root: Path, kinds: Sequence[str], renderings: Path | None, workers: int) -> dict[Key, dict[str, Any]]:
    work = [(job, root, renderings) for job in jobs(root, kinds)]
    if workers <= 1:
        return dict(map(_extract_star, work))
    with Pool(workers) as pool:
        return dict(pool.imap_unordered(_extract_star, work, chunksize=8))


def changed_fields(old: dict[str, Any], new: dict[str, Any], fields: set[str] | None) -> list[str]:
    names = (set(old) | set(new)) - UNCOMPARED
    return sorted(name for name in names if old.get(name) != new.get(name) and (fields is None or name in fields))


def diff(old: dict[Key, dict], new: dict[Key, dict], fields: set[str] | None) -> dict[Key, list[str]]:
    """The fields that differ on each page both dumps hold."""
    moved = {}
    for key in sorted(set(old) & set(new)):
        names = changed_fields(old[key], new[key], fields)
        if names:
            moved[key] = names
    return moved


def held_apart_ids(listing: Path = HELD_APART_LIST) -> frozenset[str]:
    """The page ids of the held-apart labelled set, of every dataset (WCXB and traf-dev ids differ in shape)."""
    listed = json.loads(listing.read_text(encoding="utf-8"))
    return frozenset(page_id for ids in listed.values() for page_id in ids)


def diff_report(old: dict[Key, dict], new: dict[Key, dict], moved: dict[Key, list[str]], show: str,
                verbose: bool, hidden: frozenset[str] = frozenset()) -> list[str]:
    """Counts per kind and half and per field; with `verbose`, each moved page of the `show` half.

    Pages in `hidden` (the held-apart labelled set) are shown only with `show` "all" or "held",
    whatever half their site is in; how many were left out is said.
    """
    pages = Counter((kind, half) for kind, _, half in moved)
    fields = Counter((kind, half, name) for (kind, _, half), names in moved.items() for name in names)
    lines = [f"outputs compared: {len(set(old) & set(new))}; differing: {len(moved)}"]
    lines += [f"  {kind} {half}: {count} pages" for (kind, half), count in sorted(pages.items())]
    lines += [f"    {kind} {half} {name}: {count}" for (kind, half, name), count in sorted(fields.items())]
    left_out = 0
    for key, names in moved.items() if verbose else ():
        if show != "all" and key[2] != show:
            continue
        if show == "fit" and key[1] in hidden:
            left_out += 1
            continue
        lines.append(f"{key[0]} {key[1]} ({key[2]}): {', '.join(names)}")
        for name in names:
            if name != "body":
                lines.append(f"    {name}: {str(old[key].get(name))[:160]!r} -> {str(new[key].get(name))[:160]!r}")
    if left_out:
        lines.append(f"({left_out} moved outputs of held-apart labelled pages on fit-half sites not shown)")
    return lines


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python benchmarks/outputs.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    made = commands.add_parser("dump", help="extract every page; pickle the outputs")
    made.add_argument("out", type=Path)
    made.add_argument("--kinds", default=",".join(KINDS), help=f"comma-separated, of {', '.join(KINDS)}")
    made.add_argument("--renderings", type=Path, help="traf-dev renderings (for tc, ti)")
    made.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    made.add_argument("--data", help="data directory")
    compared = commands.add_parser("diff", help="what differs between two dumps")
    compared.add_argument("old", type=Path)
    compared.add_argument("new", type=Path)
    compared.add_argument("--half", choices=("fit", "held", "all"), default="fit", help="pages shown by -v")
    compared.add_argument("--fields", help="comma-separated fields to compare (default: all)")
    compared.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "dump":
        kinds = [kind for kind in args.kinds.split(",") if kind]
        unknown = sorted(set(kinds) - set(KINDS))
        if unknown:
            print(f"unknown kinds: {', '.join(unknown)} (known: {', '.join(KINDS)})", file=sys.stderr)
            return 2
        outputs = dump(data_dir(args.data), kinds, args.renderings, args.jobs)
        args.out.write_bytes(pickle.dumps(outputs))
        print(f"{len(outputs)} outputs written to {args.out}", file=sys.stderr)
        return 0
    old, new = (pickle.loads(path.read_bytes()) for path in (args.old, args.new))
    moved = diff(old, new, set(args.fields.split(",")) if args.fields else None)
    print("\n".join(diff_report(old, new, moved, args.half, args.verbose, held_apart_ids())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
