"""Greek: how Greek pages say each concept of the vocabulary (see __init__.py).

Added as a table of the general concepts, not from phrases seen on pages: the development
sets hold no Greek pages, and users' pages will. Greek capitals drop the accents, so a heading
set in capitals ("ΣΧΕΤΙΚΑ ΑΡΘΡΑ") lower-cases without them: the labels headings print are
given both ways.
"""

LANGUAGE = "el"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("σχετικά άρθρα", "σχετικα αρθρα", "σχετικές ειδήσεις", "σχετικες ειδησεις", "σχετικά", "σχετικα",
                "προτεινόμενα", "προτεινόμενα άρθρα", "μπορεί να σας ενδιαφέρει", "περισσότερα άρθρα",
                "άλλες ειδήσεις", "δείτε ακόμα"),
    "site_sections": ("τελευταίες ειδήσεις", "τελευταιες ειδησεις", "ροή ειδήσεων"),
    "most_read": ("δημοφιλή", "δημοφιλη", "τα πιο δημοφιλή", "πιο δημοφιλή", "τα πιο διαβασμένα",
                  "πιο διαβασμένα", "τα πιο διαβασμενα", "πιο πολυδιαβασμένα"),
    "more_from": ("περισσότερα από …", "όλα τα άρθρα του …", "όλα τα άρθρα της …"),
    "read_also": ("διαβάστε επίσης", "διαβαστε επισης", "διαβάστε ακόμη", "διαβάστε ακόμα", "δείτε επίσης",
                  "διαβάστε"),
    "comments": ("σχόλια", "σχολια", "αφήστε ένα σχόλιο", "αφήστε το σχόλιό σας", "γράψτε ένα σχόλιο",
                 "προσθήκη σχολίου"),
    "forum_chrome": ("απάντηση", "παράθεση", "αναφορά"),
    "share": ("κοινοποίηση", "μοιραστείτε", "μοιραστείτε το", "αντιγραφή συνδέσμου", "ακολουθήστε μας"),
    "tools": ("εκτύπωση", "αποθήκευση", "μέγεθος γραμματοσειράς"),
    "newsletter": ("εγγραφή", "εγγραφείτε", "εγγραφή στο newsletter", "σύνδεση", "αποσύνδεση", "ο λογαριασμός μου",
                   "συνδρομή"),
    "advertising": ("διαφήμιση", "διαφημιση", "χορηγούμενο", "χορηγούμενο περιεχόμενο"),
    "navigation": ("αρχική", "αρχική σελίδα", "μενού", "αναζήτηση", "πίσω", "επόμενο", "προηγούμενο", "επόμενο άρθρο",
                   "προηγούμενο άρθρο", "χάρτης ιστότοπου", "μετάβαση στο περιεχόμενο"),
    "legal": ("πολιτική απορρήτου", "όροι χρήσης", "επικοινωνία", "ποιοι είμαστε", "σχετικά με εμάς",
              "όροι και προϋποθέσεις", "με επιφύλαξη παντός δικαιώματος"),
    "consent": ("αποδοχή", "αποδοχή όλων", "απόρριψη", "συμφωνώ", "ρυθμίσεις cookies"),
    "tags": ("ετικέτες", "ετικετες", "θέματα", "λέξεις-κλειδιά"),
    "author_box": ("σχετικά με τον συγγραφέα", "για τον συγγραφέα"),
    "sources": ("πηγές", "πηγες", "πηγή", "βιβλιογραφία"),
    "controls": ("κλείσιμο", "περισσότερα", "φόρτωση περισσότερων", "διαβάστε περισσότερα", "φόρτωση", "φωτογραφία",
                 "φωτογραφίες", "βίντεο", "μεγέθυνση", "πλήρης οθόνη"),
    "contents": ("περιεχόμενα", "πίνακας περιεχομένων", "σε αυτό το άρθρο"),
    # "Γράφει ο Γιώργος Παπαδόπουλος", "Γράφει η Μαρία ...": "writes", then the article, then the name
    "byline_label": ("συντάκτης", "συντάκτρια", "συγγραφέας", "γράφει ο", "γράφει η", "γράφουν οι"),
    "date_label": ("δημοσίευση", "δημοσιεύθηκε", "ενημέρωση", "ενημερώθηκε", "τελευταία ενημέρωση"),
    "key_points": ("με μια ματιά", "εν συντομία", "περίληψη"),
    # "Ακολουθήστε το <site> στο Google News" closes Greek news articles
    "house_promo": ("στο google news", "κατεβάστε την εφαρμογή", "το κανάλι μας"),
    "picture_credit": ("φωτογραφία", "εικόνα"),
    # The concepts this table lacked, as the language's sites and their forum and wiki software
    # print them (no development page is in this language).
    "rating": ("σας βοήθησε αυτό το άρθρο", "βαθμολογήστε το άρθρο"),
    "page_feedback": ("ήταν χρήσιμη αυτή η σελίδα", "αποστολή σχολίων"),
    "paywall": ("μόνο για συνδρομητές", "είστε ήδη συνδρομητής"),
    "other_date": ("μέλος από", "επεξεργάστηκε", "τελευταία επεξεργασία"),
    "page_updated": ("η σελίδα αυτή τροποποιήθηκε τελευταία φορά",),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(προηγούμενο|επόμενο)", "(προηγούμενο|επόμενο) άρθρο"),
    "comment_gate": ("πρέπει να (συνδεθείτε|είστε συνδεδεμένος|είστε συνδεδεμένοι) για να (σχολιάσετε|δημοσιεύσετε ένα σχόλιο)",),
    "site_disclaimer": ("δεν (εκφράζουν|απηχούν|αντιπροσωπεύουν) απαραίτητα",),
    "form_consent": ("έχω διαβάσει και αποδέχομαι", "αποδέχομαι (τους όρους|την πολιτική απορρήτου)"),
    # Concepts this table lacked (thirty-eighth session), those below: the words of general concepts as the
    # language's sites and WordPress's translations print them, not phrases seen on pages (no development
    # page is in this language); fewer, certain entries, none common in running prose.
    "call_to_action": ("(αγοράστε|παραγγείλτε|κατεβάστε|κλείστε) τώρα", "κάντε κράτηση τώρα"),
    "share_prompt": ("(κάντε κλικ|πατήστε) για κοινοποίηση (στο|στη|στην|μέσω) …", "(κάντε κλικ|πατήστε) για εκτύπωση"),
}
