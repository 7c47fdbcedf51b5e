"""Norwegian (bokmål): how Norwegian pages say each concept of the vocabulary (see __init__.py).

Added as a table of the general concepts, not from phrases seen on pages: traf-dev has one
Norwegian page, and users' pages will have more. Words Norwegian shares with Danish are
stated in both tables: each table says its language whole.
"""

LANGUAGE = "no"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("relaterte artikler", "relatert", "lignende artikler", "flere artikler", "flere nyheter",
                "anbefalt", "anbefalte artikler", "du vil kanskje også like", "andre leser også", "mer om temaet"),
    "site_sections": ("siste nytt", "siste nyheter", "akkurat nå", "toppsaker"),
    "most_read": ("mest lest", "mest leste", "mest delte", "mest kommenterte"),
    "more_from": ("mer (om|fra|i) …", "flere artikler (om|fra) …", "siste fra …"),
    "read_also": ("les også", "les mer", "se også"),
    "comments": ("kommentarer", "kommenter", "skriv en kommentar", "legg igjen en kommentar", "vis kommentarer"),
    # a thread's prompt to log in or register before replying (forum software's translations)
    "reply_gate": ("(logg inn|logge inn|registrer deg|registrere deg)(,|) for å (svare|kommentere|skrive en kommentar)",),
    "forum_chrome": ("svar", "siter", "rapporter"),
    "share": ("del", "del artikkelen", "del på facebook", "kopier lenke", "følg oss"),
    "tools": ("skriv ut", "lagre", "lytt", "lytt til artikkelen", "tekststørrelse"),
    "newsletter": ("nyhetsbrev", "abonner", "abonner på nyhetsbrevet", "meld deg på", "logg inn", "logg ut",
                   "opprett konto", "min konto", "bli abonnent"),
    "advertising": ("annonse", "annonser", "reklame", "sponset", "sponset innhold", "annonsørinnhold"),
    "navigation": ("du er her", "forside", "hjem", "meny", "søk", "tilbake", "til toppen", "neste", "forrige",
                   "neste artikkel", "forrige artikkel", "gå til innhold", "nettstedskart"),
    "legal": ("personvernerklæring", "personvern", "informasjonskapsler", "vilkår", "kontakt", "kontakt oss",
              "om oss", "alle rettigheter forbeholdt"),
    "consent": ("godta", "godta alle", "aksepter", "avvis", "avvis alle", "innstillinger for informasjonskapsler"),
    "tags": ("tags", "emner", "temaer", "kategorier", "kategori"),
    "author_box": ("om forfatteren", "om skribenten"),
    "sources": ("kilder", "kilde", "referanser"),
    "rating": ("var denne artikkelen nyttig", "vurder artikkelen"),
    "controls": ("lukk", "vis mer", "vis flere", "last inn flere", "les hele saken", "se alle", "laster",
                 "bilde", "foto", "video", "galleri", "forstørr", "fullskjerm", "spill av"),
    "contents": ("innhold", "innholdsfortegnelse", "i denne artikkelen"),
    "byline_label": ("av", "skrevet av", "forfatter", "journalist"),
    "date_label": ("publisert", "oppdatert", "sist oppdatert"),
    "key_points": ("kort fortalt", "kort oppsummert", "det viktigste", "oppsummering", "kjappe fakta"),
    "house_promo": ("vårt nyhetsbrev", "vår app", "følg oss på", "støtt vår journalistikk", "skriv til oss"),
    "site_licence": ("med mindre annet er oppgitt", "lisensiert under creative commons"),
    "affiliate": ("affiliatelenker", "affiliate-lenker", "(vi mottar|mottar vi|vi får|får vi) (en |)provisjon"),
    "picture_credit": ("foto", "bilde", "arkivfoto"),
    "courtesy_credit": ("med tillatelse fra",),
    # The concepts this table lacked, as the language's sites and their forum and wiki software
    # print them (no development page is in this language).
    "page_feedback": ("var denne siden nyttig", "send tilbakemelding"),
    "paywall": ("allerede abonnent", "kun for abonnenter"),
    "thread_starter": ("trådstarter",),
    "other_date": ("medlem siden", "registrert", "redigert", "sist redigert"),
    "page_updated": ("denne siden ble sist redigert",),
    # The concepts this table lacked, as the language's sites print them (no development page is in
    # this language; the words of general concepts, not phrases seen on pages).
    "picture_place": ("på bildet", "til venstre", "til høyre", "fra venstre"),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(forrige|neste)", "(forrige|neste|eldre|nyere) (innlegg|artikkel)"),
    "call_to_action": ("(bestill|kjøp|book|last ned) nå",),
    "comment_gate": ("du må være logget inn for å (skrive|legge inn|publisere) en kommentar",),
    "site_disclaimer": ("gjenspeiler ikke nødvendigvis",),
    "form_consent": ("jeg har lest og godtar", "jeg godtar (personvernerklæringen|vilkårene)"),
    # A sharing button's label as WordPress's Jetpack prints it in the language ("Click to share on Twitter
    # (Opens in new window)"): read as the start of a furniture line (rules.text SHARE_PROMPT).
    "share_prompt": ("klikk for å dele (på|via) …", "klikk for å skrive ut",),
    # Concepts this table lacked (thirty-eighth session), those below: the words of general concepts as the
    # language's sites and WordPress's translations print them, not phrases seen on pages (no development
    # page is in this language); fewer, certain entries, none common in running prose.
    "newsletter_pitch": ("nye innlegg på e-post", "rett i innboksen (din|)"),
    "comment_sign_in": ("du kommenterer med bruk av din",),
}
