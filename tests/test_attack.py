"""The standing attack suite: hostile shapes of input, each bounded in time or turned into a clear error.

Every case here once took seconds to minutes, gigabytes, or ended in a
traceback (issue 15). Bounds are CPU time (`time.process_time`), so a busy
machine slows the wall clock but not the verdict; each bound is an order of
magnitude above what the linear code needs, and an order below what the old
super-linear code took. `benchmarks/attack.py` runs the full-size shapes, one
fresh process each, next to trafilatura.
"""

from __future__ import annotations

import time

from artextract.article import BodyPart, render_body
from artextract.blocks import Form


def _cpu(call, *args):
    start = time.process_time()
    result = call(*args)
    return time.process_time() - start, result


def test_rendering_a_long_list_is_linear():
    # 100k items took 10 s when each item was appended to one growing string.
    parts = [BodyPart(Form.LIST_ITEM, f"point number {index}", bullet="•") for index in range(100_000)]
    seconds, body = _cpu(render_body, parts)
    assert seconds < 1.0
    assert body.count("\n") == 99_999 and body.startswith("- point number 0\n- point number 1\n")
