"""The batch package's names load their modules on first use (artextract/batch/__init__.py)."""

import subprocess
import sys
from importlib import import_module

import artextract.batch as batch
from artextract.batch import pool, records, run, work


def test_public_names_are_their_modules_objects():
    assert batch.run_batch is run.run_batch
    assert batch.process_bytes is work.process_bytes
    assert batch.Pool is pool.Pool
    assert batch.status is records.status
    assert batch.discover is import_module("artextract.batch.discover").discover  # the function, not the module
    assert set(batch.__all__) <= set(dir(batch))


def test_unknown_name_is_an_attribute_error():
    try:
        batch.no_such_name  # noqa: B018
    except AttributeError as error:
        assert "no_such_name" in str(error)
    else:
        raise AssertionError("an unknown name was found")


def test_single_page_command_leaves_the_batch_machinery_unimported(tmp_path):
    """`artextract page.html` escapes names with batch/control.py and compares paths with identity.py;
    the worker pool, WARC reader and multiprocessing are for batch runs only (their import was ~4%
    of a single small page's CPU). A small page of two paragraphs stands for any single input."""
    page = tmp_path / "page.html"
    page.write_text("<html><body><article><h1>Title</h1><p>One paragraph of words here.</p>"
                    "<p>Another paragraph of words.</p></article></body></html>")
    script = (
        "import sys\n"
        "from artextract.cli import main\n"
        f"sys.argv = ['artextract', {str(page)!r}, '-o', {str(tmp_path / 'out.json')!r}]\n"
        "try:\n    main()\nexcept SystemExit as stop:\n    assert not stop.code, stop.code\n"
        "loaded = sorted(name for name in ('artextract.batch.pool', 'artextract.batch.warc', "
        "'artextract.batch.run', 'multiprocessing') if name in sys.modules)\n"
        "print(','.join(loaded))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
    assert (tmp_path / "out.json").exists()
