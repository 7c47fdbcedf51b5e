"""Byline and date lines under a headline that stands above the article region.

The blocks below stand for a raw copy whose region starts at the first paragraph,
under a table of contents: the headline is found above the region (in the head
zone), and the byline, the date and the contents' entries between it and the
region are outside lines. The byline and the date are the article's; a menu's
label there is no name, and a name alone counts only beside a date.
"""

from artextract.article import Source
from artextract.assemble import assemble
from artextract.blocks import Block, Kind, Zone
from artextract.classify import classify

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."
HEADLINE = "How The Council Decided To Widen The Main Road"


def _article(*under: str):
    blocks = [
        Block("Blog", zone=Zone.OUTSIDE),
        Block(HEADLINE, zone=Zone.HEAD),
        *(Block(text, zone=Zone.OUTSIDE) for text in under),
        Block("Table of Contents", zone=Zone.OUTSIDE),
        Block("Why The Road Was Too Narrow", zone=Zone.OUTSIDE),
        Block(PARAGRAPH),
        Block(PARAGRAPH + " It took a year."),
    ]
    decisions = classify(blocks, headline_lookback=100)
    return {d.block.text: d.kind for d in decisions}, assemble(decisions, Source("text", None))


def test_byline_and_date_under_the_headline_are_read():
    kinds, article = _article("By Jane Doe", "March 2, 2024")
    assert kinds[HEADLINE] is Kind.HEADLINE
    assert (article.authors, article.published) == (["Jane Doe"], "2024-03-02")
    assert "Jane Doe" not in article.body


def test_a_name_alone_beside_a_date_is_the_byline():
    _, article = _article("Jane Doe", "March 2, 2024")
    assert (article.authors, article.published) == (["Jane Doe"], "2024-03-02")


def test_a_name_over_its_job_or_section_over_the_date_is_the_byline():
    # The writer's job or the post's section may stand between the name and the date; a sentence
    # there, or two lines, part them.
    for between in ("VP - Technology", "#Cloud Computing"):
        _, article = _article("Jane Doe", between, "March 2, 2024")
        assert article.authors == ["Jane Doe"]
    _, sentence = _article("Jane Doe", "She covers the council and the city for us.", "March 2, 2024")
    _, two = _article("Jane Doe", "Marketing", "Analytics", "March 2, 2024")
    assert (sentence.authors, two.authors) == ([], [])


def test_a_menu_label_with_no_date_beside_it_is_no_author():
    kinds, article = _article("Patient Portal", "Sign In")
    assert article.authors == []
    assert kinds["Patient Portal"] is Kind.BOILERPLATE


def test_the_lead_pictures_caption_in_the_head_does_not_end_the_walk():
    # text/lines.opening_credits reads the lead picture's credit under the headline in the head
    # (zone HEAD, hint CAPTION); the date under it is still the article's.
    blocks = [
        Block("Blog", zone=Zone.OUTSIDE),
        Block(HEADLINE, zone=Zone.HEAD),
        Block("Photo: Jane Roe/AP", zone=Zone.HEAD, hint=Kind.CAPTION),
        Block("Share on Facebook", zone=Zone.OUTSIDE),
        Block("March 2, 2024", zone=Zone.OUTSIDE),
        Block("Why The Road Was Too Narrow", zone=Zone.OUTSIDE),
        Block(PARAGRAPH),
        Block(PARAGRAPH + " It took a year."),
    ]
    article = assemble(classify(blocks, headline_lookback=100), Source("text", None))
    assert article.published == "2024-03-02"
    assert [(c.text, c.credit) for c in article.captions] == [("", "Jane Roe/AP")]


def test_a_name_with_the_founders_post_after_it_over_the_date_is_the_byline():
    # Small shops' and review sites' founders sign their posts with their post after the name, in
    # any language, spaced or glued to the name by a raw copy (rules.metadata FOUNDER_ROLES).
    for line in ("Jane Doe Founder & Lead Reviewer", "Jane DoeFounder at Roadworks", "Jane Doe, Gründerin"):
        _, article = _article(line, "March 2, 2024")
        assert article.authors == ["Jane Doe"], line


DEK = "The council spent a year on the plan. This is how the vote on the road went, and what comes next."


def test_a_paragraph_over_the_byline_there_is_the_dek():
    # The page's head stands above the region: headline, dek, byline, date.
    kinds, article = _article(DEK, "By Jane Doe", "March 2, 2024")
    assert kinds[DEK] is Kind.STANDFIRST
    assert article.standfirst == DEK
    assert article.body.startswith(DEK)  # the standfirst opens the body, as everywhere


def test_under_the_lead_pictures_caption_it_is_the_dek_too():
    blocks = [
        Block("Blog", zone=Zone.OUTSIDE),
        Block(HEADLINE, zone=Zone.HEAD),
        Block("Photo: Jane Roe/AP", zone=Zone.HEAD, hint=Kind.CAPTION),
        Block(DEK, zone=Zone.OUTSIDE),
        Block("March 2, 2024", zone=Zone.OUTSIDE),
        Block(PARAGRAPH),
        Block(PARAGRAPH + " It took a year."),
    ]
    article = assemble(classify(blocks, headline_lookback=100), Source("text", None))
    assert article.standfirst == DEK


def test_with_no_byline_or_date_under_it_the_paragraph_stays_out():
    kinds, article = _article(DEK, "Sign In")
    assert kinds[DEK] is Kind.BOILERPLATE
    assert article.standfirst is None


def test_a_paragraph_under_a_name_is_the_writers_bio():
    # "by" / "Jane Doe" / her bio / the date: the name stands between the headline and the paragraph.
    bio = "Jane is a writer who covers the council, the roads and the city budget for the paper."
    kinds, article = _article("by", "Jane Doe", bio, "March 2, 2024")
    assert kinds[bio] is Kind.BOILERPLATE
    assert article.standfirst is None
