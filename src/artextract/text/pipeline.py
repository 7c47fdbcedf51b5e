"""The raw-text pipeline: lines -> blocks -> article region -> shared classifier -> Article."""

from __future__ import annotations

from ..article import Article, Source
from ..assemble import assemble
from ..classify import classify
from ..options import Options
from ..rules import text as rules
from .lines import closing_credits, lines_to_blocks, opening_credits, own_site_credits, pair_captions, split_lines
from .region import find_region


def extract_text(text: str, options: Options) -> Article:
    blocks = own_site_credits(pair_captions(lines_to_blocks(split_lines(text))), options.url)
    toll_scale, widen = rules.REGION_FAVOR[options.favor.value]
    region = find_region(blocks, toll_scale=toll_scale, widen=widen)
    closing_credits(blocks)
    opening_credits(blocks, region.headline)
    decisions = classify(blocks, headline_lookback=rules.HEADLINE_LOOKBACK_LINES, raw_text=True)
    article = assemble(decisions, Source("text", options.source_path))
    article.trace.append(region)  # how the page was read, for --explain (after the decisions)
    return article
