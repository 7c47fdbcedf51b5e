"""benchmarks/quality.py: the Readability test pages' metadata rows (title, byline, excerpt, site name)."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repo root, not in src/

from benchmarks.data import ReadabilityPage  # noqa: E402
from benchmarks.extractors import ARTEXTRACT  # noqa: E402
from benchmarks.quality import excerpt_match, score_readability_page  # noqa: E402

SUMMARY = "A short summary of the story, written by the newsroom for readers of its front page."

# A hand-written article page standing for a news page whose head states its
# description and site name in meta tags, as the Readability test pages do.
PAGE = f"""<html><head><title>River floods the old town | Valley Post</title>
<meta property="og:site_name" content="Valley Post">
<meta property="og:description" content="{SUMMARY}">
</head><body><article><h1>River floods the old town</h1>
<p>{"The river rose overnight and water filled the streets of the old town. " * 6}</p>
<p>{"Shop owners moved their goods upstairs before the water reached them. " * 6}</p>
</article></body></html>"""


def _page(tmp_path: Path, expected: dict[str, str]) -> ReadabilityPage:
    source = tmp_path / "source.html.gz"
    source.write_bytes(gzip.compress(PAGE.encode("utf-8")))
    return ReadabilityPage("valley-post", source, expected)


def test_excerpt_passes_the_same_text_cut_short_or_spaced_but_not_a_teaser_inside_it():
    assert excerpt_match("Written for readers of its front page.", "Written  for readers\nof its front page...")
    assert excerpt_match(SUMMARY[:-12] + "…", SUMMARY)
    assert not excerpt_match("readers of its front page", SUMMARY)
    assert not excerpt_match(None, SUMMARY)


def test_excerpt_and_site_name_are_scored_against_the_expected_metadata(tmp_path):
    expected = {"title": "River floods the old town", "excerpt": SUMMARY, "siteName": "Valley Post"}
    [record] = score_readability_page([ARTEXTRACT], _page(tmp_path, expected))
    assert record["excerpt"] is True
    assert record["site_name"] is True
    wrong = {"excerpt": "Another page's summary, about a fire in the new town hall last week.", "siteName": "Hill News"}
    [record] = score_readability_page([ARTEXTRACT], _page(tmp_path, wrong))
    assert (record["excerpt"], record["site_name"]) == (False, False)


def test_a_page_without_an_expected_excerpt_or_site_name_is_not_scored(tmp_path):
    [record] = score_readability_page([ARTEXTRACT], _page(tmp_path, {"title": "River floods the old town"}))
    assert record["excerpt"] is None and record["site_name"] is None
