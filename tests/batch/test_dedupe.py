"""--dedupe's statistics: a site's repeated short blocks outside the article go; nothing else moves."""

from __future__ import annotations

from artextract.batch.dedupe import Statistics, apply, blocks, dedupe_records, normalise, removable, site_of


def record(path: str, body: str, url: str | None = "https://news.example/") -> dict:
    words = len(body.split())
    return {"headline": None, "url": url, "body": body, "word_count": words, "reading_time_minutes": 1,
            "source": {"type": "html", "path": path}, "warnings": []}


def story(number: int) -> str:
    return (f"Story {number} opens with its own first paragraph, which no other page of the site shares at all.\n\n"
            f"Its second paragraph, number {number}, goes on about something else entirely, in many more words.")


SIGN_UP = "Sign up for our newsletter"
FOLLOW = "Follow us on social media"


def test_template_blocks_at_the_edges_go_from_every_page():
    pages = [record(f"p{n}.html", f"{SIGN_UP}\n\n{story(n)}\n\n{FOLLOW}") for n in range(3)]
    changes = list(dedupe_records(pages))
    assert [change.record["body"] for change in changes] == [story(n) for n in range(3)]
    assert changes[0].removed == [SIGN_UP, FOLLOW]
    assert changes[0].record["word_count"] == len(story(0).split())


def test_one_page_alone_is_never_changed():
    page = record("a.html", f"{SIGN_UP}\n\n{story(1)}\n\n{FOLLOW}")
    (change,) = dedupe_records([page])
    assert change.record == page and not change.removed


def test_other_sites_do_not_count():
    pages = [record("a.html", f"{story(1)}\n\n{FOLLOW}", "https://one.example/a"),
             record("b.html", f"{story(2)}\n\n{FOLLOW}", "https://two.example/b")]
    assert all(not change.removed for change in dedupe_records(pages))


def test_a_block_between_the_pages_own_text_stays():
    # A repeated line inside the article's run (a quote, a recurring subheading) is not template.
    pages = [record(f"p{n}.html", f"{story(n)}\n\nWhat happens next\n\n{story(n + 10)}") for n in range(3)]
    assert all(not change.removed for change in dedupe_records(pages))


def test_long_repeated_sentences_stay_but_mark_the_template_stretch():
    terms = "International shipment of items may be subject to customs processing and additional charges."
    pages = [record(f"p{n}.html", f"{story(n)}\n\n{terms}\n\n{FOLLOW}") for n in range(3)]
    assert [change.removed for change in dedupe_records(pages)] == [[FOLLOW]] * 3


def test_prices_and_counts_are_data_not_template():
    pages = [record(f"p{n}.html", f"{story(n)}\n\n$39.99\n\n196") for n in range(3)]
    assert all(not change.removed for change in dedupe_records(pages))


def test_copies_of_a_page_are_marked_and_counted_once():
    pages = [record("b.html", f"{story(1)}\n\n{FOLLOW}"), record("a.html", f"{story(1)}\n\n{FOLLOW}")]
    changes = {change.record["source"]["path"]: change for change in dedupe_records(pages)}
    assert changes["b.html"].record["duplicate_of"] == "a.html"  # the first by path, whatever the order
    assert "duplicate_of" not in changes["a.html"].record
    assert not changes["a.html"].removed and not changes["b.html"].removed  # one page, counted once


def test_near_copies_keep_their_text():
    # Two addresses of one article share nearly all of it: that is not the site's template.
    pages = [record("a.html", f"{story(1)}\n\nShared by a reader"), record("b.html", f"{story(1)}\n\nPrinted copy")]
    changes = list(dedupe_records(pages))
    assert [change.record["body"] for change in changes] == [page["body"] for page in pages]
    assert all(change.kept_whole or not change.removed for change in changes)


def test_errors_and_empty_bodies_pass_through():
    error = {"source": {"type": None, "path": "x.html"}, "error": {"type": "input", "message": "empty input"}}
    empty = record("e.html", "")
    stats = Statistics()
    for item in (error, empty):
        stats.count(item)
    assert apply(error, stats).record is error and apply(empty, stats).record is empty


def test_helpers():
    assert blocks("a\n\nb\nc\n") == ["a", "b", "c"]
    assert normalise("  Sign UP – now! ") == "sign up – now"
    assert normalise("$39.99") == "" and not removable(" ".join(["word"] * 7)) and removable(SIGN_UP)
    assert site_of(record("a.html", "x", "https://www.News.example/a")) == "news.example"
    assert site_of(record("/in/site/a.html", "x", None)) == "folder:/in/site"
