"""Swedish: how Swedish pages say each concept of the vocabulary (see __init__.py).

Added as a table of the general concepts, not from phrases seen on pages: the development
sets hold almost no Swedish pages, and users' pages will.
"""

LANGUAGE = "sv"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("relaterade artiklar", "relaterat", "liknande artiklar", "fler artiklar", "fler nyheter",
                "rekommenderat", "rekommenderade artiklar", "du kanske också gillar", "andra läser också",
                "mer om ämnet"),
    "site_sections": ("senaste nytt", "senaste nyheterna", "just nu", "toppnyheter"),
    "most_read": ("mest läst", "mest lästa", "mest lästa artiklar", "mest delade", "mest kommenterade"),
    "more_from": ("mer (om|från|i) …", "fler artiklar (om|från) …", "senaste från …"),
    "read_also": ("läs också", "läs även", "läs mer", "läs", "se också", "se även"),
    "comments": ("kommentarer", "kommentera", "lämna en kommentar", "skriv en kommentar", "visa kommentarer"),
    # a thread's prompt to log in or register before replying (forum software's translations)
    "reply_gate": ("(logga in|registrera dig)(,|) för att (svara|kommentera|skriva en kommentar)",),
    "forum_chrome": ("svara", "citera", "anmäl"),
    "share": ("dela", "dela artikeln", "dela på facebook", "kopiera länk", "följ oss"),
    "tools": ("skriv ut", "spara", "lyssna", "lyssna på artikeln", "textstorlek"),
    "newsletter": ("nyhetsbrev", "prenumerera", "prenumerera på nyhetsbrevet", "logga in", "logga ut",
                   "skapa konto", "mitt konto", "bli prenumerant"),
    "advertising": ("annons", "annonser", "sponsrat", "sponsrat innehåll", "reklam"),
    "navigation": ("du är här", "hem", "startsida", "meny", "sök", "tillbaka", "till toppen", "nästa", "föregående",
                   "nästa artikel", "föregående artikel", "hoppa till innehållet", "webbplatskarta"),
    "legal": ("integritetspolicy", "cookiepolicy", "användarvillkor", "kontakt", "kontakta oss", "om oss",
              "alla rättigheter förbehållna"),
    "consent": ("acceptera", "acceptera alla", "godkänn", "neka", "avvisa alla", "cookieinställningar"),
    "tags": ("taggar", "ämnen", "kategorier", "kategori"),
    "author_box": ("om författaren", "om skribenten"),
    "sources": ("källor", "källa", "referenser"),
    "rating": ("var den här artikeln till hjälp", "betygsätt artikeln"),
    "controls": ("stäng", "visa mer", "visa fler", "ladda fler", "läs hela artikeln", "visa alla", "laddar",
                 "bild", "foto", "video", "bildspel", "galleri", "förstora", "helskärm", "spela upp"),
    "contents": ("innehåll", "innehållsförteckning", "i den här artikeln"),
    "byline_label": ("av", "skriven av", "författare", "skribent"),
    "date_label": ("publicerad", "publicerat", "uppdaterad", "uppdaterat", "senast uppdaterad"),
    "key_points": ("i korthet", "kort om", "det viktigaste", "sammanfattning", "snabbfakta", "detta har hänt"),
    "house_promo": ("vårt nyhetsbrev", "vår app", "följ oss på", "stöd vår journalistik", "skriv till oss"),
    "site_licence": ("om inget annat anges", "licensierat under creative commons"),
    "affiliate": ("affiliatelänkar", "affiliate-länkar", "(vi får|får vi) (en |)provision"),
    "picture_credit": ("foto", "bild", "bilder", "arkivbild"),
    "courtesy_credit": ("med tillstånd av", "med tillstånd från"),
    # The concepts this table lacked, as the language's sites and their forum and wiki software
    # print them (no development page is in this language).
    "page_feedback": ("var den här sidan till hjälp", "skicka feedback"),
    "paywall": ("redan prenumerant", "endast för prenumeranter", "bli prenumerant"),
    "thread_starter": ("trådstartare",),
    "other_date": ("medlem sedan", "registrerad", "redigerad", "senast redigerad"),
    "page_updated": ("sidan redigerades senast",),
    # The concepts this table lacked, as the language's sites print them (no development page is in
    # this language; the words of general concepts, not phrases seen on pages).
    "picture_place": ("på bilden", "ovan", "nedan", "till vänster", "till höger", "från vänster"),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(föregående|nästa)", "(föregående|nästa|äldre|nyare) (inlägg|artikel)"),
    "call_to_action": ("(beställ|köp|boka|ladda ner) nu",),
    "comment_gate": ("du måste vara inloggad för att (publicera|skriva|lämna) en kommentar",),
    "site_disclaimer": ("(speglar|återspeglar) inte nödvändigtvis",),
    "form_consent": ("jag har läst och (godkänner|accepterar)", "jag godkänner (integritetspolicyn|villkoren|användarvillkoren)"),
    # A sharing button's label as WordPress's Jetpack prints it in the language ("Click to share on Twitter
    # (Opens in new window)"): read as the start of a furniture line (rules.text SHARE_PROMPT).
    "share_prompt": ("klicka för att dela (på|via) …", "klicka för att (skriva ut|e-posta)",),
    # Concepts this table lacked (thirty-eighth session), those below: the words of general concepts as the
    # language's sites and WordPress's translations print them, not phrases seen on pages (no development
    # page is in this language); fewer, certain entries, none common in running prose.
    "newsletter_pitch": ("nya inlägg via e-post", "direkt (till|i) din inkorg"),
    "comment_sign_in": ("du kommenterar med ditt",),
}
