"""robots.txt parsing and matching as RFC 9309 has it."""

from __future__ import annotations

from artextract.fetch import robots

SITE = "https://news.example"


def _allowed(text: str, path: str, agent: str = "artextract") -> bool:
    return robots.parse(text, agent).allowed(SITE + path)


def test_the_star_group_applies_when_no_group_names_us():
    text = "User-agent: *\nDisallow: /private/\n"
    assert not _allowed(text, "/private/page")
    assert _allowed(text, "/public/page")


def test_our_own_group_replaces_the_star_group():
    text = "User-agent: *\nDisallow: /\n\nUser-agent: ArtExtract\nDisallow: /drafts/\n"
    assert _allowed(text, "/news/story")
    assert not _allowed(text, "/drafts/x")
    assert not _allowed(text, "/news/story", agent="otherbot")


def test_groups_naming_us_twice_are_combined_and_shared_groups_count():
    text = "User-agent: artextract\nUser-agent: otherbot\nDisallow: /a/\n\nUser-agent: artextract\nDisallow: /b/\n"
    assert not _allowed(text, "/a/1") and not _allowed(text, "/b/1") and _allowed(text, "/c/1")


def test_the_longest_match_wins_and_allow_wins_a_tie():
    text = "User-agent: *\nDisallow: /news/\nAllow: /news/public/\nDisallow: /tie\nAllow: /tie\n"
    assert not _allowed(text, "/news/secret")
    assert _allowed(text, "/news/public/story")
    assert _allowed(text, "/tie")


def test_wildcards_and_end_anchors():
    text = "User-agent: *\nDisallow: /*?print=\nDisallow: /*.pdf$\n"
    assert not _allowed(text, "/story?print=1")
    assert _allowed(text, "/story?page=2")
    assert not _allowed(text, "/files/report.pdf")
    assert _allowed(text, "/files/report.pdf.html")


def test_an_empty_disallow_allows_everything_and_comments_are_ignored():
    assert _allowed("User-agent: * # everyone\nDisallow:   # nothing\n", "/anything")


def test_percent_encoding_is_compared_normalised():
    text = "User-agent: *\nDisallow: /caf%C3%A9/\nDisallow: /%7Euser/\n"
    assert not _allowed(text, "/café/menu")
    assert not _allowed(text, "/~user/home")


def test_robots_txt_itself_is_always_allowed():
    assert _allowed("User-agent: *\nDisallow: /\n", "/robots.txt")


def test_rules_before_any_user_agent_are_ignored():
    assert _allowed("Disallow: /\nUser-agent: *\nDisallow: /x\n", "/page")


def test_crawl_delay_is_read_from_our_group():
    assert robots.parse("User-agent: *\nCrawl-delay: 2.5\nDisallow:\n", "artextract").crawl_delay == 2.5
    assert robots.parse("User-agent: *\nCrawl-delay: soon\n", "artextract").crawl_delay is None


def test_unreachable_robots_disallow_everything_but_unavailable_allow_everything():
    assert not robots.disallow_all("HTTP 503").allowed(SITE + "/story")
    assert robots.allow_all().allowed(SITE + "/story")
