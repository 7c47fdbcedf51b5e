"""Evidence in the DOM: microdata, `rel=author` links, byline-class
elements, a "By ..." line near the headline, author boxes, links to author
pages, `<time>`, date-class elements, and forum usernames.

These are fallbacks: `Dom` walks the tree lazily, each walk at most once,
and only when the structured sources (JSON-LD, meta tags) left a field
empty.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

from lxml import etree

from artextract.authors import clean_authors
from artextract.dates import find_date, parse_date
from artextract.rules.metadata import (
    AUTHOR_NAME_CLASS_RE,
    AUTHOR_PAGE_PATH_RE,
    BYLINE_CLASS_HINTS,
    BYLINE_CLASS_RE,
    BYLINE_EXCLUDE_RE,
    BYLINE_LABELS_SOURCE,
    BYLINE_NAME_PART,
    BYLINE_NOT_PERSON_PARTS,
    BYLINE_PREFIX_ONLY_RE,
    BYLINE_START_RE,
    DATE_CLASS_HINTS,
    DATE_CLASS_RE,
    LOGIN_NAME_RE,
    MAX_BYLINE_CHARS,
    MODIFIED_CLASS_RE,
    NON_WRITER_LABEL_RE,
    UPDATE_CLASS_RE,
    USERNAME_CLASS_HINTS,
    USERNAME_CLASS_RE,
)

from ... import signals
from ...vocabulary import IGNORECASE_FOLDS, ignorecase_form
from ...rules.dom import BLOCK_TAGS, UNSHOWN_TAGS
from ..markup import markup_of
from ..tree import ELEMENT_ATTRIBUTE, document_elements, next_element, text_content, xpath
from .regions import class_id, in_comments, in_excluded_region, in_picture, in_reply_item, in_site_chrome, placement

# Compiled XPath, built once. Each is a single walk done in C.
# The itemprop and rel attributes are selected, and their values read in Python: a predicate
# asked of every element (`//*[@itemprop and contains(...)]`) costs libxml2 four to five times
# more than this walk and the few values (see _itemprop_elements, _rel_author_links). Written as a
# step from the elements alone: `//@itemprop` steps from every node, text nodes too (a third more
# instructions for the same attributes, in the same order; html/tree.ELEMENT_ATTRIBUTE).
_ITEMPROP_XP = xpath(ELEMENT_ATTRIBUTE.format("itemprop"))
_REL_XP = xpath("//a/@rel")
_ITEMPROPS_READ = ("author", "creator", "datePublished", "dateCreated")
_XPATH_SPACES = str.maketrans("\t\n\r", "   ")  # the white space of normalize-space(), as spaces
# Text nodes examined around the headline: bylines sit within a few lines.
_NEAR_AFTER = 40
_NEAR_BEFORE = 12
# They are walked in Python (`_texts_after`, `_texts_before`), finding what
# `following::text()` / `preceding::text()` with the test `[normalize-space()][not(parent::script
# or parent::style or parent::noscript or parent::template or parent::button or parent::option)]`
# find: libxml2 filters the whole axis before it takes the first few (~1 ms a page).
# An SVG drawing's own labels (`<text>`, `<tspan>`) are no line of the page either: a syntax diagram's
# "ORDER BY" then "LIMIT" read as a byline and its name (fit-half wcxb-dev sqlite.org).
_UNSHOWN_PARENTS = UNSHOWN_TAGS | {"button", "option", "text", "tspan", "textpath"}
_XPATH_SPACE = " \t\n\r"  # what normalize-space() strips; a no-break space is text

# Elements that carry a class or id, filtered in Python with one compiled
# regex: XPath contains() over many tokens costs ten times more. The tags that
# never carry a byline or date are left out in Python too: nine self:: tests
# per element cost libxml2 more than the whole walk. The body's `iter` reads
# every element in a third less time than this XPath takes to select the
# classed ones (libxml2 sorts and merges the node set), so the XPath is kept
# only for a tree without a <body> child of its root (a fragment's element).
_CLASSED_XP = xpath("//body/descendant::*[@class or @id]")
_UNHINTED_TAGS = frozenset({"script", "style", "img", "link", "meta", "svg", "path", "input", "button"})
# Matched against the lowercased class/id string; case-sensitive literal
# alternations are several times faster than IGNORECASE ones.
_HINT_RE = re.compile("|".join(re.escape(h) for h in (*BYLINE_CLASS_HINTS, *USERNAME_CLASS_HINTS, *DATE_CLASS_HINTS)))
# Byline-class elements examined at most; past that the page is a listing.
_MAX_BYLINE_CANDIDATES = 40
# The blocks a signature stands in as a whole ("<h3>Written by Jane Doe</h3>"); an inline
# element's label ("<span>by</span>") is the byline's part, read by the byline finders.
_SIGNING_TAGS = ("p", "div", "h2", "h3", "h4", "h5", "h6")
# How far up a date's element a forum post's member box is looked for: the box holds a short
# list ("<dl class=postprofile><dd><strong>Joined:</strong> Dec 11, 2021</dd>").
_MEMBER_BOX_DEPTH = 6
_NOT_ALNUM_RE = re.compile(r"[\W_]+")
# The text a sentence's words run on from before a label in the same line ("... die Online-Fangemeinde
# </strong> von Wally und Bavaria"): read up to this many characters (its last words and a date).
_LINE_OPENING_CHARS = 300
# The elements that end a line inside a block.
_LINE_BREAKS = BLOCK_TAGS | {"br"}
# What ends a line's field before a label: a separator, not a sentence's word.
_FIELD_END_CHARS = ":|·•-–—,/()[]"
# The byline label patterns (BYLINE_START_RE, BYLINE_PREFIX_ONLY_RE) open on one case-blind alternation
# of ~100 labels, which sre tries one by one at a text's start (~1 us a pattern, asked of the ~50 text
# nodes around a headline and of short blocks). Both match only where this opening does: the labels,
# written in lower case, matched case-sensitively in the text's ignorecase_form, where a label whose
# first letter differs is passed at once (tests/html/metadata/test_dom.py). Both want white space or
# the text's end after the label, and so does the gate: a word that only begins like a label ("Paris",
# "Different", "Available" for "par", "di", "av") is passed at once too, not tried against both.
_LABEL_OPENING = re.compile(r"\s*" + BYLINE_LABELS_SOURCE.translate(IGNORECASE_FOLDS) + r"(?!\S)")


def _may_open_with_label(text: str) -> bool:
    """Whether the text can open with a byline label (the gate of the label patterns)."""
    form = ignorecase_form(text)
    return form is None or _LABEL_OPENING.match(form) is not None


def _hinted_elements(tree: etree._Element) -> list[etree._Element]:
    """The elements whose class or id holds a byline or date hint, in document order. No hint
    holds a space, so the class and the id are asked apart, and a page's few hundred class
    strings (repeated on thousands of elements) once each. (One loop over every classed element
    of the page, its tag read only once a hint is found: few are.)"""
    verdicts: dict[str, bool] = {}
    found: list[etree._Element] = []
    for el in _classed_candidates(tree):
        names = el.get("class")
        if names:
            verdict = verdicts.get(names)
            if verdict is None:
                verdict = verdicts[names] = _HINT_RE.search(names.lower()) is not None
            if verdict:
                if el.tag not in _UNHINTED_TAGS:
                    found.append(el)
                continue
        key = el.get("id")
        if key and _HINT_RE.search(key.lower()) is not None and el.tag not in _UNHINTED_TAGS:
            found.append(el)
    return found


def _itemprop_elements(tree: etree._Element) -> list[etree._Element]:
    """The elements, in document order, whose itemprop holds one of _ITEMPROPS_READ (as
    `//*[@itemprop and (contains(@itemprop, 'author') or ...)]` finds them)."""
    return [value.getparent() for value in _ITEMPROP_XP(tree) if signals.holds_any(value, _ITEMPROPS_READ)]


def _rel_author_links(tree: etree._Element) -> list[etree._Element]:
    """The links whose rel has the token "author", in document order (as
    `//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]` finds them)."""
    return [value.getparent() for value in _REL_XP(tree)
            if "author" in value and "author" in value.translate(_XPATH_SPACES).split(" ")]


def _classed_candidates(tree: etree._Element) -> Iterator[etree._Element]:
    """What `_CLASSED_XP` finds, or more (elements without class or id, which the caller
    passes over), in document order: the body's elements below it."""
    body = tree.find("body")
    if body is None:
        return iter(_CLASSED_XP(tree))
    elements = body.iter(etree.Element)
    next(elements)  # the body itself: descendants only
    return elements


class Dom:
    """Lazy DOM lookups shared by the author and date fallbacks.

    Each walk runs at most once, and only when the structured sources left
    a field empty.
    """

    __slots__ = ("tree", "heading", "_microdata", "_around", "_hinted", "_shown_text", "_byline_line")

    def __init__(self, tree: etree._Element, heading: etree._Element | None = None) -> None:
        self.tree = tree
        self.heading = heading  # the page's headline (html/headline.py), None when it shows none
        self._microdata: tuple[list[str], str | None] | None = None
        self._around: tuple[_Kept, _Kept] | None = None
        self._hinted: list[tuple[etree._Element, str]] | None = None
        self._shown_text: str | None = None
        self._byline_line: tuple[list[str], str] | None = None

    def hinted(self, pattern: re.Pattern[str]) -> Iterator[tuple[etree._Element, str]]:
        """Elements whose class/id matches `pattern`, in document order, capped."""
        if self._hinted is None:
            self._hinted = [(el, class_id(el)) for el in _hinted_elements(self.tree)]
        count = 0
        for el, hint in self._hinted:
            if pattern.search(hint):
                yield el, hint
                count += 1
                if count >= _MAX_BYLINE_CANDIDATES:
                    return

    def microdata(self) -> tuple[list[str], str | None]:
        """(authors, published) from itemprop attributes."""
        if self._microdata is not None:
            return self._microdata
        authors: list[str] = []
        published: str | None = None
        for el in _itemprop_elements(self.tree):
            if el.tag == "meta":
                continue  # already read with the other <meta> tags
            props = el.get("itemprop", "").split()
            if ("author" in props or "creator" in props) and not authors:
                place = placement(el)
                if place.comments or place.held_review or place.picture:
                    continue
                name_el = el.find(".//*[@itemprop='name']")
                source = name_el if name_el is not None else el
                text = source.get("content") or _short_text(source)
                if text:
                    authors = clean_authors(text, structured=name_el is not None)
            elif ("datePublished" in props or "dateCreated" in props) and published is None:
                place = placement(el)
                if not (place.comments or place.reply_item or place.held_review):
                    published = parse_date(el.get("content") or el.get("datetime") or text_content(el)[:200])
        self._microdata = (authors, published)
        return self._microdata

    def around_headline(self) -> tuple[_Kept, _Kept]:
        """Shown text nodes after the headline element, and before it (nearest first), each
        with the element it is the text or tail of. Walked only as far as a reader asks: the
        byline and the date readers stop at their first line, most often just under the headline,
        and the walk above it (backwards, subtree by subtree) is then never made."""
        if self._around is None:
            heading = self.heading if self.heading is not None else _first_body_h1(self.tree)
            if heading is None:
                self._around = (_Kept(iter(()), 0), _Kept(iter(()), 0))
            else:
                self._around = (_Kept(_texts_after(heading), _NEAR_AFTER), _Kept(_texts_before(heading), _NEAR_BEFORE))
        return self._around

    def rel_author(self) -> list[str]:
        return _first_names(_rel_author_links(self.tree))

    def byline_elements(self) -> list[str]:
        return _first_names(el for el, hint in self.hinted(BYLINE_CLASS_RE) if not BYLINE_EXCLUDE_RE.search(hint))

    def author_box_names(self) -> list[str]:
        """Names in author boxes ("About the author" cards), outside comments."""
        for el, _ in self.hinted(AUTHOR_NAME_CLASS_RE):
            if in_comments(el):
                continue
            text = _short_text(el, 80)
            names = clean_authors(text) if text and not _is_label(text) else []
            if names:
                return names
        return []

    def headline_byline(self) -> list[str]:
        """A "By Jane Doe" line, or a lone "By" followed by a name, near the <h1>."""
        return self._headline_byline_line()[0]

    def shown_writer(self) -> list[str]:
        """The names of the headline's byline line when its label credits the writing: not a
        reviewer's, an editor's or a fact-checker's line (rules.metadata.NON_WRITER_LABEL_RE)."""
        names, label = self._headline_byline_line()
        return [] if NON_WRITER_LABEL_RE.match(label) else names

    def shows_any(self, names: list[str]) -> bool:
        """Whether the page's shown text (its body without scripts and styles) spells any of the
        names, case and spacing aside. Read only when asked: a whole page's text."""
        if self._shown_text is None:
            body = self.tree.find("body")
            top = body if body is not None else self.tree
            self._shown_text = signals.caseless(" ".join(
                text for text, parent in _own_texts(top) if parent.tag not in _UNSHOWN_PARENTS))
        return any(signals.caseless(name) in self._shown_text for name in names)

    def _headline_byline_line(self) -> tuple[list[str], str]:
        """(names, the line that labels them) of the first byline line near the headline. Read
        once: the declared author's check (choose._shown_over_declared) and the byline fallback
        both ask."""
        if self._byline_line is None:
            self._byline_line = self._find_byline_line()
        return self._byline_line

    def _find_byline_line(self) -> tuple[list[str], str]:
        """(names, label line) of the first byline line near the headline that names a person;
        else of the first that names a lone login ("by ibby": `_lone_login`, a weak author)."""
        after, before = self.around_headline()
        login: tuple[list[str], str] = ([], "")
        # `before` runs backwards, so only in `after` does a lone "By" have
        # its name at i + 1.
        for nodes, forward in ((after, True), (before, False)):
            for i, (raw, owner) in enumerate(nodes):
                text = " ".join(raw.split())
                if len(text) > MAX_BYLINE_CHARS or not _may_open_with_label(text):
                    continue
                if _continues_a_sentence(raw, owner):
                    continue
                if forward and BYLINE_PREFIX_ONLY_RE.match(text) and (following := nodes.at(i + 1)) is not None:
                    candidate = " ".join(following[0].split())
                    if _is_label(candidate):
                        continue  # a second label (one for each screen size): the name follows it
                elif BYLINE_START_RE.match(text):
                    candidate = text
                else:
                    continue
                names = clean_authors(candidate)
                if names and not in_comments(owner):
                    return names, text
                if not names and not login[0] and candidate is text and (found := _line_login(text, owner)):
                    login = (found, text)
        return login

    def signed_blocks(self) -> list[str]:
        """The name a signing block gives, anywhere in the page: a block whose own text starts
        with a byline label ("<h3>Written by Jane Doe</h3>", "<p>Written by <a>Jane Doe</a></p>"),
        or a block that is the label alone with the name in the next block ("<div>Written by</div>
        <div>Jane Doe</div>"). Author cards at an article's end sign it so, far from its headline
        and without a byline class. Only when every such block outside comments and rails names
        the same people: a page of several signatures is a listing."""
        found: list[str] | None = None
        for block in itertools.islice(_label_blocks(self.tree), _MAX_BYLINE_CANDIDATES):
            if in_excluded_region(block):
                continue
            names = _signed_names(block)
            if not names:
                continue
            if found is not None and {n.lower() for n in names} != {n.lower() for n in found}:
                return []
            found = names
        return found or []

    def author_page_links(self) -> list[str]:
        """The name of the first link to an author's page that spells the page's name ("<a
        href=/author/jane-doe>Jane Doe</a>"), outside comments, rails and the site's menus: a
        byline without a byline class or label. (A link whose words are not its page's name is a
        biography's text, a social profile, a call to read more.)"""
        for el in document_elements(self.tree, "a"):
            found = AUTHOR_PAGE_PATH_RE.search(el.get("href") or "")
            text = _short_text(el, 60) if found else None
            if not text or not _names_its_page(text, el.get("href", "")[found.end() - 1:]):
                continue
            if in_excluded_region(el) or in_site_chrome(el):
                continue
            names = clean_authors(text, structured=True)
            if names:
                return names
        return []

    def usernames(self) -> list[str]:
        """The first poster's name on forum-like pages."""
        for el, _ in self.hinted(USERNAME_CLASS_RE):
            if in_site_chrome(el):
                continue  # the logged-in user's menu, not a poster
            text = _short_text(el, 60)
            if text and len(text.split()) <= 3:
                names = clean_authors(text, structured=True)
                if names:
                    return names
        return []

    def time_elements(self) -> str | None:
        """The publication date from <time> elements, preferring marked ones."""
        fallback: str | None = None
        for el in document_elements(self.tree, "time"):
            hint = f"{class_id(el)} {el.get('itemprop') or ''}"
            parent = el.getparent()
            if parent is not None:
                hint += " " + class_id(parent)
            if MODIFIED_CLASS_RE.search(hint) or in_reply_item(el) or _in_member_box(el):
                continue
            value = el.get("datetime") or el.get("content") or ""
            parsed = parse_date(value) if value else find_date(text_content(el)[:120])
            if parsed is None or in_excluded_region(el):
                continue
            lowered = hint.lower()
            if el.get("pubdate") is not None or "publish" in lowered or "datepublished" in lowered:
                return parsed
            if fallback is None:
                fallback = parsed
        return fallback

    def date_class_elements(self) -> str | None:
        for el, hint in self.hinted(DATE_CLASS_RE):
            if MODIFIED_CLASS_RE.search(hint):
                continue
            text = _short_text(el, 120)
            parsed = find_date(text) if text else None
            if parsed and not in_excluded_region(el) and not _in_member_box(el):
                return parsed
        return None

    def update_date(self) -> str | None:
        """The date of the first element classed as the page's update (rules.metadata.UPDATE_CLASS_RE),
        outside comments, rails and member boxes: the last resort for the page's date."""
        for el, _ in self.hinted(UPDATE_CLASS_RE):
            text = _short_text(el, 120)
            parsed = find_date(text) if text else None
            if parsed and not in_excluded_region(el) and not _in_member_box(el):
                return parsed
        return None

    def headline_date(self) -> str | None:
        """The nearest short date line below the <h1>, else above it."""
        after, before = self.around_headline()
        for nodes in (after, before):
            for text, owner in nodes:
                if len(text) > 120:
                    continue
                parsed = find_date(text)
                if parsed and not in_comments(owner) and not _in_member_box(owner):
                    return parsed
        return None


class _Kept:
    """The first `limit` items of a lazy walk, read only as far as asked and kept for the next
    reader (the walk is not made again, nor made further than any reader went)."""

    __slots__ = ("_walk", "_limit", "_items")

    def __init__(self, walk: Iterator[tuple[str, etree._Element]], limit: int) -> None:
        self._walk: Iterator[tuple[str, etree._Element]] | None = walk
        self._limit = limit
        self._items: list[tuple[str, etree._Element]] = []

    def at(self, index: int) -> tuple[str, etree._Element] | None:
        """The item at `index`, walking on to it; None past the walk's end or the limit."""
        items = self._items
        while len(items) <= index and self._walk is not None and len(items) < self._limit:
            found = next(self._walk, None)
            if found is None:
                self._walk = None
            else:
                items.append(found)
        return items[index] if index < len(items) else None

    def __iter__(self) -> Iterator[tuple[str, etree._Element]]:
        index = 0
        while (item := self.at(index)) is not None:
            yield item
            index += 1


def _continues_a_sentence(raw: str, owner: etree._Element) -> bool:
    """Whether a text node that opens with a byline label is the tail of an inline element in
    the middle of a sentence: its block's words before it ("Übersicht der Vor- und Nachteile beim
    <strong>Leasing</strong> von Firmenwägen", "... auch die <strong>Online-Fangemeinde</strong>
    von Wally und Bavaria, die ...") are two or more, end in no field's separator and hold no
    date. The label is then the sentence's preposition ("by", "von"), no byline's: a byline's label
    opens its line, or follows a date ("<time>May 3</time> by Jane") or a label word ("<span>Posted
    </span> by"). Fit sites: traf-dev fincompare.de, lbv.de, buchperlen.wordpress.com (a book's
    authors in a review's sentence), wcxb-dev writingguru.net ("... Resume Expert</a> by
    Recruiter.com, recipient of the ...")."""
    if not isinstance(owner.tag, str) or owner.tag in BLOCK_TAGS or owner.tail != raw or owner.text == raw:
        return False  # (a comment's tail follows no words of the line)
    before = _line_before(owner)
    if signals.count_words(before) < 2 or before[-1] in _FIELD_END_CHARS or find_date(before):
        return False
    return not BYLINE_START_RE.match(f"{before} {raw}")


def _line_before(inline: etree._Element) -> str:
    """The text of the line that holds an inline element, from the line's start (its block's
    start, or the end of a block or a <br> before it in the block) to the inline element's end
    (its last `_LINE_OPENING_CHARS` characters), spaces collapsed."""
    block = inline.getparent()
    while block is not None and block.tag not in BLOCK_TAGS and block.getparent() is not None:
        block = block.getparent()
    if block is None:
        return ""
    parts: list[str] = []
    for event, el in etree.iterwalk(block, events=("start", "end")):
        if event == "start":
            if isinstance(el.tag, str) and el.text:
                parts.append(el.text)
        elif el is inline:
            break
        elif el is not block:
            if el.tag in _LINE_BREAKS:
                parts.clear()  # a line ended: the words before it are another line's
            if el.tail:
                parts.append(el.tail)
    return " ".join(" ".join(parts)[-_LINE_OPENING_CHARS:].split())


def _names_its_page(text: str, slug: str) -> bool:
    """Whether a link's text spells the first segment of its page's path, letters and figures
    alone compared ("PJ Hamel" and "pj-hamel/")."""
    segment = re.split(r"[/?#]", slug, maxsplit=1)[0]
    spelled = _NOT_ALNUM_RE.sub("", text.lower())
    return bool(spelled) and spelled == _NOT_ALNUM_RE.sub("", segment.lower())


def _in_member_box(el: etree._Element) -> bool:
    """In a forum post's member box (the vocabulary concept `member_box`): the date there is when
    the poster joined ("Joined: Dec 11, 2021", "Founded:"), printed beside every post, never the
    thread's date."""
    return any("member_box" in markup_of(anc).families
               for anc in itertools.islice(itertools.chain((el,), el.iterancestors()), _MEMBER_BOX_DEPTH))


def _texts_after(heading: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """What `following::text()` with the shown-text test finds, lazily and in document order:
    (text, the element it is the text or tail of). The heading's tail, then each following
    sibling's subtree, then the same one level up."""
    node: etree._Element | None = heading
    while node is not None:
        parent = node.getparent()
        if _shown(node.tail, parent):
            yield node.tail, node
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):
                # A comment or processing instruction (a tree parsed without dropping them, as
                # lxml.html.fromstring gives): no walk starts at one, and only its tail is text.
                if _shown(sibling.tail, parent):
                    yield sibling.tail, sibling
                continue
            for event, el in etree.iterwalk(sibling, events=("start", "end")):
                # (Each text read once, as lxml makes a new string at each reading; most elements
                # have no text of their own or no tail: not asked, nor their parent read.)
                if event == "start":
                    if (text := el.text) and isinstance(el.tag, str) and _shown(text, el):
                        yield text, el
                elif (tail := el.tail) and _shown(tail, el.getparent()):
                    yield tail, el
        node = parent


def _texts_before(heading: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """What `preceding::text()` with the shown-text test finds, nearest first: each preceding
    sibling's subtree backwards, then the parent's own text, then the same one level up."""
    node: etree._Element | None = heading
    while node is not None:
        parent = node.getparent()
        for sibling in node.itersiblings(preceding=True):
            yield from _subtree_backwards(sibling)
        if parent is not None and _shown(parent.text, parent):
            yield parent.text, parent
        node = parent


def _subtree_backwards(top: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """The shown texts of an element's subtree and its tail, last first (a stack, not recursion:
    pages nest deeper than Python recurses)."""
    stack: list[tuple[etree._Element, bool]] = [(top, False)]
    while stack:
        el, opened = stack.pop()
        if opened:
            if (text := el.text) and isinstance(el.tag, str) and _shown(text, el):
                yield text, el
            continue
        if (tail := el.tail) and _shown(tail, el.getparent()):  # (as in _texts_after)
            yield tail, el
        stack.append((el, True))  # its own text comes before its children's
        stack.extend((child, False) for child in el)


def _own_texts(top: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """Every text and tail below `top`, each with the element that holds it as text."""
    for el in top.iter(etree.Element):
        if el.text:
            yield el.text, el
        if el.tail and el is not top:
            parent = el.getparent()
            if parent is not None:
                yield el.tail, parent


def _shown(text: str | None, parent: etree._Element | None) -> bool:
    """A text node the test above keeps: not blank, not inside code or a control."""
    return bool(text and text.strip(_XPATH_SPACE)) and (parent is None or parent.tag not in _UNSHOWN_PARENTS)


def _first_names(elements: Iterable[etree._Element]) -> list[str]:
    """Author names from the first element, outside comments and rails, that has any. An element
    whose text opens with a label crediting another step than the writing ("Updated by Jon Doe",
    "Fact-checked by ...", "Edited by ...": rules.metadata.NON_WRITER_LABEL_RE) is passed over,
    and the marked names inside it with it: they are an editor's or a checker's, not the writer's
    (fit-half wcxb-dev consumerreports.org, whose writer's byline is no short element; embarque.io,
    smartasset.com, tasteofhome.com, aihr.com show such credits beside the writer's). An element
    that names a login alone is the first that names anyone (`_lone_login`). A name inside a
    figure credits its picture (regions.in_picture)."""
    passed: etree._Element | None = None
    for el in elements:
        if in_excluded_region(el) or in_picture(el) or (passed is not None and _inside(el, passed)):
            continue
        text = _short_text(el)
        if not text or _is_label(text):
            continue
        if NON_WRITER_LABEL_RE.match(text):
            passed = el
            continue
        names = clean_authors(text)
        if names:
            return _marked_names(el, names) or names
        login = _lone_login(text)
        if login:
            return login
    return []


def _is_label(text: str) -> bool:
    """Whether an element's whole text is a field's label ("Datum:", "Auteur(s) :", "Autor:"): a
    name is never written before a colon, and the label's value stands in the element beside it.
    A byline-classed block of labelled fields ("<span class=author-date-label>Datum:</span>
    19.11.2021 <span ...>Autor:</span> Fritz Imhof") marks its labels so, and the cleaning
    reads the label's word as a name (traf-dev fit livenet.ch's "Datum"); a label alone may be
    followed by a second one, written for another screen size, before the name (mesopinions.com's
    "Auteur :" and "Auteur(s) :", read as the name "Auteur")."""
    return text.endswith(":")


def _lone_login(text: str) -> list[str]:
    """The one login a byline element names ("pelex", "von flerche", "Posted by msmash on Friday ..."):
    the cleaning of a written name passes a handle in small letters over, and the byline elements
    after it are then a forum's replies or other posts ("CDB" for a thread pelex started). Read as
    a name is read from a structured source; a login is a weak author (choose._is_weak_author, by
    rules.metadata.LOGIN_NAME_RE), kept only while no other source names a person. Fit-half
    wcxb-dev spigotmc.org (a reply's poster taken), lobste.rs (no name, and the text's fallback
    took "Archive.org Ghostarchive"); traf-dev boxen.de, wolfsrebellen-netz.forumieren.com (an
    advertising block's "Gesponserte Inhalte" taken)."""
    names = clean_authors(text, structured=True)
    return names if len(names) == 1 and LOGIN_NAME_RE.fullmatch(names[0]) else []


def _line_login(text: str, owner: etree._Element) -> list[str]:
    """The login a byline line names when it is a label and one login ("by ibby"), the whole text of
    its element, outside comments. A sentence's tail that opens with "by" ("... by detecting and
    blocking ...") is not its element's whole text: the cleaning would keep a word of it as a login
    (fit-half wcxb-dev abduzeedo.com's "<p>by ibby</p>" under the date; cloudflare.com's tail)."""
    label = BYLINE_START_RE.match(text)
    if label is None or len(text[label.end():].split()) != 1 or _short_text(owner) != text or in_comments(owner):
        return []
    return _lone_login(text)


def _inside(el: etree._Element, top: etree._Element) -> bool:
    """Whether `el` lies below `top`."""
    return any(anc is top for anc in el.iterancestors())


def _marked_names(byline: etree._Element, names: list[str]) -> list[str]:
    """When a byline marks its names (`_marks_name`) and its text reads as more names than it
    gives without the boxes beside the marks, those boxes say something about the names (a job
    title, a department, an employer), and are no further authors. The byline's own words stay:
    "<a href=/author/jane-doe>Jane Doe</a> and John Roe" signs two. Empty when nothing changes."""
    if len(names) < 2:
        return []
    marked = {el for el in byline.iterdescendants(etree.Element) if _marks_name(el)}
    if not marked:
        return []
    kept: set[etree._Element] = set()
    for mark in marked:
        for holder in mark.iterancestors():
            if holder is byline or holder in kept:
                break
            kept.add(holder)
    # A mark that holds another is a holder ("author-name" around the author's link and the job).
    marks = marked - kept
    text = " ".join(" ".join(_text_beside_boxes(byline, kept, marks, False)).split())
    found = clean_authors(text)
    return found if found and len(found) < len(names) and set(found) <= set(names) else []


def _text_beside_boxes(el: etree._Element, holders: set[etree._Element], marks: set[etree._Element],
                       in_mark: bool) -> list[str]:
    """`el`'s text without its child elements that neither are, hold nor stand in a mark."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and (in_mark or child in holders or child in marks):
            parts.extend(_text_beside_boxes(child, holders, marks, in_mark or child in marks))
        parts.append(child.tail or "")
    return parts


def _marks_name(el: etree._Element) -> bool:
    """A link to an author's page, or an element classed a person's name (see `_marked_names`)."""
    if el.tag == "a":
        rel = (el.get("rel") or "").split()
        if "author" in rel or AUTHOR_PAGE_PATH_RE.search(el.get("href") or ""):
            return True
    tokens = markup_of(el).tokens
    return BYLINE_NAME_PART in tokens and tokens.isdisjoint(BYLINE_NOT_PERSON_PARTS)


def _label_blocks(tree: etree._Element) -> Iterator[etree._Element]:
    """The body's block elements whose own text opens with a byline label (a label alone, or
    followed by a name), in document order."""
    body = tree.find("body")
    for el in (body if body is not None else tree).iter(_SIGNING_TAGS):
        text = el.text
        # Most blocks' own text is the whitespace before their first child: no label, and the
        # label patterns' many alternatives would each be tried on it (a page's whole layout).
        if not text or len(text) > MAX_BYLINE_CHARS or text.isspace() or not _may_open_with_label(text):
            continue
        label = BYLINE_PREFIX_ONLY_RE.match(text) or BYLINE_START_RE.match(text)
        if label and _spelled_label(label.group()):
            yield el


def _spelled_label(label: str) -> bool:
    """A label that says what it labels: two words or more ("Written by", "Article by") or a
    colon after it ("Author:"). A bare preposition ("By", "Von", "Par") also opens a quote's
    attribution, a testimonial or another story's card, and away from the headline it tells
    nothing of which."""
    return ":" in label or len(label.split()) > 1


def _signed_names(block: etree._Element) -> list[str]:
    """The names a label block signs: its own text, else (a label alone) the next block's."""
    text = _short_text(block)
    if not text:
        return []
    if not BYLINE_PREFIX_ONLY_RE.match(text):
        return clean_authors(text) if BYLINE_START_RE.match(text) else []
    following = next_element(block)
    name = _short_text(following, 80) if following is not None else None
    if name and _is_label(name) and following is not None:
        # A second label (one for each screen size: "Auteur :" and "Auteur(s) :"): the name follows it.
        following = next_element(following)
        name = _short_text(following, 80) if following is not None else None
    return clean_authors(name) if name and not _is_label(name) else []


def _first_body_h1(tree: etree._Element) -> etree._Element | None:
    """Without a headline (none the page shows as its own), the page's first <h1> inside <body>
    still heads what the page shows: a hero in a site header says the title there."""
    return next((el for el in document_elements(tree, "h1") if next(el.iterancestors("body"), None) is not None), None)


def _short_text(el: etree._Element, limit: int = MAX_BYLINE_CHARS) -> str | None:
    """The element's text, or None as soon as it is longer than `limit`."""
    parts: list[str] = []
    size = 0
    for chunk in el.itertext():
        size += len(chunk)
        if size > limit * 2:
            return None
        parts.append(chunk)
    text = " ".join(" ".join(parts).split())
    return text if text and len(text) <= limit else None
