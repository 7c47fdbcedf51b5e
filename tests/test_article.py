import json

import jsonschema

from artextract import extract
from artextract.article import Article, BodyPart, Caption, Source, load_schema, render_body
from artextract.blocks import Form

KEYS = [
    "headline", "title", "standfirst", "authors", "published", "site_name", "url", "language",
    "description", "tags", "image", "page_type", "page_type_confidence", "dateline",
    "key_points", "captions", "body", "word_count", "reading_time_minutes", "source", "warnings",
]


def test_every_key_present_in_contract_order():
    assert list(Article().to_dict()) == KEYS


def test_html_page_keeps_its_document_title_beside_the_displayed_headline():
    page = (
        b"<html><head><title>Council widens the road | Daily Post</title>"
        b'<meta property="og:site_name" content="Daily Post"></head><body><article>'
        b"<h1>Road works</h1><p>By Jane Doe, March 5, 2024</p>"
        + b"<p>" + b"The council voted on Tuesday to widen the road after a long debate. " * 4 + b"</p>"
        b"</article></body></html>"
    )
    article = extract(page, input_type="html")
    assert article.title == "Council widens the road"
    assert extract(b"Road works\n\nThe council voted.", input_type="text").title is None


def test_empty_article_is_valid():
    jsonschema.validate(Article().to_dict(), load_schema())


def test_full_article_is_valid_and_counts_words():
    article = Article(
        headline="A headline",
        authors=["Jane Doe"],
        published="2024-03-05T10:00:00+01:00",
        language="en",
        captions=[Caption("A harbour.", "AP")],
        body_parts=[BodyPart(Form.PARAGRAPH, "one two three")] * 100,
        source=Source("html", "page.html"),
    )
    data = article.to_dict()
    jsonschema.validate(data, load_schema())
    assert data["word_count"] == 300
    assert data["reading_time_minutes"] == 2
    assert json.loads(json.dumps(data)) == data


def test_body_layout_blank_line_between_blocks_single_between_items():
    parts = [
        BodyPart(Form.HEADING, "Section", level=2),
        BodyPart(Form.PARAGRAPH, "First."),
        BodyPart(Form.LIST_ITEM, "apples", bullet="•"),
        BodyPart(Form.LIST_ITEM, "pears", bullet="•"),
        BodyPart(Form.LIST_ITEM, "step", bullet="1."),
        BodyPart(Form.PARAGRAPH, "Last."),
    ]
    assert render_body(parts) == "Section\n\nFirst.\n\n- apples\n- pears\n1. step\n\nLast."


def test_schema_rejects_a_missing_key():
    data = Article().to_dict()
    del data["body"]
    try:
        jsonschema.validate(data, load_schema())
    except jsonschema.ValidationError:
        return
    raise AssertionError("schema accepted an article without body")


def test_extract_output_is_valid(seed_path):
    jsonschema.validate(extract(seed_path.read_bytes()).to_dict(), load_schema())


def test_each_ideograph_or_kana_counts_as_a_word():
    from artextract.article import count_words

    # 10 characters of Japanese, then "2024" and "Tokyo": Japanese writes no spaces.
    assert count_words("市は図書館を移転した 2024 Tokyo") == 12


def test_combining_marks_continue_a_word_and_thai_counts_by_its_letters():
    from artextract.article import count_words

    # Hindi's vowel signs and Arabic's tanwin are combining marks: part of their word.
    assert count_words("संबंधित खबरें") == 2
    assert count_words("اقرأ أيضاً") == 2
    # An apostrophe still parts two words here, as before (this count is regex \w runs).
    assert count_words("Don't") == 2
    # Thai: a word every three letters ("รัฐบาลประกาศว่า", 13 letters and 2 marks: 5).
    assert count_words("รัฐบาลประกาศว่า 2025") == 6


def test_the_article_counts_its_words_with_the_one_counter(monkeypatch):
    # One word counter (signals.count_words), asked for runs of word characters: a second
    # counter written again here would drift from it (marks, scripts without spaces).
    from artextract import article, signals

    monkeypatch.setattr(signals, "count_words", lambda text, joined=True: -1 if joined else 7)
    assert article.count_words("any text at all") == 7
