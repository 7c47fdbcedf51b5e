"""Which line is the headline when the page's structure does not say: a linear score of features.

The weights are data (rules.HEADLINE_WEIGHTS), fitted on the development
pages; `headline_features` is what they weigh.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .. import signals, vocabulary
from ..authors import clean_authors, name_before_job
from ..blocks import Block, Decision, Form, Kind, Zone
from ..dates import remove_dates
from ..rules import text as rules
from ..rules.language import FUNCTION_WORDS
from .credits import is_credit
from .lines import (
    OUTSIDE_REASON, head_furniture, is_body_paragraph, is_date_line, is_link_arrow, looks_like_byline, meta_furniture,
    opens_with_label, short_key, texts_below,
)

_LETTERS = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"\w+")
# The marks between the labels a copy glued on one line: a bar, a slash, a dot, a comma, a spaced dash.
_LABEL_MARKS = re.compile(r"[|/·•,;]|\s[-–—]\s")


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
    return _best_candidate(_HeadlineContext(blocks, labels, body_start, candidates), candidates)


def choose_headline_and_start(
    blocks: Sequence[Block], start: int, end: int, lookback: int, lookahead: int, *, prompts: bool = True
) -> tuple[int | None, int]:
    """The headline of raw text, and where its article starts: decided together.

    The text's provisional start is the run's first paragraph; the headline
    may stand up to `lookback` lines above it or `lookahead` lines below it.
    Below, because a disclaimer, a cookie note or a promotion sentence above
    the headline reads as a first paragraph: when a line under it wins, the
    article starts under that line instead. Not under HEADLINE_OPENING_PARAGRAPHS
    full paragraphs: a notice over the headline is short, and two full
    paragraphs are the text's opening (traf-dev fit: an embedded post's line over
    its date on spoe.at and elpais.com, a picture's caption on gipfelbuch.ch cut
    the opening off). Returns (None, start) when the run has no paragraph to
    anchor the search.
    """
    labels = _zone_labels(blocks)
    body_start = next((i for i in range(start, end) if labels[i] is None and is_body_paragraph(blocks[i])), None)
    if body_start is None:
        return None, start
    named = _named_by_comments(blocks, labels, end)
    if named is not None and _heads_from(blocks, labels, body_start, named):
        return named, max(start, named + 1)
    _, candidates = _headline_candidates(blocks, labels, body_start, lookback)
    starts: dict[int, int] = {}
    words_from: dict[int, set[str]] = {}  # the text's words from a start on, shared with the context
    below = -1
    opening = 0  # the text's full paragraphs above the line
    for index in range(body_start, min(end, body_start + lookahead)):
        block = blocks[index]
        if opening >= rules.HEADLINE_OPENING_PARAGRAPHS:
            break  # the text has begun: what stands below is one of its lines (an embed, a caption)
        if labels[index] is None and is_body_paragraph(block):
            opening += int(signals.word_count(block.text) >= rules.HEADLINE_OPENING_PARAGRAPH_WORDS)
        if labels[index] is not None or not _may_be_headline(block):
            continue
        if below <= index:  # the first paragraph under the line (one found for a line above still is)
            below = _paragraph_below(blocks, labels, index, end)
        # Only a line that its byline or date anchors may move the start (a heading of the text has
        # none), or one under a notice that says nothing of the text below it.
        if (
            _dated_within(blocks, index + 1, min(end, index + 1 + rules.HEADLINE_META_WINDOW))
            or _dated_above(blocks, labels, index)
            or _under_a_notice(blocks, labels, (body_start, index, below), words_from)
        ):
            candidates.append(index)
            starts[index] = below
    if not any(_dated_title_line(blocks, labels, i, end) for i in candidates):
        _add_far_title(blocks, labels, (body_start, body_start + lookahead, end), (candidates, starts), words_from)
    if not candidates:
        return None, start
    context = _HeadlineContext(
        blocks, labels, body_start, candidates, starts, raw_text=True, words_from=words_from, prompts=prompts,
        far_from=body_start + lookahead,
    )
    best = _best_candidate(context, candidates)
    return best, max(start, best + 1)


def _named_by_comments(blocks: Sequence[Block], labels: list[Decision | None], end: int) -> int | None:
    """The line a comment section's heading names (rules.COMMENTS_HEADING: "5 thoughts on “Title”",
    "45 Gedanken zu „Title“"): the nearest line above the heading that prints the quoted title whole,
    when it stands above the run's end and may head the text; None without such a heading and line.
    The page says itself which of its lines is the title, wherever the run starts: under a blog's
    sidebar, the title far below the run's first paragraph (traf-dev fit: lemire.me), or a tag line
    or a line over the title outscoring it (wcxb fit: houseplanthouse.com; traf-dev fit:
    gormulus.wordpress.com)."""
    for index, block in enumerate(blocks):
        text = block.text.rstrip()
        if not text or text[-1] not in rules.QUOTE_MARKS:
            continue  # the heading ends with its quotation's mark: most lines are asked no more
        found = rules.COMMENTS_HEADING.match(text)
        if found is None:
            continue
        # A page heads its comments once: the first heading decides (each line read once at most).
        key = _quoted_key(found.group("named"))
        line = next((i for i in range(index - 1, -1, -1) if _quoted_key(blocks[i].text) == key), None)
        if line is None:
            return None
        label = labels[line]
        fits = label is None or label.reason == OUTSIDE_REASON
        return line if line < end and fits and _may_be_headline(blocks[line]) else None
    return None


def _heads_from(blocks: Sequence[Block], labels: list[Decision | None], body_start: int, named: int) -> bool:
    """Whether the title a comment heading names (`_named_by_comments`) may open the text under it: it
    stands above the run's first paragraph (`body_start`), or under a stretch of more than
    HEADLINE_FAR_TITLE_MENU_LINES lines that are no paragraph (a blog's sidebar, its archive list: the
    run opened at the sidebar's blurb; traf-dev fit: lemire.me), as a far title does (`_add_far_title`).
    With the run's paragraphs close above it, they may be the text's own, and the start the chooser
    gives moves under the line it chooses: the usual choice is made (moving under the named title there
    cut text off a held traf-dev page, measured by its snippet counts only)."""
    if named < body_start:
        return True
    return named - _paragraph_above(blocks, labels, body_start, named) > rules.HEADLINE_FAR_TITLE_MENU_LINES


def _quoted_key(text: str) -> str:
    """A title as a comment heading quotes it and as its line prints it, compared without the quotation
    marks around it (a title that is a quotation is quoted in two pairs: „„Das wird man …““)."""
    return signals.normalise(text.strip(rules.QUOTE_MARKS + " ")).strip(rules.QUOTE_MARKS + " ")


def _add_far_title(
    blocks: Sequence[Block], labels: list[Decision | None], lines: tuple[int, int, int],
    chosen: tuple[list[int], dict[int, int]], words_from: dict[int, set[str]],
) -> None:
    """Add the post's title far below the run's first paragraph to the candidates: the one
    headline-shaped line of the run whose next line is its byline or date, when it stands lower
    than the look-ahead reaches and the text under it speaks of what it names.

    `lines` is (the provisional start, the first line past the look-ahead, the run's end). A copy
    may print a newsletter form, a site's teaser of its aims or a sidebar as prose above the post,
    so the run opens tens of lines over the title (traf-dev fit: energetyka24.com, fdpbt.de, ekbo.de).
    Only one such line may stand in the run: a listing, a thread or a column of teasers prints the
    pair once per entry, and then none of them is the page's title; none is asked for when a
    candidate above already has its byline or date under it (then a blog's "Filed under: ..." over
    the author's name at the post's end is no title). A line printed twice in a row with a byline
    under the copy (`_printed_again_dated`) is asked for first, on the same terms: one in the run.
    A sentence, a name or a label ending in a colon is no title there, nor a line whose words the
    text under it does not go on to use (a forum's posts, a review's stars, "Learn how to
    contribute" over a page's last-modified date), nor one with the text's paragraphs a few lines
    above it: the post's title stands under a stretch of short lines (the site's menu, its social
    links, a sidebar), a heading of the text does not. But a Q&A post's title under its stamp
    (`_post_stamped`) with only pitches above it (`_under_pitches`: a network's, a product's) is the
    one candidate: the lines over the pitches head none of the text.
    """
    body_start, first, end = lines
    shaped = [i for i in range(body_start, end) if labels[i] is None and _may_be_headline(blocks[i])]
    pairs = [i for i in shaped if _printed_again_dated(blocks, i, end)]
    if len(pairs) != 1:
        pairs = [i for i in shaped if _dated_title_line(blocks, labels, i, end)]
    if len(pairs) != 1 or pairs[0] < first:
        return
    far, text = pairs[0], blocks[pairs[0]].text
    if signals.is_prose(text) or signals.is_person_name(text) or text.rstrip().endswith(":"):
        return
    below = _paragraph_below(blocks, labels, far, end)
    own = subject_words(text)
    if below >= end or not own:
        return
    if below not in words_from:
        words_from[below] = _body_vocabulary(blocks, labels, below)[0]
    if len(own & words_from[below]) < rules.HEADLINE_FAR_TITLE_SHARED_SHARE * len(own):
        return
    # Under a post's stamp and pitches alone (`_under_pitches`), the lines above head no text.
    pitches = _post_stamped(blocks, far, end) and _under_pitches(blocks, labels, (body_start, far, end), words_from[below])
    if far - _paragraph_above(blocks, labels, body_start, far) <= rules.HEADLINE_FAR_TITLE_MENU_LINES and not pitches:
        return  # under the text's paragraphs, or a few short lines under them: a heading of the text
    candidates, starts = chosen
    if pitches:
        candidates.clear()
    candidates.append(far)
    starts[far] = below


def _post_stamped(blocks: Sequence[Block], index: int, end: int) -> bool:
    """Whether a forum's or a Q&A site's post stamp ("Asked 1 year, 7 months ago", rules.POST_STAMP) stands
    within HEADLINE_META_WINDOW lines under the line: a post's title."""
    return any(rules.POST_STAMP.match(signals.normalise(blocks[i].text))
               for i in range(index + 1, min(end, index + 1 + rules.HEADLINE_META_WINDOW)))


def _under_pitches(blocks: Sequence[Block], labels: list[Decision | None], lines: tuple[int, int, int], text_words: set[str]) -> bool:
    """Whether every paragraph between the provisional start and a far title speaks of something else
    than the text under the title (`_speaks_of_else`) and they weigh less than its paragraphs: a
    network's and a product's pitches over a Q&A post (wcxb fit, raw text: expatriates.stackexchange.com,
    serverfault.com, unix.stackexchange.com), where a listing's last card under a shop's text has the
    text's long prose above it. `lines` is (the provisional start, the far title, the run's end)."""
    body_start, far, end = lines
    paragraphs = [i for i in range(body_start, end) if labels[i] is None and is_body_paragraph(blocks[i])]
    above = [i for i in paragraphs if i < far]
    weight = sum(signals.word_count(blocks[i].text) for i in above)
    if weight >= sum(signals.word_count(blocks[i].text) for i in paragraphs if i > far):
        return False
    return all(_speaks_of_else(blocks[i].text, text_words) for i in above)


def _speaks_of_else(paragraph: str, text_words: set[str]) -> bool:
    """Whether a paragraph shares at most HEADLINE_NOTICE_SHARED_SHARE of its longer words with the text
    (`text_words`, its opening's): a promotion or a notice (a network's pitch, "Bring the best of human
    thought and AI automation together at your work."), where a paragraph of the text goes on with its
    subject. Function words ("your", "with") are no subject: any two texts share them. (A paragraph of
    no longer words says nothing of the text either.)"""
    words = subject_words(paragraph) - FUNCTION_WORDS
    shared = len(words & text_words)
    if shared <= rules.HEADLINE_NOTICE_SHARED_SHARE * len(words):
        return True
    # A short paragraph shares a word or two with any text ("work", "your").
    return shared <= rules.HEADLINE_PITCH_SHARED_WORDS and signals.word_count(paragraph) < rules.HEADLINE_NOTICE_TEXT_WORDS


def _printed_again_dated(blocks: Sequence[Block], index: int, end: int) -> bool:
    """Whether the line is printed twice in a row (the upper printing whole, or cut short with an
    ellipsis) and a byline or date follows the lower one within HEADLINE_META_WINDOW lines: a
    breadcrumb trail's last item is the page's title, printed again as its heading, then a dek or a
    name between it and its byline, so the line under the title is no date (fit half, raw text, the
    title far under a menu read as prose: wcxb aihr.com, now chosen; traf-dev instyle.com, a
    candidate that a teaser's title still outscores; zoll.de, whose text words its title's compound
    otherwise). The line asked is the whole printing; its copy is a repeat the zones may leave out."""
    text = blocks[index].text
    if index + 1 < end and signals.normalise(blocks[index + 1].text) == signals.normalise(text):
        lower = index + 1
    elif index > 0 and _same_or_cut(blocks[index - 1].text, text):
        lower = index
    else:
        return False
    return _dated_within(blocks, lower + 1, min(end, lower + 1 + rules.HEADLINE_META_WINDOW))


def _same_or_cut(first: str, second: str) -> bool:
    """Whether `first` is `second`, or its opening cut short with an ellipsis ("11 HR Trends for 2026:...")."""
    key, full = signals.normalise(first), signals.normalise(second)
    if key == full:
        return True
    cut = first.rstrip()
    if not cut.endswith(("…", "...")):
        return False
    opening = signals.normalise(cut.rstrip(".…"))
    return len(opening.split()) >= rules.HEADLINE_CUT_COPY_MIN_WORDS and full.startswith(opening)


def _paragraph_below(blocks: Sequence[Block], labels: list[Decision | None], index: int, end: int) -> int:
    """The first paragraph under the line, before `end` (`end` when none)."""
    return next((i for i in range(index + 1, end) if labels[i] is None and is_body_paragraph(blocks[i])), end)


def _paragraph_above(blocks: Sequence[Block], labels: list[Decision | None], body_start: int, index: int) -> int:
    """The nearest paragraph above the line, from the provisional start on (the start when none)."""
    return next((i for i in range(index - 1, body_start - 1, -1) if labels[i] is None and is_body_paragraph(blocks[i])), body_start)


def _dated_title_line(blocks: Sequence[Block], labels: list[Decision | None], index: int, end: int) -> bool:
    """Whether the next line (furniture phrases skipped) is a byline or a date: a short line, not a
    paragraph that opens with a byline's word ("Por su parte, ..."); or a post's stamp the furniture
    patterns took stands among the skipped lines ("Ask Question" / "Asked 1 year, 7 months ago")."""
    following = _neighbour_index(blocks, labels, index, +1)
    if following is None or following >= end:
        return False
    if _post_stamped(blocks, index, following):
        return True
    return signals.word_count(blocks[following].text) <= rules.DATE_LINE_MAX_WORDS and _dated(blocks[following])


def _under_a_notice(
    blocks: Sequence[Block], labels: list[Decision | None], lines: tuple[int, int, int], words_from: dict[int, set[str]]
) -> bool:
    """Whether the paragraphs above a candidate inside the run are a notice, not the text's opening.

    `lines` is (the provisional start, the candidate, the first paragraph under it).
    A browser warning, a newsletter offer or a disclosure over the headline reads
    as a paragraph but shares hardly a word with the text under the headline
    (wcxb-dev fit: an "unlock $25 off" offer and its terms over a guide's title);
    the opening of a text does. The text must follow the candidate closely, as
    a paragraph of some length: a promotion's lines are short (a product page's
    "Try the New Postman" over "The world's APIs are built ... on Postman.").
    """
    body_start, index, below = lines
    if below >= len(blocks) or below - index > rules.HEADLINE_NOTICE_GAP_LINES or signals.is_prose(blocks[index].text):
        return False
    if signals.word_count(blocks[below].text) < rules.HEADLINE_NOTICE_TEXT_WORDS:
        return False
    skipped = [i for i in range(body_start, index) if labels[i] is None and is_body_paragraph(blocks[i])]
    if not skipped or len(skipped) > rules.HEADLINE_NOTICE_MAX_PARAGRAPHS:
        return False
    words: set[str] = set()
    for i in skipped:
        words.update(subject_words(blocks[i].text))
    if not words or _titled_card(blocks, labels, skipped[0], words):
        return False
    if below not in words_from:
        words_from[below] = _body_vocabulary(blocks, labels, below)[0]
    return len(words & words_from[below]) <= rules.HEADLINE_NOTICE_SHARED_SHARE * len(words)


def _titled_card(blocks: Sequence[Block], labels: list[Decision | None], first: int, words: set[str]) -> bool:
    """Whether the passage has a title of its own right above it that names its subject:
    a teaser card of a listing (title, blurb; title, blurb), not a notice over the article."""
    above = _neighbour_index(blocks, labels, first, -1)
    if above is None or not signals.is_headline_shaped(blocks[above].text):
        return False
    return not subject_words(blocks[above].text).isdisjoint(words)


def _zone_labels(blocks: Sequence[Block]) -> list[Decision | None]:
    """The classifier's first verdicts on unhinted lines: outside the run, or a furniture phrase."""
    labels: list[Decision | None] = []
    for block in blocks:
        reason = OUTSIDE_REASON if block.zone is Zone.OUTSIDE else signals.boilerplate_reason(block.text)
        labels.append(Decision(block, Kind.BOILERPLATE, reason) if reason else None)
    return labels


def _may_be_headline(block: Block) -> bool:
    if block.hint is not None or block.bullet or block.form is Form.LIST_ITEM:
        return False
    text = block.text
    if not signals.is_headline_shaped(text) or signals.is_key_point_label(text) or _opens_with_box_label(text):
        return False
    if meta_furniture(block) and not _dated_title(block):
        return False
    unglued = _unglued_dates(text)
    return unglued == text or not (is_date_line(unglued) or looks_like_byline(unglued))


def _site_labels(text: str) -> bool:
    """Whether the line is only a site's legal and navigation labels side by side, marks and
    function words between them (rules.HEADLINE_CHROME_CONCEPTS): a footer's or a menu's links a
    copy glued on one line ("Impressum/Disclaimer und Datenschutz", "Kontakt | Mediadaten |
    Impressum", "Mentions légales - Contact"), no title. A part between marks is one label of
    several words ("política de privacidad") or labels of one word each; the reading stops at the
    first part or word of another kind (nearly always the first)."""
    if _framed_by_labels(text):
        return True
    labels = 0
    for part in _LABEL_MARKS.split(text):
        key = signals.normalise(part)
        if not key:
            continue
        if vocabulary.furniture_line(key) in rules.HEADLINE_CHROME_CONCEPTS:
            labels += 1
            continue
        for word in _WORD.findall(key):
            if word in FUNCTION_WORDS:
                continue
            if vocabulary.furniture_line(word) not in rules.HEADLINE_CHROME_CONCEPTS:
                return False
            labels += 1
    return labels >= rules.HEADLINE_CHROME_MIN_LABELS


def _framed_by_labels(text: str) -> bool:
    """Whether the line opens with one of a site's legal or navigation labels and ends with another
    (rules.HEADLINE_CHROME_CONCEPTS), other words between: a menu a copy printed on one line, its
    first and last entries the site's ("About Us Indoor Gardens Outdoor Gardening ... Contact"), or a
    search box's and a skip link's words ("Search this site Submit Search", "Menü Zum Inhalt
    springen", "Back to SmartAsset Home"). Fit half, raw text: 35 such candidates on 16 sites (traf-dev
    surfguard, zamg, theintercept, gormulus, sheego, bigdata.ypart, wordsmith, youhadmeatgardening;
    wcxb-dev supermove, smartasset, cbcbank, shssoutherner, universityhealth, thespruceeats,
    britannica, hsph.harvard), none the title; one won over the post's title (youhadmeatgardening)."""
    words = signals.normalise(text).split()
    if len(words) < rules.HEADLINE_CHROME_FRAMED_MIN_WORDS:
        return False
    reach = range(1, rules.HEADLINE_CHROME_LABEL_MAX_WORDS + 1)
    return any(_chrome_label(words[:count]) for count in reach) and any(_chrome_label(words[-count:]) for count in reach)


def _chrome_label(words: list[str]) -> bool:
    return vocabulary.furniture_line(" ".join(words)) in rules.HEADLINE_CHROME_CONCEPTS


def _opens_with_box_label(text: str) -> bool:
    """Whether the line opens with a key-point box's label and a colon, its heading or first point
    after it ("Quick Summary: How Much Does Pet Insurance Cost", "TL;DR: What Is The Best Platform
    ...", "SUMMARY: Tweet"): the box's, not the page's title (wcxb fit, raw text: the shape on
    embracepetinsurance.com, where it won over the title above it, learningrevolution.net,
    marketingsherpa.com; none of them a title)."""
    label, colon, rest = text.partition(":")
    return bool(colon) and bool(rest.strip()) and signals.is_key_point_label(label)


def _dated_title(block: Block) -> bool:
    """Whether a date line is a title closed by its date ("Lemmy Development Update 2024-10-04"):
    the date (and nothing after it but brackets) ends the line, and the words before it are a
    title, not the label of a date line ("Last updated", "Published on"), which ends lowercase."""
    text = block.text
    if block.hint is not None or signals.is_meta_line(text):
        return False
    ends = rules.DATED_TITLE_JOINERS + ")]"
    head = remove_dates(text).rstrip(ends)
    # The text reads `head` up to its date: no date or clock time stands inside the title, and
    # one closes it (a short date, "Mar 6", is not removed: the head would be the whole line).
    if head == text.rstrip(ends) or not text.startswith(head):
        return False
    words = _LETTERS.findall(head)
    if len(words) < rules.DATED_TITLE_MIN_WORDS or words[-1].islower() or looks_like_byline(head):
        return False
    # A date line that carries a clock time is a post's stamp; one whose last words are a date
    # label ("Last Updated:", "JONES LAST UPDATED") frames its date.
    label = (" ".join(words[-2:]), words[-1])
    return rules.DATED_TITLE_CLOCK.search(text[len(head) :]) is None and not any(signals.is_meta_line(w) for w in label)


def _unglued_dates(text: str) -> str:
    """The line with a space after a date's year that the copy glued to what follows: a blog
    prints its post's date twice, published and updated, and a browser copy joins them
    ("22. Dezember 201922. Dezember 2019 von Peter Addor", "17/11/201917/11/2019 ~ Cem Basman"),
    or joins the date to a reading time or a count of comments ("Mar 27, 20255 mins")."""
    # The glued year the pattern needs opens with "19" or "20": most lines hold neither, and
    # skip the substitution (asked of every headline-shaped line and every line beside one).
    if "20" not in text and "19" not in text:
        return text
    return rules.GLUED_DATE_YEAR.sub(r"\1 ", text)


def _best_candidate(context: "_HeadlineContext", candidates: list[int]) -> int:
    weights = rules.HEADLINE_WEIGHTS

    def score(index: int) -> float:
        return sum(weights.get(name, 0.0) * value for name, value in _headline_features(context, index).items())

    return max(candidates, key=lambda index: (score(index), index))


def _headline_candidates(
    blocks: Sequence[Block], labels: list[Decision | None], body_start: int, lookback: int
) -> tuple[int | None, list[int]]:
    """(a block hinted as the headline, or None; the headline-shaped lines above the body)."""
    window = max(0, body_start - lookback) if lookback else body_start
    dated_window = max(0, body_start - rules.HEADLINE_DATED_LOOKBACK_LINES) if lookback else body_start
    candidates: list[int] = []
    for index in range(body_start):
        block = blocks[index]
        if block.hint is Kind.HEADLINE and labels[index] is None:
            return index, []
        if labels[index] is not None:
            if block.zone is not Zone.OUTSIDE or labels[index].reason != OUTSIDE_REASON or index < dated_window:
                continue
            # Farther up than `lookback`, only a line its byline or date marks as a post's title.
            far = index >= window or _dated_within(blocks, index + 1, min(body_start, index + 1 + rules.HEADLINE_META_WINDOW))
            if not far or signals.boilerplate_reason(block.text):
                continue
        if _may_be_headline(block):
            candidates.append(index)
    return None, candidates


class _HeadlineContext:
    """What every headline candidate is compared with, computed once per page (linear).

    `starts` gives, for a candidate below the provisional start of the text,
    where the text would start if it were the headline (the first paragraph
    under it); every other candidate has `body_start`. `raw_text` is set when
    the lines are a page's raw text: features fitted on raw text only apply
    there (first_of_pair moved 4 HTML headlines on wcxb-dev, 3 of them wrong).
    `far_from` is the first line past the look-ahead (raw text): a candidate
    there is a far title (`_add_far_title`), placed by its own text (`proximity`).
    """

    def __init__(
        self, blocks: Sequence[Block], labels: list[Decision | None], body_start: int, candidates: list[int],
        starts: dict[int, int] | None = None, raw_text: bool = False, words_from: dict[int, set[str]] | None = None,
        prompts: bool = True, far_from: int | None = None,
    ):
        self.blocks, self.labels, self.body_start, self.candidates = blocks, labels, body_start, candidates
        self.starts = starts or {}
        self.far_from = far_from
        self.raw_text = raw_text
        self.prompts = raw_text and prompts  # whether a prompt over the text weighs against a line (`_start_features`)
        self.candidate_set = set(candidates)
        self.repeated = _repeated_texts(blocks)
        self.below = texts_below(blocks, body_start)
        self.crumbs, self.crumb_tails = _breadcrumb_tails(blocks, candidates)
        self.first_long = next(
            (index for index in candidates if signals.word_count(blocks[index].text) >= rules.HEADLINE_FIRST_LONG_WORDS), None
        )
        # Lines before each index, furniture phrases not counted: the distance from a candidate to the body.
        self.counted = [0] * (len(blocks) + 1)
        for index, label in enumerate(labels):
            furniture = label is not None and label.kind is Kind.BOILERPLATE and label.reason != OUTSIDE_REASON
            self.counted[index + 1] = self.counted[index] + (0 if furniture else 1)
        self.body_words, self.common_words = _body_vocabulary(blocks, labels, body_start)
        # The longer words of the text from a start on (some already read while choosing the candidates).
        self._words_from: dict[int, set[str]] = words_from if words_from is not None else {}
        self._words_from[body_start] = self.body_words
        self._camel_lines: dict[str, set[str]] | None = None  # `written_elsewhere`'s, read when first asked

    def written_elsewhere(self, word: str, key: str) -> bool:
        """Whether a word in camel case stands, written the same, on a line of the page other than the
        line `key` (normalised) and its copies. The page's lines are read for it once, and only on a
        page with a dated candidate holding such a word (`_glued_links`): rare."""
        if self._camel_lines is None:
            self._camel_lines = _camel_word_lines(self.blocks)
        return bool(self._camel_lines.get(word, set()) - {key})

    def words_after(self, index: int) -> set[str]:
        """The longer words of the text that would follow the candidate: a line below the
        provisional start is part of the opening read from there, so it would announce itself."""
        start = self.start_of(index)
        if start not in self._words_from:
            self._words_from[start] = _body_vocabulary(self.blocks, self.labels, start)[0]
        return self._words_from[start]

    def proximity(self, index: int) -> float:
        """Where the line stands between the page's top and the text's provisional start, as the
        weights were fitted; a far title's from the text under it. Read from the provisional start,
        a title tens or hundreds of lines under it weighed as if it stood that many times the head's
        length down the page, and lost to the menu's lines above the start however well its date
        and its words marked it (wcxb fit, raw text: ecovacs.com, its title 477 lines under a product
        menu's first blurb; traf-dev fit: fdpbt.de)."""
        top = self.start_of(index) if self.far_from is not None and index >= self.far_from else self.body_start
        return index / max(top, 1)

    def start_of(self, index: int) -> int:
        return self.starts.get(index, self.body_start)

    def rank(self, index: int) -> int:
        """How many candidates stand between this one and its text."""
        start = self.start_of(index)
        return sum(1 for other in self.candidates if index < other < start)

    def distance(self, index: int) -> int:
        return self.counted[self.start_of(index)] - self.counted[min(index + 1, self.start_of(index))]


def _body_vocabulary(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> tuple[set[str], set[str]]:
    """The longer words of the opening of the text: a headline announces what it goes on to say.

    Second, the longer words the opening writes in lower case: common words,
    where names are capitalised wherever they stand ("Healthy Eating Tips" is
    no one's name when the text speaks of "healthy eating").
    """
    words: set[str] = set()
    common: set[str] = set()
    seen = 0
    for index in range(body_start, len(blocks)):
        if labels[index] is not None:
            continue
        text = blocks[index].text[: rules.HEADLINE_BODY_VOCABULARY_CHARS]
        subject, lower_case = _line_words(text)
        words.update(subject)
        common.update(lower_case)
        seen += len(text)
        if seen >= rules.HEADLINE_BODY_VOCABULARY_CHARS:
            break
    return words, common


def _written_words(text: str) -> list[str]:
    """The longer words of a text as written (case kept)."""
    return [word for word in _LETTERS.findall(text) if len(word) >= rules.CONTENT_WORD_MIN_LETTERS]


def _names_a_person(context: "_HeadlineContext", text: str) -> bool:
    """A line shaped as a name none of whose words the text writes in lower case (a common word)."""
    return signals.is_person_name(text) and not any(
        word.lower() in context.common_words for word in _written_words(text)
    )


class OpeningWords:
    """The words the text's opening writes in lower case, read once a page and only when first
    asked (a name-shaped line under the headline is rare; a page may hold several)."""

    def __init__(self, blocks: Sequence[Block], labels: list[Decision | None], body_start: int):
        self._reading = (blocks, labels, body_start)
        self._common: set[str] | None = None

    def common(self) -> set[str]:
        if self._common is None:
            self._common = _body_vocabulary(*self._reading)[1]
        return self._common


def names_a_person(opening: OpeningWords, text: str) -> bool:
    """Whether a line is shaped as a name and more than half of its longer words are no common
    words of the text's opening ("Healthy Eating Tips" over a text on healthy eating is a heading,
    "Great Day Editorial Team" a name). Reads the opening only for a name-shaped line (rare), and
    once a page: the labels it reads (the body's, from its start on) stay as they are while the
    head above is labelled. A line no name alone may be a name with the writer's job after it
    ("Rasmus Barslund Founder & Lead Reviewer"): it is read without the job."""
    if not signals.is_person_name(text):
        text = name_before_job(text)
        if not signals.is_person_name(text):
            return False
    words = _written_words(text)
    if not words:
        return True
    common = opening.common()
    return 2 * sum(word.lower() in common for word in words) <= len(words)


def subject_words(text: str) -> frozenset[str]:
    """The words a line's subject is told in, to match a headline against its text.

    The longer words of spaced scripts; in Chinese and Japanese, which write no
    spaces, every two ideographs or katakana in a row (most of their words are
    two characters; hiragana spell endings and particles, which every sentence has).
    """
    return _line_words(text)[0]


# The text's opening is read from several starts (the body's, each candidate's provisional start,
# the paragraph under a far title or a notice), and a candidate's own line again for its features:
# each line's words are read once a page, in one scan for both sets.
@lru_cache(maxsize=4096)
def _line_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A line's subject words (`subject_words`) and the longer words it writes in lower case."""
    written = _written_words(text)
    return _subject_words_of({word.lower() for word in written}), frozenset(word for word in written if word.islower())


def _subject_words_of(longer: set[str]) -> frozenset[str]:
    """`subject_words` of a line's longer words, lower-cased (signals.content_words)."""
    words: set[str] = set()
    for word in longer:
        if not rules.SUBJECT_CHARS.search(word):
            words.add(word)
            continue
        words.update(word[i : i + 2] for i in range(len(word) - 1) if rules.SUBJECT_PAIR.fullmatch(word[i : i + 2]))
    return frozenset(words)


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
    previous, following = _neighbour(blocks, labels, index, -1), _neighbour(blocks, labels, index, +1)
    key = signals.normalise(text)
    own = subject_words(text)
    distance = context.distance(index)
    shared = sum(word in context.words_after(index) for word in own)
    unquoted = rules.HEADLINE_QUOTATION.sub("", text)  # a quotation's guillemets are no arrow or separator
    return {
        **_start_features(context, index),
        **_shape_features(text, words),
        "person_name": float(_names_a_person(context, text)),
        "menu_neighbours": float(_menu_like(previous) and _menu_like(following)),
        "followed": float(
            following is not None
            and (head_furniture(following) or is_body_paragraph(following) or following.hint is not None)
        ),
        "meta_below": float(_meta_within(blocks, index + 1, min(len(blocks), index + 1 + rules.HEADLINE_META_WINDOW))),
        "meta_above": float(index > 0 and _meta_within(blocks, index - 1, index)),
        **_dated_features(context, index),
        "contents_below": float(
            any(
                signals.normalise(blocks[i].text) in vocabulary.CONTENTS_LABELS
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
        "proximity": context.proximity(index),
        "near": 1.0 / (1.0 + distance),
        "far": min(distance, rules.HEADLINE_FAR_LINES) / rules.HEADLINE_FAR_LINES,
        "rank": 1.0 / (1.0 + context.rank(index)),
        "outside": float(block.zone is Zone.OUTSIDE),
        "in_body": (shared / len(own)) if own else 0.0,
        "in_body_words": min(shared, rules.HEADLINE_SHARED_WORDS_FULL) / rules.HEADLINE_SHARED_WORDS_FULL,
        "glued": float(_glued_links(context, index, key)),
        "separator": float(bool(rules.HEADLINE_SEPARATOR.search(unquoted))),
        "dek_below": float(_reads_as_dek(following, text, words)),
        "first_of_pair": float(context.raw_text and _first_of_pair(context, index)),
        **_pair_features(context, index, words),
        "label_colon": float(context.raw_text and text.rstrip().endswith(":")),
        "byline_start": float(context.raw_text and (_starts_as_byline(key) or _role_byline(text))),
        **_stack_features(context, index, key, (previous, following)),
        **_raw_shape_features(context.raw_text, text, unquoted),
    }


def _glued_links(context: _HeadlineContext, index: int, key: str) -> bool:
    """Whether the line holds link texts a copy ran together ("LoginGet Started"). In raw text, not
    when the line is a post's title naming something in camel case: a phrase (`_reads_as_phrase`)
    with its byline or date under it, whose every such word the page writes on other lines too (a
    blog's "DenkanStoos April 2012" under its menu's "DenkanStoos Blog", "Code Kata: ... In
    ColdFusion"). A copy glues a link's text to its neighbour's where the two meet, the same join on
    every printing of that row (`key`, the line normalised), not inside other lines. (wcxb fit, raw
    text: bennadel.com; traf-dev fit: denkanstoos.wordpress.com. Without the byline or date, or
    with rows of labels too, the exemption also moved menu lines on wcxb's held half, pages down;
    sonnenenergie.de's undated "Der WindRebell" stays penalised.)"""
    text = context.blocks[index].text
    words = _camel_words(text)
    if not words:
        return False
    if not context.raw_text or not _reads_as_phrase(text):
        return True
    blocks = context.blocks
    if not _dated_within(blocks, index + 1, min(len(blocks), index + 1 + rules.HEADLINE_META_WINDOW)):
        return True
    return not all(context.written_elsewhere(word, key) for word in words)


def _camel_words(text: str) -> list[str]:
    """The words of a line with a lower-case letter straight before a capital (rules.GLUED_WORDS)."""
    if not signals.has_glued_words(text):
        return []
    return [word for word in _LETTERS.findall(text) if signals.has_glued_words(word)]


def _camel_word_lines(blocks: Sequence[Block]) -> dict[str, set[str]]:
    """Every word in camel case on the page (`_camel_words`), with the lines (normalised) it stands in."""
    lines: dict[str, set[str]] = {}
    for block in blocks:
        for word in _camel_words(block.text):
            lines.setdefault(word, set()).add(signals.normalise(block.text))
    return lines


def _reads_as_phrase(text: str) -> bool:
    """Whether a line reads as a phrase, not a row of labels ("Privacy Accessibility HTML ...
    JavaScript"): at most HEADLINE_CAMEL_PHRASE_MAX_WORDS words, or a function word among them."""
    if signals.word_count(text) <= rules.HEADLINE_CAMEL_PHRASE_MAX_WORDS:
        return True
    return any(word.lower() in FUNCTION_WORDS for word in _LETTERS.findall(text))


def _stack_features(
    context: _HeadlineContext, index: int, key: str, neighbours: tuple[Block | None, Block | None]
) -> dict[str, float]:
    """How the line (`key`: its normalised text) stands with the lines right above and below it
    (`neighbours`): the dek under a title, or the title printed twice (raw text only). A title
    under its date under a paragraph (`_stamps_a_title`) is under a date wherever it stands, and
    no dek of that date."""
    above = _neighbour_index(context.blocks, context.labels, index, -1)
    stamped = context.raw_text and above is not None and _stamps_a_title(context, above)
    return {
        "dek_itself": float(not stamped and _dek_itself(context, index, neighbours[0])),
        "printed_twice": float(context.raw_text and _printed_twice(context, index, key, neighbours)),
        "under_date": float(stamped or (context.raw_text and index < context.body_start and _under_a_date(context, index))),
    }


def _under_a_date(context: _HeadlineContext, index: int) -> bool:
    """Whether the line stands right under a date line (no line between) that no candidate
    stands right over: a post's date printed over its title ("March 1, 2024" / "Healthy Eating
    Tips"), where the date's "dated_below" goes to a line a step or two farther up (a section's
    name, a menu's last entry, the blog's name over its description; wcxb fit, raw text: cdc.gov,
    os-system.com, blog.engora.com). Not where a date is the stamp of a title over it, with or
    without a byline between them, nor where the line tops a stack of candidates under the date (a
    kicker over its title): "Christian County police blotters" / "by HLNF Staff" / "October 27,
    2023" / "in Illinois, Local"; "29. Oktober 2021" / a roofline / the title (traf-dev fit:
    heartlandnewsfeed.com, gdp.de, bmfsfj.de), nor under a label between ("Autor:" / a name).
    Asked only above the text's provisional start (`_stack_features`): below it a line right under
    a date is a candidate for that date alone (`choose_headline_and_start`), and crediting the date
    again there moved the start of held pages' text down."""
    blocks, labels = context.blocks, context.labels
    if index == 0 or not is_date_line(_unglued_dates(blocks[index - 1].text)):
        return False
    over = _neighbour_index(blocks, labels, index - 1, -1)
    for _ in range(rules.HEADLINE_META_WINDOW):
        if over is None or not _dated(blocks[over]):
            break
        over = _neighbour_index(blocks, labels, over, -1)
    if over in context.candidate_set:
        return False
    return _neighbour_index(blocks, labels, index, +1) not in context.candidate_set


def _printed_twice(context: _HeadlineContext, index: int, key: str, neighbours: tuple[Block | None, Block | None]) -> bool:
    """Whether the line is printed again right above or below it, inside the article's region and
    at most HEADLINE_TWICE_MAX_RANK candidates over its text: a page's heading as the breadcrumb
    trail's last item and then as the heading, or in two nested boxes that a copy prints one after
    the other (wcxb fit, raw text: online.stanford.edu, empower.com, conejoadulted.org,
    digitalpreservation.no). A menu's or a button's label printed twice (a desktop and a mobile
    copy, an icon's text and its link: "Your Account", "Zum Shop", "Link zum Artikel"; traf-dev fit)
    stands outside the region or farther up."""
    if context.blocks[index].zone is Zone.OUTSIDE or context.rank(index) > rules.HEADLINE_TWICE_MAX_RANK:
        return False
    return any(other is not None and signals.normalise(other.text) == key for other in neighbours)


def _depth_features(context: "_HeadlineContext", index: int) -> dict[str, float]:
    """Whether the line stands a level out from the text it would head ("outdented"), in a copy
    that indents nested blocks (inscriptis prints a page's heading outside the article's box, its
    dek, subheads and paragraphs inside it); chromium copies carry no indentation."""
    start = context.start_of(index)
    out = context.raw_text and start < len(context.blocks) and context.blocks[index].depth < context.blocks[start].depth
    return {"outdented": float(out)}


def _raw_shape_features(raw_text: bool, text: str, unquoted: str) -> dict[str, float]:
    """Shapes of lines that list or link, not title (fitted on raw text, so only there): a list
    of tags, a site's labels side by side (`_site_labels`), an arrow out of the line ("← All
    Articles"; `unquoted`: the line without its quotations in guillemets, whose marks point nowhere)."""
    return {
        "tag_list": float(raw_text and _tag_list(text)),
        "site_labels": float(raw_text and _site_labels(text)),
        "arrow": float(raw_text and bool(rules.HEADLINE_LINK_ARROW.search(unquoted.strip()))),
        "link_prompt": float(raw_text and _ends_in_link_prompt(text)),
    }


@lru_cache(maxsize=1)
def _link_prompt_pattern() -> re.Pattern[str]:
    """A phrase of the link labels' concept (rules.HEADLINE_LINK_PROMPT_CONCEPT) of any language closing
    a line, after a word of its own: marks (an arrow, a full stop) may follow it."""
    alternation = vocabulary.concept_alternation(rules.HEADLINE_LINK_PROMPT_CONCEPT)
    return re.compile(r"\w\W*\s(?:" + alternation + r")\W*$", re.IGNORECASE)


def _ends_in_link_prompt(text: str) -> bool:
    """Whether a line goes on to a link's label at its end ("The Best Coffee Machine Deals in the US. Click
    here", "Explore Britannica's Newest Newsletter: Money Matters Learn More"): a banner, a promotion or a
    teaser card the copy printed with its link, never the page's title (fit half, raw text: wcxb coffeekev.com
    and britannica.com, where it won over the title; the shape on zoho.com, solostove.com, chessbazaar.com,
    ai.google.dev, security.org, humanscale.com, wiki.postgresql.org; traf-dev instyle.com, ekbo.de)."""
    return _link_prompt_pattern().search(text) is not None


@lru_cache(maxsize=1)
def _prompt_pattern() -> re.Pattern[str]:
    """Any phrase of the prompts' concept (rules.HEADLINE_PROMPT_CONCEPT) of any language, anywhere
    in a line: a copy prints a newsletter call or the log-in bar over the title as a line of its
    own, glued to its neighbours' labels ("Sign In Get Started", "Bądź na bieżąco! Zapisz się na
    nasz newsletter"), so no whole-line phrase tells it."""
    alternation = vocabulary.concept_alternation(rules.HEADLINE_PROMPT_CONCEPT)
    return re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)", re.IGNORECASE)


def _shape_features(text: str, words: int) -> dict[str, float]:
    """What the line itself looks like: length, end mark (read inside a closing quotation mark),
    case, a name or a credit."""
    end = text.rstrip().rstrip(rules.CLOSING_QUOTES).rstrip()  # « ... faire. » spaces its marks
    return {
        "length": min(words, rules.HEADLINE_FULL_LENGTH_WORDS) / rules.HEADLINE_FULL_LENGTH_WORDS,
        "too_long": float(words > rules.HEADLINE_TOO_LONG_WORDS),
        "full_stop": float(end.endswith(".") and not end.endswith("..")),
        "exclaim": float(end.endswith("!")),
        "ellipsis": float(end.endswith(("…", "..."))),
        "sentences": float(signals.sentence_count(text) >= 2),
        "question": float(end.endswith("?")),
        "prose": float(signals.is_prose(end)),
        "title_case": signals.title_case_share(text),
        "credit": float(is_credit(text)),
    }


def _start_features(context: _HeadlineContext, index: int) -> dict[str, float]:
    """What a candidate below the provisional start of the text would cut off above it.

    A disclaimer or promotion over the headline is one paragraph or two; a
    section heading of the text has the text's paragraphs above it. With them,
    whether the line stands a level out from that text (`_depth_features`), and
    for a candidate above the start, whether it is a prompt.
    """
    depth = _depth_features(context, index)
    if index < context.body_start:
        # A sign-up or sign-in prompt over the text (raw text only): inside the run a line that
        # loses stays in the text, and a prompt there is no more a title than any other line
        # (wcxb fit gymshark.com: a product page's "Sign in to get exclusive rewards" among its details).
        prompt = context.prompts and _prompt_pattern().search(context.blocks[index].text) is not None
        return {"below_start": 0.0, "prose_above": 0.0, "prompt": float(prompt), **depth}
    blocks, labels = context.blocks, context.labels
    prose = sum(1 for i in range(context.body_start, index) if labels[i] is None and is_body_paragraph(blocks[i]))
    return {
        "below_start": 1.0,
        "prose_above": min(prose, rules.HEADLINE_PROSE_ABOVE_FULL) / rules.HEADLINE_PROSE_ABOVE_FULL,
        **depth,
    }


def _dek_itself(context: "_HeadlineContext", index: int, previous: Block | None) -> bool:
    """Whether the line reads as a dek: under its title, or under the head's byline or date.

    The title speaks of what the text goes on to say (it shares a word with its
    opening): a line under "Updated", "Skip to the article" or a glued menu
    ("SubscribeSign in") is no dek, whatever its shape. A sentence under the
    byline or date ("March 20, 2023 | Wellness") is the dek of a head above it.
    """
    if previous is None:
        return False
    if looks_like_byline(previous.text) or is_date_line(previous.text):
        return _reads_as_dek(context.blocks[index], previous.text, signals.word_count(previous.text))
    if not signals.is_headline_shaped(previous.text):
        return False
    if not _reads_as_dek(context.blocks[index], previous.text, signals.word_count(previous.text), _shows_case(previous.text)):
        return False
    return not subject_words(previous.text).isdisjoint(context.body_words)


def _shows_case(title: str) -> bool:
    """Whether a line has enough longer words for its share of capitals to tell Title Case from
    sentence case: two words do not ("Wein Erzeuger", "Grüner Wasserstoff", "Higher education":
    a kicker of nouns, capitalised in German whatever the case of the title under it)."""
    return len(_written_words(title)) >= rules.HEADLINE_CASE_MIN_WORDS


def dek_by_case(block: Block, title: str) -> bool:
    """Whether a line right under the title reads as its dek though it is no sentence: longer than
    the title and set in sentence case under it (a dek often drops its full stop: "A guide to common
    services and their price ranges" under "Your Car Maintenance Checklist"; wcxb fit, raw text:
    consumerreports.org, artmann.co, tp-link.com; traf-dev fit: standard.co.uk)."""
    return _shows_case(title) and _reads_as_dek(block, title, signals.word_count(title))


def _reads_as_dek(block: Block | None, title: str, title_words: int, by_case: bool = True) -> bool:
    """Whether a line under a title reads as its dek: longer, and a sentence or (`by_case`) set
    in sentence case under a title in Title Case."""
    if block is None or block.bullet:
        return False
    text = block.text
    words = signals.word_count(text)
    if words <= title_words or words > rules.HEADLINE_MAX_WORDS * 2:
        return False
    return signals.is_prose(text, words) or (by_case and signals.title_case_share(text) < signals.title_case_share(title))


_TRAIL_MARKS = "|>/»›❯→:-–—"
# Every language's byline labels ("by", "von", "par" ...), and the most words one has.
_BYLINE_LABELS = vocabulary.BYLINE_LABELS
_BYLINE_LABEL_MAX_WORDS = max((len(label.split()) for label in _BYLINE_LABELS), default=0)


def _breadcrumb_tails(blocks: Sequence[Block], candidates: list[int]) -> tuple[set[int], set[int]]:
    """Candidates that end with another candidate's whole text ("Home Blog Packing Tips Guide"), and those ends.

    A breadcrumb repeats the headline after the section path, so the longer
    line is the trail and the shorter one the headline. Checked through word
    suffixes against a dict, so the cost stays linear in the candidates.
    A copy may print the trail's steps without separators, glued to the title
    ("Home Gear Reviews Best Home Gym Setup"): such a line is a trail only when
    the title stands alone just under it (the page's heading under its
    breadcrumb) and the steps are capitalised section names, no more words
    than the title (wcxb-dev and traf-dev fit: 7 sites). "Ten Ways To Save
    Space With Packing Tips" under its section's name "Packing Tips" is none.
    """
    texts: dict[str, list[int]] = {}
    for index in candidates:
        texts.setdefault(signals.normalise(blocks[index].text), []).append(index)
    trails: set[int] = set()
    tails: set[int] = set()
    for index in candidates:
        written = blocks[index].text.split()
        words = signals.normalise(blocks[index].text).split()
        steps = len(written) == len(words)  # whether the words before a cut may still be a trail's steps
        for cut in range(1, min(len(words) - 1, rules.HEADLINE_MAX_WORDS) + 1):
            marked = _marked_cut(words, cut)
            steps = steps and _capitalised_steps(written, cut)
            if not (marked or steps):
                continue
            tail = " ".join(words[cut:]).strip(_TRAIL_MARKS + " ")
            lines = texts.get(tail, [])
            if marked and lines:
                tail_line: int | None = lines[-1]
            else:
                tail_line = next((line for line in lines if 0 < line - index <= rules.HEADLINE_TRAIL_TITLE_LINES), None)
            if tail_line is not None:
                trails.add(index)
                tails.add(tail_line)
                break
    return trails, tails


def _marked_cut(words: list[str], cut: int) -> bool:
    """Whether a separator stands at the cut: a trail separates its steps ("Guides > Packing Tips");
    a title may simply end with another line's words ("Ten ways to save on Packing Tips")."""
    return words[cut - 1][-1] in _TRAIL_MARKS or words[cut][0] in _TRAIL_MARKS


def _capitalised_steps(written: list[str], cut: int) -> bool:
    """Whether the words before the cut may be a trail's steps printed without separators:
    capitalised section names, no more words than the title after them."""
    return written[cut - 1][:1].isupper() and cut <= len(written) - cut


def glued_trail(text: str, headline: str) -> bool:
    """Whether a line is a breadcrumb trail ending in the headline ("Home Gear Reviews Best Home
    Gym Setup", "Blog ❯ Living ❯ Tiny Houses"): the headline's words after a separator or after
    capitalised section names."""
    words, title = signals.normalise(text).split(), signals.normalise(headline).split()
    cut = len(words) - len(title)
    if cut < 1 or not title or words[cut:] != title:
        return False
    written = text.split()
    return _marked_cut(words, cut) or (
        len(written) == len(words) and all(_capitalised_steps(written, step) for step in range(1, cut + 1))
    )


def _meta_within(blocks: Sequence[Block], start: int, end: int) -> bool:
    """Whether a byline, date or reading-time line stands in blocks[start:end]."""
    return any(head_furniture(blocks[i]) or signals.is_meta_line(blocks[i].text) for i in range(start, end))


def _dated_within(blocks: Sequence[Block], start: int, end: int) -> bool:
    """Whether a byline, a date or a reading time (not merely a name) stands in blocks[start:end]."""
    return any(_dated(blocks[i]) for i in range(start, end))


def _dated(block: Block) -> bool:
    """Whether a line is a byline, a date or a reading time, read as printed: a day written with
    a dot first ("28. Jan. 2022 Paula Balov", "3. März 2021") reads as a numbered item, its day
    taken as the item's number (traf-dev fit, German: 6 of the 29 pages of tune2 print such dates);
    a date glued to what follows it is read unglued (`_unglued_dates`)."""
    return _dated_line(block.text, block.bullet)


# Each line is asked once for every candidate within HEADLINE_META_WINDOW above it (and for
# the one below it): the answer, which reads only the text and its bullet, is memoised.
@lru_cache(maxsize=4096)
def _dated_line(text: str, bullet: str | None) -> bool:
    """`_dated` of a line as its text and bullet mark."""
    text = _unglued_dates(text)
    if looks_like_byline(text) or is_date_line(text) or signals.is_meta_line(text):
        return True
    return bool(bullet and bullet[0].isdigit() and is_date_line(f"{bullet} {text}"))


def _dated_features(context: "_HeadlineContext", index: int) -> dict[str, float]:
    """A byline, date or reading time just below marks the head ("dated_below"), unless the byline
    names no one and nothing else dates the line ("dated_weak", which takes it back). In raw text,
    not a date that stamps the title right under it (`_stamps_a_title`), nor one past a link marked
    by its arrow (`is_link_arrow`): a blog prints the link to the previous post ("« Logbuch
    kfr2010") between its name and tagline and the post's title, so the date under the title is the
    post's, not the tagline's over the link (traf-dev fit: weselpower.wordpress.com, where the
    tagline won; the link over the title on grossefragen.wordpress.com, hertha-blog.de, disfunctions.de)."""
    blocks = context.blocks
    end = min(len(blocks), index + 1 + rules.HEADLINE_META_WINDOW)
    if context.raw_text:
        end = next((i for i in range(index + 1, end) if is_link_arrow(blocks[i].text)), end)
    dated = any(_dated(blocks[i]) and not (context.raw_text and _stamps_a_title(context, i)) for i in range(index + 1, end))
    return {"dated_below": float(dated), "dated_weak": float(_dated_only_by_a_word(blocks, index))}


def _stamps_a_title(context: "_HeadlineContext", date: int) -> bool:
    """Whether a date line stands between a paragraph and a headline-shaped line, itself no date:
    the post's date over its title, under the blog's description. A blog prints its name, its
    description (a sentence or two, read as the text's first paragraph) and then each post as its
    date over its title ("Engora Data Blog" / "Mike Woodward's thoughts on AI ..." / "Friday,
    December 19, 2025" / "Small adventures with small language models"; wcxb fit: blog.engora.com;
    traf-dev fit: buchperlen.wordpress.com; the shape on emacspeak.blogspot.com too, whose one-line
    description is itself a candidate and keeps the date): the date is the title's, not the blog
    name's over the description (`_dated_features`), and the title under it is no dek of the date
    (`_stack_features`). A dek between a title and its date is a paragraph too, but a caption or
    the text, not a title, follows that date (a caption reads as prose or credits)."""
    blocks, labels = context.blocks, context.labels
    text = _unglued_dates(blocks[date].text)
    if not is_date_line(text) or _LETTERS.search(remove_dates(text)):
        return False  # a stamp over a title is the date alone; a byline's date line is its title's above
    above, under = _neighbour_index(blocks, labels, date, -1), _neighbour_index(blocks, labels, date, +1)
    if above is None or under is None or labels[above] is not None or labels[under] is not None:
        return False
    if above in context.candidate_set or not is_body_paragraph(blocks[above]):
        return False  # a title that reads as a paragraph keeps its date ("... for $90!" / date / a label)
    title = blocks[under].text
    return _may_be_headline(blocks[under]) and not (_dated(blocks[under]) or signals.is_prose(title) or is_credit(title))


def _dated_above(blocks: Sequence[Block], labels: list[Decision | None], index: int) -> bool:
    """Whether the line stands right under a date (or a byline, a reading time): a blog prints its
    post's date over the post's title ("Friday, December 19, 2025" / "Small adventures with ..."),
    a news page its date (and section) over the title ("02.02.2022 A-Frauen" / "Erneuter Verzicht
    ..."), and the dek under the title has the title above it, not the date."""
    above = _neighbour(blocks, labels, index, -1)
    return above is not None and _dated(above)


def _dated_only_by_a_word(blocks: Sequence[Block], index: int) -> bool:
    """Whether the only byline under a line names no one in two words and no date stands with it:
    "By Manufacturer" in a shop menu read as a byline, where an author's byline usually names a
    person or comes with a date. wcxb-dev fit: fires on menu lines on 3 sites (projectorreviews,
    idenfy, gameinformer; one menu line there had won as the headline) and on titles over a
    one-word handle on 3 (slashdot's "msmash" ...), which keep winning on their other features.
    """
    end = min(len(blocks), index + 1 + rules.HEADLINE_META_WINDOW)
    bylines = [i for i in range(index + 1, end) if looks_like_byline(blocks[i].text)]
    if not bylines or any(is_date_line(blocks[i].text) or signals.is_meta_line(blocks[i].text) for i in range(index + 1, end)):
        return False
    return not any(" " in name for i in bylines for name in clean_authors(blocks[i].text))


def _neighbour(blocks: Sequence[Block], labels: list[Decision | None], index: int, step: int) -> Block | None:
    """The nearest block on one side that is not a furniture phrase."""
    index = _neighbour_index(blocks, labels, index, step)
    return None if index is None else blocks[index]


def _neighbour_index(blocks: Sequence[Block], labels: list[Decision | None], index: int, step: int) -> int | None:
    index += step
    while 0 <= index < len(blocks):
        label = labels[index]
        if label is None or label.kind is not Kind.BOILERPLATE or blocks[index].zone is Zone.OUTSIDE:
            return index
        index += step
    return None


def _starts_as_byline(key: str) -> bool:
    """Whether a normalised line opens with a byline label and goes on ("by ask the doctors")."""
    return opens_with_label(key.split(), _BYLINE_LABELS.__contains__, _BYLINE_LABEL_MAX_WORDS)


def _role_byline(text: str) -> bool:
    """Whether a short line credits a person with a role: one or two words of the role, a byline
    label of any language, a person's name ("Recipe by PJ Hamel", "Researched by Oliver Simpson",
    "Updated by Jon Linkov"). A credit of the head, not its title (wcxb fit, raw text: the shape on
    kingarthurbaking.com, where it won over the recipe's title, security.org and a car-care guide).
    A role is no function word of any language: "Ein Porträt von Angela Merkel" is a title."""
    written = text.split()
    words = signals.normalise(text).split()
    if len(written) > rules.HEADLINE_ROLE_BYLINE_MAX_WORDS or len(written) != len(words):
        return False
    for role in range(1, min(rules.HEADLINE_ROLE_MAX_WORDS, len(words) - 2) + 1):
        if not FUNCTION_WORDS.isdisjoint(words[:role]):
            return False
        for count in range(1, min(_BYLINE_LABEL_MAX_WORDS, len(words) - role - 1) + 1):
            if " ".join(words[role : role + count]) in _BYLINE_LABELS:
                return signals.is_person_name(" ".join(written[role + count :]))
    return False


def _first_of_pair(context: "_HeadlineContext", index: int) -> bool:
    """Whether the line opens a stack of headline-shaped lines: a title over its dek, a
    kicker's title over a summary line, where the one on top is the title."""
    above = _neighbour_index(context.blocks, context.labels, index, -1)
    below = _neighbour_index(context.blocks, context.labels, index, +1)
    return above not in context.candidate_set and below in context.candidate_set


def _kicker(context: "_HeadlineContext", index: int, words: int) -> bool:
    """Whether the line is a kicker: a label of a few words ("Corporate training", "Streaming
    Best Picks") right over a headline-shaped line more than twice as long that is no dek."""
    if words > rules.HEADLINE_KICKER_MAX_WORDS:
        return False
    below = _neighbour_index(context.blocks, context.labels, index, +1)
    if below not in context.candidate_set:
        return False
    text = context.blocks[below].text
    return signals.word_count(text) > 2 * words and not signals.is_prose(text)


def _pair_features(context: "_HeadlineContext", index: int, words: int) -> dict[str, float]:
    """Raw text only: how the line pairs with the headline-shaped line under or over it. A kicker
    over its title (`_kicker`); a title over a dek far longer than it (`over_long_dek`), or that dek
    itself (`long_dek`): case cannot tell a German dek from its title (every noun is capitalised)
    and neither ends in a full stop; length does: a title of a few words over a line twice as long
    ("Das Potenzial von grünem Wasserstoff" over its 10-word summary) right over the text or its
    date (traf-dev fit: dhb.de, orsted.de, katholisch.at)."""
    if not context.raw_text:
        return {"kicker": 0.0, "over_long_dek": 0.0, "long_dek": 0.0}
    below = _neighbour_index(context.blocks, context.labels, index, +1)
    above = _neighbour_index(context.blocks, context.labels, index, -1)
    return {
        "kicker": float(_kicker(context, index, words)),
        "over_long_dek": float(below in context.candidate_set and _long_dek_pair(context, index, words, below)),
        "long_dek": float(above in context.candidate_set and _long_dek_pair(context, above, None, index)),
    }


def _long_dek_pair(context: "_HeadlineContext", title: int, title_words: int | None, dek: int) -> bool:
    """Whether the line at `dek` is at least HEADLINE_LONG_DEK_RATIO times as long as the title-sized
    line right over it, and stands right over the text or its date. Not under a kicker's shape (the
    title has more words than a kicker may), a list or trail of sections ("Best Of, Japan, Travel
    Guides", "Business News›Tech›Hardware"), nor a line that speaks of something else than the text
    (a call to act, a credit: "Talk to Our Experts")."""
    blocks = context.blocks
    text = blocks[title].text
    if title_words is None:
        title_words = signals.word_count(text)
    if not rules.HEADLINE_KICKER_MAX_WORDS < title_words <= rules.HEADLINE_FULL_LENGTH_WORDS:
        return False
    block = blocks[dek]
    if block.bullet or signals.word_count(block.text) < rules.HEADLINE_LONG_DEK_RATIO * title_words:
        return False
    if "," in text or rules.HEADLINE_SEPARATOR.search(text) or subject_words(text).isdisjoint(context.words_after(dek)):
        return False
    after = _neighbour_index(blocks, context.labels, dek, +1)
    return after is not None and (after >= context.start_of(dek) or _dated(blocks[after]))


def _tag_list(text: str) -> bool:
    """Whether a line is a list of tags or keywords ("Avión / Guatemala / Ilegalidad / Ministerio
    Público", "amiga, dogs, floppy, Hunde"): short items, one separator between them all."""
    for separator in rules.HEADLINE_TAG_SEPARATORS:
        items = text.split(separator)
        if len(items) >= rules.HEADLINE_TAG_MIN_ITEMS and all(
            1 <= len(item.split()) <= rules.HEADLINE_TAG_MAX_WORDS for item in items
        ):
            return True
    return False


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
