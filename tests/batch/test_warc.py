"""WARC input in local mode: HTML records become pages; everything else is passed over or an error record."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("warcio", reason="WARC input needs the warc extra (warcio)")

from artextract.batch import run_batch  # noqa: E402
from artextract.batch.warc import is_warc, iter_warc  # noqa: E402
from artextract.cli import main  # noqa: E402
from click.testing import CliRunner  # noqa: E402

from batch_helpers import article_page  # noqa: E402
from warc_helpers import crawl_warc, one_response, warc_bytes  # noqa: E402


@pytest.mark.parametrize("gzip", [True, False])
def test_html_responses_become_pages_and_the_rest_is_accounted_for(tmp_path, gzip):
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    urls = crawl_warc(path, pages=4, gzip=gzip)
    records = list(run_batch([str(path)], jobs=2, ordered=True))
    pages = [record for record in records if "error" not in record]
    errors = [record for record in records if "error" in record]
    assert [record["url"] for record in pages] == urls
    assert [record["headline"] for record in pages] == [f"Story number {n}" for n in range(4)]
    for record in pages:
        source = record["source"]
        assert source["path"] == str(path) and source["type"] == "html"
        assert source["record_id"].startswith("<urn:uuid:") and isinstance(source["offset"], int)
    # The truncated record is an error record; the PNG, the request and the revisit are not pages.
    assert [record["error"]["message"][:22] for record in errors] == ["truncated WARC record:"]
    assert all(record["error"]["type"] == "input" for record in errors)
    # Offsets are the records' own: reading from there gives that record.
    data = path.read_bytes()
    for record in pages:
        item, payload = next(iter_warc("x", "x", _Reader(data[record["source"]["offset"]:])))
        assert item.warc.url == record["url"]


class _Reader:
    def __init__(self, data):
        import io

        self._io = io.BytesIO(data)

    def read(self, size=-1):
        return self._io.read(size)

    def seekable(self):
        return False


def test_a_damaged_record_in_the_middle_does_not_stop_the_file(tmp_path):
    first = one_response("https://a.example/", article_page(1))
    second = bytearray(one_response("https://b.example/", article_page(2)))
    second[len(second) // 2] ^= 0xFF
    second[len(second) // 2 + 1] ^= 0xFF
    third = one_response("https://c.example/", article_page(3))
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(first + b"junk between members" + bytes(second) + third)
    found = [(item.warc.url, item.error) for item, _ in iter_warc(str(path), "damaged.warc.gz")]
    assert found[0] == ("https://a.example/", None) and found[-1] == ("https://c.example/", None)
    assert all(error.startswith("malformed WARC record") for _, error in found[1:-1]) and len(found) >= 3


def test_plain_warc_with_a_wrong_content_length_goes_on_to_the_next_record(tmp_path):
    first = one_response("https://a.example/", article_page(1), gzip=False)
    second = one_response("https://b.example/", article_page(2), gzip=False).replace(b"Content-Length: ", b"Content-Length: 1", 1)
    third = one_response("https://c.example/", article_page(3), gzip=False)
    path = tmp_path / "bad.warc"
    path.write_bytes(first + second + third)
    found = [(item.warc.url, item.error is None) for item, _ in iter_warc(str(path), "bad.warc")]
    assert found[0] == ("https://a.example/", True) and found[-1] == ("https://c.example/", True)
    assert ("https://b.example/", False) in found


def test_chunked_and_gzip_encoded_payloads_are_decoded(tmp_path):
    import gzip as gz

    body = article_page(7)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + 500]), body[i:i + 500]) for i in range(0, len(body), 500))
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    import io

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, payload, extra in [("https://chunked.example/", chunked + b"0\r\n\r\n", ("Transfer-Encoding", "chunked")),
                                ("https://gzip.example/", gz.compress(body), ("Content-Encoding", "gzip"))]:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), extra], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers))
    path = tmp_path / "encoded.warc.gz"
    path.write_bytes(out.getvalue())
    assert [payload for _, payload in iter_warc(str(path), "x")] == [body, body]


def test_resume_and_directory_output_work_per_record(tmp_path):
    path = tmp_path / "in" / "crawl.warc.gz"
    path.parent.mkdir()
    crawl_warc(path, pages=3)
    out = tmp_path / "all.jsonl"
    runner = CliRunner()
    first = runner.invoke(main, [str(tmp_path / "in"), "-o", str(out), "-j", "1"])
    assert first.exit_code == 1  # the PNG and the truncated record
    lines = out.read_bytes().splitlines()
    out.write_bytes(b"\n".join(lines[:2]) + b"\n")  # as if killed after two records
    again = runner.invoke(main, [str(tmp_path / "in"), "-o", str(out), "-j", "1", "--resume"])
    assert again.exit_code == 1
    records = [json.loads(line) for line in out.read_bytes().splitlines()]
    keys = [(record["source"]["path"], record["source"]["offset"]) for record in records]
    assert len(keys) == len(set(keys)) == len(lines)
    tree = runner.invoke(main, [str(tmp_path / "in"), "-o", str(tmp_path / "tree") + "/", "-j", "1"])
    assert tree.exit_code == 1
    written = sorted(p.relative_to(tmp_path / "tree").as_posix() for p in (tmp_path / "tree").rglob("*.json"))
    assert len(written) == 3 and all(name.startswith("crawl.warc.gz/") for name in written)


def test_a_warc_file_alone_selects_batch_mode_and_names_failures_with_offsets(tmp_path):
    path = tmp_path / "crawl.warc"
    crawl_warc(path, pages=2, gzip=False)
    result = CliRunner().invoke(main, [str(path), "-j", "1"])
    assert result.exit_code == 1  # the truncated record
    assert len(result.stdout.splitlines()) == 3
    assert f"{path}@" in result.stderr and "truncated WARC record" in result.stderr


def test_a_real_crawl_of_pages_and_assets_succeeds(tmp_path):
    # Issue 13: 3 pages and 15 CSS/JS/image records gave 15 error lines, "15 failed" and exit 1.
    entries = [("request", "https://site.example/")]
    for number in range(3):
        entries.append(("response", f"https://site.example/story/{number}", article_page(number),
                        "text/html; charset=utf-8"))
        for kind, media in (("css", "text/css"), ("js", "application/javascript"), ("png", "image/png"),
                            ("woff", "font/woff2"), ("json", "application/json")):
            entries.append(("response", f"https://site.example/asset{number}.{kind}", b"x" * 40, media))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes(entries))
    result = CliRunner().invoke(main, [str(path), "-j", "1"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["headline"] for record in records] == [f"Story number {n}" for n in range(3)]
    assert result.stderr.splitlines() == [line for line in result.stderr.splitlines() if "failed" not in line
                                          or "0 failed" in line]
    summary = result.stderr.strip().splitlines()[-1]
    assert "3 inputs: 3 ok, 0 empty, 0 failed" in summary
    assert summary.endswith("; not inputs: 16 other WARC records (not pages)")  # 15 assets and the request
    strict = CliRunner().invoke(main, [str(path), "-j", "1", "--strict"])
    assert strict.exit_code == 1
    errors = [json.loads(line) for line in strict.stdout.splitlines() if '"error"' in line]
    assert len(errors) == 15 and all("not an HTML page" in record["error"]["message"] for record in errors)


def test_a_url_ending_in_warc_is_no_warc_file():
    assert is_warc("crawl/part-1.warc.gz") and is_warc("PART.WARC")
    assert not is_warc("https://example.org/archive/part-1.warc.gz")
