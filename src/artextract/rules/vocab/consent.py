"""Consent dialogs, per language: what a cookie banner or a consent manager prints.

A copy of a page often keeps the hidden consent dialog: its paragraphs ("These
cookies allow us to count visits"), its category labels as OneTrust and the
like print them ("Functional Cookies", "Strictly Necessary Cookies") and the
purposes of the IAB consent framework, which every consent manager prints in
the framework's own wording ("Store and/or access information on a device",
"Use limited data to select advertising ... 80 partners can use this
purpose"). None of it is the page's text. The same concept in every language
(raw text, text/region.py); rules/text.py compiles the tables.

Per language (regex fragments, matched case-insensitively at a line's start):
- `cookie`: the word for cookies.
- `openers`: words that open a paragraph about the site's cookies, before the
  cookie word with at most two words between ("these", "we use", "diese").
- `categories`: the cookie categories ("necessary", "functional").
- `after`: True where the category follows the cookie word ("cookies
  nécessaires", "cookie tecnici"), False where it stands before it.
- `data`: words of such a paragraph speaking of the site or the visitor's data
  (a recipe's "These cookies keep for a week" does not).
- `labels`: whole lines of a consent manager's panel (OneTrust's "Always Active"
  over a category, "Cookie List", "Confirm My Choices"), on a normalised line.
- `labels` also hold the header of a consent manager's cookie table, its column
  names on one line ("Cookie Duration Description", CookieYes / GDPR Cookie
  Consent): the header in the site's language over rows often left in English.
- `durations`: how long a cookie keeps, as a cookie table's second column
  prints it ("11 months", "2 Jahre", "session", "never"); a row is the cookie's
  name, its duration and a sentence naming the cookie word (rules/text.py).
- `purposes`: lines a consent manager opens with, on a normalised line
  (lower case): the IAB framework's purposes and special features, and its
  "we and our partners store ..." notice.

Languages: en, de, fr, es, it, nl, pt, pl, sv, da. Evidence (wcxb-dev fit half,
both renderings): paragraph openers 147 lines of 63 renderings, 38 sites (one
of them French: 2 lines); category labels alone on a line 80 lines of 19
renderings, 14 sites; the framework's purposes, descriptions and notice 366
lines of 26 renderings, 12 sites; the panel's labels ("Always Active", "Cookie List",
"Privacy Preference Center", "Confirm My Choices", "Allow All", "Manage Consent
Preferences") 3 to 8 pages each of 3 to 8 sites; the cookie table (header and
rows "_ga 2 years The _ga cookie, installed by Google Analytics ...") on 4 sites
(talkinghomerenovations, in4adventure, thewoodwhisperer; islamische-zeitung of
traf-dev, German header over English rows). The other languages state the same concept (the IAB
purposes in the framework's published translations).
"""

from __future__ import annotations

from typing import NamedTuple


class Consent(NamedTuple):
    cookie: str
    openers: tuple[str, ...]
    categories: tuple[str, ...]
    after: bool
    data: tuple[str, ...]
    purposes: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    durations: tuple[str, ...] = ()


CONSENT: dict[str, Consent] = {
    "en": Consent(
        r"cookies?",
        ("these", "this", "our", "we use", "other uncategorized"),
        ("necessary", "essential", "functional", "performance", "analytics?", "analytical", "advertising",
         "advertisement", "marketing", "targeting", "strictly necessary", "preference", "statistics", "social media"),
        False,
        (r"(?:web)?sites?\b", "browser", "consent", r"data\b", "visit", "privacy", "advertis", "personal", "track",
         "third[- ]part", "opt[- ]out"),
        ("store and/or access information on a device", "use limited data to select (?:advertising|content)",
         "create profiles (?:for personalised advertising|to personalise content)",
         "use profiles to select personalised (?:advertising|content)",
         "measure (?:advertising|content) performance", "understand audiences through statistics",
         "develop and improve services", "use precise geolocation data",
         "actively scan device characteristics for identification",
         "personalised (?:advertising|content)(?: and content)?, (?:advertising|content)(?: and content)? measurement",
         # the framework's special purposes and features, and the descriptions it prints under them
         "ensure security, prevent and detect fraud, and fix errors", "deliver and present advertising and content",
         "save and communicate privacy choices", "match and combine data from other data sources",
         "link different devices", "identify devices based on information transmitted automatically",
         "cookies, device or similar online identifiers", "information about your activity on this service",
         "we process your data to deliver content or advertisements", "list of iab vendors",
         "object to legitimate interests?", r"below, you will find a list of (?:the purposes|vendors)",
         r"we,? (?:and|in collaboration with) our (?:\d+ )?(?:partners|vendors),? (?:store|process|use)",
         "to provide the best experiences, we use technologies like cookies",
         # the framework's descriptions of its purposes and features (TCF v2.2), printed under each
         # purpose's switch: 5 fit sites (allrecipes, seriouseats, theverge, quora, gamefaqs)
         "(?:advertising|content) presented to you on this service can be based on",
         "information regarding which (?:advertising|content) is presented to you",
         "reports can be generated based on the combination of data sets",
         "your data can be used to monitor for and prevent unusual", r"certain information \(like an ip address",
         "your device might be distinguished from other devices", "in support of the purposes explained in this notice",
         "with your acceptance, (?:certain characteristics specific to your device|your precise location)",
         "the choices you make regarding the purposes and entities listed in this notice"),
        ("always active", "cookie list", "privacy preference center", "confirm my choices", "allow all",
         "manage consent preferences", r"cookies? duration description"),
        (r"\d+ (?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)", "session", "never", "persistent", "past"),
    ),
    "de": Consent(
        r"cookies?",
        ("diese", "wir verwenden", "wir nutzen", "wir setzen", "unsere"),
        ("notwendige", "essenzielle", "essentielle", "technisch notwendige", "funktionale", "statistik",
         "statistische", "analyse", "marketing", "präferenz"),
        False,
        ("webseite", "website", "daten", "besuch", "werb", "einwillig", "zustimm", "datenschutz", "dritt", "browser"),
        ("informationen auf einem gerät speichern und/oder abrufen", "profile für personalisierte werbung erstellen",
         "genaue standortdaten verwenden", r"wir und unsere (?:\d+ )?partner speichern"),
        ("immer aktiv", "cookie-liste", "meine auswahl bestätigen", "alle zulassen", r"cookies? dauer beschreibung"),
        (r"\d+ (?:jahre?|monate?|wochen?|tage?|stunden?|minuten?|sekunden?)", "sitzung", "niemals"),
    ),
    "fr": Consent(
        r"(?:cookies?|témoins)",
        ("ces", "nous utilisons des", "ce site utilise des", "notre site utilise des"),
        ("strictement nécessaires", "nécessaires", "essentiels", "fonctionnels", "de performance", "analytiques",
         "publicitaires", "de ciblage", "de mesure d'audience", "marketing", "de préférences?", "statistiques"),
        True,
        ("site", "navigat", "données", "consentement", "visite", "publicit", "personnel", "confidentialité", "tiers"),
        ("stocker et/ou accéder à des informations sur un appareil",
         "créer des profils pour la publicité personnalisée", "utiliser des données de géolocalisation précises",
         r"nous et nos (?:\d+ )?partenaires stockons"),
        ("toujours actifs?", "liste des cookies", "confirmer mes choix", "tout autoriser",
         r"cookies? durée description"),
        (r"\d+ (?:ans?|années?|mois|semaines?|jours?|heures?|minutes?|secondes?)", "session", "jamais"),
    ),
    "es": Consent(
        r"cookies?",
        ("estas", "utilizamos", "usamos", "este sitio web utiliza", "esta web utiliza"),
        ("estrictamente necesarias", "necesarias", "esenciales", "funcionales", "de rendimiento", "analíticas",
         "de análisis", "publicitarias", "de publicidad", "de marketing", "de preferencias", "técnicas"),
        True,
        ("sitio", r"web\b", "navega", "datos", "consentimiento", "visita", "publicidad", "personal", "privacidad",
         "terceros"),
        ("almacenar o acceder a información en un dispositivo", "crear perfiles para publicidad personalizada",
         "utilizar datos de localización geográfica precisa"),
        ("siempre activas?", "lista de cookies", "confirmar mis preferencias", "permitir todas",
         r"cookies? duración descripción"),
        (r"\d+ (?:años?|mes(?:es)?|semanas?|días?|horas?|minutos?|segundos?)", "sesión", "nunca"),
    ),
    "it": Consent(
        r"cookies?",
        ("questi", "utilizziamo i", "usiamo i", "questo sito utilizza", "questo sito web utilizza"),
        ("strettamente necessari", "necessari", "tecnici", "funzionali", "di prestazione", "analitici",
         "di profilazione", "pubblicitari", "di marketing", "statistici"),
        True,
        ("sito", "navigazione", "browser", r"dati\b", "consenso", "visit", "pubblicit", "personal", "privacy",
         "terze parti"),
        ("archiviare e/o accedere a informazioni su un dispositivo",
         "creare profili per pubblicità personalizzata", "utilizzare dati di geolocalizzazione precisi"),
        ("sempre attivi", "elenco cookie", "conferma le mie scelte", "consenti tutti", r"cookies? durata descrizione"),
        (r"\d+ (?:ann[oi]|mes[ei]|settiman[ae]|giorn[oi]|or[ae]|minut[oi]|second[oi])", "sessione", "mai"),
    ),
    "nl": Consent(
        r"cookies?",
        ("deze", "wij gebruiken", "we gebruiken", "onze website gebruikt"),
        ("noodzakelijke", "functionele", "analytische", "statistische", "marketing", "tracking"),
        False,
        ("website", "site", "browser", "gegevens", "toestemming", "bezoek", "advertent", "reclame", "persoonlijk",
         "privacy", "derde"),
        ("informatie op een apparaat opslaan en/of openen",),
        ("altijd actief", "cookielijst", "mijn keuzes bevestigen", "alles toestaan",
         r"cookies? duur (?:beschrijving|omschrijving)"),
        (r"\d+ (?:jaar|jaren|maanden?|weken?|dagen?|uur|minuten?|seconden?)", "sessie", "nooit"),
    ),
    "pt": Consent(
        r"cookies?",
        ("estes", "utilizamos", "usamos", "este site utiliza"),
        ("estritamente necessários", "necessários", "essenciais", "funcionais", "de desempenho", "analíticos",
         "de publicidade", "de marketing"),
        True,
        ("site", "navega", "dados", "consentimento", "visita", "publicidade", "pessoa", "privacidade", "terceiros"),
        ("armazenar e/ou aceder a informações num dispositivo",),
        (r"cookies? duração descrição",),
        (r"\d+ (?:anos?|meses|mês|semanas?|dias?|horas?|minutos?|segundos?)", "sessão", "nunca"),
    ),
    "pl": Consent(
        r"(?:pliki cookies?|ciasteczka|cookies?)",
        ("te", "używamy", "korzystamy z", "ta strona używa", "ta strona wykorzystuje"),
        ("niezbędne", "funkcjonalne", "analityczne", "marketingowe", "reklamowe"),
        False,
        ("stron", "przeglądar", r"dan(?:e|ych)\b", "zgod", "odwiedz", "reklam", "osobow", "prywatno"),
        ("przechowywanie informacji na urządzeniu lub dostęp do nich",),
        (r"(?:cookies?|ciasteczko|plik cookie) czas trwania opis",),
        (r"\d+ (?:lata?|rok|miesiące?|miesięcy|tygodni[e]?|dni|dzień|godzin[ay]?|minut[ay]?|sekund[ay]?)", "sesja",
         "nigdy"),
    ),
    "sv": Consent(
        r"(?:cookies|kakor)",
        ("dessa", "vi använder", "den här webbplatsen använder"),
        ("nödvändiga", "funktionella", "statistik", "marknadsförings"),
        False,
        ("webbplats", "webbläsare", r"data\b", "uppgifter", "samtycke", "besök", "annons", "personlig", "integritet",
         "tredje"),
        labels=(r"(?:cookies?|kaka) varaktighet beskrivning",),
        durations=(r"\d+ (?:år|månader?|veckor?|dagar?|timmar?|minuter?|sekunder?)", "session", "aldrig"),
    ),
    "da": Consent(
        r"cookies",
        ("disse", "vi bruger", "denne hjemmeside bruger"),
        ("nødvendige", "funktionelle", "statistiske", "marketing"),
        False,
        ("hjemmeside", "websted", "browser", r"data\b", "oplysninger", "samtykke", "besøg", "reklam", "personlig",
         "tredjepart"),
        labels=(r"cookies? varighed beskrivelse",),
        durations=(r"\d+ (?:år|måneder?|uger?|dage?|timer?|minutter?|sekunder?)", "session", "aldrig"),
    ),
}


# A sign-up box's consent sentence: what the visitor agrees to by leaving an address ("By signing
# up, I agree to the Terms and Privacy Policy", "By entering your email, you agree to receive ...
# emails", "By clicking sign up you'll receive occasional emails"). Said in every box that asks
# for an address, never in an article's own text (which tells of somebody else's signing up, not
# "you"). Per language: regex fragments matched at the start of a normalised line (lower case), the
# action and then the visitor's agreement within the same sentence. Evidence (wcxb-dev and traf-dev
# fit halves, chromium, lines a raw text kept in its body at a586725): elementor, popsugar,
# mashable, getjobber, techcrunch, cabletv, mybirdbuddy, engineering.atspotify, freedoniagroup,
# scps.virginia.edu (wcxb), pcgamer (traf). The other languages state the same concept.
SIGNUP_CONSENT: dict[str, tuple[str, ...]] = {
    "en": (r"by (?:signing up|subscribing|submitting|clicking|entering|checking|registering|providing|creating"
           r"|joining|continuing)\b[^.!?]{0,100}?\b(?:you|i|we)\b[^.!?]{0,40}?\b(?:agree|consent|accept|acknowledge"
           r"|authori[sz]e|confirm|will receive|'ll receive|’ll receive)",),
    "de": (r"(?:mit (?:der|ihrer|deiner|meiner) (?:anmeldung|registrierung|eintragung)|mit (?:dem )?(?:klick auf|absenden)"
           r"|durch (?:das |den )?(?:abonnieren|absenden|klicken|klick)|indem (?:sie|du|ich))\b[^.!?]{0,120}?"
           r"\b(?:zu(?:stimmen)?\b|einverstanden|akzeptier|willig|erkläre)",),
    "fr": (r"en (?:vous inscrivant|m'inscrivant|m’inscrivant|cliquant|soumettant|vous abonnant|validant|saisissant"
           r"|renseignant|indiquant)\b[^.!?]{0,120}?\b(?:acceptez|accepte|consentez|consens|reconnaissez|recevrez)",),
    "es": (r"al (?:suscribirte|suscribirse|suscribirme|registrarte|registrarse|hacer clic|pulsar|enviar|introducir"
           r"|proporcionar|continuar)\b[^.!?]{0,120}?\b(?:aceptas|acepta|acepto|consientes|consiente|autorizas"
           r"|autoriza|recibirás)",),
    "it": (r"(?:iscrivendoti|iscrivendosi|registrandoti|registrandosi|cliccando|inviando|proseguendo|continuando"
           r"|inserendo)\b[^.!?]{0,120}?\b(?:accetti|accetta|acconsenti|acconsente|dichiari|autorizzi|riceverai)",),
    "nl": (r"door (?:je |u |)(?:aan te melden|in te schrijven|te abonneren|te registreren|(?:op [^.!?]{0,40} )?te klikken"
           r"|te verzenden)\b[^.!?]{0,120}?\b(?:akkoord|ga je|gaat u|stem je|stemt u|ontvang)",),
    "pt": (r"ao (?:se inscrever|inscrever-se|se cadastrar|cadastrar-se|clicar|enviar|subscrever|assinar|registar-se"
           r"|registrar-se|continuar)\b[^.!?]{0,120}?\b(?:concorda|aceita|consente|autoriza|receberá)",),
    "pl": (r"(?:zapisując się|rejestrując się|klikając|subskrybując|podając|wysyłając|zamawiając)\b[^.!?]{0,120}?"
           r"\b(?:akceptujesz|akceptuję|zgadzasz się|zgadzam się|wyrażasz zgodę|wyrażam zgodę|otrzymasz)",),
}
