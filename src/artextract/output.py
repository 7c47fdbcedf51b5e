"""Output formats. Each reads an `Article` and returns a string; none looks at the page."""

from __future__ import annotations

import json

from .article import Article
from .markdown import to_markdown

FORMATS = ("json", "text", "markdown")


def render(article: Article, fmt: str, *, links: bool = False) -> str:
    """`article` as `fmt`; `links` keeps inline links (absolute) in Markdown."""
    if fmt == "json":
        return to_json(article)
    if fmt == "text":
        return article.body + "\n" if article.body else ""
    if fmt == "markdown":
        return to_markdown(article, links=links)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def to_json(article: Article, *, indent: int | None = 2) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent) + "\n"


def to_json_line(record: dict) -> str:
    """One JSON Lines record: no newlines inside, so a line is a record."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


__all__ = ["FORMATS", "render", "to_json", "to_json_line", "to_markdown"]
