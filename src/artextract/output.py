"""Output formats. Each reads an `Article` and returns a string; none looks at the page."""

from __future__ import annotations

import json

from .article import Article, BodyPart
from .blocks import Form

FORMATS = ("json", "text", "markdown")


def render(article: Article, fmt: str) -> str:
    if fmt == "json":
        return to_json(article)
    if fmt == "text":
        return article.body + "\n" if article.body else ""
    if fmt == "markdown":
        return to_markdown(article)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def to_json(article: Article, *, indent: int | None = 2) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent) + "\n"


def to_json_line(record: dict) -> str:
    """One JSON Lines record: no newlines inside, so a line is a record."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def to_markdown(article: Article) -> str:
    lines: list[str] = []
    if article.headline:
        lines += [f"# {article.headline}", ""]
    if article.standfirst:
        lines += [f"*{article.standfirst}*", ""]
    meta = [part for part in (", ".join(article.authors), article.published) if part]
    if meta:
        lines += [" · ".join(meta), ""]
    if article.key_points:
        lines += [f"- {point}" for point in article.key_points] + [""]
    parts = article.body_parts
    if article.standfirst and parts and parts[0].text == article.standfirst:
        parts = parts[1:]  # shown above as the standfirst; the body keeps it for plain-text readers
    previous: Form | None = None
    for part in parts:
        if lines and lines[-1] != "" and not (part.form is previous and part.form in (Form.LIST_ITEM, Form.TABLE_ROW)):
            lines.append("")
        lines.append(_markdown_part(part))
        previous = part.form
    if article.captions:
        lines.append("")
        for caption in article.captions:
            credit = f" ({caption.credit})" if caption.credit else ""
            lines.append(f"> {caption.text}{credit}")
    return "\n".join(lines).strip() + "\n"


def _markdown_part(part: BodyPart) -> str:
    if part.form is Form.HEADING:
        return f"{'#' * min(max(part.level, 2), 6)} {part.text}"
    if part.form is Form.LIST_ITEM:
        return f"{part.item_mark} {part.text}"
    if part.form is Form.QUOTE:
        return f"> {part.text}"
    if part.form is Form.CODE:
        return f"```\n{part.text}\n```"
    if part.form is Form.TABLE_ROW:
        return f"| {part.text} |"
    return part.text
