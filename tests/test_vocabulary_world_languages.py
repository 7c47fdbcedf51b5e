"""The vocabulary tables of the languages the development data has (next to) no pages in:
ru, uk, tr, hu, ro, el, id, vi (rules/vocab/ru.py ...). Each entry group is shown doing its work on
a line as such pages print it: a related box's label ends the text, a "read also" teaser is
furniture, a byline's label leaves the name, a picture's label splits the credit off."""

import pytest

from artextract import authors, signals, vocabulary
from artextract.rules import text as rules
from artextract.rules.vocab import TABLES

NEW_LANGUAGES = ["ru", "uk", "tr", "hu", "ro", "el", "id", "vi"]


@pytest.mark.parametrize("language", NEW_LANGUAGES)
def test_each_new_language_states_the_main_concepts(language):
    for concept in ("related", "most_read", "comments", "share", "navigation", "legal", "newsletter", "advertising",
                    "byline_label", "date_label", "picture_credit"):
        assert TABLES[language].get(concept), (language, concept)


@pytest.mark.parametrize(
    ("label", "concept"),
    [("Читайте также", "related"), ("ЧИТАЙТЕ ТАКЖЕ", "related"), ("Самое читаемое", "most_read"),
     ("Читайте також", "related"), ("Найпопулярніше", "most_read"),
     # Turkish capitals: "İ" lower-cases to "i" and a combining dot
     ("İlgili Haberler", "related"), ("İLGİLİ HABERLER", "related"), ("En çok okunanlar", "most_read"),
     ("Kapcsolódó cikkek", "related"), ("Legolvasottabb", "most_read"),
     ("Articole similare", "related"), ("Cele mai citite", "most_read"),
     # Greek capitals drop the accents
     ("Σχετικά άρθρα", "related"), ("ΣΧΕΤΙΚΑ ΑΡΘΡΑ", "related"), ("Τα πιο δημοφιλή", "most_read"),
     ("Berita Terkait", "related"), ("ARTIKEL TERKAIT", "related"), ("Terpopuler", "most_read"),
     ("Tin liên quan", "related"), ("BÀI VIẾT LIÊN QUAN", "related"), ("Đọc nhiều nhất", "most_read")],
)
def test_end_matter_labels_of_the_new_languages(label, concept):
    assert vocabulary.end_matter_concept(signals.normalise(label)) == concept


@pytest.mark.parametrize(
    "line",
    ["Комментарии", "Поделиться", "Коментарі", "Поділитися", "Yorumlar", "Paylaş", "Hozzászólások", "Megosztás",
     "Comentarii", "Distribuie", "Σχόλια", "Κοινοποίηση", "Ana Sayfa", "Főoldal", "Acasă", "Αρχική", "Главная",
     "Komentar", "Bagikan", "Tinggalkan Balasan", "Beranda", "Bình luận", "Chia sẻ", "Để lại một bình luận", "Trang chủ"],
)
def test_furniture_lines_of_the_new_languages(line):
    assert vocabulary.furniture_line(signals.normalise(line)) is not None


@pytest.mark.parametrize(
    "line",
    ["Читайте также: Мост через Волгу закроют на ремонт", "Читайте також: Міст через Дніпро закриють",
     "Ayrıca okuyun: Metro seferleri hafta sonu aksayacak", "Olvassa el ezt is: Lezárják a Lánchidat",
     "Citește și: Podul de la Cernavodă se închide", "Citeşte şi: Podul de la Cernavodă se închide",
     "Διαβάστε επίσης: Κλειστή η γέφυρα του Ρίου", "Baca juga: Jembatan Suramadu ditutup sementara",
     "Xem thêm: Cầu Long Biên tạm đóng cửa"],
)
def test_read_also_teasers_of_the_new_languages(line):
    assert vocabulary.furniture_line(signals.normalise(line)) == "read_also"


@pytest.mark.parametrize(
    "line",
    # sentences holding a label's words are the article's
    ["Читайте также наши материалы о реформе, сказал министр, и добавил, что работа продолжится.",
     "Yorumlar çok olumluydu ve belediye yeni hatları da planlıyor.",
     "A kapcsolódó cikkek szerint a hidat jövőre újítják fel teljesen.",
     "Komentar warga di media sosial sebagian besar mendukung rencana jembatan baru itu.",
     "Bình luận của người dân trên mạng xã hội phần lớn ủng hộ kế hoạch xây cầu mới."],
)
def test_sentences_with_a_label_are_no_furniture(line):
    key = signals.normalise(line)
    assert vocabulary.furniture_line(key) is None
    assert vocabulary.end_matter_concept(key) is None


@pytest.mark.parametrize(
    ("byline", "name"),
    [("Автор: Ирина Соколова", "Ирина Соколова"), ("Авторка: Олена Коваль", "Олена Коваль"),
     ("Yazar: Elif Demir", "Elif Demir"), ("Szerző: Kovács Anna", "Kovács Anna"), ("Írta: Kovács Anna", "Kovács Anna"),
     ("Scris de Ion Popescu", "Ion Popescu"), ("Συντάκτης: Γιώργος Παπαδόπουλος", "Γιώργος Παπαδόπουλος"),
     ("Oleh Budi Santoso", "Budi Santoso"), ("Penulis: Siti Rahayu", "Siti Rahayu"),
     ("Tác giả: Nguyễn Văn An", "Nguyễn Văn An"), ("Bởi Trần Thị Mai", "Trần Thị Mai"),
     # the article's author, with its colon (rules.metadata COLON_BYLINE_PREFIXES): the label's first
     # word "автор" alone would leave "статьи:" on the name; be and sr, which have no table
     ("Автор статьи: Мария Кузнецова", "Мария Кузнецова"), ("Автор статті: Марія Коваленко", "Марія Коваленко"),
     ("Аўтар: Іван Пятроў", "Іван Пятроў"), ("Аутор: Марко Марковић", "Марко Марковић"),
     ("Teksti: Matti Virtanen", "Matti Virtanen")],
)
def test_byline_labels_of_the_new_languages_leave_the_name(byline, name):
    assert authors.clean_authors(byline) == [name]


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [("Новый вокзал принял первых пассажиров. Фото: Андрей Волков", "Новый вокзал принял первых пассажиров.",
      "Андрей Волков"),
     ("Міст уночі. Світлина: Олена Коваль", "Міст уночі.", "Олена Коваль"),
     ("Tramvay ilk yolcularını taşıdı. Görsel: Ali Kaya", "Tramvay ilk yolcularını taşıdı.", "Ali Kaya"),
     ("A híd éjjel. Fotó: MTI/Kovács Anna", "A híd éjjel.", "MTI/Kovács Anna"),
     ("Podul noaptea. Fotografie: Ion Popescu", "Podul noaptea.", "Ion Popescu"),
     ("Η γέφυρα τη νύχτα. Φωτογραφία: Eurokinissi", "Η γέφυρα τη νύχτα.", "Eurokinissi")],
)
def test_picture_labels_of_the_new_languages_split_the_credit(caption, text, credit):
    assert signals.split_credit(caption) == (text, credit)


@pytest.mark.parametrize(
    ("byline", "name"),
    [("Γράφει ο Γιώργος Παπαδόπουλος", "Γιώργος Παπαδόπουλος"), ("Γράφει η Μαρία Παπαδοπούλου", "Μαρία Παπαδοπούλου"),
     # a post and its place are cut before the names are read (rules.metadata BYLINE_PLACED_ROLES)
     ("Иван Петров, корреспондент в Москве", "Иван Петров"), ("Jan Novák, zpravodaj v Bruselu", "Jan Novák")],
)
def test_greek_writes_and_placed_roles_leave_the_name(byline, name):
    assert authors.clean_authors(byline) == [name]


@pytest.mark.parametrize(
    ("label", "concept"),
    [("この著者の記事", "more_from"), ("이 기자의 다른 기사", "more_from"), ("该作者的其他文章", "more_from"),
     ("このページは役に立ちましたか", "page_feedback"), ("Oliko tästä sivusta apua", "page_feedback"),
     ("Byla tato stránka užitečná", "page_feedback"), ("Hasznos volt ez az oldal", "page_feedback")],
)
def test_labels_the_tables_lacked_end_the_text(label, concept):
    assert vocabulary.end_matter_concept(signals.normalise(label)) == concept


@pytest.mark.parametrize(
    "paragraph",
    ["この記事は有料会員限定です。", "유료 회원 전용 기사입니다. 이미 구독 중이신가요?", "付费内容，订阅后阅读全文。",
     "Redan prenumerant? Logga in.", "Allerede abonnent? Log ind.", "Oletko jo tilaaja? Kirjaudu sisään.",
     "Článek je pouze pro předplatitele.", "Sadece abonelere özel içerik.", "Csak előfizetőknek.",
     "Articol disponibil doar pentru abonați.", "Μόνο για συνδρομητές. Είστε ήδη συνδρομητής;"],
)
def test_paywall_prompts_of_more_languages(paragraph):
    assert vocabulary.cuts_article(paragraph)


@pytest.mark.parametrize(
    "line", ["返信", "引用", "답글", "回复", "この記事は役に立ちましたか", "Arvioi artikkeli"],
)
def test_forum_tools_and_ratings_of_more_languages_are_furniture(line):
    assert vocabulary.furniture_line(signals.normalise(line)) is not None


def test_the_article_authors_label_alone_heads_the_authors_box():
    # without its colon "Автор статьи" is the author box's heading (author_box), not a byline
    assert authors.clean_authors("Автор статьи Мария Кузнецова") == []
    assert vocabulary.end_matter_concept(signals.normalise("Автор статьи")) == "author_box"


@pytest.mark.parametrize(
    ("line", "concept"),
    # Arabic, Hebrew and Hindi (rules/vocab/ar.py, he.py, hi.py): end labels, furniture, teaser lines
    [("مقالات ذات صلة", "related"), ("الأكثر قراءة", "most_read"), ("כתבות נוספות", "related"),
     ("הכי נקראים", "most_read"), ("संबंधित खबरें", "related"), ("सबसे ज्यादा पढ़ी गई", "most_read")],
)
def test_end_labels_of_arabic_hebrew_and_hindi(line, concept):
    assert vocabulary.end_matter_concept(signals.normalise(line)) == concept


@pytest.mark.parametrize(
    ("line", "concept"),
    [("التعليقات", "comments"), ("شارك", "share"), ("תגובות", "comments"), ("שתפו", "share"),
     ("टिप्पणियाँ", "comments"), ("शेयर करें", "share"),
     # "also" with its tanwin, as most Arabic sites print it
     ("اقرأ أيضاً: ترميم السوق القديم في المدينة", "read_also"), ("קראו גם: השוק הישן ישופץ", "read_also"),
     ("यह भी पढ़ें: पुराने बाजार की मरम्मत होगी", "read_also")],
)
def test_furniture_of_arabic_hebrew_and_hindi(line, concept):
    assert vocabulary.furniture_line(signals.normalise(line)) == concept


def test_arabic_and_hebrew_sentences_with_a_label_are_no_furniture():
    for line in ("التعليقات كانت إيجابية جدا من سكان المدينة الذين رحبوا بالخطة",
                 "תגובות התושבים היו חיוביות מאוד לתוכנית החדשה של העירייה"):
        key = signals.normalise(line)
        assert vocabulary.furniture_line(key) is None and vocabulary.end_matter_concept(key) is None


def test_thai_states_the_main_concepts_in_normalised_form():
    import unicodedata

    for concept in ("related", "most_read", "comments", "share", "navigation", "legal", "newsletter", "advertising",
                    "byline_label", "date_label", "picture_credit"):
        assert TABLES["th"].get(concept), concept
    # signals.normalise (NFKC) parts the vowel "ำ": an entry holding it would never match a line
    for phrases in TABLES["th"].values():
        assert all(unicodedata.normalize("NFKC", phrase) == phrase for phrase in phrases)


@pytest.mark.parametrize(
    ("line", "concept"),
    [("ข่าวที่เกี่ยวข้อง", "related"), ("อ่านมากที่สุด", "most_read"), ("บทความที่เกี่ยวข้อง", "related")],
)
def test_end_labels_of_thai(line, concept):
    assert vocabulary.end_matter_concept(signals.normalise(line)) == concept


@pytest.mark.parametrize(
    ("line", "concept"),
    [("แชร์", "share"), ("หน้าแรก", "navigation"), ("ความคิดเห็น", "comments"), ("อ่านเพิ่มเติม: ตลาดเก่าของเมืองจะได้รับการซ่อมแซม", "read_also")],
)
def test_furniture_of_thai(line, concept):
    assert vocabulary.furniture_line(signals.normalise(line)) == concept


@pytest.mark.parametrize(
    ("byline", "name"),
    # scripts without capitals: the label says a name follows (authors._is_name_word)
    [("بقلم: محمد أحمد", "محمد أحمد"), ("מאת ישראל ישראלי", "ישראל ישראלי"), ("लेखक: राहुल शर्मा", "राहुल शर्मा"),
     ("โดย สมชาย ใจดี", "สมชาย ใจดี")],
)
def test_a_label_reads_the_name_in_scripts_without_capitals(byline, name):
    assert authors.clean_authors(byline) == [name]
    assert authors.looks_like_byline(byline)


@pytest.mark.parametrize(
    "line",
    # without a label, words of these scripts are no name; nor is a sentence after one
    ["محمد أحمد", "राहुल शर्मा", "โดย นายกรัฐมนตรีกล่าวว่าจะมีการประชุม ในวันพรุ่งนี้ ที่ทำเนียบรัฐบาล เพื่อหารือเรื่องงบประมาณ"],
)
def test_words_without_capitals_and_no_label_are_no_name(line):
    assert authors.clean_authors(line) == []


@pytest.mark.parametrize(
    "paragraph",
    # a thread's prompt to log in before replying, as forum software translates it: the thread ends above it
    ["Musisz się zalogować lub zarejestrować, aby tutaj odpowiedzieć.", "Вы должны войти или зарегистрироваться, чтобы ответить тут.",
     "Ви повинні увійти або зареєструватися, щоб відповісти тут.", "Du måste logga in eller registrera dig för att svara här.",
     "Du skal logge ind eller registrere dig for at svare her.", "Du må logge inn eller registrere deg for å svare her.",
     "Sinun täytyy kirjautua sisään tai rekisteröityä vastataksesi tähän.",
     "Musíte se přihlásit nebo zaregistrovat, abyste mohli odpovídat.", "Pro přidání komentáře se musíte přihlásit.",
     "Cevap yazmak için giriş yapmalı veya kayıt olmalısınız.", "Yorum yapmak için giriş yapmalısınız."],
)
def test_reply_gates_of_more_languages(paragraph):
    assert vocabulary.cuts_article(paragraph)


@pytest.mark.parametrize("label", ["أبرز النقاط", "בקצרה", "खास बातें", "ประเด็นสำคัญ"])
def test_key_point_labels_in_arabic_hebrew_hindi_and_thai(label):
    # normalised as a page's line is (Thai's "ำ" is written in NFKC's form in the table)
    assert vocabulary.key_point_label(signals.normalise(label))


@pytest.mark.parametrize(
    "paragraph",
    ["هذا المقال للمشتركين فقط.", "הכתבה למנויים בלבד.", "यह लेख केवल सब्सक्राइबर्स के लिए है।",
     "สำหรับสมาชิกเท่านั้น", "Nội dung chỉ dành cho thành viên."],
)
def test_paywall_prompts_of_arabic_hebrew_hindi_thai_and_vietnamese(paragraph):
    assert vocabulary.cuts_article(signals.normalise(paragraph))


@pytest.mark.parametrize(
    "line",
    ["Na zdjęciu: prezydent miasta otwiera nowy most", "На фото: мэр города открывает новый мост",
     "Ліворуч: новий міст через річку", "Na snímku: starosta otevírá nový most", "På bilden: den nya bron över älven",
     "Kuvassa: kaupungin uusi silta", "Fotoğrafta: belediye başkanı yeni köprüyü açıyor"],
)
def test_a_caption_opening_on_its_pictures_place_in_more_languages(line):
    assert rules.CAPTION_PLACE_LABEL.match(line)


# The concepts the tables of the languages east and north of the development data lacked (thirty-seventh
# session): a button's call to act, a blog's link to its neighbouring post, the comment form's log-in
# notice, the site's disclaimer, a form's consent line. Each on a line as such a page prints it.
@pytest.mark.parametrize("line", [
    "Köp nu", "Bestil nu", "Last ned nå", "Tilaa nyt", "Objednat nyní", "Kup teraz", "Hemen satın al", "Comandă acum",
    "Beli Sekarang", "Mua ngay", "今すぐ購入", "立即下载", "立即購買", "지금 구매하기", "احجز الآن", "הזמינו עכשיו",
    "अभी खरीदें", "ซื้อเลย",
])
def test_a_buttons_call_to_act_in_more_languages_is_furniture(line):
    assert signals.boilerplate_reason(line) == f"call_to_action phrase '{signals.normalise(line)}'"


@pytest.mark.parametrize("line", [
    "Nästa inlägg: Sommaren i Stockholm", "Forrige indlæg: Vinter i byen", "Seuraava artikkeli: Kesä tuli",
    "Předchozí článek: Nový most", "Poprzedni wpis: Nowy most", "Следующая статья: Новый мост", "Попередня новина: Новий міст",
    "Önceki Yazı: Yeni köprü", "Επόμενο άρθρο: Νέα γέφυρα", "Következő cikk: Új híd", "Articolul următor: Podul nou",
    "Artikel Sebelumnya: Jembatan baru", "Bài tiếp theo: Cây cầu mới", "次の記事：新しい駅が開業", "下一篇：城市新地铁开通",
    "다음 글: 새 다리", "المقال التالي: جسر جديد", "הפוסט הבא: גשר חדש", "अगली खबर: नया पुल", "บทความถัดไป: สะพานใหม่",
    "Nästa inläggSommaren i Stockholm",  # a theme gluing the title to the label and its noun
    # ... with the title's capital in Central European Latin, Cyrillic or Greek
    "Poprzedni wpisŁódź nocą", "Следующая статьяНовый мост", "Επόμενο άρθροΝέα γέφυρα", "Předchozí článekŘeka v noci",
])
def test_a_link_to_the_next_post_in_more_languages(line):
    assert rules.POST_LINK_LINE.match(line)


@pytest.mark.parametrize("paragraph", [
    "Du måste vara inloggad för att publicera en kommentar.", "Du skal være logget ind for at skrive en kommentar.",
    "Du må være logget inn for å skrive en kommentar.", "Sinun täytyy olla kirjautunut sisään kommentoidaksesi.",
    "Musisz się zalogować, aby móc dodać komentarz.", "Для отправки комментария вам необходимо авторизоваться.",
    "Ви повинні увійти, щоб залишити коментар.", "Yorum yapabilmek için giriş yapmalısınız.",
    "Πρέπει να συνδεθείτε για να σχολιάσετε.", "Hozzászólás küldéséhez be kell jelentkezni.",
    "Trebuie să fii autentificat pentru a publica un comentariu.", "Anda harus masuk untuk mengirim komentar.",
    "Bạn phải đăng nhập để gửi bình luận.", "コメントを投稿するにはログインしてください。", "您必须登录才能发表评论。",
    "עליך להתחבר כדי להגיב.",
    # the site's disclaimer
    "Åsikterna speglar inte nödvändigtvis redaktionens.", "Názory autorů nemusí nutně odrážet názor redakce.",
    "Мнение редакции может не совпадать с мнением автора.", "Думка редакції може не збігатися з думкою автора.",
    "Yazıların sorumluluğu yazarlarına aittir.", "Οι απόψεις δεν εκφράζουν απαραίτητα την άποψη της σύνταξης.",
    "A cikk nem feltétlenül tükrözi a szerkesztőség álláspontját.", "Opiniile nu reflectă neapărat poziția redacției.",
    "本文仅代表作者观点，不代表本站立场。", "المقالات المنشورة لا تعبر بالضرورة عن رأي الموقع.",
    "הדעות אינן משקפות בהכרח את עמדת המערכת.",
    # (thirty-eighth session) the comment form's log-in notice in cs ko ar hi, the site's disclaimer in fi ja ko vi hi
    "Pro přidávání komentářů se musíte nejdříve přihlásit.", "댓글을 작성하려면 로그인해야 합니다.",
    "يجب عليك تسجيل الدخول لكتابة تعليق.", "टिप्पणी पोस्ट करने के लिए आपको लॉग इन करना होगा।",
    "Kirjoitukset eivät välttämättä edusta toimituksen näkemyksiä.", "本記事の内容は当社の見解を反映するものではありません。",
    "칼럼 내용은 본지의 편집방향과 다를 수 있습니다.", "Bài viết không nhất thiết phản ánh quan điểm của tòa soạn.",
    "ये लेखक के निजी विचार हैं।",
])
def test_comment_gates_and_disclaimers_of_more_languages_close_no_article(paragraph):
    assert vocabulary.closing_promo(paragraph)


@pytest.mark.parametrize("line", [
    "Jag har läst och godkänner integritetspolicyn", "Jeg har lest og godtar vilkårene",
    "Olen lukenut ja hyväksyn tietosuojaselosteen", "Souhlasím se zpracováním osobních údajů",
    "Я даю согласие на обработку персональных данных", "Я погоджуюсь на обробку персональних даних",
    "Okudum ve kabul ediyorum", "Έχω διαβάσει και αποδέχομαι τους όρους", "Elolvastam és elfogadom az adatkezelési tájékoztatót",
    "Am citit și sunt de acord cu politica de confidențialitate", "Saya telah membaca dan menyetujui kebijakan privasi",
    "Tôi đồng ý với điều khoản sử dụng",
    # (thirty-eighth session) the consent line in ja zh ko ar he hi; a sign-up box's offer to mail the posts, a
    # comment form's sign-in line (WordPress's translations)
    "プライバシーポリシーに同意する", "我已阅读并同意隐私政策", "我已閱讀並同意服務條款", "개인정보 수집 및 이용에 동의합니다",
    "لقد قرأت وأوافق على سياسة الخصوصية", "קראתי ואני מסכים לתנאי השימוש", "मैं नियम और शर्तों से सहमत हूँ",
    "Få nya inlägg via e-post", "Modtag nye indlæg via e-mail", "Du kommenterer med din WordPress.com konto",
    "Olet kommentoimassa WordPress.com -tilin nimissä", "WordPress.com アカウントを使ってコメントしています。",
    "Получайте новые статьи на почту",
])
def test_a_forms_consent_line_in_more_languages_is_the_sites_notice(line):
    assert vocabulary.site_notice(signals.normalise(line))


@pytest.mark.parametrize("line", [
    "Kommunen godkänner planen för den nya bron i morgon.", "Ministerstvo souhlasí s návrhem.",
    "Sonraki yıllarda şehir büyüdü.", "Следующая неделя будет тёплой.",
    "Vietnam và Lào đồng ý với kế hoạch mới về thương mại.", "Saya setuju dengan pendapat menteri soal harga beras.",
    "Kup teraz, mówi sprzedawca na targu w centrum miasta.",
    "Следующая статьями займётся редакция",  # the label's words run on in lower case: no glued title
])
def test_sentences_with_those_words_are_the_texts(line):
    assert signals.boilerplate_reason(line) is None
    assert not vocabulary.closing_promo(line)
    assert not rules.POST_LINK_LINE.match(line)


def test_a_thai_label_is_read_alone_on_its_line_never_inside_running_thai():
    # Thai writes no space between words: a label is its own line, and a phrase of the tables inside a
    # sentence ("he reads articles related to the Thai economy ...", "only members who registered ...")
    # is the sentence's words, not a label or a paywall's prompt.
    assert vocabulary.end_matter_concept(signals.normalise("บทความที่เกี่ยวข้อง")) == "related"
    sentence = "เขาอ่านบทความที่เกี่ยวข้องกับเศรษฐกิจไทยทุกวันก่อนไปทำงานที่สำนักงาน"
    assert vocabulary.end_matter_concept(signals.normalise(sentence)) is None
    assert signals.boilerplate_reason(sentence) is None
    assert not vocabulary.cuts_article("ข่าวนี้เฉพาะสมาชิกที่ลงทะเบียนแล้ว เท่านั้นที่ได้รับสิทธิ์เข้าร่วมงาน")


# The concepts still empty in these languages after the thirty-seventh session (thirty-eighth session): a
# button's call to act in ru uk hu el (the comment form's log-in notice, the site's disclaimer and a form's consent
# line in the tests of the other languages' above). Each on a line as such a page prints it.
@pytest.mark.parametrize("line", [
    "Купить сейчас", "Заказать прямо сейчас", "Замовити зараз", "Завантажити зараз", "Vásároljon most",
    "Töltse le most", "Αγοράστε τώρα", "Κάντε κράτηση τώρα",
])
def test_a_buttons_call_to_act_in_russian_ukrainian_hungarian_and_greek(line):
    assert signals.boilerplate_reason(line) == f"call_to_action phrase '{signals.normalise(line)}'"


@pytest.mark.parametrize("line", [
    # sentences holding those words are the text's
    "Правительство согласилось купить сейчас больше зерна, чем в прошлом году.",
    "Министерство отправило письма на почту всем жителям района.", "委员会同意了新的预算方案。",
    "정부는 새 법안에 동의했다고 밝혔다.", "Hallitus ei välttämättä hyväksy esitystä sellaisenaan.",
    "Ο δήμαρχος είπε ότι οι πολίτες πρέπει να αγοράσουν τώρα εισιτήρια.",
])
def test_sentences_with_the_new_entries_words_are_the_texts(line):
    assert signals.boilerplate_reason(line) is None
    assert not vocabulary.closing_promo(line)
