"""Records and the per-input work: one record per input, never an exception."""

from __future__ import annotations

import gzip
import importlib

import pytest

from artextract.batch import process_bytes, process_path
from artextract.batch.records import error_record, is_complete, record_path, status
from artextract.options import Options

from batch_helpers import ARTICLE

work_module = importlib.import_module("artextract.batch.work")


def test_article_record_is_the_article_contract_with_source_path():
    record = process_bytes("pages/a.html", ARTICLE)
    assert list(record)[0] == "headline" and list(record)[-1] == "warnings"
    assert record["source"] == {"type": "html", "path": "pages/a.html"}
    assert status(record) == "ok" and is_complete(record) and record_path(record) == "pages/a.html"


def test_gzip_bytes_are_undone():
    assert process_bytes("a.html.gz", gzip.compress(ARTICLE))["headline"] == "River cleanup draws hundreds"


def test_no_article_is_an_empty_article_not_an_error():
    record = process_bytes("nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert "error" not in record
    assert record["body"] == "" and "no article text found" in record["warnings"]
    assert status(record) == "empty"


def test_error_record_shape():
    record = process_bytes("bad.html", b"")
    assert record == {"source": {"type": None, "path": "bad.html"}, "error": {"type": "input", "message": "empty input"}}
    assert status(record) == "failed" and is_complete(record)


def test_forced_input_type_is_kept_in_error_records():
    record = process_bytes("bad.txt", b"", Options(input_type="text"))
    assert record["source"]["type"] == "text"


def test_process_path_reads_files(tmp_path, seed_path):
    assert process_path(str(seed_path))["source"] == {"type": "text", "path": str(seed_path)}
    assert process_path(str(tmp_path / "missing.html"))["error"]["message"] == "no such file"


def test_max_bytes_applies_to_bytes_and_to_what_they_decompress_to():
    assert "limit" in process_bytes("big.html", b"x" * 2000, max_bytes=1000)["error"]["message"]
    bomb = gzip.compress(b"<p>" + b" " * 5000)
    assert "decompresses to more than" in process_bytes("bomb.gz", bomb, max_bytes=1000)["error"]["message"]


@pytest.mark.parametrize("raised, kind", [(RecursionError, "recursion"), (MemoryError, "memory"),
                                          (KeyError("boom"), "internal")])
def test_unexpected_failures_become_records(monkeypatch, raised, kind):
    def broken(*_args, **_kwargs):
        raise raised

    monkeypatch.setattr("artextract.api.extract", broken)
    outcome = work_module.run("a.html", None, ARTICLE, Options(), 10_000)
    assert outcome.record["error"]["type"] == kind
    assert outcome.retire  # the worker is replaced after such a page


def test_text_and_markdown_are_rendered_in_the_worker():
    outcome = work_module.run("a.html", None, ARTICLE, Options(), 10**6, "markdown")
    assert outcome.rendered.startswith("# River cleanup draws hundreds")


def test_error_record_rejects_unknown_types():
    with pytest.raises(ValueError):
        error_record("a", "oops", "message")


def test_is_complete_rejects_partial_objects():
    assert not is_complete({"headline": "x"})
    assert not is_complete({"source": {"path": "a"}, "error": {"type": "input"}})
    assert not is_complete([1, 2])
