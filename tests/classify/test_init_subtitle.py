"""A subtitle heading: the dek set as a heading a level under the headline.

The blocks stand for an HTML page whose <h1> is followed by an <h2> (or <h3>) that
says in a sentence what the story is about, with at most a byline, a date or a
print link between; the heading is the standfirst, not a section title of the
text, nor furniture of the head. A card's or a section's title there (a row of
capitalised words, a link, a heading as high as the headline, a question) is none, and so
is a heading outside the element the page marks as its article.
"""

from artextract import extract
from artextract.blocks import Block, Form, Kind, Zone
from artextract.classify import classify

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."
HEADLINE = "Council widens the road"
SUBTITLE = "Work on the two lanes starts in spring and should take no more than two years to finish"


def _kinds(*under: Block, headline: Block | None = None):
    blocks = [
        headline or Block(HEADLINE, form=Form.HEADING, level=1, zone=Zone.HEAD),
        *under,
        Block(PARAGRAPH),
        Block(PARAGRAPH + " It took a year."),
    ]
    return {d.block.text: d.kind for d in classify(blocks)}


def _heading(text: str, level: int = 2, fenced: bool = True, **kwargs) -> Block:
    # `fenced`: inside the element the page marks as its article.
    return Block(text, form=Form.HEADING, level=level, zone=Zone.HEAD, fenced=fenced, **kwargs)


def test_a_heading_a_level_under_the_headline_that_reads_as_a_dek_is_the_standfirst():
    assert _kinds(_heading(SUBTITLE))[SUBTITLE] is Kind.STANDFIRST


def test_a_date_and_a_print_link_may_stand_between():
    kinds = _kinds(Block("March 4, 2025", zone=Zone.HEAD), Block("Print page", zone=Zone.HEAD), _heading(SUBTITLE, 3))
    assert kinds[SUBTITLE] is Kind.STANDFIRST


def test_a_dek_class_on_a_subtitle_without_a_full_stop_keeps_it():
    # The theme's "standfirst" class on a heading that is no sentence would make it furniture;
    # under the headline, with a dek's length and case, it is the dek.
    assert _kinds(_heading(SUBTITLE, hint=Kind.STANDFIRST))[SUBTITLE] is Kind.STANDFIRST


def test_a_heading_outside_the_marked_article_is_no_subtitle():
    # A banner's slogan under a service page's headline has the shape of a dek too.
    assert _kinds(_heading(SUBTITLE, fenced=False))[SUBTITLE] is not Kind.STANDFIRST


def test_a_row_of_capitalised_words_a_link_or_a_heading_as_high_is_no_subtitle():
    titled = "Road Works Council Transport Budget Spring Lanes Traffic Plans"
    assert _kinds(_heading(titled))[titled] is not Kind.STANDFIRST
    assert _kinds(_heading(SUBTITLE, link_density=1.0))[SUBTITLE] is not Kind.STANDFIRST
    assert _kinds(_heading(SUBTITLE, level=1))[SUBTITLE] is not Kind.STANDFIRST


def test_a_heading_under_a_paragraph_of_the_head_is_no_subtitle():
    # Only the byline, the date and furniture stand between a headline and its subtitle.
    kinds = _kinds(Block("Work starts in spring, the council said.", zone=Zone.HEAD), _heading(SUBTITLE))
    assert kinds[SUBTITLE] is not Kind.STANDFIRST


def test_an_html_pages_subtitle_heading_is_its_standfirst_and_stays_in_the_body():
    prose = " ".join([PARAGRAPH] * 3)
    page = f"""<html><body><article><h1>{HEADLINE}</h1><p class="print"><a href="#">Print page</a></p>
      <h2>{SUBTITLE}</h2><p>{prose}</p><p>{prose} Two.</p><p>{prose} Three.</p></article></body></html>"""
    article = extract(page.encode(), input_type="html", url="https://example.org/road")
    assert article.standfirst == SUBTITLE
    assert (article.body or "").startswith(SUBTITLE)


def test_a_page_that_marks_its_dek_keeps_it_over_a_heading_under_the_headline():
    marked = "The council said the works would close one lane at a time, never both."
    kinds = _kinds(_heading(SUBTITLE), Block(marked, zone=Zone.HEAD, hint=Kind.STANDFIRST))
    assert kinds[marked] is Kind.STANDFIRST and kinds[SUBTITLE] is not Kind.STANDFIRST


def test_a_question_set_as_a_heading_under_the_headline_opens_a_section():
    question = "Why should the council widen the road at all, and why now?"
    assert _kinds(_heading(question))[question] is not Kind.STANDFIRST
