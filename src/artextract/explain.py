"""--explain: a table on stderr of every block, its label and the rule that decided it."""

from __future__ import annotations

from .article import Article

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


def explain_article(article: Article, width: int = 70) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True)
    table = Table(title=f"artextract --explain ({article.source.type})", show_lines=False, expand=False)
    for column in ("#", "zone", "label", "rule", "text"):
        table.add_column(column, overflow="fold" if column == "text" else "ellipsis")
    for number, decision in enumerate(article.trace):
        text = decision.block.text
        shown = text if len(text) <= width else text[: width - 1] + "…"
        label = decision.kind.value
        table.add_row(str(number), decision.block.zone.value, label, decision.reason, shown, style=_STYLE.get(label))
    console.print(table)
