"""Indonesian: how Indonesian pages say each concept of the vocabulary (see __init__.py).

Added as a table of the general concepts, not from phrases seen on pages: the development
sets hold no Indonesian pages, and users' pages will (Indonesian is read by some 200 million).
Words Indonesian shares with English are left out ("tag", "reporter", "editor", "label"): on an
English page they say something else.
"""

LANGUAGE = "id"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("artikel terkait", "berita terkait", "postingan terkait", "tulisan terkait", "artikel lainnya",
                "berita lainnya", "anda mungkin juga suka", "mungkin anda suka", "rekomendasi untuk anda"),
    "site_sections": ("berita terkini", "berita terbaru", "terbaru", "pilihan editor"),
    "most_read": ("terpopuler", "berita terpopuler", "paling banyak dibaca", "terpopuler hari ini", "populer"),
    "more_from": ("artikel lain dari …", "berita lainnya dari …"),
    "read_also": ("baca juga", "lihat juga", "simak juga", "baca pula"),
    # (WordPress's "Leave a Reply" reads "Tinggalkan Balasan")
    "comments": ("komentar", "tinggalkan komentar", "tulis komentar", "kirim komentar", "tinggalkan balasan",
                 "berikan komentar"),
    "forum_chrome": ("balas", "kutip", "laporkan"),
    "share": ("bagikan", "bagikan artikel ini", "bagikan ke facebook", "salin tautan", "salin link", "ikuti kami"),
    "tools": ("cetak", "simpan", "ukuran huruf"),
    "newsletter": ("buletin", "berlangganan", "berlangganan buletin", "masuk", "daftar", "keluar", "akun saya"),
    "advertising": ("iklan", "advertorial", "konten bersponsor", "disponsori"),
    "navigation": ("beranda", "cari", "pencarian", "kembali", "ke atas", "selanjutnya", "sebelumnya",
                   "artikel selanjutnya", "artikel sebelumnya", "peta situs", "langsung ke konten"),
    "legal": ("kebijakan privasi", "syarat dan ketentuan", "hubungi kami", "tentang kami", "redaksi",
              "pedoman media siber", "hak cipta dilindungi undang-undang"),
    "consent": ("terima", "terima semua", "tolak", "setuju", "pengaturan cookie"),
    "tags": ("topik", "kata kunci"),
    "author_box": ("tentang penulis",),
    "sources": ("sumber", "referensi", "daftar pustaka"),
    "controls": ("tutup", "tampilkan lebih banyak", "muat lebih banyak", "baca selengkapnya", "selengkapnya",
                 "memuat", "galeri foto", "layar penuh"),
    "contents": ("daftar isi",),
    # ("pewarta", the news agencies' word for their reporter)
    "byline_label": ("oleh", "penulis", "ditulis oleh", "pewarta"),
    "date_label": ("diterbitkan", "dipublikasikan", "diperbarui", "terakhir diperbarui", "tanggal terbit",
                   "diposting pada"),
    "key_points": ("ringkasan", "poin penting", "intisari"),
    "picture_credit": ("gambar", "ilustrasi"),
    "paywall": ("khusus pelanggan", "sudah berlangganan"),
    "rating": ("apakah artikel ini bermanfaat", "apakah artikel ini membantu"),
    "page_feedback": ("apakah halaman ini membantu", "kirim masukan"),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(artikel|berita|tulisan|postingan) (sebelumnya|selanjutnya|berikutnya)",),
    "call_to_action": ("(beli|pesan|unduh|daftar|donasi) sekarang",),
    "comment_gate": ("anda harus (masuk|login) untuk (mengirim|menulis|memberikan|meninggalkan) (komentar|sebuah komentar)",),
    "site_disclaimer": ("tidak mencerminkan (pandangan|sikap|kebijakan) redaksi",),
    "form_consent": ("saya telah membaca dan menyetujui", "saya setuju dengan (kebijakan privasi|syarat dan ketentuan)"),
    # Concepts this table lacked (thirty-eighth session), those below: the words of general concepts as the
    # language's sites and WordPress's translations print them, not phrases seen on pages (no development
    # page is in this language); fewer, certain entries, none common in running prose.
    "share_prompt": ("klik untuk (berbagi|membagikan) (di|ke|melalui|via) …", "klik untuk mencetak"),
}
