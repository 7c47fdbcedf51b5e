"""Properties that must hold on real pages: a valid Article, no crash, and
captions and key points never repeated in the body.

Runs on the fixed development sample (benchmarks/data.py) in both modes:
HTML, and the browser-copied and scraper text of the same pages.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import jsonschema
import pytest

from artextract import InputError, extract
from artextract.article import load_schema

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.data import data_dir, has_wcxb, sample_ids  # noqa: E402

ROOT = data_dir()
pytestmark = pytest.mark.skipif(not has_wcxb(ROOT), reason=f"development data not found at {ROOT}")
SCHEMA = load_schema()


def _inputs():
    if not has_wcxb(ROOT):
        return []
    cases = []
    for file_id in sample_ids(ROOT):
        cases.append(pytest.param("html", file_id, id=f"html-{file_id}"))
        cases.append(pytest.param("chromium", file_id, id=f"chromium-{file_id}"))
        cases.append(pytest.param("inscriptis", file_id, id=f"inscriptis-{file_id}"))
    return cases


def _read(kind: str, file_id: str) -> bytes:
    if kind == "html":
        return gzip.decompress((ROOT / "wcxb-dev" / "html" / f"{file_id}.html.gz").read_bytes())
    return (ROOT / "wcxb-dev" / "text" / kind / f"{file_id}.txt").read_bytes()


@pytest.mark.parametrize("kind, file_id", _inputs())
def test_article_properties(kind, file_id):
    data = _read(kind, file_id)
    try:
        article = extract(data, input_type="html" if kind == "html" else "text")
    except InputError as error:
        assert not data.strip(), f"{kind} {file_id}: {error}"  # only blank text files may be refused
        return
    record = article.to_dict()
    jsonschema.validate(record, SCHEMA)
    paragraphs = set(record["body"].split("\n"))
    for point in record["key_points"]:
        assert point not in paragraphs and f"- {point}" not in paragraphs, point
    for caption in record["captions"]:
        assert not caption["text"] or caption["text"] not in paragraphs, caption  # a credit-only caption has no text
