"""The HTML pipeline: parse -> metadata -> container -> blocks -> zones -> shared classifier -> Article."""

from __future__ import annotations

from ..article import Article, Source
from ..assemble import PageFacts, assemble
from ..classify import classify
from ..options import Options
from .content import find_container, zone_blocks
from .metadata import PageMetadata, clean_title, read_metadata
from .parse import parse_html
from .render import render_page


def extract_html(text: str, options: Options) -> Article:
    root = parse_html(text)
    metadata = read_metadata(root, options.url)
    facts = page_facts(metadata, options.url)
    container = find_container(root)
    rendered, boxes = render_page(root, container, include_comments=options.include_comments)
    blocks = zone_blocks(rendered, facts.title, container, boxes)
    decisions = classify(blocks)
    return assemble(decisions, Source("html", options.source_path), facts)


def page_facts(metadata: PageMetadata, url: str | None) -> PageFacts:
    return PageFacts(
        title=clean_title(metadata.title, metadata.site_name, metadata.url or url),
        description=metadata.description,
        authors=list(metadata.authors),
        published=metadata.published,
        site_name=metadata.site_name,
        language=metadata.language,
        url=metadata.url or url,
    )
