"""--explain: the region, the furniture left unread and every block's value and decision, on stderr."""

import io

from rich.console import Console

from artextract import extract
from artextract import explain as explain_module
from artextract.assemble import AuthorReading
from artextract.blocks import Decision
from artextract.html.content import Region
from artextract.page_type import PageKind

PARAGRAPHS = [
    "The council voted on Tuesday to extend the harbour wall by forty metres, a project that engineers say will protect the old town.",
    "Work is due to start in the spring and last two years, during which the ferry will sail from the north quay instead.",
    "Residents who objected to the plan said the new wall would block the view, but the council said safety came first.",
]
PAGE = f"""<html><head><title>Harbour wall to be extended | The Gazette</title></head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
  <div class="story"><h1>Harbour wall to be extended</h1>
    {"".join(f"<p>{text}</p>" for text in PARAGRAPHS)}
    <figure><img src="a.jpg"><figcaption>The old harbour wall at low tide.</figcaption></figure>
  </div>
</body></html>"""


def _explained(monkeypatch, data: str, **kwargs) -> str:
    out = io.StringIO()
    monkeypatch.setattr("rich.console.Console", lambda stderr=True: Console(file=out, width=200, color_system=None))
    explain_module.explain_article(extract(data, **kwargs))
    return out.getvalue()


def test_html_trace_carries_the_region_after_the_decisions():
    article = extract(PAGE, input_type="html")
    region = article.trace[-1]
    assert isinstance(region, Region)
    assert all(isinstance(item, (Decision, PageKind, AuthorReading)) for item in article.trace[:-1])
    assert region.headline is not None and region.headline_matches_title
    assert region.start < region.end and len(region.values) == len(region.blocks)
    assert any("share" in skip.reason for skip in region.skips)


def test_html_explain_shows_region_skips_values_and_decisions(monkeypatch):
    shown = _explained(monkeypatch, PAGE, input_type="html")
    assert "best run: blocks" in shown and "displayed headline: block" in shown
    assert "names the article (the <h1> that says what the metadata title says)" in shown
    assert "largest subtrees left unread as furniture" in shown
    assert "share class/id: share in" in shown and '<div class="share-bar">' in shown
    assert "value" in shown and "caption" in shown and "headline" in shown and "body" in shown


def test_logo_h1_is_reported_and_the_title_names_the_article(monkeypatch):
    page = PAGE.replace("<h1>Harbour wall to be extended</h1>", "").replace("<nav>", "<h1>The Gazette</h1><nav>")
    article = extract(page, input_type="html")
    assert article.headline == "Harbour wall to be extended"
    shown = _explained(monkeypatch, page, input_type="html")
    assert "does not name the article" in shown


def test_text_explain_shows_how_the_page_was_read(monkeypatch):
    shown = _explained(monkeypatch, "Harbour wall to be extended\n\n" + "\n\n".join(PARAGRAPHS), input_type="text")
    head = shown.split("artextract --explain")[0]
    assert "page read as: prose article" in head and "best run: lines" in head and "headline: line 0" in head
    assert "region" not in head  # the HTML region panel is not shown for text
    assert "body" in shown


def test_text_explain_names_a_structured_page_and_its_runs(monkeypatch):
    cards = [line for name in ("Oak chair", "Pine table", "Ash stool", "Elm bench")
             for line in (f"{name} with a waxed finish", "In stock", "$129.00")]
    shown = _explained(monkeypatch, "\n".join(["Home", "Shop", *cards, "Terms"]), input_type="text")
    assert "page read as: structured page" in shown and "run of cards: lines" in shown


def test_an_end_matter_cut_is_reported(monkeypatch):
    more = "".join(f"<p>{text} And more was said.</p>" for text in PARAGRAPHS)
    page = PAGE.replace("<figure>", f"{more}<h3>More from The Gazette</h3><p><a href='/a'>Ferry fares rise</a></p><figure>")
    shown = _explained(monkeypatch, page, input_type="html")
    assert "ended at end matter: block" in shown and "More from The Gazette" in shown


def test_explain_shows_the_page_kind_and_its_evidence(monkeypatch):
    shown = _explained(monkeypatch, PAGE, input_type="html")
    assert "page kind:" in shown and "signals:" in shown
