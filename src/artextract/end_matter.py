"""Where the article ends: the "Related articles" / "More from" / "Sources" section after it.

Sites put their recirculation (related and recent posts, "more from the
author", trending lists) and the article's source list in the same column as
the text, often in the same element, so neither the region's run nor its
widening to the holding element leaves them out: their teaser sentences pay
their way like prose. The section's label is the tell: once a heading or a
short label names end matter, what follows it is the site's, not the
article's, provided the article's prose is behind it and little prose
follows (a label mid-article, "Related reading" before three more sections,
must not cut the text). A shop's "People who viewed this item also viewed"
ends a product page, whose text before it is short and seldom prose.

Both pipelines call this on their blocks, so one rule serves HTML and text.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import signals, vocabulary
from .blocks import Block, Form
from .rules import text as rules


def end_matter_start(blocks: Sequence[Block], start: int, end: int) -> int:
    """The index where end matter begins in blocks[start:end], or `end` when there is none."""
    prose_before = words_before = 0
    for index in range(start, end):
        block = blocks[index]
        if _is_label(block):
            text = block.text.strip()
            if prose_before >= rules.END_MATTER_MIN_PROSE_BEFORE and vocabulary.end_matter_concept(signals.normalise(text)):
                if _prose_words(blocks, index + 1, end) <= rules.END_MATTER_MAX_PROSE_AFTER_SHARE * prose_before:
                    return index
            if words_before >= rules.END_MATTER_SHOP_MIN_WORDS_BEFORE and rules.SHOP_RECIRCULATION_LABEL.match(text):
                if _prose_words(blocks, index + 1, end) <= rules.END_MATTER_MAX_PROSE_AFTER_SHARE * words_before:
                    return index
        if _is_article_prose(block):
            prose_before += signals.word_count(block.text)
        if block.form is not Form.HEADING:
            words_before += signals.word_count(block.text)
    return end


def _is_label(block: Block) -> bool:
    """A heading or a short line that is not a sentence (the cheap word count first: most blocks are long)."""
    if signals.word_count(block.text) > rules.END_MATTER_LABEL_MAX_WORDS:
        return False
    return block.form is Form.HEADING or (block.form is Form.PARAGRAPH and not signals.is_prose(block.text))


def _is_article_prose(block: Block) -> bool:
    return block.form is not Form.HEADING and block.link_density < 0.5 and signals.is_prose(block.text)


def _prose_words(blocks: Sequence[Block], start: int, end: int) -> int:
    return sum(
        signals.word_count(block.text)
        for block in blocks[start:end]
        if _is_article_prose(block) and signals.word_count(block.text) >= rules.END_MATTER_LONG_PARAGRAPH_WORDS
    )
