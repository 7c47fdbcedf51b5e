"""The block builder (html/builder.py), through the render walk: list depths; and its spacing of runs of text."""

import pytest

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
