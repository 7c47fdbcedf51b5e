"""Heuristic knowledge for the metadata layer: bylines, dates, meta tag names.

Everything here is data. The code in `artextract.dates`, `artextract.authors`
and `artextract.html.metadata` reads these tables and never hard-codes a word
of its own, so a new language or a new CMS convention is a one-line change
here. Regexes built from the tables are compiled once, at import.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

# Publication dates before the web went mainstream are almost always a
# misparse (a founding year, a copyright line); after 2100 they are typos.
MIN_YEAR = 1990
MAX_YEAR = 2100

# Month names to month numbers. Keys are lowercase, without a trailing dot.
MONTHS: dict[str, int] = {
    # English: full names and the usual 3/4-letter abbreviations ("Sept" is AP style).
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # German: "März" also appears as "Maerz" when umlauts are transliterated.
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5,
    "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    "jän": 1, "mär": 3, "okt": 10, "dez": 12,
    # French: accented and unaccented spellings both occur in the wild.
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4,
    "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7,
    # Spanish ("setiembre" is the Latin-American variant).
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
    "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
    "noviembre": 11, "diciembre": 12,
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,
    # Polish nominative forms (month headers)...
    "styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "maj": 5,
    "czerwiec": 6, "lipiec": 7, "sierpień": 8, "wrzesień": 9,
    "październik": 10, "listopad": 11, "grudzień": 12,
    # ...and genitive forms, which are what dates use ("4 września 2025").
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5,
    "czerwca": 6, "lipca": 7, "sierpnia": 8, "września": 9,
    "października": 10, "listopada": 11, "grudnia": 12,
    "sty": 1, "lut": 2, "kwi": 4, "cze": 6, "lip": 7, "sie": 8, "wrz": 9,
    "paź": 10, "lis": 11, "gru": 12,
    # Italian.
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "settembre": 9, "ottobre": 10, "dicembre": 12,
    "gen": 1, "mag": 5, "giu": 6, "lug": 7, "set": 9, "ott": 10,
    # Dutch.
    "januari": 1, "februari": 2, "maart": 3, "augustus": 8, "mei": 5,
    "mrt": 3,  # Dutch "juli" and "juni" are spelled as in German above.
    # Portuguese.
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5,
    "junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11,
    "dezembro": 12, "fev": 2, "out": 10,
}

# Weekday names that may precede a date; matched only to be skipped.
WEEKDAYS: tuple[str, ...] = (
    # English full and abbreviated (RFC 2822 uses the 3-letter forms).
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    # German, French, Spanish, Italian, Dutch, Polish, Portuguese.
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
)

# Time-zone abbreviations RFC 2822 and US sites print after a time.
ZONE_OFFSETS: dict[str, str] = {
    # Universal time under its common names.
    "z": "+00:00", "utc": "+00:00", "gmt": "+00:00", "ut": "+00:00",
    # North-American zones that RFC 822 itself defines.
    "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
    "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
    # Central European zones, common on German/French/Polish news sites.
    "cet": "+01:00", "cest": "+02:00", "mez": "+01:00", "mesz": "+02:00",
    # British summer time.
    "bst": "+01:00",
}


def _alternation(words: list[str] | tuple[str, ...] | set[str]) -> str:
    # Longest first so "sept" wins over "sep" and "marzo" over "mar".
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


MONTH_PATTERN = _alternation(list(MONTHS))
WEEKDAY_PATTERN = _alternation(WEEKDAYS)
ZONE_PATTERN = _alternation(list(ZONE_OFFSETS))

# Words that sit between a label and the date ("Published on", "le", "am").
DATE_LABELS: tuple[str, ...] = (
    # English labels that precede dates in bylines.
    "published", "posted", "updated", "last updated", "modified", "on", "date",
    # German, French, Spanish, Italian, Dutch, Polish, Portuguese equivalents.
    "veröffentlicht", "aktualisiert", "am", "publié", "mis à jour", "le",
    "publicado", "actualizado", "el", "pubblicato", "aggiornato", "il",
    "gepubliceerd", "bijgewerkt", "op", "opublikowano", "zaktualizowano",
    "atualizado",
)

# Dates embedded in URL paths: /2024/03/05/, /2024-03-05-, /20240305/.
URL_DATE_RE = re.compile(
    r"/((?:19|20)\d{2})[/_-]([01]?\d)[/_-]([0-3]?\d)(?=[/_.-]|$)"
    r"|/((?:19|20)\d{2})([01]\d)([0-3]\d)(?=[/_.-]|$)"
)

# ---------------------------------------------------------------------------
# Bylines and author names
# ---------------------------------------------------------------------------

# Prefixes that introduce the author(s) in a byline, lowercase; longest first
# in the compiled regex so "written by" is stripped whole.
BYLINE_PREFIXES: tuple[str, ...] = (
    # English: the plain newspaper form and the CMS variants.
    "by", "written by", "posted by", "published by", "words by", "story by",
    "reported by", "text by", "article by", "author", "authors", "author(s)",
    "reviewed by", "edited by", "contributed by",
    # German "von" / "Autor" / "Autorin" / "Text".
    "von", "autor", "autorin", "autoren", "text",
    # Spanish/Portuguese "por", "escrito por".
    "por", "escrito por", "autora",
    # French "par", "auteur", "écrit par".
    "par", "auteur", "auteure", "écrit par",
    # Italian "di", "a cura di", "scritto da".
    "di", "a cura di", "scritto da", "autore",
    # Dutch "door", "geschreven door".
    "door", "geschreven door", "auteur",
    # Polish "autor", "napisał(a)".
    "napisał", "napisała", "autorka",
)
BYLINE_PREFIX_RE = re.compile(
    r"^\s*(?:" + _alternation(set(BYLINE_PREFIXES)) + r")\s*[:\-–—]?\s+",
    re.IGNORECASE,
)
# A prefix that must be followed by a name: the signal looks_like_byline uses.
# "Author:" alone is enough; "by" needs a capitalised word after it.
BYLINE_START_RE = re.compile(
    r"^\s*(?:" + _alternation(set(BYLINE_PREFIXES)) + r")\s*[:\-–—]?\s+(?=[^\W\d_])",
    re.IGNORECASE,
)

# A text node that is only a prefix ("By", "Written by", "Autor:"): the
# name follows in the next node, usually a link.
BYLINE_PREFIX_ONLY_RE = re.compile(
    r"^\s*(?:" + _alternation(set(BYLINE_PREFIXES)) + r")\s*[:\-–—]?\s*$",
    re.IGNORECASE,
)

# Joiners between several names, as whole words (case-insensitive).
NAME_JOINERS: tuple[str, ...] = (
    # English and the ampersand forms.
    "and", "&", "with",
    # German "und", Spanish "y"/"e", Catalan/Polish "i", French "et",
    # Italian/Portuguese "e", Dutch "en".
    "und", "y", "i", "et", "e", "en",
)
NAME_SPLIT_RE = re.compile(
    r"\s*(?:[,;/|•·]|\s(?:" + _alternation(NAME_JOINERS) + r")\s)\s*",
    re.IGNORECASE,
)

# Lowercase words that are never a person's name; a candidate made only of
# these (plus punctuation) is dropped, and a trailing run of them is cut.
NON_NAME_WORDS: frozenset[str] = frozenset({
    # Generic staff labels that CMSs print instead of a name.
    "staff", "editor", "editors", "editorial", "admin", "administrator",
    "webmaster", "guest", "anonymous", "unknown", "user", "newsroom",
    # Role words printed after a name ("Jane Doe, Senior Editor").
    "senior", "junior", "chief", "executive", "managing", "deputy", "associate",
    "contributing", "contributor", "correspondent", "reporter", "writer",
    "columnist", "journalist", "photographer", "producer", "analyst",
    "director", "manager", "head", "lead", "founder", "co-founder", "ceo",
    "cto", "president", "intern", "freelance", "freelancer", "special",
    "national", "political", "foreign", "science", "technology", "tech",
    "business", "sports", "health", "news", "features", "opinion", "travel",
    "culture", "reviews", "review", "desk", "team", "editor-in-chief",
    # Verbs and labels that leak in from byline widgets.
    "updated", "published", "posted", "modified", "written", "reviewed",
    "email", "e-mail", "follow", "the", "author", "share", "tweet", "read",
    "more", "about", "bio", "view", "all", "posts", "articles", "profile",
    "comments", "comment", "minute", "minutes", "min", "ago", "hours", "hour",
    # German/French/Spanish role words.
    "redakteur", "redakteurin", "redaktion", "korrespondent", "rédaction",
    "rédacteur", "redacción", "redactor", "periodista",
})

# Phrases whose presence means the string is UI text, not a byline at all.
NON_NAME_PHRASES_RE = re.compile(
    r"\b(?:email the author|e-mail the author|follow (?:on|us)|view (?:all )?posts|"
    r"more (?:articles|stories|posts) by|see all|read more|sign up|subscribe|"
    r"log ?in|cookie|privacy|all rights reserved|copyright|leave a comment|"
    r"\d+\s+comments?|min(?:ute)?s? read|reading time)\b",
    re.IGNORECASE,
)

# Roles a byline may put after a name; cut from there to the end of the part.
ROLE_TAIL_RE = re.compile(
    r"[\s,–—-]+(?:(?:senior|junior|chief|executive|managing|deputy|associate|"
    r"contributing|staff|special|national|political|foreign|guest)\s+)*"
    r"(?:editor|writer|reporter|correspondent|columnist|contributor|"
    r"journalist|photographer|producer|analyst|intern)\b.*$",
    re.IGNORECASE,
)

# Labels that start the non-name tail of a byline ("Jane Doe Published 10:30",
# "Jane Doe on", "Jane Doe Follow"); everything from them on is cut.
BYLINE_TAIL_RE = re.compile(
    r"\s+(?:updated|published|posted|last updated|modified|on|am|le|el|il|op|"
    r"follow|email|e-mail|share|read|view|more|aktualisiert|veröffentlicht|"
    r"publié|publicado|pubblicato)\b.*$",
    re.IGNORECASE,
)

# Words that sit between parts of a name in many languages and stay lowercase.
NAME_PARTICLES: frozenset[str] = frozenset({
    # Dutch, German, French, Spanish, Italian, Portuguese, Arabic particles.
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "des",
    "la", "le", "ter", "ten", "dos", "das", "do", "bin", "al", "el", "y", "zu",
    "af", "st.",
})

# News agencies that trail a byline ("..., Reuters"); dropped when a person's
# name is also present because the agency is a source, not the author.
WIRE_AGENCIES: frozenset[str] = frozenset({
    "reuters", "ap", "associated press", "the associated press", "afp",
    "agence france-presse", "dpa", "bloomberg", "pa", "pa media", "ansa",
    "efe", "upi", "cnn", "bbc news", "xinhua", "kyodo",
})

# A name has at most this many words; more is a sentence or a headline.
MAX_NAME_WORDS = 5
# Longer strings are bios or paragraphs, not bylines.
MAX_BYLINE_CHARS = 200

# ---------------------------------------------------------------------------
# Meta tags, in priority order (first present wins). Keys are lowercase and
# are matched against name=, property= and itemprop= of <meta>.
# ---------------------------------------------------------------------------

META_TITLE: tuple[str, ...] = (
    # OpenGraph is what the publisher wants shown when shared: usually clean.
    "og:title", "twitter:title",
    # Parse.ly, Sailthru, Dublin Core and scholarly (Highwire) tags.
    "parsely-title", "sailthru.title", "dc.title", "dcterms.title", "citation_title",
    # Plain title meta some CMSs emit.
    "title", "headline",
)
META_DESCRIPTION: tuple[str, ...] = (
    # OpenGraph first: written for humans; plain description is often SEO text.
    "og:description", "description", "twitter:description", "dc.description",
    "dcterms.description", "sailthru.description",
)
META_AUTHOR: tuple[str, ...] = (
    # The standard HTML author meta and its article/OG namespace variant.
    "author", "article:author", "og:article:author", "article:author_name",
    # Analytics and newsletter tags that carry real bylines.
    "parsely-author", "sailthru.author", "byl", "cxenseparse:author",
    # Dublin Core and scholarly metadata.
    "dc.creator", "dcterms.creator", "citation_author", "dc.contributor",
    # Less common CMS forms.
    "article.author", "authors", "byline", "twitter:data1",
)
META_PUBLISHED: tuple[str, ...] = (
    # OpenGraph article namespace, the most common source after JSON-LD.
    "article:published_time", "og:article:published_time", "article:published",
    # Analytics/newsletter/Dublin Core/scholarly forms.
    "parsely-pub-date", "sailthru.date", "dc.date", "dc.date.issued",
    "dcterms.date", "dcterms.issued", "dcterms.created", "dc.date.created",
    "citation_publication_date", "citation_date", "citation_online_date",
    # Itemprop on <meta> (microdata in the head) and miscellaneous CMS names.
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
    "date", "created", "article.published", "originalpublicationdate",
    "og:published_time", "published_time", "release_date", "cxenseparse:recs:publishtime",
    "datecreated",
)
META_MODIFIED: tuple[str, ...] = (
    # OpenGraph, then the other vocabularies' modified/updated dates.
    "article:modified_time", "og:updated_time", "og:article:modified_time",
    "datemodified", "dc.date.modified", "dcterms.modified", "last-modified",
    "lastmod", "article.updated", "revised",
)
META_SITE_NAME: tuple[str, ...] = (
    # OpenGraph, then app/publisher names.
    "og:site_name", "application-name", "apple-mobile-web-app-title",
    "publisher", "dc.publisher", "dcterms.publisher", "citation_publisher",
    "twitter:site",
)
META_LANGUAGE: tuple[str, ...] = (
    # http-equiv content-language, Dublin Core, then the OpenGraph locale.
    "content-language", "language", "dc.language", "dcterms.language",
    "og:locale", "inlanguage",
)
META_IMAGE: tuple[str, ...] = (
    # OpenGraph and Twitter cards.
    "og:image", "og:image:url", "og:image:secure_url", "twitter:image",
    "twitter:image:src", "thumbnailurl",
)
META_URL: tuple[str, ...] = (
    # Used only when <link rel=canonical> is missing.
    "og:url", "twitter:url", "parsely-link",
)
# Meta keys whose value is a Twitter/X handle, not a name.
META_HANDLE_KEYS: frozenset[str] = frozenset({"twitter:creator", "twitter:site"})
# twitter:dataN is only an author when its labelN says so.
META_TWITTER_AUTHOR_LABELS: frozenset[str] = frozenset({"written by", "author", "by"})

# ---------------------------------------------------------------------------
# JSON-LD
# ---------------------------------------------------------------------------

# Schema.org types whose node describes the article itself, best first.
JSONLD_ARTICLE_TYPES: tuple[str, ...] = (
    # News and blog article subtypes.
    "newsarticle", "article", "blogposting", "reportagenewsarticle",
    "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
    "backgroundnewsarticle", "liveblogposting", "socialmediaposting",
    "scholarlyarticle", "techarticle", "report", "review", "advertisercontentarticle",
    "satiricalarticle", "medicalscholarlyarticle", "posting", "discussionforumposting",
    "qapage", "howto", "recipe", "creativework", "videoobject", "podcastepisode",
)
# Page-level types: used only when no article node exists.
JSONLD_PAGE_TYPES: tuple[str, ...] = (
    # WebPage and its subtypes that Yoast and others emit.
    "webpage", "itempage", "aboutpage", "faqpage", "collectionpage",
    "profilepage", "searchresultspage", "medicalwebpage", "contactpage",
)
# Types that name an organisation rather than a person.
JSONLD_ORG_TYPES: frozenset[str] = frozenset({
    # Organisation-like types an author may be declared as.
    "organization", "newsmediaorganization", "corporation", "localbusiness",
    "educationalorganization", "governmentorganization", "ngo", "website",
})

# ---------------------------------------------------------------------------
# DOM hints: class/id tokens
# ---------------------------------------------------------------------------

# Substrings of class/id that mark a byline element (checked by XPath
# contains(), then confirmed token-wise by BYLINE_CLASS_RE).
BYLINE_CLASS_HINTS: tuple[str, ...] = (
    # The common names across WordPress themes, news CMSs and Medium-likes.
    "author", "byline", "byl", "writer", "contributor", "posted-by", "postedby",
    # German "autor" and Spanish/Portuguese/Italian "autor(e)".
    "autor",
)
BYLINE_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:by-?line|byl|author|authors|autor|autore|auteur|writer|"
    r"contributors?|posted-?by|article-?author|entry-?author|post-?author|"
    r"author-?name|meta-?author|vcard)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Author-box name elements ("elementor-author-box__name", "author-name"):
# a second-chance source when no byline proper exists, even inside bio boxes.
AUTHOR_NAME_CLASS_RE = re.compile(
    r"author[\w-]*name|name[\w-]*author|author-?box[\w-]*(?:title|name)|author-?title",
    re.IGNORECASE,
)
# Forum and comment-system poster names: the last resort for discussion
# pages, where the first poster is the author and usernames are lowercase.
USERNAME_CLASS_HINTS: tuple[str, ...] = (
    # phpBB/XenForo/vBulletin/Flarum/Discourse/Lemmy class names.
    "username", "user-name", "postuser", "poster", "post-author", "creator",
)
USERNAME_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:big)?(?:username|user-name|postuser(?:-name)?|poster|post-author|creator)(?:$|[\s_-])",
    re.IGNORECASE,
)

# Class/id tokens that mean "not the byline of this article" (bio boxes,
# comment authors, related-post cards, avatars).
BYLINE_EXCLUDE_RE = re.compile(
    r"comment|avatar|related|recommend|sidebar|widget|footer|bio\b|about|"
    r"description|social|share|follow|popup|modal|newsletter|image|photo|"
    r"caption|-img|thumb|more-by|other-posts|reply",
    re.IGNORECASE,
)
# Substrings of class/id that mark a date element.
DATE_CLASS_HINTS: tuple[str, ...] = (
    # Generic and WordPress theme names.
    "date", "time", "published", "dateline", "pubdate", "post-meta", "entry-meta",
    "byline", "posted-on", "meta",
)
DATE_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:date|dateline|time|timestamp|published|publish-?date|"
    r"pub-?date|post-?date|entry-?date|posted-?on|article-?date|meta-?date|"
    r"byline|datetime|created)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Class/id tokens that mark a modification date, which must not be taken for
# the publication date when a better one exists.
MODIFIED_CLASS_RE = re.compile(r"updated|modified|last-?mod|edited", re.IGNORECASE)

# Separators that pages put between a title and the site name, in order of
# how clearly they mean "site label follows".
TITLE_SEPARATORS_RE = re.compile(r"\s+(?:\||::|–|—|-|·|•|»|«|/|:)\s+")
# Labels at either end of a title that name a section, not the article.
TITLE_SITE_MAX_WORDS = 6
