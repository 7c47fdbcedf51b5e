"""A news story's lead set in bold and opened by its dateline is the standfirst (HTML).

The blocks stand for an HTML news page: a headline, then the story's first paragraph set
all in <strong>, opening with a dateline ("Bern, 17.08.2007 - ", "Berlin (dpa). "), then
the story's plain paragraphs. A blog's first paragraph set in bold with no dateline is
text, and so is the same line copied as raw text (no marks to say it is bold).
"""

from artextract.blocks import Block, Form, Kind, Zone
from artextract.classify import classify
from artextract.inline import close_token, open_token

HEADLINE = Block("Council widens the road", form=Form.HEADING, level=1, zone=Zone.HEAD)
PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."


def _bold(text: str, plain_prefix: str = "") -> Block:
    marked = plain_prefix + open_token("strong") + text + close_token("strong")
    return Block(plain_prefix + text, marks=(marked, ()))


def _kind_of_first(first: Block) -> Kind:
    blocks = [HEADLINE, first, Block(PARAGRAPH), Block(PARAGRAPH + " It took a year.")]
    return {d.block.text: d.kind for d in classify(blocks)}[first.text]


def test_a_bold_lead_opened_by_place_and_date_is_the_standfirst():
    assert _kind_of_first(_bold("Bern, 17.08.2007 - The council widens the road through the old town, its mayor said.")) is Kind.STANDFIRST


def test_a_date_left_plain_before_the_bold_lead_counts_as_its_dateline():
    lead = _bold("Surprise in the old town: the council widens the road after all, and soon.", plain_prefix="06.11.23 - ")
    assert _kind_of_first(lead) is Kind.STANDFIRST


def test_a_place_with_its_agency_in_brackets_is_a_dateline():
    assert _kind_of_first(_bold("Berlin (dpa). The council widens the road through the old town, its mayor said.")) is Kind.STANDFIRST


def test_a_bold_first_paragraph_without_a_dateline_is_text():
    assert _kind_of_first(_bold("Looking for a way to make your work less tiring? Here is what the council did.")) is Kind.BODY


def test_a_dateline_paragraph_not_in_bold_is_text():
    assert _kind_of_first(Block("Bern, 17.08.2007 - The council widens the road through the old town, its mayor said.")) is Kind.BODY


def test_a_name_or_a_label_in_brackets_without_a_stop_after_it_is_no_dateline():
    # A person with a country, a shop's banner, a product's series: brackets, but no dateline's stop or dash.
    assert _kind_of_first(_bold("Chris Miller (England) steps into the ring again this weekend, in Cardiff.")) is Kind.BODY
    assert _kind_of_first(_bold("FREE UK DELIVERY (ALL AREAS) FOR ORDERS OVER £39.00. See details of the offer.")) is Kind.BODY


def test_the_paragraph_under_the_lead_starts_the_text_though_a_heading_and_caption_follow_it():
    # Read as the dek's frame, the heading and the caption under the second paragraph would push the
    # text's start below them; the lead is the page's one dek, so the heading stays in the text.
    lead = _bold("Berlin (dpa). The council widens the road through the old town, its mayor said.")
    heading = Block("Why the road grows", form=Form.HEADING, level=2)
    blocks = [HEADLINE, lead, Block(PARAGRAPH), heading, Block("The old road in 1950. Photo: Jane Doe/Reuters", hint=Kind.CAPTION),
              Block(PARAGRAPH + " It took a year.")]
    kinds = {d.block.text: d.kind for d in classify(blocks)}
    assert kinds[lead.text] is Kind.STANDFIRST
    assert kinds[heading.text] is Kind.BODY
