"""Per-page quality scoring: one flat record per (page, system, input).

The functions here are the units of work handed to the process pool, so they
take only picklable arguments and do their own file reading.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from benchmarks import extractors as ex
from benchmarks import scoring
from benchmarks.data import (
    RENDERINGS,
    ReadabilityPage,
    TrafPage,
    WcxbPage,
    half_of,
    load_wcxb,
    read_gz,
    traf_html_path,
    wcxb_html_path,
    wcxb_text,
)

Record = dict[str, Any]
T = TypeVar("T")


def _wcxb_record(page: WcxbPage, system: str, source: str, got: ex.Extraction) -> Record:
    """Score one extraction against WCXB ground truth.

    Every metric is None where the ground truth has nothing to compare with,
    so the aggregates count only pages that can be scored.
    """
    truth = page.truth
    record: Record = {
        "dataset": "wcxb",
        "page": page.file_id,
        "page_type": page.page_type,
        "site": page.site,
        "half": half_of(page.site),
        "system": system,
        "input": source,
        "error": got.error,
        "precision": None,
        "recall": None,
        "f1": None,
    }
    if page.has_body:
        prf = scoring.word_prf(got.body, truth["main_content"])
        record.update(precision=prf.precision, recall=prf.recall, f1=prf.f1)
    record["with"], record["without"] = scoring.snippet_rates(
        got.body, truth.get("with") or [], truth.get("without") or []
    )
    title = truth.get("title")
    record["headline_strict"] = scoring.headline_strict(got.title, title) if title else None
    record["title_lenient"] = scoring.title_lenient(got.title, title) if title else None
    author = truth.get("author")
    record["author"] = scoring.author_match(got.authors, author) if author else None
    date = truth.get("publish_date")
    record["date"] = scoring.same_day(got.published, date) if date else None
    return record


def _text_extraction(system: str, text: str) -> ex.Extraction:
    if not text.strip():
        # Some renderings are blank (30 chromium files, 8 inscriptis, where
        # the page needs scripts). Refusing blank input is right for a library;
        # here it is simply an empty extraction, not a crash to report.
        return ex.Extraction()
    if system == ex.ARTEXTRACT:
        # Text mode gets no URL: pasted text arrives without one.
        return ex.guarded(ex.artextract, text, None, "text")
    return ex.whole_text(text)


def score_text_page(root: Path, systems: Sequence[str], file_id: str) -> list[Record]:
    """Raw-text mode on both renderings of one page."""
    page = load_wcxb(root, file_id)
    records = []
    for rendering in RENDERINGS:
        text = wcxb_text(root, rendering, file_id)
        for system in systems:
            records.append(_wcxb_record(page, system, rendering, _text_extraction(system, text)))
    return records


def _html_extraction(system: str, html: bytes, url: str | None, body: bool) -> ex.Extraction:
    if system == ex.ARTEXTRACT:
        return ex.guarded(ex.artextract, html, url, "html")
    if system == ex.TRAFILATURA:
        return ex.guarded(ex.trafilatura_html, html, url, body)
    raise ValueError(f"{system!r} has no HTML mode")


def score_html_page(
    root: Path, systems: Sequence[str], file_id: str, body: bool = True
) -> list[Record]:
    """HTML mode on one WCXB page; the URL is passed as a fetcher would know it."""
    page = load_wcxb(root, file_id)
    html = read_gz(wcxb_html_path(root, file_id))
    return [
        _wcxb_record(page, system, "html", _html_extraction(system, html, page.url, body))
        for system in systems
    ]


# An excerpt is a sentence or a paragraph: containment, as titles are judged,
# would pass a short teaser found inside a longer summary. Word F1 at this
# level still passes the same text cut short ("...") or with entities left in.
EXCERPT_MIN_F1 = 0.8


def excerpt_match(extracted: str | None, reference: str) -> bool:
    """The excerpt's words and ours agree (bag-of-words F1 >= EXCERPT_MIN_F1)."""
    return scoring.word_prf(extracted, reference).f1 >= EXCERPT_MIN_F1


def score_readability_page(
    systems: Sequence[str], page: ReadabilityPage, body: bool = False
) -> list[Record]:
    """Title, byline, excerpt and site name of one Readability test page (it has no body truth)."""
    html = read_gz(page.source)
    title, byline = page.expected.get("title"), page.expected.get("byline")
    excerpt, site = page.expected.get("excerpt"), page.expected.get("siteName")
    records = []
    for system in systems:
        got = _html_extraction(system, html, None, body)
        records.append(
            {
                "dataset": "readability",
                "page": page.name,
                "site": page.site,
                "half": half_of(page.site),
                "system": system,
                "input": "html",
                "error": got.error,
                "headline_strict": scoring.headline_strict(got.title, title) if title else None,
                "title_lenient": scoring.title_lenient(got.title, title) if title else None,
                "author": scoring.author_match(got.authors, byline) if byline else None,
                # Readability's expected title is the document's title, not the displayed heading.
                "document_title_lenient": scoring.title_lenient(got.document_title, title) if title else None,
                "document_title_strict": scoring.headline_strict(got.document_title, title) if title else None,
                "excerpt": excerpt_match(got.excerpt, excerpt) if excerpt else None,
                "site_name": scoring.title_lenient(got.site_name, site) if site else None,
            }
        )
    return records


# traf-dev runs: (system, input) pairs. artextract is scored twice: on the
# article text a reader gets, and on the body alone, so that text moved into
# key points or captions shows as such.
TRAF_ARTICLE, TRAF_BODY, TRAF_TXT = "article text", "body only", "txt"


TrafRun = tuple[str, ex.Extraction, str]  # (input label, extraction, text scored)


def _traf_texts(system: str, html: bytes, url: str | None) -> list[TrafRun]:
    """The traf-dev runs of one system on one page."""
    if system == ex.ARTEXTRACT:
        got = ex.guarded(ex.artextract, html, url, "html")
        return [(TRAF_ARTICLE, got, got.article_text()), (TRAF_BODY, got, got.body)]
    if system == ex.TRAFILATURA:
        got = ex.guarded(lambda: ex.Extraction(body=ex.trafilatura_text(html, url)))
        return [(TRAF_TXT, got, got.body)]
    raise ValueError(f"{system!r} has no traf-dev run")


def _traf_rendered(renderings: Path | None, page_id: str) -> list[TrafRun]:
    """The raw-text mode on each rendering of one page, scored on its article text.

    traf-dev ships HTML only; `fields/render_texts.py --set all` renders it
    the two ways wcxb-dev's text/ was made, so the raw-text mode can be scored
    on European pages too. A rendering without a file for the page is skipped.
    """
    runs = []
    for rendering in RENDERINGS if renderings else ():
        path = renderings / rendering / f"{page_id}.txt.gz"
        if path.exists():
            got = _text_extraction(ex.ARTEXTRACT, read_gz(path).decode("utf-8"))
            runs.append((rendering, got, got.article_text()))
    return runs


def score_traf_page(
    root: Path, systems: Sequence[str], page: TrafPage, renderings: Path | None = None
) -> list[Record]:
    """Snippet decisions on one traf-dev page, with the snippets missed and found.

    With `renderings`, artextract's raw-text mode on each rendering is scored too
    (input = the rendering's name).
    """
    html = read_gz(traf_html_path(root, page.page_id))
    records = []
    runs = [(system, run) for system in systems for run in _traf_texts(system, html, page.url)]
    if ex.ARTEXTRACT in systems:
        runs += [(ex.ARTEXTRACT, run) for run in _traf_rendered(renderings, page.page_id)]
    for system, (source, got, text) in runs:
        hits = scoring.snippet_hits(text, page.must_have, page.must_not)
        records.append(
            {
                "dataset": "traf",
                "page": page.page_id,
                "url": page.url,
                "site": page.site,
                "half": half_of(page.site),
                "system": system,
                "input": source,
                "error": got.error,
                # traf-dev has no true headline; kept so runs can be compared
                # with each other (the raw-text modes against the HTML mode).
                "headline": got.title,
                "chars": len(text),
                "tp": hits.tp,
                "fn": hits.fn,
                "fp": hits.fp,
                "tn": hits.tn,
                "with_missed": list(hits.with_missed),
                "without_found": list(hits.without_found),
            }
        )
    return records


def run_pool(
    work: Callable[[T], list[Record]],
    items: Iterable[T],
    jobs: int,
    progress: Callable[[int, int], None] | None = None,
) -> list[Record]:
    """Map `work` over items on `jobs` processes, keeping input order.

    jobs=1 runs in-process, which keeps tracebacks and pdb usable.
    """
    items = list(items)
    records: list[Record] = []

    def collect(results: Iterable[list[Record]]) -> None:
        for done, page_records in enumerate(results, 1):
            records.extend(page_records)
            if progress:
                progress(done, len(items))

    if jobs <= 1:
        collect(map(work, items))
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            # Small chunks: page cost varies a lot, big chunks leave a core idle.
            collect(pool.map(work, items, chunksize=2))
    return records


def text_work(root: Path, systems: Sequence[str]) -> Callable[[str], list[Record]]:
    return partial(score_text_page, root, systems)


def html_work(root: Path, systems: Sequence[str], body: bool) -> Callable[[str], list[Record]]:
    return partial(score_html_page, root, systems, body=body)


def traf_work(
    root: Path, systems: Sequence[str], renderings: Path | None = None
) -> Callable[[TrafPage], list[Record]]:
    return partial(score_traf_page, root, systems, renderings=renderings)


def readability_work(systems: Sequence[str]) -> Callable[[ReadabilityPage], list[Record]]:
    return partial(score_readability_page, systems)
