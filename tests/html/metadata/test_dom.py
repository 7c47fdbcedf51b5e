"""Dom.signed_blocks: an article signed by a block of its own ("Written by Jane Doe"), away from
its headline and without a byline class, as author cards at an article's end do."""

from __future__ import annotations

import lxml.html

from artextract.html.metadata import read_metadata
from artextract.html.metadata.dom import Dom

PROSE = "<p>" + "A sentence of the article's own prose, long enough to be read as one. " * 6 + "</p>"


def signed(body: str) -> list[str]:
    return Dom(lxml.html.fromstring(f"<html><body><h1>A headline</h1>{PROSE}{body}</body></html>")).signed_blocks()


def test_a_label_alone_signs_with_the_next_block() -> None:
    # An author card: the label in one box, the name in the box after it.
    assert signed("<div><div>Written by</div><div>Jane Doe</div><div>Jane writes about gardens.</div></div>") == [
        "Jane Doe"
    ]
    assert signed("<h2>Article by</h2><p>Jane Doe</p>") == ["Jane Doe"]


def test_a_block_that_opens_with_the_label_signs_itself() -> None:
    assert signed("<p>Written by <a href='/team/jane'>Jane Doe</a></p>") == ["Jane Doe"]
    assert signed("<h3>Written by Jane Doe</h3><p>Jane is a finance writer.</p>") == ["Jane Doe"]


def test_several_signatures_are_a_listing_and_sign_nothing() -> None:
    cards = "".join(f"<div><h3>Story {i}</h3><p>Written by {name}</p></div>" for i, name in enumerate(["Jane Doe", "John Roe"]))
    assert signed(cards) == []


def test_the_same_signature_twice_still_signs() -> None:
    assert signed("<p>Author: Jane Doe</p><div><div>Written by</div><div>Jane Doe</div></div>") == ["Jane Doe"]


def test_a_sentence_that_opens_with_by_is_no_signature() -> None:
    assert signed("<p>By submitting, you agree to the terms.</p>") == []


def test_a_bare_preposition_away_from_the_headline_signs_nothing() -> None:
    # "By" also opens a quote's attribution or a testimonial: it does not say it labels a writer.
    assert signed("<blockquote><p>Great service, will come again.</p><p>By Joe Bloggs</p></blockquote>") == []


def test_signatures_in_comments_are_left_out() -> None:
    assert signed("<div class='comments'><div class='comment'><p>Written by Joe Bloggs</p></div></div>") == []


def test_a_signed_block_outranks_the_site_declared_as_author() -> None:
    page = f"""<html><head><meta property="og:site_name" content="Acme">
    <script type="application/ld+json">{{"@type": "Article", "headline": "A headline",
    "author": {{"@type": "Organization", "name": "Acme"}}}}</script></head>
    <body><h1>A headline</h1>{PROSE}<section><h2>Written by</h2><h3>Jane Doe</h3></section></body></html>"""
    assert read_metadata(lxml.html.fromstring(page)).authors == ["Jane Doe"]
