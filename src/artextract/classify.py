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
from .authors import looks_like_byline as _parse_byline
from .blocks import Block, Decision, Form, Kind, Zone
from .dates import find_date
from .rules import text as rules


def classify(blocks: Sequence[Block], *, headline_lookback: int = 0) -> list[Decision]:
    """Label every block. `headline_lookback`: how many lines above the body a
    headline may stand even outside the zones (0: only HEAD and MAIN blocks)."""
    labels: list[Decision | None] = [None] * len(blocks)
    _label_outside_and_furniture(blocks, labels)
    body_start = _find_body_start(blocks, labels)
    _label_head(blocks, labels, body_start, headline_lookback)
    _label_main(blocks, labels, body_start)
    _drop_dangling_tail(blocks, labels)
    return [label for label in labels if label is not None]


def _label_outside_and_furniture(blocks: Sequence[Block], labels: list[Decision | None]) -> None:
    for index, block in enumerate(blocks):
        if block.zone is Zone.OUTSIDE:
            labels[index] = Decision(block, Kind.BOILERPLATE, _OUTSIDE_REASON)
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
        return _fallback_body_start(blocks, labels)
    first = candidates[0]
    if len(candidates) > 1 and _framed_as_standfirst(blocks, labels, first, candidates[1]):
        return candidates[1]
    return first


def _fallback_body_start(blocks: Sequence[Block], labels: list[Decision | None]) -> int:
    """Where the text starts when no line reads as a paragraph (a few short sentences, a note).

    The body is then whatever is left below a leading headline-shaped line,
    so a short plain text is never returned empty.
    """
    open_lines = [
        index
        for index, block in enumerate(blocks)
        if labels[index] is None and block.zone is Zone.MAIN and block.hint in (None, Kind.BODY)
    ]
    if not open_lines:
        return len(blocks)
    first = open_lines[0]
    text = blocks[first].text
    leads_as_headline = signals.is_headline_shaped(text) and not rules.SENTENCE_END.search(text)
    if len(open_lines) > 1 and leads_as_headline:
        return open_lines[1]
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
        or signals.is_meta_line(block.text)
        or block.hint in (Kind.CAPTION, Kind.BYLINE, Kind.DATE)
        or signals.split_credit(block.text)[1] is not None
        or (block.bullet is not None and signals.word_count(block.text) >= 4)
    )


def _meta_furniture(block: Block) -> bool:
    """Head furniture that can never be a headline: bylines, dates, reading times.

    A line shaped like a name or ending like a credit may still be a short
    Title Case headline ("Packing Tips Guide"), so those only count against a
    candidate in `_headline_score`.
    """
    text = block.text
    return looks_like_byline(text) or _is_date_line(text) or signals.is_meta_line(text) or block.hint in (Kind.CAPTION, Kind.BYLINE, Kind.DATE)


def looks_like_byline(text: str) -> bool:
    """A byline, for blocks short enough to be one (the parser is not run on long paragraphs)."""
    return len(text) <= rules.BYLINE_MAX_CHARS and _parse_byline(text)


def _is_date_line(text: str) -> bool:
    if len(text) > rules.META_LINE_MAX_CHARS or signals.word_count(text) > 12:
        return False
    return find_date(text) is not None or signals.is_short_date(text)


def _label_head(blocks: Sequence[Block], labels: list[Decision | None], body_start: int, headline_lookback: int = 0) -> None:
    headline = _choose_headline(blocks, labels, body_start, headline_lookback)
    if headline is not None:
        labels[headline] = Decision(blocks[headline], Kind.HEADLINE, "headline-shaped line best placed above the body")
    # Bullets above the body whose text comes back below it are a table of
    # contents pointing at the article's own headings, not key points.
    below = _texts_below(blocks, body_start)
    after_key_point_label = False
    for index in range(body_start):
        if labels[index] is not None:
            continue
        block = blocks[index]
        text = block.text
        if block.hint is Kind.STANDFIRST and (block.form is Form.HEADING or _is_date_line(text)):
            # Themes style the first heading or the date line with "intro"/"lead" classes too.
            labels[index] = Decision(block, Kind.DATE if _is_date_line(text) else Kind.BOILERPLATE,
                                     "standfirst class on a date or heading")
        elif block.hint in (Kind.CAPTION, Kind.KEY_POINT, Kind.BYLINE, Kind.DATE, Kind.STANDFIRST):
            labels[index] = Decision(block, block.hint, "marked by the page structure")
        elif signals.is_key_point_label(text):
            labels[index] = Decision(block, Kind.BOILERPLATE, "key-point list label")
            after_key_point_label = True
        elif (block.bullet or block.form is Form.LIST_ITEM) and _short_key(text) in below:
            labels[index] = Decision(block, Kind.BOILERPLATE, "table of contents entry repeated in the text")
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


def _short_key(text: str) -> str | None:
    """The normalised text of a line short enough to be a heading or a headline (None otherwise)."""
    return signals.normalise(text) if len(text) <= rules.HEADLINE_MAX_CHARS else None


def _texts_below(blocks: Sequence[Block], body_start: int) -> set[str | None]:
    return {_short_key(blocks[index].text) for index in range(body_start, len(blocks))} - {None}


def _choose_headline(
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


_OUTSIDE_REASON = "outside the article region"


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
            far = index >= window and block.zone is Zone.OUTSIDE and labels[index].reason == _OUTSIDE_REASON
            if not far or signals.boilerplate_reason(block.text):
                continue
        if block.hint is not None or block.bullet or block.form is Form.LIST_ITEM:
            continue
        text = block.text
        if signals.is_headline_shaped(text) and not _meta_furniture(block) and not signals.is_key_point_label(text):
            candidates.append(index)
    return None, candidates


class _HeadlineContext:
    """What every headline candidate is compared with, computed once per page (linear)."""

    def __init__(self, blocks: Sequence[Block], labels: list[Decision | None], body_start: int, candidates: list[int]):
        self.blocks, self.labels, self.body_start, self.candidates = blocks, labels, body_start, candidates
        self.repeated = _repeated_texts(blocks)
        self.below = _texts_below(blocks, body_start)
        self.crumbs, self.crumb_tails = _breadcrumb_tails(blocks, candidates)
        self.first_long = next(
            (index for index in candidates if signals.word_count(blocks[index].text) >= rules.HEADLINE_FIRST_LONG_WORDS), None
        )
        self.rank = {index: rank for rank, index in enumerate(reversed(candidates))}
        # Lines between a candidate and the body, furniture phrases not counted.
        self.lines_to_body = [0] * (body_start + 1)
        for index in range(body_start - 1, -1, -1):
            label = labels[index]
            furniture = label is not None and label.kind is Kind.BOILERPLATE and label.reason != _OUTSIDE_REASON
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
            and (_head_furniture(following) or _is_body_paragraph(following) or following.hint is not None)
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
    return any(_head_furniture(blocks[i]) or signals.is_meta_line(blocks[i].text) for i in range(start, end))


def _dated_within(blocks: Sequence[Block], start: int, end: int) -> bool:
    """Whether a byline, a date or a reading time (not merely a name) stands in blocks[start:end]."""
    return any(
        looks_like_byline(blocks[i].text) or _is_date_line(blocks[i].text) or signals.is_meta_line(blocks[i].text)
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
    return block is not None and signals.word_count(block.text) <= rules.HEADLINE_MENU_NEIGHBOUR_WORDS and not _head_furniture(block)


def _repeated_texts(blocks: Sequence[Block]) -> set[str]:
    seen: set[str] = set()
    repeated: set[str] = set()
    for block in blocks:
        key = _short_key(block.text)
        if key is None:
            continue  # only headline candidates are looked up
        (repeated if key in seen else seen).add(key)
    return repeated


def _label_main(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> None:
    _label_key_point_box(blocks, labels, body_start)
    for index in range(body_start, len(blocks)):
        if labels[index] is not None:
            continue
        block = blocks[index]
        if block.hint is Kind.STANDFIRST:
            # A dek stands above the article text; "intro"/"excerpt" classes further down are text.
            labels[index] = Decision(block, Kind.BODY, "standfirst class below the start of the text")
        elif block.hint in (Kind.CAPTION, Kind.KEY_POINT, Kind.HEADLINE, Kind.BYLINE, Kind.DATE):
            labels[index] = Decision(block, block.hint, "marked by the page structure")
        elif block.form is Form.PARAGRAPH and signals.split_credit(block.text, require_label=True)[1] is not None:
            labels[index] = Decision(block, Kind.CAPTION, "line ending in a labelled photo credit")
        else:
            labels[index] = Decision(block, Kind.BODY, "article text")


def _label_key_point_box(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> None:
    """A "Key takeaways" / "Highlights" label in the text with a list under it: the article's key points.

    Only when the page has one such label: pages that repeat it ("At a glance"
    on every company of a ranking) label each item, not the article.
    """
    found = [
        index
        for index in range(body_start, len(blocks))
        if labels[index] is None and blocks[index].zone is Zone.MAIN and blocks[index].form is not Form.LIST_ITEM
        and signals.is_key_point_label(blocks[index].text)
    ]
    if len(found) != 1:
        return
    label_index = found[0]
    items = []
    for index in range(label_index + 1, len(blocks)):
        block = blocks[index]
        if labels[index] is not None and labels[index].kind is Kind.BOILERPLATE:
            continue
        if block.form is not Form.LIST_ITEM or labels[index] is not None:
            break
        items.append(index)
    if len(items) < rules.KEY_POINT_BOX_MIN_ITEMS:
        return
    labels[label_index] = Decision(blocks[label_index], Kind.BOILERPLATE, "key-point list label")
    for index in items:
        labels[index] = Decision(blocks[index], Kind.KEY_POINT, "item of the list under a key-point label")


def _drop_dangling_tail(blocks: Sequence[Block], labels: list[Decision | None]) -> None:
    """Headings and short labels after the last paragraph introduce nothing: they are rails.

    Only when a paragraph stands before them: a text made of short lines alone
    (a note, a list) is its own body.
    """
    first_body = next(
        (i for i, label in enumerate(labels) if label is not None and label.kind is Kind.BODY and signals.is_prose(blocks[i].text)),
        None,
    )
    for index in range(len(blocks) - 1, -1, -1):
        if first_body is None or index <= first_body:
            break
        label = labels[index]
        if label is None or label.kind is not Kind.BODY:
            continue
        block = blocks[index]
        if block.form is Form.HEADING or (block.form is Form.PARAGRAPH and not signals.is_prose(block.text) and signals.word_count(block.text) <= 4):
            labels[index] = Decision(block, Kind.BOILERPLATE, "dangling label after the last paragraph")
            continue
        break
