"""The HTML pipeline: parse -> metadata -> container -> blocks -> zones -> shared classifier -> Article."""

from __future__ import annotations

from ..article import Article, Source
from ..assemble import PageFacts, assemble
from ..classify import classify
from ..options import Favor, Options
from ..source import Decoded
from ..page_type import declared_signals, dom_counts, html_page_kind, says_thread
from ..rules.page_type import COUNTED_TAGS
from ..text.lines import closing_credits
from .content import Tuning, find_region, free_value, post_stamps, thread_replies
from .fence import choose_fence
from .headline import headline_block, shown_headline
from .metadata import PageMetadata, clean_title, read_metadata
from .parse import parse_page
from .render import render_page
from .tree import indexed_document, tagged_elements


def extract_html(page: Decoded, options: Options) -> Article:
    parsed = parse_page(page)
    root = parsed.root
    with indexed_document(root):  # (the metadata readers' walks for their few tags made one; see there)
        metadata = read_metadata(root, options.url)
        counted = dom_counts(tagged_elements(root, COUNTED_TAGS))  # (from the same walk; see dom_counts)
    facts = page_facts(metadata, options.url)
    declared_signals(counted, metadata.types, metadata.og_type, facts.url)
    # The headline phase ran inside read_metadata: it needs the cleaned title, and the byline and
    # date readers there look near the headline it finds (html/headline.py).
    headline = metadata.headline
    rendering = render_page(root, options.include_comments, headline.holders, metadata.base, headline)
    thread = says_thread(counted)
    if thread_replies(rendering.blocks, thread):
        for item in rendering.blocks:
            item.in_comments = False  # the thread's replies: read as the caller's include_comments reads them
    tuning = Tuning.for_favor(Favor(options.favor).value)
    free = [free_value(item, tuning) for item in rendering.blocks]
    fence, why = choose_fence(rendering.blocks, rendering.candidates, free)
    shown = headline_block(rendering.blocks, rendering.headline, headline, facts.title)
    region = find_region(rendering.blocks, facts.title, fence, rendering.boxes, tuning, why, free, shown, facts.authors)
    region.skips = rendering.skips
    closing_credits(region.blocks, markup=True)  # a picture's credit under the text's end (text/lines.py)
    region.headline_why = headline.why if shown is not None else ""
    decisions = post_stamps(classify(region.blocks), thread)
    headline_text = region.blocks[region.headline].text if region.headline is not None else None
    facts.headline = shown_headline(headline_text, region.headline_matches_title, facts.title, headline)
    article = assemble(decisions, Source("html", options.source_path), facts)
    html_page_kind(counted, decisions, article, rendering)
    article.trace.append(region)  # the region's facts, for --explain (after the decisions)
    article.warnings[:0] = parsed.warnings  # what the size budget left unread comes first
    return article


def page_facts(metadata: PageMetadata, url: str | None) -> PageFacts:
    return PageFacts(
        title=clean_title(metadata.title, metadata.site_name, metadata.url or url),
        description=metadata.description,
        authors=list(metadata.authors),
        published=metadata.published,
        site_name=metadata.site_name,
        language=metadata.language,
        url=metadata.url or url,
        image=metadata.image,
        tags=list(metadata.tags),
        base=metadata.base,
    )
