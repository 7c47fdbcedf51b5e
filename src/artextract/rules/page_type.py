"""What tells the kind of a page: the signal tables and the rules that weigh them.

`page_type.py` computes the signals; each `Rule` here tests one signal and,
when it fires, adds its weights (`WEIGHTS`, one per kind) to the kinds'
scores. The weights and `BIAS` are fitted by `benchmarks/page_type_eval.py
--fit` (a multinomial logistic regression over the rules, on the "fit" half of
wcxb-dev's sites) and written between the markers below; the evidence line of
each rule is how often it fires per kind on that half (article / forum /
product / collection / listing / documentation / service, of 363/51/41/52/49/41/89).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = ("article", "forum", "product", "collection", "listing", "documentation", "service")

# -- signal tables ---------------------------------------------------------------------------------

# JSON-LD @type (lower-cased, namespace dropped) -> the PageSignals flag it sets.
LD_TYPES: dict[str, frozenset[str]] = {
    # News and blog articles (schema.org Article subtypes a CMS writes for posts).
    "ld_article": frozenset({"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                             "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting", "scholarlyarticle"}),
    # Technical writing: documentation generators and API references.
    "ld_tech": frozenset({"techarticle", "apireference"}),
    # A thing for sale.
    "ld_product": frozenset({"product", "productgroup", "offer", "aggregateoffer", "individualproduct"}),
    # Threads and Q&A pages (Google's forum and Q&A structured data).
    "ld_forum": frozenset({"discussionforumposting", "qapage", "socialmediaposting"}),
    # Index pages: a list of items or a collection.
    "ld_list": frozenset({"collectionpage", "itemlist", "searchresultspage"}),
    # FAQ blocks: common on service landing pages and shop categories, rare on news.
    "ld_faq": frozenset({"faqpage"}),
}

# The elements counted in one pass (page_type.dom_signals).
COUNTED_TAGS = ("time", "pre", "code", "article", "textarea", "input", "button", "form")
# A form posting here puts a product in the cart (Shopify /cart/add, WooCommerce ?add-to-cart, Magento checkout/cart).
CART_ACTION = re.compile(r"cart|basket|warenkorb|panier|carrito|checkout", re.IGNORECASE)
# The name of a quantity field.
QUANTITY_NAME = re.compile(r"^(?:quantity|qty)\b|\[(?:quantity|qty)\]", re.IGNORECASE)

# Path words (whole segments) that name a kind of page, per kind; also read as the first label of a
# host of 3+ labels (forum.example.com: 18 forum sites of the fit half, docs.example.com: 7 documentation
# sites, no other kind). General web vocabulary (English, as URLs mostly are), not site names; each
# list was seen on >= 3 sites of the fit half.
URL_WORDS: dict[str, frozenset[str]] = {
    "article": frozenset({"blog", "blogs", "news", "article", "articles", "post", "posts", "story", "stories",
                          "insights", "magazine"}),
    "product": frozenset({"product", "products", "p", "dp", "item", "itm", "pd", "pdp", "app"}),
    "collection": frozenset({"collections", "collection", "c", "shop", "category", "categories", "catalog",
                             "department", "browse"}),
    "forum": frozenset({"forum", "forums", "thread", "threads", "t", "topic", "topics", "questions", "community",
                        "viewtopic.php", "showthread.php", "comments", "r", "discussion", "discussions", "boards", "talk"}),
    "documentation": frozenset({"docs", "doc", "documentation", "reference", "api", "guide", "guides", "manual",
                                "tutorial", "handbook", "book", "std", "wiki"}),
    "service": frozenset({"services", "service", "solutions", "solution", "pricing", "features", "platform",
                          "consulting", "agency", "use-cases", "industries", "what-we-do"}),
}
# Headline words that name a kind of page (English): a business's offer, a shop's range, a how-to.
TITLE_WORDS: dict[str, frozenset[str]] = {
    "article": frozenset({"how", "why", "guide", "tips", "vs", "review", "explained", "ways", "best", "ideas"}),
    "service": frozenset({"services", "service", "company", "agency", "solutions", "consulting", "software",
                          "platform", "hire", "experts", "contractors", "professional", "repair", "near"}),
    "collection": frozenset({"shop", "collection", "buy", "sale", "men's", "women's", "kids"}),
    "documentation": frozenset({"documentation", "docs", "reference", "api", "tutorial", "introduction", "overview",
                                "configuration", "installation", "module", "function", "class"}),
    "forum": frozenset({"help", "question", "problem", "issue", "anyone", "thread"}),
    "listing": frozenset({"news", "latest", "archive", "archives", "posts", "blog", "articles", "stories"}),
}
URL_YEAR = re.compile(r"(?:19|20)\d\d")
URL_VERSION = re.compile(r"v?\d+(?:\.\d+)+|v\d+|latest|stable|current|master|nightly")

# Cards: sibling boxes of one shape under one parent, at least this many of them (a grid, a
# result list, the posts of a thread); groups of CARDS_MANY make up an index page.
CARDS_MIN, CARDS_MANY = 5, 8
# A card whose first CARD_TITLE_BLOCKS blocks hold one this much inside a link is a teaser.
CARD_LINK_DENSITY, CARD_TITLE_BLOCKS = 0.5, 2
# A heading this much inside a link is a teaser card's title.
LINK_HEADING_DENSITY = 0.8
# Paragraphs shorter than this are not weighed as prose (labels, buttons).
PROSE_MIN_CHARS = 40
# A paragraph this long is article writing (about 50 words).
LONG_PARAGRAPH_CHARS = 300
# Blocks this short are where prices, stock notes and calls to action stand.
SHORT_BLOCK_CHARS = 80

# A price: a currency sign or code beside an amount.
# (An amount is matched from the first digit of its run only: from every digit it costs its square.)
# It opens with the set of its first characters, so re skips in C to a sign or digit; each branch then
# checks its own first character by lookbehind: the matches of
# (?:[$€£¥₹]\s?\d[\d,.]*|(?<![\w,.])\d[\d,.]*\s?(?:€|EUR|USD|GBP|zł|kr)(?!\w)), twice as fast.
PRICE = re.compile(r"[$€£¥₹\d](?:(?<=[$€£¥₹])\s?\d[\d,.]*|(?<=\d)(?<![\w,.]\d)[\d,.]*\s?(?:€|EUR|USD|GBP|zł|kr)(?!\w))")


# Letters that re's IGNORECASE matches beyond a letter's own two cases (Python 3.11: dotted and dotless
# I, the Kelvin sign, the long s; tests/test_page_type.py checks every code point).
_IGNORECASE_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def whole_words(*alternatives: str) -> re.Pattern[str]:
    """What `\\b(?:a|b|...)\\b` with IGNORECASE finds (the same matches), 2-3 times faster: each
    alternative opens with a lower-case ASCII letter. The pattern opens with the set of those letters
    in every case IGNORECASE matches, so re skips in C to where one stands instead of trying every
    alternative at every position; a lookbehind then checks the word boundary before it, and each
    alternative its own first letter. (These run on every short block and on the whole body.)"""
    firsts = sorted({alternative[0] for alternative in alternatives})
    lead = "".join(f"{letter}{letter.upper()}{_IGNORECASE_EXTRA.get(letter, '')}" for letter in firsts)
    body = "|".join(f"(?<={alternative[0]}){alternative[1:]}" for alternative in alternatives)
    return re.compile(rf"[{lead}](?<!\w.)(?i:{body})\b")


# Short lines of a shop page (English, German, French, Spanish).
SHOP_MARKS = whole_words(
    "in stock", "out of stock", "sold out", "add to (?:cart|bag|basket)", "free (?:shipping|delivery|returns)", "qty",
    "quantity", "sku", "auf lager", "in den warenkorb", "en stock", "ajouter au panier", "en existencias",
    "añadir al carrito")
# Button labels that put a product in a cart.
CART_BUTTON = re.compile(
    r"add to (?:cart|bag|basket|trolley)|buy (?:it )?now|in den warenkorb|ajouter au panier|añadir al carrito"
    r"|aggiungi al carrello|do koszyka", re.IGNORECASE)
# Calls to action of a business's landing page (English).
CALLS_TO_ACTION = whole_words(
    "get started", "contact us", "request a (?:demo|quote)", "get a (?:quote|demo)", "free (?:quote|trial|consultation)",
    "book a (?:call|demo|consultation)", "call (?:now|us|today)", "schedule a", "sign up", "start (?:free|now|your)",
    "try (?:it )?(?:free|for free|now)", "talk to")
# A telephone number as North American businesses print them: (555) 123-4567, 555-123-4567, 815.933.1234.
# It opens with the set of its first characters, so re skips in C to a "+", "(" or digit (as PRICE does);
# each branch checks its own by lookbehind, the digit's the word boundary before it: the matches of
# (?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)|\b\d{3})[\s.-]\d{3,4}[\s.-]\d{4}\b, which tried every position
# (asked of every short block; tests/test_page_type.py compares the two).
PHONE = re.compile(r"[+(\d](?:(?<=\+)\d{1,3}[\s.-]?(?:\(\d{2,4}\)|\b\d{3})|(?<=\()\d{2,4}\)|(?<=\d)(?<!\w\d)\d{2})"
                   r"[\s.-]\d{3,4}[\s.-]\d{4}\b")
# A business speaking of itself (English first-person plural).
WE_WORDS = whole_words("we", "our", "us", "ours")
# A headline that asks is an explainer or a thread; these open questions (English).
QUESTION_WORDS = frozenset({"how", "what", "why", "when", "where", "who", "which", "can", "is", "are", "do", "does", "should"})
# A headline that counts ("10 best ...", "7 ways to ...") is a listicle: an article.
TITLE_NUMBER = re.compile(r"^\s*(?:top\s+)?\d+\s|\b\d+\s+(?:best|ways|tips|things|reasons|ideas|steps|examples)\b", re.IGNORECASE)


# -- rules ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rule:
    """Fires when PageSignals.<signal> >= at_least (and < below, when given); for the set-valued
    url_words, when it holds `word`."""

    name: str
    signal: str
    reason: str
    at_least: float | None = 1
    below: float | None = None
    word: str | None = None


RULES: tuple[Rule, ...] = (
    Rule("ld_article", "ld_article", "JSON-LD says NewsArticle/BlogPosting/Article"),
    Rule("ld_tech", "ld_tech", "JSON-LD says TechArticle/APIReference"),
    Rule("ld_product", "ld_product", "JSON-LD describes a Product or Offer"),
    Rule("ld_forum", "ld_forum", "JSON-LD says DiscussionForumPosting/QAPage"),
    Rule("ld_list", "ld_list", "JSON-LD says CollectionPage/ItemList"),
    Rule("ld_faq", "ld_faq", "JSON-LD FAQPage (landing pages, shop categories)"),
    Rule("ld_none", "ld_none", "no JSON-LD at all"),
    Rule("og_article", "og_article", "og:type article"),
    Rule("og_product", "og_product", "og:type product"),
    Rule("og_website", "og_website", "og:type website (home and index pages)"),
    Rule("og_none", "og_none", "no og:type"),
    Rule("url_root", "url_depth", "the site's home page", at_least=0, below=1),
    Rule("url_shallow", "url_depth", "one path segment", at_least=1, below=2),
    Rule("url_deep", "url_depth", "four or more path segments", at_least=4),
    Rule("url_year", "url_year", "a year in the path (dated posts)"),
    Rule("slug_long", "slug_words", "a slug of 4+ words (a titled page)", at_least=4),
    Rule("slug_very_long", "slug_words", "a slug of 6+ words", at_least=6),
    Rule("slug_short", "slug_words", "a slug of one word or none", at_least=0, below=2),
    Rule("url_query", "url_query", "a query string (filters, ids)"),
    Rule("url_version", "url_version", "a version in the path (/v2/, /latest/)"),
    Rule("url_html", "url_html", "a deep path ending in .html"),
    *(Rule(f"url_{kind}", "url_words", f"a path word of {kind} pages", word=kind) for kind in URL_WORDS),
    Rule("prose_high", "prose", "most text is prose", at_least=0.6),
    Rule("prose_very_high", "prose", "three quarters of the text is prose", at_least=0.75),
    Rule("prose_low", "prose", "little prose", at_least=None, below=0.35),
    Rule("main_prose_high", "main_prose", "the article's text is prose", at_least=0.7),
    Rule("links_high", "links", "a third of the text is links", at_least=0.3),
    Rule("links_some", "links", "a sixth of the text is links", at_least=0.15),
    Rule("links_most", "links", "most of the text is links", at_least=0.6),
    Rule("code_some", "code", "3% of the text is code", at_least=0.03),
    Rule("code_high", "code", "10% of the text is code", at_least=0.10),
    Rule("pre_blocks", "pre", "two or more <pre>", at_least=2),
    Rule("code_elements", "code_elements", "ten or more <code>", at_least=10),
    Rule("words_few", "words", "under 300 words of body", at_least=None, below=300),
    Rule("words_many", "words", "1,000+ words of body", at_least=1000),
    Rule("words_very_many", "words", "2,500+ words of body", at_least=2500),
    Rule("prices_some", "prices", "three or more prices", at_least=3),
    Rule("prices_many", "prices", "ten or more prices", at_least=10),
    Rule("shop_marks", "shop_marks", "stock, cart or SKU lines", at_least=1),
    Rule("cart_button", "cart_buttons", "an add-to-cart or buy-now button", at_least=1),
    Rule("cart_form", "cart_form", "a form that posts to a cart"),
    Rule("quantity", "quantity", "a quantity field"),
    Rule("times_many", "times", "three or more <time> (dated posts)", at_least=3),
    Rule("articles_many", "articles", "five or more <article> (cards or posts)", at_least=5),
    Rule("textarea", "textarea", "a text area (contact or reply form)"),
    Rule("password", "password", "a password field (log-in form)"),
    Rule("few_headings", "headings", "three headings or fewer", at_least=None, below=4),
    Rule("many_headings", "headings", "twenty headings or more", at_least=20),
    Rule("link_headings", "link_headings", "five or more linked headings (teaser cards)", at_least=5),
    Rule("link_headings_many", "link_headings", "ten or more linked headings", at_least=10),
    Rule("link_heading_share", "link_heading_share", "half the headings (of 5+) are links: an index of cards", at_least=0.5),
    Rule("long_paragraphs", "long_paragraphs", "five or more long paragraphs", at_least=5),
    Rule("no_long_paragraph", "long_paragraphs", "no long paragraph", at_least=None, below=1),
    Rule("we_voice", "we", "'we/our' in 2% of the words", at_least=0.02),
    Rule("we_some", "we", "'we/our' in 1% of the words", at_least=0.01),
    Rule("calls_to_action", "cta", "two or more calls to action", at_least=2),
    Rule("phone", "phones", "a telephone number", at_least=1),
    Rule("byline", "byline", "a byline or date line under the headline"),
    Rule("title_question", "title_question", "the headline asks a question"),
    Rule("title_number", "title_number", "the headline counts (a listicle)"),
    Rule("title_long", "title_words", "a headline of 8+ words", at_least=8),
    Rule("title_short", "title_words", "a headline of 3 words or fewer", at_least=None, below=4),
    *(Rule(f"title_{kind}", "title_kinds", f"a headline word of {kind} pages", word=kind) for kind in TITLE_WORDS),
    Rule("dated", "dated", "a publication date"),
    Rule("authored", "authored", "named authors"),
    Rule("cards_most", "cards", "half the page is in a grid of 8+ cards", at_least=0.5),
    Rule("main_cards", "main_cards", "half the article is in repeated cards", at_least=0.5),
    Rule("linked_cards", "linked_cards", "most cards are led by a link (teasers)", at_least=0.6),
    Rule("price_cards", "price_cards", "a third of the cards show a price", at_least=0.3),
    Rule("figures", "figures", "a figure in the article"),
    Rule("comments", "comments", "half the page is a comments section (replies)", at_least=0.5),
    Rule("long_sections", "words_per_heading", "150+ words per heading", at_least=150),
    Rule("short_sections", "words_per_heading", "under 60 words per heading", at_least=None, below=60),
)

# -- fitted weights (benchmarks/page_type_eval.py --fit writes between the markers) -------------------
# BEGIN FITTED
BIAS: dict[str, float] = {"article": 1.20, "forum": -1.26, "product": -0.20, "collection": -0.27, "listing": -0.41, "documentation": 0.10, "service": 0.84}
WEIGHTS: dict[str, dict[str, float]] = {
    "ld_article": {"article": 1.14, "forum": -0.35, "product": -0.21, "collection": -0.25, "listing": -0.04, "documentation": 0.16, "service": -0.45},
    "ld_tech": {"forum": -0.01, "listing": 0.02, "service": -0.01},
    "ld_product": {"article": -0.40, "forum": -0.24, "product": 1.11, "collection": -0.20, "listing": -0.14, "documentation": -0.11, "service": -0.02},
    "ld_forum": {"article": -0.30, "forum": 0.65, "product": -0.05, "collection": -0.06, "listing": -0.12, "documentation": -0.02, "service": -0.10},
    "ld_list": {"article": 0.07, "forum": -0.08, "product": -0.05, "collection": -0.10, "listing": 0.31, "documentation": -0.02, "service": -0.14},
    "ld_faq": {"article": -0.18, "forum": -0.08, "product": 0.02, "collection": 0.19, "listing": -0.22, "documentation": -0.06, "service": 0.34},
    "ld_none": {"article": 0.40, "forum": -0.04, "product": -0.58, "collection": -0.04, "listing": -0.15, "documentation": 0.43, "service": -0.02},
    "og_article": {"article": 0.78, "forum": -0.44, "product": -0.43, "collection": -0.30, "listing": 0.27, "documentation": 0.21, "service": -0.08},
    "og_product": {"article": -0.28, "forum": -0.16, "product": 0.61, "collection": 0.31, "listing": -0.16, "documentation": -0.07, "service": -0.25},
    "og_website": {"article": -0.05, "forum": 0.11, "product": -0.10, "collection": 0.12, "listing": -0.28, "documentation": -0.04, "service": 0.24},
    "og_none": {"article": -0.10, "forum": 0.10, "product": -0.12, "collection": -0.12, "listing": 0.06, "documentation": -0.04, "service": 0.23},
    "url_root": {"article": -0.31, "forum": -0.26, "product": -0.17, "collection": -0.10, "listing": 0.32, "documentation": -0.27, "service": 0.79},
    "url_shallow": {"article": -0.06, "forum": -0.14, "collection": 0.08, "listing": -0.04, "documentation": 0.02, "service": 0.14},
    "url_deep": {"article": 0.20, "forum": -0.13, "product": -0.03, "collection": -0.13, "listing": -0.14, "documentation": 0.44, "service": -0.21},
    "url_year": {"article": 0.33, "forum": -0.09, "product": -0.02, "collection": -0.02, "listing": -0.08, "documentation": -0.03, "service": -0.09},
    "slug_long": {"article": 0.54, "forum": 0.32, "product": 0.31, "collection": -0.48, "listing": 0.10, "documentation": -0.46, "service": -0.34},
    "slug_very_long": {"article": 0.16, "forum": 0.63, "product": 0.34, "collection": -0.09, "listing": -0.48, "documentation": -0.12, "service": -0.43},
    "slug_short": {"article": -0.50, "forum": -0.09, "product": -0.10, "collection": 0.16, "listing": 0.23, "documentation": 0.16, "service": 0.14},
    "url_query": {"article": -0.09, "forum": 0.31, "product": -0.03, "collection": 0.26, "listing": 0.13, "documentation": -0.20, "service": -0.37},
    "url_version": {"article": -0.14, "forum": -0.03, "product": -0.02, "collection": -0.03, "listing": -0.04, "documentation": 0.32, "service": -0.06},
    "url_html": {"forum": -0.04, "product": 0.19, "collection": -0.28, "listing": -0.07, "documentation": 0.18, "service": 0.02},
    "url_article": {"article": 0.91, "forum": -0.12, "product": -0.16, "collection": -0.05, "listing": 0.12, "documentation": -0.26, "service": -0.44},
    "url_product": {"article": -0.27, "forum": -0.22, "product": 1.08, "collection": -0.33, "listing": -0.06, "documentation": -0.13, "service": -0.08},
    "url_collection": {"article": -0.03, "forum": -0.23, "product": -0.25, "collection": 1.12, "listing": 0.20, "documentation": -0.24, "service": -0.57},
    "url_forum": {"article": -0.60, "forum": 1.47, "product": -0.06, "collection": 0.11, "listing": -0.35, "documentation": -0.16, "service": -0.40},
    "url_documentation": {"article": -0.86, "forum": -0.14, "product": -0.08, "collection": -0.01, "listing": 0.18, "documentation": 1.34, "service": -0.42},
    "url_service": {"article": -0.37, "forum": -0.10, "product": -0.09, "collection": -0.14, "listing": -0.20, "documentation": -0.08, "service": 0.98},
    "prose_high": {"article": 0.05, "forum": 0.09, "product": -0.09, "collection": 0.05, "listing": 0.02, "documentation": -0.17, "service": 0.06},
    "prose_very_high": {"article": 0.26, "forum": -0.14, "product": -0.19, "collection": -0.17, "listing": 0.10, "documentation": 0.16, "service": -0.01},
    "prose_low": {"article": -0.43, "forum": -0.01, "product": -0.27, "collection": 0.19, "listing": 0.16, "documentation": 0.15, "service": 0.22},
    "main_prose_high": {"article": 0.12, "forum": 0.21, "product": -0.23, "collection": 0.15, "listing": -0.21, "documentation": -0.01, "service": -0.03},
    "links_high": {"article": -0.26, "forum": -0.04, "product": -0.19, "collection": 0.07, "listing": 0.36, "documentation": 0.09, "service": -0.03},
    "links_some": {"article": -0.27, "forum": -0.01, "product": -0.37, "collection": 0.28, "listing": 0.47, "documentation": -0.05, "service": -0.04},
    "links_most": {"article": -0.09, "forum": -0.13, "product": -0.01, "collection": -0.02, "listing": 0.37, "documentation": -0.13},
    "code_some": {"article": -0.04, "forum": 0.04, "product": -0.09, "collection": -0.14, "listing": -0.23, "documentation": 0.55, "service": -0.09},
    "code_high": {"article": 0.15, "forum": -0.04, "product": -0.06, "collection": -0.08, "listing": -0.14, "documentation": 0.22, "service": -0.05},
    "pre_blocks": {"article": 0.02, "forum": 0.01, "product": -0.03, "collection": -0.19, "listing": -0.26, "documentation": 0.61, "service": -0.16},
    "code_elements": {"article": -0.16, "forum": 0.25, "product": -0.08, "collection": -0.12, "listing": -0.24, "documentation": 0.58, "service": -0.24},
    "words_few": {"article": -0.27, "forum": 0.19, "product": 0.06, "collection": 0.09, "listing": 0.15, "documentation": -0.05, "service": -0.18},
    "words_many": {"article": 0.30, "forum": -0.09, "product": -0.09, "collection": -0.08, "listing": -0.11, "service": 0.06},
    "words_very_many": {"article": -0.09, "forum": -0.07, "product": -0.14, "collection": 0.13, "listing": 0.23, "documentation": 0.39, "service": -0.46},
    "prices_some": {"article": -0.17, "forum": -0.35, "product": 0.54, "collection": 0.56, "listing": -0.27, "documentation": -0.34, "service": 0.03},
    "prices_many": {"article": 0.06, "forum": -0.21, "product": -0.22, "collection": 0.82, "listing": -0.23, "documentation": -0.18, "service": -0.04},
    "shop_marks": {"article": -0.39, "forum": -0.17, "product": 0.77, "collection": 0.67, "listing": -0.19, "documentation": -0.12, "service": -0.57},
    "cart_button": {"article": -0.31, "forum": -0.14, "product": 0.90, "collection": 0.09, "listing": -0.10, "documentation": -0.07, "service": -0.37},
    "cart_form": {"article": -0.05, "forum": -0.16, "product": 0.17, "collection": 0.10, "listing": -0.11, "documentation": -0.12, "service": 0.18},
    "quantity": {"article": -0.11, "forum": -0.05, "product": 0.24, "collection": 0.14, "listing": -0.12, "documentation": -0.02, "service": -0.07},
    "times_many": {"article": -0.48, "forum": 0.79, "product": -0.12, "collection": 0.06, "listing": 0.10, "documentation": -0.13, "service": -0.23},
    "articles_many": {"article": 0.03, "forum": 0.18, "product": 0.32, "collection": 0.02, "documentation": -0.23, "service": -0.31},
    "textarea": {"article": 0.05, "forum": 0.07, "product": 0.12, "collection": -0.32, "listing": -0.03, "documentation": -0.03, "service": 0.13},
    "password": {"article": -0.20, "forum": 0.48, "product": -0.04, "collection": 0.26, "listing": -0.24, "documentation": -0.08, "service": -0.18},
    "few_headings": {"forum": 0.48, "product": 0.03, "collection": 0.25, "listing": 0.27, "documentation": -0.51, "service": -0.52},
    "many_headings": {"article": 0.06, "forum": -0.28, "product": 0.12, "collection": -0.09, "listing": 0.05, "documentation": -0.06, "service": 0.21},
    "link_headings": {"article": 0.14, "product": -0.19, "collection": -0.05, "listing": 0.22, "documentation": -0.10, "service": -0.01},
    "link_headings_many": {"article": 0.61, "forum": -0.14, "product": -0.25, "collection": 0.03, "listing": 0.24, "documentation": -0.23, "service": -0.25},
    "link_heading_share": {"article": -0.08, "forum": -0.03, "product": -0.19, "collection": 0.19, "listing": 0.35, "documentation": 0.20, "service": -0.44},
    "long_paragraphs": {"article": -0.03, "forum": -0.07, "product": -0.04, "collection": -0.10, "listing": 0.17, "documentation": 0.01, "service": 0.06},
    "no_long_paragraph": {"article": -0.30, "forum": -0.10, "product": 0.11, "collection": -0.01, "listing": -0.06, "documentation": 0.22, "service": 0.15},
    "we_voice": {"article": -0.11, "forum": -0.06, "product": 0.04, "listing": -0.08, "documentation": -0.11, "service": 0.32},
    "we_some": {"article": -0.28, "forum": -0.15, "product": -0.02, "collection": 0.20, "listing": 0.21, "documentation": -0.34, "service": 0.39},
    "calls_to_action": {"article": -0.16, "forum": -0.16, "product": -0.39, "collection": -0.20, "listing": -0.38, "documentation": 0.28, "service": 1.01},
    "phone": {"article": -0.17, "forum": -0.18, "product": 0.09, "collection": -0.02, "listing": 0.10, "documentation": -0.14, "service": 0.33},
    "byline": {"article": 0.10, "forum": 0.06, "product": 0.19, "collection": 0.50, "listing": -0.62, "documentation": -0.41, "service": 0.18},
    "title_question": {"article": 0.34, "forum": 0.58, "product": -0.18, "collection": -0.02, "listing": -0.29, "service": -0.43},
    "title_number": {"article": 0.71, "forum": -0.14, "product": -0.06, "collection": -0.08, "listing": -0.15, "documentation": -0.06, "service": -0.22},
    "title_long": {"article": 0.51, "forum": 0.01, "product": 0.07, "collection": -0.11, "listing": -0.18, "documentation": -0.20, "service": -0.10},
    "title_short": {"article": -0.45, "forum": -0.63, "product": 0.16, "collection": 0.35, "listing": 0.36, "documentation": 0.33, "service": -0.12},
    "title_article": {"article": 0.96, "forum": 0.09, "product": -0.25, "collection": 0.06, "listing": -0.23, "documentation": -0.01, "service": -0.63},
    "title_service": {"article": -0.19, "forum": -0.22, "product": -0.19, "collection": 0.06, "listing": -0.27, "documentation": -0.21, "service": 1.02},
    "title_collection": {"article": -0.06, "forum": -0.03, "product": -0.10, "collection": 0.43, "listing": -0.11, "documentation": -0.03, "service": -0.10},
    "title_documentation": {"article": -0.23, "forum": -0.05, "product": -0.04, "collection": -0.11, "listing": -0.17, "documentation": 0.70, "service": -0.11},
    "title_forum": {"article": -0.01, "forum": 0.15, "product": -0.02, "collection": -0.03, "listing": -0.03, "documentation": -0.01, "service": -0.05},
    "title_listing": {"article": -0.24, "forum": -0.20, "product": -0.05, "collection": -0.15, "listing": 0.93, "documentation": -0.06, "service": -0.23},
    "dated": {"article": 0.56, "forum": 0.67, "product": -0.34, "collection": -0.53, "listing": -0.04, "documentation": -0.38, "service": 0.05},
    "authored": {"article": -0.11, "forum": 0.40, "product": 0.16, "collection": -0.07, "listing": 0.24, "documentation": -0.55, "service": -0.08},
    "cards_most": {"article": 0.01, "forum": 0.29, "product": -0.34, "collection": 0.37, "listing": 0.35, "documentation": -0.07, "service": -0.61},
    "main_cards": {"article": -0.42, "forum": 0.19, "product": 0.25, "collection": -0.40, "listing": 0.25, "documentation": -0.28, "service": 0.40},
    "linked_cards": {"article": -0.37, "forum": 0.46, "product": -0.25, "listing": 0.71, "documentation": 0.16, "service": -0.72},
    "price_cards": {"article": -0.16, "forum": -0.20, "product": -0.06, "collection": 0.65, "listing": -0.27, "documentation": -0.15, "service": 0.18},
    "figures": {"article": 0.59, "forum": -0.27, "product": 0.31, "collection": -0.10, "listing": -0.24, "documentation": 0.06, "service": -0.35},
    "comments": {"article": -0.46, "forum": 0.55, "product": 0.18, "collection": -0.16, "listing": 0.13, "documentation": -0.06, "service": -0.17},
    "long_sections": {"article": -0.16, "forum": 0.27, "product": -0.02, "collection": -0.09, "listing": 0.37, "documentation": -0.11, "service": -0.26},
    "short_sections": {"article": -0.33, "forum": -0.09, "product": 0.35, "collection": -0.09, "listing": 0.24, "documentation": -0.29, "service": 0.21},
}
EVIDENCE: dict[str, str] = {
    "ld_article": "122 / 0 / 0 / 0 / 4 / 2 / 1",
    "ld_tech": "1 / 0 / 0 / 0 / 1 / 0 / 0",
    "ld_product": "5 / 0 / 31 / 2 / 1 / 0 / 7",
    "ld_forum": "0 / 22 / 0 / 0 / 0 / 0 / 0",
    "ld_list": "9 / 0 / 0 / 0 / 4 / 0 / 0",
    "ld_faq": "13 / 0 / 3 / 9 / 0 / 0 / 6",
    "ld_none": "202 / 22 / 8 / 26 / 29 / 39 / 59",
    "og_article": "246 / 7 / 3 / 4 / 11 / 6 / 17",
    "og_product": "0 / 0 / 17 / 6 / 1 / 0 / 0",
    "og_website": "61 / 33 / 13 / 25 / 17 / 8 / 39",
    "og_none": "52 / 10 / 8 / 17 / 20 / 27 / 32",
    "url_root": "1 / 0 / 0 / 2 / 11 / 0 / 22",
    "url_shallow": "85 / 6 / 8 / 12 / 13 / 5 / 23",
    "url_deep": "40 / 1 / 2 / 2 / 2 / 19 / 6",
    "url_year": "19 / 0 / 0 / 0 / 0 / 0 / 0",
    "slug_long": "255 / 34 / 20 / 3 / 7 / 1 / 11",
    "slug_very_long": "148 / 27 / 12 / 1 / 0 / 1 / 1",
    "slug_short": "24 / 14 / 7 / 21 / 28 / 22 / 45",
    "url_query": "3 / 5 / 1 / 4 / 3 / 0 / 0",
    "url_version": "0 / 0 / 0 / 0 / 0 / 10 / 0",
    "url_html": "17 / 2 / 3 / 1 / 2 / 8 / 6",
    "url_article": "145 / 2 / 0 / 1 / 5 / 0 / 1",
    "url_product": "6 / 0 / 25 / 1 / 1 / 0 / 5",
    "url_collection": "6 / 0 / 1 / 25 / 5 / 0 / 0",
    "url_forum": "6 / 43 / 1 / 2 / 2 / 2 / 0",
    "url_documentation": "1 / 0 / 0 / 1 / 4 / 32 / 0",
    "url_service": "5 / 1 / 0 / 0 / 0 / 0 / 18",
    "prose_high": "278 / 33 / 17 / 19 / 17 / 17 / 49",
    "prose_very_high": "200 / 15 / 4 / 7 / 10 / 10 / 23",
    "prose_low": "17 / 9 / 4 / 24 / 18 / 7 / 15",
    "main_prose_high": "254 / 34 / 12 / 17 / 15 / 15 / 43",
    "links_high": "8 / 5 / 2 / 13 / 25 / 6 / 10",
    "links_some": "31 / 10 / 3 / 31 / 34 / 11 / 22",
    "links_most": "4 / 1 / 1 / 4 / 14 / 1 / 2",
    "code_some": "19 / 5 / 0 / 0 / 0 / 26 / 2",
    "code_high": "15 / 2 / 0 / 0 / 0 / 18 / 1",
    "pre_blocks": "18 / 5 / 1 / 0 / 0 / 27 / 1",
    "code_elements": "16 / 6 / 0 / 0 / 0 / 27 / 0",
    "words_few": "10 / 9 / 16 / 12 / 12 / 4 / 20",
    "words_many": "262 / 26 / 12 / 21 / 17 / 29 / 38",
    "words_very_many": "101 / 7 / 3 / 6 / 6 / 21 / 4",
    "prices_some": "61 / 2 / 24 / 35 / 7 / 0 / 14",
    "prices_many": "39 / 0 / 6 / 32 / 3 / 0 / 6",
    "shop_marks": "4 / 0 / 24 / 16 / 2 / 0 / 0",
    "cart_button": "1 / 0 / 26 / 8 / 1 / 0 / 0",
    "cart_form": "8 / 0 / 11 / 8 / 1 / 0 / 3",
    "quantity": "1 / 0 / 7 / 3 / 0 / 0 / 0",
    "times_many": "29 / 33 / 2 / 2 / 9 / 0 / 3",
    "articles_many": "35 / 20 / 13 / 9 / 12 / 0 / 5",
    "textarea": "65 / 11 / 6 / 1 / 5 / 1 / 11",
    "password": "13 / 15 / 3 / 5 / 0 / 0 / 3",
    "few_headings": "41 / 23 / 8 / 12 / 11 / 2 / 7",
    "many_headings": "153 / 8 / 11 / 15 / 20 / 16 / 37",
    "link_headings": "59 / 12 / 7 / 12 / 23 / 2 / 13",
    "link_headings_many": "29 / 7 / 0 / 10 / 21 / 0 / 3",
    "link_heading_share": "25 / 6 / 0 / 11 / 21 / 3 / 2",
    "long_paragraphs": "250 / 22 / 10 / 13 / 14 / 23 / 29",
    "no_long_paragraph": "19 / 12 / 14 / 29 / 25 / 9 / 31",
    "we_voice": "22 / 2 / 4 / 4 / 3 / 3 / 24",
    "we_some": "61 / 8 / 12 / 12 / 10 / 6 / 46",
    "calls_to_action": "32 / 2 / 0 / 1 / 1 / 5 / 37",
    "phone": "14 / 0 / 4 / 2 / 2 / 0 / 14",
    "byline": "263 / 33 / 24 / 38 / 19 / 5 / 39",
    "title_question": "59 / 17 / 0 / 1 / 0 / 2 / 1",
    "title_number": "53 / 0 / 0 / 0 / 0 / 0 / 1",
    "title_long": "216 / 19 / 9 / 5 / 8 / 3 / 17",
    "title_short": "15 / 3 / 16 / 31 / 24 / 22 / 27",
    "title_article": "170 / 13 / 0 / 4 / 4 / 5 / 3",
    "title_service": "32 / 2 / 1 / 3 / 4 / 0 / 35",
    "title_collection": "5 / 0 / 0 / 5 / 0 / 0 / 0",
    "title_documentation": "3 / 0 / 0 / 0 / 0 / 9 / 1",
    "title_forum": "1 / 4 / 0 / 0 / 0 / 0 / 1",
    "title_listing": "6 / 2 / 0 / 0 / 13 / 0 / 0",
    "dated": "318 / 50 / 16 / 12 / 25 / 5 / 34",
    "authored": "290 / 48 / 27 / 37 / 27 / 5 / 45",
    "cards_most": "58 / 28 / 7 / 29 / 28 / 15 / 23",
    "main_cards": "87 / 36 / 15 / 29 / 35 / 19 / 51",
    "linked_cards": "53 / 22 / 3 / 26 / 34 / 8 / 7",
    "price_cards": "24 / 0 / 4 / 30 / 4 / 0 / 5",
    "figures": "83 / 0 / 4 / 2 / 1 / 4 / 5",
    "comments": "3 / 10 / 5 / 0 / 2 / 0 / 0",
    "long_sections": "90 / 24 / 5 / 11 / 11 / 13 / 6",
    "short_sections": "80 / 18 / 32 / 22 / 32 / 5 / 58",
}
# END FITTED
