"""benchmarks/data.py: the site of a page and the half its site falls in."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repo root, not in src/

from benchmarks.data import HALVES, ReadabilityPage, half_of, site_of, traf_pages  # noqa: E402


def test_site_is_the_host_lower_cased_without_www():
    assert site_of("https://WWW.Example.COM:8080/a/b?c=d", "x") == "example.com"
    assert site_of("http://news.example.co.uk/story", "x") == "news.example.co.uk"
    # Only a leading "www." goes: a host that merely contains it keeps it.
    assert site_of("https://blog.www.example.org/", "x") == "blog.www.example.org"


def test_a_page_without_url_is_a_site_of_its_own():
    assert site_of(None, "4802") == "4802"
    assert site_of("", "4802") == "4802"
    assert ReadabilityPage("003-metadata-preferred", Path("s"), {}).site == "003-metadata-preferred"


def test_traf_pages_without_url_join_the_site_their_file_name_begins_with(tmp_path):
    gold = [
        {"id": "1", "url": "https://www.pcgamer.com/a", "file": "pcgamer.a.html"},
        {"id": "2", "url": "hard::pcgamer.com.skyrim.html", "file": "pcgamer.com.skyrim.html"},
        {"id": "3", "url": "hard::blog.python.org.html", "file": "blog.python.org.html"},
    ]
    (tmp_path / "traf-dev").mkdir()
    lines = [json.dumps({**doc, "with": ["w"], "without": ["x"]}) for doc in gold]
    (tmp_path / "traf-dev" / "gold.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    pages = traf_pages(tmp_path)
    assert [page.url for page in pages] == ["https://www.pcgamer.com/a", None, None]
    assert [page.site for page in pages] == ["pcgamer.com", "pcgamer.com", "blog.python.org.html"]
    assert pages[0].must_have == ("w",) and pages[0].must_not == ("x",)


def test_half_is_sha1_of_the_site_mod_2():
    for site in ("example.com", "tdg.ch", "001", "spiegel.de"):
        expected = HALVES[int(hashlib.sha1(site.encode()).hexdigest(), 16) % 2]
        assert half_of(site) == expected
    assert HALVES == ("fit", "held")


def test_pages_of_one_site_share_a_half():
    urls = ["https://www.tdg.ch/a", "https://tdg.ch/b", "http://TDG.ch/c"]
    assert len({half_of(site_of(url, "x")) for url in urls}) == 1
