"""A short bulleted line under a raw text's first paragraph sets it apart as the dek only when it
is the post's meta or a name read as the byline.

A card list's entry ("Ghosts on the ledger") under a promotion's paragraph is no byline: the
paragraph is no dek of the article. A bulleted sentence under the
first paragraph is a key-point box, which does set it apart. The hand-written pages stand for a
copy printed by inscriptis: menu, title, a first paragraph, a list, then the text.
"""

from artextract import extract

TITLE = "How to be sure moving legal work in-house is the right move"
FIRST = (
    "Join weekly sessions to experience in-depth demonstrations of the leading tools your team "
    "uses every day, with answers to your questions from the people who build them."
)
TEXT = (
    "Most legal departments weigh the cost of outside counsel against the work they could take on "
    "themselves, and the answer depends on the volume and the kind of matters they handle each year."
)


def _page(entries: list[str]) -> str:
    lines = ["Skip to content", "Home", "Insights", "About", TITLE, FIRST, *entries]
    return "\n".join(lines + [TEXT] * 3)


def test_a_card_list_entry_sets_no_dek_apart():
    article = extract(_page(["  * Ghosts on the ledger"]), input_type="text")
    assert article.standfirst is None


def test_a_bulleted_sentence_still_sets_the_dek_apart():
    point = "  * In-house teams handle routine contracts faster than outside counsel does"
    article = extract(_page([point, "  * Outside counsel still brings the depth that rare matters need"]), input_type="text")
    assert article.standfirst == FIRST
