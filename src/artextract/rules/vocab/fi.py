"""Finnish: how Finnish pages say each concept of the vocabulary (see __init__.py).

Added as a table of the general concepts, not from phrases seen on pages: traf-dev has Finnish
news pages (uusisuomi.fi's "Lue myös:" over other stories' titles) and no Finnish table served
them. Finnish inflects, so a label is written in the forms pages print as a label.
"""

LANGUAGE = "fi"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("aiheeseen liittyvät", "aiheeseen liittyvää", "aiheeseen liittyvät (artikkelit|uutiset|jutut)",
                "liittyvät (artikkelit|uutiset|jutut)", "suosittelemme", "muut uutiset"),
    "site_sections": ("tuoreimmat", "uusimmat", "uusimmat uutiset", "pääuutiset"),
    "most_read": ("luetuimmat", "luetuimmat uutiset", "luetuimmat jutut", "katsotuimmat", "suosituimmat"),
    "more_from": ("lisää aiheesta …", "lisää aiheesta", "muita uutisia aiheesta …"),
    "read_also": ("lue myös", "lue lisää", "lue seuraavaksi", "katso myös", "lue"),
    "comments": ("kommentit", "kommentoi", "jätä kommentti", "kommentoi artikkelia", "lähetä kommentti"),
    # a thread's prompt to log in or register before replying (forum software's translations)
    "reply_gate": ("(kirjaudu sisään|kirjautua sisään|rekisteröidy|rekisteröityä) (vastataksesi|kommentoidaksesi)",),
    "forum_chrome": ("vastaa", "lainaa", "ilmoita asiaton viesti"),
    "share": ("jaa", "jaa artikkeli", "jaa facebookissa", "jaa twitterissä", "kopioi linkki", "seuraa meitä"),
    "tools": ("tulosta", "tallenna", "kuuntele", "kuuntele artikkeli"),
    "newsletter": ("uutiskirje", "tilaa uutiskirje", "tilaa", "kirjaudu", "kirjaudu sisään", "rekisteröidy",
                   "oma tili", "kirjaudu ulos"),
    "advertising": ("mainos", "kaupallinen yhteistyö", "sponsoroitu", "sponsoroitu sisältö"),
    "navigation": ("etusivu", "valikko", "haku", "hae", "takaisin", "takaisin ylös", "seuraava", "edellinen",
                   "seuraava artikkeli", "edellinen artikkeli", "siirry sisältöön"),
    "legal": ("tietosuojaseloste", "tietosuojakäytäntö", "evästekäytäntö", "käyttöehdot", "yhteystiedot",
              "ota yhteyttä", "tietoa meistä", "kaikki oikeudet pidätetään"),
    "consent": ("hyväksy", "hyväksy kaikki", "hylkää", "evästeasetukset"),
    "tags": ("avainsanat", "aiheet", "tagit"),
    "author_box": ("kirjoittajasta", "tietoa kirjoittajasta"),
    "sources": ("lähteet", "lähde"),
    "controls": ("sulje", "näytä lisää", "lataa lisää", "lue koko juttu", "kuva", "video", "kuvagalleria"),
    "contents": ("sisällysluettelo", "tässä artikkelissa"),
    "byline_label": ("kirjoittaja", "toimittaja"),
    "date_label": ("julkaistu", "päivitetty", "muokattu"),
    "key_points": ("lyhyesti", "tiivistelmä", "pääkohdat"),
    "house_promo": ("tilaa uutiskirjeemme", "lataa sovelluksemme", "seuraa meitä"),
    "affiliate": ("kumppanilinkit", "kumppanilinkkejä", "affiliate-linkit", "affiliate-linkkejä", "(saamme|voimme saada) (pienen |)palkkion"),
    "picture_credit": ("kuva", "kuvat", "arkistokuva"),
    # The concepts this table lacked, as the language's sites and their forum and wiki software
    # print them (no development page is in this language).
    "rating": ("oliko tästä artikkelista hyötyä", "arvioi artikkeli"),
    "page_feedback": ("oliko tästä sivusta apua", "anna palautetta"),
    "paywall": ("oletko jo tilaaja", "vain tilaajille"),
    "thread_starter": ("ketjun aloittaja",),
    "other_date": ("liittynyt", "rekisteröitynyt", "muokattu", "viimeksi muokattu"),
    "page_updated": ("sivua on viimeksi (muutettu|muokattu)",),
    # The concepts this table lacked, as the language's sites print them (no development page is in
    # this language; the words of general concepts, not phrases seen on pages).
    "picture_place": ("kuvassa", "vasemmalla", "oikealla", "ylhäällä", "alhaalla", "vasemmalta"),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(edellinen|seuraava)", "(edellinen|seuraava|vanhempi|uudempi) (artikkeli|kirjoitus|julkaisu|viesti)"),
    "call_to_action": ("(tilaa|osta|varaa|lataa|lahjoita) nyt",),
    "comment_gate": ("sinun (täytyy|pitää) olla kirjautunut (sisään |)kommentoidaksesi",),
    "form_consent": ("olen lukenut ja hyväksyn", "hyväksyn (tietosuojaselosteen|tietosuojakäytännön|käyttöehdot)"),
    # Concepts this table lacked (thirty-eighth session), those below: the words of general concepts as the
    # language's sites and WordPress's translations print them, not phrases seen on pages (no development
    # page is in this language); fewer, certain entries, none common in running prose.
    "site_disclaimer": ("(ei|eivät) välttämättä (edusta|heijasta) (toimituksen|julkaisijan|sivuston)",),
    "share_prompt": ("klikkaa jakaaksesi …", "klikkaa tulostaaksesi"),
    "newsletter_pitch": ("suoraan (sähköpostiisi|postilaatikkoosi)",),
    "comment_sign_in": ("olet kommentoimassa",),
}
