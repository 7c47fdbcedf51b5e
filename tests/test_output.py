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
    assert "> A boat. (AP)" in text


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
