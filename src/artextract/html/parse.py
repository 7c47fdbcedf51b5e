"""Safe parsing: one lxml parse per page, no entities resolved, nothing fetched."""

from __future__ import annotations

import re

from lxml import etree, html

from ..source import InputError

# libxml2 drops content nested deeper than 256 levels unless huge_tree is on;
# with it on, our own walks cap the depth instead (render.MAX_DEPTH).
_PARSER = html.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    huge_tree=True,
    default_doctype=False,
    encoding="utf-8",
)

# An XML declaration inside a decoded string confuses libxml2's encoding logic.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def parse_html(text: str) -> html.HtmlElement:
    """The document's root element. Raises InputError when there is no document at all."""
    text = _XML_DECLARATION.sub("", text, count=1)
    try:
        root = html.document_fromstring(text.encode("utf-8", errors="replace"), parser=_PARSER)
    except (etree.ParserError, ValueError) as error:
        raise InputError(f"cannot parse the page as HTML ({error})") from None
    if root is None:
        raise InputError("cannot parse the page as HTML (no document)")
    _merge_stray_roots(root)
    return root


def _merge_stray_roots(root: html.HtmlElement) -> None:
    """Move what libxml2 left in a second top-level <html> into the first one's <body>.

    Templates that print a whole second document ("<html><body>...") after the
    first one's end get a sibling root from libxml2; a browser reads one
    document and shows that content in the body, so we do too.
    """
    stray = root.getnext()
    if stray is None:
        return
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    while stray is not None:
        following = stray.getnext()
        if isinstance(stray.tag, str):
            for child in list(stray):
                if child.tag == "head":
                    continue
                if child.tag == "body":
                    body.extend(list(child))
                else:
                    body.append(child)
        stray = following
