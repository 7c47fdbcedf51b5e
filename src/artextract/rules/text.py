"""What a line of page text means, judged from the text alone.

Used by the shared block classifier, so the same knowledge serves HTML blocks
and raw-text lines. Phrases are matched against a normalised line (lowercase,
single spaces, no surrounding punctuation).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .vocab import expand as vocab_expand
from .vocab import phrase_source as vocab_source
from .vocab import phrases as vocab_phrases
from .vocab import trie_source as vocab_trie
from .vocab.consent import CONSENT, SIGNUP_CONSENT, Consent

# --- Boilerplate ---------------------------------------------------------------

# Whole lines that are page furniture, never article text, besides the phrases
# of the per-language vocabulary (rules/vocab: share, comments, navigation ...,
# matched by artextract.vocabulary). Matched exactly after normalisation, so a
# sentence that merely contains one is safe. Each entry here is furniture on at
# least three development sites (benchmarks/rule_hits.py).
BOILERPLATE_LINES: frozenset[str] = frozenset(
    {
        # (labels of bylines, dates and tables of contents standing alone are the vocabulary's
        # byline_label, date_label and contents concepts, in every language)
        # buttons of shops and marketing pages
        "get started", "get started for free", "learn more", "know more", "shop now", "buy now", "apply now",
        "add to cart", "add to bag", "add to basket", "add to wishlist", "quick view", "compare",
        "start for free", "try for free", "try it free", "schedule a demo", "watch demo", "see pricing",
        "view pricing",
        # buttons of Q&A sites, wikis and forums
        "ask question", "improve this question", "improve this answer", "click to expand", "edit", "embed", "parent",
    }
)


class Gated(NamedTuple):
    """A furniture pattern that may begin anywhere in a line's first words ("... All rights reserved",
    "... we may earn a commission", "$130 Add to cart"): tried on every line, such patterns cost a third
    of all the matching, so each runs only on the lines holding one of its `words` (signals.py). No
    gate word holds an "i": IGNORECASE matches a dotless "ı" to it too."""

    pattern: str
    words: tuple[str, ...]


def _opener_source(phrase: str, space: str = " ") -> str:
    """A regex source for a vocabulary phrase that opens a line: "(a|b)" groups as alternatives, each
    space as `space`, and a trailing " …" as the name that follows ("klick, um über …": "Klick, um
    über Twitter zu teilen")."""
    return vocab_source(phrase.removesuffix(" …"), space) + (r" (?=\w)" if phrase.endswith(" …") else "")


def _concept_phrases(concept: str) -> set[str]:
    """The phrases of a vocabulary concept, in every language."""
    return {phrase for table in vocab_phrases(concept).values() for phrase in table}


def _escaped_alternation(table: dict[str, tuple[str, ...]]) -> str:
    """Every language's entries of a per-language table as one alternation of literals, the longest
    first, so that an entry is tried before a shorter one it begins with."""
    return "|".join(sorted({re.escape(entry) for entries in table.values() for entry in entries}, key=len, reverse=True))


def _openers(phrases, space: str = " ") -> str:
    """The phrases as one alternation of line openers (`_opener_source`), the longest first: a phrase
    is tried before a shorter one it begins with ("next post" before "next")."""
    return "|".join(sorted({_opener_source(phrase, space) for phrase in phrases}, key=len, reverse=True))


# A blog's sharing buttons print their labels as lines of raw text ("Click to share on Twitter (Opens in
# new window)"; WordPress's Jetpack in the reader's language: "Klick, um über Twitter zu teilen (Wird in
# neuem Fenster geöffnet)", fit half, traf-dev raw text: litradio.net, gizmeo.eu,
# insubordinant.wordpress.com). The phrases are the vocabulary's `share_prompt` concept, longest first.
SHARE_PROMPT = "^(?:" + _openers(_concept_phrases("share_prompt")) + r")\b.*$"


# A blog post's filing as WordPress themes print it under every post, in the site's language ("This entry
# was posted in News and tagged X. Bookmark the permalink.", "Dieser Eintrag wurde veröffentlicht in Inland
# von Mathias. Permanentlink."): the site's furniture, left in the raw text's last lines. Fit half, traf-dev
# raw text: denkanstoos.wordpress.com, gormulus.wordpress.com, beyssonmanagement.com, erfolg-magazin.de,
# hertha-blog.de. The openers are the vocabulary's `post_filed` concept, longest first.
POST_FILED = "^(?:" + _openers(_concept_phrases("post_filed")) + r").*$"


# A line of the site's taxonomy printed in the text: a label of the vocabulary's `tags` concept, a colon
# (or a trail's ">"), then a list of at least TAG_LINE_MIN_ITEMS short names split by commas ("Tags:
# circuit tester, pliers, multimeter", "Kategorien: Gesellschaft, Länder, und Sri Lanka.", "Mots-clés >
# Services publics, Transports", "Filed Under: Arts, Visual Art, ..."). Fit half, kept in the raw text:
# wcxb-dev fieldedge.com, goodreads.com, girleatworld.net; traf-dev observer.com, anchor.ch, france.attac.org.
TAG_LINE = re.compile("^(?:" + _openers(_concept_phrases("tags")) + r")\s*[:>]\s*(?P<items>\S.*)$", re.IGNORECASE)
TAG_LINE_MIN_ITEMS = 2
TAG_LINE_ITEM_MAX_WORDS = 4
# Longer lines are no tag line (a list of forty names is still shorter).
TAG_LINE_MAX_CHARS = 600
# The same label over one name, or over names the copy ran together with no comma ("Tags: Philosophy",
# "Schlagwörter: MDR", "Tags:Uncategorized", "Kategorien: Internet Software & Apps Tutorials"), is a tag
# line only when no paragraph of the text follows it: "Category: Linux" over a paragraph may be a
# heading's label. Fit half, kept in the raw text: traf-dev antary.de, bibliothek2null.de,
# dubisthalle.de; wcxb-dev collegeessayguy.com, mises.org (inscriptis). Of the 40 such lines of the
# fit half's renderings, none is the text's.
TAG_ROW_MAX_WORDS = 6
# ... and its names hold no sentence: no full stop, question or exclamation mark inside or at the end.
TAG_ROW_SENTENCE_MARK = re.compile(r"[.!?…。！？](?:\s|$)")


# A teaser's blurb cut short with its link's control glued on ("Auskunft über vergangenes Wetter… mehr •••",
# "Die Nation ist... mehr", "... Read more"): an excerpt of another page or of a review, never a sentence of
# the article's own. An ellipsis right after a word, then a control of the vocabulary's `controls` concept
# (any language) and at most a few marks to the line's end. Fit half, kept in the raw text: traf-dev
# zamg.ac.at (service cards under the text), interscenar.io (a recent-comments box); wcxb-dev
# regencychess.com (customer reviews cut short, both modes).
# (_CUT_OFF: a word, maybe a closing quote or bracket, then the ellipsis, in any of its spellings.)
_CUT_OFF = r"\w[\"'”“»«)]?\s?(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*"
CUT_TEASER = re.compile(_CUT_OFF + "(?:" + _openers(_concept_phrases("controls"), r"\s+") + r")\W{0,6}$", re.IGNORECASE)

# A teaser's blurb cut short, its sentence broken off by an ellipsis right after a word to the line's
# end ("... Camphouse keeps forecasts ...", "... a digital marketing strategy to […]"): the site
# cut another page's opening to a length. A run of cards whose every blurb is cut so closes a prose
# article with fewer cards than an uncut run needs (TEASER_CARDS_MIN_CUT_OFF, text/region.py).
CUT_BLURB = re.compile(_CUT_OFF + "$")

# A post's counters printed as lines of their own: a figure and the thing it counts ("12 comments",
# "1,693 views", "1.977 commentaires", "45 Antworten", "2.1k shares"). The line holds nothing else, so a
# count that opens the article's own sentence ("45 Antworten auf die Frage ...") is never one. Per language,
# the counted things (comments, replies, views, shares, likes, reads, reactions, discussions), singular
# and plural: the English-only forms left the German, French and Spanish counts and those with a
# thousands separator in the raw body, and "0 Diskussionen" won the raw headline. Fit half: traf-dev
# bigdata.ypart.eu ("0 Diskussionen"), gormulus.wordpress.com ("12 Antworten"); wcxb-dev stacyblackman.com
# ("1,693 views"), mtbr.com, woodworkingtalk.com, wallstreetoasis.com ("1 reply"); and in the fit raw copies
# traf-dev mesopinions.com ("1.977 commentaires"), antary.de, agrarheute.com, n-land.de ("3 Kommentare"),
# wcxb-dev afarmgirlskitchen.com, studiobinder.com, travelyesplease.com ("1.2k shares").
# French "lectures" is left out (English "12 lectures" is a course's content),
# as is "Ansichten" (a heading's word). The label before its figure stays the English pattern below it
# ("Comments (9)"): read with every noun and figure of these tables ("Kommentare 3", "Replies: 1.2k") it
# lowered a held raw body (measured, session 50).
COUNT_NOUNS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": ("comment", "comments", "reply", "replies", "view", "views", "share", "shares", "like", "likes", "read",
           "reads", "reaction", "reactions", "discussion", "discussions"),
    "de": ("kommentar", "kommentare", "antwort", "antworten", "aufruf", "aufrufe", "zugriffe", "mal gelesen",
           "mal geteilt", "reaktion", "reaktionen", "diskussion", "diskussionen"),
    "fr": ("commentaire", "commentaires", "réponse", "réponses", "vue", "vues", "visites", "partage", "partages",
           "j'aime", "j’aime", "réaction", "réactions", "discussion", "discussions"),
    "es": ("comentario", "comentarios", "respuesta", "respuestas", "vista", "vistas", "visita", "visitas",
           "me gusta", "lectura", "lecturas", "reacción", "reacciones", "discusión", "discusiones"),
    "it": ("commento", "commenti", "risposta", "risposte", "visualizzazione", "visualizzazioni", "visite",
           "condivisione", "condivisioni", "mi piace", "lettura", "letture", "reazione", "reazioni", "discussione",
           "discussioni"),
    "nl": ("reactie", "reacties", "antwoord", "antwoorden", "weergave", "weergaven", "keer bekeken", "keer gelezen",
           "keer gedeeld", "vind-ik-leuks", "discussie", "discussies"),
    "pt": ("comentário", "comentários", "resposta", "respostas", "visualização", "visualizações", "compartilhamento",
           "compartilhamentos", "partilha", "partilhas", "curtida", "curtidas", "leitura", "leituras", "reação",
           "reações", "discussão", "discussões"),
    "pl": ("komentarz", "komentarze", "komentarzy", "odpowiedź", "odpowiedzi", "wyświetlenie", "wyświetlenia",
           "wyświetleń", "odsłona", "odsłony", "odsłon", "udostępnienie", "udostępnienia", "udostępnień",
           "polubienie", "polubienia", "polubień", "reakcja", "reakcje", "reakcji", "dyskusja", "dyskusje", "dyskusji"),
}
# A counter's figure: digits with thousands separators ("1,693", "1.977", "12 400"), or a figure with a
# decimal and an abbreviated multiplier ("1.2k", "1,2 Tsd.", "3 mil", "2 mln").
_COUNT_FIGURE = r"(?:\d{1,3}(?:[.,' ’]\d{3})+|\d+(?:[.,]\d+)?(?:\s?(?:k|m|mio|mln|tsd|tys|mil)\.?)?)"
COUNT_LINE_SHAPE = r"^" + _COUNT_FIGURE + r"\s*(?:" + _escaped_alternation(COUNT_NOUNS_BY_LANGUAGE) + r")$"

# The word for "one" as a count opens a line ("One thought on", "Ein Gedanke zu", "Une réflexion sur"):
# WordPress and its themes head a post's comments with their count and the post's title in quotation
# marks, the singular with the word for one (COMMENTS_HEADING).
ONE_WORDS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": ("one",),
    "de": ("ein", "eine", "einen"),
    "fr": ("un", "une"),
    "es": ("un", "una", "uno"),
    "it": ("un", "una", "uno"),
    "nl": ("één", "een", "eén"),
    "pt": ("um", "uma"),
    "pl": ("jeden", "jedna", "jedno"),
}
_QUOTE_OPENS = "„“”\"«»‚‘"
_QUOTE_CLOSES = "“”\"»«‘’"
# Every quotation mark a quoted title may carry (a title that is itself a quotation keeps its own).
QUOTE_MARKS = _QUOTE_OPENS + _QUOTE_CLOSES
# A comment section's heading: a count, one to four words, and the post's title whole in quotation
# marks ("5 thoughts on “JSON parsing: simdjson vs. JSON for Modern C++”", "45 Gedanken zu „…“", "One
# thought on “FIFA 21 Game Settings”"); group `named` is the title. A shop's "2 reviews for “…”" names
# its product the same way. The quoted text printed as a line of its own elsewhere on the page is the
# page's title (classify/headline.py, _named_by_comments). Fit half, raw text: on every such heading
# whose quotation is another line of the page, that line was the title: wcxb-dev houseplanthouse.com,
# talkreal.org, learningrevolution.net; traf-dev lemire.me, gormulus.wordpress.com,
# insubordinant.wordpress.com, fifplay.com, youhadmeatgardening.com.
COMMENTS_HEADING = re.compile(
    r"^(?:" + _COUNT_FIGURE + r"|" + _escaped_alternation(ONE_WORDS_BY_LANGUAGE) + r")\s+"
    rf"(?:[^\s{_QUOTE_OPENS}]+\s+){{0,3}}[^\s{_QUOTE_OPENS}]+\s*[{_QUOTE_OPENS}]\s*(?P<named>.+?)\s*[{_QUOTE_CLOSES}]\s*$",
    re.IGNORECASE,
)

# Boilerplate recognised by its shape rather than its exact words. Lower case: lines are matched in
# their normalised form (and signals.py's prefilter reads the patterns case-sensitively).
# A forum or Q&A post's stamp ("answered Feb 3, 2012 at 10:51", "Asked 1 year, 7 months ago"): furniture
# of the post, and to the headline chooser (classify/headline.py, _dated_title_line) the date under its title.
POST_STAMP_SHAPE = r"^(asked|answered|edited|modified|commented|posted|last edited)(\s+(on|by))?\s.{0,40}\d.{0,25}$"
POST_STAMP = re.compile(POST_STAMP_SHAPE, re.IGNORECASE)
_BOILERPLATE_SHAPES: tuple[str | Gated, ...] = (
    # "2 min read", "5 minute read", "Reading time: 4 minutes", "3 mins"
    r"^(reading time:?\s*)?(about\s+)?(\d+\s*)?(-\s*\d+\s*)?(min|mins|minute|minutes)\.?(\s+(read|reading|to read|listen|read time))?$",
    r"^(estimated\s+)?(reading|read) time:?\s*\d+\s*(min|mins|minute|minutes)?\.?$",
    # a post's counters as lines of their own: "1,693 views", "45 Antworten" (COUNT_LINE_SHAPE)
    COUNT_LINE_SHAPE,
    r"^(comments?|shares?|views?)\s*[:(]?\s*\d+\)?$",
    # "Share on Facebook (opens in new window)"
    r"^share (this|on|via|to)\b.{0,40}$",
    # "Click to share on X (Opens in new window)", "Klick, um über Twitter zu teilen": a blog's sharing buttons
    # as they print their labels, in each language (the vocabulary's `share_prompt` concept)
    SHARE_PROMPT,
    # "This entry was posted in ...", "Dieser Eintrag wurde veröffentlicht in ...": a blog post's filing
    POST_FILED,
    r"^(opens|open) in (a )?new (window|tab)$",
    # cookie and consent prompts
    r"^(this|our) (web)?site uses cookies\b.*",
    r"^we (use|value) (cookies|your privacy)\b.*",
    r"^by (using|continuing to use|clicking)\b.{0,80}\b(cookies|agree|consent|terms)\b.*",
    # newsletter and subscription prompts
    r"^(sign up|subscribe|register)\b.{0,60}\b(newsletter|inbox|updates|email|free)\b.*$",
    r"^(get|receive) (our|the) .{0,40}(newsletter|in your inbox)\b.*$",
    r"^already (a subscriber|have an account|registered)\b.*$",
    r"^(subscribe|subscribers?) (to|for|only|now)\b.{0,60}$",
    # copyright and legal footers
    r"^(copyright|©|\(c\))\s*.{0,120}$",
    Gated(r"^.{0,80}\ball rights reserved\b.{0,40}$", ("reserved",)),
    # "Advertisement - scroll to continue", "AD"
    r"^advertisement\b.{0,40}$",
    # affiliate disclosures: "We may earn commission from links on this page ...", also after
    # a first short sentence ("HomeGear is reader-supported. When you buy ...")
    Gated(r"^([^.!?]{0,80}[.!?] )?(we|this (article|post|page|site|story|guide|content)|our (editors|writers|team)|products (are|were) (chosen|selected)|when you (buy|shop)|if you (buy|click|purchase|make a purchase)).{0,200}\b(earn|receive|get)\b.{0,40}\b(commissions?|compensation)\b.*$",
          ("comm", "compens")),
    r"^(this|the) (article|post|page|content|guide) (may )?contains? (affiliate|sponsored) links\b.*$",
    # "Follow us on Facebook", "Follow @handle"
    r"^follow (us|@\w+|\w+ on)\b.{0,40}$",
    # a forum post's figures and stamps: "Posts: 1,204", "Joined: Oct 2019", "1,992 2 gold badges 15
    # silver badges", "answered Feb 3, 2012 at 10:51"
    r"^(posts|messages|threads|reputation|points|likes|reactions?|karma|rep|solutions|age)\s*:?\s*[\d.,]+\s*[km]?$",
    r"^(joined|join date|registered|member since)\s*:?\s*.{0,25}$",
    r"^[\d.,k\s]+(gold|silver|bronze) badges?.*$",
    POST_STAMP_SHAPE,
    # a line of bare addresses (image and CDN links printed as text): nothing a reader reads
    r"^(https?://\S+\s*)+$",
    # a shop's account and stock prompts: "Sign in to add this item to your wishlist", "Out of stock"
    r"^(sign|log) in to (add|see|save|follow|view|write|rate|review|purchase|buy|reply|comment|post|vote|leave)\b.{0,80}$",
    r"^you (need|must|have) to (be (a member|logged in|signed in|registered)|log in|sign in|register)\b.{0,80}$",
    r"^(out of stock|in stock|sold out|currently unavailable|temporarily out of stock|back in stock soon)\b.{0,20}$",
    # "Read case study", "Read their story": links to customer stories
    r"^read (the |our |their |this )?(full )?(case study|success story|customer (story|study)|story)$",
    # the messages of a form builder's hidden states (Webflow, HubSpot)
    r"^(oops! )?something went wrong while submitting the form\b.{0,40}$",
    r"^thank you! your submission has been received!?$",
    # notes for browsers without JavaScript: "You need to enable JavaScript to run this app."
    r"^(you (need|have|must) to |please |kindly )?(enable|turn on|activate|allow) javascript\b.{0,120}$",
    r"^(this (site|page|app|application|website) )?(requires|needs) javascript\b.{0,120}$",
    r"^javascript (is )?(required|disabled|must be enabled|is not enabled)\b.{0,120}$",
    # "Contact us today!", "Contact us about your project", "$130 Add to cart", community sign-up prompts
    r"^contact us( today| now| about .{1,40})?!?$",
    Gated(r"^.{0,20}\badd to (cart|bag|basket)\b.{0,60}$", ("add to ",)),
    r"^(sign up|register) for (a|an) (new |free )?(account|demo)\b.{0,60}$",
    r"^(it looks like you're new here|create an account or sign in)\b.{0,80}$",
    # calls to action of marketing pages: "Book a demo", "Get a free quote", "Start your free trial"
    r"^(book|get|request|schedule|claim) (a|an|your|my) (free |personalized |personalised |custom )?(demo|quote|consultation|trial|call|audit|estimate)\b.{0,40}$",
    # ... and the same buttons without the article, as the whole line ("Request Demo", "Get Quote",
    # "Schedule Consultation", "Book Free Demo"): fit half, printed as lines of their own in the raw
    # copies of 8 sites (fieldedge.com, servicetitan.com, oneuptime.com, airtable.com, movebuddha.com,
    # forthea.com, employmentboost.com, greatdayimprovements.com) and kept as text on whova.com,
    # brighterly.com, movebuddha.com, forthea.com (both modes) and airtable.com (glued: "Book demoSign
    # in"); no fit WCXB truth holds such a line. Only the whole line: "Get quotes from three builders".
    r"^(book|get|request|schedule|claim) (free )?(demo|quote|consultation|trial|call|audit|estimate)$",
    r"^(start|try|begin) (your |a |my )?(\d+[- ]day )?free trial\b.{0,30}$",
    r"^(join|subscribe to) (our|the) (mailing list|email list|newsletter|community)\b.{0,40}$",
    r"^(talk|speak) to (an?|our) (expert|specialist|sales|advisor|team)\b.{0,40}$",
    # Blogger's share bar under each post: "Email This BlogThis! Share to X Share to Facebook ...", in the
    # blog's language ("Envoyer par e-mail BlogThis! Partager sur Twitter ...", "Diesen Post per E-Mail
    # versenden BlogThis! In Twitter freigeben ..."), glued into one word run by a browser's copy ("Email
    # ThisBlogThis!Share to X"). "BlogThis!" is the platform's own button, in every language. Fit half, raw
    # text: blog.engora.com (wcxb), chineselyrics4u.com, sibenlab.blogspot.com,
    # abookshelffullofsunshine.blogspot.com (traf-dev); kept as text on two of them.
    Gated(r"^.{0,60}blogthis!.{0,160}$", ("blogthis!",)),
    # "Photo gallery (12 images)", "1 of 12"
    r"^\d+\s*(/|of)\s*\d+$",
    r"^(image|photo|picture|slide)\s+\d+\s*(/|of)\s*\d+$",
)
BOILERPLATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(shape.pattern if isinstance(shape, Gated) else shape, re.IGNORECASE) for shape in _BOILERPLATE_SHAPES
)
# {index in BOILERPLATE_PATTERNS: the words a line must hold for that pattern to be tried}
BOILERPLATE_GATES: dict[int, tuple[str, ...]] = {
    index: shape.words for index, shape in enumerate(_BOILERPLATE_SHAPES) if isinstance(shape, Gated)
}

# Pattern matching is for lines up to this long: furniture sentences are short.
BOILERPLATE_PATTERN_MAX_CHARS = 320

# A browser's copy glues inline controls printed side by side into one line when no space stands between
# them ("Share onFacebook", "Quick viewCompare", "Get startedLearn more"): each piece is a furniture phrase,
# the glued line none. Such a line is cut at its seams of a lower-case letter followed by a capital and is
# furniture when every piece is (signals.glued_furniture_reason; the kept text is never cut). Fit half, raw
# text: ncsc.gov.uk's share bar (chromium), thebushcompanyusa.com's product cards (both copies),
# digitalocean.com's calls to action (inscriptis). Lines with more seams than this are not asked (a
# share bar of a few controls has few; camel-case code has many, and each extra seam doubles the cuts).
GLUED_FURNITURE_MAX_SEAMS = 4

# The bars XenForo prints under each post of a thread, as lines of a raw copy: the edit stamp with a colon
# ("Last edited: Jul 9, 2022"; the stamp without one is POST_STAMP's) and the bar naming who reacted to the
# post ("Reactions: unixfool and felixen", "Reactions: COC, jrfsp, jxv and 1 other person": names of one
# or two words split by commas and "and", so that a sentence after the label is no bar). Fit half, wcxb raw
# copies: the stamp kept as text on 9 forums (forums.macrumors.com, physicsforums.com, cameraderie.org,
# forums.mikeholt.com, forums.studentdoctor.net, australianfrequentflyer.com.au, spigotmc.org,
# thefightingcock.co.uk, forum.nationstates.net; 43 lines), the bar on 6 (forums.macrumors.com,
# cameraderie.org, forums.studentdoctor.net, forums.tomshardware.com, australianfrequentflyer.com.au,
# woodworkingtalk.com; 114 lines); no fit truth holds either. Read by the raw region only
# (text/region._post_bars): the HTML mode drops the bar by its class (vocabulary `member_box`), and made a
# furniture pattern for both modes, the stamp's removal lowered HTML bodies on both halves (fit 3 up 5 down,
# held 2 up 4 down: its date's words stand elsewhere in the truth) while the raw bodies rose.
FORUM_POST_BAR = re.compile(
    r"^(?:last edited\s*:\s*.{0,40}\d.{0,25}"
    r"|reactions?\s*:\s*[^\s,:]+(?: [^\s,:]+)?(?:(?:, | and )[^\s,:]+(?: [^\s,:]+)?){0,8}"
    r"(?: and [\d,]+ (?:others?|other (?:person|people)))?)$",
    re.IGNORECASE,
)
# What such a line opens with before it is normalised (signals.normalise: edge punctuation and spaces), asked
# first: the region asks every line of the run, and normalising each cost a text of 50,000 short lines 0.085 s.
FORUM_POST_BAR_OPENING = re.compile(r"[\W_]*(?:last|reaction)", re.IGNORECASE)

# A reply's subject line in a thread, the topic's title behind "Re:" ("Re: Guaranteed jobs? (Score:2)",
# "Re: (Score:3)", "Re: How to mount a shared folder"): phpBB and Slashdot print one over every reply, and a
# browser's copy keeps them as lines. Fit half, wcxb raw copies: kept as text on 5 sites
# (developers.slashdot.org, linux.slashdot.org, forums.raspberrypi.com, forums.virtualbox.org, nairaland.com;
# 264 lines in the two copies), in no fit truth. Only where the run holds at least FORUM_REPLY_SUBJECT_MIN_LINES
# of them (a thread of replies): a single "Re:" line may be a mail's subject, the page's title.
FORUM_REPLY_SUBJECT = re.compile(r"^(?:[o*•-] )?re ?:.{0,160}$", re.IGNORECASE)
FORUM_REPLY_SUBJECT_MIN_LINES = 2
FORUM_REPLY_SUBJECT_OPENING = re.compile(r"[\W_]*(?:[o*•-]\s+)?re\s*:", re.IGNORECASE)  # (as FORUM_POST_BAR_OPENING)

# --- Bullets -------------------------------------------------------------------

# Marks that open a list item in copied text: the typographic bullets, ASCII
# stand-ins, arrows and check marks, and numbered/lettered items.
BULLET = re.compile(
    r"^(?P<mark>[\u2022\u00b7\u2023\u2043\u2219\u25aa\u25ab\u25cf\u25cb\u25e6\u25a0\u25a1\u25b8\u25ba\u25b6\u27a4\u27a2\u2794\u2192\u2713\u2714\u2705\u2611\u2612\u2717\u2718\u25c6\u25c7\u2605\u2606\u2666*+\-\u2013\u2014>]"
    r"|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)](?=\s))\s+(?P<text>\S.*)$"
)

# inscriptis marks the third level of nested list items with "o" (after "*" and "+"): a
# bullet only in a run of such lines (text/lines.py; on 304 of the 1,358 wcxb-dev renderings).
LETTER_BULLET = "o "

# Dashes as bullets are ambiguous with credits ("— Jane Doe/AFP") and dialogue;
# only these marks count as bullets when a single line stands alone.
UNAMBIGUOUS_BULLETS = frozenset("\u2022\u00b7\u2023\u2043\u2219\u25aa\u25ab\u25cf\u25cb\u25e6\u25a0\u25a1\u25b8\u25ba\u25b6\u27a4\u27a2\u2794\u2192\u2713\u2714\u2705\u2611\u25c6\u25c7\u2605\u2606\u2666*")

# --- Captions and credits ------------------------------------------------------

# Labels that introduce a photo credit; the credited source follows them. Per language, the
# second line: "Photographer:", "Screenshot:", de "Bildquelle:"/"Bildnachweis:"/"Fotonachweis:"/
# "Grafik:", nl "Beeld:" (fit-half dev pages on finanzmarktwelt.de, sonnenenergie.de, utopia.de,
# theverge.com: the credit stayed in the caption's text). The third line: the word for "picture"
# or "photographer" where no label above says it: fi "Kuva:"/"Kuvat:"/"Kuvaaja:" (a traf-dev fit
# page: the credit stayed in the caption's text), da "Billede:", no "Bilde:", it "Immagine:",
# pt "Imagem:", hu "Fotó:"/"Kép:", tr "Fotoğraf:", ru "Фото:" (de/nl/sv/cs/pl/es/fr/it/pt
# "Foto"/"Bild"/"Fot." are above). "Fotografia" (it/pt/pl) with the Spanish accent too: "Fotografía: EFE"
# was no credit at all.
CREDIT_LABELS = (
    r"(?:image|photo) source|photo(?:graph)?s?|photo credit|image(?:s)?|image credit|picture|pic|credit(?:s)?|source|"
    r"photographer|screenshots?|bildquelle|bildnachweis|fotonachweis|fotograf|grafik|beeld|"
    r"kuva(?:t|aja)?|billede|bilde|immagine|imagem|fotó|kép|fotoğraf|фото|"
    r"illustration|graphic|video|foto(?:s)?|fot\.|fotograf[ií]a|bild|quelle|crédit(?:s)?|"
    r"photographie|imagen|créditos?|zdjęcie|źródło|courtesy(?: of)?|"
    r"crédits? photos?"  # fr: the label's French order, "Crédit photo :" (left "... Crédit" on the caption)
)
# The word for the picture a credit opens with, per language (rules/vocab, concept "picture_credit"):
# "Foto", "Photo", "Bild", "Imagen", and the compounds that label the kind of picture before a colon
# (de "Symbolbild:", "Archivfoto:", "Beitragsbild:"; the same "archive photo" in other languages).
# As a label before a colon they join CREDIT_LABELS: "Symbolbild: dpa" stayed the caption's text, credit
# none ("Symbolgrafik:" as the text of a figure on juraforum.de, "Archivfoto: ON" on osthessen-news.de,
# "Beitragsbild: ..." on erfolg-magazin.de and 1000things.at: traf-dev fit pages). Longest first.
CREDIT_PICTURE_WORDS = _escaped_alternation(vocab_phrases("picture_credit"))
CREDIT_LABELS = CREDIT_LABELS + "|" + CREDIT_PICTURE_WORDS
# The label of a post's lead picture (its "featured image", shown over the headline or in the
# site's cards), per language: en "Featured image (credit):", "Header image:", "Hero image:", de
# "Beitragsbild:"/"Titelbild:"/"Aufmacherbild:"/"Headerbild:", fr "Image à la une :", es/pt
# "Imagen/Imagem destacada:", it "Immagine in evidenza:", nl "Uitgelichte afbeelding:", pl "Zdjęcie
# główne:". Its credit is printed apart from its picture, at the text's end or between its
# paragraphs: a credit with no description, which takes no line beside it for its caption (raw
# text, text/lines.pair_captions). Fit half: "Beitragsbild: Stefan Mang" under the last paragraph
# (erfolg-magazin.de) and "Beitragsbild:" over its credit (1000things.at), traf-dev; "Featured Image
# Credit: Upgraded Points" (upgradedpoints.com, the credit left "Featured" for its caption) and
# "Featured image from Sakara" (thegoodtrade.com), wcxb; "Beitragsbild via Unsplash." (fogsmagazin.com).
LEAD_PICTURE_WORDS = (
    r"(?:featured|header|hero) image(?: credits?)?|beitragsbild|titelbild|aufmacherbild|headerbild|"
    r"image (?:à la une|de une)|imagen destacada|imagem destacada|immagine in evidenza|uitgelichte afbeelding|zdjęcie główne"
)
CREDIT_LABELS = LEAD_PICTURE_WORDS + "|" + CREDIT_LABELS
LEAD_PICTURE_CREDIT_LINE = re.compile(rf"^[\s(\[]*(?:{LEAD_PICTURE_WORDS})\s*:", re.IGNORECASE)

# A line opening with the label of a source, per language (en/fr source, de Quelle, pl źródło, es
# fuente, it/pt fonte, nl bron, cs zdroj, sv källa, da/no kilde): under a picture it is the
# picture's credit, under a paragraph the text's source ("Quelle: Landesregierung", a traf-dev
# `without` snippet; "Source: Vortex Github" under a list), which is no caption (html/figures.py).
TEXT_SOURCE_LINE = re.compile(r"^[\s(\[]*(?:source|quelle|źródło|fuente|fonte|bron|zdroj|källa|kilde)\s*:", re.IGNORECASE)

# The words that say a picture was lent by its source, per language (rules/vocab, concept
# "courtesy_credit": en "courtesy (of)", es "cortesía (de)", de "mit freundlicher Genehmigung (von)",
# fr "avec l'aimable autorisation de" ...), longest first, any white space between their words.
CREDIT_COURTESY_WORDS = "|".join(
    r"\s+".join(map(re.escape, phrase.split()))
    for phrase in sorted({phrase for table in vocab_phrases("courtesy_credit").values() for phrase in table}, key=len, reverse=True))
# "Courtesy of" after a label ("Image: Courtesy of Jane Doe") says how the picture
# came, not who made it: the credit is the source after it.
CREDIT_COURTESY = re.compile(rf"^(?:{CREDIT_COURTESY_WORDS})(?:\s*[/\u2013\u2014-]\s*|\s+)(?=\S)", re.IGNORECASE)

# Abbreviated labels whose full stop already separates them from the source
# ("Fot. Jan Kowalski/PAP" in Polish papers, "Phot. AFP" in French ones).
ABBREVIATED_CREDIT_LABELS = r"fot\.|phot\."

# The label that opens a credit the markup marks ("Image Credit: ", "Foto: ", "Photo by ",
# "© "), dropped from it: the credit is the source alone (captions.py).
CREDIT_LABEL_START = re.compile(
    rf"^(?:(?:{CREDIT_LABELS})\s*(?::|by\b)|{ABBREVIATED_CREDIT_LABELS}|©|\(c\)|copyright\b)\s*", re.IGNORECASE
)
# The byline word a credit the markup marks opens with, "Photo by" less its picture word ("<span
# class=credit>By U.S. Customs and Border Protection</span>", Wikimedia's "By Jane Doe (Own work)
# [CC BY-SA]": traf-dev fit pages on viconsortium.com and vinosytapas.de), dropped from it as the label
# is (captions.clean_credit), per language: en by, fr par, es/pt por, nl door, sv/no av, da af (the
# single-word byline labels of rules/vocab). Not de "von", it "di"/"da": they open surnames too.
CREDIT_BYLINE_START = re.compile(r"^(?:by|par|por|door|av|af)\s+(?=\S)", re.IGNORECASE)
# A credit the markup marks is a source of a few words: a longer text in a "credit" element
# is the description (themes style whole captions with credit classes).
CREDIT_MARKED_MAX_WORDS = 12
# The copyright sign typed as "(c)": it stands apart, with no word or bracket glued before it and
# no bracket after it. Glued, it is code or law: "SELECT a, b, max(c) FROM tab1" (sqlite.org, the
# query left the body as a picture's credit), "a tax-exempt 501(c)(3) nonprofit" (mises.org,
# levinemusic.org, scripps.org, forums.studentdoctor.net; wcxb fit pages, raw text, both renderings).
COPYRIGHT_C = r"(?<![\w)\]])\(c\)(?!\()"
# A credit label left at the end of a description once its marked credit is cut off ("... ©", "... Foto:").
CREDIT_LABEL_END = re.compile(rf"(?:\b(?:{CREDIT_LABELS}) ?:|©|{COPYRIGHT_C})$", re.IGNORECASE)
# A figure's piece that is credit labels alone ("Foto:", "Bild", "©"): the next piece is the credit.
# And what is left of a description once its credit is cut off, when it was only the credit's labels
# ("Crédits photos : X" -> "Crédits", "(Image: X)" -> "(Image:", "© Foto: X" -> "©"; dev pages
# on gala.fr, pcgamer.com, motor.at, vogelwarte.ch): no description.
CREDIT_LABELS_ONLY = re.compile(rf"^[\s(\[]*(?:(?:{CREDIT_LABELS}|©|\(c\)|copyright)[\s:/|•·,.-]*)+$", re.IGNORECASE)
# A figure whose only piece reads as a source, every word capitalised (CREDIT_SOURCE), is a credit with no
# description when its shape says "credit" too: an agency after a slash ("Amr Dalsh / Reuters",
# "Tanja Ivanova//Getty Images"), "via" ("AFP via Getty Images"), or an all-capitals
# "NAME FOR PUBLICATION" (dev pages on theatlantic.com, prevention.com, tasteofhome.com).
# A name alone ("Liam Williams") is as often the person pictured: it stays the description.
CREDIT_ALONE_SHAPE = re.compile(r"\S ?/{1,2} ?[A-Z]|\bvia [A-Z]|^[^a-z]+ FOR [^a-z]+$")
# A player's label, not a credit: "Play Video: <title>", "Im Video: <title>" (a hidden play
# button, a line over a video; fit-half dev pages on freedoniagroup.com, gofeminin.de,
# domradio.de): a "video" label straight after a word or two names what plays, not who made it.
# So is one opening the text before a title of at least CREDIT_PLAYER_TITLE_MIN_WORDS words
# ("VIDEO: Breast Cancer Symptoms That Aren't Lumps", a traf-dev fit page): a source is a name or
# two ("Video: Reuters", "Video: Jane Doe/AFP").
CREDIT_PLAYER_LABEL = re.compile(r"^\s*videos?\s*:", re.IGNORECASE)
CREDIT_PLAYER_MAX_WORDS = 2
CREDIT_PLAYER_TITLE_MIN_WORDS = 5
# ... but not a source glued by a slash to the names of the makers, in small letters as some sites
# print them ("Video: watson/oliver baroni, emily engkent, linda beciri", traf-dev fit watson.ch,
# both renderings): a title does not open with a word glued to a slash; the credit is the source.
CREDIT_PLAYER_SOURCE_OPENS = re.compile(r"^[\w.&'’-]+/[^\W\d_]")
# An unlabelled credit after a dash or a full stop ("... the harbour. — Jane Doe/AFP", "... of
# downtown. Jane Doe/Houston Parks Board") needs a description of at least this many words
# before it, numbers not counted: a single token there is a line-up's position ("CM2 -
# Bentancur/Sarr", a wcxb fit page's football line-up read as captions), a section's number
# ("3.1. Raw Request/Response Capture", "3.4 D. Gueridon / Tableside Service") or an
# abbreviation ("St. Lucia / XCD", a currency list), not a caption (wcxb fit pages on
# blog.codefarm.me, restroworks.com and a currency table; both renderings and the HTML mode).
CREDIT_DASH_MIN_WORDS = 2
CREDIT_DESCRIPTION_NUMBER = re.compile(r"\d+")
# A caption that opens with its figure's number ("Figure 1. Enrollment flow diagram.",
# "Abbildung 2: ...", "Fig. 3 – ..."), per language: en figure/fig., de Abbildung/Abb.,
# fr figure, es/it/pt figura, nl figuur/afbeelding, pl rysunek/rys., ja 図, zh 图. The number
# and a separator must follow ("Figure 3 shows ..." is prose). Fit-half dev pages on
# mongodb.com, git-scm.com, mhealth.jmir.org, slf.ch; dev page 0455.
# With no number, a colon right after a word that names a figure, not a photo, still opens its
# caption in raw text ("Abbildung: Vergleich auf dem Aletschgletscher ...", gipfelbuch.ch, traf-dev
# fit): en figure, de Abbildung/Abb., fr/es/it/pt figure/figura, nl figuur/afbeelding/afb., pl
# rysunek/rys., sv/da/no figur. Photo words ("Bild:", "Foto:", "Grafik:") label credits instead
# (CREDIT_LABELS) and stay out.
FIGURE_LABEL_WORDS = r"figure|fig\.|abbildung|abb\.|figura|figuur|afbeelding|afb\.|rysunek|rys\.|figur"
FIGURE_NUMBER_LABEL = re.compile(
    rf"^(?:(?:{FIGURE_LABEL_WORDS}|図|图)\s*\d{{1,3}}[a-z]?\s*[.:|–—-]|(?:{FIGURE_LABEL_WORDS})\s*:)\s*\S",
    re.IGNORECASE,
)
FIGURE_CAPTION_MAX_WORDS = 60
# A Creative Commons licence at the end of a caption or credit, with its label in any language
# ("| Lizenz: CC BY 4.0", "(CC BY 2.0)", "CC-BY-SA 3.0"; the label's English, German, Spanish,
# French, Portuguese, Italian, Dutch and Polish words): the licence, not the source; cut before
# the credit is looked for. Fit-half traf-dev globalvoices.org, islamische-zeitung.de, steinhau.com, uepo.de.
CREDIT_CC_LICENCE_END = re.compile(
    r"(?<![\s,;|/(\[–-])[\s,;|/(\[–-]*(?:(?:licen[cs]e|lizenz|licen[cçs]i?a|licenza|licentie|licencja)\s*:?\s*)?"
    r"\bCC(?:[ -]?(?:BY|0)\b)[\w .-]{0,16}[)\]]?$", re.IGNORECASE)
CREDIT_CC_LICENCE_MAX_CHARS = 48  # a label, the code, its version and brackets
# A licence note after a credit ("Jane Doe via Flickr (license)", "[CC BY-SA 4.0]"): not the source.
CREDIT_LICENCE_NOTE = re.compile(r"[(\[](?:licen[cs]e|cc[ -][\w .-]{1,20}|public domain)[)\]] ?$", re.IGNORECASE)

# Credits written at the end of a caption. Each pattern captures the credited
# source alone in the group "credit"; the caption text is what precedes it.
# A run of spaces is entered only at its first space ("(?<!\s)"): a search
# started inside the run would rescan it from every space (quadratic on long
# runs, tests/test_attack.py); the leftmost match is the same.
CREDIT_SUFFIXES: tuple[re.Pattern[str], ...] = (
    # "... met in Washington. (INA)", "(AP Photo/Jane Doe)", "(Photo: Reuters)", "... (Foto: U. Tischhauser)."
    re.compile(
        rf"(?:(?<!\s)\s+)?\((?P<label>(?:{CREDIT_LABELS})\s*(?::|by)\s*)?(?P<credit>[A-Z0-9][^()]{{0,60}}?|[\w.-]{{1,30}} ?/ ?[\w. ]{{1,30}})\)\.?\s*$",
        re.IGNORECASE,
    ),
    # "... the summit. Photo: Reuters", "Credit: AP", "Foto: dpa", "Photo by Jane Doe/Getty"
    re.compile(
        rf"(?:^|(?<=[.|,;!?])\s*|(?<!\s)\s+)(?:(?:{CREDIT_LABELS})\s*(?::|by\b)|{ABBREVIATED_CREDIT_LABELS})\s*(?P<credit>[^:]{{1,80}}?)\s*\.?$",
        re.IGNORECASE,
    ),
    # "... © Getty Images", "(c) 2024 Jane Doe", ". (c) proplanta"; a "(c)" after a word and before
    # a lower-case one is a list's third item in prose ("certified (a), (b) or (c) and I have not
    # modified it", a wcxb fit page's licence text read as a caption), not a copyright sign.
    # The word "copyright" says whose only where a line or a sentence opens with it, and not as
    # the first part of a compound or as a menu's entry: "... Cookies Data Copyright Terms &
    # Conditions", "Bekanntmachung - Copyright - Wegweiser", "1,419 Copyright-Free Illustrations"
    # (fit-half raw text of topuniversities, a forumieren.com forum, cathyhorvathbuchanan).
    # A "(c)" glued to a word or a bracket is no copyright sign (COPYRIGHT_C).
    re.compile(rf"(?:(?<!\s)\s+)?(?:©|(?<![\w,]\s){COPYRIGHT_C}|{COPYRIGHT_C}(?=\s*(?-i:[A-Z0-9]))|(?<![\w-]\s)(?<![\w-])copyright\b(?!\s*[-\u2013\u2014]))"
               r"\s*(?P<credit>[^©]{1,80}?)\s*\.?$",
               re.IGNORECASE),
    # "... Wild Strawberries, (1761). Courtesy Louvre", "... del PLN. Cortesía/La República.", "... Bronze and gold.
    # Courtesy Giuseppe Penone and Serpentine.": after the caption's last sentence, the words that say the picture was
    # lent (CREDIT_COURTESY_WORDS, capitalised) open the credit, then a space, a slash or a dash (tried before the
    # unlabelled dash and slash shapes below, which would keep the words with the credit or the caption). Unlabelled, so the
    # source must be capitalised words (signals._plausible_credit) after a described caption. The credit stayed in the
    # caption's text or the caption in the body on observer.com and larepublica.net (traf-dev fit pages, raw text)
    # and artlyst.com (a wcxb fit page, the HTML mode and raw text).
    re.compile(
        rf"(?<=[.!?])\s+(?=(?-i:[A-Z]))(?:{CREDIT_COURTESY_WORDS})(?:\s*[/\u2013\u2014-]\s*|\s+)"
        r"(?P<credit>[^:|]{1,60}?)\s*\.?$",
        re.IGNORECASE,
    ),
    # "... the harbour. — Jane Doe/AFP", "- Reuters/File Photo". In these two unlabelled shapes the slash
    # parts a source from a source, never a digit from a digit: that is a date or a fraction ("... sale.
    # Ends 3/20.", "Pages 23-86 - DZUS 1/4-Turn Fasteners": a promotion's deadline and a catalogue's
    # section read as credits on wcxb fit legalzoom.com and austinhardware.com, raw text, both renderings).
    re.compile(r"(?<!\s)\s+[\u2014\u2013-]{1,2}\s*(?P<credit>[A-Z][\w.' -]{0,40}(?:(?<!\d)/|/(?!\d))[\w.' /-]{1,40})\s*$"),
    # "... the harbour. Jane Doe/Getty Images" (agency after a slash, no label); a collection's
    # "+" in the agency part ("Aja Koska/E+ via Getty Images": Getty's E+, a wcxb fit page's credit left in the text)
    re.compile(r"(?<=[.!?])\s+(?P<credit>[A-Z][\w.' -]{1,40}(?:(?<!\d)/|/(?!\d))(?:[\w.'+ -]{1,30}))\s*$"),
    # "... Datacenter. Foto Sergey Rraikin via Unsplash", "... sprachen. Bild Paul Muster", "... rise. Photo via
    # Evert Tennis Academy", "... background. Photograph courtesy of Refugia.", "... room. Photo | TDW Media": after
    # the caption's last sentence, the word for the picture (CREDIT_PICTURE_WORDS, capitalised) opens the credit
    # with no colon: a space, "via", "courtesy of" or a bar. Unlabelled, so the source must be capitalised words
    # (signals._plausible_credit) after a described caption. The credit stayed in the caption's text on
    # techfieber.de, volksstimme.ch, greenhousestudio.co, gardenista.com and a tennis academy's page
    # (traf-dev and wcxb fit pages).
    re.compile(
        rf"(?<=[.!?])\s+(?=(?-i:[A-Z]))(?:{CREDIT_PICTURE_WORDS})(?:\s+(?:via|courtesy(?:\s+of)?)|\s+\|)?\s+"
        r"(?P<credit>[^:|]{1,60}?)\s*\.?$",
        re.IGNORECASE,
    ),
)
# Japanese, Korean and Chinese credits: the picture's word of their tables (rules/vocab ja, ko, zh, concept
# "picture_credit"), then a full-width colon, "＝"/"=" or (Chinese) a slash, then the source, in brackets or
# after the caption's last sentence, with no space before them: "岸田首相（写真：共同）", "…の様子。写真：ロイター",
# "시민들 (사진=연합뉴스)", "시민들. /사진=뉴시스", "游客。图/新华社", "（图片来源：视觉中国）". The label may not
# end a longer word ("地图/导航": "map/navigation"): before it only the text's start, a space, punctuation
# or a bracket. Its label says "credit", so the source needs no capital (signals.split_credit); a line that
# is the credit alone is one too. A source is a name or two: at most 20 characters and no comma, so that
# "图：北京市民在广场观看升旗仪式，现场人山人海" ("Picture: <what it shows>") stays a description.
# Tried last: the patterns above read these labels only before an ASCII colon. No development page
# is in these languages: the shapes are the papers' house styles.
UNSPACED_CREDIT_LANGUAGES = ("ja", "ko", "zh")
CREDIT_UNSPACED_WORDS = "|".join(sorted(
    {re.escape(word) for language, table in vocab_phrases("picture_credit").items()
     if language in UNSPACED_CREDIT_LANGUAGES for word in table}, key=len, reverse=True))
CREDIT_UNSPACED = re.compile(
    r"(?<!\s)\s*[/／]?[（(【\[]?(?<![^\s\u3000。．.!?！？、，,）)」』】\]/／（(【\[])"
    rf"(?:{CREDIT_UNSPACED_WORDS})\s*[：:＝=／/]\s*"
    r"(?P<credit>[^（）()【】\[\]：:＝=。，、\n]{1,20}?)\s*[）)】\]]?\s*[。.]?\s*$"
)
CREDIT_SUFFIXES = CREDIT_SUFFIXES + (CREDIT_UNSPACED,)
CREDIT_UNSPACED_INDEX = len(CREDIT_SUFFIXES) - 1
# What CREDIT_UNSPACED needs in a text before it is searched (signals._credit_searches): one of its
# words before one of its separators. Searched for that alone, with no context, it skips at once to
# the text's ideographs or hangul; the whole pattern would be tried at every character of every
# caption-sized block holding a colon or a slash.
CREDIT_UNSPACED_WORD = re.compile(rf"(?:{CREDIT_UNSPACED_WORDS})\s*[：:＝=／/]")
# Whether a text can hold the picture's word where the last pattern above reads it: after a sentence's
# end, before white space (signals._credit_searches). Anchored on the stop: searched for the word alone,
# every alternative was tried at every character of every block's tail (2 ms a page on traf-dev, 10% of
# the HTML path).
CREDIT_PICTURE_WORD = re.compile(rf"[.!?]\s+(?:{CREDIT_PICTURE_WORDS})\s", re.IGNORECASE)
# ... and the words that say the picture was lent, where the courtesy pattern above reads them.
CREDIT_COURTESY_WORD = re.compile(rf"[.!?]\s+(?:{CREDIT_COURTESY_WORDS})[\s/\u2013\u2014-]", re.IGNORECASE)

# A caption is a sentence or three; credits are only looked for in blocks up
# to this long (longer ones are paragraphs, and scanning them costs time).
CAPTION_MAX_CHARS = 1000
# In raw text a caption and its credit often stand on two lines; the caption
# line is a sentence of this many words (text/lines.py, pair_captions).
CAPTION_LINE_MIN_WORDS = 3
CAPTION_LINE_MAX_WORDS = 60
# Beside a credit line, the caption is the line above it (caption, then credit, the usual
# order) when it has at most CAPTION_LINE_BEFORE_MAX_WORDS words, else the line below when it
# has at most CAPTION_UNDER_CREDIT_MAX_WORDS (the credit printed first, over its caption). A
# longer line is a paragraph of the text and the credit's figure has no description ("Foto:
# X" between two paragraphs). Fit half, raw-text captions against the HTML mode's (wcxb
# articles and traf-dev, inscriptis), and fields dev: a paragraph of up to 60 words was
# taken as the caption above or below; at 30/20, dev captions F1 .550 -> .617 (chromium),
# .570 -> .636 (inscriptis); 25 scores the same, 40-50 lower. (Dev page 0456: a credit alone
# between a 40-word lead and a 29-word paragraph belongs to neither.)
CAPTION_LINE_BEFORE_MAX_WORDS = 30
# ... and of at most this many sentences. Fit half (as above): captions against the HTML mode's,
# traf-dev F1 .492 -> .500, wcxb unchanged; fields dev unchanged (2 lowers it: .617 -> .604).
CAPTION_LINE_MAX_SENTENCES = 2
CAPTION_UNDER_CREDIT_MAX_WORDS = 20
# A caption and its credit printed together, no blank line between, in a copy that sets paragraphs
# apart by blank lines (text/lines.py, _grouped_caption): the line opening the group is the caption
# up to CAPTION_LINE_MAX_WORDS words and this many sentences (a long description of the picture);
# a credit line with a blank line above and none below takes the line under it. Fit half, raw
# captions against the HTML mode's on traf-dev: pferderevue.at (2, chromium and inscriptis),
# vogelwarte.ch (a three-sentence description), lbv.de (the credit over its caption, chromium).
CAPTION_GROUPED_MAX_SENTENCES = 3
# A gallery prints its pictures' descriptions and credits in turn, a line each (text/lines.py,
# _gallery_credits): at least this many credit lines, each two lines under the last. A credit of a
# shape that names an agency there ("AFP via Getty Images", "Reuters") that finds no caption by the
# rules above takes the line above it, up to CAPTION_LINE_MAX_WORDS words and two sentences, with
# or without a sentence's end (a gallery's descriptions often have none). Fit half, traf-dev both
# renderings: such runs on standard.co.uk, gitarrebass.de, ekd.de, fischerhuette.hejfish.com,
# wien.orf.at, piratenpartei-marburg.de, osthessen-news.de; the others' credits are labelled or
# paired already, so only standard.co.uk's gallery (inscriptis, 18 captions the HTML mode gives) changed.
GALLERY_MIN_CREDITS = 3
# A listing's teaser cards print each picture's credit over the card's kicker or date line, its
# title and its teaser (text/lines._card_credits): a credit over two short lines (at most
# CARD_HEAD_MAX_WORDS words, no sentence's end) and a line of prose, CARD_CREDITS_MIN times or more,
# one every CARD_MIN_LINES to CARD_MAX_LINES lines at one stride, opens a card: no caption. Fit half,
# raw text against the HTML mode's captions: the shape on handwerksblatt.de ("Foto: © X" / "Politik |
# Januar 2022" / title / teaser, inscriptis: 26 credits and teasers taken as captions, none the HTML
# mode's), ekd.de ("© X" / "Thema" / title / teaser / "mehr erfahren"), idenfy.com and
# theeventscalendar.com (a category line read as a credit over the date and the title; two cards, a
# stride of 10). Right runs of credits left alone: an article's figures with a subhead and a paragraph
# under each credit (thw.de, houstoniamag.com: one short line, or a stride past 6), a slideshow's
# credit over "Agencies" / "2 / 5" / the next slide's title (economictimes: no prose third).
CARD_CREDITS_MIN = 3
CARD_HEAD_MAX_WORDS = 15
CARD_MIN_LINES = 3
CARD_MAX_LINES = 6
# How many lines under the region's last line a picture's labelled credit may stand and still be
# the article's (text/lines.closing_credits): the lead picture's credit, then a second picture's
# or a text source's line ("Quelle: X" over "Symbolgrafik: X"); a credit further down is a card's.
CLOSING_CREDIT_MAX_LINES = 3
# How many lines under the headline the lead picture's caption or labelled credit may stand and
# still be the article's when the region leaves it outside (text/lines.opening_credits): the dek or
# a second copy of the headline, then the picture's line (watson.ch, autohaus.de: traf-dev fit
# pages, the credit two lines under the headline; 6 finds no other on the fit half).
OPENING_CREDIT_MAX_LINES = 3
# Beside a credit of an unlabelled shape that names no agency ("Classen Curve / Western Avenue",
# "Child Support / Parenting Time", "Michael Humpa | CHIP Software-Redaktion": a place, a section's
# heading or an author's signature as often as a credit), only a line of one sentence is its caption:
# the two-sentence line above such a line ends a paragraph of the text or a list's entry. Fit half,
# raw-text pairs of such shapes (wcxb articles and traf-dev, both renderings): a two-sentence line was
# taken on camelsandchocolate, kansaslegalservices and chip.de, none a caption; the one right pair seen
# (nationalgeographic, "Thea Traff, The New York Times/Redux") is one sentence.
CAPTION_BESIDE_SHAPE_MAX_SENTENCES = 1
# A line beside a credit line that ends so is no caption of it: a colon leads into what follows
# ("Here are a few examples:"), an exclamation mark calls out to the reader, where a caption
# says what the picture shows: a promo or tip with a credited picture beside it ("Get a good
# night's rest!", "Die neue Gitarre & Bass ist da!", "Upgrade your bathroom mirror ... in less
# than 2 hours!"). Fit half, raw captions against the HTML mode's (wcxb articles both
# renderings, traf-dev inscriptis): 6 such pairs on 3 sites (one-fab-day, a DIY round-up,
# gitarrebass.de), none right; fields dev and held-apart unchanged.
CREDIT_BESIDE_NO_CAPTION_ENDS = (":", "：", "!", "！")

# A caption with no credit, in a copy that indents nested blocks (inscriptis): a figure's caption
# sits a level (CAPTION_INDENT_MAX_LEVELS) deeper than the paragraphs around it, which stand at one
# depth (text/lines.py, indented_captions). Only between two prose paragraphs of at least
# CAPTION_INDENT_PROSE_MIN_WORDS words, not after a lead-in (":", what follows is its example or
# code), and only a line of CAPTION_INDENT_MIN_WORDS to CAPTION_INDENT_MAX_WORDS words that is no
# question, no quotation (a pull quote opens with its mark), not in capitals, no subhead in Title
# Case (no sentence end, every longer word capitalised), no call-out under a short label ("Note:",
# at most CAPTION_INDENT_LABEL_MAX_WORDS words before its colon), no code and no furniture; nor when
# such lines alternate with single paragraphs (a card's title, a reviewer's name under a review).
# Fit half, inscriptis (raw captions against the HTML mode's on traf-dev; labels on fields dev and
# tune2; wcxb body F1 page by page): captions on lanacion (2), elpais (2), steinhau, slf,
# techworld-with-milan (4, labelled), greenhousestudio (5), scientificamerican, budgettravelwithgabby;
# not captions on improvado and homegrounds (pull quotes in boxes), djangoproject ("New in Django
# 5.1."), pydantic (code the test misses), flawlessfood (a keyword line), gipfelbuch (an
# "Abbildung:" line the HTML mode does not call a caption). Two levels in was 1 caption (l-mag) to 6
# pull quotes (homegrounds). Chromium copies indent nothing: no line qualifies.
CAPTION_INDENT_MAX_LEVELS = 1
CAPTION_INDENT_MIN_WORDS = 3
CAPTION_INDENT_MAX_WORDS = 40
CAPTION_INDENT_PROSE_MIN_WORDS = 15
CAPTION_INDENT_NOT_ENDS = ("?", "？", ":", "：")
CAPTION_INDENT_NOT_OPENS = tuple("\"'«»„“”‚‘’")
CAPTION_INDENT_SUBHEAD_CASE_SHARE = 1.0
CAPTION_INDENT_LABEL = re.compile(r"^[^:：.!?]{1,40}[:：]\s")
CAPTION_INDENT_LABEL_MAX_WORDS = 3

# A caption with no credit that says where its picture stands or what it shows before a colon, as
# magazines and blogs print the caption of a picture above or beside it: "Above: Jasper at the Turtle
# Pond", "Left: Edward Burra, Three Sailors at a Bar, 1930", "left: backpacking tent set up on the
# Havasu Falls Trail. right: ...", "Pictured: Living Lace® Parvati" (text/lines.placed_captions).
# Per language (rules/vocab, concept "picture_place": en, de, fr, es, it, pt, nl; pl, cs, sv, da, no,
# fi, tr, ru, uk written from the languages' words, with no development page), matched at the
# line's start, a colon after it and text after that. Not German or Dutch "Links:" (left), which is
# as often the label of a list of links. Fit half, raw text both renderings (wcxb and traf-dev): every
# line so opened is a picture's caption, on gardenista.com (8), provenwinners.com (14),
# madelinemarquardt.com (5), artlyst.com (2); the one other line is CSS ("top: 0;", under
# CAPTION_LINE_MIN_WORDS words). A line of CAPTION_LINE_MIN_WORDS to CAPTION_LINE_MAX_WORDS words.
# The HTML walk asks it of the plain paragraphs near a picture (html/figures._placed_caption):
# provenwinners' and madelinemarquardt's were read as text there, in no caption markup.
CAPTION_PLACE_LABEL = re.compile(
    "^(?:" + "|".join(sorted({vocab_source(phrase) for table in vocab_phrases("picture_place").values() for phrase in table},
                             key=len, reverse=True)) + r")\s*[:：]\s*\S",
    re.IGNORECASE,
)

# A news caption that ends, after its sentence, in the word that says its picture is an earlier one from
# the archive: "The Barbados Tridents’ footballers training ahead of a match against Dominica. (FILE)",
# "El avión fue detenido ilegalmente el año pasado en Guatemala. Archivo.", "... across its supply
# chain. Mike Blake/Reuters files" (the photographer and the agency before the word: that is the
# caption's credit). Per language (rules/vocab, concept "archive_picture": en, de, fr, es, it, pt, nl,
# pl), the word after the sentence's end, in brackets or not, with a full stop or none; a text's
# sentence does not end so. A line of CAPTION_LINE_MIN_WORDS to CAPTION_LINE_MAX_WORDS words
# (text/lines.filed_captions). Fit half, traf-dev, both renderings: nationnews.com, panamaamerica.com.pa,
# vancouversun.com, each line a caption the HTML mode gives; no other fit line (wcxb, traf-dev) ends so.
_ARCHIVE_WORDS = "|".join(sorted({vocab_source(phrase) for phrase in _concept_phrases("archive_picture")}, key=len, reverse=True))
CAPTION_ARCHIVE_END = re.compile(
    rf"(?<=[.!?…\"”»])\s+(?:(?P<credit>[^\s/]+(?: [^\s/]+){{0,3}} ?/ ?[^\s/]+(?: [^\s/]+){{0,2}})\s+)?"
    rf"(?:\((?:{_ARCHIVE_WORDS})\)|(?:{_ARCHIVE_WORDS}))\.?$",
    re.IGNORECASE,
)
# The last words of those phrases: a line ending in none of them skips the pattern (nearly every line).
CAPTION_ARCHIVE_LAST_WORDS = frozenset(
    spelling.rsplit(" ", 1)[-1] for phrase in _concept_phrases("archive_picture") for spelling in vocab_expand(phrase))

# --- Raw text: a line that is a credit alone (issue 10 step 3) ---------------------
# A browser copies a figure's caption and its credit onto separate lines, in
# either order (text/lines.py, pair_captions). Besides the labelled shapes of
# CREDIT_SUFFIXES ("Photo: ...", "© ..."), a line alone is a credit in these
# shapes (issue 10: 42 captions of the 104 hand-labelled news pages missed with
# caption and credit on separate lines; dev pages: "Courtesy of Amp",
# "PS Photography | Mirel Zaman"). Unlabelled shapes need a caption beside them;
# "courtesy of" says "credit" outright and may stand alone.
_CAPITAL_WORD = r"[A-Z][\w.&'’-]*"
_CAPITAL_WORDS = rf"{_CAPITAL_WORD}(?: {_CAPITAL_WORD}){{0,3}}"
# "Courtesy of Amp", "Image courtesy of NASA", "Photos courtesy the city"
CREDIT_LINE_COURTESY = re.compile(
    rf"^(?:(?:image|photo|picture|video)s? )?(?:{CREDIT_COURTESY_WORDS}) (?P<credit>\S.{{0,60}})$", re.IGNORECASE)
# "Jane Doe/Reuters", "AP Photo/Jane Doe", "PS Photography | Mirel Zaman", "EPA/EFE": one side
# must be a person's name or an agency in capitals (menus print "News | Sport" and "Home/Blog").
CREDIT_LINE_PAIR = re.compile(rf"^(?P<left>{_CAPITAL_WORDS})(?: ?/ ?| \| )(?P<right>{_CAPITAL_WORDS})$")
# "Thea Traff, The New York Times/Redux": the photographer, then the outlet and the agency
# it came through (wcxb-dev fit page 4530, where the credit under the headline was taken for it).
CREDIT_LINE_PERSON_PAIR = re.compile(rf"^(?P<person>[^,]+), (?P<left>{_CAPITAL_WORDS}) ?/ ?(?P<right>{_CAPITAL_WORDS})$")
# A person's name as credits print it: two or three capitalised words of letters ("Mirel
# Zaman", "Jean-Luc Picard"); looser tests take "Zoho CRM" or "R Reporting" (dev pages
# 4260, 0358: menus and product names split by a slash). A whole credit line is at most
# CREDIT_LINE_MAX_WORDS words ("Nintendo Switch Joy-Con/Switch Lite Joystick" is a product).
CREDIT_LINE_NAME = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?: [A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?){1,2}$")

# A picture made for the publication that prints it is credited "<photographer> for <publication>"
# ("KATIE BANDURSKI FOR TASTE OF HOME", "Wei-An Jin for Quanta Magazine", "Ricardo Labougle for
# VERANDA"), a line alone under or over its picture, with no label. The words "for X" alone are a
# heading's as often ("Best VPN for Speed", "Hiking Pants For Men"), so the line is a credit only when
# the part after the word is the page's own site, its name's letters those of a label of the page's
# host (text/lines.own_site_credits; no URL, no reading), and the part before it a person's name
# (CREDIT_LINE_NAME, in capitals or not). Per language, the word that says whom the work was made for
# (en, de, fr, es, it, nl, pt, pl). Fit half, wcxb, chromium and inscriptis: tasteofhome.com,
# quantamagazine.org, veranda.com (every such line a credit the HTML mode gives; no other fit line so
# shaped names its site: with "/" instead, houseplanthouse.com's author line does, so only the word).
# A name of three words, the word and a site's name of four.
CREDIT_LINE_FOR_SITE_MAX_WORDS = 8
CREDIT_FOR_SITE_WORDS = ("for", "für", "pour", "para", "per", "voor", "dla")
CREDIT_LINE_FOR_SITE = re.compile(
    rf"^(?P<who>[^\W\d_][^\d/|:]{{2,40}}?) (?:{'|'.join(CREDIT_FOR_SITE_WORDS)}) (?P<site>[^\W_][^/|:]{{1,40}})$",
    re.IGNORECASE)
CREDIT_LINE_MAX_WORDS = 5
# A credit's label alone on a line ("Foto:", "Bild:", "Photo credit:"), its source on the next
# (text/lines.py): a label is a word or two; a longer line ending in a colon leads into text.
# Evidence: traf-dev fit pages (ksta.de "Foto:" / "Anton Luhr", eltiempo.com "FOTO:" / "Jaiver
# Nieto", jungle.world "Bild:" / "picture alliance / ...") in inscriptis renderings.
CREDIT_LABEL_LINE_MAX_WORDS = 2
# An agency in capitals ("REUTERS", "AFP", "AP Photo"). Not a credit on a line of its own: a
# brand or product heading is set the same way ("SAS", "PODS", "MSCHF" on the dev pages).
CREDIT_LINE_AGENCY = re.compile(r"^[A-Z]{2,8}(?: Photos?)?$")
# Stock-photo libraries, by the names credits give them ("iStock.com", "Getty Images", "Pixabay",
# "stock.adobe.com"): one table of the concept, read by CREDIT_LINE_AGENCY_PAIR and CREDIT_STOCK_LIBRARY.
_STOCK_LIBRARIES = r"istock(?:photo)?|getty(?: images)?|shutterstock|alamy|unsplash|pexels|pixabay|adobe ?stock|stock\.adobe"
# News agencies and those libraries, as credits name them ("Reuters", "dpa", "Getty Images"): a
# table of a general concept, for CREDIT_LINE_AGENCY_PAIR.
_AGENCY_NAMES = (
    rf"(?:reuters|ap|afp|dpa|epa|epd|kna|apa|ansa|efe|xinhua|keystone|imago(?: images)?|picture alliance|{_STOCK_LIBRARIES})"
    r"(?:\.com)?(?: (?:photos?|images?|fotos?|bilder))?"
)
# A photographer or handle, a slash or bar, and one of those agencies or libraries ("Firn | Getty
# Images", "imaginima/Getty Images", "Tanja Ivanova//Getty Images", "Amr Dalsh / Reuters"): a credit
# even alone on its line, as "courtesy of" is: no heading or menu ends in an agency's name (wcxb
# fit pages on treehugger.com, prevention.com, theatlantic.com: a plant's name over each picture is
# a heading, not a caption). The left side is a handle (one word, any case) or a name of two to four
# capitalised words: a title's "Ukraine war latest | Reuters" is no credit.
# A name may hold a joining word between its capitalised words ("Studio Light and Shade | Getty
# Images"), and the photographer may come through an outlet first ("Toni L. Sandys / The Washington
# Post / Getty Images"): sources chained by slashes or bars before the agency, each a name of the
# same shape. Fit half, raw text against the HTML mode's captions: treehugger.com (a studio's name
# with "and") and fivethirtyeight.com (photographer, newspaper, library), credits left in the text.
_JOINING_WORDS = r"and|of|the|for|de|del|la|von|van|der|und|et|y|e|di"
_CREDIT_NAME = rf"[A-Z][\w.&'’-]*(?: (?:(?:{_JOINING_WORDS}) )?[A-Z][\w.&'’-]*){{1,3}}"
CREDIT_LINE_AGENCY_PAIR = re.compile(
    rf"^(?-i:[\w@][\w.&'’-]*|{_CREDIT_NAME}(?: ?/ ?{_CREDIT_NAME})?)(?: ?/{{1,2}} ?| \| ){_AGENCY_NAMES}$",
    re.IGNORECASE,
)
# The agency's or library's name alone on its line ("Reuters", "AP", "Getty Images", "shutterstock"), as
# a copy prints a picture's credit set in an element of its own: a credit of the shape that names an
# agency, so it pairs with a caption line beside it (never a caption alone: "DPA" under the last
# paragraph is the story's source, "AP" and "EPA" are menu entries). Fit half, raw text against the
# HTML mode's captions: standard.co.uk (a gallery's "Reuters", "AP", "Getty Images"), stern.de
# ("AFP"), tierwelt.ch ("Pixabay"); tune2 watson.ch ("shutterstock", lower case).
CREDIT_LINE_AGENCY_ALONE = re.compile(rf"^{_AGENCY_NAMES}$", re.IGNORECASE)
# "via Getty Images", "AFP via Getty Images": before "via", nothing or an agency in capitals
# ("Google Analytics Certification via Google" is a heading on dev page 0215, and any two
# capitalised words read as a person's name); after it, a news agency or a stock library
# (_AGENCY_NAMES). "via" alone says where a thing came from, not who made a picture: an
# embedded GIF's "via GIPHY" under the paragraph that introduces it took that paragraph for
# its caption (tune2 regards.fr, both renderings), as "via YouTube" or "via Instagram" under
# an embed would. Fit half, raw text: every "via" line alone that credits a picture names a
# library after it ("AFP via Getty Images" on standard.co.uk, "DGLimages via Getty Images" on
# ncsc.gov.uk); the other "via" lines are calls ("Share via Email", "Donate via PayPal",
# "Comment via Facebook") and course names ("... via Google", classcentral.com).
CREDIT_LINE_VIA = re.compile(rf"^(?:(?P<left>{_CAPITAL_WORDS}) )?via (?P<right>(?i:{_AGENCY_NAMES}))$")
# A line of a credit's unlabelled shape ("Gueridon / Tableside Service", "Low-Code/No-Code
# Development Costs", "Wire/Cable Lugs") over a paragraph that says its words again ("Gueridon
# service involves ...", "Low-code and no-code platforms are ...") is that section's heading: a
# photographer's or an outlet's name is not what the text under the picture goes on about. Words
# of this many letters or more are compared (not "of", "and"). Fit half, raw text, both renderings:
# every such line on fullstack.com, restroworks.com, fieldedge.com, servicetitan.com, emizentech.com,
# orientsoftware.com, kansaslegalservices.org, warrenaverett.com, fifplay.com, samsung.com is a
# heading; the two of them paired with the line above took a paragraph and the heading out of the
# text as a caption. No credit beside a caption of the HTML mode shares a word with the line under it
# but those naming an agency or library, left out here (fivethirtyeight.com, treehugger.com).
CREDIT_SHAPE_HEADING_WORD = re.compile(r"[^\W\d_]{3,}")
# A line opening with the copyright sign, a news agency or stock library (_AGENCY_NAMES, with a
# photographer's handle on either side of a slash) and then the picture's description ("© Getty
# Images MANCHESTER, ENGLAND - SEPTEMBER 28: Isolating students peer out ...", "© stock.adobe.com/
# maryia Die dünnen Äste sind ..."): a caption printed credit first on one line, as a figure that
# sets its credit over its description copies. The library's name says where the credit ends.
# Fit half, traf-dev, both renderings: msn.com, agrarheute.com (three captions the HTML mode gives;
# no other fit line opens so). The description has CAPTION_LINE_MIN_WORDS words or more, up to
# CAPTION_MAX_CHARS characters, and names no rights ("© Reuters. All rights reserved" is the site's notice).
CAPTION_SIGNED_LIBRARY = re.compile(
    rf"^(?:©|{COPYRIGHT_C})\s*(?P<credit>(?:[\w.-]+ ?/ ?)?{_AGENCY_NAMES}(?: ?/ ?[\w.-]+)?)\s+(?=\S)", re.IGNORECASE)
CAPTION_SIGNED_NOTICE = re.compile(r"\b(?:rights|rechte|droits|derechos|diritti|direitos|rechten|prawa)\b", re.IGNORECASE)
# A "©" line with a year or a rights notice (en/de/fr/es words) is the site's copyright, not a
# picture's credit: "© 2026 Acme Corporation" beside "All rights reserved." was paired into a
# caption on wcxb fit pages of scnsoft.com, apple.com, oracle.com, aura.com.
# A line in no figure ending in a copyright sign ("©", "(c)", "copyright") with such a notice and
# no photo label ("Photo", "Foto", "Image", CREDIT_LABELS) is the site's notice too, not a
# caption: "All Content © 2026 BestSharpeningStones.com", "InfoQ.com and all content copyright
# 2006-2026 C4Media Inc", "... © 2025 American Modern Insurance Group, Inc", "... © Random House,
# Inc. 2023" (wcxb fit pages, raw text, both renderings; "Photo <url> © Viva Technology 2025" is a
# picture's). captions._site_notice.
CREDIT_COPYRIGHT_SIGN = re.compile(rf"©|{COPYRIGHT_C}|\bcopyright\b", re.IGNORECASE)
CREDIT_LABEL_WORD = re.compile(rf"\b(?:{CREDIT_LABELS})(?!\w)", re.IGNORECASE)
CREDIT_COPYRIGHT_NOTICE = re.compile(r"\b(?:19|20)\d\d\b|\brights\b|\brechte\b|\bdroits\b|\bderechos\b", re.IGNORECASE)
# A line opening with the copyright sign, the only label of a credit ("© Jane Doe", "(c) Acme"): the
# furniture patterns read it as the site's notice; beside the article's prose it is a picture's
# credit (classify/credits.signed_between_prose). The sign only: the word "copyright" opens notices.
CREDIT_SIGN_OPENS = re.compile(r"^\s*(?:©|\(c\))", re.IGNORECASE)
# A heading in Title Case (every longer word capitalised) with an unlabelled aside after it that names
# no source ("Average Home Renovation Costs (By Type)", "Senior Software Engineer - Frontend/React") is
# no caption (classify/credits.heading_with_aside); the aside's sides split at a slash or a bar, a
# leading "by" dropped before the name test ("By Type" is no name; "(By Jane Doe)" is one).
CREDIT_ASIDE_HEADING_CASE_SHARE = 1.0
CREDIT_ASIDE_SIDES = re.compile(r"/{1,2}|\|")  # (sides stripped after the split: no run of spaces scanned twice)
CREDIT_ASIDE_BY = re.compile(r"^by\s+", re.IGNORECASE)

# A credit in parentheses must look like a source, not an aside: a few words,
# each capitalised or an agency-style acronym; a brand's "+" may close a word ("Aja Koska/E+ via
# Getty Images", Getty's E+ collection; "Disney+"), not "C++".
CREDIT_WORDS_MAX = 7
# Tokens that join the sources of one credit and are not counted as its words: German credits
# chain agency, agency and photographer ("picture alliance / Xinhua News Agency | Ju Peng",
# traf-dev fit jungle.world; "picture alliance / dpa / Oliver Berg").
CREDIT_SEPARATORS = frozenset({"/", "|", "//"})
CREDIT_SOURCE = re.compile(r"^(?:[A-Z0-9@][\w.&'’@/-]*\+?|via|for|and|of|the|de|la|von|van|photo|by|/|&|\|)(?:\s+(?:[A-Z0-9@][\w.&'’@/-]*\+?|via|for|and|of|the|de|la|von|van|photo|by|/|&|\|))*$")
# Without a capital for every word, an unlabelled credit needs an agency's slash beside a
# capitalised name ("The New York Times/Redux") or a web address ("iStock.com"), and no sentence in it.
CREDIT_AGENCY_OR_ADDRESS = re.compile(r"(?:^|\s)[A-Z][^\s/]*\s?/|/ ?[A-Z]|\w\.(?:com|org|net|de|fr|es|it|pl|co|uk|io|at|ch|nl)\b")
# Stock-photo libraries after a slash, by the name a credit gives them ("iStock.com", "Pixabay",
# "stock.adobe.com", "Unsplash" on several dev sites each): a bracketed "handle/library" at the end
# of a caption is its credit though the handle is lower case and no full stop stands before it
# ("A student erasing answers from a test (smolaw11/iStock)", a traf-dev fit page).
# (Three more libraries here than in the agency pair, which was measured without them.)
CREDIT_STOCK_LIBRARY = re.compile(
    rf"/ ?(?:{_STOCK_LIBRARIES}|dreamstime|depositphotos|123rf)(?:\.com)?$", re.IGNORECASE)
CREDIT_SENTENCE_INSIDE = re.compile(r"(?<=\w\w)[.!?] +[A-Z]")
# A figure's piece longer than this is no source alone.
CREDIT_LINE_MAX_CHARS = 80

# Credit text that is a label with no source ("Photo:", "Image") is no credit.
EMPTY_CREDITS = frozenset({"photo", "image", "credit", "source", "file", "file photo", "handout"})

# --- Key points ----------------------------------------------------------------

# The labels that announce a key-point list are the vocabulary's concept "key_points", per
# language (rules/vocab/*.py; matched by vocabulary.key_point_label); the label itself is furniture.
# Labels that also title deks, conclusions and per-item boxes ("Summary:" over a teaser,
# "Highlights" of one product): under them only a list or several points make a box.
KEY_POINT_WEAK_LABELS: frozenset[str] = frozenset(
    {"summary", "highlights", "samenvatting", "em resumo", "en resumen", "resumen", "résumé", "zusammenfassung",
     "riassunto", "resumo", "destaques", "podsumowanie", "まとめ", "摘要", "요약"}
)
# Longer labels ending in the same words ("Expand for key takeaways", "Article highlights"
# is not: "highlights" alone is too common): a short line naming the box is its label too.
# Anchored at the end and short, so "Fed Meeting: 5 Key Takeaways" stays a headline.
KEY_POINT_LABEL_PATTERN = re.compile(r"\b(key (?:takeaways?|points|facts|findings)|takeaways|story highlights|tl;?dr)$", re.IGNORECASE)
# ... and such a line is a label only up to this many words, with no figures.
KEY_POINT_LABEL_MAX_WORDS = 4

# Labels that may open the key point itself on the same line ("TL;DR: Prices fall.",
# "Key Takeaway - ..."). Only labels that cannot start an ordinary sentence:
# "Summary:" or "Highlights:" also open captions, table rows and teasers.
KEY_POINT_INLINE_LABEL = re.compile(
    r"^(?:tl;?dr|key takeaways?|key points?|in short|in brief|the gist|das wichtigste(?: in kürze)?|en bref|w skrócie)"
    r"\s*(?::|[-–—]\s)\s*(?P<point>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)

# A key-point box lists at least this many points; one item under a label is a link or a note
# (unless the one item is a sentence or more: a labelled one-line summary).
KEY_POINT_BOX_MIN_ITEMS = 2
# "Key Takeaways: Simple Actions that Meaningfully Reduce Your Environmental Footprint" (dev
# page 4614's raw text; issue 10: such lines were read as a box only when an HTML heading):
# a line opened by a label whose rest has this share of capitalised longer words is the box's title.
KEY_POINT_TITLE_MIN_CASE_SHARE = 0.6
# A key point states something: fewer words than this is a link, a name or a menu entry.
KEY_POINT_MIN_WORDS = 4
# The longest byline or date label, in words ("zuletzt aktualisiert am", "publié le"): a list item
# opening with one and going on with a name or a date is metadata, not a key point (classify/key_points.py).
META_LABEL_MAX_WORDS = 3
# The lines of a key-point box average at least this many words: key points are
# sentences; slogans, menu entries, figures and tags ("Replace all your software",
# "1.1k sales", "Veteran-owned") are not.
KEY_POINT_MIN_MEAN_WORDS = 6
# Bullet marks some markup prints into the text of a point ("•Prices fall"), stripped from it.
KEY_POINT_MARKS = " \u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u2219\u27a4\u2714\u2713\u2705\u25b8\u25ba"
# Under a label, points may be paragraphs rather than list items (<li><p>, copied text):
# then each is at most this long and the box at most this many points, so that a
# "Summary" label over the article's running text is not taken for a box. Boxes
# mostly hold three to five points, but not always (issue 10: boxes of six to eight
# cut to nothing in raw text; dev page 0002: seven "Key takeaways"); the points of a
# box also end alike (all with a full stop or none: classify/key_points.py).
KEY_POINT_PARAGRAPH_MAX_WORDS = 70
KEY_POINT_BOX_MAX_PARAGRAPHS = 10
# Under a weak label ("Summary", which also heads running text), five as before.
KEY_POINT_WEAK_BOX_MAX_PARAGRAPHS = 5
# Key points summarise the article before it unfolds: a box with more words of text
# than this above it (a couple of minutes of reading) belongs to a section further
# down ("Summary" of one product, "Quick answers" at the end of a guide).
KEY_POINT_BOX_MAX_WORDS_ABOVE = 400
# A box no label of the vocabulary names is known by its shape (classify/key_points.py
# `_shaped_points`): above the text, the first heading under the headline, of at most this
# many words, over a list of at most this many sentences (boxes hold three to five points;
# a longer list under a heading is a section's, "Key Features" of a product).
# In the text too, before its first section heading and first list (issue 10 item 2; fit half:
# 1000things.at "Die Highlights ... im Überblick:", bike-magazin.de "Die wichtigsten Neuerungen
# des Strava Karten-Updates", reihub.net "Key Insights" under the opening paragraphs).
KEY_POINT_SHAPE_LABEL_MAX_WORDS = 8
KEY_POINT_SHAPE_MAX_ITEMS = 5
# A box whose title names it inside a longer line (classify/key_points._announced_box_at) stands
# at the top of the story: at most this many words of text above it, a lead and a paragraph or
# two (fit half: 1000things.at 136, bike-magazin.de 168; an "EducateMe in brief:" box under the
# first entry of a ranking, educate-me.co, has 314).
KEY_POINT_ANNOUNCED_MAX_WORDS_ABOVE = 250
# A point states: a box no label names holds no line ending like a question or a clause that
# runs on (fit half: an outline of questions, wcxb 0295 and 0471; a law's list of changes, each
# ending in a comma, traf-dev ca607b12...).
KEY_POINT_UNSTATED_ENDS = ("?", "？", ",", "，", "、", ";", "；", ":", "：")
# Paragraph-shaped points are a sentence or two each; a longer paragraph is running text.
KEY_POINT_MAX_SENTENCES = 2
# Where one sentence ends and the next begins: end punctuation, a space, a capital or a quote.
SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-ZÀ-ÖØ-Þ])")
# Where a line's opening sentence ends, in scripts with capitals (SENTENCE_BREAK) or with the CJK full
# stops, which no space follows. A site's notice longer than the furniture patterns' limit says what it is
# in its opening sentence (signals.boilerplate_reason): a form's consent that goes on to say what becomes of
# the data ("Ja, ich habe die Datenschutzerklärung gelesen und bin damit einverstanden, dass ..."), a
# disclosure that explains itself ("This site uses affiliate links. Given this, please assume ..."), an
# SMS opt-in's terms. Fit half, raw text: traf-dev von-der-see.de; wcxb 0226, 0334, 0361, 0584, 0634,
# 4130, 4240, 4454, 4668, 4698 (9 sites: 11 pages, each with a line over 320 characters).
OPENING_SENTENCE_END = re.compile(SENTENCE_BREAK.pattern + r"|[。！？]")
# Key points are plain text: unlabelled bullets that are mostly links are navigation,
# and a line of a key-point box that is mostly a link is a promotion.
KEY_POINT_MAX_LINK_DENSITY = 0.5

# --- A short dek framed by the headline and the byline (raw copies) ---------------

# A line right under the headline with a byline or date line right under it is the dek when it
# reads as a phrase of its own: this many words at least (fewer are a kicker's or a section's
# label), written in sentence case (a word of four letters or more in small letters that is no
# function word), no copy of the headline, no menu or trail (these marks part a menu's labels or a
# trail's steps, never a dek's words) and no line glued from labels ("readWritten", a copy's join of
# two elements). Fit half, raw text: wcxb-dev prevention.com ("Protein continues to be huge."),
# russellmiller2.substack.com, addyo.substack.com, kill-the-newsletter.com, spectrecollie.com,
# artmann.co ("Three decades of making things on the internet"), defence.pk (a thread's subtitle),
# lenovo.com (a product's tagline); traf-dev chip.de ("Das perfekte Steak aus dem Discounter-Grill"),
# katholisch.at, gala.fr. Shorter than the headline and often in its case, dek_by_case leaves them;
# the HTML mode agrees on 6 of these pages (where it has a dek). Not: the headline printed again,
# "Asia | First Time Visitor Guides", "15 Best Online Tutoring Platforms", "2025-11-0314 min readWritten".
DEK_OVER_BYLINE_MIN_WORDS = 5
DEK_OVER_BYLINE_SEPARATORS = frozenset("|»›❯>")
DEK_OVER_BYLINE_GLUED = re.compile(r"[a-zà-öø-ÿ][A-ZÀ-ÖØ-Þ]")

# --- A news lead set in bold, opened by its dateline (HTML) -------------------------

# A page's first paragraph set all in bold (<strong>/<b>) that opens with a news story's dateline is
# the story's lead ("Vorspann"), its standfirst, printed as the text's first lines: a date, or a place
# and a date, before a dash ("Bern, 17.08.2007 - Rede von ...", "06.11.23 - Sensation in ..."), or a
# place of up to three words, the first a capital's, with its agency or paper, one word in brackets, and a stop,
# colon or dash ("Berlin (jur). Bevor Menschen ...", "Hamburg (dpa) - "; not "Chris Eubank Jr.
# (England) steigt ...", "FREE UK DELIVERY (ALL AREAS) FOR ...", "The Honour of Staunton (HOS) Series").
# Fit half traf-dev: wbf.admin.ch (labelled the standfirst in the second tuning set), osthessen-news.de,
# juraforum.de. Bold alone is not enough: blogs and guides set their first paragraph in bold as text
# (labelled body: traf-dev fischerhuette.hejfish.com, moritz-meyer.net; wcxb realestate.com.au), and
# none of them opens with a dateline. The opening before the dash is at most this many words and says
# a date (dates.find_date or a short date); the letters this share or more of the paragraph's are bold.
BOLD_LEAD_DATELINE = re.compile(r"^(?P<opening>[^\s].{1,40}?)\s+[\u2013\u2014-]\s+\S")
BOLD_LEAD_AGENCY = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ /-][\w'’.-]+){0,2}\s*\([^\W\d_][\w/.-]{0,11}\)\s*[.:\u2013\u2014-]\s+\S"
)
BOLD_LEAD_OPENING_MAX_WORDS = 5
BOLD_LEAD_MIN_SHARE = 0.9
BOLD_LEAD_MIN_WORDS = 8

# --- Prose shape ---------------------------------------------------------------

# A body paragraph reads as sentences: enough words and sentence punctuation.
PROSE_MIN_WORDS = 8
# A line this long is prose even without final punctuation (copied text loses it).
PROSE_LONG_WORDS = 25
# Running text has a comma or a full stop every dozen words or so; a long line
# with fewer than one mark in fifty words is a list of names, places or tags.
# Per script: the Arabic comma, question mark and semicolon, the Urdu full stop, the Devanagari
# dandas (Hindi's full stop "।" and "॥"), Khmer's full stops ("។", "៕"), Myanmar's full stop and comma
# ("။", "၊"). Thai and Lao write no commas nor full stops: a space between their characters parts
# phrases and sentences, and counts as a mark (a Thai paragraph was a list): THAI_LAO_PHRASE_BREAK,
# asked only of text holding one of them (THAI_LAO_CHAR). Not one alternation with the marks: a
# pattern opening on a lookbehind has no first character for sre to scan for, and findall tried it
# at every position of every long line (is_prose cost six times as much).
SENTENCE_MARKS = re.compile(r"[.!?,;:。、，！？؟،؛۔।॥។៕။၊]")
THAI_LAO_CHAR = re.compile(r"[\u0e01-\u0edf]")
THAI_LAO_PHRASE_BREAK = re.compile(r" (?<=[\u0e01-\u0edf] )(?=[\u0e01-\u0edf])")
# Thai and Lao end a sentence with no mark, on its last word: a line of PROSE_MIN_WORDS words or more
# ending on one of them (THAI_LAO_LINE_END) whose spaces part clauses of THAI_CLAUSE_MIN_WORDS words
# on average (15 letters) is a sentence, as a full stop makes other text one; at least one space,
# since a headline or a teaser title is often one clause. A menu's or a tag row's spaces part one or
# two words each. (A Thai paragraph under PROSE_LONG_WORDS, 75 letters, was never prose, and a short
# first paragraph was left out of the body in both modes: hand-written Thai pages, no development
# page is Thai.)
THAI_LAO_LINE_END = re.compile(r"[\u0e01-\u0e4e\u0e81-\u0ecd]$")
THAI_CLAUSE_MIN_WORDS = 5
PROSE_MIN_MARKS_PER_WORD = 0.02
# A long line with fewer than one mark in twenty words whose longer words (4+ letters) all
# begin with a capital, and at least PROSE_TITLED_LIST_MIN_CAPITALS of all its words, is a row
# of menu or category labels ("Laptops Budget Laptops Dating Apps ... All Sex, Dating &
# Relationships All Laptops"), not prose, though a comma inside one label lifts it over
# PROSE_MIN_MARKS_PER_WORD. Running text keeps lower-case words; German capitalises its nouns,
# not its short words ("2010 Nominierung Bundesdesignpreis // ... Preis der Stiftung für ...",
# a list of awards kept in a traf-dev fit text: 0.8 of its words). Fit half: mashable (a
# mega-menu over the headline paid for widening the run into it), sweetwater (category rows),
# freedonia, fly.io, amazon (departments), mvmt (a country list). Product names and table rows
# with a lower-case longer word ("Pack of 2 ... Compatible for TCL") stay prose.
PROSE_TITLED_LIST_MAX_MARKS_PER_WORD = 0.05
PROSE_TITLED_LIST_MIN_CAPITALS = 0.9
# The marks that close a quotation, in every language's typography ("…", “…”, „…“, «…», »…«,
# ‹…›, '…'): a line that ends inside a quotation ends with one, and its end mark (a full stop,
# an exclamation, a question, an ellipsis) stands before it ("„Das wird man ja wohl noch sagen
# dürfen!“", '"Quäl Dich nicht, mein Liebling, überlass das mir."'); the headline's end-mark
# features read the line without them, and SENTENCE_END reads through them. traf-dev and wcxb-dev
# fit: quoted lines among the raw headline candidates on 10 sites (epigraphs on
# insubordinant.wordpress.com, gnaur.wordpress.com, blog.codefarm.me; quotes on
# harrypotter.fandom.com, watson.ch; testimonials and slogans on housecallpro.com,
# mesopinions.com; quoted titles on gormulus.wordpress.com, bmfsfj.de, zoll.de).
CLOSING_QUOTES = "\"'”“»«›‹’‘"
# Sentence punctuation, then any closing quotes (CLOSING_QUOTES, French typography spacing its
# » and ›: "... faire le premier pas ! »") or brackets. A question mark or a bare closing bracket
# ends many headlines, so they do not count here. German „…“ and »…« close on “ and «: traf-dev
# fit, 88 lines ending „…“ on 32 sites (anwaltniemeyer.de, bka.de, agrarheute.com, ...), spaced
# » on 4 (franceculture.fr, francais.radio.cz, gizmeo.eu, tagesanzeiger.ch), »…« on bummfilm.de.
# The full stops of other scripts: Hindi's dandas "।" and "॥", Urdu's "۔", Arabic's semicolon "؛"
# (a Hindi sentence of fewer than PROSE_LONG_WORDS words was no prose), Khmer's "។" and "៕", Myanmar's "။".
SENTENCE_END = re.compile(r"[.!…:;。！：；।॥۔؛។៕။](?:[" + re.escape(CLOSING_QUOTES) + r")\]」』）]|\s[»›])*$")

# Separators of a breadcrumb trail ("Home > Tech > Laptops", "News / World / Africa").
BREADCRUMB_SEPARATOR = re.compile(r"\s[>›»/|]\s")
# A link's arrow: a short line that is one link points away with an arrow after its words
# ("Zum Deal »", "Mehr Artikel von Stefanus →", "Learn more ›", "nächste Seite →") or before
# them ("« Speicher via SSHFS mounten ...", "‹ Previous"): a button, a pager, the previous and
# next post's links. A copy keeps the arrow when it loses the link. One arrow only (a trail has
# several), after a word (a quotation's spaced » closes a sentence: ". »"), and « only with no
# sentence end (a French quotation opens a paragraph with it). traf-dev and wcxb-dev fit, raw
# text lines in the article the truth or the HTML mode leaves out: jamaica.gleaner.com,
# gizmeo.eu, disfunctions.de, sprechblase.wordpress.com, vinosytapas.de, mtb-news.de,
# dealdoktor.de, fool.com, smartbitchestrashybooks.com, linear.app, clickup.com, insight.com,
# goodreads.com, almosttimely.substack.com (kept by them: studiobinder.com, ahrefs.com).
LINK_ARROWS = "«»‹›←→"
LINK_ARROW_AFTER = re.compile(r"[\w)'’\"”]\s*[»›→]$")
LINK_ARROW_BEFORE = re.compile(r"^[«‹←]\s*\w")
LINK_ARROW_MAX_WORDS = 10
# An author biography opens with the author's first name and one of these verbs
# ("Anurag is an experienced journalist", "Jane covers transport"); a dek rarely does.
AUTHOR_BIO_VERBS: frozenset[str] = frozenset(
    {
        "is", "was", "has", "writes", "covers", "joined", "leads", "brings", "holds", "specializes", "specialises",
        "loves", "lives", "began", "started", "spent", "graduated", "studied", "works", "worked", "reports", "edits",
        "manages", "founded", "serves", "teaches", "enjoys", "received", "earned",
    }
)

# Headlines are short and rarely end in a full stop.
HEADLINE_MIN_WORDS = 2
HEADLINE_MAX_WORDS = 30
# ... and never longer than this in characters, in any script.
HEADLINE_MAX_CHARS = 400

# A standalone section label such as "SPEEDREAD" or "WORLD": one or two words in capitals.
SECTION_LABEL = re.compile(r"^[A-Z0-9&'’ -]{2,30}$")

# --- Datelines -----------------------------------------------------------------

# "WASHINGTON – ...", "NEW YORK (Reuters) — ...", "KYIV, Ukraine (AP) — ...":
# a place in capitals, optionally a region and an agency, then a dash.
DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{1,40}?)"
    r"(?:,\s*[A-Z][\w.' ]{1,30}?)?"
    r"(?:\s*\([^)]{1,30}\))?"
    r"\s*[\u2013\u2014-]{1,2}\s+\S"
)

# --- Finding the article in page text -------------------------------------------

# Each line scores its word count minus this toll: paragraphs pay their way,
# menu entries and link lists (a few words a line) cost. The article is the
# run of lines with the highest total (a maximum-sum segment).
REGION_LINE_TOLL = 8
# Prose lines carry the article; a bonus keeps medium paragraphs from
# counting like menu runs of the same length.
REGION_PROSE_BONUS = 4
# Furniture phrases inside a run cost more than their words suggest.
REGION_BOILERPLATE_COST = 6
# A stretch of at most this many short lines between paragraphs is headings
# or labels of the text, not a menu ...
REGION_SHORT_RUN_LINES = 3
# ... so its lines pay this smaller toll.
REGION_SHORT_RUN_TOLL = 3
# So do the lines of a longer stretch that the paragraph above announces by ending in a colon
# ("Supported platforms include:", "The program will output:"): the items of its list, which a
# browser copy prints without their bullets, or a program's output, line by line; each paid the full
# toll and the run ended above them, losing the text under them. They carry a found run on at its
# end and never find one (text/region._carried_through_lists): found with them, a list announced
# above the text moved the run's start and its head (the headline, the date line) on held pages.
# 135 fit WCXB sites have such stretches (351 in the truth against 6 not); fit-half WCXB: go.dev
# (a program's output), docs.celeryq.dev, docs.djangoproject.com, ashvardanian.com.
ANNOUNCED_LIST_MAX_LINES = 20
ANNOUNCING_ENDS = (":", "\uff1a")
# A line that is not prose adds at most this many words, however long it is:
# a tag cloud or a list of places on one line is not the article.
REGION_NON_PROSE_WORDS_CAP = 12
# A run holding less than this share of the page's positive line values is
# one passage of a page of many (listing, thread, product page) ...
REGION_CORE_SHARE = 0.5
# ... and is widened across gaps whose cost counts at this fraction ...
REGION_GAP_DISCOUNT = 0.2
# ... when what lies beyond adds at least this much (about words of prose).
REGION_EXTENSION_MIN_GAIN = 20
# In that share test a line that is not prose counts at this fraction of its
# value: passages of a thread are sentences, while an archive of titles or
# tags after a whole article gains a little on every line and would make the
# article look like one passage of many.
REGION_EXTENSION_NON_PROSE_SHARE = 0.3
# A browser's copy of a menu whose links are inline boxes with no space between them runs
# their labels together on one line ("How to Invest MoneyWhat to Invest InHow to Invest in
# Stocks..."): long, with a comma or a question mark now and then, it passed for prose and
# started the run at the menu. A line with at least REGION_GLUED_MIN_JOINTS joints of a word
# and the next label's capital, one per 1/REGION_GLUED_MIN_JOINT_SHARE words, no sentence end
# and no mark of code (camelCase names glue the same way) is such a row of links, not prose.
# Fit half: fool.com (two articles' mega-menus), economictimes, wayfair, rei, thomann, docs.rs;
# no line of that shape is in a fit page's labelled text on either rendering.
REGION_GLUED_JOINT = re.compile(r"(?<=[a-z0-9)?!%])(?=[A-Z][a-z])")
REGION_GLUED_CODE_MARKS = re.compile(r"[{}\[\]();=<>]")
REGION_GLUED_MIN_JOINTS = 3
REGION_GLUED_MIN_JOINT_SHARE = 0.15
# A line of at least this many words printed again later on the page is a copy
# the second time (a caption in the lightbox, a pull quote, a carousel clone).
REPEAT_MIN_WORDS = 4
# How many lines above the article may still hold its headline and byline.
HEAD_LOOKBACK_LINES = 15
# A box of facts between the headline and the text's start (text/region.py `_over_fact_box`): a recipe's
# times and ingredients, a spec box, a details box, pros and cons. Its lines are short and shaped
# alike: a label with its value ("Zubereitungszeit: 25 Minuten", "Brennweite in mm: 180"), a
# bullet ("* Kategorie: ..."), a quantity ("300 g Mehl", "2 cups flour"). At least
# FACT_BOX_MIN_LINES such lines, FACT_BOX_MIN_SHARE of the stretch walked, make the box the text's.
# Fit half, raw text: traf-dev kulinariaathome, chip.de, wordsmith.org; wcxb tasteofhome, scarbir, skullcandy.
# A quantity is a short line, its number apart from the word and without a dot or a leading zero:
# a table of contents numbers its headings ("2.1Step 1: ...", "01 AI app building"; fit: legalzoom,
# tailorbrands, airtable), and those are no box of the text.
FACT_BOX_LINE = re.compile(
    r"(?:[^\W\d_][^:]{0,40}:(?:\s+\S|$)|[*•·▪–-]\s+\S|(?!0\d)\d+(?:[,/]\d+)?\s+[^\W\d_]\S*(?:\s+\S+){0,4}$)"
)
FACT_BOX_LINE_MAX_WORDS = 12
FACT_BOX_MAX_LINES = 40
FACT_BOX_MAX_GAP = 1
FACT_BOX_LIST_MAX_ITEMS = 12
# The headings of a list of pros and cons open a list as a label with a colon does, colon or not
# ("Vorteile" / "Nachteile" over a download's features; fit: chip.de, tasteofhome.com "Pros:").
FACT_BOX_LIST_HEADINGS = frozenset({
    "pros", "cons", "advantages", "disadvantages", "what we like", "what we don't like",  # en
    "vorteile", "nachteile", "pro", "contra", "kontra",  # de
    "avantages", "inconvénients", "points forts", "points faibles",  # fr
    "ventajas", "desventajas", "contras",  # es
    "vantaggi", "svantaggi", "contro",  # it
    "voordelen", "nadelen",  # nl
})
# A list item ending in a count in brackets is a sidebar's tag or archive list ("software (266)").
FACT_BOX_COUNTED_ITEM = re.compile(r"\(\d+\)$")
FACT_BOX_MIN_LINES = 4  # 3 took a headline with a colon, a comment count and a credit (fit: talkreal.org)
FACT_BOX_MIN_SHARE = 0.6

# The opening paragraphs under the headline, cut off from the run by a long stretch of short lines the
# article prints under them (a list of items under headings, a table of picks, a contents box): the
# stretch pays the toll, the run starts below it and the article's opening is lost (wcxb fit, raw text:
# theorganizedmama.com, eridehero.com, worldculturefest.org; cleverhiker.com has the shape with its opening
# four lines down, past the reach, and is left). The text starts at them
# when they stand right under the headline (at most OPENING_MAX_HEAD_LINES lines on, a byline and a
# date between) and read as an opening: OPENING_MIN_PARAGRAPHS paragraphs in a row, together at least
# OPENING_MIN_WORDS words (a menu's one-line blurbs and a lone dek or notice are not).
OPENING_MAX_HEAD_LINES = 3
OPENING_MIN_PARAGRAPHS = 2
OPENING_MIN_WORDS = 60
# Options.favor in raw text: (factor on every line's toll, whether a thin run
# is widened). Balanced is the fitted setting; precision makes each line pay
# more and keeps the one best run, so furniture next to the text stays out at
# the cost of separated passages; recall makes lines cheaper, so the run
# reaches across more of what surrounds the text.
REGION_FAVOR: dict[str, tuple[float, bool]] = {
    "precision": (1.25, False),
    "balanced": (1.0, True),
    "recall": (0.75, True),
}

# --- Choosing the headline among the lines above the body --------------------

# Headlines run from a few words to a long sentence; credit length up to this.
HEADLINE_FULL_LENGTH_WORDS = 12
# Longer than this reads as a standfirst or a paragraph.
HEADLINE_TOO_LONG_WORDS = 22
# A kicker (a section label over the headline: "Corporate training") has this many words at most.
HEADLINE_KICKER_MAX_WORDS = 3
# A dek is at least this many times as long as the title over it (raw text: classify/headline.py `_long_dek_pair`).
HEADLINE_LONG_DEK_RATIO = 1.8
# A subtitle heading (the dek set as an <h2>/<h3> under the <h1>) stands at most this many lines
# under its headline, with only the byline, the date and furniture lines between (a print link,
# "5 min read"); fit half: corti.ai's <h3> 3 lines down, nextgov.com's 5 (a caption, three bylines).
SUBTITLE_MAX_LINES_UNDER = 5
# A dek is told from its title by case (sentence case under Title Case) only under a title of at
# least this many longer words (rules.CONTENT_WORD_MIN_LETTERS letters): a kicker of two nouns over
# the title is all capitals in German ("Wein Erzeuger", "Grüner Wasserstoff") and the title under it
# was read as its dek (traf-dev fit: 6 sites' titles lost so, tune2 1).
HEADLINE_CASE_MIN_WORDS = 3
# A date's year glued to what a copy printed next to it: the post's date again (published and
# updated: "22. Dezember 201922. Dezember 2019", "17/11/201917/11/2019"), a reading time ("Mar 27,
# 20255 mins"), a count of comments ("06/11/20230 Kommentare"); the year ends a date (day and month
# in figures, or a month's name, with the day after it or not), so a postcode ("29-32, 20354") is none.
# Fit half: anchor.ch, sprechblase.wordpress.com, surfguard.wordpress.com, erfolg-magazin.de,
# arsnova.thm.de, dietagespresse.com, ostbelgiendirekt.be (traf-dev), wcxb-dev 4377.
# The month's name starts a word and has at most 12 letters: a run of letters is tried once, not
# from each of its letters (linear on a long word).
GLUED_DATE_YEAR = re.compile(r"((?:\d{1,2}[./-]\d{1,2}[./-]|\b[^\W\d_]{3,12}\.? (?:\d{1,2}, )?)(?:19|20)\d\d)(?=\d)")
# A title may close on its date ("Lemmy Development Update 2024-10-04", "Almost Timely News:
# Using AI for Analytics (2025-09-21)", "Allocating on the Stack, 27 February 2026"; wcxb-dev fit:
# lemmy.ml, almosttimely.substack.com, blog.golang.org): a date line's words before its date are a
# label ("Last updated", "Published on", "Stand vom") and end lowercase, a title's are this many words
# at least and end on a capitalised one. The characters that may stand between the title and its date:
DATED_TITLE_MIN_WORDS = 3
DATED_TITLE_JOINERS = " \t:,;|·•–—-(["
# A clock time after the date ("11. Sep 2024, 21:06", "Joined: Sun Dec 17, 2023 11:18 am") stamps a post.
DATED_TITLE_CLOCK = re.compile(r"\d:\d\d")
# Menu entries stand among other short entries (this many words at most).
HEADLINE_MENU_NEIGHBOUR_WORDS = 3
# Byline, date or reading time within this many lines below mark the article head.
HEADLINE_META_WINDOW = 3
# A page's heading printed at most this many lines under its breadcrumb trail, which a copy
# glued to the title without separators ("Home Gear Reviews Best Home Gym Setup"), marks the
# trail (wcxb-dev fit: 4 sites, traf-dev fit: 3 German sites; usually the very next line).
HEADLINE_TRAIL_TITLE_LINES = 3
# A line of tags or keywords (traf-dev fit: 3 sites' tag lines won as headline): at least this
# many items of at most this many words, all split by one of these separators.
HEADLINE_TAG_SEPARATORS = (", ", " / ", " - ", " – ", " · ", " | ")
HEADLINE_TAG_MIN_ITEMS = 4
HEADLINE_TAG_MAX_WORDS = 3
# The first candidate of at least this many words after the navigation.
HEADLINE_FIRST_LONG_WORDS = 5
# Distance to the body counts up to this many lines.
HEADLINE_FAR_LINES = 40
# The opening of the text (this many characters) a headline's words are looked up in.
HEADLINE_BODY_VOCABULARY_CHARS = 3000
# Words of at least this many letters carry the subject (not "the", "and").
CONTENT_WORD_MIN_LETTERS = 4
# Chinese and Japanese write no spaces: their subject is matched in pairs of
# ideographs or katakana (classify/headline.py, subject_words).
SUBJECT_CHARS = re.compile(r"[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
SUBJECT_PAIR = re.compile(r"[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2}")
# A lowercase letter straight before a capital inside a word: link texts
# glued together by a copy ("HomeBlog", "LoginGet Started"); a headline is set
# on its own. Not after "Mc"/"Mac"-style prefixes, which are too short to match.
# Started at the first letter of a lowercase run only, which any later start's
# match extends: searching from each letter rescanned the run (quadratic).
GLUED_WORDS = re.compile(r"(?<![a-z])[a-z]{3,}[A-Z][a-z]")
# In raw text a title may name something in camel case ("DenkanStoos April 2012", "... In ColdFusion"):
# a line of at most this many words, or holding a function word, reads as such a phrase, not a row of
# labels (classify/headline.py `_glued_links`; web.dev's 12-label row ending in "JavaScript" is a menu).
HEADLINE_CAMEL_PHRASE_MAX_WORDS = 3
# "Title | Site", "Home » Section": separators of page titles and breadcrumbs.
HEADLINE_SEPARATOR = re.compile(r"[|»›>]|\s/\s")
# An arrow pointing out of the line, at its start or its end: a link to another page
# ("← All Articles", "Learn more →", "< Back to all blog page", "See all fashion >>", "← Sinnvoll
# und aktiv auf das Abitur lernen", the previous post). A bare "<" or ">" only set apart by a
# space or doubled: "<table>: The Table element" is a title. wcxb-dev fit: 53 such raw-text
# candidates on 18 sites, none of them the title; traf-dev fit (tune2): a previous post's link
# scored over the title.
HEADLINE_LINK_ARROW = re.compile(r"^(?:[←⟵⇐«‹]|<<|<\s)|(?:[→⟶⇒»›]|>>|\s>)$")
# The per-language tables (rules/vocab) of a site's legal and navigation labels: a line of two or more
# of them side by side and nothing else but function words and marks ("Impressum/Disclaimer und
# Datenschutz", "Kontakt | Mediadaten | Impressum", "Impressum Menü") is a footer's or a menu's links
# glued, never a title. Fit half, raw text: 16 such candidates on 11 traf-dev sites (rosalux.de,
# steinhau.com, sonnenenergie.de, beyssonmanagement.com, grossefragen.wordpress.com, it-finanzmagazin.de,
# jolie.de, internetchemie.info, dubisthalle.de, sprechblase.wordpress.com, minusl.de) and 5 on 4 wcxb-dev
# sites, none of them the title; one won over the post's title (grossefragen, tune2). A feature
# (`site_labels` in HEADLINE_WEIGHTS), not a filter.
HEADLINE_CHROME_CONCEPTS = ("legal", "navigation")
HEADLINE_CHROME_MIN_LABELS = 2
# A line that opens with such a label and ends with another, other words between, is a menu printed on
# one line (classify/headline.py `_framed_by_labels`): at least this many words, labels of at most this many.
HEADLINE_CHROME_FRAMED_MIN_WORDS = 4
HEADLINE_CHROME_LABEL_MAX_WORDS = 3
# The per-language table (rules/vocab) of the prompts a site prints over its pages: subscribe, sign
# in, log in, register, newsletter. In a raw-text candidate for the headline, anywhere in the line.
HEADLINE_PROMPT_CONCEPT = "newsletter"
# The per-language table of the labels a banner's, a promotion's or a teaser card's link ends with ("Learn
# more", "Click here", "Mehr erfahren"): a raw-text candidate that goes on to one at its end is no title
# (classify/headline.py `_ends_in_link_prompt`).
HEADLINE_LINK_PROMPT_CONCEPT = "link_prompt"
# A quotation in guillemets, in either direction («Gute Löhne alleine reichen nicht»,
# »Zitat«, ‹...›): its marks hug the words they enclose, so it is neither an arrow out of the
# line nor a breadcrumb separator; both tests read the line with such quotations taken out.
# traf-dev fit: quoted titles lost to their dek or caption on 3 sites (rosalux.de,
# volksstimme.ch, mannschaft.com), read as a link ("arrow") and a "Title » Site" line. A quotation
# cut short by an ellipsis ("«Wir waren fast 40 Tage in...") has lost its closing mark.
HEADLINE_QUOTATION = re.compile(
    r"«[^\s«»][^«»]*?(?:(?<=\S)»|(?:…|\.\.\.)$)|»[^\s«»][^«»]*?(?<=\S)«"
    r"|‹[^\s‹›][^‹›]*?(?:(?<=\S)›|(?:…|\.\.\.)$)|›[^\s‹›][^‹›]*?(?<=\S)‹"
)
# Matching this many of the text's words is full evidence of announcing it.
HEADLINE_SHARED_WORDS_FULL = 4
# (Labels of a table of contents, which often follows the headline, are the vocabulary's
# "contents" concept in every language: vocabulary.CONTENTS_LABELS.)
# In raw text the headline may also stand this many lines below the first
# paragraph of the run (under a disclaimer or promotion that reads as one) ...
HEADLINE_LOOKAHEAD_LINES = 10
# ... and a candidate there with this many paragraphs above it is a heading of the text.
HEADLINE_PROSE_ABOVE_FULL = 3
# ... and none stands under this many paragraphs of at least this many words: a notice over the
# headline is a line or two, two full paragraphs are the text's opening (classify/headline.py,
# choose_headline_and_start; traf-dev fit: spoe.at, elpais.com, gipfelbuch.ch lost their opening
# to an embedded post's line or a caption with a date; of the fit pages' moves that were right, none
# had more than one such paragraph above the headline).
HEADLINE_OPENING_PARAGRAPHS = 2
HEADLINE_OPENING_PARAGRAPH_WORDS = 40
# A role's byline under a title ("Recipe by PJ Hamel"): at most this many words in all, and
# this many words of the role before the byline label.
HEADLINE_ROLE_BYLINE_MAX_WORDS = 7
HEADLINE_ROLE_MAX_WORDS = 2
# A candidate there without a byline or date under it is one only under a notice: at most this many
# paragraphs above it, sharing at most this share of their longer words with the text under it,
# which starts at most this many lines below the candidate.
HEADLINE_NOTICE_MAX_PARAGRAPHS = 2
HEADLINE_NOTICE_SHARED_SHARE = 0.2
HEADLINE_NOTICE_GAP_LINES = 2
HEADLINE_NOTICE_TEXT_WORDS = 20
# A headline-shaped line farther below, the run's one line with a byline or date right under it, is
# a candidate when the text under it uses at least this share of its longer words (classify/headline.py,
# _add_far_title; traf-dev fit: the posts' titles under a newsletter form or a site's teaser).
HEADLINE_FAR_TITLE_SHARED_SHARE = 0.5
# ... and when more than this many lines that are no paragraph (a menu, social links, a sidebar) stand
# between it and the paragraph above it: a heading of the text has the text's paragraphs right above
# it, or a caption or two. (Fit half: 9 to 36 such lines over the titles on the three sites; 3 to 8
# over the recipe cards', shop rows' and stock tables' lines that passed every other test.)
HEADLINE_FAR_TITLE_MENU_LINES = 6
# ... unless every paragraph above it shares at most this many of its longer words (or at most
# HEADLINE_NOTICE_SHARED_SHARE of them) with the text under it: a network's or a product's pitch
# over a Q&A post, whose lines head no text (classify/headline.py, _speaks_of_else).
HEADLINE_PITCH_SHARED_WORDS = 2
# ... or a line printed twice in a row (a breadcrumb's last item, then the heading: classify/headline.py,
# _printed_again_dated), the first printing whole or cut short with an ellipsis after at least this
# many words of the title (fit: aihr.com's "11 HR Trends for 2026:..." over the whole title).
HEADLINE_CUT_COPY_MIN_WORDS = 3
# A line printed twice in a row is the page's heading printed twice when at most this many
# candidates stand between it and its text (classify/headline.py, _printed_twice).
HEADLINE_TWICE_MAX_RANK = 3
# In raw text, how many lines above the body a headline may stand although
# the region left it out (behind a table of contents, an author box, a product
# grid or a "best of" summary table: on the fit half of wcxb-dev, 11 of the 82
# missed titles stood 40 to 300 lines above the first paragraph). Fit half,
# title lenient: 40 -> 100 lines 0.766 -> 0.777 (chromium), 0.791 -> 0.813
# (inscriptis); held half 0.733 -> 0.736, 0.753 -> 0.761; body F1 unchanged.
HEADLINE_LOOKBACK_LINES = 100
# ... and up to this many lines above it, a line left outside the region with a byline or a date
# right under it (classify/headline.py, _headline_candidates): a guide's title over a checklist, a
# product grid or a box of top picks printed as hundreds of short lines (wcxb-dev fit, raw text:
# cleverhiker.com, websitebuilderexpert.com, fool.com; 102 to 184 lines above the first paragraph).
# Undated lines that far up are mostly a shop's banners and menus: taking every line up to 300 lines
# moved 4 held headlines (none to right) and 8 fit bodies (6 down); dated lines only, 4 fit headlines
# up, none down, no held headline moved. (Every line: the fit gains flat from 200 to 300 lines.)
HEADLINE_DATED_LOOKBACK_LINES = 300

# How much each feature of a candidate line counts for it being the headline
# (see classify/headline.py, _headline_features): a linear score, the best-scoring
# line wins. Fitted as a conditional logit (softmax over the candidates of a page,
# L2 1.0 towards the previous session's weights) on the raw-text renderings of the wcxb-dev article pages of the "fit"
# half of the sites (sha1 of the host, even), checked on the "held" half.
HEADLINE_WEIGHTS: dict[str, float] = {
    "length": 1.46,  # longer lines (up to HEADLINE_FULL_LENGTH_WORDS) are more specific
    "too_long": 0.04,  # past HEADLINE_TOO_LONG_WORDS it reads as a standfirst
    "full_stop": -1.07,  # a full stop marks a sentence: standfirsts have them, headlines rarely
    "exclaim": 0.62,  # "Mission accomplished!": an exclamation is a headline's, not a paragraph's
    "ellipsis": -0.06,  # a teaser cut short
    "question": -0.09,  # questions are common headlines and common FAQ entries
    "sentences": 0.09,  # two sentences are a dek or a paragraph
    "prose": -0.85,  # running prose is a standfirst, a disclaimer or text
    "title_case": 1.23,  # headlines are often set in Title Case
    "person_name": -1.97,  # a lone name is more likely a byline (none of its words written in lower case in the text)
    "credit": -1.72,  # ending in a credit is more likely a caption
    "menu_neighbours": -0.57,  # short entries on both sides: a menu
    "followed": -0.04,  # followed by a byline, date, standfirst, caption or the text
    "meta_below": -0.42,  # a name-like or meta line just below (kickers and menus have them too) ...
    "meta_above": 0.40,  # a date or kicker line right above
    "dated_below": 3.32,  # ... but a byline, date or reading time (not merely a name) just below marks the head
    "contents_below": 0.68,  # a table of contents starts just below
    "dek_below": 0.53,  # a longer sentence-case line right under it: its dek
    "dek_itself": -0.84,  # itself that longer line under a title (one speaking of the text) or under the byline/date
    # raw text only: the top one of two headline-shaped lines in a row, a title over its dek
    # (added with the others fixed; fit half 0.804 -> 0.812 of the candidates' pages, held 0.753 -> 0.756)
    "first_of_pair": 1.0,
    # raw text only, added with the others fixed (fit half 0.812 -> 0.818 of the candidates' pages, held 0.756 unchanged):
    "label_colon": -1.5,  # ends with a colon: a label ("Article Tags:"), not a title
    "byline_start": -1.5,  # opens with a byline label of any language ("By Ask the Doctors"), or a role's ("Recipe by PJ Hamel"): a byline
    # raw text only, added with the others fixed (fit half 0.806 -> 0.811 chromium, 0.832 = inscriptis;
    # held 0.755 -> 0.767, 0.781 -> 0.787; flat from -2.5 to -4):
    "kicker": -2.35,  # a label of 1-3 words right over a longer headline-shaped line: the section, not the title
    "main": -1.97,  # inside the article run: more likely one of its headings
    "repeated": 0.56,  # repeated on the page (breadcrumb, share text)
    "repeated_below": -0.48,  # repeated in the text: a heading named by a table of contents
    "breadcrumb": -1.69,  # ends with another candidate after a separator: a breadcrumb trail
    "breadcrumb_tail": 2.65,  # the end of a breadcrumb trail is the page's own title
    "first_long": 0.89,  # the first substantial line after the navigation
    "proximity": -0.46,  # position between the page top and the body (a far title's: its own text, `_HeadlineContext.proximity`)
    "near": 1.37,  # few lines between it and the body
    "far": -1.24,  # many lines between it and the body
    "rank": -0.20,  # candidates between it and the body
    "outside": -0.84,  # left outside the article region
    "in_body": 2.83,  # share of its words the text goes on to use
    "in_body_words": 3.22,  # how many of its words the text goes on to use
    "glued": -2.31,  # link texts run together
    "separator": -1.49,  # "Title | Site" or a breadcrumb separator
    # raw text only: a candidate below the first paragraph of the run
    # (only lines with a byline or date under them are candidates there: that anchors the start below them).
    # Refitted alone (was -0.94) once such a candidate's words are matched with the text under it rather
    # than with an opening that holds the candidate itself: fit half flat from -0.5 to 0.3.
    "below_start": -0.03,  # the run's first paragraph is usually the text's
    "prose_above": -0.43,  # paragraphs above it: a heading of the text, not a disclaimer over the headline
    # raw text only, set by hand (traf-dev fit tag lines; wcxb-dev fit and held flat from -0.86 to -2):
    "tag_list": -2.0,  # a line of tags or keywords, not a title
    # raw text only, set by hand like tag_list (traf-dev fit, wcxb-dev fit and held flat from -0.3 to -5):
    # a site's legal and navigation labels side by side
    # (HEADLINE_CHROME_CONCEPTS), weighed rather than refused: a page with no other candidate keeps
    # it as its head, and the byline under it is still read (wcxb fit: a name under "top of page").
    "site_labels": -2.0,
    # the only byline under it names no one ("By Manufacturer" in a shop menu): takes back dated_below
    "dated_weak": -2.70,
    # raw text only, set by hand (wcxb-dev fit and held flat from -1 to -5: such lines lose there already;
    # fitted alone -1.36): one took the title of a traf-dev fit page (tune2). -2 -> -3: a previous post's
    # link ("← Sinnvoll und aktiv auf das Abitur lernen") still won over the title under it on a tune2
    # page (inscriptis); no raw headline moved on wcxb-dev, dev or the held-apart set.
    "arrow": -3.0,  # opens or ends with an arrow out of the line ("← All Articles", "Learn more →"): a link
    # raw text only, added with the others fixed: a line a level out from the text it would head, as
    # inscriptis prints a page's heading outside the article's box (fit half flat from 1.0 to 1.5:
    # wcxb-dev inscriptis 0.843 -> 0.846, traf-dev fit inscriptis 0.718 -> 0.726; chromium unchanged).
    "outdented": 1.25,
    # raw text only, fitted with the others frozen on wcxb-dev and traf-dev fit (2.43 / -0.47): a title of
    # more words than a kicker over a dek at least HEADLINE_LONG_DEK_RATIO times as long, right over the
    # text or its date; case cannot tell them apart in German (traf-dev fit: dhb.de, orsted.de,
    # katholisch.at; traf-dev fit chromium 186 -> 188 of 257, inscriptis 199 -> 202 of 259; wcxb-dev
    # fit unchanged, held one page up and one down in each rendering)
    "over_long_dek": 2.4,  # the title over its far longer dek
    "long_dek": -0.5,  # that dek itself
    # raw text only, above the text's first paragraph of a prose page only (a structured page keeps the
    # line that loses in its text: wcxb fit gymshark.com), set by hand with the others fixed (wcxb-dev
    # and traf-dev fit, wcxb-dev held flat from -1.0 to -1.5; held down from -2): a sign-up or sign-in
    # prompt over the title took its place on fit sites docker.com, britannica.com (wcxb-dev),
    # energetyka24.com (pl), wolfsrebellen-netz.forumieren.com (de) (traf-dev); of the 367 fit candidates
    # holding one of the phrases anywhere, one is a title (about a newsletter: wcxb-dev).
    "prompt": -1.25,  # holds a phrase of HEADLINE_PROMPT_CONCEPT ("Sign In Get Started"): a prompt
    # raw text only, set by hand like tag_list (wcxb-dev fit: coffeekev.com's deals banner, ai.google.dev's
    # release note won over the title; wcxb-dev held and traf-dev unchanged): a banner, a promotion or a
    # teaser card printed with its link's label
    "link_prompt": -2.0,  # ends in a link's label of HEADLINE_LINK_PROMPT_CONCEPT after its text ("... Deals. Click here")
    # raw text only, set with the others fixed (fitted alone 2.58 without the guards; wcxb-dev and
    # traf-dev fit best from 2.5 to 3): the line printed again right above or below it, near its text
    # and inside the region, a breadcrumb's last item over the heading or two nested boxes printed in
    # turn (wcxb-dev fit: online.stanford.edu, empower.com, conejoadulted.org, digitalpreservation.no;
    # candidates' pages fit 299 -> 302 of 360 chromium, 311 -> 314 of 363 inscriptis; traf-dev fit
    # 182 -> 183, 197 -> 198)
    "printed_twice": 2.5,
    # raw text only, set with the others fixed (fitted alone 2.18; wcxb-dev fit chromium flat from 1.5 to
    # 2.5, inscriptis down from 2.5; a full refit with it lowered held): right under a date line that no
    # candidate stands right over, the post's date over its title, whose dated_below went to a line
    # farther up (wcxb-dev fit: cdc.gov, os-system.com, blog.engora.com; article headline lenient fit
    # chromium 0.8402 -> 0.8457, inscriptis unchanged; held one page up in each rendering).
    # Above the text's provisional start only: below it, it lowered held raw body. Not under a title's
    # stamp (title, byline, date), nor over another candidate, nor with a label between it and its date
    # (traf-dev fit, the HTML headline as the proxy: heartlandnewsfeed.com, gdp.de, bmfsfj.de,
    # autohaus.de lost their title to the line under the date; fit 183 -> 184 chromium, 198 inscriptis
    # with them, 181 / 196 without). Below the start too for a title under its date alone under a
    # paragraph (classify.headline._stamps_a_title: a blog's name, its description, the post's date and
    # title; wcxb-dev fit blog.engora.com, traf-dev fit buchperlen.wordpress.com), whose date no longer
    # counts as dated_below for the blog's name.
    "under_date": 2.0,
}

# Meta lines ("Updated on Tuesday, March 6, 2024 at 10:30 pm") are short; a date line
# (a post's stamp too, text/structure.py) has at most DATE_LINE_MAX_WORDS words.
META_LINE_MAX_CHARS = 120
DATE_LINE_MAX_WORDS = 12
# Bylines are short (the byline parser looks at 200 characters at most), so
# longer blocks are not handed to it.
BYLINE_MAX_CHARS = 400

# The words of a page's buttons and menus, in every language (the vocabulary's share, tools and
# navigation concepts, one word each, "Teilen", "Print", "Accueil", "Anterior"): a name never opens
# with one. A row of buttons under a headline ("Share Adjust Comment Print", "Tweet This", "Teilen
# Senden") or a menu's label before a byline ("Accueil | Par Loïc Le Clerc") was read as a name in
# raw text (traf-dev fit: vancouversun.com, hackernoon.com, energetyka24.com, minusl.de, regards.fr,
# soy502.com; authors.py).
INTERFACE_WORDS: frozenset[str] = frozenset(
    word for concept in ("share", "tools", "navigation") for table in vocab_phrases(concept).values()
    for phrase in table for word in vocab_expand(phrase) if " " not in word and len(word) > 1
)

# (Lines that only announce article metadata, "Written by", "Last updated", are the
# vocabulary's byline_label and date_label concepts in every language: vocabulary.is_meta_label.)
# A label's word printed with its plural or gender ending in brackets ("Author(s)", "Auteur(s) :",
# "Autor(en)", "Auteur(e)s", "Autor(inn)en", "Autor(a)"): the same label as the word without the
# bracket, which the tables hold ("author", "auteurs", "autoren"). A typographic convention, not a
# phrase: a bracket of a few letters glued to a word's letters, closed, or open at the line's end where
# the normalised form lost its ")" (signals.normalise strips edge punctuation: "author(s"). Raw author
# missed, fit: WCXB c2es.org ("Author(s)" over the names), traf-dev mesopinions.com ("Auteur(s) :").
# Two forms of one convention: the source is written into the byline prefix patterns (rules.metadata),
# which read a line as printed, ")" and a gender ending's letters after it ("Auteur(e)s"); the compiled
# form strips the ending from a normalised key, whose ")" may be gone at the line's end.
LABEL_ENDING_SOURCE = r"\([^\W\d_]{1,5}\)[^\W\d_]{0,3}"
LABEL_ENDING = re.compile(r"(?<=[^\W\d_])\([^\W\d_]{1,5}(?:\)|$)")


def _label_alternation(concept: str) -> str:
    """A regex source matching any label of a vocabulary concept in any language (rules/vocab), groups
    spelt out, any white space between the words, longest first."""
    labels = {label for table in vocab_phrases(concept).values() for phrase in table for label in vocab_expand(phrase)}
    return "|".join(r"\s+".join(map(re.escape, label.split())) for label in sorted(labels, key=len, reverse=True))


def _label_trie(concept: str) -> str:
    """The strings _label_alternation matches, as a trie (rules.vocab.trie_source): asked of every line
    of a raw text (assemble.py), the alternation tried its ~100 labels one by one at the line's start,
    ~1 us a line (IGNORECASE skips no label by its first letter). For a yes or no only: which label
    a match says may differ."""
    labels = {label for table in vocab_phrases(concept).values() for phrase in table for label in vocab_expand(phrase)}
    return vocab_trie([r"\s+" if atom == " " else re.escape(atom) for atom in _spaced(label)] for label in sorted(labels))


def _spaced(label: str) -> list[str]:
    """A label's characters, its words' white space as one " " (as _label_alternation splits it)."""
    return list(" ".join(label.split()))


# A stamp that dates something other than the article: the member's joining (a forum's or a
# freelancer's member box) or a later edit of the post. Its date is no publication date
# (assemble reads the article's date). Fit-half WCXB: cooking.stackexchange.com ("edited Feb
# 12, 2011" above "asked Feb 11, 2011"), toptal.com ("Member since February 16, 2016"),
# forums.studentdoctor.net and defence.pk ("Joined Jun 29, 2016 Messages 11 ...").
# Its labels are the vocabulary's `other_date` concept: forum software prints them in the
# reader's language ("Mitglied seit", "Inscrit le", "Miembro desde").
OTHER_DATE_STAMP = re.compile(rf"^\W*(?:{_label_trie('other_date')})\b", re.IGNORECASE)
# The same label alone on its line, its date on the next ("Joined" / "Nov 4, 2011": a member card
# as the chromium copy prints it, one field a line). Fit-half WCXB: defence.pk and
# forums.studentdoctor.net (raw date: the starter's join date), australianfrequentflyer.com.au,
# usingenglish.com (the same card).
OTHER_DATE_LABEL_LINE = re.compile(rf"^\W*(?:{_label_trie('other_date')})\W*$", re.IGNORECASE)
# A line the vocabulary's date_label concept opens ("Published on 2021-01-18T19:55", "Posted on the
# 15/12/2025 at 19:00 by @x", "Veröffentlicht am ..."), or that label alone ("Published" over "Aug
# 30, 2024"): the post's own date, wherever the page sets it (assemble reads it last, when nothing
# else dates the article: a blog's footer line under the text, past the region's end). Fit-half
# WCXB (raw date missed): karl-voit.at, blog.guillaume-gomez.fr, learn.hms.harvard.edu,
# publicdomainreview.org.
DATE_LABEL_STAMP = re.compile(rf"^\W*(?:{_label_trie('date_label')})\b", re.IGNORECASE)
DATE_LABEL_LINE = re.compile(rf"^\W*(?:{_label_trie('date_label')})\W*$", re.IGNORECASE)

# A forum thread's head names who started it: "Thread starter khixxx" (XenForo), "Started by
# Biology Forums, June 04, 2024, 11:23:55 AM" (SMF). That member is the thread's author (assemble
# reads it when no byline names one). Fit-half WCXB: forums.mikeholt.com, cameraderie.org,
# australianfrequentflyer.com.au, forums.tomshardware.com, physicsforums.com, defence.pk,
# forums.macrumors.com, forums.studentdoctor.net, thefightingcock.co.uk, usingenglish.com,
# simplemachines.org. Its labels are the vocabulary's `thread_starter` concept, in each language
# the forum software speaks ("Themenstarter", "Iniciado por", "Autore discussione").
# (The name: at most four words, up to a comma or a separator and the date after it.)
_STARTER_NAME = r"([^\s,|·•]+(?:\s+[^\s,|·•]+){0,3})\s*(?:[,|·•].*)?$"
THREAD_STARTER = re.compile(
    rf"^\s*(?:{_label_alternation('thread_starter')})\s*:?\s+{_STARTER_NAME}", re.IGNORECASE,
)
# The same label after the forum the thread is in, quoted, a few words opening the line ("Discussion
# in 'Hosting Advice' started by pelex, May 26, 2025.": XenForo 1's thread head, in any language it
# is translated to). The quoted forum makes the line the thread's head, wherever the region puts it:
# a paragraph may open with "Started by ..." ("Started by my grandfather in 1950, ..."), not with a
# quoted forum's name before it. Fit-half WCXB: spigotmc.org (raw author missed: the line read as
# the text's), forums.digitalpoint.com.
THREAD_STARTER_IN_FORUM = re.compile(
    rf"^\s*[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}\s+['‘\"“][^'’\"”]{{1,60}}['’\"”]\s+"
    rf"(?:{_label_alternation('thread_starter')})\s*:?\s+{_STARTER_NAME}",
    re.IGNORECASE,
)

# A forum member's card prints the member's figures under the handle (or, run onto one line, after
# it): the count of their posts ("Posts: 138", "Beiträge: 12") or a Q&A site's reputation and badges
# ("55.4k 24 24 gold badges 197 197 silver badges"). A thread's first card is its first post's, so
# its member started the thread (assemble reads it when no byline names an author). Fit-half WCXB:
# forums.raspberrypi.com, forums.virtualbox.org ("galitsyn" / "Posts: 138"), cooking.stackexchange.com,
# expatriates.stackexchange.com, serverfault.com, unix.stackexchange.com ("asked Feb 11, 2011 at
# 23:49" / the asker / the badges). The count's label is a table of one concept in each language
# forum software is translated into; the badges are the Q&A software's own words.
MEMBER_POST_COUNT_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("posts", "messages"),
    "de": ("beiträge", "nachrichten"),
    "fr": ("messages",),
    "es": ("mensajes",),
    "it": ("messaggi",),
    "pt": ("mensagens",),
    "nl": ("berichten",),
}
_POST_COUNT_LABEL = "|".join(sorted({label for table in MEMBER_POST_COUNT_LABELS.values() for label in table},
                                    key=len, reverse=True))
_POST_COUNT_FIGURE = rf"(?:{_POST_COUNT_LABEL})\s*:\s*\d[\d.,]*\s*[km]?"
# (The label first: "48 posts" alone is the thread's count, printed over its pages' links; and its
# colon: "Nachrichten 2019" is a menu's link to a year's news, traf-dev fit bundeskanzleramt.gv.at.)
_MEMBER_FIGURES = rf"{_POST_COUNT_FIGURE}|\d[\d.,k\s]*(?:gold|silver|bronze)\s+badges?.*"
# A line of the figures alone, set under the handle's line.
MEMBER_FIGURES_LINE = re.compile(rf"^\W*(?:{_MEMBER_FIGURES})\s*$", re.IGNORECASE)
# The handle and the labelled post count run onto one line ("b.scherer Posts: 2 Joined: Sun Dec 17,
# 2023 11:18 am"): the handle is the one word before the label.
MEMBER_CARD_LINE = re.compile(rf"^\s*(\S+)\s+{_POST_COUNT_FIGURE}(?:\s.{{0,60}})?$", re.IGNORECASE)
# A handle is at most this many characters (a member's display name too: "Eduardo Poças").
MEMBER_HANDLE_MAX_CHARS = 40
# A blog's login handle printed as the byline, alone straight over the date line right under the
# headline ("inikosoftseo" / "September 8, 2025", "3d23d65-ddc6-4ce5" / "Dec 16, 2025"): one word of
# small letters and figures (dots, dashes and underscores between), with a small letter, which the name
# reader refuses. Capitalised words there are sections as often as names ("Politik", "Business"), so
# only this shape is read, and only when the text never writes the word (a category's would be).
# Raw author missed, fit-half WCXB: gvbuild.com, 3d23d65ddc64ce5.substack.com.
LOGIN_HANDLE = re.compile(r"(?=[^a-z]*[a-z])[a-z0-9]+(?:[._-][a-z0-9]+)*")
LOGIN_HANDLE_MIN_CHARS = 4
# A member card's handle and titles take at most this many lines over its figures ("Arantor" /
# "Resident Overthinker" / "SMF Friend" / "SMF Megaposter" / "Posts: 76,825").
MEMBER_CARD_MAX_LINES = 4
# A card's handle line may say the handle twice, the avatar's alternative text and the name's link
# run together ("user5105user5105"); halves shorter than this are no handle said twice.
MEMBER_HANDLE_TWICE_MIN_CHARS = 3

# A forum marks the thread's starter with a title after the handle, on its line or the next one
# ("Ejp55230 Discussion starter", "lowjhg" / "Original Poster"): that member is the thread's author
# (assemble reads the first such mark). A mark follows the handle, where a THREAD_STARTER label
# precedes it (so "Thread starter" is no mark: alone on its line, the name is under it). Fit-half
# WCXB: mtbr.com, woodworkingtalk.com, flyertalk.com. A table of one concept per language.
STARTER_MARKS: dict[str, tuple[str, ...]] = {
    "en": ("discussion starter", "original poster"),
    "de": ("threadersteller", "themenersteller"),
    "fr": ("créateur du sujet", "créatrice du sujet"),
    "es": ("creador del tema", "creadora del tema"),
}
_STARTER_MARK = "|".join(r"\s+".join(map(re.escape, mark.split()))
                         for mark in sorted({m for table in STARTER_MARKS.values() for m in table}, key=len, reverse=True))
# The handle and its mark on one line (group 1, at most three words), or the mark alone on its line.
STARTER_MARK_LINE = re.compile(rf"^\s*(?:(\S+(?:\s+\S+){{0,2}}?)\s+)?(?:{_STARTER_MARK})\s*$", re.IGNORECASE)

# A thread's first post carries its number, "#1", on its stamp's line ("#1 · Aug 5, 2023 (Edited)")
# or alone next to the stamp's date line (" Feb 14, 2026 | 9:05 pm" / "#1"): that post's date is
# the thread's (assemble, when nothing else dates the page). The number is the post's place, no
# word of any language. Fit-half WCXB: woodworkingtalk.com, mtbr.com, flyertalk.com.
FIRST_POST_NUMBER = re.compile(r"^\s*#\s?1(?!\d)(?:\s*$|\s*[·•|,-]\s*\S)")

# Dates the date parser does not take because they lack a year or are relative:
# "Mar 6", "6 March", "Tuesday, March 6", "3 days ago", "Updated 2 hours ago".
SHORT_DATE = re.compile(
    r"^(?:(?:updated|published|posted|last updated)(?: on)?:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago)"
    r"(?:,?\s+\d{4})?(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?)?$",
    re.IGNORECASE,
)

# A relative date, the age of the article when the page was served ("vor 2 Stunden", "il y a 3 heures",
# "hace 2 días", "2 giorni fa"): a date line, read like English's "3 days ago" above, though it gives
# no published date (that needs the time the page was fetched, which no input carries). Per
# language: the word before the count, the word after the unit, the counts written out ("einer",
# "une") and the units in their forms after a count. A date's or a byline's label (the vocabulary's
# meta_line concepts, "Publiziert", "Vor 6 Tagen veröffentlicht") may stand before or after. Traf-dev
# fit, raw copies: bike-magazin.de ("• Publiziert vor einer Stunde" under the writer's name),
# mein-mmo.de ("vor 1 Stunde"), islamische-zeitung.de ("Vor 6 Tagen veröffentlicht"),
# herrpfleger.de (comment stamps "vor 4 Monaten"), 100noticias.com ("hace 9 horas" under teasers).
class RelativeDate(NamedTuple):
    before: str
    after: str
    counts: tuple[str, ...]
    units: tuple[str, ...]


RELATIVE_DATES: dict[str, RelativeDate] = {
    "en": RelativeDate("", "ago", ("a", "an", "one"),
                       ("second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day",
                        "days", "week", "weeks", "month", "months", "year", "years")),
    "de": RelativeDate("vor", "", ("einer", "einem", "einen", "zwei", "drei"),
                       ("sekunde", "sekunden", "minute", "minuten", "min", "stunde", "stunden", "std", "tag", "tagen",
                        "woche", "wochen", "monat", "monaten", "jahr", "jahren")),
    "fr": RelativeDate("il y a", "", ("une", "un", "deux", "trois"),
                       ("seconde", "secondes", "minute", "minutes", "min", "heure", "heures", "h", "jour", "jours",
                        "semaine", "semaines", "mois", "an", "ans")),
    "es": RelativeDate("hace", "", ("un", "una", "dos", "tres"),
                       ("segundo", "segundos", "minuto", "minutos", "min", "hora", "horas", "día", "días", "semana",
                        "semanas", "mes", "meses", "año", "años")),
    "it": RelativeDate("", "fa", ("un", "una", "uno", "due", "tre"),
                       ("secondo", "secondi", "minuto", "minuti", "ora", "ore", "giorno", "giorni", "settimana",
                        "settimane", "mese", "mesi", "anno", "anni")),
    "pt": RelativeDate("há", "", ("um", "uma", "dois", "duas", "três"),
                       ("segundo", "segundos", "minuto", "minutos", "hora", "horas", "dia", "dias", "semana",
                        "semanas", "mês", "meses", "ano", "anos")),
    # Brazilian copies also write the count first: "2 horas atrás".
    "pt-br": RelativeDate("", "atrás", ("um", "uma", "dois", "duas", "três"),
                          ("segundo", "segundos", "minuto", "minutos", "hora", "horas", "dia", "dias", "semana",
                           "semanas", "mês", "meses", "ano", "anos")),
    "nl": RelativeDate("", "geleden", ("een", "één", "twee", "drie"),
                       ("seconde", "seconden", "minuut", "minuten", "uur", "dag", "dagen", "week", "weken", "maand",
                        "maanden", "jaar")),
    "pl": RelativeDate("", "temu", ("dwie", "dwa", "trzy"),
                       ("sekundę", "sekundy", "sekund", "minutę", "minuty", "minut", "godzinę", "godziny", "godzin",
                        "dzień", "dni", "tydzień", "tygodnie", "tygodni", "miesiąc", "miesiące", "miesięcy", "rok",
                        "lata", "lat")),
    # The languages the development data has next to no pages in (thirty-eighth session): the words of the
    # general concept, "<count> <unit> ago" as each language says it, not lines seen on pages. A dual without
    # a count ("منذ ساعتين", "לפני שעתיים") is left out: the pattern asks for a count.
    "sv": RelativeDate("för", "sedan", ("en", "ett", "två", "tre"),
                       ("sekund", "sekunder", "minut", "minuter", "timme", "timmar", "dag", "dagar", "vecka", "veckor",
                        "månad", "månader", "år")),
    "da": RelativeDate("for", "siden", ("en", "et", "to", "tre"),
                       ("sekund", "sekunder", "minut", "minutter", "time", "timer", "dag", "dage", "uge", "uger",
                        "måned", "måneder", "år")),
    "no": RelativeDate("for", "siden", ("en", "ett", "et", "to", "tre"),
                       ("sekund", "sekunder", "minutt", "minutter", "time", "timer", "dag", "dager", "uke", "uker",
                        "måned", "måneder", "år")),
    "fi": RelativeDate("", "sitten", ("yksi", "kaksi", "kolme"),
                       ("sekunti", "sekuntia", "minuutti", "minuuttia", "tunti", "tuntia", "päivä", "päivää", "viikko",
                        "viikkoa", "kuukausi", "kuukautta", "vuosi", "vuotta")),
    "cs": RelativeDate("před", "", ("dvěma", "třemi"),
                       ("sekundou", "sekundami", "minutou", "minutami", "hodinou", "hodinami", "dnem", "dny", "týdnem",
                        "týdny", "měsícem", "měsíci", "rokem", "lety")),
    "ru": RelativeDate("", "назад", ("одну", "один", "две", "два", "три"),
                       ("секунду", "секунды", "секунд", "минуту", "минуты", "минут", "мин", "час", "часа", "часов",
                        "день", "дня", "дней", "неделю", "недели", "недель", "месяц", "месяца", "месяцев", "год",
                        "года", "лет")),
    "uk": RelativeDate("", "тому", ("одну", "один", "дві", "два", "три"),
                       ("секунду", "секунди", "секунд", "хвилину", "хвилини", "хвилин", "хв", "годину", "години",
                        "годин", "день", "дні", "днів", "тиждень", "тижні", "тижнів", "місяць", "місяці", "місяців",
                        "рік", "роки", "років")),
    "tr": RelativeDate("", "önce", ("bir", "iki", "üç"),
                       ("saniye", "dakika", "dk", "saat", "gün", "hafta", "ay", "yıl")),
    "ro": RelativeDate("acum", "", ("un", "o", "doi", "două", "trei"),
                       ("secundă", "secunde", "minut", "minute", "oră", "ore", "zi", "zile", "săptămână", "săptămâni",
                        "lună", "luni", "an", "ani")),
    "el": RelativeDate("πριν", "", ("ένα", "μία", "μια", "δύο", "τρία", "τρεις"),
                       ("δευτερόλεπτο", "δευτερόλεπτα", "λεπτό", "λεπτά", "ώρα", "ώρες", "ημέρα", "ημέρες", "μέρα",
                        "μέρες", "εβδομάδα", "εβδομάδες", "μήνα", "μήνες", "χρόνο", "χρόνια")),
    "id": RelativeDate("", "yang lalu", ("satu", "dua", "tiga"),
                       ("detik", "menit", "jam", "hari", "minggu", "bulan", "tahun")),
    "vi": RelativeDate("", "trước", ("một", "hai", "ba"),
                       ("giây", "phút", "giờ", "tiếng", "ngày", "tuần", "tháng", "năm")),
    "ko": RelativeDate("", "전", (), ("초", "분", "시간", "일", "주", "개월", "달", "년")),
    "ar": RelativeDate("منذ", "", (),
                       ("ثانية", "ثوان", "دقيقة", "دقائق", "ساعة", "ساعات", "يوم", "أيام", "أسبوع", "أسابيع", "شهر",
                        "أشهر", "شهور", "سنة", "سنوات", "عام", "أعوام")),
    "he": RelativeDate("לפני", "", (),
                       ("שניות", "דקה", "דקות", "שעה", "שעות", "יום", "ימים", "שבוע", "שבועות", "חודש", "חודשים",
                        "שנה", "שנים")),
    "hi": RelativeDate("", "पहले", (),
                       ("सेकंड", "मिनट", "घंटा", "घंटे", "दिन", "सप्ताह", "हफ्ते", "हफ़्ते", "महीना", "महीने", "साल", "वर्ष")),
    # Japanese and Chinese glue the word for "ago" to the unit with no space: it is written as part of
    # each unit here ("5分前", "2小时前"), the count in figures before it.
    "ja": RelativeDate("", "", (), ("秒前", "分前", "時間前", "日前", "週間前", "か月前", "ヶ月前", "カ月前", "年前")),
    "zh": RelativeDate("", "", (), ("秒前", "分钟前", "分鐘前", "小时前", "小時前", "天前", "周前", "週前", "个月前",
                                    "個月前", "年前")),
}


def _relative_date_source(form: RelativeDate) -> str:
    count = "|".join([r"\d+"] + [re.escape(word) for word in form.counts])
    units = "|".join(re.escape(unit) for unit in sorted(form.units, key=len, reverse=True))
    before = re.escape(form.before).replace(r"\ ", " ") + " " if form.before else ""
    after = " " + re.escape(form.after) if form.after else ""
    return f"{before}(?:{count}) ?(?:{units}){after}"


# Searched in the normalised line (lower case, single spaces, edge punctuation off); what stands before
# or after it must be a date label or nothing (signals.is_short_date).
RELATIVE_DATE = re.compile(
    r"(?<![^ ])(?:" + "|".join(_relative_date_source(form) for form in RELATIVE_DATES.values()) + r")(?![^ ])"
)
# What no form can do without, for a gate before that search (~6 us a line: its ~30 forms are tried at
# every word's start, and nearly no line holds one): the word before the count ("vor", "il" of "il y a")
# or after the unit ("ago", "lalu" of "yang lalu"), each a whole word of the normalised line (the
# pattern has a space or the line's edge around it), and for a form gluing "ago" to its unit ("5分前")
# the units' last characters, found anywhere. A line holding none of them holds no relative date.
RELATIVE_DATE_WORDS = frozenset(
    word for form in RELATIVE_DATES.values() for word in (form.before.split()[:1] + form.after.split()[-1:])
)
RELATIVE_DATE_GLUED_ENDS = tuple(sorted(
    {unit[-1] for form in RELATIVE_DATES.values() if not form.before and not form.after for unit in form.units}
))

# All-figure dates the date parser cannot settle, month first with dots
# ("06.18.2025"): still a date line, though no date is read from it.
NUMERIC_DATE = re.compile(
    r"^(?:(?:updated|published|posted|last updated)(?: on)?:?\s*)?\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})$",
    re.IGNORECASE,
)

# "5 min read", "Reading time: 4 minutes", "-- min read" (a count not rendered;
# matched after normalisation, which strips the dashes).
READ_TIME = re.compile(
    r"^(?:reading time:?\s*)?(?:about\s+)?(?:\d+\s*)?(?:-\s*\d+\s*)?(?:min|mins|minute|minutes)\.?"
    r"(?:\s+(?:read|reading|to read|listen|read time))?$",
    re.IGNORECASE,
)

# A person's name standing alone: two to four capitalised words (initials and
# particles allowed), optionally followed by credentials ("Jane Doe, MS, RD").
PERSON_NAME = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\.?|[A-Z]\.|de|da|van|von|der|del|la|le|bin|al-\w+)"
    r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\.?|[A-Z]\.|de|da|van|von|der|del|la|le|bin|al-\w+)){1,3}"
    r"(?:,\s*[A-Z][A-Za-z.]{1,6})*$"
)

# --- End matter ----------------------------------------------------------------

# The labels of the sections that follow an article in its own column (related
# and recent posts, "more from the author", the author box, the source list)
# are the vocabulary's concepts that end an article (rules/vocab, `ends_article`),
# in every language; end_matter.py asks artextract.vocabulary for them.
# A shop's recirculation under the item ("People who viewed this item also viewed",
# "Similar items"): unambiguous, so it ends a product page, whose text before it
# is short and seldom prose, behind END_MATTER_SHOP_MIN_WORDS_BEFORE words of any text.
SHOP_RECIRCULATION_LABEL = re.compile(
    r"^(?:(?:people|customers|shoppers)\s+(?:who\s+(?:viewed|bought)\s+this\s+(?:item|product)\s+)?also\s+(?:viewed|bought|liked|purchased)"
    r"|(?:similar|related|recommended|recently\s+viewed|sponsored)\s+(?:items|products)|frequently\s+bought\s+together"
    r"|(?:you|customers)\s+(?:may|might)\s+also\s+(?:like|need))\s*:?$",
    re.IGNORECASE,
)
END_MATTER_SHOP_MIN_WORDS_BEFORE = 30
# A blog's links to its neighbouring posts under the text ("Next article: Go Wins 2010 Bossie Award",
# "Previous: Paying for the rides I took 8 years ago", "Newer PostFourteen Scholarship Essay Examples",
# a theme gluing its label to the title): a label of the vocabulary's `post_link` concept, then a colon
# or, after a label with its noun, the title glued on (its capital letter right after the label), then
# the other post's title. What follows it is the site's (its menus, other posts, a comment form): it
# ends a text whose prose stands above it (raw text, `region._before_post_link`:
# END_MATTER_MIN_PROSE_BEFORE words of prose above, at most END_MATTER_MAX_PROSE_AFTER_SHARE of that
# below). Wcxb fit, raw text: go.dev, collegeessayguy.com, idiallo.com (kept in the body at the start);
# traf-dev fit: lemire.me, foxyfolksy.com, flawlessfood.co.uk, islamische-zeitung.de ("Vorherige: ...",
# "Nächste: ..."), left outside the run already. A bare "Next" needs its colon: a heading "Next Steps"
# names a section of the text; a glued title only after the label's noun: "NextJS" is no link. The
# title's capital is one of any cased script the tables write (Latin with its accented and Central European
# capitals, Greek, Cyrillic: "Следующая статьяНовый мост", "Poprzedni wpisŁódź nocą"); a script without
# capitals gives no sign where a glued label ends.
# (A copy's line may keep two spaces between the label's words: each space as "\s+".)
_CAPITAL_OR_FIGURE = "A-ZÀ-ÖØ-Þ0-9ĄĆČĎĘĚĞİŁŃŇŐŘŚŞŠŢŤŮŰŹŻŽȘȚ\u0386\u0388-\u03ab\u0400-\u042f"
_POST_LINK_PHRASES = _concept_phrases("post_link")
_POST_LINK_LABEL = _openers(_POST_LINK_PHRASES, r"\s+")
_POST_LINK_NOUNED = _openers((phrase for phrase in _POST_LINK_PHRASES if " " in phrase), r"\s+")
POST_LINK_LINE = re.compile(
    rf"^(?:(?:{_POST_LINK_LABEL})\s*[:：]\s*[«‹]?\s*\w|(?:{_POST_LINK_NOUNED})(?-i:[{_CAPITAL_OR_FIGURE}]))",
    re.IGNORECASE,
)
# ... a line of at most this many words (a title; a sentence opening "Next: ..." runs on).
POST_LINK_MAX_WORDS = 20
# A theme's post navigation may print each label bare on a line of its own, by the title it links
# ("Previous" / "How to choose the right pot" / "Next" / "Rules of Hooks"; "VORHERIGER ARTIKEL" / ... /
# "NÄCHSTER ARTIKEL"): a bare label is a link only as one of a pair, two different labels with one
# line between them that is no sentence (the title); a bare "Next" alone may head the text's last
# step, and a carousel's "Previous" / "Next" controls stand side by side. Wcxb fit, raw text: cut on
# hr.university, developer.mozilla.org (2 pages) and a page without an address (4281), no page down; the
# pair stands on 17 more fit sites (budgettravelwithgabby.com, studiobinder.com, in4adventure.com,
# eartheasy.com, legacy.reactjs.org; traf-dev uepo.de, she-works.de, baumeister.de ...), most of them
# under another end already.
POST_LINK_BARE = re.compile(rf"^(?:{_POST_LINK_LABEL})\s*[:：]?\s*$", re.IGNORECASE)
POST_NAV_PAIR_GAP = 2
# A theme may mark the two links by arrows alone, with no label of any language: the older post's
# title after a mark pointing back on one line, the newer one's before a mark pointing on right under
# it ("« Candied Pecans Recipe" / "Cinnamon Raisin Sourdough Bread »", "«Sectoral Debate | Samuda ..."
# / "... transport centre upgrade »", "« Vorheriger Beitrag" / "Nächster Beitrag »"). Two short lines
# that are no sentence (a quotation broken over two lines is one), each marked at its own edge only
# (a line marked at both edges is a quote or a label). ASCII "<" and ">" are left out: code closes its
# tags so. Wcxb fit, raw text: afarmgirlskitchen.com, elizabethmccravy.com (cut there already by the
# bare labels' pair or another end); traf-dev fit: jamaica-gleaner.com (a closing promotion above the
# pair ends the text once the pair is cut), kulinariaathome.wordpress.com.
POST_NAV_BACK_MARK = re.compile(r"^\s*[«‹←]")
POST_NAV_ON_MARK = re.compile(r"[»›→]\s*$")
# Without a label: after the article's last paragraph, at least TEASER_TAIL_MIN_TITLES
# lines shaped like headlines of TEASER_TITLE_MIN_WORDS words or more, making at
# least TEASER_TAIL_MIN_SHARE of what follows, are other stories' titles (end_matter.py).
TEASER_TAIL_MIN_TITLES = 3
TEASER_TITLE_MIN_WORDS = 6
TEASER_TAIL_MIN_SHARE = 0.5
# ... behind this many words of the article's prose.
TEASER_TAIL_MIN_PROSE_BEFORE = 300
# An end-matter label is a heading or a short line.
END_MATTER_LABEL_MAX_WORDS = 8
# In raw text a label whose first word alone names one of these concepts names end matter too
# ("Related articles that may interest you", "Related Insights", "Related tags:"), unless it is
# a sentence or opens with no letter (a quote, a number). Fit half: articles up on 9 sites
# (cloud.google, dictionary, scripps, goloadup, affordablecollegesonline, nucamp, britannica,
# thesoftwarereport, teaching.resources.osu inscriptis), down on 2 (fool.com -0.01 inscriptis;
# osu's cut-short chromium rendering); gentoo wiki's 'Related to Portage' section and rei.com's
# collection pages ('Related searches') down, 4 service/listing/documentation sites up. Not in HTML mode: there the markup fences
# a related box, and such a label heads a link inside the text ('More posts related to Tokyo').
END_MATTER_OPENING_CONCEPTS = frozenset({"related"})
# ... or its opening phrase of this many words or more, with more words after it: "You may also like
# these posts..." (theprairiehomestead), "You Might Also Enjoy Some of My Other Posts" (bennadel),
# "You might also like More from author" (publishedreporter, traf-dev), "You may also like Show related
# articles Hide" (reallygooddesigns). (Two words would take a heading "Top stories of the week" on one word's evidence.)
END_MATTER_OPENING_PHRASE_MIN_WORDS = 3
# ... and such a label, named by its opening, may run to this many words (END_MATTER_LABEL_MAX_WORDS
# is the whole label's bar): "You may be interested in the following topics as well:" (nucamp, 10 words,
# a sentence introducing the teasers with its colon: named by a phrase only, not by its first word),
# "You Might Also Enjoy Some of My Other Posts" (bennadel, 9), "Related Topics: coffee Coffea coffee
# roasting coffee bean (Show more)" (britannica's inscriptis copy). Wcxb fit, raw text: those 3 sites up
# (chromium 2, inscriptis 3), none down; the held half and traf-dev unchanged.
END_MATTER_OPENING_LABEL_MAX_WORDS = 12
# A label's marks at its edges say nothing of what it names: a pictograph or an icon font's glyph
# ("🔥 Recommended Posts", fermyon; "Keep Reading 🚀", schneems; domradio's private-use glyph before
# "Mehr zum Thema:"), an arrow ("Explore more →", notion.so): non-ASCII characters of these Unicode
# categories (symbols, private use, format and combining marks: an emoji's variation selector) are
# read past. Not a heading's anchor mark ("References¶", kernel.org's documentation: its truth keeps
# the references, and the HTML mode cut them once "¶" was read past, run.py html fit 0.880595 -> 0.880593).
END_MATTER_LABEL_EDGE_CATEGORIES = frozenset({"So", "Sm", "Sk", "Co", "Cf", "Mn"})
# It ends an article only behind this many words of the article's prose
# (a "Related" box at the top of a page is a box, not the end).
END_MATTER_MIN_PROSE_BEFORE = 100
# ... and only when what follows holds little prose of its own: paragraphs of
# at least END_MATTER_LONG_PARAGRAPH_WORDS (teasers are shorter) adding up to
# at most this share of the prose before it.
END_MATTER_MAX_PROSE_AFTER_SHARE = 0.25
END_MATTER_LONG_PARAGRAPH_WORDS = 40
# A documentation page's feedback prompt (the page_feedback concept: "Send feedback", "Did you find what
# you needed?") ends it behind less prose, when only the page's footer follows it: its buttons, the
# licence, the "last updated" line, the widget's data, adding up to at most this share of the words of
# the doc's prose above it. A doc is often lists and code: docs.github.com's page stands on 72 prose
# words; cloud.google.com and ai.google.dev print a licence sentence and a "Last updated" line under
# "Send feedback" (47 and 53 words after 190 of prose on ai.google.dev's inscriptis rendering).
PAGE_FEEDBACK_MIN_PROSE_BEFORE = 50
PAGE_FEEDBACK_MAX_WORDS_AFTER_SHARE = 0.6
# On a page read as structured (raw text), a label heads end matter only when it leaves the bulk of
# the run above it: no more prose below than above, and below it at most this many times the words
# above it. Fit half (WCXB raw, session 28 probe): rei.com collections ("Related Expert Advice
# articles" over the guides the page is made of), zappos.com ("Customers Also Bought" over the grid),
# infoq.com ("MORE NEWS" over the listing); right cuts kept at 1.4-1.8 times on traf-dev news pages
# (rundschau-online.de, meininger.de: teaser cards under "Das könnte Sie auch interessieren").
END_MATTER_STRUCTURED_MAX_WORDS_AFTER = 3
# ... unless the run above the label reads as an article: at least this share of its words are
# prose. The pages above (rei.com collections 9-11%, zappos.com 0-10%, infoq.com's listing 38%) are
# made of items; the right cuts on fit traf-dev news pages under teaser cards stand under 62-97%.
END_MATTER_STRUCTURED_ARTICLE_SHARE = 0.5
# A label of the related concept on a line of its own between the article's paragraphs
# ("Related", "Mehr zum Thema"), or of the read_also concept introducing them with a colon or a
# question ("Lue myös:", "Lesen Sie auch:"; a bare "Read more" is a card's button), over one to
# READ_ALSO_TITLES_MAX lines that are no sentence (other stories' titles, a section's name over
# one), at least one of them headline-shaped and READ_ALSO_TITLE_MIN_WORDS long, and the
# article's prose again right under them (or the text's end): the label and the titles are other
# articles' teasers set in the text, left out of it (text/region.py `_read_also_teasers`; the HTML
# mode knows them by their links). A label of at most READ_ALSO_LABEL_MAX_WORDS words, printed once
# in the text: printed again, it is a listing's button under every card (wcxb fit
# readingandmath.org, creativeramblingsblog.com lost their cards' titles to it). Fit half, raw
# text: traf-dev vancouversun.com, theintercept.com, uusisuomi.fi (its "Lue seuraavaksi:" over
# the text's last two titles too), wcxb-dev xda-developers.com. Bare read_also labels ("Read
# more", "Zobacz także") took more (artlyst.com, energetyka24.com up) but cost the held half.
READ_ALSO_LABEL_MAX_WORDS = 4
READ_ALSO_TITLES_MAX = 3
READ_ALSO_TITLE_MIN_WORDS = 5

# An article's head inside the region (headline, dek, share bar, byline, date)
# leaves at most this many lines unexplained; more region lines above the first
# paragraph are content (a grid's cards, a man page's code, a list), not a head.
HEAD_MAX_UNEXPLAINED_LINES = 3
# A paragraph that reads as the dek by its place alone, with at least this many lines the region kept
# as its text standing between the headline and it, is text (classify._dek_under_text): one such line
# is a rating or a label over a dek (kingarthurbaking.com's "67 Reviews 4.7 out of 5 stars", raw copies).
DEK_UNDER_TEXT_MIN_LINES = 2
# A salutation right above the first paragraph ("Hi,", "Hello everyone,", "Dear fellow monkeys,",
# "Liebe Schwestern und Brüder,") opens the text it greets with: a line of at most this many words,
# ending in its one comma (classify._keep_salutation). Fit, left out as the head's furniture while the
# truth keeps it: wcxb-dev forums.raspberrypi.com, forum.audacityteam.org, usingenglish.com,
# wallstreetoasis.com; traf-dev ekd.de (a sermon's address). A line of tags ending in a comma has more.
SALUTATION_MAX_WORDS = 5
SALUTATION_ENDS = (",", "，")
# A question right above the first paragraph ("What is Academic Tutoring?", "Ever wonder how coffee
# was first discovered?") is the heading or the first sentence the text answers (classify.
# _keep_opening_question): the head's furniture had taken it. Fit, kept by the truth: wcxb-dev
# online.stanford.edu, partnershipstudentsuccess.org, thesocialshepherd.com, improvado.io,
# verenastreet.com, oracle.com, realestate.com.au, smcm.edu, collegeessayguy.com. The question
# marks of the scripts that have their own: Latin, CJK full width, Arabic, Armenian, Greek.
QUESTION_ENDS = ("?", "？", "؟", "՞", "\u037e")
# A post's meta set as a list (the byline, its section, the date: one item a line) holds its date
# within this many items of the byline; a list item there is no table of contents' entry, though the
# author's box under the text prints the name again (classify._meta_list_name). Fit-half WCXB,
# inscriptis: restroworks.com, elementor.com.
META_LIST_REACH = 2
# Under a headline the region left outside, a name alone is the byline over its date line past one
# short line that is no sentence, of at most this many words: the writer's job or the post's section
# ("VP - Technology", "#Cloud Computing"). Raw author missed, fit-half WCXB: appinventiv.com
# (inscriptis), cherryservers.com.
NAME_DATE_GAP_MAX_WORDS = 4
# A line that is only a name is the byline within this many lines under the headline (a
# kicker, a dek, a date and a share bar may come between). On wcxb-dev the name lines matching
# the true author sit 1-5 lines under it in HTML and up to 12 in raw text; further down, and
# after a byline already read, they are cards and options (2,500 of 2,700 firings).
NAME_BYLINE_MAX_LINES = 12
# A thread whose posts' header lines date each post by its age ("Need2KnowLion 2 years ago#1" /
# "Mr-McMonkeyDog 2 years ago#2": authors.aged_post_header_name) names its starter on the first of them,
# when nothing else names the author (assemble._aged_post_header): at least AGED_POST_HEADERS_MIN
# different handles so (a thread's members, not one writer's teaser cards), the first within
# AGED_POST_HEADER_REACH lines of the page's top (a thread's first post opens it, under the site's menus;
# the bound keeps a huge text from being read through). Raw author missed, fit-half WCXB:
# gamefaqs.gamespot.com (first header at line 103 of 540 in chromium); the shape also on lobste.rs's
# comments ("jamesw 1 year ago") and linear.app's ("By romain · 1 day ago").
AGED_POST_HEADERS_MIN = 2
AGED_POST_HEADER_REACH = 500
# On a page that gives itself no date, a name alone under the headline set among short labels (the
# line above it or below it a label: at most NAME_ALONE_LABEL_MAX_WORDS words, no sentence) is the
# byline only with an article's sign by it: a date or a meta line ("7 min read", "Written by") within
# NAME_ALONE_SIGN_LINES lines above or below (assemble._signed_run). Shop, service and landing pages
# print their menu, facet and button labels there, title-cased short lines that read as names ("Size
# Guide" / "Shipping", "Our Story", "Customer Care", "Explore HR Services"). Fit-half WCXB, raw
# chromium, pages whose truth names no author: 62 such names (nike, amazon, bpm, seobility, terminix,
# dictionary, mvmt, sakeone, onehealthohio ...); every true byline read from a name alone there has a
# sign by it, a dated page, or prose around it ("BRIAN TRUITT USA TODAY" under the dek, usatoday).
NAME_ALONE_SIGN_LINES = 4
# A labelled byline within this many lines past the text's last paragraph signs the text, where the
# region ends over it (a share prompt may stand between: "Pin this for later!" / "Posted By: Kiersten"):
# assemble._signed_line reads it when nothing else names the author. On the fit half such lines name
# the true author on every page with one (securityweek, leadfeeder, uforocks, reallygooddesigns,
# quantamagazine: found already) but one, whose byline above names it too (news.clemson.edu).
# Raw author missed, fit-half WCXB: forefrontweb.com, kierstenhickman.com. A writer's card (name / job /
# date: assemble._name_over_role) stands in the same reach when an end cut leaves it out (oneuptime.com,
# whose card stands under "Share this article").
SIGN_OFF_REACH = 3
NAME_ALONE_LABEL_MAX_WORDS = 4
# A function word the page writes in lower case this many times is one there, no name's opening word
# (assemble _PageWords.writes_lower, authors.common_words_name): once may be a quoted foreign phrase.
NAME_WORD_LOWER_MIN = 2

# --- Structured pages (text/structure.py, text/region.py) ---------------------------

# A page is read as a structured page (a grid, a thread, a list, a listing of
# code) rather than a prose article when its prose lines hold less than this
# share of its words (a line that is not prose counting at most
# REGION_NON_PROSE_WORDS_CAP) ...
STRUCTURED_MAX_PROSE_SHARE = 0.4
# ... or less than this share while they are worth less than this to a run (summed values).
STRUCTURED_LOW_PROSE_SHARE = 0.6
STRUCTURED_MAX_PROSE_MASS = 200
# ... unless at least this share of its prose words stand in its best run (maximum-sum segment),
# and at least this many: one passage of prose is an article's, however long the menu of teaser
# titles around it (traf-dev fit, raw text: 34 page-renderings of 19 news and blog sites read as
# structured pages kept tags, teaser cards and comment forms, e.g. ostbelgiendirekt.be,
# katholisch.at, bmfsfj.de, bka.de; wcxb fit: freedoniagroup.com, sakeone.com, blennd.com,
# hr.ucmerced.edu read better, goodreads.com's listing worse). A grid's or a thread's prose is many passages.
STRUCTURED_ONE_RUN_SHARE = 0.9
STRUCTURED_ONE_RUN_MIN_WORDS = 120
# A page that would read as an article, its prose below STRUCTURED_LOW_PROSE_SHARE of its words,
# whose best run starts in its last lines (at or past this share of them) under at least this many
# lines with a price, is a structured page: the run is a shop's or a service's description printed
# under its grid of items, which is the content (wcxb fit, raw text, both renderings: thomann.de,
# generationtux.com, employmentboost.com, apple.com, ashleyfurniture.com; an article's run at the
# page's end has few prices above it, or more prose beside them).
UNDER_GRID_RUN_START = 0.8
UNDER_GRID_MIN_PRICES = 5
# ... except on a page holding a long grid of items: a run of at least GRID_MIN_CARDS cards of
# GRID_MIN_CARD_WORDS words each on average (text/structure.py `holds_grid`). A ranked list, a
# store's listing or an index of stories printed with one passage of prose (the list's comments,
# the store's text about its range) is the grid's page, not that passage's (wcxb fit, raw text:
# goodreads.com, amazon.com, news.mit.edu; a brand's page with a grid of 14 of its products,
# sakeone.com, and a topic's 11 repositories, github.com, stay read as before: shorter grids are
# also what an article's page may carry). A news ticker under an article (a time and a headline
# per card, about 12 words: traf-dev fit, football.ua) is no grid of items.
GRID_MIN_CARDS = 15
GRID_MIN_CARD_WORDS = 20
# On a structured page every line's toll is multiplied by this: its content is short lines.
STRUCTURED_TOLL_SCALE = 0.5
# ... and a line of a run of repeating shapes is worth at least this much, by kind of run
# (a list of short lines is also what a menu is: it gets no more than its words).
STRUCTURED_RUN_VALUE: dict[str, float] = {"cards": 3.0, "code": 3.0, "list": 0.0}
# On a prose page, a run of cards with this many words of prose within this many lines above it and
# as many under it is the text's own (a service's plans, a review's picks): its short lines pay no
# toll (text/structure.py `bridged_cards`). wcxb fit, raw text, where the truth holds the cards: aura.com's
# plans, beconnected.esafety.gov.au's activities, the picks of cleverhiker.com and seriouseats.com,
# homegrounds.co, 7cups.com, instantly.ai.
CARDS_BRIDGE_PROSE_WORDS = 60
CARDS_BRIDGE_LINES = 10
CARDS_BRIDGE_MAX_PROSE_SHARE = 0.3
# A structured page ends at the site's copyright line: a short line opening with the copyright
# sign and dating it ("© 2026 GitHub, Inc.", "©Brooklinen 2026", "Copyright © 2014-2025 ..."), of at
# most FOOTER_COPYRIGHT_MAX_WORDS words, under the run's first line. What follows it is the footer's
# legal links and the overlays a copy prints last (sign-up boxes, country pickers), which the lighter
# toll took in (text/structure.py `footer_start`; wcxb fit, raw text: brooklinen.com,
# lesraffineurs.com, topuniversities.com, tecertifiedelectricians.com). The sign, not the word: a man
# page's COPYRIGHT section ("Copyright 1998-2026 Free Software Foundation") is its content (man7.org).
# With a year: a picture's credit names its source and no year ("© Sidelnikov - Dreamstime.com",
# globaltravelerusa.com); without the year the raw traf-dev held half lost two `with` snippets of a page.
# The sign in its spellings: ©, (c), and the circled letter some sites print ("Ⓒ 2025 Identity Guard", identityguard.com).
FOOTER_COPYRIGHT = re.compile(r"^\s*(?:copyright\s*)?(?:[©Ⓒ]|\(c\))(?=.*\b(?:19|20)\d\d\b)", re.IGNORECASE)
FOOTER_COPYRIGHT_MAX_WORDS = 12
# A prose page's run ends there too when one of the footer's legal links (vocabulary concept
# `legal`) stands within this many lines of the copyright line (text/structure.py `legal_footer_start`):
# a product's or service's page prints its overlays after the footer, and the run went on into them
# (wcxb fit, raw text: lemonlight.com, scnsoft.com, oneplus.com, betterhelp.com, aura.com, apple.com;
# a picture's credit under a product's pictures, "© 2025 Black Forest Labs.", has no such links beside it).
FOOTER_LEGAL_LINK_LINES = 6
# The footer's menu stands above its copyright line: its columns of links ("About Us", "Careers",
# "Shop All", a city list, an address, a phone number) and its legal links, short lines that are no
# sentence. When the run ends at the copyright line (or takes it as its last line) those lines are
# still in it: the run ends where they begin, under the text's last sentence, if one of them is a
# legal link (text/structure.py `footer_menu_start`; wcxb fit, raw text: lemonlight.com, scnsoft.com,
# aura.com, oneplus.com, brooklinen.com). A line of the menu holds at most FOOTER_MENU_LINE_MAX_WORDS
# words (an address line), and the menu at least FOOTER_MENU_MIN_LINES lines.
FOOTER_MENU_LINE_MAX_WORDS = 12
FOOTER_MENU_MIN_LINES = 3
# A shop's or a service's fine print closes its page: notes each opening on the footnote mark that
# an offer, a price or a claim above carries ("◊ Apple Card Monthly Installments ...", "† New
# subscribers only", "ΔAverage savings based on ...", "‡*Subject to credit approval", "^ The prize
# was established in 1968."). Notes of FINE_PRINT_MIN_NOTES sentences or more, each within
# FINE_PRINT_GAP_LINES lines of the next and the last of them as near the run's end, end the run
# at the first (text/structure.py `fine_print_start`; wcxb fit, raw text: apple.com, progressive.com,
# ashleyfurniture.com, topuniversities.com, en.wikipedia.org). The marks are the typographic ones;
# not "*", which opens the article's own notes too ("*Disclosure: ...", "*All price ranges ...",
# kept by the truth on cbcbank.com, housecallpro.com) and Markdown's bold ("**Abstract:**"); not a
# mark before a figure ("§ 823 BGB", a law's section). One word may stand before the mark (a copy
# prints a button's label: "Footnote ◊ Financing available ..."). Up to FINE_PRINT_LABEL_LINES short
# lines right above the notes are their label ("footnotes", "Disclaimers").
FINE_PRINT_NOTE = re.compile(r"^\s*(?:[^\W\d_]+\s+)?[◊∆Δ§†‡±※¶^][◊∆Δ§†‡±※¶^°*]*\s*(?![\d\s])")
FINE_PRINT_MIN_NOTES = 2
FINE_PRINT_GAP_LINES = 6
FINE_PRINT_LABEL_LINES = 2
FINE_PRINT_LABEL_MAX_WORDS = 2
FINE_PRINT_MIN_PROSE_ABOVE = 100
# A dialog a copy prints at the end of the text (a comparison chart, a sign-up or trial form, a
# "session expired" notice, a promotion's terms) opens under its close button: a line that is the
# button alone, its sign (DIALOG_CLOSE_SIGNS: "×", "✕") or the word for "close" in the reader's
# language, capitalised as a button is (a reference's lower-case "close" is an event's name:
# developer.mozilla.org). The text ends there (text/structure.py `dialog_start`) when the button is
# one of at most DIALOG_MAX_CLOSE_BUTTONS in the run (a button on every card or chip is the grid's:
# ifixit.com, accenture.com, ecovacs.com; and one inside a run of cards: 4dayweek.io), stands under
# at least DIALOG_MIN_WORDS_ABOVE words of it (a bar closed at the top of the page opens the page
# itself: infoq.com, upgradedpoints.com), and the dialog under it holds at most DIALOG_MAX_LINES
# lines and DIALOG_MAX_WORDS words. Wcxb fit, raw text: ergotron.com, terminix.com, scnsoft.com,
# betterhelp.com, celoxis.com, lemonlight.com, flatworldsolutions.com, greenroads.com,
# hackernoon.com, freedoniagroup.com.
# A letter "X" or "x" alone is as often an index's letter or the X network's link in a row of
# social links (amateurphotographer.com, forum.affinity.serif.com, techcrunch.com): not a button here.
DIALOG_CLOSE_SIGNS = frozenset({"×", "✕", "✖", "╳", "⨯"})
DIALOG_CLOSE_WORDS = frozenset({
    "close",  # en
    "schließen",  # de
    "fermer",  # fr
    "cerrar",  # es
    "chiudi",  # it
    "fechar",  # pt
    "sluiten",  # nl
    "zamknij",  # pl
    "stäng",  # sv
    "luk",  # da
    "lukk",  # no
    "sulje",  # fi
    "zavřít",  # cs
})
DIALOG_MAX_CLOSE_BUTTONS = 2
DIALOG_MIN_WORDS_ABOVE = 60
DIALOG_MAX_LINES = 50
DIALOG_MAX_WORDS = 300
# Customer reviews under a product end its text (text/structure.py `reviews_start`): the label of
# their section, in each language (a count may follow it: "Reviews (18)"), with a rating out of five
# opening a short line (at most REVIEWS_SUMMARY_MAX_WORDS words) within REVIEWS_SUMMARY_LINES lines
# under it ("4.1", "4.6 out of 5 stars"), behind REVIEWS_MIN_WORDS_ABOVE words of the text (wcxb fit,
# raw text: gymshark.com, rei.com, ifixit.com, amazon.com, amazon.co.uk, sweetwater.com).
REVIEWS_LABEL = re.compile(
    r"^(?:reviews|customer reviews|product reviews|ratings (?:&|and) reviews|reviews (?:&|and) ratings"  # en
    r"|bewertungen|kundenbewertungen|rezensionen|kundenrezensionen"  # de
    r"|avis|avis clients|avis des clients"  # fr
    r"|opiniones|reseñas|opiniones de clientes|valoraciones"  # es
    r"|recensioni|recensioni dei clienti"  # it
    r"|beoordelingen|klantbeoordelingen"  # nl
    r"|avaliações|avaliações de clientes"  # pt
    r"|opinie|opinie klientów"  # pl
    r")(?: \(?\d[\d,.]*\)?)?$"
)
REVIEWS_RATING = re.compile(r"^\s*[0-5](?:[.,]\d{1,2})?(?=\s|$)")
REVIEWS_SUMMARY_LINES = 4
REVIEWS_SUMMARY_MAX_WORDS = 8
REVIEWS_MIN_WORDS_ABOVE = 50

# A short line of at most this many words that comes back with its figures
# blanked ("$129.00", "Reply", "Add to cart") may mark the units of a grid or thread ...
STRUCTURE_KEY_MAX_WORDS = 10
# ... when it comes back at least this many times, each time within this many lines of the last,
STRUCTURE_MIN_UNITS = 3
STRUCTURE_MAX_UNIT_LINES = 25
# ... at a steady pace: the longest unit at most this many times the shortest,
STRUCTURE_UNIT_SPREAD = 2.0
# ... and at least this share of the units between hold a line of this many words (a title).
STRUCTURE_TITLED_SHARE = 0.6
STRUCTURE_TITLE_WORDS = 3
# ... and at least this share of them a figure (a price, a count, a date): a menu repeating
# "Overview" / "View more" under each column has none.
STRUCTURE_FIGURED_SHARE = 0.8
# ... unless one unit holds a passage of prose of at least this many words and at least this share of
# the page's prose words, and the other units together at most this share of it: a menu's word printed
# over and under a short article, not a grid (text/structure.py `_frames_a_passage`; traf-dev fit, raw
# text: dhb.de, zamg.ac.at, fischundfang.de, n-land.de).
STRUCTURE_PASSAGE_MIN_WORDS = 40
STRUCTURE_PASSAGE_PAGE_SHARE = 0.5
STRUCTURE_PASSAGE_OTHERS_SHARE = 0.25
# A thread of comments after an article (text/structure.py `find_thread`): at least
# THREAD_MIN_POSTS short date lines (classify/lines.py `is_date_line`), each
# within STRUCTURE_MAX_UNIT_LINES of the last, with a short action line of at most
# THREAD_ACTION_MAX_WORDS words and no figure ("Reply", "Like") in THREAD_ACTION_SHARE of the
# posts; the thread takes in up to THREAD_HEADER_MAX_LINES short lines above its first stamp.
THREAD_MIN_POSTS = 3
THREAD_ACTION_MAX_WORDS = 4
THREAD_ACTION_SHARE = 0.6
THREAD_HEADER_MAX_LINES = 6
# ... or, where the copy prints no action line (comments closed, buttons not rendered), a line
# of at most THREAD_NAME_MAX_WORDS words, no figure and no sentence right above the stamp (the
# author's name: "Jess Jones" / "November 15, 2022 at 7:03 am") in THREAD_ACTION_SHARE of the
# posts, the names not all one. Fit half: 3 pages of 2 sites (learningrevolution's WordPress
# comments; booking.com's dated cards under "Suggested articles"), 1 forum page -0.001; held
# half 5 pages up per rendering, none down (run.py text --jobs 1).
THREAD_NAME_MAX_WORDS = 4
# A forum post's member box (text/structure.py `member_boxes`): under the author's name, at least
# MEMBER_BOX_MIN_LINES lines of at most MEMBER_BOX_LINE_MAX_WORDS words, no sentence, one with a
# figure (rank, "Joined", join date, "Messages", count), printed again line for line at the
# author's next post, a sentence (the post) within MEMBER_BOX_POST_LINES lines under it; boxes
# under MEMBER_BOX_MIN_NAMES names or more (one block printed twice is a tutorial's output).
# The truth keeps the name and the post's date, not the box. Fit half, raw text: 12 pages up
# (australianfrequentflyer.com.au, forum.affinity.serif.com, forums.macrumors.com,
# physicsforums.com, forum.kerbalspaceprogram.com, forums.tomshardware.com, ...), none down.
MEMBER_BOX_MIN_LINES = 3
MEMBER_BOX_LINE_MAX_WORDS = 4
MEMBER_BOX_POST_LINES = 4
MEMBER_BOX_MIN_NAMES = 2
# ... a box is printed in the same shape under every member, not only again under one who posts
# twice: its labels the same, its figures and dates where the others have theirs. Its name is the
# top of at most MEMBER_BOX_HEAD_LINES name-shaped lines over the lines all boxes share (the
# member's rank lines between: "Titan", "Moderator").
MEMBER_BOX_HEAD_LINES = 3
# A post's number ("#12", text/structure.py `post_numbers`): a line of the sign and a figure within
# POST_NUMBER_STAMP_LINES lines of a date line (the post's stamp), THREAD_MIN_POSTS of them or more
# in the text: the permalink of each post, no word of it (wcxb fit, raw text: physicsforums.com,
# forums.studentdoctor.net, cameraderie.org, thefightingcock.co.uk, flyertalk.com,
# forums.mikeholt.com). A ranking's "#1" stands by no date (amazon.com's best sellers: content).
POST_NUMBER = re.compile(r"^\s*#\d{1,6}\s*$")
POST_NUMBER_STAMP_LINES = 2
# A figure alone on a line ("131", "14,103", "4.5"): a post's vote or reply count, a product's review
# count or rating, a member's post count, printed by its card with no word of its own (text/structure.py
# `bare_figures`). No sentence reads as a bare figure; a list's markers print their sign ("1.") and stay.
# (wcxb fit, raw text, lines of the text the truths leave out: serverfault.com, askubuntu.com,
# unix.stackexchange.com, forums.studentdoctor.net, forum.qt.io, lobste.rs, tapatalk.com, quora.com,
# amazon.com, thomann.de, ifixit.com, producthunt.com: 53 pages up on 47 sites, 19 down on 17 (steps
# printed as "1", "2"; a service's figures over their labels) in a replay on the fit outputs.)
BARE_FIGURE = re.compile(r"^\s*(?:\d{1,3}(?:[,.]\d{3})+|\d+(?:[.,]\d+)?)\s*$")
# A comment's signature under a post (text/structure.py `comment_signatures`): its author's name,
# then the name again after a dash ("jldugger" / "– jldugger"; the copy may read the dash as the
# line's bullet), a date line within COMMENT_STAMP_LINES lines under it; THREAD_MIN_POSTS of them
# or more in the text. The comment (the line over the name), the name, the signature and its
# stamps are the comments', not the post's (wcxb fit, raw text, both renderings: serverfault.com, askubuntu.com,
# unix.stackexchange.com, expatriates.stackexchange.com).
COMMENT_SIGNATURE_DASHES = frozenset("\u2013\u2014-")  # en dash, em dash, hyphen
COMMENT_SIGNATURE = re.compile(r"^\s*[\u2013\u2014-]\s*(\S.*?)\s*$")
COMMENT_STAMP_LINES = 2
# A comment's header in a blog's thread (text/structure.py `said_header_start`): the commenter's name
# and the thread's verb of saying with a colon ("degski says:", "Burnsy sagt:"), a date line (the
# comment's stamp) within COMMENT_STAMP_LINES lines under it. One such header after the article's
# prose ends the text, however few comments follow (a single comment under a post is no thread for
# `find_thread`); without the stamp under it the line is a quote's lead-in ("Die CHIP Redaktion
# sagt:", "Plantur sagt:" over a maker's claim: chip.de, happyface313 on traf-dev fit). Fit half:
# WCXB smartbitchestrashybooks.com; traf-dev lemire.me, antary.de, it-learner.de. A per-language
# table of the concept "X says:" as blog software prints it over each comment: the present tense
# where the language's blog software prints it (a forum's "X wrote:", "X said:", "X schrieb:" heads a
# quote inside a post, often over its date), the past tense where that is the comment's own header
# there ("ha detto", "disse", "schreef" in the Italian, Portuguese and Dutch blog software):
COMMENT_SAYS_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("says",),
    "de": ("sagt",),
    "fr": ("dit",),
    "es": ("dice",),
    "it": ("dice", "ha detto"),
    "pt": ("diz", "disse"),
    "nl": ("zegt", "schreef"),
    "pl": ("pisze",),
    "sv": ("skriver", "säger"),
    "ru": ("говорит",),
}
# The name: one to COMMENT_SAYS_NAME_MAX_WORDS words, no colon nor sentence mark inside it.
COMMENT_SAYS_NAME_MAX_WORDS = 5
COMMENT_SAYS = re.compile(
    r"^\s*[^\s:;.!?][^:;!?]*?\s(?:"
    + "|".join(sorted({re.escape(verb).replace(r"\ ", r"\s+") for verbs in COMMENT_SAYS_VERBS.values() for verb in verbs},
                      key=len, reverse=True))
    + r")\s*:\s*$", re.IGNORECASE)
# A forum's opening post is one of its posts (text/structure.py `_opened_by_a_post`): a stamp of
# the posts' shape at the top of the text, up to this many lines above the run (its author's
# header lines stand above the text) or THREAD_HEADER_MAX_LINES below its start, followed by
# one of the posts' action lines. Fit half: 6 forum pages of 6 sites (one rendering each) and a
# listing of dated posts; no article page in either half.
THREAD_OPENING_ABOVE_LINES = 15
# A prose article ends before such a thread behind this many words of prose (text/region.py):
# a forum's first post is shorter (fit half: forum first posts 150-520 words, articles 680+).
THREAD_MIN_PROSE_BEFORE = 600
# ... or behind END_MATTER_MIN_PROSE_BEFORE words, outweighing the thread, when the section's comments label (the comments
# concept of rules/vocab, per language: "Comments", "Kommentare", "Komentarze" ...) stands at the
# thread's top: among the short lines it takes in above its first stamp, or up to this many lines
# above them (a comment form's prompt between). A forum prints no such label over its replies. The
# label may be glued to the next words by the copy ("KomentarzeLiczba komentarzy: 6": its first
# part before a lower-to-capital joint, REGION_GLUED_JOINT, is read). The text ends at the label
# (or at the thread's top, when the thread takes in lines above its label).
# Fit half: traf-dev energetyka24.com (a 515-word article over 6 comments, both renderings).
THREAD_LABEL_ABOVE_LINES = 3
# The heading of an article's comments that counts them and names the article by its title,
# in any language ("142 Antworten zu Würde des Lebens – ein Projekt", "25 thoughts on “How to
# Grow a Lemon Tree from Seed”", "45 Gedanken zu „Das wird man ja wohl noch sagen dürfen!“"):
# a count, one to COMMENT_COUNT_MAX_LABEL_WORDS words of letters alone, then a line of at least
# COMMENT_COUNT_TITLE_MIN_WORDS words printed in the text's head (its headline), quotes aside; it
# ends a prose article in raw text (text/region.py `_before_comment_count`), however much the
# comments weigh. Fit half, chromium renderings scanned: the shape on 6 sites (grossefragen,
# gormulus, insubordinant .wordpress.com, lemire.me, youhadmeatgardening on traf-dev,
# houseplanthouse on wcxb; 3 of them cut already by other rules, lemire's title printed above
# the chromium run's head), lines of at most COMMENT_COUNT_MAX_WORDS; without the head and the
# letters-alone label it also took street addresses printed twice and a teaser card's
# "8 min read: <title>" (conejoadulted, rei on wcxb).
COMMENT_COUNT_MAX_LABEL_WORDS = 3
COMMENT_COUNT_TITLE_MIN_WORDS = 3
COMMENT_COUNT_MAX_WORDS = 40
COMMENT_COUNT_QUOTES = "„‚“”‘’«»‹›\"' "
# A list of teaser cards after an article (text/structure.py `teaser_cards_start`): at least
# TEASER_CARDS_MIN date lines, or printings of one short line with a letter, at a pace of at
# most TEASER_CARD_MAX_LINES lines to the end of the text, at least STRUCTURE_TITLED_SHARE of
# the cards titled and TEASER_CARDS_BRIEF_SHARE of them holding at most one paragraph; it ends
# a prose article behind TEASER_TAIL_MIN_PROSE_BEFORE words of the run's prose when that
# outweighs the cards' (text/region.py). Fit half: dated cards 4 pages of 4 sites (3 articles,
# a service page) in both renderings, 0 pages down; cards marked by a short line 5 more pages
# up (3 articles, 2 forums), 1 down (a service page, chromium).
TEASER_CARDS_MIN = 4
TEASER_CARD_MAX_LINES = 8
TEASER_CARDS_BRIEF_SHARE = 0.7
# A short news story over its site's latest news (dated cards under a label: "Aktuell" / "10.11.2021" /
# title / blurb): on a page read as a prose article, this many words of prose above the cards do when they
# are at least TEASER_CARDS_SHORT_ARTICLE_MIN_SHARE times the cards' prose. Fit: traf-dev awo.org (207
# words over 44; both renderings, 3 `without` snippets gone); held traf-dev one page up in each rendering,
# wcxb unchanged. (On every page, structured ones too, wcxb held lost a product page and a listing.)
TEASER_CARDS_SHORT_ARTICLE_MIN_PROSE = 150
TEASER_CARDS_SHORT_ARTICLE_MIN_SHARE = 3
# Unmarked teaser cards at the end of a prose article (text/region.py `_before_card_tail`): at
# least TEASER_CARDS_MIN cards in a row, each a title (a headline-shaped line that is no sentence
# nor a credit, of STRUCTURE_TITLE_WORDS words or more and TEASER_CARD_TITLE_MIN_WORDS on average:
# an article's section headings are shorter; fewer than half of them questions: an FAQ's are)
# right over a one-paragraph blurb of at most TEASER_CARD_BLURB_MAX_WORDS words (an article's
# sections run longer), the last within TEASER_CARD_MAX_LINES lines of the end, and no action line
# just above the first (a roundup's items of another shape). Fit half, wcxb, both renderings: 4
# sites cut (cleverhiker, tayst, escalon.services, travelyesplease: 6 words of the truth, 1837
# others), no page down ("Best Backpacking Quilts of 2026" / "From the deep forests of ...").
TEASER_CARD_TITLE_MIN_WORDS = 5
TEASER_CARD_BLURB_MAX_WORDS = 40
# A card's blurb may lack its full stop: a line of this many words or more in sentence case (at most
# this share of its longer words capitalised) under a card's title is its blurb. Fit half, wcxb:
# cleverhiker.com ("Our list of trail-tested backpacking sleeping bags will help you ... to winter"
# broke the chain of cards ten blurbs long). The chain's last blurb, where it is read from, must still be
# a paragraph: read from such a line too, a service page's sections over list items without full stops
# were cut as cards (oracle.com, wcxb fit, both renderings).
TEASER_CARD_LOOSE_BLURB_MIN_WORDS = 12
TEASER_CARD_LOOSE_BLURB_MAX_TITLE_SHARE = 0.5
# ... a card may close with a short action line ("Read more") of at most this many words.
TEASER_CARD_ACTION_MAX_WORDS = 3
# Cards whose mark closes each of them ("Read more", a date line under the blurb) leave the first
# card (its title over its blurb) above the first mark: it goes with them when shaped as the cards
# between the marks are, its blurb at most this many times the longest of theirs. Fit half (raw):
# right on oakywood.shop (date lines, label "Blog."), emplifi.io ("Read more"), schneems.com
# (traf-dev, "Read More", label "Keep Reading"); the two service pages it moves, walton.uark.edu
# (date lines) and deloitte.com ("Read the full story"), are ones whose WCXB truth keeps the cards.
TEASER_CARD_FIRST_BLURB_SLACK = 1.5
# When no chain of TEASER_CARDS_MIN cards is found, up to TEASER_CARD_MARK_MAX_LINES such lines may
# stand between two cards, and when every card carries the same ones (numbers aside: "66 Likes" /
# "Wildtiere" over each title) TEASER_CARDS_MIN_MARKED cards do: the lines are the card template's,
# an article's sections carry none alike. Fit half, both renderings of wcxb and traf-dev scanned: the
# shape in the run's last lines on splunk, citadelbanking, neste (wcxb), duengebehoerde-niedersachsen,
# tierwelt (traf-dev), all but tierwelt's already cut by other rules (elsewhere mid-text: a listing,
# a comment thread, code, which the tail's window does not reach); tierwelt chromium up (2 `without`
# snippets), no page down, held unchanged. With two lines allowed between unmarked cards too, wired's
# listing lost its cards (wcxb fit 0.947 -> 0.714).
TEASER_CARD_MARK_MAX_LINES = 2
TEASER_CARDS_MIN_MARKED = 3
# Cards whose every blurb is cut short (CUT_BLURB) are other pages' openings: this many will do. Fit
# half, raw text, both renderings: camphouse.io (wcxb, 3 cards under "More you might like"),
# von-der-see.de (traf-dev, 2 cards under "Interessantes aus unserem"); no page down, held wcxb and
# traf-dev one page up each. (With most blurbs cut, 60%, and the lines between cards not alike, a
# service page's dated blog cards that wcxb's truth keeps went too: openproject.org, fit, down.)
TEASER_CARDS_MIN_CUT_OFF = 2
# A paragraph of a consent dialog opens by saying what cookies the site sets ("These cookies
# allow us to count visits", "Necessary cookies are absolutely essential", "We use cookies to
# ..."); long ones escape the boilerplate patterns (BOILERPLATE_PATTERN_MAX_CHARS). Raw text
# only (text/region.py): worth nothing to a run and not prose. Per language, from the consent
# table (rules/vocab/consent.py: en, de, fr, es, it, nl, pt, pl, sv, da); wcxb-dev: 253 lines of
# 103 renderings (both, English), 1 inside a labelled body.
# ... also under its label: a blog platform's cookie notice opens with a label of a few words and a
# colon ("Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to
# their use.", "Datenschutz & Cookies: Diese Website verwendet Cookies."; WordPress.com's footer widget
# in the blog's language). A label is a few words of letters before the colon, in any language.
# Fit half, raw text, traf-dev: gnaur, weselpower, surfguard, insubordinant, gormulus, grossefragen,
# lernpfadprismen, buchperlen, sprechblase (.wordpress.com), investmentwatchblog.com.
CONSENT_NOTICE_LABEL_MAX_CHARS = 40
CONSENT_NOTICE_LABEL = rf"(?:[^\W\d][^:.!?\d]{{0,{CONSENT_NOTICE_LABEL_MAX_CHARS}}}?\s?:\s+)?"


def _consent_opener(entry: Consent) -> str:
    openers, categories = "|".join(entry.openers), "|".join(entry.categories)
    opened = rf"(?:{openers})\s+(?:\w+\s+){{0,2}}{entry.cookie}\b"
    if entry.after:  # "cookies nécessaires": the category follows the cookie word
        return rf"{opened}|{entry.cookie}\s+(?:{categories})\b"
    return rf"(?:{openers}|{categories})(?:\s+|-)(?:\w+\s+){{0,2}}{entry.cookie}\b"


def _consent_label(entry: Consent) -> str:
    categories = "|".join(entry.categories)
    if entry.after:
        return rf"{entry.cookie}\s+(?:{categories})"
    return rf"(?:{categories})(?:\s+|-){entry.cookie}"


CONSENT_PARAGRAPH = re.compile(
    CONSENT_NOTICE_LABEL + "(?:" + "|".join(f"(?:{_consent_opener(entry)})" for entry in CONSENT.values()) + ")",
    re.IGNORECASE,
)
# Each opener above and each row of a cookie table (CONSENT_TABLE_ROW) names the cookie word of its language
# (the entries' `cookie`), and each cookie word holds one of these (tests/test_rules_text.py): a line that
# holds none, as vocabulary.ignorecase_form writes it (where they stand wherever IGNORECASE finds them), is
# neither, and the patterns, tried at the start of every raw line (~1.4 us a line), are not asked of it.
CONSENT_COOKIE_STEMS = ("cookie", "témoins", "ciasteczka", "kakor")
# ... and speaks of the site or the visitor's data (a recipe's "These cookies keep for a week" does not).
CONSENT_PARAGRAPH_WORDS = re.compile(
    r"\b(?:" + "|".join(word for entry in CONSENT.values() for word in entry.data) + ")", re.IGNORECASE
)
# A line that is nothing but a cookie category, as consent managers label their switches
# ("Functional Cookies", "Strictly Necessary Cookies"; OneTrust), on a normalised line.
# With its switch's word ("Performance Cookies Off", "Allow marketing cookies"; the English table's),
# and the panel's own labels ("Always Active", "Cookie List").
CONSENT_LABEL = re.compile(
    "(?:(?:allow )?(?:" + "|".join(_consent_label(entry) for entry in CONSENT.values()) + ")(?: off| on| always active)?"
    + "".join(f"|{label}" for entry in CONSENT.values() for label in entry.labels) + ")$"
)
# A line a consent manager opens with: the IAB framework's purposes ("Store and/or access information
# on a device 301 partners can use this purpose") and its notice, on a normalised line.
CONSENT_PURPOSE = re.compile("(?:" + "|".join(p for entry in CONSENT.values() for p in entry.purposes) + ")")
# A row of a consent manager's cookie table, on a normalised line (the copy runs its cells
# together): the cookie's name (one token: "_ga", "cookielawinfo-checkbox-analytics"), how long
# it keeps ("11 months", "2 Jahre", "session"; not a teaser's "2 days ago") and a sentence naming
# the cookie word ("This cookie is installed by Google Analytics"). Its header is a label
# ("Cookie Duration Description"). Rows in the site's language or English under any header
# (islamische-zeitung: German header, English rows), so the durations of every language.
# Fit half, raw text: 4 sites (talkinghomerenovations, in4adventure, thewoodwhisperer; traf-dev
# islamische-zeitung), 5 to 14 rows each.
# The name is a code's token ("NID", "_ga", "yt-remote-device-id"), never a capitalised word: a
# recipe's step ("Bake 10 minutes, until the cookies are golden") has the same shape. On the
# line as printed (not normalised: the name's case tells).
CONSENT_ROW_NAME_MAX_CHARS = 80
CONSENT_TABLE_ROW = re.compile(
    rf"\W*(?!(?-i:[A-Z][a-z]+)\s)\S{{1,{CONSENT_ROW_NAME_MAX_CHARS}}}\s+(?:" + "|".join(d for entry in CONSENT.values() for d in entry.durations)
    + r")\s+(?!ago\b).*?\b(?:" + "|".join(sorted({entry.cookie for entry in CONSENT.values()})) + r")\b",
    re.IGNORECASE,
)
# A sign-up box's consent sentence ("By signing up, I agree to the Terms and Privacy Policy"), on a
# normalised line, per language (rules/vocab/consent.py SIGNUP_CONSENT): raw text leaves it out of
# the text (text/region.py), weighed as any line (as a dialog's line, worth nothing, it lowered the
# run's share of the page and widened mashable's run over its menu).
CONSENT_SIGNUP = re.compile("(?:" + "|".join(p for table in SIGNUP_CONSENT.values() for p in table) + ")")
# The sign-up box above that sentence, read from its lines' shapes (text/region.py `_signup_box`):
# its fields and check boxes just above the sentence (short lines that are no sentence: "Email",
# "Subscribe", "Contact me with news and offers from other Future brands"), over its pitch (one to
# SIGNUP_BOX_MAX_PITCHES short sentences: "Sign up for our newsletter to get the latest ..."), under
# its title (one or two short lines that are no sentence: "Want more industry news?", "PC Gamer
# Newsletter"). Without a pitch under a title only the sentence goes: short lines alone over it may
# be the article's list. Fit half, raw text, boxes the run took in with their consent sentence:
# cabletv.com, elementor.com, mashable.com, empower.com, engineering.atspotify.com, techcrunch.com
# (wcxb), pcgamer.com (traf-dev).
SIGNUP_BOX_MAX_FIELDS = 4
SIGNUP_BOX_FIELD_MAX_WORDS = 25  # two check boxes' labels a copy ran together (pcgamer.com, inscriptis)
SIGNUP_BOX_MAX_PITCHES = 3  # (a copy may print the pitch twice)
SIGNUP_BOX_PITCH_MAX_WORDS = 25
SIGNUP_BOX_MAX_TITLES = 2  # a title under the box's kicker ("Mashable Deals" / "Be the first to know!")
SIGNUP_BOX_TITLE_MAX_WORDS = 8
# A sign-up box's assurance stands where its consent sentence would ("No spam, we promise. You can
# unsubscribe at any time ...", "I respect your privacy. Unsubscribe at any time."): a copy that
# dropped the consent line (pcgamer.com, inscriptis) keeps the assurance, so it marks the box as
# well (text/region.py `_signup_boxes`), on a line of at most SIGNUP_ASSURANCE_MAX_WORDS words; per
# language. Fit half, raw text: pcgamer.com (traf-dev), publicdomainreview.org,
# markdenneyphotography.com, whitecoatinvestor.com, goodonyou.eco, glossier.com (wcxb).
SIGNUP_ASSURANCE = re.compile("|".join((
    r"\b(?:unsubscribe|opt out)(?: [a-z]+){0,3} (?:at any time|anytime)\b",  # en
    r"\bjederzeit (?:wieder )?(?:abbestell|abmeld|austragen)",  # de
    r"\b(?:désabonner|désinscrire)(?: [a-zé]+){0,2} (?:à tout moment|en un clic)",  # fr
    r"\b(?:darte|darse) de baja en cualquier momento",  # es
    r"\b(?:disiscriverti|cancellarti) in qualsiasi momento",  # it
    r"\b(?:op elk moment|altijd) (?:uitschrijven|afmelden)",  # nl
)))
SIGNUP_ASSURANCE_MAX_WORDS = 30
# A line opening with "Lorem ipsum" is the placeholder of a template the site left unfilled (a
# hidden promo box, a tab's dummy copy), never an article's text, in any language. Long ones escape
# the boilerplate patterns (BOILERPLATE_PATTERN_MAX_CHARS), so raw text (text/region.py) weighs them
# as a consent dialog's lines: worth nothing to a run, not prose, left out of the text. wcxb-dev:
# printed on 5 sites' renderings (phrase found by grep over both halves; 2 fit sites); it was the
# text of one fit rendering (spglobal inscriptis: F1 .652 -> .958), no other page moved.
PLACEHOLDER_TEXT = re.compile(r"\W*lorem ipsum\b", re.IGNORECASE)
# An author box closing a raw text (text/region.py `_before_author_box`): a line of at most
# AUTHOR_BOX_LABEL_MAX_WORDS words whose last words, a name, open the paragraph under it, with
# at most AUTHOR_BOX_LABEL_EXTRA_WORDS words before the name ("About", "Written by"), and the
# name in a line of the text's head of at most AUTHOR_BOX_BYLINE_MAX_WORDS words (the byline:
# "By Clay", "May 18, 2023 By Sara Harberson In"; a list's last item is not named there).
# Fit half: 7 article pages of 7 sites (tastewise, securityweek, clay, klaviyo, paigebrunton,
# saraharberson, datafeedwatch); without the byline test the last items of lists were cut.
# A line of at most AUTHOR_BOX_JOB_MAX_WORDS words between the name and the bio is the author's
# job ("Marketing Operations Analyst", "HR & Career Expert", "5 articles"): fit half 5 more pages
# of 5 sites (brighterly, improvado, arc.dev, bennadel, intelivita), 0 down. A name without a
# label may have a little prose after its box as a labelled one may (a promotion, "Yes, send me
# a copy of this email."): 4 more fit sites (consumerreports, shorelight, restroworks, tastewise).
# The bio may open with an abbreviated title of at most AUTHOR_BOX_TITLE_MAX_CHARS characters
# ("Dr. Charles Patterson is ...") and put a comma after the name ("Amit Samsukha, CTO at ..."):
# 3 more fit sites (whitecoatinvestor, emizentech, tasteofhome), 0 down. The name matched in any
# case ("BY AMIT SAMSUKHA" over the text, "REBECCA NORRIS" over her bio) and a label's name before
# a comma ("Jeff Cobb, Founder of Learning Revolution"): found on 3 fit sites (emizentech,
# learningrevolution, veranda: its byline is glued to the date, still unread); run.py text up on
# 2 fit sites, 0 down, held half up too. (Also looking for the byline above the head, over a table
# of contents the run left out: 4 more fit sites up, but the held half dropped: not kept.)
# ... or, when no byline names the author, a label opening with the name over a bio that says a
# writer's job ("Emma Ryan Writer" / "Emma is Lead Writer at Website Builder Expert", "Mary Henn" /
# "Mary Henn, MA, MFA, is a shopping editor at ...", "REBECCA NORRIS" / "... is a full-time freelance
# writer"): the writer's box, where a list's last item ("Hex Technologies is a modern workspace ...")
# names no writer's job. The job in the singular, as a bio gives its own ("writers" in a researcher's
# bio are someone else's). Fit half, raw text: veranda.com, tasteofhome.com, idenfy.com, orientsoftware.com,
# websitebuilderexpert.com, amateurphotographer.com (bylines glued to a date, standing above the
# head's window, or printed nowhere): chromium 6 pages up, inscriptis 4, none down; held half up too.
# The label may open with a byline's label before the name ("Written by Cassidy Horton" / "Cassidy
# Horton is a finance writer"; the vocabulary's byline_label concept, every language): once left in the
# text as the page's only byline, it is now read as the author a few lines past the text's end
# (authors, session 41), so the box goes too. Fit half, raw text: prosper.com, both renderings up, no
# author moved; held half up (run.py text, with the byline under a dek below).
# A per-language table of the concept "a writer's job":
WRITER_ROLES: dict[str, tuple[str, ...]] = {
    "en": ("writer", "editor", "author", "journalist", "reporter", "contributor", "columnist", "blogger", "correspondent"),
    "de": ("autor", "autorin", "redakteur", "redakteurin", "journalist", "journalistin", "reporter", "reporterin",
           "korrespondent", "korrespondentin", "kolumnist", "kolumnistin", "blogger", "bloggerin"),
    "fr": ("rédacteur", "rédactrice", "journaliste", "auteur", "autrice", "correspondant", "correspondante",
           "chroniqueur", "chroniqueuse", "blogueur", "blogueuse"),
    "es": ("redactor", "redactora", "periodista", "autor", "autora", "corresponsal", "columnista", "escritor",
           "escritora", "bloguero", "bloguera", "editora"),
    "it": ("giornalista", "scrittore", "scrittrice", "redattore", "redattrice", "autore", "autrice", "corrispondente",
           "editorialista"),
    "pt": ("jornalista", "escritor", "escritora", "redator", "redatora", "autor", "autora", "colunista", "correspondente",
           "editora"),
    "nl": ("schrijver", "schrijfster", "journalist", "redacteur", "auteur", "correspondent", "columnist", "blogger"),
}
WRITER_ROLE = re.compile(
    r"(?<![^\W_])(?:" + _escaped_alternation(WRITER_ROLES) + r")(?![^\W_])", re.IGNORECASE)
AUTHOR_BOX_LABEL_MAX_WORDS = 6
# Boxes stacked over the text's closing box are asked for again above it (the author's over a tester's
# and an editor's: tasteofhome.com, wcxb fit), at most this many boxes: each asking weighs the prose
# above it again, and a text of thousands of boxes is no article's end.
AUTHOR_BOX_MAX_STACKED = 3
AUTHOR_BOX_LABEL_EXTRA_WORDS = 2
# The author's bio printed over the text, under the byline: the text's first paragraph opening with the
# name a short line at most this many lines above it gives ("By Archie Fenn" / "Archie is a writer
# from ...", "Nathan Myhrvold" / "Dr. Nathan Myhrvold is chief executive officer ..."), then a copula.
# It is the head's, not the text's (text/region.py, _below_author_bio; wcxb fit, raw text:
# legalzoom.com, treehugger.com, movieweb.com, britannica.com). The window reaches over the job and
# school lines a profile card prints between the name and the bio (treehugger: five).
START_BIO_LABEL_LINES = 6
AUTHOR_BOX_BYLINE_MAX_WORDS = 12
# The byline that names the box's author (`region._named_in_head`) may stand under the dek, the text's
# first paragraph: the head reaches that many lines under it, up to the second paragraph ("Discover the
# full stages ..." / "By Block Renovation" / a date; fit half, raw text: blockrenovation.com, both
# renderings up; held half chromium 2 pages up, inscriptis 3, none down, with the labelled box above).
AUTHOR_BOX_BYLINE_UNDER_DEK_LINES = 3
AUTHOR_BOX_JOB_MAX_WORDS = 6
AUTHOR_BOX_TITLE_MAX_CHARS = 5
# An author's box no byline names and whose bio says no writer's job (`region._closing_lone_box`): the
# text's last paragraph, under a label opening with the name, the text's only name-over-bio pair, and a
# bio speaking of a person, in the third person: one of these pronouns ("Elliot is ... at Zalaris, where
# he ..."). A list's last item (a company, a place: "Hex Technologies is a workspace ... its apps") speaks
# of no "he" or "she"; a team page's profiles are several pairs. Wcxb fit, raw text: zalaris.com,
# playfultones.com, appinventiv.com, eridehero.com cut (chromium 4 pages up, inscriptis 3), no page down.
# Every language's entries are searched in any text, so a pronoun that is a common word of another
# language is written with its verb: the Polish "on" is the English preposition, the French "il" the
# Italian article (alone, they would find a person in every English or Italian paragraph).
BIO_PERSON_PRONOUNS: dict[str, tuple[str, ...]] = {
    "en": ("he", "she", "his", "her", "him"),
    "de": ("er", "sie", "sein", "seine", "seinen", "seiner", "ihr", "ihre", "ihren", "ihrer"),
    "fr": ("il est", "il a", "il était", "elle", "lui"),
    "es": ("él", "ella"),
    "it": ("lui", "lei", "egli"),
    "pt": ("ele", "ela"),
    "nl": ("hij", "zij", "haar"),
    "pl": ("on jest", "on był", "ona", "jego", "jej"),
}
# ... and a bio in the first person under a person's name ("Stephen Jesudunsin" / "I'm Stephen, a content
# writer at Embarque"; `region._lone_introduction`), the text's only such bio (a team's members introducing
# themselves are a page's text), with at most as much prose under it as it holds (a heading over a
# first-person post's next section, "Try This Yourself" / "I'm not going to do a hard sell here.", has the
# section under it: finntropy.substack.com). Wcxb fit, raw text: embarque.io, hr.university.
SELF_INTRODUCTIONS: dict[str, tuple[str, ...]] = {
    "en": ("i'm", "i’m", "i am"), "de": ("ich bin", "ich heiße"), "fr": ("je suis", "je m'appelle", "je m’appelle"),
    "es": ("soy", "me llamo"), "it": ("sono", "mi chiamo"), "pt": ("sou", "eu sou", "meu nome é"),
    "nl": ("ik ben", "mijn naam is"), "pl": ("jestem", "nazywam się"),
}
SELF_INTRODUCTION = re.compile(r"(?:" + _escaped_alternation(SELF_INTRODUCTIONS) + r")(?![^\W_])", re.IGNORECASE)
BIO_PERSON_PRONOUN = re.compile(
    r"(?<![^\W_])(?:" + _escaped_alternation(BIO_PERSON_PRONOUNS) + r")(?![^\W_])", re.IGNORECASE)
# A blogger's greeting box closing a post: a line opening with a greeting and the writer introducing
# themselves by name ("Hi, I'm Chris!", "Hey, I'm Jessica! Welcome to The Organized Mama ...", "Hallo,
# ich bin Anna"), in the text's tail (`region._before_greeting_box`: at most END_MATTER_MAX_PROSE_AFTER_SHARE
# of the prose above it under it): what follows is the blog's sidebar (its search, other posts' cards) or
# the box's own lines. A name, not a verb, follows the introduction ("Hello, I am planning a trip" is a
# reader's comment): its first letter is a capital (checked in the region, not here). Up to two words may
# stand between greeting and introduction ("Hi there! I'm ...", "Hola a todos, soy ..."). Wcxb fit, raw
# text: theorganizedmama.com, artmann.co (both renderings); the greeting also opens boxes outside the run
# on thesocialshepherd.com, afarmgirlskitchen.com, restlessmeanderer.com, creativeramblingsblog.com.
# A curator's box with the article's sections under it stays (pcworld.com: more prose under it than the
# share). Greetings per language, the concept's usual informal and neutral forms:
GREETINGS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": ("hi", "hello", "hey", "howdy"),
    "de": ("hallo", "hi", "hey", "moin", "servus"),
    "fr": ("bonjour", "salut", "coucou"),
    "es": ("hola",),
    "it": ("ciao", "salve"),
    "pt": ("olá", "oi"),
    "nl": ("hallo", "hoi", "hey"),
    "pl": ("cześć", "witaj", "witajcie", "hej"),
}
GREETING_INTRODUCTION = re.compile(
    r"^\W*(?:" + _escaped_alternation(GREETINGS_BY_LANGUAGE) + r")(?![^\W_])(?:\W+[^\W\d_]+){0,2}?\W+(?:"
    + _escaped_alternation(SELF_INTRODUCTIONS) + r")\s+[\"'“‘«„]?(?=[^\W\d_])", re.IGNORECASE)
# The author's tagline closing a text: its last line (below it only lines of at most
# AUTHOR_TAGLINE_TRAILING_MAX_WORDS words, a handle, a link), of at most AUTHOR_TAGLINE_MAX_WORDS
# words, opening with the byline's name and a copula ("Perry Bacon Jr. is a senior writer for
# FiveThirtyEight.", "Rowan Jacobsen is a journalist and author of ..."), behind
# END_MATTER_MIN_PROSE_BEFORE words of prose (text/region.py `_before_author_tagline`). Fit half,
# raw text: popsugar.com, nextgov.com, scientificamerican.com (wcxb), fivethirtyeight.com,
# theatlantic.com (traf-dev). The copula per language:
AUTHOR_TAGLINE_COPULAS: dict[str, tuple[str, ...]] = {
    "en": ("is", "was"), "de": ("ist", "war"), "fr": ("est",), "es": ("es",), "it": ("è",), "nl": ("is", "was"),
    "pt": ("é",), "pl": ("jest",), "sv": ("är",), "da": ("er",), "no": ("er",), "fi": ("on",), "cs": ("je",),
    # (Russian, Ukrainian, Turkish and Hungarian write no copula there: "Иван Петров — журналист")
    "ro": ("este",), "el": ("είναι",),
}
AUTHOR_TAGLINE_COPULA = frozenset(word for words in AUTHOR_TAGLINE_COPULAS.values() for word in words)
AUTHOR_TAGLINE_MAX_WORDS = 60
AUTHOR_TAGLINE_TRAILING_MAX_WORDS = 3
AUTHOR_TAGLINE_NAME_MAX_WORDS = 4
# An author archive's link closing a raw text (text/region.py `_before_author_archive`): a short line
# saying the vocabulary's "more_from" ("Read more posts by Joe Kindness", "See all of Adrien Ramirez's
# reviews", "Mehr von Michael Rädel lesen") whose name is a name line of at most
# AUTHOR_ARCHIVE_NAME_MAX_WORDS capitalised words among the AUTHOR_ARCHIVE_NAME_LOOKBACK lines above it
# (the author's box: name, job, bio, then the link), so a section's "More from Politics" is not one.
# What follows the box is the site's (other authors' boxes, teasers): cut at the link, the box above it
# kept (WCXB's truth keeps some author boxes), behind END_MATTER_MIN_PROSE_BEFORE words of prose with at
# most END_MATTER_MAX_PROSE_AFTER_SHARE of that after it, weighed at the end the other end rules found
# (end_matter.py weighs a label against the whole run, reader comments under it too: classcentral.com).
# Fit half: agencyanalytics.com, classcentral.com, reviewed.com (WCXB), maenner.media (traf-dev).
AUTHOR_ARCHIVE_NAME_LOOKBACK = 4
AUTHOR_ARCHIVE_NAME_MAX_WORDS = 4
# A bar of furniture closing a raw text (text/region.py `_before_furniture_bar`): at least
# FURNITURE_BAR_MIN_LINES lines in a row that signals.boilerplate_reason names ("Share this:",
# "Facebook", "Twitter", "LinkedIn"; "Follow" x4), behind END_MATTER_MIN_PROSE_BEFORE words of prose
# with at most FURNITURE_BAR_MAX_PROSE_AFTER_SHARE of that after it, and not printed again across prose
# (a thread prints its "Share / Improve this answer / Follow" under every post). Fit half (run.py
# text --half fit --jobs 1, both renderings), at 3 lines: 19 renderings up of 12 pages, 10 sites
# (housecallpro, budgettravelwithgabby, topgrowthmarketing, idlecartulary, go.dev, ncsc, greenroads,
# blennd, skullcandy, flyertalk), 0 down; at 4 lines 12 renderings fewer up, at 5 another 4 fewer.
FURNITURE_BAR_MIN_LINES = 3
# Up to half as much prose after the bar as before it (a label ends the text only under a quarter,
# END_MATTER_MAX_PROSE_AFTER_SHARE: a bar of share buttons is no heading of a section of the text).
# vs 0.25, fit: 8 renderings up of 7 sites (freederia, idiallo, 7cups, scnsoft, lesraffineurs, mvmt),
# 0 down, once a line holding '://' counts as no control of a bar (a podcast listing's bare episode
# links, 'boilerplate' by their shape, had made one).
FURNITURE_BAR_MAX_PROSE_AFTER_SHARE = 0.5
# A far island of prose under a prose article (text/region.py `_before_far_island`), whatever the
# language: the text's first stretch of at least ISLAND_GAP_MIN_LINES short lines in a row (a letter,
# at most ISLAND_GAP_LINE_MAX_WORDS words, no sentence, no code, no bare number: a share bar, tags, a
# menu, an address, the author's links), under END_MATTER_MIN_PROSE_BEFORE words of prose, with at most
# ISLAND_MAX_PARAGRAPHS paragraphs under it holding at most END_MATTER_MAX_PROSE_AFTER_SHARE of the prose
# above it (an author's bio, a newsletter's pitch, a footer's "about us", a teaser's blurb): the run
# crossed the stretch to take them in. Only the first such stretch: a text whose first stretch is
# followed by more prose is made of passages between stretches (a forum's posts under member boxes),
# and its later stretches end nothing. Fit half, both renderings (run.py text and traf): wcxb
# modelremodel, blog.engora, warrenaverett, greenroads, blennd, newjerseymoversnj, playfultones,
# bankrate up, camelsandchocolate down; traf-dev grossefragen up. Tried and dropped (run.py text,
# chromium, fit): any stretch on any page with no cap on the paragraphs under it, 46 pages up, 52 down
# (product pages' price tables, a long article's last sections under a list); prose articles and the
# cap but any stretch, 16 up, 13 down, and held 0.8125 -> 0.8121 (forums' posts under member boxes).
# The site's menu printed again under the text (a page's navigation drawn twice, at its top and in its
# footer, or in a menu the copy opened): at least MENU_AGAIN_MIN_LINES lines in a row, each short (at
# most MENU_AGAIN_LINE_MAX_WORDS words), no sentence and no code, each a line the page printed above the
# run already, in the order it printed them there. Under END_MATTER_MIN_PROSE_BEFORE words of prose, with
# at most END_MATTER_MAX_PROSE_AFTER_SHARE of that under it, it ends the text (raw text,
# `region._before_menu_again`): a menu's lines are no repeat `repeated_lines` reads (too short), and a
# long menu costs the run less than the paragraph under it pays. Cards printing their labels again
# ("Difficulty" / "Beginner") repeat lines of the run, not of the page's top, and code repeats its
# lines in the text; a forum's opening post's member box, printed in the text's head, stands again over
# each reply (the lines counted are those above the head: HEAD_LOOKBACK_LINES). Prose articles only: a
# structured page's grid prints the menu's categories as its own. Fit half, raw text: wcxb apple.com (its
# store menu under the fine print, both renderings), freedoniagroup.com (chromium). Tried and dropped:
# on structured pages and over the head's lines too (traf-dev dhb.de up, but wcxb amazon.com's book grid
# and flyertalk.com's last replies lost; held chromium 0.816746 -> 0.816612).
MENU_AGAIN_MIN_LINES = 5
MENU_AGAIN_LINE_MAX_WORDS = 6
ISLAND_GAP_MIN_LINES = 5
ISLAND_GAP_LINE_MAX_WORDS = 4
ISLAND_MAX_PARAGRAPHS = 2
# A form's required field: a line of at most FORM_FIELD_MAX_WORDS words ending with "*";
# two within FORM_WINDOW_LINES lines make a form (text/region.py `_before_form`).
FORM_FIELD_MAX_WORDS = 3
FORM_WINDOW_LINES = 4
# A required field marked by a word in brackets rather than an asterisk ("Name (erforderlich)",
# "E-Mail (erforderlich) (Adresse wird niemals veröffentlicht)", "Email (required)", "Imię
# (wymagane)"), per language (en, de in three wordings, fr in two, es, pt, it, nl, pl): a field of the
# form as "Name *" is, up to FORM_REQUIRED_MAX_WORDS words (the e-mail field's note in brackets
# too). Fit half, raw text (traf-dev): 18 sites print one, e.g. denkanstoos.wordpress.com,
# kulinariaathome.wordpress.com, gizmeo.eu, de.globalvoices.org, ostbelgiendirekt.be, publica.pl,
# beyssonmanagement.com, theverge.com (text/region.py `_form_field`).
FORM_REQUIRED_MARK = re.compile(
    r"\((?:required|erforderlich|pflichtfeld|benötigt|obligatoire|requis|obligatorio|requerido"
    r"|obrigatório|obbligatorio|verplicht|wymagane)\)", re.IGNORECASE)
FORM_REQUIRED_MAX_WORDS = 8
# A form's hidden spam-trap field, printed by a copy that keeps hidden inputs' labels as a line
# of its own (as `signals.normalise` writes it): WordPress's Akismet honeypot "Δ" closing comment
# and contact forms (inscriptis; fit half: 24 pages of 23 sites, e.g. idlecartulary,
# globaltravelerusa, smartbitchestrashybooks, blog.apnic.net), and Gravity Forms' honeypot label
# (fit half: inscriptis 12 pages of 11 sites, chromium 8 of 7, e.g. globaltravelerusa,
# cleverhiker, earth.org, redfin, blennd). Only forms print them, so each counts as a field of
# the form whatever its length: with the form's other field it ends the article as a comment
# form does ("Email *", "Δ"). So does the Drupal Honeypot module's hidden field, "Leave this field
# blank" (its label in English whatever the site's language). Fit half, raw text, 3 sites print it:
# interscenar.io (a German blog's comment form under its text, chromium: the form now ends it),
# wallstreetoasis.com and aclu.org (inscriptis; outside the text already or with no other field near).
FORM_TRAP_LINES = frozenset({"δ", "this field is for validation purposes and should be left unchanged", "leave this field blank"})
FORM_TRAP_MAX_WORDS = 12  # at least the longest trap label's words (11; normalise is asked only of lines this short)
# The lines WordPress prints in its comment form and only there, as `signals.normalise` opens them:
# the cookie check box ("Save my name, email, and website in this browser for the next time I
# comment.") and the Akismet notice ("This site uses Akismet to reduce spam. ..."), per language
# (en, de in its two wordings, fr, es, it, nl). Each counts as a field of the form, so the two of
# them make one where the fields carry no asterisk ("Name", "Email"). Fit half, raw text: 28 sites
# print one, e.g. moritz-meyer.net, lemire.me, herrpfleger.de, eatwhattonight.com, threatpost.com,
# she-works.de, classcentral.com (text/region.py `_form_field`). Drupal's comment form prints its own:
# the note under the e-mail field, "The content of this field is kept private and will not be shown
# publicly." (Drupal core's wording; de "Der Inhalt dieses Feldes wird nicht öffentlich zugänglich
# angezeigt.", fit half, raw text: interscenar.io, tierwelt.ch). fr, es, it, nl: the openings of
# Drupal's translations of the note as known, seen on no development page.
FORM_NOTICE_OPENINGS = (
    "save my name, email, and website in this browser", "this site uses akismet to reduce spam",
    "meinen namen, e-mail und website in diesem browser", "meinen namen, meine e-mail-adresse und meine website in diesem browser",
    "diese website verwendet akismet, um spam zu reduzieren",
    "enregistrer mon nom, mon e-mail et mon site dans le navigateur", "ce site utilise akismet pour réduire les indésirables",
    "guarda mi nombre, correo electrónico y web en este navegador", "este sitio usa akismet para reducir el spam",
    "salva il mio nome, email e sito web in questo browser", "questo sito usa akismet per ridurre lo spam",
    "mijn naam, e-mail en site opslaan in deze browser", "deze site gebruikt akismet om spam te verminderen",
    "the content of this field is kept private", "der inhalt dieses feldes wird nicht öffentlich",
    "le contenu de ce champ sera maintenu privé", "el contenido de este campo se mantiene privado",
    "il contenuto di questo campo è privato", "de inhoud van dit veld is privé",
)
FORM_NOTICE_MAX_WORDS = 30
# A required e-mail field alone makes a form: a newsletter box asks for nothing else ("Email
# Address *" under "Subscribe to our mailing list!", "Votre adresse email*", "E-Mail *"). Its label,
# as `signals.normalise` writes it without the asterisk, per language (en, de, fr, es, it, nl, pl).
# Fit half, raw text: investmentwatchblog (a box of one field after the article), eatwhattonight,
# abenteuer-astronomie, tdg.ch print one such field; a bare "E-Mail" (no asterisk) is as often a
# share button, so only the required field counts (text/region.py `_before_form`).
EMAIL_FIELD_LABELS = frozenset({
    "email", "e-mail", "email address", "e-mail address", "your email", "your email address",
    "e-mail-adresse", "email-adresse", "ihre e-mail", "ihre e-mail-adresse", "deine e-mail-adresse",
    "adresse email", "adresse e-mail", "votre adresse email", "votre adresse e-mail", "votre e-mail", "courriel",
    "correo electrónico", "tu correo electrónico", "su correo electrónico",
    "indirizzo email", "indirizzo e-mail", "la tua email",
    "e-mailadres", "uw e-mailadres", "je e-mailadres",
    "adres e-mail", "twój adres e-mail",
})
# ... but not a masked value: "Authorization: ***", "X-Api-Key: ***" in an HTTP request printed in
# a code listing (blog.codefarm.me, fit, chromium: the article was cut at its first request).
MASKED_VALUE = re.compile(r":\s*\*{2,}$")
# A row of link labels printed on one line (inscriptis prints a menu column's links side by side,
# under the column's label): one word comes back in label after label ("Remote jobs in Brazil Remote
# jobs in Chile ...", "Solidbody Guitars Semi-hollowbody Guitars ...", "Vintage Watches Dive Watches
# ...", "New posts New media ..."). Seen on arc.dev, sweetwater.com, watchfinder.com,
# cameraderie.org, mumsnet.com, docs.stripe.com, echolive.ie, defence.pk, physicsforums.com,
# manifest.ly (fit). A line of at least LINK_ROW_MIN_WORDS words, no sentence mark nor comma, at
# most LINK_ROW_MAX_FIGURES figures (a table's row: "19.8 mph 17.4 mph ..."), whose commonest word
# (of LINK_ROW_MIN_LETTERS letters or more, not a function word) comes back LINK_ROW_MIN_REPEATS
# times, at least once per 1/LINK_ROW_REPEAT_SHARE words, among other words that differ (at least
# LINK_ROW_DISTINCT_SHARE of its words distinct: a table row repeating one cell is not a menu).
LINK_ROW_MIN_WORDS = 10
# ... under a label of at most this many words (the column's heading; a table's row stands under another row).
LINK_ROW_LABEL_MAX_WORDS = 4
LINK_ROW_MAX_FIGURES = 2
LINK_ROW_MIN_LETTERS = 3
LINK_ROW_MIN_REPEATS = 4
LINK_ROW_REPEAT_SHARE = 0.25
LINK_ROW_DISTINCT_SHARE = 0.3
LINK_ROW_NOT_IN = re.compile(r"[!?…:;,。！？：；{}\[\]()<>=+|\\\"]|\.(?=\s|$)")
# A picker's options printed on one line (a copy prints a closed dropdown's list as one line): a
# line of at least PICKER_ROW_MIN_WORDS words whose longer words (PICKER_ROW_LONG_LETTERS letters or
# more) at least PICKER_ROW_MIN_CAPITALS begin with a capital, with at most PICKER_ROW_MAX_FUNCTION_SHARE
# of its words function words of any language: names, one after the other ("Abkhazian Afar Afrikaans
# ...", "All Departments Alexa Skills Amazon Devices ...", "Please select United States United Kingdom
# ...", "Archives Select Month December 2025 ..."), the site's, not the page's text: left out of it
# (text/region.py). Such lines stand on 13 fit sites (github.com, amazon.com, pwc.com, mvmt.com,
# glossier.com, humanscale.com, budlong.com, girleatworld.net, erinspain.com ...), none of them in the
# truth; no line of a fit truth of 80 words or more has this shape, shorter ones do (an ingredient
# list, a table's row of frameworks). Kept before as a paragraph where the run took it in: wcxb fit,
# inscriptis, github.com's language pickers (0.33 -> 0.86) and amazon.com's departments (2 pages up);
# wayfair.com's copies, whose truth the copy lacks, lost the menu words they shared with it (0.03 -> 0).
# A script without capitals (CJK) never matches.
# The function words' share allows for the options' own: a country picker's names hold "and", "of",
# "the", "el" ("Antigua and Barbuda", "Isle of Man", "Saint Vincent and the Grenadines", "El Salvador"),
# 0.07 to 0.13 of its words, and so do a forum's "Jump to" menu of board names and a footer's glued
# service links. Fit half, wcxb raw text: country pickers on humanscale.com, newjerseymoversnj.com,
# cloudflare.com, liberty.edu, infoq.com (inscriptis), board menus on forum.nationstates.net,
# flyertalk.com, forums.studentdoctor.net, budlong.com's links (both renderings): no line of a fit truth
# of 80 words or more has the picker's shape at any share; two picker-shaped lines in the text were
# kept as prose (humanscale.com, newjerseymoversnj.com). Lists of titles in Title Case ("Jump to
# Section What Is a DIY Solar Panel? Is It ...", a picker of "Department of ..." names) run at 0.2 or
# more, running English about 0.4.
PICKER_ROW_MIN_WORDS = 80
PICKER_ROW_LONG_LETTERS = 4
PICKER_ROW_MIN_CAPITALS = 0.85
PICKER_ROW_MAX_FUNCTION_SHARE = 0.15
# ... and at most this many commas per word: a written list parts its items with commas (an
# ingredient list, a list of names), a picker's options stand side by side (a comma inside one
# option: "Catalan, Valencian").
PICKER_ROW_MAX_COMMAS_PER_WORD = 0.2
PICKER_ROW_COMMAS = re.compile(r"[,，、]")
# ... and standing among the page's controls: no line of prose within this many lines of it either
# way (a list of names that the text holds stands between its paragraphs).
PICKER_ROW_PROSE_LINES = 2
# A list or table: at least this many lines in a row, none prose, each of at most this many words.
STRUCTURE_MIN_LIST_LINES = 5
STRUCTURE_ITEM_MAX_WORDS = 15
# A code line: at least this share of its characters (spaces aside) brackets, operators, sigils;
# a code run holds this many code lines, and bare words of at most STRUCTURE_CODE_GAP_WORDS between them.
STRUCTURE_CODE_MARK_SHARE = 0.15
STRUCTURE_MIN_CODE_LINES = 3
STRUCTURE_CODE_GAP_WORDS = 3
# Preformatted text in a browser's copy (text/lines.py `preformatted_spans`): a browser folds the
# spaces that open a line everywhere but in preformatted text (<pre>, code), so a line opened by
# PREFORMATTED_INDENT spaces or more is preformatted, where the copy indents at most
# PREFORMATTED_MAX_INDENTED_PROSE of its prose lines (a scraper's dump such as inscriptis indents
# every nested block, its prose too: there indentation says nothing). A group of lines with no
# empty line between them is preformatted when PREFORMATTED_GROUP_SHARE of its lines are indented
# or code (STRUCTURE_CODE_MARK_SHARE), one of them indented, and code among them or lines at two
# depths (a dump that sets its paragraphs at the margin still indents a byline's or a menu's box,
# all its lines at one depth: traf-dev's inscriptis renderings, tennisnet.com); groups of it an empty
# line apart are one block (a listing's empty lines), and so is a group of code lines alone beside
# one; a block holds PREFORMATTED_MIN_LINES lines or more.
PREFORMATTED_INDENT = 2
PREFORMATTED_MAX_INDENTED_PROSE = 0.5
PREFORMATTED_GROUP_SHARE = 0.5
PREFORMATTED_MIN_LINES = 3
# Nor does it in a copy that prints DUMP_MIN_LIST_ITEMS list items or more under an indented bullet, as inscriptis
# marks a list's items ("  * Home", "    + News"), and a browser's copy never does (wcxb fit: 663 of
# 686 inscriptis copies, no chromium copy). (Not "-": a YAML listing's items open so.)
DUMP_LIST_ITEM = re.compile(r"^[ \u00a0]+[*+•] \S")
DUMP_MIN_LIST_ITEMS = 3
# What such a block is worth to the run: the words of a long paragraph at most (text/region.py).
REGION_CODE_BLOCK_MAX_WORDS = 25

# Notices where the dek stands: a line under the headline that reads as prose there, the standfirst's
# place (classify: "prose between headline and byline"), but is the site's, not a dek of the article.
# A shop's offer: a price or a share off, with a term of the offer's ("Terms apply", "Use code SAVE50")
# or opened by the call to save ("Save 10% when you bundle ...", "Get up to a $100 post-purchase
# rebate ..."). Fit half wcxb-dev: rei.com, homeenergy.pseg.com, terminix.com (a card's or a promotion
# bar's line over a product or service page). Each language's words of the same concept; read only
# where the dek stands, where a news dek seldom opens with the call to save.
OFFER_TERMS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": ("terms apply", "terms and conditions apply", "conditions apply", "restrictions apply", "exclusions apply",
           "use code", "promo code", "coupon code", "discount code"),
    "de": ("es gelten die agb", "es gelten die teilnahmebedingungen", "gutscheincode", "rabattcode", "aktionscode"),
    "fr": ("code promo", "code de réduction", "voir conditions", "offre soumise à conditions"),
    "es": ("código promocional", "código de descuento", "cupón de descuento", "aplican condiciones",
           "aplican términos y condiciones", "aplican restricciones"),
    "it": ("codice sconto", "codice promozionale", "si applicano condizioni", "si applicano termini e condizioni"),
    "pt": ("código promocional", "código de desconto", "cupom de desconto", "aplicam-se condições",
           "aplicam-se termos e condições"),
    "nl": ("kortingscode", "actiecode", "voorwaarden van toepassing"),
    "pl": ("kod rabatowy", "kod promocyjny", "obowiązuje regulamin"),
}
OFFER_OPENERS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": ("save", "save up to", "get up to", "earn up to", "take"),
    "de": ("spare", "spart", "sparen sie", "jetzt sparen", "sichere dir", "sichern sie sich"),
    "fr": ("économisez", "économise", "profitez de", "bénéficiez de"),
    "es": ("ahorra", "ahorre", "obtén", "obtenga"),
    "it": ("risparmia", "risparmiate", "ottieni"),
    "pt": ("economize", "poupe", "ganhe"),
    "nl": ("bespaar", "profiteer van"),
    "pl": ("oszczędź", "zaoszczędź", "zyskaj"),
}
# A price ("$30", "€ 5", "49,90 €") or a share ("10%", "15 %"); a figure read from its first digit only (linear on a
# long run of digits).
_OFFER_FIGURE_SOURCE = r"[$€£¥₹]\s?\d|(?<![\d.,])\d[\d.,]*\s?(?:%|€|EUR|USD|GBP|CHF|zł)(?!\w)"
OFFER_FIGURE = re.compile(_OFFER_FIGURE_SOURCE)
OFFER_TERM = re.compile(r"(?<!\w)(?:" + _escaped_alternation(OFFER_TERMS_BY_LANGUAGE) + r")(?!\w)", re.IGNORECASE)
# The call to save, then the figure within a few words ("Get up to a $100 ...").
OFFER_OPENING = re.compile(r"^(?:" + _escaped_alternation(OFFER_OPENERS_BY_LANGUAGE) + r")\s+(?:\S+\s+){0,3}?(?:" + _OFFER_FIGURE_SOURCE + ")", re.IGNORECASE)
# A thread's or a product's counters: a figure and what it counts ("2.1K views 13 replies 8 participants
# last post by ...", "10 Hours Ago - Linux Kernel - ... - 2 Comments", "4.7 out of 5 stars from 10
# customer ratings"): a forum's or a shop's meta line under the title, which holds no sentence (a
# dek that cites a count says it in one). Fit half wcxb-dev: woodworkingtalk.com, phoronix.com, thomann.de.
COUNTER_WORDS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": ("view", "views", "reply", "replies", "comment", "comments", "participant", "participants", "rating", "ratings",
           "review", "reviews", "answer", "answers", "vote", "votes"),
    "de": ("aufrufe", "zugriffe", "antwort", "antworten", "kommentar", "kommentare", "teilnehmer", "bewertung",
           "bewertungen", "stimmen"),
    "fr": ("vue", "vues", "réponse", "réponses", "commentaire", "commentaires", "participant", "participants", "avis",
           "vote", "votes", "évaluations"),
    "es": ("vista", "vistas", "visitas", "respuesta", "respuestas", "comentario", "comentarios", "participantes",
           "valoraciones", "reseñas", "votos", "opiniones"),
    "it": ("visualizzazioni", "risposta", "risposte", "commento", "commenti", "partecipanti", "recensioni", "voti",
           "valutazioni"),
    "pt": ("visualizações", "resposta", "respostas", "comentário", "comentários", "participantes", "avaliações", "votos"),
    "nl": ("weergaven", "reactie", "reacties", "antwoorden", "deelnemers", "beoordelingen", "stemmen", "recensies"),
    "pl": ("wyświetleń", "wyświetlenia", "odpowiedzi", "komentarzy", "komentarze", "uczestników", "opinii", "ocen",
           "głosów"),
}
# The figure, a word between at most ("10 customer ratings"), the counted thing.
COUNTER = re.compile(r"(?<![\w.,])\d[\d.,]*\s?[km]?\s+(?:\w+\s+)?(?:" + _escaped_alternation(COUNTER_WORDS_BY_LANGUAGE)
                     + r")(?!\w)", re.IGNORECASE)
