"""One vocabulary per concept, per language: the words pages use for their furniture.

A concept is one kind of page furniture or end matter ("related articles",
"reader comments", "share buttons" ...). Each concept has a reason, the
class/id words that name it in markup (matched as parts of compound class
names by html/markup.py), and, per language, the phrases that say it on the
page (tables in en.py, de.py, ...: every language states the same concepts,
so a rule learned on English pages serves German, Polish or Japanese ones).
Matchers are built from these tables in one place, `artextract.vocabulary`.

Phrase conventions: lower case, as `signals.normalise` leaves a line (no edge
punctuation, single spaces). "(a|b)" groups spell out alternatives
("(recent|latest) (posts|articles)"). A phrase ending in " …" is a label
followed by a name ("more from …" says "More from The Post").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from . import ar, cs, da, de, el, en, es, fi, fr, he, hi, hu, id, it, ja, ko, nl, no, pl, pt, ro, ru, sv, th, tr, uk, vi, zh


@dataclass(frozen=True, slots=True)
class Concept:
    name: str
    reason: str
    # class/id words naming the concept's boxes, matched as parts of class names
    markup: frozenset[str] = frozenset()
    # a line that says only one of the phrases is furniture wherever it stands
    furniture_line: bool = False
    # a heading or short label with one of the phrases, after the article's prose,
    # starts the end matter (end_matter.py): what follows it is the site's
    ends_article: bool = False
    # "<phrase>: <teaser>" on one line is a teaser for another article
    labels_teaser: bool = False
    # a line that says only one of the phrases frames the article's metadata (the byline or
    # the date stands on the next line): head furniture around the headline, never a headline
    meta_line: bool = False
    # a short paragraph holding one of the phrases anywhere, as the last of the article's text,
    # is the site speaking, not the article (end_matter.py): the phrases are specific enough
    # ("our Telegram channel") to be read inside a sentence
    closes_article: bool = False
    # a line or short paragraph holding one of the phrases anywhere is the site's notice wherever it
    # stands (signals.boilerplate_reason): never the article's text, never a caption; the phrases are
    # specific enough to be read inside a sentence
    site_notice: bool = False
    # a short paragraph holding one of the phrases anywhere, after some of the article's prose, ends the
    # article where it stands, last or not (end_matter.py): what follows it is the site's box (its offers,
    # its log-in, its FAQ), not more of the text; the phrases are specific enough to be read inside a sentence
    cuts_article: bool = False


CONCEPTS: dict[str, Concept] = {
    concept.name: concept
    for concept in (
        Concept("related", "recirculation: other articles of the site, offered after or beside the text",
                frozenset({"related", "recommended", "recommendation", "recommendations", "recommend", "recirc",
                           "recirculation", "outbrain", "taboola", "morestories", "readmore",
                           "empfehlung", "empfehlungen", "relacionados", "correlati", "gerelateerd", "powiazane"}),
                furniture_line=True, ends_article=True, labels_teaser=True),
        Concept("site_sections", "labels of the site's own lists (top stories, latest, don't miss): furniture beside an "
                "article, yet on a home or listing page they head the page's content, so they do not end anything",
                furniture_line=True),
        # German CMSs call the article's own lead a teaser ("article-teaser"), so a teaser box is
        # furniture only when it is mostly link text (rules.dom.LINK_EVIDENCE_FAMILIES).
        Concept("teaser", "teaser boxes and cards pointing to other articles", frozenset({"teaser", "teasers"})),
        Concept("most_read", "lists of the site's most read articles",
                frozenset({"popular", "mostread", "trending", "meistgelesen", "toplist"}),
                furniture_line=True, ends_article=True),
        Concept("more_from", "labels that offer more of a section, an author or the site: 'More from <name>'",
                ends_article=True),
        Concept("read_also", "'Read also: <title>' lines that point to another article in the middle of the text",
                furniture_line=True, labels_teaser=True),
        # Not an end of the article by its label: on a forum or a Q&A page the thread after it is the page.
        Concept("comments", "reader comments: the headers and prompts of their section; the thread is not the article",
                frozenset({"comment", "comments", "commentlist", "disqus", "respond", "replies", "discussion",
                           "kommentar", "kommentare", "commentaires", "comentarios", "commenti", "comentario",
                           "reacties", "komentarze",
                           # customer reviews under a product are the same thing, in the review widgets' names;
                           # the singular "review" is not: it names review articles ("phone-review")
                           "reviews", "yotpo", "okendo", "bazaarvoice"}),
                furniture_line=True),
        Concept("share", "share, print and e-mail buttons: labels beside icons",
                frozenset({"share", "sharing", "shares", "sharebar", "social", "socials", "sociallinks", "addthis",
                           "sharethis", "shariff", "teilen", "partage", "compartir", "condividi", "delen",
                           "udostepnij"}),
                furniture_line=True),
        # Not a whole line's phrase: a line opening with one is a sharing button's label (rules.text SHARE_PROMPT
        # reads them as the start of a furniture line; a trailing " …" stands for the service's name).
        Concept("share_prompt", "a sharing button's label as a blog prints it: 'Click to share on Twitter (Opens in new "
                "window)', 'Klick, um über Twitter zu teilen', 'Cliquez pour partager sur Facebook'"),
        # Not a whole line's phrase: a line that goes on to one at its end is a banner, a promotion or a teaser
        # card whose link the copy glued to its text ("The Best Coffee Machine Deals in the US. Click here",
        # "Explore Britannica's Newest Newsletter: Money Matters Learn More"): never the page's title
        # (classify/headline.py `_ends_in_link_prompt`, rules.text HEADLINE_LINK_PROMPT_CONCEPT). Only labels
        # no title ends with: "more info", "mehr Infos", "read more", "leer más" close titles as well
        # ("Strava-Karten ab sofort mit mehr Infos", traf-dev fit bike-magazin.de; "Ten Ways to Read More").
        Concept("link_prompt", "the label of the link a banner, a promotion or a teaser card ends with: 'Learn more', "
                "'Click here', 'Shop now', 'Weiterlesen', 'Mehr erfahren', 'En savoir plus'"),
        Concept("tools", "the article's own tools: save, listen, font size, gift",
                frozenset({"print", "bookmark", "tools", "toolbox", "actions"}),
                furniture_line=True),
        Concept("newsletter", "newsletter, subscription and sign-in prompts",
                frozenset({"newsletter", "subscribe", "subscription", "signup", "optin", "regwall", "paywall",
                           "abo", "abonnement"}),
                furniture_line=True),
        # A button's label printed as a line of its own in a raw copy ("Jetzt bestellen", "Jetzt spenden", "Jetzt
        # testen", "Jetzt neu!"; fit half, traf-dev raw text, kept in the body: abenteuer-astronomie.de, lbv.de,
        # topagrar.com, reitschuster.de). Whole lines only: a sentence asking the same is the text's.
        Concept("call_to_action", "a button's call to act now: order, buy, donate, try, book, download ('Jetzt "
                "bestellen', 'Donate now', 'Commander maintenant')", furniture_line=True),
        Concept("advertising", "advertisements and sponsored slots, and their labels",
                frozenset({"ad", "ads", "advert", "adverts", "advertisement", "adsense", "adslot", "adunit", "dfp",
                           "sponsor", "sponsored", "promo", "anzeige", "werbung", "publicite", "publicidad",
                           "pubblicita", "publicidade", "advertentie", "reklama"}),
                furniture_line=True),
        Concept("navigation", "site navigation: menus, breadcrumbs, search, paging, skip links, back-to-top",
                frozenset({"nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead", "topbar",
                           "toolbar", "pagination", "pager", "skiplink", "skiplinks", "backtotop", "sitemap",
                           # links to the previous and next post
                           "postnav", "nextpost", "prevpost", "nextstory", "nextarticle"}),
                furniture_line=True),
        Concept("legal", "imprint, privacy, terms and contact links of the site's footer",
                frozenset({"impressum", "imprint", "legal", "copyright"}),
                furniture_line=True),
        Concept("consent", "cookie and consent prompts", frozenset({"cookie", "cookies", "consent", "gdpr"}),
                furniture_line=True),
        Concept("tags", "tag and topic lists: the site's taxonomy, not the text",
                frozenset({"tags", "taglist", "tagcloud", "keywords", "schlagworte", "topics",
                           # the post's own list of its categories ("post-categories", "entry-categories",
                           # "articleCategories": 10, 10 and 4 dev pages); "categories" alone also names a shop's
                           # or a listing's category menu, and the singular "post-category-4" is taxonomy
                           "postcategories", "entrycategories", "articlecategories"}),
                furniture_line=True),
        # No flag: the label is read only with the other post's title after it (rules.text POST_LINK_LINE).
        Concept("post_link", "a blog's link to its previous or next post under the text ('Next article: <title>'): "
                "the site's navigation between posts; a phrase of two words or more (the label with its noun) "
                "may have the title glued on ('Older Post20 UC Essay Examples')"),
        # Not a whole line's phrase: a line opening with one is the post's filing (rules.text POST_FILED reads
        # them as the start of a furniture line; the categories, tags and author follow).
        Concept("post_filed", "a blog post's closing line of its filing, as WordPress themes print it under every post in "
                "the site's language: 'This entry was posted in <categories> ... Bookmark the permalink.', 'Dieser "
                "Eintrag wurde veröffentlicht in ... Permanentlink.'"),
        Concept("author_box", "the author's biography box after the text",
                frozenset({"bio", "authorbio", "authorbox", "aboutauthor", "autorenbox"}),
                ends_article=True),
        Concept("sources", "the source list and further reading after the text", ends_article=True),
        Concept("rating", "rating and feedback prompts: 'Was this article helpful?'",
                frozenset({"rating", "ratings", "voting", "feedback"}),
                furniture_line=True),
        # Documentation sites close each page with a prompt for feedback on the page, its yes/no
        # buttons, then the licence and "last updated" lines: the site's, after the doc's last line.
        # Raw text keeps them under the doc (wcxb fit: "Send feedback" on cloud.google.com, ai.google.dev;
        # "Help improve MDN" / "Was this page helpful to you?" on developer.mozilla.org; "Did you find what
        # you needed?" on docs.github.com). As a label it ends the text only where little prose follows it
        # (end_matter.py): the page's prompt, not a sentence of the doc.
        Concept("page_feedback", "a documentation page's prompt for feedback on it ('Was this page helpful?', 'Send "
                "feedback', 'Did you find what you needed?'): its buttons, licence and date lines follow; not the doc's",
                ends_article=True),
        Concept("controls", "interface words: close, more, loading, gallery and player controls",
                furniture_line=True),
        # Not a furniture line wherever it stands: only in a raw copy's article run (text/region.py
        # `_whole_list_links`). As a furniture line it moved the raw run and its head (a held headline
        # lost, wcxb inscriptis); the HTML mode reads its lists' links by their markup.
        Concept("whole_list", "a list's or a grid's link to all of it, its name or count after it ('See all 12 "
                "reviews', 'View all products', 'Alle Artikel anzeigen'): the site's, not the text's"),
        # "widget" alone is no evidence: page builders call every box a widget ("elementor-widget").
        Concept("sidebar", "sidebars and widget areas beside the text",
                frozenset({"sidebar", "widgetarea", "sidebars"})),
        Concept("footer", "page and article footers", frozenset({"footer"})),
        Concept("overlay", "overlays, pop-ups and lightboxes", frozenset({"modal", "popup", "overlay", "lightbox", "toast"})),
        Concept("signature", "forum signatures under each post: the poster's sign-off, not the thread",
                frozenset({"signature", "signaturecontainer", "sig"})),
        # The boxes forum software gives each post's member details; the poster's name stays outside
        # them in XenForo. phpBB "postprofile" (forum.nationstates.net, forums.raspberrypi.com,
        # forums.virtualbox.org, tapatalk.com); XenForo "message-userExtras", "message-userTitle"
        # (forums.macrumors.com, physicsforums.com, forums.studentdoctor.net and 7 more fit sites); and the
        # bar under a post naming who reacted to it ("Reactions: unixfool"), XenForo "reactionsBar" (the same
        # sites and mtbr.com, woodworkingtalk.com: 12 fit sites); the rank banners under the name, XenForo
        # "userBanner" ("7+ Year Member", "AFF Supporter": forums.studentdoctor.net, cameraderie.org,
        # australianfrequentflyer.com.au).
        Concept("member_box", "a forum post's member box: the poster's rank, join date, post and reaction counts, printed "
                "again under each of the member's posts, and the bar naming who reacted to a post: not the thread",
                frozenset({"postprofile", "userextras", "usertitle", "userbanner", "reactionsbar"})),
        Concept("republish", "'republish this story' licence boxes: guidance for other publishers",
                frozenset({"republish", "republication"})),
        Concept("contents", "labels of a table of contents: the list under them is the page's index of its own "
                "sections, and the headline often stands just above it", furniture_line=True),
        Concept("byline_label", "a byline's label standing alone ('Written by', 'Autor'): the name is on the next line",
                furniture_line=True, meta_line=True),
        Concept("date_label", "a date's label standing alone ('Last updated on', 'Veröffentlicht am'): the date is on "
                "the next line", furniture_line=True, meta_line=True),
        # Not furniture: the label is dropped, and the list under it is the article's key points
        # (classify/key_points.py). Its class words are rules.dom.KEY_POINT_TOKENS, hints rather than
        # furniture families.
        Concept("key_points", "labels of the article's key-point box: a summary list at its top ('Key takeaways', "
                "'Das Wichtigste in Kürze', 'En bref')"),
        # Not furniture: the word a picture's credit opens with, in the site's language ("Foto Jane Doe",
        # "Photo via X", "Photograph courtesy of X", German compounds before a colon: "Symbolbild: dpa").
        # rules.text reads it into CREDIT_LABELS and CREDIT_SUFFIXES (signals.split_credit).
        Concept("picture_credit", "the word for a picture (photo, Foto, Bild, image, archive photo) that opens its "
                "credit after the caption: 'Foto Jane Doe via Unsplash', 'Symbolbild: dpa'"),
        # Not furniture: the words that say a picture was lent by its source ("Courtesy Louvre",
        # "Cortesía/La República", "Mit freundlicher Genehmigung von X"): the source follows them.
        # rules.text reads them into CREDIT_COURTESY, CREDIT_LINE_COURTESY and CREDIT_SUFFIXES.
        Concept("courtesy_credit", "the words that say a picture was lent by its source ('Courtesy of X', 'Cortesía de X', "
                "'Mit freundlicher Genehmigung von X'): its credit follows them"),
        # Not furniture: the words that say where a picture stands or what it shows, before a colon that
        # opens its caption ("Above: ...", "Left: ... Right: ...", "Pictured: ...", "Im Bild: ...").
        # rules.text reads them into CAPTION_PLACE_LABEL (raw text: text/lines.placed_captions; HTML, near
        # a picture: html/figures._placed_caption).
        Concept("picture_place", "the words that say where a picture stands or what it shows, opening its caption "
                "before a colon: 'Above: X', 'Left: X. Right: Y', 'Pictured: X', 'Im Bild: X'"),
        # Not furniture: the word a news caption ends with, after its sentence, to say the picture is an
        # earlier one from the archive ("... against Dominica. (FILE)", "... en Guatemala. Archivo.",
        # "... supply chain. Mike Blake/Reuters files"). rules.text reads it into CAPTION_ARCHIVE_END
        # (raw text: text/lines.filed_captions).
        Concept("archive_picture", "the word a caption ends with to say its picture comes from the archive: "
                "'(FILE)', 'Archivo.', 'Reuters files', '(Archivbild)'"),
        Concept("house_promo", "the site inviting the reader at the end of its article: to its app, its channels "
                "(Telegram, WhatsApp, YouTube), its newsletter, its print or digital edition, to write to the editors",
                closes_article=True),
        # The writer or the site asking for money under the text: a donation, a tip ("buy me a coffee"), a patron
        # platform. Fit half, raw text, last of the article's text with only the site's boxes below: wcxb
        # artlyst.com "Please support us so we can ...", idiallo.com "You can buy me a coffee.", scarbir.com
        # "donate via PayPal or Buy me a coffee!", idlecartulary.com "Donate to or join my Ko-fi!"; traf-dev
        # wolfgangmichal.de "können Sie mich durch eine Spende unterstützen". Not closes_article: comments and
        # prompts of one sentence follow it (end_matter.support_appeal_start weighs the prose below instead).
        Concept("support_appeal", "the writer or the site asking the reader for money under the article: to donate, "
                "to tip ('buy me a coffee'), to support it on a patron platform"),
        # The sentence a comment form prints in place of its fields until the reader signs in (WordPress's "You
        # must be logged in to post a comment.", "Para comentar debes registrarte y completar los datos generales."):
        # the site speaking under its article. Fit half, kept in the raw text: traf-dev panamaamerica.com.pa,
        # diaadia.com.pa, n-land.de; dealdoktor.de, boxen.de, mein-mmo.de, lanacion.com.ar print it too.
        Concept("comment_gate", "the comment form's notice that only signed-in or registered readers may comment, "
                "printed under every article", closes_article=True),
        # The sign-in lines a blog platform's comment form prints under every post (WordPress.com's Jetpack form:
        # "Fill in your details below or click an icon to log in:", "You are commenting using your Google account.
        # ( Log Out / Change )", in the blog's language): the site's, never the text. In raw text they read as
        # prose, and under a post of two lines they outweighed it. Fit half, traf-dev raw text, the German form
        # on 12 sites: gnaur, sprechblase, surfguard, insubordinant, gormulus, grossefragen, buchperlen,
        # kulinariaathome, andreabottlinger, denkanstoos, 1hundetagebuch (.wordpress.com), beyssonmanagement.com.
        Concept("comment_sign_in", "a comment form's sign-in prompts: fill in your details or click an icon to log in, "
                "you are commenting using your account (log out / change)", site_notice=True),
        # A form's consent line: the reader declaring, by its checkbox or its button, to have read or to accept the
        # site's privacy policy or terms ("I have read and agree to the Privacy Policy", "Ja, ich habe die
        # Datenschutzerklärung gelesen", "He leído y acepto la política de privacidad"), and the notice of a
        # consent plugin standing in for an embedded post ("Mit dem Laden des Videos akzeptieren Sie die
        # Datenschutzerklärung von YouTube"). A sign-up, contact or comment form's, never the text: in raw text
        # its sentence reads as prose. Fit half, kept in the raw text: wcxb qburst.com, infoq.com, flyertalk.com;
        # traf-dev von-der-see.de, soy502.com, proplanta.de, fischundfang.de, 1000things.at (and 24 more fit sites
        # print it where the text already leaves it out: utopia.de, juraforum.de, gitarrebass.de, binariks.com,
        # helpnetsecurity.com, 101blockchains.com, oakywood.shop ...).
        # The same form's notice of what becomes of the data typed into it ("Mit der Nutzung dieses Formulars erklären
        # Sie sich mit der Speicherung und Verarbeitung Ihrer Daten durch diese Website einverstanden", "Wenn Sie uns
        # per Kontaktformular Anfragen zukommen lassen, werden Ihre Angaben ... gespeichert", Mailchimp's "By clicking
        # below to subscribe, you acknowledge ..."): fit half, traf-dev raw text, von-der-see.de, maenner.media (kept
        # in the text), it-finanzmagazin.de, antary.de, jagdverband.de (printed where the text already leaves it out).
        Concept("form_consent", "a form's consent line: the reader has read or accepts the site's privacy policy or "
                "terms (a checkbox, a sign-up button's terms), or accepts a service's privacy policy by loading its embed; "
                "and the form's notice of what becomes of the data typed into it (by using or sending this form you agree)",
                site_notice=True),
        Concept("site_licence", "the site's licence notice for all its pages ('Unless otherwise stated, the content of "
                "this page is licensed under ...'): said under every article, so not the article's",
                closes_article=True),
        # A page's own footer line, printed under the text of every page of a documentation site or wiki
        # (wcxb fit, raw text: "This page was last modified on Dec 19, 2025 by MDN contributors."
        # developer.mozilla.org; "This page was last updated on 2026-01-26" sqlite.org; "This page was last
        # edited on 1 March 2026, at 20:20." wiki.gentoo.org, wiki.postgresql.org, en.wikipedia.org): never
        # in the truth of the 31 fit pages that print it.
        Concept("page_updated", "the page's footer line saying when the page was last changed ('This page was last "
                "edited on ...'): the site's, under every page, not the text's", closes_article=True),
        # Seen last in the text on fit pages: "NOW Grenada is not responsible for the opinions ... presented
        # by contributors" (traf-dev nowgrenada), "Trotz sorgfältiger inhaltlicher Kontrolle übernehme ich keine
        # Haftung für die Inhalte externer Links" (kulinariaathome.wordpress.com), "The views expressed by the
        # authors of this blog are their own and do not necessarily reflect the views of APNIC" (wcxb
        # blog.apnic.net; marketingsherpa.com prints one too, already outside the text).
        Concept("site_disclaimer", "the site's disclaimer under every article: it is not responsible for its contributors' "
                "opinions or for external links, the views expressed do not necessarily reflect its own",
                closes_article=True),
        # The site's warning that the reader's browser is too old, printed over every page (fit half, raw text:
        # wcxb ama.org, where it opened the run and sent the title under it into the text, and
        # topics.plusrelocation.com; traf-dev homify.de, where it won the headline, n-land.de, msn.com).
        Concept("browser_notice", "the site's warning that the reader's browser is outdated or no longer supported, "
                "with its advice to update it ('Your browser is out of date', 'Dein Browser ist leider veraltet')",
                site_notice=True),
        # A documentation platform's offer to save the page to the reader's collections, printed over every page's
        # text ("Stay organized with collections / Save and categorize content based on your preferences."): an
        # inscriptis copy prints its two labels as one line, glued to the page's title or to "Send feedback"
        # before them, and the run opened there (fit half, raw text: wcxb web.dev, where it stood between the
        # menu and the title and the title was no candidate, cloud.google.com twice, developer.android.com; the
        # truths of cloud.google.com list both labels as furniture). One platform's English labels on three
        # development sites, so English only.
        Concept("collections_prompt", "a documentation platform's offer to save the page to the reader's collections "
                "('Stay organized with collections', 'Save and categorize content based on your preferences')",
                site_notice=True),
        Concept("affiliate", "the site's disclosure that links on the page earn it a commission ('We may earn a "
                "commission', 'Affiliate-Links', 'Provision vom Händler'): the same notice on every page of the site, above "
                "the text, beside a picture or under it, not the article's", site_notice=True),
        # A sentence offering to mail the site's posts ("Get all the latest posts delivered straight to your inbox",
        # "Um neue Beiträge per E-Mail zu erhalten ..."): a sign-up box's pitch, with or without a consent
        # sentence under it, at the end of the text or inside it; the site's, wherever it stands.
        Concept("newsletter_pitch", "a sign-up box's offer to mail the site's posts to the reader's inbox",
                site_notice=True),
        # The box that stands where a paywalled text stops: raw text prints it after the shown
        # paragraphs, with the offers, the log-in and the site's comments or FAQ under it (fit half:
        # "Kostenlos registrieren und weiterlesen" dietagespresse.com, "Möchten Sie weiterlesen? ... Ja.
        # Ich bin Abonnent." volksstimme.ch, "Mit top+ weiterlesen / Bereits Abonnent? Einloggen"
        # topagrar.com, "To view the full story, please subscribe ... already a subscriber"
        # haitiantimes.com). No language-free shape tells it: its lines are short prompts, like a
        # newsletter box's, so it is a table of one concept in every language.
        Concept("paywall", "a paywall's or registration wall's prompt: the rest of the text is for subscribers or "
                "registered readers, log in or subscribe to read on", closes_article=True, cuts_article=True),
        # The prompt a forum or a comment section prints where the thread stops, to a reader who is not
        # logged in ("You must log in or register to reply here.", "You must log in to answer this
        # question.", "Sign In or Register to comment."): wcxb fit, raw text, forums.macrumors.com,
        # forums.studentdoctor.net, forums.tomshardware.com (XenForo), askubuntu.com, unix.stackexchange.com
        # (Stack Exchange), open.vanillaforums.com (Vanilla). What follows it is the site's (its other
        # threads, its sign-up pitch); above it the thread. Forum software prints it in the reader's
        # language (XenForo's and Vanilla's translations), so it is a table of one concept.
        Concept("reply_gate", "a thread's prompt to log in or register to reply, answer or comment: the thread ends "
                "above it", cuts_article=True),
        Concept("forum_chrome", "a forum post's or a reader comment's tools (reply, quote, report), member titles and counters",
                furniture_line=True),
        # Not furniture by themselves: labels read by assemble.py (rules.text THREAD_STARTER, OTHER_DATE_STAMP).
        # Forum software prints them in the reader's language (XenForo, SMF, phpBB, vBulletin translations).
        Concept("thread_starter", "the label before the member who started a forum thread ('Thread starter', 'Started "
                "by', 'Themenstarter', 'Iniciado por'): that member is the thread's author"),
        Concept("other_date", "the label of a date that is not the article's: a member's joining ('Joined', 'Member "
                "since', 'Mitglied seit') or a later edit ('Edited', 'Zuletzt bearbeitet')"),
    )
}
# A paragraph with a house_promo phrase is the site's only when it is short: an invitation is a
# sentence or two, an article's paragraph about a newsletter or an app is longer.
CLOSING_PROMO_MAX_WORDS = 35
# A paywall's prompt (cuts_article) ends the article where it stands when the long paragraphs after it
# (rules.text END_MATTER_LONG_PARAGRAPH_WORDS) add up to at most this share of the prose before it: the
# box's pitch may run to a paragraph ("Haitian Times is ..." after the prompt, haitiantimes.com), while
# a text shown whole with the box inside it goes on for longer than its part above the box.
PAYWALL_MAX_PROSE_AFTER_SHARE = 0.5
# A plea for support (support_appeal) ends the article where it stands when the prose below it, every
# paragraph of it (a blog's paragraphs are often short), adds up to at most this share of the prose
# above it: a plea after the introduction, with the article under it, leaves the text whole.
SUPPORT_APPEAL_MAX_PROSE_AFTER_SHARE = 0.25
# The services a site asks its readers to follow it on or get its app from. Their names are the same in
# every language, so a short closing paragraph naming two of them is the site's invitation whatever
# its words ("Follow AP on Facebook, X, Instagram, YouTube and TikTok", "Follow The Gleaner on Twitter and
# Instagram", "download the Nationnews apps for iOS and Android", "Einfach digital in der BIKE-App (iTunes
# und Google Play)": amateurphotographer.com, jamaica-gleaner.com, nationnews.com, bike-magazin.de); a
# brand between the verb and the service defeats any phrase. One name is not enough: an article's last
# paragraph may mention a platform ("Drop your thoughts in the YouTube comments", in WCXB's text).
PLATFORM_NAMES: tuple[str, ...] = (
    "facebook", "instagram", "twitter", "tiktok", "youtube", "whatsapp", "telegram", "linkedin", "pinterest",
    "snapchat", "threads", "mastodon", "bluesky", "google news", "google play", "app store", "itunes", "ios",
    "android", "spotify", "apple podcasts",
)
CLOSING_PROMO_MIN_PLATFORMS = 2

# A line can say a site_notice phrase only if it holds one of these stems where a word begins (every
# spelling of every phrase of every table holds one so: tests/test_vocabulary.py): one search for them
# spares most lines the phrases' search, which is asked of every line up to a furniture sentence's length.
# (The compounds "kontaktformular", "contactformulier" and the Arabic "وأوافق", "and I agree", are stems of
# their own: their "formular", "formulier", "أوافق" stand inside a word.)
SITE_NOTICE_STEMS: tuple[str, ...] = (
    "affili", "afili", "commissi", "comisi", "comiss", "provisi", "provisj", "provizi", "prowizj", "palkkio",
    "cost to you", "amazon", "partnerlink", "partnersk", "werbelink", "kumppanilink", "sponsoris",
    "アフィリエイト", "수수료", "쿠팡", "联盟", "聯盟",
    "compensa", "compenso", "reader-supported", "reader supported", "rémunér", "through links", "through our links",
    "through the links", "via links", "via our links", "via the links", "kauf über", "en achetant", "a través de",
    "acquistando tramite", "ao comprar",
    # collections_prompt
    "stay organized", "save and categorize",
    # newsletter_pitch
    "inbox", "by email", "per e-mail", "postfach", "boîte", "par e-mail", "par email", "courriel",
    "tu correo", "bandeja", "por e-mail", "por email", "casella", "via e-mail", "via email", "mailbox",
    "seu e-mail", "caixa de entrada", "por correo", "skrzynk", "mailem", "every new post",
    # (sv, da, no, fi, cs, ru, uk, ja: the reader's mail, inbox or mailbox)
    "via e-post", "inkorg", "indbakke", "på e-post", "innboks", "sähköpostiisi", "postilaatikkoosi", "schránk",
    "почт", "пошт", "на e-mail", "на email", "メールで",
    # form_consent
    "agree to", "have read", "consent to", "datenschutz", "accept", "accetto", "acepto", "leído", "ho letto", "aceito", "li a política",
    "akkoord met", "gelezen", "zapoznał", "akceptuję",
    # (the form's notice of what becomes of its data: the form's word in en de es pl, fr, pt, it, nl, and the
    # button's place in Mailchimp's notice)
    "this form", "contact form", "formular", "formulaire", "formulário", "modulo", "formulier", "kontaktformular",
    "contactformulier",
    "clicking below", "ci-dessous", "hacer clic", "qui sotto", "clicar abaixo",
    # (sv, no, fi, cs, ru and uk, tr, hu, ro, el, id, vi: the first person's "I accept", "I agree", and the
    # personal data the Russian and Ukrainian checkbox consents to the processing of)
    "godkänner", "godtar", "hyväksyn", "souhlasím", "персональн", "kabul ediyorum", "elfogadom", "sunt de acord",
    "αποδέχομαι", "menyetujui", "saya setuju", "đồng ý",
    # (ja, zh, ko, ar, he, hi: "I agree", "I have read")
    "同意", "동의합니다", "أوافق", "وأوافق", "קראתי ואני", "מסכים", "מסכימ", "सहमत",
    # browser_notice (the browser's word in en de it nl, fr, es pt, pl; Internet Explorer by name)
    "browser", "navigateur", "navegador", "przeglądar", "internet explorer",
    # comment_sign_in
    "commenting using", "icon to log in", "kommentierst mit", "icon um dich", "vous commentez", "icône pour vous",
    "comentando usando", "icono para iniciar", "commentando usando", "icona per effettuare", "comentando utilizando", "ícone para",
    "kommenterar med", "kommenterer med", "kommentoimassa", "コメントしています",
)
# The languages with tables, each a module stating PHRASES: {concept name: phrases}.
TABLES: dict[str, dict[str, tuple[str, ...]]] = {
    module.LANGUAGE: module.PHRASES for module in (en, de, fr, es, it, pt, nl, pl, fi, sv, da, no, cs, ja, zh, ko,
                                                  ru, uk, tr, hu, ro, el, id, vi, ar, he, hi, th)
}


def phrases(concept: str) -> dict[str, tuple[str, ...]]:
    """The phrases of one concept, by language."""
    return {language: table[concept] for language, table in TABLES.items() if concept in table}


# The end of a label followed by a name ("more from …").
NAME_FOLLOWS = " …"
# An "(a|b)" group of a phrase (the conventions above); split on it, odd pieces are its insides.
GROUP_RE = re.compile(r"\(([^()]*)\)")


# The tables type the apostrophe "'"; pages print the typographic "’" as often ("s’abonner",
# "You’ll Also Love"), and signals.normalise keeps it (a line's key must not equal another's that
# printed the other one: a table of contents' entry and its heading). A phrase accepts either.
_APOSTROPHE, _TYPOGRAPHIC_APOSTROPHE = "'", "’"
_APOSTROPHE_SOURCE = "['’]"


def literal_source(text: str) -> str:
    """A regex source matching the text as written, its apostrophe in either form."""
    return re.escape(text).replace(_APOSTROPHE, _APOSTROPHE_SOURCE)


def phrase_source(phrase: str, space: str = r"\s+") -> str:
    """A regex source for a phrase without its " …" tail: "(a|b)" groups as alternatives, every other
    character literal, each space as `space`. (vocabulary.phrase_pattern adds the tail's name; rules.text
    builds its line openers from it, below the matchers it cannot import.)"""
    pieces = GROUP_RE.split(phrase)
    source = "".join(
        "(?:" + "|".join(literal_source(choice) for choice in piece.split("|")) + ")" if index % 2 else literal_source(piece)
        for index, piece in enumerate(pieces)
    )
    return source.replace(r"\ ", space)


def expand(phrase: str) -> list[str]:
    """Every spelling of the phrase: each "(a|b)" group spelt out ("(a|b) c" -> ["a c", "b c"]), and
    a line with the typed apostrophe also with the typographic one ("s'abonner", "s’abonner")."""
    pieces = GROUP_RE.split(phrase)
    choices = [piece.split("|") if index % 2 else [piece] for index, piece in enumerate(pieces)]
    lines = [" ".join("".join(combo).split()) for combo in itertools.product(*choices)]
    return lines + [line.replace(_APOSTROPHE, _TYPOGRAPHIC_APOSTROPHE) for line in lines if _APOSTROPHE in line]


def trie_source(spellings) -> str:
    """A regex source matching each spelling (a sequence of regex atoms), as a trie of its atoms:
    "sep", "sept", "september" as "sep(?:t(?:ember|)|)". An alternation of many phrases tries them one
    by one at every position; the trie tries each first atom once, then only the phrases that begin
    so. Where one spelling is a prefix of another the longer is tried first (the empty branch comes
    last), as a longest-first alternation would; siblings keep the order the spellings came in."""
    trie: dict = {}
    for atoms in spellings:
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}
    if not trie:
        # No spelling: a source that matches nothing. The empty node below would write "(?:)", which
        # matches the empty string everywhere (a concept with no Chinese, Japanese or Korean phrase
        # then matched beside any emoji in vocabulary's unspaced alternative).
        return "(?!)"

    def pattern(node: dict) -> str:
        branches = []
        for atom, child in node.items():
            if atom:
                # A run of nodes with one way on is written as it is walked, not a call per atom
                # (most of a phrase's atoms: the tries are built on every command's first page).
                run = [atom]
                while len(child) == 1 and "" not in child:
                    ((next_atom, child),) = child.items()
                    run.append(next_atom)
                branches.append("".join(run) + pattern(child))
        if "" in node:
            branches.append("")  # a phrase ends here, another goes on
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(trie)


def concept_lines(name: str) -> frozenset[str]:
    """Every whole line that says the concept `name`, in every language (groups spelt out; labels
    followed by a name, ending in " …", left out)."""
    return frozenset(
        line
        for table in TABLES.values()
        for phrase in table.get(name, ())
        if not phrase.endswith(NAME_FOLLOWS)
        for line in expand(phrase)
    )
