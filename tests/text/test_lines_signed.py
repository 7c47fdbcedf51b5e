"""Raw text: a caption printed credit first on one line, the copyright sign, a news agency or stock
library and then the picture's description ("© Getty Images MANCHESTER ... Students peer out ...";
text/lines.py, signed_captions).

The pages are small hand-written stand-ins: a news article whose pictures each carry such a line
between its paragraphs (a library's name alone, and a photographer's handle after the library's
address), and the lines that open with the sign but are no caption (the site's notice, a name no
agency table knows, a list item, a sign and library with too few words after them).
"""

import artextract
from artextract.blocks import Kind
from artextract.text.lines import lines_to_blocks, pair_captions, split_lines

PARAGRAPH = ("The students were told to stay in their rooms for two weeks, and the university said it "
             "would bring food to every flat in the halls until the tests came back.")


def _captions(text: str) -> list[tuple[str, str | None]]:
    return [(block.text, block.credit) for block in pair_captions(lines_to_blocks(split_lines(text)))
            if block.hint is Kind.CAPTION]


def test_a_signed_librarys_line_is_a_caption_credited_to_the_library():
    lines = ["© Getty Images MANCHESTER, ENGLAND - SEPTEMBER 28: Students look out of their window.",
             "© stock.adobe.com/maryia Die dünnen Äste sind für die Straßenmeisterei nicht zu gebrauchen."]
    text = "\n\n".join(part for line in lines for part in (PARAGRAPH, line)) + "\n\n" + PARAGRAPH
    assert _captions(text) == [(lines[0], "© Getty Images"), (lines[1], "© stock.adobe.com/maryia")]


def test_lines_that_open_with_the_sign_but_describe_no_picture_stay_as_they_were():
    lines = ["© Reuters 2020. All rights reserved by the agency.",  # the site's notice
             "© Acme Studio Students look out of their window.",  # no agency or library: where would the credit end?
             "© Getty Images two"]  # too few words for a description: a credit line alone, as before
    text = "\n\n".join(part for line in lines for part in (PARAGRAPH, line)) + "\n\n" + PARAGRAPH
    assert _captions(text) == [(lines[2], lines[2])]
    item = "- © Getty Images Students look out of their window in the halls."
    assert _captions(f"{PARAGRAPH}\n{item}\n{PARAGRAPH}") == []


def test_the_caption_leaves_the_body_with_the_library_for_its_credit():
    line = "© Getty Images MANCHESTER, ENGLAND - SEPTEMBER 28: Students look out of their window."
    after = ("A second paragraph tells what the vice-chancellors said about the halls and the rents they "
             "charge the students who live there.")
    article = artextract.extract(f"Halls Too Full To Be Safe\n\n{PARAGRAPH}\n\n{line}\n\n{after}", input_type="text")
    assert [(caption.text, caption.credit) for caption in article.captions] == [
        ("MANCHESTER, ENGLAND - SEPTEMBER 28: Students look out of their window.", "Getty Images")]
    assert "window" not in article.body
