"""batch/warm.py: the forkserver's warm-up extraction, run when the module is imported."""

import importlib

from artextract import signals
from artextract.batch import pool


def test_the_forkserver_imports_the_warm_up_last():
    # Last: the extraction modules it warms are imported by then.
    assert pool._PRELOAD[-1] == "artextract.batch.warm"


def test_the_warm_up_leaves_no_page_in_the_memos():
    warm = importlib.import_module("artextract.batch.warm")
    warm.warm()
    # Each extraction empties its per-page memos: a worker forked after it holds no page's texts.
    assert all(memo.cache_info().currsize == 0 for memo in signals._MEMOS)


def test_a_failing_warm_up_is_swallowed(monkeypatch):
    warm = importlib.import_module("artextract.batch.warm")

    def broken(*args, **kwargs):
        raise RuntimeError("no extraction here")

    monkeypatch.setattr(warm, "extract", broken)
    warm.warm()  # an optimisation only: the forkserver must start all the same
