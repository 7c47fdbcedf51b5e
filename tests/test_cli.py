"""The command line, in-process (click's CliRunner) and through the installed executable."""

import gzip
import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from artextract.cli import main
from conftest import RIVER_CLEANUP_PAGE

HTML_PAGE = RIVER_CLEANUP_PAGE


@pytest.fixture
def runner():
    return CliRunner()


def test_json_output_on_stdout(runner, seed_path):
    result = runner.invoke(main, [str(seed_path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["headline"].startswith("US, Iraq strengthen")
    assert data["source"] == {"type": "text", "path": str(seed_path)}


def test_text_format_is_the_body(runner, seed_path):
    result = runner.invoke(main, [str(seed_path), "--format", "text"])
    assert result.exit_code == 0
    assert result.stdout.startswith("WASHINGTON – The United States")
    assert result.stdout.rstrip().endswith("enduring defeat of ISIS.")


def test_markdown_format(runner, seed_path):
    result = runner.invoke(main, [str(seed_path), "-f", "markdown"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# US, Iraq strengthen")


def test_stdin_dash(runner, seed_path):
    result = runner.invoke(main, ["-"], input=seed_path.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == {"type": "text", "path": None}


def test_html_input(runner, tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(HTML_PAGE)
    result = runner.invoke(main, [str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["headline"] == "River cleanup draws hundreds"
    assert data["source"]["type"] == "html"
    assert "Hundreds of volunteers" in data["body"]
    assert "Home" not in data["body"] and "Copyright" not in data["body"]


def test_gzip_input(runner, tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(HTML_PAGE))
    result = runner.invoke(main, [str(path), "-f", "text"])
    assert result.exit_code == 0
    assert "Hundreds of volunteers" in result.stdout


def test_input_type_forces_text(runner, tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(HTML_PAGE)
    result = runner.invoke(main, [str(path), "--input-type", "text"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"]["type"] == "text"


def test_output_file_written_atomically(runner, seed_path, tmp_path):
    target = tmp_path / "out.json"
    result = runner.invoke(main, [str(seed_path), "-o", str(target)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(target.read_text("utf-8"))["dateline"] == "WASHINGTON"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_url_option_fills_url(runner, tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(HTML_PAGE)
    result = runner.invoke(main, [str(path), "--url", "https://example.org/river"])
    assert json.loads(result.stdout)["url"] == "https://example.org/river"


@pytest.mark.parametrize(
    "content, cause",
    [(b"", "empty"), (bytes(range(256)) * 40, "binary"), (b"\x1f\x8b\x08\x00broken", "gzip")],
)
def test_bad_input_exit_1_one_line_on_stderr(runner, tmp_path, content, cause):
    path = tmp_path / "bad.html"
    path.write_bytes(content)
    result = runner.invoke(main, [str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and cause in lines[0]


def test_missing_file_exit_1(runner):
    result = runner.invoke(main, ["/no/such/page.html"])
    assert result.exit_code == 1
    assert "no such file" in result.stderr and result.stdout == ""


def test_directory_exit_1(runner, tmp_path):
    result = runner.invoke(main, [str(tmp_path)])
    assert result.exit_code == 1
    assert "directory" in result.stderr


def test_usage_error_exit_2(runner, seed_path):
    result = runner.invoke(main, [str(seed_path), "--format", "yaml"])
    assert result.exit_code == 2


def test_version_names_runtime(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert "artextract" in result.stdout and "lxml" in result.stdout and "Python" in result.stdout


def test_help_has_examples(runner):
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "jq" in result.stdout and "Examples" in result.stdout


def test_explain_goes_to_stderr(runner, seed_path):
    result = runner.invoke(main, [str(seed_path), "--explain"])
    assert result.exit_code == 0
    json.loads(result.stdout)  # stdout stays pure JSON
    assert "key_point" in result.stderr and "boilerplate" in result.stderr


def _executable():
    found = shutil.which("artextract")
    if found:
        return [found]
    return [sys.executable, "-m", "artextract"]


def test_installed_executable_pipes_into_json(seed_path):
    done = subprocess.run(_executable() + [str(seed_path)], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["key_points"]


def test_installed_executable_reads_piped_stdin(seed_path):
    done = subprocess.run(_executable() + ["-f", "text"], input=seed_path.read_bytes(), capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").startswith("WASHINGTON")


def test_python_dash_m(seed_path):
    done = subprocess.run([sys.executable, "-m", "artextract", str(seed_path), "-f", "text"], capture_output=True, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith(b"WASHINGTON")


def test_installed_executable_error_exit_code(tmp_path):
    path = tmp_path / "junk.bin"
    path.write_bytes(bytes(range(256)) * 10)
    done = subprocess.run(_executable() + [str(path)], capture_output=True, check=False)
    assert done.returncode == 1
    assert done.stdout == b""
    assert b"Traceback" not in done.stderr
