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

This module runs the phases; `lines.py` says what one block is (a body
paragraph, a byline, a date line), `headline.py` scores headline candidates
and `key_points.py` finds the article's key-point box.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from .. import signals
from ..blocks import Block, Decision, Form, Kind, Zone
from ..captions import numbered_figure
from ..rules import text as rules
from ..rules.language import FUNCTION_WORDS
from .credits import heading_with_aside, signed_credit
from .headline import OpeningWords, choose_headline, dek_by_case, glued_trail, names_a_person
from .key_points import (
    FURNITURE_REASONS, head_key_points, inline_key_point, is_point_box, key_point, label_key_point_box, marked_points, marked_runs, names_a_box,
    opens_a_box, outside_box,
)
from .lines import (
    BOLD_LEAD_REASON, HEAD_FURNITURE_REASON, KEY_POINT_LABEL_REASON, LINK_ARROW_REASON, OUTSIDE_REASON, dek_notice, first_names, head_furniture,
    is_author_bio, is_body_paragraph, is_bold_news_lead, is_breadcrumb, is_cut_teaser, is_date_line, is_link, is_link_arrow, is_one_name_tag_line,
    is_tag_line, labelled_head_furniture, lead_shaped, looks_like_byline, meta_furniture, short_key, texts_below,
)


# A byline read from a line's shape alone (a name under the headline), with no label to say so.
NAME_ALONE_REASON = "a name alone under the headline"
SUBTITLE_REASON = "subtitle heading under the headline"
# A word as the dek's test reads it: letters, with the hyphens and apostrophes inside it.
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
# What may stand between a headline and its subtitle heading.
_OVER_SUBTITLE = (Kind.BYLINE, Kind.DATE, Kind.BOILERPLATE, Kind.CAPTION)

FIRST_PARAGRAPH_OVER_SUBHEADING_REASON = "the text's first paragraph, over its first subheading"


def classify(blocks: Sequence[Block], *, headline_lookback: int = 0, raw_text: bool = False) -> list[Decision]:
    """Label every block. `headline_lookback`: how many lines above the body a
    headline may stand even outside the zones (0: only HEAD and MAIN blocks).
    `raw_text`: the blocks are a raw copy's lines, with no markup behind them."""
    labels: list[Decision | None] = [None] * len(blocks)
    _label_outside_and_furniture(blocks, labels)
    lead_read = _bold_news_lead(blocks, labels)
    body_start, text_above = _find_body_start(blocks, labels, lead_read)
    if text_above is not None:
        labels[text_above] = Decision(blocks[text_above], Kind.BODY, FIRST_PARAGRAPH_OVER_SUBHEADING_REASON)
    _signed_head_credits(blocks, labels, body_start)
    _label_head(blocks, labels, body_start, headline_lookback, raw_text)
    if raw_text:
        _keep_opening_question(blocks, labels, body_start)
    _label_main(blocks, labels, body_start)
    if raw_text:
        _drop_one_name_tag_lines(blocks, labels)
    _drop_dangling_tail(blocks, labels)
    return [label for label in labels if label is not None]


def _label_outside_and_furniture(blocks: Sequence[Block], labels: list[Decision | None]) -> None:
    for index, block in enumerate(blocks):
        if block.zone is Zone.OUTSIDE:
            labels[index] = Decision(block, Kind.BOILERPLATE, OUTSIDE_REASON)
        elif block.hint is Kind.BOILERPLATE:
            labels[index] = Decision(block, Kind.BOILERPLATE, "marked as furniture by the page structure")
        elif block.hint is None or block.hint is Kind.BODY or block.hint is Kind.STANDFIRST:
            # A dek class does not make a furniture line a dek ("Thread starter jane" in a forum's description).
            reason = signals.boilerplate_reason(block.text) or (LINK_ARROW_REASON if is_link_arrow(block.text) else None)
            if reason:
                labels[index] = Decision(block, Kind.BOILERPLATE, reason)


def _bold_news_lead(blocks: Sequence[Block], labels: list[Decision | None]) -> bool:
    """The page's first paragraph, when it is a news story's lead set in bold and opened by its
    dateline (`is_bold_news_lead`), is the standfirst, read before the text's start is sought: the
    text starts under it. It opens the body, as every standfirst does. Only the first paragraph-shaped
    line is asked (`lead_shaped`, the one place its shape is checked; lines the page marks as a caption,
    a byline or a date are passed over, and a caption ending in its credit: osthessen-news.de). Whether
    it was read so. Fit half: see rules.BOLD_LEAD_DATELINE."""
    for index, block in enumerate(blocks):
        if (labels[index] is not None or block.zone is Zone.OUTSIDE or block.hint not in (None, Kind.BODY, Kind.STANDFIRST)
                or not lead_shaped(block)
                or signals.split_credit(block.text)[1] is not None):  # a caption, with its credit
            continue
        if not is_bold_news_lead(block):
            return False
        labels[index] = Decision(block, Kind.STANDFIRST, BOLD_LEAD_REASON)
        return True
    return False


def _find_body_start(blocks: Sequence[Block], labels: list[Decision | None], lead_read: bool = False) -> tuple[int, int | None]:
    """Index of the first body paragraph, skipping a standfirst when one is framed as such; and the
    first paragraph when it is the text's own above that start (None when there is none).

    A prose line right under the headline that is followed by byline, date,
    caption or key-point lines before the next paragraph is a standfirst: the
    body proper starts after that furniture. Set apart only by a line shaped like
    a name that reads as a heading, it is the text's first paragraph over its first
    subheading (`_frames_a_dek`); the start stays below that line, which is left
    out as the head's furniture as it was (taking it into the text: see the commit).
    """
    # Only the first two are read: the search stops there (a page has thousands of lines).
    candidates = list(islice((
        index
        for index, block in enumerate(blocks)
        if labels[index] is None and block.zone is Zone.MAIN and is_body_paragraph(block)
    ), 2))
    if not candidates:
        return _fallback_body_start(blocks, labels), None
    first = candidates[0]
    # A page has one dek: with its bold lead read as it (`_bold_news_lead`), the paragraph under it is the text.
    if len(candidates) > 1 and not lead_read and (frame := _framed_as_standfirst(blocks, labels, first, candidates[1])) is not None:
        return candidates[1], None if frame else first
    return first, None


def _fallback_body_start(blocks: Sequence[Block], labels: list[Decision | None]) -> int:
    """Where the text starts when no line reads as a paragraph (a few short sentences, a note).

    The body is then whatever is left below a leading headline-shaped line,
    so a short plain text is never returned empty.
    """
    open_lines = list(islice((
        index
        for index, block in enumerate(blocks)
        if labels[index] is None and block.zone is Zone.MAIN and block.hint in (None, Kind.BODY)
    ), 2))  # (the first two are read)
    if not open_lines:
        return len(blocks)
    first = open_lines[0]
    text = blocks[first].text
    leads_as_headline = signals.is_headline_shaped(text) and not rules.SENTENCE_END.search(text)
    if len(open_lines) > 1 and leads_as_headline:
        return open_lines[1]
    return first


def _framed_as_standfirst(blocks: Sequence[Block], labels: list[Decision | None], first: int, second: int) -> bool | None:
    """Whether the paragraph at `first` is set apart from the one at `second` as the dek (True),
    only by a heading under it (False: the text's first paragraph), or not at all (None)."""
    before = [i for i in range(first) if labels[i] is None and blocks[i].zone is not Zone.OUTSIDE]
    under_meta = bool(before) and meta_furniture(blocks[before[-1]])
    while before and meta_furniture(blocks[before[-1]]):
        before.pop()
    if not before or not signals.is_headline_shaped(blocks[before[-1]].text):
        return None
    between = [blocks[i] for i in range(first + 1, second) if labels[i] is None]
    # Under the byline and date only a key-point box sets it apart: a caption or a name there
    # follows the story's own first paragraph.
    if any(block.hint is Kind.KEY_POINT or opens_a_box(block) for block in between):
        return True
    if under_meta or not any(head_furniture(block) for block in between):
        return None
    opening = OpeningWords(blocks, labels, first)
    return any(_frames_a_dek(block, opening) for block in between)


def _frames_a_dek(block: Block, opening: OpeningWords) -> bool:
    """Whether a line under a first paragraph is head furniture that sets it apart as the dek: a
    byline, date or credit line, or a name the head reads as a byline (`names_a_person`). A line
    only shaped like a name whose words the text writes in lower case is a subheading ("Static
    Performance Analysis", "Clinical Decision Support"): the paragraph above it is the text's.
    Fit: traf-dev schneems.com; wcxb-dev aidoc.com, tayst.com, watchfinder.com, humanscale.com,
    theorganizedmama.com (a first paragraph read as the standfirst over the first subheading)."""
    if block.bullet is not None and signals.word_count(block.text) < rules.KEY_POINT_MIN_MEAN_WORDS and not (
            meta_furniture(block) or signals.split_credit(block.text)[1] is not None):
        # A short bulleted line is a card's or a menu's entry ("Ghosts on the ledger" under a
        # promotion's paragraph), not a key point's sentence: only a name read as a byline counts.
        return names_a_person(opening, block.text)
    return labelled_head_furniture(block) or names_a_person(opening, block.text)


def _no_key_point(block: Block, marks_repeat: bool, unstated: bool, point: bool) -> Decision | None:
    """Why a block the page marks as a key point is none (None: it may be one). `point`: one of the
    points of its marked box (key_points.marked_points), even if set as a heading."""
    if names_a_box(block) and not point:
        return Decision(block, Kind.BOILERPLATE, KEY_POINT_LABEL_REASON)
    if marks_repeat:
        return Decision(block, Kind.BOILERPLATE, "key-point class repeated on every item of a listing")
    if unstated:
        return Decision(block, Kind.BOILERPLATE, "key-point class on figures or tags, not statements")
    if is_link(block):
        return Decision(block, Kind.BOILERPLATE, "a link in a key-point box (a promotion)")
    return None


def _signed_head_credits(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> None:
    """A credit line signed by the copyright sign alone above the first paragraph ("© Getty Images"
    under the headline and the date), which the furniture patterns took for the site's notice, is
    the lead picture's credit: the site's notice stands at the page's foot, outside the article,
    or goes on in the line under it ("© THE INTERCEPT" over "ALL RIGHTS RESERVED").
    Fit-half traf-dev tennisnet.com, fischerhuette.hejfish.com, motor.at, litradio.net, 24horas.cl."""
    for index in range(body_start):
        label, block = labels[index], blocks[index]
        if (label is not None and label.kind is Kind.BOILERPLATE and block.zone is not Zone.OUTSIDE
                and block.hint is None and signed_credit(block.text) and not _notice_goes_on(blocks, index)):
            labels[index] = Decision(block, Kind.CAPTION, "the copyright sign's credit above the first paragraph")


def _notice_goes_on(blocks: Sequence[Block], index: int) -> bool:
    """Whether the line under a signed line is a furniture line naming rights: the notice's second half."""
    below = blocks[index + 1].text if index + 1 < len(blocks) else ""
    return rules.CREDIT_COPYRIGHT_NOTICE.search(below) is not None and signals.boilerplate_reason(below) is not None


def _label_head(blocks: Sequence[Block], labels: list[Decision | None], body_start: int, headline_lookback: int, raw_text: bool) -> None:
    headline = choose_headline(blocks, labels, body_start, headline_lookback)
    if headline is not None:
        labels[headline] = Decision(blocks[headline], Kind.HEADLINE, "headline-shaped line best placed above the body")
        _meta_under_outside_headline(blocks, labels, headline, OpeningWords(blocks, labels, body_start))
    # Bullets above the body whose text comes back below it are a table of contents, not key points.
    below = texts_below(blocks, body_start)
    points = head_key_points(blocks, labels, body_start, headline, below)
    marks_repeat, unstated, marked_point = _marked_key_point_boxes(blocks, labels)
    bylined: set[str] = set()  # first names of the bylines read so far
    opening = OpeningWords(blocks, labels, body_start)
    for index in range(body_start):
        if labels[index] is not None:
            continue
        block = blocks[index]
        text = block.text
        hint = _head_hint(block, index, headline)
        if _subtitle_heading(blocks, labels, headline, index, body_start):
            labels[index] = Decision(block, Kind.STANDFIRST, SUBTITLE_REASON)
        elif hint is Kind.STANDFIRST and ((block.form is Form.HEADING and not signals.is_prose(text)) or is_date_line(text)):
            # Themes style the first heading or the date line with "intro"/"lead" classes too; a
            # heading that reads as prose is a dek set as <h2> (Spanish sites' "bajada", "sumario").
            labels[index] = Decision(block, Kind.DATE if is_date_line(text) else Kind.BOILERPLATE,
                                     "standfirst class on a date or heading")
        elif hint is Kind.STANDFIRST and is_breadcrumb(text):
            labels[index] = Decision(block, Kind.BOILERPLATE, "breadcrumb trail styled as a standfirst")
        elif hint in (Kind.STANDFIRST, None) and is_author_bio(text, bylined):
            labels[index] = Decision(block, Kind.BOILERPLATE, "author biography (opens with the byline's name)")
        elif hint is Kind.KEY_POINT and (rejected := _no_key_point(block, marks_repeat, index in unstated, index in marked_point)):
            labels[index] = rejected
        elif hint in (Kind.CAPTION, Kind.KEY_POINT, Kind.BYLINE, Kind.DATE, Kind.STANDFIRST):
            labels[index] = Decision(block, hint, "marked by the page structure")
        elif opens_a_box(block):
            labels[index] = Decision(block, Kind.BOILERPLATE, KEY_POINT_LABEL_REASON)
        elif _listed(block) and short_key(text) in below and not _meta_list_name(blocks, index):
            labels[index] = Decision(block, Kind.BOILERPLATE, "table of contents entry repeated in the text")
        elif index in points:
            # A box's label by its shape (a heading no vocabulary knows) is dropped like a known one.
            labels[index] = (Decision(block, Kind.BOILERPLATE, points[index])
                             if points[index] in FURNITURE_REASONS else key_point(block, points[index]))
        elif block.form in (Form.PARAGRAPH, Form.QUOTE) and signals.inline_key_point(text) is not None:
            labels[index] = inline_key_point(block)
        elif signals.split_credit(text)[1] is not None and not heading_with_aside(text) and not _described_far(block):
            labels[index] = Decision(block, Kind.CAPTION, "line ending in a photo credit")
        elif looks_like_byline(text):
            labels[index] = Decision(block, Kind.BYLINE, "byline")
        elif _name_byline_place(blocks, labels, index, headline, bylined) and names_a_person(opening, text):
            labels[index] = Decision(block, Kind.BYLINE, NAME_ALONE_REASON)
        elif is_date_line(text):
            labels[index] = Decision(block, Kind.DATE, "date line")
        elif headline is not None and index > headline and _reads_as_dek(block, blocks[headline], _right_under(blocks, labels, headline, index, raw_text)):
            # A dek stands on its own; a line ending in a colon leads into what follows it.
            labels[index] = _where_dek_stands(block)
        else:
            labels[index] = Decision(block, Kind.BOILERPLATE, HEAD_FURNITURE_REASON)
        if labels[index].kind is Kind.BYLINE:
            bylined.update(first_names(text))
    _settle_head(blocks, labels, headline, body_start, raw_text)


def _settle_head(blocks: Sequence[Block], labels: list[Decision | None], headline: int | None, body_start: int,
                 raw_text: bool) -> None:
    """The head's lines read again once each has its label: what the lines around a line say of it."""
    _dek_over_byline(blocks, labels, headline, body_start, raw_text)
    _keep_region_above_first_paragraph(blocks, labels, body_start)
    if headline is not None:
        _dek_under_text(blocks, labels, headline, body_start)
    _keep_salutation(blocks, labels, body_start)


def _dek_under_text(blocks: Sequence[Block], labels: list[Decision | None], headline: int, body_start: int) -> None:
    """A paragraph read as the dek by its place alone (no mark of the page's), with lines the region
    kept as its text (`_keep_region_above_first_paragraph`) standing between the head and it, is no
    dek: the text has begun above it. A product's cards and selling points, a forum's first post, a
    salutation and a greeting, a call to action among a table of contents' lines: the paragraph is
    read on as the text, where it stands (only the standfirst field changes). The head ends with its
    last byline or date line: the lines above that are its own (a label, a kicker the article's
    element holds: traf-dev fit everardoherrera.com, "Detalles" over the date and the byline). One
    line is not enough (a recipe's rating line over its dek: kingarthurbaking.com, raw copies):
    rules.DEK_UNDER_TEXT_MIN_LINES. Fit half: wcxb-dev movebuddha.com ("Hi, I'm Ryan." / "Let's get
    moving." over the writer's greeting, raw copies), agencyanalytics.com (a call to action under the
    table of contents), legalzoom.com, rei.com, skullcandy.com, zappos.com, britannica.com, man7.org;
    traf-dev blog.leichtathletik-os.de (a results table's line), motorsport-total.com (the text's first
    paragraph under its title and dek, raw copies). Lost: everardoherrera.com's dek in its inscriptis
    copy, which glues the label, the date and the byline into one line the region keeps as text."""
    text_lines = 0
    for index in range(headline + 1, body_start):
        label = labels[index]
        if label is None:
            continue
        if label.kind is Kind.BODY:
            text_lines += 1
        elif label.kind is Kind.BYLINE or label.kind is Kind.DATE:
            text_lines = 0
        elif label.reason == DEK_REASON and text_lines >= rules.DEK_UNDER_TEXT_MIN_LINES:
            labels[index] = Decision(blocks[index], Kind.BODY, DEK_UNDER_TEXT_REASON)


def _listed(block: Block) -> bool:
    """Whether a block is a list's item (a bullet the copy kept, or a list item's form)."""
    return block.bullet is not None or block.form is Form.LIST_ITEM


def _meta_list_name(blocks: Sequence[Block], index: int) -> bool:
    """Whether the list item at `index` is a name alone in a list with a date line among its items,
    within rules.META_LIST_REACH items on either side: the post's meta set as a list ("* Ridvika
    Arora" / "* Marketing" / "* August 26, 2025"), whose name the author's box under the text prints
    again. No table of contents dates its entries; the list's other items (its section) stay where
    they were. Fit-half WCXB, inscriptis: restroworks.com, elementor.com (the byline taken for a
    table of contents' entry, the author missed)."""
    if not signals.is_person_name(blocks[index].text):
        return False
    reach = rules.META_LIST_REACH
    for step in (-1, 1):
        for other in range(index + step, index + step * (reach + 1), step):
            if not 0 <= other < len(blocks) or not _listed(blocks[other]):
                break
            if is_date_line(blocks[other].text):
                return True
    return False


SALUTATION_REASON = "a salutation opening the text"
DEK_REASON = "prose between headline and byline"
DEK_UNDER_TEXT_REASON = "prose under the text's first lines, where no dek stands"
DEK_ABOVE_OUTSIDE_META_REASON = "a paragraph over the byline under a headline above the region"
# Prose where the dek stands that is mostly a link is a card or a notice the page sets under its
# headline, which sends the reader away: a product's sale card, a review quoted as a link to the
# reviews, a service's blurb (fit half wcxb-dev: zappos.com, gymshark.com, hospitalitynet.org,
# warrenaverett.com). Not the dek; the page shows it with the text, which keeps it as the dek's
# place did (the standfirst opens the body), so only the standfirst field changes.
LINKED_DEK_REASON = "a link where the dek stands"


def _where_dek_stands(block: Block) -> Decision:
    """A line that reads as the dek under the headline: the standfirst, unless it is mostly a link or
    the site's notice (`dek_notice`: a disclosure, an offer, a thread's counters; fit half wcxb-dev:
    upgradedpoints.com, cleverhiker.com, rei.com, homeenergy.pseg.com, terminix.com, woodworkingtalk.com,
    phoronix.com, thomann.de). Either is kept in the text where it stands, as the dek's place kept it
    (the standfirst opens the body): only the standfirst field changes. (Dropped as furniture, the
    notices raised the fit half's body, but WCXB's truth keeps some, terminix.com's offer, phoronix.com's
    counters, and the held half's body dropped: see the commit.)"""
    if is_link(block):
        return Decision(block, Kind.BODY, LINKED_DEK_REASON)
    notice = dek_notice(block.text)
    if notice is not None:
        return Decision(block, Kind.BODY, notice)
    return Decision(block, Kind.STANDFIRST, DEK_REASON)


def _keep_salutation(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> None:
    """A short line ending in a comma right above the first paragraph greets the reader the text
    addresses ("Hi,", "Hello everyone,", "Dear fellow monkeys,", "Liebe Schwestern und Brüder,"): the
    text's first words, which the head's furniture had taken. Not a line of names split by commas
    (tags), nor a name with a comma after it (an author's line, "Nikolai Huke,")."""
    index = _furniture_over_first_paragraph(blocks, labels, body_start)
    if index is None:
        return
    text = blocks[index].text.strip()
    if not text.endswith(rules.SALUTATION_ENDS) or any(mark in text[:-1] for mark in rules.SALUTATION_ENDS):
        return
    greeting = text[:-1].strip()
    if (0 < signals.word_count(greeting) <= rules.SALUTATION_MAX_WORDS and any(ch.isalpha() for ch in greeting)
            and not signals.is_person_name(greeting)):
        labels[index] = Decision(blocks[index], Kind.BODY, SALUTATION_REASON)


OPENING_QUESTION_REASON = "a question opening the text"


def _keep_opening_question(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> None:
    """A line ending in a question mark right above the first paragraph asks what the text answers
    ("What is Academic Tutoring?", "Ever wonder how coffee was first discovered?"): its heading or
    its first sentence, which the head's furniture had taken. Not the headline printed again, nor a
    breadcrumb trail ending in it ("Blog Home > Living > Why Live in a Tiny House?").
    Raw copies only: there the furniture call had no markup to go on; in HTML the markup placed
    the line (on traf-dev's held half the same reading brought one page's furniture back)."""
    index = _furniture_over_first_paragraph(blocks, labels, body_start)
    if index is None:
        return
    text = blocks[index].text.strip()
    if not text.endswith(rules.QUESTION_ENDS):
        return
    headline = next((label.block.text.strip() for label in labels[:index] if label is not None and label.kind is Kind.HEADLINE), "")
    if text.casefold() == headline.casefold() or (headline and glued_trail(text, headline)):
        return
    labels[index] = Decision(blocks[index], Kind.BODY, OPENING_QUESTION_REASON)


def _furniture_over_first_paragraph(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> int | None:
    """The line right above the first paragraph when the head's furniture took it (inside the
    region or the head, not outside the article), else None."""
    index = body_start - 1
    if index < 0 or body_start >= len(blocks) or blocks[index].zone is Zone.OUTSIDE:
        return None
    label = labels[index]
    return index if label is not None and label.reason == HEAD_FURNITURE_REASON else None


def _marked_key_point_boxes(blocks: Sequence[Block], labels: list[Decision | None]) -> tuple[bool, set[int], set[int]]:
    """Whether the page marks more than one key-point box, the blocks of its marked boxes that
    state nothing, and the points of its boxes (key_points.marked_points). A key-point class on more
    than one box marks every item of a listing; on figures and tags ("5.0", "1.1k sales") it marks
    a spec box, not points."""
    marked = marked_runs(blocks, labels)
    points = {index: marked_points(blocks, run) for index, run in enumerate(marked)}
    unstated = {index for at, run in enumerate(marked) if not is_point_box([blocks[i] for i in points[at]]) for index in run}
    return len(marked) > 1, unstated, {index for run in points.values() for index in run}


def _meta_under_outside_headline(
    blocks: Sequence[Block], labels: list[Decision | None], headline: int, opening: OpeningWords
) -> None:
    """The byline and date lines right under a headline the region left outside its zones.

    A raw copy's region often starts at the first paragraph, under a table of contents or an
    author box; the headline is found above it (the lookback) and the byline and date printed
    under the headline are then outside lines, never read. Read them as the head's, up to the
    first line of the region and within the lines a byline stands under its headline; a name
    alone there is the byline when a date line stands beside it (menus' and buttons' labels,
    "About Us", "Patient Portal", read as names too, stand among other labels). Fit-half
    WCXB: appinventiv.com, worldculturefest.org, modelremodel.com, movieweb.com, playfultones.com,
    economictimes.indiatimes.com, orientsoftware.com, siliconangle.com, seriouseats.com,
    cherryservers.com, connect.bcbsok.com (raw author or date missed, printed there).
    """
    bylined = False
    dek: int | None = None  # the first paragraph under the headline, while no byline or date is read
    meta_read = False
    for index in range(headline + 1, min(len(blocks), headline + 1 + rules.NAME_BYLINE_MAX_LINES)):
        block, label = blocks[index], labels[index]
        if block.zone is not Zone.OUTSIDE:
            if block.hint is Kind.CAPTION:
                continue  # the lead picture's caption the head holds (text/lines.opening_credits), not the region's start
            break
        if label is None or label.reason != OUTSIDE_REASON:
            continue
        if looks_like_byline(block.text) or (not bylined and _dated_name(blocks, index, opening)):
            labels[index] = Decision(block, Kind.BYLINE, "byline under a headline above the region")
            bylined = meta_read = True
        elif is_date_line(block.text):
            labels[index] = Decision(block, Kind.DATE, "date line under a headline above the region")
            meta_read = True
        elif signals.is_key_point_label(block.text) and (items := outside_box(blocks, labels, index, OUTSIDE_REASON)):
            labels[index] = Decision(block, Kind.BOILERPLATE, KEY_POINT_LABEL_REASON)
            for item in items:
                labels[item] = key_point(blocks[item], "item of a key-point box under a headline above the region")
            break  # the box closes the head: what follows is not its byline
        elif not meta_read and dek is None and is_body_paragraph(block):
            dek = index
    if dek is not None and meta_read and all(_over_dek(blocks[i], labels[i]) for i in range(headline + 1, dek)):
        _dek_above_outside_meta(blocks, labels, dek)


def _over_dek(block: Block, label: Decision | None) -> bool:
    """Whether a line may stand between a headline and its dek: the lead picture's caption, or a
    line shaped like a title that names no one (a kicker, the title as the page prints it again).
    A name there is a byline whose label stands apart ("by" / "Shannon Grilli"): a paragraph under
    it is the writer's bio; a span of years or a button's label is a listing's or a shop's line."""
    if block.hint is Kind.CAPTION or (label is not None and label.kind is Kind.CAPTION):
        return True
    return signals.is_headline_shaped(block.text) and not signals.is_person_name(block.text)


def _dek_above_outside_meta(blocks: Sequence[Block], labels: list[Decision | None], index: int) -> None:
    """The first paragraph under a headline above the region, over the byline or date lines read
    there, is its dek: the page's head (headline, dek, byline, date) stands above the text the
    region found, and a paragraph between the headline and its byline is no paragraph of the
    text. Unless it is a link or the site's notice (`_where_dek_stands`), which stays out. Read
    as the dek it opens the body, as every standfirst does (WCXB's truths leave three of the fit
    half's out: ashvardanian, orientsoftware, security.org; traf-dev's keep watson's).
    Fit half: wcxb-dev ashvardanian.com, orientsoftware.com, security.org (3 pages); traf-dev
    watson.ch, pcgamer.com, autohaus.de (the dek under the lead picture's caption)."""
    decision = _where_dek_stands(blocks[index])
    if decision.kind is Kind.STANDFIRST:
        labels[index] = Decision(blocks[index], Kind.STANDFIRST, DEK_ABOVE_OUTSIDE_META_REASON)


DEK_OVER_BYLINE_REASON = "a phrase between the headline and the byline"


def _dek_over_byline(blocks: Sequence[Block], labels: list[Decision | None], headline: int | None, body_start: int,
                     raw_text: bool) -> None:
    """A raw copy's line right under the headline and right over a byline or date line, dropped as
    furniture, is the dek when it reads as a phrase of its own (`_phrase_of_its_own`): the page's
    head stands there in its order, headline, dek, byline. Shorter than the headline and often set
    in its case, it is not read by `dek_by_case`. Unless it is a link or the site's notice
    (`_where_dek_stands`), which stays where it was, or stands inside the article's region, which
    keeps it as its text (`_keep_region_above_first_paragraph`; fit: a shop's "Add to favorites"
    over its stock line, zappos.com). A phrase of the head, set apart from the text
    as the furniture it was read as, it does not open the body (`Decision.in_body`): WCXB's truths
    leave it out on four of the five fit pages that have one (prevention, kill-the-newsletter,
    spectrecollie, addyo.substack; lenovo keeps its tagline), and with it traf-dev lost a snippet
    decision; only the standfirst field changes. Fit half: see rules.DEK_OVER_BYLINE_MIN_WORDS."""
    if not raw_text or headline is None:
        return  # in HTML the markup places the dek
    index = headline + 1
    if (index + 1 >= body_start or blocks[index].zone is not Zone.HEAD or labels[index] is None
            or labels[index].reason != HEAD_FURNITURE_REASON):
        return
    below = labels[index + 1]
    if below is None or below.kind not in (Kind.BYLINE, Kind.DATE):
        return
    if _phrase_of_its_own(blocks[index].text, blocks[headline].text) and _where_dek_stands(blocks[index]).kind is Kind.STANDFIRST:
        labels[index] = Decision(blocks[index], Kind.STANDFIRST, DEK_OVER_BYLINE_REASON, in_body=False)


def _phrase_of_its_own(text: str, headline: str) -> bool:
    """Whether a short line reads as a dek's phrase: enough words, in sentence case (a longer word
    in small letters that is no function word), no copy of the headline, no menu's or trail's
    marks, no labels glued together by the copy."""
    words = signals.word_count(text)
    if not rules.DEK_OVER_BYLINE_MIN_WORDS <= words <= rules.HEADLINE_MAX_WORDS * 2:
        return False
    if rules.DEK_OVER_BYLINE_SEPARATORS.intersection(text) or rules.DEK_OVER_BYLINE_GLUED.search(text):
        return False
    key, title = signals.normalise(text), signals.normalise(headline)
    if not key or key in title or title in key:
        return False
    return any(len(word) >= 4 and word[0].islower() and word.casefold() not in FUNCTION_WORDS
               for word in _WORDS.findall(text))


def _dated_name(blocks: Sequence[Block], index: int, opening: OpeningWords) -> bool:
    """Whether a line is a name alone with a date line right above or under it, or under it past
    one short line that is no sentence (the writer's job or the post's section: "Chirag Bhardwaj" /
    "VP - Technology" / "November 14, 2025", "Emmanuel Oyibo" / "#Cloud Computing" / "Published on
    Oct 21, 2025"; rules.text NAME_DATE_GAP_MAX_WORDS): an author box."""
    beside = [blocks[i].text for i in (index - 1, index + 1) if 0 <= i < len(blocks)]
    if not any(is_date_line(text) for text in beside) and not _dated_past_one_line(blocks, index):
        return False
    return names_a_person(opening, blocks[index].text)


def _dated_past_one_line(blocks: Sequence[Block], index: int) -> bool:
    """Whether the line two under `index` is a date line and the one between is short and no sentence."""
    if index + 2 >= len(blocks):
        return False
    between = blocks[index + 1].text
    return (signals.word_count(between) <= rules.NAME_DATE_GAP_MAX_WORDS and not signals.is_prose(between)
            and is_date_line(blocks[index + 2].text))


def _head_hint(block: Block, index: int, headline: int | None) -> Kind | None:
    """The hint a head line is read by. A dek stands under its headline: marked as one above it, a
    line is a kicker, a section's label or the site's tagline, read by its shape (19 fit-half pages:
    traf-dev motor.at "Zweirad", panamaamerica "Panamá", wien.orf.at "Chronik", the taglines of
    internet-law.de and hertha-blog.de, a radio show's name on franceculture.fr). Nor is a line
    marked as one a dek when it says no more than a kicker does (rules.HEADLINE_KICKER_MAX_WORDS):
    a label, a section's name, a figure the theme styled so (wcxb-dev fit: "Description",
    "Editors Note", "SUMMARY:" over the dek itself, "Pinball" over it, "Super Agent", "Over 6,000",
    "Semi-open", "Content Editor" in an author's box; traf-dev fit: none)."""
    if block.hint is Kind.STANDFIRST and (
            (headline is not None and index < headline) or signals.word_count(block.text) <= rules.HEADLINE_KICKER_MAX_WORDS):
        return None
    return block.hint


def _right_under(blocks: Sequence[Block], labels: list[Decision | None], headline: int, index: int, raw_text: bool) -> bool:
    """Whether a line stands right under the headline, or, in a raw copy, under it with only its
    date lines between: where a dek stands there too (traf-dev fit ekbo.de, the dek under the date
    line), unless it prints the headline again (a video's title under the date, traf-dev fit
    stern.de). Not under a byline: there it was a site's notice or a help box's line under a name
    (wcxb fit rei.com, cleverhiker.com). In HTML the markup places the dek: read so, lines under the
    date that it leaves unmarked became deks the labels do not give (see the commit). A question under
    the date opens the text (`_keep_opening_question`), as `_reads_as_dek` says."""
    if index == headline + 1 or not raw_text:
        return index == headline + 1
    text = blocks[index].text
    return (all(labels[i] is not None and labels[i].kind is Kind.DATE for i in range(headline + 1, index))
            and blocks[headline].text.casefold() not in text.casefold() and not text.rstrip().endswith(("?", "？")))


def _reads_as_dek(block: Block, headline: Block, right_under: bool) -> bool:
    """A line under the headline that stands on its own as its dek: a paragraph, or, right under
    the headline, a question of a sentence's length ("Aber woher kommt eigentlich die dicke Luft?":
    a question mark does not end prose, as it ends many headlines; further down, under the date
    and the counts, a question is a Q&A page's own text), unless it is the breadcrumb trail ending
    in the headline's question. A line ending in a colon leads into what follows it."""
    text = block.text.rstrip()
    if text.endswith((":", "：")):
        return False
    if is_body_paragraph(block):
        return True
    if not right_under or block.hint not in (None, Kind.BODY) or block.bullet or block.form not in (Form.PARAGRAPH, Form.QUOTE):
        return False
    if text.endswith(("?", "？")):
        return signals.word_count(text) >= rules.PROSE_MIN_WORDS and not glued_trail(text, headline.text)
    return dek_by_case(block, headline.text)


def _subtitle_heading(blocks: Sequence[Block], labels: list[Decision | None], headline: int | None, index: int,
                      body_start: int) -> bool:
    """Whether a heading under the headline is its subtitle, the dek set as a heading: inside the
    element the page marks as its article (`fenced`; out of it, under a banner's headline, it is as
    often a service page's slogan: damcogroup, puntorojo), a level below the headline's, with only
    the byline, the date and furniture lines between (a print link, "5 min read"), and a
    sentence's length and shape: a full sentence, or longer than the headline and not a row of
    capitalised words (a card's or a section's title); not a question, which as a heading opens a
    section of the text ("Why should I negotiate my salary?"); and only where the page marks no
    other line of its head as the dek (that one is). Asked before the classes' reading: a theme's
    "intro" class on such a heading makes it no section title. Fit half: traf-dev awo.org, lbv.de,
    viehbacher.com (an <h2> under the <h1>), wcxb-dev corti.ai (an <h3>
    opening the text), nextgov.com. HTML only: a text copy has no headings."""
    block = blocks[index]
    if (headline is None or block.form is not Form.HEADING or not block.fenced
            or not 0 < index - headline <= rules.SUBTITLE_MAX_LINES_UNDER):
        return False
    title = blocks[headline]
    if title.form is Form.HEADING and block.level <= title.level:
        return False
    if any(labels[i] is None or labels[i].kind not in _OVER_SUBTITLE for i in range(headline + 1, index)):
        return False
    text = block.text
    words = signals.word_count(text)
    if (not rules.PROSE_MIN_WORDS <= words <= rules.HEADLINE_MAX_WORDS * 2 or is_link(block) or text.isupper()
            or text.rstrip().endswith(("?", "？"))):
        return False
    if not (signals.is_prose(text, words) or (words > signals.word_count(title.text) and signals.title_case_share(text) < 1)):
        return False
    return not any(_head_hint(blocks[i], i, headline) is Kind.STANDFIRST for i in range(body_start) if i != index)


def _name_byline_place(blocks: Sequence[Block], labels: list[Decision | None], index: int, headline: int | None,
                       bylined: set[str]) -> bool:
    """Whether a line that is only a name stands where a byline does: a few lines under the
    headline, before any byline or right after one (a second author on a line of their own).

    Further down, title-cased short lines are a listing's cards or a product's option names,
    and every one of them reads as a name. Nor is a heading one past a heading of its own level
    under the headline (`_sections_open`): the page's sections have begun.
    """
    if headline is None or not 0 < index - headline <= rules.NAME_BYLINE_MAX_LINES:
        return False
    if _sections_open(blocks, headline, index):
        return False
    previous = labels[index - 1]
    return not bylined or (previous is not None and previous.kind is Kind.BYLINE)


def _sections_open(blocks: Sequence[Block], headline: int, index: int) -> bool:
    """Whether a heading under the headline follows another heading of its own level there: a
    run of section headings ("Prices", a table, "Price Alert"), whose short title-cased names
    read as a person's, not a byline set as a heading (which stands alone under the headline).
    wcxb fit pcpartpicker.com, a product page's sections."""
    block = blocks[index]
    if block.form is not Form.HEADING:
        return False
    return any(blocks[before].form is Form.HEADING and blocks[before].level == block.level
               for before in range(headline + 1, index))


def _keep_region_above_first_paragraph(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> None:
    """The region's unexplained lines above the first paragraph are its text when there are many,
    or when they stand inside the element the page marks as its article.

    An article's head leaves a line or two unexplained (a share bar, a section
    label); a page whose first prose comes late (an SEO blurb under a product
    grid, the only paragraph of a man page of code blocks) leaves its cards,
    lists and code: those are what the region was found for.
    """
    leftovers: list[int] = []
    # A subtitle heading was one of them before it was read as one: it counts, so that reading it
    # leaves the other lines where they were.
    subtitles = 0
    for index in range(body_start):
        if blocks[index].zone is Zone.MAIN:
            reason = labels[index].reason
            if reason == HEAD_FURNITURE_REASON:
                leftovers.append(index)
            subtitles += reason == SUBTITLE_REASON
    many = len(leftovers) + subtitles > rules.HEAD_MAX_UNEXPLAINED_LINES
    for index in leftovers:
        if many or blocks[index].fenced:
            labels[index] = Decision(blocks[index], Kind.BODY, "article region above its first paragraph")


def _label_main(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> None:
    label_key_point_box(blocks, labels, body_start)
    for index in range(body_start, len(blocks)):
        if labels[index] is not None:
            continue
        block = blocks[index]
        hint = block.hint
        # (Most lines carry no hint, every line of raw text: they skip the hint's tests. Each
        # Kind.X costs a class lookup through Enum's __getattr__ hook, ~0.1 us, on every line.)
        if hint is None:
            labels[index] = _main_line(block)
        elif hint is Kind.STANDFIRST:
            # A dek stands above the article text; "intro"/"excerpt" classes further down are text.
            labels[index] = Decision(block, Kind.BODY, "standfirst class below the start of the text")
        elif hint in (Kind.CAPTION, Kind.HEADLINE, Kind.BYLINE, Kind.DATE):
            labels[index] = Decision(block, hint, "marked by the page structure")
        elif hint is Kind.KEY_POINT:
            # Every marked box was weighed in `label_key_point_box`; what is left is text.
            labels[index] = Decision(block, Kind.BODY, "key-point class outside the article's box")
        else:
            labels[index] = _main_line(block)


def _main_line(block: Block) -> Decision:
    """A line of the text with no hint but a body one: a caption when it ends in a labelled
    credit or opens with a figure's number, else the article's text."""
    if block.form is Form.PARAGRAPH:
        text = block.text
        # Without a label's demand first (memoised already, and nearly always no credit): the
        # demanding ask only turns credits down, and its keyword memo key costs more to build.
        if (signals.split_credit(text)[1] is not None and signals.split_credit(text, require_label=True)[1] is not None
                and not heading_with_aside(text) and not _described_far(block)):
            return Decision(block, Kind.CAPTION, "line ending in a labelled photo credit")
        if numbered_figure(text):
            return Decision(block, Kind.CAPTION, "line opening with a figure's number")
        if is_tag_line(text):
            return Decision(block, Kind.BOILERPLATE, "a line of the site's tags")
        if is_cut_teaser(text):
            return Decision(block, Kind.BOILERPLATE, "a blurb cut short with its link")
    return Decision(block, Kind.BODY, "article text")


def _described_far(block: Block) -> bool:
    """Whether a line its words read as a description ending in a credit stands far from every
    picture (HTML only, Block.far_from_picture): text, not a caption. A credit alone stays one."""
    return block.far_from_picture and bool(signals.split_credit(block.text)[0].strip(" ([-–—|"))


ONE_NAME_TAG_LINE_REASON = "a tags label over one name, no paragraph under it"


def _drop_one_name_tag_lines(blocks: Sequence[Block], labels: list[Decision | None]) -> None:
    """A tags label over one name ("Tags: Philosophy") that no paragraph of the text follows is the
    site's taxonomy, as a "Tags: a, b, c" line is (`_main_line`). Raw copies only: in a page's
    markup the tag list's box names it."""
    below: Decision | None = None  # the next labelled line under the one looked at
    for index in range(len(blocks) - 1, -1, -1):
        label = labels[index]
        if label is None:
            continue
        if (label.kind is Kind.BODY and ":" in blocks[index].text and is_one_name_tag_line(blocks[index].text)
                and not (below is not None and below.kind is Kind.BODY and signals.is_prose(below.block.text))):
            label = labels[index] = Decision(blocks[index], Kind.BOILERPLATE, ONE_NAME_TAG_LINE_REASON)
        below = label


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
