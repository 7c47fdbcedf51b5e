"""How often the lead `image` is set on wcxb-dev, and where the page has og:image, whether it is that
image or one of the article's figures (a caption's image).

    python benchmarks/images_report.py [--jobs 2] [--limit N] [--half fit|held|all]

Prints one markdown table per page type and overall. URLs are compared after
dropping the query string and fragment (CDNs add sizes and cache keys there).
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

if not __package__:
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks.data import PAGE_TYPES, data_dir, half_of, load_wcxb, site_of, wcxb_html_path, wcxb_ids  # noqa: E402


def _bare(url: str | None) -> str | None:
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    return f"{parts.netloc}{parts.path}".lower()


def page_images(item: tuple[str, str]) -> dict:
    from artextract import extract
    from artextract.html.metadata.meta_tags import collect_meta, first_meta
    from artextract.html.metadata.urls import absolute_url
    from artextract.html.parse import parse_html

    root, file_id = item
    page = load_wcxb(Path(root), file_id)
    html = gzip.decompress(wcxb_html_path(Path(root), file_id).read_bytes())
    article = extract(html, url=page.url, input_type="html")
    og = first_meta(collect_meta(parse_html(html.decode("utf-8", "replace"))), ("og:image", "og:image:url"))
    og = absolute_url(og, article.url or page.url) if og else None
    figures = {_bare(caption.image) for caption in article.captions if caption.image}
    image = _bare(article.image)
    return {"type": page.page_type, "half": half_of(site_of(page.url, file_id)), "image": image is not None,
            "og": og is not None, "is_og": image is not None and image == _bare(og),
            "is_figure": image is not None and image in figures, "figures": len(figures)}


def table(rows: list[dict]) -> str:
    out = ["| page type | pages | image set | with og:image | ... image is og:image | ... is a figure | either |",
           "|---|---:|---:|---:|---:|---:|---:|"]
    for kind in (*PAGE_TYPES, "all"):
        group = [row for row in rows if kind in ("all", row["type"])]
        if not group:
            continue
        with_og = [row for row in group if row["og"]]
        count = Counter()
        for row in with_og:
            count["og"] += row["is_og"]
            count["figure"] += row["is_figure"]
            count["either"] += row["is_og"] or row["is_figure"]
        share = lambda n, d: f"{n / d:.3f}" if d else "-"  # noqa: E731
        out.append(f"| {kind} | {len(group)} | {share(sum(r['image'] for r in group), len(group))} | {len(with_og)} | "
                   f"{share(count['og'], len(with_og))} | {share(count['figure'], len(with_og))} | {share(count['either'], len(with_og))} |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--half", choices=("fit", "held", "all"), default="all")
    parser.add_argument("--data")
    args = parser.parse_args(argv)
    root = data_dir(args.data)
    items = [(str(root), file_id) for file_id in wcxb_ids(root)[: args.limit]]
    if args.jobs <= 1:
        rows = [page_images(item) for item in items]
    else:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            rows = list(pool.map(page_images, items, chunksize=8))
    rows = [row for row in rows if args.half in ("all", row["half"])]
    figures = sum(1 for row in rows if row["figures"])
    sys.stdout.write(table(rows) + f"\npages with at least one caption image: {figures} of {len(rows)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
