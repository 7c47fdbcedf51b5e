"""Italian: how Italian pages say each concept of the vocabulary (see __init__.py)."""

LANGUAGE = "it"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("articoli correlati", "notizie correlate", "post correlati", "correlati", "potrebbe interessarti",
                "ti potrebbe interessare", "potrebbero interessarti", "ti potrebbero interessare",
                "sullo stesso argomento", "dello stesso argomento", "altre notizie", "consigliati", "ti consigliamo",
                "altri articoli"),
    "site_sections": ("ultime notizie", "da non perdere", "in evidenza", "ultim'ora"),
    "most_read": ("i più letti", "più letti", "più lette", "le più lette", "i più visti", "più popolari",
                  "più condivisi"),
    "more_from": ("altro (da|su|di) …", "altri articoli (di|su) …", "tutte le notizie (di|su) …"),
    "read_also": ("leggi anche", "vedi anche", "leggi", "guarda anche", "approfondisci", "leggi di più"),
    "comments": ("commenti", "lascia un commento", "scrivi un commento", "lascia una risposta"),
    "forum_chrome": ("commenta", "rispondi", "cita", "segnala"),
    "share": ("condividi", "condividi su facebook", "condividi su twitter", "invia per email", "copia link",
              "seguici"),
    "tools": ("stampa", "salva", "ascolta", "dimensione testo"),
    "newsletter": ("newsletter", "iscriviti", "iscriviti alla newsletter", "abbonati", "accedi", "registrati",
                   "il mio account", "esci"),
    "advertising": ("pubblicità", "annuncio", "contenuto sponsorizzato", "sponsorizzato"),
    "navigation": ("home", "menu", "cerca", "torna su", "torna all'inizio", "indietro", "successivo",
                   "precedente", "articolo successivo", "articolo precedente", "mappa del sito", "vai al contenuto"),
    "legal": ("note legali", "privacy", "informativa privacy", "privacy policy", "cookie policy",
              "informativa sui cookie", "termini e condizioni", "contatti", "chi siamo", "tutti i diritti riservati"),
    "consent": ("accetta", "accetta tutti", "rifiuta", "gestisci cookie", "impostazioni cookie"),
    "tags": ("tag", "tags", "argomenti", "parole chiave", "temi"),
    "author_box": ("sull'autore", "l'autore", "informazioni sull'autore", "chi è l'autore"),
    "sources": ("fonti", "fonte", "bibliografia", "riferimenti"),
    "rating": ("questo articolo ti è stato utile", "vota questo articolo"),
    "controls": ("chiudi", "mostra altro", "carica altro", "leggi di più", "continua a leggere", "vedi tutti",
                 "caricamento", "foto", "video", "galleria", "ingrandisci", "schermo intero"),
}
