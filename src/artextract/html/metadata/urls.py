"""What the page's URLs say: the canonical link, a date in the path
(`/2024/03/05/`), the site's name in the host, and whether the page is the
site's root. Malformed URLs never raise."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from lxml import etree

from artextract.dates import parse_date
from artextract.rules.metadata import HOST_NOISE_LABELS, SECOND_LEVEL_LABELS, URL_DATE_RE

from ..tree import document_elements, xpath_tokens


def link_base(tree: etree._Element, url: str | None, page_url: str | None) -> str | None:
    """The address the page's relative links resolve against: <base href>, else the
    page's address as given (--url), else its canonical URL; None when none is absolute."""
    fallback = url if is_absolute(url) else page_url if is_absolute(page_url) else None
    for element in document_elements(tree, "base"):  # what //base/@href finds
        href = (element.get("href") or "").strip()
        if href:
            base = join_url(fallback, href) if fallback else href
            if is_absolute(base):
                return base
            break  # browsers read the first <base> only
    return fallback


def is_absolute(url: str | None) -> bool:
    return bool(url) and url.lower().startswith(("http://", "https://"))


def absolute_url(href: str | None, base: str | None) -> str | None:
    """`href` made absolute against `base`; None when it cannot be (no base, or not a web address)."""
    href = (href or "").strip()
    if not href or href.lower().startswith(("data:", "javascript:", "about:", "blob:")):
        return None
    if href.startswith("//"):
        href = "https:" + href if base is None else join_url(base, href)
    elif base:
        href = join_url(base, href)
    return href if is_absolute(href) else None


def canonical_link(tree: etree._Element) -> str | None:
    """The href of `<link rel=canonical>`, as written (the first with one, as
    `//link[@href][contains(concat(' ', normalize-space(translate(@rel, ...)), ' '), ' canonical ')]` finds them)."""
    for el in document_elements(tree, "link"):
        href = el.get("href")
        if href is not None and "canonical" in xpath_tokens(el.get("rel")):
            href = href.strip()
            if href:
                return href
    return None


def url_part(url: str, part: str) -> str:
    """A component of `url`, or "" when the URL is malformed (e.g. a bad IPv6 host)."""
    try:
        return getattr(urlsplit(url), part) or ""
    except ValueError:
        return ""


def join_url(base: str, href: str) -> str:
    try:
        return urljoin(base, href)
    except ValueError:
        return href


def url_date(url: str | None) -> str | None:
    if not url:
        return None
    m = URL_DATE_RE.search(url_part(url, "path"))
    if m is None:
        return None
    y, mo, d = (g for g in m.groups() if g is not None)
    return parse_date(f"{y}-{int(mo):02d}-{int(d):02d}")


def host_label(url: str | None) -> str | None:
    """The registrable name of the URL's host: "bbc" for www.bbc.co.uk."""
    if not url:
        return None
    host = url_part(url, "hostname")
    parts = [p for p in host.split(".") if p not in HOST_NOISE_LABELS]
    if len(parts) >= 3 and parts[-2] in SECOND_LEVEL_LABELS:
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else (parts[0] if parts else None)


def is_root(url: str | None) -> bool:
    return bool(url) and url_part(url, "path") in ("", "/")
