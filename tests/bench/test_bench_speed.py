"""benchmarks/speed.py: best of N per page, the order alternating."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repo root, not in src/

from benchmarks import speed  # noqa: E402


def test_each_page_is_timed_repeat_times_per_system_in_alternating_order():
    calls: list[str] = []
    runners = {name: (lambda html, url, name=name: calls.append(name)) for name in ("a", "b")}
    times = speed.time_one_page(runners, b"<p>x</p>", None, repeat=3, flip=False)
    assert calls == ["a", "b", "b", "a", "a", "b"]
    assert all(len(tries) == 3 and error is None for tries, error in times.values())
    calls.clear()
    speed.time_one_page(runners, b"<p>x</p>", None, repeat=1, flip=True)
    assert calls == ["b", "a"]


def test_the_best_try_is_kept_and_an_error_is_remembered():
    timings = speed.Timings.empty(["a"])
    page = speed.SpeedPage("traf", "p1", Path("p1.html.gz"), None)
    timings.add(page, "a", [0.3, 0.1, 1.5], "ValueError: x")
    assert timings.seconds["a"] == [0.1]
    assert timings.slow["a"] == [] and timings.errors["a"] == 1
    assert timings.records[0]["tries"] == [0.3, 0.1, 1.5]
