"""The article's key-point box: "Key takeaways", "Highlights", "TL;DR", or an unlabelled list under the headline.

Two places can hold it. Above the body (`head_key_points`), bullets are judged
as a list: the list under a key-point label is the box, an unlabelled one only
if it reads as a box of statements. In the text (`label_key_point_box`), the
article has one box near its top; boxes that repeat are per-item boxes of a
listing and stay text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .. import signals, vocabulary
from ..blocks import Block, Decision, Form, Kind, Zone
from ..rules import text as rules
from .lines import (
    BODY_HINTS, HEAD_FURNITURE_REASON, HEADING, KEY_POINT_LABEL_REASON, PARAGRAPH_FORMS, introduces_a_list, is_date_line, is_link,
    is_list_line, opens_with_label, short_key,
)

# A list under the first heading below the headline, read as the box by its shape alone.
SHAPED_REASON = "sentences under a short heading at the top"
# An unlabelled list above the body read as the box by its statements (`_reads_as_key_point_box`).
BULLETED_REASON = "bulleted sentences above the body"
# A list above the body that is a menu's drop-down (`_opens_a_submenu`): furniture, not points.
SUBMENU_REASON = "a menu's drop-down above the body"
# An unlabelled list above the body that a later list of the head repeats in shape (`_without_repeated_shapes`):
# a listing's card or a menu's group, furniture as the box it was read as was no text either.
REPEATED_REASON = "a card or menu group above the body, repeated in shape"
# The reasons `head_key_points` gives lines that are furniture, not points.
FURNITURE_REASONS = frozenset({KEY_POINT_LABEL_REASON, SUBMENU_REASON, REPEATED_REASON})
# Read once for `_key_point_boxes`, which asks them of every line (lines.BODY_HINTS says why).
_MAIN = Zone.MAIN
_KEY_POINT_HINT = Kind.KEY_POINT
# The kind of a box in the text known by its place and shape, not by a label (`_shaped_box_at`).
SHAPED_KIND = "shaped"


def names_a_box(block: Block) -> bool:
    """The title of a key-point box ("Key takeaways", "Expand for key takeaways:"), not a point of it."""
    return opens_a_box(block) or block.form is Form.HEADING


def opens_a_box(block: Block) -> bool:
    """A key-point label, or a heading that opens with one ("Key Takeaways: Simple Ways to Cut Waste").

    Raw text has no headings: there a line opened by a label is a heading when the rest
    is set like a title (Title Case, no full stop), and a point of its own otherwise
    ("TL;DR: Prices fall.").
    """
    if signals.is_key_point_label(block.text):
        return True
    labelled = rules.KEY_POINT_INLINE_LABEL.match(block.text.strip())
    if labelled is None:
        return False
    return block.form is Form.HEADING or _titled(labelled.group("point").strip())


def _titled(text: str) -> bool:
    if text.endswith((".", "!", "…")) or not signals.is_headline_shaped(text):
        return False
    return signals.title_case_share(text) >= rules.KEY_POINT_TITLE_MIN_CASE_SHARE


def key_point(block: Block, reason: str) -> Decision:
    """A key point, without a bullet mark its markup printed into the text ("•Prices fall")."""
    point = block.text.lstrip(rules.KEY_POINT_MARKS)
    return Decision(replace(block, text=point) if point and point != block.text else block, Kind.KEY_POINT, reason)


def inline_key_point(block: Block) -> Decision:
    """A line that opens with its own label ("TL;DR: ..."): the point without the label."""
    point = signals.inline_key_point(block.text) or block.text
    return Decision(replace(block, text=point), Kind.KEY_POINT, "line opened by a key-point label")


def marked_runs(blocks: Sequence[Block], labels: list[Decision | None]) -> list[list[int]]:
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


def marked_points(blocks: Sequence[Block], run: list[int]) -> list[int]:
    """The points of a run of blocks a key-point class marks: its lines that name no box, or, when
    every line under the box's title is a heading, those headings (`_points_set_as_headings`)."""
    points = [index for index in run if not names_a_box(blocks[index])]
    return points or _points_set_as_headings(blocks, run)


def _points_set_as_headings(blocks: Sequence[Block], run: list[int]) -> list[int]:
    """The headings under a marked box's title when the box holds nothing else and they state points:
    a theme that sets each point as a heading (fit half: digit.in's "HIGHLIGHTS" box, three <h2>
    statements, "LLMs mimic intelligence but lack grounded understanding of reality"; read as three
    more titles, the box was dropped whole in HTML, while the inscriptis copy gave its points). A
    heading there that names a box, or one too short to state anything, keeps the run a title's."""
    title, *headings = run
    if not opens_a_box(blocks[title]) or len(headings) < rules.KEY_POINT_BOX_MIN_ITEMS:
        return []
    lines = [blocks[index] for index in headings]
    if any(line.form is not Form.HEADING or opens_a_box(line) or signals.word_count(line.text) < rules.KEY_POINT_MIN_WORDS
           for line in lines):
        return []
    return headings if is_point_box(lines) else []


def is_point_box(items: list[Block]) -> bool:
    """Statements, and two or more of them unless the one is a sentence (a labelled one-line summary)."""
    if not _states_points(items):
        return False
    return len(items) >= rules.KEY_POINT_BOX_MIN_ITEMS or signals.is_prose(items[0].text)


def _states_points(items: list[Block]) -> bool:
    """Whether a box's lines are statements of several words, not figures, tags or menu entries,
    nor headlines linking to other pages (an "In brief" box of the site's other stories), nor a
    shop's fine print: notes opening on a footnote mark (rules.FINE_PRINT_NOTE; inscriptis copy of
    fit apple.com, "* Financing available ..." and "◊ Apple Card Monthly Installments ..." in the
    footer, read as the box)."""
    counts = [signals.word_count(item.text) for item in items]
    if not counts or sum(counts) / len(counts) < rules.KEY_POINT_MIN_MEAN_WORDS:
        return False
    if any(rules.FINE_PRINT_NOTE.match(item.text) for item in items):
        return False
    return sum(item.link_density for item in items) / len(items) <= rules.KEY_POINT_MAX_LINK_DENSITY


def head_key_points(
    blocks: Sequence[Block], labels: list[Decision | None], body_start: int, headline: int | None, below: set[str | None]
) -> dict[int, str]:
    """The bulleted lines above the body that make the article's key-point box: index -> reason
    (and furniture lines, FURNITURE_REASONS: a box's title, a menu's drop-down, repeated cards).

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
    slogans ("Replace all your software") stay out, and so does an unlabelled
    run that a later run of the head repeats in shape (`_without_repeated_shapes`).
    """
    points: dict[int, str] = {}
    headline_key = signals.normalise(blocks[headline].text) if headline is not None else None
    run: list[int] = []
    before_run: int | None = None  # the open line just above the current run
    previous: int | None = None
    heading_above = False
    first_heading: int | None = None  # the first heading under the headline: it may title a box
    listed_above = False
    runs: list[list[int]] = []  # each list of the head
    for index in range(body_start + 1):
        if index < body_start and labels[index] is not None:
            continue  # furniture phrases and the outside are read through
        block = blocks[index] if index < body_start else None
        if block is not None and block.hint is None and is_list_line(block):
            if not run:
                before_run = previous
            run.append(index)
            previous = index
            continue
        if run:
            lead = blocks[before_run] if before_run is not None else None
            first_list = not listed_above and (headline is None or run[0] > headline)
            titled = before_run is not None and before_run == first_heading
            reason = _run_reason(lead, [blocks[i] for i in run], first_list, titled, heading_above, headline_key, below)
            if reason is not None:
                points.update(dict.fromkeys(run, reason))
                if reason == SHAPED_REASON:
                    points[before_run] = KEY_POINT_LABEL_REASON  # the heading titles the box
            # Only the first list under the headline can be its box: later ones are text (a forum's replies).
            listed_above = listed_above or headline is None or run[0] > headline
            runs.append(run)
            run = []
        if block is None:
            break
        if block.hint is None and opens_a_box(block):
            points.update(_paragraph_points(blocks, labels, index, body_start))
        if _section_heading(block, index, headline):
            first_heading = index if not heading_above else first_heading
            heading_above = True
        previous = index
    return _without_repeated_shapes(points, runs)


def _without_repeated_shapes(points: dict[int, str], runs: list[list[int]]) -> dict[int, str]:
    """The head's points less an unlabelled box (`BULLETED_REASON`, `SHAPED_REASON`) that a later list
    of the head repeats in shape, as many lines: one card of a listing or one group of a menu, each
    card or group a list of its own. A page's box is one; boxes that repeat are per-item boxes, as
    in the text (`label_key_point_box`). Fit half, every unlabelled box the head gave: security.org
    (wcxb 4601, 4893: "Best Burglar Deterrent-SimpliSafe" over three feature lines, then the next
    product's three, HTML and inscriptis) and onepagecrm.com (wcxb 4474, inscriptis: the menu's
    "Organize contacts" group of four, then "Grow revenue" and "Scale business" of four). Its lines
    stay out of the text, as they were as the box (REPEATED_REASON): 4601's truth leaves the first
    card out (as text it lowered that page's body F1 in HTML and inscriptis)."""
    for at, run in enumerate(runs):
        if points.get(run[0]) in (BULLETED_REASON, SHAPED_REASON) and any(len(later) == len(run) for later in runs[at + 1:]):
            # Out of the text as the box was: its lines were never body (a shaped box's title stays the label it was).
            points.update(dict.fromkeys(run, REPEATED_REASON))
    return points


def _paragraph_points(
    blocks: Sequence[Block], labels: list[Decision | None], label: int, body_start: int
) -> dict[int, str]:
    """Points shaped as paragraphs under a label in the head (<li><p>, copied text)."""
    boxed = [i for i in _items_under_label(blocks, labels, label + 1, blocks[label]) if i < body_start]
    if boxed and not is_list_line(blocks[boxed[0]]) and _states_points([blocks[i] for i in boxed]):
        return dict.fromkeys(boxed, "paragraph under a key-point label")
    return {}


def _section_heading(block: Block, index: int, headline: int | None) -> bool:
    """A heading under the headline that is no key-point label: the text's sections begin."""
    return (
        block.form is Form.HEADING
        and index != headline
        and (headline is None or index > headline)
        and not signals.is_key_point_label(block.text)
    )


def _run_reason(lead: Block | None, items: list[Block], first_list: bool, titled: bool, heading_above: bool,
                headline_key: str | None, below: set[str | None]) -> str | None:
    """Why a list of the head is the key-point box (see `head_key_points`), or None; SUBMENU_REASON for a menu.

    `first_list`: the first list under the headline; `titled`: `lead` is the first heading under
    the headline; `heading_above`: a heading stands between the headline and the list."""
    if lead is not None and _opens_a_submenu(lead, items):
        return SUBMENU_REASON
    if lead is not None and opens_a_box(lead):
        # Under a label, statements only: not a list of other stories' headlines ("In brief").
        return "item of the list under a key-point label" if _states_points(items) else None
    if first_list and titled and lead is not None and _shaped_points(lead, items, headline_key, below):
        return SHAPED_REASON
    if heading_above or not first_list or (lead is not None and introduces_a_list(lead)):
        return None
    return BULLETED_REASON if _reads_as_key_point_box(items, headline_key, below) else None


def _opens_a_submenu(lead: Block, items: list[Block]) -> bool:
    """Whether the list is nested under an item with no words of its own ("1.", "*"): a menu's
    drop-down as a copy prints it (inscriptis numbers the menu's entries and nests their links
    under them). Fit half, inscriptis copies: such sublists are menus on about a hundred sites
    ("+ New", "+ Store", "* SIGN IN"). Read as the key-point box on the Stack Exchange sites'
    "Tour / Help Center / Meta / About Us" menu (serverfault.com, askubuntu.com,
    unix.stackexchange.com, expatriates.stackexchange.com), or left in the body above the text
    (movebuddha.com, digitalocean.com, amazon.com): furniture (`head_key_points`). A raw-text
    shape: a page's markup gives no list a wordless item to nest under."""
    if items[0].depth <= lead.depth or any(char.isalpha() for char in lead.text):
        return False
    # A nested list holding a date is the article's byline and date set as a list (fit half:
    # "Selin Romano / on Elementor / Nov 20, 2025", "Ben / 2 days ago"), not a menu.
    return not any(is_date_line(item.text) for item in items)


def _shaped_points(label: Block, items: list[Block], headline_key: str | None, below: set[str | None]) -> bool:
    """Whether a list under the first heading below the headline is a key-point box no label of the
    vocabulary names: the heading is short and no question, the items sentences stating points."""
    if label.text.rstrip().endswith("?") or signals.word_count(label.text) > rules.KEY_POINT_SHAPE_LABEL_MAX_WORDS:
        return False
    if sum(map(_defines_a_term, items)) * 2 > len(items):
        return False  # a feature list ("Calendar sync: ...", "【Design】: ..."), not a summary
    return all(_is_statement(item) for item in items) and _reads_as_key_point_box(items, headline_key, below)


def _defines_a_term(block: Block) -> bool:
    """An item that opens with a term and a colon ("Team Scheduling: Lunacal offers ...")."""
    head, colon, _rest = block.text.partition(":")
    return bool(colon) and signals.word_count(head) <= rules.KEY_POINT_SHAPE_LABEL_MAX_WORDS


def _reads_as_key_point_box(items: list[Block], headline_key: str | None, below: set[str | None]) -> bool:
    """Whether unlabelled bullets read as a box of points rather than a menu, a breadcrumb or a contents list.

    Two to KEY_POINT_SHAPE_MAX_ITEMS of them: with no label to say "box", a longer list of lines of
    several words under the headline is a list of stories or a feature list. Fit half, inscriptis
    copies, lists of 6 to 23 such items read as the box where the page has none: "Popular posts"
    (gardenista.com), a guide's contents (legalzoom.com), a firm's credentials (scnsoft.com), the
    figures of a dance (rueda.wikidot.com). A labelled box may hold more (`_items_under_label`)."""
    if not rules.KEY_POINT_BOX_MIN_ITEMS <= len(items) <= rules.KEY_POINT_SHAPE_MAX_ITEMS:
        return False
    if not _states_points(items) or min(signals.word_count(item.text) for item in items) < rules.KEY_POINT_MIN_WORDS:
        return False
    if any(signals.normalise(item.text) == headline_key or short_key(item.text) in below for item in items):
        return False
    if any(map(_opens_with_meta_label, items)):
        return False  # the article's byline and date set as a list ("Publicado: ...", "Escrito por ...")
    return sum(item.link_density for item in items) / len(items) <= rules.KEY_POINT_MAX_LINK_DENSITY


def _opens_with_meta_label(block: Block) -> bool:
    """A line that begins with a byline or date label, in any language, and goes on with its value:
    the label and a colon ("Publicado: Jueves, 21 Abril"), or a label of a few words before a
    capital or a digit ("Escrito por Jose Segura", "Updated 21 April")."""
    head, colon, _rest = block.text.partition(":")
    if colon and vocabulary.is_meta_label(signals.normalise(head)):
        return True
    return opens_with_label(
        block.text.split(maxsplit=rules.META_LABEL_MAX_WORDS),
        lambda label: vocabulary.is_meta_label(signals.normalise(label)),
        rules.META_LABEL_MAX_WORDS,
        _names_a_value,
    )


def _names_a_value(word: str) -> bool:
    """A word that opens a name or a date: a capital or a digit."""
    return word[:1].isupper() or word[:1].isdigit()


@dataclass(slots=True)
class _Box:
    """A candidate key-point box in the text: its label line (if any) and its points."""

    label: int | None
    items: list[int]
    kind: str  # what makes it a box: "class" (a key-point class), the label's text, or "inline"
    above: int  # words of text between the start of the text and the box
    extra_labels: list[int] = field(default_factory=list)  # more title lines inside a marked box
    title_is_text: bool = False  # the title is a line the article wrote (`_announced_box_at`), not a label


def label_key_point_box(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> None:
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
    # A box the page names or marks outranks one known by its shape alone.
    boxes = [box for box in boxes if box.kind != SHAPED_KIND] or boxes
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
        and is_point_box([blocks[index] for index in first.items])
        else None
    )
    for box in boxes:
        if box is chosen:
            # The title of a box known by its shape alone is a heading the article wrote, not a
            # label of the vocabulary: it stays in the text (where WCXB's truth has it too).
            titles = [] if box.kind == SHAPED_KIND or box.title_is_text or box.label is None else [box.label]
            for index in titles + box.extra_labels:
                if labels[index] is None:
                    labels[index] = Decision(blocks[index], Kind.BOILERPLATE, KEY_POINT_LABEL_REASON)
            for index in box.items:
                block = blocks[index]
                if box.kind == "inline":
                    labels[index] = inline_key_point(block)
                else:
                    labels[index] = key_point(block, "item of the article's key-point box")
        elif box.kind == "class":
            # A key-point class on a box that is not the article's: its text stays text.
            for index in box.items + box.extra_labels + ([box.label] if box.label is not None else []):
                labels[index] = Decision(blocks[index], Kind.BODY, "key-point class on a box that is not the article's")


def _key_point_boxes(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> list[_Box]:
    """Every candidate key-point box from the start of the text on, in reading order."""
    boxes: list[_Box] = []
    above = 0
    opened = False
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
        if labels[index] is not None or block.zone is not _MAIN:
            index += 1
            continue
        if block.hint is _KEY_POINT_HINT:
            box, index = _marked_box(blocks, labels, index, above)
            if not box.items and box.label is not None:
                # Only the title carries the class (an id like "key-takeaways"):
                # the points are the list under it, as under any label.
                box.items = _items_under_label(blocks, labels, index, blocks[box.label])
                box.kind = signals.normalise(blocks[box.label].text)
                index = box.items[-1] + 1 if box.items else index
            if box.items:
                boxes.append(box)
                opened = True
            elif box.label is not None:
                # A marked title over nothing is a heading of the text ("Main Takeaways" over paragraphs).
                labels[box.label] = Decision(blocks[box.label], Kind.BODY, "key-point class on a heading with no list")
            continue
        if block.hint is None and not is_list_line(block) and opens_a_box(block):
            items = _items_under_label(blocks, labels, index + 1, block)
            if items:
                boxes.append(_Box(index, items, signals.normalise(block.text), above))
                index = items[-1] + 1
                opened = True
                continue
        elif block.hint is None and not opened and (
            shaped := _shaped_box_at(blocks, labels, index, above) or _announced_box_at(blocks, labels, index, above)
        ):
            boxes.append(shaped)
            index = shaped.items[-1] + 1
            opened = True
            continue
        elif block.hint is None and block.form in PARAGRAPH_FORMS and signals.inline_key_point(block.text):
            boxes.append(_Box(None, [index], "inline", above))
        elif block.hint in BODY_HINTS:
            above += signals.word_count(block.text)
        # The text's first list or section heading closes the top of the story, where an unlabelled box stands.
        opened = opened or block.form is HEADING or is_list_line(block)
        index += 1
    return boxes


def _shaped_box_at(blocks: Sequence[Block], labels: list[Decision | None], lead: int, above: int) -> _Box | None:
    """A box no label names, known by its place and shape: at the top of the story, before its
    first section heading and first list, a short heading ("Die wichtigsten Neuerungen des Strava
    Karten-Updates", "Die Highlights des Thermen- & Vulkanlandes im Überblick:") over a list
    (`_shaped_items` judges it). Not a paragraph's line ending in a colon: that leads into its own
    list ("Here's what you'll learn:", "Deshalb fordert er:", "A few questions worth asking:")."""
    block = blocks[lead]
    text = block.text.rstrip()
    if block.form is not HEADING or text.endswith(("?", "？")):
        return None
    if signals.word_count(text) > rules.KEY_POINT_SHAPE_LABEL_MAX_WORDS:
        return None
    items: list[int] = []
    index = lead + 1
    while index < len(blocks):
        decided = labels[index]
        if decided is not None and decided.kind is Kind.BOILERPLATE:
            index += 1
            continue
        if decided is not None or blocks[index].hint is not None or not is_list_line(blocks[index]):
            break
        items.append(index)
        index += 1
    if not items or not _shaped_items(block, [blocks[index] for index in items]):
        return None
    return _Box(lead, items, SHAPED_KIND, above)


def _announced_box_at(blocks: Sequence[Block], labels: list[Decision | None], lead: int, above: int) -> _Box | None:
    """A box whose title names it inside a longer line, as a copy prints a heading or a lead-in line
    ("Hier sind die wichtigsten Punkte für euch zusammengefasst:", "Die Highlights des Thermen- &
    Vulkanlandes im Überblick:", "Die wichtigsten Neuerungen des Strava Karten-Updates"), at the top of
    the story: over two to KEY_POINT_SHAPE_MAX_ITEMS points, a list or short lines (a browser's copy
    drops the bullets), none a link, a question or a clause that runs on. Raw text has no heading
    for `_shaped_box_at`: the label words say what the line opens (fit half: 1000things.at and
    bike-magazin.de, tune2 and traf-dev; moritz-meyer.net's box stands too far down, after a quoted
    tweet; a line ending in a colon with no such words leads into a list of its own, "Here's what
    you'll learn:")."""
    block = blocks[lead]
    if above > rules.KEY_POINT_ANNOUNCED_MAX_WORDS_ABOVE or not _announces_a_box(block):
        return None
    items = _items_under_label(blocks, labels, lead + 1, block, titled=True)
    if not rules.KEY_POINT_BOX_MIN_ITEMS <= len(items) <= rules.KEY_POINT_SHAPE_MAX_ITEMS:
        return None
    if any(is_link(blocks[index]) or _unstated(blocks[index]) for index in items):
        return None
    return _Box(lead, items, signals.normalise(block.text), above, title_is_text=True)


def _announces_a_box(block: Block) -> bool:
    """A short title, not a sentence nor a question, that holds a key-point label of the vocabulary:
    among its words when it ends in a colon, leading into the box ("Die Highlights des ... im
    Überblick:"); as its first words when it ends in no stop, a heading ("Die wichtigsten Neuerungen
    des Updates"), for a label later in a heading names a chapter ("Branches in a Nutshell", git-scm.com)."""
    text = block.text.rstrip()
    if block.bullet or text.endswith(("?", "？")) or signals.word_count(text) > rules.KEY_POINT_SHAPE_LABEL_MAX_WORDS:
        return False
    colon = text.endswith((":", "："))
    if rules.SENTENCE_END.search(text) and not colon:
        return False
    words = text.split()
    starts = range(len(words)) if colon else range(1)
    # Each run of words in the phrase tables' form (no edge punctuation: "highlights," is "highlights").
    return any(vocabulary.key_point_label(signals.normalise(" ".join(words[start:end])))
               for start in starts for end in range(start + 1, len(words) + 1))


def _shaped_items(lead: Block, items: list[Block]) -> bool:
    """Whether the list under an unnamed box's title states the story's points: what an unlabelled
    box under the headline must be (`_shaped_points` under a heading, `_reads_as_key_point_box` under
    a line ending in a colon, whose "Term: ..." lines are its points), with no line a link, a
    question or a clause that runs on."""
    if any(is_link(item) or _unstated(item) for item in items):
        return False
    if not lead.text.rstrip().endswith((":", "：")):
        return _shaped_points(lead, items, None, set())
    return _reads_as_key_point_box(items, None, set())


def _unstated(block: Block) -> bool:
    """A line that asks or runs on instead of stating: a question (an outline's "Why is X moving to Y?"),
    or a clause ending in a comma or semicolon (the items of a law's list of changes)."""
    return block.text.rstrip().endswith(rules.KEY_POINT_UNSTATED_ENDS)


def _is_statement(block: Block) -> bool:
    """A point stated as a sentence: enough words, and a sentence's end."""
    return signals.word_count(block.text) >= rules.KEY_POINT_MIN_WORDS and block.text.rstrip().endswith((".", "!", "…"))


def outside_box(blocks: Sequence[Block], labels: list[Decision | None], label: int, outside: str) -> list[int]:
    """The list under a key-point label the region left outside, under a headline found above it.

    A raw copy whose article text did not print ("Loading paragraph...") starts its region at
    later text, and the head printed over it (headline, byline, "Key Points" and its bullets)
    is outside. The bullets right under the label, still outside lines (`outside` is their
    reason), are the box when they read as one (`is_point_box`): statements, not a menu. The
    points of one list share its depth: a nested or outer list after them (a table of contents
    with its promotion, fit fool.com) is not the box's.
    """
    items: list[int] = []
    index = label + 1
    while index < len(blocks) and blocks[index].zone is Zone.OUTSIDE and is_list_line(blocks[index]):
        decided = labels[index]
        if decided is None or decided.reason != outside or (items and blocks[index].depth != blocks[items[0]].depth):
            break
        items.append(index)
        index += 1
    return items if is_point_box([blocks[i] for i in items]) else []


def _dangling_head_label(blocks: Sequence[Block], labels: list[Decision | None], body_start: int) -> int | None:
    """A key-point label that ended the head with no points under it: they open the text (paragraph-shaped points)."""
    for index in range(body_start - 1, -1, -1):
        label = labels[index]
        if label is None or label.kind is not Kind.BOILERPLATE or label.reason == HEAD_FURNITURE_REASON:
            return None  # lines of the head stand between: the label's points were those
        if label.reason == KEY_POINT_LABEL_REASON:
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
        if names_a_box(block):
            if box.label is None and not box.items:
                box.label = index
            else:
                box.extra_labels.append(index)
        elif is_link(block):
            box.extra_labels.append(index)  # a promotion inside the box, not a point
        else:
            box.items.append(index)
        index += 1
    if box.label is not None and not box.items and (headed := _points_set_as_headings(blocks, [box.label, *box.extra_labels])):
        box.items, box.extra_labels = headed, []
    return box, index


def _items_under_label(
    blocks: Sequence[Block], labels: list[Decision | None], start: int, label: Block, titled: bool = False
) -> list[int]:
    """The points under a key-point label from `start`: a list, or paragraphs (<li><p>, copied text).

    Paragraph points are a sentence or two each. They make a box when
    something closes it (a heading, a marked block, a short line, the end),
    or when two or more run straight into the text (copied text keeps no
    frame), up to a point spaced unlike the others: the story's first paragraph set apart
    by an empty line under a list copied as glued lines (chromium copies of fit splunk.com,
    upgradedpoints.com, silverbackstrategies.com, blog.pangeanic.com). A label over one
    longer paragraph heads a one-paragraph summary.
    A title that carries a key-point class held its own box, so only a list
    follows it; a weak label ("Summary" also titles deks and conclusions)
    needs a list or several points.
    """
    listed: list[int] = []
    paragraphs: list[int] = []
    weak = signals.normalise(label.text) in rules.KEY_POINT_WEAK_LABELS
    index = start + 1 if _leads_in(blocks, labels, start) else start
    while index < len(blocks):
        block, decided = blocks[index], labels[index]
        # Furniture inside a list is read through; under a title of the text (">> Mehr lesen: ...") or
        # after paragraph points (silverbackstrategies.com's "Table of Contents") it ends the box.
        if decided is not None and decided.kind is Kind.BOILERPLATE and not titled and not paragraphs:
            index += 1
            continue
        if decided is not None or block.hint is not None:
            break
        if is_list_line(block) and not paragraphs:
            listed.append(index)
        elif block.form is Form.PARAGRAPH and not listed and _is_paragraph_point(block, titled):
            if paragraphs and _ends_in_a_stop(blocks[paragraphs[0]]) != _ends_in_a_stop(block):
                break  # the points of one box end alike: a copy loses the frame, not the punctuation
            if len(paragraphs) > 1 and block.blank_above != blocks[paragraphs[1]].blank_above:
                break  # and are spaced alike: a copy glues a list's lines and sets the text below apart
            paragraphs.append(index)
            if len(paragraphs) > (rules.KEY_POINT_WEAK_BOX_MAX_PARAGRAPHS if weak else rules.KEY_POINT_BOX_MAX_PARAGRAPHS):
                return []
        else:
            break
        index += 1
    if listed:
        enough = len(listed) >= rules.KEY_POINT_BOX_MIN_ITEMS or signals.is_prose(blocks[listed[0]].text)
        return listed if enough else []
    if label.hint is Kind.KEY_POINT or any(_asks(blocks[point]) for point in paragraphs):
        return []
    if len(paragraphs) >= rules.KEY_POINT_BOX_MIN_ITEMS:
        return paragraphs
    if weak or index >= len(blocks):
        return []
    if paragraphs:
        # One point: a box only when closed, and only if it is a sentence.
        closed = _closes_a_box(blocks, labels, index) or _ends_one_point(blocks, labels, index, paragraphs[0], label)
        return paragraphs if closed and signals.is_prose(blocks[paragraphs[0]].text) else []
    # No short point: the label may head one summary paragraph.
    return [index] if labels[index] is None and _summary_paragraph(blocks[index]) else []


def _summary_paragraph(block: Block) -> bool:
    """One paragraph that may be a label's whole summary: a short statement in prose that asks nothing."""
    return (block.form is Form.PARAGRAPH and block.hint is None and _short_statement(block)
            and signals.is_prose(block.text) and not _asks(block))


def _asks(block: Block) -> bool:
    """A paragraph that ends in a question: under a label it is a teaser, which asks what the story
    will answer, not a point it states (fit half: marketingsherpa.com's "SUMMARY:" over "... So how
    do you stack up against 6,808 others?" and "... what's a fair price to pay?", the chromium copy's
    two points; the labelled pages' 53 key points hold no question, and their conventions read a
    "Summary:" teaser as the standfirst). A list of questions is an outline, which `_unstated` reads."""
    return block.text.rstrip().endswith(("?", "？"))


def _leads_in(blocks: Sequence[Block], labels: list[Decision | None], index: int) -> bool:
    """Whether the line under a box's label is the box's lead-in, not its first point: a paragraph
    ending in a colon ("Here are five key insights for profitable plumbing pricing:") introduces the
    points under it and states none. It stays text, where the box's own words are not (fit half:
    housecallpro.com, HTML and both copies, where it was given as the first of six points; the
    WCXB truth keeps it with the text)."""
    if index >= len(blocks) or labels[index] is not None:
        return False
    block = blocks[index]
    return (block.hint is None and block.form is Form.PARAGRAPH and not is_list_line(block)
            and block.text.rstrip().endswith((":", "："))
            and signals.word_count(block.text) >= rules.KEY_POINT_MIN_WORDS)


def _is_paragraph_point(block: Block, titled: bool = False) -> bool:
    """A paragraph short enough to be one point: a sentence or two, not a heading ("What is Social Shopping?").
    Under a title that names the box (`titled`), a short line with no stop is a point too: the
    list item a copy printed without its bullet ("Wellness: 6 Thermen mit wohltuendem Thermalwasser")."""
    if not _short_statement(block) or signals.sentence_count(block.text) > rules.KEY_POINT_MAX_SENTENCES:
        return False
    return titled or bool(rules.SENTENCE_END.search(block.text)) or signals.word_count(block.text) >= rules.PROSE_MIN_WORDS


def _ends_in_a_stop(block: Block) -> bool:
    return bool(rules.SENTENCE_END.search(block.text))


def _short_statement(block: Block) -> bool:
    words = signals.word_count(block.text)
    return rules.KEY_POINT_MIN_WORDS <= words <= rules.KEY_POINT_PARAGRAPH_MAX_WORDS


def _ends_one_point(blocks: Sequence[Block], labels: list[Decision | None], index: int, point: int, label: Block) -> bool:
    """Whether a bare label's one paragraph point stands alone, closed by the paragraph at `index`
    that has a point's shape but ends unlike it (a full stop against none): the points of one box
    end alike, so that line is the story's opening ("Struggling to find an SEO agency that truly
    understands blockchain and Web3?" under embarque.io's "Quick summary"), or a point the copy cut
    from the box (brighterly.com's "Key points", whose second bullet has no full stop; its first
    alone beats none). Fit half, both renderings. Under a titled label ("TL;DR: What Is The Best
    Platform To Sell Courses? ...", learningrevolution.net) the paragraphs are the section's text."""
    if not signals.is_key_point_label(label.text):
        return False
    block = blocks[index]
    if labels[index] is not None or block.hint is not None or block.form is not Form.PARAGRAPH:
        return False
    return _is_paragraph_point(block) and _ends_in_a_stop(block) != _ends_in_a_stop(blocks[point])


def _closes_a_box(blocks: Sequence[Block], labels: list[Decision | None], index: int) -> bool:
    """Whether the block at `index` ends a box of paragraph points: the end, a heading, a marked or labelled block, a short line."""
    if index >= len(blocks):
        return True
    block = blocks[index]
    if labels[index] is not None or block.hint is not None or block.form in (Form.HEADING, Form.TABLE_ROW):
        return True
    return signals.word_count(block.text) < rules.KEY_POINT_MIN_WORDS
