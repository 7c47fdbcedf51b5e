"""German: how German pages say each concept of the vocabulary (see __init__.py)."""

LANGUAGE = "de"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": (
        "das könnte (sie|dich) auch interessieren", "das könnte (sie|dich) interessieren",
        "das thema könnte (sie|dich) auch interessieren", "auch interessant",
        "ebenfalls interessant", "auch lesenswert", "weitere (artikel|beiträge|nachrichten|meldungen|themen|news)",
        "ähnliche (artikel|beiträge|themen)", "verwandte (artikel|beiträge|themen)", "passend zum thema",
        "mehr zum thema", "zum thema", "weitere artikel zum thema", "empfehlungen", "empfehlungen der redaktion", "empfehlungen aus der redaktion",
        "top themen der redaktion",  # the editors' picks under the text (traf-dev fit: oetv.at)
        "unsere empfehlungen", "wir empfehlen", "unsere empfehlung", "das interessiert andere leser",
        # a shop's cross-selling under its text (traf-dev fit: toralin.de), and a blog's "Beliebte Beiträge
        # zum Thema" (hertha-blog.de); en and fr say the same
        "(sie|du) (könnten|könntest) auch an folgenden (artikeln|beiträgen|produkten) interessiert sein",
        "(beliebte|ähnliche|verwandte) (artikel|beiträge) zum thema",
    ),
    "site_sections": ("top-themen", "top themen", "neueste artikel", "aktuelle artikel", "neueste beiträge",
                      "neuste beiträge", "letzte beiträge", "aktuelle beiträge", "aktuelle nachrichten",
                      "themen des tages", "nicht verpassen", "aktuell", "neueste nachrichten"),
    "most_read": ("meistgelesen", "meistgelesene artikel", "meistgelesene", "meist gelesen", "am meisten gelesen",
                  # a blog's widget of the latest comments (see en)
                  "(neueste|letzte|aktuelle) kommentare",
                  "meistkommentiert", "meistdiskutiert", "meistdiskutierte artikel", "meistkommentierte artikel",
                  "beliebte (artikel|beiträge)", "top-artikel", "meistgeteilt",
                  # the list named for what is in vogue (see en's "trending stories")
                  "(jetzt |gerade |)im trend", "trendthemen"),
    "more_from": ("mehr (aus|von|vom|zu|zum|über|im) …", "weitere artikel (aus|von|zu) …", "mehr zum thema …",
                  "weitere nachrichten (aus|zu) …", "alle artikel (von|zu|zum|aus) …", "neues aus …",
                  # "Weiterlesen auf Utopia.de:" over its titles (traf-dev fit: utopia.de)
                  "weiterlesen (auf|bei) …",
                  # an author archive's link (en's "read more posts by …"; "Mehr von X lesen" is "mehr von …")
                  "alle beiträge (von|aus) …", "zeige alle beiträge von …", "weitere beiträge von …"),
    "read_also": ("lesen sie auch", "lesen sie mehr", "lies auch", "lesen sie", "mehr dazu", "siehe auch",
                  "mehr zum thema", "auch interessant", "lesetipp", "weiterlesen", "zum artikel", "hören sie auch",
                  "sehen sie auch", "mehr lesen", "schon gelesen"),
    "comments": ("kommentare", "(noch |)keine kommentare", "kommentar schreiben", "kommentar verfassen", "leserkommentare",
                 "schreibe einen kommentar",
                 "hinterlasse einen kommentar", "schreib einen kommentar", "hinterlassen sie einen kommentar", "schreiben sie einen kommentar",
                 "(hinterlasse|hinterlassen sie) eine antwort", "antwort hinterlassen", "kommentar hinterlassen", "kommentare anzeigen", "jetzt kommentieren",
                 # the comment form's notices (as en's)
                 "(deine|ihre) e-mail-adresse wird nicht veröffentlicht",
                 "(deine|ihre) e-mail-adresse wird nicht veröffentlicht. erforderliche felder sind (mit * |)markiert",
                 "(du musst|sie müssen) angemeldet sein, um einen kommentar abzugeben", "keine kommentare"),
    "share": ("teilen", "artikel teilen", "beitrag teilen", "seite teilen", "teilen auf facebook", "jetzt teilen",
              "per e-mail teilen", "per mail versenden", "per e-mail versenden", "link kopieren", "twittern",
              "folgen", "folgen sie uns", "folge uns",
              # a blog platform's share and like buttons under every post, their labels on lines of their
              # own in a copy ("Teilen Sie dies mit:", "Gefällt mir Lade …", "Liken Lade …"; traf-dev fit:
              # 8 sites, e.g. sprechblase.wordpress.com, denkanstoos.wordpress.com, grossefragen.wordpress.com).
              # The like label alone ("Gefällt mir:") is left: as furniture it cut a held page's text.
              "teilen mit", "teilen sie dies mit", "gefällt mir lade", "liken lade",
              # en's "follow us on" and "share this (article|story|post|page)": the social bar's label on a line of its own
              # (traf-dev and wcxb-dev fit: "Folgen Sie uns auf"/"Folge uns auf" on finanzmarktwelt.de, orsted.de,
              # biathlonworld.com, heizung.de, zooroyal.de; "Diese Geschichte teilen" on moritz-meyer.net)
              "folgen sie uns auf", "folge uns auf", "(diesen artikel|diesen beitrag|diese geschichte|diese seite) teilen"),
    "link_prompt": ("mehr erfahren", "hier klicken", "weiterlesen", "jetzt kaufen"),
    "share_prompt": ("(klick|klicke|klicken), um (über|auf|per|bei|via) …", "(klick|klicke|klicken)(,|) (um|zum) (zu |)(drucken|ausdrucken)"),
    "tools": ("drucken", "artikel drucken", "merken", "artikel merken", "speichern", "vorlesen", "anhören",
              "artikel anhören", "schriftgröße", "verschenken", "artikel verschenken",
              # print and read-later buttons (traf-dev fit: awo.org, bmfsfj.de, bundespolizei.de, livenet.ch,
              # rosalux.de "Seite drucken"; topagrar.com "Ausdrucken")
              "seite drucken", "ausdrucken", "druckansicht", "druckversion", "später lesen", "zur merkliste( hinzufügen|)"),
    "newsletter": ("newsletter", "newsletter abonnieren", "jetzt abonnieren", "abonnieren", "abo", "anmelden",
                   "einloggen", "login", "registrieren", "jetzt registrieren", "mein konto", "abmelden",
                   "zum newsletter anmelden", "jetzt anmelden", "spenden"),
    # a button's call to act now, on a line of its own (traf-dev fit: abenteuer-astronomie.de, lbv.de, topagrar.com)
    "call_to_action": ("jetzt (bestellen|vorbestellen|kaufen|spenden|testen|ausprobieren|buchen|herunterladen|downloaden|mitmachen|unterstützen|sichern|entdecken|mitglied werden)",
                       "jetzt (gratis|kostenlos|kostenlos und unverbindlich) (testen|ausprobieren|herunterladen|downloaden)", "jetzt neu"),
    "advertising": ("anzeige", "werbung", "gesponsert", "gesponserte(r|) inhalt(e|)", "sponsored", "advertorial", "bezahlter inhalt",
                    "artikel wird unterhalb fortgesetzt", "anzeigen"),
    "navigation": ("sie sind hier", "startseite", "home", "menü", "menu", "hauptmenü", "navigation", "suche", "suchen", "zurück",
                   "zurück zur übersicht", "zur übersicht", "zurück zur startseite", "nach oben", "zum seitenanfang",
                   "seitenanfang", "zum inhalt springen", "direkt zum inhalt", "zum hauptinhalt springen",
                   # a blog theme's label over the links to the previous and next post (as en's)
                   "beitragsnavigation", "beitrags-navigation",
                   "zur navigation springen", "zur hauptnavigation springen", "zur suche springen", "direkt zur suche", "weiter", "vorheriger artikel",
                   "nächster artikel", "vorheriger beitrag", "nächster beitrag", "vorherige", "nächste", "vorheriges", "nächstes", "übersicht",
                   "alle news", "alle artikel", "sitemap"),
    "legal": ("impressum", "datenschutz", "datenschutzerklärung", "datenschutzhinweise", "agb", "nutzungsbedingungen",
              "kontakt", "über uns", "barrierefreiheit", "alle rechte vorbehalten", "mediadaten", "hilfe"),
    "consent": ("cookie-einstellungen", "cookies", "alle akzeptieren", "akzeptieren", "einverstanden", "ablehnen",
                "alle ablehnen", "zustimmen", "privatsphäre-einstellungen", "cookie einstellungen",
                # a consent plugin's placeholder where an embed was (see en.py): its buttons
                "(video|videos|beitrag|beiträge|inhalt|inhalte|alle inhalte|diesen inhalt|externen inhalt|externe inhalte|karte|podcast) laden",
                "(youtube|vimeo|facebook|instagram|twitter|x|tiktok|spotify|soundcloud|google maps|openstreetmap|podcast)"
                "(-beiträge|-videos|-inhalte|) immer entsperren"),
    "tags": ("schlagwörter", "schlagworte", "tags", "themen", "stichwörter", "kategorien", "kategorie",
             "verwandte themen", "weitere themen", "mehr zu den themen",
             # the label over the article's own topic links (traf-dev fit: stern.de; en, fr, es say the same)
             "themen in diesem artikel"),
    # WordPress's post footer in German: "Dieser Eintrag wurde veröffentlicht in X von Y. Permanentlink.",
    # Twenty Ten's "Dieser Beitrag wurde unter X veröffentlicht." (traf-dev fit: denkanstoos.wordpress.com,
    # gormulus.wordpress.com, beyssonmanagement.com, erfolg-magazin.de)
    "post_filed": ("dieser eintrag wurde veröffentlicht …", "dieser beitrag wurde unter …"),
    "post_link": ("(vorherige|vorheriger|vorheriges|nächste|nächster|nächstes|ältere|älterer|älteres|neuere|neuerer|neueres)",
                  "(vorherige|vorheriger|vorheriges|nächste|nächster|nächstes|ältere|älterer|älteres|neuere|neuerer|neueres) "
                  "(beitrag|artikel|eintrag|bericht|post)"),
    "author_box": ("über den autor", "über die autorin", "über die autoren", "zum autor", "zur autorin",
                   "autoreninfo", "der autor", "die autorin"),
    "sources": ("quellen", "quelle", "quellenangaben", "literatur", "weiterführende links", "weiterführende literatur",
                "einzelnachweise"),
    "rating": ("war dieser artikel hilfreich", "artikel bewerten", "wie hat ihnen der artikel gefallen",
               "wie hat dir der artikel gefallen", "wie hat ihnen dieser (artikel|beitrag) gefallen",
               "(fanden sie|fandest du) (diesen|den) artikel (hilfreich|nützlich)", "wie bewerten sie (diesen|den) artikel",
               "war dieser beitrag hilfreich",
               # a blog platform's star rating under the post, its label alone on a line ("Bewerten:", en
               # "Rate this:", fr "Évaluez ceci :", es "Califica esto:")
               "bewerten"),
    "page_feedback": ("feedback senden", "feedback geben", "war diese seite hilfreich", "war diese seite hilfreich für sie", "hat ihnen diese seite geholfen", "haben sie gefunden, wonach sie gesucht haben"),
    "forum_chrome": ("antworten", "kommentieren", "zitieren", "melden", "beitrag melden"),
    "thread_starter": ("themenstarter", "ersteller", "thema gestartet von", "begonnen von", "gestartet von"),
    "other_date": ("registriert", "registriert seit", "mitglied seit", "dabei seit", "beigetreten", "bearbeitet", "zuletzt bearbeitet", "geändert", "zuletzt geändert"),
    "controls": ("schließen", "mehr", "mehr anzeigen", "mehr laden", "weitere laden", "alle anzeigen", "weiterlesen",
                 "bild", "foto", "video", "galerie", "bildergalerie", "vergrößern", "vollbild", "abspielen",
                 "wird geladen", "lädt", "mehr erfahren", "video abspielen"),
    "whole_list": ("alle (artikel|beiträge|produkte|ergebnisse|bewertungen|kommentare|termine|news|meldungen|kategorien|themen|bilder|fotos|videos) anzeigen",),  # (en "see all …")
    "contents": ("inhalt", "inhaltsverzeichnis", "in diesem artikel", "in diesem beitrag", "auf dieser seite"),
    # The piece's noun before "von" belongs to the label ("Ein Artikel von"; traf-dev fit pferderevue.at kept
    # it in the name); en fr es it nl pt say the same. "Erstellt von" ("created by") opens a CMS's byline
    # ("Erstellt von Fabian am Dienstag 6. Mai 2014": traf-dev fit disfunctions.de, where "von" read as a
    # name's particle made "Erstellt von Fabian" the name); fr es it nl pt pl say the same (English
    # not: see there).
    "byline_label": ("von", "autor", "autorin", "autoren", "(geschrieben|verfasst|veröffentlicht|erstellt) von",
                     "ein (beitrag|artikel) von", "(beitrag|artikel) (geschrieben|verfasst) von"),
    "date_label": ("aktualisiert", "aktualisiert am", "zuletzt aktualisiert", "veröffentlicht", "veröffentlicht am",
                   "erstellt am", "publiziert", "publiziert am"),
    "key_points": (
        "das wichtigste in kürze", "das wichtigste", "das wichtigste zuerst", "das wichtigste im überblick",
        "das wichtigste auf einen blick", "die wichtigsten fakten", "die wichtigsten punkte", "auf einen blick",
        "in kürze", "kurz gesagt", "kurz (und|&) knapp", "kurz zusammengefasst", "zusammenfassung",
        # Not "die wichtigsten Infos/Informationen": a listing's facts box per venue ("Tageskarte ...",
        # opening hours), repeated down the page (traf-dev fit 1000things.at), is no summary of the story.
        "was sie wissen müssen", "das müssen sie wissen", "kurz und bündig",
        "die wichtigsten erkenntnisse", "kernaussagen", "kurzfassung",
        # "key points" (en "key points", nl "kernpunten"): "Kernpunkte"
        "kernpunkte",
        # "most important", as the words of a longer title ("Die wichtigsten Neuerungen des Updates",
        # classify/key_points._announced_box_at; fit half: bike-magazin.de).
        "die wichtigsten",
    ),
    "support_appeal": ("(durch|mit) eine(r|) spende unterstützen", "spendier(e|t|en sie) (mir|uns) einen kaffee",
                       "unterstütze (mich|uns|meine arbeit|unsere arbeit)", "unterstützen sie (mich|uns|meine arbeit|unsere arbeit)",
                       "(per|über|via) paypal (unterstützen|spenden)"),
    "house_promo": ("direkt in ihr postfach", "direkt aufs handy", "unterstützen sie unseren journalismus", "unsere app", "unserer app", "(unseren|unserem|unser) newsletter",
                    "(unseren|unserem|unser) (whatsapp|telegram|youtube)-kanal", "jetzt auch digital", "als e-paper",
                    "schreiben sie uns", "folgen sie uns auf", "leserbrief"),
    # the comment form's sign-in notice (WordPress: "Du musst angemeldet sein, um einen Kommentar abzugeben.")
    "comment_gate": ("(du musst|sie müssen) (angemeldet|eingeloggt|registriert) sein, um (einen kommentar|kommentare|zu kommentieren|kommentieren)",
                     "(melde dich|melden sie sich) an, um (einen kommentar|kommentare|zu kommentieren|kommentieren)",
                     "um (zu kommentieren|kommentieren zu können|einen kommentar zu schreiben|einen kommentar abzugeben), (musst du|müssen sie)"),
    "comment_sign_in": ("du kommentierst mit deinem", "klicke ein icon um dich einzuloggen"),
    "site_licence": ("sofern nicht anders (angegeben|ausgewiesen|vermerkt)", "soweit nicht anders (angegeben|vermerkt)", "inhalte dieser (website|seite|webseite) (sind|stehen)", "unter einer creative commons"),
    "page_updated": ("diese seite wurde (zuletzt|letztmals)", "letzte änderung dieser seite"),
    "site_disclaimer": ("(übernehme|übernehmen) (ich|wir) keine (haftung|gewähr)", "keine haftung für die inhalte", "(spiegelt|spiegeln) nicht (unbedingt|notwendigerweise) die"),
    "newsletter_pitch": ("(neue |)beiträge per e-mail", "direkt in (ihr|dein) postfach"),
    # XenForo: "Du musst dich einloggen oder registrieren, um hier zu antworten."
    "reply_gate": ("(einloggen|anmelden|registrieren)(,|) um (hier |)zu (antworten|kommentieren)",
                   "(einloggen|anmelden|registrieren)(,|) um (einen kommentar|eine antwort) zu (schreiben|verfassen)"),
    "paywall": ("registrieren und weiterlesen", "abonnieren und weiterlesen", "möchten sie weiterlesen", "(bereits|schon) abonnent",
                "ich bin abonnent", "(nur|exklusiv) für abonnenten", "um (den artikel |den ganzen artikel |)weiterzulesen"),
    "browser_notice": ("(dein|ihr) browser ist (leider |)(veraltet|nicht mehr aktuell)", "(aktualisieren sie|aktualisiere) (ihren|deinen) browser", "(sie verwenden|du verwendest|sie nutzen|du nutzt) einen veralteten browser", "(dein|ihr) browser wird nicht (mehr |)unterstützt"),
    "affiliate": ("affiliate-link(s|)", "partnerlink(s|)", "werbelink(s|)", "provisions-link(s|)",
                  "provision vom (händler|anbieter|verkäufer|shop)",
                  "(erhalten|bekommen) wir (ggf. |gegebenenfalls |eventuell |)(eine |)(kleine |)provision",
                  # the thanks of the same notice (the English one: cleverhiker.com, fit)
                  "(mit einem|bei einem) kauf über (diese|unsere) links unterstützt (du|ihr|sie) (uns|unsere arbeit)"),
    "picture_credit": ("foto", "fotos", "bild", "bilder", "symbolbild", "symbolfoto", "symbolgrafik", "archivbild", "archivfoto",
                        "beitragsbild", "titelbild", "pressefoto"),
    "courtesy_credit": ("mit freundlicher genehmigung", "mit freundlicher genehmigung von"),
    "picture_place": ("oben", "unten", "(oben|unten) (links|rechts)", "rechts", "im bild", "auf dem (bild|foto)", "von links"),
    "archive_picture": ("archiv", "archivbild", "archivfoto"),
    # the reader's consent on a form (form_consent): "Ja, ich habe die Datenschutzerklärung gelesen", and the
    # consent plugin's notice over an embed: "Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube"
    "form_consent": ("ich habe die (datenschutzerklärung|datenschutzhinweise|datenschutzbestimmungen|datenschutzbedingungen) gelesen",
                     "ich (bin|erkläre mich) mit (der datenschutzerklärung|den datenschutzbestimmungen|den datenschutzhinweisen) einverstanden",
                     "ich akzeptiere die (datenschutzerklärung|datenschutzbestimmungen|datenschutzhinweise)",
                     "(datenschutzerklärung|datenschutzhinweise|datenschutzbestimmungen) zur kenntnis genommen",
                     "akzeptieren sie die datenschutzerklärung von",
                     # the form's notice of what becomes of the data typed into it: "Mit der Nutzung dieses Formulars
                     # erklären Sie sich mit der Speicherung ... einverstanden", "Wenn Sie uns per Kontaktformular ..."
                     "mit der nutzung dieses formulars (erklären sie sich|erklärst du dich|willigen sie|willigst du)",
                     "mit dem absenden (dieses formulars|des formulars) (erklären sie sich|erklärst du dich|willigen sie|willigst du|stimmen sie|stimmst du)",
                     "indem sie unten zur absendung dieses formulars klicken",
                     "wenn (sie uns|du uns|ihr uns) per kontaktformular anfragen zukommen (lassen|lässt|lasst)"),
}
