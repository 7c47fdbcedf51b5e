"""English: how English pages say each concept of the vocabulary (see __init__.py)."""

LANGUAGE = "en"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": (
        "related", "related (articles|stories|posts|content|news|reading|reads|links|resources|guides|videos|coverage)",
        "recommended (for you|reading|reads|articles|posts|stories|content|videos)",
        "(other |)(posts |articles |stories |reads |)you (may|might|will) (also |)(like|enjoy|love|be interested in)",
        "more (stories|news|articles|posts|reading)", "more like this", "more to explore",
        "read next", "read this next", "what to read next", "keep reading", "explore more",
        "(recent|latest|similar|other|top|popular) (articles|posts|stories|news|reads)",
    ),
    "site_sections": ("top stories", "latest", "latest news", "popular", "popular now", "don't miss", "editor's picks",
                      "editors' picks", "up next"),
    "most_read": ("most (read|popular|viewed|shared|commented)", "trending", "trending now"),
    "more_from": ("more (from|by|in|on|about) …", "next up in …", "also in …", "latest from …"),
    "read_also": ("read", "read more", "read also", "also read", "read next", "see", "see also", "see more", "watch",
                  "watch more", "listen", "related", "recommended", "more"),
    "comments": (
        "comments", "leave a comment", "add a comment", "post a comment", "show comments", "view comments",
        "no comments", "join the conversation", "join the discussion", "leave a reply", "reader comments",
        "comments are closed",
    ),
    "share": (
        "share", "shares", "share this", "share this (article|story|post|page)", "share article", "share story",
        "share on (facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|email)", "share via", "share via email",
        "share to", "copy link", "link copied", "copied", "copy url", "tweet", "email", "e-mail", "facebook",
        "twitter", "x", "linkedin", "whatsapp", "pinterest", "reddit", "telegram", "flipboard", "messenger",
        "threads", "bluesky", "mastodon", "pocket", "tumblr", "instagram", "youtube", "tiktok", "rss", "sms",
        "follow", "follow us", "following", "unfollow", "follow us on", "like", "likes",
    ),
    "tools": (
        "print", "save", "saved", "save article", "save for later", "bookmark", "gift article", "gift this article",
        "listen", "listen to this article", "listen to article", "text size", "font size",
    ),
    "newsletter": (
        "subscribe", "subscribe now", "subscribe today", "subscribed", "newsletter", "newsletters",
        "sign up for our newsletter", "get the newsletter", "sign in", "sign up", "log in", "login", "log out",
        "logout", "register", "my account", "account", "donate", "support us",
    ),
    "advertising": (
        "advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "sponsored content", "paid content",
        "promoted", "partner content", "story continues below", "story continues below advertisement",
        "article continues below", "continue reading below", "scroll to continue with content",
    ),
    "navigation": (
        "skip to content", "skip to main content", "skip to navigation", "skip to footer", "jump to content", "menu",
        "main menu", "open menu", "close menu", "toggle navigation", "navigation", "search", "search for", "back",
        "back to top", "go to top", "top", "home", "homepage", "previous", "next", "previous article",
        "next article", "previous post", "next post", "older posts", "newer posts", "page", "sitemap", "site map",
        "edition",
    ),
    "legal": (
        "contact", "contact us", "about", "about us", "privacy", "privacy policy", "terms", "terms of use",
        "terms of service", "terms and conditions", "cookie policy", "all rights reserved", "imprint",
    ),
    "consent": ("cookies", "cookie settings", "manage cookies", "accept", "accept all", "accept cookies", "reject all",
                "got it", "ok", "agree", "i agree"),
    "tags": ("tags", "topics", "filed under", "categories", "category", "tagged", "related topics"),
    "author_box": ("about the author", "about the authors", "meet the author", "author bio", "author biography",
                   "more about the author"),
    "sources": ("sources", "article sources", "references", "further reading"),
    "rating": ("was this article helpful", "was this page helpful", "rate this article", "did you find this helpful"),
    "controls": (
        "close", "open", "toggle", "more", "see more", "show more", "load more", "view more", "read more", "read full article",
        "continue reading", "view all", "see all", "loading", "image", "photo", "video", "watch",
        "watch video", "view gallery", "gallery", "enlarge", "expand", "zoom", "full screen", "fullscreen", "play",
        "pause", "audio", "open in app", "download the app", "get the app",
    ),
    "forum_chrome": (
        "reply", "comment", "reply with quote", "quote", "report", "permalink", "multi-quote", "upvote", "downvote", "member",
        "new member", "junior member", "senior member", "active member", "well-known member", "registered user",
        "joined", "join date", "messages", "posts", "threads", "location", "points", "online", "offline",
        "thread starter", "original poster", "last edited by", "reaction score", "thread starter …", "start date …",
        "last edited by …", "joined …",
    ),
    "contents": ("contents", "table of contents", "in this article", "in this post", "on this page", "jump to",
                 "jump to section"),
    "byline_label": ("by", "(written|posted|published|reviewed|edited|story|words) by", "medically reviewed by",
                     "fact checked by", "author", "authors"),
    "date_label": ("updated", "published", "(last |)updated on", "last updated", "(published|posted) on",
                   "first published", "last modified"),
}
