"""Arabic: how Arabic pages say each concept of the vocabulary (see __init__.py).

Added as a table of the general concepts, not from phrases seen on pages: the development
sets hold no Arabic pages, and users' pages will. Arabic prints "also" with or without its
tanwin ("أيضا", "أيضاً", "أيضًا") and "read" with or without the hamza's seat ("اقرأ", "إقرأ"):
each spelling is an entry. Its byline label "بقلم" ("by the pen of"): a name after a byline's
label is read without the capital Arabic does not write (authors.clean_authors).
"""

LANGUAGE = "ar"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة", "اخبار ذات صلة", "قد يعجبك أيضا",
                "قد يعجبك أيضاً", "قد يهمك أيضا", "قد يهمك أيضاً", "مقالات مشابهة", "أخبار متعلقة"),
    "most_read": ("الأكثر قراءة", "الأكثر مشاهدة", "الأكثر شعبية", "الاكثر قراءة"),
    "read_also": ("اقرأ أيضا", "اقرأ أيضاً", "اقرأ أيضًا", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ ايضا", "شاهد أيضا",
                  "شاهد أيضاً"),
    "comments": ("التعليقات", "تعليقات", "أضف تعليق", "أضف تعليقا", "أضف تعليقاً", "اترك تعليقا", "اترك تعليقاً",
                 "اترك ردا", "اترك رداً"),
    "share": ("شارك", "مشاركة", "شارك المقال", "شارك الخبر", "نسخ الرابط", "انسخ الرابط", "تابعنا"),
    "tools": ("طباعة", "حفظ", "حجم الخط"),
    "newsletter": ("النشرة البريدية", "اشترك", "اشترك الآن", "اشترك في النشرة البريدية", "تسجيل الدخول",
                   "إنشاء حساب", "تسجيل الخروج"),
    "advertising": ("إعلان", "اعلان", "محتوى مدفوع", "برعاية"),
    "navigation": ("الرئيسية", "الصفحة الرئيسية", "بحث", "القائمة", "التالي", "السابق", "المقال التالي",
                   "المقال السابق", "خريطة الموقع"),
    "legal": ("سياسة الخصوصية", "شروط الاستخدام", "اتصل بنا", "من نحن", "جميع الحقوق محفوظة"),
    "consent": ("موافق", "قبول", "قبول الكل", "رفض"),
    "tags": ("الوسوم", "وسوم", "كلمات مفتاحية", "الكلمات المفتاحية"),
    "author_box": ("عن الكاتب", "نبذة عن الكاتب"),
    "sources": ("المصادر", "المراجع", "المصدر"),
    "controls": ("إغلاق", "اغلاق", "عرض المزيد", "تحميل المزيد", "اقرأ المزيد", "جاري التحميل", "معرض الصور"),
    "contents": ("المحتويات", "محتويات المقال", "جدول المحتويات"),
    "byline_label": ("بقلم",),
    "date_label": ("تاريخ النشر", "نشر في", "آخر تحديث", "تم النشر", "تاريخ التحديث"),
    "picture_credit": ("صورة", "الصورة", "تصوير"),
    # The concepts this table lacked, as the language's sites print them (no development page is in
    # this language; the words of general concepts, not phrases seen on pages).
    "key_points": ("أبرز النقاط", "النقاط الرئيسية", "أهم النقاط", "باختصار", "ملخص", "ما تحتاج إلى معرفته"),
    "site_sections": ("آخر الأخبار", "أحدث الأخبار", "أحدث المقالات", "أهم الأخبار"),
    "more_from": ("المزيد من …", "المزيد عن …", "كل مقالات …"),
    "rating": ("هل كان هذا المقال مفيدا", "هل كان هذا المقال مفيدًا", "قيم المقال", "قيّم المقال"),
    "page_feedback": ("هل كانت هذه الصفحة مفيدة", "أرسل ملاحظاتك", "إرسال ملاحظات"),
    "paywall": ("للمشتركين فقط", "هل أنت مشترك بالفعل"),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(السابق|التالي)", "(المقال|الخبر|الموضوع) (السابق|التالي)", "المقالة (السابقة|التالية)"),
    "call_to_action": ("(احجز|سجل|اطلب|تبرع|اشتر|اشتري|حمل) الآن",),
    "site_disclaimer": ("لا (تعبر|يعبر) بالضرورة عن",),
    # Concepts this table lacked (thirty-eighth session), those below: the words of general concepts as the
    # language's sites and WordPress's translations print them, not phrases seen on pages (no development
    # page is in this language); fewer, certain entries, none common in running prose.
    "comment_gate": ("يجب (عليك |)تسجيل الدخول (لكتابة|لإضافة|لنشر) (تعليق|التعليق)", "(يجب أن|عليك أن) تكون مسجل الدخول (لتضيف|لإضافة|لكتابة|لنشر)"),
    "form_consent": ("لقد قرأت وأوافق على", "أوافق على (سياسة الخصوصية|الشروط والأحكام|شروط الاستخدام)"),
    "share_prompt": ("(انقر|اضغط) (هنا |)للمشاركة (على|في|عبر) …", "(انقر|اضغط) (هنا |)للطباعة"),
}
