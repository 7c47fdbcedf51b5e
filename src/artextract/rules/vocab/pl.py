"""Polish: how Polish pages say each concept of the vocabulary (see __init__.py)."""

LANGUAGE = "pl"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("podobne artykuły", "powiązane artykuły", "powiązane", "polecane", "polecamy", "polecane artykuły",
                "więcej artykułów", "więcej wiadomości", "może cię zainteresować", "to może cię zainteresować",
                "inne artykuły"),
    "site_sections": ("najnowsze", "najnowsze artykuły", "najnowsze wiadomości", "na czasie", "wyróżnione"),
    "most_read": ("najczęściej czytane", "najpopularniejsze", "najchętniej czytane", "najczęściej komentowane",
                  "najnowsze komentarze", "ostatnie komentarze",  # a blog's widget of the latest comments (see en)
                  ),
    "more_from": ("więcej (z|o|na temat) …", "najnowsze (z|w) …", "inne artykuły (z|o) …",
                  # an author archive's link (en's "read more posts by …")
                  "więcej artykułów (autora|od) …", "wszystkie artykuły autora …", "zobacz wszystkie artykuły autora …"),
    "read_also": ("czytaj (też|także|również)", "zobacz (też|także|również)", "przeczytaj (też|także|również)",
                  "czytaj", "zobacz", "czytaj więcej", "więcej"),
    "comments": ("komentarze", "(jeszcze |)brak komentarzy", "dodaj komentarz", "napisz komentarz", "komentarze czytelników"),
    # a thread's prompt to log in or register before replying (forum software's translations)
    "reply_gate": ("(zalogować|zarejestrować|zaloguj|zarejestruj)( się|)(,|) (aby|żeby) (tutaj |)(odpowiedzieć|skomentować|dodać komentarz)",),
    "forum_chrome": ("skomentuj", "odpowiedz", "cytuj", "zgłoś"),
    "thread_starter": ("autor wątku", "rozpoczęty przez", "zaczęty przez"),
    "other_date": ("dołączył", "dołączyła", "zarejestrowany", "członek od", "edytowany", "ostatnio edytowany", "zmieniony"),
    "share": ("udostępnij", "podziel się", "udostępnij na facebooku", "wyślij e-mailem", "kopiuj link",
              "obserwuj nas",
              # en's "follow": the button beside an author's or a topic's name (see es.py)
              "obserwuj"),
    "link_prompt": ("dowiedz się więcej", "kliknij (tutaj|tu)", "czytaj dalej", "kup teraz"),
    "share_prompt": ("kliknij(,|) aby (udostępnić|wydrukować|wysłać)",),
    "tools": ("drukuj", "zapisz", "posłuchaj", "odsłuchaj", "rozmiar czcionki",
              "drukuj (stronę|artykuł)", "wersja do druku", "przeczytaj później"),
    "newsletter": ("newsletter", "zapisz się", "zapisz się do newslettera", "subskrybuj", "zaloguj się",
                   "zaloguj", "zarejestruj się", "moje konto", "wyloguj"),
    "advertising": ("reklama", "artykuł sponsorowany", "sponsorowane", "materiał sponsorowany",
                    "materiał partnera"),
    "navigation": ("jesteś tutaj", "strona główna", "menu", "szukaj", "wyszukaj", "powrót", "wróć", "do góry", "następny",
                   "poprzedni", "następny artykuł", "poprzedni artykuł", "mapa strony", "przejdź do treści"),
    "legal": ("polityka prywatności", "polityka cookies", "regulamin", "kontakt", "o nas",
              "wszelkie prawa zastrzeżone", "redakcja"),
    "consent": ("akceptuję", "akceptuj", "zaakceptuj wszystkie", "odrzuć", "ustawienia cookies", "zgadzam się",
                # a consent plugin's placeholder where an embed was (see en.py): its buttons
                "(załaduj|wczytaj) (wideo|film|treść|mapę|podcast|treści zewnętrzne)",
                # ... and its button that lifts the block for good (en "Always unblock YouTube")
                "zawsze (odblokowuj|odblokuj) …"),
    "tags": ("tagi", "tematy", "słowa kluczowe", "kategorie"),
    # WordPress's post footer: "Ten wpis został opublikowany w kategorii X i oznaczony tagami Y. Dodaj zakładkę do
    # bezpośredniego odnośnika." (the other languages' tables carry the same line)
    "post_filed": ("(ten |)wpis został opublikowany …",),
    "author_box": ("o autorze", "o autorce"),
    "sources": ("źródła", "źródło", "bibliografia", "przypisy"),
    "rating": ("czy ten artykuł był pomocny", "oceń artykuł"),
    "page_feedback": ("prześlij opinię", "wyślij opinię", "czy ta strona była pomocna", "czy znalazłeś to, czego szukałeś"),
    "controls": ("zamknij", "pokaż więcej", "załaduj więcej", "czytaj dalej", "czytaj więcej", "zobacz wszystkie",
                 "ładowanie", "zdjęcie", "wideo", "galeria", "powiększ", "pełny ekran", "odtwórz (wideo|film)"),
    "whole_list": ("zobacz (wszystkie|wszystko) …",),  # (en "see all …")
    "contents": ("spis treści", "w tym artykule", "na tej stronie"),
    "byline_label": ("autor", "autorka", "autorzy", "napisał", "napisała", "artykuł napisany przez", "(utworzone|utworzono) przez"),
    "date_label": ("aktualizacja", "zaktualizowano", "opublikowano", "data publikacji", "data aktualizacji"),
    "key_points": ("najważniejsze informacje", "w skrócie", "najważniejsze", "w pigułce", "kluczowe informacje",
                   "najważniejsze fakty", "podsumowanie",
                   "najważniejsze w skrócie", "w telegraficznym skrócie", "kluczowe wnioski", "najważniejsze punkty",
                   # "key points" (en "key points", de "die wichtigsten Punkte"): "kluczowe punkty"
                   "kluczowe punkty"),
    "support_appeal": ("postaw mi kawę", "wesprzyj nas", "wesprzyj (moją|naszą) (pracę|działalność)"),
    "house_promo": ("prosto na twoją skrzynkę", "wesprzyj nasze dziennikarstwo", "nasz kanał", "kanał na (youtube|telegramie)", "nasz newsletter", "naszą aplikację",
                    "obserwuj nas", "napisz do nas", "list do redakcji"),
    "site_licence": ("o ile nie zaznaczono inaczej", "treści tej strony", "licencji creative commons"),
    "page_updated": ("tę stronę ostatnio (edytowano|zmodyfikowano|zaktualizowano)", "ostatnia edycja tej strony"),
    "site_disclaimer": ("nie (odzwierciedla|odzwierciedlają) (poglądów|stanowiska)", "nie ponosi odpowiedzialności za (treść|treści|opinie)"),
    "newsletter_pitch": ("prosto na (twoją|swoją) skrzynkę", "(nowe |)wpisy (e-mailem|mailem)"),
    "paywall": ("(tylko|wyłącznie) dla (prenumeratorów|subskrybentów)", "(masz już|posiadasz) (prenumeratę|subskrypcję)",
                "aby (przeczytać|czytać) (cały artykuł|dalej)"),
    "browser_notice": ("twoja przeglądarka jest (przestarzała|nieaktualna)", "(zaktualizuj|zaktualizować) (swoją |)przeglądarkę", "(korzystasz|używasz) (z |)(przestarzałej|nieaktualnej) przeglądarki"),
    "affiliate": ("linki afiliacyjne", "linki partnerskie", "linków afiliacyjnych", "(otrzymujemy|możemy otrzymać) prowizję"),
    "picture_credit": ("foto", "zdjęcie", "zdjęcia"),
    "courtesy_credit": ("dzięki uprzejmości",),
    # the reader's consent on a form (form_consent): "Zapoznałem się z polityką prywatności i akceptuję jej treść"
    "form_consent": ("(zapoznałem|zapoznałam|zapoznałem/am) się z (polityką prywatności|regulaminem)",
                     "akceptuję (politykę prywatności|regulamin)",
                     # the form's notice of what becomes of the data typed into it
                     "(wysyłając|wypełniając) (ten |)formularz(,|) (wyrażasz zgodę|akceptujesz|zgadzasz się)",
                     "korzystając z (tego |)formularza(,|) (wyrażasz zgodę|akceptujesz|zgadzasz się)"),
    # A picture's place before its caption (picture_place): the words of the general concept, not
    # phrases seen on pages.
    "picture_place": ("na zdjęciu", "na zdjęciach", "od lewej", "powyżej", "poniżej"),
    "archive_picture": ("archiwum", "zdjęcie archiwalne", "fot. archiwum"),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(poprzedni|następny)", "(poprzedni|następny) (wpis|artykuł|post)"),
    "call_to_action": ("(zamów|kup|pobierz|zarezerwuj) (teraz|już teraz)",),
    "comment_gate": ("musisz (się zalogować|być zalogowany|być zalogowana)(,|) aby (móc |)(dodać|opublikować|napisać) komentarz",),
}
