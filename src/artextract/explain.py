"""--explain: a view on stderr of how the page was read.

For HTML: the region the article was found in (container, maximum-sum run,
the element it was widened to, head and headline), the largest subtrees left
unread as furniture, then every block with its worth to the run, its zone,
its label and the rule that decided it. For text: how the page was read (prose
article or structured page, its runs of repeating lines, the run and the
headline), then the lines and their labels.
Everything shown was computed by the pipeline anyway; nothing is recomputed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .article import Article
from .blocks import Decision, Zone

if TYPE_CHECKING:
    from .html.content import Region

_STYLE = {
    "headline": "bold magenta",
    "standfirst": "magenta",
    "byline": "cyan",
    "date": "cyan",
    "caption": "yellow",
    "key_point": "green",
    "body": "white",
    "boilerplate": "dim",
}
# The largest furniture subtrees shown; the rest are summed in one line.
SHOWN_SKIPS = 8


def _region_of(article: Article) -> Region | None:
    from .html.content import Region  # lxml is only imported for HTML

    return next((item for item in article.trace if isinstance(item, Region)), None)


def _text_region_of(article: Article):
    from .text.region import TextRegion

    return next((item for item in article.trace if isinstance(item, TextRegion)), None)


def region_summary(region: Region, headline: str | None) -> list[str]:
    """The region's facts as lines of text."""
    first, last = region.run
    lines = [f"container: {region.container or 'none marked (or too small to trust)'}"]
    run_value = sum(region.values[first:last])
    lines.append(f"best run: blocks {first}-{last - 1} ({last - first} blocks, worth {run_value:.0f} words)"
                 if first < last else "best run: none (no block pays its way)")
    if region.widened is not None:
        lines.append(f"widened to its holding element: blocks {region.widened.start}-{region.widened.end - 1}")
    if region.preamble_cut:
        lines.append(f"cut above the headline: the run starts at block {region.start}")
    if region.end_matter_cut:
        label = region.blocks[region.end].text
        lines.append(f"ended at end matter: block {region.end} {label[:40]!r} and what follows")
    head = f"blocks {region.head_start}-{region.start - 1}" if region.head_start < region.start else "none"
    lines.append(f"article (main): blocks {region.start}-{region.end - 1}; head: {head}")
    why = f" ({region.headline_why})" if region.headline_why else ""
    if region.headline is None:
        lines.append(f"displayed headline: none{why or ' (no <h1> on the page)'}")
    elif region.headline_matches_title:
        lines.append(f"displayed headline: block {region.headline}, names the article{why}")
    else:
        lines.append(f"displayed headline: block {region.headline} does not name the article{why or ' (a logo or section name)'}")
    lines.append(f"headline field: {headline!r}")
    if region.left_out:
        lines.append(f"left out inside the article: {len(region.left_out)} blocks (repeated text, reader comments)")
    return lines


def _outside_rule(region: Region, index: int, reason: str) -> str:
    """Why the region put a block outside, more precisely than the classifier can say."""
    if index in region.repeats:
        return "repeat of an earlier block"
    if index in region.left_out:
        return "reader comments under the article"
    return reason


def explain_article(article: Article, width: int = 70) -> None:
    from rich.console import Console
    from rich.panel import Panel
    from rich.table import Table

    console = Console(stderr=True)
    region = _region_of(article) if article.source.type == "html" else None
    decisions = [item for item in article.trace if isinstance(item, Decision)]
    text_region = _text_region_of(article) if article.source.type == "text" else None
    if text_region is not None:
        console.print(Panel("\n".join(text_region.summary()), title="page", expand=False))
    if region is not None:
        console.print(Panel("\n".join(region_summary(region, article.headline)), title="region", expand=False))
        if region.skips:
            skips = sorted(region.skips, key=lambda skip: -skip.chars)
            table = Table(title="largest subtrees left unread as furniture", expand=False)
            for column in ("chars", "element", "rule"):
                table.add_column(column, overflow="fold" if column == "element" else "ellipsis")
            for skip in skips[:SHOWN_SKIPS]:
                table.add_row(str(skip.chars), skip.element[:width], skip.reason)
            if len(skips) > SHOWN_SKIPS:
                rest = skips[SHOWN_SKIPS:]
                table.add_row(str(sum(skip.chars for skip in rest)), f"{len(rest)} more", "", style="dim")
            console.print(table)
    table = Table(title=f"artextract --explain ({article.source.type})", show_lines=False, expand=False)
    columns = ("#", "value", "zone", "label", "rule", "text") if region is not None else ("#", "zone", "label", "rule", "text")
    for column in columns:
        table.add_column(column, overflow="fold" if column == "text" else "ellipsis", justify="right" if column == "value" else "left")
    index_of = {id(block): index for index, block in enumerate(region.blocks)} if region is not None else {}
    for number, decision in enumerate(decisions):
        block = decision.block
        text = block.text
        shown = text if len(text) <= width else text[: width - 1] + "…"
        label = decision.kind.value
        rule = decision.reason
        if region is not None:
            index = index_of.get(id(block), number)
            if block.zone is Zone.OUTSIDE:
                rule = _outside_rule(region, index, rule)
            row = (str(index), f"{region.values[index]:.1f}", block.zone.value, label, rule, shown)
        else:
            row = (str(number), block.zone.value, label, rule, shown)
        table.add_row(*row, style=_STYLE.get(label))
    console.print(table)
    from .page_type import PageKind, explain_lines

    for found in (item for item in article.trace if isinstance(item, PageKind)):
        console.print(Panel("\n".join(explain_lines(found)), title="page kind", expand=False))
