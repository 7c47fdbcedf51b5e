"""Figures: their blocks share a number, captions get the image's address."""

from artextract.blocks import Kind
from artextract.html.parse import parse_html
from artextract.html.render import render_blocks
from artextract.html.figures import image_url


def blocks(page: str, base: str | None = None):
    from artextract.html.render import render_page

    return [item.block for item in render_page(parse_html(page), base=base).blocks]


def test_a_figure_caption_gets_the_image_and_the_figure_number():
    page = """<html><body><figure><img src="/a.jpg"><figcaption>A wall.</figcaption>
      <span class="credit">Jane Doe</span></figure><figure><img src="b.jpg"><figcaption>A boat.</figcaption></figure></body></html>"""
    found = {block.text: block for block in blocks(page, "https://ex.com/news/")}
    assert found["A wall."].image == "https://ex.com/a.jpg"
    assert found["A wall."].figure == found["Jane Doe"].figure != found["A boat."].figure
    assert found["A boat."].image == "https://ex.com/news/b.jpg"


def test_an_image_box_outside_a_figure_is_a_figure_too():
    page = """<html><body><div class="wp-caption"><a href="/x"><img data-src="/lazy.jpg" src="data:image/gif;base64,R0"></a>
      <p class="wp-caption-text">The harbour at dawn.</p></div></body></html>"""
    caption = next(block for block in blocks(page, "https://ex.com/") if block.hint is Kind.CAPTION)
    assert caption.image == "https://ex.com/lazy.jpg" and caption.figure is not None


def test_the_largest_srcset_candidate_wins():
    element = parse_html('<img srcset="s.jpg 480w, l.jpg 1200w, m.jpg 800w">').find(".//img")
    assert image_url(element, None) == "l.jpg"


def test_code_laid_out_with_line_breaks_is_one_block():
    found = [item.block for item in render_blocks(parse_html('<pre class="language-js">a();<br>b();</pre>'))]
    assert [block.text for block in found] == ["a();\nb();"] and found[0].language == "js"
