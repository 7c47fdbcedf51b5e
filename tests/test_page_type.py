"""The page-kind classifier: its signals, its rules as data, and its answers on clear pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from artextract import extract
from artextract.article import PAGE_TYPES
from artextract.blocks import Block, Zone
from artextract.html.builder import RenderedBlock
from artextract.html.render import Box
from artextract.html.parse import parse_html
from artextract.page_type import (
    PageSignals, classify_page, declared_signals, dom_counts, explain_lines, markup_signals, rule_fires, says_thread, structure_signals,
    title_signals, url_signals,
)
from artextract.rules import page_type as rules

HTML = Path(__file__).resolve().parents[1] / "fixtures" / "html"


def test_url_signals_read_depth_slug_year_version_and_path_words():
    page = PageSignals()
    url_signals(page, "https://example.com/docs/v2.1/guides/getting-started-with-the-cli.html?x=1")
    assert (page.url_depth, page.slug_words, page.url_query, page.url_version, page.url_html) == (4, 5, True, True, True)
    assert page.url_words == frozenset({"documentation"})
    dated = PageSignals()
    url_signals(dated, "https://news.example/2024/05/14/council-votes/")
    assert dated.url_year and dated.slug_words == 2 and not dated.url_version
    forum = PageSignals()
    url_signals(forum, "https://forum.example.org/t/12345")
    assert forum.url_words == frozenset({"forum"})  # the host's first label counts as a path word
    shop = PageSignals()
    url_signals(shop, "https://www.forum.com/about")
    assert shop.url_words == frozenset()  # ... not the site's own name
    root = PageSignals()
    url_signals(root, None)
    assert root.url_depth == -1 and root.url_words == frozenset()  # no URL: no URL rule fires
    assert not any(rule_fires(rule, root) for rule in rules.RULES if rule.signal.startswith(("url_", "slug_")))


def test_markup_signals_map_jsonld_types_and_og_type():
    page = PageSignals()
    markup_signals(page, frozenset({"newsarticle", "organization"}), "Article")
    assert page.ld_article and page.og_article and not page.ld_none and not page.og_none
    shop = PageSignals()
    markup_signals(shop, frozenset({"product", "offer"}), "og:product")
    assert shop.ld_product and shop.og_product and not shop.ld_article


def test_structure_signals_read_cards_prices_figures_and_comments():
    # Eight sibling cards (a linked title and a price each), then a paragraph of the article
    # with a figure, then a comment section.
    rendered, boxes, parent = [], [], object()
    for number in range(8):
        start = len(rendered)
        rendered.append(RenderedBlock(Block(f"Linked product title {number}", link_density=1.0)))
        rendered.append(RenderedBlock(Block("$19.99")))
        boxes.append(Box(start, len(rendered), parent, "div.card"))
    rendered.append(RenderedBlock(Block("x" * 300, figure=1)))
    rendered.append(RenderedBlock(Block("y" * 100, zone=Zone.OUTSIDE), in_comments=True))
    page = PageSignals()
    structure_signals(page, rendered, boxes)
    assert page.linked_cards == page.price_cards == 1.0 and page.figures == 1
    card_chars = sum(len(item.block.text) for item in rendered[:16])
    assert page.cards == pytest.approx(card_chars / (card_chars + 400))
    assert page.main_cards == pytest.approx(card_chars / (card_chars + 300))
    assert page.comments == pytest.approx(100 / (card_chars + 400))
    few = PageSignals()
    structure_signals(few, rendered, boxes[:4])  # four siblings are not a grid
    assert few.cards == few.main_cards == few.linked_cards == 0.0


def test_dom_counts_count_the_elements_and_leave_the_rest_for_the_page_kind():
    root = parse_html(
        "<html><body><article><time>1 May</time><pre><code>x</code></pre><code>y</code></article>"
        "<form action='/cart/add'><input type='password'><input name='quantity'>"
        "<button>Add to cart</button><textarea></textarea></form></body></html>"
    )
    page = dom_counts(root.iter(*rules.COUNTED_TAGS))
    assert (page.times, page.pre, page.code_elements, page.articles) == (1, 1, 2, 1)
    assert page.textarea and page.password and page.quantity and page.cart_form
    assert page.cart_buttons == 1
    assert (page.words, page.headings, page.title_words) == (0, 0, 0)  # filled in by html_page_kind


def test_title_signals():
    page = PageSignals()
    title_signals(page, "How do I reset my router?")
    assert page.title_question and page.title_words == 6 and "article" in page.title_kinds
    listicle = PageSignals()
    title_signals(listicle, "10 best budget headphones")
    assert listicle.title_number


def test_title_words_of_an_unspaced_script_are_its_characters():
    # One \w+ run, so it was read as "a headline of 3 words or fewer", the mark of a listing.
    chinese = PageSignals()
    title_signals(chinese, "本市今年新增绿地面积超过两百公顷")
    assert chinese.title_words == 16


def test_every_rule_reads_a_signal_and_has_weights_reason_and_evidence():
    empty = PageSignals()
    assert len({rule.name for rule in rules.RULES}) == len(rules.RULES)
    for rule in rules.RULES:
        assert hasattr(empty, rule.signal), rule.name
        assert rule.reason, rule.name
        assert rule.name in rules.WEIGHTS and rule.name in rules.EVIDENCE, f"{rule.name}: refit with page_type_eval.py --fit"
        assert set(rules.WEIGHTS[rule.name]) <= set(rules.KINDS)
    assert set(rules.BIAS) == set(rules.KINDS) == set(PAGE_TYPES)


def test_classify_gives_a_kind_a_confidence_and_its_evidence():
    page = PageSignals(ld_forum=True, ld_none=False, url_words=frozenset({"forum"}), times=6)
    found = classify_page(page)
    assert found.kind == "forum"
    assert 0.0 <= found.confidence <= 1.0
    assert found.fired and all(name in rules.WEIGHTS for name, _, _ in found.fired)
    lines = explain_lines(found)
    assert lines[0].startswith("page kind: forum") and any("ld_forum" in line for line in lines)


@pytest.mark.parametrize("page, kind", [
    ("wordpress_captions", "article"),
    ("german_dateline", "article"),
    ("jsonld_graph", "article"),
    ("forum_thread", "forum"),
    ("docs_page", "documentation"),
])
def test_fixture_pages_get_their_kind(page, kind):
    article = extract((HTML / f"{page}.html").read_bytes(), input_type="html")
    assert article.page_type == kind
    assert 0.0 < article.page_type_confidence <= 1.0


def test_raw_text_has_no_page_kind(seed_path):
    article = extract(seed_path.read_bytes())
    assert article.page_type is None and article.page_type_confidence is None


def test_whole_words_finds_every_character_ignorecase_matches_for_a_letter():
    import re
    import sys

    # One scan of every code point per letter: the fast pattern's leading set must hold every character
    # IGNORECASE matches for the letter (the Kelvin sign for k, the long s, dotted and dotless I), not
    # only its two ASCII cases.
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        matched = set(re.findall(letter, every, re.IGNORECASE))
        found = set(rules.whole_words(letter).findall(" ".join(sorted(matched))))
        assert found == matched, letter


@pytest.mark.parametrize("name", ["SHOP_MARKS", "CALLS_TO_ACTION", "WE_WORDS"])
def test_whole_words_finds_what_the_plain_ignorecase_alternation_finds(name):
    import random
    import re

    fast = getattr(rules, name)
    body = fast.pattern.split("(?i:", 1)[1][:-3]  # the alternatives, each "(?<=x)rest"
    plain = re.compile(r"\b(?:" + re.sub(r"\(\?<=(\w)\)", r"\1", body) + r")\b", re.IGNORECASE)
    words = re.findall(r"[a-zñ]+", re.sub(r"\(\?<=\w\)|\(\?:|\)|\?", " ", body))
    noise = ["", " ", "-", "_", "x", "1", ".", "é", "\u017f", "\u212a", "\u0130", "\u0131", "\u0307", "\n"]
    rng = random.Random(7)
    for _ in range(20_000):
        parts = []
        for _ in range(rng.randint(0, 6)):
            word = "".join(c.upper() if rng.random() < 0.2 else c for c in rng.choice(words))
            parts += [word, rng.choice(noise) + rng.choice(noise) or " "]
        text = "".join(parts).replace("s", rng.choice(["s", "\u017f"]), 1).replace("k", rng.choice(["k", "\u212a"]))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_price_finds_what_its_plain_two_branch_form_finds():
    import random
    import re

    plain = re.compile(r"(?:[$€£¥₹]\s?\d[\d,.]*|(?<![\w,.])\d[\d,.]*\s?(?:€|EUR|USD|GBP|zł|kr)(?!\w))")
    rng = random.Random(3)
    alphabet = list("$€£¥₹0123456789,. \u00a0\u0663aEURUSDGBPzłkr_x-\n")
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert [m.span() for m in rules.PRICE.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert rules.PRICE.findall("Now $1,299.00 or 49 € (was 59,90 EUR), 2kr") == ["$1,299.00", "49 €", "59,90 EUR", "2kr"]


def test_phone_finds_what_its_plain_form_finds():
    import random
    import re

    plain = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)|\b\d{3})[\s.-]\d{3,4}[\s.-]\d{4}\b")
    rng = random.Random(5)
    alphabet = list("0123456789+()-. \t\u00a0\u0663a_x")
    pieces = ["+1", "+44 ", "(555)", "(12)", "555", "5551", "1234", "12", "-", ".", " ", "x", "a5", "_", "\u0663" * 3]
    for _ in range(30_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        chunks = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        for sample in (text, chunks):
            assert [m.span() for m in rules.PHONE.finditer(sample)] == [m.span() for m in plain.finditer(sample)], sample
    assert rules.PHONE.findall("Call (555) 123-4567 or +1 815.933.1234, not 12345-123-4567") == [
        "(555) 123-4567", "+1 815.933.1234"]


def _declared(types: frozenset[str], url: str | None) -> PageSignals:
    page = PageSignals()
    declared_signals(page, types, None, url)
    return page


def test_a_page_says_it_is_a_thread_by_its_structured_data_or_its_url():
    assert says_thread(_declared(frozenset({"discussionforumposting"}), None))
    assert says_thread(_declared(frozenset(), "https://forum.example.org/t/harbour-wall/123"))
    assert not says_thread(_declared(frozenset({"newsarticle"}), "https://gazette.example.org/news/harbour-wall"))
