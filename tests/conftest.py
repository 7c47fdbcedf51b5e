from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"


@pytest.fixture
def seed_path() -> Path:
    return FIXTURES / "text" / "000_9ba6a3e28cc379d4.txt"
