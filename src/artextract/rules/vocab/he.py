"""Hebrew: how Hebrew pages say each concept of the vocabulary (see __init__.py).

Added as a table of the general concepts, not from phrases seen on pages: the development
sets hold no Hebrew pages, and users' pages will. Its byline label "מאת" ("by"): a name
after a byline's label is read without the capital Hebrew does not write (authors.clean_authors).
"""

LANGUAGE = "he"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("כתבות נוספות", "כתבות קשורות", "מאמרים קשורים", "עוד כתבות", "אולי יעניין אותך", "עוד בנושא",
                "כתבות נוספות בנושא"),
    "most_read": ("הכי נקראים", "הנקראים ביותר", "הכתבות הנקראות ביותר", "הכי נצפים"),
    "read_also": ("קראו גם", "קרא גם", "ראו גם"),
    "comments": ("תגובות", "הוסף תגובה", "הוספת תגובה", "כתוב תגובה", "השאר תגובה", "להוספת תגובה"),
    "share": ("שתף", "שתפו", "שיתוף", "העתק קישור", "העתקת קישור"),
    "tools": ("הדפס", "הדפסה", "שמור", "גודל גופן"),
    "newsletter": ("ניוזלטר", "הירשמו", "הרשמה", "הרשמה לניוזלטר", "התחברות", "התנתקות"),
    "advertising": ("פרסומת", "תוכן שיווקי", "בשיתוף"),
    "navigation": ("דף הבית", "עמוד הבית", "חיפוש", "תפריט", "הבא", "הקודם", "הכתבה הבאה", "מפת האתר"),
    "legal": ("מדיניות פרטיות", "תנאי שימוש", "צור קשר", "אודות", "כל הזכויות שמורות"),
    "consent": ("אישור", "מסכים", "אני מסכים", "דחייה"),
    "tags": ("תגיות",),
    "author_box": ("על הכותב", "על המחבר"),
    "sources": ("מקורות", "מקור"),
    "controls": ("סגור", "סגירה", "הצג עוד", "טען עוד", "קרא עוד", "טוען", "גלריה"),
    "contents": ("תוכן עניינים",),
    "byline_label": ("מאת",),
    "date_label": ("פורסם", "פורסם ב", "עודכן", "עדכון אחרון", "תאריך פרסום"),
    "picture_credit": ("צילום", "קרדיט"),
    # The concepts this table lacked, as the language's sites print them (no development page is in
    # this language; the words of general concepts, not phrases seen on pages).
    "key_points": ("בקצרה", "עיקרי הדברים", "הנקודות העיקריות", "תקציר"),
    "site_sections": ("חדשות אחרונות", "כתבות אחרונות", "מבזקים"),
    "more_from": ("כל הכתבות של …", "עוד כתבות של …"),
    "rating": ("האם הכתבה הייתה מועילה", "דרגו את הכתבה"),
    "page_feedback": ("האם הדף הזה היה מועיל", "האם דף זה עזר לך", "שלחו משוב", "שליחת משוב"),
    "paywall": ("למנויים בלבד", "כבר מנויים"),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(הפוסט|המאמר) (הקודם|הבא)", "הכתבה (הקודמת|הבאה)"),
    "call_to_action": ("(הזמינו|קנו|הירשמו|תרמו) עכשיו",),
    "comment_gate": ("(עליך|יש) להתחבר (כדי |)(להגיב|לפרסם תגובה)",),
    "site_disclaimer": ("(אינם|אינה|אינו|אינן) (משקפים|משקפת|משקף|משקפות) בהכרח",),
    # Concepts this table lacked (thirty-eighth session), those below: the words of general concepts as the
    # language's sites and WordPress's translations print them, not phrases seen on pages (no development
    # page is in this language); fewer, certain entries, none common in running prose.
    "form_consent": ("קראתי ואני (מסכים|מסכימה|מאשר|מאשרת)", "אני (מסכים|מסכימה) (לתנאי השימוש|למדיניות הפרטיות)"),
}
