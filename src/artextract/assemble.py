"""Labelled blocks (plus page metadata, for HTML) -> the `Article`.

The only place an `Article` is built, so both pipelines agree on how a body
is laid out, how captions and credits are split and where authors and dates
come from.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from . import signals
from .article import Article, BodyPart, Source, render_body
from .authors import (aged_post_header_name, avatar_initials, clean_authors, common_words_name, copyright_holder,
                      dated_line_name, filed_name, name_before_label, post_header_name)
from .blocks import Block, Decision, Form, Kind, Zone
from .classify import NAME_ALONE_REASON
from .classify.lines import is_date_line, looks_like_byline, opens_with_label
from .captions import captions_of
from .dates import find_date, find_date_glued_count
from .language import detect_language
from .rules import text as rules
from .rules.metadata import (BYLINE_PREFIX_RE, BYLINE_SEGMENT_RE, BYLINE_START_RE, DATED_HEAD_LINE_MAX_LINES,
                             DATED_LINE_OVER_HEADLINE_MAX_LINES, DESK_BYLINE_MAX_LINES, DESK_BYLINE_MAX_WORDS,
                             FILED_IN_RE, LABELLED_NAME_MIN_WORDS, NON_WRITER_LABEL_RE, ROLE_LINE_DATE_REACH,
                             ROLE_LINE_MAX_WORDS, ROLE_TAIL_RE)
from .vocabulary import furniture_line, is_meta_label, meta_label_opener


@dataclass(slots=True)
class PageFacts:
    """What the page says about itself outside its text (HTML metadata); all optional."""

    title: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    site_name: str | None = None
    language: str | None = None
    url: str | None = None
    image: str | None = None  # og:image or the JSON-LD image, absolute
    tags: list[str] = field(default_factory=list)
    base: str | None = None  # what the page's relative links resolve against
    # The headline the page's structure names (HTML: the displayed heading that names the
    # article, else the metadata title): it outranks the classifier's choice.
    headline: str | None = None


def assemble(decisions: Sequence[Decision], source: Source, facts: PageFacts | None = None) -> Article:
    facts = facts or PageFacts()
    by_kind: dict[Kind, list[Decision]] = {kind: [] for kind in Kind}
    for decision in decisions:
        by_kind[decision.kind].append(decision)

    standfirst = _first_text(by_kind[Kind.STANDFIRST])
    # The standfirst opens the article text as the page shows it, so the body
    # keeps it too; readers of `body` alone would otherwise lose it. A dek of
    # several paragraphs (or a lead under the byline read as one) is the field's
    # first paragraph, and every one of them opens the body: none is dropped.
    lead = [BodyPart(Form.PARAGRAPH, text) for text in _lead_texts(by_kind[Kind.STANDFIRST])]
    body_parts = lead + [_body_part(d.block, facts.base) for d in by_kind[Kind.BODY]]
    dates = by_kind[Kind.DATE] + by_kind[Kind.BYLINE]
    published = facts.published or _published(decisions, dates)

    # (the text's byline is read only when the metadata names no author; the text's own date is read
    # again only when the metadata gave the page's, and only if a reader of names asks)
    dating = _Dating(published, (lambda: _published(decisions, dates)) if facts.published else None)
    reading = None if facts.authors else _authors(decisions, dating)
    article = Article(
        headline=facts.headline or _first_text(by_kind[Kind.HEADLINE]) or facts.title,
        title=facts.title,
        standfirst=standfirst,
        authors=facts.authors or reading.names,
        published=published,
        site_name=facts.site_name,
        url=facts.url,
        language=facts.language or detect_language(render_body(body_parts)),
        dateline=_dateline(body_parts[len(lead):]),  # the story opens after the standfirst
        key_points=_unique(d.block.text for d in by_kind[Kind.KEY_POINT]),
        captions=captions_of(decisions, len(lead)),
        description=facts.description,
        tags=list(facts.tags),
        body_parts=body_parts,
        source=source,
        trace=list(decisions),
    )
    if reading is not None:
        article.trace.append(reading)  # for the page kind (names_alone_byline) and --explain
    # The lead image: the article's first figure, else the one the page names for sharing.
    article.image = next((caption.image for caption in article.captions if caption.image), None) or facts.image
    if not article.body:
        article.warnings.append("no article text found")
    return article


def _body_part(block: Block, base: str | None) -> BodyPart:
    # Only list items nest; a depth on anything else is the list it happens to sit in.
    depth = block.depth if block.form is Form.LIST_ITEM else 0
    return BodyPart(block.form, block.text, block.level, block.bullet, depth, None, block.language, block.cells,
                    block.marks, base)


def _first_text(decisions: Sequence[Decision]) -> str | None:
    return decisions[0].block.text if decisions else None


def _lead_texts(decisions: Sequence[Decision]) -> list[str]:
    """The standfirst, then the later standfirst lines that read as prose (a caption or
    "Listen to this article" marked as a dek is no paragraph of the text); none the page prints
    apart from its text (`Decision.in_body`)."""
    texts = _unique(d.block.text for d in decisions if d.in_body)
    return texts[:1] + [text for text in texts[1:] if signals.is_prose(text)]


def _authors_from(decisions: Sequence[Decision], page: _PageWords) -> list[str]:
    names: list[str] = []
    for decision in decisions:
        text = decision.block.text
        if names and _job_title(text):
            continue  # "Brinda Gulati" / "Content Editor": the job of the name above, no second name
        names.extend(name for name in page.names(clean_authors(text, labelled_parts=True)) if name not in names)
    return names


class _PageWords:
    """The page's own writing, asked whether a name read from it is a person's: a name is no line of
    the site's furniture ("Neueste Beiträge": vocabulary.furniture_line) nor words the page writes in
    lower case (authors.common_words_name). The page's text is joined once, when a name first asks."""

    def __init__(self, decisions: Sequence[Decision]) -> None:
        self._decisions = decisions
        self._text: str | None = None
        self._lower: dict[str, bool] = {}

    def names(self, names: list[str]) -> list[str]:
        """The names that read as persons' (or as a publication's, a desk's: see rules.metadata)."""
        return [name for name in names if furniture_line(signals.normalise(name)) is None
                and not common_words_name(name, self.writes_lower)]

    def writes_lower(self, word: str) -> bool:
        """Whether the page writes the word (in lower case) as a word of its text, at least
        rules.NAME_WORD_LOWER_MIN times: after a space, before a space or a sentence's mark (in an
        address, a link or a handle, "john.smith@", "/john-smith/", a name may be written so)."""
        if word not in self._lower:
            if self._text is None:
                self._text = "\n".join(decision.block.text for decision in self._decisions)
            found = re.finditer(rf"(?<!\S){re.escape(word)}(?=[\s,;:!?)]|\.(?!\S)|$)", self._text)
            self._lower[word] = sum(1 for _ in itertools.islice(found, rules.NAME_WORD_LOWER_MIN)) >= rules.NAME_WORD_LOWER_MIN
        return self._lower[word]


def _job_title(text: str) -> bool:
    """A line that is one word and a writer's job after a space ("Content Editor", "Technical Writer",
    "WCI Columnist"): the byline's cleaning cuts the job and would leave its first word as a name."""
    role = ROLE_TAIL_RE.search(text.strip())
    return role is not None and role.group().lstrip()[:1].isalpha() and len(text[: role.start()].split()) == 1


def _without_labels(names: list[str]) -> list[str]:
    """The names read from the page's text, each without a "Label: value" it ran on into (none
    when only a label's value is left: authors.name_before_label)."""
    kept = (name_before_label(name) for name in names)
    return _unique(name for name in kept if name)


@dataclass(frozen=True, slots=True)
class AuthorReading:
    """The author decision on the page's text, made once (`_authors`): the names it took, and whether
    the page's byline is names alone under its headline that read as one by the page's date or an
    article's sign by them, headings and all (`names_alone`): what the author field took before it
    passed headings over (`_names_alone`). The page kind weighs such names as its weights were fitted
    (page_type's "authored"): a shop's or a service's heading there is evidence of its kind though it
    is nobody's name. Kept in the article's trace (`names_alone_byline`)."""

    names: list[str]
    names_alone: bool = False


def names_alone_byline(article: Article) -> bool:
    """The assembler's verdict on the article's byline of names alone (`AuthorReading.names_alone`);
    False when the page's metadata named its authors (the text's byline was not read)."""
    return any(item.names_alone for item in article.trace if isinstance(item, AuthorReading))


class _Dating:
    """The page's date as evidence for the author decision, made once in `assemble`: whether the page
    gives itself a date, its metadata's or its text's (`dated`: a sign that names alone may be its
    byline), and whether its text shows one (`shown`: asked of the copyright holder only,
    `_copyright_holder`). `text_date` reads the text's date when the metadata gave the page's
    (None: `published` is the text's own); it is called once, on the first ask."""

    __slots__ = ("dated", "_text_date", "_shown")

    def __init__(self, published: str | None, text_date: Callable[[], str | None] | None = None) -> None:
        self.dated = published is not None
        self._text_date = text_date
        self._shown: bool | None = None if text_date else self.dated

    @property
    def shown(self) -> bool:
        if self._shown is None:
            self._shown = self._text_date() is not None
        return self._shown


_UNDATED = _Dating(None)


def _authors(decisions: Sequence[Decision], dating: _Dating = _UNDATED) -> AuthorReading:
    """The byline's names; a forum thread's starter when no byline names one, or when the only
    bylines are names alone (a line's shape is a guess, "Thread starter" a label: under a thread's
    title the name-shaped lines are its buttons and tabs, "Click For Summary", "Player Ratings").
    `dating`: the page's date as evidence (`_Dating`)."""
    page = _PageWords(decisions)
    run = _byline_run(decisions)
    names = _authors_from(run, page)
    if names and any(decision.reason != NAME_ALONE_REASON for decision in run):
        return AuthorReading(_without_labels(names))
    # (past here the run, when it names anyone, is names alone)
    signed = bool(names) and (dating.dated or _signed_run(decisions, run))
    alone = _names_alone(decisions, run, names, page) if signed else []
    head = _under_headline(decisions)
    # (each reader in turn: one that reads only the page's furniture or common words as names gives way)
    readers = (lambda: _thread_starter(decisions), lambda: _post_header(decisions, head), lambda: _starter_mark(decisions),
               lambda: _member_card(decisions), lambda: _label_over_name(_under_headline(decisions, outside=True)),
               lambda: _filed_name(head), lambda: alone,
               lambda: _name_over_date(head, _headline_text(decisions)), lambda: _signed_line(decisions),
               lambda: _desk_byline(head[:DESK_BYLINE_MAX_LINES]), lambda: _dated_line_byline(head),
               lambda: _name_over_role(decisions), lambda: _handle_over_date(decisions, head),
               lambda: _copyright_holder(decisions) if dating.shown else [], lambda: _lone_dated_byline(decisions),
               lambda: _aged_post_header(decisions))
    found = next((found for read in readers if (found := page.names(read()))), [])
    return AuthorReading(_without_labels(found), signed and bool(_without_labels(names)))


def _names_alone(decisions: Sequence[Decision], run: Sequence[Decision], names: list[str], page: _PageWords) -> list[str]:
    """The names of a run of names alone, without its headings and its tags: a heading under the
    headline (HTML's <h2>-<h6>) titles a section, a card or a box, never signs the page ("Quick Links",
    "Our Story", "Trusted Strength", "In-page Links"; fit-half WCXB: smcm.edu, sakeone.com,
    masterlock.com, delta.com, freedcamp.com, browserstack.com, oracle.com, skullcandy.com,
    conejoadulted.org; no name alone read as the true author is one). Raw text has no headings. A line
    right under the tags' label alone (the vocabulary's `tags` concept, any language: "Tags",
    "ETIQUETAS") is the list's first tag, the story's subject or topic, no writer (raw author, traf-dev
    fit: aclu.org "School-to-Prison Pipeline", diaadia.com.pa the musician the story is about).
    `names`: the run's names, headings and all."""
    tagged = _under_tags_label(decisions, run)
    if not tagged and not any(decision.block.form is Form.HEADING for decision in run):
        return names
    return _authors_from([decision for decision in run
                          if decision.block.form is not Form.HEADING and id(decision) not in tagged], page)


def _under_tags_label(decisions: Sequence[Decision], run: Sequence[Decision]) -> set[int]:
    """The ids of the run's lines set right under a line that is the tags' label alone."""
    ids = {id(decision) for decision in run}
    return {id(below) for above, below in zip(decisions, decisions[1:])
            if id(below) in ids and len(above.block.text) <= rules.META_LINE_MAX_CHARS
            and furniture_line(signals.normalise(above.block.text)) == "tags"}


def _signed_run(decisions: Sequence[Decision], run: Sequence[Decision]) -> bool:
    """Whether a run of names alone reads as the page's byline on a page that gives itself no date:
    an article's sign stands by it (a date or a meta line, "7 min read", "Written by", within a few
    lines above or below: rules.text NAME_ALONE_SIGN_LINES), or it stands apart from the short
    labels around it. A name-shaped line among short labels, with neither, is a menu's, a facet's or
    a button's ("Size Guide" / "Shipping", "Our Story", "Customer Care"), which shop, service and
    landing pages print under their headline."""
    ids = {id(decision) for decision in run}
    places = [index for index, decision in enumerate(decisions) if id(decision) in ids]
    first, last = places[0], places[-1]
    around = [decisions[index] for index in (first - 1, last + 1) if 0 <= index < len(decisions)]
    if not any(_short_label(decision.block.text) for decision in around):
        return True
    reach = rules.NAME_ALONE_SIGN_LINES
    return any(id(decision) not in ids and _meta_sign(decision)
               for decision in decisions[max(0, first - reach) : last + reach + 1])


def _short_label(text: str) -> bool:
    """A line of a few words that is no sentence: a menu's, a facet's or a button's label."""
    return signals.word_count(text) <= rules.NAME_ALONE_LABEL_MAX_WORDS and not signals.is_prose(text)


def _meta_sign(decision: Decision) -> bool:
    """Whether a line is an article's date or meta line (a reading time, a byline's label)."""
    text = decision.block.text
    return decision.kind is Kind.DATE or is_date_line(text) or signals.is_meta_line(text)


def _headline_index(decisions: Sequence[Decision]) -> int | None:
    """Where the headline stands among the decisions, or None."""
    return next((i for i, decision in enumerate(decisions) if decision.kind is Kind.HEADLINE), None)


def _under_headline(decisions: Sequence[Decision], outside: bool = False) -> list[Decision]:
    """The head's lines under the headline, up to the article's first text and within the lines a
    byline stands under its headline, where the region holds them (or, with `outside`, also those
    it left out: a region that starts at the first paragraph leaves the byline above it outside)."""
    start = _headline_index(decisions)
    head: list[Decision] = []
    for decision in decisions[start + 1 : start + 1 + rules.NAME_BYLINE_MAX_LINES] if start is not None else ():
        if decision.kind is Kind.BODY:
            break
        if outside or decision.block.zone is not Zone.OUTSIDE:
            head.append(decision)
    return head


def _label_over_name(head: Sequence[Decision]) -> list[str]:
    """A byline set as its label alone on a line and the name on the next ("Written by" /
    "Nathan Myhrvold", "By" / "Lauren"): the two read as one byline, and its label outranks a
    name-shaped line without one (a button's "Start My LLC"). The label is the vocabulary's byline
    label in every language. Fit-half WCXB: britannica.com, legalzoom.com, theeventscalendar.com;
    where the region leaves the pair outside: thespruceeats.com, seriouseats.com,
    affordablecollegesonline.org.
    Only above the head's date line: a label under it names an editor or a reviewer ("Edited by"),
    and never over words run together (a row of tags links, "Wedding ChecklistsJust Engaged")."""
    for above, below in zip(head, head[1:]):
        if above.kind is Kind.DATE:
            break
        if NON_WRITER_LABEL_RE.match(above.block.text):
            continue  # "Reviewed by" / the reviewer: the writer's label may follow
        joined = f"{above.block.text} {below.block.text}"
        if (is_meta_label(signals.normalise(above.block.text)) and len(joined) <= rules.META_LINE_MAX_CHARS
                and BYLINE_START_RE.match(joined) and not signals.has_glued_words(below.block.text)):
            names = clean_authors(joined)
            if names:
                return names
    return []


def _headline_text(decisions: Sequence[Decision]) -> str:
    """The headline's words, case folded ("" when there is none): for a line that repeats it."""
    index = _headline_index(decisions)
    return signals.caseless(decisions[index].block.text) if index is not None else ""


def _name_over_date(head: Sequence[Decision], headline: str = "") -> list[str]:
    """A short line of names set straight over the date line under the headline (headline /
    "Mazi" / "December 19, 2025"), when no byline names the author: the byline without its label,
    in any language (under a name-shaped byline, the line over the date is its post). One word or a
    name with its post ("Audrey Huang, Print Managing Editor") is no name-shaped line alone, but
    over the date it is the author's place. A line printed twice (the avatar's alt and the name)
    counts once. Fit-half WCXB: dynamicbusiness.com, coffeekev.com, shssoutherner.org,
    tapatalk.com, classcentral.com. A label with its colon over the date is the date's ("Datum:" /
    "03.11.2021": traf-dev fit, autohaus.de), no name. Nor is the headline printed again over the
    date (`headline`, case folded: "Gitarre & Bass 02/2022" read "Gitarre": traf-dev fit gitarrebass.de)."""
    for index, decision in enumerate(head):
        text = decision.block.text
        if (_over_date(head, index) and not text.rstrip().endswith(":")
                and signals.caseless(text) != headline):
            names = clean_authors(text)
            if names:
                return names
    return []


def _over_date(head: Sequence[Decision], index: int) -> bool:
    """Whether the head's line at `index` is a short furniture line set straight over its date line
    (a line printed twice, the avatar's alt and the name, counts once): a post's meta line."""
    decision = head[index]
    text = decision.block.text
    if decision.kind is not Kind.BOILERPLATE or len(text) > rules.META_LINE_MAX_CHARS:
        return False
    after = next((other for other in head[index + 1 :] if other.block.text != text), None)
    return after is not None and after.kind is Kind.DATE


def _filed_name(head: Sequence[Decision]) -> list[str]:
    """The name on the post's meta line that says where the post is filed ("John Crenshaw in
    seo" over the date, "Dec 26, 2025 • Mahua Das in Project Management"): the date line under
    the headline or the line set straight over it. It outranks a name alone on a line, which is
    only a guess from its shape (uforocks.com: a heading of the text, "Cautionary Tale")."""
    for index, decision in enumerate(head):
        text = decision.block.text
        on_date = decision.kind is Kind.DATE and len(text) <= rules.META_LINE_MAX_CHARS
        if on_date or _over_date(head, index):
            names = filed_name(text)
            if names:
                return names
    return []


def _signed_line(decisions: Sequence[Decision]) -> list[str]:
    """When nothing above names an author: the first byline opening with its label ("Written by
    Cassidy Horton", "Text by Hunter Dukes", "Posted by IndustrySelect on ...") the region holds,
    in its text or at its end (an author box under the article). Fit-half WCXB: industryselect.com,
    publicdomainreview.org, girleatworld.net, prosper.com, kingarthurbaking.com (raw author missed).
    Under the article's first text the label may stand alone on its line over the name, in or past
    the region ("Article by" / "Matias Heikkilä", "Author:" / "Shai Shmarel"): the two lines read
    as one byline. Fit-half WCXB: bytesauna.com, learn.hms.harvard.edu, tailorbrands.com,
    britannica.com, reviewed.com, idlecartulary.com (raw author missed).
    A labelled byline a few lines past the text's last paragraph signs the text, where the region
    ends over it (rules.text SIGN_OFF_REACH: "By Scott Kasun" over "Related Topics")."""
    in_text = False
    last_text = _last_text(decisions)
    for index, decision in enumerate(decisions):
        block = decision.block
        in_text = in_text or decision.kind is Kind.BODY
        if decision.kind not in (Kind.BODY, Kind.BOILERPLATE):
            continue
        # (a label alone over a name is an author box wherever the region ends, often past it; in
        # the head over the text the label readers under the headline have had their say)
        joined = _joined_label(block.text, decisions[index + 1 : index + 3]) if in_text else None
        text = joined or (block.text if _signs_text(block, index, last_text) else "")
        if len(text) <= rules.META_LINE_MAX_CHARS and _labelled_byline(text) and not NON_WRITER_LABEL_RE.match(text):
            names = clean_authors(text)
            if names:
                return names
    return []


def _last_text(decisions: Sequence[Decision]) -> int:
    """Where the text's last paragraph stands among the decisions (-1 when there is none)."""
    return max((index for index, decision in enumerate(decisions) if decision.kind is Kind.BODY), default=-1)


def _signs_text(block: Block, index: int, last_text: int) -> bool:
    """Whether a line at `index` may sign the text: the region holds it, or it stands within
    rules.text SIGN_OFF_REACH lines past the text's last paragraph (at `last_text`), where the
    region's end left the author's sign-off or card with the site's end matter under it."""
    return block.zone is not Zone.OUTSIDE or 0 < index - last_text <= rules.SIGN_OFF_REACH


def _joined_label(label: str, under: Sequence[Decision]) -> str | None:
    """A byline's label alone on its line joined to the line under it (`under`: the next two lines),
    or None when the line is no label alone or nothing stands under it. The avatar's initials set
    between the label and the name are passed over ("AUTHOR" / "CP" / "Chengcheng Pei":
    authors.avatar_initials)."""
    # (the label asked first: every line of the text is asked, and nearly none is a label alone)
    if not is_meta_label(signals.normalise(label)):
        return None
    name = under[0].block.text.strip() if under else ""
    if len(under) > 1 and avatar_initials(name, under[1].block.text.strip()):
        name = under[1].block.text.strip()
    # (a reviewer's or an editor's label, "Reviewed by" over "Written by", names no writer)
    if (signals.word_count(name) < LABELLED_NAME_MIN_WORDS or signals.has_glued_words(name)
            or NON_WRITER_LABEL_RE.match(label)):
        return None
    # (the label's colon dropped: "Author:" / "Shai Shmarel" reads as "Author Shai Shmarel")
    return f"{label.rstrip().rstrip(':')} {name}"


def _desk_byline(head: Sequence[Decision]) -> list[str]:
    """A byline label right under the headline over what the name reader refuses, a desk, a brand
    or a member's handle ("by News Desk", "By Ask the Doctors", "by ibby", "by whova | Apr 21,
    2025"), when nothing else names an author: the label says a name follows, so its first segment,
    of a few words without figures, is taken as written. Fit-half WCXB: artlyst.com, uclahealth.org,
    abduzeedo.com, whova.com."""
    for decision in head:
        first = BYLINE_SEGMENT_RE.split(decision.block.text)[0]
        if not BYLINE_START_RE.match(first) or signals.has_glued_words(first):
            continue
        name = BYLINE_PREFIX_RE.sub("", first, count=1).strip()
        # (the section the post is filed in after the desk: "Posted by DT in Tagebuch"; traf-dev fit,
        # 1hundetagebuch.wordpress.com)
        filed = FILED_IN_RE.match(name)
        name = filed.group("name") if filed else name
        # (a label's own line, "Authors of this article:", names nobody: its names follow it)
        if (0 < len(name.split()) <= DESK_BYLINE_MAX_WORDS and not any(c.isdigit() for c in name)
                and not name.endswith(":")):
            return [name]
    return []


def _dated_line_byline(head: Sequence[Decision]) -> list[str]:
    """The name after the byline's label on the dated line straight under the headline, the post's
    meta line, whatever the classifier made of it, when its tail keeps the byline reader from the
    name (authors.dated_line_name: a comment count, a second date, the post's section, an affiliate
    notice). Raw author missed, fit-half WCXB: erinspain.com, hardtail.ca,
    budgettravelwithgabby.com, afarmgirlskitchen.com."""
    for decision in head[:DATED_HEAD_LINE_MAX_LINES]:
        names = dated_line_name(decision.block.text)
        if names:
            return names
    return []


def _name_over_role(decisions: Sequence[Decision]) -> list[str]:
    """A writer's card, when nothing else names an author: a name alone on its line over a line that
    is only a writer's job, with a date close under it ("Rachel MacDonald" / "Writer" / "12/11/25",
    "Nawaz Dhandala" / "Author" / "@nawazdhandala • Jan 26, 2026"), in the region, over the
    headline or in the author box (rules.metadata ROLE_LINE_MAX_WORDS: the evidence). An author box
    the region's end left out stands right under the text (`_signs_text`): where the text ends is
    another rule's call, and a card of another story's stands further down (wcxb fit, raw text:
    oneuptime.com's card under "Share this article" is left out by an end cut at that label)."""
    last_text: int | None = None  # (found once, at the first role line: most pages have none)
    for index in range(1, len(decisions) - 1):
        if not _role_line(decisions[index].block.text):
            continue
        above = decisions[index - 1].block
        below = decisions[index + 1 : index + 1 + ROLE_LINE_DATE_REACH]
        if last_text is None:
            last_text = _last_text(decisions)
        if not _signs_text(above, index - 1, last_text) or furniture_line(signals.normalise(above.text)) is not None:
            continue
        if any(is_date_line(decision.block.text) for decision in below):
            names = clean_authors(above.text)
            if len(names) == 1 and signals.word_count(above.text) == signals.word_count(names[0]):
                return names
    return []


def _role_line(text: str) -> bool:
    """A line that is only a writer's job, a few words ending with one ("Writer", "Contributing
    Editor", "Autorin")."""
    words = text.split()
    return (bool(words) and signals.word_count(text) <= ROLE_LINE_MAX_WORDS
            and rules.WRITER_ROLE.fullmatch(words[-1]) is not None)


def _copyright_holder(decisions: Sequence[Decision]) -> list[str]:
    """The holder the site's copyright notice names, the last one of the page (the footer's: a
    picture's credit above it may be dated too), when nothing else names an author: the page's
    publisher, a person's own site or a company's blog (authors.copyright_holder; rules.metadata
    COPYRIGHT_OPENING: the evidence). Asked of a page whose text shows a date only (`_authors`; a
    date the HTML metadata alone declares is a shop's or a service's page's too: "Solo Stove" on
    solostove.com, projectorreviews.com's holder on its review page, no writer of either):
    a dated page is a post, which its publisher signs where no writer does; a shop's or a service's
    page is undated, and the shop that holds its copyright wrote no text there (fit-half WCXB: 89
    undated pages whose truth names no author, amazon.com, apple.com, thomann.de, stripe.com ...)."""
    for decision in reversed(decisions):
        text = decision.block.text
        if rules.FOOTER_COPYRIGHT.match(text):
            holder = copyright_holder(text) if signals.word_count(text) <= rules.FOOTER_COPYRIGHT_MAX_WORDS else None
            return [holder] if holder else []
    return []


def _lone_dated_byline(decisions: Sequence[Decision]) -> list[str]:
    """The last reader, when nothing else names an author: the page's one labelled byline that is
    dated (its date on its line or on the line under it: "By Genaveve Bradshaw ⋅ Senior Review
    Analyst ⋅ Updated March 5, 2025", "By Rabbids" / "March 19, 2024 in Build ..."), wherever it
    stands. The readers above look where the region and the headline put the article's head; where
    these are misplaced (the run found lower down the page, a wrong line taken for the headline) the
    byline is left outside, and the page names no one. A label and a date together are the article's
    own byline; a page printing two or more such bylines is a listing's cards (each story its byline
    and date), none of them the author. Raw author missed, fit-half WCXB: techgearlab.com (chromium),
    fool.com and forum.corsair.com (inscriptis)."""
    found: list[list[str]] = []
    for index, decision in enumerate(decisions):
        text = decision.block.text
        if len(text) > rules.META_LINE_MAX_CHARS or not _labelled_byline(text) or NON_WRITER_LABEL_RE.match(text):
            continue
        below = decisions[index + 1].block.text if index + 1 < len(decisions) else ""
        if find_date(text) or (len(below) <= rules.META_LINE_MAX_CHARS and find_date(below)):
            names = clean_authors(_labelled_segment(text))
            if names and names not in found:
                found.append(names)
    return found[0] if len(found) == 1 else []


def _labelled_segment(text: str) -> str:
    """The segment of a byline widget that opens with the byline's label ("von Marc Scheloske" of
    "von Marc Scheloske | 20. Mai 2007 | Ergebnisse, Ergebnisse 2007 | 0 Kommentare": the others are
    the date, the post's categories and its comment count, no names; traf-dev fit
    blog.leichtathletik-ostalbkreis.de), or the whole line when no segment opens with it ("Posted on
    March 3, 2020 by Jane Doe")."""
    return next((part for part in BYLINE_SEGMENT_RE.split(text) if BYLINE_START_RE.match(part)), text)


def _handle_over_date(decisions: Sequence[Decision], head: Sequence[Decision]) -> list[str]:
    """A blog's login handle as its byline, when nothing else names an author: the head's first line
    under the headline, straight over its date line, a handle in small letters and figures
    (rules.text LOGIN_HANDLE: "inikosoftseo", "3d23d65-ddc6-4ce5") that the text never writes."""
    if len(head) < 2 or head[0].kind is not Kind.BOILERPLATE or head[1].kind is not Kind.DATE:
        return []
    handle = head[0].block.text.strip()
    if (len(handle) < rules.LOGIN_HANDLE_MIN_CHARS or not rules.LOGIN_HANDLE.fullmatch(handle)
            or not _member_handle(handle)):
        return []
    # (a section's or a tag's word in small letters is most often one the text uses: "recipes", "travel")
    if any(handle in decision.block.text.lower() for decision in decisions if decision.kind is Kind.BODY):
        return []
    return [handle]


def _post_header(decisions: Sequence[Decision], head: Sequence[Decision]) -> list[str]:
    """The handle on the first post's header, a date line under the thread's title that is only the
    handle, the post's day and time and its number ("DaleJack September 5, 2024, 11:15pm 1"): the
    thread's starter. Raw author missed, fit-half WCXB: community.openai.com, forums.docker.com,
    forum.obsidian.md, forum.audacityteam.org. A word of the title is the section's or the place's
    the page dates ("medellín 04 de mayo 2022, 12:00 a. m." under "medellín ...": traf-dev fit
    eltiempo.com), no member's handle."""
    index = _headline_index(decisions)
    title = set(decisions[index].block.text.lower().split()) if index is not None else set()
    for decision in head:
        if decision.kind is Kind.DATE and (handle := post_header_name(decision.block.text)):
            return [handle] if handle.lower() not in title else []
    return []


def _aged_post_header(decisions: Sequence[Decision]) -> list[str]:
    """The handle on a thread's first post header where the posts' headers date each post by its age
    ("Need2KnowLion 2 years ago#1": authors.aged_post_header_name), when nothing else names the author:
    the first such header within rules.text AGED_POST_HEADER_REACH lines of the page's top, where at
    least AGED_POST_HEADERS_MIN different handles head such lines (a thread's members; one writer's
    name over each teaser card of a listing is no thread). A first header whose words read as no
    handle names no one: the next is a reply's ("via scvalex 1 year ago | caches" / "jamesw 1 year
    ago"). A date's label is no handle ("Updated 6 days ago"). The first post's text is prose: a
    listing's teaser cards ("Allgemein vor 7 Tagen" over a headline) have a title under the stamp."""
    handles: list[str] = []
    first_post = ""
    window = decisions[: rules.AGED_POST_HEADER_REACH]
    for index, decision in enumerate(window):
        text = decision.block.text
        handle = aged_post_header_name(text) if len(text) <= rules.META_LINE_MAX_CHARS else None
        if handle is not None:
            if not handles and index + 1 < len(window):
                first_post = window[index + 1].block.text
            handles.append("" if is_meta_label(signals.normalise(handle)) else handle)
    distinct = {handle.lower() for handle in handles if handle}
    if not (handles and handles[0] and len(distinct) >= rules.AGED_POST_HEADERS_MIN):
        return []
    return handles[:1] if signals.is_prose(first_post) else []


def _thread_starter(decisions: Sequence[Decision]) -> list[str]:
    """The member a forum thread's head names as its starter, when no byline names an author:
    the first such line of the page is the thread's own (a line of furniture or the thread's date
    line, "Started by Biology Forums, June 04, 2024, 11:23:55 AM"; never its text, unless the line
    names the forum the thread is in before its label: rules.text THREAD_STARTER_IN_FORUM)."""
    for decision in decisions:
        text = decision.block.text
        if len(text) > rules.META_LINE_MAX_CHARS:
            continue
        found = rules.THREAD_STARTER.match(text) if decision.kind in (Kind.BOILERPLATE, Kind.DATE) else None
        found = found or rules.THREAD_STARTER_IN_FORUM.match(text)
        if found:
            return [found.group(1)]
    return []


def _starter_mark(decisions: Sequence[Decision]) -> list[str]:
    """The handle the page first marks as the thread's starter (rules.text STARTER_MARK_LINE: the mark
    after the handle, on its line or alone on the next: "Ejp55230 Discussion starter", "lowjhg" /
    "Original Poster"); [] when the first mark stands by no handle. Fit-half WCXB (raw author
    missed): mtbr.com, woodworkingtalk.com, flyertalk.com."""
    for index, decision in enumerate(decisions):
        text = decision.block.text
        found = rules.STARTER_MARK_LINE.match(text) if len(text) <= rules.META_LINE_MAX_CHARS else None
        if found:
            handle = found.group(1) or (decisions[index - 1].block.text.strip() if index else "")
            return [handle] if _member_handle(handle) else []
    return []


def _member_card(decisions: Sequence[Decision]) -> list[str]:
    """The handle on the page's first member card (rules.text MEMBER_FIGURES_LINE: the member's post
    count or badges under the handle, perhaps with a member title between; MEMBER_CARD_LINE: both on
    one line): a thread's first card is its first post's, whose member started the thread. A card
    under an edit's stamp ("edited Feb 12, 2011 at 21:50" / "Aaronut" / the badges) is the editor's:
    the asker's comes next. Fit-half WCXB (raw author missed): forums.raspberrypi.com,
    forums.virtualbox.org, cooking.stackexchange.com, expatriates.stackexchange.com, serverfault.com,
    unix.stackexchange.com."""
    figures = [index for index, decision in enumerate(decisions) if _card_line(decision.block.text)]
    runs = [_card_run(decisions, index) for index in figures]
    for order, index in enumerate(figures):
        if inline := rules.MEMBER_CARD_LINE.match(decisions[index].block.text):
            return [inline.group(1)] if _member_handle(inline.group(1)) else []
        at = index - _card_depth(decisions, index, runs[order], runs[order + 1 :])
        if at > 0 and rules.OTHER_DATE_STAMP.match(decisions[at - 1].block.text):
            continue  # an editor's card
        handle = _said_once(decisions[at].block.text.strip()) if at >= 0 else ""
        return [handle] if _member_handle(handle) else []
    return []


def _said_once(handle: str) -> str:
    """A card's line that says one handle twice said once: the avatar's alternative text and the
    name's link, run together or a space between them in the raw copy ("user5105user5105", "user5105
    user5105": traf-dev fit, german.stackexchange.com). Halves of at least
    rules.MEMBER_HANDLE_TWICE_MIN_CHARS only ("Bb" is no handle said twice)."""
    half, odd = divmod(len(handle), 2)
    if half < rules.MEMBER_HANDLE_TWICE_MIN_CHARS or (odd and handle[half] != " "):
        return handle
    return handle[:half] if handle[:half] == handle[half + odd :] else handle


def _card_line(text: str) -> bool:
    """Whether a line is a member card's figures, alone or run onto the handle's line."""
    return len(text) <= rules.META_LINE_MAX_CHARS and bool(rules.MEMBER_FIGURES_LINE.match(text)
                                                           or rules.MEMBER_CARD_LINE.match(text))


def _card_depth(decisions: Sequence[Decision], first: int, run: int, later_runs: Sequence[int]) -> int:
    """How many lines over its figures (at `first`, with `run` card lines over them) a card sets the
    handle. A card opens with the handle and may set the member's title between it and the figures
    ("Hollis Crane" / "regular" / "Posts: 812"), in the same place on every card of the thread. The
    first card's top is not seen (the thread's head over it may be short lines too), so the depth is
    read off the later cards, each opening under the post before it: the most common of their runs
    (the smaller on a tie). With no later card, a title in the vocabulary's forum chrome ("Senior
    Member") is passed over, else the handle is right over the figures."""
    if later_runs:
        counts = Counter(later_runs)
        depth = max(1, min(counts, key=lambda length: (-counts[length], length)))  # the figures are no handle
        return depth if run >= depth else 1
    title = decisions[first - 1].block.text if first > 0 else ""
    return 2 if first > 1 and furniture_line(signals.normalise(title)) == "forum_chrome" else 1


def _card_run(decisions: Sequence[Decision], index: int) -> int:
    """The lines over a card's figures that read as its handle or the member's titles, at most
    rules.MEMBER_CARD_MAX_LINES: a line of the post before it (rules.SENTENCE_END: no card line ends a
    sentence), a button or a date ends the run."""
    run = 0
    while run < rules.MEMBER_CARD_MAX_LINES and index - run > 0:
        text = decisions[index - run - 1].block.text.strip()
        key = signals.normalise(text)
        if rules.SENTENCE_END.search(text) or not (_member_handle(text) or furniture_line(key) == "forum_chrome"):
            break
        run += 1
    return run


def _member_handle(text: str) -> bool:
    """Whether a card's line reads as a member's handle or display name: a few words with a letter,
    no label, date, button or menu word (a handle may be lower-case or glued: "b.scherer", "user447274")."""
    key = signals.normalise(text)
    return (0 < len(text) <= rules.MEMBER_HANDLE_MAX_CHARS and len(text.split()) <= 3 and any(c.isalpha() for c in text)
            and not is_meta_label(key) and furniture_line(key) is None and key not in rules.INTERFACE_WORDS
            and not is_date_line(text))


def _labelled_byline(text: str) -> bool:
    """A byline that opens with its label in any language ("Written by", "Text by", "Von"): a line
    of a name and a date without one is an event's, a listing card's or a place's ("San Francisco,
    U.S.A.: 23-26 March 2026")."""
    words = signals.normalise(text).split()
    # (the first word asked first: the author readers ask this of every line of a page naming no one)
    return (len(words) > 1 and meta_label_opener(words[0]) and opens_with_label(words, _colon_label, 3)
            and looks_like_byline(text))


def _colon_label(key: str) -> bool:
    """A byline's label, with or without the colon after it ("Posted By:", "Autor:")."""
    return is_meta_label(key.removesuffix(":"))


def _byline_run(decisions: Sequence[Decision]) -> list[Decision]:
    """The page's byline: the first byline and those next to it, up to the next body text.

    A name line further down is another story's (cards of a listing, each "a name alone
    under its title") or a quoted person's, not the author of this one. So are the bylines
    above the headline when other lines part two of them (`_card_bylines`): the run then
    starts under the headline.
    """
    start = _headline_index(decisions)
    above = decisions[:start] if start is not None else ()
    skip = start + 1 if start is not None and _card_bylines(above) else 0
    run: list[Decision] = []
    for decision in decisions[skip:]:
        if decision.kind is Kind.BYLINE:
            run.append(decision)
        elif run and decision.kind is Kind.BODY:
            break
    return run


def _card_bylines(above: Sequence[Decision]) -> bool:
    """Whether the bylines over the headline are other stories' cards: two of them parted by a line
    that is neither a byline nor a date (a card's title or blurb: "The best bridge camera in 2026" /
    "by Geoff Harris" / "December 19, 2025" / "The best instant cameras ..." / "by Claire Gillo").
    An article's own byline over its headline stands alone or beside its co-authors and its date.
    Raw author missed, fit-half WCXB: amateurphotographer.com (three cards' bylines read as the
    authors)."""
    parted = seen = False
    for decision in above:
        if decision.kind is Kind.BYLINE:
            if parted:
                return True
            seen = True
        elif seen and decision.kind is not Kind.DATE:
            parted = True
    return False


def _published(decisions: Sequence[Decision], dated: Sequence[Decision]) -> str | None:
    """The article's date from its date lines and bylines (`dated`), else from the stamps and lines
    the readers below find among all the decisions. A date under another date's label alone
    ("Joined" / "Nov 4, 2011": a member's join date, one field a line) is that label's: no reader
    sees it."""
    others = _labelled_other_dates(decisions)
    if others:
        decisions = [decision for decision in decisions if id(decision) not in others]
        dated = [decision for decision in dated if id(decision) not in others]
    return (_date_from(dated) or _stamped_date(decisions) or _glued_date(_under_headline(decisions))
            or _stamped_date(decisions, under_text=True) or _dated_line_by_headline(decisions)
            or _labelled_date(decisions) or _first_post_date(decisions))


def _labelled_other_dates(decisions: Sequence[Decision]) -> set[int]:
    """The ids of the date lines set right under another date's label alone (rules.text
    OTHER_DATE_LABEL_LINE)."""
    return {id(after) for before, after in zip(decisions, decisions[1:])
            if len(before.block.text) <= rules.META_LINE_MAX_CHARS and rules.OTHER_DATE_LABEL_LINE.match(before.block.text)
            and is_date_line(after.block.text)}


def _date_from(decisions: Sequence[Decision]) -> str | None:
    for decision in decisions:
        if rules.OTHER_DATE_STAMP.match(decision.block.text):
            continue  # a member's join date or an edit's, not the article's
        found = find_date(decision.block.text)
        if found:
            return found
    return None


def _stamped_date(decisions: Sequence[Decision], under_text: bool = False) -> str | None:
    """A date stamp the furniture patterns took out of the article's head, when no date line or
    byline gives one: "Posted on June 29, 2020", "asked Feb 11, 2011 at 23:49", "Start date Jul 9,
    2022" are left out of the text as a post's stamps, and the first of them above the article's
    text is its own. Fit-half WCXB: journeytocollege.mo.gov, industryselect.com, housecallpro.com,
    docker.com, cooking.stackexchange.com, physicsforums.com, thefightingcock.co.uk,
    forums.macrumors.com (raw date missed, printed on such a line).
    With `under_text`, asked last, when nothing dates the article: the first such stamp in the
    article's region, also under its first text (a question's stamp printed under the question, a
    thread's start date under its opening lines). Fit-half WCXB: expatriates.stackexchange.com,
    serverfault.com, askubuntu.com, unix.stackexchange.com, forums.macrumors.com."""
    for decision in decisions:
        block = decision.block
        if decision.kind is Kind.BODY and not under_text:
            return None
        if (decision.kind is Kind.BOILERPLATE and block.zone is not Zone.OUTSIDE
                and (block.zone is Zone.MAIN or not under_text) and is_date_line(block.text)):
            found = _date_from([decision])
            if found:
                return found
    return None


def _glued_date(head: Sequence[Decision]) -> str | None:
    """The first date under the headline whose year the raw copy ran into the count after it (a
    post's age, a reading time: "April 2, 20241 yr", "Mar 27, 20255 mins"), when nothing else dates
    the article. Fit-half WCXB: forum.kerbalspaceprogram.com, forum.affinity.serif.com, cio.com."""
    for decision in head:
        text = decision.block.text
        if len(text) <= rules.META_LINE_MAX_CHARS and not rules.OTHER_DATE_STAMP.match(text):
            found = find_date_glued_count(text)
            if found:
                return found
    return None


def _dated_line_by_headline(decisions: Sequence[Decision]) -> str | None:
    """The date of a short line set straight under the headline, whatever the classifier made of it,
    when nothing else dates the article: a post's meta line read as text or as furniture for its
    other words ("Discussion in 'Hosting Advice' started by pelex, May 26, 2025.", "Posted by msmash
    on Friday January 12, 2024 @11:40AM from the pros-and-cons dept.", "Published: Mar 8, 2024 ·
    Modified: … · This post may contain affiliate links"). Raw date missed, fit-half WCXB:
    spigotmc.org, linux.slashdot.org, afarmgirlskitchen.com. Else a short dated line just over the
    headline, where the region (which opens at the headline) leaves it out: the post's date set
    over its title ("Published: Jan 23, 2024", "UPDATED 16:47 EST / DECEMBER 19 2025"). Raw date
    missed, fit-half WCXB: agencyanalytics.com, siliconangle.com, mhealth.jmir.org."""
    start = _headline_index(decisions)
    if start is None:
        return None
    for decision in decisions[start + 1 : start + 1 + DATED_HEAD_LINE_MAX_LINES]:
        if decision.block.zone is not Zone.OUTSIDE and (found := _written_date(decision)):
            return found
    for decision in reversed(decisions[max(0, start - DATED_LINE_OVER_HEADLINE_MAX_LINES) : start]):
        if found := _written_date(decision):
            return found
    return None


def _labelled_date(decisions: Sequence[Decision]) -> str | None:
    """The first date from the headline down that a date label names (rules.text DATE_LABEL_STAMP on
    its line, or DATE_LABEL_LINE alone over it), whatever the region made of the line, when nothing
    else dates the article: the post's own date printed under its text, past the region's end
    ("Published on 2021-01-18T19:55", "Published" / "Aug 30, 2024")."""
    start = _headline_index(decisions) or 0
    label_over = False
    for decision in decisions[start:]:
        text = decision.block.text
        if len(text) <= rules.META_LINE_MAX_CHARS:
            if (label_over or rules.DATE_LABEL_STAMP.match(text)) and (found := _written_date(decision)):
                return found
            label_over = bool(rules.DATE_LABEL_LINE.match(text))
        else:
            label_over = False
    return None


def _first_post_date(decisions: Sequence[Decision]) -> str | None:
    """The date on a thread's first post's stamp (rules.text FIRST_POST_NUMBER: "#1" on the date's
    line, or alone on the line under or over it), when nothing else dates the page: the first
    post's date is the thread's."""
    for index, decision in enumerate(decisions):
        text = decision.block.text
        if len(text) > rules.META_LINE_MAX_CHARS or not rules.FIRST_POST_NUMBER.match(text):
            continue
        beside = ([decision] if signals.word_count(text) > 1
                  else [decisions[at] for at in (index - 1, index + 1) if 0 <= at < len(decisions)])
        return next((found for line in beside if (found := _written_date(line))), None)
    return None


def _written_date(decision: Decision) -> str | None:
    """The date of a short line, with its year written whole (a line of text reads "13. 3.84" as a
    date of 2084); not a member's join date nor an edit's."""
    text = decision.block.text
    found = _date_from([decision]) if len(text) <= rules.META_LINE_MAX_CHARS else None
    return found if found and found[:4] in text else None


def _dateline(parts: Sequence[BodyPart]) -> str | None:
    for part in parts:
        if part.form is Form.PARAGRAPH:
            return signals.dateline_of(part.text)
    return None


def _unique(texts) -> list[str]:
    seen: list[str] = []
    for text in texts:
        if text not in seen:
            seen.append(text)
    return seen
