"""The shared block classifier: one label for every block, with the reason.

Both pipelines hand over blocks in reading order, each marked with its zone
(head of the article, main text, or outside) and any structural hint. The
classifier reads the article the way a person does:

1. the head: everything before the first body paragraph. Headline, standfirst,
   byline and date lines, the lead caption and key points live there; the rest
   of it (share bars, "2 min read", section labels) is furniture;
2. the main text: body paragraphs, headings, lists, with captions and stray
   furniture lines taken out;
3. the tail: headings and labels left dangling after the last paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import signals
from .authors import looks_like_byline
from .blocks import Block, Decision, Form, Kind, Zone
from .dates import find_date
from .rules import text as rules


def classify(blocks: Sequence[Block]) -> list[Decision]:
    labels: list[Decision | None] = [None] * len(blocks)
    _label_outside_and_furniture(blocks, labels)
    body_start = _find_body_start(blocks, labels)
    _label_head(blocks, labels, body_start)
    _label_main(blocks, labels, body_start)
    _drop_dangling_tail(blocks, labels)
    return [label for label in labels if label is not None]


def _label_outside_and_furniture(blocks: Sequence[Block], labels: list[Decision | None]) -> None:
    for index, block in enumerate(blocks):
        if block.zone is Zone.OUTSIDE:
            labels[index] = Decision(block, Kind.BOILERPLATE, "outside the article region")
        elif block.hint is Kind.BOILERPLATE:
            labels[index] = Decision(block, Kind.BOILERPLATE, "marked as furniture by the page structure")
        elif block.hint is None or block.hint is Kind.BODY:
            reason = signals.boilerplate_reason(block.text)
            if reason:
                labels[index] = Decision(block, Kind.BOILERPLATE, reason)


def _is_body_paragraph(block: Block) -> bool:
    if block.hint not in (None, Kind.BODY):
        return False
    if block.form not in (Form.PARAGRAPH, Form.QUOTE) or block.bullet:
        return False
    if not signals.is_prose(block.text):
        return False
    if signals.split_credit(block.text)[1] is not None:
        return False
    return not looks_like_byline(block.text)


def _find_body_start(blocks: Sequence[Block], labels: list[Decision | None]) -> int:
    """Index of the first body paragraph, skipping a standfirst when one is framed as such.

    A prose line right under the headline that is followed by byline, date,
    caption or key-point lines before the next paragraph is a standfirst: the
    body proper starts after that furniture.
    """
    candidates = [
        index
        for index, block in enumerate(blocks)
        if labels[index] is None and block.zone is Zone.MAIN and _is_body_paragraph(block)
    ]
    if not candidates:
        return len(blocks)
    first = candidates[0]
    if len(candidates) > 1 and _framed_as_standfirst(blocks, labels, first, candidates[1]):
        return candidates[1]
    return first


def _framed_as_standfirst(blocks: Sequence[Block], labels: list[Decision | None], first: int, second: int) -> bool:
    before = [i for i in range(first) if labels[i] is None and blocks[i].zone is not Zone.OUTSIDE]
    if not before or not signals.is_headline_shaped(blocks[before[-1]].text):
        return False
    between = [blocks[i] for i in range(first + 1, second) if labels[i] is None]
    return bool(between) and any(_head_furniture(block) for block in between)


def _head_furniture(block: Block) -> bool:
    return (
        looks_like_byline(block.text)
        or signals.is_person_name(block.text)
        or _is_date_line(block.text)
        or block.hint in (Kind.CAPTION, Kind.BYLINE, Kind.DATE)
        or signals.split_credit(block.text)[1] is not None
        or (block.bullet is not None and signals.word_count(block.text) >= 4)
    )


def _is_date_line(text: str) -> bool:
    return signals.word_count(text) <= 12 and find_date(text) is not None


def _label_head(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> None:
    headline = _choose_headline(blocks, labels, body_start)
    after_key_point_label = False
    for index in range(body_start):
        if labels[index] is not None:
            continue
        block = blocks[index]
        text = block.text
        if index == headline:
            labels[index] = Decision(block, Kind.HEADLINE, "headline-shaped line closest above the body")
        elif block.hint in (Kind.CAPTION, Kind.KEY_POINT, Kind.BYLINE, Kind.DATE, Kind.STANDFIRST):
            labels[index] = Decision(block, block.hint, "marked by the page structure")
        elif signals.is_key_point_label(text):
            labels[index] = Decision(block, Kind.BOILERPLATE, "key-point list label")
            after_key_point_label = True
        elif (block.bullet or block.form is Form.LIST_ITEM) and (after_key_point_label or signals.word_count(text) >= 4):
            labels[index] = Decision(block, Kind.KEY_POINT, "bulleted sentence above the body")
        elif signals.split_credit(text)[1] is not None:
            labels[index] = Decision(block, Kind.CAPTION, "line ending in a photo credit")
        elif looks_like_byline(text):
            labels[index] = Decision(block, Kind.BYLINE, "byline")
        elif signals.is_person_name(text) and headline is not None and index > headline:
            labels[index] = Decision(block, Kind.BYLINE, "a name alone under the headline")
        elif _is_date_line(text):
            labels[index] = Decision(block, Kind.DATE, "date line")
        elif headline is not None and index > headline and _is_body_paragraph(block):
            labels[index] = Decision(block, Kind.STANDFIRST, "prose between headline and byline")
        else:
            labels[index] = Decision(block, Kind.BOILERPLATE, "furniture above the article")


def _choose_headline(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> int | None:
    """The headline: a structural hint if there is one, else the best-scoring headline-shaped line."""
    candidates: list[int] = []
    for index in range(body_start):
        block = blocks[index]
        if labels[index] is not None:
            continue
        if block.hint is Kind.HEADLINE:
            return index
        if block.hint is not None or block.bullet or block.form is Form.LIST_ITEM:
            continue
        text = block.text
        if signals.is_headline_shaped(text) and not _head_furniture(block) and not signals.is_key_point_label(text):
            candidates.append(index)
    if not candidates:
        return None
    repeated = _repeated_texts(blocks)
    return max(candidates, key=lambda index: (_headline_score(blocks, labels, index, body_start, repeated), index))


def _headline_score(
    blocks: Sequence[Block], labels: list[Decision | None], index: int, body_start: int, repeated: set[str]
) -> float:
    """How much a line looks like the headline, from its shape and its neighbours.

    Navigation entries are short and stand among short entries; standfirsts
    are long sentences; the headline sits just above what introduces the
    article (byline, date, standfirst, caption, text).
    """
    text = blocks[index].text
    words = signals.word_count(text)
    score = rules.HEADLINE_LENGTH_WEIGHT * min(words, rules.HEADLINE_FULL_LENGTH_WORDS) / rules.HEADLINE_FULL_LENGTH_WORDS
    if words > rules.HEADLINE_TOO_LONG_WORDS:
        score -= rules.HEADLINE_TOO_LONG_PENALTY
    if text.endswith(".") and not text.endswith(".."):
        score -= rules.HEADLINE_FULL_STOP_PENALTY
    previous = _neighbour(blocks, labels, index, -1)
    following = _neighbour(blocks, labels, index, +1)
    if _menu_like(previous) and _menu_like(following):
        score -= rules.HEADLINE_MENU_PENALTY
    if following is not None and (_head_furniture(following) or _is_body_paragraph(following) or following.hint is not None):
        score += rules.HEADLINE_FOLLOWED_BONUS
    if words >= 3 and signals.normalise(text) in repeated:
        score += rules.HEADLINE_REPEATED_BONUS
    score += rules.HEADLINE_PROXIMITY_WEIGHT * index / max(body_start, 1)
    return score


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
    return block is not None and signals.word_count(block.text) <= rules.HEADLINE_MENU_NEIGHBOUR_WORDS and not _head_furniture(block)


def _repeated_texts(blocks: Sequence[Block]) -> set[str]:
    seen: set[str] = set()
    repeated: set[str] = set()
    for block in blocks:
        key = signals.normalise(block.text)
        (repeated if key in seen else seen).add(key)
    return repeated


def _label_main(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> None:
    for index in range(body_start, len(blocks)):
        if labels[index] is not None:
            continue
        block = blocks[index]
        if block.hint in (Kind.CAPTION, Kind.KEY_POINT, Kind.STANDFIRST, Kind.HEADLINE, Kind.BYLINE, Kind.DATE):
            labels[index] = Decision(block, block.hint, "marked by the page structure")
        elif block.form is Form.PARAGRAPH and signals.split_credit(block.text, require_label=True)[1] is not None:
            labels[index] = Decision(block, Kind.CAPTION, "line ending in a labelled photo credit")
        else:
            labels[index] = Decision(block, Kind.BODY, "article text")


def _drop_dangling_tail(blocks: Sequence[Block], labels: list[Decision | None]) -> None:
    """Headings and short labels after the last paragraph introduce nothing: they are rails."""
    for index in range(len(blocks) - 1, -1, -1):
        label = labels[index]
        if label is None or label.kind is not Kind.BODY:
            continue
        block = blocks[index]
        if block.form is Form.HEADING or (block.form is Form.PARAGRAPH and not signals.is_prose(block.text) and signals.word_count(block.text) <= 4):
            labels[index] = Decision(block, Kind.BOILERPLATE, "dangling label after the last paragraph")
            continue
        break
