"""What HTML structure means: tags, class/id tokens, attributes and the weights the HTML engine uses.

Class and id values are matched as whole tokens (split on anything that is not
a letter or digit), so "share" matches "share-bar" and "post_share" but not
"shareholder".
"""

from __future__ import annotations

import re

# --- Never content -------------------------------------------------------------

# Elements whose text is never article text: code, styling, embedded objects, form widgets.
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "video", "audio", "source", "track", "map", "button", "select", "option", "optgroup", "textarea",
        "input", "datalist", "dialog", "head", "title", "meta", "link", "base",
    }
)

# Page furniture by its tag alone: site navigation and page footers.
FURNITURE_TAGS = frozenset({"nav", "footer"})

# Sidebars and site headers are furniture unless they hold the article's own headline.
FURNITURE_UNLESS_HEADLINE_TAGS = frozenset({"aside", "header"})

# class/id tokens of furniture, each family with the reason it is never the article.
FURNITURE_TOKENS = frozenset(
    {
        # share and social bars
        "share", "sharing", "shares", "sharebar", "social", "socials", "sociallinks", "addthis", "sharethis",
        # related / recommended / more-from rails and feeds
        "related", "recommended", "recommendations", "recirc", "outbrain", "taboola", "more-stories",
        "morestories", "readmore", "read-more", "popular", "mostread", "most-read", "trending", "teaser", "teasers",
        # newsletter, subscription and paywall prompts
        "newsletter", "subscribe", "subscription", "signup", "sign-up", "paywall", "regwall", "optin",
        # cookie and consent banners
        "cookie", "cookies", "consent", "gdpr", "cmp",
        # advertising
        "ad", "ads", "advert", "advertisement", "adsense", "adslot", "dfp", "sponsor", "sponsored", "promo",
        # site chrome
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead", "topbar", "toolbar",
        "footer", "sidebar", "widget", "widgets", "skip", "skiplink", "pagination", "pager", "site-header",
        # overlays
        "modal", "popup", "overlay", "lightbox", "toast",
        # after-article furniture
        "tags", "tag-list", "taglist", "tagcloud", "author-bio", "authorbio", "bio", "about-author",
        "print", "backtotop", "comments-link",
    }
)

# Reader comments: furniture unless the user asks for them.
COMMENT_TOKENS = frozenset({"comment", "comments", "disqus", "respond", "replies", "discussion"})

# Tokens that mark the article itself; they outweigh furniture tokens on the
# same element ("post-content has-sidebar" is content).
CONTENT_TOKENS = frozenset(
    {
        "article", "article-body", "articlebody", "article-content", "story", "story-body", "storybody",
        "entry", "entry-content", "post", "post-content", "post-body", "postbody", "content", "main",
        "main-content", "body-text", "text", "blog-post", "prose",
    }
)

# Structural markers of the article container, strongest first.
ARTICLE_CONTAINER_XPATH = (
    '//*[@itemprop="articleBody"]',
    "//article",
    '//*[@role="main"]',
    "//main",
)
# An article container must hold at least this share of the page's body text
# to be trusted (guards against a tiny <article> teaser being taken as the page).
ARTICLE_CONTAINER_MIN_SHARE = 0.25

# --- Field hints ---------------------------------------------------------------

CAPTION_TOKENS = frozenset({"caption", "wp-caption-text", "figcaption", "image-caption", "photo-caption", "media-caption", "credit", "image-credit", "photo-credit"})
STANDFIRST_TOKENS = frozenset({"dek", "deck", "standfirst", "subtitle", "subheadline", "sub-headline", "subhead", "strapline", "article-summary", "lede", "lead", "intro", "teaser-text", "excerpt", "description"})
KEY_POINT_TOKENS = frozenset({"highlights", "story-highlights", "key-points", "keypoints", "takeaways", "key-takeaways", "tldr", "summary-list", "bullet-summary", "article-summary-list"})
BYLINE_TOKENS = frozenset({"byline", "author", "authors", "author-name", "writer", "byl"})
DATE_TOKENS = frozenset({"date", "dateline", "published", "pubdate", "post-date", "entry-date", "timestamp", "time"})

# Inline style that hides an element.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")

# --- Block roles of tags -----------------------------------------------------------

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "figure", "figcaption", "form", "fieldset", "address", "details", "summary", "hr", "center",
        *HEADING_TAGS,
    }
)

# --- Region weights ----------------------------------------------------------------

# Words a block pays to be in the article: paragraphs pay their way, link lists do not.
REGION_BLOCK_TOLL = 5
# Text inside links counts this much less than plain text.
REGION_LINK_DISCOUNT = 1.0
# Blocks inside the page's marked article container are worth this many extra words.
REGION_CONTAINER_BONUS = 6
