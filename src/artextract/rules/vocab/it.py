"""Italian: how Italian pages say each concept of the vocabulary (see __init__.py)."""

LANGUAGE = "it"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("articoli correlati", "notizie correlate", "post correlati", "correlati", "potrebbe interessarti",
                "ti potrebbe interessare", "potrebbero interessarti", "ti potrebbero interessare",
                "sullo stesso argomento", "dello stesso argomento", "altre notizie", "consigliati", "ti consigliamo",
                "altri articoli"),
    "site_sections": ("ultime notizie", "da non perdere", "in evidenza", "ultim'ora"),
    "most_read": ("i più letti", "più letti", "più lette", "le più lette", "i più visti", "più popolari",
                  "commenti recenti", "ultimi commenti",  # a blog's widget of the latest comments (see en)
                  "più condivisi"),
    "more_from": ("altro (da|su|di) …", "altri articoli (di|su) …", "tutte le notizie (di|su) …",
                  # an author archive's link (en's "read more posts by …")
                  "tutti gli articoli di …", "vedi tutti gli articoli di …", "leggi altri articoli di …"),
    "read_also": ("leggi anche", "vedi anche", "leggi", "guarda anche", "approfondisci", "leggi di più"),
    "comments": ("commenti", "(ancora |)nessun commento", "lascia un commento", "lascia il tuo commento", "lasci un commento", "scrivi un commento", "lascia una risposta",
                 # the comment form's notices (as en's)
                 "il tuo indirizzo email non sarà pubblicato",
                 "il tuo indirizzo email non sarà pubblicato. i campi obbligatori sono contrassegnati",
                 "devi essere connesso per inviare un commento"),
    "forum_chrome": ("commenta", "rispondi", "cita", "segnala"),
    "thread_starter": ("autore discussione", "autore della discussione", "iniziato da", "aperto da"),
    "other_date": ("iscritto", "iscritto dal", "registrato", "membro dal", "modificato", "ultima modifica"),
    "share": ("condividi", "condividi su facebook", "condividi su twitter", "invia per email", "copia link",
              "seguici",
              # en's "follow": the button beside an author's or a topic's name (see es.py)
              "segui",
              # en's "follow us on" and "share this article": the social bar's label on a line of its own
              "seguici su", "condividi (questo articolo|questa pagina|questa storia)"),
    "link_prompt": ("scopri di più", "(clicca|clic) qui", "leggi tutto", "continua a leggere", "acquista ora"),
    "share_prompt": ("(fai |fare |)(clic|clicca|click) (qui |)per (condividere|stampare|inviare)",),
    "tools": ("stampa", "salva", "ascolta", "dimensione testo",
              "stampa (la pagina|questa pagina|l'articolo|articolo)", "versione stampabile", "leggi più tardi"),
    "newsletter": ("newsletter", "iscriviti", "iscriviti alla newsletter", "abbonati", "accedi", "registrati",
                   "il mio account", "esci"),
    # a button's call to act now, on a line of its own
    "call_to_action": ("(acquista|compra|ordina|prenota|scarica|dona|iscriviti|abbonati|provalo|prova) (ora|subito|adesso)",),
    "advertising": ("pubblicità", "annuncio", "contenuto sponsorizzato", "sponsorizzato"),
    "navigation": ("ti trovi qui", "sei qui", "home", "menu", "cerca", "torna su", "torna all'inizio", "indietro", "successivo",
                   "precedente", "articolo successivo", "articolo precedente", "mappa del sito", "vai al contenuto"),
    "legal": ("note legali", "privacy", "informativa privacy", "privacy policy", "cookie policy",
              "informativa sui cookie", "termini e condizioni", "contatti", "chi siamo", "tutti i diritti riservati"),
    "consent": ("accetta", "accetta tutti", "rifiuta", "gestisci cookie", "impostazioni cookie",
                # a consent plugin's placeholder where an embed was (see en.py): its buttons
                "carica (il video|il contenuto|la mappa|il podcast|il contenuto esterno)",
                "clicca per caricare (il video|il contenuto)",
                # ... and its button that lifts the block for good (en "Always unblock YouTube")
                "sblocca sempre …"),
    "tags": ("tag", "tags", "argomenti", "parole chiave", "temi"),
    # WordPress's post footer: "Questa voce è stata pubblicata in X e contrassegnata con Y. Contrassegna il permalink."
    "post_filed": ("questa voce è stata pubblicata …",),
    "post_link": ("(precedente|successivo)", "(articolo|post) (precedente|successivo)"),
    "author_box": ("sull'autore", "l'autore", "informazioni sull'autore", "chi è l'autore"),
    "sources": ("fonti", "fonte", "bibliografia", "riferimenti"),
    "rating": ("questo articolo ti è stato utile", "vota questo articolo"),
    "page_feedback": ("invia feedback", "questa pagina ti è stata utile", "questa pagina è stata utile", "hai trovato quello che cercavi"),
    "controls": ("chiudi", "mostra altro", "carica altro", "leggi di più", "continua a leggere", "vedi tutti",
                 "caricamento", "foto", "video", "galleria", "ingrandisci", "schermo intero", "riproduci (il |)video"),
    "whole_list": ("vedi (tutti|tutte|tutto) …",),  # (en "see all …")
    "contents": ("indice", "sommario", "indice dei contenuti", "in questo articolo", "in questa pagina"),
    "byline_label": ("di", "autore", "autrice", "autori", "(scritto|pubblicato|creato) da", "un articolo di", "articolo scritto da", "a cura di"),
    "date_label": ("aggiornato", "aggiornato il", "pubblicato", "pubblicato il", "ultimo aggiornamento"),
    "key_points": ("in sintesi", "in breve", "(i |)punti chiave", "in pillole", "cosa sapere", "riassunto", "(i punti|le cose) più importanti",
                   "in poche parole", "l'essenziale", "(i |)punti principali",
                   # "at a glance" and "summary" (en "at a glance", "summary"; de "auf einen Blick", "Zusammenfassung")
                   "(in un |a |)colpo d'occhio", "riepilogo",
                   # the "key facts" box (en "key facts", de "die wichtigsten Fakten", es "datos clave", pl "najważniejsze fakty")
                   "(i |)fatti chiave", "i fatti principali"),
    "support_appeal": ("offrimi un caffè", "sostienici", "sostieni il (mio|nostro) lavoro", "sostienimi su (patreon|ko-fi)"),
    "house_promo": ("direttamente nella tua casella", "sostieni il nostro giornalismo", "il nostro canale", "canale (telegram|youtube|whatsapp) di", "la nostra newsletter",
                    "la nostra app", "seguici su", "scriveteci", "lettere al direttore"),
    # the comment form's sign-in notice (WordPress: "Devi essere connesso per inviare un commento.")
    "comment_gate": ("(devi|deve) (essere connesso|essere connessa|essere registrato|essere registrata|effettuare il login|accedere) per (inviare|pubblicare|scrivere|lasciare) un commento",
                     "per (commentare|poter commentare) (devi|deve|è necessario)"),
    "comment_sign_in": ("stai commentando usando il tuo account", "clicca su un'icona per effettuare l'accesso"),
    "site_licence": ("salvo dove diversamente indicato", "salvo diversa indicazione", "contenuti di questo sito sono", "licenza creative commons"),
    "page_updated": ("questa pagina è stata (modificata|aggiornata) per l'ultima volta",),
    "site_disclaimer": ("non (riflette|riflettono) necessariamente", "non è responsabile (delle opinioni|dei contenuti)"),
    "newsletter_pitch": ("direttamente nella tua casella", "(nuovi |)articoli via (e-mail|email)"),
    # XenForo: "Devi accedere o registrarti per rispondere qui."
    "reply_gate": ("(accedere|registrarti|registrarsi) per (rispondere|commentare)",),
    "paywall": ("(riservato|riservata|riservati) agli abbonati", "(sei|è) già abbonato",
                "(abbonati|registrati) per (continuare a leggere|leggere)", "per continuare a leggere"),
    "browser_notice": ("il tuo browser (è obsoleto|non è aggiornato|non è più supportato|non è supportato)", "(aggiorna|aggiornare) il (tuo |)browser", "stai (usando|utilizzando) un browser (obsoleto|non aggiornato)"),
    "affiliate": ("link di affiliazione", "link affiliati", "(riceviamo|potremmo ricevere|percepiamo) una (piccola |)commissione",
                  # the passive and the thanks of the same notice (the English ones: upgradedpoints.com, cleverhiker.com, fit)
                  "(potremmo|possiamo) ricevere un compenso",
                  "acquistando tramite (questi|i nostri) link (ci sostieni|sostieni il nostro lavoro)"),
    "picture_credit": ("foto", "immagine", "immagini", "foto d'archivio"),
    "courtesy_credit": ("per gentile concessione di", "cortesia di"),
    "picture_place": ("in (alto|basso)", "a (sinistra|destra)", "nella foto", "nell'immagine", "da sinistra"),
    "archive_picture": ("archivio", "foto d'archivio", "foto di archivio", "immagine d'archivio"),
    # the reader's consent on a form (form_consent): "Ho letto e accetto l'informativa sulla privacy"
    "form_consent": ("ho letto e accetto", "ho letto l'informativa", "accetto (l'informativa sulla privacy|la privacy policy|i termini e le condizioni)",
                     # the form's notice of what becomes of the data typed into it
                     "(utilizzando|inviando|compilando) questo modulo(,|) (accetti|acconsenti|si accetta|l'utente accetta)",
                     "facendo clic qui sotto per (iscriverti|inviare questo modulo)(,|) (riconosci|accetti)",
                     "se ci (invia|invii) richieste tramite il modulo di contatto"),
}
