"""A comment's header under a blog post ends a raw text (region.py `_before_said_comments`,
text/structure.py `said_header_start`, rules.COMMENT_SAYS). The pages stand for a blog post as a
browser copies it: the post's paragraphs, then its readers' comments as blog software
prints them ("Burnsy says:" over the comment's stamp, then the comment), one comment or several."""

from artextract.blocks import Block
from artextract.text.region import find_region

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Holiday")
ARTICLE = [PARAGRAPH.replace("Tuesday", day) for day in DAYS]  # 136 words
HEAD = ("Home", "How the Council Chose the Bridge")
COMMENT = "I live on that road and I think the crossing by the school needs fixing first, honestly."


def _blocks(*lines):
    return [Block(text=line) for line in lines]


def test_one_comments_header_over_its_stamp_ends_the_text_in_each_language():
    for header, stamp in (("Burnsy says:", "March 29, 2020 at 4:45 pm"), ("Karl sagt:", "24. November 2019 um 17:53 Uhr"),
                          ("Jean Dupont dit :", "12 mars 2021 à 10 h 04"), ("María dice:", "3 de mayo de 2022 a las 9:15"),
                          ("Piet zegt:", "5 mei 2020 om 12:00")):
        blocks = _blocks(*HEAD, *ARTICLE, header, stamp, COMMENT, "Leave a Reply")
        region = find_region(blocks)
        assert blocks[region.end].text == header, header
        assert blocks[region.end - 1].text == ARTICLE[-1], header


def test_without_the_header_the_comment_is_read_as_the_articles():
    # What the rule is for: the comment is prose, and the run takes it in.
    blocks = _blocks(*HEAD, *ARTICLE, "Burnsy", "March 29, 2020 at 4:45 pm", COMMENT, "Leave a Reply")
    region = find_region(blocks)
    assert COMMENT in [block.text for block in blocks[region.start:region.end]]


def test_a_quotes_lead_in_with_no_stamp_under_it_keeps_the_text():
    # "The editors say:" over a maker's claim, mid-article: no comment's stamp under it.
    blocks = _blocks(*HEAD, *ARTICLE[:4], "Die Redaktion sagt:", *ARTICLE[4:])
    region = find_region(blocks)
    assert region.end == len(blocks)


def test_a_comments_header_under_little_prose_keeps_the_text():
    # A short post above its comments: too little of the article's prose above the header to end it there.
    blocks = _blocks(*HEAD, ARTICLE[0], "Burnsy says:", "March 29, 2020 at 4:45 pm", COMMENT)
    region = find_region(blocks)
    assert region.end == len(blocks)
