"""run_batch / run_results: the Python API under the CLI."""

from __future__ import annotations

import pytest

from artextract.batch import Item, WorkerStats, run_batch, run_results

from batch_helpers import ARTICLE, PAGE_LIMIT_S, article_page, hostile_work, write_tree


def test_paths_and_bytes_mixed_one_record_each(tmp_path):
    paths = write_tree(tmp_path / "in", 5)
    inputs = [str(tmp_path / "in"), ("mem.html", ARTICLE), ("empty.html", b""), str(tmp_path / "missing.html")]
    records = list(run_batch(inputs, jobs=2))
    by_path = {record["source"]["path"]: record for record in records}
    assert len(records) == len(by_path) == 8
    assert set(paths) <= set(by_path)
    assert by_path["mem.html"]["headline"] == "River cleanup draws hundreds"
    assert by_path["empty.html"]["error"]["type"] == "input"
    assert by_path[str(tmp_path / "missing.html")]["error"]["message"] == "no such file"


@pytest.mark.parametrize("jobs", [0, 1, 3])
def test_ordered_follows_input_order(jobs):
    # Later pages are quicker, so as-completed order would differ.
    pages = [(f"p{i:02d}.html", article_page(i, paragraphs=40 - 3 * i)) for i in range(12)]
    pages.insert(5, ("bad.html", b""))
    records = list(run_batch(pages, jobs=jobs, ordered=True))
    assert [record["source"]["path"] for record in records] == [name for name, _ in pages]


def test_in_process_mode_gives_the_same_records(tmp_path):
    inputs = [("a.html", ARTICLE), ("b.html", b"\x00" * 10)]
    assert list(run_batch(inputs, jobs=0, ordered=True)) == list(run_batch(inputs, jobs=2, ordered=True))


def test_skip_drops_inputs_before_work():
    items = [(Item(f"p{i}.html", f"p{i}.html"), article_page(i)) for i in range(6)]
    results = list(run_results(items, jobs=1, skip=lambda item: item.path in {"p1.html", "p4.html"}, ordered=True))
    assert [result.item.path for result in results] == ["p0.html", "p2.html", "p3.html", "p5.html"]


def test_crash_in_one_page_does_not_lose_the_others():
    items = [(Item(name, name), ARTICLE) for name in ["a.html", "segfault.html", "b.html", "slow.html", "c.html"]]
    # slow.html hangs for an hour; the limit is generous so that the ordinary pages (a cold worker's
    # first page included) never reach it on a loaded machine (batch_helpers.PAGE_LIMIT_S).
    results = list(run_results(items, jobs=2, timeout=PAGE_LIMIT_S, work=hostile_work, ordered=True))
    kinds = [result.record.get("error", {}).get("type") for result in results]
    assert kinds == [None, "crash", None, "timeout", None]


def test_worker_stats_are_collected():
    stats: list[WorkerStats] = []
    list(run_batch([("a.html", ARTICLE), ("b.html", ARTICLE)], jobs=2, worker_stats=stats))
    assert sum(item.tasks for item in stats) == 2


def test_run_batch_works_in_a_plain_script_without_a_main_guard(tmp_path):
    # Issue 13: the README's example, run as a script without `if __name__ == "__main__":`,
    # made every page "the worker process crashed" (workers ran the script again).
    import subprocess
    import sys

    write_tree(tmp_path / "pages", 3)
    script = tmp_path / "plain.py"
    script.write_text(
        "from artextract.batch import run_batch\n"
        "for record in run_batch(['pages/'], jobs=2, timeout=30, ordered=True):\n"
        "    print(record['source']['path'], record.get('headline') or record['error']['message'])\n")
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 3 and all("Story number" in line for line in lines), done.stdout
    assert "Traceback" not in done.stderr
