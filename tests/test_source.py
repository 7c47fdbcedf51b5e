import codecs
import gzip
import os
import time

import pytest

from artextract import source
from artextract.source import DEFAULT_MAX_BYTES, InputError, decode, decompress, limit_text, looks_like_html, read_path


def test_utf8_bom_is_removed():
    assert decode("\ufeffHéllo".encode("utf-8")).text == "Héllo"


def test_utf16_with_bom():
    decoded = decode("\ufeff<p>Zürich</p>".encode("utf-16-le"))
    assert decoded.text == "<p>Zürich</p>"


def test_declared_charset_wins_over_guessing():
    page = '<html><head><meta charset="windows-1251"></head><body><p>Привет мир</p></body></html>'
    decoded = decode(page.encode("windows-1251"))
    assert "Привет мир" in decoded.text


def test_latin1_page_without_declaration_is_detected():
    page = "<html><body><p>Les élèves ont été très déçus à Noël, ça va.</p></body></html>"
    decoded = decode(page.encode("latin-1"))
    assert "élèves ont été très déçus" in decoded.text
    assert decoded.warnings


def test_invalid_utf8_declared_as_utf8_is_decoded_with_a_warning():
    page = '<html><head><meta charset="utf-8"></head><body><p>Caf\xe9 ' + "good text " * 200 + "</p></body></html>"
    decoded = decode(page.encode("latin-1"))
    assert "good text" in decoded.text
    assert any("utf-8" in warning.lower() for warning in decoded.warnings)


def test_bogus_charset_name_is_ignored():
    page = '<html><head><meta charset="no-such-charset-x"></head><body><p>fine</p></body></html>'
    assert "fine" in decode(page.encode()).text


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", b"\x00\x00\x00"])
def test_empty_input_is_an_error(data):
    with pytest.raises(InputError, match="empty"):
        decode(data)


def test_binary_junk_is_an_error():
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(256)) * 50)


def test_known_binary_format_is_named():
    with pytest.raises(InputError, match="PDF"):
        decode(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")


def test_gzip_is_read_transparently(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(b"<p>hello</p>"))
    assert read_path(str(path)) == b"<p>hello</p>"


def test_truncated_gzip_is_an_error(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(b"<p>hello</p>" * 1000)[:-20])
    with pytest.raises(InputError, match="truncated|corrupt"):
        read_path(str(path))


def test_corrupt_gzip_is_an_error():
    with pytest.raises(InputError, match="corrupt"):
        decompress(b"\x1f\x8b\x08\x00" + b"garbage" * 10)


def test_gzip_bomb_is_stopped_at_the_limit():
    bomb = gzip.compress(b"\0" * (5 * 1024 * 1024))
    with pytest.raises(InputError, match="limit"):
        decompress(bomb, max_bytes=1024 * 1024)


def test_oversized_file_is_an_error(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(InputError, match="limit"):
        read_path(str(path), max_bytes=1024)


def test_default_limit_is_fifty_mebibytes():
    assert DEFAULT_MAX_BYTES == 50 * 1024 * 1024


def test_missing_path():
    with pytest.raises(InputError, match="no such file"):
        read_path("/no/such/file.html")


def test_directory_is_an_error(tmp_path):
    with pytest.raises(InputError, match="directory"):
        read_path(str(tmp_path))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.html"
    path.write_text("<p>x</p>")
    path.chmod(0)
    with pytest.raises(InputError, match="permission"):
        read_path(str(path))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("<div><p>one</p><p>two</p></div>", True),
        ("Just some text.\nAnother line with a < sign.\n", False),
        ("Headline\n\nBody text that mentions <html> once.", False),
    ],
)
def test_sniffing(text, expected):
    assert looks_like_html(text) is expected


def test_undeclared_polish_windows_1250_is_not_forced_to_windows_1252():
    page = "<html><body><p>Zażółć gęślą jaźń. Łódź, Kraków i Wrocław są piękne, a ślimak idzie powoli.</p></body></html>"
    decoded = decode(page.encode("cp1250"))
    assert "Łódź" in decoded.text or "ślimak" in decoded.text


def test_undeclared_cyrillic_stays_cyrillic():
    page = "<html><body><p>Городской совет сообщил, что мост будет открыт до конца года.</p></body></html>"
    assert "Городской совет" in decode(page.encode("cp1251")).text


def test_double_encoded_utf8_is_repaired_with_a_warning():
    page = "<p>It isn’t finished – the café opens in May.</p>".encode("utf-8").decode("cp1252").encode("utf-8")
    decoded = decode(page)
    assert "It isn’t finished – the café opens in May." in decoded.text
    assert any("mojibake" in warning for warning in decoded.warnings)


def test_text_with_a_stray_mark_is_left_alone():
    text = "<p>Ângela says the menu costs 12 € — Â, not more.</p>"
    assert decode(text.encode("utf-8")).text == text


# Issue 15 item 2: a codec that is not a text encoding must never decode a page.
@pytest.mark.parametrize(
    "declaration",
    [
        *(f'<meta charset="{name}">' for name in (
            "base64", "hex", "rot13", "zlib", "uu", "bz2", "quopri", "undefined", "utf-7", "unicode_escape",
            "punycode", "idna",
        )),
        '<?xml version="1.0" encoding="rot13"?>',
    ],
)
def test_a_codec_that_is_not_a_page_encoding_is_ignored_with_a_warning(declaration):
    decoded = decode(f"{declaration}<p>Some words, and a café.</p>".encode("utf-8"))
    assert "Some words, and a café." in decoded.text
    assert decoded.encoding == "utf-8"
    assert any("ignored" in warning for warning in decoded.warnings)


# Issue 15 item 3: valid encodings read as binary, or decoded as garbage.
@pytest.mark.parametrize("encoding", ["utf-32-be", "utf-32-le", "utf-16-be", "utf-16-le"])
def test_utf16_and_utf32_with_a_byte_order_mark(encoding):
    decoded = decode("\ufeff<html><body><p>Zürich, 3 °C.</p></body></html>".encode(encoding))
    assert decoded.text == "<html><body><p>Zürich, 3 °C.</p></body></html>"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_a_byte_order_mark_are_recognised(encoding):
    page = "<html><body><p>Zürich is cold today; the lake froze at the edges.</p></body></html>"
    decoded = decode(page.encode(encoding))
    assert decoded.text == page
    assert decoded.encoding == encoding
    assert any("byte order mark" in warning for warning in decoded.warnings)


def test_plain_text_in_utf16_without_a_byte_order_mark():
    text = "Headline of the story\n\nFirst paragraph of the story, with enough words to be one.\n"
    assert decode(text.encode("utf-16-le")).text == text


def test_utf8_declared_as_ebcdic_is_read_as_utf8_with_a_warning():
    # An EBCDIC page could not spell its own <meta charset=...> in ASCII; the declaration is wrong.
    page = '<html><head><meta charset="cp037"></head><body><p>Le café est ouvert.</p></body></html>'
    decoded = decode(page.encode("utf-8"))
    assert "Le café est ouvert." in decoded.text
    assert any("cp037" in warning for warning in decoded.warnings)


def test_utf16_declared_on_a_single_byte_page_is_ignored():
    page = '<html><head><meta charset="utf-16"></head><body><p>Plain ASCII page.</p></body></html>'
    decoded = decode(page.encode("ascii"))
    assert "Plain ASCII page." in decoded.text


def test_a_declared_multibyte_charset_is_still_used():
    page = '<html><head><meta charset="shift_jis"></head><body><p>東京の天気は晴れです。</p></body></html>'
    decoded = decode(page.encode("shift_jis"))
    assert "東京の天気は晴れです。" in decoded.text and decoded.encoding == "shift_jis"


def test_binary_after_a_byte_order_mark_is_still_binary():
    with pytest.raises(InputError, match="binary"):
        decode(codecs.BOM_UTF16_LE + bytes(range(256)) * 64)


@pytest.mark.parametrize("transport", ["base64", "rot13", "undefined", "cp037", "utf-16"])
def test_a_transport_charset_that_cannot_be_the_pages_is_ignored(transport):
    page = '<html><head><meta charset="utf-8"></head><body><p>Le café est ouvert.</p></body></html>'
    decoded = decode(page.encode("utf-8"), transport)
    assert "Le café est ouvert." in decoded.text
    assert any(transport in warning for warning in decoded.warnings)


# Issue 15 item 1: raw text is read within a budget of lines and characters.
def test_text_past_the_line_budget_is_cut_with_a_warning(monkeypatch):
    monkeypatch.setattr(source, "MAX_TEXT_LINES", 100)
    text = "".join(f"line {index}\n" for index in range(250))
    kept, warnings = limit_text(text)
    assert kept.splitlines() == [f"line {index}" for index in range(100)]
    assert warnings == ["the text has more than 100 lines; the rest was not read"]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2028", "\x0c", "\x85"])
def test_every_line_ending_counts(monkeypatch, newline):
    # The line endings text/lines.py splits on.
    monkeypatch.setattr(source, "MAX_TEXT_LINES", 10)
    kept, warnings = limit_text(newline.join(["word"] * 30))
    assert kept == newline.join(["word"] * 10) and warnings


def test_text_past_the_character_budget_is_cut_with_a_warning(monkeypatch):
    monkeypatch.setattr(source, "MAX_TEXT_CHARS", 1000)
    kept, warnings = limit_text("word " * 1000)
    assert len(kept) == 1000 and warnings == ["the text is longer than 1,000 characters; the rest was not read"]


def test_text_within_the_budget_is_untouched():
    text = "Headline\n\nA paragraph.\r\nAnother one.\n"
    assert limit_text(text) == (text, [])


def test_a_long_double_encoded_text_is_repaired_in_linear_time():
    # ftfy spends ~0.2 us a character: 20 MB took 5.7 s. A text that reads back whole is undone directly.
    line = "It isn’t finished – the café opens.\n"
    data = (line * 500_000).encode("utf-8").decode("cp1252").encode("utf-8")
    start = time.process_time()
    decoded = decode(data)
    assert time.process_time() - start < 2.0
    assert decoded.text == line * 500_000
    assert "double-encoded UTF-8 (mojibake) repaired" in decoded.warnings


def test_a_long_mixed_text_is_repaired_up_to_the_repair_budget(monkeypatch):
    monkeypatch.setattr(source, "MOJIBAKE_REPAIR_CHARS", 1000)
    broken = "It isn’t finished.\n".encode("utf-8").decode("cp1252")
    text = "Zürich\n" + broken * 200  # one correct "ü" keeps the text from reading back whole
    decoded = decode(text.encode("utf-8"))
    assert decoded.text.startswith("Zürich\nIt isn’t finished.\n")
    assert decoded.text.endswith(broken)
    assert any(warning.startswith("double-encoded UTF-8 (mojibake) repaired in the first 9") for warning in decoded.warnings)


def test_a_mixed_text_dense_with_mojibake_is_repaired_up_to_the_sequence_budget(monkeypatch):
    # ftfy spends ~11 us on each broken sequence: 1.35 M of them took 15 s.
    monkeypatch.setattr(source, "MOJIBAKE_REPAIR_MARKS", 30)
    broken = "It isn’t finished.\n".encode("utf-8").decode("cp1252")
    decoded = decode(("Zürich\n" + broken * 100).encode("utf-8"))
    assert decoded.text.startswith("Zürich\n" + "It isn’t finished.\n" * 29)
    assert decoded.text.endswith(broken * 70)


def test_utf8_read_as_latin1_is_repaired():
    # A latin-1 reading leaves an invisible C1 control after "â" ("Investorâ\x80\x99s"): 9 dev sites serve it.
    line = "A DIY Investor’s Guide – “retire” early.\n"
    decoded = decode((line * 3).encode("utf-8").decode("latin-1").encode("utf-8"))
    assert decoded.text == line * 3
    assert "double-encoded UTF-8 (mojibake) repaired" in decoded.warnings


def test_mixed_text_read_as_latin1_goes_to_ftfy():
    broken = "It isn’t finished.\n".encode("utf-8").decode("latin-1")
    decoded = decode(("Zürich\n" + broken * 5).encode("utf-8"))
    assert decoded.text == "Zürich\n" + "It isn’t finished.\n" * 5


# The HTML parser reads the source's bytes when they are exactly the text's UTF-8 (html/parse.py).
def test_strict_utf8_keeps_its_bytes():
    page = "<p>It isn’t finished – the café opens in May.</p>".encode("utf-8")
    assert decode(page).utf8 is page
    declared = b'<meta charset="UTF-8">' + page
    assert decode(declared).utf8 is declared


@pytest.mark.parametrize(
    "page",
    [
        "\ufeff<p>Héllo</p>".encode("utf-8"),  # the mark is not in the text
        b"<p>Caf\xe9 cr\xe8me br\xfbl\xe9e, tr\xe8s bien.</p>",  # windows-1252
        b"<p>Caf\xc3\xa9 \xff ok</p>",  # a byte replaced
        "<p>It isn’t finished – the café opens in May.</p>".encode("utf-8").decode("cp1252").encode("utf-8"),  # repaired
        "<p>Héllo</p>",  # a str has no bytes
    ],
)
def test_text_that_is_not_its_bytes_utf8_keeps_none(page):
    assert decode(page).utf8 is None
