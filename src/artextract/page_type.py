"""What kind of page this is: article, forum, product, collection, listing, documentation or service.

One pass over what the pipeline already holds: the page's JSON-LD types and
og:type (read with the metadata), its URL, the blocks the render walk produced
(prose, links, code, headings, prices), the classifier's byline and date
labels, the boxes of the render walk (repeated cards, comment sections), and a
handful of element counts gathered by one compiled XPath. Each
signal feeds the rules in `rules/page_type.py`: a rule that fires adds its
weight to each kind; the kind with the highest score wins, and the softmax of
the scores is its confidence. (Microdata is not read: a full XPath traversal
for it cost about 1.5 ms a page and added 0.004 of accuracy.) `--explain` shows the signals and the rules that
fired, with what each added to the winner.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from urllib.parse import urlsplit

from . import signals as text_signals
from .article import count_words
from .assemble import names_alone_byline
from .blocks import Block, Decision, Form, Kind, Zone
from .rules import page_type as rules


# Below this many headings, their linked share says nothing.
LINK_HEADING_SHARE_MIN = 5


@dataclass(slots=True)
class PageSignals:
    """The evidence about a page's kind; counts are of the whole rendered page unless named main_."""

    ld_article: bool = False  # JSON-LD NewsArticle, BlogPosting ... (rules.LD_TYPES)
    ld_tech: bool = False
    ld_product: bool = False
    ld_forum: bool = False
    ld_list: bool = False
    ld_faq: bool = False
    ld_none: bool = True
    og_article: bool = False
    og_product: bool = False
    og_website: bool = False
    og_none: bool = True
    url_depth: int = 0  # path segments (-1: no URL)
    url_year: bool = False  # a year as a path segment (/2024/)
    slug_words: int = 0  # words in the last path segment (-1: no URL)
    url_query: bool = False
    url_version: bool = False  # a version segment (/v2/, /latest/, /stable/)
    url_html: bool = False  # a deep path ending in .html
    url_words: frozenset[str] = frozenset()  # the kinds whose words (rules.URL_WORDS) the path or the host's first label holds
    chars: int = 0  # characters of all blocks
    prose: float = 0.0  # share of characters in prose paragraphs
    main_prose: float = 0.0  # ... of the article's (main zone) characters
    links: float = 0.0  # share of characters inside links
    code: float = 0.0  # share of characters in code blocks
    words: int = 0  # the body's words
    headings: int = 0
    link_headings: int = 0  # headings that are links: teaser cards
    long_paragraphs: int = 0  # paragraphs of the article of rules.LONG_PARAGRAPH_CHARS or more
    we: float = 0.0  # "we/our/us" per body word: a business speaking of itself
    prices: int = 0  # price amounts in the page's blocks
    shop_marks: int = 0  # short blocks saying "in stock", "add to cart", "SKU" ...
    cta: int = 0  # short blocks that are calls to action ("Get started", "Request a demo")
    phones: int = 0  # short blocks holding a telephone number: a business asking to be called
    byline: bool = False  # the classifier found a byline or date line in the head
    pre: int = 0  # <pre> elements
    code_elements: int = 0  # <code> elements
    times: int = 0  # <time> elements
    articles: int = 0  # <article> elements
    textarea: bool = False
    password: bool = False
    cart_buttons: int = 0  # buttons saying "Add to cart", "Buy now" ...
    cart_form: bool = False  # a form that posts to a cart (Shopify's /cart/add, WooCommerce's add-to-cart)
    quantity: bool = False  # a quantity field
    title_words: int = 0  # words of the headline
    title_question: bool = False  # the headline asks (How/What/Why ..., or ends in "?")
    title_number: bool = False  # the headline counts ("10 best ...", "7 ways")
    title_kinds: frozenset[str] = frozenset()  # the kinds whose headline words (rules.TITLE_WORDS) it holds
    dated: bool = False  # the article has a publication date
    authored: bool = False  # ... and named authors
    words_per_heading: float = 0.0  # body words per heading: long sections are writing, short ones a landing page
    # Repeated cards: sibling boxes of one shape (rules.CARDS_MIN or more under one parent), what
    # an index, a shop category or a thread is built of (HTML only).
    cards: float = 0.0  # share of the page's characters inside groups of rules.CARDS_MANY or more cards
    main_cards: float = 0.0  # share of the article's characters inside cards
    linked_cards: float = 0.0  # share of the cards whose title (one of the first blocks) is a link: teasers
    price_cards: float = 0.0  # share of the cards that show a price: a shop's range
    figures: int = 0  # figures (an image with its caption) in the article
    comments: float = 0.0  # share of the page's characters in a reader-comments section: replies under a post

    @property
    def link_heading_share(self) -> float:
        """Share of the headings that are links: near 1 on an index of teaser cards."""
        return self.link_headings / self.headings if self.headings >= LINK_HEADING_SHARE_MIN else 0.0

    def shown(self) -> list[tuple[str, str]]:
        """(name, value) of the signals that say something, for --explain."""
        out = []
        for spec in fields(self):
            value = getattr(self, spec.name)
            if value in (False, 0, 0.0, frozenset()) or spec.name in ("ld_none", "og_none"):
                continue
            out.append((spec.name, _shown(value)))
        return out


def _shown(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, frozenset):
        return ",".join(sorted(value))
    return str(value)


@dataclass(slots=True)
class PageKind:
    kind: str
    confidence: float
    signals: PageSignals
    fired: list[tuple[str, float, str]] = field(default_factory=list)  # (rule, weight for the kind, reason)


def rule_fires(rule: rules.Rule, page: PageSignals) -> bool:
    value = getattr(page, rule.signal)
    if isinstance(value, frozenset):
        return rule.word in value
    if rule.below is not None and not value < rule.below:
        return False
    return rule.at_least is None or value >= rule.at_least


def classify_page(page: PageSignals) -> PageKind:
    """The kind with the highest score; its softmax probability is the confidence."""
    scores = dict(rules.BIAS)
    fired = [rule for rule in rules.RULES if rule_fires(rule, page)]
    for rule in fired:
        for kind, weight in rules.WEIGHTS.get(rule.name, {}).items():
            scores[kind] += weight
    kind = max(rules.KINDS, key=lambda k: scores[k])
    top = scores[kind]
    confidence = 1.0 / sum(math.exp(score - top) for score in scores.values())
    evidence = [(rule.name, rules.WEIGHTS.get(rule.name, {}).get(kind, 0.0), rule.reason) for rule in fired]
    evidence.sort(key=lambda item: -abs(item[1]))
    return PageKind(kind, round(confidence, 3), page, evidence)


# -- signals -------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")
_SEGMENT_SPLIT = re.compile(r"[-_+.]+")


def url_signals(page: PageSignals, url: str | None) -> None:
    try:
        parts = urlsplit(url) if url else None
        path, query, host = (parts.path, parts.query, parts.hostname or "") if parts else ("", "", "")
    except ValueError:
        path, query, host = "", "", ""
    if not url:
        page.url_depth = page.slug_words = -1  # no URL: none of the URL rules may fire
        return
    segments = [segment.lower() for segment in path.split("/") if segment]
    page.url_depth = len(segments)
    page.url_query = bool(query)
    page.url_year = any(rules.URL_YEAR.fullmatch(segment) for segment in segments)
    page.url_version = any(rules.URL_VERSION.fullmatch(segment) for segment in segments)
    page.url_html = len(segments) >= 2 and segments[-1].endswith((".html", ".htm"))
    if segments:
        stem = segments[-1].rsplit(".", 1)[0] if "." in segments[-1] else segments[-1]
        page.slug_words = sum(1 for word in _SEGMENT_SPLIT.split(stem) if word)
    present = set(segments)
    labels = host.removeprefix("www.").split(".")
    if len(labels) > 2:
        present.add(labels[0])  # a site's section of its own: forum.example.com, docs.example.com
    page.url_words = frozenset(kind for kind, words in rules.URL_WORDS.items() if present & words)


def markup_signals(page: PageSignals, types: frozenset[str], og_type: str | None) -> None:
    for name, wanted in rules.LD_TYPES.items():
        setattr(page, name, bool(types & wanted))
    page.ld_none = not types
    og = (og_type or "").lower()
    page.og_article = og == "article"
    page.og_product = "product" in og
    page.og_website = og == "website"
    page.og_none = not og


def block_signals(page: PageSignals, decisions: list[Decision], body: str) -> None:
    """Shares by characters (cheap, and what a reader sees), from the blocks every pipeline has."""
    total = prose = main_total = main_prose = links = code = 0
    for decision in decisions:
        block = decision.block
        size = len(block.text)
        total += size
        links += size * block.link_density
        in_main = decision.kind is Kind.BODY
        main_total += size if in_main else 0
        if block.form is Form.CODE:
            code += size
        elif block.form is Form.HEADING:
            page.headings += 1
            page.link_headings += block.link_density > rules.LINK_HEADING_DENSITY
        elif block.form is Form.PARAGRAPH and size >= rules.PROSE_MIN_CHARS and _prose(block):
            prose += size
            main_prose += size if in_main else 0
            page.long_paragraphs += in_main and size >= rules.LONG_PARAGRAPH_CHARS
        if size <= rules.SHORT_BLOCK_CHARS:
            page.shop_marks += bool(rules.SHOP_MARKS.search(block.text))
            page.cta += bool(rules.CALLS_TO_ACTION.search(block.text))
            page.phones += bool(rules.PHONE.search(block.text))
        if decision.kind in (Kind.BYLINE, Kind.DATE):
            page.byline = True
    page.chars = total
    page.prose = prose / total if total else 0.0
    page.main_prose = main_prose / main_total if main_total else 0.0
    page.links = links / total if total else 0.0
    page.code = code / total if total else 0.0
    page.prices = len(rules.PRICE.findall(" ".join(d.block.text for d in decisions if len(d.block.text) <= rules.SHORT_BLOCK_CHARS)))
    page.words = sum(text_signals.word_count(d.block.text) for d in decisions if d.kind is Kind.BODY)
    page.we = len(rules.WE_WORDS.findall(body)) / page.words if page.words else 0.0


def _prose(block: Block) -> bool:
    return text_signals.is_prose(block.text, text_signals.word_count(block.text))  # word counts are memoised


def title_signals(page: PageSignals, title: str | None) -> None:
    if not title:
        return
    words = _WORD.findall(title)
    # Counted as the article's word_count is, each character of an unspaced script a word: a
    # Chinese headline is one \w+ run and was read as a "headline of 3 words or fewer". (Not
    # signals.word_count, which joins "Doctor's" into one word: the weights were fitted on \w+ runs.)
    page.title_words = count_words(title)
    page.title_question = title.rstrip().endswith("?") or bool(words and words[0].lower() in rules.QUESTION_WORDS)
    page.title_number = bool(rules.TITLE_NUMBER.search(title))
    present = {word.lower() for word in words}
    page.title_kinds = frozenset(kind for kind, wanted in rules.TITLE_WORDS.items() if present & wanted)


def dom_signals(page: PageSignals, elements: Iterable) -> None:
    """Element counts, from the page's elements of rules.COUNTED_TAGS in any order (lxml elements:
    lxml is imported lazily)."""
    for element in elements:
        tag = element.tag
        if tag == "time":
            page.times += 1
        elif tag == "pre":
            page.pre += 1
        elif tag == "code":
            page.code_elements += 1
        elif tag == "article":
            page.articles += 1
        elif tag == "textarea":
            page.textarea = True
        elif tag == "form":
            page.cart_form = page.cart_form or bool(rules.CART_ACTION.search(element.get("action") or ""))
        elif tag == "input":
            _input_signals(page, element)
        elif tag == "button":
            label = f"{' '.join(element.itertext())} {element.get('aria-label') or ''}"
            page.cart_buttons += bool(rules.CART_BUTTON.search(label))



def _input_signals(page: PageSignals, element) -> None:  # noqa: ANN001
    kind = (element.get("type") or "text").lower()
    if kind == "password":
        page.password = True
    elif kind in ("submit", "button"):
        page.cart_buttons += bool(rules.CART_BUTTON.search(element.get("value") or ""))
    elif rules.QUANTITY_NAME.search(element.get("name") or ""):
        page.quantity = True


def structure_signals(page: PageSignals, rendered: Sequence, boxes: Sequence) -> None:
    """Cards and comment sections from the render walk's boxes (html.render.Box) and blocks
    (html.builder.RenderedBlock, aligned with the decisions): one pass over each."""
    total = sum(len(item.block.text) for item in rendered) or 1
    main_total = sum(len(item.block.text) for item in rendered if item.block.zone is Zone.MAIN) or 1
    page.comments = sum(len(item.block.text) for item in rendered if item.in_comments) / total
    page.figures = len({item.block.figure for item in rendered if item.block.figure is not None and item.block.zone is Zone.MAIN})
    siblings: dict[tuple[object, str], list] = defaultdict(list)
    for box in boxes:
        if box.parent is not None:
            siblings[(box.parent, box.shape)].append(box)
    in_cards: set[int] = set()
    in_many: set[int] = set()
    cards = linked = priced = 0
    for group in siblings.values():
        if len(group) < rules.CARDS_MIN:
            continue
        for box in group:
            items = rendered[box.start:box.end]
            cards += 1
            linked += any(item.block.link_density >= rules.CARD_LINK_DENSITY for item in items[:rules.CARD_TITLE_BLOCKS])
            priced += any(rules.PRICE.search(item.block.text) for item in items if len(item.block.text) <= rules.SHORT_BLOCK_CHARS)
            in_cards.update(range(box.start, box.end))
            if len(group) >= rules.CARDS_MANY:
                in_many.update(range(box.start, box.end))
    page.cards = sum(len(rendered[i].block.text) for i in in_many) / total
    page.main_cards = sum(len(rendered[i].block.text) for i in in_cards if rendered[i].block.zone is Zone.MAIN) / main_total
    page.linked_cards = linked / cards if cards else 0.0
    page.price_cards = priced / cards if cards else 0.0


def dom_counts(elements: Iterable) -> PageSignals:
    """The page's signals with only the element counts set (dom_signals: `elements` are the page's of
    rules.COUNTED_TAGS, in any order), for html_page_kind to fill in. Counted right after the parse, with the
    metadata (html/tree.tagged_elements: from the walk that finds the metadata readers' tags): libxml2's
    nodes are then still in the CPU's cache, and the same walk at the end of the pipeline took twice the time
    (0.24 against 0.51 ms on the middle third of traf-dev pages). Nothing after the parse changes the tree,
    so the counts are the same."""
    page = PageSignals()
    dom_signals(page, elements)
    return page


def declared_signals(page: PageSignals, types: frozenset[str], og_type: str | None, url: str | None) -> None:
    """What the page says of itself before its text is read: its structured data's types, its
    og:type and its URL's words. Read once, where the pipeline knows them: the region asks
    `says_thread` of them, html_page_kind weighs them with the rest."""
    markup_signals(page, types, og_type)
    url_signals(page, url)


def says_thread(page: PageSignals) -> bool:
    """Whether the page says it is a forum thread (its `declared_signals`): its structured data
    (rules.page_type LD_TYPES["ld_forum"]) or its URL's words."""
    return page.ld_forum or "forum" in page.url_words


def html_page_kind(counted: PageSignals, decisions: list[Decision], article,
                   rendering=None) -> PageKind:  # noqa: ANN001 - html.render.Rendering (html imports this module)
    """The HTML page's kind from its markup, URL, blocks, boxes and element counts (`counted`, from
    dom_counts and declared_signals, filled in with the rest); set on `article` and traced."""
    page = counted
    block_signals(page, decisions, article.body)
    if rendering is not None:
        structure_signals(page, rendering.blocks, rendering.boxes)
    title_signals(page, article.headline)
    page.dated = bool(article.published)
    # (names alone under the headline count as the page's authors here, as the weights were fitted)
    page.authored = bool(article.authors) or names_alone_byline(article)
    page.words_per_heading = page.words / (page.headings + 1)
    found = classify_page(page)
    article.page_type, article.page_type_confidence = found.kind, found.confidence
    article.trace.append(found)
    return found


def explain_lines(found: PageKind, shown: int = 12) -> list[str]:
    """The kind, the rules that weighed most for it, and the signals, as lines for --explain."""
    lines = [f"page kind: {found.kind} (confidence {found.confidence:.2f})"]
    for name, weight, reason in found.fired[:shown]:
        lines.append(f"  {weight:+.2f} {name}: {reason}")
    if len(found.fired) > shown:
        lines.append(f"  ... {len(found.fired) - shown} more rules fired")
    lines.append("signals: " + ", ".join(f"{name}={value}" for name, value in found.signals.shown()))
    return lines
