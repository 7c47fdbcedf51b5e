"""Turkish: how Turkish pages say each concept of the vocabulary (see __init__.py).

Added as a table of the general concepts, not from phrases seen on pages: the development
sets hold no Turkish pages, and users' pages will. Lower-casing a capital dotted "İ" leaves
"i" and a combining dot ("İlgili" -> "i̇lgili"), so a phrase a heading may capitalise spells
its first letter both ways: "(i|i̇)lgili haberler".
"""

LANGUAGE = "tr"

PHRASES: dict[str, tuple[str, ...]] = {
    # (a heading in capitals, "İLGİLİ HABERLER", lower-cases every "İ" so)
    "related": ("(i|i̇)lgili haberler", "i̇lgi̇li̇ haberler", "(i|i̇)lgili yazılar", "(i|i̇)lgili içerikler",
                "benzer haberler", "benzer yazılar", "bunlar da ilginizi çekebilir", "ilginizi çekebilir",
                "diğer haberler", "önerilen haberler", "sizin için seçtiklerimiz"),
    "site_sections": ("son dakika", "son haberler", "öne çıkanlar", "gündem"),
    "most_read": ("en çok okunanlar", "çok okunanlar", "en çok okunan haberler", "popüler haberler", "en popüler",
                  "en çok okunan"),
    "more_from": ("yazarın diğer yazıları", "tüm yazıları …"),
    "read_also": ("ayrıca okuyun", "bunu da okuyun", "bunları da okuyun", "ayrıca bakınız", "(i|i̇)lgili haber"),
    "comments": ("yorumlar", "yorum yap", "yorum yaz", "yorumunuzu yazın", "bir yorum yazın", "bir yanıt yazın",
                 "okur yorumları"),
    "forum_chrome": ("yanıtla", "alıntı yap", "şikayet et"),
    "share": ("paylaş", "haberi paylaş", "facebook'ta paylaş", "twitter'da paylaş", "bağlantıyı kopyala",
              "linki kopyala", "bizi takip edin"),
    "tools": ("yazdır", "kaydet", "yazı boyutu"),
    "newsletter": ("bülten", "e-bülten", "abone ol", "bültene abone ol", "giriş yap", "üye ol", "kayıt ol",
                   "çıkış yap", "hesabım"),
    "advertising": ("reklam", "sponsorlu", "sponsorlu içerik"),
    "navigation": ("ana sayfa", "anasayfa", "menü", "arama", "geri", "yukarı", "sonraki", "önceki", "sonraki haber",
                   "önceki haber", "site haritası", "(i|i̇)çeriğe geç"),
    "legal": ("gizlilik politikası", "kullanım koşulları", "iletişim", "hakkımızda", "künye", "tüm hakları saklıdır",
              "çerez politikası", "kvkk"),
    "consent": ("kabul et", "tümünü kabul et", "reddet", "çerez ayarları"),
    "tags": ("etiketler", "konular", "anahtar kelimeler"),
    "author_box": ("yazar hakkında",),
    "sources": ("kaynaklar", "kaynak", "kaynakça"),
    "controls": ("kapat", "daha fazla göster", "daha fazla yükle", "devamını oku", "yükleniyor", "fotoğraf",
                 "galeri", "foto galeri", "büyüt", "tam ekran"),
    "contents": ("(i|i̇)çindekiler", "bu yazıda"),
    "byline_label": ("yazar", "yazan", "editör", "muhabir"),
    "date_label": ("yayınlanma tarihi", "yayın tarihi", "güncelleme tarihi", "güncellenme tarihi", "son güncelleme",
                   "güncellendi"),
    "key_points": ("özet", "haberin özeti", "kısaca"),
    "house_promo": ("telegram kanalımız", "youtube kanalımız", "uygulamamızı indirin"),
    "picture_credit": ("fotoğraf", "foto", "görsel"),
    # The concepts this table lacked, as the language's sites and their forum and wiki software
    # print them (no development page is in this language).
    "rating": ("bu makale faydalı oldu mu", "bu yazı faydalı oldu mu"),
    "page_feedback": ("bu sayfa yararlı oldu mu", "geri bildirim gönder"),
    "paywall": ("sadece abonelere özel", "zaten abone misiniz"),
    "reply_gate": ("(cevap yazmak|cevap vermek|yanıt yazmak|yanıt vermek|yanıtlamak|yorum yapmak|yorum yazmak|"
                   "yorum yapabilmek|mesaj yazmak) için (giriş yapmalısınız|giriş yapmalı|giriş yapın|giriş yapmanız "
                   "gerekiyor|giriş yapmanız gerekir|oturum açmalısınız|oturum açın|üye olmalısınız|kayıt olmalısınız)",),
    "thread_starter": ("konuyu başlatan",),
    "other_date": ("katılım tarihi", "kayıt tarihi", "düzenlendi", "son düzenleme"),
    "page_updated": ("bu sayfa en son",),
    # The concepts this table lacked, as the language's sites print them (no development page is in
    # this language; the words of general concepts, not phrases seen on pages).
    "picture_place": ("fotoğrafta", "solda", "sağda", "üstte", "altta", "soldan sağa"),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(önceki|sonraki)", "(önceki|sonraki) (yazı|haber|makale|gönderi)"),
    "call_to_action": ("(hemen|şimdi) (satın al|sipariş ver|indir|kaydol|bağış yap)",),
    "comment_gate": ("yorum (yapabilmek|yazabilmek|göndermek) için (giriş yapmalısınız|oturum açmalısınız|üye olmalısınız)",),
    "site_disclaimer": ("sorumluluğu (yazarına|yazarlarına|yazara) aittir",),
    "form_consent": ("okudum ve kabul ediyorum", "okudum, kabul ediyorum"),
}
