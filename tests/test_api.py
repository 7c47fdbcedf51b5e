"""`extract()` as a library call: the types it takes, and what it does with each."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from artextract import InputError, extract
from artextract.options import Options

from conftest import RIVER_CLEANUP_PAGE

HEADLINE = "River cleanup draws hundreds"


# Issue 15 item 12: odd types gave AttributeError from deep inside.
@pytest.mark.parametrize("data", [None, 42, 1.5, ["<p>x</p>"], {"body": "x"}, object()])
def test_data_of_another_type_is_a_type_error_naming_the_accepted_types(data):
    with pytest.raises(TypeError, match=r"bytes or str .*not "):
        extract(data)


@pytest.mark.parametrize(
    "keyword, value, name",
    [("url", 123, "url"), ("url", b"https://example.com/", "url"), ("input_type", 1, "input_type"),
     ("options", "html", "options")],
)
def test_other_arguments_of_another_type_are_type_errors(keyword, value, name):
    with pytest.raises(TypeError, match=name):
        extract(RIVER_CLEANUP_PAGE, **{keyword: value})


@pytest.mark.parametrize("wrap", [bytearray, memoryview])
def test_bytes_like_data_is_read_as_bytes(wrap):
    assert extract(wrap(RIVER_CLEANUP_PAGE)).headline == HEADLINE


def test_a_path_is_read_like_the_command_reads_a_file(tmp_path):
    path = tmp_path / "story.html.gz"
    path.write_bytes(gzip.compress(RIVER_CLEANUP_PAGE))
    article = extract(path)
    assert article.headline == HEADLINE
    assert article.source.path == str(path)


def test_a_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        extract(tmp_path / "missing.html")


# Issue 13: gzip bytes were "binary input" from extract() although the command reads them.
def test_gzip_bytes_are_decompressed():
    assert extract(gzip.compress(RIVER_CLEANUP_PAGE)).headline == HEADLINE


def test_a_gzip_bomb_in_bytes_is_stopped():
    with pytest.raises(InputError, match="limit"):
        extract(gzip.compress(b"<p>" + b"a" * (60 * 1024 * 1024)))


# Issue 13: extract("/path/page.html") returned the path as the article's body.
@pytest.mark.parametrize(
    "text",
    ["/home/me/pages/story.html", "story.html", "./pages/story.html.gz", "~/notes.txt", r"C:\pages\story.htm",
     "/home/me/My Pages/story.html", "https://example.com/2024/story", "file:///tmp/story.html"],
)
def test_a_str_that_is_only_a_file_name_or_url_is_an_input_error(text):
    with pytest.raises(InputError, match="Path|fetch"):
        extract(text)


@pytest.mark.parametrize("text", ["See the attached notes.txt for details.", "Breaking: the river froze overnight."])
def test_a_one_line_text_is_still_text(text):
    assert extract(text).body == text


def test_page_content_given_as_str_is_read():
    assert extract(RIVER_CLEANUP_PAGE.decode("utf-8"), options=Options()).headline == HEADLINE


def test_the_path_check_never_touches_the_file_system(tmp_path, monkeypatch):
    # A str is content: extract() on a web form's text must not read files named by it.
    (tmp_path / "story.html").write_bytes(RIVER_CLEANUP_PAGE)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError):
        extract("story.html")


# A long batch must not keep earlier pages' texts alive in the per-page memos
# (they hold a whole page so that a 50,000-line text is not re-read per stage).
@pytest.mark.parametrize("input_type", ["html", "text"])
def test_the_page_memos_are_empty_after_each_page(input_type):
    from artextract import signals

    page = RIVER_CLEANUP_PAGE if input_type == "html" else "River cleanup draws hundreds\n\nVolunteers came. " * 3
    extract(page, input_type=input_type)
    memos = (signals.normalise, signals.word_count, signals.boilerplate_reason, signals.is_prose, signals.split_credit,
             signals.is_person_name, signals.is_meta_line)
    assert all(memo.cache_info().currsize == 0 for memo in memos)
