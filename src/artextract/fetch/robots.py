"""robots.txt as RFC 9309 reads it: our group (or *), longest match wins, allow wins ties, * and $.

The standard library's robotparser takes the first matching rule rather than
the longest and knows no wildcards, so `Disallow: /*?print=` (common) would be
ignored; this parser is small enough to own. Crawl-delay, not in the RFC but
widely set, is honoured too (see scheduler.py).
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass, field

# RFC 9309 2.5: a crawler must parse at least 500 KiB; what follows may be ignored.
MAX_ROBOTS_BYTES = 500 * 1024

_UNRESERVED = re.compile(r"%([0-9A-Fa-f]{2})")
_TOKEN = re.compile(r"[a-z_\-]+")
_SAFE_ASCII = "".join(chr(code) for code in range(33, 127) if chr(code) != "%") + "%"


@dataclass(frozen=True, slots=True)
class Rule:
    allow: bool
    pattern: str  # normalised, as written (for the length comparison)
    regex: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Rules:
    """The rules that apply to one user agent on one host."""

    rules: tuple[Rule, ...] = ()
    crawl_delay: float | None = None
    # Set when robots.txt could not be fetched (5xx, network): RFC 9309 says assume all is disallowed.
    unreachable: str | None = None
    # ... because the host itself could not be reached (refused, DNS, timeout): a network failure.
    network: bool = False
    source: str = field(default="robots.txt", compare=False)

    def allowed(self, url: str) -> bool:
        parts = urllib.parse.urlsplit(url)
        if parts.path == "/robots.txt":
            return True
        if self.unreachable:
            return False
        target = normalise(parts.path or "/") + ("?" + normalise(parts.query) if parts.query else "")
        best: Rule | None = None
        for rule in self.rules:
            if rule.regex.match(target) and (best is None or _outranks(rule, best)):
                best = rule
        return best is None or best.allow


def allow_all() -> Rules:
    return Rules()


def disallow_all(reason: str, network: bool = False) -> Rules:
    return Rules(unreachable=reason, network=network)


def _outranks(rule: Rule, best: Rule) -> bool:
    if len(rule.pattern) != len(best.pattern):
        return len(rule.pattern) > len(best.pattern)
    return rule.allow and not best.allow  # the least restrictive rule wins a tie


def parse(text: str, agent_token: str) -> Rules:
    """The rules of the groups naming `agent_token` (case-insensitive), else of the `*` groups."""
    agent_token = agent_token.lower()
    mine: list[tuple[str, str]] = []
    anyone: list[tuple[str, str]] = []
    agents: list[str] = []
    in_rules = False  # a user-agent line after rules starts a new group
    for line in text.splitlines():
        key, _, value = line.split("#", 1)[0].partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "user-agent":
            if in_rules:
                agents, in_rules = [], False
            token = _TOKEN.match(value.lower())
            agents.append("*" if value.startswith("*") else token.group(0) if token else "")
        elif key in ("allow", "disallow", "crawl-delay") and agents:
            in_rules = True
            if agent_token in agents:
                mine.append((key, value))
            if "*" in agents:
                anyone.append((key, value))
    return _rules(mine if mine else anyone)


def _rules(lines: list[tuple[str, str]]) -> Rules:
    rules: list[Rule] = []
    delay: float | None = None
    for key, value in lines:
        if key == "crawl-delay":
            try:
                delay = max(delay or 0.0, float(value))
            except ValueError:
                pass
        elif value:  # an empty Disallow means nothing is disallowed
            pattern = normalise(value)
            rules.append(Rule(key == "allow", pattern, _compile(pattern)))
    return Rules(tuple(rules), delay if delay is not None and delay >= 0 else None)


def _compile(pattern: str) -> re.Pattern[str]:
    anchored = pattern.endswith("$")
    body = pattern[:-1] if anchored else pattern
    regex = ".*".join(re.escape(part) for part in body.split("*"))
    return re.compile(regex + (r"\Z" if anchored else ""), re.DOTALL)


def normalise(path: str) -> str:
    """Percent-encoding made comparable: unreserved characters decoded, hex upper case, non-ASCII encoded."""

    def unescape(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char.isascii() and (char.isalnum() or char in "-._~") else "%" + match.group(1).upper()

    return urllib.parse.quote(_UNRESERVED.sub(unescape, path), safe=_SAFE_ASCII)
