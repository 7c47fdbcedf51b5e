"""Where the article is in a page's lines: the run of lines richest in prose.

Navigation, link rails and footers are runs of short lines; the article is a
run of paragraphs interrupted by a few short lines (headings, list items).
Scoring each line by its words minus a toll and taking the maximum-sum
segment finds it in one pass, without any rule about what surrounds it.

A page with little prose (a product grid, a thread, a list, a code listing)
is read as a structured page first: its lines pay a lighter toll and its
runs of repeating line shapes (text/structure.py) are worth something, so
the run lands on them instead of on the one blurb of prose.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from .. import signals, vocabulary
from ..blocks import Block, Form, Kind, Zone, place_in_zones
from ..classify.headline import choose_headline_and_start, subject_words
from ..classify.lines import is_date_line, is_one_name_tag_line, is_tag_line, looks_like_byline, name_opening
from ..end_matter import closing_promo_start, end_matter_start, support_appeal_start
from ..rules import text as rules
from ..rules import page_type as price_rules  # the one price pattern, shared with the page kind
from ..segment import best_segment, extend_segment, paying_reach
from .structure import (
    Run, bare_figures, comment_signatures, date_lines, dialog_start, figures_blanked, find_thread, fine_print_start,
    footer_menu_start, footer_start, holds_grid, is_code_line, legal_footer_start, link_rows, member_boxes, picker_rows,
    post_numbers, reviews_start, said_header_start, structured_runs, teaser_cards_start, with_bridged_cards,
)


_LETTER = re.compile(r"[^\W\d_]")


def line_value(words: int, prose: bool, short_run: int = 0, toll_scale: float = 1.0) -> float:
    """What a line that is no furniture adds to the article run it may belong to (a furniture line,
    `signals.boilerplate_reason`, and a consent dialog's cost REGION_BOILERPLATE_COST: `_line_values`).

    `short_run` is the length of the stretch of non-prose lines the line
    stands in (0 when unknown): a heading or a label between two paragraphs
    belongs to the text, while a long stretch of short lines is a menu.
    `toll_scale` multiplies every line's toll: above 1 a run must be richer
    in words to take a line in (precision), below 1 it takes more (recall).
    """
    if prose:
        return words - rules.REGION_LINE_TOLL * toll_scale + rules.REGION_PROSE_BONUS
    toll = rules.REGION_LINE_TOLL
    if 0 < short_run <= rules.REGION_SHORT_RUN_LINES:
        toll = rules.REGION_SHORT_RUN_TOLL
    return min(words, rules.REGION_NON_PROSE_WORDS_CAP) - toll * toll_scale


def is_consent_paragraph(text: str) -> bool:
    """A paragraph of a consent dialog: it opens by saying what cookies the site sets, and speaks of
    the site or the visitor's data ("These cookies allow us to count visits and traffic sources")."""
    return _names_cookies(text) and _opens_on_cookies(text)


def _names_cookies(text: str) -> bool:
    """Whether the text may name the cookie word of a consent paragraph or a cookie table's row
    (rules.CONSENT_COOKIE_STEMS): nearly every line does not, and is spared their patterns."""
    form = vocabulary.ignorecase_form(text)
    return form is None or vocabulary.holds_any(form, rules.CONSENT_COOKIE_STEMS)


def _opens_on_cookies(text: str) -> bool:
    return bool(rules.CONSENT_PARAGRAPH.match(text)) and bool(rules.CONSENT_PARAGRAPH_WORDS.search(text))


def is_consent_text(text: str) -> bool:
    """A paragraph or a line of a consent dialog: besides its paragraphs, the cookie categories its
    switches are labelled with ("Functional Cookies") and the consent framework's purposes ("Store
    and/or access information on a device"), which no article prints as a line of its own."""
    cookies = _names_cookies(text)
    if cookies and _opens_on_cookies(text):
        return True
    key = signals.normalise(text)
    # ... and a consent manager's cookie table: its header is a label, its rows have their own shape
    return bool(rules.CONSENT_LABEL.match(key) or rules.CONSENT_PURPOSE.match(key)
                or (cookies and _is_consent_table_row(text)))


_SPACE = re.compile(r"\s")
_MARKS = re.compile(r"\W*")


def _is_consent_table_row(text: str) -> bool:
    """rules.CONSENT_TABLE_ROW, tried from the first place a row's name can start. The pattern tries its
    name (up to CONSENT_ROW_NAME_MAX_CHARS characters, then a space) after every character of the
    marks that open a line: on a line of millions of pictographs, that many times over (a line of 3M
    emoji cost ~6 s). A name ends at a space, so none starts further than its length before the
    line's first space, and the marks before that start are skipped at once: the same yes or no."""
    space = _SPACE.search(text)
    if space is None:
        return False
    start = max(0, space.start() - rules.CONSENT_ROW_NAME_MAX_CHARS)
    if start and _MARKS.match(text, 0, start).end() < start:
        return False  # a word stands before the first place a name may start: no row opens so
    return rules.CONSENT_TABLE_ROW.match(text, start) is not None


def is_glued_links(text: str, words: int) -> bool:
    """A row of links a copy ran together ("Retirement NewsRetirement 101Types of Retirement
    Accounts..."): joints of a word and the next label's capital, one every few words, no
    sentence end, and no mark of code (whose camelCase names glue the same way)."""
    if words < rules.PROSE_LONG_WORDS or rules.SENTENCE_END.search(text):
        return False  # (only long lines pass for prose without a sentence end)
    joints = len(rules.REGION_GLUED_JOINT.findall(text))
    if joints < rules.REGION_GLUED_MIN_JOINTS or joints < rules.REGION_GLUED_MIN_JOINT_SHARE * words:
        return False
    return not rules.REGION_GLUED_CODE_MARKS.search(text)


def line_values(blocks: list[Block], *, toll_scale: float = 1.0) -> list[float]:
    """What every block is worth to the run, as `mark_zones` weighs it (the page read as a whole)."""
    return _values_and_prose(blocks, toll_scale).values


@dataclass(frozen=True, slots=True)
class Reading:
    """How the page was read: a prose article, or a structured page whose runs of
    repeating lines are its content (shown by --explain)."""

    structured: bool
    prose_words: int  # words in lines that read as prose
    words: int  # words on the page
    prose_mass: float  # what the prose lines are worth to a run
    runs: tuple[Run, ...]  # the runs of repeating line shapes, valued as content when structured
    run_prose_words: int = 0  # prose words in the page's best run (one passage holding them all: an article)


@dataclass(frozen=True, slots=True)
class Weighed:
    """The page's lines weighed once, for the run and for the region's end rules (by index)."""

    values: list[float]  # every line's value to the run
    prose: list[bool]  # whether the line reads as prose (a consent dialog's never does)
    reading: Reading  # how the page reads
    consent: set[int]  # the lines of a consent dialog, and a template's placeholders
    words: list[int]  # every line's word count, counted once here
    # the lines of the lists a paragraph announces (`_announced_lists`), at the short stretch's toll:
    # the run is carried on through them, never found on them (`_carried_through_lists`)
    carried: dict[int, float] = field(default_factory=dict)


def _values_and_prose(blocks: list[Block], toll_scale: float = 1.0) -> Weighed:
    """Every line's value to the run and whether it is prose, how the page reads, its consent lines,
    and every line's word count (counted once here, for the region's end rules too)."""
    # A listing (a browser copy's preformatted block, text/lines.py) counts no more words than a paragraph:
    # it carries the run on between the text's paragraphs, but a long one elsewhere (a configuration, a
    # licence) must not outweigh the article.
    words = [min(signals.word_count(block.text), rules.REGION_CODE_BLOCK_MAX_WORDS) if block.form is Form.CODE
             else signals.word_count(block.text) for block in blocks]
    # A consent dialog's paragraphs ("These cookies allow us to count visits ...") are no prose
    # of the page and worth nothing to a run: a copy that keeps the hidden dialog must not read
    # a listing as an article, nor end an article with it. So are a template's placeholders
    # ("Lorem ipsum dolor sit amet ..."), which a copy prints from a hidden box.
    consent = {i for i, block in enumerate(blocks) if is_consent_text(block.text) or rules.PLACEHOLDER_TEXT.match(block.text)} | link_rows(blocks, words)
    # A picker's options printed on one line (text/structure.py) are no line of the text: left out like a
    # consent dialog's, but weighed as before. (Read as no prose, or worth nothing to the run, they
    # moved the run off a held page's text in both renderings.)
    pickers = picker_rows(blocks, words)
    prose = [
        signals.is_prose(block.text, count) and i not in consent and not is_glued_links(block.text, count)
        for i, (block, count) in enumerate(zip(blocks, words))
    ]
    short_runs = _short_run_lengths(prose)
    # The furniture lines, asked once for both weighings of a structured page (the second cost a
    # hostile text of 50,000 lines a memo's look-up and a call a line again).
    unworthy = consent | {i for i, block in enumerate(blocks) if signals.boilerplate_reason(block.text)}
    values = _line_values(words, prose, short_runs, toll_scale, unworthy)
    reading = read_page(blocks, words, prose, values)
    if not reading.structured:
        # (a structured page's lighter toll below takes its lists in already)
        carried = {index: line_value(words[index], False, 1, toll_scale)
                   for index in _announced_lists(blocks, prose, short_runs) - unworthy}
        return Weighed(with_bridged_cards(blocks, words, prose, values), prose, reading, consent | pickers, words, carried)
    # A structured page's text is made of short lines: a lighter toll lets the run
    # take its lists and rows in, and the runs of repeating lines are worth something.
    lighter = _line_values(words, prose, short_runs, toll_scale * rules.STRUCTURED_TOLL_SCALE, unworthy)
    # ... except a long line that is not prose (a tag cloud, a list of places on one line): not a row.
    values = [
        value if not is_prose and count > rules.REGION_NON_PROSE_WORDS_CAP else light
        for value, light, is_prose, count in zip(values, lighter, prose, words)
    ]
    for run in reading.runs:
        worth = rules.STRUCTURED_RUN_VALUE.get(run.kind)
        if not worth:
            continue
        for index in range(run.start, run.end):
            if prose[index]:
                continue
            # A furniture phrase inside a run ("Add to cart", "In stock" on every card) is the
            # cards' own chrome: it must not break the run (the classifier still drops it).
            furniture = values[index] <= -rules.REGION_BOILERPLATE_COST
            values[index] = max(values[index], 0.0 if furniture else worth)
    return Weighed(values, prose, reading, consent | pickers, words)


def _line_values(
    words: list[int], prose: list[bool], short_runs: list[int], toll_scale: float, unworthy: set[int]
) -> list[float]:
    """Every line's value to the run (`line_value`); the furniture's and a consent dialog's lines (`unworthy`) cost."""
    values = [line_value(count, is_prose, run, toll_scale) for count, is_prose, run in zip(words, prose, short_runs)]
    for index in unworthy:
        values[index] = -rules.REGION_BOILERPLATE_COST
    return values


def read_page(blocks: list[Block], words: list[int], prose: list[bool], values: list[float]) -> Reading:
    """Prose article or structured page: decided on the page as a whole.

    A page is structured when most of its words stand in lines that are not
    prose (prose below STRUCTURED_MAX_PROSE_SHARE of the words: a product
    grid, a thread of short posts, a list of links, a code listing), or when
    its prose is worth little to any run (STRUCTURED_MAX_PROSE_MASS) and
    holds only a little more of the words (STRUCTURED_LOW_PROSE_SHARE).

    Except when nearly all of its prose stands in one run (STRUCTURED_ONE_RUN_SHARE of
    the prose words in the maximum-sum run, at least STRUCTURED_ONE_RUN_MIN_WORDS): a
    short article under a long menu of teaser titles is still an article, while a
    grid's, a thread's or a listing's prose is spread over many passages. A long grid
    of items (`holds_grid`) keeps its page structured whatever its one passage.
    """
    prose_words = sum(count for count, is_prose in zip(words, prose) if is_prose)
    # A line that is not prose counts no more words than it adds to a run: a tag
    # cloud of 200 names does not make an article's page a structured one.
    total = prose_words + sum(min(count, rules.REGION_NON_PROSE_WORDS_CAP) for count, is_prose in zip(words, prose) if not is_prose)
    mass = _prose_mass(values, prose)
    share = prose_words / total if total else 0.0
    structured = share < rules.STRUCTURED_MAX_PROSE_SHARE or (
        mass < rules.STRUCTURED_MAX_PROSE_MASS and share < rules.STRUCTURED_LOW_PROSE_SHARE
    )
    first, last = best_segment(values)
    in_run = sum(words[i] for i in range(first, last) if prose[i])
    one_run = in_run >= max(rules.STRUCTURED_ONE_RUN_MIN_WORDS, rules.STRUCTURED_ONE_RUN_SHARE * prose_words)
    if structured and one_run and not holds_grid(blocks, words, prose):
        structured = False
    if not structured and share < rules.STRUCTURED_LOW_PROSE_SHARE and _under_priced_grid(blocks, first):
        structured = True
    runs = tuple(structured_runs(blocks, words, prose)) if structured else ()
    return Reading(structured, prose_words, total, mass, runs, in_run)


def _under_priced_grid(blocks: list[Block], first: int) -> bool:
    """The best run stands in the page's last lines, under a grid of priced items: a shop's
    or a service's description printed below its products, not an article (rules.UNDER_GRID_*)."""
    if first < rules.UNDER_GRID_RUN_START * len(blocks):
        return False
    prices = sum(1 for block in blocks[:first] if price_rules.PRICE.search(block.text))
    return prices >= rules.UNDER_GRID_MIN_PRICES


def _prose_mass(values: list[float], prose: list[bool]) -> float:
    return sum(value for value, is_prose in zip(values, prose) if is_prose and value > 0)


def _announced_lists(blocks: list[Block], prose: list[bool], short_runs: list[int]) -> set[int]:
    """The lines of a stretch between paragraphs that the paragraph above announces by ending in a colon
    ("Supported platforms include:", "The program will output:"): the items of its list, which a copy
    prints without their bullets, or a program's output line by line, whatever their number (up to
    rules.ANNOUNCED_LIST_MAX_LINES). They only carry a run on (`_carried_through_lists`)."""
    listed: set[int] = set()
    index = 1
    while index < len(blocks):
        length = short_runs[index]
        if not (length and prose[index - 1]):
            index += 1
            continue
        if (length <= rules.ANNOUNCED_LIST_MAX_LINES
                and blocks[index - 1].text.rstrip().endswith(rules.ANNOUNCING_ENDS)):
            listed.update(range(index, index + length))
        index += length
    return listed


def _carried_through_lists(values: list[float], carried: dict[int, float], repeats: set[int], end: int) -> int:
    """The run's end carried on past the announced lists under it (`Weighed.carried`, their lines at the
    short stretch's toll) as far as the text beyond them pays for them. The run is found without that
    toll and only its end moves: found with it, a list announced above the text moved the run's start
    and its head (the headline, the date line) on some pages."""
    if not carried or end >= len(values) or not any(end <= index for index in carried):
        return end
    gains = (values[index] if index in repeats else carried.get(index, values[index]) for index in range(end, len(values)))
    return paying_reach(gains, end, +1)


def _short_run_lengths(prose: list[bool]) -> list[int]:
    """For each line, the length of the stretch of non-prose lines it stands in.

    0 for prose lines and for stretches not closed by prose on both sides:
    short lines before the first or after the last paragraph are not
    headings of the text.
    """
    runs = [0] * len(prose)
    start = 0
    for index in range(len(prose) + 1):
        if index == len(prose) or prose[index]:
            if start > 0 and index < len(prose):
                for inner in range(start, index):
                    runs[inner] = index - start
            start = index + 1
    return runs


@dataclass(slots=True)
class TextRegion:
    """Where the article was found in the lines, and why: the facts --explain shows."""

    reading: Reading
    run: tuple[int, int] = (0, 0)  # the maximum-sum run, widened
    start: int = 0  # the article text: lines [start, end)
    end: int = 0
    headline: int | None = None

    def summary(self) -> list[str]:
        reading = self.reading
        share = reading.prose_words / reading.words if reading.words else 0.0
        kind = "structured page" if reading.structured else "prose article"
        lines = [f"page read as: {kind} (prose: {reading.prose_words} of {reading.words} words, {share:.0%}; "
                 f"worth {reading.prose_mass:.0f} to a run; {reading.run_prose_words} prose words in its best run)"]
        for run in reading.runs:
            lines.append(f"  run of {run.kind}: lines {run.start}-{run.end - 1}")
        first, last = self.run
        lines.append(f"best run: lines {first}-{last - 1}" if first < last else "best run: none (no line pays its way)")
        if first < last:
            lines.append(f"article text: lines {self.start}-{self.end - 1}")
        lines.append(f"headline: line {self.headline}" if self.headline is not None else "headline: none chosen here")
        return lines


def mark_zones(blocks: list[Block], *, toll_scale: float = 1.0, widen: bool = True) -> list[Block]:
    """Zone every block: MAIN for the article run, HEAD just above it, OUTSIDE elsewhere."""
    find_region(blocks, toll_scale=toll_scale, widen=widen)
    return blocks


def find_region(blocks: list[Block], *, toll_scale: float = 1.0, widen: bool = True) -> TextRegion:
    """Zone every block around the article run, and say how it was found.

    `toll_scale` and `widen` carry the user's favour (rules.REGION_FAVOR):
    a heavier toll and no widening keep the run tight, a lighter toll lets
    it take in more of the page.
    """
    weighed = _values_and_prose(blocks, toll_scale)
    values, prose, words = weighed.values, weighed.prose, weighed.words
    region = TextRegion(weighed.reading)
    repeats = repeated_lines(blocks)
    for index in repeats:
        values[index] = -rules.REGION_BOILERPLATE_COST
    start, end = best_segment(values)
    end = _carried_through_lists(values, weighed.carried, repeats, end)
    core = start  # before widening: the prose the run was found on
    if widen:
        start, end = extend_segment(values, start, end, prose)
    if start == end:
        return region  # no prose anywhere: leave everything to the classifier
    region.run = (start, end)
    end = labelled_end = end_matter_start(blocks, start, end, opening_labels=True, structured=weighed.reading.structured)
    # A structured page's dated cards carry their action line too ("Read full story",
    # "Reply"): left out as each card's chrome, and other stories' teaser cards under
    # its own text end it too (when that outweighs them). The form rule stays with
    # prose articles: on structured pages it cost the held half (run.py text, session 9).
    # The date lines, asked once: the thread looks above the run's start for an opening post,
    # the teaser cards a line above the core (`core` >= `start`) for the first card's title.
    dates = date_lines(blocks, max(0, start - rules.THREAD_OPENING_ABOVE_LINES), end)
    end, chrome = _before_comments(blocks, words, prose, dates, start, end)
    end = _before_said_comments(blocks, words, prose, dates, start, end)
    end = _before_comment_count(blocks, words, prose, start, end)
    if not weighed.reading.structured:
        end = _before_form(blocks, words, prose, start, legal_footer_start(blocks, words, start, end))
    else:
        end = _before_comment_form(blocks, words, start, footer_start(blocks, words, weighed.reading.runs, start, end))
    end = dialog_start(blocks, words, weighed.reading.runs, start, reviews_start(blocks, words, start, end))
    above_cards = _before_teaser_cards(blocks, words, prose, dates, core, end, weighed.reading.structured)
    if not weighed.reading.structured and above_cards < end:
        # Weighed again without the cards: a newsletter form over other stories' cards
        # that outweighed the article is the article's end once they are cut. (Without a
        # cut it would say the same: the lines above a form's first pair hold no pair.)
        above_cards = _before_form(blocks, words, prose, start, above_cards)
    end = above_cards
    if not weighed.reading.structured:
        end = _before_card_tail(blocks, words, prose, start, end)
    # The site's last words over the text: its footer's menu, its fine print (text/structure.py).
    end = footer_menu_start(blocks, words, prose, start, end)
    end = fine_print_start(blocks, words, prose, start, end)
    end = _before_closing_lines(blocks, words, prose, weighed.reading.structured, start, end)
    if end < labelled_end:
        end = _end_matter_again(blocks, weighed.reading.structured, start, end)
    head_start = max(0, start - rules.HEAD_LOOKBACK_LINES)
    left_out = _left_out(blocks, weighed, repeats, chrome, head_start, start, end)
    _mark_consent(blocks, weighed.consent | _site_lines_in_run(blocks, start, end))
    place_in_zones(blocks, start, end, head_start, left_out)
    region.headline, region.start = _headline_and_start(blocks, weighed.reading, start, end, left_out)
    region.start = _moved_start(blocks, weighed, repeats, region.headline, (region.start, end, head_start), left_out)
    region.end = end
    return region


def _end_matter_again(blocks: list[Block], structured: bool, start: int, end: int) -> int:
    """End matter asked for again at an end the other end rules found, above the run's (at the run's
    end, the first asking said it all). The site's closing invitation ("download our apps for iOS and
    Android") stood above a comment form or a share bar, not last in the run. On a structured page, so
    does a label ("You may also like", "Recommended articles") that lost at the run's end to the prose
    a copy prints after the footer (a widget's, a modal's paragraphs), which the copyright line's rule
    (`footer_start`) cut off: wcxb fit, raw text, lesraffineurs.com, topuniversities.com. (Asked again
    on prose articles too, the labels moved 6 fit and 5 held wcxb articles, most of them up, but lost a
    `with` snippet on 2 held traf-dev pages.) So does a plea for money over reader comments, whose
    prose outweighed what the plea may leave below it (wcxb fit, raw text: idiallo.com)."""
    if structured:
        return end_matter_start(blocks, start, end, opening_labels=True, structured=True)
    return closing_promo_start(blocks, start, support_appeal_start(blocks, start, end))


def _before_closing_lines(blocks: list[Block], words: list[int], prose: list[bool], structured: bool, start: int, end: int) -> int:
    """The end rules that read the text's last lines, in turn: the site's menu printed again, a link to the neighbouring post, an author's box, the author's tagline,
    the writer's greeting box, a bar of furniture, a tag list's label with no prose under it, and on a prose article a far island of prose under a stretch of short lines,
    then other stories' cards again: cards over an author's box or a bar stood too far from the
    run's end for their first asking (`_before_card_tail`, in find_region)."""
    if not structured:  # (a shop's or a listing's grid prints its menu's categories again as its own)
        end = _before_menu_again(blocks, words, prose, start, end)
    end = _before_post_link(blocks, words, prose, start, end)
    end = _before_author_archive(blocks, words, prose, start, end)
    end = _before_author_box(blocks, words, prose, start, end)
    end = _before_author_tagline(blocks, words, prose, start, end)
    end = _before_greeting_box(blocks, words, prose, start, end)
    end = _before_tag_list(blocks, words, prose, start, _before_furniture_bar(blocks, words, prose, start, end))
    if structured:
        return end
    return _before_card_tail(blocks, words, prose, start, _before_far_island(blocks, words, prose, start, end))


def _mark_consent(blocks: list[Block], consent: set[int]) -> None:
    """A consent dialog's line is the site's wherever it stands: above the run too, where the head
    would offer it as the headline (a cookie table's header, "Cookie Duration Description") or keep
    it as the text's first lines (the table's rows). The lines `_site_lines_in_run` finds, in the run
    only, are marked here too."""
    for index in consent:
        if blocks[index].hint is None:
            blocks[index].hint = Kind.BOILERPLATE


def _site_lines_in_run(blocks: list[Block], start: int, end: int) -> set[int]:
    """The run's lines that are the site's whatever their weight: glued furniture, a forum post's bars,
    a thread's reply subjects, a list's links to all of it (each marked in the run only)."""
    return (_glued_furniture(blocks, start, end) | _post_bars(blocks, start, end) | _reply_subjects(blocks, start, end)
            | _whole_list_links(blocks, start, end))


def _whole_list_links(blocks: list[Block], start: int, end: int) -> set[int]:
    """The run's lines that link to a whole list, its name or count after the control ("See all 12
    reviews", "View all products", "See all fashion >>": vocabulary.links_to_whole_list), marked as
    the site's as the glued lines are. Wcxb fit, raw text: kept in the run against the truth on 18 sites
    (accenture, amazon, clickup, digitalocean, github.blog, loom, mailchimp, stripe ...), in the truth
    on 3. Only in the run and left weighed as any short line: read as furniture wherever it stood, the
    line moved the run and its head (a held headline lost)."""
    return {index for index, block in enumerate(blocks[start:end], start)
            if block.form is not Form.CODE and vocabulary.links_to_whole_list(signals.normalise(block.text))}


def _glued_furniture(blocks: list[Block], start: int, end: int) -> set[int]:
    """The run's lines glued from furniture pieces ("Share onFacebook": signals.glued_furniture_reason),
    marked as the site's like a consent dialog's: the classifier's furniture test asks each line whole.
    The run is found as before (they weigh as any short line). Only in the run: marked above it too,
    they moved the head's headline and with it the text's start (fit up, held body down in sum)."""
    return {index for index, block in enumerate(blocks[start:end], start)
            if block.form is not Form.CODE and signals.boilerplate_reason(block.text) is None
            and signals.glued_furniture_reason(block.text) is not None}


# _post_bars and _reply_subjects call their patterns by name (`rules.X.match`), not through one shared
# finder: tests/test_attack reads the call sites to know a pattern is used anchored only; the openings
# ("[\W_]*...") are linear under match() and not under a search.
def _post_bars(blocks: list[Block], start: int, end: int) -> set[int]:
    """The run's lines that are a forum post's edit stamp or its reactions bar (rules.FORUM_POST_BAR),
    marked as the site's like a consent dialog's. Only in the run, as the glued lines are: the run and
    its head are found as before (they weigh as any short line)."""
    return {index for index, block in enumerate(blocks[start:end], start)
            if rules.FORUM_POST_BAR_OPENING.match(block.text) and block.form is not Form.CODE
            and rules.FORUM_POST_BAR.match(signals.normalise(block.text))}


def _reply_subjects(blocks: list[Block], start: int, end: int) -> set[int]:
    """The run's reply subject lines ("Re: <the topic's title>", rules.FORUM_REPLY_SUBJECT) when it holds
    a thread of them (rules.FORUM_REPLY_SUBJECT_MIN_LINES), marked as the site's as `_post_bars` are."""
    subjects = {index for index, block in enumerate(blocks[start:end], start)
                if rules.FORUM_REPLY_SUBJECT_OPENING.match(block.text) and block.form is not Form.CODE
                and rules.FORUM_REPLY_SUBJECT.match(signals.normalise(block.text))}
    return subjects if len(subjects) >= rules.FORUM_REPLY_SUBJECT_MIN_LINES else set()


def _left_out(
    blocks: list[Block], weighed: Weighed, repeats: dict[int, int], chrome: set[int], head_start: int, start: int, end: int
) -> set[int]:
    """The lines of the text [start, end) that are not the article's."""
    # A repeat is dropped when its first printing is the article's too (a caption
    # printed twice); a line first printed in a menu may be the article's own.
    left_out = {index for index, first in repeats.items() if start <= index < end and first >= head_start}
    left_out |= {index for index in chrome if index < end}
    # Under the run's first paragraph: the head's lines above it are the headline's to choose from.
    left_out |= printed_twice_in_a_row(blocks, next((i for i in range(start, end) if weighed.prose[i]), start), end)
    # A consent dialog the run took in (a structured page's rows around it) is no text of it, nor
    # a sign-up box's consent sentence ("By signing up, I agree to the Terms"). (Left out, not
    # weighed as a dialog's line: the run it stands in is the same, and so its widening.)
    left_out |= {index for index in weighed.consent if start <= index < end}
    left_out |= _signup_boxes(blocks, weighed.words, weighed.prose, start, end)
    left_out |= member_boxes(blocks, weighed.words, weighed.prose, start, end)
    left_out |= _read_also_teasers(blocks, weighed.words, weighed.prose, start, end)
    left_out |= post_numbers(blocks, start, end) | comment_signatures(blocks, start, end)
    left_out |= bare_figures(blocks, start, end)
    return left_out


def _read_also_teasers(blocks: list[Block], words: list[int], prose: list[bool], start: int, end: int) -> set[int]:
    """Other stories' teasers set between the article's paragraphs: a label naming them on its own
    line (`_names_read_also`: "Lue myös:", "Related") right under a paragraph, one to
    READ_ALSO_TITLES_MAX lines that are no sentence under it, one of them a title (headline-shaped,
    READ_ALSO_TITLE_MIN_WORDS words or more), and a paragraph again right under them, or the text's
    end; a label printed once in the text. A copy loses the links that tell them in HTML: the
    label and the prose around them tell."""
    labels = {i: signals.normalise(blocks[i].text) for i in range(start + 1, end - 1)
              if prose[i - 1] and not prose[i] and 0 < words[i] <= rules.READ_ALSO_LABEL_MAX_WORDS}
    printed = Counter(labels.values())
    teasers: set[int] = set()
    for index, key in labels.items():
        # A label printed again in the text is each card's button ("Read more" under every
        # excerpt of a listing), and the title under it the next card's: the listing's own.
        if printed[key] > 1 or not _names_read_also(key, blocks[index].text):
            continue
        after = index + 1
        while after < end and after - index <= rules.READ_ALSO_TITLES_MAX and not prose[after]:
            after += 1
        if after == index + 1 or (after < end and not prose[after]):
            continue  # (titles that run to the text's end are the last teasers: the end rules left them)
        if any(words[i] >= rules.READ_ALSO_TITLE_MIN_WORDS and signals.is_headline_shaped(blocks[i].text)
               for i in range(index + 1, after)):
            teasers.update(range(index, after))
    return teasers


def _names_read_also(key: str, text: str) -> bool:
    """Whether a label (normalised) names other articles to read: the related concept ("Related",
    "Mehr zum Thema"), or the read_also one introducing them with a colon or a question ("Lue
    myös:"); a bare "Read more" is a card's button."""
    if vocabulary.end_matter_concept(key) == "related":
        return True
    return text.rstrip().endswith((":", "?")) and vocabulary.furniture_line(key) == "read_also"


def _signup_boxes(blocks: list[Block], words: list[int], prose: list[bool], start: int, end: int) -> set[int]:
    """The sign-up boxes in the text [start, end): each consent sentence ("By signing up, I agree to
    the Terms"), the line that carries it on when a copy broke it (no sentence end, a lower-case
    line under it), and the box above it (`_signup_box`)."""
    boxes: set[int] = set()
    for index in range(start, end):
        if not _signup_sentence(signals.normalise(blocks[index].text), words[index]):
            continue
        boxes.update(range(_signup_box(words, prose, start, index), index + 1))
        carried = index + 1
        if carried < end and not rules.SENTENCE_END.search(blocks[index].text) and blocks[carried].text.lstrip()[:1].islower():
            boxes.add(carried)
    return boxes


def _signup_sentence(key: str, words: int) -> bool:
    """Whether a normalised line closes a sign-up box: its consent sentence, or its assurance
    ("You can unsubscribe at any time"), which a copy keeps where it lost the consent line."""
    if rules.CONSENT_SIGNUP.match(key):
        return True
    return words <= rules.SIGNUP_ASSURANCE_MAX_WORDS and rules.SIGNUP_ASSURANCE.search(key) is not None


def _signup_box(words: list[int], prose: list[bool], start: int, consent: int) -> int:
    """Where the sign-up box over a consent sentence begins: above it, its fields (short lines that
    are no sentence), its pitch (short sentences), its title (short lines that are no sentence);
    `consent` itself when the lines above do not have that shape (no pitch, or no title over it)."""
    index = consent - 1
    fields = 0
    while index > start and fields < rules.SIGNUP_BOX_MAX_FIELDS and not prose[index] and 0 < words[index] <= rules.SIGNUP_BOX_FIELD_MAX_WORDS:
        index, fields = index - 1, fields + 1
    pitches = 0
    while index > start and pitches < rules.SIGNUP_BOX_MAX_PITCHES and prose[index] and words[index] <= rules.SIGNUP_BOX_PITCH_MAX_WORDS:
        index, pitches = index - 1, pitches + 1
    top = consent
    titles = 0
    while pitches and index >= start and titles < rules.SIGNUP_BOX_MAX_TITLES and not prose[index] and 0 < words[index] <= rules.SIGNUP_BOX_TITLE_MAX_WORDS:
        top, index, titles = index, index - 1, titles + 1
    return top


def _headline_and_start(blocks: list[Block], reading: Reading, start: int, end: int, left_out: set[int]) -> tuple[int | None, int]:
    """The headline and the article's start (`place_headline`), but a structured page's start stays
    at the top of a run of cards or code it would move below: a title line under a grid's first
    cards does not make them its head (wcxb fit, raw text: kress.com, headphones.com, gymshark.com,
    chessbazaar.com, ifixit.com, rei.com lost their grids above a product's title). A list run does
    not hold the start: above a title it is as often a menu (skullcandy.com, arc.dev). A structured
    page's chooser weighs no sign-up prompt (classify.headline `prompts`): a prompt line there that
    loses the headline stays in its text (gymshark.com)."""
    headline, body_start = place_headline(blocks, start, end, left_out, prompts=not reading.structured)
    tops = [max(run.start, start) for run in reading.runs
            if rules.STRUCTURED_RUN_VALUE.get(run.kind) and run.start < body_start and run.end > start]
    if not tops or min(tops) >= body_start:
        return headline, body_start
    top = min(tops)
    place_in_zones(blocks, top, end, max(0, start - rules.HEAD_LOOKBACK_LINES), left_out)
    if headline is not None:
        blocks[headline].zone = Zone.HEAD  # the classifier reads it as the headline, as before
    return headline, top


def _before_comments(
    blocks: list[Block], words: list[int], prose: list[bool], dates: frozenset[int], start: int, end: int
) -> tuple[int, set[int]]:
    """End a prose article before the thread of comments under it.

    Only behind THREAD_MIN_PROSE_BEFORE words of prose, and only when the
    article outweighs the thread or the thread is one run of posts: a forum
    or Q&A page read as prose has a short first post above several runs of
    replies, and those are its content. Nor when the text opens with a post
    shaped like the thread's (a forum's opening post, however long): the
    replies are the page's content, not comments under it. A shorter text
    (END_MATTER_MIN_PROSE_BEFORE words) ends there too when the section's
    comments label stands at the thread's top and the text outweighs the
    thread: a forum prints no such label over its replies.

    Returns the end and, when the thread stays in the text, the posts' action
    lines ("Reply", "Quote"), which are left out: each post's chrome.
    """
    thread = find_thread(blocks, words, dates, start, end)
    if thread is None:
        return end, set()
    # The posts' action lines are their chrome, the opening post's (above the run) too.
    above = max(0, start - rules.THREAD_OPENING_ABOVE_LINES)
    chrome = {i for i in range(above, end) if signals.normalise(blocks[i].text) in thread.actions}
    if thread.opened_by_a_post:
        return end, chrome
    label = _comments_label(blocks, words, start, thread.start, end)
    top = thread.start if label is None else min(label, thread.start)  # the thread may take in lines above its label
    before = _prose_words(words, prose, start, top)
    outweighs = before >= _prose_words(words, prose, top, end)
    if before >= rules.THREAD_MIN_PROSE_BEFORE:
        return (top, set()) if thread.one_run or outweighs else (end, chrome)
    # A shorter text ends at its comments label only when it outweighs the thread under it.
    if label is not None and before >= rules.END_MATTER_MIN_PROSE_BEFORE and outweighs:
        return top, set()
    return end, chrome


def _comments_label(blocks: list[Block], words: list[int], start: int, top: int, end: int) -> int | None:
    """The comments label at a thread's top ("Comments", "12 Kommentare", glued "KomentarzeLiczba
    komentarzy: 6"): the first among the thread's header lines or the THREAD_LABEL_ABOVE_LINES above."""
    for index in range(max(start, top - rules.THREAD_LABEL_ABOVE_LINES), min(end, top + rules.THREAD_HEADER_MAX_LINES)):
        if words[index] <= rules.END_MATTER_LABEL_MAX_WORDS and _says_comments(blocks[index].text):
            return index
    return None


def _says_comments(text: str) -> bool:
    key = signals.normalise(text)
    if vocabulary.furniture_line(key) == "comments":
        return True
    # A label the copy glued to the words after it: its part before the first joint.
    head = rules.REGION_GLUED_JOINT.split(text, maxsplit=1)[0]
    return len(head) < len(text) and vocabulary.furniture_line(signals.normalise(head)) == "comments"


def _before_said_comments(
    blocks: list[Block], words: list[int], prose: list[bool], dates: frozenset[int], start: int, end: int
) -> int:
    """End a prose article at the first comment's header under it ("degski says:" over its stamp,
    text/structure.py `said_header_start`), behind END_MATTER_MIN_PROSE_BEFORE words of prose: a blog
    prints it only over its readers' comments, one comment as well as many."""
    header = said_header_start(blocks, words, dates, start, end)
    if header is None or _prose_words(words, prose, start, header) < rules.END_MATTER_MIN_PROSE_BEFORE:
        return end
    return header


def _before_comment_count(blocks: list[Block], words: list[int], prose: list[bool], start: int, end: int) -> int:
    """End a prose article at the heading of its comments that counts them and names the article
    by its title ("142 Antworten zu Würde des Lebens", "25 thoughts on “How to Grow a Lemon Tree”",
    "3 Gedanken zu „Need for Speed“"): a count, a few words, then a line the page printed above (the
    headline), whatever the language; behind END_MATTER_MIN_PROSE_BEFORE words of prose. The
    comments under it may outweigh the article (a class's essays posted as comments)."""
    first = next((i for i in range(start, end) if prose[i]), end)
    # (through the first prose line: a headline that is a sentence, "Das darf man sagen!", is one)
    head = range(max(0, start - rules.HEAD_LOOKBACK_LINES), min(first + 1, end))
    titles = {_title_key(blocks[i].text) for i in head if words[i] >= rules.COMMENT_COUNT_TITLE_MIN_WORDS}
    for index in range(first + 1, end):
        if words[index] <= rules.COMMENT_COUNT_MAX_WORDS and _counts_comments_on(blocks[index].text, titles):
            if _prose_words(words, prose, start, index) >= rules.END_MATTER_MIN_PROSE_BEFORE:
                return index
    return end


def _counts_comments_on(text: str, titles: set[str]) -> bool:
    """Whether a line is a count, one to COMMENT_COUNT_MAX_LABEL_WORDS words of letters alone
    ("thoughts on", not "min read:"), then one of `titles`."""
    tokens = text.split()
    if not tokens or not tokens[0].isdigit():
        return False
    for label in range(1, rules.COMMENT_COUNT_MAX_LABEL_WORDS + 1):
        if len(tokens) - 1 - label < rules.COMMENT_COUNT_TITLE_MIN_WORDS or not tokens[label].isalpha():
            return False
        if _title_key(" ".join(tokens[1 + label:])) in titles:
            return True
    return False


def _title_key(text: str) -> str:
    return signals.normalise(text).strip(rules.COMMENT_COUNT_QUOTES)


def _before_form(blocks: list[Block], words: list[int], prose: list[bool], start: int, end: int) -> int:
    """End a prose article before a form under it (a comment form: "Name *", "Email *").

    Required fields are short lines ending with an asterisk; two of them within
    FORM_WINDOW_LINES make a form. It ends the article behind
    END_MATTER_MIN_PROSE_BEFORE words of prose when less prose follows it than
    stands before it (a newsletter form mid-article does not), or whatever
    follows it when a comments label heads it, and takes in the lines just
    above it that end with an asterisk or are short labels ("Leave a Reply",
    "Required fields are marked *").
    """
    fields = [i for i in range(start, end) if _form_field(blocks[i].text, words[i])]
    first = _first_field_pair(fields)
    if first is None:
        # a newsletter box's one field: a required e-mail field alone
        first = next((i for i in fields if _email_field(blocks[i].text)), None)
    if first is None:
        return end
    field = first
    while first > start and (
        blocks[first - 1].text.rstrip().endswith("*")
        or (words[first - 1] <= rules.END_MATTER_LABEL_MAX_WORDS and not prose[first - 1])
    ):
        first -= 1
    before = _prose_words(words, prose, start, first)
    if before < rules.END_MATTER_MIN_PROSE_BEFORE:
        return end
    if _comment_form(blocks, first, field) or _prose_words(words, prose, first, end) < before:
        return first
    return end


def _first_field_pair(fields: list[int]) -> int | None:
    """The first of two form fields within FORM_WINDOW_LINES lines of each other: a form."""
    return next((a for a, b in zip(fields, fields[1:]) if b - a <= rules.FORM_WINDOW_LINES), None)


def _before_comment_form(blocks: list[Block], words: list[int], start: int, end: int) -> int:
    """End a structured page at the label of a comment form under its text ("Leave a comment" over
    "Name (required)", "Email (required)"): what follows is the comments and the site's.

    `_before_form` stays with prose articles (its walk up over short lines and its weighing of the
    prose on each side cost the held half on structured pages, session 9); here only a comments
    label (vocabulary.furniture_line) within FORM_WINDOW_LINES above the form's first field ends the
    text, at that label.
    """
    first = _first_field_pair([i for i in range(start, end) if _form_field(blocks[i].text, words[i])])
    if first is None:
        return end
    labels = [i for i in range(max(start + 1, first - rules.FORM_WINDOW_LINES), first)
              if vocabulary.furniture_line(signals.normalise(blocks[i].text)) == "comments"]
    return labels[0] if labels else end


def _form_field(text: str, words: int) -> bool:
    """A required field's label closes with an asterisk ("Name *"), and a form's hidden spam trap
    ("Δ", rules.FORM_TRAP_LINES) and a comment form's notice (rules.FORM_NOTICE_OPENINGS) are fields
    too; a label, a colon and a row of asterisks is a masked value ("Authorization: ***" in an HTTP
    request the article prints), not a form; a word in brackets marks a required field too ("Name
    (required)", rules.FORM_REQUIRED_MARK)."""
    if words <= rules.FORM_REQUIRED_MAX_WORDS and rules.FORM_REQUIRED_MARK.search(text):
        return True
    if words > rules.FORM_FIELD_MAX_WORDS:
        # a form's hidden spam trap or a comment form's own notice: only forms print them, however long
        if words > rules.FORM_NOTICE_MAX_WORDS:
            return False
        key = signals.normalise(text)
        return key.startswith(rules.FORM_NOTICE_OPENINGS) or (words <= rules.FORM_TRAP_MAX_WORDS and key in rules.FORM_TRAP_LINES)
    text = text.rstrip()
    if text.endswith("*"):
        return not rules.MASKED_VALUE.search(text)
    return signals.normalise(text) in rules.FORM_TRAP_LINES


def _email_field(text: str) -> bool:
    """Whether a required field's label ("Email Address *", "Votre adresse email*") asks for an
    e-mail address (rules.EMAIL_FIELD_LABELS)."""
    return signals.normalise(text.rstrip().rstrip("*")) in rules.EMAIL_FIELD_LABELS


def _comment_form(blocks: list[Block], first: int, field: int) -> bool:
    """Whether a comments label ("Leave a Reply") heads the form: what follows a comment form
    is the site's (its footer, a consent dialog) or the comments, never the article."""
    return any(vocabulary.furniture_line(signals.normalise(blocks[i].text)) == "comments" for i in range(first, field))


def _before_teaser_cards(blocks: list[Block], words: list[int], prose: list[bool], dates: frozenset[int], start: int, end: int,
                         structured: bool) -> int:
    """End a prose article before a list of dated teaser cards under it (other stories'), behind
    some prose of the run's own core (`start`, before widening: a consent box widened into is no article):
    TEASER_TAIL_MIN_PROSE_BEFORE words of it, or on a page read as a prose article (not `structured`)
    TEASER_CARDS_SHORT_ARTICLE_MIN_PROSE words that outweigh the cards' prose TEASER_CARDS_SHORT_ARTICLE_MIN_SHARE
    times over (a short news story over its site's latest news)."""
    cards = teaser_cards_start(blocks, words, prose, dates, start, end)
    if cards is None:
        return end
    cards = _first_card_above(blocks, words, prose, dates, start, end, cards)
    before = _prose_words(words, prose, start, cards)
    # As with a thread: the article outweighs the cards (a listing's cards are its content).
    after = _prose_words(words, prose, cards, end)
    if before < after:
        return end
    short_article = (not structured and before >= rules.TEASER_CARDS_SHORT_ARTICLE_MIN_PROSE
                     and before >= rules.TEASER_CARDS_SHORT_ARTICLE_MIN_SHARE * after)
    return cards if before >= rules.TEASER_TAIL_MIN_PROSE_BEFORE or short_article else end


def _first_card_above(blocks: list[Block], words: list[int], prose: list[bool], dates: frozenset[int], start: int, end: int,
                      mark: int) -> int:
    """Where the cards begin when their marks close them ("Read more", a date line under the blurb):
    the lines above the first mark are then the first card (a title over its blurb), as the lines
    between the first two marks are, and a short label just above them goes too ("Keep Reading").
    Where the marks open the cards (a section over each title), the article's last lines stand
    above the first: they seldom end in a title over a blurb no longer than the cards' blurbs."""
    marks = _marks_like(blocks, dates, mark, end)
    if len(marks) < 2:
        return mark
    card = range(marks[0] + 1, marks[1])
    first = mark - len(card)
    longest = max((words[i] for i in range(mark, marks[-1]) if prose[i]), default=0)
    if first <= start or not _card_like(blocks, words, prose, card, range(first, mark), longest):
        return mark
    above = first - 1
    if above > start and not prose[above] and words[above] <= rules.END_MATTER_LABEL_MAX_WORDS:
        return above
    return first


def _marks_like(blocks: list[Block], dates: frozenset[int], mark: int, end: int) -> list[int]:
    """The marks of a chain from `mark` on: lines like it (both date lines, or the same line figures
    aside), each within TEASER_CARD_MAX_LINES of the one before."""
    def kind(index: int) -> str:
        return "date" if index in dates else figures_blanked(blocks[index].text)

    marks = [mark]
    while True:
        after = marks[-1] + 1
        following = next((i for i in range(after, min(end, after + rules.TEASER_CARD_MAX_LINES)) if kind(i) == kind(mark)), None)
        if following is None:
            return marks
        marks.append(following)


def _card_like(blocks: list[Block], words: list[int], prose: list[bool], card: range, lines: range, longest: int) -> bool:
    """Whether `lines` hold a card shaped as `card` does, line for line: a card's title where it has
    one, and where it has a paragraph a blurb no longer than TEASER_CARD_FIRST_BLURB_SLACK times the
    `longest` of the cards' blurbs (their length varies a little, an article's last paragraph more)."""
    if not card:
        return False
    for model, index in zip(card, lines):
        if prose[model] != prose[index] or (prose[index] and words[index] > rules.TEASER_CARD_FIRST_BLURB_SLACK * longest):
            return False
        if _card_title(blocks[model].text, words[model], prose[model]) and not _card_title(blocks[index].text, words[index], prose[index]):
            return False
    return True


def _before_card_tail(blocks: list[Block], words: list[int], prose: list[bool], start: int, end: int) -> int:
    """End a prose article before other stories' cards closing it that no date or recurring line
    marks (`_before_teaser_cards` asks for those): a title over a short blurb, card after card, the
    last within a few lines of the end (a newsletter's box may follow), fewer than half of them
    titled by a question (an FAQ's answers). Behind TEASER_TAIL_MIN_PROSE_BEFORE words of prose
    that outweigh the blurbs; a short label just above the first title ("Need More Advice?") goes
    with them."""
    for last in range(end - 1, max(start, end - rules.TEASER_CARD_MAX_LINES) - 1, -1):
        if not prose[last]:
            continue
        first, blurbs = _card_chain(blocks, words, prose, start, last)
        if first is None:
            continue
        above = first - 1
        if _card_action(blocks[above].text, words[above], prose[above]):
            return end  # cards of another shape above them: the article's own list (a roundup's)
        if above > start and not prose[above] and words[above] <= rules.END_MATTER_LABEL_MAX_WORDS:
            first = above
        before = _prose_words(words, prose, start, first)
        if before >= rules.TEASER_TAIL_MIN_PROSE_BEFORE and before >= blurbs:
            return first
        return end
    return end


def _card_chain(blocks: list[Block], words: list[int], prose: list[bool], start: int, blurb: int) -> tuple[int | None, int]:
    """The first title of a chain of cards whose last blurb is `blurb`, and the blurbs' words (see
    `_chain_of`): cards with at most one short line between them, or else fewer cards that carry
    the same short lines each."""
    first, blurbs = _chain_of(blocks, words, prose, start, blurb, marked=False)
    return (first, blurbs) if first is not None else _chain_of(blocks, words, prose, start, blurb, marked=True)


def _chain_of(blocks: list[Block], words: list[int], prose: list[bool], start: int, blurb: int, *, marked: bool) -> tuple[int | None, int]:
    """The first title of a chain of cards whose last blurb is `blurb`, and the blurbs' words; None
    for fewer than TEASER_CARDS_MIN cards, or titles mostly questions or short (see _before_card_tail).
    A card's title may be printed twice over its blurb (the picture's link and the title's), and a
    short line may close each card ("Read more") or open the next (its section). `marked`: up to
    TEASER_CARD_MARK_MAX_LINES such lines, the same over every card (`_marked_alike`), and
    TEASER_CARDS_MIN_MARKED cards will do; when every blurb is cut short (rules.CUT_BLURB: other
    pages' openings), TEASER_CARDS_MIN_CUT_OFF cards."""
    first, cards, blurbs, questions, titles, cut = None, 0, 0, 0, 0, 0
    marks: list[tuple[str, ...]] = []
    while blurb - 1 > start and _card_blurb(blocks[blurb].text, words[blurb], prose[blurb]):
        title = blurb - 1
        if title - 1 > start and signals.normalise(blocks[title].text) == signals.normalise(blocks[title - 1].text):
            title -= 1
        if not _card_title(blocks[title].text, words[title], prose[title]):
            break
        first, cards, blurbs, titles = title, cards + 1, blurbs + words[blurb], titles + words[title]
        questions += blocks[title].text.rstrip().endswith("?")
        cut += rules.CUT_BLURB.search(blocks[blurb].text) is not None
        blurb = title - 1
        above = []
        while (len(above) < (rules.TEASER_CARD_MARK_MAX_LINES if marked else 1) and blurb - 1 > start and not prose[blurb]
               and words[blurb] <= rules.TEASER_CARD_ACTION_MAX_WORDS):
            above.append(figures_blanked(blocks[blurb].text))
            blurb -= 1  # an action line ("Read more") or the next card's section
        marks.append(tuple(above))
    if marked and not _marked_alike(marks):
        return None, 0
    least = rules.TEASER_CARDS_MIN_MARKED if marked else rules.TEASER_CARDS_MIN
    if cut == cards:  # every blurb cut short: other pages' openings
        least = min(least, rules.TEASER_CARDS_MIN_CUT_OFF)
    # Cards titled by questions are an FAQ's answers, by a word or two the article's sections.
    if cards < least or questions * 2 >= cards or titles < rules.TEASER_CARD_TITLE_MIN_WORDS * cards:
        return None, 0
    return first, blurbs


def _marked_alike(marks: list[tuple[str, ...]]) -> bool:
    """Whether every card carries the same short lines over its title, numbers aside ("12 Likes",
    "Wildlife"): a site's card template, printed card after card, where an article's sections
    carry no such lines. The topmost card's lines may be fewer (the article's last line above it)."""
    return bool(marks) and bool(marks[0]) and all(mark == marks[0] for mark in marks[1:-1]) and marks[-1] == marks[0][: len(marks[-1])]


def _card_blurb(text: str, words: int, prose: bool) -> bool:
    """A card's blurb: a paragraph of at most TEASER_CARD_BLURB_MAX_WORDS words, or a sentence its card
    printed without a full stop ("Our list of trail-tested sleeping bags will help you ... to winter"):
    TEASER_CARD_LOOSE_BLURB_MIN_WORDS words or more in sentence case (rules.TEASER_CARD_LOOSE_BLURB_MAX_TITLE_SHARE),
    longer than a title (a title in Title Case, or of a few words, is the next card's)."""
    if words > rules.TEASER_CARD_BLURB_MAX_WORDS:
        return False
    return prose or (words >= rules.TEASER_CARD_LOOSE_BLURB_MIN_WORDS
                     and signals.title_case_share(text) <= rules.TEASER_CARD_LOOSE_BLURB_MAX_TITLE_SHARE)


def _card_title(text: str, words: int, prose: bool) -> bool:
    """A card's title: a headline-shaped line that is no sentence, nor a picture's credit."""
    return (not prose and words >= rules.STRUCTURE_TITLE_WORDS and signals.is_headline_shaped(text)
            and signals.split_credit(text)[1] is None)


def _card_action(text: str, words: int, prose: bool) -> bool:
    """A card's action line: a short line of furniture ("Continue Reading")."""
    return not prose and words <= rules.TEASER_CARD_ACTION_MAX_WORDS and bool(signals.boilerplate_reason(text))


def _before_author_box(blocks: list[Block], words: list[int], prose: list[bool], start: int, end: int) -> int:
    """End a prose article before the author boxes closing it (`_author_box_above`), asked again above
    each box found: a site may stack its author's box over a tester's or an editor's, each a name over
    a bio (wcxb fit, raw text: tasteofhome.com's "AUTHOR" / "Emily Way" / bio / "TESTER" / "Katie
    Bandurski" / bio / "TESTER" / "Mary Henn" / bio, where only the last box was cut). Above a box, only
    a box under a byline's label alone ("AUTHOR", `_labelled_name`) is asked for: a profile over the box
    found may be the text's last item (asked for any box again, a held page dropped, run.py text). At
    most AUTHOR_BOX_MAX_STACKED boxes: each asking weighs the prose above it again."""
    box = _author_box_above(blocks, words, prose, start, end)
    for _ in range(rules.AUTHOR_BOX_MAX_STACKED - 1):
        if box == end:
            break
        end, box = box, _author_box_above(blocks, words, prose, start, box, labelled_only=True)
    return box


def _author_box_above(blocks: list[Block], words: list[int], prose: list[bool], start: int, end: int, *,
                      labelled_only: bool = False) -> int:
    """End a prose article before the author box closing it: a short line ending with a name
    ("About Sara Harberson", "Written by Cassidy Horton", "Kelia Losa Reinoso") over a paragraph
    that opens with that name ("Sara Harberson is the founder of ..."), maybe with the author's
    job between them ("Contributing Writer"), when the byline above the text names the author
    too (a list's last item, "Hex Technologies", is named only there) or, under a label opening with
    the name, the bio says a writer's job (`_writers_box`: a byline may stand where the head's window
    does not reach, or nowhere) or is the text's last paragraph and its lone profile (`_closing_lone_box`),
    or a person's name stands over the text's only bio in the first person (`_lone_introduction`), or a
    byline's label alone stands over the name (`_labelled_name`: the bio need not open with the name), and
    the box is the last of the text's prose but for a little (END_MATTER_MAX_PROSE_AFTER_SHARE of what
    stands before it: a site's promotion, a newsletter's sentence). A byline's label alone over the box's
    name goes with it (`_box_top`). `labelled_only`: only a box under such a label is one.
    """
    after = 0
    introduced = False  # a name over a first-person bio seen already: the first one from the end is the only candidate
    printed: dict[str, tuple[int, int]] = {}  # (`_labelled_name`)
    for index in range(end - 2, start, -1):
        bio = _bio_under(words, prose, index, end)
        if bio is None:
            continue
        name = _bio_name(blocks[index].text, blocks[bio].text) if words[index] <= rules.AUTHOR_BOX_LABEL_MAX_WORDS else None
        labelled = _labelled_name(blocks, words, index, (start, end), printed)
        if labelled_only and not labelled:
            if bio == index + 1:
                after += words[bio]
            continue
        if name is None and not labelled:
            intro = _self_introduced(blocks[index].text, blocks[bio].text)
            # (under it at most as much prose as the bio holds: a post in the first person goes on after a heading)
            box = (intro and not introduced and _prose_words(words, prose, bio + 1, end) <= words[bio]
                   and _lone_introduction(blocks, words, prose, index, start, end))
            introduced |= intro
            if not box:
                if bio == index + 1:
                    after += words[bio]
                continue
        if bio > index + 1:
            after -= words[bio]  # counted as prose after a box when its job line was weighed
        if name is not None and not labelled and not (
                _named_in_head(blocks, words, prose, start, end, name) or _writers_box(blocks[index].text, blocks[bio].text, name)
                or _closing_lone_box(blocks, words, prose, (index, bio), start, end, name)):
            after += words[bio]
            continue
        top = _box_top(blocks, index, start)
        before = _prose_words(words, prose, start, top)
        if before >= rules.END_MATTER_MIN_PROSE_BEFORE and after <= rules.END_MATTER_MAX_PROSE_AFTER_SHARE * before:
            return top
        return end
    return end


def _labelled_name(blocks: list[Block], words: list[int], index: int, span: tuple[int, int], printed: dict[str, tuple[int, int]]) -> bool:
    """Whether a box's name line stands under a byline's label alone ("AUTOR" / "Dr. Thomas Schulte" /
    "ist Gründungspartner der Kanzlei ...", "AUTHOR" / "Emily Way" / "As Taste of Home's shopping editor,
    Emily ..."): the label says whose box it is, and the bio under the name may open anyhow (traf-dev fit,
    raw text: cnet.de; wcxb fit: tasteofhome.com). A label printed once in the text `span`: see below
    (`printed`: the span's first and last printings, filled on first need)."""
    start, end = span
    if not (index - 1 > start and words[index] <= rules.AUTHOR_BOX_LABEL_MAX_WORDS and _is_byline_label(blocks[index - 1].text)
            and signals.is_person_name(blocks[index].text.strip())):
        return False
    # A label printed again above signs each of a listing's records ("Reported by:" over every cost
    # report, electricians.promatcher.com): the records' name, not an author's box. (Where each line is
    # first printed is found once a call, for the first such label: a text of thousands of records
    # would scan itself for each.)
    if not printed:
        printed.update(_first_and_last_printing(blocks, start, end))
    return printed[signals.normalise(blocks[index - 1].text)][0] == index - 1


def _box_top(blocks: list[Block], index: int, start: int) -> int:
    """The first line of an author's box whose name stands at `index`: a byline's label alone above it
    ("Written By" / "Reyan Perumal" / "Reyan Perumal is a content writer ...") is the box's, not the
    text's last line (wcxb fit, raw text: shorelight.com, agencyanalytics.com, arc.dev,
    websitebuilderexpert.com ended the text under the label)."""
    return index - 1 if index - 1 > start and _is_byline_label(blocks[index - 1].text) else index


def _is_byline_label(text: str) -> bool:
    """A byline's label alone ("By", "Written by:", "Autor"), the vocabulary's byline_label concept."""
    return signals.normalise(text).rstrip(":").strip() in vocabulary.BYLINE_LABELS


def _closing_lone_box(blocks: list[Block], words: list[int], prose: list[bool], box: tuple[int, int], start: int, end: int,
                      name: str) -> bool:
    """Whether a box no byline names is still the author's: its label opens with the name (`_opens_with_name`),
    its bio is the text's last paragraph and speaks of a person
    (rules.BIO_PERSON_PRONOUN), and it is the text's only such box: a team page's or a roundup's
    profiles, a name over a bio each, are the text."""
    label, bio = box
    if not _opens_with_name(blocks[label].text, name) or any(prose[bio + 1:end]):
        return False
    if rules.BIO_PERSON_PRONOUN.search(blocks[bio].text) is None:
        return False  # a company's or a place's description closing a list (rules.BIO_PERSON_PRONOUNS)
    return not any((other := _bio_under(words, prose, index, label)) is not None and _profile(blocks[index].text, blocks[other].text)
                   for index in range(start, label - 1))


def _self_introduced(label: str, bio: str) -> bool:
    """Whether a person's name stands over a bio in the first person ("Stephen Jesudunsin" / "I'm Stephen, a
    content writer at ...", rules.SELF_INTRODUCTION)."""
    return rules.SELF_INTRODUCTION.match(bio.lstrip()) is not None and signals.is_person_name(label.strip())


def _lone_introduction(blocks: list[Block], words: list[int], prose: list[bool], label: int, start: int, end: int) -> bool:
    """Whether a name over a first-person bio (`_self_introduced`) is the text's only one: the author's box,
    where a team's members introducing themselves are the page's text. (Only first-person profiles count:
    a roundup's entries describe their companies in the third person.)"""
    return not any(index != label and (other := _bio_under(words, prose, index, end)) is not None
                   and _self_introduced(blocks[index].text, blocks[other].text) for index in range(start, end - 1))


def _profile(label: str, bio: str) -> bool:
    """Whether a line is a person's name and the paragraph under it opens with the name's first word and,
    within AUTHOR_TAGLINE_NAME_MAX_WORDS words, a copula ("Jane Doe" / "Jane is our head of ..."): a
    profile (a heading's words opening its paragraph, "Plan the Route" / "Plan the route early", are none)."""
    name, opening = label.split(), bio.split(maxsplit=rules.AUTHOR_TAGLINE_NAME_MAX_WORDS + 1)
    return (bool(name) and opening[:1] == name[:1] and signals.is_person_name(label.strip())
            and any(word in rules.AUTHOR_TAGLINE_COPULA for word in opening[1:rules.AUTHOR_TAGLINE_NAME_MAX_WORDS + 1]))


def _writers_box(label: str, bio: str, name: str) -> bool:
    """Whether a box no byline names is still the writer's: the label opens with the name, maybe after a
    byline's label (`_opens_with_name`), and the bio says a writer's job (rules.WRITER_ROLE)."""
    return _opens_with_name(label, name) and rules.WRITER_ROLE.search(bio) is not None


def _opens_with_name(label: str, name: str) -> bool:
    """Whether a box's label opens with the name, or with a byline's label and the name ("Written by:
    Cassidy Horton"): a byline past the text's last paragraph signs it and the author is read there."""
    key, name = signals.normalise(label), name.casefold()
    at = key.find(name)
    return at == 0 or (at > 0 and _is_byline_label(key[:at]))


def _before_post_link(blocks: list[Block], words: list[int], prose: list[bool], start: int, end: int) -> int:
    """End a text at the blog's link to its previous or next post ("Next article: Go Wins 2010 Bossie
    Award", rules.POST_LINK_LINE; a pair of bare labels, `_opens_post_nav`, or of titles marked by
    arrows, `_opens_arrow_pair`): the first such short line behind END_MATTER_MIN_PROSE_BEFORE words of
    prose with little prose under it. What follows it is the site's: its menus, other posts, a comment form.

    Read upward from the end, only as far as the lines have little enough prose under them
    (`_upward_tail`): a text's tail, not all its lines.
    """
    total = _prose_words(words, prose, start, end)
    if total < rules.END_MATTER_MIN_PROSE_BEFORE:
        return end
    cut = end
    for index, before in _upward_tail(words, prose, start, end, total):
        if (before >= rules.END_MATTER_MIN_PROSE_BEFORE and words[index] <= rules.POST_LINK_MAX_WORDS
                and (rules.POST_LINK_LINE.match(blocks[index].text.lstrip()) or _opens_post_nav(blocks, prose, index, end)
                     or _opens_arrow_pair(blocks, words, prose, index, end))):
            cut = index
    return cut


def _upward_tail(words: list[int], prose: list[bool], start: int, end: int, total: int) -> Iterator[tuple[int, int]]:
    """The text's lines read upward from its end, each with the prose above it (`total`: the text's
    prose), as far as they have at most END_MATTER_MAX_PROSE_AFTER_SHARE of that under them. The prose
    under a line only grows going up and the prose above it only shrinks, so the first line past the
    share ends the reading."""
    after = 0
    for index in range(end - 1, start, -1):
        own = words[index] if prose[index] else 0
        before = total - after - own
        if after > rules.END_MATTER_MAX_PROSE_AFTER_SHARE * before:
            return
        yield index, before
        after += own


def _opens_post_nav(blocks: list[Block], prose: list[bool], index: int, end: int) -> bool:
    """Whether a bare label of the neighbouring posts ("Previous") opens a pair of them: another bare
    label ("Next") POST_NAV_PAIR_GAP lines under it, the title it links between, no sentence
    (rules.POST_LINK_BARE)."""
    pair = index + rules.POST_NAV_PAIR_GAP
    if pair >= end or prose[index + 1] or not rules.POST_LINK_BARE.match(blocks[index].text.strip()):
        return False
    other = blocks[pair].text.strip()
    return bool(rules.POST_LINK_BARE.match(other)) and signals.normalise(other) != signals.normalise(blocks[index].text)


def _before_menu_again(blocks: list[Block], words: list[int], prose: list[bool], start: int, end: int) -> int:
    """End a text at the site's menu printed again under it (rules.MENU_AGAIN_MIN_LINES): the first stretch
    of short lines, each printed above the text's head already and in that order, behind END_MATTER_MIN_PROSE_BEFORE
    words of prose with little prose under it. Read upward from the end, as far as the lines have little
    enough prose under them (`_upward_tail`)."""
    total = _prose_words(words, prose, start, end)
    if total < rules.END_MATTER_MIN_PROSE_BEFORE:
        return end
    tail = _menu_tail(blocks, words, prose, start, end, total)
    if not tail:
        return end  # no stretch of short lines long enough in the tail: the lines above are not read
    # Each short line above the text's head: where it is printed first. (The head's own lines, a forum's
    # opening post's member box, are printed again over each of the poster's replies in the text.)
    above: dict[str, int] = {}
    for index in range(max(0, start - rules.HEAD_LOOKBACK_LINES)):
        if 0 < words[index] <= rules.MENU_AGAIN_LINE_MAX_WORDS:
            above.setdefault(signals.normalise(blocks[index].text), index)
    cut, stretch, first_below = end, 0, start
    for index, short, before in tail:
        first = above.get(signals.normalise(blocks[index].text)) if short else None
        # read upward, each line of the stretch was printed above the run before the line under it (or is
        # that line again: a menu's line printed twice in a row)
        stretch = 0 if first is None else stretch + 1 if stretch and first <= first_below else 1
        first_below = start if first is None else first
        if stretch >= rules.MENU_AGAIN_MIN_LINES and before >= rules.END_MATTER_MIN_PROSE_BEFORE:
            cut = index
    return cut


def _menu_tail(blocks: list[Block], words: list[int], prose: list[bool], start: int, end: int,
               total: int) -> list[tuple[int, bool, int]]:
    """The text's last lines, read upward as far as they have little enough prose under them
    (`_upward_tail`): (index, whether it is a short line a menu may print, the prose above it), or []
    when no MENU_AGAIN_MIN_LINES such short lines stand in a row there (most texts: the page's lines
    above are then never read)."""
    tail: list[tuple[int, bool, int]] = []
    row = longest = 0
    for index, before in _upward_tail(words, prose, start, end, total):
        short = (not prose[index] and 0 < words[index] <= rules.MENU_AGAIN_LINE_MAX_WORDS
                 and not is_code_line(blocks[index].text))
        row = row + 1 if short else 0
        longest = max(longest, row)
        tail.append((index, short, before))
    return tail if longest >= rules.MENU_AGAIN_MIN_LINES else []


def _opens_arrow_pair(blocks: list[Block], words: list[int], prose: list[bool], index: int, end: int) -> bool:
    """Whether a line opens the neighbouring posts' links marked by arrows alone (rules.POST_NAV_BACK_MARK,
    POST_NAV_ON_MARK): a mark pointing back at its start, the line under it ending on a mark pointing on,
    each marked at that edge only, both short and no sentence."""
    below = index + 1
    if below >= end or prose[index] or prose[below] or words[below] > rules.POST_LINK_MAX_WORDS:
        return False
    back, on = blocks[index].text, blocks[below].text
    return (rules.POST_NAV_BACK_MARK.match(back) is not None and rules.POST_NAV_ON_MARK.search(on) is not None
            and rules.POST_NAV_ON_MARK.search(back) is None and rules.POST_NAV_BACK_MARK.match(on) is None)


def _before_author_archive(blocks: list[Block], words: list[int], prose: list[bool], start: int, end: int) -> int:
    """End a prose article at the link to its author's archive under the author's box ("Read more posts
    by Joe Kindness", "Mehr von Michael Rädel lesen"): the first short line naming more_from whose name
    is a name line just above it (rules.AUTHOR_ARCHIVE_NAME_LOOKBACK), behind END_MATTER_MIN_PROSE_BEFORE
    words of prose with little prose under it, weighed at the end found so far (reader comments cut
    off already). The box itself is kept: only what follows is the site's."""
    for index in range(start + 1, end):
        if words[index] > rules.END_MATTER_LABEL_MAX_WORDS or prose[index]:
            continue
        if vocabulary.end_matter_concept(signals.normalise(blocks[index].text)) != "more_from":
            continue
        if not _archive_of_name_above(blocks, index, start):
            continue
        before = _prose_words(words, prose, start, index)
        if before < rules.END_MATTER_MIN_PROSE_BEFORE:
            continue
        if _prose_words(words, prose, index + 1, end) <= rules.END_MATTER_MAX_PROSE_AFTER_SHARE * before:
            return index
    return end


def _archive_of_name_above(blocks: list[Block], index: int, start: int) -> bool:
    """Whether a line above `index` (within AUTHOR_ARCHIVE_NAME_LOOKBACK) is a name, of capitalised words
    only, that the line at `index` says after its label: the author the archive is of."""
    text = blocks[index].text.casefold()
    for above in range(max(start, index - rules.AUTHOR_ARCHIVE_NAME_LOOKBACK), index):
        name = blocks[above].text.strip()
        tokens = name.split()
        if not 0 < len(tokens) <= rules.AUTHOR_ARCHIVE_NAME_MAX_WORDS or not all(t[:1].isupper() for t in tokens):
            continue
        at = text.find(name.casefold())
        if at > 0 and not text[at - 1].isalnum():
            return True
    return False


def _before_author_tagline(blocks: list[Block], words: list[int], prose: list[bool], start: int, end: int) -> int:
    """End a prose article before the author's tagline closing it: its last line (below it only a
    few words: a handle, a link), short, opening with the byline's name and a copula ("Perry Bacon
    Jr. is a senior writer for FiveThirtyEight."), behind END_MATTER_MIN_PROSE_BEFORE words of prose."""
    last = end - 1
    while last > start and words[last] <= rules.AUTHOR_TAGLINE_TRAILING_MAX_WORDS:
        last -= 1
    if last <= start or words[last] > rules.AUTHOR_TAGLINE_MAX_WORDS:
        return end
    name = _tagline_name(blocks[last].text)
    if name is None or not _named_in_head(blocks, words, prose, start, end, name):
        return end
    return last if _prose_words(words, prose, start, last) >= rules.END_MATTER_MIN_PROSE_BEFORE else end


def _before_greeting_box(blocks: list[Block], words: list[int], prose: list[bool], start: int, end: int) -> int:
    """End a prose article before the writer's greeting box closing it ("Hi, I'm Chris!" / "I'm a Software
    Engineer ...", "Hey, I'm Jessica! Welcome to ..."): a line opening with a greeting and the writer's name
    (`_greets`), behind END_MATTER_MIN_PROSE_BEFORE words of prose, with at most END_MATTER_MAX_PROSE_AFTER_SHARE
    of that under it, other posts' blurbs aside (`_prose_after_box`). What follows it is the box's lines or the
    blog's sidebar: its search, other posts' cards. A curator's box with the article's sections under it
    stays (pcworld.com)."""
    for index in range(start + 1, end):
        if not _greets(blocks[index].text):
            continue
        before = _prose_words(words, prose, start, index)
        if (before >= rules.END_MATTER_MIN_PROSE_BEFORE
                and _prose_after_box(blocks, words, prose, index, end) <= rules.END_MATTER_MAX_PROSE_AFTER_SHARE * before):
            return index
    return end


def _prose_after_box(blocks: list[Block], words: list[int], prose: list[bool], box: int, end: int) -> int:
    """The prose words under a box's line, but for teasers' blurbs: a paragraph with its card's action line
    right under it ("Read more", `_card_action`) is another post's, in the sidebar the box opens."""
    return sum(words[i] for i in range(box + 1, end)
               if prose[i] and not (i + 1 < end and _card_action(blocks[i + 1].text, words[i + 1], prose[i + 1])))


def _greets(text: str) -> bool:
    """Whether a line opens with a greeting and the writer introducing themselves by name
    (rules.GREETING_INTRODUCTION; a capital after the introduction: a name, where a reader's
    comment goes on with a verb, "Hello, I am planning a trip")."""
    match = rules.GREETING_INTRODUCTION.match(text)
    return match is not None and text[match.end()].isupper()


def _tagline_name(text: str) -> str | None:
    """The name a tagline opens with: two to AUTHOR_TAGLINE_NAME_MAX_WORDS capitalised words (an
    initial, "Jr." among them) right before a copula ("Leah C. Stokes is ..."), else None."""
    tokens = text.split(maxsplit=rules.AUTHOR_TAGLINE_NAME_MAX_WORDS + 1)
    for count in range(2, min(len(tokens) - 1, rules.AUTHOR_TAGLINE_NAME_MAX_WORDS) + 1):
        if not tokens[count - 1][:1].isupper():
            return None
        if tokens[count] in rules.AUTHOR_TAGLINE_COPULA and tokens[0][:1].isupper():
            return " ".join(tokens[:count]).rstrip(",")
    return None


def _bio_under(words: list[int], prose: list[bool], index: int, end: int) -> int | None:
    """The paragraph that may be an author's bio under a name line: the next line, or the one after
    a short line between them that is no sentence (the author's job: "Contributing Writer")."""
    if prose[index + 1]:
        return index + 1
    if index + 2 < end and prose[index + 2] and words[index + 1] <= rules.AUTHOR_BOX_JOB_MAX_WORDS:
        return index + 2
    return None


def _before_furniture_bar(blocks: list[Block], words: list[int], prose: list[bool], start: int, end: int) -> int:
    """End a prose article before a bar of furniture lines under it (a share bar: "Share this:",
    "Facebook", "Twitter", "LinkedIn"): FURNITURE_BAR_MIN_LINES furniture lines in a row, behind
    END_MATTER_MIN_PROSE_BEFORE words of prose, when less prose follows it (FURNITURE_BAR_MAX_PROSE_AFTER_SHARE:
    what follows a share bar is the site's: tags, the author's box, related posts, comments), unless the bar is printed
    again across prose: a thread prints its bar under every post, the page's content (a bar
    printed twice in the site's end matter, with no prose between, is still one bar).

    Each stretch is weighed once, when it reaches its FURNITURE_BAR_MIN_LINES-th line, with
    running sums: a hostile text of 50,000 furniture lines costs one pass.
    """
    prose_before = [0]
    for index in range(start, end):
        prose_before.append(prose_before[-1] + (words[index] if prose[index] else 0))
    total = prose_before[-1]
    printed: dict[str, tuple[int, int]] | None = None
    stretch = 0
    for index in range(start, end):
        # A printed address is no control of a bar: a list of links to episodes is content.
        text = blocks[index].text
        stretch = stretch + 1 if "://" not in text and signals.boilerplate_reason(text) else 0
        if stretch != rules.FURNITURE_BAR_MIN_LINES:
            continue
        first = index - stretch + 1
        before = prose_before[first - start]
        if before < rules.END_MATTER_MIN_PROSE_BEFORE or total - before > rules.FURNITURE_BAR_MAX_PROSE_AFTER_SHARE * before:
            continue
        if printed is None:  # found once, for the first bar that could end the text
            printed = _first_and_last_printing(blocks, start, end)
        # Prose between the bar and its first or last printing: the bar stands under posts.
        spans = [printed[signals.normalise(blocks[i].text)] for i in range(first, index + 1)]
        if not any(prose_before[first - start] > prose_before[top + 1 - start] or prose_before[bottom - start] > prose_before[index + 1 - start]
                   for top, bottom in spans):
            return first
    return end


def _before_tag_list(blocks: list[Block], words: list[int], prose: list[bool], start: int, end: int) -> int:
    """End a prose article at the label of its tags ("Tags", "Schlagworte", "CATEGORIZED:", the
    vocabulary's tags concept) when no sentence of prose stands under it, behind
    END_MATTER_MIN_PROSE_BEFORE words of prose: the site's taxonomy and what it prints after it
    (its magazine's issue, other posts' titles) are no text. A label with prose under it is left:
    the article may go on after its topic links (a list of tags set mid-text, a reader's review).
    Read on structured pages too: a magazine's post read as one prints its issue's teasers, no
    sentences, under its tags. (wcxb fit, raw text: smartbitchestrashybooks.com "TAGGED:", ncsc.gov.uk
    "Topics", zappos.com "Category"; traf-dev fit: meininger.de "Schlagworte". Under the label on
    fischundfang.de and classcentral.com the text goes on in prose: left whole.) A line of the label with
    its tags, which the classifier drops (`is_tag_line`), ends it the same way, with the furniture under it
    (wcxb fit fieldedge.com; traf-dev fit anchor.ch, antary.de, dubisthalle.de, bibliothek2null.de)."""
    cut = end
    index = end - 1
    while index > start and not prose[index]:  # (only the lines under the last paragraph are read)
        if _names_tags(blocks[index].text, words[index]):
            cut = index
        index -= 1
    if cut < end and _prose_words(words, prose, start, cut) >= rules.END_MATTER_MIN_PROSE_BEFORE:
        return cut
    return end


def _names_tags(text: str, words: int) -> bool:
    """Whether a line is a tag list's label alone ("Tags:", "Schlagwörter"), its colon aside, or the
    label with its tags ("Filed Under: Arts, Visual Art", "Schlagwörter: MDR", classify.lines)."""
    if 0 < words <= rules.END_MATTER_LABEL_MAX_WORDS and vocabulary.says_furniture(signals.normalise(text).rstrip(":").strip(), "tags"):
        return True
    return ":" in text and (is_tag_line(text) or is_one_name_tag_line(text))


def _before_far_island(blocks: list[Block], words: list[int], prose: list[bool], start: int, end: int) -> int:
    """End a prose article before a far island of prose: the text's first stretch of short lines
    (`_stretch_line`, ISLAND_GAP_MIN_LINES or more) after END_MATTER_MIN_PROSE_BEFORE words of prose,
    when at most ISLAND_MAX_PARAGRAPHS paragraphs stand under it, holding at most
    END_MATTER_MAX_PROSE_AFTER_SHARE of the prose above it. A bar, tags or a menu cost the run less than
    a bio, a pitch or a footer's blurb under them pays: their shape, not their words, tells them.
    A first stretch with more prose under it is the text's own (a list; a forum's member box): no cut."""
    total = _prose_words(words, prose, start, end)
    prose_before = 0
    index = start
    while index < end:
        if not _stretch_line(blocks[index].text, words[index], prose[index]):
            prose_before += words[index] if prose[index] else 0
            index += 1
            continue
        first = index
        while index < end and _stretch_line(blocks[index].text, words[index], prose[index]):
            index += 1
        if index - first < rules.ISLAND_GAP_MIN_LINES or not prose_before:
            continue
        if (prose_before >= rules.END_MATTER_MIN_PROSE_BEFORE and sum(prose[index:end]) <= rules.ISLAND_MAX_PARAGRAPHS
                and total - prose_before <= rules.END_MATTER_MAX_PROSE_AFTER_SHARE * prose_before):
            return first
        return end
    return end


def _stretch_line(text: str, words: int, prose: bool) -> bool:
    """A short line of a bar, a list of tags or a menu: a few words, no sentence. Not a line of code
    ("}", "done"), nor a bare number: a recipe's or a table's value ("Servings", "2", "Prep time", "10")."""
    return not prose and 0 < words <= rules.ISLAND_GAP_LINE_MAX_WORDS and not text.strip().isdigit() and not is_code_line(text)


def _first_and_last_printing(blocks: list[Block], start: int, end: int) -> dict[str, tuple[int, int]]:
    """Where each normalised line of blocks[start:end] is printed first and last."""
    printed: dict[str, tuple[int, int]] = {}
    for index in range(start, end):
        key = signals.normalise(blocks[index].text)
        printed[key] = (printed.get(key, (index, index))[0], index)
    return printed


def _named_in_head(blocks: list[Block], words: list[int], prose: list[bool], start: int, end: int, name: str) -> bool:
    """Whether a short line of the text's head holds the name, in any case: its byline. The head is what
    stands above the first paragraph, and the few lines (AUTHOR_BOX_BYLINE_UNDER_DEK_LINES) between it
    and the second: a byline under a dek ("Discover the full stages ..." / "By Block Renovation")."""
    paragraphs = (i for i in range(start, end) if prose[i])
    first = next(paragraphs, start)
    under_dek = min(next(paragraphs, first), first + 1 + rules.AUTHOR_BOX_BYLINE_UNDER_DEK_LINES)
    head = range(max(0, start - rules.HEAD_LOOKBACK_LINES), under_dek)
    name = name.casefold()  # a byline in capitals ("BY REBECCA NORRIS") names her too
    return any(name in blocks[i].text.casefold() for i in head if words[i] <= rules.AUTHOR_BOX_BYLINE_MAX_WORDS)


def _bio_name(label: str, bio: str) -> str | None:
    """The label's last words when they are a name the bio opens with (two or more capitalised
    words, or one after a single word: "About Clay"), else None. At most AUTHOR_BOX_LABEL_EXTRA_WORDS
    words stand before the name ("About", "Written by"). A numbered line is a list's item, not a label."""
    # A label in capitals ("REBECCA NORRIS") names the author the bio spells in small letters; a
    # label opening with the name ahead of the job ("Jeff Cobb, Founder of Learning Revolution")
    # names the author before its comma.
    if label.isupper():
        label = label.title()
    name_part, comma, _ = label.partition(",")
    if comma and len(name_part.split()) >= 2:
        label = name_part
    tokens = label.split()
    if not tokens or tokens[0][0].isdigit():
        return None
    # "Amit Samsukha, CTO at ...": the name's last word carries the bio's comma; "Dr. Charles
    # Patterson is ...": an abbreviated title may stand before the name.
    first, _, rest = bio.partition(" ")
    if rest and first.endswith(".") and len(first) <= rules.AUTHOR_BOX_TITLE_MAX_CHARS:
        bio = rest
    name = name_opening(label, bio.replace(",", " ,", 1), before=rules.AUTHOR_BOX_LABEL_EXTRA_WORDS)
    if name is None:
        return _given_name_opening(tokens, bio)
    # A one-word name only after a single word ("About Clay"): a capitalised word alone on its
    # line, or after two, is as often a heading or a list's last item.
    if " " not in name and len(tokens) != 2:
        return None
    return name


def _given_name_opening(tokens: list[str], bio: str) -> str | None:
    """The name a label opens with when the bio under it opens with its first word, the author's given
    name, and a copula of any language ("Emma Ryan" / "Emma is Lead Writer at ...", "Irene Okpanachi" /
    "Irene is an experienced writer"): the label's first two words, both capitalised, else None. (The
    label may go on with the job: "Emma Ryan Writer", or stand after up to AUTHOR_BOX_LABEL_EXTRA_WORDS
    words of its label: "By Sam O'Brien" / "Sam is the VP of Marketing".) The byline must name the author
    too (`_named_in_head`): a heading's first word opening the paragraph under it names no one.
    (wcxb fit, raw text: talkandroid.com, em360tech.com, elementor.com, eridehero.com, agencyanalytics.com;
    after a label: leadfeeder.com, oneuptime.com.)"""
    opening = bio.split(maxsplit=2)
    if len(opening) < 2 or opening[1] not in rules.AUTHOR_TAGLINE_COPULA:
        return None
    for at in range(min(rules.AUTHOR_BOX_LABEL_EXTRA_WORDS + 1, len(tokens) - 1)):
        if tokens[at] == opening[0]:
            given, family = tokens[at], tokens[at + 1]
            return f"{given} {family}" if given[:1].isupper() and family[:1].isupper() else None
    return None


def _prose_words(words: list[int], prose: list[bool], start: int, end: int) -> int:
    return sum(words[i] for i in range(start, end) if prose[i])


def place_headline(blocks: list[Block], start: int, end: int, left_out: set[int], *, prompts: bool = True) -> tuple[int | None, int]:
    """Choose the headline with the start of the text, and zone the lines again around them.

    A headline found inside the run moves the article's start under it: what
    stood above it (a disclaimer, a promotion) is the head's, not the text's.
    The headline is handed to the classifier as a hint. Returns the headline
    (or None) and where the article text starts.
    """
    headline, body_start = choose_headline_and_start(
        blocks, start, end, rules.HEADLINE_LOOKBACK_LINES, rules.HEADLINE_LOOKAHEAD_LINES, prompts=prompts
    )
    if headline is None:
        return None, start
    if body_start > start:
        place_in_zones(blocks, body_start, end, max(0, start - rules.HEAD_LOOKBACK_LINES), left_out)
    blocks[headline].hint = Kind.HEADLINE
    if blocks[headline].zone is Zone.OUTSIDE:
        blocks[headline].zone = Zone.HEAD
    return headline, body_start


def _moved_start(
    blocks: list[Block], weighed: Weighed, repeats: dict[int, int], headline: int | None, span: tuple[int, int, int], left_out: set[int]
) -> int:
    """The text's start moved, in turn, up over a box of facts under the headline (`_take_fact_box`), down
    under the author's bio opening it (`_below_author_bio`), and up to the opening paragraphs a stretch of
    short lines cut off from the run (`_over_cut_opening`); `span` is the text's (start, end) and where the
    head's lines begin."""
    start, end, head_start = span
    start = _take_fact_box(blocks, weighed, repeats, headline, (start, end, head_start), left_out)
    start = _below_author_bio(blocks, weighed, headline, (start, end, head_start), left_out)
    return _over_cut_opening(blocks, weighed, headline, (start, end, head_start), left_out)


def _take_fact_box(
    blocks: list[Block], weighed: Weighed, repeats: dict[int, int], headline: int | None, span: tuple[int, int, int], left_out: set[int]
) -> int:
    """The text's start moved up over a box of facts under the headline (`_over_fact_box`), its lines
    zoned again; `span` is the text's (start, end) and where the head's lines begin."""
    start, end, head_start = span
    top = _over_fact_box(blocks, weighed.words, weighed.prose, repeats, headline, start)
    if top < start:
        place_in_zones(blocks, top, end, head_start, left_out)
        if headline is not None and blocks[headline].zone is Zone.OUTSIDE:
            blocks[headline].zone = Zone.HEAD  # as place_headline leaves it: the classifier reads it there
    return top


def _below_author_bio(
    blocks: list[Block], weighed: Weighed, headline: int | None, span: tuple[int, int, int], left_out: set[int]
) -> int:
    """The text's start moved under the author's bio opening it (`_author_bio`, asked from the line under
    the headline), the bio left out of the text and the head; `span` is the text's (start, end) and where
    the head's lines begin."""
    start, end, head_start = span
    # (a bio between the headline and the start is the head's first paragraph, which the classifier reads as text)
    top = headline + 1 if headline is not None and headline < start else start
    bio = _author_bio(blocks, weighed.words, weighed.prose, headline, top, end)
    if bio is None:
        return start
    left_out.add(bio)
    place_in_zones(blocks, max(start, bio + 1), end, head_start, left_out)
    if headline is not None and blocks[headline].zone is Zone.OUTSIDE:
        blocks[headline].zone = Zone.HEAD  # as place_headline leaves it: the classifier reads it there
    return max(start, bio + 1)


def _over_cut_opening(
    blocks: list[Block], weighed: Weighed, headline: int | None, span: tuple[int, int, int], left_out: set[int]
) -> int:
    """The text's start moved up to the opening paragraphs right under the headline (`_cut_opening`),
    the lines from them on zoned again; `span` is the text's (start, end) and where the head's lines begin."""
    start, end, head_start = span
    top = _cut_opening(weighed, headline, start)
    if top >= start:
        return start
    place_in_zones(blocks, top, end, head_start, left_out)
    if headline is not None and blocks[headline].zone is Zone.OUTSIDE:
        blocks[headline].zone = Zone.HEAD  # as place_headline leaves it: the classifier reads it there
    return top


def _cut_opening(weighed: Weighed, headline: int | None, start: int) -> int:
    """The first of the article's opening paragraphs when a stretch of short lines cuts them off from
    the run below (rules.OPENING_*): they stand right under the headline, which stands above the run,
    and make a row of paragraphs long enough to be an opening. A structured page's short lines are
    its content and take part in its run already. Returns `start` when there is none."""
    if weighed.reading.structured or headline is None or headline >= start - 1:
        return start
    prose, words = weighed.prose, weighed.words
    first = next((i for i in range(headline + 1, start) if prose[i]), None)
    if first is None or first - headline > rules.OPENING_MAX_HEAD_LINES:
        return start
    last = next((i for i in range(first, start) if not prose[i]), start)
    if last == start:
        return start  # paragraphs alone above the run: no stretch cut them off
    opening = range(first, last)
    if len(opening) < rules.OPENING_MIN_PARAGRAPHS or sum(words[i] for i in opening) < rules.OPENING_MIN_WORDS:
        return start
    return first


def _author_bio(blocks: list[Block], words: list[int], prose: list[bool], headline: int | None, start: int, end: int) -> int | None:
    """The text's first paragraph when it is the author's bio printed under the byline: it opens with
    the name a short line at most START_BIO_LABEL_LINES above it gives (`_bio_name`: "By Archie Fenn" /
    "Archie is a writer ...", below the headline), a copula follows (`_profile`'s test), the name is the
    writer's (`_writers_bio`) and the prose under it outweighs it (END_MATTER_MAX_PROSE_AFTER_SHARE, as
    a box closing a text). A profile is no bio: its headline names the person whose name opens its text
    ("Portage - the heart of Gentoo" / "Portage is ..."). The bio is asked of the first paragraph only:
    one line a page, the copula first (wcxb fit, raw text: legalzoom.com, treehugger.com, movieweb.com,
    britannica.com)."""
    first = next((i for i in range(start, end) if prose[i]), None)
    if first is None:
        return None
    bio = blocks[first].text
    opening = bio.split(maxsplit=rules.AUTHOR_TAGLINE_NAME_MAX_WORDS + 1)[1:rules.AUTHOR_TAGLINE_NAME_MAX_WORDS + 1]
    if not any(word in rules.AUTHOR_TAGLINE_COPULA for word in opening):
        return None
    lines = range(first - 1, max(headline if headline is not None else -1, first - 1 - rules.START_BIO_LABEL_LINES), -1)
    found = next(((i, name) for i in lines if not prose[i] and 0 < words[i] <= rules.AUTHOR_BOX_LABEL_MAX_WORDS
                  and (name := _bio_name(blocks[i].text, bio)) is not None), None)
    if found is None or not _writers_bio(blocks, found[0], first):
        return None
    if headline is not None and not subject_words(found[1]).isdisjoint(subject_words(blocks[headline].text)):
        return None
    after = _prose_words(words, prose, first + 1, end)
    if after < rules.END_MATTER_MIN_PROSE_BEFORE or words[first] > rules.END_MATTER_MAX_PROSE_AFTER_SHARE * after:
        return None
    return first


def _writers_bio(blocks: list[Block], label: int, bio: int) -> bool:
    """Whether a name over a paragraph opening with it is the writer's: a byline names them ("By Archie
    Fenn", or "Written by" over the name), or the lines from the name to the bio say a writer's job
    (rules.WRITER_ROLE: "Writer" under the name). A freelancer's or a team member's profile is no bio."""
    if looks_like_byline(blocks[label].text) or (label and _is_byline_label(blocks[label - 1].text)):
        return True
    return any(rules.WRITER_ROLE.search(blocks[i].text) for i in range(label + 1, bio + 1))


def _over_fact_box(blocks: list[Block], words: list[int], prose: list[bool], repeats: dict[int, int], headline: int | None, start: int) -> int:
    """The top of a box of facts printed between the headline and the text's start (found first, as
    before: a box line must not be chosen as the headline): a recipe's ingredients and times, a spec
    box of "label: value" rows, a list of pros and cons. Its short lines pay the run's toll, so the run
    starts under them and the article's opening lines are lost (fit half, raw text, where it gains:
    traf-dev kulinariaathome, chip.de, wordsmith.org; wcxb tasteofhome, scarbir, skullcandy).
    Walking up over short lines, a box line is a label with its value, a bullet or a quantity; a label
    alone ("Pros:", "Zutaten:") opens a list and makes the plain lines under it the box's too (a copy
    prints the items without their bullets). At most FACT_BOX_MAX_GAP other lines stand between two
    box lines, and FACT_BOX_LIST_MAX_ITEMS under one label. The walk stops at furniture and repeats
    (a share bar under "Share this:", fit: weselpower), at a count in brackets (a sidebar's "Top tags:
    software (266)", karl-voit.at); a date is no quantity ("19 Dec 2025", scottishconstructionnow)."""
    floor = headline + 1 if headline is not None else max(0, start - rules.HEAD_LOOKBACK_LINES)
    index, pending, top, box = start - 1, 0, start, 0
    while index >= floor and start - index <= rules.FACT_BOX_MAX_LINES and pending <= rules.FACT_BOX_LIST_MAX_ITEMS:
        text = blocks[index].text.strip()
        if prose[index] or index in repeats or not 0 < words[index] <= rules.FACT_BOX_LINE_MAX_WORDS:
            break
        if signals.boilerplate_reason(text) or rules.FACT_BOX_COUNTED_ITEM.search(text):
            break
        shaped = rules.FACT_BOX_LINE.match(text) and signals.split_credit(text)[1] is None and not is_date_line(text)
        opens = text.endswith(":") or text.rstrip(":").strip().lower() in rules.FACT_BOX_LIST_HEADINGS
        shaped = shaped or opens
        if shaped and (opens or pending <= rules.FACT_BOX_MAX_GAP):
            top, box, pending = index, box + 1 + (pending if opens else 0), 0
        elif shaped:
            break
        else:
            pending += 1
        index -= 1
    if box < rules.FACT_BOX_MIN_LINES or box < rules.FACT_BOX_MIN_SHARE * (start - top):
        return start
    return top


def printed_twice_in_a_row(blocks: list[Block], start: int, end: int) -> set[int]:
    """Lines of blocks[start:end] that repeat the line right above them in it, as a copy prints a
    control's two labels (a tab and its panel's heading: "Description" / "Description", "Size
    Guide" twice), a poster's name over the avatar and beside it, or a credit twice; the first
    stays. Short lines too (repeated_lines asks for REPEAT_MIN_WORDS words anywhere on the page),
    but only lines with a letter: code closes two blocks with "}" on two lines.
    Fit half, chromium: of 441 such pairs of lines under 4 words in the runs (on 80 sites), the page's
    text prints 339 at most once; the 102 it prints twice in a row are mostly code's closing braces."""
    twice: set[int] = set()
    for index in range(start + 1, end):  # (blocks[start] may be a first printing, never a second)
        text = blocks[index].text
        if text == blocks[index - 1].text or signals.normalise(text) == signals.normalise(blocks[index - 1].text):
            if _LETTER.search(text):
                twice.add(index)
    return twice


def repeated_lines(blocks: list[Block]) -> dict[int, int]:
    """Later printings of a line: index -> index of its first printing.

    Pages print some lines twice (a caption under the picture and in the
    lightbox, a pull quote, a carousel's clone); the second copy is furniture.
    Short lines ("Pros", "Reply") repeat as labels of the text, so only lines
    of REPEAT_MIN_WORDS words, or credit lines, count. A credit and nothing
    else ("Credit: Amazon", "© Stephan Höferer") is no repeat: each picture
    prints its own, and one photographer or shop supplies several (fit half,
    raw text against the HTML mode's captions: reviewed.com, thespruceeats.com,
    seriouseats.com, sewcanshe.com on wcxb, a traf-dev interview's portraits;
    their later pictures lost their credits).
    """
    first_seen: dict[str, int] = {}
    repeats: dict[int, int] = {}
    for index, block in enumerate(blocks):
        text = block.text
        described, credit = signals.split_credit(text)
        if credit is not None and not described.strip():
            continue  # a credit alone: another picture's
        if credit is None and signals.word_count(text) < rules.REPEAT_MIN_WORDS:
            continue
        key = signals.normalise(text)
        if key in first_seen:
            repeats[index] = first_seen[key]
        else:
            first_seen[key] = index
    return repeats
