"""Locating and reading the development data (read-only).

The data lives beside the repository, at `<repo>/../shared/data`, both on
developer machines and in CI, which clones the repo next to `shared/`.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
DATA_ENV = "ARTEXTRACT_DATA"
RENDERINGS = ("chromium", "inscriptis")
# Ordered as WCXB lists them; used for table rows.
PAGE_TYPES = ("article", "service", "product", "collection", "listing", "forum", "documentation")


# The two halves of every development set, split by site (see `half_of`).
FIT, HELD = "fit", "held"
HALVES = (FIT, HELD)


def site_of(url: str | None, fallback: str) -> str:
    """A page's site: its URL host, lower-cased, without a leading "www.".

    Pages without a URL (Readability pages, three WCXB pages) are a site of
    their own, named by `fallback` (the page directory or id).
    """
    host = urlsplit(url).hostname if url else None  # hostname is lower-cased
    return host.removeprefix("www.") if host else fallback


def half_of(site: str) -> str:
    """The half a site belongs to: "fit" (looked at, tuned on) or "held" (only measured).

    By site, not by page, so that a rule written for one site's pages cannot
    score on the held half through another page of the same site; by hash, so
    the split is fixed and needs no list.
    """
    return HALVES[int(hashlib.sha1(site.encode("utf-8")).hexdigest(), 16) % 2]


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """`--data` beats $ARTEXTRACT_DATA beats the sibling `shared/data`."""
    chosen = override or os.environ.get(DATA_ENV) or REPO.parent / "shared" / "data"
    return Path(chosen).resolve()


def has_wcxb(root: Path) -> bool:
    return (root / "wcxb-dev" / "ground-truth").is_dir()


@dataclass(frozen=True, slots=True)
class WcxbPage:
    file_id: str
    page_type: str
    url: str | None
    truth: dict[str, Any]  # the `ground_truth` object

    @property
    def has_body(self) -> bool:
        """Two dev pages ship without main_content and are left out of F1.

        An empty main_content is different: it says the page has no main
        content (19 dev pages), so an empty extraction scores 1.0 there.
        """
        return self.truth.get("main_content") is not None

    @property
    def site(self) -> str:
        return site_of(self.url, self.file_id)


def wcxb_ids(root: Path) -> list[str]:
    return sorted(p.name.split(".")[0] for p in (root / "wcxb-dev" / "ground-truth").glob("*.json"))


def load_wcxb(root: Path, file_id: str) -> WcxbPage:
    doc = json.loads((root / "wcxb-dev" / "ground-truth" / f"{file_id}.json").read_text("utf-8"))
    return WcxbPage(
        file_id=file_id,
        page_type=doc["_internal"]["page_type"]["primary"],
        url=doc.get("url"),
        truth=doc["ground_truth"],
    )


def wcxb_html_path(root: Path, file_id: str) -> Path:
    return root / "wcxb-dev" / "html" / f"{file_id}.html.gz"


def read_gz(path: Path) -> bytes:
    with gzip.open(path, "rb") as fh:
        return fh.read()


def wcxb_text(root: Path, rendering: str, file_id: str) -> str:
    return (root / "wcxb-dev" / "text" / rendering / f"{file_id}.txt").read_text("utf-8")


def gz_size(path: Path) -> int:
    """Uncompressed size from the gzip trailer, without decompressing.

    ISIZE is the size mod 2**32, exact for anything a web page can be.
    """
    with path.open("rb") as fh:
        fh.seek(-4, os.SEEK_END)
        return struct.unpack("<I", fh.read(4))[0]


@dataclass(frozen=True, slots=True)
class ReadabilityPage:
    name: str
    source: Path
    expected: dict[str, Any]  # expected-metadata.json

    @property
    def site(self) -> str:
        return self.name  # no URL: each test page is a site of its own


def readability_pages(root: Path) -> Iterator[ReadabilityPage]:
    for page_dir in sorted((root / "readability-pages" / "pages").iterdir()):
        meta = page_dir / "expected-metadata.json"
        source = page_dir / "source.html.gz"
        if meta.is_file() and source.is_file():
            yield ReadabilityPage(page_dir.name, source, json.loads(meta.read_text("utf-8")))


def has_traf(root: Path) -> bool:
    return (root / "traf-dev" / "gold.jsonl").is_file()


@dataclass(frozen=True, slots=True)
class TrafPage:
    page_id: str
    url: str | None  # None where gold.jsonl has no web address (see traf_pages)
    site: str
    must_have: tuple[str, ...]  # the `with` snippets
    must_not: tuple[str, ...]  # the `without` snippets


def _web_url(url: str | None) -> str | None:
    return url if url and url.startswith(("http://", "https://")) else None


def _traf_site(url: str | None, file: str, hosts: set[str]) -> str:
    """The URL's site; without one, the set's host that begins the upstream file name.

    19 pages have "hard::<file name>" for a URL. Two of those file names
    begin with the host of other pages in the set ("pcgamer.com.skyrim.html"),
    and must fall in the same half as those; the rest are each a site of their own.
    """
    if url:
        return site_of(url, file)
    known = [host for host in hosts if file.startswith(host)]
    return max(known, key=len) if known else file


def traf_pages(root: Path) -> list[TrafPage]:
    """traf-dev's pages with their snippets, in id order (gold.jsonl's order).

    A page without a web address gets url None, as a saved page would come:
    "hard::..." is no address to give an extractor.
    """
    with (root / "traf-dev" / "gold.jsonl").open(encoding="utf-8") as lines:
        docs = [json.loads(line) for line in lines]
    hosts = {site_of(url, "") for doc in docs if (url := _web_url(doc.get("url")))}
    pages = []
    for doc in docs:
        url = _web_url(doc.get("url"))
        site = _traf_site(url, doc["file"], hosts)
        pages.append(TrafPage(doc["id"], url, site, tuple(doc["with"]), tuple(doc["without"])))
    return pages


def traf_html_path(root: Path, page_id: str) -> Path:
    return root / "traf-dev" / "pages" / f"{page_id}.html.gz"


# The CI sample is fixed (no randomness) so numbers from different runs and
# machines are over the same pages: every 34th page in id order, starting at
# position 14. Of the 34 possible offsets, 14 gives 40 pages with every page
# type at least 3 times (21 articles); offset 0 would miss `collection`.
SAMPLE_STEP = 34
SAMPLE_OFFSET = 14


def sample_ids(root: Path) -> list[str]:
    return wcxb_ids(root)[SAMPLE_OFFSET::SAMPLE_STEP]
