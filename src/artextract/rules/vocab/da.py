"""Danish: how Danish pages say each concept of the vocabulary (see __init__.py).

Added as a table of the general concepts, not from phrases seen on pages: the development
sets hold almost no Danish pages, and users' pages will.
"""

LANGUAGE = "da"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("relaterede artikler", "relateret", "lignende artikler", "flere artikler", "flere nyheder",
                "anbefalet", "anbefalede artikler", "du vil måske også kunne lide", "andre læser også",
                "mere om emnet"),
    "site_sections": ("seneste nyt", "seneste nyheder", "lige nu", "tophistorier"),
    "most_read": ("mest læste", "mest læst", "mest delte", "mest kommenterede"),
    "more_from": ("mere (om|fra|i) …", "flere artikler (om|fra) …", "seneste fra …"),
    "read_also": ("læs også", "læs mere", "læs", "se også"),
    "comments": ("kommentarer", "kommentér", "kommenter", "skriv en kommentar", "efterlad en kommentar",
                 "vis kommentarer"),
    # a thread's prompt to log in or register before replying (forum software's translations)
    "reply_gate": ("(log ind|log på|registrer dig|registrere dig)(,|) for at (svare|kommentere|skrive en kommentar)",),
    "forum_chrome": ("svar", "citér", "anmeld"),
    "share": ("del", "del artiklen", "del på facebook", "kopier link", "følg os"),
    "tools": ("udskriv", "print", "lyt", "lyt til artiklen", "tekststørrelse"),
    "newsletter": ("nyhedsbrev", "tilmeld", "tilmeld dig", "tilmeld nyhedsbrev", "abonnér", "abonner", "log ind",
                   "log ud", "opret konto", "min konto", "bliv abonnent"),
    "advertising": ("annonce", "annoncer", "reklame", "sponsoreret", "sponsoreret indhold"),
    "navigation": ("du er her", "forside", "hjem", "menu", "søg", "tilbage", "til toppen", "næste", "forrige",
                   "næste artikel", "forrige artikel", "gå til indhold", "sitemap"),
    "legal": ("privatlivspolitik", "cookiepolitik", "handelsbetingelser", "vilkår", "kontakt", "kontakt os",
              "om os", "alle rettigheder forbeholdes"),
    "consent": ("accepter", "accepter alle", "afvis", "afvis alle", "cookieindstillinger"),
    "tags": ("tags", "emner", "kategorier", "kategori"),
    "author_box": ("om forfatteren", "om skribenten"),
    "sources": ("kilder", "kilde", "referencer"),
    "rating": ("var denne artikel nyttig", "bedøm artiklen"),
    "controls": ("luk", "vis mere", "vis flere", "indlæs flere", "læs hele artiklen", "se alle", "indlæser",
                 "billede", "foto", "video", "galleri", "forstør", "fuld skærm", "afspil"),
    "contents": ("indhold", "indholdsfortegnelse", "i denne artikel"),
    "byline_label": ("af", "skrevet af", "forfatter", "journalist"),
    "date_label": ("publiceret", "opdateret", "senest opdateret", "offentliggjort"),
    "key_points": ("kort fortalt", "kort sagt", "det vigtigste", "sammenfatning", "hurtige fakta"),
    "house_promo": ("vores nyhedsbrev", "vores app", "følg os på", "støt vores journalistik", "skriv til os"),
    "site_licence": ("medmindre andet er angivet", "licenseret under creative commons"),
    "affiliate": ("affiliatelinks", "affiliate-links", "(vi modtager|modtager vi|vi får|får vi) (en |)provision"),
    "picture_credit": ("foto", "billede", "arkivfoto"),
    "courtesy_credit": ("med tilladelse fra",),
    # The concepts this table lacked, as the language's sites and their forum and wiki software
    # print them (no development page is in this language).
    "page_feedback": ("var denne side nyttig", "send feedback"),
    "paywall": ("allerede abonnent", "kun for abonnenter"),
    "thread_starter": ("trådstarter",),
    "other_date": ("medlem siden", "tilmeldt", "redigeret", "sidst redigeret"),
    "page_updated": ("denne side blev senest ændret",),
    # The concepts this table lacked, as the language's sites print them (no development page is in
    # this language; the words of general concepts, not phrases seen on pages).
    "picture_place": ("på billedet", "ovenfor", "nedenfor", "til venstre", "til højre", "fra venstre"),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(forrige|næste)", "(forrige|næste|ældre|nyere) (indlæg|artikel)"),
    "call_to_action": ("(bestil|køb|book|download) nu",),
    "comment_gate": ("du skal være logget ind for at (skrive|sende|efterlade) en kommentar",),
    "site_disclaimer": ("afspejler ikke nødvendigvis",),
    "form_consent": ("jeg har læst og accepterer", "jeg accepterer (privatlivspolitikken|betingelserne|vilkårene)"),
    # A sharing button's label as WordPress's Jetpack prints it in the language ("Click to share on Twitter
    # (Opens in new window)"): read as the start of a furniture line (rules.text SHARE_PROMPT).
    "share_prompt": ("klik for at dele (på|via) …", "klik for at (udskrive|e-maile)",),
    # Concepts this table lacked (thirty-eighth session), those below: the words of general concepts as the
    # language's sites and WordPress's translations print them, not phrases seen on pages (no development
    # page is in this language); fewer, certain entries, none common in running prose.
    "newsletter_pitch": ("nye indlæg via e-mail", "direkte i din indbakke"),
    "comment_sign_in": ("du kommenterer med din",),
}
