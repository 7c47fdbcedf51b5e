"""Telling URLs from paths, and refusing URLs that cannot be fetched."""

from __future__ import annotations

import pytest

from artextract.fetch.errors import INPUT, FetchError
from artextract.fetch.urls import check_url, is_url


def test_urls_and_paths():
    assert is_url("https://news.example/a") and is_url("HTTP://news.example") and is_url(" http://x.example ")
    assert not is_url("pages/a.html") and not is_url("s3://bucket/key") and not is_url("-")


@pytest.mark.parametrize("url", ["ftp://news.example/a", "http://", "http://news.example:port/"])
def test_unfetchable_urls_are_input_errors(url):
    with pytest.raises(FetchError) as caught:
        check_url(url)
    assert caught.value.kind == INPUT
