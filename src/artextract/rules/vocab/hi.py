"""Hindi: how Hindi pages say each concept of the vocabulary (see __init__.py).

Added as a table of the general concepts, not from phrases seen on pages: the development
sets hold no Hindi pages, and users' pages will. Its byline labels "लेखक" and "लेखिका" ("author"):
a name after a byline's label is read without the capital Devanagari does not write (authors.clean_authors).
"""

LANGUAGE = "hi"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("संबंधित खबरें", "सम्बंधित खबरें", "संबंधित लेख", "संबंधित ख़बरें", "ये भी पढ़ें", "यह भी पढ़ें",
                "और खबरें", "अन्य खबरें"),
    "most_read": ("सबसे ज्यादा पढ़ी गई", "सबसे ज़्यादा पढ़ी गई", "सबसे ज्यादा पढ़ी गई खबरें", "लोकप्रिय"),
    "read_also": ("यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "पढ़ें", "यह भी देखें"),
    "comments": ("टिप्पणियाँ", "टिप्पणियां", "कमेंट", "कमेंट्स", "टिप्पणी करें", "अपनी टिप्पणी दें"),
    "share": ("शेयर करें", "शेयर", "साझा करें", "लिंक कॉपी करें"),
    "tools": ("प्रिंट", "सेव करें", "फ़ॉन्ट का आकार"),
    "newsletter": ("न्यूज़लेटर", "सब्सक्राइब करें", "लॉग इन", "लॉगिन", "साइन अप"),
    "advertising": ("विज्ञापन", "प्रायोजित"),
    "navigation": ("होम", "मुखपृष्ठ", "खोजें", "मेन्यू", "अगला", "पिछला", "अगली खबर", "साइटमैप"),
    "legal": ("गोपनीयता नीति", "प्राइवेसी पॉलिसी", "उपयोग की शर्तें", "संपर्क करें", "हमारे बारे में",
              "सर्वाधिकार सुरक्षित"),
    "consent": ("स्वीकार करें", "सभी स्वीकार करें", "अस्वीकार करें"),
    "tags": ("टैग", "टैग्स"),
    "author_box": ("लेखक के बारे में",),
    "sources": ("स्रोत", "संदर्भ"),
    "controls": ("बंद करें", "और देखें", "और पढ़ें", "लोड हो रहा है", "फोटो गैलरी"),
    "contents": ("विषय सूची",),
    "byline_label": ("लेखक", "लेखिका"),
    "date_label": ("प्रकाशित", "अपडेट", "अपडेटेड", "प्रकाशन तिथि", "अंतिम अपडेट"),
    "picture_credit": ("फोटो", "तस्वीर", "चित्र"),
    # The concepts this table lacked, as the language's sites print them (no development page is in
    # this language; the words of general concepts, not phrases seen on pages).
    "key_points": ("मुख्य बातें", "खास बातें", "ख़ास बातें", "मुख्य बिंदु", "संक्षेप में", "सारांश", "एक नज़र में", "एक नजर में"),
    "site_sections": ("ताजा खबरें", "ताज़ा खबरें", "ताज़ा ख़बरें", "बड़ी खबरें", "बड़ी ख़बरें"),
    "rating": ("क्या यह लेख उपयोगी था", "इस लेख को रेटिंग दें"),
    "page_feedback": ("क्या यह पेज उपयोगी था", "क्या यह पृष्ठ उपयोगी था", "फीडबैक भेजें"),
    "paywall": ("केवल सब्सक्राइबर्स के लिए", "सिर्फ सब्सक्राइबर्स के लिए"),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(पिछला|अगला) (लेख|पोस्ट|आलेख)", "(पिछली|अगली) (खबर|ख़बर|पोस्ट)"),
    "call_to_action": ("अभी (खरीदें|डाउनलोड करें|बुक करें|रजिस्टर करें|ऑर्डर करें)",),
    # Concepts this table lacked (thirty-eighth session), those below: the words of general concepts as the
    # language's sites and WordPress's translations print them, not phrases seen on pages (no development
    # page is in this language); fewer, certain entries, none common in running prose.
    "comment_gate": ("टिप्पणी (करने|पोस्ट करने|लिखने) के लिए (आपको |)(लॉग इन|लॉगिन) करना होगा",),
    "site_disclaimer": ("लेखक के (निजी|व्यक्तिगत) विचार हैं", "व्यक्त विचार लेखक के (निजी|व्यक्तिगत) हैं"),
    "form_consent": ("मैं (नियम और शर्तों|नियमों और शर्तों|गोपनीयता नीति) से सहमत (हूँ|हूं)",),
}
