import pytest

from artextract.language import _OTHER_SCRIPTS, detect_language
from artextract.rules.language import CYRILLIC_RE, SCRIPT_LANGUAGES

SAMPLES = {
    "en": "The council said that the bridge, which was closed in March, is expected to reopen by the end of the year and that it will be safe for traffic.",
    "de": "Der Stadtrat sagte, dass die Brücke, die im März gesperrt wurde, bis Ende des Jahres wieder geöffnet wird und dann auch für den Verkehr sicher ist.",
    "es": "El ayuntamiento dijo que el puente, que se cerró en marzo, volverá a abrir a finales del año y que será seguro para el tráfico de la ciudad.",
    "pl": "Rada miasta poinformowała, że most, który zamknięto w marcu, zostanie otwarty do końca roku i że będzie to bezpieczne dla ruchu, ale nie od razu.",
    "fr": "Le conseil a déclaré que le pont, qui a été fermé en mars, devrait rouvrir à la fin de l'année et qu'il sera sûr pour la circulation des voitures.",
    "ja": "市議会は、3月に閉鎖された橋が年末までに再開される見通しで、車の通行にも安全だと説明した。",
    "zh": "市议会表示，三月关闭的大桥预计将在年底前重新开放，届时车辆通行也将是安全的。",
    "ko": "시의회는 3월에 폐쇄된 다리가 연말까지 다시 열릴 예정이며 차량 통행에도 안전할 것이라고 밝혔다.",
    # Greek by its script; Hungarian, Romanian and Turkish by their function words (before their lists,
    # Hungarian and Romanian text was read as Portuguese, whose list counts "a", "de" and "o").
    "el": "Το δημοτικό συμβούλιο είπε ότι η γέφυρα, που έκλεισε τον Μάρτιο, θα ανοίξει ξανά ως το τέλος του έτους.",
    "hu": "A városi tanács szerint a hidat, amelyet márciusban lezártak, az év végéig újra megnyitják, és az autók számára is biztonságos lesz.",
    "ro": "Consiliul local a anunțat că podul, care a fost închis în martie, va fi redeschis până la sfârșitul anului și că va fi sigur pentru mașini.",
    "tr": "Belediye meclisi, mart ayında kapatılan köprünün yıl sonuna kadar yeniden açılacağını ve araç trafiği için de güvenli olacağını açıkladı. Bu köprü şehir için çok önemli.",
    "pt": "A câmara disse que a ponte, que foi fechada em março, deve reabrir até ao fim do ano e que será segura para o trânsito dos carros.",
    # The Cyrillic languages share their short words: each is told by the letters only it writes
    # (rules.language CYRILLIC_FIRST_MARKS, CYRILLIC_MOST_MARKS).
    "ru": "Городской совет сообщил, что мост, который закрыли в марте, должны снова открыть до конца года, и тогда он будет безопасен для машин.",
    "uk": "Міська рада повідомила, що міст, який закрили в березні, мають знову відкрити до кінця року, і тоді він буде безпечним для автомобілів.",
    "bg": "Общинският съвет съобщи, че мостът, който беше затворен през март, ще бъде отворен отново до края на годината и ще бъде безопасен за колите.",
    "sr": "Градско веће је саопштило да ће мост, који је затворен у марту, поново бити отворен до краја године и да ће бити безбедан за саобраћај.",
    "mk": "Градскиот совет соопшти дека мостот, кој беше затворен во март, повторно ќе биде отворен до крајот на годината и ќе биде безбеден за возилата.",
    "be": "Гарадскі савет паведаміў, што мост, які зачынілі ў сакавіку, павінны зноў адкрыць да канца года, і тады ён будзе бяспечны для машын.",
    # Indonesian and Vietnamese by their function words (before their lists: no language)
    "id": "Dewan kota mengatakan bahwa jembatan yang ditutup pada bulan Maret akan dibuka kembali sebelum akhir tahun dan juga aman untuk mobil.",
    "vi": "Hội đồng thành phố cho biết cây cầu đã bị đóng cửa vào tháng ba sẽ được mở lại trước cuối năm và cũng an toàn cho các loại xe.",
    # by their scripts: Hebrew, Thai, Lao, Khmer, Myanmar, Devanagari; Arabic letters, Urdu and Persian told by the letters
    # only they write (rules.language ARABIC_SCRIPT_MARKS)
    "he": "מועצת העיר אמרה כי הגשר שנסגר בחודש מרץ ייפתח מחדש עד סוף השנה ויהיה בטוח לתנועת מכוניות.",
    "th": "สภาเมืองกล่าวว่าสะพานที่ปิดไปเมื่อเดือนมีนาคมจะเปิดอีกครั้งก่อนสิ้นปีและจะปลอดภัยสำหรับรถยนต์",
    # Lao, Khmer, Myanmar: each script one language's ("the government announced a new bus route next month")
    "lo": "ລັດຖະບານປະກາດວ່າຈະເປີດເສັ້ນທາງລົດເມໃໝ່ໃນເດືອນໜ້າ",
    "km": "រដ្ឋាភិបាលបានប្រកាសថានឹងបើកផ្លូវឡានក្រុងថ្មីនៅខែក្រោយ។",
    "my": "အစိုးရက နောက်လတွင် ဘတ်စ်ကားလမ်းကြောင်းအသစ် ဖွင့်မည်ဟု ကြေညာခဲ့သည်။",
    "hi": "नगर परिषद ने कहा कि मार्च में बंद किया गया पुल साल के अंत तक फिर से खोल दिया जाएगा और वाहनों के लिए सुरक्षित होगा।",
    "ar": "قال مجلس المدينة إن الجسر الذي أغلق في شهر مارس سيعاد فتحه قبل نهاية العام وسيكون آمنا لحركة السيارات.",
    "fa": "شورای شهر اعلام کرد که پل که در ماه مارس بسته شد تا پایان سال دوباره باز می‌شود و برای خودروها ایمن خواهد بود.",
    "ur": "سٹی کونسل نے کہا ہے کہ مارچ میں بند کیا گیا پل سال کے آخر تک دوبارہ کھول دیا جائے گا اور گاڑیوں کے لیے محفوظ ہوگا۔",
}


@pytest.mark.parametrize("code, text", SAMPLES.items())
def test_detects_language(code, text):
    assert detect_language(text * 2) == code


def test_too_little_text_is_unknown():
    assert detect_language("Hello world") is None


def test_a_few_words_in_another_script_do_not_name_the_language():
    text = SAMPLES["en"] + " The shop sells ramen (ラーメン) and tea (茶)."
    assert detect_language(text * 2) == "en"


def test_a_few_cyrillic_letters_in_latin_text_do_not_name_a_language():
    text = SAMPLES["en"] + " The band played «Калинка» and «Катюша»."
    assert detect_language(text * 2) == "en"


def test_cyrillic_without_the_letters_of_one_language_is_unknown():
    # letters every one of these languages writes: no language of them is more likely than another
    assert detect_language("Мост на реке открыт для всех жителей города") is None


def test_the_script_gate_finds_a_letter_of_every_script_read():
    # detect_language asks the script readers only when _OTHER_SCRIPTS finds a letter: it finds
    # exactly the characters their classes hold (every character of the Basic Multilingual Plane
    # asked), so a text it finds nothing in is one they would find no language in.
    readers = (*(script for _, script in SCRIPT_LANGUAGES), CYRILLIC_RE)
    for point in range(0x10000):
        char = chr(point)
        assert bool(_OTHER_SCRIPTS.search(char)) == any(reader.search(char) for reader in readers), hex(point)


def test_a_russian_text_quoting_a_ukrainian_name_stays_russian():
    text = SAMPLES["ru"] + " Об этом рассказал глава района Сергій Ковальчук."
    assert detect_language(text) == "ru"


def test_unspaced_lazy_pattern_finds_what_the_whole_pattern_finds():
    # TITLE_SEPARATORS_RE compiles its alternatives for Chinese and Japanese only on a text that
    # can hold their characters: on any text it must split and find as the whole pattern does.
    import random
    import re

    from artextract.rules.language import UNSPACED_SCRIPT_RANGES
    from artextract.rules.metadata import TITLE_SEPARATORS_RE

    whole = re.compile(
        r"(?<!\s)\s+(?:\||｜|::|–|—|-|·|•|»|«|/|:)\s+"
        rf"|(?<=[{UNSPACED_SCRIPT_RANGES}])[|｜_-](?=\S)|(?<=\S)[|｜_-](?=[{UNSPACED_SCRIPT_RANGES}])"
    )
    pieces = ["a", "Bc", " ", "  ", "|", "｜", "_", "-", "–", ":", "::", "/", "·", "中", "文字", "ぁ", "ー", "ｦ",
              "\u303f", "\u3040", "\ufaff", "\ufb00", "한", "é", "😀", "\t", "\u2014"]
    rng = random.Random(15)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert TITLE_SEPARATORS_RE.split(text) == whole.split(text), text
        assert TITLE_SEPARATORS_RE.findall(text) == whole.findall(text), text


def test_a_run_of_hangul_counts_a_word_every_two_syllables_for_the_prose_bar():
    from artextract.rules.language import hangul_extra_words

    assert hangul_extra_words("기자") == 0  # two syllables: one word
    assert hangul_extra_words("산책로") == 1  # three: two words
    assert hangul_extra_words("한국어 문장입니다") == 1 + 2
    assert hangul_extra_words("The harbour wall 東京都") == 0  # no Hangul: nothing added
