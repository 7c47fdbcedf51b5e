"""`--engine dask` on the command line: parts, resume, summary, and the one-line hint for a missing extra."""

from __future__ import annotations

import os
import sys

# The batch tests' page and WARC builders are shared with these tests.
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "batch"))

import importlib

import pytest
from click.testing import CliRunner

from artextract.cli import main

from batch_helpers import write_tree


def test_missing_extra_is_one_line_and_exit_2(tmp_path, monkeypatch):
    write_tree(tmp_path / "in", 2)
    real = importlib.import_module

    def fake(name, *args, **kwargs):
        if name in ("dask", "distributed"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(importlib, "import_module", fake)
    result = CliRunner().invoke(main, [str(tmp_path / "in"), "--engine", "dask"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        'artextract: dask is not installed; install it with: pip install "artextract[dask]"']


@pytest.mark.parametrize("args, message", [
    (["--engine", "dask", "-f", "markdown"], "-f markdown is for --engine local"),
    (["--engine", "dask", "-o", "x.jsonl"], "-o names a directory of parts"),
    (["--gzip"], "--gzip is for --engine dask"),
    (["-f", "parquet", "-o", "out/"], "-f parquet is for --engine dask"),
])
def test_usage_errors(tmp_path, args, message):
    write_tree(tmp_path / "in", 2)
    result = CliRunner().invoke(main, [str(tmp_path / "in"), *args])
    assert result.exit_code == 2 and message in result.stderr


def test_dask_run_then_resume_skips_finished_parts(tmp_path):
    pytest.importorskip("distributed", reason="the Dask engine needs the dask extra")
    import dask
    from distributed import LocalCluster

    write_tree(tmp_path / "in", 6)
    (tmp_path / "in" / "bad.html").write_bytes(b"")
    with dask.config.set({"distributed.worker.daemon": False}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=40)
    try:
        args = [str(tmp_path / "in"), "--engine", "dask", "--scheduler", cluster.scheduler_address,
                "--partition-size", "3", "-o", str(tmp_path / "out"), "--gzip"]
        first = CliRunner().invoke(main, args)
        assert first.exit_code == 1, first.output  # bad.html
        assert "7 inputs: 6 ok, 0 empty, 1 failed" in first.stderr
        assert "bad.html: empty input" in first.stderr or "bad.html:" in first.stderr
        again = CliRunner().invoke(main, [*args, "--resume"])
        assert again.exit_code == 0
        assert "7 already done" in again.stderr
        assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
            "_partitions.json", "part-00000.jsonl.gz", "part-00001.jsonl.gz", "part-00002.jsonl.gz"]
    finally:
        cluster.close()
