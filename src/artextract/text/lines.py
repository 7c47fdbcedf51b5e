"""Raw page text -> one block per line.

Text copied from a browser or dumped by a scraper puts every block element of
the page on its own line: a paragraph, a heading, a list item, a menu entry.
So a line is the unit, and what a line looks like (bullet, indentation,
length) is all the structure there is.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import replace
from urllib.parse import urlsplit

from .. import signals
from ..blocks import Block, Form, Kind, Zone
from ..classify.credits import LABELLED, SHAPED, STANDS_ALONE, credit_line, names_an_agency, signed_between_prose
from ..classify.lines import meta_furniture
from ..rules import text as rules
from ..rules.dom import CALL_TO_ACTION_LINE
from ..rules.metadata import MONTH_PATTERN
from .structure import is_code_line

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# A day number before a month name is a date, not a list number: "28. Jan. 2022 Paula Balov",
# "1. Februar 2022 Bundesministerin ..." (German dates on 6 of the 29 tune2 pages lost their
# day to the bullet, and the byline under them went unread). Only when the month stands alone,
# before a year, a time or a comma: "3. May cause drowsiness" stays a numbered item.
_DAY_MARK = re.compile(r"\(?(?P<day>\d{1,2})\.")
_MONTH_OPENS = re.compile(r"(?:" + MONTH_PATTERN + r")(?![^\W\d_])\.?(?:$|,|\s+\d)", re.IGNORECASE)


# A browser's copy of a table row whose cells hold blocks (paragraphs, lists) prints every cell on
# lines of its own, separated by a line holding only the tab between two cells ("Feature", "",
# "\t", "", "Google Gemini"): one row read as several short lines, each paying the run's toll.
# The cells of a row are joined again across that line, as a copy of plain cells prints them
# ("Feature\tGoogle Gemini"). Fit half, chromium copies: tables of blog.pangeanic, ashvardanian,
# eridehero, techgearlab, websitebuilderexpert, thesmallbusinessexpo, security.org.
_CELL_BREAK = re.compile(r"\n[ \u00a0]*\n(?:\t[ \t]*\n[ \u00a0]*\n)+(?=[^\n])")


# A drop cap (the first paragraph's first letter set large in an element of its own) is copied
# on a line of its own, blank lines or none before the rest of the paragraph: "T" then
# "urkey, Poland and the Caribbean islands ...". The paragraph then opens on half a word, and
# the letter stands as a line of its own in the head. The letter goes back to its paragraph when
# the shape is certain: one capital alone on its line, the next text line opening in lower case
# and long enough to be a paragraph (a forum's avatar letter over the poster's name, "F" then
# "felixen", stays apart). Fit half: standard.co.uk (both renderings), educate-me (both),
# studiobinder (chromium; inscriptis prints "T here are ...").
_DROP_CAP = re.compile(r"^[ \u00a0]*([^\W\d_])[ \u00a0]*\n(?:[ \u00a0]*\n)*([ \u00a0]*)(?=[^\W\d_])", re.MULTILINE)
_DROP_CAP_PARAGRAPH_WORDS = 8

# A line opened by spaces (not a tab: a browser opens a table row with an empty first cell so).
_INDENTED = re.compile(r"^ {%d,}\S" % rules.PREFORMATTED_INDENT)


def split_lines(text: str) -> list[str]:
    """Normalised lines: any line ending, a table row's cells on one line (the tab between
    cells kept: lines_to_blocks marks the row), a drop cap back at its paragraph's start."""
    text = _CELL_BREAK.sub("\t", _LINE_BREAKS.sub("\n", text))
    return _DROP_CAP.sub(lambda match: _rejoined_drop_cap(match, text), text).split("\n")


def _rejoined_drop_cap(match: re.Match[str], text: str) -> str:
    """The letter at the paragraph's start, in the paragraph's indentation, where the shape is a
    drop cap's; else the lines as they were."""
    letter, indent = match.group(1), match.group(2)
    end = text.find("\n", match.end())
    paragraph = text[match.end() : end if end >= 0 else len(text)]
    if letter.isupper() and paragraph[0].islower() and signals.word_count(paragraph) >= _DROP_CAP_PARAGRAPH_WORDS:
        return indent + letter
    return match.group(0)


def lines_to_blocks(lines: list[str]) -> list[Block]:
    """One block a non-empty line, with the line's bullet, depth, row mark and spacing; a browser
    copy's preformatted text (`preformatted_spans`) one code block of its lines."""
    blocks: list[Block] = []
    deep = _letter_bullet_runs(lines)
    spans = preformatted_spans(lines)
    blank = True  # the text's start counts as an empty line above the first block
    span_end = -1
    for number, raw in enumerate(lines):
        if number <= span_end:
            continue
        if number in spans:
            span_end = spans[number]
            blocks.append(Block(text=textwrap.dedent("\n".join(line.rstrip() for line in lines[number : span_end + 1])),
                                form=Form.CODE, blank_above=blank))
            blank = False
            continue
        tabbed = "\t" in raw and "\t" in raw.strip()
        raw = raw.replace("\t", "    ")
        text = signals.clean_text(raw)
        if not text:
            if blocks:
                blocks[-1].blank_below = True
            blank = True
            continue
        indent = len(raw) - len(raw.lstrip(" \u00a0\u3000"))
        bullet, content = signals.split_bullet(text)
        if bullet and not _is_bullet(bullet, content):
            bullet, content = None, text
        if bullet is None and number in deep:
            bullet, content = text[0], text[2:].lstrip()
        blocks.append(
            Block(
                text=content,
                form=Form.LIST_ITEM if bullet else Form.PARAGRAPH,
                bullet=bullet,
                depth=indent // 2,
                tabbed=tabbed,
                blank_above=blank,
            )
        )
        blank = False
    if blocks:
        blocks[-1].blank_below = True  # and its end as one below the last
    return blocks


def preformatted_spans(lines: list[str]) -> dict[int, int]:
    """The preformatted text of a browser's copy: {first line: last line} of each block.

    A browser copies a <pre> (a listing, a diagram, a man page) line by line, with its indentation,
    while a scraper's dump prints it as one line: the block's lines, each short and no sentence,
    paid the run's toll one by one and ended an article at its first listing, where the dump's one
    line of the same words carried it on. Joined into one block, both copies read the listing alike.
    A browser folds the spaces that open a line anywhere else, so indentation marks preformatted
    text, in a copy that does not indent its prose (rules.PREFORMATTED_*). Fit half, wcxb chromium
    copies: docs.rs, spice.ai, russellmiller2.substack.com, blog.guillaume-gomez.fr, docs.stripe.com,
    developer.mozilla.org, docs.pydantic.dev, docs.celeryq.dev, legacy.reactjs.org.
    """
    indented = [_INDENTED.match(line) is not None for line in lines]
    if not any(indented) or not _indents_only_preformatted(lines, indented):
        return {}
    # (a dump's nested list items are indented under their bullets: no preformatted line opens with one)
    indented = [deep and signals.split_bullet(line.strip())[0] is None for line, deep in zip(lines, indented)]
    spans: dict[int, int] = {}
    run: list[tuple[int, int, str]] = []
    for group in [*_line_groups(lines, indented), (len(lines), len(lines), None)]:
        if group[2] is not None:
            run.append(group)
            continue
        text_lines = sum(1 for i in range(run[0][0], run[-1][1] + 1) if lines[i].strip()) if run else 0
        if any(kind == "indented" for *_, kind in run) and text_lines >= rules.PREFORMATTED_MIN_LINES:
            spans[run[0][0]] = run[-1][1]
        run = []
    return spans


def _indents_only_preformatted(lines: list[str], indented: list[bool]) -> bool:
    """Whether the copy is a browser's, whose indentation is preformatting: it indents at most a share of
    its prose lines, and prints no list under indented bullets (a scraper's dump marks its items so)."""
    prose = indented_prose = dump_items = 0
    for line, deep in zip(lines, indented):
        if signals.is_prose(line.strip()):
            prose += 1
            indented_prose += deep
        dump_items += rules.DUMP_LIST_ITEM.match(line) is not None
    return (prose > 0 and indented_prose <= rules.PREFORMATTED_MAX_INDENTED_PROSE * prose
            and dump_items < rules.DUMP_MIN_LIST_ITEMS)


def _line_groups(lines: list[str], indented: list[bool]) -> Iterator[tuple[int, int, str | None]]:
    """Every group of lines with no empty line between them: its first and last line, and whether it is
    preformatted ("indented": PREFORMATTED_GROUP_SHARE of its lines indented or code, one indented, and
    code among them or lines at two depths), code lines alone ("code"), or neither (None)."""
    first = None
    for number in range(len(lines) + 1):
        if number < len(lines) and lines[number].strip():
            first = number if first is None else first
            continue
        if first is None:
            continue
        group = range(first, number)
        deep = sum(indented[i] for i in group)
        code = [is_code_line(lines[i]) for i in group]
        shallow_code = sum(1 for i, is_code in zip(group, code) if is_code and not indented[i])
        # A listing's lines stand at two depths or more, or are code; a dump's nested box at one depth.
        shaped = any(code) or len({len(lines[i]) - len(lines[i].lstrip(" ")) for i in group}) > 1
        kind = None
        if deep and shaped and deep + shallow_code >= rules.PREFORMATTED_GROUP_SHARE * len(group):
            kind = "indented"
        elif all(code):
            kind = "code"
        yield first, number - 1, kind
        first = None


def _letter_bullet_runs(lines: list[str]) -> set[int]:
    """Lines opened by a letter used as a bullet: text dumps mark a third level of list items
    with "o" ("* Services", "+ What we do", "o Tax Operations"). A line is one when the line
    before or after it (blank lines skipped) opens with the same mark at the same indentation:
    a prose line seldom opens with a lower-case one-letter word, two in a row hardly ever."""
    marked = [(number, line[: len(line) - len(line.lstrip())].replace("\t", "    ")) for number, line in enumerate(lines)
              if line.lstrip().startswith(rules.LETTER_BULLET)]
    runs: set[int] = set()
    for (one, indent), (two, other) in zip(marked, marked[1:]):
        if indent == other and not any(lines[between].strip() for between in range(one + 1, two)):
            runs.update((one, two))
    return runs


def pair_captions(blocks: list[Block]) -> list[Block]:
    """A caption and its credit on two lines, as a browser copies a figure, become one caption.

    "Bee orchids on the meadow." then "Photo: Sam Ward/Northern Post" (or the
    credit first) is one caption: joined as the page would print them on one
    line, caption first, and marked as a caption whose credit is the credit
    line. Only a line that is nothing but a credit pairs, and only with a plain
    line of caption length beside it: the line above (the usual order), else the
    line below when it is as short as a caption. A paragraph beside a credit is
    the text's: the figure between them has no description, and the credit
    stays alone (a labelled credit alone is a caption with no description, as
    is a credit line that says "courtesy of" or names an agency). A source line
    ("Source: Statista", "Quelle: X") takes no line beside it: it stands under a
    chart, and the sentence above it is the text's.
    """
    blocks = _join_credit_labels(blocks)
    credits = _section_headings_unread([credit_line(block.text) for block in blocks], blocks)
    gallery = _gallery_credits(blocks, credits)
    cards = _card_credits(blocks, credits)
    paired: list[Block] = []
    index = 0
    while index < len(blocks):
        block, credit = blocks[index], credits[index]
        # A source line ("Source: Statista") stands under a chart: the sentence beside it is the text's;
        # a lead picture's credit ("Beitragsbild: X") stands apart from its picture; a video's credit
        # ("Video: watson/...") stands under its player, whose title is the player's own.
        if index in cards:
            # Marked furniture: the classifier would read a labelled credit alone as a caption.
            paired.append(replace(block, hint=Kind.BOILERPLATE))
            index += 1
            continue
        if (credit is None or rules.TEXT_SOURCE_LINE.match(block.text) or rules.LEAD_PICTURE_CREDIT_LINE.match(block.text)
                or rules.CREDIT_PLAYER_LABEL.match(block.text)):
            paired.append(block)
            index += 1
            continue
        before = _caption_above(blocks, credits, index, paired)
        # Under a credit of a shape alone ("Safety Lockout/Tagout Kit", a product's or a section's
        # name as often as a credit) stands the text's sentence, unless an agency in capitals or
        # "via" says "credit" ("APA/Helmut Fohringer" over its gallery caption).
        after = _caption_below(blocks, credits, index) if credit != SHAPED or names_an_agency(block.text) else None
        grouped = _grouped_caption(blocks, credits, index, paired)
        caption = grouped or (before if before is not None else after)
        if caption is None and credit == SHAPED and index in gallery:
            caption = _gallery_caption(blocks, index, paired)
        if caption is None:
            # A labelled credit alone is a caption already (the classifier reads its label); "courtesy
            # of X" and an agency's credit ("Jane Doe/Getty Images") say "credit" without one.
            alone = _stands_alone(block, credit) or signed_between_prose(block.text, *_texts_beside(blocks, index))
            paired.append(replace(block, hint=Kind.CAPTION, credit=block.text) if alone else block)
            index += 1
            continue
        above = index > 0 and caption is blocks[index - 1]
        if above:
            paired.pop()
        paired.append(Block(
            text=f"{caption.text} {block.text}", form=caption.form, depth=caption.depth, hint=Kind.CAPTION, credit=block.text
        ))
        index += 1 if above else 2
    return indented_captions(placed_captions(filed_captions(signed_captions(paired))))


def _section_headings_unread(credits: list[str | None], blocks: list[Block]) -> list[str | None]:
    """The credits less the lines of a credit's unlabelled shape that head a section: a paragraph of
    prose right under the line says one of its words again (rules CREDIT_SHAPE_HEADING_WORD), and no
    news agency or stock library is named in it ("Gueridon / Tableside Service" over "Gueridon
    service involves ..."). Only SHAPED lines are asked, few on any page."""
    for index, credit in enumerate(credits[:-1]):
        if credit == SHAPED and _heads_the_text_under(blocks[index], blocks[index + 1]):
            credits[index] = None
    return credits


def _heads_the_text_under(line: Block, below: Block) -> bool:
    if rules.CREDIT_LINE_AGENCY_ALONE.match(line.text) or rules.CREDIT_LINE_VIA.match(line.text):
        return False
    if below.bullet or not signals.is_prose(below.text):
        return False
    words = {word.lower() for word in rules.CREDIT_SHAPE_HEADING_WORD.findall(line.text)}
    return any(word.lower() in words for word in rules.CREDIT_SHAPE_HEADING_WORD.findall(below.text))


def _caption_above(blocks: list[Block], credits: list[str | None], index: int, paired: list[Block]) -> Block | None:
    """The line above a credit line when it is its caption by its length: a longer line beside a
    credit is a paragraph of the text (the figure has no description)."""
    if not paired or paired[-1] is not blocks[index - 1]:
        return None
    block, credit = blocks[index], credits[index]
    before = _caption_beside(blocks, credits, index - 1, rules.CAPTION_LINE_BEFORE_MAX_WORDS, index)
    # A shape that names no agency is as often a place or a heading: only a one-sentence line above is its caption.
    if (before is not None and credit == SHAPED and not names_an_agency(block.text)
            and signals.sentence_count(before.text) > rules.CAPTION_BESIDE_SHAPE_MAX_SENTENCES):
        return None
    # An agency's name alone set apart from the line above and glued to the line under it is
    # that line's ("DPA" over "Themen in diesem Artikel": the story's source, not a picture's).
    if before is not None and block.blank_above and not block.blank_below and rules.CREDIT_LINE_AGENCY_ALONE.match(block.text):
        return None
    return before


def _grouped_caption(blocks: list[Block], credits: list[str | None], index: int, paired: list[Block]) -> Block | None:
    """The caption a copy's blank lines give a credit line, or None (the lengths decide then).

    A copy that sets the text's paragraphs apart by blank lines prints a figure's caption and its
    credit together, with none between them. So a credit line right under a line that opens such
    a group (a blank line above that one, none between the two) takes it for its caption, up to
    CAPTION_LINE_MAX_WORDS words and CAPTION_GROUPED_MAX_SENTENCES sentences (a description of
    the picture runs longer than the line above a credit standing apart may); and a credit line
    with a blank line above it and none below takes the caption-sized line under it, not the
    paragraph over the blank line. Not for a shape that names no agency ("Rich Oakes,
    President/CEO" under a testimonial), nor a quotation (CAPTION_INDENT_NOT_OPENS).
    """
    block, credit = blocks[index], credits[index]
    if credit == SHAPED and not names_an_agency(block.text):
        return None
    if not block.blank_above:
        above = blocks[index - 1] if index and paired and paired[-1] is blocks[index - 1] else None
        if (above is not None and above.blank_above and credits[index - 1] is None and _caption_sized(above)
                and not above.text.startswith(rules.CAPTION_INDENT_NOT_OPENS)
                and signals.sentence_count(above.text) <= rules.CAPTION_GROUPED_MAX_SENTENCES):
            return above
        return None
    if not block.blank_below:
        return _caption_below(blocks, credits, index)
    return None


def _caption_below(blocks: list[Block], credits: list[str | None], index: int) -> Block | None:
    """The line under the credit line at `index` if it is its caption (_caption_beside, up to
    CAPTION_UNDER_CREDIT_MAX_WORDS words), unless the page's furniture follows that line.

    A figure's caption under its credit stands in the text, which goes on under it (a paragraph,
    a subhead, the next figure's credit). A credit, a line and then a link or a call ("Continue
    Reading", "Subscribe to our newsletter ...", "email") are a teaser card or the page's foot:
    the line is the card's blurb or the box's pitch, and the credit stays alone. Fit half, raw
    text against the HTML mode's captions, both renderings: such pairs were wrong on
    creativeramblingsblog.com (two cards), mises.org, nextgov.com, reallygooddesigns.com; of the
    right pairs of a caption under its credit (diakonie.de, lbv.de, osthessen-news.de,
    reviewed.com, standard.co.uk, theverge.com, wien.orf.at) none has furniture under it.
    """
    caption = _caption_beside(blocks, credits, index + 1, rules.CAPTION_UNDER_CREDIT_MAX_WORDS, index)
    if caption is None or index + 2 >= len(blocks):
        return caption
    return None if signals.boilerplate_reason(blocks[index + 2].text) is not None else caption


def _gallery_credits(blocks: list[Block], credits: list[str | None]) -> set[int]:
    """The credit lines of a gallery: at least GALLERY_MIN_CREDITS credits each two lines after
    the last, one line between each two (description, credit, description, credit ...). Not the
    unlabelled shapes that name no agency: a testimonial's "Rich Oakes, President/CEO" alternates
    with its quotes the same way."""
    marked = [index for index, credit in enumerate(credits)
              if credit is not None and (credit != SHAPED or names_an_agency(blocks[index].text))]
    return _runs(marked, lambda run, index: index == run[-1] + 2 and credits[index - 1] is None,
                 rules.GALLERY_MIN_CREDITS)


def _card_credits(blocks: list[Block], credits: list[str | None]) -> set[int]:
    """The credit lines that open a listing's teaser cards, one under the other.

    A listing prints each card's picture credit over the card's kicker or date line and its title,
    then its teaser (and a "mehr" link): "Foto: © X" / "Politik | Januar 2022" / title / teaser. So
    a credit over two short lines ending in no sentence's mark (_card_head) and a line of prose,
    CARD_CREDITS_MIN times or more at one stride of CARD_MIN_LINES to CARD_MAX_LINES lines, opens a
    card: no caption, and it takes no line beside it (the teaser above it is the card before). An
    article's figure credit stands over a subhead and a paragraph (one short line), and its figures
    stand further apart than a card's lines (CARD_*).
    """
    opens = [index for index, credit in enumerate(credits[:-3]) if credit is not None
             and all(credits[line] is None and _card_head(blocks[line]) for line in (index + 1, index + 2))
             and credits[index + 3] is None and signals.is_prose(blocks[index + 3].text)]
    return _runs(opens, _card_stride, rules.CARD_CREDITS_MIN)


def _card_stride(run: list[int], index: int) -> bool:
    """Whether a card's credit at `index` goes on the run of cards above it: CARD_MIN_LINES to
    CARD_MAX_LINES lines under the last, at the stride the run keeps."""
    stride = index - run[-1]
    return rules.CARD_MIN_LINES <= stride <= rules.CARD_MAX_LINES and (len(run) == 1 or stride == run[-1] - run[-2])


def _runs(marked: list[int], goes_on: Callable[[list[int], int], bool], minimum: int) -> set[int]:
    """The lines of the runs of `marked` lines (in order) that hold `minimum` lines or more, a line
    going on the run above it when goes_on(run, line) says so."""
    found: set[int] = set()
    run: list[int] = []
    for index in marked:
        if run and goes_on(run, index):
            run.append(index)
            continue
        if len(run) >= minimum:
            found.update(run)
        run = [index]
    if len(run) >= minimum:
        found.update(run)
    return found


def _card_head(block: Block) -> bool:
    """A card's kicker, date line or title: a short line, no list item, ending in no sentence's mark."""
    return (not block.bullet and _words(block) <= rules.CARD_HEAD_MAX_WORDS
            and not rules.SENTENCE_END.search(block.text))


def _gallery_caption(blocks: list[Block], index: int, paired: list[Block]) -> Block | None:
    """The line above a gallery's credit line, its picture's description: a plain line of caption
    length (CAPTION_LINE_MAX_WORDS words, CAPTION_LINE_MAX_SENTENCES sentences), with or without
    a sentence's end (a gallery's descriptions often have none: "Commuters enter the metro station")."""
    above = blocks[index - 1] if index and paired and paired[-1] is blocks[index - 1] else None
    if (above is None or above.bullet or signals.split_credit(above.text)[1] is not None
            or above.text.endswith(rules.CREDIT_BESIDE_NO_CAPTION_ENDS)):
        return None
    if not rules.CAPTION_LINE_MIN_WORDS <= _words(above) <= rules.CAPTION_LINE_MAX_WORDS:
        return None
    return above if signals.sentence_count(above.text) <= rules.CAPTION_LINE_MAX_SENTENCES else None


def signed_captions(blocks: list[Block]) -> list[Block]:
    """A plain line printed credit first: the copyright sign, a news agency or stock library and
    then the picture's description ("© Getty Images MANCHESTER, ENGLAND - ...: Isolating students
    peer out ..."; rules CAPTION_SIGNED_LIBRARY) is a caption whose credit is the signed part,
    marked so (hint and credit) when no other mark is on it and the description has
    CAPTION_LINE_MIN_WORDS words or more, up to CAPTION_MAX_CHARS characters (an agency's
    description runs long: "MANCHESTER, ENGLAND - SEPTEMBER 28: ..." in 70 words and more), and
    names no rights (the site's notice). Most lines open with no sign: one character's test."""
    return [_signed_caption(block) if block.hint is None and block.text[:1] in "©(" and not block.bullet else block
            for block in blocks]


def _signed_caption(block: Block) -> Block:
    signed = rules.CAPTION_SIGNED_LIBRARY.match(block.text)
    if signed is None:
        return block
    description = block.text[signed.end():]
    if (len(description) > rules.CAPTION_MAX_CHARS or signals.word_count(description) < rules.CAPTION_LINE_MIN_WORDS
            or rules.CAPTION_SIGNED_NOTICE.search(description)):
        return block
    return replace(block, hint=Kind.CAPTION, credit=block.text[:signed.end("credit")])


def filed_captions(blocks: list[Block]) -> list[Block]:
    """A plain line that ends, after its sentence, in the word saying its picture comes from the archive
    ("... against Dominica. (FILE)", "... en Guatemala. Archivo.", "... supply chain. Mike Blake/Reuters
    files"; rules CAPTION_ARCHIVE_END) is a news picture's caption: marked so (hint), when no other mark is
    on it and it is of caption length; a photographer's and agency's credit before the word is its credit.
    Most lines end in another word: one split's test."""
    return [_filed_caption(block) if block.hint is None and not block.bullet and _last_word(block.text) in rules.CAPTION_ARCHIVE_LAST_WORDS
            else block for block in blocks]


def _last_word(text: str) -> str:
    return text.rsplit(None, 1)[-1].strip("().").lower()


def _filed_caption(block: Block) -> Block:
    filed = rules.CAPTION_ARCHIVE_END.search(block.text)
    if filed is None or not rules.CAPTION_LINE_MIN_WORDS <= _words(block) <= rules.CAPTION_LINE_MAX_WORDS:
        return block
    return replace(block, hint=Kind.CAPTION, credit=block.text[filed.start("credit"):] if filed.group("credit") else None)


def placed_captions(blocks: list[Block]) -> list[Block]:
    """A plain line that opens by saying where its picture stands or what it shows ("Above: ...",
    "Left: ... Right: ...", "Pictured: ...", "Im Bild: ..."; rules CAPTION_PLACE_LABEL) is a figure's
    caption with no credit: marked so (hint), when no other mark is on it, it is of caption length, ends
    in no colon or exclamation mark (CREDIT_BESIDE_NO_CAPTION_ENDS) and is no code ("top: 0; left: 0;")."""
    return [replace(block, hint=Kind.CAPTION) if block.hint is None and placed_caption(block) else block
            for block in blocks]


def placed_caption(block: Block) -> bool:
    """Whether a line reads as a caption opened by its picture's place (placed_captions); the HTML
    walk asks it of the paragraphs a picture stands near (html/figures.py)."""
    text = block.text
    # Most lines hold no colon: they skip the pattern.
    if block.bullet or (":" not in text and "：" not in text) or not rules.CAPTION_PLACE_LABEL.match(text):
        return False
    if text.endswith(rules.CREDIT_BESIDE_NO_CAPTION_ENDS):
        return False  # "Below: the steps we took:" leads into what follows
    return rules.CAPTION_LINE_MIN_WORDS <= _words(block) <= rules.CAPTION_LINE_MAX_WORDS and not is_code_line(text)


def own_site_credits(blocks: list[Block], url: str | None) -> list[Block]:
    """A line alone that credits a picture to a person working for the page's own site ("KATIE
    BANDURSKI FOR TASTE OF HOME" on tasteofhome.com, "Wei-An Jin for Quanta Magazine") is a caption
    with no description, credited to the whole line (rules CREDIT_LINE_FOR_SITE). Only with the
    page's URL, whose host names the site: without it "X for Y" is as often a heading's shape."""
    labels = _host_labels(url)
    if not labels:
        return blocks
    return [replace(block, hint=Kind.CAPTION, credit=block.text)
            if block.hint is None and not block.bullet and _credits_the_site(block.text, labels) else block
            for block in blocks]


def _host_labels(url: str | None) -> frozenset[str]:
    """The labels of a URL's host but its last ("www.quantamagazine.org" -> quantamagazine, www)."""
    host = urlsplit(url).hostname if url else None
    return frozenset(host.lower().split(".")[:-1]) if host else frozenset()


def _credits_the_site(text: str, labels: frozenset[str]) -> bool:
    # Most lines hold no such word between capitals: the pattern is asked of short lines only.
    if signals.word_count(text) > rules.CREDIT_LINE_FOR_SITE_MAX_WORDS or not (credit := rules.CREDIT_LINE_FOR_SITE.match(text)):
        return False
    who = credit.group("who")
    name = who.title() if who.isupper() else who
    return "".join(filter(str.isalnum, credit.group("site").lower())) in labels and bool(rules.CREDIT_LINE_NAME.match(name))


def indented_captions(blocks: list[Block]) -> list[Block]:
    """A plain line indented deeper than the two prose paragraphs around it, which stand at one
    depth, is a figure's caption: a copy that indents nested blocks (inscriptis) prints the
    caption inside its figure a level in from the text's paragraphs. Marked a caption (hint)
    unless it reads as a question, a pull quote, a subhead in capitals, code or furniture, or
    follows a lead-in (":"); and not when such lines alternate with single paragraphs (a card's
    title over its text, a reviewer's name under a review): figures stand apart (CAPTION_INDENT_*)."""
    found = [index for index in range(1, len(blocks) - 1) if blocks[index].hint is None
             and _indented_caption(blocks[index - 1], blocks[index], blocks[index + 1])]
    alternating = {index for one, two in zip(found, found[1:]) if two - one == 2 for index in (one, two)}
    marked = list(blocks)
    for index in found:
        if index not in alternating:
            marked[index] = replace(blocks[index], hint=_indented_kind(blocks[index].text))
    return marked


def _indented_kind(text: str) -> Kind:
    """A caption, but for a call to the reader ("Check out what's new", "... doesn't stink? Learn More
    ❯"): a promo's label under its picture or a box's button, furniture, as it is in a figure of the
    markup (rules CALL_TO_ACTION_LINE, html/figures.py). Fit half, inscriptis: mailchimp.com,
    goloadup.com (no caption in the HTML mode, no such line in the truth's text)."""
    return Kind.BOILERPLATE if CALL_TO_ACTION_LINE.search(text) else Kind.CAPTION


def _indented_caption(above: Block, block: Block, below: Block) -> bool:
    if block.bullet or above.bullet or below.bullet or above.depth != below.depth or above.text.endswith((":", "：")):
        return False
    if not 1 <= block.depth - above.depth <= rules.CAPTION_INDENT_MAX_LEVELS:
        return False
    text = block.text
    if not rules.CAPTION_INDENT_MIN_WORDS <= _words(block) <= rules.CAPTION_INDENT_MAX_WORDS:
        return False
    if text.endswith(rules.CAPTION_INDENT_NOT_ENDS) or text.startswith(rules.CAPTION_INDENT_NOT_OPENS) or text.upper() == text != text.lower():
        return False
    if not rules.SENTENCE_END.search(text) and signals.title_case_share(text) >= rules.CAPTION_INDENT_SUBHEAD_CASE_SHARE:
        return False  # "How We Test and Rank Website Builders": a subhead in Title Case
    if (label := rules.CAPTION_INDENT_LABEL.match(text)) and signals.word_count(label.group()) <= rules.CAPTION_INDENT_LABEL_MAX_WORDS:
        return False  # "Note: ...", "Important to note: ...": a call-out under its label
    if not all(_words(side) >= rules.CAPTION_INDENT_PROSE_MIN_WORDS and signals.is_prose(side.text) for side in (above, below)):
        return False
    if is_code_line(text) or signals.boilerplate_reason(text) is not None:
        return False
    # A forum's or a comment section's posts print their meta line (the poster's name and the date)
    # a level in from the texts around it: "blondeascustard · 03/03/2026 19:54", "Ed Jun 10, 2017 at
    # 1:41 pm", "Herbert am 15.7.2010", "by david.emery ( 127135 ) on Friday ...": a byline or date,
    # no figure's caption (fit half, inscriptis: the shape on mumsnet.com, woodworkingmasterclasses.com,
    # zooroyal.de, slashdot.org, forums.raspberrypi.com; taken for captions at the start on the first two).
    return not meta_furniture(block)


def closing_credits(blocks: list[Block], markup: bool = False) -> None:
    """The credits of the article's pictures printed under its last paragraph, which the region
    leaves outside, become its captions (zone MAIN, hint CAPTION), in place.

    Many sites print a picture's labelled credit after the text ("Foto: MDR/Bernd Cramer",
    "Crédits photos : Bestimage", "Foto: IBU/C. Manzoni; IBU archives"), where the region's end
    leaves it among the page's furniture. Only labelled credits (credit_line: no copyright notice),
    straight under the region's last line and one after another, up to CLOSING_CREDIT_MAX_LINES;
    a text's source line among them ("Quelle: X") is passed over and stays outside. They only
    leave the furniture: the body is what it was. Fit half, traf-dev, both renderings: dubisthalle.de,
    gala.fr, biathlonworld.com, juraforum.de, erfolg-magazin.de (8 captions, each one the HTML mode gives).

    The HTML mode asks the same of the blocks its region leaves under the text (`markup`: mises.org's
    "Image Source: Mises Institute" under the last paragraph, fit), with two more stops: a line the
    markup marks as furniture, and a credit signed by the copyright sign alone, which under the last
    paragraph of a page's markup is the publisher's own notice ("© Examiner Echo Group Limited",
    echolive.ie, fit), not a picture's."""
    last = next((index for index in range(len(blocks) - 1, -1, -1) if blocks[index].zone is Zone.MAIN), None)
    if last is None:
        return
    for block in blocks[last + 1:last + 1 + rules.CLOSING_CREDIT_MAX_LINES]:
        if block.zone is not Zone.OUTSIDE or block.bullet:
            return
        if rules.TEXT_SOURCE_LINE.match(block.text):
            continue
        if credit_line(block.text) != LABELLED or (markup and _markup_stop(block)):
            return
        block.zone, block.hint = Zone.MAIN, Kind.CAPTION


def _markup_stop(block: Block) -> bool:
    """Where the HTML mode's closing credits stop (closing_credits): furniture by the markup, or a
    line signed by the copyright sign alone (the publisher's notice)."""
    return block.hint is Kind.BOILERPLATE or rules.CREDIT_SIGN_OPENS.match(block.text) is not None


def opening_credits(blocks: list[Block], headline: int | None) -> None:
    """The lead picture's caption or credit printed right under the headline, which the region
    leaves outside, becomes a caption of the head (zone HEAD, hint CAPTION), in place: the
    counterpart of closing_credits at the text's other end.

    A news page prints the headline, its dek and the lead picture with its caption and credit,
    then a share bar, a rating or a tag row before the text; the region starts under those, and
    the lines between it and the headline are left among the page's furniture with the picture's
    caption. Only a caption paired with its credit line (pair_captions) or a labelled credit alone
    (credit_line: no copyright notice, no text source "Quelle: X"), within OPENING_CREDIT_MAX_LINES
    lines of the headline and before any line the region holds. Fit half, traf-dev, both
    renderings: watson.ch ("Bild: shutterstock" under the dek), autohaus.de (the lead picture's
    description over "© Foto: Skoda"); both captions the HTML mode gives, none taken wrongly on
    the fit half (wcxb, traf-dev)."""
    if headline is None:
        return
    for block in blocks[headline + 1:headline + 1 + rules.OPENING_CREDIT_MAX_LINES]:
        if block.zone is not Zone.OUTSIDE or block.bullet:
            return
        if block.hint is Kind.CAPTION and block.credit is not None:
            block.zone = Zone.HEAD
        elif block.hint is None and not rules.TEXT_SOURCE_LINE.match(block.text) and credit_line(block.text) == LABELLED:
            block.zone, block.hint = Zone.HEAD, Kind.CAPTION


def _stands_alone(block: Block, credit: str) -> bool:
    """Whether a credit line with no caption beside it is marked a caption here: "courtesy of X" and
    an agency's credit say "credit" without a label; a labelled one the classifier reads itself,
    unless a licence after the source hides its label from the patterns ("Foto: X | Lizenz: CC BY 4.0")."""
    if credit in STANDS_ALONE:
        return True
    return credit == LABELLED and signals.split_credit(block.text)[1] is None


def _texts_beside(blocks: list[Block], index: int) -> tuple[str | None, str | None]:
    """The texts of the lines above and below a line (None at the text's ends)."""
    return (blocks[index - 1].text if index else None, blocks[index + 1].text if index + 1 < len(blocks) else None)


def _join_credit_labels(blocks: list[Block]) -> list[Block]:
    """A credit's label on a line of its own and the source on the next ("Foto:" / "Anton Luhr"),
    as a scraper prints a figure's label and credit set in two elements, are one credit line.

    Only a short line ending in a colon joins, and only when the two read together as a
    labelled credit and nothing else (the label is one the credit patterns know).
    """
    joined: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if (after is not None and not block.bullet and not after.bullet and block.text.endswith((":", "："))
                and signals.word_count(block.text) <= rules.CREDIT_LABEL_LINE_MAX_WORDS
                and credit_line(f"{block.text} {after.text}") == LABELLED):
            joined.append(replace(block, text=f"{block.text} {after.text}"))
            index += 2
            continue
        joined.append(block)
        index += 1
    return joined


def _caption_beside(blocks: list[Block], credits: list[str | None], index: int, longest: int, credit_at: int) -> Block | None:
    """The block at `index` if it can be the caption of the credit line at `credit_at` beside it:
    of caption length, and a sentence or two (three are a paragraph of the text, however short);
    and at the credit's depth when a blank line parts them (_other_box)."""
    if not 0 <= index < len(blocks) or credits[index] is not None or not _caption_sized(blocks[index]):
        return None
    if _other_box(blocks[credit_at], blocks[index], above=index < credit_at):
        return None
    if _words(blocks[index]) > longest or signals.sentence_count(blocks[index].text) > rules.CAPTION_LINE_MAX_SENTENCES:
        return None
    return blocks[index]


def _other_box(credit: Block, line: Block, above: bool) -> bool:
    """Whether a line beside a credit line stands in another box than the credit: a copy that
    indents nested blocks (inscriptis) prints a figure's caption and credit at one depth, and a
    line a blank line away at another depth is the text's or a card's ("(Foto: FKP Scorpio)" a
    level out from the article's lead under it). Printed with no blank line between, the two
    are one group whatever their depths (a credit glued to its caption). Fit half, inscriptis,
    pairs against the HTML mode's captions: of the pairs across depths a blank line apart, 3 right
    (tierwelt.ch, reviewed.com) and 13 wrong (kulturnews.de, schneems.com, talkandroid.com,
    forthea.com, seriouseats.com, techgearlab.com, eltiempo.com, samsung.com, nextgov.com ...)."""
    return credit.depth != line.depth and (credit.blank_above if above else credit.blank_below)


def _words(block: Block) -> int:
    return signals.word_count(block.text)


def _caption_sized(block: Block) -> bool:
    """A plain line that can be a caption: not a list item, a sentence of at most CAPTION_LINE_MAX_WORDS words.

    Not a line ending in a colon: it leads into what follows ("Here are a few examples:"); nor
    one ending in an exclamation mark: it calls out to the reader (CREDIT_BESIDE_NO_CAPTION_ENDS).
    """
    if block.bullet or signals.split_credit(block.text)[1] is not None or block.text.endswith(rules.CREDIT_BESIDE_NO_CAPTION_ENDS):
        return False
    words = signals.word_count(block.text)
    return rules.CAPTION_LINE_MIN_WORDS <= words <= rules.CAPTION_LINE_MAX_WORDS and bool(rules.SENTENCE_END.search(block.text))


def _is_bullet(mark: str, content: str) -> bool:
    """Dashes and numbers open list items, but also credits, dialogue, years and dates."""
    if mark in rules.UNAMBIGUOUS_BULLETS:
        return True
    day = _DAY_MARK.fullmatch(mark)
    if day and 1 <= int(day["day"]) <= 31 and _MONTH_OPENS.match(content):
        return False
    if mark in "\u2013\u2014":
        # "— Jane Doe/AFP" is a credit line, not an item.
        return signals.split_credit(f"x. {mark} {content}")[1] is None
    return True
