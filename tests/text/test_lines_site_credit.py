"""Raw text: a line alone crediting a picture to a photographer working for the page's own site
("KATIE BANDURSKI FOR TASTE OF HOME", "Wei-An Jin for Quanta Magazine"; text/lines.py, own_site_credits).

The pages are small hand-written stand-ins: a magazine's review whose pictures carry such a credit
line between its paragraphs, read with the page's URL (the host names the site), and the lines of
that shape that are no credit: a heading "X for Y" naming another thing than the site, a line whose
first part is no person's name, a list item, and every such line when no URL is given.
"""

import artextract
from artextract.blocks import Kind
from artextract.text.lines import lines_to_blocks, own_site_credits, pair_captions, split_lines

PARAGRAPH = ("Our editors tested the club for three months and read every book it sent, from the thrillers "
             "to the memoirs, before they wrote a word of this review.")
URL = "https://www.tasteofhome.com/collection/best-book-subscriptions/"


def _captions(text: str, url: str | None = URL) -> list[tuple[str, str | None]]:
    blocks = own_site_credits(pair_captions(lines_to_blocks(split_lines(text))), url)
    return [(block.text, block.credit) for block in blocks if block.hint is Kind.CAPTION]


def _page(*lines: str) -> str:
    return "\n\n".join(part for line in lines for part in (PARAGRAPH, line)) + "\n\n" + PARAGRAPH


def test_a_photographers_line_for_the_site_is_a_caption_credited_to_the_line():
    lines = ("KATIE BANDURSKI FOR TASTE OF HOME", "Emily Way for Taste of Home", "Jean-Luc Picard für TasteOfHome")
    assert _captions(_page(*lines)) == [(line, line) for line in lines]


def test_lines_of_the_shape_that_credit_no_one_for_the_site_stay_as_they_were():
    lines = ("Best Subscription for Readers",  # the part after the word is no name of the site
             "Why we cook for Taste of Home",  # the part before it is no person's name (words in lower case)
             "Subscribe Now for Taste of Home Deals")  # more than the site after the word
    assert _captions(_page(*lines)) == []
    assert _captions(f"{PARAGRAPH}\n- Emily Way for Taste of Home\n{PARAGRAPH}") == []


def test_without_the_pages_url_no_line_is_read_so():
    assert _captions(_page("KATIE BANDURSKI FOR TASTE OF HOME"), url=None) == []


def test_the_credit_leaves_the_body_as_a_caption_with_no_description():
    text = f"The Best Book Clubs, Tested\n\n{PARAGRAPH}\n\nKATIE BANDURSKI FOR TASTE OF HOME\n\n{PARAGRAPH.upper()}"
    article = artextract.extract(text, input_type="text", url=URL)
    assert [(caption.text, caption.credit) for caption in article.captions] == [("", "KATIE BANDURSKI FOR TASTE OF HOME")]
    assert "BANDURSKI" not in article.body
