"""Inline marks of a block: emphasis, code spans and links, kept beside its plain text.

The HTML walk writes private-use characters into a block's text where an
<em>, <strong>, <code> or <a href> opens and closes (`open_token`,
`close_token`); `split` turns that into the plain text every other stage
reads and the marked text kept on the block. Only the blocks that end up in
the article are turned into Markdown (`markdown_of`), and only then are
their links resolved, so link-heavy furniture costs nothing but the tokens.

Marks that a block boundary cut in two (an <em> around two paragraphs) are
dropped; spaces just inside a mark move outside it ("<em> word </em>" is
" *word* ", which Markdown reads as emphasis).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urljoin

# One private-use character a token: opening and closing emphasis, strong, code and link.
_OPEN = {"em": "\ue000", "strong": "\ue002", "code": "\ue004", "link": "\ue006"}
_CLOSE = {"em": "\ue001", "strong": "\ue003", "code": "\ue005", "link": "\ue007"}
_KIND_OF = {token: kind for kind, token in _OPEN.items()} | {token: kind for kind, token in _CLOSE.items()}
_OPENING = frozenset(_OPEN.values())
# A link's close token is followed by the link's number and this end mark.
_LINK_END = "\ue008"
_TOKENS = re.compile("\ue007\\d+\ue008|[\ue000-\ue008]")
_PIECES = re.compile("(\ue007\\d+\ue008|[\ue000-\ue006])")
_WRAP = {"em": "*", "strong": "**"}
# The page's own characters that Markdown would read as markup inside a line.
_INLINE_MARKUP = re.compile(r"([\\`*\[\]<])|(?<!\w)_|_(?!\w)")
_LINE_START = re.compile(r"^(#{1,6}(?=\s|$)|>|[-+*](?=\s|$))")
_BACKTICKS = re.compile(r"`+")

MARK_OF_TAG = {"em": "em", "i": "em", "strong": "strong", "b": "strong", "code": "code", "kbd": "code", "samp": "code"}


def absolute(base: str | None, href: str) -> str:
    """`href` resolved against `base` (as written when there is no base or it cannot be joined)."""
    if not base or href.startswith(("https://", "http://")):
        return href  # most links on a page are absolute already: urljoin costs more than the rest
    try:
        return urljoin(base, href)
    except ValueError:  # a malformed address (a bad IPv6 host) stays as the page wrote it
        return href


def open_token(kind: str) -> str:
    return _OPEN[kind]


def close_token(kind: str, link_number: int = 0) -> str:
    return f"{_CLOSE['link']}{link_number}{_LINK_END}" if kind == "link" else _CLOSE[kind]


def plain(raw: str) -> str:
    """The text without its tokens."""
    return _TOKENS.sub("", raw)


def strong_share(raw: str) -> float:
    """The share of the letters of a marked text that stand inside a strong mark (<strong>, <b>):
    1.0 for a paragraph set all in bold. Figures and signs are not counted, so a date the page
    left unmarked before its bold words ("06.11.23 - <b>Sensation ...</b>") does not lower it."""
    depth = letters = strong = 0
    for char in raw:
        if char == _OPEN["strong"]:
            depth += 1
        elif char == _CLOSE["strong"]:
            depth = max(0, depth - 1)
        elif char.isalpha():
            letters += 1
            strong += depth > 0
    return strong / letters if letters else 0.0


def markdown_of(raw: str, hrefs: Sequence[str], base: str | None = None) -> str | None:
    """The marked text as inline Markdown, the page's own markup characters escaped, links
    resolved against `base`; None when no mark survives."""
    out: list[str] = []
    stack: list[tuple[str, int]] = []  # open marks: kind, where their content starts in `out`
    marked = False
    for piece in _PIECES.split(raw):
        if not piece:
            continue
        if piece in _OPENING:
            stack.append((_KIND_OF[piece], len(out)))
        elif piece[0] in _KIND_OF:
            kind = _KIND_OF[piece[0]]
            if not stack or stack[-1][0] != kind:
                continue  # a mark cut in two by a block boundary
            at = stack.pop()[1]
            content = "".join(out[at:])
            del out[at:]
            href = hrefs[int(piece[1:-1])] if kind == "link" else ""
            wrapped = _wrap(kind, content, absolute(base, href) if href else href)
            marked = marked or wrapped != content
            out.append(wrapped)
        else:
            in_code = any(kind == "code" for kind, _ in stack)
            out.append(piece if in_code else _INLINE_MARKUP.sub(lambda m: "\\" + m.group(0), piece))
    if not marked:
        return None
    text = "".join(out)
    return _LINE_START.sub(lambda m: "\\" + m.group(0), text)


def _wrap(kind: str, content: str, href: str) -> str:
    core = content.strip()
    if not core or (kind == "link" and not href):
        return content
    lead = content[: len(content) - len(content.lstrip())]
    trail = content[len(content.rstrip()):]
    if kind == "link":
        return f"{lead}[{core}]({href}){trail}"
    if kind == "code":
        fence = "`" * (max((len(run) for run in _BACKTICKS.findall(core)), default=0) + 1)
        pad = " " if core.startswith("`") or core.endswith("`") else ""
        return f"{lead}{fence}{pad}{core}{pad}{fence}{trail}"
    return f"{lead}{_WRAP[kind]}{core}{_WRAP[kind]}{trail}"
