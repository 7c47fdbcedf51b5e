"""Dates in inline script state: the key pieces that let a script without any key be passed quickly;
the post author a data layer names."""

from lxml import html

from artextract.html.metadata import script_state
from artextract.html.metadata.script_state import script_author, script_date
from artextract.rules.metadata import SCRIPT_DATE_KEYS


def _page(*scripts: str) -> html.HtmlElement:
    # Stands for a page whose date is only in its scripts' state: a bundle, then a data layer.
    return html.document_fromstring("<html><body><p>x</p>" + "".join(f"<script>{s}</script>" for s in scripts)
                                    + "</body></html>")


def test_every_key_holds_one_of_the_pieces():
    for key in SCRIPT_DATE_KEYS:
        assert any(piece in key for piece in script_state._KEY_PIECES), key


def test_a_key_holding_no_given_piece_is_its_own_piece():
    pieces = script_state._pieces_of(("datePublished", "releasedOn", "createdAt"))
    assert pieces == (*script_state._GIVEN_PIECES, "releasedOn")


def test_scripts_without_a_piece_are_passed_and_the_date_is_still_found():
    bundle = "function f(a){return a.map(function(x){return x*2})};var settings={lang:'de'};"
    layer = 'window.dataLayer=[{"pageType":"article","publishDate":"2025-05-27"}];'
    assert not script_state._may_hold_key(bundle) and script_state._may_hold_key(layer)
    assert script_date(_page(bundle, layer)) == "2025-05-27"
    assert script_date(_page(bundle)) is None


def test_the_best_key_wins_whatever_script_holds_it():
    first = 'var a={"createdAt":"2024-01-02"};'
    second = 'var b={"datePublished":"2023-03-04"};'
    assert script_date(_page(first, second)) == "2023-03-04"


def test_a_piece_past_the_scanned_part_is_not_read(monkeypatch):
    monkeypatch.setattr(script_state, "_MAX_SCRIPT_SCAN", 40)
    late = "var padding='" + "x" * 60 + "';var c={\"publishDate\":\"2022-05-06\"};"
    assert not script_state._may_hold_key(late)
    assert script_date(_page(late)) is None


def test_a_data_layer_names_the_post_author():
    # Stands for a WordPress page with GTM4WP's dataLayer and no byline in its theme.
    layer = 'var dataLayer_content = {"pagePostType":"post","pagePostAuthor":"Jane Doe","pagePostDate":"x"};'
    assert script_author(_page("var a=1;", layer)) == ["Jane Doe"]
    assert script_author(_page("var a=1;")) == []
    assert script_author(_page('var d={"pagePostAuthor":""};')) == []
