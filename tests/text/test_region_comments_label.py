"""A comments section's label ends a prose article when no thread is read under it (region.py
`_before_comments_label`). The pages stand for a post as a browser copies it: its paragraphs, then the
comments section's label ("Comments", a Substack's glued "CommentsRestacks", "Kommentare") over a comment
or two that no thread rule reads (a name, an age, the comment), and the site's lines under them."""

from artextract.blocks import Block
from artextract.text.region import find_region

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Holiday")
ARTICLE = [PARAGRAPH.replace("Tuesday", day) for day in DAYS]  # 136 words
HEAD = ("Home", "How the Council Chose the Bridge")
COMMENT = "I live on that road and I think the crossing by the school needs fixing first, honestly."


def _blocks(*lines):
    return [Block(text=line) for line in lines]


def test_a_comments_label_over_a_lone_comment_ends_the_text_in_each_language():
    for label in ("Comments", "CommentsRestacks", "Kommentare", "Commentaires", "Comentarios"):
        blocks = _blocks(*HEAD, *ARTICLE, label, "Nick Zylkowski", "20h", COMMENT, "Ready for more?", "Subscribe")
        region = find_region(blocks)
        assert blocks[region.end].text == label, label
        assert blocks[region.end - 1].text == ARTICLE[-1], label


def test_without_the_label_the_comment_is_read_as_the_articles():
    # What the rule is for: the comment is prose, and the run takes it in.
    blocks = _blocks(*HEAD, *ARTICLE, "Nick Zylkowski", "20h", COMMENT, "Ready for more?", "Subscribe")
    region = find_region(blocks)
    assert COMMENT in [block.text for block in blocks[region.start:region.end]]


def test_a_comments_label_with_the_texts_prose_under_it_keeps_the_text():
    # A label mid-text: half of the article's paragraphs stand under it.
    blocks = _blocks(*HEAD, *ARTICLE[:4], "Comments", *ARTICLE[4:])
    region = find_region(blocks)
    assert region.end == len(blocks)


def test_a_label_printed_under_each_post_is_no_comments_section():
    # "Add a comment" under a question and under each answer (a Q&A page read as prose): its posts are the text.
    answer = "You can book a one-way flight and show the visa and the job contract at the border, it worked for me."
    answers = (answer, answer.replace("for me", "for us"))
    question = [*ARTICLE, *(paragraph.replace("council", "city board") for paragraph in ARTICLE)]  # outweighs the answers
    blocks = _blocks(*HEAD, *question, "Add a comment", *answers, "Add a comment", "Footer")
    region = find_region(blocks)
    kept = [block.text for block in blocks[region.start:region.end]]
    assert all(text in kept for text in answers)
