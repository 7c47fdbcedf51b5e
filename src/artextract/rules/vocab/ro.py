"""Romanian: how Romanian pages say each concept of the vocabulary (see __init__.py).

Added as a table of the general concepts, not from phrases seen on pages: the development
sets hold no Romanian pages, and users' pages will. Pages print "ș"/"ț" with a comma below or,
from older keyboards, a cedilla ("ş"/"ţ"), and some none: a phrase with one spells it each way.
"""

LANGUAGE = "ro"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("articole similare", "articole asemănătoare", "articole recomandate", "(ș|ş|s)tiri similare",
                "(ș|ş|s)tiri recomandate", "ți-ar putea plăcea", "s-ar putea să te intereseze", "te-ar putea interesa",
                "recomandări", "alte articole", "alte (ș|ş|s)tiri", "articole conexe"),
    "site_sections": ("ultimele (ș|ş|s)tiri", "ultima oră", "(ș|ş|s)tirile zilei"),
    "most_read": ("cele mai citite", "cele mai citite articole", "cele mai citite (ș|ş|s)tiri", "cele mai populare",
                  "populare"),
    "more_from": ("mai multe articole de …", "toate articolele (de|despre) …"),
    "read_also": ("cite(ș|ş|s)te (ș|ş|s)i", "citi(ț|ţ|t)i (ș|ş|s)i", "vezi (ș|ş|s)i", "cite(ș|ş|s)te",
                  "cite(ș|ş|s)te mai mult"),
    "comments": ("comentarii", "lasă un comentariu", "adaugă un comentariu", "scrie un comentariu",
                 "comentariile cititorilor"),
    "forum_chrome": ("răspunde", "citează", "raportează"),
    "share": ("distribuie", "distribuie pe facebook", "copiază linkul", "urmăre(ș|ş|s)te-ne"),
    "tools": ("printează", "tipăre(ș|ş|s)te", "salvează", "mărime text"),
    "newsletter": ("abonează-te", "abonare", "abonează-te la newsletter", "autentificare", "conectare", "înregistrare",
                   "contul meu", "deconectare"),
    "advertising": ("publicitate", "reclamă", "con(ț|ţ|t)inut sponsorizat", "articol sponsorizat"),
    "navigation": ("acasă", "prima pagină", "meniu", "caută", "căutare", "înapoi", "sus", "următorul", "anterior",
                   "articolul următor", "articolul anterior", "harta site-ului", "sari la con(ț|ţ|t)inut"),
    "legal": ("politica de confiden(ț|ţ|t)ialitate", "termeni (ș|ş|s)i condi(ț|ţ|t)ii", "despre noi",
              "toate drepturile rezervate", "politica de cookies", "politica cookies"),
    "consent": ("acceptă", "acceptă toate", "accept toate", "refuză", "setări cookie", "setări cookies"),
    "tags": ("etichete", "taguri", "cuvinte cheie", "subiecte"),
    "author_box": ("despre autor",),
    "sources": ("surse", "sursa", "sursă", "bibliografie"),
    "controls": ("închide", "vezi mai mult", "încarcă mai mult", "se încarcă", "galerie foto", "mărește",
                 "ecran complet"),
    "contents": ("cuprins", "în acest articol"),
    "byline_label": ("autor", "autori", "scris de"),
    "date_label": ("publicat", "actualizat", "publicat la", "actualizat la", "data publicării", "ultima actualizare"),
    "key_points": ("pe scurt", "rezumat", "esen(ț|ţ|t)ialul"),
    "house_promo": ("abonează-te la newsletterul nostru", "canalul nostru de (telegram|youtube|whatsapp)",
                    "aplica(ț|ţ|t)ia noastră"),
    "picture_credit": ("foto", "fotografie", "imagine", "sursa foto"),
    # The concepts this table lacked, as the language's sites and their forum and wiki software
    # print them (no development page is in this language).
    "rating": ("v-a fost util acest articol", "evaluează articolul"),
    "page_feedback": ("a fost utilă această pagină", "trimite feedback"),
    "paywall": ("doar pentru abonați", "doar pentru abonaţi", "ești deja abonat", "eşti deja abonat"),
    "other_date": ("membru din", "editat", "ultima editare"),
    "page_updated": ("ultima modificare a paginii",),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(articolul|postarea) (anterior|anterioară|următor|următoare)",),
    "call_to_action": ("(comandă|cumpără|descarcă|rezervă|donează) acum",),
    "comment_gate": ("trebuie să (fii|fiți) (autentificat|autentificată|conectat|conectată) pentru a (publica|scrie|adăuga|lăsa) un comentariu",),
    "site_disclaimer": ("nu (reflectă|reprezintă) (neapărat|în mod necesar)",),
    "form_consent": ("am citit și (accept|sunt de acord)", "sunt de acord cu (politica de confidențialitate|termenii și condițiile)"),
}
