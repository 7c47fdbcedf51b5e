"""--min-words and --language: left-out inputs keep a record saying why (issue 13 step 5)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from artextract.batch import filters
from artextract.batch.records import is_complete, status
from artextract.cli import main

from batch_helpers import ARTICLE, read_jsonl

GERMAN = ("<html lang='de'><head><meta charset='utf-8'><title>Neue Brücke</title></head><body><article>"
          "<h1>Die neue Brücke ist eröffnet</h1>"
          + "<p>Die Stadt hat am Montag die neue Brücke über den Fluss eröffnet, und viele Menschen kamen, "
            "um sie zum ersten Mal zu überqueren und den Blick auf die Altstadt zu genießen.</p>" * 3
          + "</article></body></html>").encode("utf-8")
SHORT = b"<html><body><article><h1>Brief</h1><p>Only a few words here.</p></article></body></html>"


def _folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "en.html").write_bytes(ARTICLE)
    (folder / "de.html").write_bytes(GERMAN)
    (folder / "short.html").write_bytes(SHORT)
    return folder


def test_filters_are_predicates_over_the_finished_record():
    record = {"body": "x", "word_count": 12, "language": "en-GB", "source": {"type": "html", "path": "a.html"},
              "url": None, "warnings": []}
    assert filters.MinWords(10).reason(record) is None
    assert filters.MinWords(50).reason(record) == "12 words, fewer than --min-words 50"
    assert filters.Language(("en",)).reason(record) is None
    assert filters.Language(("de", "fr")).reason(record) == "language en-gb, not --language de,fr"
    skipped = filters.apply(record, filters.from_options(50, ("en",)))
    assert skipped == {"source": record["source"], "url": None, "skipped": "12 words, fewer than --min-words 50"}
    assert is_complete(skipped) and status(skipped) == "skipped"
    error = {"source": {"type": None, "path": "b.html"}, "error": {"type": "input", "message": "empty input"}}
    assert filters.apply(error, filters.from_options(50, ("en",))) is error


def test_parse_languages():
    assert filters.parse_languages("en, DE ,en") == ("en", "de")
    with pytest.raises(ValueError):
        filters.parse_languages(" , ")


def test_every_input_keeps_a_record(tmp_path):
    folder = _folder(tmp_path)
    result = CliRunner().invoke(main, [str(folder), "--min-words", "20", "--language", "en", "--ordered"])
    assert result.exit_code == 0, result.stderr
    by_name = {json.loads(line)["source"]["path"].rsplit("/", 1)[1]: json.loads(line) for line in result.stdout.splitlines()}
    assert by_name["en.html"]["headline"] == "River cleanup draws hundreds"
    assert by_name["de.html"]["skipped"] == "language de, not --language en"
    assert by_name["short.html"]["skipped"].startswith("5 words, fewer than --min-words 20")
    assert "1 ok, 0 empty, 0 failed, 2 skipped by filters" in result.stderr


def test_directory_output_writes_no_document_for_a_skipped_input(tmp_path):
    folder = _folder(tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, [str(folder), "--language", "de", "-o", f"{out}/", "-f", "text"])
    assert result.exit_code == 0, result.stderr
    assert sorted(path.name for path in out.iterdir() if not path.name.startswith(".")) == ["de.html.txt",
                                                                                             "skipped.jsonl"]
    assert sorted(record["source"]["path"].rsplit("/", 1)[1] for record in read_jsonl(out / "skipped.jsonl")) == [
        "en.html", "short.html"]
    again = CliRunner().invoke(main, [str(folder), "--language", "de", "-o", f"{out}/", "-f", "text", "--resume"])
    assert again.exit_code == 0 and "3 already done" in again.stderr


def test_bad_language_list_is_a_usage_error(tmp_path):
    folder = _folder(tmp_path)
    result = CliRunner().invoke(main, [str(folder), "--language", "e!n"])
    assert result.exit_code == 2
