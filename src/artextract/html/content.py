"""Where the article is on the page: its container, its run of blocks, its headline.

Three kinds of evidence, cheapest first:
1. markup that names the article (itemprop=articleBody, <article>, <main>),
   trusted when it holds a fair share of the page's text;
2. the run of blocks richest in plain (non-link) prose, the same maximum-sum
   segment the raw-text pipeline uses on lines, widened to the whole element
   that holds it (cards, spec lists and feature grids around its paragraphs);
   on a page with no prose (a product grid, a category list of links) no run
   stands out, and the smallest element holding most of the page's words is
   the content instead;
3. the headline the page's headline evidence names (html/headline.py), which
   opens the article's head.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import inline, signals, vocabulary
from ..blocks import Block, Decision, Form, Kind, Zone, place_in_zones
from ..classify.lines import name_opening
from ..end_matter import end_matter_start, is_article_prose
from ..rules import dom as rules
from ..rules import text as text_rules
from ..segment import best_segment
from .edges import BlockTotals, furniture_boxes, inner_boxes, pitch_end, promo_boxes, trim_edges
from .fence import Fence
from .headline import anchor_block
from .render import Box, RenderedBlock, Skip


@dataclass(frozen=True, slots=True)
class Tuning:
    """The region's weights for one `Options.favor` setting (rules.FAVOR_*)."""

    block_toll: float = rules.REGION_BLOCK_TOLL
    widen_max_link_share: float = rules.REGION_WIDEN_MAX_LINK_SHARE

    @classmethod
    def for_favor(cls, favor: str) -> Tuning:
        return cls(rules.FAVOR_BLOCK_TOLL[favor], rules.FAVOR_WIDEN_MAX_LINK_SHARE[favor])


BALANCED = Tuning()


def block_value(item: RenderedBlock, has_container: bool = False, tuning: Tuning = BALANCED) -> float:
    """A block's worth to the article's run, in words. `has_container`: the page's fence fences
    (prose outside it is worth nothing); a block inside the fence or a favouring <main> gains."""
    return fenced_value(item, free_value(item, tuning), has_container)


def free_value(item: RenderedBlock, tuning: Tuning = BALANCED) -> float:
    """A block's worth to the run as its text alone says, before any fence."""
    block = item.block
    if _is_boilerplate(block):
        return -text_rules.REGION_BOILERPLATE_COST
    words = signals.word_count(block.text)
    value = words * (1.0 - rules.REGION_LINK_DISCOUNT * block.link_density) - tuning.block_toll
    if block.link_density < 0.5 and signals.is_prose(block.text, words):
        value += text_rules.REGION_PROSE_BONUS
    return value


def _is_boilerplate(block) -> bool:
    # (signals.boilerplate_reason keeps its verdicts for the page: the free and the fenced value and a
    # changed hint ask the same text again, each a memo hit.)
    return block.hint is Kind.BOILERPLATE or bool(signals.boilerplate_reason(block.text))


def fenced_value(item: RenderedBlock, value: float, has_container: bool) -> float:
    """The free value as the fence changes it: a bonus inside, nothing for prose outside a fence.
    Boilerplate costs the same wherever it stands."""
    if _is_boilerplate(item.block):
        return value
    if item.in_container:
        return value + rules.REGION_CONTAINER_BONUS
    if has_container and value > 0:
        return value * rules.REGION_OUTSIDE_CONTAINER_FACTOR
    return value


def article_run(rendered: list[RenderedBlock], values: list[float]) -> tuple[int, int, set[int]]:
    """[start, end) of the article's run of blocks, and the blocks inside it that are left out.

    Reader comments are left out of the reckoning, as if the page had none, unless
    what remains is too short to be an article: then the comments are the page
    (a forum thread) and are read like any other text.
    """
    kept = [index for index, item in enumerate(rendered) if not item.in_comments]
    if len(kept) < len(rendered):
        first, last = best_segment([values[index] for index in kept])
        if first < last:
            start, end = kept[first], kept[last - 1] + 1
            words = sum(signals.word_count(rendered[index].block.text) for index in kept[first:last])
            if words >= rules.REGION_COMMENTS_ARTICLE_WORDS:
                return start, end, {index for index in range(start, end) if rendered[index].in_comments}
    start, end = best_segment(values)
    return start, end, set()


def repeated_blocks(rendered: list[RenderedBlock]) -> list[int]:
    """Indexes of sentences the page prints again: carousel clones, pull quotes, teaser copies.

    The first printing stays; a repeat is furniture."""
    seen: set[str] = set()
    repeats: list[int] = []
    for index, item in enumerate(rendered):
        text = item.block.text
        if signals.word_count(text) < rules.REPEAT_MIN_WORDS:
            continue
        key = signals.normalise(text)
        if key in seen:
            repeats.append(index)
        seen.add(key)
    return repeats


def _quoted_repeats(rendered: list[RenderedBlock], repeats: set[int], start: int, end: int) -> set[int]:
    """The run's repeats set in a <blockquote>: a forum reply quoting an earlier post of the thread
    ("X said:" over the post's paragraphs), which the page printed where it was posted. Left out
    of the text like the comments the run leaves out; the reply under the quote is the text. Seen
    on XenForo threads (wcxb-dev fit usingenglish.com, forums.macrumors.com, forums.mikeholt.com,
    cameraderie.org, australianfrequentflyer.com.au) and on forum.qt.io, forums.tomshardware.com,
    forum.prestashop.com, forums.raspberrypi.com."""
    return {index for index in repeats if start <= index < end and rendered[index].in_quote}


def _is_preamble(before: list[RenderedBlock], after: list[RenderedBlock]) -> bool:
    """Whether the run's blocks above the headline are its breadcrumbs and kickers, not content:
    page builders put the <h1> anywhere, under a page's testimonials or between its sections."""
    words_before = sum(signals.word_count(item.block.text) for item in before)
    words_after = sum(signals.word_count(item.block.text) for item in after)
    return words_before <= rules.HEADLINE_PREAMBLE_SHARE * words_after


def enclosing_box(boxes: list[Box], start: int, end: int) -> Box | None:
    """The smallest box holding all of blocks[start:end]."""
    best = None
    for box in boxes:
        if box.start <= start and box.end >= end and (best is None or box.end - box.start < best.end - best.start):
            best = box
    return best


def widen_to_box(
    rendered: list[RenderedBlock], boxes: list[Box], start: int, end: int, left_out: set[int], repeats: set[int],
    max_link_share: float = rules.REGION_WIDEN_MAX_LINK_SHARE,
) -> tuple[int, int, set[int]]:
    """The run widened to the whole of the smallest element that holds it.

    The run is priced block by block, so the short blocks of cards, spec lists
    and feature grids fall out of it one by one although they sit in the same
    element as the run's paragraphs. What that element holds besides the run is
    taken in unless it is mostly link text (a product grid or a link rail beside
    the copy). Repeats stay out, and so do reader comments unless the run
    already reads them (a forum thread).
    """
    box = enclosing_box(boxes, start, end)
    if box is None:
        return start, end, left_out
    added = [index for index in range(box.start, box.end) if not start <= index < end and index not in repeats]
    words = links = 0.0
    for index in added:
        block = rendered[index].block
        count = signals.word_count(block.text)
        words += count
        links += count * block.link_density
    if not added or links > max_link_share * words:
        return start, end, left_out
    widened = set(range(box.start, box.end)) - set(range(start, end))
    left_out = left_out | (widened & repeats)
    if not any(rendered[index].in_comments for index in range(start, end) if index not in left_out):
        left_out |= {index for index in widened if rendered[index].in_comments}
    return box.start, box.end, left_out


def text_box(rendered: list[RenderedBlock], boxes: list[Box], repeats: set[int], share: float) -> Box | None:
    """The smallest element holding at least `share` of the page's text, for pages with no prose.

    A product grid or a category page of links has no paragraph that pays its
    way, so no run of blocks stands out; its content is then the element that
    holds most of what the page says (the grid, the list), not the page's
    chrome around it. Link text counts here: on such pages the links are the
    content (product names, category names). Reader comments do not count: a comment form's
    prompts and labels under a short post (a few lines of dialogue) are not what the page says."""
    words = [0 if index in repeats or item.block.hint is Kind.BOILERPLATE or item.in_comments
             else signals.word_count(item.block.text) for index, item in enumerate(rendered)]
    prefix = [0]
    for count in words:
        prefix.append(prefix[-1] + count)
    needed = share * prefix[-1]
    if needed <= 0:
        return None
    best = None
    for box in boxes:
        if prefix[box.end] - prefix[box.start] >= needed and (best is None or box.end - box.start < best.end - best.start):
            best = box
    return best


def drop_card_standfirsts(rendered: list[RenderedBlock], headline: int | None = None) -> None:
    """A page has one standfirst: when more separate blocks than that are marked
    so ("excerpt", "description"), they are the excerpts of a listing's cards and
    are read as text, all but the first. Nor is a standfirst longer than a
    standfirst can be: marked cards side by side read as one long group, and
    that group is the page's text. A block marked so inside the marked article, under a standfirst
    marked above it, is the text's first paragraph ("lead" under the page's "article-intro").
    The first standfirst is read from the headline (index `headline`) down: a block marked so
    above the headline (a show's name, a notice over the title) says nothing of where the
    article's dek stands, nor is it the one group kept among a listing's: the first group marked
    inside the marked article under the headline is (with no such group, the page's first)."""
    group_of: list[int] = []  # for each block: its standfirst group's number, 0 for unmarked
    groups = 0
    words: dict[int, int] = {}
    paragraphs: dict[int, int] = {}
    first_outside: bool | None = None  # whether the first group stands outside the marked article
    head = headline or 0  # the first block that can tell where the article's standfirst stands
    for index, item in enumerate(rendered):
        if item.block.hint is Kind.STANDFIRST:
            if first_outside is None and index >= head:
                first_outside = not item.in_container
            elif first_outside and item.in_container:
                item.block.hint = None
                group_of.append(0)
                continue
            if not group_of or not group_of[-1]:
                groups += 1
            group_of.append(groups)
            words[groups] = words.get(groups, 0) + signals.word_count(item.block.text)
            paragraphs[groups] = paragraphs.get(groups, 0) + signals.is_prose(item.block.text)
        else:
            group_of.append(0)
    too_long = {group for group in words if words[group] > rules.HINT_MAX_WORDS or paragraphs[group] > rules.HINT_MAX_PARAGRAPHS}
    # The group kept when there are too many: the first inside the marked article from the headline down.
    kept = next((group for group, item in zip(group_of[head:], rendered[head:]) if group and item.in_container), 1)
    for item, group in zip(rendered, group_of):
        if group in too_long or (group not in (0, kept) and groups > rules.STANDFIRST_MAX_GROUPS):
            item.block.hint = None


def _before_trailing_links(blocks: list[Block], start: int, end: int) -> int:
    """The run's end moved above the lines that are nothing but a link, after its last paragraph of
    prose: links out to other pages ("Hier das Einzel-Tableau", another story's title), not text.
    (Not list items: a list of links ending a text is its own, a donation page's ways to give.)
    Short labels under the links (a comment button) are passed over, and a label ending in ":"
    over them ("Lue seuraavaksi:", "Read next:") goes with them, in any language."""
    tail = end
    while tail - 1 > start and _is_short_line(blocks[tail - 1]):
        tail -= 1
    cut = tail
    while cut - 1 > start and _is_teaser_link(blocks[cut - 1]) and blocks[cut - 1].form is Form.PARAGRAPH:
        cut -= 1
    links = tail - cut
    if links and cut - 1 > start and blocks[cut - 1].text.rstrip().endswith(":") and _is_short_line(blocks[cut - 1]):
        cut -= 1
    if not 0 < links <= rules.TRAILING_LINKS_MAX or not _enough_prose(blocks, start, cut):
        return end  # a longer run of links is a listing's content, or the page's
    return cut


def _enough_prose(blocks: list[Block], start: int, cut: int) -> bool:
    """Whether the run keeps an article's worth of prose above a cut (END_MATTER_MIN_PROSE_BEFORE
    words): what ends it there is end matter, not the page's content."""
    prose = sum(signals.word_count(block.text) for block in blocks[start:cut] if is_article_prose(block))
    return prose >= text_rules.END_MATTER_MIN_PROSE_BEFORE


def _before_author_bio(blocks: list[Block], start: int, end: int) -> int:
    """The run's end moved above the author's biography that closes it: a name alone on its line
    and, last in the run, a paragraph of prose that opens with that name ("Inga Buller" / "Inga
    Buller ist Head of Social ...", "Lauren" / "Lauren has written for ..."), in any language. An
    article's own sections can open so too ("Jekyll" / "Jekyll is one of ..."), but not as its last
    paragraph under its last heading with nothing after it. Seen on chip.de (traf-dev fit) and
    wcxb-dev fit 0305, 0319, 4252, whose truth leaves the bio out."""
    if end - start < 3:
        return end
    name, bio = blocks[end - 2], blocks[end - 1]
    label = name.text.strip()
    words = label.split()
    if (not 0 < len(words) <= rules.AUTHOR_BIO_NAME_MAX_WORDS or not all(word.isalpha() for word in words)
            or name.form is Form.LIST_ITEM or bio.form is not Form.PARAGRAPH):
        return end
    # The name alone on its line: no label before it (before=0).
    if name_opening(label, bio.text, before=0) is None or not signals.is_prose(bio.text):
        return end
    return end - 2


def _before_named_bio(blocks: list[Block], start: int, end: int, authors: Sequence[str]) -> int:
    """The run's end moved above the author's biography closing it: a paragraph of prose, last
    but for a few lines that are no prose (rules.NAMED_BIO_MAX_LINES_AFTER: a rating, tags), that
    opens with the full name of an author the page declares ("Chris Radich is the public sector
    CTO ...", "(Paul Fenaroli is an Associate Attorney ..."), in any language; with it goes a
    short line over it that names the author too ("Written by Cassidy Horton"). An article does
    not open its closing paragraph with its own author's full name. Seen on wcxb-dev fit
    nextgov.com, pastore.net, popsugar.com, prosper.com, whose truths leave the bio out
    (iotinsider.com and thespruceeats.com keep it)."""
    names = [name for name in authors if len(name.split()) >= 2]
    index = end - 1
    while names and index > start and end - index <= rules.NAMED_BIO_MAX_LINES_AFTER and _is_short_tail(blocks[index]):
        index -= 1
    if not names or index <= start or not _opens_with_name(blocks[index], names):
        return end
    cut = index
    if _is_short_line(blocks[cut - 1]) and any(name in blocks[cut - 1].text for name in names):
        cut -= 1
    return cut if cut > start and _enough_prose(blocks, start, cut) else end


def _is_short_tail(block: Block) -> bool:
    return not signals.is_prose(block.text)  # (a line that is no sentence: "Tags: ...", "Rating:")


def _opens_with_name(block: Block, names: list[str]) -> bool:
    text = block.text.lstrip("(")
    return (block.form is Form.PARAGRAPH and signals.is_prose(block.text)
            and any(text.startswith(name + " ") for name in names))


def _before_avatar_bio(blocks: list[Block], boxes: list[Box], start: int, end: int) -> int:
    """The run's end moved above the author's box that closes it: a small box holding a picture
    (the author's portrait), a name alone on its line (a person's name: two to four capitalised
    words) and, last, a paragraph of prose (the bio, in the third person or the first, so it need
    not open with the name), with an article's worth of prose above it. Whatever the box's class
    names or language. Seen on wcxb-dev fit nucamp.co, hr.university, veranda.com, whose truth leaves
    it out. (A bio set as a plain paragraph or an italic line, with no picture, is left: the truth
    keeps it on as many fit sites as it drops it, pcworld.com both ways.)"""
    found = [box.start for box in boxes if start < box.start and box.end == end and _is_avatar_bio(blocks, box)
             and not _one_of_a_row(boxes, box)]
    return min(found) if found and _enough_prose(blocks, start, min(found)) else end


def _is_avatar_bio(blocks: list[Block], box: Box) -> bool:
    """A small box with a picture, opening with a person's name on a line of its own (after, at
    most, the portrait's initials) and closing with a prose paragraph. A teaser card opens with its
    headline, a byline under it ("By Taylor Kujawa"): not a name alone at the box's head."""
    inside = blocks[box.start:box.end]
    head = next((at for at, block in enumerate(inside) if signals.word_count(block.text) > rules.AVATAR_INITIALS_MAX_WORDS), None)
    return (len(inside) <= rules.AVATAR_BIO_MAX_BLOCKS and head is not None and head < len(inside) - 1
            and _is_person_name(inside[head])
            and sum(signals.word_count(block.text) for block in inside) <= rules.AVATAR_BIO_MAX_WORDS
            and inside[-1].form is Form.PARAGRAPH and signals.is_prose(inside[-1].text)
            and box.element is not None and next(box.element.iter("img"), None) is not None)


def _before_later_bands(blocks: list[Block], boxes: list[Box], start: int, end: int) -> int:
    """The run's end moved up to the end of the <section> band that holds nearly all its prose,
    when another band of the same parent follows it in the run: a page built of bands sets the
    article in one and the site's pitch, ad or contact box in those under it, whatever their
    words or class names. Not bands nested in a <section> (a document's own subsections)."""
    words = [signals.word_count(block.text) if signals.is_prose(block.text) else 0 for block in blocks[start:end]]
    total = sum(words)
    if total < rules.SECTION_BAND_MIN_PROSE:
        return end
    bands = [box for box in boxes if box.element is not None and box.element.tag == rules.SECTION_BAND_TAG
             and box.parent is not None and box.parent.tag != rules.SECTION_BAND_TAG and box.start < end and start < box.end]
    cut = end
    for band in bands:
        if (band.end < cut and sum(words[max(band.start, start) - start:band.end - start]) >= rules.SECTION_BAND_MIN_SHARE * total
                and any(other.parent is band.parent and other.start == band.end for other in bands)):
            cut = band.end
    return cut


def _one_of_a_row(boxes: list[Box], box: Box) -> bool:
    """Whether the box stands beside others of its shape: the last of a row of testimonials (a
    portrait, a customer's name, a quote: WCXB fit agilecrm.com, whose truth keeps them), not the
    one author's box."""
    return box.parent is not None and sum(1 for other in boxes if other.parent is box.parent and other.shape == box.shape) > 1


def _is_person_name(block: Block) -> bool:
    """A line that is a person's name: two to four words of letters, each capitalised, none all
    capitals (a brand's or a show's name in capitals, "SPACE CAPITAL PODCAST", is not a person's)."""
    words = block.text.split()
    return (block.form is not Form.LIST_ITEM and 2 <= len(words) <= rules.AUTHOR_BIO_NAME_MAX_WORDS
            and all(word.isalpha() and word[0].isupper() and not word.isupper() for word in words))


def _before_teaser_excerpts(blocks: list[Block], start: int, end: int) -> int:
    """The run's end moved above the teaser excerpts closing it: paragraphs cut off with a
    bracketed ellipsis ("... Onassis […]", WordPress's excerpt mark) or ending in a link that says
    read on ("Seht selbst! Weiterlesen"), each with the linked title above it and its read-on
    line ("READ THE REST"): other posts' cards after the article (a "next post" strip), in any
    language. Seen on 3 traf-dev fit sites."""
    cut, excerpts = end, 0
    while cut - 1 > start:
        block = blocks[cut - 1]
        if block.link_density >= 0.95 and (_reads_on(block.text) or _is_card_button(blocks, cut - 1, start)):
            cut -= 1
        elif _is_excerpt(block):
            cut, excerpts = cut - 1, excerpts + 1
            if cut - 1 > start and _is_title_link(blocks[cut - 1]):
                cut -= 1
        else:
            break
    return cut if excerpts and _enough_prose(blocks, start, cut) else end


def _is_card_button(blocks: list[Block], index: int, start: int) -> bool:
    """A short link under an excerpt: the card's button ("READ THE REST"), whatever it says."""
    return (signals.word_count(blocks[index].text) <= rules.READ_ALSO_LABEL_MAX_WORDS and index - 1 > start
            and _is_excerpt(blocks[index - 1]))


def _is_excerpt(block: Block) -> bool:
    """A teaser's excerpt: a paragraph cut off by an excerpt mark, or closed by a read-on link."""
    if block.form is not Form.PARAGRAPH or block.hint in _NO_TEASER_HINTS:
        return False
    if block.text.rstrip().endswith(rules.EXCERPT_ENDS):
        return True
    link = inline.open_token("link")
    if not block.marks or link not in block.marks[0]:
        return False
    last = inline.plain(block.marks[0].rsplit(link, 1)[-1]).strip()  # the last link's text and what follows it
    return last != block.text.strip() and _reads_on(last)


def _reads_on(text: str) -> bool:
    return vocabulary.furniture_line(signals.normalise(text)) in _READ_ON


_READ_ON = ("read_also", "controls")


def _is_short_line(block: Block) -> bool:
    """A label: a few words, no link, no sentence."""
    return (block.link_density < rules.READ_ALSO_TEASER_MIN_LINK_SHARE and block.form is not Form.LIST_ITEM
            and signals.word_count(block.text) <= rules.READ_ALSO_LABEL_MAX_WORDS and not signals.is_prose(block.text))


def mark_read_also_teasers(rendered: list[RenderedBlock]) -> None:
    """The linked titles under a "Lesen Sie auch:" / "Schon gelesen?" label are other articles' teasers,
    in the middle of the text or after it: the label is furniture already, and the lines under it
    that are all link and title-short are marked furniture too (the text resumes at the first
    line that is not)."""
    under_label = False
    for index, item in enumerate(rendered):
        block = item.block
        if under_label and _is_teaser_link(block):
            block.hint = Kind.BOILERPLATE
            continue
        # (The link share first: nearly every block is no all-link line, and the prose around it is
        # then not asked, two paragraphs' tests a block.)
        if (block.link_density >= 0.95 and _is_teaser_link(block) and _between_prose(rendered, index)
                and signals.is_headline_shaped(block.text)) or _labelled_link_line(block):
            block.hint = Kind.BOILERPLATE
            continue
        under_label = False
        if _is_short_label(block):
            if _label_in_text(rendered, index) and block.hint is not Kind.HEADLINE:
                block.hint, under_label = Kind.BOILERPLATE, True
            else:
                under_label = vocabulary.furniture_line(signals.normalise(block.text)) == "read_also"


def _is_short_label(block: Block) -> bool:
    return (block.form is not Form.LIST_ITEM and block.text.rstrip().endswith(_LABEL_ENDS)
            and signals.word_count(block.text) <= rules.READ_ALSO_LABEL_MAX_WORDS)


def _label_in_text(rendered: list[RenderedBlock], index: int) -> bool:
    """A label in any language ("Lue myös:", "Czytaj także:") over one to three linked titles, set
    between paragraphs of the article's prose: the text goes on under another article's teasers."""
    def prose(at: int) -> bool:
        return 0 <= at < len(rendered) and rendered[at].block.form is Form.PARAGRAPH and is_article_prose(rendered[at].block)
    if not prose(index - 1):
        return False
    after = index + 1
    while after < len(rendered) and after - index <= rules.LABELLED_TEASERS_MAX and _is_title_link(rendered[after].block):
        after += 1
    return after > index + 1 and prose(after)


def _is_title_link(block: Block) -> bool:
    return (block.link_density >= 0.95 and signals.is_headline_shaped(block.text) and block.form is not Form.LIST_ITEM
            and block.hint not in _NO_TEASER_HINTS and block.figure is None)


_NO_TEASER_HINTS = (Kind.HEADLINE, Kind.CAPTION)


def _labelled_link_line(block: Block) -> bool:
    """"MIRA: <another story's title>", "LE PUEDE INTERESAR: <title>": a short unlinked label
    and a colon before a linked title that is all the rest of the line, in any language."""
    label, colon, rest = block.text.partition(":")
    rest = rest.strip()
    if (not colon or block.hint in _NO_TEASER_HINTS or block.figure is not None or block.form is Form.LIST_ITEM
            or not rest or signals.word_count(label) > rules.READ_ALSO_LABEL_MAX_WORDS):
        return False  # a figure's credit ("Image: <a>Courtesy ...</a>") is the figure's
    linked = block.link_density * len(block.text)
    # A title, not an address ("Registration: https://...") or a product's name ("Pictured: <name>").
    return (abs(linked - len(rest)) <= rules.LABELLED_LINK_SLACK_CHARS and signals.is_headline_shaped(rest)
            and len(rest.split()) >= rules.LABELLED_TITLE_MIN_WORDS and "://" not in rest and not rest.startswith("www."))


# The label introduces the teasers with a colon or asks a question: "Read more" alone is a
# card's button. (Labels of the related concept head the end matter, end_matter.py, or a
# shop's recommendations, which a product page's reference reads as its own.)
_LABEL_ENDS = (":", "?")


def _between_prose(rendered: list[RenderedBlock], index: int) -> bool:
    def prose(at: int) -> bool:
        return 0 <= at < len(rendered) and rendered[at].block.form is Form.PARAGRAPH and is_article_prose(rendered[at].block)
    if not (rendered[index].block.form is Form.PARAGRAPH and prose(index - 1) and prose(index + 1)):
        return False
    # Alone among paragraphs: linked titles each over its excerpt are a list's entries (books, deals).
    near = rendered[max(0, index - rules.INLINE_TEASER_ALONE_WITHIN):index + rules.INLINE_TEASER_ALONE_WITHIN + 1]
    return sum(_is_teaser_link(item.block) for item in near) == 1


def _is_teaser_link(block: Block) -> bool:
    return (block.link_density >= rules.READ_ALSO_TEASER_MIN_LINK_SHARE
            and signals.word_count(block.text) <= rules.READ_ALSO_TEASER_MAX_WORDS)


@dataclass(slots=True)
class Region:
    """What the region finder decided and why, kept for --explain (nothing here is recomputed for it)."""

    blocks: list[Block]
    values: list[float]  # each block's worth to the run, in words
    run: tuple[int, int]  # the maximum-sum run, before widening
    start: int  # the article's blocks are [start, end)
    end: int
    head_start: int  # the head (headline, standfirst, byline) is [head_start, start)
    headline: int | None  # the displayed headline's block
    headline_matches_title: bool  # whether it names the article (else the metadata title does)
    widened: Box | None = None  # the element the run was widened to (or, with no prose, replaced by), if any
    preamble_cut: bool = False  # blocks above the headline were cut from the run
    left_out: set[int] = field(default_factory=set)  # inside [start, end) but not the article
    repeats: set[int] = field(default_factory=set)  # repeated sentences
    container: str | None = None  # the fence (the marked article), described, or why there is none
    skips: list[Skip] = field(default_factory=list)  # subtrees the render left unread as furniture
    end_matter_cut: bool = False  # the run ended at an end-matter label ("Related articles"), block `end`
    headline_why: str = ""  # the headline evidence that chose it (html/headline.py)


def find_region(
    rendered: list[RenderedBlock],
    title: str | None,
    fence: Fence | None = None,
    boxes: list[Box] | None = None,
    tuning: Tuning = BALANCED,
    why: str = "",
    free: list[float] | None = None,
    headline: tuple[int | None, bool] | None = None,
    authors: Sequence[str] = (),
) -> Region:
    """Blocks with zones set: HEAD from the headline to the article run, MAIN for the run, OUTSIDE elsewhere.

    `headline`: the displayed headline's block and whether it names the article, as the
    page's headline evidence gives them (html/headline.py); without it the first <h1> anchors
    the head and names nothing. `authors`: the names the page declares as its authors (a bio
    closing the run opens with one)."""
    headline, matches = headline if headline is not None else (anchor_block(rendered), False)
    values, repeats = _block_values(rendered, headline, fence, tuning, free)
    fences = fence is not None and fence.fences
    run, (start, end, left_out, widened) = _article_run(rendered, values, boxes, repeats, tuning, fences)
    left_out = left_out | _quoted_repeats(rendered, repeats, start, end)
    if fence is not None and start < end:
        start = _head_of_fence(rendered, fence, start, headline)
    preamble_cut = False
    if headline is not None and start < headline < end and _is_preamble(rendered[start:headline], rendered[headline:end]):
        start = headline  # what precedes the headline in the run is breadcrumbs and kickers
        preamble_cut = True
    end = _end_at_comments(rendered, start, end, left_out)
    head_start = headline if headline is not None and headline < start else max(0, start - text_rules.HEAD_LOOKBACK_LINES)
    blocks = [item.block for item in rendered]
    end_matter = _before_author_bio(blocks, start, _before_trailing_links(blocks, start, end_matter_start(blocks, start, end, left_out)))
    end_matter = _before_teaser_excerpts(blocks, start, end_matter)
    end_matter = _before_avatar_bio(blocks, boxes or [], start, end_matter)
    end_matter = _before_later_bands(blocks, boxes or [], start, end_matter)
    end_matter = _before_named_bio(blocks, start, end_matter, authors)
    place_in_zones(blocks, start, end_matter, head_start, left_out)
    if headline is not None:
        blocks[headline].zone = Zone.HEAD if blocks[headline].zone is Zone.OUTSIDE else blocks[headline].zone
        for index in lead_figure(blocks, headline):
            blocks[index].zone = Zone.HEAD
    return Region(blocks, values, run, start, end_matter, head_start, headline, matches, widened, preamble_cut, left_out, repeats,
                  fence.describe() if fence is not None else why or None, end_matter_cut=end_matter < end)


def lead_figure(blocks: list[Block], headline: int) -> list[int]:
    """The caption blocks of the article's lead figure standing above its headline, left outside
    the run: page builders put the hero picture or a gallery over the <h1>, and its caption is the
    article's as much as the headline is. They are the caption-hinted blocks of a picture (an
    image or a figure number among them) that end right above the headline, or above a short
    kicker over it (rules.LEAD_FIGURE_MAX_GAP lines); not link text (a teaser card), nor a figure
    the page prints again below (a responsive copy of the picture, a gallery repeated in the text),
    which the article reads there."""
    index, gap = headline - 1, 0
    while index >= 0 and gap < rules.LEAD_FIGURE_MAX_GAP and _is_kicker(blocks[index]):
        index, gap = index - 1, gap + 1
    found: list[int] = []
    while index >= 0 and _is_figure_piece(blocks[index]):
        found.append(index)
        index -= 1
    if not any(blocks[at].image is not None or blocks[at].figure is not None for at in found):
        return []
    return [] if _printed_below(blocks, headline, found) else found


def _is_kicker(block: Block) -> bool:
    """A short line between a figure and the headline: a kicker, a section's name."""
    return (block.zone is Zone.OUTSIDE and block.hint is not Kind.CAPTION and not signals.is_prose(block.text)
            and signals.word_count(block.text) <= rules.READ_ALSO_LABEL_MAX_WORDS)


def _is_figure_piece(block: Block) -> bool:
    return (block.zone is Zone.OUTSIDE and block.hint is Kind.CAPTION
            and block.link_density <= rules.FIGURE_PIECE_MAX_LINK_DENSITY)


def _printed_below(blocks: list[Block], headline: int, found: list[int]) -> bool:
    """Whether a piece of the figure comes again under the headline: as a line of its own, or
    inside a caption there (the copy's caption numbered or longer, "# <caption> <more>")."""
    below = blocks[headline + 1:]
    lines = {signals.normalise(block.text) for block in below}
    captions = "\n".join(signals.normalise(block.text) for block in below if block.hint is Kind.CAPTION)
    return any(key in lines or key in captions for key in (signals.normalise(blocks[at].text) for at in found))


def _block_values(
    rendered: list[RenderedBlock], headline: int | None, fence: Fence | None, tuning: Tuning, free: list[float] | None
) -> tuple[list[float], set[int]]:
    """Each block's worth to the run, once the headline is marked and card standfirsts are
    dropped; and the blocks repeated on the page (worth as much as boilerplate)."""
    for index, item in enumerate(rendered):
        if item.block.hint is Kind.HEADLINE and index != headline:
            item.block.hint = None  # other <h1>s are section headings or logos
    hints = [item.block.hint for item in rendered]
    if headline is not None:
        rendered[headline].block.hint = Kind.HEADLINE
    drop_card_standfirsts(rendered, headline)
    mark_read_also_teasers(rendered)
    # Free values were reckoned before these hints: blocks whose hint changed are valued again.
    free = [
        value if free is not None and item.block.hint is hint else free_value(item, tuning)
        for item, value, hint in zip(rendered, free or hints, hints)
    ]
    fences = fence is not None and fence.fences
    values = [fenced_value(item, value, fences) for item, value in zip(rendered, free)]
    repeats = set(repeated_blocks(rendered))
    for index in repeats:
        # A quote of an earlier post costs nothing: the thread's replies around it are the page's
        # text, and a reply quoting the first post must not end the run (_quoted_repeats).
        values[index] = 0.0 if rendered[index].in_quote else -text_rules.REGION_BOILERPLATE_COST
    return values, repeats


def _article_run(
    rendered: list[RenderedBlock], values: list[float], boxes: list[Box] | None, repeats: set[int], tuning: Tuning,
    fences: bool = False,
) -> tuple[tuple[int, int], tuple[int, int, set[int], Box | None]]:
    """The best run of blocks (as found, and as it stands after these steps), widened to the element holding it (or, when no run pays its
    way, the box holding most text), its edges trimmed of card grids and link boxes. `fences`: the page marks its
    article (not a <main>), so the calls to action inside the mark are boxes set into an article."""
    start, end, left_out = article_run(rendered, values)
    run = (start, end)
    widened = None
    if boxes and sum(values[start:end]) < rules.REGION_WEAK_RUN:
        box = text_box(rendered, boxes, repeats, rules.REGION_WEAK_RUN_TEXT_SHARE)
        if box is not None:
            start, end = box.start, box.end
            left_out = {index for index in range(start, end) if index in repeats or rendered[index].in_comments}
            widened = box
            for item in rendered[start:end]:
                if item.block.hint is Kind.CAPTION:
                    item.block.hint = None  # a page with no prose has no article figures: its "captions" are its cards
    elif boxes and start < end:
        start, end, left_out = widen_to_box(rendered, boxes, start, end, left_out, repeats, tuning.widen_max_link_share)
        if (start, end) != run:
            widened = Box(start, end)
    if boxes and start < end:
        totals = BlockTotals(rendered)  # once for the three stages
        found = furniture_boxes(rendered, boxes, totals)
        spans = {box.element: box for box in boxes}
        start, end, _ = trim_edges(rendered, found, start, end, totals, spans)
        end = pitch_end(rendered, boxes, start, end, totals, spans)
        left_out = left_out | inner_boxes(rendered, found, start, end, totals)
        if fences:
            left_out = left_out | promo_boxes(rendered, boxes, start, end, totals)
    return run, (start, end, left_out, widened)


def _end_at_comments(rendered: list[RenderedBlock], start: int, end: int, left_out: set[int]) -> int:
    """The run's end moved up to the reader comments it leaves out, when little follows them: the
    comments close the article, and the lines under them (a "more stories" teaser, a prompt)
    are the site's, though the run reaches over the comments to them."""
    last = next((index for index in range(end - 1, start - 1, -1)
                 if index in left_out and rendered[index].in_comments), None)
    if last is None:
        return end
    first = last
    while first - 1 > start and first - 1 in left_out:
        first -= 1  # the thread: the comments and what else is left out among them
    def words(indexes: range) -> int:
        return sum(signals.word_count(rendered[index].block.text) for index in indexes if index not in left_out)
    after = words(range(last + 1, end))
    return first if 0 < after <= rules.COMMENTS_TAIL_MAX_SHARE * words(range(start, first)) else end


def thread_replies(rendered: list[RenderedBlock], says_thread: bool) -> bool:
    """Whether the page's "comments" are its thread: the page says it is one (`says_thread`: its
    URL or its structured data) and they hold at least rules.THREAD_COMMENTS_MIN_SHARE of its
    text's characters (a forum's replies are the page; a Q&A page's notes under its answers, a
    small share, are comments). Then the caller reads them as text, as with include_comments."""
    if not says_thread:
        return False
    total = in_comments = 0
    for item in rendered:
        size = len(item.block.text)  # characters: a share that reads the same in any script
        total += size
        in_comments += size if item.in_comments else 0
    return total > 0 and in_comments >= rules.THREAD_COMMENTS_MIN_SHARE * total


_STAMP = re.compile(rules.THREAD_STAMP)
_STAMP_KINDS = (Kind.BYLINE, Kind.DATE)
POST_STAMP_REASON = "a post's stamp in a thread of dated posts"


def post_stamps(decisions: list[Decision], thread: bool) -> list[Decision]:
    """The decisions with a thread's post stamps read as its text (rules.POST_STAMP_MIN_LINES):
    on a page that says it is a thread (`thread`: page_type.says_thread), the short byline or
    date lines of the article's run that carry a year or a clock time, when the run holds enough
    of them to be the stamps over its posts, not an opening post's one byline. The head's byline
    and date stay what they are."""
    if not thread:
        return decisions
    stamps = [index for index, decision in enumerate(decisions)
              if decision.kind in _STAMP_KINDS and decision.block.zone is Zone.MAIN
              and len(decision.block.text) <= rules.POST_STAMP_MAX_CHARS and _STAMP.search(decision.block.text)]
    if len(stamps) < rules.POST_STAMP_MIN_LINES:
        return decisions
    read = list(decisions)
    for index in stamps:
        read[index] = Decision(decisions[index].block, Kind.BODY, POST_STAMP_REASON)
    return read


def _head_of_fence(rendered: list[RenderedBlock], fence: Fence, start: int, headline: int | None) -> int:
    """The run's start moved back to the top of the trusted fence (below the headline when the
    fence holds it), and the fence's blocks marked: what the page puts at the top of its
    article is the article's, even when it pays no toll (a lead ending in ":", an <h2> dek,
    an ingredient list, short CJK paragraphs). A <main> fences nothing and moves no start,
    but the run's lines it holds between the headline and the first paragraph are the
    article's head all the same (a dek in <h2>, a lead with no final stop: dhb.de, lbv.de),
    unless they are links (an "In brief" box of other stories under the headline)."""
    for item in rendered[fence.start:fence.end]:
        item.block.fenced = fence.fences or item.block.link_density < rules.MAIN_HEAD_MAX_LINK_SHARE
    if not fence.fences or not fence.start < start < fence.end:
        return start
    top = fence.start if headline is None or not fence.start <= headline < start else headline + 1
    return min(start, top)


def zone_blocks(
    rendered: list[RenderedBlock], title: str | None, fence: Fence | None = None, boxes: list[Box] | None = None
) -> list[Block]:
    """Blocks with zones set (see `find_region`)."""
    return find_region(rendered, title, fence, boxes).blocks
