"""Sinks: whole lines appended, torn lines repaired on resume, atomic files per input."""

from __future__ import annotations

import io
import json
import os

from artextract.batch import process_bytes
from artextract.batch.discover import Item
from artextract.batch.run import Result
from artextract.batch.identity import identity_of
from artextract.batch.sinks import DirectorySink, JsonlFileSink, StreamSink, encode_line, open_sink

from batch_helpers import ARTICLE, read_jsonl


def _result(path, data=ARTICLE, rel=None):
    return Result(Item(path, rel or path), process_bytes(path, data))


def test_stream_sink_writes_one_line_per_record():
    out = io.BytesIO()
    sink = StreamSink(out)
    sink.write(_result("a.html"))
    sink.write(_result("b.html", b""))
    lines = out.getvalue().decode().splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == ["a.html", "b.html"]


def test_fresh_run_truncates_the_file(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text('{"old": 1}\n')
    sink = JsonlFileSink(str(target))
    sink.write(_result("a.html"))
    sink.close()
    assert [record["source"]["path"] for record in read_jsonl(target)] == ["a.html"]


def test_resume_repairs_a_torn_last_line(tmp_path):
    target = tmp_path / "out.jsonl"
    whole = encode_line(process_bytes("a.html", ARTICLE))
    torn = encode_line(process_bytes("b.html", ARTICLE))[:57]
    target.write_bytes(whole + torn)
    sink = JsonlFileSink(str(target), resume=True)
    assert sink.done == {identity_of("a.html")}
    assert any("torn" in note for note in sink.notes)
    assert target.read_bytes() == whole
    sink.write(_result("b.html"))
    sink.close()
    assert [record["source"]["path"] for record in read_jsonl(target)] == ["a.html", "b.html"]


def test_resume_treats_a_last_line_without_newline_as_torn(tmp_path):
    # Cut exactly before the newline: valid JSON, but the write did not finish.
    target = tmp_path / "out.jsonl"
    target.write_bytes(encode_line(process_bytes("a.html", ARTICLE))[:-1])
    assert JsonlFileSink(str(target), resume=True).done == set()
    assert target.read_bytes() == b""


def test_resume_drops_lines_that_are_not_whole_records(tmp_path):
    target = tmp_path / "out.jsonl"
    good = encode_line(process_bytes("a.html", b""))
    target.write_bytes(good + b'{"headline": "half"}\n' + b"garbage\n" + good.replace(b"a.html", b"c.html"))
    sink = JsonlFileSink(str(target), resume=True)
    assert sink.done == {identity_of("a.html"), identity_of("c.html")}
    assert len(target.read_bytes().splitlines()) == 2
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".part")]


def test_undecodable_file_names_still_give_valid_utf8_json():
    name = os.fsdecode(b"caf\xe9.html")  # not UTF-8: a lone surrogate in Python
    line = encode_line(process_bytes(name, b""))
    line.decode("utf-8")  # valid UTF-8
    assert json.loads(line)["source"]["path"] == name  # and the same string back, for --resume


def test_directory_sink_mirrors_the_tree_and_keeps_errors_apart(tmp_path):
    out = tmp_path / "out"
    sink = DirectorySink(str(out))
    sink.write(_result("in/a.html", rel="a.html"))
    sink.write(_result("in/sub/b.html", rel="sub/b.html"))
    sink.write(_result("in/bad.html", b"", rel="bad.html"))
    sink.close()
    assert json.loads((out / "a.html.json").read_text())["source"]["path"] == "in/a.html"
    assert (out / "sub" / "b.html.json").exists()
    assert [record["source"]["path"] for record in read_jsonl(out / "errors.jsonl")] == ["in/bad.html"]
    assert not (out / "bad.html.json").exists()


def test_directory_sink_without_errors_leaves_no_errors_file(tmp_path):
    (tmp_path / "errors.jsonl").write_text("stale\n")
    sink = DirectorySink(str(tmp_path))
    sink.write(_result("a.html"))
    sink.close()
    assert not (tmp_path / "errors.jsonl").exists()


def test_directory_sink_resume_knows_written_files_and_errors(tmp_path):
    sink = DirectorySink(str(tmp_path))
    sink.write(_result("a.html"))
    sink.write(_result("bad.html", b""))
    sink.close()
    (tmp_path / ".a.html.json.x1y2.part").write_text("half a document")  # left by a killed run
    resumed = DirectorySink(str(tmp_path), resume=True)
    assert resumed.is_done(Item("a.html", "a.html")) and resumed.is_done(Item("bad.html", "bad.html"))
    assert not resumed.is_done(Item("c.html", "c.html"))
    assert not (tmp_path / ".a.html.json.x1y2.part").exists()


def test_two_inputs_mapped_to_one_file_do_not_overwrite_each_other(tmp_path):
    sink = DirectorySink(str(tmp_path))
    sink.write(_result("x/a.html", rel="a.html"))
    record = sink.write(_result("y/a.html", rel="a.html"))
    sink.close()
    assert record["error"]["type"] == "output" and "x/a.html" in record["error"]["message"]
    assert json.loads((tmp_path / "a.html.json").read_text())["source"]["path"] == "x/a.html"


def test_directory_sink_other_formats(tmp_path):
    from artextract.batch.work import run
    from artextract.options import Options

    sink = DirectorySink(str(tmp_path), fmt="markdown")
    outcome = run("a.html", None, ARTICLE, Options(), 10**6, "markdown")
    sink.write(Result(Item("a.html", "a.html"), outcome.record, outcome.rendered))
    assert (tmp_path / "a.html.md").read_text().startswith("# River cleanup")


def test_open_sink_chooses_by_output(tmp_path):
    assert isinstance(open_sink(None, "json", False, io.BytesIO()), StreamSink)
    for output, kind in ((str(tmp_path / "d") + "/", DirectorySink), (str(tmp_path), DirectorySink),
                         (str(tmp_path / "o.jsonl"), JsonlFileSink)):
        sink = open_sink(output, "json", False, io.BytesIO())
        assert isinstance(sink.sink, kind)  # with its output's lock and stamps around it
        sink.close()
