"""What HTML structure means: tags, class/id tokens, attributes and the weights the HTML engine uses.

Class and id values are matched as whole tokens (split on anything that is not
a letter or digit), so "share" matches "share-bar" and "post_share" but not
"shareholder".
"""

from __future__ import annotations

import re

# --- Never content -------------------------------------------------------------

# Elements whose text is never article text: code, styling, embedded objects; and a ruby
# annotation's reading (<rt>, the furigana or pinyin set above the characters) with <rp>, the
# parentheses only browsers without ruby show: the text is the base characters ("漢字", not
# "漢(かん)字(じ)").
SKIP_TAGS = frozenset(
    {
        "script", "style", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "video", "audio", "source", "track", "map", "head", "title", "meta", "link", "base",
        "rt", "rp",
    }
)

# Elements whose text a page does not show (parse's text budget, the headline's box, metadata's
# text walks skip them).
UNSHOWN_TAGS = frozenset({"script", "style", "template", "noscript"})

# Form widgets and <noscript>: their labels and "enable JavaScript" notes are not
# article text, but a broken page can leave a widget open around the rest of the
# document ("<button><div></button>") and some sites serve their whole text to
# crawlers in <noscript>, so they are skipped as furniture, which the size guard
# (FURNITURE_MAX_SHARE) can overrule.
WIDGET_TAGS = frozenset({"noscript", "button", "select", "option", "optgroup", "textarea", "input", "datalist", "dialog"})
# Utility frameworks' display classes (Tailwind, Bootstrap): an inline element (<span>, <a>) with
# one is laid out as a box, so its words stand apart from the text around it ("The Best Notion
# Alternatives<span class="block ...">Top Note-taking Tools</span>" is not "AlternativesTop").
DISPLAY_BLOCK_CLASSES = frozenset({"block", "flex", "grid", "d-block", "d-flex", "d-grid", "table", "flow-root"})
# A box laid out for small screens only, beside its copy for wide ones (a product list as cards
# over the table of wide screens, a menu of the article's sections, a teaser strip): the copy is
# read twice. Utility frameworks name the widths at which a box is shown or hidden; the widest
# width named decides ("hidden md:flex lg:hidden xl:flex" is shown on a desktop, "md:hidden" is
# not). Tailwind's "<width>:<display>" and Bootstrap's "d-<width>-<display>", narrowest width
# first; a class that hides at a desktop's width without naming one: Shopify's Dawn
# ("large-up-hide") and plain names ("mobile-only"). Only when the page prints the box's words
# again elsewhere (html/layouts.py): a box shown on phones alone is still the page's.
# fit, wcxb: Tailwind on hackernoon, arstechnica, mashable, legalzoom, cloudflare, ifixit,
# blackroll, alternativeto, toptal; Bootstrap on cuisinart, puntorojo, topuniversities,
# whitecoatinvestor, scottishconstructionnow; mobile-only on mybirdbuddy.eu, security.org.
SCREEN_WIDTHS = ("sm", "md", "lg", "xl", "2xl", "xxl")
DESKTOP_WIDTHS = frozenset({"md", "lg", "xl", "2xl", "xxl"})
HIDING_DISPLAYS = frozenset({"hidden", "none"})
SHOWING_DISPLAYS = frozenset({"block", "flex", "grid", "inline", "inline-block", "inline-flex", "table", "contents"})
MOBILE_ONLY_CLASSES = frozenset({"large-up-hide", "mobile-only"})
# The share of a small-screen box's words the rest of the page must print as often again.
MOBILE_COPY_MIN_SHARE = 0.8
# Form fields hold values, never text the page shows as prose, so no size guard
# reads them: "republish this article" boxes carry the whole story as escaped
# markup in a <textarea>, and an unclosed <textarea> swallows the rest of the
# document as raw source.
FORM_FIELD_TAGS = frozenset({"select", "option", "optgroup", "textarea", "datalist"})

# A form the reader fills in (a quote request, an ebook or newsletter sign-up, a ZIP-code box, a
# contact form): its text is the fields' labels, prompts and consent notes ("By checking this
# box ..."), not what the page says. Known by a field that takes typed text, not by a name (a
# number field is a product's quantity, so it does not count). A form wrapping the whole page
# (ASP.NET's one <form>) is read by the size guard, one named as content by its name; search
# boxes, forms posting to a cart and comment forms are left to the rules that judge them.
# Seen on fit-half wcxb pages of newjerseymoversnj.com, psafinancial.com, shtarklaw.com,
# pwc.com, freedcamp.com, forthea.com, nucamp.co, markdenneyphotography.com.
TEXT_ENTRY_TYPES = frozenset({"text", "email", "tel", "password", "url", "date"})
# The form's heading and pitch beside it in its box ("Request our free ebook" over "Fill out the
# form to get a copy of our ebook."): the most characters a box may hold outside the form.
FORM_BOX_MAX_EXTRA_CHARS = 150
# A reader-comment thread whose class/id names we do not know, found by its shape
# (html/furniture.py comment_threads): a list of at least THREAD_MIN_ENTRIES sibling entries of
# one tag, nearly all (THREAD_DATED_SHARE) holding a <p> and stamped with a <time> or a year or
# clock time (a list of dated awards has no paragraphs: traf-dev fit bummfilm.de), inside
# one of the THREAD_SIBLINGS_BACK boxes just before the box that holds the reply form (a <form>
# with a <textarea>); a forum's posts stand beside its quick-reply form, in the form's own box
# (wcxb fit physicsforums.com, cameraderie.org, australianfrequentflyer.com.au), and stay. The
# threads these sites name, found again with their names stripped: fit-half wcxb
# theprairiehomestead.com, traf-dev anchor.ch, grossefragen.wordpress.com, youhadmeatgardening.com.
THREAD_MIN_ENTRIES = 3
THREAD_DATED_SHARE = 0.8
THREAD_SIBLINGS_BACK = 3
THREAD_STAMP = r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b"

# Page furniture by its tag alone: site navigation, page footers and form widgets.
FURNITURE_TAGS = frozenset({"nav", "footer", *WIDGET_TAGS})
# ... but a <button> that is an accordion item's header, the question of an FAQ or a section's
# title that opens its panel, is read (html/furniture.py _heads_accordion_item): one set in a
# heading whose text it holds, at least this share of it (ARIA's accordion pattern, "<h3><button
# aria-expanded>Question</button></h3>"; a close or copy-link control in a heading is not; WCXB fit
# apple.com, hubspot.com, mailchimp.com, zoho.com, damcogroup.com, ifixit.com, rei.com, whose truths
# keep the questions), or one whose one heading (<h1>-<h6>) holds at least this share of its visible
# text ("<button><h3>How long does it take to earn an MBA?</h3></button>", or with a counter "01/"
# beside it; WCXB fit: 6-13 such headings, all in the truth, on affordablecollegesonline.org,
# azure.microsoft.com, toptal.com, neoteric.eu). fool.com, homegrounds.co, websitebuilderexpert.com,
# homeenergy.pseg.com and progressive.com set FAQs so too, and their truths leave the questions
# out. A menu's button around a heading and its links holds more than the heading.
ACCORDION_HEADING_MIN_SHARE = 0.8
# A bare <button> (no heading in or around it) heading an accordion item: a label of at most this
# many visible characters, a question or a section's name, whose next sibling is its panel, at
# least ACCORDION_PANEL_MIN_CHARS long and not mostly links (html/furniture._opens_text_panel;
# WCXB fit seobility.net, binariks.com, learn.hms.harvard.edu, toptal.com, solostove.com).
ACCORDION_LABEL_MAX_CHARS = 150
ACCORDION_PANEL_MIN_CHARS = 20

# ARIA roles of dialogs (consent prompts, menus' flyouts, sign-in popups): a dialog
# interrupts the page and is never its article, whatever its class. A tooltip too: the box the
# page shows only while the reader hovers or taps its trigger (an editor's bio over a byline, an
# affiliate disclosure, a term's note); the trigger's own word stays, as ARIA puts the role on the
# box alone. Fit-half wcxb: upgradedpoints.com (a bio read as the standfirst), docs.github.com,
# apple.com, azure.microsoft.com (11 fit sites carry the role).
DIALOG_ROLES = frozenset({"dialog", "alertdialog", "tooltip"})
# Class tokens of a close control ("Schließen [X]", "×"): a box whose first child is one is
# a popup laid over the page (shipping terms, a newsletter form, a notice) even when no role
# or class says dialog, and is read as one. Bootstrap / theme names; evidence: a shop's
# shipping-terms overlay after the footer outweighed its region text (traf-dev fit).
CLOSE_CONTROL_CLASSES = frozenset({"close", "btn-close", "close-button", "closebtn", "close-btn", "modal-close",
                                   "popup-close"})
# A consent centre's cookie-by-cookie text can outweigh a short forum thread or a
# listing, so dialogs and consent prompts are read only when they hold more than
# this share of the page's text (other furniture: FURNITURE_MAX_SHARE).
PROMPT_MAX_SHARE = 0.6
# Page footers take the prompts' share too: legal notes and footnotes under a short
# product page hold a third of its words and are still furniture.
PAGE_FOOTER_NAMES = frozenset({"footer", "site-footer", "page-footer"})

# Sidebars and site headers are furniture unless they hold the article's own headline.
FURNITURE_UNLESS_HEADLINE_TAGS = frozenset({"aside", "header"})

# Markup families of furniture are the class/id words of the vocabulary's concepts
# (rules/vocab: related, share, comments, sidebar, footer ...), matched as parts of
# compound class names by html/markup.py. Concepts whose boxes are read anyway:
# reader comments are rendered and flagged, and the region decides (REGION_COMMENTS_ARTICLE_WORDS):
# on an article page they are not the article, on a forum thread they are the page.
NOT_SKIPPED_FAMILIES = frozenset({"comments"})
# Families whose name alone is not enough: a box of them is furniture only when at
# least LINK_EVIDENCE_MIN_SHARE of its text is link text. A "teaser" is a card
# linking to another article, or, in German CMSs, the article's own lead; a box
# named for navigation is a menu when it is links, and a page section when it
# is text ("content-nav-section", a guide's "StyledNavigationList" of steps).
# (A <nav> element is navigation whatever it holds.)
LINK_EVIDENCE_FAMILIES = frozenset({"teaser", "navigation"})
LINK_EVIDENCE_MIN_SHARE = 0.5
# ... except a carousel's navigation ("slider-navigation", "carousel-nav", "swiper-pagination"
# thumbnails): a JS strip of the slides' titles, with no links, printing again text the page
# has; read, its repeats broke the run above the rest of an event page (traf-dev fit).
CAROUSEL_NAME = re.compile(r"slider|carousel|swiper|slick|slideshow")
# A heading set straight before a gallery, slideshow, carousel or player is that widget's title
# ("Fotostrecke mit 4 Bildern", "Mehr aus der Sendung", "Videos"), not a section of the text:
# the widget is left unread, and its title would stand alone between the article's paragraphs
# (html/render.py). Fit half, traf-dev: the shape on 19 sites, e.g. motorsport-total.com ("gallery"),
# ardmediathek.de ("swiper-gridlist"), biathlonworld.com ("MediaGallery"), wien.orf.at
# ("oon-slideshow-list"), watson.ch ("slideshow"), together.ch ("gallery-event-section"),
# phillyvoice.com ("player-wrap"); none of its 22 headings is in a page's `with` snippets. Only
# when the walk leaves the widget, or parts of it, unread and reads nothing of it: a gallery read
# whole (a list article's pictures under each item's heading, wcxb-dev fit houseplanthouse.com)
# keeps its heading, and so does one holding only a script (wcxb-dev fit xda-developers.com).
MEDIA_SET_NAME = re.compile(r"gallery|galerie|slider|carousel|swiper|slick|slideshow|player", re.I)
# A shop's or a listing's filter panel (faceted search: sizes, colours, price ranges, "Sort by"):
# a box named for filtering that holds checkboxes or radio buttons (the facets' values) and few
# pictures is the page's controls over its grid, not the grid. Pictures tell the panel from the
# wrapper around panel and grid ("facets-vertical" around a Shopify grid, "searchWrapper
# searchFacetsV2"), and the controls from a portfolio's "filter-item" cards (content). Names that
# are layout flags ("page-with-filter") say nothing. Seen in wcxb-dev fit on gymshark.com,
# skullcandy.com, headphones.com, deathwishcoffee.com, cuisinart.com, newtwist.com,
# regencychess.com.
FILTER_PANEL_WORDS = frozenset({"filter", "filters", "facet", "facets", "filtering", "refinements"})
FILTER_PANEL_MAX_IMAGES = 2
# A member's default avatar: a coloured box printing the initial of the name for a picture ("F",
# "JD"), beside every post of a forum thread. Its letters stand for an image, never text; an avatar
# box holding more (the member's name under the picture) is read. XenForo "avatar--default"
# (forums.macrumors.com, physicsforums.com, forums.studentdoctor.net, cameraderie.org,
# australianfrequentflyer.com.au) and NodeBB "avatar" (forum.qt.io): 6 fit-half wcxb sites.
AVATAR_TOKENS = frozenset({"avatar"})
AVATAR_INITIALS_MAX_CHARS = 2

# Words of class names besides the families', so that compound names written as one
# word can be read as two ("commentlist" = comment + list, "entryfooter" = entry +
# footer, "kommentarbereich" = kommentar + bereich): the containers and places that
# pages name their boxes by, in English and German.
CLASS_NAME_WORDS = frozenset(
    {
        "area", "list", "lists", "box", "boxes", "wrap", "wrapper", "container", "section", "block", "blocks",
        "content", "inner", "outer", "items", "item", "posts", "post", "articles", "article", "stories", "story",
        "links", "link", "module", "body", "main", "region", "zone", "col", "column", "bar", "form",
        "text", "entry", "page", "site", "recent", "latest", "more", "top", "bottom", "side", "left", "right",
        "single", "panel", "card", "cards", "count", "icons", "icon", "buttons", "button", "title", "header",
        "bereich", "liste", "kasten", "leiste", "artikel", "beitrag", "beitraege",
    }
)
# Class names that are taxonomy or state, not layout: WordPress and Drupal print the
# post's categories, tags, format and status as classes of its wrapper
# ("category-reviews", "tag-comments", "status-publish"), and themes print layout
# switches ("has-sidebar", "no-comments", "layout-with-sidebar", "hidden-print"). A
# furniture word in them says nothing about the element. The post's own class is
# "post-<id>": other "post-" names are the theme's boxes of the post ("post-navigation",
# "post-share", "post-comments", "post-footer"), and the plural "tags-"/"categories-"
# name lists of them ("tags-links"), which CMSs never print as taxonomy.
TAXONOMY_NAME = re.compile(
    r"^(?:(?:category|tag|post-tag|format|post-format|type|post-type|status|postid|page-id|"
    r"parent-pageid|term|taxonomy|topic|rubrik|ressort|node-type|page-node-type|section|cat|genre|label)-|post-\d)"
)
LAYOUT_FLAG_PARTS = frozenset(
    {"has", "with", "without", "no", "not", "show", "hide", "hidden", "visible", "is", "template", "layout", "mode",
     "enable", "enabled", "disable", "disabled", "none", "only", "open", "closed"}
)

# A subtree that holds more than this share of the body's text is read even when
# its class/id or hidden state says furniture: layout classes ("has-sidebar",
# "sidebar-first-only"), React's hidden streaming slots and newsletter-post
# wrappers name the page's main column, and a page is never mostly furniture.
FURNITURE_MAX_SHARE = 0.3
# ... except beside the column that holds the page's headline (html/furniture.py): when the <h1>
# sits in one of these (or role="main"), furniture markup outside it is a sidebar, a footer or a
# menu even on a short page where the widgets outweigh the post.
MAIN_COLUMN_TAGS = frozenset({"main", "article"})


# Class names that mark the article itself: when one of an element's class names
# is one of these as a whole, furniture words in its other names are layout
# ("post-content has-sidebar"). A content word inside a furniture name does not
# count ("entry-footer", "article__related" are furniture). Names are compared
# with their parts joined by "-" ("articleBody", "article__body" -> "article-body").
# BODY_NAMES are the specific ones that name the article's text itself: a name
# ending in one of them counts too ("td-post-content", "c-article-body").
BODY_NAMES = frozenset(
    {
        "article-body", "articlebody", "article-content", "article-text", "article-main", "story-body", "storybody",
        "story-content", "story-text", "entry-content", "post-content", "post-body", "postbody", "post-text",
        "post-entry", "body-text", "blog-post", "single-content", "news-text", "news-content", "article-inner",
        "entry-body",
        # Older WordPress themes (WooThemes, Kubrick's heirs) name the post's text "entry" alone, or
        # "entrytext" (3 development sites).
        "entry", "entry-text",
        # CMS names of the body field: Drupal's "field-name-body" / "field--name-body". (Joomla K2's "itemFullText"
        # left: 2 development sites, 1 fit, viehbacher.com; under the 3-site bar.)
        "field-name-body",
    }
)
# ... written as one word too ("postcontent", "storycontent", "newstext"): themes join the parts
# as often as they hyphenate them, and a joined name has no parts to split.
BODY_NAMES = BODY_NAMES | frozenset(name.replace("-", "") for name in BODY_NAMES)
CONTENT_NAMES = BODY_NAMES | frozenset({"article", "story", "entry", "post", "content", "main", "main-content", "text",
                                        "prose", "page-content", "artikel", "beitrag"})

# The kinds of element that mark the article (html/fence.py), strongest first:
# itemprop="articleBody"; a class/id of the body family (BODY_NAMES); an <article>;
# <main> or role="main".
FENCE_KINDS = ("articleBody", "body class", "article", "main")
# <main> holds whatever the page is about besides its chrome (listings, forms,
# reviews), so unlike the others it does not fence the article in: it only
# favours the blocks it holds.
FAVOURING_KINDS = frozenset({"main"})
# A marked element is trusted from this share of the page's words (cards are
# <article>s too, and a teaser's "entry-content" holds a sentence); an <article>,
# which pages also use for sections, cards and FAQ boxes, from a larger one.
FENCE_MIN_SHARE = 0.1
FENCE_MIN_SHARE_OF_KIND = {"article": 0.25}
# A kind of marker repeated on the page is a component, not the article: when the
# other elements of the kind, not inside the largest, hold together at least this
# share of the largest one's words (forum posts, answers, tabs, cards), the kind
# marks no fence.
FENCE_RIVAL_SHARE = 0.3
# ... except one lone element of the kind after the largest and holding less than this share of
# its words: a promo box of the same markup under the article (a magazine's "current issue"
# <article> under a Drupal news <article>: meininger.de, traf-dev fit), not a thread's second
# post, whose posts come in numbers or alike in size.
FENCE_LONE_RIVAL_MAX_SHARE = 0.5
# A fence must hold at least this share of the worth of the run of text the page
# gives without any fence (html/fence.py trust_fence): a marked intro box, the
# first post of a thread or a FAQ box of a landing page is not the article.
FENCE_MIN_RUN_SHARE = 0.4
# ... unless it holds at least this share of the page's words: then it is most of
# the page, and a listing whose cards are links has no run of text to agree with.
FENCE_SURE_SHARE = 0.5
# A subtree named as furniture (a share bar, an ad) that holds more than this share
# of the visible text of the marked article around it is read anyway: broken markup
# leaves a share bar open around the rest of the article.
FENCE_FURNITURE_MAX_SHARE = 0.5
# ... and a box named for recirculation ("tax-sc__recirc-list-container", "duet--recirculation--
# breaker", "as-util-relatedlink") outside a marked article is read when the page prints this many
# or more boxes of its tag carrying that name, none inside another: the sections of a listing or
# collection page (one "related" box after an article is furniture). Seen on wcxb fit
# allrecipes.com (8 lists), theverge.com (14) and apple.com (28 tiles); the "related" boxes that
# fit pages rightly leave out stand alone (html/furniture.py).
RECIRCULATION_FAMILIES = frozenset({"related"})
RECIRCULATION_MIN_SECTIONS = 3
# ... holding together more than this share of the page's visible text (the listings' sections
# hold 0.15-0.19 of it; a fit product page's strip of 29 recommendation tiles, amazon.com 0613, 0.06).
RECIRCULATION_MIN_SHARE = 0.1
# A <main> fences nothing, but its lines between the headline and the first paragraph are the
# article's head (html/content.py), unless this share of their text or more is links: other
# stories' titles in a box under the headline.
MAIN_HEAD_MAX_LINK_SHARE = 0.5

# --- Field hints ---------------------------------------------------------------

# Caption class names (html/figures.py): these whole names mark a caption anywhere.
CAPTION_TOKENS = frozenset({"caption", "wp-caption-text", "figcaption", "image-caption", "photo-caption", "media-caption", "credit", "image-credit", "photo-credit"})
# ... except the bare name "caption", which design systems also give a type size (Shopify's
# Dawn theme styles its sort label, unit prices and facet filters so; "Author" and "Tags" labels,
# a figure in a stats strip): alone, it marks a caption only inside a figure or near an image, as a
# compound name does; far from any picture its lines are furniture, unless one reads as a credit
# (html/figures.py). Far from any picture on fit-half lemonlight.com, slatenyc.com,
# lakecrestdental.com, forthea.com and the Dawn shops headphones.com, skullcandy.com, deathwishcoffee.com.
CAPTION_TYPE_SIZE_NAMES = frozenset({"caption"})
# Inside a compound name ("ImageCaption", "c-media__caption", "news-single-imgcaption") these
# words mark a caption near an image only: elsewhere "caption" labels cookie boxes and buttons
# ("cli-necessary-caption", "cta_caption"). German "Bildunterschrift", French "légende".
CAPTION_WORDS_IN_NAMES = ("caption", "bildunterschrift", "legende")
# A call-to-action word among an element's names makes its caption word the label of a sign-up,
# donation or shop box, and its image word the box's picture (the magazine's cover over "Aktuelle
# Ausgabe" in a "cta-image" box): no figure's caption. "cta-caption" / "cta_caption" on fit-half
# katapult-magazin.de (a cover), appinventiv.com and almosttimely.substack.com (a share pitch).
CALL_TO_ACTION_TOKENS = frozenset({"cta"})
# A name whose parts say "the picture's description", an image word right before a description word
# ("imageDescription", "photoDescription", "img_description", "show-feature-image-description",
# "news-image-desc"; fit-half traf-dev pronats.de, mtb-news.de, aerobuzz.de, energetyka24.com and
# wcxb blog.apnic.net): a caption near an image, as a compound caption name is. A description word
# alone names a product's or a page's description ("product-description", "meta-description").
IMAGE_WORDS_IN_NAMES = frozenset({"image", "img", "photo", "foto", "bild", "picture", "pic"})
DESCRIPTION_WORDS_IN_NAMES = frozenset({"desc", "descr", "description", "beschreibung"})
# A part of a class name opening or closing with one of these marks a credit near an image
# ("Credit-sc-ke5nu1-0", "mediaCredit", "teaser--image-copyright"; not "accreditation").
CREDIT_WORDS_IN_NAMES = ("credit", "copyright", "photographer", "fotograf", "bildnachweis", "bildquelle", "fotonachweis")
# Inside a figure only, these name its credit too; elsewhere they are bylines, sources and footers.
# "owner": the image's owner, a credit ("figure-article-caption-owner" on 6 dev sites: investopedia,
# southernliving, thespruceeats, seriouseats, brides, treehugger).
FIGURE_CREDIT_TOKENS = frozenset({"byline", "author", "source", "quelle", "attribution", "autor", "license", "licence",
                                  "owner"})
# Attributes that name a figure's part where its class names are a CSS-in-JS hash ("css-evm3bn"):
# the design system's theme key and the test hooks (data-theme-key="photo-credit-creditor" on the
# Hearst magazines' credits, fit veranda.com and prevention.com, two held sites; data-test="credit"
# on telegraph.co.uk; data-testid="image-caption" ...). The hook's last word, less the hook's own
# words (ROLE_HOOK_NOISE: "image-credits_testID"), names the part as a class name would.
ROLE_HOOK_ATTRIBUTES = ("data-theme-key", "data-test", "data-testid")
ROLE_HOOK_NOISE = frozenset({"test", "testid", "id", "qa"})
# Screen-reader-only labels ("Image:", "Photo credit") are not shown: inside a figure they are no caption.
SCREEN_READER_NAMES = ("sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
                       "show-for-sr", "sr-text", "assistive-text", "hidden-visually", "element-invisible")
# In a price, a screen-reader label ("Regular price", "Sale price", "Regular Price:") is not shown
# and no text of the page: WCXB's truth keeps the shown "$36" alone (shop themes' price blocks,
# fit headphones.com, deathwishcoffee.com, skullcandy.com, gymshark.com). Elsewhere such labels
# are often kept in the truth (ifixit's "Number of reviews:", a comparison table's row labels),
# so only a price's are left out. A part of a class or id name ("price__regular", "product-card_price").
PRICE_PARTS = frozenset({"price", "prices", "pricing"})
# A shop theme's price block prints every price it may show and lets its stylesheet show the one
# the block's state names: Shopify's Dawn theme (and the themes built on it) writes a regular and
# a sale price in every ".price", the sale one shown only when the block is "price--on-sale" (then
# the regular one is hidden), and its "Sale" and "Sold out" badges only in those states. Read
# whole, a card says "$19.99 $19.99" and "Sale Sold out"; WCXB's truth keeps the shown price once.
# {part's class: the block's state class under which it is shown}; a part is also hidden where
# PRICE_STATE_HIDES names it for the state. fit: deathwishcoffee.com, skullcandy.com,
# headphones.com (7 pages, product and collection).
PRICE_BLOCK_CLASS = "price"
PRICE_STATE_SHOWS = {"price__sale": "price--on-sale", "price__badge-sale": "price--on-sale",
                     "price__badge-sold-out": "price--sold-out"}
PRICE_STATE_HIDES = {"price__regular": "price--on-sale"}
# How many levels up from a part its price block may stand (Dawn: ".price > .price__container > part").
PRICE_BLOCK_MAX_LEVELS = 3
# A caption's control, not its text: a class name ending in a control word after a caption word,
# or in a caption word after a control word ("toggle-caption", "hide-caption" labels inside NPR's
# captions, "caption-toggle", "close-caption", "show-caption-button", "card-figcaption-button";
# dev pages on npr.org, hsph.harvard.edu, two traf-dev news sites, a Spanish news site, two shop
# templates). Inside a figure such an element holding no image is a button: its label ("toggle
# caption") is no caption. Not "show"/"open": "caption-show" names a shown caption's state (a
# gallery page); nor a word after them: "e-caption--hide-small-screens" is a layout's modifier.
CAPTION_CONTROL_WORDS = frozenset({"toggle", "hide", "close", "button", "btn", "expand", "collapse"})
FIGURE_CAPTION_WORDS = frozenset({"caption", "figcaption"})
# Furniture families that name a figure's wrappers ("media__footer", a "lightbox" link, a
# "copyright" line): inside a figure, and on a <figure> holding an image itself
# ("wp-lightbox-container": dev 0347, mein-haustier.de), they are read; other families (share,
# ad, teaser) are not. Not "tools" ("print-false" on britannica's figures): a held-half page's
# body lost words with it.
FIGURE_READ_FAMILIES = frozenset({"footer", "legal", "overlay"})
# A control or overlay box around one picture and its caption, and nothing else, is the figure's
# own wrapper (a zoom button, a lightbox, a click-to-share box over the picture), not furniture:
# the walk reads it as it would the bare figure (html/figures.wraps_one_picture). Only these
# families and tags, never a hidden box. Fit half: wcxb allenai.org (a <button> around each
# figure, three captions lost), traf-dev mein-mmo.de ("mmo-lightbox" around each <figure>, two),
# topagrar.com (the lead picture's caption in "l-articleview__sharing" > "js-image-popup").
FIGURE_WRAPPER_FAMILIES = frozenset({"overlay", "share"})
FIGURE_WRAPPER_TAGS = frozenset({"button"})
# A <figure> holding more text than this is a broken one (around a whole article or a
# product list): its blocks are not one figure's.
FIGURE_MAX_CHARS = 1200
# A <figure> whose class names a quote or an embedded post holds no caption: its figcaption
# is the quote's attribution (labels: pull quotes and embedded posts are not captions).
FIGURE_QUOTE_WORDS = ("quote", "testimonial", "embed", "tweet")
# The box around an image outside a <figure> is one figure's only when it holds at most
# this many blocks: an article's text box holding an image is not a figure.
FIGURE_MAX_BLOCKS = 8
# The unmarked text pieces of a figure with an image are its caption when they are a caption's
# length, and not mostly link text (a card): a <figure> used as a layout box holds paragraphs.
FIGURE_PIECE_MAX_LINK_DENSITY = 0.5
FIGURE_PIECES_MAX_WORDS = 50
# A paragraph whose words read as a description ending in a credit is a picture's caption only
# when a picture the walk met stands within this many blocks above or below it (a caption sits
# right on its picture; a paragraph or two may stand between where a theme sets title and
# caption apart). Far from every picture such a line is text: a product line ending in its
# model names after a dash ("Best overall / ANC earbuds - Soundcore P31i / R60i NC", fit
# scarbir.com), a catalogue's page range ("Pages 23-86 ... - DZUS 1/4-Turn Fasteners",
# austinhardware.com), a reading list's blurb closing on "© Denis Meyer" (traf-dev
# franceculture.fr). A credit alone stays a credit: sites print them apart from their pictures.
PICTURE_NEAR_BLOCKS = 2
# A slideshow's position counter ("1 / 5", "Bild 1 von 10", "Image 3 of 7") set in a figure or
# under a caption class is the gallery's control, not its caption (html/figures.py): fit-half
# deathwishcoffee.com and headphones.com (a Shopify theme's "slider-counter caption" over the
# product pictures), slf.ch (traf-dev: "Bild 1 von 10" in each slide's "imageCount" box, which the
# caption under it then began with). A word may name the picture; between the numbers stands a
# slash or the language's "of": en of, de von, fr sur, es/pt de, it di, nl van, pl/cs z, sv/no av, da af.
SLIDE_COUNTER_OF_WORDS = ("of", "von", "sur", "de", "di", "van", "z", "av", "af")
SLIDE_COUNTER = re.compile(
    r"^(?:[^\W\d_]+\.?\s+)?(?P<at>\d{1,3})\s*(?:/|\b(?:" + "|".join(SLIDE_COUNTER_OF_WORDS) + r")\b)\s*(?P<of>\d{1,3})$",
    re.IGNORECASE,
)
# The same control known by its class name, whatever it prints: inside a figure, an element whose
# name ends in one of these words ("slider-counter", "imageCount", "e-gallery-item__pagination")
# is the slideshow's position, not its caption or credit. Its text may be a template's placeholders
# the page's script fills in ("--pageNumber-- von --total--" after each credit, fit-half bmz.de),
# which the counter's text pattern cannot read; also fit deathwishcoffee.com, headphones.com, slf.ch.
SLIDE_COUNTER_NAME_ENDS = frozenset({"counter", "count", "pagination"})
# A figure's caption piece that asks the reader to act (click, visit, subscribe, request) is the
# figure's call to action: a promo picture's label, not a description of the picture (html/figures.py),
# and no body text either. Fit-half restlessmeanderer.com ("Click the photo above to visit Dry Brew!"
# under an affiliate picture), security.org ("Interested in ProtonVPN? Check out our video review"
# under a video), councilforrelationships.org ("Request a therapy appointment with ..." under a
# therapist's picture), reitschuster.de (traf-dev: "Jetzt neu! Besuchen Sie unseren Fan-Shop!" under
# a shop banner); also an instruction to the reader in its place (publicdomainreview.org: "Scroll
# through the whole page to download all images before printing." under each picture of a
# collection, printed for the print copy only). A sentence of the piece opens with the call; the
# words are the imperative forms addressed to the reader only, not verbs that open a description
# as nouns ("Visit of the minister", "Book cover", "Shop owner"), per language.
CALL_TO_ACTION_OPENINGS = {
    "en": ("click", r"tap (?:here|to|on)", r"scroll (?:down|up|through)", "check out", "learn more", "find out more",
           "read more", "sign up", "subscribe", r"download (?:now|here|it|our|the|your)", r"request an?",
           r"visit (?:our|us|my)", r"shop (?:now|our)", r"buy (?:now|here)"),
    "de": ("klicken sie", "hier klicken", "besuchen sie", "bestellen sie", "abonnieren sie", "mehr erfahren",
           r"jetzt (?:kaufen|bestellen|abonnieren|anmelden)"),
    "fr": ("cliquez", "abonnez-vous", "commandez", r"(?:visitez|découvrez) (?:notre|nos)"),
    "es": ("haga clic", "haz clic", "suscríbete", "suscríbase", r"visita? nuestr[oa]s?"),
    # The same imperatives in the languages without development pages (none a noun that opens a description).
    "pl": ("kliknij", "zapisz się", "dowiedz się więcej"),
    "sv": ("klicka", "prenumerera", "läs mer"),
    "da": ("klik her", "abonner", "læs mere"),
    "no": ("klikk", "abonner", "les mer"),
    "fi": ("klikkaa", "napsauta", "lue lisää"),
    "cs": ("klikněte", "zjistěte více"),
    "ru": ("нажмите", "кликните", "подпишитесь", "узнайте больше"),
    "uk": ("натисніть", "підпишіться", "дізнайтеся більше"),
    "tr": ("tıklayın", "abone olun"),
    "hu": ("kattintson", "kattints", "iratkozz fel", "iratkozzon fel"),
    "ro": ("faceți clic", "faceţi clic", "fă clic", "abonează-te", "abonaţi-vă", "abonați-vă"),
    "el": ("κάντε κλικ", "εγγραφείτε"),
}
CALL_TO_ACTION_LINE = re.compile(
    r"(?:^|[.!?]\s+)(?:" + "|".join(opening for table in CALL_TO_ACTION_OPENINGS.values() for opening in table) + r")(?![\w-])",
    re.IGNORECASE)
# The first line under a picture outside a figure that opens with a credit or source label is the
# picture's caption (html/figures.py), also when the source is a link, which the teaser judge
# read as another story's link, or a bare address, which stayed text: fit-half hamy.xyz
# ("Source: <a>A Survey on LLM-based Code Generation ...</a>"), splunk.com ("(Source: <a>Power BI
# Dashboard Templates, AnyInstructor</a>)"), digjitale.com ("Image: https://konecta.com/").
# A "Video:" line under a picture titles a video teaser (boxen1.com's sidebar), no credit.
UNDER_PICTURE_TEASER_LABELS = ("video",)
# ... and only when the line is the source alone: a sentence's end or a spaced dash inside it starts a
# description ("Photo: Jane Doe. The mayor at the opening", "Bild: X – Der Bürgermeister ..."), which
# the classifier's reading of the words parts from the credit better than a hint does.
CREDIT_LINE_GOES_ON = re.compile(r"[.!?…]\s+\S|\s[–—-]\s")
# A box outside a <figure> whose class names it for an image ("image-container", "image-box",
# "rightImageHighslide", "imginline": a part that is an image word, or opens with "image"/"img")
# and holds an image is a figure without the tag: its short text pieces are the picture's caption,
# as a <figure>'s are (FIGURE_PIECES_MAX_WORDS, no heading, not mostly links). Fit-half traf-dev
# vogelwarte.ch (div.legend), gipfelbuch.ch (a bare span), bike-magazin.de (p.to-image-box), and
# domradio.de (div.image-subtitle, whose piece a standfirst hint keeps): the traf-dev snippets count
# these captions out of the body.
IMAGE_BOX_PREFIXES = ("image", "img")
# ... but an image named an icon, or held by a box named so, is no picture: a carousel's arrow
# ("icon-image" in "icon circle-arrow"; wcxb dev 4666, where the empty carousel's "No items found."
# became a caption).
ICON_TOKEN = "icon"
# A custom element whose name ends in an image word is the page's picture, drawn by its script from
# the address in its attributes: AMP's <amp-img> (fit traf-dev standard.co.uk), <hde-e-lazy-image>
# (heizung.de, whose caption span under it was lost for want of an <img> near it), <lazyload-img>
# (larepublica.net), Gannett's <media-image> (wcxb usatoday.com), Wix's <wow-image> (bedelstein.com,
# keenschoolofmusic.com), <bsx-image> (tires.bridgestone.com). A figure holding one has an image.
CUSTOM_IMAGE_TAG_ENDS = ("-img", "-image")
# The article's lead figure (or gallery) may stand above its <h1>, outside the run: its caption
# blocks are the article's head when they end at most this many short lines (a kicker, a section
# label) above the headline, each of at most READ_ALSO_LABEL_MAX_WORDS words, and the figure is
# not printed again below (a responsive copy). Seen on traf-dev fit meininger.de, theintercept.com,
# telebasel.ch (gallery under a "Region" kicker) and wcxb-dev fit veranda.com (credit line).
LEAD_FIGURE_MAX_GAP = 2
# An inline caption span makes its paragraph a caption when it is this share of its text.
INLINE_CAPTION_SHARE = 0.6
# A caption word in a compound class name counts when the element's parent or grandparent holds an image.
CAPTION_IMAGE_LEVELS = 2
# The dek's class words as other languages' newsrooms write them: one per-language table of the
# standfirst concept (on traf-dev: "chapo" on 5 sites writing French or German, "sumario", "bajada",
# "subtitulo" on 2 Spanish sites each, "entradilla", "sommario", "einleitung", "perex" on one;
# "chapeau", "copete", "vorspann" the same words' other spellings).
STANDFIRST_TOKENS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fr": frozenset({"chapo", "chapeau"}),
    "es": frozenset({"sumario", "bajada", "entradilla", "copete", "subtitulo"}),
    "it": frozenset({"sommario"}),
    "de": frozenset({"einleitung", "vorspann"}),
    "cs": frozenset({"perex"}),
}
STANDFIRST_TOKENS = frozenset(
    {
        "dek", "deck", "standfirst", "subtitle", "subheadline", "sub-headline", "subhead", "strapline", "article-summary",
        "lede", "lead", "intro", "teaser-text", "excerpt", "description",
        # The dek as a press or science page names it: on 4 fit-half traf-dev sites (bundeskanzleramt.gv.at
        # p.abstract under the <h1>, gdp.de p.abstract in the header's teaser, thw.de div.abstract, utopia.de
        # p.wp-block-utopia-abstract); a paper's abstract is its dek too.
        "abstract",
    }
).union(*STANDFIRST_TOKENS_BY_LANGUAGE.values())
KEY_POINT_TOKENS = frozenset(
    {
        # Each on 3+ development sites (benchmarks/rule_hits.py), "key-points" as a spelling of
        # "keypoints"; a name holding one as a part ("story-highlights") is read by its parts.
        "highlights", "key-points", "keypoints", "takeaways", "key-takeaways", "keytakeaways", "tldr", "summary-list",
    }
)
BYLINE_TOKENS = frozenset({"byline", "author", "authors", "author-name", "writer"})
DATE_TOKENS = frozenset({"date", "dateline", "published", "pubdate", "post-date", "entry-date", "timestamp", "time"})

# A field hint from a class holds for at most this many blocks, words and prose
# paragraphs: a bigger element with such a class is a wrapper, not the
# caption/byline/dek/key points.
HINT_MAX_BLOCKS = 6
HINT_MAX_WORDS = 120
HINT_MAX_PARAGRAPHS = 2
# More separate standfirst-marked elements than this on one page are the
# excerpts of a listing's cards, not the article's standfirst.
STANDFIRST_MAX_GROUPS = 2

# Hidden elements that are the panels of accordions and tabs: their text is the
# page's (FAQ answers, spec tabs), hidden only until the reader opens them.
# Also a panel: a hidden element a button names in aria-controls, and a hidden
# role="region" (the ARIA accordion pattern's panel). A furniture token on the
# element outweighs these ("menu-panel", "nav-drawer").
DISCLOSURE_TOKENS = frozenset(
    {
        "accordion", "collapsible", "collapse", "tabpanel", "tab-pane", "tab-content", "expander", "drawer",
        "disclosure", "details", "faq", "faqs", "answer", "panel", "tab", "tabs",
    }
)
DISCLOSURE_ROLES = frozenset({"tabpanel", "region"})

# Inline style that hides an element.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# React's streaming server rendering sends late parts of the page (often the
# article itself) as <div hidden id="S:12"> and a script moves each into its
# place: the reader sees them, so they are not hidden. React numbers them in hex ("S:a", "S:1a"
# on 7 dev pages).
STREAMING_SLOT_ID = re.compile(r"^S:[0-9a-f]+$")

TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")

# Inside these, class names are syntax highlighting ("hljs-comment", "token tag"), never furniture.
CODE_TAGS = frozenset({"pre", "code"})

# --- Block roles of tags -----------------------------------------------------------

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# An id that is a heading's words made a slug names that heading's topic (html/furniture.py
# heading_free): one word ("comments", "related") is as often the box's own name, so two at least.
HEADING_ID_MIN_WORDS = 2
BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "figure", "figcaption", "form", "fieldset", "address", "details", "summary", "hr", "center",
        *HEADING_TAGS,
    }
)

# A heading tag around more words than this, reading as prose, is a paragraph
# styled big (page builders), not a heading.
HEADING_MAX_WORDS = 20
# A block outside code whose whole text is a script's data, an object or array literal with at
# least DATA_LITERAL_MIN_KEYS quoted keys ('{"statementLink":"","footerHtml":"",...}'), is no text of
# the page, however it was left visible: a widget's settings in a <div> made invisible by an
# inline style or a site's own hiding class, an escaped state dump (html/builder.py). Seen on WCXB
# fit skullcandy.com (a widget's config), amazon.com (buy-box and grid state, up to 33,000
# characters), qburst.com (a locale map).
DATA_LITERAL = re.compile(r"\A\s*(?:\{\s*[\"'\[{]|\[\s*[\[{]).*[}\]]\s*\Z", re.DOTALL)
DATA_LITERAL_KEY = re.compile(r"[\"'][^\"'\n]{1,80}[\"']\s*:")
DATA_LITERAL_MIN_KEYS = 3

# --- Region weights ----------------------------------------------------------------

# Words a block pays to be in the article: paragraphs pay their way, link lists do not.
REGION_BLOCK_TOLL = 5
# Text inside links counts this much less than plain text.
REGION_LINK_DISCOUNT = 1.0
# Blocks inside the page's marked article container are worth this many extra words.
REGION_CONTAINER_BONUS = 6
# When the page marks its article container, prose outside it is worth only this
# share of its words: testimonials and teasers below the article are prose too.
REGION_OUTSIDE_CONTAINER_FACTOR = 0
# Blocks of at least this many words printed twice on a page are carousel clones
# or pull quotes the second time.
REPEAT_MIN_WORDS = 4
# Reader comments count as the page's content only when the rest of the page's
# best run has fewer words than this (a forum thread's opening post), and as
# furniture under a real article.
REGION_COMMENTS_ARTICLE_WORDS = 150
# Under an article whose reader comments are left out, what follows the comments in the run ends
# it there when it holds at most this share of the words above them: a teaser and its label
# after the thread (couchstyle.de), not the article going on.
COMMENTS_TAIL_MAX_SHARE = 0.25
# The run's blocks above its headline are breadcrumbs and kickers and are cut off,
# unless they hold more than this share of the words below it (a page builder's
# <h1> set between sections of the page's content).
HEADLINE_PREAMBLE_SHARE = 0.25
# The run is widened to the whole of the smallest element holding it (cards,
# spec lists and feature grids around its paragraphs) unless what that adds is
# more than this share link text (a product grid or link rail beside the copy).
REGION_WIDEN_MAX_LINK_SHARE = 0.5
# A run worth less than this many words means the page has no prose at all (a
# product grid, a category page of links): its content is then the smallest
# element holding at least this share of the page's words.
REGION_WEAK_RUN = 40
REGION_WEAK_RUN_TEXT_SHARE = 0.5
# A page that says it is a thread (its URL's forum words, page_type.url_signals, or JSON-LD
# DiscussionForumPosting / QAPage) and sets at least this share of its text's characters in what
# its markup calls comments holds its thread there: the replies are the page's text, not reader
# comments under an article (html/content.py thread_replies). Seen on WCXB fit wallstreetoasis.com
# (0.78), forum.kerbalspaceprogram.com (0.85), spigotmc.org (0.73), whose truth keeps the replies;
# a Q&A page's comments under its answers stay comments (serverfault.com, askubuntu.com and three
# other Stack Exchange pages: 0.45 at most), as do an article's (no forum URL).
THREAD_COMMENTS_MIN_SHARE = 0.6
# A thread's post stamps: the short line over each post that names its poster and stamps its day
# or hour ("Post by galitsyn » 11. Sep 2024, 18:36", "October 29, 2025 in General topics"), which
# the classifier reads as a byline or a date line. On a page that says it is a thread (its URL's
# forum words or its JSON-LD, page_type.says_thread) whose run holds at least POST_STAMP_MIN_LINES
# such lines (a byline or date line of at most POST_STAMP_MAX_CHARS characters with a year or a
# clock time in it, THREAD_STAMP), the text keeps each stamp over its post, as the page prints it
# (html/content.py post_stamps). Fit-half wcxb: phpBB on forums.raspberrypi.com,
# forums.virtualbox.org, forum.nationstates.net, and forum.prestashop.com, whose truth keeps the
# stamps. Not on pages that do not say so: dated cards of a listing (arstechnica.com's truth leaves
# them out, hackernoon.com's keeps them) and an article's author box are no posts.
POST_STAMP_MIN_LINES = 3
POST_STAMP_MAX_CHARS = 80

# --- Edges of the run (html/edges.py) ---------------------------------------------

# A card grid is at least this many sibling boxes of one shape, each with a link
# among its first blocks of at least this link density (its title).
CARDS_MIN = 3
CARD_TITLE_LINK_DENSITY = 0.5
CARD_TITLE_MIN_WORDS = 3
# ... or closed by its button: a last line of at most CARD_BUTTON_MAX_WORDS words, at least
# CARD_BUTTON_LINK_DENSITY of it link text, under a headline-shaped title that is not linked
# (html/edges.py _closed_by_button; not a list's last item). Sites link a card's button alone:
# WCXB fit lavazzausa.com ("Discover More" under recipe titles after the article),
# liberty.edu ("View Discount"), capitalelectric.arlo.co ("More Information" under similar
# courses), stripe.com ("Learn more" carousel cards), whose truths leave the cards out.
CARD_BUTTON_MAX_WORDS = 3
CARD_BUTTON_LINK_DENSITY = 0.95
# Teaser cards are short: a title, a line of meta, an excerpt of a sentence or three.
# A grid whose median card holds more words is the page's own entries (a listicle).
CARD_MAX_WORDS = 80
# A link box is at least this many blocks, this share of their text in links.
LINK_BOX_MIN_BLOCKS = 3
LINK_BOX_MIN_LINK_SHARE = 0.7
# A grid or link box ends the run when this many words of the run's prose stand
# before it (a listing's intro is shorter) and what follows it in the run holds at
# most this share of the words before it (the article does not go on).
EDGE_MIN_PROSE_BEFORE = 150
EDGE_MAX_AFTER_SHARE = 0.25
# ... and the box holds at most this share of the words before it: a grid far bigger
# than the text above it is the page's content (a catalogue under a short intro).
EDGE_MAX_BOX_SHARE = 1.5
# (Nor does a box shaped as more than INNER_BOXES_MAX boxes before it in the run: one more of the
# article's own lists, html/edges.py _own_lists.)
# A grid or link box inside the run, holding no prose of its own, with at least this many words
# of the run's prose on each side of it, is set into the text and left out (html/edges.py inner_boxes).
INNER_BOX_MIN_PROSE_AROUND = 25
# ... when it holds at most this share of the run's prose words, and the run holds at most this
# many such boxes (a roundup of courses or a service page sets many lists of links in its text).
INNER_BOX_MAX_SHARE = 0.2
INNER_BOXES_MAX = 2
# ... nor a link box that is a list element of the text's (TEXT_LIST_TAGS: a bare <ul> or <ol> among
# its paragraphs, "Read more in our guides below:" over it): the text's own list, which its truth
# keeps, where the site's "more on this topic" box wraps its list in an element of its own with
# its label. Seen on WCXB fit health.clevelandclinic.org, apple.com, developer.mozilla.org,
# bokun.io, paigebrunton.com, tayst.com, datafeedwatch.com, restlessmeanderer.com (the truth
# keeps the list); against it krioda.com, browserstack.com, afarmgirlskitchen.com (it drops it).
# Nor does such a list end the run when INNER_BOX_MIN_PROSE_AROUND words of the run's prose follow
# it (html/edges.py _text_list_in_text; 7 WCXB fit sites named there).
TEXT_LIST_TAGS = frozenset({"ul", "ol"})
# ... unless it holds a photo credit (a line of at most this many words with a credit's shape):
# that picture is the article's own figure, a teaser's thumbnail carries no credit.
INNER_BOX_CREDIT_MAX_WORDS = 12
# ... or unless it is the page's feature cards: at least this many headings each over a sentence
# describing it, the median heading a name of at most this many words (another article's title
# is a headline, longer; html/edges.py _feature_cards; WCXB fit: mailchimp.com, delta.com, qburst.com).
FEATURE_CARDS_MIN = 3
FEATURE_NAME_MAX_WORDS = 6
# A box named for advertising alone ("promo") that holds at least this many headings and as many
# paragraphs of prose is a page builder's component holding the page's sections, not an ad
# (html/furniture.py _holds_sections; WCXB fit: deloitte.com's "cmp-promo-container" holding a
# service page's text, developer.android.com's "android-promo" landing rows). Ads, promo bars and
# newsletter boxes hold a heading or none, or no prose.
PROMO_SECTIONS_MIN = 2
# A box named for a call to action (CALL_TO_ACTION_TOKENS: "image-cta-banner-left-div", "cta-block",
# "block-cta-wrapper", "elementor-cta-content") inside the page's marked article, under at least
# PROMO_BOX_MIN_PROSE_BEFORE words of the run's prose, is the site's pitch set into or under the
# article (a demo to book, a plan to start, a guide to download) and is left out (html/edges.py
# promo_boxes), when the run holds at most PROMO_BOXES_MAX of them holding together at most
# PROMO_BOX_MAX_SHARE of its words. Only inside a mark that fences (not a <main>): a service page's
# "cta" sections are its text (WCXB fit warrenaverett.com, pwc.com, hubspot.com, centricconsulting.com
# lost words). Seen on wcxb fit whova.com, housecallpro.com, blog.pangeanic.com, smartasset.com,
# pcworld.com, blockrenovation.com, elementor.com, binariks.com, empower.com.
PROMO_BOX_MIN_PROSE_BEFORE = 25
PROMO_BOX_MAX_SHARE = 0.2
PROMO_BOXES_MAX = 4
# A pitch closing the run, whatever its box is named: a box under at least EDGE_MIN_PROSE_BEFORE
# words of the run's prose, none of the run's prose after it, holding at most PITCH_MAX_WORDS words
# led by a short line (a heading or a slogan of at most PITCH_TITLE_MAX_WORDS words), and a link or
# a <button> styled as a button (BUTTON_TOKENS among its names, or role="button"): "Grow orders,
# save time" / one sentence / "Get a demo"; not one of a series of boxes alike (cards, posts, plans).
# The run ends above it (html/edges.py pitch_end). Seen on wcxb fit cuboh.com ("module-ci" box,
# "btn-new"), studiobinder.com ("tcb-button-link"), fullstack.com (a <button> in a banner),
# universityhealth.com ("Check your health"), cloud.google.com ("Try it for yourself"), elementor.com
# (a newsletter's "Looking for fresh content?"), appinventiv.com (a consultation form's box); up to
# PITCH_MAX_WORDS for a reader-support appeal ("Enjoyed this piece? We need your help" and its
# paragraph, publicdomainreview.org), an author's card with a "LinkedIn" button (zalaris.com), a
# redirect notice with a contact button (arlafoodsingredients.com).
BUTTON_TOKENS = frozenset({"button", "btn"})

# A link the page marks as paid (rel="sponsored", the mark search engines ask of affiliate and ad
# links) and styles as a button (BUTTON_TOKENS among its names, or role="button") is a shop's buy
# button set in a review or a roundup ("$100 at Amazon", "Buy now at AJ Madison", "Check Price"):
# left unread (html/furniture.py FurnitureJudge.skip_reason). Seen on wcxb fit reviewed.com,
# thespruceeats.com, seriouseats.com, eridehero.com, websitebuilderexpert.com, thegoodtrade.com,
# talkreal.org, whose truths leave them out (96 such links on 8 sites; kept on cleverhiker.com and
# sewcanshe.com, whose buttons name the product). A paid link in a sentence, or one not styled as a
# button (a product's name over its review), stays: truths keep those.
SPONSORED_REL = "sponsored"
PITCH_MAX_WORDS = 90
PITCH_TITLE_MAX_WORDS = 12
# ... unless the run above it sets more than one button per PITCH_PROSE_PER_BUTTON words of its prose
# (counted in its boxes of at most PITCH_SMALL_BOX_BLOCKS blocks): a service page's sections each end
# in a button, and its closing one is one more of them (WCXB fit onepagecrm.com, openproject.org,
# accenture.com, uibakery.io, thebushcompanyusa.com lost their closing section).
PITCH_PROSE_PER_BUTTON = 150
PITCH_SMALL_BOX_BLOCKS = 6
# Under a label of the read_also or related concept ("Weiterlesen:", "Schon gelesen?"), lines
# that are links for at least this share of their text and no longer than a title are other
# articles' teasers (html/content.py mark_read_also_teasers).
READ_ALSO_TEASER_MIN_LINK_SHARE = 0.8
READ_ALSO_TEASER_MAX_WORDS = 25
# A label of at most this many words ending in ":" over one to LABELLED_TEASERS_MAX linked titles
# between paragraphs of prose, in any language ("Lue myös:", uusisuomi.fi; "Czytaj także:"), or
# before a linked title on its own line ("MIRA: <title>", soy502.com; "LE PUEDE INTERESAR: <title>",
# elheraldo.hn), introduces other articles' teasers. The link covers the line after the colon to
# within LABELLED_LINK_SLACK_CHARS (spaces, a closing mark).
READ_ALSO_LABEL_MAX_WORDS = 4
LABELLED_TEASERS_MAX = 3
LABELLED_LINK_SLACK_CHARS = 3
# ... and the linked title on the label's line has at least this many words: shorter, it is a
# product's or a shop's name ("Pictured: Living Lace® Parvati", "Amazon UK: <link>").
LABELLED_TITLE_MIN_WORDS = 5
# A name of at most this many words alone on its line, over a last paragraph that opens with it,
# is the author's biography closing the run (html/content.py _before_author_bio).
AUTHOR_BIO_NAME_MAX_WORDS = 4
# An author's box closing the run (a portrait, a name, a bio; html/content.py _before_avatar_bio)
# is small: at most this many blocks and words (a name, a role, a paragraph or two).
AVATAR_BIO_MAX_BLOCKS = 5
AVATAR_BIO_MAX_WORDS = 150
# ... and may open with the portrait's stand-in, the author's initials ("N"): a line of one word.
AVATAR_INITIALS_MAX_WORDS = 1
# A page built as a column of <section> bands (page builders: Bricks, Elementor, Divi, a theme's
# "image-section") sets the article in one band and the site's bands under it: a call to action
# ("Work With Us", "Talk to our team today"), an ad, a sales pitch. A band holding at least
# SECTION_BAND_MIN_SHARE of the run's prose words (and the run at least SECTION_BAND_MIN_PROSE)
# ends the run where it ends, when a band beside it (same parent, not itself a <section>: nested
# sections are one document's outline, as Sphinx writes them) follows inside the run
# (html/content.py _before_later_bands). wcxb-dev fit: flatworldsolutions, supermove,
# obesitymedicine, emplifi, encorerealtysc, escalon, spice.ai.
SECTION_BAND_TAG = "section"
SECTION_BAND_MIN_SHARE = 0.85
SECTION_BAND_MIN_PROSE = 150
# Up to this many such lines, unlabelled, after an article's last paragraph of prose end its run
# (html/content.py _before_trailing_links): links out, not text. More of them are a listing.
TRAILING_LINKS_MAX = 3
# A paragraph ending in a bracketed ellipsis is an excerpt cut off by the CMS (WordPress's
# excerpt_more is " [&hellip;]"): another post's teaser (html/content.py _before_teaser_excerpts).
EXCERPT_ENDS = ("[…]", "[...]", "[&hellip;]")
# A paragraph that is one linked title between two paragraphs of prose is another article's
# teaser set in the text (html/content.py mark_read_also_teasers) when no other such line stands
# within this many blocks: title-excerpt pairs in a row are a list's entries.
INLINE_TEASER_ALONE_WITHIN = 4
# ... unless the line above it says, in at most this many words, that it holds more from
# a source (the vocabulary's "more_from": "More from <site>"): such a grid of 10-20
# cards with 40-70-word excerpts outweighs most articles.
EDGE_LABEL_MAX_WORDS = 8

# --- Headline ------------------------------------------------------------------------

# The displayed headline must share more than this share of its words with the
# metadata title (Jaccard): an <h1> further from it is a logo, a section name
# or a slogan, and the cleaned title names the article better.
HEADLINE_TITLE_MATCH = 0.4
# An <h1> inside the page's marked article container is the article's own
# heading, not the site's, so it needs less agreement with the title.
HEADLINE_TITLE_MATCH_IN_CONTAINER = 0.3
# A heading inside these is never the headline (html/headline.py) ...
HEADLINE_NEVER_IN = frozenset({"template", "noscript", "button", "dialog", "select", "svg"})
# ... nor inside a page's navigation or footer, unless (broken markup) it holds much of the
# page's text (FURNITURE_MAX_SHARE, as the walk judges furniture) ...
HEADLINE_FURNITURE_TAGS = frozenset({"nav", "footer"})
# ... nor inside a box of these furniture families: a share bar or a promotion prints the title
# in its own <h1>. Sidebars, overlays and teasers are not here: page builders set the article's
# headline in a hero overlay or a product column named so ("site-hero__overlay", "sidebar__inner");
# nor is the newsletter family, whose words ("paywall", "abo", "subscription") also name the
# wrapper of a subscriber's article, headline and all.
HEADLINE_FURNITURE_FAMILIES = frozenset({"share", "navigation", "related", "most_read", "advertising",
                                         "consent", "comments", "tags", "legal", "rating", "republish", "author_box"})
# An element that marks the article and holds at least this many paragraphs of prose is the article
# whatever furniture its class words name (what stands beside it): an ad column, a docked share bar,
# a CSS variable of the navbar's height in a utility class (wcxb fit thespruceeats.com and
# treehugger.com "mntl-article--three-column sc-ad-container", digitalpreservation.no
# "min-h-[calc(100vh-var(--navbar-height))]"; traf-dev fit instyle.com
# "docked-sharebar-content-container"). A teaser card in an <article> holds one excerpt.
HEADLINE_ARTICLE_MIN_PARAGRAPHS = 3
# The page's only <h1> names the article unless more paragraphs of text than this stand
# before it (then it heads a promotion or a note after the text).
HEADLINE_MAX_PARAGRAPHS_ABOVE = 1
# An article's head (a date, a byline) stands within this many levels around its <h1>.
HEADLINE_HEAD_LEVELS = 2
# A date the head prints as text stands among the first lines under the headline (a byline, the
# date, a reading time) or right over it; lines further down are the text's or a listing's items'
# (wcxb fit ecovacs.com's date the first line under the <h1>, coffeekev.com's the second, after the
# author's name; emit.digital's the line over it; dlr.skift.com's items' "3 days ago" from the
# ninth line under its <h1> on).
HEADLINE_DATE_LINES_ABOVE = 2
HEADLINE_DATE_LINES_UNDER = 4
# Class words of a kicker set inside the headline element ("Chronik", "Immobilienkrise" over the
# title): not part of the headline. One per-language table of the kicker concept, the words each
# language's newsrooms name the line over the title by (inside fit-half traf-dev headings: "overline"
# on tagesspiegel.de and deutschlandfunk.de, "roofline" on finanzmarktwelt.de and bmz.de,
# "supertitle" on bundeskanzleramt.gv.at); a class is written in ASCII ("antetítulo" is
# "antetitulo", "nadtytuł" "nadtytul").
KICKER_WORDS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": ("kicker", "overline", "roofline", "topline", "supertitle", "pretitle", "eyebrow"),
    "de": ("dachzeile", "spitzmarke"),
    "fr": ("surtitre",),
    "es": ("antetitulo", "volanta"),
    "it": ("occhiello", "sopratitolo"),
    "pt": ("antetitulo", "chapeu"),
    "nl": ("bovenkop",),
    "pl": ("nadtytul",),
}
KICKER_WORDS = tuple(dict.fromkeys(word for words in KICKER_WORDS_BY_LANGUAGE.values() for word in words))
# A heading's first piece set apart over the rest (in small print, after a hidden separator, a
# label or a subtitle class: "<span class=label>News</span>", "<span class=article-subtitle>") is its
# kicker when it has at most this many words ("Coronavirus und andere Zoonosen"); traf-dev fit
# hss.de, tagesanzeiger.ch, mtb-news.de, villagersandheroes.com, wcxb-dev fit 0522, 0523, 3036.
HEADLINE_PIECE_KICKER_MAX_WORDS = 6
# The class words that name such a piece a label: a label or a subtitle, or the section the story is
# filed under, as each language names a section (a category, a rubric: a per-language table of that
# concept, written in ASCII).
SECTION_LABEL_WORDS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": ("category", "rubric"),
    "de": ("kategorie", "rubrik"),
    "fr": ("categorie", "rubrique"),
    "es": ("categoria", "rubrica"),
    "it": ("categoria", "rubrica"),
    "pt": ("categoria", "rubrica"),
    "nl": ("categorie", "rubriek"),
    "pl": ("kategoria", "rubryka"),
}
HEADLINE_PIECE_LABEL_WORDS = tuple(dict.fromkeys(("label", "subtitle") + tuple(
    word for words in SECTION_LABEL_WORDS_BY_LANGUAGE.values() for word in words)))
# A superscript of footnote marks in a heading ("Insurance<sup>*</sup>", "Financing<sup>‡*</sup>")
# points to the small print below: no word of the headline. Marks only: a trademark sign ("®",
# "™") is part of a name as printed, a degree sign alone or a bare digit a unit's ("m<sup>2</sup>").
# wcxb fit aura.com, ashleyfurniture.com; traf-dev fit kyffhaeuser-nachrichten.de.
FOOTNOTE_MARKS = re.compile(r"[*†‡§¶^#°\s]*[*†‡§¶^#][*†‡§¶^#°\s]*")
# An <h1> the page hides from the eye by a class, for screen readers and search engines: a
# screen-reader label (SCREEN_READER_NAMES: arstechnica.com's sr-only h1, oneplus.com's
# visuallyhidden one, homeenergy.pseg.com's h1 in a visually-hidden block over its shown h2) or a
# utility class that hides ("hidden" in Tailwind and Bootstrap 3, "d-none" in Bootstrap 4+, "hide"
# in Foundation): traf-dev fit ardmediathek.de (h1.hidden over the shown
# h3.headline), wcxb fit empower.com (h1.d-none beside its shown twin), tapatalk.com (h1.hide
# beside the shown one). A class that shows it again at a breakpoint ("md:block", "d-lg-block",
# "visible-md") keeps it shown. Such an <h1> is weighed only when no shown heading names the article.
HIDDEN_HEADING_CLASSES = frozenset({"hidden", "d-none", "hide"})
SHOWING_CLASS = re.compile(r":|^d-\w+-(?:block|flex|inline|inline-block|grid|table)$|^visible-")
# Class words of the site's logo set in a heading.
LOGO_TOKENS = frozenset({"logo", "site-name", "sitename", "site-title", "navbar-brand", "site-logo", "brand"})
# When no <h1> matches, a heading down to this level that shares at least this
# share of words with the title is the displayed headline (the title in <h2>
# under a logo <h1>); section headings share a word or two, not the title.
HEADLINE_OTHER_MAX_LEVEL = 3
# A heading that says word for word a title the page states of itself (a twitter:title, a CMS's
# `<meta name="title">`) other than the chosen one names the article (html/headline._stated) when
# that statement has at least this many words: a word or two ("Blog", "Our Services") is a section's
# name, which a page states and shows alike. Evidence: wcxb fit siliconangle.com (twitter:title in
# an <h3>), csrankings.org (<title> in the <h1>), traf-dev fit viehbacher.com (`<meta name="title">`).
HEADLINE_STATED_MIN_WORDS = 3
HEADLINE_OTHER_TITLE_MATCH = 0.8
# Failing that and the page's only <h1>, a heading that is the title less a label (its words
# all the title's, and at least this share of them) names the article.
HEADLINE_OTHER_HELD_MATCH = 0.5
# A page whose <h1>s are all furniture (the SEO title repeated as the last item of its breadcrumb
# trail) shows its headline in a lower heading its class or id names so ("headline", "maintitle"),
# whatever the <title> says: traf-dev fit watson.ch (h2.maintitle), rundschau-online.de
# (h2.dm_article_headline), stern.de (h2#mainTitle), jolie.de (h2.article__header__headline). Not
# on a page without an <h1>: landing pages (wcxb fit uk.glossier.com, airtable.com) mark a hero's
# slogan so.
HEADLINE_MARKED_TOKENS = frozenset({"headline", "maintitle", "main-title"})
# A class that displays an inline element as a block of its own (Tailwind "block", Bootstrap
# "d-block"): a span so marked inside a heading starts a line of its own, as a <br> does. Read by
# html/headline.run_on_subtitle: wcxb fit alternativeto.net ("The Best Notion Alternatives<span
# class="block text-[0.54em]">Top Note-taking Tools ...</span>").
LINE_BLOCK_CLASSES = frozenset({"block", "d-block"})
# A lower heading set right under the headline <h1> (beside it, only empty boxes between) is its
# subtitle, the page's dek, when it says at least this many words: traf-dev fit it-learner.de
# (h2.mh-subheading), internetchemie.info (div#titel's h2), elnuevodia.com, pcgamer.com,
# motorsport-total.com, sonnenenergie.de, lbv.de. A section heading follows a paragraph, or says
# a word or two ("Contents") or leads into what follows (":").
SUBTITLE_TAGS = frozenset({"h2", "h3"})
SUBTITLE_MIN_WORDS = 4
# The headline's box (its parent) that holds, past the headline and its byline or date, one
# paragraph of prose and no other, while the text goes on outside that box: the paragraph is the
# article's dek, set in its head (a header's intro under the byline, a "chapo" box under the
# heading). At most this many words: a longer paragraph is the text's own first one.
DEK_IN_HEAD_MAX_WORDS = 80
# The page's description (its meta description) shown again under the headline, before the
# text's first paragraph of prose, alone in its box, with prose after that box, is the dek
# (html/headline.py _described_dek): traf-dev fit energetyka24.com (div.news-short),
# topagrar.com, katholisch.at (div.modTeaser, a line with no full stop), bigdata.ypart.eu (a
# paper's subtitle line); wcxb fit learn.hms.harvard.edu (p.hero__summary), artmann.co; the same
# box is read as the dek already on wcxb fit tasteofhome.com, classcentral.com, arc.dev,
# docs.github.com, oneuptime.com. Looked for, and the text after it, among this many paragraphs
# after the headline (its byline, date and credit lines come first).
DESCRIBED_DEK_MAX_PARAGRAPHS = 8

# --- Favor precision or recall (Options.favor) -------------------------------------

# Precision raises the toll every block pays to join the run, so short blocks
# (link lines, labels, one-line teasers) at its edges stay out; recall lowers it
# so they come in with the prose around them. On the development pages (every
# 4th): precision P 0.883 R 0.888, balanced P 0.863 R 0.918, recall P 0.837 R 0.923.
FAVOR_BLOCK_TOLL = {"precision": 10.0, "balanced": REGION_BLOCK_TOLL, "recall": 0.0}
# Precision widens the run only into nearly link-free surroundings; recall
# always takes in the whole holding element (link lists, card grids and all).
FAVOR_WIDEN_MAX_LINK_SHARE = {"precision": 0.2, "balanced": REGION_WIDEN_MAX_LINK_SHARE, "recall": 1.0}

# The most short lines (a rating, a lender's notice) that may follow an author's biography closing
# the run, which opens with the author's full name (html/content._before_named_bio).
NAMED_BIO_MAX_LINES_AFTER = 2
