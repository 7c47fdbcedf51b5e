"""English: how English pages say each concept of the vocabulary (see __init__.py)."""

LANGUAGE = "en"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": (
        "related", "related (articles|stories|posts|content|news|reading|reads|links|resources|guides|videos|coverage)",
        # Forums' and Q&A sites' lists of other threads (similar threads: 4 fit sites; the others: 5 Stack Exchange sites).
        "(similar|related) (threads|questions)", "explore related questions", "hot network questions",
        "recommended (for you|reading|reads|articles|posts|stories|content|videos)",
        "(other |)(posts |articles |stories |reads |)you (may|might|will) (also |)(like|enjoy|love|be interested in)",
        # ... as "you'll" says it ("You’ll Also Love", "Other posts you’ll love:"; fit kierstenhickman, paigebrunton,
        # greenhousestudio; expand spells it with the typographic apostrophe too)
        "(other |)(posts |articles |stories |reads |)you'll (also |)(like|enjoy|love)",
        "more (stories|news|articles|posts|reading)", "more like this", "more to explore",
        "read next", "read this next", "what to read next", "keep reading", "explore more",
        "(recent|latest|similar|other|top|popular) (articles|posts|stories|news|reads)",
        # The same labels said otherwise ("READ MORE ARTICLES" over a realtor's posts, encorerealtysc), as de
        # and fr tables say them.
        "read more (articles|stories|posts)",
        "(popular|similar|related) (articles|posts) (on|about) (this|the) (topic|subject)",
    ),
    "site_sections": ("top stories", "latest", "latest news", "popular", "popular now", "don't miss", "editor's picks",
                      "editors' picks", "up next"),
    "most_read": ("most (read|popular|viewed|shared|commented)", "trending", "trending now",
                  # the same list named for what it holds ("Trending Stories" over a blog platform's cards,
                  # "TRENDING THREADS" under a forum's thread; fit hackernoon, forums.tomshardware, raw text)
                  "trending (stories|threads|articles|posts|topics|news)",
                  # a blog's widget of the latest comments on its posts, in the sidebar or under the text:
                  # the site's list, as its most commented ("Neueste Kommentare" / "Letzte Kommentare" on
                  # 16 traf-dev fit sites, "Recent Comments" lemire.me); the same in every blog platform's language
                  "(recent|latest) comments"),
    "more_from": ("more (from|by|in|on|about) …", "next up in …", "also in …", "latest from …",
                  # an author archive's link under the author's box ("Read more posts by Joe Kindness"): raw-text fit
                  # agencyanalytics.com, classcentral.com, reviewed.com (WCXB), maenner.media (traf-dev); text/region.py
                  "more (posts|articles|stories) (by|from) …", "read more (posts|articles|stories) (by|from) …",
                  "see (all|more) (posts|articles|stories|reviews) (by|from) …", "see all of …"),
    "read_also": ("read", "read more", "read also", "also read", "read next", "see", "see also", "see more", "watch",
                  "watch more", "listen", "related", "recommended", "more"),
    "comments": (
        "comments", "leave a comment", "add a comment", "post a comment", "show comments", "view comments",
        "no comments", "no comments yet", "join the conversation", "join the discussion", "leave a reply", "reader comments",
        "comments are closed", "write a comment",
        # The comment form's own notices, as WordPress prints them in every language (printed in the copies
        # of ~30 traf-dev fit sites, lemire.me, nationnews, telebasel ...; kept in the text of bibliothek2null,
        # aerobuzz, she-works, dealdoktor, where dropping them moved the score)
        "your email address will not be published", "your email address will not be published. required fields are marked",
        "you must be logged in to post a comment",
    ),
    "share": (
        "share", "shares", "share this", "share this (article|story|post|page)", "share article", "share story",
        "share on (facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|email)", "share via", "share via email",
        "share to", "copy link", "link copied", "copied", "copy url", "tweet", "email", "e-mail", "facebook",
        "twitter", "x", "linkedin", "whatsapp", "pinterest", "reddit", "telegram", "flipboard", "messenger",
        "threads", "bluesky", "mastodon", "pocket", "tumblr", "instagram", "youtube", "tiktok", "rss", "sms",
        "follow", "follow us", "following", "unfollow", "follow us on", "like", "likes",
        # a blog platform's like button under every post, as a copy prints it with its loading
        # text ("Like Loading..."); its label alone ("Like this:") may introduce a text's example
        "like loading",
    ),
    "link_prompt": ("learn more", "click here", "find out more", "shop now"),
    "share_prompt": ("(click|tap) (here |)to (share|print|email|subscribe|sign up)",),
    "tools": (
        "pdf version", "download pdf", "print", "save", "saved", "save article", "save for later", "bookmark", "gift article", "gift this article",
        "listen", "listen to this article", "listen to article", "text size", "font size",
        # print and read-later buttons on a line of their own (fit: mises.org, shssoutherner.org, traf-dev's
        # jamaica-gleaner.com "Print this page/Story"; forums.raspberrypi.com, forums.virtualbox.org,
        # forum.nationstates.net, traf-dev's wiki.python.org "Print view"; en.wikipedia.org, wiki.gentoo.org,
        # wiki.postgresql.org "Printable version"; quantamagazine.org, thequietus.com "Read later");
        # the other languages' tables carry the same buttons
        "print (this |)(page|article|story|post)", "print view", "printable version", "read (it |)later",
    ),
    "newsletter": (
        "subscribe", "subscribe now", "subscribe today", "subscribed", "newsletter", "newsletters",
        "sign up for our newsletter", "get the newsletter", "sign in", "sign up", "log in", "login", "log out",
        "logout", "register", "my account", "account", "donate", "support us",
    ),
    # a button's call to act now, on a line of its own ("shop now" and "buy now" are rules.text's BOILERPLATE_LINES)
    "call_to_action": ("(order|donate|book|download|register|join|give|enrol|enroll|try it|get it|install|preorder|pre-order) now",
                       "(donate|give|order) today"),
    "advertising": (
        "advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "sponsored content", "paid content",
        "promoted", "partner content", "story continues below", "story continues below advertisement",
        "article continues below", "continue reading below", "scroll to continue with content",
    ),
    "navigation": (
        "you are here", "skip to content", "skip to main content", "skip to navigation", "skip to footer", "jump to content", "menu",
        "main menu", "open menu", "close menu", "toggle navigation", "navigation", "search", "search for", "back",
        "back to top", "go to top", "top", "home", "homepage", "previous", "next", "previous article",
        "next article", "previous post", "next post", "older posts", "newer posts", "page", "sitemap", "site map",
        "edition",
        # a blog theme's label over the links to the previous and next post (de "Beitragsnavigation":
        # traf-dev fit anchor.ch, sprechblase, andreabottlinger and denkanstoos.wordpress.com)
        "post navigation", "posts navigation",
        # a skip link to a part of the page it names ("Jump to Recipe", "Jump to Review", "Jump to Latest",
        # MediaWiki's "Jump to navigation Jump to search"), kept as a line of the text: fit half, wcxb-dev
        # seriouseats.com, cleverhiker.com, afarmgirlskitchen.com, wiki.postgresql.org (and in the raw copies
        # thespruceeats.com, mtbr.com, woodworkingtalk.com); traf-dev elavegan.com, flawlessfood.co.uk,
        # en.wikipedia.org. A name of up to 40 characters follows: no sentence
        "jump to …",
        # ... and a skip link to another part of the page ("Skip to search results", "Skip to search"), kept as
        # a line of the text or read as its title: fit half, raw copies of wcxb-dev rei.com (eleven pages),
        # developer.mozilla.org. The parts a page's skip links name, whole lines only ("Skip to content" with
        # more words after it stays a sentence; a product page's "Skip to product information" is left alone:
        # at skullcandy.com, the run then lost the product's title above it). A bare "Skip to" (a link whose
        # target the copy lost) is not here: only Amazon's pages print it (amazon.com, amazon.co.uk)
        "skip to (the |)(primary |main |)(sidebar|search|search results|results|reviews|comments)",
    ),
    "legal": (
        "contact", "contact us", "about", "about us", "privacy", "privacy policy", "terms", "terms of use",
        "terms of service", "terms and conditions", "cookie policy", "all rights reserved", "imprint",
    ),
    "consent": ("cookies", "cookie settings", "manage cookies", "accept", "accept all", "accept cookies", "reject all",
                "got it", "ok", "agree", "i agree",
                # A consent plugin's placeholder where an embedded video, post, map or podcast was (Borlabs,
                # Complianz ...): its button lines, which the copy keeps as lines of the text. Fit half,
                # traf-dev raw: 1000things.at ("Beitrag laden" / "Instagram-Beiträge immer entsperren" six
                # times), fischundfang.de ("Video laden" / "YouTube immer entsperren" / "Facebook-Beiträge immer
                # entsperren"), spoe.at (its buttons run together); the same buttons in de, fr, es, it, nl, pl, pt.
                "load (the |this |)(video|content|post|map|podcast|tweet|embed)", "load external content",
                "click to load (the |this |)(video|content|post|map)", "always unblock …"),
    "tags": ("tags", "topics", "filed under", "categories", "category", "tagged", "related topics",
             "topics in this (article|story)"),
    # a blog's label naming its neighbouring post, with or without its noun ("Next article: <title>")
    # the WordPress themes' footer of a post: "This entry was posted in News and tagged X. Bookmark the permalink."
    # (traf-dev fit: hertha-blog.de); Kubrick's "This entry was posted on Monday, ... and is filed under ..."
    "post_filed": ("this entry was (posted|filed) …",),
    "post_link": ("(previous|prev|next|older|newer)",
                  "(previous|prev|next|older|newer) (post|article|story|entry|blog post)"),
    "author_box": ("about the author", "about the authors", "meet the author", "author bio", "author biography",
                   "more about the author"),
    "sources": ("sources", "article sources", "references", "further reading",
                # the source list named for its citations ("Citations" over a review's numbered sources,
                # "View Article Sources" as a collapsed box's button; wcxb fit, raw text: security.org,
                # obesitymedicine.org, treehugger.com), or an essay's "Works Cited"
                "citations", "works cited", "view article sources"),
    "rating": ("rate this", "was this article helpful", "was this page helpful", "rate this article", "did you find this helpful"),
    "page_feedback": ("send feedback", "give feedback", "was this page helpful", "was this page helpful to you", "did you find what you needed", "did this page help you", "is this page helpful", "help us improve this page"),
    "controls": (
        "close", "open", "toggle", "more", "see more", "show more", "load more", "view more", "read more", "read full article",
        "continue reading", "view all", "see all", "loading", "image", "photo", "video", "watch",
        "watch video", "view gallery", "gallery", "enlarge", "expand", "zoom", "full screen", "fullscreen", "play",
        "pause", "audio", "open in app", "download the app", "get the app",
        # a video player's button left as a line of its own in the copy (fit half, raw: wcxb clickup.com,
        # legalzoom.com; traf-dev msn.com "Replay Video"); the same button in de, fr, es, it, nl, pl, pt
        "(play|replay) (the |)video",
    ),
    # a list's or a grid's link to all of it, its name or count after it ("See all 12 reviews", "View all
    # products", "See all fashion >>"): kept in the raw run on 18 wcxb fit sites (accenture, amazon, clickup,
    # digitalocean, github.blog, loom, mailchimp, stripe ...), in a truth on 3 (text/region.py)
    "whole_list": ("(see|view) all …",),
    "forum_chrome": (
        "sorted by …", "sort by …", "reply", "comment", "reply with quote", "quote", "report", "permalink", "multi-quote", "upvote", "downvote", "member",
        "new member", "junior member", "senior member", "active member", "well-known member", "registered user",
        "joined", "join date", "messages", "posts", "threads", "location", "points", "online", "offline",
        "thread starter", "original poster", "last edited by", "reaction score", "thread starter …", "start date …",
        "last edited by …", "joined …",
    ),
    # labels assemble.py reads (rules.text THREAD_STARTER, OTHER_DATE_STAMP): the thread's starter, and the
    # dates that are not the article's (a member's joining, a later edit)
    "thread_starter": ("thread starter", "started by"),
    "other_date": ("joined", "join date", "registered", "member since", "edited", "last edited", "modified"),
    "contents": ("contents", "table of contents", "in this article", "in this post", "on this page", "jump to",
                 "jump to section"),
    # The piece's noun before the label belongs to it ("An article by", "Article written by:" over an author
    # card: wcxb-dev fit obesitymedicine.org, which declares its organisation as the author); de fr es it nl
    # pl pt say the same. Not "created by", which de fr es it nl pl pt have ("Erstellt von"): English pages
    # print it under their footers for the site's makers (wcxb-dev fit shtarklaw.com: "Created by <agency>
    # Website SEO and Promotion", read as two names in HTML mode) and in prose; no fit page opens a byline so.
    "byline_label": ("by", "(written|posted|published|reviewed|edited|story|words|reported|text|article|contributed) by", "(an article|a post) by", "(article|post) written by", "medically reviewed by",
                     "fact checked by", "author", "authors"),
    "date_label": ("updated", "published", "(last |)updated on", "last updated", "(published|posted) on",
                   "first published", "last modified"),
    "key_points": (
        "key points", "the key points", "key takeaways", "key takeaway", "takeaways", "main takeaways", "key facts",
        "fast facts", "quick facts", "the facts", "highlights", "story highlights", "the big picture",
        "what you need to know", "what to know", "need to know", "in brief", "at a glance", "in short", "summary",
        "quick summary", "tl;dr", "tldr", "the gist", "quick read", "key findings", "in a nutshell",
        "the short version", "key highlights", "main points", "key insights",
        "the most important",  # "most important" in a longer title (key_points._announced_box_at; de "die wichtigsten")
    ),
    # the plea for money under a post (Concept support_appeal in vocab/__init__.py)
    "support_appeal": ("buy me a coffee", "please support us", "please consider supporting (us|me|this blog|my work|our work)",
                       "(you can|please) support (me|us|this blog|the blog|my work|our work)", "join my ko-fi",
                       "support (me|us) on (patreon|ko-fi|steady)", "become a patron", "donate via paypal"),
    "house_promo": ("sign me up", "sign up to receive", "delivered to your inbox", "straight to your (phone|inbox)", "help us continue", "support our journalism", "letter to the editor", "letters to the editor", "write to us", "we want to hear what you think",
                    "download (our|the) app", "our app", "our (youtube|telegram|whatsapp) channel",
                    "sign up for our newsletter", "subscribe to our newsletter", "follow us on"),
    # the comment form's sign-in notice (WordPress: "You must be logged in to post a comment.")
    "comment_gate": ("(you must|you need to|you have to) (be logged in|be signed in|log in|sign in|be registered|register|be a member) (to|in order to) (post|leave|write|add|submit) a (comment|reply)",
                     "(log in|sign in|register) to (post|leave|write|add) a comment"),
    "comment_sign_in": ("you are commenting using your", "click an icon to log in"),
    "site_licence": ("unless otherwise (stated|noted|indicated)", "content of this (page|site|website|blog) is licensed", "licensed under a creative commons"),
    "page_updated": ("this page was last (modified|updated|edited|changed)",),
    "site_disclaimer": ("do not necessarily (reflect|represent)", "does not necessarily (reflect|represent)", "(is|are) not responsible for the (opinions|views|content|statements)", "accepts no (liability|responsibility) for the content"),
    # The site's offer to mail its posts (wcxb fit: servicetitan, fullstack, quantamagazine, frenck.dev,
    # mumsnet, techcrunch, topuniversities; traf-dev: foxyfolksy, schneems, jamaica-gleaner). Told of
    # other readers ("developers who get ... delivered to their inboxes", schneems.com) and as the reader's
    # ticked choice ("Send me email every new post", foxyfolksy.com).
    "newsletter_pitch": ("(delivered|straight|directly|right) (straight |directly |right |)to (your|their) (inbox|inboxes)", "new posts by email",
                         "send me (an |)(email|e-mail) (for |on |)every new post"),
    # A paywall's prompt where the shown text stops (fit: haitiantimes.com "To view the full story, please
    # subscribe ... already a subscriber"; kill-the-newsletter.com "Become a paid subscriber to ...").
    # A thread's log-in prompt where it stops (fit: macrumors, studentdoctor, tomshardware, askubuntu,
    # unix.stackexchange, vanillaforums; the concept's note in vocab/__init__.py).
    "reply_gate": ("(log|sign) in (or register |or sign up |)to (reply|answer|comment|post a reply|leave a comment)",
                   "(login|register) (or (log|sign) in |or login |)to (reply|answer|comment)"),
    "paywall": ("already a subscriber", "subscribe to (continue|keep) reading", "to (view|read) the full story",
                "(log|sign) in to (continue|keep) reading", "register to (continue|keep) reading",
                "(for|to) (paid |)subscribers only", "(available|exclusive) (only |)to (paid |)subscribers",
                "become a paid subscriber"),
    "collections_prompt": ("stay organized with collections", "save and categorize content based on your preferences"),
    "browser_notice": ("(your|this) browser is (out of date|outdated|not supported|no longer supported|not actively supported)", "(you are|you're) using (a|an) (outdated|old|older|unsupported) (browser|browser version|version of your browser)", "(you are|you're) using internet explorer", "please (update|upgrade) your browser", "(update|upgrade) to a (newer|modern|supported) browser"),
    "affiliate": ("(contains|contain|uses|use|includes|include) (some |)affiliate links", "at no (extra|additional) cost to you",
                  "(we|i) (may |might |could |can |)(earn|receive|get) (a |an |)(small |)(affiliate |)commission",
                  "may earn us (a |an |)(small |)(affiliate |)commission", "as an amazon (associate|affiliate)",
                  # the passive and the thanks of the same notice (fit half wcxb-dev: upgradedpoints.com "We may be
                  # compensated when you click on a link ...", cleverhiker.com "Buying through links on our site
                  # supports our work." and "We are a reader-supported website ...")
                  "(we|i) (may|might|could|can) (be|get) compensated", "(we|i) (are|get) compensated (when|if) you",
                  "(a |)reader(-| )supported (site|website|publication|blog)", "is reader(-| )supported",
                  "(buying|purchasing|shopping) (through|via) (the |our |)links (on our site |on this site |on our website |on this page |)(supports|helps support|helps) (us|our work|the site)"),
    "picture_credit": ("photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures"),
    "courtesy_credit": ("courtesy", "courtesy of"),
    "picture_place": ("above", "below", "(top|bottom)( left| right|)", "left", "right", "pictured", "(clockwise |)from (top |)left"),
    # the word a caption ends with to say its picture is an earlier one, from the archive (archive_picture)
    "archive_picture": ("file", "files", "file (photo|picture|image)"),
    # the reader's consent on a form (form_consent): "Yes, I have read and agree to the Privacy Policy"
    "form_consent": ("i have read and (agree|accept|consent)", "i (agree|consent) to the (terms|privacy)",
                     "i (agree|consent) to receive", "i have read the privacy", "you agree to our (terms|privacy)",
                     "by (signing up|subscribing|registering)(,|) i agree to",
                     # the form's notice of what becomes of the data typed into it (the same concept in every table)
                     "by (using|submitting) this form(,|) you (agree|consent|acknowledge)",
                     "by clicking below to (subscribe|sign up|submit this form)(,|) you acknowledge",
                     "if you send us (inquiries|enquiries|requests) (via|by|through|using) (the|our) contact form"),
}
