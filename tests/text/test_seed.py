"""The seed example must come out exactly right, and so must variants of it."""

import json

import pytest

from artextract import extract


def _expected(seed_path):
    return json.loads(seed_path.with_name(seed_path.stem + ".expected.json").read_text("utf-8"))


def test_seed_matches_expected_json(seed_path):
    got = extract(seed_path.read_bytes()).to_dict()
    expected = _expected(seed_path)
    expected["source"]["path"] = None  # extract() from bytes does not know the path
    assert got == expected


def test_seed_fields(seed_path):
    article = extract(seed_path.read_bytes())
    assert article.headline == seed_path.read_text("utf-8").splitlines()[0]
    assert len(article.captions) == 1
    caption = article.captions[0]
    assert caption.text.startswith("High-level delegations led by")
    assert caption.text.endswith("met in Washington.")
    assert caption.credit == "INA"
    assert len(article.key_points) == 2
    assert all(not point.startswith(("•", "-", " ")) for point in article.key_points)
    assert article.dateline == "WASHINGTON"
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 15
    assert paragraphs[0].startswith("WASHINGTON – The United States and Iraq pledged")
    assert paragraphs[-1].endswith("enduring defeat of ISIS.")
    everything = json.dumps(article.to_dict(), ensure_ascii=False)
    for furniture in ('"Share', "2 min read", "SPEEDREAD", "MORE FROM THE POST"):
        assert furniture not in everything


def _variant(seed_path, transform):
    return extract(transform(seed_path.read_text("utf-8")).encode("utf-8"))


@pytest.mark.parametrize(
    "name, transform",
    [
        ("crlf", lambda t: t.replace("\n", "\r\n")),
        ("cr only", lambda t: t.replace("\n", "\r")),
        ("nbsp", lambda t: t.replace(" ", "\u00a0", 40)),
        ("no blank lines", lambda t: "\n".join(line for line in t.splitlines() if line.strip())),
        ("dash bullets", lambda t: t.replace("\u2022", "-")),
        ("star bullets", lambda t: t.replace("  \u2022", "*")),
        ("square bullets", lambda t: t.replace("\u2022", "\u25aa")),
        ("arrow bullets", lambda t: t.replace("\u2022", "\u27a4")),
        ("tab indent", lambda t: t.replace("  \u2022", "\t\u2022")),
        ("utf-8 bom", lambda t: "\ufeff" + t),
        ("nav on top", lambda t: "Home\nWorld\nPolitics\nBusiness\nSport\nSign in\nSubscribe\n\n" + t),
        ("footer below", lambda t: t + "\nAbout us\nContact us\nPrivacy Policy\nTerms of Use\n© 2024 The Post. All rights reserved.\n"),
        ("read time variant", lambda t: t.replace("2 min read", "Reading time: 3 minutes")),
        ("listen label", lambda t: t.replace("2 min read", "Listen to this article")),
        ("newsletter tail", lambda t: t + "\nSign up for our newsletter to get the latest news in your inbox.\nAdvertisement\n"),
        ("related tail", lambda t: t + "\nRelated articles\nIraq and Syria sign border deal\nUS envoy visits Baghdad\n"),
    ],
)
def test_seed_variants_keep_the_structure(seed_path, name, transform):
    article = _variant(seed_path, transform)
    assert article.headline and article.headline.startswith("US, Iraq strengthen security ties")
    assert [c.credit for c in article.captions] == ["INA"], name
    assert len(article.key_points) == 2, name
    assert article.dateline == "WASHINGTON"
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 15, name
    assert paragraphs[-1].endswith("enduring defeat of ISIS."), name


@pytest.mark.parametrize(
    "caption_line, credit",
    [
        ("Delegations met in Washington. (Reuters)", "Reuters"),
        ("Delegations met in Washington. Photo: Reuters", "Reuters"),
        ("Delegations met in Washington. Credit: AP", "AP"),
        ("Delegations met in Washington. © Getty Images", "Getty Images"),
        ("Delegations met in Washington. — Jane Doe/AFP", "Jane Doe/AFP"),
        ("Delegations met in Washington. (Photo: Jane Doe/AP)", "Jane Doe/AP"),
        ("Delegations met in Washington. Photo by Jane Doe/Getty Images", "Jane Doe/Getty Images"),
    ],
)
def test_credit_styles(seed_path, caption_line, credit):
    def swap(text):
        lines = text.splitlines()
        lines[4] = caption_line
        return "\n".join(lines)

    article = _variant(seed_path, swap)
    assert [(c.text, c.credit) for c in article.captions] == [("Delegations met in Washington.", credit)]


@pytest.mark.parametrize(
    "byline, authors",
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ],
)
def test_byline_fills_authors(seed_path, byline, authors):
    article = _variant(seed_path, lambda t: t.replace("2 min read", byline))
    assert article.authors == authors
    assert byline not in article.body


def test_date_line_fills_published(seed_path):
    article = _variant(seed_path, lambda t: t.replace("2 min read", "March 5, 2024"))
    assert article.published == "2024-03-05"
