"""The page's headline, decided once, right after parsing: which element displays it and what it says.

Evidence, strongest first:
1. the <h1> that says what the metadata title says (`title_similarity` above
   rules.HEADLINE_TITLE_MATCH, or HEADLINE_TITLE_MATCH_IN_CONTAINER inside the
   article's markup; of several, one above the text's paragraphs before one under them); else an
   <h1> that is one part of an "A - B" title, not
   the last (the rest is a label `clean_title` could not tell: no site name
   stated, or a long one);
2. another heading (h2, h3) that says nearly what the title says (a logo or
   a section name in the <h1>, the article's title in an <h2>);
3. a heading above the text that says word for word another title the page states of itself
   (a twitter:title, a CMS's `<meta name="title">` that the og:title or <title> overrode), an <h1>
   before the next step, a lower heading after it;
4. the page's only <h1>, when it heads an article — the page's JSON-LD
   declares one, or a date or byline stands with the heading (a <time>, or a date printed as a
   line right over or under it) — and no
   paragraph of text stands before it in the article's markup (<article>,
   <main>, itemprop=articleBody, a body class) or the page: an SEO <title>
   often says something else than the heading the reader sees. Standing in
   that markup alone is no such evidence: sites wrap every page in it, and
   the only <h1> of a landing or guide page is often a hero banner's slogan
   or a call to action ("Form your New York LLC today" over "How to Start an
   LLC in New York");
5. another heading that is the title less a label ("Alles Neue mach der Mai"
   of "Alles Neue mach der Mai | Bibliothek 2.0").
Failing these, no displayed heading names the article and the cleaned
metadata title does; the first <h1> still anchors the article's head.

An <h1> inside furniture (a share bar, a menu, a promotion), hidden (aria-hidden
too: the walk leaves it unread; not a hidden box holding much of the page's text, which
the walk reads as a script will show it) or that is the site's logo is no candidate; one
that a class hides from the eye (a screen-reader label, "hidden") is weighed only
when no heading shown names the article. A kicker marked as such inside the headline
("kicker", "overline", "Dachzeile", "surtitre" classes: each language's word for it,
rules.KICKER_WORDS_BY_LANGUAGE) and a screen-reader-only label are not part of it: the walk
leaves them unread; nor a kicker the heading's own text opens with when an attribute of the
heading declares it (`data-kicker="Tag der Abstimmung"`: the page's script prints it before
the title, in the same text node). Nor are the pieces set beside
the one that says the title, when a heading is built of pieces (a kicker, a
subtitle, a book's binding, each its own element) and one of them says the
title better than the whole heading does; nor a subtitle the heading runs on with on a
second line (after a <br>, in a block) when the title's first statement is all said by the
first (`run_on_subtitle`: assembly cuts it from the headline's text, as the declared kicker).

The headline's dek goes with it (`subtitle`): a lower heading set right under
the <h1>, else the one paragraph of prose in the headline's box past its
byline and date, when the text goes on outside that box, else the paragraph
under the headline, before the text's first, that says what the page's own
description says and stands alone in its box, with the text going on after it.

The evidence goes to the walk (`holders`: the elements around the headline
are never furniture; `unread`), to the region (which block is the headline,
and whether it names the article), and through the region's hint to the
classifier; `shown_headline` gives assembly the headline to keep.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from lxml import etree

from .. import signals
from ..blocks import Kind
from ..classify.lines import is_date_line
from ..keys import match_key
from ..rules import dom as rules
from ..rules import page_type as page_rules
from ..rules import text as text_rules
from ..rules.language import UNSPACED_SCRIPT_RANGES
from ..rules.metadata import HEADLINE_STATEMENT_SEPARATOR_RE, TITLE_SEPARATORS_RE
from .builder import RenderedBlock
from .furniture import VisibleLengths
from .markup import class_markup, markup_of
from .tree import boxes_around, document_elements, following_elements, text_after, xpath

_WORD = re.compile(r"[^\W_]+")
_OTHER_HEADINGS = xpath(" | ".join(f"//h{level}" for level in range(2, rules.HEADLINE_OTHER_MAX_LEVEL + 1)))
_HIDDEN_STYLE = rules.HIDDEN_STYLE
_TEXT_LENGTH = xpath("string-length(normalize-space(.))")
_DATED_OR_SIGNED = xpath(".//time | .//*[@rel='author'] | .//*[contains(@class, 'byline')] | .//*[contains(@class, 'author')]")
# The shown lines nearest an element, above it (nearest first) and under it, past its own text.
_SHOWN_LINE = "[normalize-space()][not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
_LINES_ABOVE = xpath(f"preceding::text(){_SHOWN_LINE}[position() <= $n]")
_LINES_UNDER = xpath(f"following::text(){_SHOWN_LINE}[position() <= $n]")
_LINKED_OR_CONTROL = xpath(".//a[@href] | .//input | .//select | .//button | .//form")
# What ends an article's head after its headline: a heading or a figure past it means the box
# holds more than the head (a section, the lead image with the text under it).
SUBTITLE_BREAKS = frozenset({"h1", "h2", "h3", "h4", "figure", "img", "picture", "table", "ul", "ol"})
# Punctuation left at the edge of a headline once its kicker is cut off ("Abstandsregeln: Wie ...").
_EDGE = " :–—|-·•/"
# Where a title's first statement ends when no spaced separator parts it: a colon ("Top MBA Programs
# of 2025: Business School Rankings"), as TITLE_SEPARATORS_RE reads one only with a space before it.
_TITLE_LEAD = re.compile(r"[:：]\s")


@dataclass(frozen=True, slots=True)
class Headline:
    """What the page's markup says about its headline."""

    element: etree._Element | None  # the heading that opens the article's head (None: the page has none)
    names_article: bool  # whether that heading names the article (else the metadata title does)
    agreement: float  # title_similarity of its text and the metadata title
    holders: frozenset[etree._Element]  # the elements around it: furniture classes on them are layout
    unread: frozenset[etree._Element]  # kickers and screen-reader labels inside it
    why: str
    sites: frozenset[str] = frozenset()  # what names the site, normalised (a label the heading may end in)
    subtitle: etree._Element | None = None  # its dek: a lower heading right under it, or the one paragraph in its box
    kicker: str = ""  # a kicker its own text opens with, declared by an attribute (`declared_kicker`)
    run_on: str = ""  # a subtitle its own text runs on with, on a line of its own (`run_on_subtitle`)


NO_HEADLINE = Headline(None, False, 0.0, frozenset(), frozenset(), "no heading on the page")


def title_similarity(text: str, title: str) -> float:
    """How much a heading says what a title says: shared words over all words (Jaccard)."""
    words, wanted = _words(text), _words(title)
    if not words or not wanted:
        return 0.0
    return len(words & wanted) / len(words | wanted)


def held_in(text: str, title: str) -> bool:
    """Whether every word of a heading of two words or more is in the title: the title says it,
    and more ("Faire Lieferketten" in "Faire Lieferketten - Evangelisches Jugendwerk")."""
    words = _words(text)
    return len(words) >= 2 and words <= _words(title)


def says_title(text: str, title: str) -> bool:
    """Whether a heading says what a title says, as the title choice (html/metadata/title) asks it of
    each title statement: most words shared (rules.HEADLINE_TITLE_MATCH, the bar `find_headline`
    sets an <h1> outside the article's markup, there strictly above it), or all words of a heading
    of two words or more held in the title ("Title | Site"), which `find_headline` does not ask."""
    return title_similarity(text, title) >= rules.HEADLINE_TITLE_MATCH or held_in(text, title)


def nearly_says_title(text: str, title: str) -> bool:
    """Whether a lower heading (h2, h3) says nearly what a title says (rules.HEADLINE_OTHER_TITLE_MATCH):
    it stands in for the <h1> of a page that has none or whose <h1> is a logo; a section heading
    shares a word or two with the title, not nearly all."""
    return title_similarity(text, title) >= rules.HEADLINE_OTHER_TITLE_MATCH


def is_title_segment(text: str, title: str) -> bool:
    """Whether a heading of two words or more is one whole part of an "A | B" title, not its
    last: the page shows which part is its own, and the rest is a label (the site's name, its
    section) whatever language it is in ("Faire Lieferketten" of "Faire Lieferketten -
    Evangelisches Jugendwerk"). The last part is where the site's name goes, which a logo set
    in an <h1> repeats."""
    if len(_words(text)) < 2:
        return False
    key = match_key(text)
    return any(match_key(piece) == key for piece in TITLE_SEPARATORS_RE.split(title)[:-1])


@functools.cache
def _unspaced_run() -> re.Pattern[str]:
    """A run of kana and ideographs, compiled on the first heading that holds one: sre takes about
    1 ms to build a class of these wide ranges, which an import at module level paid on every run."""
    return re.compile(f"[{UNSPACED_SCRIPT_RANGES}]+")


def _words(text: str) -> set[str]:
    """The words a heading and a title are compared by. Chinese and Japanese write no spaces, so a
    whole headline is one \\w+ run: there, every two ideographs or katakana in a row (as
    classify.headline.subject_words reads a line's subject), and the spaced parts beside them."""
    if not text_rules.SUBJECT_CHARS.search(text):
        return set(_WORD.findall(text.lower()))
    words: set[str] = set()
    for word in _WORD.findall(text.lower()):
        words.update(part for part in _unspaced_run().split(word) if part)
        for run in _unspaced_run().findall(word):
            words.update(run[i : i + 2] for i in range(len(run) - 1) if text_rules.SUBJECT_PAIR.fullmatch(run[i : i + 2]))
    return words


@dataclass(slots=True)
class _Candidate:
    element: etree._Element
    text: str
    in_article: bool  # inside an element that marks the article itself
    in_container: bool  # ... or inside <main>: the page's own content, where a weaker match will do
    similarity: float
    unread: frozenset[etree._Element]  # its kickers, labels and pieces beside the title
    shown: bool = True  # False: a class hides it from the eye (rules.HIDDEN_HEADING_CLASSES), for screen readers
    kicker: str = ""  # the kicker its text opened with, declared by an attribute (cut from `text`)
    run_on: str = ""  # the subtitle its text runs on with (`run_on_subtitle`; cut from `text`)


class _Page:
    """What every heading is weighed against: the title, the site's names, the page's size."""

    def __init__(self, root: etree._Element, title: str | None, sites: Sequence[str],
                 description: str | None = None, stated: Sequence[str] = ()) -> None:
        self.root = root
        self.title = title
        # The titles the page states of itself other than the chosen one, as match keys (`_stated`).
        chosen = match_key(title or "")
        self.stated = frozenset(key for key in (match_key(text) for text in stated if signals.word_count(text)
                                                >= rules.HEADLINE_STATED_MIN_WORDS) if key and key != chosen)
        self.description = signals.normalise(description) if description else ""
        self.sites = {signals.normalise(name) for name in sites if name}
        self._chars: float | None = None
        self._lengths: VisibleLengths | None = None  # visible lengths, measured when a hidden box is met
        self._visible = 0.0

    def is_big(self, element: etree._Element) -> bool:
        """Whether a box holds much of the page's text: broken markup leaves a menu or an ad
        slot open around the article, which is then no furniture (as the walk judges it)."""
        if self._chars is None:
            self._chars = _TEXT_LENGTH(self.root)
        return _TEXT_LENGTH(element) > rules.FURNITURE_MAX_SHARE * self._chars

    def shown_by_script(self, element: etree._Element) -> bool:
        """Whether a box the page hides (`_hidden`) holds much of its visible text (scripts and styles
        left out, as the walk measures it: rules.FURNITURE_MAX_SHARE), and so is the page's content
        that a script shows once it runs ("easylockdown-content" with display:none around a shop's
        whole product): the walk reads it, and its <h1> is the headline the reader sees. React's
        streaming slots (`<div hidden id="S:0">`) stay hidden (see `_hidden`)."""
        if rules.STREAMING_SLOT_ID.match(element.get("id", "")):
            return False
        if self._lengths is None:
            self._lengths = VisibleLengths()
            body = next(self.root.iter("body"), self.root)
            self._visible = self._lengths[body]
        return self._lengths[element] > rules.FURNITURE_MAX_SHARE * self._visible


def page_h1s(root: etree._Element) -> list[etree._Element]:
    """The page's <h1> elements in document order: read once a page, by the title and the headline
    phases both (each walk of the whole tree costs ~2% of an extraction). Inside the metadata's
    `indexed_document` they come from its one walk (what `//h1` finds, without a walk of its own)."""
    return list(document_elements(root, "h1"))


def find_headline(root: etree._Element, title: str | None, site_names: Sequence[str] = (),
                  declared_article: bool = False, h1_elements: Sequence[etree._Element] | None = None,
                  description: str | None = None, stated: Sequence[str] = ()) -> Headline:
    """The page's headline element and the evidence for it (see the module's doc). `site_names`:
    what names the site (its og:site_name, the label its <title> carries): an <h1> saying only
    that is its logo. `declared_article`: the page's metadata says it is an article (og:type,
    JSON-LD), so its only <h1> is its headline wherever it stands. `h1_elements`: the page's <h1>s
    (page_h1s), when the caller has them. `description`: the page's own summary of itself (its
    meta description), which a dek shown under the headline says again. `stated`: every title the
    page states of itself (its JSON-LD headline, title metas, <title>: metadata.title.stated_titles)."""
    page = _Page(root, title, site_names, description, stated)
    all_h1s = page_h1s(root) if h1_elements is None else h1_elements
    h1s = [c for c in (_candidate(h1, page) for h1 in all_h1s) if c is not None]
    shown = [c for c in h1s if c.shown]
    found = _decide(page, shown, all_h1s, declared_article)
    if len(shown) < len(h1s) and not found.names_article:
        # An <h1> for screen readers alone (rules.HIDDEN_HEADING_CLASSES) is the page's statement of
        # its title, but not the headline it shows: weighed only when no heading shown names the article.
        found = _decide(page, h1s, all_h1s, declared_article)
    return found


def _decide(page: _Page, h1s: list[_Candidate], all_h1s: Sequence[etree._Element], declared_article: bool) -> Headline:
    """The evidence of `find_headline`, strongest first, on the <h1> candidates given."""
    title = page.title
    if title and h1s:
        best = _saying_title(h1s)
        if best is not None:
            return _evidence(best, True, "the <h1> that says what the metadata title says", page)
        segment = next((c for c in h1s if is_title_segment(c.text, title)), None)
        if segment is not None:
            return _evidence(segment, True, "the <h1> that is one part of the metadata title (the rest is a label)",
                             page)
    other = _other_heading(page) if title else None
    if other is not None and other.similarity >= rules.HEADLINE_OTHER_TITLE_MATCH:
        return _evidence(other, True, f"an <{other.element.tag}> that says what the metadata title says", page)
    stated = _stated(page, h1s)
    if stated is not None:
        return _evidence(stated, True, _STATED_WHY, page)
    if len(h1s) == 1 and _may_name_article(h1s[0], declared_article):
        return _evidence(h1s[0], True, "the only <h1>, above the page's text", page)
    stated = _stated(page)
    if stated is not None:
        return _evidence(stated, True, _STATED_WHY, page)
    if other is not None:
        return _evidence(other, True, f"an <{other.element.tag}> that says the metadata title less a label", page)
    if not h1s:
        marked = _marked_heading(page) if any(_WORD.search("".join(h1.itertext())) for h1 in all_h1s) else None
        if marked is not None:
            return _evidence(marked, True, "a lower heading marked as the headline, the <h1> in furniture", page)
        return replace(NO_HEADLINE, sites=frozenset(page.sites))  # the site's names still cut its label
    anchor = next((c for c in h1s if c.in_container), h1s[0])
    return _evidence(anchor, False, "no heading says what the metadata title says (a logo or section name)", page)


_STATED_WHY = "a heading that says word for word another title the page states of itself"


def _stated(page: _Page, h1s: list[_Candidate] | None = None) -> _Candidate | None:
    """Of the <h1> candidates given, else of the h2/h3 headings, the first above the text that says
    word for word a title the page states of itself other than the chosen one (`_Page.stated`: a
    twitter:title or a CMS's `<meta name="title">` the og:title or <title> overrode, or the <title>
    a title meta overrode): the page
    shows that statement as its headline (wcxb fit siliconangle.com, its h3 the twitter:title
    under an <h1> of a promotion; traf-dev fit viehbacher.com, its only <h1> the `<meta
    name="title">`; wcxb fit csrankings.org, its <h1> the <title> that a shorter citation_title
    overrode). Asked when no heading says the chosen title."""
    if not page.stated:
        return None  # most pages state one title, or the same one each time: asked first, cheaply
    if h1s is not None:
        return next((c for c in h1s if page.stated & {match_key(c.text), match_key(_shown_text(c.element))}
                     and not _prose_above(c.element)), None)
    for heading in _OTHER_HEADINGS(page.root):
        if match_key(_shown_text(heading)) in page.stated:
            candidate = _candidate(heading, page)
            if candidate is not None and not _prose_above(heading):
                return candidate
    return None


def _saying_title(h1s: list[_Candidate]) -> _Candidate | None:
    """The <h1> that says the title best (rules.HEADLINE_TITLE_MATCH, or
    HEADLINE_TITLE_MATCH_IN_CONTAINER inside the article's markup), or None. When it stands under
    the text's paragraphs (`_prose_above`) and another <h1> above them says the title too, that one:
    the later is a section's heading that repeats the title's words (a newsletter's first story
    under the issue's title: "A World without work?" under "Signal #18 – The World Without Work?")."""
    saying = [c for c in h1s if c.similarity > (
        rules.HEADLINE_TITLE_MATCH_IN_CONTAINER if c.in_container else rules.HEADLINE_TITLE_MATCH)]
    if not saying:
        return None
    best = max(saying, key=lambda c: (c.similarity, c.in_container))
    if len(saying) > 1 and _prose_above(best.element):
        return next((c for c in saying if c is not best and not _prose_above(c.element)), best)
    return best


def _may_name_article(candidate: _Candidate, declared_article: bool) -> bool:
    """Whether the page's only <h1> is its headline though the title says otherwise: it heads an
    article (the page declares itself one, or a date or byline stands with it), above the text, and
    says more than a word (a one-word <h1> names a section: "Design"). Standing inside <article> or
    a content class is no such evidence: sites wrap landing and guide pages in it too, whose only
    <h1> is a hero banner's slogan or a call to action (as on the development pages it misled)."""
    if not (declared_article or _dated_or_signed(candidate.element)):
        return False
    return signals.word_count(candidate.text) >= text_rules.HEADLINE_MIN_WORDS and not _prose_above(candidate.element)


def _dated_or_signed(heading: etree._Element) -> bool:
    """Whether a <time>, a byline or an author link stands in the box around the heading, or a
    date is printed as a line of its own right over or under it (`_dated_lines`): an article's
    head, which a landing page's hero does not have."""
    return any(_DATED_OR_SIGNED(box) for box in boxes_around(heading, rules.HEADLINE_HEAD_LEVELS)) or _dated_lines(
        heading)


def _dated_lines(heading: etree._Element) -> bool:
    """Whether one of the lines right over the heading or under it (rules.HEADLINE_DATE_LINES_ABOVE,
    HEADLINE_DATE_LINES_UNDER) is a date (`is_date_line`) printed as text, in no <time> element and
    at any depth of the page builder's boxes ("OCTOBER 13, 2025" over the <h1>; "2024-11-06" under
    it; "Kev", "January 1, 2026" in a post-info widget three boxes up). Asked only of a page's only
    <h1> (libxml2 reads the whole axis before it keeps the first lines)."""
    lines = itertools.chain(_LINES_ABOVE(heading, n=rules.HEADLINE_DATE_LINES_ABOVE),
                            _LINES_UNDER(heading, n=rules.HEADLINE_DATE_LINES_UNDER))
    return any(len(line) <= text_rules.META_LINE_MAX_CHARS and is_date_line(line.strip()) for line in lines)


def _other_heading(page: _Page) -> _Candidate | None:
    """The first h2/h3 above the text that says nearly what the title says
    (rules.HEADLINE_OTHER_TITLE_MATCH), else the first held in it that says most of it
    (HEADLINE_OTHER_HELD_MATCH: the title less a site label): the article's sections repeat
    its title below it ("How to Grow a Lemon Tree: FAQs")."""
    contained: _Candidate | None = None
    for heading in _OTHER_HEADINGS(page.root):
        text = signals.clean_text(_shown_text(heading))
        similarity = title_similarity(text, page.title) if text and page.title else 0.0
        strong = similarity >= rules.HEADLINE_OTHER_TITLE_MATCH
        if not strong and (contained or similarity < rules.HEADLINE_OTHER_HELD_MATCH or not held_in(text, page.title)):
            continue  # a heading longer than the title, or saying less of it, may be a section's
        candidate = _candidate(heading, page)
        if candidate is None or _prose_above(heading):
            continue  # under text, a heading that repeats the title is a section's ("... : FAQs")
        if candidate.similarity >= rules.HEADLINE_OTHER_TITLE_MATCH:
            return candidate
        if held_in(candidate.text, page.title):
            contained = contained or candidate
    return contained


def _marked_heading(page: _Page) -> _Candidate | None:
    """The first h2/h3 above the text whose own class or id names it the headline
    (rules.HEADLINE_MARKED_TOKENS), on a page whose <h1>s all stand in furniture (a breadcrumb
    trail): a page without an <h1> is often a landing page, whose h2 "headline" is a hero's slogan."""
    for heading in _OTHER_HEADINGS(page.root):
        if not markup_of(heading).tokens & rules.HEADLINE_MARKED_TOKENS:
            continue
        candidate = _candidate(heading, page)
        if candidate is not None and not _prose_above(heading):
            return candidate
    return None


def _candidate(heading: etree._Element, page: _Page) -> _Candidate | None:
    """A heading that may be the headline, or None: hidden, in furniture, a logo, or empty."""
    in_article = in_container = False
    shown = True
    for element in (heading, *heading.iterancestors()):
        if element.tag in ("body", "html"):
            break  # their classes flag the whole page's layout ("html_main_nav_header")
        if element.tag in rules.HEADLINE_NEVER_IN or (_hidden(element) and not page.shown_by_script(element)):
            return None
        shown = shown and not _hidden_by_class(element)
        if _furniture_box(element) and not page.is_big(element) and not _holds_article_text(element):
            return None
        in_article = in_article or _marks_article(element)
        in_container = in_container or element.tag == "main" or element.get("role") == "main"
    unread = _unread(heading, page.title)
    text = _text(heading, unread)
    kicker = declared_kicker(heading, text)
    text = without_kicker(text, kicker)
    if not text or _is_logo(heading, text, page.sites):
        return None
    run_on = run_on_subtitle(heading, unread, page.title)
    text = without_run_on(text, run_on)
    similarity = title_similarity(text, page.title) if page.title else 0.0
    return _Candidate(heading, text, in_article, in_article or in_container, similarity, unread, shown, kicker,
                      run_on)


def _furniture_box(element: etree._Element) -> bool:
    """Whether a box around a heading is furniture: a <nav> or <footer>, or a box whose class or id
    names a furniture family (rules.HEADLINE_FURNITURE_FAMILIES) outside a BEM modifier. A modifier
    ("block--variant") names a variant of the box its block names, what it shows beside the heading
    ("landing-hero--nav": a hero with its menu; "wrapper__pageTitle--rating": the title's box with
    its stars), not what the box is; a share bar's own block still names it ("share-bar
    share-bar--sticky"). wcxb fit masterlock.com, pcpartpicker.com, whose <h1> said the title."""
    if element.tag in rules.HEADLINE_FURNITURE_TAGS:
        return True
    if not markup_of(element).families & rules.HEADLINE_FURNITURE_FAMILIES:
        return False
    names = element.get("class") or ""
    if "--" not in names:
        return True
    blocks = " ".join(name.split("--", 1)[0] for name in names.split())
    return bool((class_markup(blocks).families | class_markup(element.get("id")).families) & rules.HEADLINE_FURNITURE_FAMILIES)


def declared_kicker(heading: etree._Element, text: str) -> str:
    """The kicker a heading's text opens with when an attribute of the heading names it so
    (`data-kicker`, `data-overline`, `data-dachzeile`: a name holding one of rules.KICKER_WORDS):
    a script printed it before the title in the same text node, where no element sets it apart
    ("Tag der Abstimmung: Niederlage für Johnson: ..."; traf-dev fit stern.de, whose `<h1>` in
    the breadcrumb trail and `<title>` say the title without it). "" when there is none, or when
    too little would be left of the headline."""
    for name, value in heading.attrib.items():
        if not name.startswith("data-") or not any(word in name for word in rules.KICKER_WORDS):
            continue
        kicker = signals.clean_text(value).strip(_EDGE)
        rest = text[len(kicker):]
        if (kicker and text.startswith(kicker) and not _WORD.match(rest)
                and signals.word_count(rest) >= text_rules.HEADLINE_MIN_WORDS):
            return kicker
    return ""


def without_kicker(text: str, kicker: str) -> str:
    """`text` less the declared kicker it opens with (`declared_kicker`) and the separator after it."""
    if not kicker or not text.startswith(kicker):
        return text
    return text[len(kicker):].strip(_EDGE)


def run_on_subtitle(heading: etree._Element, unread: frozenset[etree._Element], title: str | None) -> str:
    """The second line of a heading of two (a <br> or a block parts them: rules.LINE_BLOCK_CLASSES)
    when it is a subtitle the page set in the headline's element: the title's first statement
    (before its first separator or colon), of two words or more, is all said by the first line,
    and the title does not hold the second ("Top MBA Programs of 2025 (US)<br>Your Guide to the
    Best Business Schools" under "Top MBA Programs of 2025: Business School Rankings & Guides";
    wcxb fit menlocoaching.com, alternativeto.net). A heading broken for its layout ("Cosmetic
    Packaging<br>Design") leaves some of the title's first words to its second line. "" else."""
    if not title or not any(_starts_line(child) for child in heading.iterdescendants() if isinstance(child.tag, str)):
        return ""  # most headings hold no line break: asked first, cheaply
    lines: list[list[str]] = [[]]
    _line_parts(heading, unread, lines)
    shown = [line for line in (signals.clean_text("".join(parts)).strip(_EDGE) for parts in lines) if line]
    if len(shown) != 2:
        return ""
    statement = _words(_TITLE_LEAD.split(TITLE_SEPARATORS_RE.split(title)[0], 1)[0])
    first, second = shown
    if len(statement) < text_rules.HEADLINE_MIN_WORDS or not statement <= _words(first):
        return ""
    if signals.word_count(second) < text_rules.HEADLINE_MIN_WORDS or held_in(second, title):
        return ""
    return second


def _line_parts(element: etree._Element, unread: frozenset[etree._Element], lines: list[list[str]]) -> None:
    """An element's text in the lines a reader sees (`run_on_subtitle`), unread pieces left out."""
    lines[-1].append(element.text or "")
    for child in element:
        if isinstance(child.tag, str) and child not in unread:
            breaks = _starts_line(child)
            if breaks:
                lines.append([])
            _line_parts(child, unread, lines)
            if breaks:
                lines.append([])
        lines[-1].append(child.tail or "")


def _starts_line(element: etree._Element) -> bool:
    """Whether an element inside a heading sets what follows on a line of its own: a <br>, a block,
    a span a display class makes a block (rules.LINE_BLOCK_CLASSES)."""
    return (element.tag == "br" or element.tag in rules.BLOCK_TAGS
            or not rules.LINE_BLOCK_CLASSES.isdisjoint((element.get("class") or "").split()))


def without_run_on(text: str, run_on: str) -> str:
    """`text` less the subtitle it runs on with (`run_on_subtitle`) and the separator before it."""
    if not run_on or not text.endswith(run_on) or len(run_on) >= len(text):
        return text
    return text[:-len(run_on)].strip(_EDGE)


def _holds_article_text(element: etree._Element) -> bool:
    """Whether a furniture-named box is the article itself: it marks the article (<article>,
    itemprop=articleBody, a body class; not a <nav> or <footer>) and holds its text, paragraphs of
    prose (rules.HEADLINE_ARTICLE_MIN_PARAGRAPHS, more than a teaser card's excerpt). Its class words
    then name what stands beside it, an ad column or a docked share bar ("mntl-article--three-column
    sc-ad-container", "docked-sharebar-content-container"), not what it is; a long page's other
    text can leave it under the share that `_Page.is_big` asks."""
    if element.tag in rules.HEADLINE_FURNITURE_TAGS or not _marks_article(element):
        return False
    paragraphs = 0
    for paragraph in element.iter("p"):
        if signals.is_prose("".join(paragraph.itertext())):
            paragraphs += 1
            if paragraphs >= rules.HEADLINE_ARTICLE_MIN_PARAGRAPHS:
                return True
    return False


def _prose_above(heading: etree._Element) -> bool:
    """Whether paragraphs of text stand before the heading in its article (or its page): then it
    heads a section or a box after the text (a promotion, a note from the publisher), not the article."""
    container = next((element for element in heading.iterancestors() if _marks_article(element)), None)
    if container is None:
        container = next((element for element in heading.iterancestors() if element.tag == "body"), heading.getroottree().getroot())
    paragraphs = 0
    for element in container.iter("p", heading.tag):
        if element is heading:
            return False
        if signals.is_prose("".join(element.itertext())):
            paragraphs += 1
            if paragraphs > rules.HEADLINE_MAX_PARAGRAPHS_ABOVE:
                return True
    return False


def _marks_article(element: etree._Element) -> bool:
    """An element that marks the article itself (<article>, itemprop=articleBody, a body class);
    <main> holds whatever a page is about, forms and listings too (as rules.FAVOURING_KINDS says)."""
    return element.tag == "article" or element.get("itemprop") == "articleBody" or markup_of(element).body


def _hidden(element: etree._Element) -> bool:
    """Hidden by the `hidden` attribute, aria-hidden or a hiding inline style. aria-hidden as the
    walk reads it: it leaves the box unread, so a heading there makes no block (a hero's copy of the
    headline set for an animation beside the copy read aloud, vercel.com). React's streaming slots
    (<div hidden id="S:0">) stay hidden here though the walk reads them: taking their <h1> named
    the article on one wcxb fit page and lost one held page whose title was the truth."""
    if element.get("hidden") is not None:
        return True
    if element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _hidden_by_class(element: etree._Element) -> bool:
    """Whether the element's own class hides it from the eye and none shows it again at a breakpoint
    ("hidden md:block", "d-none d-lg-block"): a screen-reader label or a utility class that hides."""
    names = (element.get("class") or "").lower().split()
    if not names or any(rules.SHOWING_CLASS.search(name) for name in names):
        return False
    return any(name in rules.HIDDEN_HEADING_CLASSES or name.endswith(rules.SCREEN_READER_NAMES) for name in names)


def _unread(heading: etree._Element, title: str | None = None) -> frozenset[etree._Element]:
    """The kickers and screen-reader labels inside a heading, the controls and hidden boxes set in it
    (`_unseen_parts`: words no reader sees as the heading's; wcxb fit docs.rs, cloud.google.com,
    samsung.com, linear.app), and the pieces beside the one that says the title (see `_beside_title`).
    Boxes named for a kicker (rules.KICKER_WORDS) that hold all the heading's words are no kicker:
    a template's name for the headline's style, which the wider table of names could meet."""
    found, kickers = [], []
    for element in heading.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        markup = markup_of(element)
        if any(word in token for token in markup.tokens for word in rules.KICKER_WORDS):
            kickers.append(element)
        elif markup.screen_reader:
            found.append(element)
        elif element.tag == "a" and (element.get("href") or "").startswith("#") and not _WORD.search(
                "".join(element.itertext())):
            found.append(element)  # a permalink sign ("¶", "#") set after a documentation page's heading
        elif element.tag == "sup" and _footnote_reference(element):
            found.append(element)
    if kickers and _WORD.search(_text(heading, frozenset(found + kickers))):
        found += kickers  # (a kicker-named box holding all the heading's words names the box, not a kicker)
    found += _unseen_parts(heading, frozenset(found))
    kicker = _leading_kicker(heading, frozenset(found), title)
    if kicker is not None:
        found.append(kicker)
    return frozenset(found) | _beside_title(heading, frozenset(found), title)


def _unseen_parts(heading: etree._Element, unread: frozenset[etree._Element]) -> list[etree._Element]:
    """The controls (rules.HEADLINE_NEVER_IN) and hidden boxes (`_hidden`) set in a heading that hold
    words, when words are left without them: a "Copy item path" button after a documentation page's
    name, a tooltip kept hidden till asked. A hidden separator holds no word (a kicker's, read by
    `_leading_kicker`); a heading all of whose words are hidden (an animation's copy beside a
    screen reader's label) keeps them."""
    parts = [element for element in heading.iterdescendants() if isinstance(element.tag, str)
             and (element.tag in rules.HEADLINE_NEVER_IN or _hidden(element))
             and _WORD.search("".join(element.itertext()))]
    if not parts or not _WORD.search(_text(heading, unread | frozenset(parts))):
        return []
    return parts


def _footnote_reference(sup: etree._Element) -> bool:
    """Whether a superscript in a heading points to the page's small print: footnote marks only
    (rules.FOOTNOTE_MARKS: "Insurance<sup>*</sup>"), or a short link to a place on the page
    ("Engine<sup><a href="#disclaimer">4</a></sup>": a numbered note, not a power or a unit's)."""
    text = "".join(sup.itertext()).strip()
    if not text:
        return False
    if rules.FOOTNOTE_MARKS.fullmatch(text):
        return True
    links = sup.findall(".//a")
    return (len(links) == 1 and (links[0].get("href") or "").startswith("#")
            and "".join(links[0].itertext()).strip() == text and len(text) <= 3)


def _leading_kicker(heading: etree._Element, unread: frozenset[etree._Element],
                    title: str | None) -> etree._Element | None:
    """The first piece of a heading when the page sets it apart over the rest as a kicker or a
    label, whatever its words: in small print (<small>), named a label, a subtitle or the section the
    story is filed under by its class (rules.HEADLINE_PIECE_LABEL_WORDS),
    or with a separator the page hides between it and the rest ("Zoonosen<span aria-hidden> –
    </span>Wie ..."); or, when the title does not say its words, ending in a colon ("<strong>Blog:
    </strong> ...") or on a line of its own (a <br> after it). The rest keeps a headline's words."""
    first = _first_piece(heading, unread)
    if first is None:
        return None
    kicker = signals.clean_text("".join(first.itertext()))
    rest = text_after(first, unread)
    if not 0 < signals.word_count(kicker) <= rules.HEADLINE_PIECE_KICKER_MAX_WORDS:
        return None
    if signals.word_count(rest) < text_rules.HEADLINE_MIN_WORDS:
        return None
    if title and title_similarity(kicker, title) > title_similarity(rest, title):
        return None  # the first piece says the title: the rest is its subtitle, not the other way round
    if first.tag == "small" or any(word in token for token in markup_of(first).tokens
                                   for word in rules.HEADLINE_PIECE_LABEL_WORDS):
        return first
    following = next((s for s in first.itersiblings() if isinstance(s.tag, str) and s not in unread), None)
    if following is not None and not _WORD.search(first.tail or ""):
        shown = "".join(following.itertext()).strip()
        if shown and not _WORD.search(shown) and _hidden_separator(following):
            return first
    if not title or _words(kicker) <= _words(title):
        return None  # the title says it (part of the headline: "Dune: Part Two"), or there is no title to ask
    on_own_line = following is not None and following.tag == "br" and not _WORD.search(first.tail or "")
    return first if on_own_line or kicker.endswith(":") else None


def _hidden_separator(element: etree._Element) -> bool:
    """Whether the page hides a separator from the eye, as `_hidden` and `_hidden_by_class` read it,
    or by a class of which a hiding word is a part ("hiddenElement"): the kicker before it is
    set apart from the headline for the eye, the separator kept for search engines and screen
    readers (traf-dev fit tagesanzeiger.ch aria-hidden, rundschau-online.de span.hiddenElement)."""
    return (_hidden(element) or _hidden_by_class(element)
            or not markup_of(element).tokens.isdisjoint(rules.HIDDEN_HEADING_CLASSES))


def _first_piece(heading: etree._Element, unread: frozenset[etree._Element]) -> etree._Element | None:
    """The element the heading's words begin with, through lone wrappers (a link around all its
    text); None when a word comes first or the heading is one piece."""
    element = heading
    while True:
        if _WORD.search(element.text or ""):
            return None
        children = [child for child in element if isinstance(child.tag, str) and child not in unread]
        first = next((child for child in children if _WORD.search("".join(child.itertext()))), None)
        if first is None:
            return None
        before = children[:children.index(first)]
        if any(_WORD.search(child.tail or "") for child in before):
            return None
        after = children[children.index(first):]
        if any(_WORD.search(child.tail or "") for child in after) or any(
                _WORD.search("".join(child.itertext())) for child in after[1:]):
            return first
        element = first  # a lone wrapper


def _beside_title(heading: etree._Element, unread: frozenset[etree._Element], title: str | None) -> frozenset:
    """A heading set in pieces (kicker, title, subtitle, a book's binding), one element each:
    when one piece says the title better than the whole heading does, the others are a kicker
    or a subtitle the page set beside its headline, whatever their class names; and so on
    inside that piece (a story's link and its source's "(latimes.com)" in one wrapper, beside
    the comment count)."""
    pieces = _pieces(heading, unread)
    if not title or len(pieces) < 2:
        return frozenset()
    whole = title_similarity(_text(heading, unread), title)
    best = max(pieces, key=lambda piece: title_similarity(_text(piece, unread), title))
    if title_similarity(_text(best, unread), title) <= max(whole, rules.HEADLINE_TITLE_MATCH):
        return frozenset()
    beside = frozenset(piece for piece in pieces if piece is not best)
    return beside | _beside_title(best, unread | beside, title)


def _pieces(heading: etree._Element, unread: frozenset[etree._Element]) -> list[etree._Element]:
    """The child elements that hold all of a heading's words (through a lone wrapper, a link);
    none when words stand between them (a heading with a word set in bold is one piece)."""
    element = heading
    while True:
        if _WORD.search(element.text or ""):
            return []
        children = [child for child in element if isinstance(child.tag, str) and child not in unread]
        if any(_WORD.search(child.tail or "") for child in element):
            return []
        pieces = [child for child in children if _WORD.search("".join(child.itertext()))]
        if len(pieces) != 1:
            return pieces
        element = pieces[0]


def _text(heading: etree._Element, unread: frozenset[etree._Element]) -> str:
    """The heading's text as the reader sees it, kickers and hidden labels left out."""
    text = _shown_text(heading)
    for element in unread:
        if not any(other in unread for other in element.iterancestors()):
            text = text.replace(_shown_text(element).strip(), " ", 1)
    return signals.clean_text(text).strip(_EDGE)


def _shown_text(element: etree._Element) -> str:
    """An element's text as a reader sees it laid out: a line break (<br>) or a block inside it
    (a heading's subtitle in a <div>, its rotating word on a line of its own) parts the words on
    either side, which `itertext` runs together ("Cosmetic Packaging<br>Design" reads
    "Cosmetic PackagingDesign" and shares no word with "Cosmetic Packaging Design")."""
    parts: list[str] = []
    _shown_parts(element, parts)
    return "".join(parts)


def _shown_parts(element: etree._Element, parts: list[str]) -> None:
    breaks = element.tag == "br" or element.tag in rules.BLOCK_TAGS
    if breaks:
        parts.append(" ")
    parts.append(element.text or "")
    for child in element:
        if isinstance(child.tag, str):
            _shown_parts(child, parts)
        parts.append(child.tail or "")
    if breaks:
        parts.append(" ")


def _is_logo(heading: etree._Element, text: str, sites: set[str]) -> bool:
    """The site's name set in a heading: its logo class, a link home, or the site's name itself."""
    if signals.normalise(text) in sites:
        return True
    for element in heading.iter():
        if isinstance(element.tag, str) and markup_of(element).tokens & rules.LOGO_TOKENS:
            return True
        if element.tag == "a" and (element.get("href") or "").strip() in ("/", "./", "#"):
            return True
    return False


def _evidence(candidate: _Candidate, names_article: bool, why: str, page: _Page) -> Headline:
    holders = frozenset(candidate.element.iterancestors()) if names_article else frozenset()
    subtitle = _subtitle(candidate.element) if names_article and candidate.element.tag == "h1" else None
    if subtitle is None and names_article:
        subtitle = _dek_in_head(candidate.element)
    if subtitle is None and names_article and page.description:
        subtitle = _described_dek(candidate.element, page.description)
    return Headline(candidate.element, names_article, candidate.similarity, holders, candidate.unread, why,
                    frozenset(page.sites), subtitle, candidate.kicker, candidate.run_on)


def _subtitle(heading: etree._Element) -> etree._Element | None:
    """The lower heading set right under the headline as its subtitle (the page's dek in an <h2>):
    the next element beside the <h1> that holds anything, past empty boxes (spacers), when it is an
    h2/h3 of a line of words (rules.SUBTITLE_MIN_WORDS) that does not lead into what follows (":"),
    the last words of the headline's box. A section heading stands under a paragraph, says a word or
    two, or has its paragraphs beside it."""
    sibling = heading.getnext()
    while sibling is not None and (not isinstance(sibling.tag, str) or (
            not _WORD.search("".join(sibling.itertext())) and sibling.find(".//img") is None)):
        sibling = sibling.getnext()
    if sibling is None or sibling.tag not in rules.SUBTITLE_TAGS or _hidden(sibling):
        return None
    text = signals.clean_text("".join(sibling.itertext()))
    if signals.word_count(text) < rules.SUBTITLE_MIN_WORDS or text.endswith((":", "：")):
        return None
    if nearly_says_title(text, "".join(heading.itertext())):
        return None  # the headline again (a paper's title in its citation box)
    if any(signals.is_prose("".join(after.itertext())) for after in sibling.itersiblings() if isinstance(after.tag, str)):
        return None  # the first heading of the text, over its paragraphs
    return sibling


def _dek_in_head(heading: etree._Element) -> etree._Element | None:
    """The one paragraph of prose set in the headline's box after it, past its byline, date and
    buttons (rules.DEK_IN_HEAD_MAX_WORDS), when the text goes on outside that box: the page set its
    dek in the article's head (a header's intro under the byline, a "chapo" box under the
    heading). A box whose paragraphs are two or more holds the text itself."""
    box = heading.getparent()
    if box is None or box.tag in ("body", "html") or _marks_article(box):
        return None  # the article's own box holds its text: its first paragraph is the text's
    dek, text = None, ""
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in rules.UNSHOWN_TAGS:
            continue
        sibling_text = signals.clean_text("".join(sibling.itertext()))
        if signals.is_prose(sibling_text):
            if dek is not None:
                return None  # the text's own paragraphs beside the headline (no need to read on)
            dek, text = sibling, sibling_text
        elif sibling.tag in SUBTITLE_BREAKS:
            return None  # a heading or a figure past the headline: the box is more than the head
    if dek is None:
        return None
    if signals.word_count(text) > rules.DEK_IN_HEAD_MAX_WORDS or text.endswith((":", "：")) or _hidden(dek):
        return None
    if len([p for p in dek.iter("p") if signals.is_prose("".join(p.itertext()))]) > 1:
        return None  # paragraphs of the text in one wrapper
    if dek.tag == "form" or _LINKED_OR_CONTROL(dek) or signals.boilerplate_reason(text):
        return None  # a disclosure ("We may earn a commission", linking to its policy), a shop's order form
    return dek if _text_follows(box) else None


def _described_dek(heading: etree._Element, description: str) -> etree._Element | None:
    """The paragraph under the headline that says what the page's description says (normalised,
    `description`), before the text's first paragraph of prose and past the byline and date, when
    it is the one paragraph of prose in its box and a paragraph of prose follows outside that box:
    the page shows its summary of itself as the dek, set apart from the text, whatever the box's
    class ("intro", "news-short", "hero__summary", "modTeaser") and whether or not it is a sentence
    (a subtitle line with no full stop). A first paragraph among the text's others is the text's
    own, copied into the description; one no text follows is the page's only text (a video's
    teaser)."""
    for paragraph in _paragraphs_after(heading):
        text = signals.clean_text("".join(paragraph.itertext()))
        words = signals.word_count(text)
        if words >= rules.SUBTITLE_MIN_WORDS and signals.normalise(text) == description:
            box = paragraph.getparent()
            if box is None or _hidden(paragraph) or any(
                    p is not paragraph and signals.is_prose("".join(p.itertext())) for p in box.iter("p")):
                return None
            inside = set(box.iter("p"))
            later = (p for p in _paragraphs_after(paragraph) if p not in inside)
            follows = _text_follows(box) or any(signals.is_prose("".join(p.itertext())) for p in later)
            return paragraph if follows else None
        if signals.is_prose(text, words):
            return None  # the text's first paragraph, which the description does not say
    return None


def _paragraphs_after(element: etree._Element) -> Iterator[etree._Element]:
    """The first rules.DESCRIBED_DEK_MAX_PARAGRAPHS paragraphs after the element, in document order
    (`following::p[position() <= N]`), walked only as far as the caller reads: the dek's search
    stops at the text's first paragraph of prose, most often the first or second."""
    return itertools.islice(following_elements(element, "p"), rules.DESCRIBED_DEK_MAX_PARAGRAPHS)


def _text_follows(box: etree._Element) -> bool:
    """Whether paragraphs of prose stand after the box, beside it or beside its parent: the text
    the head opens."""
    for level in (box, box.getparent()):
        if level is None or level.tag in ("body", "html"):
            return False
        for sibling in level.itersiblings():
            if isinstance(sibling.tag, str) and any(
                    signals.is_prose("".join(p.itertext())) for p in sibling.iter("p")):
                return True
    return False


def headline_block(rendered: Sequence[RenderedBlock], made: tuple[int, int] | None, headline: Headline,
                   title: str | None) -> tuple[int | None, bool] | None:
    """The region's headline: of the blocks the headline element made (a heading broken by a
    box inside it makes several), the one closest to the title, and whether it names the
    article. None when the element made no block (the region anchors the head itself)."""
    if made is None or made[0] >= made[1]:
        return None
    start, end = made
    best = max(range(start, end), key=lambda i: (title_similarity(rendered[i].block.text, title) if title else 0.0, -i))
    return best, headline.names_article


def declares_article(types: frozenset[str]) -> bool:
    """Whether the page's JSON-LD calls it an article (NewsArticle, BlogPosting ...); og:type
    "article" does not tell: SEO plugins print it on every page of a site."""
    return bool(types & page_rules.LD_TYPES["ld_article"])


def site_names(site_name: str | None, title: str | None, cleaned: str | None, host: str | None = None) -> list[str]:
    """What names the site: its stated name, its host label ("clickup" of clickup.com) and the
    label `clean_title` cut off the title ("The Gazette" of "Harbour wall to be extended | The Gazette")."""
    names = [name for name in (site_name, host) if name]
    if title and cleaned and cleaned != title and cleaned in title:
        label = title.replace(cleaned, " ", 1).strip(_EDGE + "»«")
        if label:
            names.append(label)
    return names


def anchor_block(rendered: Sequence[RenderedBlock]) -> int | None:
    """Without the page's evidence (a caller that rendered blocks alone): the first <h1> block,
    one inside the marked article first, anchors the head and names nothing."""
    candidates = [index for index, item in enumerate(rendered) if item.block.hint is Kind.HEADLINE]
    inside = [index for index in candidates if rendered[index].in_container]
    return (inside or candidates or [None])[0]


def shown_headline(text: str | None, names_article: bool, title: str | None,
                   headline: Headline = NO_HEADLINE) -> str | None:
    """The headline assembly keeps: the displayed heading when it names the article, else the
    cleaned metadata title (None: let the classifier's headline stand), its first statement
    (see `_first_statement`)."""
    if text and names_article:
        if headline.kicker:
            text = without_kicker(signals.clean_text(text), headline.kicker)
        if headline.run_on:
            text = without_run_on(signals.clean_text(text), headline.run_on)
        shown = _without_site_label(text, headline.sites).strip(_EDGE) or title
    else:
        shown = title
    return _first_statement(shown, headline.sites) if shown else shown


def _first_statement(text: str, sites: frozenset[str]) -> str:
    """Of a headline an SEO template divided with pipes ("Primary | Secondary | Site"), the first
    statement that does not name the site (rules.metadata.HEADLINE_STATEMENT_SEPARATOR_RE); the
    whole when that statement would be a single word ("Home | Site") or there is none."""
    pieces = HEADLINE_STATEMENT_SEPARATOR_RE.split(text)
    if len(pieces) < 2:
        return text
    names = {match_key(site) for site in sites}
    first = next((piece for piece in pieces if match_key(piece) not in names), "")
    return first if signals.word_count(first) >= text_rules.HEADLINE_MIN_WORDS else text


def _without_site_label(text: str, sites: frozenset[str]) -> str:
    """A heading that ends in the site's label after a separator, as its <title> does (a template
    printing the whole <title> in the <h1>: "Critics' Choice: ... – Artlyst"), without that label."""
    pieces = TITLE_SEPARATORS_RE.split(text)
    if len(pieces) < 2 or signals.normalise(pieces[-1]) not in sites:
        return text
    rest = text[:text.rfind(TITLE_SEPARATORS_RE.findall(text)[-1])]
    return rest if signals.word_count(rest) >= text_rules.HEADLINE_MIN_WORDS else text
