"""The command line with URLs: one page, batches mixing URLs with files, the web options, records."""

from __future__ import annotations

import gzip
import json

import jsonschema
import pytest
from click.testing import CliRunner

from artextract.article import load_schema
from artextract.cli import main
from artextract.fetch.scheduler import Fetcher

import fetch_server
from fetch_fixtures import loopback_only, server  # noqa: F401 - fixtures, used by name
from fetch_server import Starts, article, gaps, page, redirect, slow

FAST = ["--delay", "0"]  # the local server needs no pacing; politeness has its own tests


@pytest.fixture
def runner():
    return CliRunner()


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def _by_path(records: list[dict]) -> dict[str, dict]:
    return {record["source"]["path"]: record for record in records}


def test_one_url_gives_the_article_with_its_final_url_and_provenance(runner, server):
    server.routes["/old"] = redirect("/story")
    server.routes["/story"] = page(article())
    result = runner.invoke(main, [server.base + "/old", *FAST])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["headline"] == "Harbour bridge reopens"
    assert record["url"] == server.base + "/story"
    source = record["source"]
    assert (source["type"], source["path"], source["url"], source["status"]) == ("url", server.base + "/old",
                                                                              server.base + "/old", 200)
    assert source["fetched_at"].endswith("Z")
    jsonschema.validate(record, load_schema())


def test_one_url_that_fails_is_one_line_and_exit_status_1(runner, server):
    result = runner.invoke(main, [server.base + "/missing", *FAST])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"artextract: {server.base}/missing: HTTP 404 Not Found\n"


def test_one_url_as_text_and_with_the_declared_charset(runner, server):
    body = article("Crowds watched from the Café São João terrace.").encode("cp1252")
    server.routes["/latin"] = page(body, "text/html; charset=windows-1252")
    result = runner.invoke(main, [server.base + "/latin", "-f", "text", *FAST])
    assert result.exit_code == 0, result.stderr
    assert "Café São João" in result.stdout and not result.stdout.lstrip().startswith("{")


def test_user_agent_and_robots_options(runner, server):
    server.routes["/private/story"] = page(article())
    refused = runner.invoke(main, [server.base + "/private/story", *FAST])
    assert refused.exit_code == 1 and "disallowed by robots.txt" in refused.stderr
    fetched = runner.invoke(main, [server.base + "/private/story", "--ignore-robots", "--user-agent", "Reader/3", *FAST])
    assert fetched.exit_code == 0, fetched.stderr
    assert server.hits[-1].headers["User-Agent"] == "Reader/3"


def test_url_option_is_not_for_urls(runner, server):
    result = runner.invoke(main, [server.base + "/story", "--url", "https://elsewhere.example/"])
    assert result.exit_code == 2 and "--url is for files" in result.stderr


def test_a_batch_mixes_urls_files_and_directories(runner, server, tmp_path):
    server.routes["/story"] = page(article())
    server.routes["/broken"] = page("<html><body><p>Oops</p></body></html>", status=500)
    server.routes["/report.pdf"] = page(b"%PDF-1.4", "application/pdf")
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "a.html").write_text(article())
    (tmp_path / "b.html").write_text(article())
    urls = [server.base + path for path in ("/story", "/broken", "/missing", "/report.pdf", "/private/x")]
    result = runner.invoke(main, [*urls, str(tmp_path / "dir"), str(tmp_path / "b.html"), "-j", "1", *FAST])
    assert result.exit_code == 1  # some inputs failed
    records = _by_path(_records(result.stdout))
    assert set(records) == {*urls, str(tmp_path / "dir" / "a.html"), str(tmp_path / "b.html")}
    assert records[urls[0]]["headline"] == "Harbour bridge reopens" and records[urls[0]]["source"]["type"] == "url"
    errors = {url: records[url]["error"] for url in urls[1:]}
    assert errors[urls[1]] == {"type": "http", "message": "HTTP 500 Internal Server Error"}
    assert errors[urls[2]]["type"] == "http" and records[urls[2]]["source"]["status"] == 404
    assert records[urls[2]]["source"]["fetched_at"].endswith("Z")  # when the server answered
    assert errors[urls[3]]["type"] == "input" and "application/pdf" in errors[urls[3]]["message"]
    assert errors[urls[4]]["type"] == "robots"
    assert records[urls[1]]["url"] == urls[1]
    assert records[str(tmp_path / "b.html")]["source"]["type"] == "html"
    for url in urls[1:]:
        assert f"{url}: " in result.stderr  # one line per failed input
    jsonschema.validate(records[urls[0]], load_schema())


def test_urls_from_a_file_and_from_stdin(runner, server, tmp_path):
    server.routes["*"] = page(article())
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# today's pages\n{server.base}/1\n\n   {server.base}/2  \n# done\n")
    from_file = runner.invoke(main, ["--urls-from", str(listing), "-j", "1", *FAST])
    assert from_file.exit_code == 0, from_file.stderr
    assert sorted(r["source"]["path"] for r in _records(from_file.stdout)) == [server.base + "/1", server.base + "/2"]
    from_stdin = runner.invoke(main, ["--urls-from", "-", "-j", "1", *FAST], input=f"{server.base}/3\n")
    assert [r["source"]["path"] for r in _records(from_stdin.stdout)] == [server.base + "/3"]


def test_ordered_keeps_input_order_across_urls_and_files(runner, server, tmp_path):
    server.routes["/slow"] = slow(0.4)
    server.routes["*"] = page(article())
    (tmp_path / "a.html").write_text(article())
    inputs = [server.base + "/slow", str(tmp_path / "a.html"), server.base + "/fast"]
    result = runner.invoke(main, [*inputs, "--ordered", "-j", "1", *FAST])
    assert [r["source"]["path"] for r in _records(result.stdout)] == inputs


def test_per_host_and_delay_options(runner, server, monkeypatch):
    server.routes["*"] = slow(0.1)
    urls = [f"{server.base}/{n}" for n in range(4)]
    # The delay is checked on the scheduler's own clock: the server's arrival times carry the
    # machine's jitter (a gap of 0.135 s against the 0.15 s delay under load; fetch_server.Starts).
    starts, made = Starts(), Fetcher.__init__

    def watched(fetcher, *args, **kwargs):
        made(fetcher, *args, **kwargs)
        starts.watch(fetcher)

    monkeypatch.setattr(Fetcher, "__init__", watched)
    assert runner.invoke(main, [*urls, "--per-host", "1", "--delay", "0.15", "-j", "1"]).exit_code == 0
    assert max(hit.in_flight for hit in server.hits) == 1
    assert len([hit for hit in server.hits if hit.path != "/robots.txt"]) == 4
    assert len(starts.pages()) == 4 and min(gaps(starts.pages())) >= 0.15 - 1e-9


def test_save_pages_keeps_what_was_fetched(runner, server, tmp_path):
    server.routes["/story"] = page(article())
    saved = tmp_path / "saved"
    result = runner.invoke(main, [server.base + "/story", "--save-pages", str(saved), *FAST])
    assert result.exit_code == 0, result.stderr
    (entry,) = [json.loads(line) for line in (saved / "pages.jsonl").read_text().splitlines()]
    assert entry["url"] == server.base + "/story"
    with gzip.open(saved / entry["file"]) as handle:
        assert handle.read() == article().encode()
    rerun = runner.invoke(main, [str(saved / entry["file"])])
    assert json.loads(rerun.stdout)["headline"] == "Harbour bridge reopens"


def test_warc_out_then_the_warc_file_as_input(runner, server, tmp_path):
    pytest.importorskip("warcio")
    server.routes["*"] = page(article())
    warc = tmp_path / "pages.warc.gz"
    urls = [f"{server.base}/{n}" for n in range(3)]
    result = runner.invoke(main, [*urls, "--warc-out", str(warc), "-j", "1", *FAST])
    assert result.exit_code == 0, result.stderr
    reread = _records(runner.invoke(main, [str(warc), "-j", "1"]).stdout)
    assert sorted(record["url"] for record in reread) == urls
    assert all(record["headline"] == "Harbour bridge reopens" for record in reread)


def test_directory_output_places_urls_by_host_and_path(runner, server, tmp_path):
    server.routes["*"] = page(article())
    out = tmp_path / "out"
    result = runner.invoke(main, [server.base + "/news/story", server.base + "/", "-o", f"{out}/", "-j", "1", *FAST])
    assert result.exit_code == 0, result.stderr
    host = f"127.0.0.1_{server.server_address[1]}"
    assert (out / host / "news" / "story.json").exists() and (out / host / "index.json").exists()


def test_resume_fetches_only_what_is_missing(runner, server, tmp_path):
    server.routes["*"] = page(article())
    out = tmp_path / "out.jsonl"
    urls = [f"{server.base}/{n}" for n in range(4)]
    assert runner.invoke(main, [*urls[:2], "-o", str(out), "-j", "1", *FAST]).exit_code == 0
    before = len(server.hits)
    result = runner.invoke(main, [*urls, "-o", str(out), "--resume", "-j", "1", *FAST])
    assert result.exit_code == 0, result.stderr
    assert sorted(server.paths()[before:]) == ["/2", "/3", "/robots.txt"]
    assert sorted(r["source"]["path"] for r in _records(out.read_text())) == sorted(urls)


def test_urls_are_for_the_local_engine(runner, server):
    result = runner.invoke(main, [server.base + "/a", server.base + "/b", "--engine", "dask"])
    assert result.exit_code == 2 and "local engine" in result.stderr


def test_a_store_that_cannot_be_opened_stops_the_batch(runner, server, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(main, [server.base + "/a", server.base + "/b", "--save-pages", str(blocker / "d"), *FAST])
    assert result.exit_code == 1 and "cannot create the directory" in result.stderr
    assert server.hits == []
