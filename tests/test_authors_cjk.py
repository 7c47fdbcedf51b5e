"""Chinese, Japanese and Korean bylines (authors.cjk_names): a name of these scripts has no capital
to tell it by, so it is read only beside a label of the writer's job, as a whole part of the byline."""

import pytest

from artextract.authors import cjk_names, clean_authors, looks_like_byline


@pytest.mark.parametrize(("byline", "expected"), [
    ("記者 山田太郎", ["山田太郎"]),  # ja: the label before the name
    ("山田 太郎 記者", ["山田 太郎"]),  # ja: family and given name spaced, the label after
    ("文：山田花子", ["山田花子"]),  # ja: "text:" before a full-width colon
    ("著者 佐々木健", ["佐々木健"]),  # the repeat mark inside a name
    ("홍길동 기자", ["홍길동"]),  # ko: the label after the name
    ("홍길동 기자 hong@example.com", ["홍길동"]),  # ko: the reporter's address after it
    ("(서울=바다뉴스) 홍길동 기자", ["홍길동"]),  # ko: the agency's dateline in brackets
    ("글=김철수", ["김철수"]),  # ko: "text=" before a mark
    ("记者 张三", ["张三"]),  # zh
    ("文/张三", ["张三"]),  # zh: "text/" before a slash
    ("作者：王小红", ["王小红"]),
    ("新华社记者 张三、李四", ["张三", "李四"]),  # zh: the agency before the label, two names
    ("记者 张三 | 2025年3月4日", ["张三"]),  # with the date in a part of its own
])
def test_a_labelled_cjk_name_is_read(byline, expected):
    assert clean_authors(byline) == expected
    assert looks_like_byline(byline)


@pytest.mark.parametrize("line", [
    "记者会上宣布",  # "at the press conference, announced": the label glued to the words after it
    "论文 摘要",  # "thesis abstract": a one-character label needs its mark
    "글 목록",  # "post list", a menu's line
    "사진 기자",  # "photo reporter": a kind of reporter, no name
    "文/编辑部",  # the desk signs
    "今天天气很好我们去公园散步",  # a sentence with no label
    "记者 市政府今天宣布新的交通计划",  # a label before a clause: longer than a name
    "山田太郎",  # a name alone: nothing says it is one
])
def test_cjk_words_without_a_name_beside_a_label_give_none(line):
    assert cjk_names(line) == []
    assert clean_authors(line) == []
    assert not looks_like_byline(line)


def test_a_declared_author_in_these_scripts_loses_its_label_too():
    # A metadata field keeps what it declares, but not the label beside the name ("文/张三" gave "文").
    assert clean_authors("文/张三", structured=True) == ["张三"]
    assert clean_authors("홍길동 기자", structured=True) == ["홍길동"]
    assert clean_authors("山田太郎", structured=True) == ["山田太郎"]
    assert clean_authors("记者 张三、张三") == ["张三"]


def test_latin_bylines_are_read_as_before():
    assert cjk_names("By Jane Doe") == []
    assert clean_authors("By Jane Doe | 3 March 2024") == ["Jane Doe"]
