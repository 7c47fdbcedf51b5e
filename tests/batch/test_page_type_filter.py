"""--page-type KIND[,KIND]: pages of other kinds get a record {"skipped": "page_type"} and no document (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from artextract.batch import filters
from artextract.cli import main

from batch_helpers import read_jsonl

HTML = Path(__file__).resolve().parents[2] / "fixtures" / "html"


def _folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("wordpress_captions", "forum_thread", "docs_page"):
        (folder / f"{name}.html").write_bytes((HTML / f"{name}.html").read_bytes())
    return folder


def test_the_filter_keeps_the_kinds_asked_for():
    assert filters.PageType(("article", "forum")).reason({"page_type": "forum"}) is None
    assert filters.PageType(("article",)).reason({"page_type": "listing"}) == "page_type"
    assert filters.PageType(("article",)).reason({"page_type": None}) == "page_type"  # raw text: no kind
    assert filters.parse_page_types(" Article,forum,article") == ("article", "forum")


def test_every_input_keeps_a_record(tmp_path):
    result = CliRunner().invoke(main, [str(_folder(tmp_path)), "--page-type", "article,documentation", "--ordered"])
    assert result.exit_code == 0, result.stderr
    by_name = {json.loads(line)["source"]["path"].rsplit("/", 1)[1]: json.loads(line) for line in result.stdout.splitlines()}
    assert by_name["wordpress_captions.html"]["page_type"] == "article"
    assert by_name["docs_page.html"]["page_type"] == "documentation"
    assert by_name["forum_thread.html"]["skipped"] == "page_type"


def test_directory_output_writes_no_document_for_another_kind(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, [str(_folder(tmp_path)), "--page-type", "forum", "-o", f"{out}/"])
    assert result.exit_code == 0, result.stderr
    assert sorted(path.name for path in out.iterdir() if not path.name.startswith(".")) == ["forum_thread.html.json",
                                                                                             "skipped.jsonl"]
    assert all(record["skipped"] == "page_type" for record in read_jsonl(out / "skipped.jsonl"))


def test_an_unknown_kind_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, [str(_folder(tmp_path)), "--page-type", "blog"])
    assert result.exit_code == 2 and "page kinds are" in result.stderr
