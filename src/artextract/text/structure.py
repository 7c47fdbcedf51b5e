"""Runs of repeating line shapes: the content of a page with little prose.

A product grid, a forum thread, a list of links, a table or a code listing
is not prose: each of its lines is short and would pay the region's toll.
What gives such content away in raw text is repetition: the same kind of
line again and again (list items, table rows, code lines), or the same
short line coming back at a steady pace (a price, "Reply", "Add to cart",
a field label) with other lines between (one card, one post).

`structured_runs` finds these runs; the region finder decides from them
whether the page is a prose article or a structured page (text/region.py).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .. import signals, vocabulary
from ..blocks import Block
from ..classify.lines import is_date_line
from ..rules import text as rules
from ..rules.language import FUNCTION_WORDS

_DIGITS = re.compile(r"\d+")
# A stamp's tokens: a run of digits, a run of letters, any other character (`stamp_shape`).
_TOKENS = re.compile(r"\d+|[^\W\d_]+|\S")
# Characters that code is dense in and prose is not ("$" before a figure is a price).
_CODE_MARKS = re.compile(r"[{}\[\]()<>=;#/\\|&*`_+@^~\"']|\$(?!\d)")
# An aside in brackets that opens a line or, after a space, ends it, holding no mark of code: a count,
# a qualifier, an area code ("November (4)", "English (US)", "(866) 783-0191"). A call's brackets
# follow its name ("print(user)"); a condition's hold an operator ("if (x >= 10) {").
_ASIDE = re.compile(r"^\([^(){}\[\]<>=;]*\)(?=\s)|(?<=\s)\([^(){}\[\]<>=;]*\)$")
# What a member's name does not hold: a label's colon, a statement's semicolon, a question, brackets,
# a path's slash ("tensorflow / tensorflow", a repository's card over its stars and tabs, is no member:
# github.com's topic listing, fit).
_NOT_IN_NAMES = re.compile(r"[:;?!{}\[\]()<>=/]")
# A figure in a member box with its separators: "41,210" and "11" are one shape (`_box_key`).
_BOX_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# A figure standing as a word ("7+ Year Member", "41,210"), not the end of a handle ("Ralston18").
_FIGURE_WORD = re.compile(r"(?<![^\W_])\d")
# What `_box_key` makes of any date.
_DATE_KEY = "\x00date"
# A word of `is_link_row`; the words it does not count are FUNCTION_WORDS: a sentence repeats "the", a menu its topic.
_WORDS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Run:
    """Lines [start, end) repeating one shape; `kind` names it ("cards", "list", "code")."""

    start: int
    end: int
    kind: str
    units: int = 0  # the cards of a run of cards (the printings of its key line)


def structured_runs(blocks: Sequence[Block], words: Sequence[int], prose: Sequence[bool]) -> list[Run]:
    """Every run of repeating line shapes, in page order (runs of different kinds may overlap)."""
    runs = _card_runs(blocks, words, prose) + _list_runs(blocks, words, prose) + _code_runs(blocks, words)
    return sorted(runs, key=lambda run: (run.start, run.end))


def holds_grid(blocks: Sequence[Block], words: Sequence[int], prose: Sequence[bool]) -> bool:
    """Whether the page shows a long grid of items: a run of cards (`_card_runs`: a titled unit with a
    figure under a short line that comes back at a steady pace) of at least GRID_MIN_CARDS cards, each
    of GRID_MIN_CARD_WORDS words on average (an item's title with its details: an author, a rating, a
    price). One passage of prose beside it (a list's comments, a shop's text about its range) does not
    make the page that passage's article (text/region.py `read_page`); a news ticker's cards, a time
    and a headline, are an article's furniture."""
    return any(run.units >= rules.GRID_MIN_CARDS and sum(words[run.start:run.end]) >= rules.GRID_MIN_CARD_WORDS * run.units
               for run in _card_runs(blocks, words, prose))


def _recurring_key(block: Block, words: int) -> str | None:
    """What a short line says with its figures blanked: "$129.00" and "$89.50" are one key."""
    if not 0 < words <= rules.STRUCTURE_KEY_MAX_WORDS:
        return None
    return figures_blanked(block.text) or None


def figures_blanked(text: str) -> str:
    """A line as phrase lists are written (signals.normalise), each run of figures one mark:
    "$129.00" and "$89.50", "12 Likes" and "958 Likes" say the same."""
    return _DIGITS.sub("0", signals.normalise(text))


def _card_runs(blocks: Sequence[Block], words: Sequence[int], prose: Sequence[bool]) -> list[Run]:
    """Cards and posts: a short line that comes back every few lines, with a title between.

    Every printing of the key line starts (or ends) one unit; the units must
    mostly hold a line of some substance that is not the key, and the run a
    figure (a price, a count, a date): a menu that repeats "Shop all" under
    each column has neither.
    """
    positions: dict[str, list[int]] = defaultdict(list)
    for index, block in enumerate(blocks):
        key = _recurring_key(block, words[index])
        if key is not None:
            positions[key].append(index)
    runs: list[Run] = []
    prose_words = [count if is_prose else 0 for count, is_prose in zip(words, prose)]
    for indices in positions.values():
        if len(indices) >= rules.STRUCTURE_MIN_UNITS:
            runs.extend(_chains(blocks, words, prose_words, indices))
    return runs


def _chains(blocks: Sequence[Block], words: Sequence[int], prose_words: list[int], indices: list[int]) -> list[Run]:
    runs: list[Run] = []
    chain = [indices[0]]
    for index in indices[1:] + [-1]:
        if index >= 0 and 2 <= index - chain[-1] <= rules.STRUCTURE_MAX_UNIT_LINES:
            chain.append(index)
            continue
        if len(chain) >= rules.STRUCTURE_MIN_UNITS:
            run = _card_run(blocks, words, prose_words, chain)
            if run is not None:
                runs.append(run)
        chain = [index]
    return runs


def _card_run(blocks: Sequence[Block], words: Sequence[int], prose_words: list[int], chain: list[int]) -> Run | None:
    gaps = sorted(after - before for before, after in zip(chain, chain[1:]))
    unit = gaps[len(gaps) // 2]
    if gaps[-1] > rules.STRUCTURE_UNIT_SPREAD * gaps[0]:
        return None  # cards of a grid are alike; a word that recurs at random is no pace
    start, end = chain[0], min(len(blocks), chain[-1] + unit)
    start, end = _widen_to_units(blocks, words, start, end, unit)
    keys = set(chain)
    units = [range(before + 1, after) for before, after in zip(chain, chain[1:])]
    titled = sum(1 for lines in units if any(words[i] >= rules.STRUCTURE_TITLE_WORDS for i in lines if i not in keys))
    if titled < rules.STRUCTURE_TITLED_SHARE * len(units):
        return None
    spans = [range(before, after) for before, after in zip(chain, chain[1:])]
    figured = sum(1 for lines in spans if any(_has_figure(blocks[i].text) for i in lines))
    if figured < rules.STRUCTURE_FIGURED_SHARE * len(spans):
        return None
    if _frames_a_passage([sum(prose_words[i] for i in lines) for lines in units], prose_words):
        return None
    return Run(start, end, "cards", len(chain))


def _frames_a_passage(unit_prose: list[int], prose_words: list[int]) -> bool:
    """Whether the units of a chain are a menu's word printed around the page's one passage of prose:
    one unit holds the passage (STRUCTURE_PASSAGE_MIN_WORDS words of prose or more, at least
    STRUCTURE_PASSAGE_PAGE_SHARE of the page's), the others next to none of it. A grid's cards are
    alike, so is their prose; a short article between a site's menus, which print a section's name
    ("Termine", "HISTALP") or a share bar ("Facebook") again over and under it, is no grid."""
    most = max(unit_prose)
    if most < rules.STRUCTURE_PASSAGE_MIN_WORDS or sum(unit_prose) - most > rules.STRUCTURE_PASSAGE_OTHERS_SHARE * most:
        return False
    return most >= rules.STRUCTURE_PASSAGE_PAGE_SHARE * sum(prose_words)


def _widen_to_units(blocks: Sequence[Block], words: Sequence[int], start: int, end: int, unit: int) -> tuple[int, int]:
    """The first card starts before its key line (the title above the price) and the last ends after it:
    take in the lines shaped like the ones a unit further in, up to a unit's length each way."""
    # The shapes of the two lines compared, not of every line of the page (9% of a raw extraction).
    for _ in range(unit - 1):
        before, further = start - 1, start - 1 + unit
        if start == 0 or further >= len(blocks) or (
                _shape(blocks[before].text, words[before]) != _shape(blocks[further].text, words[further])):
            break
        start -= 1
    end = min(end, len(blocks))
    return start, end


def _shape(text: str, words: int) -> tuple[int, bool]:
    """What a line looks like whatever it says: its length class and whether it holds a figure."""
    return (0 if words <= 1 else 1 if words <= 3 else 2 if words <= 7 else 3), _has_figure(text)


def _has_figure(text: str) -> bool:
    return any(map(str.isdigit, text))  # str.isdigit as before (a generator per character cost more)


def _list_runs(blocks: Sequence[Block], words: Sequence[int], prose: Sequence[bool]) -> list[Run]:
    """Lists and tables: many short lines in a row, none of them a sentence of the text."""
    runs: list[Run] = []
    start = None
    for index in range(len(blocks) + 1):
        item = index < len(blocks) and not prose[index] and 0 < words[index] <= rules.STRUCTURE_ITEM_MAX_WORDS
        if item and start is None:
            start = index
        elif not item and start is not None:
            if index - start >= rules.STRUCTURE_MIN_LIST_LINES:
                runs.append(Run(start, index, "list"))
            start = None
    return runs


def is_code_line(text: str) -> bool:
    """A line dense in brackets, operators and sigils, or closing a statement: code, not words."""
    return _dense_in_code_marks(text.strip())


def _in_code_run(text: str) -> bool:
    """A line a code run is made of: code (`is_code_line`) once its bracketed asides are set apart.

    An aside (`_ASIDE`) is no mark of code: the short lines of an archive's or a shop's counts
    ("Rolex (859)"), a language picker ("Canada (fr)") or a list of phone numbers, read as code,
    made runs worth as much as a page's content and held the footer's cut above them (wcxb fit, raw
    text: karl-voit.at, watchfinder.com, girleatworld.net, 7cups.com, topuniversities.com, masterlock.com).
    """
    # (An aside opens with a bracket: the lines with none, nearly all, are spared the substitution.)
    return _dense_in_code_marks((_ASIDE.sub(" ", text) if "(" in text else text).strip())


def _dense_in_code_marks(stripped: str) -> bool:
    marks = len(_CODE_MARKS.findall(stripped))
    if marks < 2:
        return False
    if stripped.endswith(("{", "}", ";", ");", "};")):
        return True
    return marks >= rules.STRUCTURE_CODE_MARK_SHARE * len(stripped.replace(" ", ""))


def _code_runs(blocks: Sequence[Block], words: Sequence[int]) -> list[Run]:
    """Code: lines of code, with at most a couple of bare words between them ("fi", "done")."""
    runs: list[Run] = []
    start = last = None
    for index in range(len(blocks) + 1):
        code = index < len(blocks) and _in_code_run(blocks[index].text)
        if code:
            start = index if start is None else start
            last = index
            continue
        if start is None:
            continue
        gap_ends = index == len(blocks) or words[index] > rules.STRUCTURE_CODE_GAP_WORDS or index - last > 2
        if gap_ends:
            if sum(1 for i in range(start, last + 1) if _in_code_run(blocks[i].text)) >= rules.STRUCTURE_MIN_CODE_LINES:
                runs.append(Run(start, last + 1, "code"))
            start = None
    return runs


def footer_start(blocks: Sequence[Block], words: Sequence[int], runs: Sequence[Run], start: int, end: int) -> int:
    """Where the site's footer begins in a structured page's text blocks[start:end]: its copyright
    line, signed and dated ("© 2026 GitHub, Inc.", rules.FOOTER_COPYRIGHT), or `end`.

    A structured page's lighter toll lets the run go on through the footer's short lines into the
    overlays a copy prints last (a sign-up box, a country picker); the copyright line closes the
    site's page. Not one that a run of cards or code (the page's content, `runs`) starts below: a
    menu printed at the top may hold the copyright too (globaltravelerusa.com's, fit), and a
    picture's credit ("© Sidelnikov - Dreamstime.com") may stand above a grid. The run's first
    line is never its footer.
    """
    content_starts = [run.start for run in runs if rules.STRUCTURED_RUN_VALUE.get(run.kind)]
    for index in _copyright_lines(blocks, words, start, end):
        if not any(first > index for first in content_starts):
            return index
    return end


def legal_footer_start(blocks: Sequence[Block], words: Sequence[int], start: int, end: int) -> int:
    """Where the site's footer begins in a prose page's text blocks[start:end]: its copyright line
    (rules.FOOTER_COPYRIGHT) with one of the footer's legal links ("Privacy Policy", "Terms of Use",
    "Impressum": the vocabulary's `legal` concept, every language) within FOOTER_LEGAL_LINK_LINES
    lines of it, or `end`.

    A product's or a service's page that reads as prose has paragraphs after its footer too: the
    overlays and panels a copy prints last (a feature's "learn more" modal, a cancellation form, a
    chat widget), which take the run through the footer's short lines. The copyright line alone may
    be a picture's credit ("© 2025 Black Forest Labs.", under a product's pictures); beside the
    site's legal links it is the end of the site's page.
    """
    for index in _copyright_lines(blocks, words, start, end):
        near = range(max(start, index - rules.FOOTER_LEGAL_LINK_LINES), min(len(blocks), index + rules.FOOTER_LEGAL_LINK_LINES + 1))
        if any(i != index and vocabulary.furniture_line(signals.normalise(blocks[i].text)) == "legal" for i in near):
            return index
    return end


def footer_menu_start(blocks: Sequence[Block], words: Sequence[int], prose: Sequence[bool], start: int, end: int) -> int:
    """Where the footer's menu begins over the site's copyright line that ends the run blocks[start:end]
    (the line at `end`, or the run's last line), or `end`.

    The menu is the short lines that are no sentence straight above the copyright line (link columns,
    an address, the legal links: rules.FOOTER_MENU_LINE_MAX_WORDS), up to the text's last sentence; it
    is the footer's when one of them is a legal link (the vocabulary's `legal` concept, every language)
    and it has FOOTER_MENU_MIN_LINES lines or more. A run with no sentence above them is a page of
    short lines: its lines are its content, and the run stays whole.
    """
    copyright = next((i for i in (end, end - 1) if start < i < len(blocks) and _is_copyright_line(blocks, words, i)), None)
    if copyright is None:
        return end
    top = copyright
    while top > start and not prose[top - 1] and words[top - 1] <= rules.FOOTER_MENU_LINE_MAX_WORDS:
        top -= 1
    if top == start or copyright - top < rules.FOOTER_MENU_MIN_LINES:
        return end
    if not any(vocabulary.furniture_line(signals.normalise(blocks[i].text)) == "legal" for i in range(top, copyright)):
        return end
    return min(top, end)


def fine_print_start(blocks: Sequence[Block], words: Sequence[int], prose: Sequence[bool], start: int, end: int) -> int:
    """Where the fine print that closes the run blocks[start:end] begins: its first note, or the label
    above it ("footnotes"), or `end`.

    The notes are sentences opening with a footnote mark (rules.FINE_PRINT_NOTE: "◊ Apple Card ...",
    "† New subscribers only ..."), FINE_PRINT_MIN_NOTES or more, each within FINE_PRINT_GAP_LINES lines
    of the next and the last as near the run's end; lines without a mark between them are notes too
    (a note of several paragraphs). They are the shop's terms for the offers above, not its text,
    once FINE_PRINT_MIN_PROSE_ABOVE words of prose stand above them.
    """
    first = end
    notes = 0
    for index in range(end - 1, start - 1, -1):
        if first - index > rules.FINE_PRINT_GAP_LINES:
            break
        if prose[index] and rules.FINE_PRINT_NOTE.match(blocks[index].text):
            first, notes = index, notes + 1
    if notes < rules.FINE_PRINT_MIN_NOTES:
        return end
    label = first
    while (first - label < rules.FINE_PRINT_LABEL_LINES and label - 1 > start and not prose[label - 1]
           and 0 < words[label - 1] <= rules.FINE_PRINT_LABEL_MAX_WORDS):
        label -= 1
    if sum(words[i] for i in range(start, label) if prose[i]) < rules.FINE_PRINT_MIN_PROSE_ABOVE:
        return end
    return label


def _copyright_lines(blocks: Sequence[Block], words: Sequence[int], start: int, end: int) -> Iterator[int]:
    """The lines of blocks[start + 1:end] shaped as a site's copyright notice: short, signed with the
    sign and dated (rules.FOOTER_COPYRIGHT). Both footer tests read these; the run's first line is
    never its footer."""
    for index in range(start + 1, end):
        if _is_copyright_line(blocks, words, index):
            yield index


def _is_copyright_line(blocks: Sequence[Block], words: Sequence[int], index: int) -> bool:
    """Whether the line is shaped as a site's copyright notice: short, signed with the sign and
    dated (rules.FOOTER_COPYRIGHT)."""
    return words[index] <= rules.FOOTER_COPYRIGHT_MAX_WORDS and bool(rules.FOOTER_COPYRIGHT.match(blocks[index].text))


def reviews_start(blocks: Sequence[Block], words: Sequence[int], start: int, end: int) -> int:
    """Where the customer reviews under a product begin in blocks[start:end]: their section's label
    ("Customer Reviews", "Bewertungen": rules.REVIEWS_LABEL) with the rating summary a few lines
    under it (a line opening on a mark out of five: "4.1", "4.6 out of 5 stars"), or `end`.

    A shop's reviews are its customers' posts: prose that pays its way in the run, under a summary
    of stars and counts, then the "Questions & Answers" and the shop's recommendations. The text
    of the product stands above them: only a label under REVIEWS_MIN_WORDS_ABOVE words of the text
    ends it (a page of reviews, its label at the top, is all reviews).
    """
    above = 0
    for index in range(start, end):
        if above >= rules.REVIEWS_MIN_WORDS_ABOVE and rules.REVIEWS_LABEL.match(signals.normalise(blocks[index].text)):
            summary = range(index + 1, min(end, index + 1 + rules.REVIEWS_SUMMARY_LINES))
            if any(words[i] <= rules.REVIEWS_SUMMARY_MAX_WORDS and rules.REVIEWS_RATING.match(blocks[i].text) for i in summary):
                return index
        above += words[index]
    return end


def dialog_start(blocks: Sequence[Block], words: Sequence[int], runs: Sequence[Run], start: int, end: int) -> int:
    """Where a dialog printed last in blocks[start:end] begins: its close button, a line that is the
    button alone (`is_close_button`), or `end`.

    A copy prints a page's hidden dialogs where their markup stands, often after the text: a
    comparison chart, a trial or sign-up form, a notice. Such a dialog is short, and its button is
    one of a few in the run (a button on every card is the grid's own) and stands under a part of
    the text (a bar closed at the top of the page opens the page itself): rules.DIALOG_*. A button
    inside a run of cards (`runs`, a structured page's content) is a card's: the grid goes on under it.
    """
    buttons = [index for index in range(start + 1, end) if is_close_button(blocks[index].text)]
    if not buttons or len(buttons) > rules.DIALOG_MAX_CLOSE_BUTTONS:
        return end
    button = buttons[-1]
    if any(rules.STRUCTURED_RUN_VALUE.get(run.kind) and run.start < button < run.end - 1 for run in runs):
        return end
    if end - button > rules.DIALOG_MAX_LINES or sum(words[button:end]) > rules.DIALOG_MAX_WORDS:
        return end
    if sum(words[start:button]) < rules.DIALOG_MIN_WORDS_ABOVE:
        return end
    return button


def is_close_button(text: str) -> bool:
    """A line that is a dialog's close button alone: its sign ("×", "✕") or, capitalised as a
    button is, the word for "close" in a language (rules.DIALOG_CLOSE_WORDS)."""
    stripped = text.strip()
    if stripped in rules.DIALOG_CLOSE_SIGNS:
        return True
    return stripped[:1].isupper() and stripped.lower() in rules.DIALOG_CLOSE_WORDS


@dataclass(frozen=True, slots=True)
class Thread:
    """A thread of dated posts: where it starts, and whether its posts make one run at a steady
    pace to the end of the text (comments under an article) or several (a forum's replies
    of every length, a Q&A page's answers each with its comments)."""

    start: int
    one_run: bool
    # The text above the thread opens with a post of the same shape: the thread is a
    # forum's, whose opening post is its first post, not an article's comments.
    opened_by_a_post: bool = False
    # The posts' action lines ("Reply", "Quote"), normalised: the chrome of every post.
    actions: frozenset[str] = frozenset()


def date_lines(blocks: Sequence[Block], start: int, end: int) -> frozenset[int]:
    """The date lines among blocks[start:end]: asked once of each line, for both the thread
    and the teaser-card searches (a hostile text of 50,000 lines pays for it once)."""
    return frozenset(i for i in range(start, end) if is_date_line(blocks[i].text))


def find_thread(blocks: Sequence[Block], words: Sequence[int], dates: frozenset[int], start: int, end: int) -> Thread | None:
    """Where a thread of dated posts (a comment section) begins in blocks[start:end], or None.

    Comments under an article are prose and pay their way in the run; what
    gives them away is their shape: every post carries a short dated line
    (the author's stamp) at a pace of a few lines, and the same short action
    line ("Reply", a like count) comes back in most of them, or, where the
    copy prints no action line, most stamps stand under their author's name. The thread
    starts at its first stamp, with the few short lines just above it (the
    author's name, the count of comments, the section's label). `dates` holds
    the date lines (`date_lines`) from THREAD_OPENING_ABOVE_LINES above `start`.
    """
    stamps = [i for i in range(start, end) if i in dates]
    chains = [
        (chain, actions)
        for chain in _stamp_chains(stamps)
        if (actions := _action_lines(blocks, words, chain)) or _named_posts(blocks, words, chain)
    ]
    if not chains:
        return None
    first, actions = chains[0]
    last = chains[-1][0]
    # Comments are the last thing in the run: the one run of posts reaches its end.
    to_the_end = end - last[-1] <= rules.STRUCTURE_MAX_UNIT_LINES
    thread_start = _header_start(blocks, words, start, first[0])
    shapes = {stamp_shape(blocks[i].text) for i in first}
    opened = _opened_by_a_post(blocks, dates, start, thread_start, shapes, actions)
    return Thread(thread_start, len(chains) == 1 and to_the_end, opened, frozenset(actions))


def stamp_shape(text: str) -> str:
    """What a stamp looks like whatever it says: "Jan 11, 2024" and "Feb 3, 2025" are
    one shape ("a 0 , 0"), "January 11, 2026" and "January 11, 2026 at 1:34 pm" two."""
    return " ".join("0" if token[0].isdigit() else "a" if token[0].isalpha() else token for token in _TOKENS.findall(text))


def _opened_by_a_post(
    blocks: Sequence[Block], dates: frozenset[int], start: int, thread_start: int, shapes: set[str], actions: set[str]
) -> bool:
    """Whether the text starts with a post like the thread's: at its top (a few lines above
    or below the run's start) a stamp of the posts' shape, followed before the thread by one
    of their action lines. An article's date line at its top is not followed by "Reply".

    (Looking on to the thread's first stamp, through the lines the thread takes in above it,
    also finds an opening post's trailing "Reply", but takes articles for posts: not done.)
    """
    top = range(max(0, start - rules.THREAD_OPENING_ABOVE_LINES), min(thread_start, start + rules.THREAD_HEADER_MAX_LINES))
    for index in top:
        if index in dates and stamp_shape(blocks[index].text) in shapes:
            if any(signals.normalise(blocks[i].text) in actions for i in range(index + 1, thread_start)):
                return True
    return False


def _stamp_chains(stamps: list[int]) -> list[list[int]]:
    chains: list[list[int]] = []
    chain: list[int] = []
    for index in stamps:
        if chain and not 2 <= index - chain[-1] <= rules.STRUCTURE_MAX_UNIT_LINES:
            chains.append(chain)
            chain = []
        chain.append(index)
    chains.append(chain)
    return [chain for chain in chains if len(chain) >= rules.THREAD_MIN_POSTS]


def _action_lines(blocks: Sequence[Block], words: Sequence[int], chain: list[int]) -> set[str]:
    """The short lines without figures that come back in most posts of the chain ("Reply")."""
    seen: dict[str, int] = defaultdict(int)
    last = chain[-1] + (chain[-1] - chain[-2])
    for before, after in zip(chain, chain[1:] + [last]):
        keys = {
            signals.normalise(blocks[i].text)
            for i in range(before + 1, min(after, len(blocks)))
            if 0 < words[i] <= rules.THREAD_ACTION_MAX_WORDS and not _has_figure(blocks[i].text)
        }
        for key in keys:
            seen[key] += 1
    return {key for key, count in seen.items() if count >= rules.THREAD_ACTION_SHARE * len(chain)}


def _named_posts(blocks: Sequence[Block], words: Sequence[int], chain: list[int]) -> bool:
    """Whether most stamps of the chain stand under a short line naming the post's author ("Jess Jones",
    "arbaz"): a copy without the posts' action lines (comments closed, buttons not printed) still
    shows who wrote each. The names differ: one label over every stamp ("Daily") is no author."""
    names = [
        signals.normalise(blocks[i - 1].text)
        for i in chain
        if i > 0 and _author_name_shaped(blocks[i - 1].text, words[i - 1])
    ]
    return len(names) >= rules.THREAD_ACTION_SHARE * len(chain) and len(set(names)) > 1


def _author_name_shaped(text: str, words: int) -> bool:
    return 0 < words <= rules.THREAD_NAME_MAX_WORDS and not _has_figure(text) and not signals.is_prose(text, words)


def said_header_start(blocks: Sequence[Block], words: Sequence[int], dates: frozenset[int], start: int, end: int) -> int | None:
    """Where the comments under an article begin in blocks[start:end] by their first header, or None:
    a line naming the commenter and the verb of saying ("degski says:", "Burnsy sagt:",
    rules.COMMENT_SAYS) with a date line (`dates`, from `date_lines`) within COMMENT_STAMP_LINES lines
    under it. The short lines above it stay: the count of comments over it stands under the article's
    tags and its last short lines (a command, "Cmd" / "Netzwerk": it-learner.de, traf-dev fit), which a
    thread's header lines (`_header_start`) would take with it."""
    for index in range(start, end):
        if words[index] <= rules.COMMENT_SAYS_NAME_MAX_WORDS + 2 and _says(blocks[index].text):
            if any(i in dates for i in range(index + 1, min(end, index + rules.COMMENT_STAMP_LINES + 1))):
                return index
    return None


def _says(text: str) -> bool:
    """rules.COMMENT_SAYS, tried only on a line that ends in its colon (white space after it allowed,
    as the pattern's "\\s*$"): nearly no line does, and the pattern costs ~1-2 us a line."""
    return text.rstrip().endswith(":") and rules.COMMENT_SAYS.match(text) is not None


def _header_start(blocks: Sequence[Block], words: Sequence[int], start: int, stamp: int) -> int:
    first = stamp
    while first > start and stamp - first < rules.THREAD_HEADER_MAX_LINES:
        above = first - 1
        if words[above] > rules.END_MATTER_LABEL_MAX_WORDS or signals.is_prose(blocks[above].text, words[above]):
            break
        first = above
    return first


def teaser_cards_start(
    blocks: Sequence[Block], words: Sequence[int], prose: Sequence[bool], dates: frozenset[int], start: int, end: int
) -> int | None:
    """Where a list of teaser cards under the article begins in blocks[start:end], or None.

    Other stories' cards (a title, a date or a section, a one-paragraph teaser) pay their way in
    the run like the article's paragraphs. Their shape gives them away: a date, or the same
    short line ("Read more", the section), at a pace of a few lines to the end of the text,
    nearly every card holding a title (a headline-shaped line that is not a sentence) and at
    most one paragraph. A live blog's entries hold more. `dates` holds the date lines
    (`date_lines`) from the line above `start` on.
    """
    stamps = [i for i in range(start, end) if i in dates]
    marks: dict[str, list[int]] = defaultdict(list)
    for index in range(start, end):
        key = None if prose[index] else _recurring_key(blocks[index], words[index])
        # A key without a letter is a number: a numbered list's ("1.", "2."), the article's own.
        if key is not None and any(ch.isalpha() for ch in key):
            marks[key].append(index)
    found = [_cards_from(blocks, words, prose, dates, start, end, chain) for chain in [stamps, *marks.values()]
             if len(chain) >= rules.TEASER_CARDS_MIN]
    return min((first for first in found if first is not None), default=None)


def _cards_from(
    blocks: Sequence[Block], words: Sequence[int], prose: Sequence[bool], dates: frozenset[int], start: int, end: int, marks: list[int]
) -> int | None:
    chains = _stamp_chains(marks)
    if not chains:
        return None
    chain = chains[-1]
    # The cards are the chain's steady end: a mark further up is the article's own.
    while len(chain) > 1 and chain[1] - chain[0] > rules.TEASER_CARD_MAX_LINES:
        chain = chain[1:]
    if len(chain) < rules.TEASER_CARDS_MIN or end - chain[-1] > rules.TEASER_CARD_MAX_LINES:
        return None
    # Each card runs from its mark to the next one's; the first card's title may stand just above its mark.
    cards = [range(first, after) for first, after in zip([chain[0] - 1, *chain[1:]], [*chain[1:], end])]
    if any(len(card) > rules.TEASER_CARD_MAX_LINES for card in cards):
        return None
    marks = set(chain)
    titled = sum(
        1 for card in cards if any(_is_card_title(blocks[i].text, words[i], prose[i], i in dates) for i in card if i not in marks)
    )
    brief = sum(1 for card in cards if sum(1 for i in card if prose[i]) <= 1)
    if titled < rules.STRUCTURE_TITLED_SHARE * len(cards) or brief < rules.TEASER_CARDS_BRIEF_SHARE * len(cards):
        return None
    return _header_start(blocks, words, start, chain[0])


def _is_card_title(text: str, words: int, prose: bool, dated: bool) -> bool:
    """A headline-shaped line that is no sentence, and no date: a post's stamp ("posted 3 years ago") titles nothing."""
    return not prose and not dated and words >= rules.STRUCTURE_TITLE_WORDS and signals.is_headline_shaped(text)


def member_boxes(blocks: Sequence[Block], words: Sequence[int], prose: Sequence[bool], start: int, end: int) -> set[int]:
    """The member boxes in blocks[start:end] below their author's name: each post's box of short
    lines (rank, "Joined", join date, "Messages", count) printed in the same shape at every post,
    whoever wrote it. The name heads the box and the post's stamp may end it: both are the post's
    own; the lines between go.

    A box is MEMBER_BOX_MIN_LINES short lines or more that are no sentence nor code, printed
    again on the page (not over itself) in the same shape: the same labels, figures and dates
    where the other has figures and dates (`_box_key`: "Joined / Jun 29, 2016 / Messages / 11"
    and "Joined / Mar 25, 2013 / Messages / 2" are one shape), so that a member who posts once
    has a box too. It is headed by a name (`_box_head`), holds a figure (a count, a join date),
    and the post's text (a sentence) follows a few lines under it; and the page has boxes under
    MEMBER_BOX_MIN_NAMES names or more. Cards of a grid repeat their labels too ("Weight:",
    "Shop Now"), and a tutorial its code or its output, but no sentence follows them, no name
    heads them, or one name.
    """
    boxes: dict[str, list[list[int]]] = defaultdict(list)
    posters: set[str] = set()
    keys = _box_keys(blocks, words, prose, start, end)
    for first, stop in _repeated_shapes(keys, start, end):
        head = _box_head(blocks, words, start, first, stop)
        if head is None:
            continue
        name, under = head
        stamp = _post_stamp(blocks, under, stop)
        lines = [i for i in range(under, stop) if i != stamp]
        if not any(_has_figure(blocks[i].text) for i in lines):
            continue
        boxes[name].append(lines)
        # A reply may be a few words ("Congrats!"): the thread is told by the boxes that a sentence follows.
        if any(prose[i] for i in range(stop, min(end, stop + rules.MEMBER_BOX_POST_LINES))):
            posters.add(name)
    # Members of a thread: one box under one name (a tutorial's output printed twice) is no thread.
    if len(posters) < rules.MEMBER_BOX_MIN_NAMES:
        return set()
    return {i for printed in boxes.values() for lines in printed for i in lines}


def _box_keys(blocks: Sequence[Block], words: Sequence[int], prose: Sequence[bool], start: int, end: int) -> dict[int, str]:
    """The shape (`_box_key`) of every line of blocks[start:end] that may stand in a member box: a short
    line, no sentence nor code. Asked of the run's lines only, each once (the windows over them overlap)."""
    return {i: _box_key(blocks[i].text) for i in range(start, end)
            if 0 < words[i] <= rules.MEMBER_BOX_LINE_MAX_WORDS and not prose[i] and not is_code_line(blocks[i].text)}


def _repeated_shapes(keys: dict[int, str], start: int, end: int) -> list[tuple[int, int]]:
    """The stretches [first, stop) of [start, end) whose every MEMBER_BOX_MIN_LINES lines in a row are
    lines of a box (`keys`) printed again in the same shape elsewhere, not over themselves."""
    size = rules.MEMBER_BOX_MIN_LINES
    seen: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index in range(start, end - size + 1):
        if all(i in keys for i in range(index, index + size)):
            seen[tuple(keys[i] for i in range(index, index + size))].append(index)
    repeated = sorted(first for firsts in seen.values() if firsts[-1] - firsts[0] >= size for first in firsts)
    return [(first, last + size) for first, last in _spans(repeated)]


def _box_key(text: str) -> str:
    """A member box's line whatever member it is of: a date ("Jun 29, 2016"), or the line with its
    figures blanked ("10+ Year Member", "41,210" and "11" read "0+ year member", "0", "0")."""
    if _is_stamp(text):
        return _DATE_KEY
    return _BOX_FIGURE.sub("0", signals.normalise(text))


def _box_head(blocks: Sequence[Block], words: Sequence[int], start: int, first: int, stop: int) -> tuple[str, int] | None:
    """The name heading a box whose repeated lines are [first, stop), and where the lines under it
    begin; None when no name heads it.

    The name is the top of the few name-shaped lines at and above `first` (a short line with no
    figure, label colon or bracket): the member's rank lines ("Titan", "Moderator") stand between
    it and the lines every box shares. Where the stretch opens on a post's stamp (its number
    after it: "Oct 8, 2024", "#4") the name is under the stamp. A one-letter line is the
    avatar's initial ("B" over "boobaloobie"): the name is the line under it.
    """
    top = first
    stamp = next((i for i in range(first, min(stop, first + rules.MEMBER_BOX_HEAD_LINES)) if _is_stamp(blocks[i].text)), None)
    numbered = stamp is not None and stamp + 2 < stop and not any(map(str.isalpha, blocks[stamp + 1].text))
    if numbered and _box_name_line(blocks[stamp + 2].text, words[stamp + 2]):
        top = stamp + 2  # under the post's stamp and number
    else:
        while top > start and first - top < rules.MEMBER_BOX_HEAD_LINES and _box_name_line(blocks[top - 1].text, words[top - 1]):
            top -= 1
    if top + 1 >= stop or not _box_name_line(blocks[top].text, words[top]):
        return None
    if top > 0 and blocks[top - 1].text.rstrip().endswith(":"):
        return None  # a label's value ("Best Use:", "Backpacking"): a card's field, not a name
    if len(blocks[top].text.strip()) == 1 and _box_name_line(blocks[top + 1].text, words[top + 1]):
        top += 1
    return signals.normalise(blocks[top].text), top + 1


def _is_stamp(text: str) -> bool:
    return _has_figure(text) and is_date_line(text)


def _box_name_line(text: str, words: int) -> bool:
    """A member's name or rank: a short line, no sentence, no label colon or bracket, no figure
    of its own (a handle may end in one: "Ralston18", "fieldterrain922")."""
    return (0 < words <= rules.THREAD_NAME_MAX_WORDS and not _NOT_IN_NAMES.search(text) and not _FIGURE_WORD.search(text)
            and not signals.is_prose(text, words))


def _post_stamp(blocks: Sequence[Block], first: int, stop: int) -> int | None:
    """The post's stamp that a box's lines [first, stop) end on, alone or before the post's number
    ("Jun 14, 2025", "#2"), or None: the stamp is the post's own (one author's posts of one day
    print the same one, so it is printed again with the box)."""
    for index in range(stop - 1, max(first, stop - 2) - 1, -1):
        if is_date_line(blocks[index].text):
            return index
    return None


def post_numbers(blocks: Sequence[Block], start: int, end: int) -> set[int]:
    """The posts' numbers in blocks[start:end] ("#1", "#2" ...): each by its post's stamp (a date line
    within POST_NUMBER_STAMP_LINES lines), THREAD_MIN_POSTS of them or more. A post's permalink is
    the board's chrome; a ranking's "#1" over a product stands by no date and stays."""
    near = rules.POST_NUMBER_STAMP_LINES
    numbers = {
        index for index in range(start, end)
        if rules.POST_NUMBER.match(blocks[index].text)
        and any(is_date_line(blocks[i].text) for i in range(max(0, index - near), min(len(blocks), index + near + 1)) if i != index)
    }
    return numbers if len(numbers) >= rules.THREAD_MIN_POSTS else set()


def bare_figures(blocks: Sequence[Block], start: int, end: int) -> set[int]:
    """The lines of blocks[start:end] that are a figure alone ("131", "14,103"): the counts and ratings
    cards print by their titles and posts (rules.BARE_FIGURE), no word of the text."""
    return {index for index in range(start, end) if rules.BARE_FIGURE.match(blocks[index].text)}


def comment_signatures(blocks: Sequence[Block], start: int, end: int) -> set[int]:
    """The comments under the posts of blocks[start:end], by their signature: the author's name on
    its own line, the name again after a dash under it ("jldugger" / "– jldugger"), and the
    comment's stamp a line or two under that (rules.COMMENT_SIGNATURE). The comment is the line over
    the name; it goes with the name, the signature and the stamps. THREAD_MIN_POSTS signatures or
    more: one dash before a repeated line may be a quote's attribution."""
    near = rules.COMMENT_STAMP_LINES
    comments: set[int] = set()
    signed = 0
    for index in range(max(start, 1), end):
        name = _signed_name(blocks[index])
        if name is None or signals.normalise(name) != signals.normalise(blocks[index - 1].text):
            continue
        stamps = [i for i in range(index + 1, min(end, index + near + 1)) if is_date_line(blocks[i].text)]
        if not stamps:
            continue
        signed += 1
        comments.update(range(max(start, index - 2), stamps[-1] + 1))
    return comments if signed >= rules.THREAD_MIN_POSTS else set()


def _signed_name(block: Block) -> str | None:
    """The name a line signs with a dash ("– jldugger"), the dash read as the line's bullet or still
    in its text; None when the line opens with no dash."""
    if block.bullet is not None:
        return block.text if block.bullet in rules.COMMENT_SIGNATURE_DASHES else None
    match = rules.COMMENT_SIGNATURE.match(block.text)
    return match.group(1) if match else None


def _spans(starts: list[int]) -> list[tuple[int, int]]:
    """Consecutive indices grouped: [3, 4, 5, 9] -> [(3, 5), (9, 9)]."""
    spans: list[tuple[int, int]] = []
    for index in starts:
        if spans and index <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], index)
        else:
            spans.append((index, index))
    return spans


def link_rows(blocks: Sequence[Block], words: Sequence[int]) -> set[int]:
    """The rows of link labels that stand under a short label (a menu column's heading: "Europe",
    "Electric Guitars", "What's new"): a menu. A table's row repeats a word too ("Review" under each
    product), but under the table's previous row, not under a label."""
    return {
        index for index in range(1, len(blocks))
        if 0 < words[index - 1] <= rules.LINK_ROW_LABEL_MAX_WORDS and not rules.SENTENCE_END.search(blocks[index - 1].text)
        and is_link_row(blocks[index].text, words[index])
    }


def is_link_row(text: str, words: int) -> bool:
    """A row of link labels printed on one line, one word coming back in label after label
    ("Remote jobs in Brazil Remote jobs in Chile ...": a menu column as inscriptis prints it):
    the site's menu, not the page's text (rules.LINK_ROW_MIN_WORDS)."""
    if words < rules.LINK_ROW_MIN_WORDS or rules.LINK_ROW_NOT_IN.search(text) or rules.SENTENCE_END.search(text):
        return False
    if len(_BOX_FIGURE.findall(text)) > rules.LINK_ROW_MAX_FIGURES:
        return False
    tokens = [token.lower() for token in _WORDS.findall(text)]
    counts = Counter(token for token in tokens if len(token) >= rules.LINK_ROW_MIN_LETTERS and token not in FUNCTION_WORDS)
    if not counts:
        return False
    repeats = counts.most_common(1)[0][1]
    return (
        repeats >= rules.LINK_ROW_MIN_REPEATS
        and repeats >= rules.LINK_ROW_REPEAT_SHARE * words
        and len(set(tokens)) >= rules.LINK_ROW_DISTINCT_SHARE * len(tokens)
    )


def picker_rows(blocks: Sequence[Block], words: Sequence[int]) -> set[int]:
    """The lines that are a picker's options printed on one line (`is_picker_row`) among the page's
    controls: no sentence within PICKER_ROW_PROSE_LINES lines of it either way. A list of names
    that the text holds stands between its paragraphs."""
    near = rules.PICKER_ROW_PROSE_LINES
    return {
        index for index, block in enumerate(blocks)
        if is_picker_row(block.text, words[index])
        and not any(signals.is_prose(blocks[i].text, words[i])
                    for i in range(max(0, index - near), min(len(blocks), index + near + 1)) if i != index)
    }


def is_picker_row(text: str, words: int) -> bool:
    """A dropdown's options printed on one line ("Abkhazian Afar Afrikaans ...", "All Departments Alexa
    Skills ..."): a long line of capitalised names with hardly a function word between them, which
    running text of any length has (rules.PICKER_ROW_*)."""
    if words < rules.PICKER_ROW_MIN_WORDS or len(rules.PICKER_ROW_COMMAS.findall(text)) > rules.PICKER_ROW_MAX_COMMAS_PER_WORD * words:
        return False
    tokens = _WORDS.findall(text)
    longer = [token for token in tokens if len(token) >= rules.PICKER_ROW_LONG_LETTERS]
    if not longer or sum(1 for token in longer if token[0].isupper()) < rules.PICKER_ROW_MIN_CAPITALS * len(longer):
        return False
    return sum(1 for token in tokens if token.lower() in FUNCTION_WORDS) <= rules.PICKER_ROW_MAX_FUNCTION_SHARE * len(tokens)


def with_bridged_cards(blocks: Sequence[Block], words: Sequence[int], prose: Sequence[bool], values: list[float]) -> list[float]:
    """A prose page's line values with the lines of its bridged cards (`bridged_cards`) paying no toll."""
    bridged = bridged_cards(blocks, words, prose)
    return [max(value, 0.0) if index in bridged else value for index, value in enumerate(values)]


def bridged_cards(blocks: Sequence[Block], words: Sequence[int], prose: Sequence[bool]) -> set[int]:
    """The short lines of the runs of cards (`_card_runs`) that stand between two passages of a prose
    page's text: CARDS_BRIDGE_PROSE_WORDS words of prose or more within CARDS_BRIDGE_LINES lines above
    the run and as many under it (the run as `_card_runs` finds it: its last card a unit long).

    A service's plans ("Save up to 60%" / "$32 /mo" / "billed annually ..."), a course's activities
    (a number, a title, "6 min"), a review's picks are the page's own content printed as cards: their
    short lines paid the prose page's toll and cut the text in two, one half left out. Other stories'
    cards stand after the text, a menu's columns before it: neither has the text's prose on both sides.
    Cards of short lines only (CARDS_BRIDGE_MAX_PROSE_SHARE): a thread's posts are cards of prose,
    which the thread rules read.
    """
    near = rules.CARDS_BRIDGE_LINES

    def prose_words(lines: range) -> int:
        return sum(words[i] for i in lines if prose[i])

    bridged: set[int] = set()
    for run in _card_runs(blocks, words, prose):
        own = range(run.start, run.end)
        above = prose_words(range(max(0, run.start - near), run.start))
        below = prose_words(range(run.end, min(len(blocks), run.end + near)))
        if min(above, below) >= rules.CARDS_BRIDGE_PROSE_WORDS and (
                prose_words(own) <= rules.CARDS_BRIDGE_MAX_PROSE_SHARE * sum(words[i] for i in own)):
            bridged.update(i for i in own if not prose[i])
    return bridged
