"""The Dask engine on a LocalCluster of 2 worker processes: the same records as local mode."""

from __future__ import annotations

import os
import sys

# The batch tests' page and WARC builders are shared with these tests.
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "batch"))

import functools
import json
import os

import pytest

pytest.importorskip("distributed", reason="the Dask engine needs the dask extra: pip install 'artextract[dask]'")
pytest.importorskip("warcio", reason="WARC input needs the warc extra")

from artextract.batch import run_batch  # noqa: E402
from artextract.batch.records import record_key  # noqa: E402
from artextract.scale import parts  # noqa: E402
from artextract.scale.dask_engine import plan, discover_inputs, run_dask  # noqa: E402

from batch_helpers import write_tree  # noqa: E402
from scale_helpers import kill_worker_once, note_start, starts  # noqa: E402
from warc_helpers import crawl_warc  # noqa: E402


@pytest.fixture(scope="module")
def scheduler():
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.daemon": False}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=40)
    yield cluster.scheduler_address
    cluster.close()


def by_key(records):
    records = list(records)
    keyed = {json.dumps(record_key(record)): record for record in records}
    assert len(keyed) == len(records), "a record came twice"
    return keyed


@pytest.fixture
def inputs(tmp_path):
    root = tmp_path / "in"
    write_tree(root / "pages", 9, per_folder=4)
    (root / "pages" / "empty.html").write_bytes(b"")
    crawl_warc(root / "crawl.warc.gz", pages=3)
    return root


def test_directory_and_warc_give_local_modes_records(scheduler, inputs):
    local = by_key(run_batch([str(inputs)], jobs=2))
    remote = by_key(run_dask([str(inputs)], scheduler=scheduler, partition_size=4))
    assert remote == local
    assert any(record.get("source", {}).get("offset") is not None for record in remote.values())


@pytest.mark.parametrize("fmt, compress", [("jsonl", False), ("jsonl", True), ("parquet", False)])
def test_parts_hold_the_same_records(scheduler, inputs, tmp_path, fmt, compress):
    if fmt == "parquet":
        pytest.importorskip("pyarrow", reason="Parquet output needs the parquet extra")
    out = str(tmp_path / "out")
    list(run_dask([str(inputs)], scheduler=scheduler, partition_size=4, output=out, fmt=fmt, compress=compress))
    names = sorted(parts.finished_parts(out))
    # 10 pages in runs of 4, then the WARC file alone
    assert names == [parts.part_name(index, fmt, compress) for index in range(4)]
    assert not os.path.exists(os.path.join(out, parts.TEMPORARY))
    assert by_key(parts.read_parts(out)) == by_key(run_batch([str(inputs)], jobs=2))


def test_a_killed_workers_partition_is_retried(scheduler, inputs, tmp_path):
    marks = tmp_path / "marks"
    marks.mkdir()
    hook = functools.partial(kill_worker_once, str(marks), 1)
    out = str(tmp_path / "out")
    records = list(run_dask([str(inputs)], scheduler=scheduler, partition_size=4, output=out, on_start=hook))
    assert (marks / "killed-1").exists()
    assert starts(str(marks))[1] == 2  # killed once, then run again
    assert by_key(records) == by_key(run_batch([str(inputs)], jobs=2))
    assert by_key(parts.read_parts(out)) == by_key(records)


def test_resume_writes_only_the_missing_parts_once(scheduler, inputs, tmp_path):
    out = tmp_path / "out"
    first_marks, second_marks = tmp_path / "m1", tmp_path / "m2"
    first_marks.mkdir()
    second_marks.mkdir()
    run = functools.partial(run_dask, [str(inputs)], scheduler=scheduler, partition_size=4, output=str(out))
    list(run(on_start=functools.partial(note_start, str(first_marks))))
    # As an interrupted run leaves it: two parts missing, a half-written one in _temporary/.
    (out / "part-00001.jsonl").unlink()
    (out / "part-00003.jsonl").unlink()
    (out / parts.TEMPORARY).mkdir()
    (out / parts.TEMPORARY / "part-00001.jsonl.deadbeef").write_bytes(b'{"headline": "half')
    kept = {name: os.stat(out / name).st_ino for name in ("part-00000.jsonl", "part-00002.jsonl")}
    list(run(resume=True, on_start=functools.partial(note_start, str(second_marks))))
    assert starts(str(second_marks)) == {1: 1, 3: 1}
    assert {name: os.stat(out / name).st_ino for name in kept} == kept
    assert not (out / parts.TEMPORARY).exists()
    assert by_key(parts.read_parts(str(out))) == by_key(run_batch([str(inputs)], jobs=2))


def test_resume_refuses_other_inputs(scheduler, inputs, tmp_path):
    out = str(tmp_path / "out")
    list(run_dask([str(inputs / "pages")], scheduler=scheduler, output=out))
    with pytest.raises(ValueError, match="not those of the run being resumed"):
        list(run_dask([str(inputs)], scheduler=scheduler, output=out, resume=True))


def test_plan_puts_each_warc_file_alone(inputs):
    partitions = plan(discover_inputs([str(inputs)]), partition_size=4)
    assert [len(partition.items) for partition in partitions] == [1, 4, 4, 2]
    assert partitions[0].items[0].path.endswith("crawl.warc.gz")


def test_a_local_cluster_shows_its_dashboard_on_this_machine_only(monkeypatch):
    # Dask's ":port" form listens on every interface; the dashboard of a run on one machine
    # is that machine's business. Without bokeh no dashboard is asked for (Dask's HTTP server
    # then binds the scheduler's host, 127.0.0.1).
    import importlib.util

    import distributed

    from artextract.scale import dask_engine

    asked: list[object] = []

    class FakeCluster:
        def __init__(self, **options):
            asked.append(options["dashboard_address"])

    monkeypatch.setattr(distributed, "LocalCluster", FakeCluster)
    monkeypatch.setattr(distributed, "Client", lambda cluster: cluster)
    real_find_spec = importlib.util.find_spec
    for bokeh in (True, False):
        monkeypatch.setattr(importlib.util, "find_spec",
                            lambda name, *rest, _b=bokeh: (object() if _b else None) if name == "bokeh"
                            else real_find_spec(name, *rest))
        dask_engine.connect(workers=1)
    assert asked == ["127.0.0.1:0", None]
