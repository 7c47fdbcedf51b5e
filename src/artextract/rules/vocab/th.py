"""Thai: how Thai pages say each concept of the vocabulary (see __init__.py).

Added as a table of the general concepts, not from phrases seen on pages: the development
sets hold no Thai pages, and users' pages will. Written as signals.normalise leaves a line:
its NFKC form parts the vowel "ำ" in two, so no entry holds it (no spelling of the words
below needs it).
"""

LANGUAGE = "th"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("ข่าวที่เกี่ยวข้อง", "ข่าวเกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "เรื่องที่เกี่ยวข้อง", "บทความที่คุณอาจสนใจ",
                "คุณอาจสนใจ", "ข่าวอื่น"),
    "most_read": ("ยอดนิยม", "ข่าวยอดนิยม", "อ่านมากที่สุด", "ข่าวที่อ่านมากที่สุด"),
    "read_also": ("อ่านเพิ่มเติม", "อ่านข่าวเพิ่มเติม", "อ่านข่าวที่เกี่ยวข้อง"),
    "comments": ("ความคิดเห็น", "แสดงความคิดเห็น", "ความคิดเห็นทั้งหมด"),
    "share": ("แชร์", "แบ่งปัน", "แชร์บทความ", "คัดลอกลิงก์", "ติดตามเรา"),
    "tools": ("พิมพ์", "ขนาดตัวอักษร"),
    "newsletter": ("สมัครสมาชิก", "เข้าสู่ระบบ", "ลงทะเบียน", "ออกจากระบบ", "จดหมายข่าว"),
    "advertising": ("โฆษณา", "สนับสนุนโดย"),
    "navigation": ("หน้าแรก", "ค้นหา", "ย้อนกลับ", "ถัดไป", "ก่อนหน้า", "ข่าวถัดไป", "เมนู"),
    "legal": ("นโยบายความเป็นส่วนตัว", "เงื่อนไขการใช้งาน", "ติดต่อเรา", "เกี่ยวกับเรา", "สงวนลิขสิทธิ์"),
    "consent": ("ยอมรับ", "ยอมรับทั้งหมด", "ปฏิเสธ"),
    "tags": ("แท็ก",),
    "author_box": ("เกี่ยวกับผู้เขียน",),
    "sources": ("ที่มา", "แหล่งที่มา", "อ้างอิง"),
    "controls": ("ปิด", "โหลดเพิ่ม", "อ่านต่อ", "ดูทั้งหมด"),
    "contents": ("สารบัญ",),
    "byline_label": ("โดย", "ผู้เขียน", "เขียนโดย"),
    "date_label": ("เผยแพร่", "วันที่เผยแพร่", "อัปเดต", "อัปเดตล่าสุด", "อัพเดท", "แก้ไขล่าสุด"),
    "picture_credit": ("ภาพ", "ภาพจาก", "ภาพประกอบ", "ที่มาภาพ"),
    # The concepts this table lacked, as the language's sites print them (no development page is in
    # this language; the words of general concepts, not phrases seen on pages).
    # (SARA AM "ำ" written as NFKC writes it, nikhahit and sara aa: signals.normalise's form.)
    "key_points": ("สรุป", "สรุปประเด็น", "ประเด็นส\u0e4d\u0e32คัญ", "ไฮไลต์"),
    "site_sections": ("ข่าวล่าสุด", "ข่าวเด่น", "เรื่องเด่น"),
    "rating": ("บทความนี้มีประโยชน์หรือไม่", "ให้คะแนนบทความ"),
    "page_feedback": ("หน้านี้มีประโยชน์หรือไม่", "ข้อมูลนี้มีประโยชน์หรือไม่"),
    "paywall": ("ส\u0e4d\u0e32หรับสมาชิกเท่านั้น", "เฉพาะสมาชิก"),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(บทความ|ข่าว|โพสต์)(ก่อนหน้า|ถัดไป)",),
    "call_to_action": ("(ซื้อ|สั่งซื้อ|จอง|สมัคร|ดาวน์โหลด)เลย",),
}
