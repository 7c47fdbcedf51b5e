from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"

# A small complete news page: navigation, headline, byline, two paragraphs, footer.
RIVER_CLEANUP_PAGE = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>River cleanup draws hundreds | The Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>River cleanup draws hundreds</h1>
<p class="byline">By Jane Doe</p>
<p>Hundreds of volunteers gathered along the river on Saturday to pull plastic, tyres and old bicycles out of the water.</p>
<p>Organisers said it was the largest turnout since the event began a decade ago, and promised to return in the spring.</p>
</article><footer>Copyright 2024 The Gazette</footer></body></html>"""


@pytest.fixture
def seed_path() -> Path:
    return FIXTURES / "text" / "000_9ba6a3e28cc379d4.txt"
