"""The process pool: one outcome per task whatever the worker does, and workers replaced."""

from __future__ import annotations

import time

import pytest

from artextract.batch.pool import Pool, Task
from artextract.options import Options

from batch_helpers import ARTICLE, PAGE_LIMIT_S, article_page, greedy_work, hostile_work, slow_start


def _run(names, jobs=1, timeout=30.0, **kwargs):
    pool = Pool(jobs, Options(), timeout=timeout, work=hostile_work, **kwargs)
    tasks = [Task(index, name, data=ARTICLE) for index, name in enumerate(names)]
    results = {task.name: outcome.record for task, outcome in pool.imap_unordered(tasks)}
    return pool, results


def test_every_task_gets_one_outcome():
    names = [f"page{i}.html" for i in range(12)]
    pool, results = _run(names, jobs=2)
    assert sorted(results) == sorted(names)
    assert all(record["headline"] == "River cleanup draws hundreds" for record in results.values())
    assert {stats.tasks for stats in pool.worker_stats} and sum(s.tasks for s in pool.worker_stats) == 12


def test_segfault_gives_crash_record_and_batch_goes_on():
    # One worker only: the pages after the crash need its replacement.
    _, results = _run(["a.html", "segfault.html", "b.html", "c.html"], jobs=1)
    crash = results["segfault.html"]
    assert crash["error"]["type"] == "crash"
    assert "SIGSEGV" in crash["error"]["message"]
    assert crash["source"]["path"] == "segfault.html"
    for name in ("a.html", "b.html", "c.html"):
        assert "error" not in results[name]


def test_worker_exiting_gives_crash_record():
    _, results = _run(["exit.html", "a.html"], jobs=1)
    assert results["exit.html"]["error"]["type"] == "crash"
    assert "exit status 3" in results["exit.html"]["error"]["message"]
    assert "error" not in results["a.html"]


def test_timeout_kills_and_replaces_the_worker():
    # slow.html sleeps an hour: finishing within minutes proves it was killed at the limit, which is
    # generous so that a.html and b.html (run by the replacement worker, cold) never reach it under load.
    start = time.monotonic()
    _, results = _run(["slow.html", "a.html", "b.html"], jobs=1, timeout=PAGE_LIMIT_S)
    assert time.monotonic() - start < PAGE_LIMIT_S + 120
    assert results["slow.html"]["error"]["type"] == "timeout"
    assert f"{PAGE_LIMIT_S:g} s" in results["slow.html"]["error"]["message"]
    assert "error" not in results["a.html"] and "error" not in results["b.html"]


def test_memory_error_is_a_record_and_the_worker_is_retired():
    pool, results = _run(["memory.html", "a.html"], jobs=1)
    assert results["memory.html"]["error"] == {"type": "memory", "message": "not enough memory to process the page"}
    assert "error" not in results["a.html"]


def test_workers_are_recycled_after_max_tasks():
    pool, results = _run([f"p{i}.html" for i in range(7)], jobs=1, max_tasks_per_worker=3)
    assert len(results) == 7
    assert [stats.tasks for stats in pool.worker_stats] == [3, 3, 1]
    assert len({stats.pid for stats in pool.worker_stats}) == 3


def test_worker_stats_report_memory():
    pool, _ = _run(["a.html"], jobs=1)
    (stats,) = pool.worker_stats
    assert stats.peak_rss_kib is None or stats.peak_rss_kib > 1000


def test_stopping_early_leaves_no_worker():
    pool = Pool(2, Options(), work=hostile_work)
    tasks = [Task(i, f"p{i}.html", data=article_page(i)) for i in range(20)]
    iterator = pool.imap_unordered(tasks)
    next(iterator)
    processes = [worker.process for worker in pool._workers]
    assert processes
    iterator.close()  # the consumer stops: every worker is stopped
    assert not pool._workers
    assert all(not process.is_alive() for process in processes)


def test_jobs_must_be_positive():
    with pytest.raises(ValueError):
        list(Pool(0, Options()).imap_unordered([]))


def test_time_limit_starts_when_the_worker_starts_the_page():
    # Issue 15 item 14: the deadline ran from the moment the task was sent, so a
    # worker's start-up (slow under load) counted against the first page. The start-up here takes
    # longer than the limit; the limit itself is generous, so the pages (cold) never reach it.
    pool = Pool(2, Options(), timeout=PAGE_LIMIT_S, setup=slow_start)
    tasks = [Task(index, f"p{index}.html", data=ARTICLE) for index in range(3)]
    results = [outcome.record for _task, outcome in pool.imap_unordered(tasks)]
    assert [record.get("error") for record in results] == [None, None, None]


def test_a_page_never_started_is_not_failed_when_its_idle_worker_dies():
    # Issue 15 item 6: an idle worker killed between pages made the next page
    # "crash" without ever running; it must go to another worker instead.
    pool = Pool(1, Options())

    def tasks():
        yield Task(0, "first.html", data=ARTICLE)
        worker = pool._workers[0]
        worker.process.kill()
        worker.process.join()
        yield Task(1, "second.html", data=ARTICLE)

    results = {task.name: outcome.record for task, outcome in pool.imap_unordered(tasks())}
    assert results["second.html"]["headline"] == "River cleanup draws hundreds"


def test_a_worker_that_dies_before_taking_pages_gives_crash_records_in_the_end():
    pool = Pool(1, Options(), setup=_exit_at_once)
    (result,) = [outcome.record for _task, outcome in pool.imap_unordered([Task(0, "a.html", data=ARTICLE)])]
    assert result["error"]["type"] == "crash" and "3 worker processes tried" in result["error"]["message"]


def _exit_at_once():
    import os as _os

    _os._exit(4)


@pytest.mark.skipif(not hasattr(__import__("os"), "sched_getaffinity"), reason="RLIMIT_AS is a Linux/Unix limit")
def test_memory_limit_turns_a_greedy_page_into_a_memory_record():
    pool = Pool(1, Options(), work=greedy_work, memory_limit=1024**3)
    tasks = [Task(0, "greedy.html", data=ARTICLE), Task(1, "a.html", data=ARTICLE)]
    results = {task.name: outcome.record for task, outcome in pool.imap_unordered(tasks)}
    assert results["greedy.html"]["error"]["type"] == "memory"
    assert results["a.html"]["headline"] == "River cleanup draws hundreds"
