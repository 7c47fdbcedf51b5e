"""Hungarian: how Hungarian pages say each concept of the vocabulary (see __init__.py).

Added as a table of the general concepts, not from phrases seen on pages: the development
sets hold no Hungarian pages, and users' pages will.
"""

LANGUAGE = "hu"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("kapcsolódó cikkek", "kapcsolódó", "kapcsolódó hírek", "hasonló cikkek", "ajánljuk", "ajánlott cikkek",
                "ezek is érdekelhetik", "ez is érdekelheti", "ezek is érdekelhetnek", "további cikkek",
                "további hírek", "témába vágó cikkek"),
    "site_sections": ("friss hírek", "legfrissebb", "legfrissebb hírek", "kiemelt"),
    "most_read": ("legolvasottabb", "legolvasottabb cikkek", "legnépszerűbb", "legnépszerűbb cikkek", "népszerű"),
    "more_from": ("további cikkek a szerzőtől", "a szerző további cikkei"),
    "read_also": ("olvassa el ezt is", "olvasd el ezt is", "ezt is ajánljuk", "lásd még", "kapcsolódó cikk"),
    "comments": ("hozzászólások", "kommentek", "szólj hozzá", "írjon hozzászólást", "hozzászólás írása"),
    "forum_chrome": ("válasz", "idézet", "jelentés"),
    "share": ("megosztás", "megosztom", "oszd meg", "link másolása", "kövess minket", "kövessen minket"),
    "tools": ("nyomtatás", "mentés", "betűméret"),
    "newsletter": ("hírlevél", "feliratkozás", "iratkozz fel", "feliratkozás hírlevélre", "bejelentkezés", "belépés",
                   "regisztráció", "kijelentkezés", "fiókom", "előfizetés"),
    "advertising": ("hirdetés", "reklám", "szponzorált", "szponzorált tartalom", "támogatott tartalom"),
    "navigation": ("főoldal", "kezdőlap", "címlap", "menü", "keresés", "vissza", "következő", "előző",
                   "következő cikk", "előző cikk", "oldaltérkép", "ugrás a tartalomra"),
    "legal": ("adatvédelmi tájékoztató", "adatvédelem", "impresszum", "kapcsolat", "rólunk",
              "felhasználási feltételek", "minden jog fenntartva", "ászf"),
    "consent": ("elfogadom", "összes elfogadása", "elutasítás", "elutasítom", "süti beállítások", "cookie beállítások"),
    "tags": ("címkék", "cimkék", "témák", "kulcsszavak"),
    "author_box": ("a szerzőről",),
    "sources": ("források", "forrás", "irodalom"),
    "controls": ("bezárás", "mutass többet", "több betöltése", "tovább olvasom", "betöltés", "fotó", "videó",
                 "galéria", "nagyítás", "teljes képernyő"),
    "contents": ("tartalomjegyzék", "ebben a cikkben"),
    "byline_label": ("szerző", "szerzők", "írta"),
    "date_label": ("közzétéve", "frissítve", "utolsó frissítés", "publikálva", "megjelenés dátuma"),
    "key_points": ("röviden", "összefoglaló", "a legfontosabb", "a legfontosabbak röviden"),
    "house_promo": ("iratkozzon fel hírlevelünkre", "iratkozz fel hírlevelünkre", "telegram-csatornánk",
                    "youtube-csatornánk", "alkalmazásunkat"),
    "picture_credit": ("fotó", "kép", "illusztráció"),
    # The concepts this table lacked, as the language's sites and their forum and wiki software
    # print them (no development page is in this language).
    "rating": ("hasznos volt ez a cikk", "értékelje a cikket"),
    "page_feedback": ("hasznos volt ez az oldal", "visszajelzés küldése"),
    "paywall": ("csak előfizetőknek", "már előfizető"),
    "other_date": ("csatlakozott", "regisztrált", "szerkesztve", "utoljára szerkesztve"),
    "page_updated": ("a lap utolsó módosítása",),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(előző|következő)", "(előző|következő) (bejegyzés|cikk)"),
    "comment_gate": ("(hozzászólás küldéséhez|hozzászóláshoz) be kell jelentkezni",),
    "site_disclaimer": ("nem feltétlenül (tükrözi|tükrözik)",),
    "form_consent": ("elolvastam és elfogadom", "elfogadom az adatkezelési tájékoztatót"),
    # Concepts this table lacked (thirty-eighth session), those below: the words of general concepts as the
    # language's sites and WordPress's translations print them, not phrases seen on pages (no development
    # page is in this language); fewer, certain entries, none common in running prose.
    "call_to_action": ("(vásároljon|foglaljon|vásárolj|foglalj) most", "(rendelje meg|töltse le|rendeld meg|töltsd le) most"),
}
