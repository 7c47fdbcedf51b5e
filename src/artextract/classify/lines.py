"""What one block is, read on its own: body paragraph, byline, date line, head furniture, list line.

The predicates the classifier's phases share, and the reasons they give, so
that a phase that looks for another phase's verdict names it the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .. import signals, vocabulary
from ..authors import clean_authors
from ..authors import looks_like_byline as _parse_byline
from ..blocks import Block, Form, Kind
from ..dates import find_date
from ..inline import strong_share
from ..rules import text as rules
from ..rules.metadata import NAME_PARTICLES

OUTSIDE_REASON = "outside the article region"

# The enum members the tests asked of every line read, read once: under Python 3.11 each `Form.X`,
# `Kind.X` or `Zone.X` goes through EnumType's __getattr__ hook (about 0.35 us a look-up against
# 0.02 us for a module's name; `b.form not in (Form.PARAGRAPH, Form.QUOTE)` 0.90 us, the set 0.08 us).
BODY_HINTS = frozenset({None, Kind.BODY})  # a line no phase has told apart from the text
PARAGRAPH_FORMS = frozenset({Form.PARAGRAPH, Form.QUOTE})  # the forms the text's paragraphs take
HEADING = Form.HEADING
_LIST_ITEM = Form.LIST_ITEM


KEY_POINT_LABEL_REASON = "key-point list label"


HEAD_FURNITURE_REASON = "furniture above the article"


LINK_ARROW_REASON = "a link's arrow ends or opens the line"


OFFER_REASON = "a shop's offer where the dek stands"
COUNTER_REASON = "a thread's or a product's counters where the dek stands"


def dek_notice(text: str) -> str | None:
    """Why a line that reads as prose where the dek stands is the site's notice, not the dek (None:
    it may be one): a site's notice (an affiliate disclosure, at any length: one may run past the
    furniture patterns' limit, upgradedpoints.com, fit), a shop's offer (`rules.OFFER_TERM`), a
    thread's or a product's counters with no sentence in the line (`rules.COUNTER`)."""
    notice = vocabulary.site_notice(signals.normalise(text))
    if notice is not None:
        return f"site notice phrase '{notice}' where the dek stands"
    if rules.OFFER_FIGURE.search(text) and (rules.OFFER_TERM.search(text) or rules.OFFER_OPENING.match(text)):
        return OFFER_REASON
    if rules.COUNTER.search(text) and not rules.TAG_ROW_SENTENCE_MARK.search(text):
        return COUNTER_REASON
    return None


def is_body_paragraph(block: Block) -> bool:
    if block.hint not in BODY_HINTS:
        return False
    if block.form not in PARAGRAPH_FORMS or block.bullet:
        return False
    if not signals.is_prose(block.text):
        return False
    if signals.split_credit(block.text)[1] is not None:
        return False
    return not looks_like_byline(block.text)


def head_furniture(block: Block) -> bool:
    return signals.is_person_name(block.text) or labelled_head_furniture(block)


def labelled_head_furniture(block: Block) -> bool:
    """Head furniture told by more than a name's shape: a byline, a date, a meta or credit line, a
    hint, a bullet. A line shaped like a name alone may be a subheading ("Static Performance Analysis")."""
    return (
        looks_like_byline(block.text)
        or is_date_line(block.text)
        or signals.is_meta_line(block.text)
        or block.hint in (Kind.CAPTION, Kind.BYLINE, Kind.DATE)
        or signals.split_credit(block.text)[1] is not None
        or (block.bullet is not None and signals.word_count(block.text) >= 4)
    )


def meta_furniture(block: Block) -> bool:
    """Head furniture that can never be a headline: bylines, dates, reading times.

    A line shaped like a name or ending like a credit may still be a short
    Title Case headline ("Packing Tips Guide"), so those only count against a
    candidate in `_headline_score`.
    """
    text = block.text
    return looks_like_byline(text) or is_date_line(text) or signals.is_meta_line(text) or block.hint in (Kind.CAPTION, Kind.BYLINE, Kind.DATE)


def looks_like_byline(text: str) -> bool:
    """A byline, for blocks short enough to be one (the parser is not run on long paragraphs)."""
    return len(text) <= rules.BYLINE_MAX_CHARS and _parse_byline(text)


def is_date_line(text: str) -> bool:
    if len(text) > rules.META_LINE_MAX_CHARS or signals.word_count(text) > rules.DATE_LINE_MAX_WORDS:
        return False
    return find_date(text) is not None or signals.is_short_date(text)


def opens_with_label(words: Sequence[str], is_label: Callable[[str], bool], longest: int, goes_on: Callable[[str], bool] | None = None) -> bool:
    """Whether a line, split into `words`, opens with a label of up to `longest` words and goes on after it.

    A byline or date label followed by its value ("by ask the doctors", "Escrito por Jose Segura"):
    the headline chooser and the key-point finder both read such a line as the article's metadata.
    `goes_on`, when given, is what the word after the label must be (a capital, a digit ...).
    """
    for count in range(1, min(longest, len(words) - 1) + 1):
        if (goes_on is None or goes_on(words[count])) and is_label(" ".join(words[:count])):
            return True
    return False


def short_key(text: str) -> str | None:
    """The normalised text of a line short enough to be a heading or a headline (None otherwise)."""
    return signals.normalise(text) if len(text) <= rules.HEADLINE_MAX_CHARS else None


def is_link_arrow(text: str) -> bool:
    """A short line that is one link, by the arrow a copy keeps (rules.LINK_ARROW_AFTER): a
    button, a pager or the previous and next post's links ("Zum Deal »", "« Older post")."""
    text = text.strip()
    # (Asked of every line: the ends are read first, and almost every line stops there.)
    if not text or (text[-1] not in rules.LINK_ARROWS and text[0] not in rules.LINK_ARROWS):
        return False
    if sum(text.count(arrow) for arrow in rules.LINK_ARROWS) != 1:
        return False
    if signals.word_count(text) > rules.LINK_ARROW_MAX_WORDS:
        return False
    if rules.LINK_ARROW_AFTER.search(text):
        return True
    return rules.LINK_ARROW_BEFORE.match(text) is not None and not rules.SENTENCE_END.search(text)


def is_breadcrumb(text: str) -> bool:
    """A trail of section names ("Home > Tech > Laptops"): never a standfirst."""
    return len(rules.BREADCRUMB_SEPARATOR.findall(text)) >= 2 and not rules.SENTENCE_END.search(text)


def is_author_bio(text: str, bylined: set[str]) -> bool:
    """A paragraph about the author ("Anurag is an experienced journalist ..."): a byline's first name, then a verb.

    Author boxes under the headline are often styled like a dek ("description").
    """
    if not bylined or not signals.is_prose(text):
        return False
    words = text.split(maxsplit=2)
    return len(words) > 2 and words[0] in bylined and words[1].lower() in rules.AUTHOR_BIO_VERBS


def name_opening(label: str, paragraph: str, *, before: int) -> str | None:
    """The name a short line ends with when the paragraph under it opens with that name: the shape
    of an author's box ("Inga Buller" / "Inga Buller ist Head of Social ...", "About Clay" / "Clay
    is ..."), in any language. The name is the line's last words, each capitalised, with at most
    `before` words ahead of it ("About", "Written by"); the longest such name is returned, else None.
    The shape alone is not enough (an article's section can open with its heading's words): each
    mode guards it its own way (html/content._before_author_bio, text/region._before_author_box).
    `is_author_bio` is the other shape: a byline's first name, then a verb, with no line above it.
    Between a name's first and last word, its particles stay in lower case (rules.metadata
    NAME_PARTICLES: "Marna van der Merwe", "Juan de la Cruz")."""
    tokens = label.split()
    opening = paragraph.split(maxsplit=len(tokens))
    for count in range(len(tokens), max(len(tokens) - before, 1) - 1, -1):
        name = tokens[-count:]
        if _name_words(name) and opening[:count] == name:
            return " ".join(name)
    return None


def _name_words(words: list[str]) -> bool:
    """Whether the words make a name: each capitalised, but for particles between the first and the last."""
    return words[0][0].isupper() and words[-1][0].isupper() and all(
        word[0].isupper() or word in NAME_PARTICLES for word in words[1:-1])


def first_names(byline: str) -> set[str]:
    """The first names of the people in a byline ("By Anurag Singh" -> {"Anurag"}); one-word names are often brands."""
    return {name.split()[0] for name in clean_authors(byline) if len(name.split()) >= 2}


def is_list_line(block: Block) -> bool:
    return block.bullet is not None or block.form is _LIST_ITEM


def is_link(block: Block) -> bool:
    """A line that is mostly a link ("These 10 Stocks Could Mint Millionaires ›"): points state, links send away."""
    return block.link_density > rules.KEY_POINT_MAX_LINK_DENSITY


def introduces_a_list(block: Block) -> bool:
    """A paragraph, or a line ending in a colon ("How we save you money:"): the list under it continues it."""
    return is_body_paragraph(block) or block.text.rstrip().endswith((":", "："))


def texts_below(blocks: Sequence[Block], body_start: int) -> set[str | None]:
    return {short_key(blocks[index].text) for index in range(body_start, len(blocks))} - {None}


def is_cut_teaser(text: str) -> bool:
    """A blurb cut short with its link's control ("... Weiter geht's... mehr", rules.CUT_TEASER)."""
    # (Most lines hold no ellipsis: the pattern, searched from every word, is tried on few.)
    return ("…" in text or "..." in text) and rules.CUT_TEASER.search(text) is not None


def is_tag_line(text: str) -> bool:
    """A line of the site's tags or categories ("Tags: pliers, multimeter, voltage tester"): a tags
    label, then only short names split by commas (rules.TAG_LINE)."""
    if "," not in text or (tags := _tags_after_label(text)) is None:
        return False
    items = tags.rstrip(" .").split(",")
    return len(items) >= rules.TAG_LINE_MIN_ITEMS and all(
        0 < signals.word_count(item) <= rules.TAG_LINE_ITEM_MAX_WORDS for item in items)


def is_one_name_tag_line(text: str) -> bool:
    """A tags label over one short name or a row of names the copy ran together ("Tags: Philosophy",
    "Schlagwörter: MDR", "Kategorien: Internet Software & Apps Tutorials"): a tag line if nothing of
    the text follows it, which only its neighbours tell (classify `_drop_one_name_tag_lines`)."""
    if "," in text or (tags := _tags_after_label(text)) is None:
        return False
    items = tags.strip()
    return (0 < signals.word_count(items) <= rules.TAG_ROW_MAX_WORDS
            and rules.TAG_ROW_SENTENCE_MARK.search(items) is None)


def _tags_after_label(text: str) -> str | None:
    """What follows a tags label ("Tags:", "Schlagwörter:", rules.TAG_LINE) on a line short enough
    to be a tag line, or None: the part `is_tag_line` and `is_one_name_tag_line` each read their way."""
    if len(text) > rules.TAG_LINE_MAX_CHARS:
        return None
    match = rules.TAG_LINE.match(text)
    return None if match is None else match.group("items")


BOLD_LEAD_REASON = "a first paragraph set in bold that opens with a dateline: the story's lead"


def lead_shaped(block: Block) -> bool:
    """Whether a line has the shape the bold lead's test asks of the page's first paragraph: a
    paragraph of rules.BOLD_LEAD_MIN_WORDS words or more. The search for that paragraph (classify
    `_bold_news_lead`) passes over every other line, so `is_bold_news_lead` is asked only of these."""
    return block.form is Form.PARAGRAPH and signals.word_count(block.text) >= rules.BOLD_LEAD_MIN_WORDS


def is_bold_news_lead(block: Block) -> bool:
    """Whether a paragraph the search found `lead_shaped` is a news story's lead set in bold (HTML: the
    inline marks say so): its letters bold (rules.BOLD_LEAD_MIN_SHARE), opened by a dateline, a date
    before a dash or a place with its agency in brackets (rules.BOLD_LEAD_DATELINE). Raw text has no
    marks: never there."""
    if block.marks is None:
        return False
    text = block.text
    if rules.BOLD_LEAD_AGENCY.match(text) is None and not _dated_opening(text):
        return False
    return strong_share(block.marks[0]) >= rules.BOLD_LEAD_MIN_SHARE


def _dated_opening(text: str) -> bool:
    """Whether a line opens with a date, alone or after a place, before a dash ("Bern, 17.08.2007 - ")."""
    match = rules.BOLD_LEAD_DATELINE.match(text)
    if match is None:
        return False
    opening = match.group("opening")
    if signals.word_count(opening) > rules.BOLD_LEAD_OPENING_MAX_WORDS:
        return False
    return find_date(opening) is not None or signals.is_short_date(opening)
