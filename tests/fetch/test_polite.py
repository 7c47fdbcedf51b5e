"""Retry-After, backoff, origins and the robots.txt product token."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from artextract.fetch.polite import Politeness, agent_token, origin, parse_retry_after, retry_wait


def test_retry_after_in_seconds_or_as_a_date():
    now = datetime(2026, 3, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert parse_retry_after("120") == 120
    assert parse_retry_after("Sun, 01 Mar 2026 12:00:30 GMT", now) == 30
    assert parse_retry_after("Sun, 01 Mar 2026 11:00:00 GMT", now) == 0  # in the past: now
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_backoff_doubles_unless_the_server_says_when():
    polite = Politeness(backoff=0.5)
    assert [retry_wait(polite, attempt, None) for attempt in range(3)] == [0.5, 1.0, 2.0]
    assert retry_wait(polite, 2, "7") == 7


def test_origins_include_scheme_and_port():
    assert origin("https://News.Example/a?b") == "https://news.example:443"
    assert origin("http://news.example:8080/a") == "http://news.example:8080"
    assert origin("http://[::1]/a") == "http://[::1]:80"


def test_the_product_token_is_the_user_agent_name():
    assert agent_token("artextract/0.1.0 (article extractor)") == "artextract"
    assert agent_token("MyBot") == "mybot"


def test_nonsense_settings_are_refused():
    with pytest.raises(ValueError):
        Politeness(per_host=0)
    with pytest.raises(ValueError):
        Politeness(delay=-1)
