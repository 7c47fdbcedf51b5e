"""What a batch prints on stderr: failures, the summary, and a bar only when wanted."""

from __future__ import annotations

import io

from artextract.batch.progress import Reporter
from artextract.batch.records import error_record

ARTICLE_RECORD = {"body": "text", "source": {"type": "html", "path": "a.html"}, "warnings": []}
EMPTY_RECORD = {"body": "", "source": {"type": "html", "path": "b.html"}, "warnings": ["no article text found"]}


def _feed(reporter):
    reporter.start(4)
    reporter.record(ARTICLE_RECORD)
    reporter.record(EMPTY_RECORD)
    reporter.record(error_record("c.html", "timeout", "took longer than the 30 s limit; stopped"))
    reporter.skip()
    reporter.finish()


def test_summary_counts_ok_empty_failed_skipped_and_rate():
    stream = io.StringIO()
    _feed(Reporter(stream))
    lines = stream.getvalue().splitlines()
    assert lines[0] == "artextract: c.html: took longer than the 30 s limit; stopped (timeout)"
    assert lines[1].startswith("artextract: 4 inputs: 1 ok, 1 empty, 1 failed, 1 already done in ")
    assert lines[1].endswith("pages/s)")


def test_quiet_keeps_only_errors():
    stream = io.StringIO()
    _feed(Reporter(stream, show_progress=True, quiet=True))
    assert stream.getvalue().splitlines() == ["artextract: c.html: took longer than the 30 s limit; stopped (timeout)"]


def test_forced_progress_bar_draws_on_the_given_stream():
    stream = io.StringIO()
    reporter = Reporter(stream, show_progress=True)
    reporter.start(2)
    reporter.record(ARTICLE_RECORD)
    assert reporter._progress is not None
    reporter.finish()
    assert "1 ok" in stream.getvalue()


def test_interrupted_summary_says_how_many_of_how_many():
    # Issue 13: after Ctrl-C the summary said "38 inputs", not "38 of 300".
    stream = io.StringIO()
    reporter = Reporter(stream)
    reporter.start(300)
    for _ in range(38):
        reporter.record(ARTICLE_RECORD)
    reporter.finish(interrupted=True)
    assert stream.getvalue().startswith("artextract: 38 of 300 inputs: 38 ok, 0 empty, 0 failed in ")


def test_a_run_where_all_fail_gives_no_rate():
    # Issue 13: a run where every input failed reported 1236.9 pages/s.
    stream = io.StringIO()
    reporter = Reporter(stream)
    reporter.start(2)
    reporter.record(error_record("a.html", "input", "no such file"))
    reporter.record(error_record("b.html", "input", "no such file"))
    reporter.finish()
    summary = stream.getvalue().splitlines()[-1]
    assert "pages/s" not in summary and summary.endswith(" s")


def test_file_names_cannot_drive_the_terminal():
    # Issue 15 item 9: a file named "evil\n\033[2Jartextract: 99 inputs: 99 ok.html" cleared the screen
    # and printed a fake summary.
    stream = io.StringIO()
    reporter = Reporter(stream)
    name = "evil\n\033[2Jartextract: 99 inputs: 99 ok.html"
    reporter.record(error_record(name, "input", "empty input"))
    reporter.record(error_record(__import__("os").fsdecode(b"caf\xe9.html"), "input", "empty input"))
    lines = stream.getvalue().splitlines()
    assert lines == ["artextract: evil\\n\\x1b[2Jartextract: 99 inputs: 99 ok.html: empty input (input)",
                     "artextract: caf\\xe9.html: empty input (input)"]
    assert "\033" not in stream.getvalue()


def test_records_that_are_not_inputs_are_counted_apart():
    from artextract.batch.engine import Progress

    stream = io.StringIO()
    reporter = Reporter(stream)
    reporter.start(None)
    reporter.update(Progress(records=(ARTICLE_RECORD,), ignored=("other WARC records (not pages)",) * 15))
    reporter.finish()
    assert stream.getvalue().rstrip().endswith("; not inputs: 15 other WARC records (not pages)")
