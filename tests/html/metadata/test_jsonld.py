"""JsonLd: which node is the page's article."""

from __future__ import annotations

import json

import lxml.html

from artextract.html.metadata.jsonld import JsonLd


def _jsonld(*blocks: object) -> JsonLd:
    scripts = "".join(f"<script type='application/ld+json'>{json.dumps(block)}</script>" for block in blocks)
    return JsonLd(lxml.html.fromstring(f"<html><head>{scripts}</head><body><h1>A page</h1></body></html>"))


def test_a_review_an_item_holds_is_a_customers_not_the_article() -> None:
    # A service page: the business's JSON-LD carries one customer's review (a Review, typed as an
    # article may be); the page states no article of its own.
    business = {
        "@context": "https://schema.org", "@type": "LocalBusiness", "name": "Acme Movers",
        "review": {"@type": "Review", "author": {"@type": "Person", "name": "Jane Customer"},
                   "reviewBody": "They moved us in a day."},
    }
    found = _jsonld({"@context": "https://schema.org", "@type": "WebPage", "name": "Movers"}, business)
    assert found.article is None
    assert found.authors() == ([], [])


def test_a_review_of_its_own_is_the_article() -> None:
    review = {"@context": "https://schema.org", "@type": "Review", "name": "The kettle, tested",
              "author": {"@type": "Person", "name": "Jane Doe"}, "itemReviewed": {"@type": "Product", "name": "Kettle"}}
    assert _jsonld(review).authors() == (["Jane Doe"], [])
