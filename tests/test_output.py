import json

from artextract.article import Article, BodyPart, Caption
from artextract.blocks import Form
from artextract.output import render, to_json_line


def _article():
    return Article(
        headline="Title",
        standfirst="The dek.",
        authors=["Jane Doe"],
        published="2024-01-02",
        key_points=["First point"],
        captions=[Caption("A boat.", "AP")],
        body_parts=[
            BodyPart(Form.PARAGRAPH, "Para one."),
            BodyPart(Form.HEADING, "Section", level=2),
            BodyPart(Form.LIST_ITEM, "item a"),
            BodyPart(Form.LIST_ITEM, "item b"),
            BodyPart(Form.CODE, "x = 1"),
        ],
    )


def test_json_round_trips_with_unicode_unescaped():
    article = Article(headline="Zürich – “quoted”")
    text = render(article, "json")
    assert "Zürich – “quoted”" in text
    assert json.loads(text)["headline"] == "Zürich – “quoted”"


def test_text_is_body_only():
    assert render(_article(), "text") == "Para one.\n\nSection\n\n- item a\n- item b\n\nx = 1\n"


def test_markdown_layout():
    text = render(_article(), "markdown")
    assert text.startswith("# Title\n\n*The dek.*\n\nJane Doe · 2024-01-02\n\n- First point\n")
    assert "## Section\n\n- item a\n- item b\n\n```\nx = 1\n```" in text
    assert text.endswith("```\n\n*A boat. (AP)*\n")  # a caption of unknown place comes after the body


def test_json_line_is_one_line():
    line = to_json_line(_article().to_dict())
    assert line.endswith("\n") and line.count("\n") == 1


def test_markdown_does_not_repeat_the_standfirst():
    article = Article(
        headline="Title",
        standfirst="The dek.",
        body_parts=[BodyPart(Form.PARAGRAPH, "The dek."), BodyPart(Form.PARAGRAPH, "Para one.")],
    )
    assert render(article, "markdown") == "# Title\n\n*The dek.*\n\nPara one.\n"


def _md(*parts, captions=(), headline="T", links=False):
    return render(Article(headline=headline, body_parts=list(parts), captions=list(captions)), "markdown", links=links)


def test_heading_levels_renumbered_from_two_without_gaps():
    text = _md(
        BodyPart(Form.HEADING, "A", level=3), BodyPart(Form.HEADING, "A.1", level=5),
        BodyPart(Form.HEADING, "B", level=3), BodyPart(Form.HEADING, "Top", level=1), BodyPart(Form.HEADING, "C", level=4),
    )
    assert text == "# T\n\n## A\n\n### A.1\n\n## B\n\n## Top\n\n### C\n"


def test_table_without_header_cells_uses_its_first_row_and_pads_rows():
    text = _md(BodyPart(Form.TABLE_ROW, "Hour | Avg"), BodyPart(Form.TABLE_ROW, "06:00 | 14.2 | 60"))
    assert text == "# T\n\n| Hour | Avg |  |\n| --- | --- | --- |\n| 06:00 | 14.2 | 60 |\n"


def test_table_cells_keep_empty_cells_and_escape_pipes():
    row = BodyPart(Form.TABLE_ROW, "a | b", cells=("a|b", "", "c"))
    assert "| a\\|b |  | c |" in _md(row)


def test_consecutive_code_blocks_share_one_fence_with_language_and_safe_length():
    text = _md(BodyPart(Form.CODE, "x = ```", language="python"), BodyPart(Form.CODE, "}", language="python"))
    assert text == "# T\n\n````python\nx = ```\n}\n````\n"


def test_nested_lists_indent_under_their_parent_marker():
    text = _md(
        BodyPart(Form.LIST_ITEM, "one", bullet="1."), BodyPart(Form.LIST_ITEM, "sub", bullet="•", depth=1),
        BodyPart(Form.LIST_ITEM, "subsub", depth=2), BodyPart(Form.LIST_ITEM, "two", bullet="2."),
        BodyPart(Form.LIST_ITEM, "orphan", depth=3),
    )
    assert text == "# T\n\n1. one\n   - sub\n     - subsub\n2. two\n   - orphan\n"


def test_a_list_that_starts_deep_keeps_its_items_side_by_side():
    # <ol><li><p>Step</p><ul><li>a</li><li>b</li></ul></li></ol>: the step is a paragraph, its items depth 1.
    text = _md(BodyPart(Form.LIST_ITEM, "a", depth=1), BodyPart(Form.LIST_ITEM, "b", depth=1),
               BodyPart(Form.LIST_ITEM, "b1", depth=3), BodyPart(Form.LIST_ITEM, "c", depth=1))
    assert text == "# T\n\n- a\n- b\n  - b1\n- c\n"


def test_captions_stand_where_their_figure_stood_as_images_with_credit():
    text = _md(
        BodyPart(Form.PARAGRAPH, "One."), BodyPart(Form.PARAGRAPH, "Two."),
        captions=[Caption("A boat.", "AP", image="https://example.com/boat (1).jpg", at=1), Caption("No image.", None, at=1)],
    )
    assert text == "# T\n\nOne.\n\n![A boat. (AP)](<https://example.com/boat (1).jpg>)\n\n*No image.*\n\nTwo.\n"


def test_page_text_that_looks_like_markup_is_escaped():
    text = _md(BodyPart(Form.PARAGRAPH, "1. Not a list, *not* emphasis, [not](a link) <b>"), BodyPart(Form.PARAGRAPH, "---"))
    assert text == "# T\n\n1\\. Not a list, \\*not\\* emphasis, \\[not](a link) \\<b>\n\n\\---\n"


def test_marked_text_keeps_emphasis_and_drops_links_unless_asked():
    part = BodyPart(Form.PARAGRAPH, "Read the guide now.", marked="Read *the* [guide \\[v2\\]](https://example.com/g) `now`.")
    assert _md(part).endswith("Read *the* guide \\[v2\\] `now`.\n")
    assert _md(part, links=True).endswith("Read *the* [guide \\[v2\\]](https://example.com/g) `now`.\n")
