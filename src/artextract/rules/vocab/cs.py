"""Czech: how Czech pages say each concept of the vocabulary (see __init__.py).

Added as a table of the general concepts, not from phrases seen on pages: the development
sets hold no Czech pages, and users' pages will.
"""

LANGUAGE = "cs"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("související články", "související", "podobné články", "další články", "další zprávy",
                "doporučujeme", "doporučené články", "mohlo by vás zajímat", "mohlo by vás také zajímat",
                "více k tématu"),
    "site_sections": ("nejnovější", "nejnovější zprávy", "právě teď", "aktuálně"),
    "most_read": ("nejčtenější", "nejčtenější články", "nejsdílenější", "nejkomentovanější"),
    "more_from": ("více (z|o|k) …", "další články (z|o) …", "nejnovější z …"),
    "read_also": ("čtěte také", "čtěte též", "přečtěte si také", "přečtěte si", "čtěte", "čtěte více",
                  "viz také", "podívejte se"),
    "comments": ("komentáře", "diskuse", "diskuze", "přidat komentář", "napište komentář", "zobrazit komentáře"),
    "forum_chrome": ("odpovědět", "citovat", "nahlásit"),
    "share": ("sdílet", "sdílet článek", "sdílet na facebooku", "kopírovat odkaz", "sledujte nás"),
    "tools": ("tisk", "tisknout", "vytisknout", "uložit", "poslechnout", "poslechněte si článek", "velikost písma"),
    "newsletter": ("newsletter", "odebírat", "odebírat newsletter", "přihlásit", "přihlásit se", "odhlásit",
                   "registrovat", "registrace", "můj účet", "předplatné"),
    "advertising": ("reklama", "inzerce", "komerční sdělení", "sponzorováno", "sponzorovaný obsah"),
    "navigation": ("nacházíte se", "domů", "úvodní stránka", "hlavní stránka", "menu", "hledat", "vyhledávání",
                   "zpět", "nahoru", "další", "předchozí", "další článek", "předchozí článek", "přejít na obsah",
                   "mapa stránek"),
    "legal": ("ochrana osobních údajů", "zásady ochrany osobních údajů", "podmínky užití", "kontakt", "kontakty",
              "o nás", "všechna práva vyhrazena", "tiráž"),
    "consent": ("přijmout", "přijmout vše", "souhlasím", "odmítnout", "odmítnout vše", "nastavení cookies"),
    "tags": ("štítky", "témata", "kategorie", "klíčová slova"),
    "author_box": ("o autorovi", "o autorce"),
    "sources": ("zdroje", "zdroj", "literatura"),
    "rating": ("byl tento článek užitečný", "ohodnoťte článek"),
    "controls": ("zavřít", "zobrazit více", "načíst další", "číst dál", "celý článek", "zobrazit vše", "načítání",
                 "obrázek", "foto", "video", "galerie", "fotogalerie", "zvětšit", "celá obrazovka", "přehrát"),
    "contents": ("obsah", "obsah článku", "v tomto článku"),
    "byline_label": ("autor", "autorka", "autoři", "napsal", "napsala"),
    "date_label": ("publikováno", "aktualizováno", "vydáno", "naposledy aktualizováno"),
    "key_points": ("ve zkratce", "stručně", "nejdůležitější", "shrnutí", "v kostce", "hlavní body"),
    "house_promo": ("náš newsletter", "naši aplikaci", "naše aplikace", "sledujte nás na", "podpořte nás",
                    "napište nám"),
    "site_licence": ("pokud není uvedeno jinak", "licencí creative commons"),
    "affiliate": ("affiliate odkazy", "affiliate odkazů", "(získáme|dostaneme|obdržíme) provizi"),
    "picture_credit": ("foto", "snímek", "ilustrační foto"),
    "courtesy_credit": ("s laskavým svolením",),
    # The concepts this table lacked, as the language's sites and their forum and wiki software
    # print them (no development page is in this language).
    "page_feedback": ("byla tato stránka užitečná", "odeslat zpětnou vazbu"),
    "paywall": ("pouze pro předplatitele", "jste již předplatitel", "již jste předplatitel"),
    "reply_gate": ("(přihlaste se|přihlásit se|přihlásit|zaregistrujte se|zaregistrovat se|zaregistrovat|registrovat)(,|) "
                   "(abyste mohli|abyste mohl|abyste mohla) (odpovědět|odpovídat|komentovat|přidat komentář|napsat komentář)",
                   "pro (odpověď|přidání komentáře|vložení komentáře|napsání komentáře) se (musíte|je nutné|je třeba) "
                   "(přihlásit|registrovat|zaregistrovat)"),
    "thread_starter": ("autor tématu",),
    "other_date": ("registrován", "členem od", "upraveno", "naposledy upraveno"),
    "page_updated": ("stránka byla naposledy editována",),
    # The concepts this table lacked, as the language's sites print them (no development page is in
    # this language; the words of general concepts, not phrases seen on pages).
    "picture_place": ("na snímku", "na fotografii", "na fotce", "zleva", "vlevo", "vpravo", "nahoře", "dole"),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(předchozí|další)", "(předchozí|další|starší|novější) (článek|příspěvek)"),
    "call_to_action": ("(objednat|koupit|stáhnout|rezervovat) (nyní|teď)",),
    "site_disclaimer": ("nemusí nutně (odrážet|vyjadřovat) (názor|názory|stanovisko)",),
    "form_consent": ("souhlasím se zpracováním (mých |)osobních údajů", "souhlasím s (podmínkami|obchodními podmínkami)", "souhlasím se zásadami ochrany osobních údajů"),
    # Concepts this table lacked (thirty-eighth session), those below: the words of general concepts as the
    # language's sites and WordPress's translations print them, not phrases seen on pages (no development
    # page is in this language); fewer, certain entries, none common in running prose.
    "comment_gate": ("pro (přidávání|přidání|psaní) komentářů se musíte (nejdříve |nejprve |)přihlásit",),
    "share_prompt": ("klikněte pro sdílení (na|přes|pomocí) …", "klikněte pro (tisk|vytištění)"),
    "newsletter_pitch": ("(nové |)příspěvky e-mailem", "přímo do (vaší|tvé|své) (e-mailové |)schránky"),
}
