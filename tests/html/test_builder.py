"""The block builder (html/builder.py), through the render walk: list depths; and its spacing of runs of text."""

import pytest

from artextract.blocks import Kind
from artextract.html.builder import BlockBuilder
from artextract.html.parse import parse_html
from artextract.html.render import render_blocks


def test_an_item_holding_a_nested_list_keeps_its_own_depth():
    page = """<html><body><ol><li>First step</li><li>Second step, with choices:
        <ul><li>the quick way</li><li>the careful way<ul><li>with a check</li></ul></li></ul></li>
        <li>Third step</li></ol></body></html>"""
    depths = [(item.block.text, item.block.depth) for item in render_blocks(parse_html(page))]
    assert depths == [("First step", 0), ("Second step, with choices:", 0), ("the quick way", 1),
                      ("the careful way", 1), ("with a check", 2), ("Third step", 0)]


@pytest.mark.parametrize("run", ["Plain words", " spaced at both edges ", "tab\tinside", "two  spaces", "no\u00a0break", " Köln "])
def test_a_run_of_text_keeps_one_space_at_each_edge_that_had_white_space(run):
    builder = BlockBuilder()
    builder.open_element("p", None)
    builder.add_text("[")
    builder.add_text(run)
    builder.add_text("]")
    builder.close_element()
    inner = " ".join(run.split())
    expected = "[" + (" " if run[0].isspace() else "") + inner + (" " if run[-1].isspace() else "") + "]"
    assert [item.block.text for item in builder.out] == [expected]


# A widget's settings left in a <div> that an inline style makes invisible (opacity, a 1px font),
# which no hidden-state rule reads: a script's data, not words of the page.
_WIDGET_CONFIG = '{"statementLink":"","footerHtml":"","hideMobile":false,"language":"en","position":"bottom"}'


@pytest.mark.parametrize("data", [_WIDGET_CONFIG, "[{'en-in': '/en-in/', 'en-jp': '/en-jp/', 'ja-jp': '/ja-jp/'}]",
                                  '{"grid":[{"asin":"B01","price":"EUR 15.49"},{"asin":"B02","price":"EUR 9.99"}]}'])
def test_a_block_that_is_a_scripts_data_is_furniture(data):
    page = f'<html><body><p>A sentence of the page.</p><div style="opacity:0; font-size: 1px;">{data}</div></body></html>'
    hints = {item.block.text: item.block.hint for item in render_blocks(parse_html(page))}
    assert hints[data] is Kind.BOILERPLATE
    assert hints["A sentence of the page."] is None


@pytest.mark.parametrize("page", [
    # A tutorial's JSON is set as code: the article's.
    '<html><body><pre>{"name":"John Doe","email":"john@example.com","id":12345}</pre></body></html>',
    '<html><body><p><code>{"name":"John Doe","email":"john@example.com","id":12345}</code></p></body></html>',
    # Braces around words, and an object of fewer keys than a script's data has.
    "<html><body><p>{Note: the sale ends Friday; see the terms: all of them.}</p></body></html>",
    '<html><body><p>{"a": 1, "b": 2}</p></body></html>',
])
def test_code_and_bracketed_words_are_no_data(page):
    assert all(item.block.hint is None for item in render_blocks(parse_html(page)))


def test_blocks_inside_a_blockquote_know_it_however_deep():
    # A forum's quote box sets the quoted post in <div>s inside the <blockquote>: paragraphs of
    # their own, still inside the quote.
    page = """<html><body><p>Before the quote</p><blockquote class="quote"><div class="quote-content">
        <div>Quoted line one</div><div>Quoted line two</div></div></blockquote><p>After the quote</p></body></html>"""
    quoted = [(item.block.text, item.in_quote) for item in render_blocks(parse_html(page))]
    assert quoted == [("Before the quote", False), ("Quoted line one", True), ("Quoted line two", True),
                      ("After the quote", False)]
