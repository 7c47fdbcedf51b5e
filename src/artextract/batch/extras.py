"""Optional dependencies: a missing one is named with the extra that brings it."""

from __future__ import annotations

import importlib


class MissingExtra(Exception):
    """An optional package is not installed; the message says what to install (one line)."""


def require(module: str, extra: str) -> None:
    """Import check for an optional module; raise MissingExtra naming `pip install "artextract[extra]"`."""
    try:
        importlib.import_module(module)
    except ImportError:
        raise MissingExtra(f'{module} is not installed; install it with: pip install "artextract[{extra}]"') from None
