"""Which line is the headline when the page's structure does not say: a linear score of features.

The weights are data (rules.HEADLINE_WEIGHTS), fitted on the development
pages; `headline_features` is what they weigh.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import signals
from ..blocks import Block, Decision, Form, Kind, Zone
from ..rules import text as rules
from .lines import OUTSIDE_REASON, head_furniture, is_body_paragraph, is_date_line, looks_like_byline, meta_furniture, short_key, texts_below

def choose_headline(
    blocks: Sequence[Block], labels: list[Decision | None], body_start: int, lookback: int = 0
) -> int | None:
    """The headline: a structural hint if there is one, else the best-scoring headline-shaped line.

    With `lookback`, lines the region left outside but standing at most that
    many lines above the body are candidates too: a headline can be separated
    from its text by a table of contents, an author box or a promotion.
    """
    hinted, candidates = _headline_candidates(blocks, labels, body_start, lookback)
    if hinted is not None:
        return hinted
    if not candidates:
        return None
    context = _HeadlineContext(blocks, labels, body_start, candidates)
    weights = rules.HEADLINE_WEIGHTS

    def score(index: int) -> float:
        return sum(weights.get(name, 0.0) * value for name, value in _headline_features(context, index).items())

    return max(candidates, key=lambda index: (score(index), index))


def _headline_candidates(
    blocks: Sequence[Block], labels: list[Decision | None], body_start: int, lookback: int
) -> tuple[int | None, list[int]]:
    """(a block hinted as the headline, or None; the headline-shaped lines above the body)."""
    window = max(0, body_start - lookback) if lookback else body_start
    candidates: list[int] = []
    for index in range(body_start):
        block = blocks[index]
        if block.hint is Kind.HEADLINE and labels[index] is None:
            return index, []
        if labels[index] is not None:
            far = index >= window and block.zone is Zone.OUTSIDE and labels[index].reason == OUTSIDE_REASON
            if not far or signals.boilerplate_reason(block.text):
                continue
        if block.hint is not None or block.bullet or block.form is Form.LIST_ITEM:
            continue
        text = block.text
        if signals.is_headline_shaped(text) and not meta_furniture(block) and not signals.is_key_point_label(text):
            candidates.append(index)
    return None, candidates


class _HeadlineContext:
    """What every headline candidate is compared with, computed once per page (linear)."""

    def __init__(self, blocks: Sequence[Block], labels: list[Decision | None], body_start: int, candidates: list[int]):
        self.blocks, self.labels, self.body_start, self.candidates = blocks, labels, body_start, candidates
        self.repeated = _repeated_texts(blocks)
        self.below = texts_below(blocks, body_start)
        self.crumbs, self.crumb_tails = _breadcrumb_tails(blocks, candidates)
        self.first_long = next(
            (index for index in candidates if signals.word_count(blocks[index].text) >= rules.HEADLINE_FIRST_LONG_WORDS), None
        )
        self.rank = {index: rank for rank, index in enumerate(reversed(candidates))}
        # Lines between a candidate and the body, furniture phrases not counted.
        self.lines_to_body = [0] * (body_start + 1)
        for index in range(body_start - 1, -1, -1):
            label = labels[index]
            furniture = label is not None and label.kind is Kind.BOILERPLATE and label.reason != OUTSIDE_REASON
            self.lines_to_body[index] = self.lines_to_body[index + 1] + (0 if furniture else 1)
        self.body_words = _body_vocabulary(blocks, labels, body_start)


def _body_vocabulary(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> set[str]:
    """The longer words of the opening of the text: a headline announces what it goes on to say."""
    words: set[str] = set()
    seen = 0
    for index in range(body_start, len(blocks)):
        if labels[index] is not None:
            continue
        text = blocks[index].text[: rules.HEADLINE_BODY_VOCABULARY_CHARS]
        for word in signals.content_words(text):
            words.add(word)
        seen += len(text)
        if seen >= rules.HEADLINE_BODY_VOCABULARY_CHARS:
            break
    return words


def _headline_features(context: _HeadlineContext, index: int) -> dict[str, float]:
    """What a candidate line has of a headline, from its shape and its neighbours.

    Navigation entries are short and stand among short entries; standfirsts
    and disclaimers are long sentences; the headline sits just above what
    introduces the article (byline, date, reading time, standfirst, caption,
    text), and announces the words the text goes on to use.
    """
    blocks, labels = context.blocks, context.labels
    block = blocks[index]
    text = block.text
    words = signals.word_count(text)
    previous = _neighbour(blocks, labels, index, -1)
    following = _neighbour(blocks, labels, index, +1)
    key = signals.normalise(text)
    own = signals.content_words(text)
    distance = context.lines_to_body[index + 1]
    shared = sum(word in context.body_words for word in own)
    return {
        "length": min(words, rules.HEADLINE_FULL_LENGTH_WORDS) / rules.HEADLINE_FULL_LENGTH_WORDS,
        "too_long": float(words > rules.HEADLINE_TOO_LONG_WORDS),
        "full_stop": float(text.endswith(".") and not text.endswith("..")),
        "question": float(text.endswith("?")),
        "prose": float(signals.is_prose(text)),
        "title_case": signals.title_case_share(text),
        "person_name": float(signals.is_person_name(text)),
        "credit": float(signals.split_credit(text)[1] is not None),
        "menu_neighbours": float(_menu_like(previous) and _menu_like(following)),
        "followed": float(
            following is not None
            and (head_furniture(following) or is_body_paragraph(following) or following.hint is not None)
        ),
        "meta_below": float(_meta_within(blocks, index + 1, min(len(blocks), index + 1 + rules.HEADLINE_META_WINDOW))),
        "meta_above": float(index > 0 and _meta_within(blocks, index - 1, index)),
        "dated_below": float(_dated_within(blocks, index + 1, min(len(blocks), index + 1 + rules.HEADLINE_META_WINDOW))),
        "contents_below": float(
            any(
                signals.normalise(blocks[i].text) in rules.CONTENTS_LABELS
                for i in range(index + 1, min(len(blocks), index + 1 + rules.HEADLINE_META_WINDOW))
                if len(blocks[i].text) <= rules.META_LINE_MAX_CHARS
            )
        ),
        "main": float(block.zone is Zone.MAIN),
        "repeated": float(words >= 3 and key in context.repeated),
        "repeated_below": float(key in context.below),
        "breadcrumb": float(index in context.crumbs),
        "breadcrumb_tail": float(index in context.crumb_tails),
        "first_long": float(index == context.first_long),
        "proximity": index / max(context.body_start, 1),
        "near": 1.0 / (1.0 + distance),
        "far": min(distance, rules.HEADLINE_FAR_LINES) / rules.HEADLINE_FAR_LINES,
        "rank": 1.0 / (1.0 + context.rank[index]),
        "outside": float(block.zone is Zone.OUTSIDE),
        "in_body": (shared / len(own)) if own else 0.0,
        "in_body_words": min(shared, rules.HEADLINE_SHARED_WORDS_FULL) / rules.HEADLINE_SHARED_WORDS_FULL,
        "glued": float(signals.has_glued_words(text)),
        "separator": float(bool(rules.HEADLINE_SEPARATOR.search(text))),
    }


def _breadcrumb_tails(blocks: Sequence[Block], candidates: list[int]) -> tuple[set[int], set[int]]:
    """Candidates that end with another candidate's whole text ("Home Blog Packing Tips Guide"), and those ends.

    A breadcrumb repeats the headline after the section path, so the longer
    line is the trail and the shorter one the headline. Checked through word
    suffixes against a dict, so the cost stays linear in the candidates.
    """
    texts = {signals.normalise(blocks[index].text): index for index in candidates}
    trails: set[int] = set()
    tails: set[int] = set()
    for index in candidates:
        words = signals.normalise(blocks[index].text).split()
        for cut in range(1, min(len(words) - 1, rules.HEADLINE_MAX_WORDS) + 1):
            tail = " ".join(words[cut:]).strip(" |>/»›:-–—")
            if tail in texts:
                trails.add(index)
                tails.add(texts[tail])
                break
    return trails, tails


def _meta_within(blocks: Sequence[Block], start: int, end: int) -> bool:
    """Whether a byline, date or reading-time line stands in blocks[start:end]."""
    return any(head_furniture(blocks[i]) or signals.is_meta_line(blocks[i].text) for i in range(start, end))


def _dated_within(blocks: Sequence[Block], start: int, end: int) -> bool:
    """Whether a byline, a date or a reading time (not merely a name) stands in blocks[start:end]."""
    return any(
        looks_like_byline(blocks[i].text) or is_date_line(blocks[i].text) or signals.is_meta_line(blocks[i].text)
        for i in range(start, end)
    )


def _neighbour(blocks: Sequence[Block], labels: list[Decision | None], index: int, step: int) -> Block | None:
    """The nearest block on one side that is not a furniture phrase."""
    index += step
    while 0 <= index < len(blocks):
        label = labels[index]
        if label is None or label.kind is not Kind.BOILERPLATE or blocks[index].zone is Zone.OUTSIDE:
            return blocks[index]
        index += step
    return None


def _menu_like(block: Block | None) -> bool:
    return block is not None and signals.word_count(block.text) <= rules.HEADLINE_MENU_NEIGHBOUR_WORDS and not head_furniture(block)


def _repeated_texts(blocks: Sequence[Block]) -> set[str]:
    seen: set[str] = set()
    repeated: set[str] = set()
    for block in blocks:
        key = short_key(block.text)
        if key is None:
            continue  # only headline candidates are looked up
        (repeated if key in seen else seen).add(key)
    return repeated
