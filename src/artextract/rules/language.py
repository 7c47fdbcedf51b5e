"""Function words that identify a language from a page's text.

The most frequent short words of each language: they make up a large share of
any running text, differ between languages, and need no model. A language
wins when its words are clearly the most frequent.
"""

from __future__ import annotations

import re
import unicodedata

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is that for it was on with as are be this by have from at not but or they his her which".split()),
    "de": frozenset("der die und das ist nicht ein eine zu den von mit sich des auf für im dem auch es als wird bei oder sind".split()),
    "fr": frozenset("le la les et des est un une du en que qui pour dans pas sur au avec ce par sont plus ne se aux".split()),
    "es": frozenset("el la los las y de que en un una es por con para del se no al lo como más pero sus está son".split()),
    "it": frozenset("il la di che e un una per non sono del della gli le con si da anche come più questo nel alla".split()),
    "pt": frozenset("o a os as de que e do da em um uma para com não por mais dos das se ao como mas foi são".split()),
    "nl": frozenset("de het een en van in is dat op te zijn met voor niet aan er ook als maar om bij door".split()),
    "pl": frozenset("i w na się z do nie że to jest o jak po przez dla od ale tak za są czy jego już tylko".split()),
    "sv": frozenset("och att det som en på är av för med till den har inte om ett de var men från".split()),
    "da": frozenset("og at det som en på er af for med til den har ikke om et de var men fra".split()),
    # Languages with vocabulary tables and no development pages. Their own function words, leaving out
    # most that the lists above hold too ("se", "este", "is", "var"); Hungarian's article "a" and
    # Romanian's "de" and "la" stay: without them such text loses to Portuguese, whose list counts them
    # (before these lists, Hungarian and Romanian text was read as Portuguese). Russian and Ukrainian are left out:
    # Bulgarian, Serbian and Macedonian text shares their short words; the Cyrillic languages are told
    # apart by their letters (CYRILLIC_FIRST_MARKS, CYRILLIC_MOST_MARKS below).
    # (text/structure.py reads every list's words as function words: Latin-script pages may move.)
    "tr": frozenset("ve bir bu için ile çok daha olarak gibi ama olan kadar sonra göre değil ise şu her kendi".split()),
    "hu": frozenset("a az és hogy egy meg van volt csak már még ez azt mint vagy pedig szerint után amely lesz".split()),
    "ro": frozenset("de la și şi în să că pentru din fost sunt iar lui dar cu pe nu acest această lor".split()),
    # Indonesian (Malay shares most of these), without "ada" and "ke": "ADA" and "Ke" stand on English pages.
    "id": frozenset("yang dan dari ini itu dengan untuk tidak dalam akan pada juga karena oleh mereka bisa atau sudah telah".split()),
    # Vietnamese writes a space between syllables: its most frequent words are one syllable each.
    "vi": frozenset("và của là có không được cho trong những một các với người này đã để khi cũng như từ".split()),
}
# Every language's function words at once: what a line's subject words, a dek's own words or a
# role's words are not, whatever the page's language (classify, text/structure, rules.metadata).
FUNCTION_WORDS: frozenset[str] = frozenset().union(*STOPWORDS.values())

# Too few function words and the guess is noise.
MIN_STOPWORD_HITS = 8
# The winner must lead the runner-up by this factor (Danish and Swedish share many words).
MIN_LEAD = 1.3

# Kana and ideographs, as a character class's ranges: the scripts written without spaces between
# words (Japanese, Chinese; Korean spaces its words). Half-width katakana not included.
UNSPACED_SCRIPT_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# The lowest character of those ranges (and of the half-width katakana): a text whose every
# character is below it holds none of them.
UNSPACED_SCRIPT_FIRST = "\u3040"
# One character of those scripts, half-width katakana included: what signals.word_count and
# article.count_words count as a word each. Compiled once here (sre spends about 1 ms building a
# class of these wide ranges), for both.
UNSPACED_CHAR_RE = re.compile(f"[{UNSPACED_SCRIPT_RANGES}\uff66-\uff9d]")
# Any character from the first unspaced script up: a text without one cannot hold a character of
# those scripts (nor Hangul, further up). One search of this class is the cheap question asked of
# every text first; max(text), the same question, builds a string for each character and took
# about 1% of a page's CPU where it was asked of every line and paragraph.
FROM_UNSPACED_RE = re.compile(f"[{UNSPACED_SCRIPT_FIRST}-\U0010ffff]")


# Korean spaces its words, but a spaced Korean word is a stem with its particles and endings glued
# on ("정부는" "the government" + topic, "발표했다고" "that it announced"): 3.3 syllables on average,
# what English says in one or two words. Counted one a word, a Korean article runs a third below the
# same article in English (68 words against 102), and a label of end matter, which wants
# END_MATTER_MIN_PROSE_BEFORE words of prose above it, did not count under a short article's three or
# four paragraphs. For that bar a run of Hangul syllables counts a word for every two, rounded up
# ("기자" one, "산책로" two): hangul_extra_words is what to add to the spaced count. Only there: the
# project's word count (signals.word_count) stays the spaced one, as Korean counts its words (어절).
_FROM_HANGUL_RE = re.compile("[\uac00-\U0010ffff]")
_HANGUL_RUN_RE = re.compile("[\uac00-\ud7a3]{3,}")


def hangul_extra_words(text: str) -> int:
    """The words a text's runs of Hangul syllables count beyond one each: (syllables - 1) // 2 a run."""
    if not text or _FROM_HANGUL_RE.search(text) is None:
        return 0
    return sum((len(run) - 1) // 2 for run in _HANGUL_RUN_RE.findall(text))


# Devanagari, Bengali and the other Indic scripts write most vowels as combining marks, Arabic its
# short vowels (harakat), Hebrew its points (niqqud), Thai its upper and lower vowels and its tones:
# regex \w and str.isalnum refuse the marks, and "संबंधित" ("related") was four words, a Hindi
# paragraph two or three times its length, and a label of end matter found far too early. A mark
# continues the word it follows and never starts one (a mark after a space or a stop counts no word):
# what signals.word_count and article.count_words read a mark as.
def is_combining_mark(char: str) -> bool:
    """Whether the character is a combining mark (Unicode categories Mn, Mc, Me)."""
    return unicodedata.category(char)[0] == "M"


# Thai writes no space between words (a space parts phrases and sentences): a spaced count made a
# Thai paragraph one or two "words" a sentence, and no Thai paragraph reached a threshold in words.
# Counted like the unspaced scripts, by its characters: its letters (consonants, the spacing vowels,
# the repetition sign; not the combining vowels and tones, nor the figures) make a word for every
# LETTERS_PER_WORD, rounded up (a Thai word is two to five letters; three puts a Thai article
# near the same article's English count). Lao, Khmer and Myanmar (Burmese) are written the same way,
# words run together, and are counted the same, by their letters (Unicode category Lo: Lao's
# consonants and spacing vowels, Khmer's consonants and independent vowels, Myanmar's consonants,
# independent vowels and great sa; their dependent vowels and subscripts are combining marks).
LETTER_COUNTED_RE = re.compile(
    "[\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46"  # Thai
    "\u0e81-\u0eb0\u0eb2\u0eb3\u0ebd\u0ec0-\u0ec4\u0ec6\u0edc-\u0edf"  # Lao
    "\u1780-\u17b3"  # Khmer
    "\u1000-\u102a\u103f]"  # Myanmar
)
LETTERS_PER_WORD = 3


def letter_words(letters: int) -> int:
    """The words a text's letters of Thai, Lao, Khmer or Myanmar count for (LETTERS_PER_WORD a word, rounded up)."""
    return -(-letters // LETTERS_PER_WORD)


class UnspacedLazyPattern:
    """A pattern of alternatives for any text and further alternatives that only match next to a
    character of the unspaced scripts (their lookarounds name UNSPACED_SCRIPT_RANGES). sre takes
    about 1 ms to build each class of those wide ranges, on every import: the whole pattern is
    compiled on the first text that can hold such a character; other texts use the first
    alternatives alone, which find the same matches there (the others cannot match)."""

    __slots__ = ("_flags", "_plain", "_source", "_whole")

    def __init__(self, plain: str, unspaced: str, flags: int = 0) -> None:
        self._plain = re.compile(plain, flags)
        self._source = f"{plain}|{unspaced}"
        self._flags = flags
        self._whole: re.Pattern[str] | None = None

    def pattern_for(self, text: str) -> re.Pattern[str]:
        if not text or FROM_UNSPACED_RE.search(text) is None:
            return self._plain
        if self._whole is None:
            self._whole = re.compile(self._source, self._flags)
        return self._whole

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern_for(text).search(text)

    def split(self, text: str) -> list[str]:
        return self.pattern_for(text).split(text)

    def findall(self, text: str) -> list[str]:
        return self.pattern_for(text).findall(text)


# Languages written in a script of their own are known by it, before any word is
# counted (Chinese and Japanese write no spaces, so they have no words to count).
# In this order: Japanese writes Chinese characters too, its kana tell it apart.
SCRIPT_LANGUAGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ja", re.compile(r"[\u3040-\u30ff\uff66-\uff9d]")),  # hiragana, katakana
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),  # hangul
    ("zh", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),  # Chinese characters
    # Greek is the one language written in Greek letters (the letters of a formula in other text are
    # far below the share); no list of STOPWORDS is Greek, so raw Greek text had no language.
    ("el", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    # Likewise Hebrew, Thai, and Devanagari (Hindi by far the most read of the languages written in it).
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    # Lao, Khmer and Myanmar likewise: each script is written by one language many read (Myanmar's
    # also writes Shan, Mon and Karen, read by far fewer than Burmese).
    ("lo", re.compile(r"[\u0e80-\u0eff]")),
    ("km", re.compile(r"[\u1780-\u17ff\u19e0-\u19ff]")),
    ("my", re.compile(r"[\u1000-\u109f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    # Arabic letters: Arabic, unless the letters only Urdu or Persian add to the script say otherwise
    # (ARABIC_SCRIPT_MARKS).
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
)
# The letters Urdu and Persian write and Arabic does not, in the order asked: a language whose letters
# appear at least MIN_TELLING_LETTERS times in a text of Arabic letters is its language. Urdu first
# (it writes Persian's letters too, and ے ٹ ڈ ڑ ں alone); Persian's پ چ ژ گ, its keheh ک and its yeh ی
# (Arabic writes ك and ي).
ARABIC_SCRIPT_MARKS: tuple[tuple[str, str], ...] = (
    ("ur", "\u06d2\u0679\u0688\u0691\u06ba"),
    ("fa", "\u067e\u0686\u0698\u06af\u06a9\u06cc"),
)
# A script names the language when this share of the text's letters is written in it
# (a Japanese page's kana are a third or more of its letters; a loan word in kana is not).
MIN_SCRIPT_SHARE = 0.2

# Cyrillic is written by several languages whose short words are shared (Russian, Ukrainian,
# Belarusian, Bulgarian, Serbian, Macedonian): no list of STOPWORDS tells them apart, their letters
# do. Each language's letters that the others do not write (lower case), in the order asked: a
# language whose letters appear at least MIN_TELLING_LETTERS times wins, before the ones below it.
# Macedonian before Serbian (both write ј љ њ џ, only Macedonian ѓ ќ ѕ), Belarusian before Russian and
# Ukrainian (it writes ы э like Russian and і like Ukrainian, and ў alone). Ukrainian, Russian and
# Bulgarian text holds all three groups' letters seldom (a name, a quotation): of those three, the one
# whose letters are most frequent wins (Russian writes ъ too, in a few words; Bulgarian in every line).
CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
CYRILLIC_FIRST_MARKS: tuple[tuple[str, str], ...] = (
    ("mk", "ѓќѕ"),
    ("sr", "ђћјљњџ"),
    ("be", "ў"),
)
CYRILLIC_MOST_MARKS: tuple[tuple[str, str], ...] = (
    ("uk", "іїєґ"),
    ("ru", "ыэё"),
    ("bg", "ъ"),
)
# How often a language's telling letters (CYRILLIC_FIRST_MARKS, CYRILLIC_MOST_MARKS, ARABIC_SCRIPT_MARKS)
# must appear in a text to name it: once may be a name or a quoted word.
MIN_TELLING_LETTERS = 2
