"""text/__init__.py: the package imports nothing, so the HTML mode, which reads caption facts from
text/lines.py, does not load the raw-text region finder (memory and import time of every HTML
extraction)."""

import subprocess
import sys


def test_html_mode_does_not_load_the_raw_text_pipeline():
    probe = ("import sys, artextract.html; "
             "print(sorted(m for m in sys.modules if m.startswith('artextract.text')))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert "artextract.text.lines" in loaded  # the caption facts the walk reads
    assert "artextract.text.region" not in loaded
    assert "artextract.text.pipeline" not in loaded


def test_the_pipeline_reads_raw_text():
    from artextract.options import Options
    from artextract.text.pipeline import extract_text

    text = "A Headline About Rivers\n\n" + "The river rose in the night and the town woke to water in its streets. " * 6
    article = extract_text(text, Options())
    assert "The river rose" in article.body
