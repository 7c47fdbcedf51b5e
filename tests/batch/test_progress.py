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
    assert lines[1].startswith("artextract: 4 inputs: 1 ok, 1 empty, 1 failed, 1 skipped (already done) in ")
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
