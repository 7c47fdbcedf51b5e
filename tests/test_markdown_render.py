"""The Markdown of real pages, parsed with markdown-it-py (CommonMark + GFM tables): tables parse
as tables, code fences balance and keep their text, heading levels never jump, every caption
with an image appears as that image. Run on every fixtures/html page and on 50 development
pages (every 27th wcxb-dev page; skipped when the data is not beside the repository)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from artextract import extract
from artextract.blocks import Form
from artextract.markdown import runs
from artextract.output import render

REPO = Path(__file__).resolve().parents[1]
HTML = REPO / "fixtures" / "html"
WCXB = REPO.parent / "shared" / "data" / "wcxb-dev"
DEV_STEP, DEV_PAGES = 27, 50
PARSER = MarkdownIt("commonmark").enable("table")


def _dev_pages() -> list[str]:
    if not (WCXB / "html").is_dir():
        return []
    ids = sorted(path.name.split(".")[0] for path in (WCXB / "html").glob("*.html.gz"))
    return ids[::DEV_STEP][:DEV_PAGES]


def _page(name: str):
    if name.startswith("wcxb:"):
        file_id = name.split(":", 1)[1]
        url = json.loads((WCXB / "ground-truth" / f"{file_id}.json").read_text("utf-8")).get("url")
        return extract(gzip.decompress((WCXB / "html" / f"{file_id}.html.gz").read_bytes()), url=url, input_type="html")
    return extract((HTML / f"{name}.html").read_bytes(), input_type="html")


PAGES = [path.stem for path in sorted(HTML.glob("*.html"))] + [f"wcxb:{file_id}" for file_id in _dev_pages()]


def check_markdown(article, links: bool = False) -> None:
    text = render(article, "markdown", links=links)
    tokens = PARSER.parse(text)
    parts = article.body_parts
    groups = list(runs(parts))
    tables = sum(1 for group in groups if group[0].form is Form.TABLE_ROW)
    assert sum(1 for token in tokens if token.type == "table_open") == tables, "a table did not parse as a table"
    fences = [token for token in tokens if token.type == "fence"]
    code = ["\n".join(part.text for part in group) + "\n" for group in groups if group[0].form is Form.CODE]
    assert [token.content for token in fences] == code, "code fences do not balance or lost text"
    levels = [int(token.tag[1]) for token in tokens if token.type == "heading_open"]
    previous = 1  # the headline's level, or the level above the first section
    for level in levels:
        assert level <= previous + 1, f"heading level jumps to {level} after {previous}: {levels}"
        previous = level
    assert levels.count(1) == (1 if article.headline else 0), "one '#' headline, and only that"
    images = {child.attrs.get("src") for token in tokens if token.type == "inline" for child in token.children or ()
              if child.type == "image"}
    missing = [caption.image for caption in article.captions if caption.image and caption.image not in images]
    assert not missing, f"captions with an image not shown as one: {missing}"


@pytest.mark.parametrize("name", PAGES)
def test_markdown_parses_as_intended(name):
    article = _page(name)
    check_markdown(article)
    check_markdown(article, links=True)


def test_fixtures_and_dev_pages_are_there():
    assert len([name for name in PAGES if not name.startswith("wcxb:")]) >= 13
    if WCXB.is_dir():
        assert len(PAGES) - 13 >= DEV_PAGES
