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
from dataclasses import dataclass, field, replace

from . import signals
from .authors import clean_authors
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
    points = _head_key_points(blocks, labels, body_start, headline, below)
    # A key-point class on more than one box marks every item of a listing; on
    # figures and tags ("5.0", "1.1k sales") it marks a spec box, not points.
    marked = _marked_runs(blocks, labels)
    marks_repeat = len(marked) > 1
    unstated = {index for run in marked if not _is_point_box([blocks[i] for i in run if not _names_a_box(blocks[i])]) for index in run}
    bylined: set[str] = set()  # first names of the bylines read so far
    for index in range(body_start):
        if labels[index] is not None:
            continue
        block = blocks[index]
        text = block.text
        if block.hint is Kind.STANDFIRST and (block.form is Form.HEADING or _is_date_line(text)):
            # Themes style the first heading or the date line with "intro"/"lead" classes too.
            labels[index] = Decision(block, Kind.DATE if _is_date_line(text) else Kind.BOILERPLATE,
                                     "standfirst class on a date or heading")
        elif block.hint is Kind.STANDFIRST and _is_breadcrumb(text):
            labels[index] = Decision(block, Kind.BOILERPLATE, "breadcrumb trail styled as a standfirst")
        elif block.hint in (Kind.STANDFIRST, None) and _is_author_bio(text, bylined):
            labels[index] = Decision(block, Kind.BOILERPLATE, "author biography (opens with the byline's name)")
        elif block.hint is Kind.KEY_POINT and _names_a_box(block):
            labels[index] = Decision(block, Kind.BOILERPLATE, _KEY_POINT_LABEL_REASON)
        elif block.hint is Kind.KEY_POINT and marks_repeat:
            labels[index] = Decision(block, Kind.BOILERPLATE, "key-point class repeated on every item of a listing")
        elif block.hint is Kind.KEY_POINT and index in unstated:
            labels[index] = Decision(block, Kind.BOILERPLATE, "key-point class on figures or tags, not statements")
        elif block.hint is Kind.KEY_POINT and _is_link(block):
            labels[index] = Decision(block, Kind.BOILERPLATE, "a link in a key-point box (a promotion)")
        elif block.hint in (Kind.CAPTION, Kind.KEY_POINT, Kind.BYLINE, Kind.DATE, Kind.STANDFIRST):
            labels[index] = Decision(block, block.hint, "marked by the page structure")
        elif _opens_a_box(block):
            labels[index] = Decision(block, Kind.BOILERPLATE, _KEY_POINT_LABEL_REASON)
        elif (block.bullet or block.form is Form.LIST_ITEM) and _short_key(text) in below:
            labels[index] = Decision(block, Kind.BOILERPLATE, "table of contents entry repeated in the text")
        elif index in points:
            labels[index] = _key_point(block, points[index])
        elif block.form in (Form.PARAGRAPH, Form.QUOTE) and signals.inline_key_point(text) is not None:
            labels[index] = _inline_key_point(block)
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
            labels[index] = Decision(block, Kind.BOILERPLATE, _HEAD_FURNITURE_REASON)
        if labels[index].kind is Kind.BYLINE:
            bylined.update(_first_names(text))
    _keep_region_above_first_paragraph(blocks, labels, body_start)


def _keep_region_above_first_paragraph(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> None:
    """The region's unexplained lines above the first paragraph are its text when there are many.

    An article's head leaves a line or two unexplained (a share bar, a section
    label); a page whose first prose comes late (an SEO blurb under a product
    grid, the only paragraph of a man page of code blocks) leaves its cards,
    lists and code: those are what the region was found for.
    """
    leftovers = [
        index for index in range(body_start)
        if blocks[index].zone is Zone.MAIN and labels[index].reason == _HEAD_FURNITURE_REASON
    ]
    if len(leftovers) > rules.HEAD_MAX_UNEXPLAINED_LINES:
        for index in leftovers:
            labels[index] = Decision(blocks[index], Kind.BODY, "article region above its first paragraph")


_KEY_POINT_LABEL_REASON = "key-point list label"
_HEAD_FURNITURE_REASON = "furniture above the article"


def _is_list_line(block: Block) -> bool:
    return block.bullet is not None or block.form is Form.LIST_ITEM


def _names_a_box(block: Block) -> bool:
    """The title of a key-point box ("Key takeaways", "Expand for key takeaways:"), not a point of it."""
    return _opens_a_box(block) or block.form is Form.HEADING


def _opens_a_box(block: Block) -> bool:
    """A key-point label, or a heading that opens with one ("Key Takeaways: Simple Ways to Cut Waste")."""
    if signals.is_key_point_label(block.text):
        return True
    return block.form is Form.HEADING and signals.opens_with_key_point_label(block.text)


def _key_point(block: Block, reason: str) -> Decision:
    """A key point, without a bullet mark its markup printed into the text ("•Prices fall")."""
    point = block.text.lstrip(rules.KEY_POINT_MARKS)
    return Decision(replace(block, text=point) if point and point != block.text else block, Kind.KEY_POINT, reason)


def _inline_key_point(block: Block) -> Decision:
    """A line that opens with its own label ("TL;DR: ..."): the point without the label."""
    point = signals.inline_key_point(block.text) or block.text
    return Decision(replace(block, text=point), Kind.KEY_POINT, "line opened by a key-point label")


def _marked_runs(blocks: Sequence[Block], labels: list[Decision | None]) -> list[list[int]]:
    """The separate runs of blocks that carry a key-point class (furniture lines read through)."""
    runs: list[list[int]] = []
    inside = False
    for index, (block, label) in enumerate(zip(blocks, labels)):
        if label is not None and label.kind is Kind.BOILERPLATE:
            continue
        marked = block.hint is Kind.KEY_POINT and block.zone is not Zone.OUTSIDE
        if marked and not inside:
            runs.append([])
        if marked:
            runs[-1].append(index)
        inside = marked
    return runs


def _is_point_box(items: list[Block]) -> bool:
    """Statements, and two or more of them unless the one is a sentence (a labelled one-line summary)."""
    if not _states_points(items):
        return False
    return len(items) >= rules.KEY_POINT_BOX_MIN_ITEMS or signals.is_prose(items[0].text)


def _states_points(items: list[Block]) -> bool:
    """Whether a box's lines are statements of several words, not figures, tags or menu entries."""
    counts = [signals.word_count(item.text) for item in items]
    return bool(counts) and sum(counts) / len(counts) >= rules.KEY_POINT_MIN_MEAN_WORDS


def _head_key_points(
    blocks: Sequence[Block], labels: list[Decision | None], body_start: int, headline: int | None, below: set[str | None]
) -> dict[int, str]:
    """The bulleted lines above the body that make the article's key-point box: index -> reason.

    The head's lists are runs of plain (unhinted) list lines, read over the
    furniture phrases between them. A run right under a key-point label is the
    box, and so are short paragraphs right under a label. An unlabelled run
    is one only if it stands below the headline, is the first list under it,
    is not introduced by a sentence (the list of a paragraph, the steps of a
    tutorial, the questions of a forum post), has no section heading between
    the headline and it (a list under "Why it matters?" is that section's),
    and reads as a box of statements: two or more points of several words,
    mostly not links, none repeating the headline or a heading below (a
    breadcrumb, a table of contents). Single bullets, menus, sidebars and
    slogans ("Replace all your software") stay out.
    """
    points: dict[int, str] = {}
    headline_key = signals.normalise(blocks[headline].text) if headline is not None else None
    run: list[int] = []
    before_run: int | None = None  # the open line just above the current run
    previous: int | None = None
    heading_above = False
    listed_above = False
    for index in range(body_start + 1):
        if index < body_start and labels[index] is not None:
            continue  # furniture phrases and the outside are read through
        block = blocks[index] if index < body_start else None
        if block is not None and block.hint is None and _is_list_line(block):
            if not run:
                before_run = previous
            run.append(index)
            previous = index
            continue
        if run:
            lead = blocks[before_run] if before_run is not None else None
            if lead is not None and _opens_a_box(lead):
                points.update(dict.fromkeys(run, "item of the list under a key-point label"))
            elif (
                not heading_above
                and not listed_above
                and (headline is None or run[0] > headline)
                and not (lead is not None and _introduces_a_list(lead))
                and _reads_as_key_point_box([blocks[i] for i in run], headline_key, below)
            ):
                points.update(dict.fromkeys(run, "bulleted sentences above the body"))
            # Only the first list under the headline can be its box: later ones are text (a forum's replies).
            listed_above = listed_above or headline is None or run[0] > headline
            run = []
        if block is None:
            break
        if block.hint is None and _opens_a_box(block):
            # Points shaped as paragraphs under a label in the head (<li><p>, copied text).
            boxed = [i for i in _items_under_label(blocks, labels, index + 1, block) if i < body_start]
            if boxed and not _is_list_line(blocks[boxed[0]]) and _states_points([blocks[i] for i in boxed]):
                points.update(dict.fromkeys(boxed, "paragraph under a key-point label"))
        if (
            block.form is Form.HEADING
            and index != headline
            and (headline is None or index > headline)
            and not signals.is_key_point_label(block.text)
        ):
            heading_above = True
        previous = index
    return points


def _is_breadcrumb(text: str) -> bool:
    """A trail of section names ("Home > Tech > Laptops"): never a standfirst."""
    return len(rules.BREADCRUMB_SEPARATOR.findall(text)) >= 2 and not rules.SENTENCE_END.search(text)


def _is_author_bio(text: str, bylined: set[str]) -> bool:
    """A paragraph about the author ("Anurag is an experienced journalist ..."): a byline's first name, then a verb.

    Author boxes under the headline are often styled like a dek ("description").
    """
    if not bylined or not signals.is_prose(text):
        return False
    words = text.split(maxsplit=2)
    return len(words) > 2 and words[0] in bylined and words[1].lower() in rules.AUTHOR_BIO_VERBS


def _first_names(byline: str) -> set[str]:
    """The first names of the people in a byline ("By Anurag Singh" -> {"Anurag"}); one-word names are often brands."""
    return {name.split()[0] for name in clean_authors(byline) if len(name.split()) >= 2}


def _is_link(block: Block) -> bool:
    """A line that is mostly a link ("These 10 Stocks Could Mint Millionaires ›"): points state, links send away."""
    return block.link_density > rules.KEY_POINT_MAX_LINK_DENSITY


def _introduces_a_list(block: Block) -> bool:
    """A paragraph, or a line ending in a colon ("How we save you money:"): the list under it continues it."""
    return _is_body_paragraph(block) or block.text.rstrip().endswith((":", "："))


def _reads_as_key_point_box(items: list[Block], headline_key: str | None, below: set[str | None]) -> bool:
    """Whether unlabelled bullets read as a box of points rather than a menu, a breadcrumb or a contents list."""
    if len(items) < rules.KEY_POINT_BOX_MIN_ITEMS:
        return False
    if not _states_points(items) or min(signals.word_count(item.text) for item in items) < rules.KEY_POINT_MIN_WORDS:
        return False
    if any(signals.normalise(item.text) == headline_key or _short_key(item.text) in below for item in items):
        return False
    return sum(item.link_density for item in items) / len(items) <= rules.KEY_POINT_MAX_LINK_DENSITY


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
        elif block.hint in (Kind.CAPTION, Kind.HEADLINE, Kind.BYLINE, Kind.DATE):
            labels[index] = Decision(block, block.hint, "marked by the page structure")
        elif block.hint is Kind.KEY_POINT:
            # Every marked box was weighed in `_label_key_point_box`; what is left is text.
            labels[index] = Decision(block, Kind.BODY, "key-point class outside the article's box")
        elif block.form is Form.PARAGRAPH and signals.split_credit(block.text, require_label=True)[1] is not None:
            labels[index] = Decision(block, Kind.CAPTION, "line ending in a labelled photo credit")
        else:
            labels[index] = Decision(block, Kind.BODY, "article text")


@dataclass(slots=True)
class _Box:
    """A candidate key-point box in the text: its label line (if any) and its points."""

    label: int | None
    items: list[int]
    kind: str  # what makes it a box: "class" (a key-point class), the label's text, or "inline"
    above: int  # words of text between the start of the text and the box
    extra_labels: list[int] = field(default_factory=list)  # more title lines inside a marked box


def _label_key_point_box(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> None:
    """The article's key-point box in the text, if it has one; other boxes stay text.

    Candidates are lists under a key-point label ("Key takeaways"), runs of
    blocks marked by a key-point class, and lines opened by their own label
    ("TL;DR: ..."). The article has one box of statements (not figures or
    tags: "5.0", "1.1k sales"), near its top. A page whose candidates repeat
    (an "At a glance" box on every company of a ranking, a "highlights" class
    on every listing) has per-item boxes, not key points, and so has a page
    whose key points were already found above the body.
    """
    boxes = _key_point_boxes(blocks, labels, body_start)
    if not boxes:
        return
    kinds = [box.kind for box in boxes]
    has_points = any(label is not None and label.kind is Kind.KEY_POINT for label in labels[:body_start])
    first = boxes[0]
    chosen = (
        first
        if not has_points
        and kinds.count(first.kind) == 1
        and first.above <= rules.KEY_POINT_BOX_MAX_WORDS_ABOVE
        and _is_point_box([blocks[index] for index in first.items])
        else None
    )
    for box in boxes:
        if box is chosen:
            for index in ([box.label] if box.label is not None else []) + box.extra_labels:
                if labels[index] is None:
                    labels[index] = Decision(blocks[index], Kind.BOILERPLATE, _KEY_POINT_LABEL_REASON)
            for index in box.items:
                block = blocks[index]
                if box.kind == "inline":
                    labels[index] = _inline_key_point(block)
                else:
                    labels[index] = _key_point(block, "item of the article's key-point box")
        elif box.kind == "class":
            # A key-point class on a box that is not the article's: its text stays text.
            for index in box.items + box.extra_labels + ([box.label] if box.label is not None else []):
                labels[index] = Decision(blocks[index], Kind.BODY, "key-point class on a box that is not the article's")


def _key_point_boxes(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> list[_Box]:
    """Every candidate key-point box from the start of the text on, in reading order."""
    boxes: list[_Box] = []
    above = 0
    index = body_start
    dangling = _dangling_head_label(blocks, labels, body_start)
    if dangling is not None:
        # A title carrying a key-point class held its own box: only a list follows it.
        items = _items_under_label(blocks, labels, body_start, blocks[dangling])
        if items:
            boxes.append(_Box(dangling, items, signals.normalise(blocks[dangling].text), 0))
            index = items[-1] + 1
    while index < len(blocks):
        block = blocks[index]
        if labels[index] is not None or block.zone is not Zone.MAIN:
            index += 1
            continue
        if block.hint is Kind.KEY_POINT:
            box, index = _marked_box(blocks, labels, index, above)
            if not box.items and box.label is not None:
                # Only the title carries the class (an id like "key-takeaways"):
                # the points are the list under it, as under any label.
                box.items = _items_under_label(blocks, labels, index, blocks[box.label])
                box.kind = signals.normalise(blocks[box.label].text)
                index = box.items[-1] + 1 if box.items else index
            if box.items:
                boxes.append(box)
            elif box.label is not None:
                # A marked title over nothing is a heading of the text ("Main Takeaways" over paragraphs).
                labels[box.label] = Decision(blocks[box.label], Kind.BODY, "key-point class on a heading with no list")
            continue
        if block.hint is None and not _is_list_line(block) and _opens_a_box(block):
            items = _items_under_label(blocks, labels, index + 1, block)
            if items:
                boxes.append(_Box(index, items, signals.normalise(block.text), above))
                index = items[-1] + 1
                continue
        elif block.hint is None and block.form in (Form.PARAGRAPH, Form.QUOTE) and signals.inline_key_point(block.text):
            boxes.append(_Box(None, [index], "inline", above))
        elif block.hint in (None, Kind.BODY):
            above += signals.word_count(block.text)
        index += 1
    return boxes


def _dangling_head_label(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> int | None:
    """A key-point label that ended the head with no points under it: they open the text (paragraph-shaped points)."""
    for index in range(body_start - 1, -1, -1):
        label = labels[index]
        if label is None or label.kind is not Kind.BOILERPLATE or label.reason == _HEAD_FURNITURE_REASON:
            return None  # lines of the head stand between: the label's points were those
        if label.reason == _KEY_POINT_LABEL_REASON:
            return index
    return None


def _marked_box(blocks: Sequence[Block], labels: list[Decision | None], start: int, above: int) -> tuple[_Box, int]:
    """The run of blocks marked by a key-point class from `start` (furniture lines read through); returns it and where it ends."""
    box = _Box(None, [], "class", above)
    index = start
    while index < len(blocks):
        block, label = blocks[index], labels[index]
        if label is not None and label.kind is Kind.BOILERPLATE:
            index += 1
            continue
        if label is not None or block.hint is not Kind.KEY_POINT:
            break
        if _names_a_box(block):
            if box.label is None and not box.items:
                box.label = index
            else:
                box.extra_labels.append(index)
        elif _is_link(block):
            box.extra_labels.append(index)  # a promotion inside the box, not a point
        else:
            box.items.append(index)
        index += 1
    return box, index


def _items_under_label(blocks: Sequence[Block], labels: list[Decision | None], start: int, label: Block) -> list[int]:
    """The points under a key-point label from `start`: a list, or paragraphs (<li><p>, copied text).

    Paragraph points are a sentence or two each. They make a box when
    something closes it (a heading, a marked block, a short line, the end),
    or when two or more run straight into the text (copied text keeps no
    frame). A label over one longer paragraph heads a one-paragraph summary.
    A title that carries a key-point class held its own box, so only a list
    follows it; a weak label ("Summary" also titles deks and conclusions)
    needs a list or several points.
    """
    listed: list[int] = []
    paragraphs: list[int] = []
    index = start
    while index < len(blocks):
        block, decided = blocks[index], labels[index]
        if decided is not None and decided.kind is Kind.BOILERPLATE:
            index += 1
            continue
        if decided is not None or block.hint is not None:
            break
        if _is_list_line(block) and not paragraphs:
            listed.append(index)
        elif block.form is Form.PARAGRAPH and not listed and _is_paragraph_point(block):
            paragraphs.append(index)
            if len(paragraphs) > rules.KEY_POINT_BOX_MAX_PARAGRAPHS:
                return []
        else:
            break
        index += 1
    if listed:
        enough = len(listed) >= rules.KEY_POINT_BOX_MIN_ITEMS or signals.is_prose(blocks[listed[0]].text)
        return listed if enough else []
    if label.hint is Kind.KEY_POINT:
        return []
    weak = signals.normalise(label.text) in rules.KEY_POINT_WEAK_LABELS
    if len(paragraphs) >= rules.KEY_POINT_BOX_MIN_ITEMS:
        return paragraphs
    if weak or index >= len(blocks):
        return []
    if paragraphs:
        # One point: a box only when closed, and only if it is a sentence.
        closed = _closes_a_box(blocks, labels, index)
        return paragraphs if closed and signals.is_prose(blocks[paragraphs[0]].text) else []
    # No short point: the label may head one summary paragraph.
    summary = blocks[index]
    if summary.form is Form.PARAGRAPH and summary.hint is None and labels[index] is None and _short_statement(summary) and signals.is_prose(summary.text):
        return [index]
    return []


def _is_paragraph_point(block: Block) -> bool:
    """A paragraph short enough to be one point: a sentence or two, not a heading ("What is Social Shopping?")."""
    if not _short_statement(block) or signals.sentence_count(block.text) > rules.KEY_POINT_MAX_SENTENCES:
        return False
    return bool(rules.SENTENCE_END.search(block.text)) or signals.word_count(block.text) >= rules.PROSE_MIN_WORDS


def _short_statement(block: Block) -> bool:
    words = signals.word_count(block.text)
    return rules.KEY_POINT_MIN_WORDS <= words <= rules.KEY_POINT_PARAGRAPH_MAX_WORDS


def _closes_a_box(blocks: Sequence[Block], labels: list[Decision | None], index: int) -> bool:
    """Whether the block at `index` ends a box of paragraph points: the end, a heading, a marked or labelled block, a short line."""
    if index >= len(blocks):
        return True
    block = blocks[index]
    if labels[index] is not None or block.hint is not None or block.form in (Form.HEADING, Form.TABLE_ROW):
        return True
    return signals.word_count(block.text) < rules.KEY_POINT_MIN_WORDS


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
