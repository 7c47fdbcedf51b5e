"""Dutch: how Dutch pages say each concept of the vocabulary (see __init__.py)."""

LANGUAGE = "nl"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("gerelateerde (artikelen|berichten|nieuwsberichten)", "gerelateerd", "ook interessant",
                "dit vind je misschien ook interessant", "misschien ook interessant", "meer nieuws", "aanbevolen",
                "andere artikelen", "lees ook deze artikelen"),
    "site_sections": ("laatste nieuws", "uitgelicht", "net binnen"),
    "most_read": ("meest gelezen", "best gelezen", "meest bekeken", "populaire artikelen",
                  "recente reacties"),  # a blog's widget of the latest comments (see en)
    "more_from": ("meer (over|van|uit|in) …", "ander nieuws (over|uit) …", "alles over …",
                  # an author archive's link (en's "read more posts by …")
                  "meer artikelen (van|door) …", "alle artikelen van …", "bekijk alle artikelen van …"),
    "read_also": ("lees ook", "lees meer", "zie ook", "lees", "bekijk ook", "ook interessant"),
    "comments": ("reacties", "(nog |)geen reacties", "laat een reactie achter", "plaats een reactie", "geef een reactie",
                 # the comment form's notices (as en's)
                 "je e-mailadres wordt niet gepubliceerd",
                 "je e-mailadres wordt niet gepubliceerd. vereiste velden zijn gemarkeerd met",
                 "je moet ingelogd zijn om een reactie te plaatsen"),
    "forum_chrome": ("reageer", "reageren", "citeer", "melden"),
    "thread_starter": ("topicstarter", "gestart door", "onderwerp gestart door"),
    "other_date": ("lid sinds", "geregistreerd", "bewerkt", "laatst bewerkt", "gewijzigd"),
    "share": ("delen", "deel", "deel dit artikel", "delen op facebook", "mailen", "kopieer link", "volg ons",
              # en's "follow": the button beside an author's or a topic's name (see es.py)
              "volgen",
              # en's "follow us on" and "share this article": the social bar's label on a line of its own
              "volg ons op", "(deel|delen) (deze pagina|dit verhaal)"),
    "link_prompt": ("klik hier", "lees verder", "nu kopen"),
    "share_prompt": ("klik om (te delen|af te drukken|te printen|te e-mailen)",),
    "tools": ("printen", "afdrukken", "opslaan", "voorlezen", "beluister",
              "pagina (printen|afdrukken)", "printversie", "afdrukversie", "later lezen"),
    "newsletter": ("nieuwsbrief", "schrijf je in", "aanmelden", "abonneer", "abonneren", "inloggen", "registreren",
                   "mijn account", "uitloggen", "doneer"),
    # a button's call to act now, on a line of its own
    "call_to_action": ("(bestel|koop|doneer|boek|download|reserveer|probeer) (nu|het nu)",
                       "nu (bestellen|kopen|doneren|boeken|downloaden|reserveren|proberen)"),
    "advertising": ("advertentie", "gesponsord", "gesponsorde inhoud", "reclame"),
    "navigation": ("u bent hier", "je bent hier", "home", "menu", "zoeken", "terug", "terug naar boven", "naar boven", "volgende", "vorige",
                   "volgend artikel", "vorig artikel", "naar de inhoud", "sitemap"),
    "legal": ("privacyverklaring", "privacybeleid", "cookiebeleid", "algemene voorwaarden", "disclaimer",
              "contact", "colofon", "over ons", "alle rechten voorbehouden"),
    "consent": ("cookie-instellingen", "cookie instellingen", "accepteren", "alles accepteren", "weigeren",
                "akkoord",
                # a consent plugin's placeholder where an embed was (see en.py): its buttons
                "(video|inhoud|kaart|podcast|externe inhoud) laden", "laad (de |)(video|inhoud|kaart)",
                "klik om (de video|de inhoud) te laden",
                # ... and its button that lifts the block for good, the service named first as in de
                "(youtube|vimeo|facebook|instagram|twitter|x|tiktok|spotify|soundcloud|google maps|openstreetmap|podcast)"
                " altijd deblokkeren"),
    "tags": ("tags", "onderwerpen", "trefwoorden", "categorieën"),
    # WordPress's post footer: "Dit bericht werd geplaatst in X en getagd Y. Bookmark de permalink."
    "post_filed": ("dit (bericht|item) (werd|is) geplaatst …",),
    "post_link": ("(vorige|volgende)", "(vorige|volgende) (artikel|bericht|post)"),
    "author_box": ("over de auteur", "over de schrijver", "over de auteurs"),
    "sources": ("bronnen", "bron", "referenties"),
    "rating": ("was dit artikel nuttig", "beoordeel dit artikel"),
    "page_feedback": ("feedback versturen", "feedback sturen", "was deze pagina nuttig", "was deze pagina behulpzaam", "heb je gevonden wat je zocht"),
    "controls": ("sluiten", "meer", "toon meer", "laad meer", "lees verder", "bekijk alles", "laden", "foto",
                 "video", "galerij", "vergroten", "volledig scherm", "video afspelen"),
    "whole_list": ("alles bekijken", "bekijk alle …"),  # (en "see all …")
    "contents": ("inhoud", "inhoudsopgave", "in dit artikel", "op deze pagina"),
    # not "door" ("by") alone: an English word, and a line of it is not always a byline label
    "byline_label": ("door", "auteur", "auteurs", "(geschreven|gepubliceerd|gemaakt) door", "een artikel (van|door)", "artikel geschreven door"),
    "date_label": ("bijgewerkt", "bijgewerkt op", "laatst bijgewerkt", "gepubliceerd", "gepubliceerd op",
                   "geplaatst op"),
    "key_points": ("in het kort", "samenvatting", "kort samengevat", "de belangrijkste punten", "in een notendop",
                   "het belangrijkste", "wat je moet weten",
                   "de belangrijkste", "in (één|een) oogopslag", "kernpunten",
                   # "in short" (en "in short", de "kurz gesagt"): "kort gezegd"
                   "kort gezegd",
                   # the "key facts" box (en "key facts", de "die wichtigsten Fakten", es "datos clave", pl "najważniejsze fakty")
                   "de belangrijkste feiten", "kernfeiten"),
    "support_appeal": ("trakteer (me|mij) op een (kopje |)koffie", "steun ons", "steun (mijn|ons) werk"),
    "house_promo": ("rechtstreeks in je inbox", "steun onze journalistiek", "ons (youtube|telegram|whatsapp)-kanaal", "onze nieuwsbrief", "onze app", "volg ons op",
                    "schrijf ons", "ingezonden brief"),
    # the comment form's sign-in notice (WordPress: "Je moet ingelogd zijn om een reactie te plaatsen.")
    "comment_gate": ("(je moet|u moet) (ingelogd|aangemeld|geregistreerd) zijn om (een reactie te plaatsen|te reageren)",
                     "(log in|meld je aan|meld u aan) om (een reactie te plaatsen|te reageren)"),
    "site_licence": ("tenzij anders vermeld", "inhoud van deze (site|website) is", "creative commons-licentie"),
    "page_updated": ("deze pagina is (voor het laatst|het laatst) (bewerkt|gewijzigd|bijgewerkt)",),
    "site_disclaimer": ("niet (noodzakelijk|noodzakelijkerwijs) (de mening|het standpunt)", "(is|zijn) niet verantwoordelijk voor de (inhoud|meningen)"),
    "newsletter_pitch": ("(rechtstreeks|direct) in je (inbox|mailbox)", "(nieuwe |)berichten per e-mail"),
    # XenForo: "Je moet inloggen of registreren om hier te reageren."
    "reply_gate": ("(inloggen|registreren|aanmelden) om (hier |)te reageren",),
    "paywall": ("(alleen|exclusief) voor abonnees", "(ben je|bent u) al abonnee", "om verder te lezen"),
    "browser_notice": ("(je|uw) browser is verouderd", "(je|uw) browser wordt niet (meer |)ondersteund", "(update|upgrade) (je|uw) browser", "(u gebruikt|je gebruikt) een verouderde browser"),
    "affiliate": ("affiliatelinks", "affiliate-links", "(ontvangen|krijgen) wij (mogelijk |)een (kleine |)commissie",
                  "(ontvangen|krijgen) we (mogelijk |)een (kleine |)commissie"),
    "picture_credit": ("foto", "foto's", "beeld", "archieffoto"),
    "courtesy_credit": ("met dank aan", "met toestemming van"),
    "picture_place": ("boven", "onder", "rechts", "op de foto", "van links naar rechts"),
    "archive_picture": ("archief", "archieffoto", "archiefbeeld"),
    # the reader's consent on a form (form_consent): "Ik heb het privacybeleid gelezen en ga akkoord"
    "form_consent": ("ik heb (de privacyverklaring|het privacybeleid|de privacyvoorwaarden) gelezen",
                     "ik ga akkoord met (de privacyverklaring|het privacybeleid|de algemene voorwaarden|de voorwaarden)",
                     # the form's notice of what becomes of the data typed into it
                     "(door|bij) (het gebruik van|gebruik te maken van|het verzenden van) dit formulier(,|) (ga je|gaat u) akkoord",
                     "door dit formulier te (gebruiken|verzenden|versturen)(,|) (ga je|gaat u) akkoord",
                     "als (u ons|je ons) via het contactformulier (vragen|verzoeken) (stuurt|toestuurt)"),
}
