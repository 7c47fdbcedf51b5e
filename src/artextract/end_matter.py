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

import unicodedata
from collections.abc import Callable, Collection, Sequence
from typing import NamedTuple

from . import signals, vocabulary
from .blocks import Block, Form
from .rules import text as rules
from .rules.language import hangul_extra_words
from .rules.vocab import CLOSING_PROMO_MAX_WORDS, PAYWALL_MAX_PROSE_AFTER_SHARE, SUPPORT_APPEAL_MAX_PROSE_AFTER_SHARE


def end_matter_start(
    blocks: Sequence[Block], start: int, end: int, left_out: Collection[int] = (), *, opening_labels: bool = False,
    structured: bool = False,
) -> int:
    """The index where end matter begins in blocks[start:end], or `end` when there is none.
    `left_out`: blocks of the run that are not the article's (reader comments). `opening_labels`:
    a label that opens with the word of the site's recirculation ("Related articles that may
    interest you") names it too; raw text asks for it, where the label is the only tell (a page's
    markup fences its related box, and there such a label may head a link inside the text).
    `structured`: the raw text's page was read as structured, where a label must also leave the
    bulk of the run above it (`_leaves_bulk`)."""
    # Whether each block is the article's prose, asked once here for every rule below (each asked it
    # of every line in turn: five times a line, on a text of 50,000 short lines 4% of its extraction).
    prose = _article_prose(blocks, start, end)
    labelled = _labelled_start(blocks, start, end, opening_labels, structured, prose)
    boxed = paywall_start(blocks, start, support_appeal_start(blocks, start, labelled, prose), prose)
    return closing_promo_start(blocks, start, boxed, left_out, prose)


def _article_prose(blocks: Sequence[Block], start: int, end: int) -> list[bool]:
    """`is_article_prose` of every block, read for blocks[start:end] only (False before `start`)."""
    return [False] * start + [is_article_prose(block) for block in blocks[start:end]]


def paywall_start(blocks: Sequence[Block], start: int, end: int, prose: Sequence[bool] | None = None) -> int:
    """Where a paywall's box stops the article ("Kostenlos registrieren und weiterlesen", "To view the
    full story, please subscribe"): the first short paragraph saying a cuts_article phrase after some of
    the article's prose, when little prose follows it. A paywalled page shows a paragraph or two, so any
    prose before it will do; what follows it (offers, log-in, the site's FAQ, comments) is short lines,
    while a text shown whole with a box inside it goes on in long paragraphs and is kept.
    `prose`: `_article_prose` of the blocks, when the caller has read it."""
    prose = _article_prose(blocks, start, end) if prose is None else prose

    def little_after(index: int, prose_before: int) -> bool:
        return _prose_words(blocks, index + 1, end, prose) <= PAYWALL_MAX_PROSE_AFTER_SHARE * prose_before

    return _box_start(blocks, start, end, vocabulary.cuts_article, 1, little_after, prose)


def support_appeal_start(blocks: Sequence[Block], start: int, end: int, prose: Sequence[bool] | None = None) -> int:
    """Where a plea for money under the text ends the article ("Please support us so we can ...",
    "You can buy me a coffee", "können Sie mich durch eine Spende unterstützen"): the first short
    paragraph saying a support_appeal phrase after the article's prose (END_MATTER_MIN_PROSE_BEFORE),
    when the prose below it, every paragraph of prose counted (not only the long ones the paywall
    counts), is at most SUPPORT_APPEAL_MAX_PROSE_AFTER_SHARE of the prose above it. Under the plea
    stand the site's boxes, a comment prompt, comments of a sentence or two; a plea after a post's
    introduction has the post's paragraphs below it, short ones too, and leaves the text whole.
    `prose`: `_article_prose` of the blocks, when the caller has read it."""
    prose = _article_prose(blocks, start, end) if prose is None else prose

    def little_after(index: int, prose_before: int) -> bool:
        return _prose_words(blocks, index + 1, end, prose, min_words=0) <= SUPPORT_APPEAL_MAX_PROSE_AFTER_SHARE * prose_before

    return _box_start(blocks, start, end, vocabulary.appeals_for_support, rules.END_MATTER_MIN_PROSE_BEFORE, little_after,
                      prose)


def _box_start(blocks: Sequence[Block], start: int, end: int, says: Callable[[str], bool], min_prose_before: int,
               little_after: Callable[[int, int], bool], prose: Sequence[bool]) -> int:
    """The first short paragraph of blocks[start:end] that `says` is the site's box, with at least
    `min_prose_before` words of the article's prose (`prose`, `_article_prose`) above it and
    `little_after(index, prose_before)`."""
    prose_before = 0
    for index in range(start, end):
        block = blocks[index]
        text = block.text
        if (prose_before >= min_prose_before and signals.word_count(text) <= CLOSING_PROMO_MAX_WORDS and says(text)
                and little_after(index, prose_before)):
            return index
        if prose[index]:
            prose_before += signals.word_count(text)
    return end


def closing_promo_start(blocks: Sequence[Block], start: int, end: int, left_out: Collection[int] = (),
                        prose: Sequence[bool] | None = None) -> int:
    """Where the site's closing invitations begin ("Join our Telegram channel", "Write to us at ..."):
    short paragraphs saying a house_promo phrase, last in the article's text (below them only
    short lines that are no sentence, and blocks left out), after some of its prose. `prose`:
    `_article_prose` of the blocks, when the caller has read it."""
    prose = _article_prose(blocks, start, end) if prose is None else prose
    # The first paragraph of prose, found first: a cut at or above it has no prose before it, and the
    # sweep only lowers the cut, so the answer is known there (a text of 50,000 short lines and no
    # prose asked every line for nothing).
    first_prose = next((index for index in range(start, end) if prose[index]), end)
    cut = index = end
    while index > start + 1 and first_prose < cut:
        index -= 1
        text = blocks[index].text
        if signals.word_count(text) <= CLOSING_PROMO_MAX_WORDS and vocabulary.closing_promo(text):
            cut = index
        elif index not in left_out and (signals.word_count(text) > rules.END_MATTER_LABEL_MAX_WORDS
                                        or signals.is_prose(text)):
            break
    return cut if first_prose < cut else end


def _labelled_start(blocks: Sequence[Block], start: int, end: int, opening_labels: bool, structured: bool,
                    prose: Sequence[bool]) -> int:
    """Where a label of end matter ("Related articles") begins it, or an unlabelled teaser tail
    (`prose`: `_article_prose` of the blocks)."""
    # prose_length_before: the prose above in the bar's count (Korean runs of syllables counted a word every
    # two, rules.language.hangul_extra_words); prose_before: the spaced count, which the share below weighs.
    prose_before = prose_length_before = words_before = 0
    for index in range(start, end):
        block = blocks[index]
        if _is_label(block, rules.END_MATTER_OPENING_LABEL_MAX_WORDS if opening_labels else rules.END_MATTER_LABEL_MAX_WORDS):
            text = block.text.strip()
            # (a structured page's label must leave the bulk of its run above it, `_leaves_bulk`)
            bulk = (blocks, index, end, prose_before, words_before, prose)
            # What the label names is read once, for the two rules below, when either may ask.
            label = _read_label(text) if prose_length_before >= _LABEL_MIN_PROSE_BEFORE else None
            if (label is not None and prose_length_before >= rules.END_MATTER_MIN_PROSE_BEFORE
                    and _names_end_matter(label, opening_labels)):
                if _prose_words(blocks, index + 1, end, prose) <= rules.END_MATTER_MAX_PROSE_AFTER_SHARE * prose_before:
                    if not structured or _leaves_bulk(*bulk):
                        return index
            if (label is not None and label.concept == "page_feedback"
                    and prose_before >= rules.PAGE_FEEDBACK_MIN_PROSE_BEFORE and _footer_only_below(blocks, index, end, prose_before)):
                return index
            if words_before >= rules.END_MATTER_SHOP_MIN_WORDS_BEFORE and rules.SHOP_RECIRCULATION_LABEL.match(text):
                if _prose_words(blocks, index + 1, end, prose) <= rules.END_MATTER_MAX_PROSE_AFTER_SHARE * words_before:
                    if not structured or _leaves_bulk(*bulk):
                        return index
        if prose[index]:
            prose_before += (words := signals.word_count(block.text))
            prose_length_before += words + hangul_extra_words(block.text)
        if block.form is not Form.HEADING:
            words_before += signals.word_count(block.text)
    return teaser_tail_start(blocks, start, end, prose)


def _footer_only_below(blocks: Sequence[Block], index: int, end: int, prose_before: int) -> bool:
    """Whether only the page's footer stands under a documentation page's prompt for feedback on it
    ("Was this page helpful?") at `index`: fewer words below it than PAGE_FEEDBACK_MAX_WORDS_AFTER_SHARE
    of the prose above it. (A doc of lists and code has less prose than an article for the label rule; its
    footer's licence sentence is long, yet short beside the doc.)"""
    after = sum(signals.word_count(block.text) for block in blocks[index + 1 : end])
    return after <= rules.PAGE_FEEDBACK_MAX_WORDS_AFTER_SHARE * prose_before


def _leaves_bulk(blocks: Sequence[Block], index: int, end: int, prose_before: int, words_before: int,
                 prose: Sequence[bool]) -> bool:
    """Whether a label at `index` of a structured page's run leaves the bulk of the run above it, as
    end matter does: no more of the article's prose below it (short paragraphs too: a collection's
    guides under "Related Expert Advice articles") than above it, and below it at most
    END_MATTER_STRUCTURED_MAX_WORDS_AFTER times the words above it (a shop's grid under "Customers
    also bought", a listing under "More news", near the top of the run, are the page itself).
    A prose article's run ends at its last paragraphs: its labels are weighed as they were, and so
    are those under a run that reads as an article, where at least END_MATTER_STRUCTURED_ARTICLE_SHARE
    of the words above the label are its prose (a news story over many teaser cards whose sentences
    outweigh it): the shop's grid and the guide hub's items above their labels are seldom prose."""
    if prose_before >= rules.END_MATTER_STRUCTURED_ARTICLE_SHARE * words_before:
        return True
    if _prose_words(blocks, index + 1, end, prose, min_words=0) > prose_before:
        return False
    after = blocks[index + 1 : end]
    return sum(signals.word_count(block.text) for block in after) <= rules.END_MATTER_STRUCTURED_MAX_WORDS_AFTER * words_before


class _Label(NamedTuple):
    """A label as the end-matter rules read it."""

    text: str  # without the marks at its edges (`_without_edge_marks`)
    key: str  # that, normalised
    concept: str | None  # the concept of end matter the whole of it names


# The least prose above a label at which a rule of `_labelled_start` asks what it names.
_LABEL_MIN_PROSE_BEFORE = min(rules.END_MATTER_MIN_PROSE_BEFORE, rules.PAGE_FEEDBACK_MIN_PROSE_BEFORE)


def _read_label(text: str) -> _Label:
    bare = _without_edge_marks(text)
    key = signals.normalise(bare)
    return _Label(bare, key, vocabulary.end_matter_concept(key))


def _names_end_matter(label: _Label, opening_labels: bool) -> bool:
    """Whether a label names end matter: the whole of it, or (`opening_labels`) its opening when
    that names the site's recirculation (END_MATTER_OPENING_CONCEPTS): its first word ("Related
    articles that may interest you", "Related Blogs"), or a phrase of END_MATTER_OPENING_PHRASE_MIN_WORDS
    words or more ("You may also like these posts...")."""
    text, key = label.text, label.key
    if label.concept:
        return True
    if not opening_labels:
        return False
    if not text[:1].isalpha() or (text.endswith((".", "!", "?")) and not text.endswith("...")):
        # a heading that says something ("More posts ≠ more subscribers."), a quote, a list's item;
        # an ellipsis trails off a label ("You may also like these posts...")
        return False
    tokens = key.split()
    # A sentence over the short label's length introducing what follows with its colon ("You may be interested
    # in the following topics as well:") is named by a phrase, not by its first word ("Related to the wall, ...:").
    said = len(tokens) > rules.END_MATTER_LABEL_MAX_WORDS and text.endswith(":")
    openings = (*(() if said else (1,)), *range(rules.END_MATTER_OPENING_PHRASE_MIN_WORDS, len(tokens)))
    return any(vocabulary.end_matter_concept(" ".join(tokens[:count])) in rules.END_MATTER_OPENING_CONCEPTS
               for count in openings if count < len(tokens))


def _without_edge_marks(text: str) -> str:
    """The label without the marks at its edges that name nothing (END_MATTER_LABEL_EDGE_CATEGORIES:
    "🔥 Recommended Posts", "Keep Reading 🚀", "Explore more →"), nor the spaces they leave."""
    text = text.strip()
    first, last = 0, len(text)
    while first < last and (text[first].isspace() or _edge_mark(text[first])):
        first += 1
    while last > first and (text[last - 1].isspace() or _edge_mark(text[last - 1])):
        last -= 1
    return text[first:last]


def _edge_mark(char: str) -> bool:
    """A non-ASCII pictograph, arrow or icon glyph (ASCII "+", "*" and "#" stay: a list's bullet or a
    count, read as such elsewhere)."""
    return not char.isascii() and unicodedata.category(char) in rules.END_MATTER_LABEL_EDGE_CATEGORIES


def teaser_tail_start(blocks: Sequence[Block], start: int, end: int, prose: Sequence[bool] | None = None) -> int:
    """Where an unlabelled list of other stories' titles begins after the article's last paragraph.

    A list of teaser titles of 8 to 12 words pays its way in a run of lines
    like a short paragraph would, so the run reaches past the text into it.
    Its shape gives it away without any label: after the last paragraph of
    prose, nothing but lines shaped like headlines (no sentence, several
    words, no list mark) and the short lines between them (dates, sections).
    `prose`: `_article_prose` of the blocks, when the caller has read it.
    """
    prose = _article_prose(blocks, start, end) if prose is None else prose
    last = next((i for i in range(end - 1, start - 1, -1) if prose[i]), None)
    if last is None or last == start:
        return end
    if _prose_words(blocks, start, last + 1, prose, min_words=0) < rules.TEASER_TAIL_MIN_PROSE_BEFORE:
        return end  # a page of little prose is made of its lists: they are its content
    tail = blocks[last + 1 : end]
    titles = sum(1 for block in tail if _is_teaser_title(block))
    if titles >= rules.TEASER_TAIL_MIN_TITLES and titles >= rules.TEASER_TAIL_MIN_SHARE * len(tail):
        return last + 1
    return end


def _is_teaser_title(block: Block) -> bool:
    if block.bullet or block.form not in (Form.PARAGRAPH, Form.HEADING):
        return False
    text = block.text
    return (
        signals.word_count(text) >= rules.TEASER_TITLE_MIN_WORDS
        and signals.is_headline_shaped(text)
        and not signals.is_prose(text)
    )


def _is_label(block: Block, max_words: int) -> bool:
    """A heading or a short line that is not a sentence (the cheap word count first: most blocks are long).
    Raw text asks for labels of up to END_MATTER_OPENING_LABEL_MAX_WORDS words (`max_words`), which name end
    matter by their opening only (`_names_end_matter`): over END_MATTER_LABEL_MAX_WORDS words a sentence
    introducing what follows with its colon is one too ("You may be interested in the following topics as well:")."""
    words = signals.word_count(block.text)
    if words > max_words:
        return False
    if block.form is Form.HEADING:
        return True
    return block.form is Form.PARAGRAPH and (
        not signals.is_prose(block.text) or (words > rules.END_MATTER_LABEL_MAX_WORDS and block.text.rstrip().endswith(":")))


def is_article_prose(block: Block) -> bool:
    """A paragraph of the article's own prose: not a heading, mostly not link text."""
    return block.form is not Form.HEADING and block.link_density < 0.5 and signals.is_prose(block.text)


def _prose_words(blocks: Sequence[Block], start: int, end: int, prose: Sequence[bool],
                 min_words: int = rules.END_MATTER_LONG_PARAGRAPH_WORDS) -> int:
    """The words of the article's prose (`prose`, `_article_prose`) in blocks[start:end], of paragraphs
    of `min_words` or more."""
    return sum(
        words
        for index in range(start, end)
        if prose[index] and (words := signals.word_count(blocks[index].text)) >= min_words
    )
