"""normalize.declared_names: the names a structured author field (JSON-LD, meta tags) declares."""

from __future__ import annotations

import lxml.html

from artextract.html.metadata.meta_tags import collect_meta, meta_authors
from artextract.html.metadata.normalize import declared_names


def test_an_organisations_name_is_one_name_with_its_commas_and_joiners() -> None:
    # A federal department's full name lists its fields; a fire brigade names its unit after a comma.
    assert declared_names("Eidgenössisches Departement für Wirtschaft, Bildung und Forschung WBF") == [
        "Eidgenössisches Departement für Wirtschaft, Bildung und Forschung WBF"
    ]
    assert declared_names("Feuerwehr Oldenburg, Abteilung Wasserrettung") == ["Feuerwehr Oldenburg, Abteilung Wasserrettung"]
    assert declared_names("Ministry of Housing, Communities and Local Government") == [
        "Ministry of Housing, Communities and Local Government"
    ]


def test_people_and_companies_listed_stay_apart() -> None:
    assert declared_names("Jane Doe, John Roe") == ["Jane Doe", "John Roe"]
    assert declared_names("Jane Doe and John Roe") == ["Jane Doe", "John Roe"]
    # A company's legal form is no organisation word: two companies are two names.
    assert declared_names("bergportal GmbH, digvis GmbH") == ["bergportal GmbH", "digvis GmbH"]


def test_the_meta_tags_author_reads_an_organisation_whole() -> None:
    tree = lxml.html.fromstring(
        "<html><head><meta name='author' content='Police Department of Springfield, Traffic Division'>"
        "</head><body></body></html>")
    assert meta_authors(collect_meta(tree)) == ["Police Department of Springfield, Traffic Division"]
