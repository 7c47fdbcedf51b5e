"""The one data model every input path produces, and its JSON form.

Output formats, the CLI and batch mode only ever read an `Article`; nothing
downstream looks at the page again. The JSON Schema of `to_dict()` ships beside
this file as `article.schema.json`.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

from . import inline
from .blocks import Form

# An adult reads running prose at roughly 200-250 words per minute; 230 is the
# figure most news sites use for their own "N min read" labels.
WORDS_PER_MINUTE = 230


# The kinds of page `page_type` names, as the WCXB benchmark labels them.
PAGE_TYPES = ("article", "forum", "product", "collection", "listing", "documentation", "service")

# Parts that sit on consecutive lines when they follow one another.
_LINE_FORMS = (Form.LIST_ITEM, Form.TABLE_ROW)


@dataclass(frozen=True, slots=True)
class Caption:
    text: str
    credit: str | None = None
    image: str | None = None  # the absolute URL of the figure's image
    # How many body parts stand before the figure on the page, so Markdown can
    # show it where it stands; None when unknown (shown after the body). Not serialised.
    at: int | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "credit": self.credit, "image": self.image}


@dataclass(frozen=True, slots=True)
class Source:
    type: str  # "html" or "text"
    path: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "path": self.path}


@dataclass(frozen=True, slots=True)
class BodyPart:
    """One paragraph, heading, list item, quote, code block or table row of the body."""

    form: Form
    text: str
    level: int = 0  # heading level
    bullet: str | None = None  # list mark as written ("1.", "•"); None for plain items
    depth: int = 0  # nesting depth of a list item (0: top level)
    # The text as inline Markdown (emphasis, inline code, links with absolute URLs), the
    # page's own Markdown characters escaped, when given; else made from `marks` (markdown()).
    marked: str | None = None
    language: str | None = None  # a code block's language, when the markup names it
    cells: tuple[str, ...] | None = None  # a table row's cells, empty ones included
    # The block's inline tokens (inline.py) and the URL its links resolve against: most output
    # never shows Markdown, so it is made only when read.
    marks: tuple[str, tuple[str, ...]] | None = field(default=None, repr=False, compare=False)
    base: str | None = field(default=None, repr=False, compare=False)

    def markdown(self) -> str | None:
        """The text as inline Markdown; None when the part has no inline marks."""
        if self.marked is not None or self.marks is None:
            return self.marked
        return inline.markdown_of(self.marks[0], self.marks[1], self.base)

    @property
    def item_mark(self) -> str:
        """Numbered items keep their number; every other bullet becomes "-"."""
        if self.bullet and self.bullet.rstrip(".)").lstrip("(").isalnum():
            return self.bullet
        return "-"


@dataclass(slots=True)
class Article:
    headline: str | None = None
    # The page's own title as its metadata states it (<title>, og:title, JSON-LD), without the
    # site's name: what a browser tab or a search result shows. It may differ from the
    # displayed headline (an SEO title, a shortened <h1>); raw text has none.
    title: str | None = None
    standfirst: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None  # the page's own summary (meta / OpenGraph / JSON-LD description)
    tags: list[str] = field(default_factory=list)  # article:tag, JSON-LD keywords, the page's tag links
    image: str | None = None  # the lead image's absolute URL
    page_type: str | None = None  # one of PAGE_TYPES
    page_type_confidence: float | None = None  # in [0, 1]
    dateline: str | None = None
    key_points: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    # The body as structured parts; `body` is their plain-text rendering.
    body_parts: list[BodyPart] = field(default_factory=list)
    source: Source = field(default_factory=lambda: Source("text"))
    warnings: list[str] = field(default_factory=list)
    # Classifier decisions taken on the way, for --explain; never serialised.
    trace: list[Any] = field(default_factory=list, repr=False, compare=False)

    @property
    def body(self) -> str:
        return render_body(self.body_parts)

    @property
    def word_count(self) -> int:
        return count_words(self.body)

    @property
    def reading_time_minutes(self) -> int:
        return reading_minutes(self.word_count)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: every key present, always in this order."""
        body = self.body
        words = count_words(body)
        return {
            "headline": self.headline,
            "title": self.title,
            "standfirst": self.standfirst,
            "authors": list(self.authors),
            "published": self.published,
            "site_name": self.site_name,
            "url": self.url,
            "language": self.language,
            "description": self.description,
            "tags": list(self.tags),
            "image": self.image,
            "page_type": self.page_type,
            "page_type_confidence": self.page_type_confidence,
            "dateline": self.dateline,
            "key_points": list(self.key_points),
            "captions": [caption.to_dict() for caption in self.captions],
            "body": body,
            "word_count": words,
            "reading_time_minutes": reading_minutes(words),
            "source": self.source.to_dict(),
            "warnings": list(self.warnings),
        }


def render_body(parts: list[BodyPart]) -> str:
    """Plain-text body: blank line between blocks, one line per list item or table row."""
    # Lines are gathered per chunk and joined once: appending to a growing
    # string made a long list quadratic (100k items took 10 s).
    chunks: list[list[str]] = []
    previous: Form | None = None
    list_item = Form.LIST_ITEM  # (looked up once: an Enum member's lookup goes through a hook, per part)
    for part in parts:
        form = part.form
        text = f"{part.item_mark} {part.text}" if form is list_item else part.text
        if chunks and form is previous and form in _LINE_FORMS:
            chunks[-1].append(text)
        else:
            chunks.append([text])
        previous = form
    return "\n\n".join("\n".join(lines) for lines in chunks)


def count_words(text: str) -> int:
    """The words of the article's word_count: its runs of word characters (regex \\w+: "don't" is
    two), as the project's one counter counts them (signals.count_words: an ideograph or a kana a
    word, Thai, Lao, Khmer and Myanmar by their letters, a combining mark part of its word)."""
    # Imported here, not with the module: the CLI imports this module, and signals compiles the
    # rules' patterns on import, which a run that extracts nothing need not pay.
    from .signals import count_words as count

    return count(text, joined=False)


def reading_minutes(words: int) -> int:
    return math.ceil(words / WORDS_PER_MINUTE) if words else 0


def load_schema() -> dict[str, Any]:
    """The JSON Schema of `Article.to_dict()`, as shipped in the package."""
    from importlib.resources import files

    return json.loads(files("artextract").joinpath("article.schema.json").read_text("utf-8"))
