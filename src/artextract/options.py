"""The one object that carries every extraction option through the pipelines."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Favor(str, Enum):
    """Which error the user would rather have: missing text or extra text."""

    PRECISION = "precision"
    BALANCED = "balanced"
    RECALL = "recall"


@dataclass(frozen=True, slots=True)
class Options:
    input_type: str = "auto"  # "auto", "html" or "text"
    url: str | None = None
    favor: Favor = Favor.BALANCED
    include_comments: bool = False
    # Markdown output keeps the page's inline links (absolute URLs); off, as most readers want the text.
    links: bool = False
    # Where the input came from, recorded in Article.source.path.
    source_path: str | None = None
    # The charset the transport declared (an HTTP response's Content-Type), per page like url.
    declared_charset: str | None = None
