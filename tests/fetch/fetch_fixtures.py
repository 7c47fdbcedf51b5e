"""Fixtures for the fetch tests, which talk to 127.0.0.1 only: a local server per test, no proxies,
and a guard on every socket. Test modules import them by name (a second conftest.py would shadow
the top-level one, which other tests import from)."""

from __future__ import annotations

import ipaddress
import socket

import pytest

import fetch_server

_PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY",
                    "NO_PROXY")


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    """Any connection or name lookup beyond 127.0.0.1/localhost fails the test instead of leaving the machine."""
    for name in _PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def connect(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not ipaddress.ip_address(address[0]).is_loopback:
            raise AssertionError(f"a test tried to connect to {address[0]}")
        return real_connect(sock, address)

    def getaddrinfo(host, *args, **kwargs):
        text = host.decode() if isinstance(host, bytes) else str(host)
        if text != "localhost":
            try:
                if not ipaddress.ip_address(text).is_loopback:
                    raise AssertionError(f"a test tried to reach {text}")
            except ValueError:
                raise AssertionError(f"a test tried to look up {text}") from None
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture
def server():
    running = fetch_server.start()
    yield running
    running.shutdown()
    running.server_close()
