"""Where the article's run stops from structure: card grids and link boxes at its edges.

After an article, sites lay out their recirculation as a grid of cards — three
or more sibling boxes of one shape, each led by a link or closed by its button (a title linking to
another story, often with an excerpt that reads as prose and pays its way in
the run), each short (a listicle's entries are cards too, but long ones) — or
as a box of links. Whatever language they are in, their
structure gives them away. A grid or link box that starts inside the run
with little of the run's prose after it ends the run there; one that the run
starts in, with the prose after it, moves the start past it. Pages whose
prose is in the cards themselves (a listing) have no prose outside them, and
keep them. A grid or link box standing between stretches of the article's
prose, with none of its own, is set into the text ("more on this topic") and
is left out of it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .. import signals, vocabulary
from ..blocks import Block, Form
from ..rules import dom as rules
from .builder import RenderedBlock
from .markup import markup_of
from .render import Box


def furniture_boxes(rendered: Sequence[RenderedBlock], boxes: Sequence[Box], totals: BlockTotals) -> list[Box]:
    """The card grids (as one box each) and the link boxes of the page, in reading order."""
    found = _card_grids(rendered, boxes, totals) + [box for box in boxes if _is_link_box(totals, box)]
    return sorted(found, key=lambda box: (box.start, -box.end))


class BlockTotals:
    """Running totals over the blocks, taken once for the edge stages, so that any span's or
    box's figures cost two lookups (boxes nest deep, and each stage asks of many of them)."""

    def __init__(self, rendered: Sequence[RenderedBlock]) -> None:
        # words; characters; link characters; prose blocks; words of prose blocks
        self.words, self.chars, self.links, self.prose, self.prose_words = [0], [0], [0.0], [0], [0]
        for item in rendered:
            block = item.block
            prose = _prose_words(item)
            self.words.append(self.words[-1] + signals.word_count(block.text))
            self.chars.append(self.chars[-1] + len(block.text))
            self.links.append(self.links[-1] + len(block.text) * block.link_density)
            self.prose.append(self.prose[-1] + (prose > 0))
            self.prose_words.append(self.prose_words[-1] + prose)

    def of(self, totals: list, box: Box):
        return self.between(totals, box.start, box.end)

    @staticmethod
    def between(totals: list, start: int, end: int):
        """The total of blocks [start, end); nothing when the span is empty (as a slice's sum)."""
        return totals[end] - totals[start] if end > start else 0


def trim_edges(rendered: Sequence[RenderedBlock], found: Sequence[Box], start: int, end: int,
               totals: BlockTotals, spans: dict[object, Box] | None = None) -> tuple[int, int, Box | None]:
    """The run [start, end) with card grids and link boxes cut off its edges, and the box that ended it.
    `spans` (each box by its element) tells where the element holding a box stands."""
    words, prose, between = totals.words, totals.prose_words, totals.between
    ended = None
    own = _own_lists(found, start)
    if sum(1 for box in found if not box.shape and start < box.start < end) > rules.INNER_BOXES_MAX:
        spans = None  # many grids in the run are the page's own (a listing's sections), as for inner_boxes
    for position, box in enumerate(found):
        if (not start < box.start < end or position in own or _set_into_text(box, spans or {}, totals, end)
                or _text_list_in_text(box, totals, end)):
            continue
        before, after = between(words, start, box.start), between(words, box.end, end)
        inside = totals.of(words, box)
        if (between(prose, start, box.start) >= rules.EDGE_MIN_PROSE_BEFORE and after <= rules.EDGE_MAX_AFTER_SHARE * before
                and (inside <= rules.EDGE_MAX_BOX_SHARE * before or _labelled_more_from(rendered, box, start))):
            end, ended = box.start, box
            if end - 1 > start and _is_label(rendered[end - 1].block):
                end -= 1  # the grid's label ("Mehr zum Thema", "Related reads:", in any language) goes with it
            break
    for box in found:
        if (box.start <= start < box.end < end
                and between(words, start, box.end) <= rules.EDGE_MAX_AFTER_SHARE * between(prose, box.end, end)):
            start = box.end
    return start, end, ended


def _set_into_text(box: Box, spans: dict[object, Box], totals: BlockTotals, end: int) -> bool:
    """Whether a card grid stands among the article's own paragraphs: the first element up from
    its cards that holds prose besides them (past the grid's label) holds the article's prose
    before it and after it (a teaser grid set between two paragraphs of the text, the text's
    conclusion under it). It does not end the article, which goes on around it; inner_boxes
    leaves it out when it holds no prose of its own. A grid after the article has nothing of
    it after it in the element that holds them both. (WCXB fit: ama.org, whose conclusion was cut under a
    grid of three teaser cards. A list of links so set, on krioda.com and security.org, is left
    to end the run here: letting it stand lost more traf-dev fit snippets than it gained. A bare
    list of the text's with the run's prose under it is _text_list_in_text's.)"""
    if box.shape or box.parent is None:
        return False  # a link box, not a grid (a list of links can be the text's own), or a grid spread along the text
    prose, between = totals.prose_words, totals.between
    element = box.parent
    while element is not None:
        holder = spans.get(element)
        if holder is not None:
            before, after = between(prose, holder.start, box.start), between(prose, box.end, min(holder.end, end))
            if before or after:
                return min(before, after) >= rules.INNER_BOX_MIN_PROSE_AROUND
        element = element.getparent()
    return False


def _text_list_in_text(box: Box, totals: BlockTotals, end: int) -> bool:
    """Whether a link box is the text's own list of links (a bare <ul> or <ol>, _text_list: the
    sources or further reading it sets among its paragraphs) with the run's prose going on under
    it: the article's next paragraphs or section, so it does not end the article. The site's box
    after an article wraps its list in an element of its own, with its label, and still ends it.
    Seen on WCXB fit menlocoaching.com, wiki.gentoo.org, security.org, paigebrunton.com,
    camelsandchocolate.com, onixnet.com, madelinemarquardt.com, whose truths keep what follows
    the list; against it en.wikipedia.org (its notes under a list), clay.global and reviewed.com
    (a testers' box)."""
    return _text_list(box) and totals.between(totals.prose_words, box.end, end) >= rules.INNER_BOX_MIN_PROSE_AROUND


def _own_lists(found: Sequence[Box], start: int) -> set[int]:
    """The positions in `found` of the boxes in the run shaped as more than rules.INNER_BOXES_MAX
    boxes standing before them in it (each outside the others): more of the article's own lists
    (a roundup of free courses sets a list of links under each provider's paragraph), not boxes
    that end it. A box ending an article has a shape of its own ("related-posts" under the
    text's lists). Seen on wcxb fit classcentral.com, girleatworld.net, geeksforgeeks.org,
    servicetitan.com, promotions.newegg.com, reviewed.com (a list, a product grid, a shop's
    offers cut the run). (One pass: pages hold thousands of boxes.)"""
    counts: dict[str, tuple[int, int]] = {}  # for each shape: boxes seen, and where the last one ends
    own = set()
    for position, box in enumerate(found):
        if box.start <= start or not box.shape:
            continue
        seen, last = counts.get(box.shape, (0, start))
        if seen > rules.INNER_BOXES_MAX:
            own.add(position)
        if box.start >= last:
            counts[box.shape] = (seen + 1, box.end)
    return own


def inner_boxes(rendered: Sequence[RenderedBlock], found: Sequence[Box], start: int, end: int, totals: BlockTotals) -> set[int]:
    """The blocks of card grids and link boxes standing inside the run [start, end), between the
    article's prose: a "more on this topic" box or a row of teasers set into the text is no
    part of it, whatever language its label is in (the prose on both sides says the article
    goes on around it). Such a box is small beside the article and there are one or two of
    them: more, or bigger ones, are the page's own lists (a roundup's links, a service page's
    cards), a table of links is a table, a bare list element is the text's own list, and a box
    whose picture carries a photo credit is the article's own figure (a teaser's thumbnail has none)."""
    prose, between = totals.prose_words, totals.between
    words = between(prose, start, end)
    chosen: list[Box] = []
    for box in found:
        if not start < box.start < box.end < end or (chosen and box.start < chosen[-1].end):
            continue  # at an edge (trim_edges' business), or inside a box already chosen
        if (between(prose, start, box.start) >= rules.INNER_BOX_MIN_PROSE_AROUND
                and between(prose, box.end, end) >= rules.INNER_BOX_MIN_PROSE_AROUND
                and not totals.of(prose, box) and totals.of(totals.words, box) <= rules.INNER_BOX_MAX_SHARE * words
                and not any(item.block.form is Form.TABLE_ROW or _credited(item.block) for item in rendered[box.start:box.end])
                and not _feature_cards(rendered, box) and not _text_list(box)):
            chosen.append(box)
    if len(chosen) > rules.INNER_BOXES_MAX:
        return set()
    return {index for box in chosen for index in range(box.start, box.end)}


def _text_list(box: Box) -> bool:
    """Whether a link box is a list element of the text's (rules.TEXT_LIST_TAGS), not a box of the
    site's around a list: the text's own list of links."""
    return box.element is not None and box.element.tag in rules.TEXT_LIST_TAGS


def promo_boxes(rendered: Sequence[RenderedBlock], boxes: Sequence[Box], start: int, end: int, totals: BlockTotals) -> set[int]:
    """The blocks of the boxes named for a call to action inside the run [start, end), under the
    article's prose: a "book a free demo", "start my LLC" or "download the guide" box set into
    the text or under it is the site's pitch, not the article, whatever its words. Few and small
    beside the run (a service page's sections are such boxes, many, and most of its text). A box
    that the run ends inside (its button or its second panel left outside) is the same pitch: its
    blocks in the run are left out (WCXB fit leadfeeder.com: the run ended above its "Sign up")."""
    prose, words, between = totals.prose_words, totals.words, totals.between
    chosen: list[Box] = []
    for box in sorted(boxes, key=lambda box: (box.start, -box.end)):
        if not start < box.start < min(box.end, end) or (chosen and box.start < chosen[-1].end):
            continue
        if (box.element is not None and rendered[box.start].in_container
                and between(prose, start, box.start) >= rules.PROMO_BOX_MIN_PROSE_BEFORE
                and not markup_of(box.element).tokens.isdisjoint(rules.CALL_TO_ACTION_TOKENS)):
            chosen.append(box)
    if not chosen or len(chosen) > rules.PROMO_BOXES_MAX:
        return set()
    if sum(totals.of(words, box) for box in chosen) > rules.PROMO_BOX_MAX_SHARE * between(words, start, end):
        return set()
    return {index for box in chosen for index in range(box.start, min(box.end, end))}


def pitch_end(rendered: Sequence[RenderedBlock], boxes: Sequence[Box], start: int, end: int, totals: BlockTotals,
              spans: dict[object, Box]) -> int:
    """Where the run [start, end) ends once a pitch closing it is cut off: the outermost small box
    under the article's prose, with none of that prose after it, led by a short line, holding a
    sentence or two and a button ("Grow orders, save time" / a sentence / "Get a demo"). Its names
    need not say "cta": its shape and its button do (rules.BUTTON_TOKENS). Not a table (a product's
    specifications with a "guarantee" button), nor one of a series of boxes alike (the last card of
    a grid, the last post of a thread). `spans` (each box by its element) tells how far up the
    box's elements hold nothing more. `end` when there is none."""
    words, prose, between = totals.words, totals.prose_words, totals.between
    outer: Box | None = None
    for box in boxes:
        if (start < box.start < end and box.element is not None
                and (outer is None or (box.start, -box.end) < (outer.start, -outer.end))
                and not between(prose, box.end, end) and between(words, box.start, min(box.end, end)) <= rules.PITCH_MAX_WORDS
                and between(prose, start, box.start) >= rules.EDGE_MIN_PROSE_BEFORE):
            outer = box
    if outer is None or not between(prose, outer.start, min(outer.end, end)):
        return end
    blocks = [item.block for item in rendered[outer.start:min(outer.end, end)]]
    if signals.word_count(blocks[0].text) > rules.PITCH_TITLE_MAX_WORDS or any(block.form is Form.TABLE_ROW for block in blocks):
        return end
    element, series = outer.element, _one_of_series(outer.element) or _holds_series(outer.element)
    for above in outer.element.iterancestors():
        held = spans.get(above)
        if held is not None and (held.start, held.end) != (outer.start, outer.end):
            break  # it holds more than the pitch
        element, series = above, series or _one_of_series(above)
    if series or not _holds_button(element):
        return end
    # Buttons spread along the text above: a service page's sections each end in one, its closing pitch too.
    most = between(prose, start, outer.start) // rules.PITCH_PROSE_PER_BUTTON
    return end if _buttons_in(boxes, start, outer.start, most) > most else outer.start


def _one_of_series(element) -> bool:
    """Whether a sibling of the element has its tag and its class and holds text: one of a series
    (cards, posts), not a column beside a picture's column."""
    parent, names = element.getparent(), element.get("class")
    return parent is not None and any(other is not element and other.tag == element.tag and other.get("class") == names
                                      and _holds_text(other) for other in parent)


def _holds_series(element) -> bool:
    """Whether two of the element's children named alike (tag and class) hold text: a row of
    plans or cards, not one pitch (whose unnamed paragraphs are alike by tag alone)."""
    seen = set()
    for child in element:
        names = child.get("class")
        if names and _holds_text(child):
            if (child.tag, names) in seen:
                return True
            seen.add((child.tag, names))
    return False


def _holds_text(element) -> bool:
    """Whether the element holds any text but white space (an empty slot of a grid holds none)."""
    return any(not text.isspace() for text in element.itertext())


def _holds_button(element) -> bool:
    """Whether the element holds a button: a <button>, or a link named or marked as one."""
    return any(_is_button(inner) for inner in element.iter("a", "button"))


def _is_button(element) -> bool:
    return (element.tag == "button" or element.get("role") == "button"
            or not markup_of(element).tokens.isdisjoint(rules.BUTTON_TOKENS))


def _buttons_in(boxes: Sequence[Box], start: int, stop: int, most: int) -> int:
    """How many buttons the small boxes of blocks [start, stop) hold, counted up to one past `most`
    (only small boxes are looked into: a button stands in a section's box, and a big box's subtree
    is not walked again for what its small boxes hold)."""
    found: set = set()
    for box in boxes:
        if start <= box.start and box.end <= stop and box.element is not None and box.end - box.start <= rules.PITCH_SMALL_BOX_BLOCKS:
            found.update(inner for inner in box.element.iter("a", "button") if _is_button(inner))
            if len(found) > most:
                break
    return len(found)


def _feature_cards(rendered: Sequence[RenderedBlock], box: Box) -> bool:
    """Whether the box is the page's own cards: several headings, each over a sentence that
    describes it, the headings short names ("Segmentation", "Analytics & AI", "SAVE UP TO $250")
    rather than other articles' titles, which are headlines ("Spreadsheet vs. accounting
    software: When to make the switch"). A service page links each card to its feature's page,
    so the link share that marks a teaser box says nothing here (WCXB fit: mailchimp.com,
    delta.com, qburst.com)."""
    names = [signals.word_count(rendered[index].block.text) for index in range(box.start, box.end - 1)
             if rendered[index].block.form is Form.HEADING and rendered[index + 1].block.form is Form.PARAGRAPH
             and signals.is_prose(rendered[index + 1].block.text)]
    return len(names) >= rules.FEATURE_CARDS_MIN and sorted(names)[len(names) // 2] <= rules.FEATURE_NAME_MAX_WORDS


def _is_label(block: Block) -> bool:
    """A grid's label: a short heading or a short paragraph ending in ":" just above it ("Related
    reads:", "Suggested reading:"). Not any short line: a spec line or a last bullet ends many
    articles above a grid, "Plan to spend: $16-$40" (WCXB fit: 4 pages down)."""
    if signals.word_count(block.text) > rules.EDGE_LABEL_MAX_WORDS:
        return False
    return block.form is Form.HEADING or (block.form is Form.PARAGRAPH and block.text.rstrip().endswith(":"))


def _credited(block: Block) -> bool:
    """A photo credit ("Credit: Apple", "Foto: dpa"), marked by the figure or by its shape."""
    return bool(block.credit) or (signals.word_count(block.text) <= rules.INNER_BOX_CREDIT_MAX_WORDS
                                  and signals.split_credit(block.text)[1] is not None)


def _labelled_more_from(rendered: Sequence[RenderedBlock], box: Box, start: int) -> bool:
    """Whether the line just above the box says it holds more from a source ("More from <site>",
    "Mehr aus <Ressort>"): a catalogue under a short intro outweighs its intro too, but its
    heading names no other source, so only a grid so labelled may be bigger than the text above
    it. ("Latest articles" heads a blog's home page as often as it follows an article.)"""
    if box.start - 1 < start:
        return False
    text = rendered[box.start - 1].block.text
    return (signals.word_count(text) <= rules.EDGE_LABEL_MAX_WORDS
            and vocabulary.end_matter_concept(signals.normalise(text)) == "more_from")


def _card_grids(rendered: Sequence[RenderedBlock], boxes: Sequence[Box], sums: BlockTotals) -> list[Box]:
    """Runs of sibling boxes of one shape, each led by a link: one box per grid."""
    siblings: dict[tuple[object, str], list[Box]] = defaultdict(list)
    for box in boxes:
        if box.parent is not None:
            siblings[(box.parent, box.shape)].append(box)
    grids = []
    for (parent, _), group in siblings.items():
        cards = [box for box in group if _led_by_link(rendered, box) or _closed_by_button(rendered, box)]
        if len(cards) < rules.CARDS_MIN or len(cards) * 2 < len(group):
            continue
        sizes = sorted(sums.of(sums.words, box) for box in cards)
        if sizes[len(sizes) // 2] <= rules.CARD_MAX_WORDS:  # teasers, not a listicle's long entries
            grids.append(Box(min(box.start for box in group), max(box.end for box in group),
                             parent if _side_by_side(group, sums) else None))
    return grids


def _side_by_side(group: list[Box], sums: BlockTotals) -> bool:
    """Whether a grid's boxes stand together, no prose between them: one piece that can be set
    into the text (boxes of one shape spread along a text, each under its own paragraphs, are
    the text's sections: a newsletter's link lists; WCXB fit almosttimely.substack.com)."""
    ordered = sorted(group, key=lambda box: box.start)
    return not any(sums.between(sums.prose_words, one.end, two.start) for one, two in zip(ordered, ordered[1:]))


def _led_by_link(rendered: Sequence[RenderedBlock], box: Box) -> bool:
    """A card: one of its first blocks (its title, after a kicker or a date) is a linked title,
    not a post's permalink ("#2 · Aug 5") or a button."""
    return any(item.block.link_density >= rules.CARD_TITLE_LINK_DENSITY and signals.is_headline_shaped(item.block.text)
               and signals.word_count(item.block.text) >= rules.CARD_TITLE_MIN_WORDS
               for item in rendered[box.start:box.start + 3])


def _closed_by_button(rendered: Sequence[RenderedBlock], box: Box) -> bool:
    """A card whose link is its button, not its title: a titled box (a headline-shaped line among
    its first blocks, not linked) closed by a short line that is all link ("Discover More",
    "Read more", in any language): the site links the button alone (rules.CARD_BUTTON_MAX_WORDS).
    A list's items ending in a link are the text's own list, not a card."""
    if box.end - box.start < 2:
        return False
    button = rendered[box.end - 1].block
    if (button.form is Form.LIST_ITEM or button.link_density < rules.CARD_BUTTON_LINK_DENSITY
            or signals.word_count(button.text) > rules.CARD_BUTTON_MAX_WORDS):
        return False
    return any(item.block.form is not Form.LIST_ITEM and signals.is_headline_shaped(item.block.text)
               and signals.word_count(item.block.text) >= rules.CARD_TITLE_MIN_WORDS
               for item in rendered[box.start:min(box.start + 3, box.end - 1)])


def _is_link_box(sums: BlockTotals, box: Box) -> bool:
    """A box of several blocks whose text is mostly link text, and no prose paragraph of its own."""
    if box.end - box.start < rules.LINK_BOX_MIN_BLOCKS:
        return False
    return sums.of(sums.links, box) >= rules.LINK_BOX_MIN_LINK_SHARE * sums.of(sums.chars, box) and not sums.of(sums.prose, box)


def _prose_words(item: RenderedBlock) -> int:
    block = item.block
    if block.link_density >= 0.5 or not signals.is_prose(block.text):
        return 0
    return signals.word_count(block.text)
