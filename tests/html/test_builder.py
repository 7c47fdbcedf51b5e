"""The block builder (html/builder.py), through the render walk: list depths."""

from artextract.html.parse import parse_html
from artextract.html.render import render_blocks


def test_an_item_holding_a_nested_list_keeps_its_own_depth():
    page = """<html><body><ol><li>First step</li><li>Second step, with choices:
        <ul><li>the quick way</li><li>the careful way<ul><li>with a check</li></ul></li></ul></li>
        <li>Third step</li></ol></body></html>"""
    depths = [(item.block.text, item.block.depth) for item in render_blocks(parse_html(page))]
    assert depths == [("First step", 0), ("Second step, with choices:", 0), ("the quick way", 1),
                      ("the careful way", 1), ("with a check", 2), ("Third step", 0)]
