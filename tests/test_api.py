"""`extract()` as a library call: the types it takes, and what it does with each."""

from __future__ import annotations

import gc
import gzip
import os
import threading
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


# The young generation's collection threshold is raised while a page is extracted (api.py,
# _YOUNG_THRESHOLD) and the caller's is put back after; the process's setting is the caller's.
def _threshold_seen_by_the_pipeline(monkeypatch, page=RIVER_CLEANUP_PAGE) -> tuple[int, int, int]:
    from artextract import api

    seen = []
    run = api._run_pipeline

    def watched(*args):
        seen.append(gc.get_threshold())
        return run(*args)

    monkeypatch.setattr(api, "_run_pipeline", watched)
    extract(page, input_type="html")
    return seen[0]


@pytest.fixture
def caller_threshold():
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


def test_the_young_threshold_is_raised_for_the_extraction_and_put_back(monkeypatch, caller_threshold):
    gc.set_threshold(700, 11, 12)
    during = _threshold_seen_by_the_pipeline(monkeypatch)
    assert during[0] > 700 and during[1:] == (11, 12)
    assert gc.get_threshold() == (700, 11, 12)


def test_a_caller_without_collection_or_with_a_higher_threshold_keeps_it(monkeypatch, caller_threshold):
    for setting in ((0, 10, 10), (1_000_000, 10, 10)):
        gc.set_threshold(*setting)
        assert _threshold_seen_by_the_pipeline(monkeypatch) == setting
        assert gc.get_threshold() == setting


def test_a_threshold_the_caller_sets_during_an_extraction_is_kept(monkeypatch, caller_threshold):
    from artextract import api

    gc.set_threshold(700, 10, 10)
    run = api._run_pipeline

    def resetting(*args):
        gc.set_threshold(5_000, 10, 10)  # another thread of the caller's, say
        return run(*args)

    monkeypatch.setattr(api, "_run_pipeline", resetting)
    extract(RIVER_CLEANUP_PAGE, input_type="html")
    assert gc.get_threshold() == (5_000, 10, 10)


def test_overlapping_extractions_put_the_threshold_back_once_the_last_ends(caller_threshold):
    gc.set_threshold(700, 10, 10)
    failures = []
    barrier = threading.Barrier(4)

    def work():
        try:
            barrier.wait()
            for _ in range(3):
                extract(RIVER_CLEANUP_PAGE, input_type="html")
        except Exception as error:  # reported below, not lost in the thread
            failures.append(error)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == [] and gc.get_threshold() == (700, 10, 10)


def test_a_page_that_fails_puts_the_threshold_back(monkeypatch, caller_threshold):
    from artextract import api

    def failing(*args):
        raise RuntimeError("a bug deep inside")

    gc.set_threshold(700, 10, 10)
    monkeypatch.setattr(api, "_run_pipeline", failing)
    with pytest.raises(RuntimeError):
        extract(RIVER_CLEANUP_PAGE, input_type="html")
    assert gc.get_threshold() == (700, 10, 10)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_child_forked_during_another_threads_extraction_has_the_callers_threshold(monkeypatch, caller_threshold):
    from artextract import api

    gc.set_threshold(700, 10, 10)
    inside, release = threading.Event(), threading.Event()
    run = api._run_pipeline

    def held(*args):
        inside.set()
        release.wait(30)
        return run(*args)

    monkeypatch.setattr(api, "_run_pipeline", held)
    thread = threading.Thread(target=extract, args=(RIVER_CLEANUP_PAGE,), kwargs={"input_type": "html"})
    thread.start()
    assert inside.wait(30)
    child = os.fork()
    if child == 0:  # the child: no extraction runs in it, and its own still can
        release.set()
        ok = gc.get_threshold() == (700, 10, 10) and extract(RIVER_CLEANUP_PAGE, input_type="html").headline
        os._exit(0 if ok and gc.get_threshold() == (700, 10, 10) else 1)
    release.set()
    thread.join()
    assert os.waitpid(child, 0)[1] == 0
    assert gc.get_threshold() == (700, 10, 10)
