"""Dutch: how Dutch pages say each concept of the vocabulary (see __init__.py)."""

LANGUAGE = "nl"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("gerelateerde (artikelen|berichten|nieuwsberichten)", "gerelateerd", "ook interessant",
                "dit vind je misschien ook interessant", "misschien ook interessant", "meer nieuws", "aanbevolen",
                "andere artikelen", "lees ook deze artikelen"),
    "site_sections": ("laatste nieuws", "uitgelicht", "net binnen"),
    "most_read": ("meest gelezen", "best gelezen", "meest bekeken", "populaire artikelen"),
    "more_from": ("meer (over|van|uit|in) …", "ander nieuws (over|uit) …", "alles over …"),
    "read_also": ("lees ook", "lees meer", "zie ook", "lees", "bekijk ook", "ook interessant"),
    "comments": ("reacties", "laat een reactie achter", "plaats een reactie", "geef een reactie"),
    "forum_chrome": ("reageer", "reageren", "citeer", "melden"),
    "share": ("delen", "deel", "deel dit artikel", "delen op facebook", "mailen", "kopieer link", "volg ons"),
    "tools": ("printen", "afdrukken", "opslaan", "voorlezen", "beluister"),
    "newsletter": ("nieuwsbrief", "schrijf je in", "aanmelden", "abonneer", "abonneren", "inloggen", "registreren",
                   "mijn account", "uitloggen", "doneer"),
    "advertising": ("advertentie", "gesponsord", "gesponsorde inhoud", "reclame"),
    "navigation": ("home", "menu", "zoeken", "terug", "terug naar boven", "naar boven", "volgende", "vorige",
                   "volgend artikel", "vorig artikel", "naar de inhoud", "sitemap"),
    "legal": ("privacyverklaring", "privacybeleid", "cookiebeleid", "algemene voorwaarden", "disclaimer",
              "contact", "colofon", "over ons", "alle rechten voorbehouden"),
    "consent": ("cookie-instellingen", "cookie instellingen", "accepteren", "alles accepteren", "weigeren",
                "akkoord"),
    "tags": ("tags", "onderwerpen", "trefwoorden", "categorieën"),
    "author_box": ("over de auteur", "over de schrijver", "over de auteurs"),
    "sources": ("bronnen", "bron", "referenties"),
    "rating": ("was dit artikel nuttig", "beoordeel dit artikel"),
    "controls": ("sluiten", "meer", "toon meer", "laad meer", "lees verder", "bekijk alles", "laden", "foto",
                 "video", "galerij", "vergroten", "volledig scherm"),
    "contents": ("inhoud", "inhoudsopgave", "in dit artikel", "op deze pagina"),
    # not "door" ("by") alone: an English word, and a line of it is not always a byline label
    "byline_label": ("auteur", "auteurs", "(geschreven|gepubliceerd) door"),
    "date_label": ("bijgewerkt", "bijgewerkt op", "laatst bijgewerkt", "gepubliceerd", "gepubliceerd op",
                   "geplaatst op"),
    "key_points": ("in het kort", "samenvatting", "kort samengevat", "de belangrijkste punten", "in een notendop",
                   "het belangrijkste", "wat je moet weten"),
}
