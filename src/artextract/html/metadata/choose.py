"""The order of trust for each field that has more than one plain source.

Each `choose_*` function takes the sources already read and returns the
first usable answer; DOM lookups are called only when everything above them
came back empty. (The title is chosen in `title.py`, next to its cleaning.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache

from lxml import etree

from artextract.rules.metadata import (
    DATE_IN_FIGURES_RE,
    META_DESCRIPTION,
    LOGIN_NAME_RE,
    META_IMAGE,
    META_PUBLISHED,
    META_SITE_NAME,
    META_TITLE,
    META_URL,
    WEAK_AUTHOR_WORDS,
)
from artextract.signals import caseless

from .dom import Dom
from .jsonld import JsonLd
from .meta_tags import MetaTags, any_meta_date, first_meta, meta_authors, meta_date_read
from .script_state import script_author, script_date
from .title import is_site_label
from .urls import absolute_url, is_root, join_url, url_date, url_part

_NAME_WORD_RE = re.compile(r"[^\W\d_]+")


def choose_description(meta: MetaTags, jsonld: JsonLd) -> str | None:
    """The JSON-LD article's description, else the meta tags', else the JSON-LD page's.

    The article node describes this story in the publisher's own data; where
    og:description differs from it, the OpenGraph text is a shorter teaser
    written for a social card (seen on theverge, vox, medium, nbcnews pages).
    """
    in_article = jsonld.string("description", node=jsonld.article) if jsonld.article else None
    return in_article or first_meta(meta, META_DESCRIPTION) or jsonld.string("description")


def choose_site_name(meta: MetaTags, jsonld: JsonLd, page_title: str | None = None) -> str | None:
    """og:site_name, else the JSON-LD publisher, else the other meta keys, passing over a value
    that is the page's own title: an app's name (`application-name`, `apple-mobile-web-app-title`)
    some CMSs fill with each page's title, not the site's (fit-half traf-dev msn.com; wcxb-dev
    solostove.com, whose product titles became the site name; readability yahoo-2)."""
    site_name = first_meta(meta, META_SITE_NAME[:1]) or jsonld.site_name()
    if not site_name:
        titles = {caseless(value) for key in META_TITLE for value in meta.get(key, ())}
        titles.add(caseless(page_title or ""))
        site_name = next((value for key in META_SITE_NAME[1:] for value in meta.get(key, ())[:1]
                          if caseless(value) not in titles), None)
    if site_name and site_name.startswith("@"):
        return None  # a twitter:site handle is not a display name
    return site_name


def choose_url(canonical: str | None, meta: MetaTags, jsonld: JsonLd, url: str | None) -> str | None:
    """The page's own URL (canonical link, og:url, JSON-LD url), absolute
    against `url`; `url` itself when the page states none that is http(s),
    or when a deeper page names the site's home page as its own (a CMS
    default that would make the page look like the home page)."""
    page_url = canonical or first_meta(meta, META_URL) or jsonld.string("url", "mainEntityOfPage") or url
    if page_url and url:
        page_url = join_url(url, page_url)
    if page_url and not page_url.lower().startswith(("http://", "https://")):
        page_url = url
    if page_url and url and is_root(page_url) and not is_root(url) and not _is_index_path(url):
        page_url = url  # a canonical to the home page from a deeper page is a CMS default, not this page
    return page_url


def _is_index_path(url: str) -> bool:
    """Whether the URL's path names the site's index page ("/index.html")."""
    path = url_part(url, "path").strip("/").lower()
    return "/" not in path and path.startswith(("index.", "default.", "home."))


def choose_authors(meta: MetaTags, jsonld: JsonLd, dom: Dom, site_name: str | None, host: str | None) -> list[str]:
    """People named by JSON-LD, meta tags, then the DOM; organisations
    declared as author after those; forum usernames, a link to an author's page that
    spells its name, then an analytics data layer's post author, as last resorts."""
    people, organisations = jsonld.authors()
    # The meta tags' authors are read once, and only when JSON-LD names no person or only weak ones.
    from_meta = cache(lambda: meta_authors(meta))
    shown = _shown_over_declared(people or from_meta(), dom, site_name, host)
    if shown:
        return shown
    return _first_strong_names(
        (
            lambda: people,
            from_meta,
            lambda: dom.microdata()[0],
            dom.rel_author,
            dom.byline_elements,
            dom.headline_byline,
            dom.author_box_names,
            dom.signed_blocks,
            lambda: organisations,
        ),
        site_name,
        host,
    ) or dom.usernames() or dom.author_page_links() or script_author(dom.tree)


def _shown_over_declared(declared: list[str], dom: Dom, site_name: str | None, host: str | None) -> list[str]:
    """The writers the byline under the headline shows, when JSON-LD or a meta tag declares
    other people whom the page never shows: such a declared author is the CMS account that
    posted the story, not the writer the page credits (fit-half wcxb-dev pastore.net,
    globaltravelerusa.com, whitecoatinvestor.com). Where the declared writer is
    shown too, the byline under the headline is another credit (an editor, a photographer, a
    reviewer: amateurphotographer.com, movebuddha.com, brighterly.com, upgradedpoints.com) and the
    declared one stands. Empty when nothing is declared, the declared names are weak, or the
    two lists share a name."""
    if not declared or _is_weak_author(declared, site_name, host):
        return []
    shown = dom.shown_writer()
    if not shown or _is_weak_author(shown, site_name, host) or _share_a_name(declared, shown):
        return []
    if _names_the_site(declared, site_name, host):
        return shown
    return [] if dom.shows_any(declared) else shown


def _names_the_site(declared: list[str], site_name: str | None, host: str | None) -> bool:
    """Whether a declared list of several names holds the site itself or an admin account among
    them: the site's credit split into parts ("L-MAG - Das Magazin für Lesben", "content:
    MarketingSherpa, design: ..."), the publisher's default for every story, which names no writer.
    A writer the byline under the headline shows stands over it, though the page shows the site's
    name too (fit-half wcxb-dev marketingsherpa.com; traf-dev l-mag.de)."""
    return len(declared) > 1 and any(_is_weak_author([name], site_name, host) for name in declared)


def _share_a_name(one: list[str], other: list[str]) -> bool:
    """Whether two lists of names share a word of a name ("Jane Doe" and "Jane M. Doe"): two
    spellings of one person are no disagreement."""
    def words(names: list[str]) -> set[str]:
        return {w for name in names for w in _NAME_WORD_RE.findall(name.lower()) if len(w) > 2}
    return bool(words(one) & words(other))


def choose_published(
    tree: etree._Element, meta: MetaTags, jsonld: JsonLd, dom: Dom, page_url: str | None, url: str | None
) -> str | None:
    """The publication date.

    The URL and the CMS's meta tags first; then what the page shows near
    its headline; JSON-LD only after those. On the dev set, when the JSON-LD
    datePublished and the date shown under the headline disagree, the shown
    one is right twice as often (SEO plugins regenerate JSON-LD).
    """
    from_url = url_date(page_url) or url_date(url)
    from_meta = meta_date_read(meta, META_PUBLISHED)  # (the tag's value, the date read from it)
    chosen = (
        from_url
        or (from_meta and from_meta[1])
        or any_meta_date(meta)
        or dom.microdata()[1]
        or dom.time_elements()
        or dom.headline_date()
        or jsonld.date("datePublished", "dateCreated", "uploadDate")
        or dom.date_class_elements()
        or script_date(tree)
    )
    if not from_url and from_meta and chosen == from_meta[1]:
        chosen = _shown_earlier(chosen, dom.headline_date(), dom.time_elements)
    surer = [lambda: jsonld.date("datePublished", "dateCreated", "uploadDate"), lambda: script_date(tree)]
    if not from_url and from_meta and _written_in_figures(from_meta[0]):
        # The meta tag's own figures were read by guess ("03-09-2026"): a date the page shows
        # under its headline (a month's name, a datetime) is surer of its order (fit-half
        # wcxb-dev nationalgeographic.com: "March 9, 2026" shown, "03-09-2026" in the tag).
        surer[:0] = [dom.time_elements, dom.headline_date]
    return _year_first_reading(chosen, tuple(surer))


def _shown_earlier(declared: str, shown: str | None, marked: Callable[[], str | None]) -> str:
    """The date the page shows under its headline where it is more than a day before the meta
    tag's publication date and a `<time>` element (`marked`, the page's first that is no update's,
    reply's or member's) stamps the same day, else the tag's: a story is not published after the
    date it shows and stamps as its own, so such a tag was written when the page was saved again
    or moved (fit-half wcxb-dev cdc.gov, whose `dc.date` is its last update's; utilitypartners.com).
    A later shown date is mostly an update's and the tag stands (19 fit pages); a day's gap is a
    time zone's. Without the `<time>` stamp, shown dates went wrong on two pages for the one more
    they got right (sergioschuler.com, an imported post, is left)."""
    if not shown:
        return declared
    try:
        gap = (date.fromisoformat(declared[:10]) - date.fromisoformat(shown[:10])).days
    except ValueError:
        return declared
    if gap <= 1:
        return declared
    stamped = marked()  # read only when the two disagree
    return shown if stamped and stamped[:10] == shown[:10] else declared


def _written_in_figures(value: str) -> bool:
    """Whether a date value writes its day and month in figures, not year first, both 12 or
    less: a reading either way round."""
    found = DATE_IN_FIGURES_RE.match(value)
    return bool(found) and int(found["a"]) <= 12 and int(found["b"]) <= 12


def _year_first_reading(chosen: str | None, surer: tuple[Callable[[], str | None], ...]) -> str | None:
    """The chosen date, or the same date with day and month the other way round when a source
    that writes the year first (JSON-LD, the page's script state: ISO 8601, never read either
    way) says so: a date shown in figures ("10/09/2024", "03-09-2026") is read month-first or
    day-first by guess, and where it and a year-first source differ by exactly that swap, the
    guess was wrong. Seen on fit-half wcxb-dev blockrenovation.com (a shown 10/09 against the
    JSON-LD's 09-10) and traf-dev flawlessfood.co.uk, ostbelgiendirekt.be,
    denkanstoos.wordpress.com (a shown date read swapped, where an ISO meta tag or the URL came
    first and was kept)."""
    if not chosen or not chosen[8:10].isdigit() or chosen[5:7] == chosen[8:10] or int(chosen[8:10]) > 12:
        return chosen  # no other reading: day and month the same, or the day past any month
    for read in surer:
        other = read()
        if other and other[:4] == chosen[:4] and other[5:7] == chosen[8:10] and other[8:10] == chosen[5:7]:
            return other
    return chosen


def choose_image(meta: MetaTags, jsonld: JsonLd, base: str | None) -> str | None:
    """og:image, else the JSON-LD image, absolute against `base` (None when it cannot be made absolute)."""
    for image in (first_meta(meta, META_IMAGE), jsonld.image()):
        image = absolute_url(image, base)
        if image:
            return image
    return None


def _first_strong_names(
    sources: tuple[Callable[[], list[str]], ...], site_name: str | None, host: str | None
) -> list[str]:
    """The first source with names; one that only names the site or an admin
    account is kept in reserve while later sources may name a person."""
    reserve: list[str] = []
    for source in sources:
        names = source()
        if not names:
            continue
        if not _is_weak_author(names, site_name, host):
            return names
        reserve = reserve or names
    return reserve


def _is_weak_author(names: list[str], site_name: str | None, host: str | None) -> bool:
    """Names that are the site itself or an admin account, not a writer; or a lone login
    (rules.metadata.LOGIN_NAME_RE)."""
    if len(names) == 1 and LOGIN_NAME_RE.fullmatch(names[0]):
        return True
    for name in names:
        words = {w.lower() for w in name.split()}
        if not (words & WEAK_AUTHOR_WORDS or is_site_label(name, site_name, host)):
            return False
    return True
