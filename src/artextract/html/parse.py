"""Safe parsing: one lxml parse per page, no entities resolved, nothing fetched, bounded in size.

The tree is bounded by construction before libxml2 builds it (issue 15):
at most MAX_MARKUP_CHARS characters and MAX_ELEMENTS elements are read, and
of them at most MAX_TEXT_CHARS characters of shown text; the rest is dropped
with a warning. A page whose attributes would make the tree quadratic to
build, or huge, is refused with an `InputError`.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field

from lxml import etree, html

from ..rules.dom import UNSHOWN_TAGS  # the text budget does not count their text
from ..source import MAX_TEXT_CHARS, Decoded, InputError

# libxml2 drops content nested deeper than 256 levels unless huge_tree is on;
# with it on, our own walks cap the depth instead (render.MAX_DEPTH).
# collect_ids=False: libxml2 keeps no table of the id attributes (4% of the parse's
# instructions); only XPath's id() and getElementById read it, and nothing here does.
_PARSER = etree.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    huge_tree=True,
    default_doctype=False,
    encoding="utf-8",
    collect_ids=False,
)
# Every element is lxml's own etree._Element, not lxml.html's HtmlElement: a proxy of that
# Python-level class (made each time a walk meets an element, thousands of times a page) cost
# 1.6 times as much to make and free (every element of 32 traf-dev fit pages walked: 8.7 against
# 5.3 ms), for the one method the pipeline used (text_content(), now html/tree.text_content).
# lxml.html's own parser also asks a Python function for the class of each proxy (about 2% of an
# extraction), for form-filling classes nothing here uses.

# An XML declaration inside a decoded string confuses libxml2's encoding logic.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)

# The budget. The largest development page has 16k start tags and 3.3 M
# characters; past these bounds a page is a dump or an attack, and the work
# downstream (60-100 us an element of prose on a busy 2-core machine) would
# run for seconds to minutes: 50k paragraphs took 4-5 s.
MAX_ELEMENTS = 30_000
MAX_MARKUP_CHARS = 16_000_000
# libxml2 appends each attribute at the end of its element's list, so an
# element with k attributes costs k*k steps (~1.2 ns each on a busy 2-core
# machine: 20k attributes in one element take 0.5 s, 100k 20 minutes), and
# each attribute ~150 bytes. The sum of k*k and the count of all attributes
# are bounded; real pages stay a thousand times below both.
MAX_ATTRIBUTE_WORK = 400_000_000
MAX_ATTRIBUTES = 500_000
# libxml2 (2.14+, tokenizing as HTML5 does) starts each attribute after white
# space, a '/' or a closing quote, so these bytes bound the attributes of any
# page (one bytes.translate, ~1% of an extraction). A page with no more of
# them than the square root of the work bound cannot pass either bound.
_ATTRIBUTE_LEADS = b" \n\"'/\t\r\f"
CENSUS_ABOVE_LEADS = math.isqrt(MAX_ATTRIBUTE_WORK)
# Above that, a page whose start tags are all narrow (fewer than
# WIDE_ATTRIBUTES attributes each) does at most WIDE_ATTRIBUTES times as
# much work as it has attributes, within the bound up to MAX_ATTRIBUTES; only
# other pages pay for the census (a tree-less pass of libxml2 itself, ~6% of an
# extraction). Real elements carry at most a few dozen attributes.
WIDE_ATTRIBUTES = 256
# A page on which the quick reading of its tags stops more often than this goes to the census
# (development pages: at most a few hundred times, in scripts).
MAX_SECOND_LOOKS = 1_000


def tag_patterns(limit: int) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """Patterns reading a start tag as HTML5 (and libxml2 2.14) does: "<", a letter, the rest of its name,
    then attributes, each after white space or '/' (or right after a quoted value): a name (it may begin
    with '='), then optionally '=' and a value, quoted or bare; then '>'. The first finds each "<" and
    letter that opens no narrow tag (fewer than `limit` attributes) free of "<"; the second matches a
    narrow tag that ends at the first ">" (none in its quoted values)."""
    space = rb"\t\n\f\r "

    def narrow(banned: bytes, quoted_banned: bytes) -> bytes:
        value = rb"""(?:"[^"%s]*+"|'[^'%s]*+'|[^%s%s>"'][^%s%s>]*+|(?=>))""" % (
            quoted_banned, quoted_banned, space, banned, space, banned)
        attribute = rb"(?>[%s/]*+[^%s%s/>][^%s%s/>=]*+(?:[%s]*+=[%s]*+%s|(?![%s]*+=)))" % (
            space, space, banned, space, banned, space, space, value, space)
        return rb"[^%s%s/>]*+%s{0,%d}+[%s/]*+>" % (space, banned, attribute, limit - 1, space)

    return re.compile(rb"<[A-Za-z](?!%s)" % narrow(b"<", b"<")), re.compile(rb"<[A-Za-z]%s" % narrow(b"", b">"))


_QUICK_TAG, _FULL_TAG = tag_patterns(WIDE_ATTRIBUTES)
_TAG_OPENING = re.compile(rb"<[A-Za-z!/?]")


def any_wide_tag(data: bytes) -> bool:
    """Whether some start tag of the page may not be narrow. The quick pattern stops each try before
    the next "<", so it reads every byte once at most; what it finds is mostly a "<" in a script
    ("i<n.length"). A start tag only opens at the first "<" and letter, "!", "/" or "?" after a ">"
    (or the page's start): HTML5 leaves text at each of these, and comes back to it only with a ">".
    Only such a first one is read again, in full, to its ">": each stretch between two ">" once."""
    previous = -1
    position = 0
    for _ in range(MAX_SECOND_LOOKS):
        found = _QUICK_TAG.search(data, position)
        if found is None:
            return False
        start = found.start()
        close = data.rfind(b">", max(previous, 0), start)
        first = previous < 0 or close >= 0
        if first and _TAG_OPENING.search(data, close + 1, start) is None and not _FULL_TAG.match(data, start):
            return True
        previous, position = start, start + 1
    return True



# What starts an element: "<" and a letter. libxml2 makes one element per
# start tag (plus html, head and body when missing), so counting these, in
# comments and scripts too, bounds the elements whatever the quoting.
_START_TAG = re.compile(r"<[A-Za-z]")


@dataclass(slots=True)
class Parsed:
    root: etree._Element
    warnings: list[str] = field(default_factory=list)


def parse_html(text: str) -> etree._Element:
    """The document's root element (see `parse_page`)."""
    return parse_page(text).root


def parse_page(page: str | Decoded) -> Parsed:
    """The document's root element, read within the budget, and what was dropped to stay in it.

    Raises InputError when there is no document at all, or when its
    attributes are beyond any page's.
    """
    text, utf8 = (page, None) if isinstance(page, str) else (page.text, page.utf8)
    length = len(text)
    text = _XML_DECLARATION.sub("", text, count=1)
    # The source's bytes are the text's UTF-8 only while nothing is cut from it.
    text, data, warnings = bound_markup(text, utf8 if len(text) == length else None)
    try:
        root = html.document_fromstring(data, parser=_PARSER)
    except (etree.ParserError, ValueError) as error:
        raise InputError(f"cannot parse the page as HTML ({error})") from None
    if root is None:
        raise InputError("cannot parse the page as HTML (no document)")
    _merge_stray_roots(root)
    if len(text) > MAX_TEXT_CHARS and _cut_text(root, MAX_TEXT_CHARS):
        warnings.append(f"the page's text is longer than {MAX_TEXT_CHARS:,} characters; the rest was not read")
    return Parsed(root, warnings)


def bound_markup(text: str, utf8: bytes | None = None) -> tuple[str, bytes, list[str]]:
    """The markup cut to the budget and as the UTF-8 libxml2 reads (encoded once for the census
    and the parse, or `utf8`, the text's UTF-8 as the source read it), with a warning for each cut;
    InputError for an attribute bomb."""
    warnings: list[str] = []
    if len(text) > MAX_MARKUP_CHARS:
        text, utf8 = text[:MAX_MARKUP_CHARS], None
        warnings.append(f"the page is longer than {MAX_MARKUP_CHARS:,} characters; the rest was not read")
    data = utf8 if utf8 is not None else text.encode("utf-8", errors="replace")
    # As many as the text has: UTF-8 writes "<" as that byte, and no other character with it.
    opens = data.count(b"<")
    # The census counts libxml2's own elements; without it, start tags bound them.
    census = _Census.check(data) if _needs_census(data, opens) else None
    within = census is not None and census.elements <= MAX_ELEMENTS
    if not within and opens > MAX_ELEMENTS:
        past = next(itertools.islice(_START_TAG.finditer(text), MAX_ELEMENTS, None), None)
        if past is not None:
            text = text[: past.start()]
            data = text.encode("utf-8", errors="replace")
            warnings.append(f"the page has more than {MAX_ELEMENTS:,} elements; the rest was not read")
    return text, data, warnings


def _needs_census(data: bytes, opens: int) -> bool:
    """Whether the page (its UTF-8, with `opens` "<") may pass the attribute bounds, or has more "<"
    than the element budget, where only the census tells elements from a script's or a text's "<"
    (without it the start tags are cut)."""
    if len(data) <= CENSUS_ABOVE_LEADS:
        return False
    if opens > MAX_ELEMENTS:
        return True
    leads = len(data) - len(data.translate(None, _ATTRIBUTE_LEADS))
    if leads <= CENSUS_ABOVE_LEADS:
        return False
    return leads > MAX_ATTRIBUTES or any_wide_tag(data)


class _Census:
    """A tree-less libxml2 pass counting elements and attributes; stops at the first bound passed.

    Only the start callback is defined, so lxml delivers nothing else.
    """

    class _Over(Exception):
        pass

    def __init__(self) -> None:
        self.elements = 0
        self.attributes = 0
        self.work = 0

    @classmethod
    def check(cls, data: bytes) -> _Census | None:
        """The counts in the UTF-8 markup (None when libxml2 found no document); InputError
        past the attribute bounds."""
        census = cls()
        parser = etree.HTMLParser(target=census, no_network=True, huge_tree=True, encoding="utf-8")
        try:
            etree.fromstring(data, parser)
        except cls._Over:
            pass  # enough counted; the elements are cut by their start tags
        except etree.LxmlError:
            return None  # the real parse reports what is wrong with the document
        if census.work > MAX_ATTRIBUTE_WORK or census.attributes > MAX_ATTRIBUTES:
            raise InputError(
                f"the page's elements carry more attributes than any page does ({census.attributes:,} "
                f"in {census.elements:,} elements); not read"
            )
        return census

    def start(self, tag: str, attributes: dict) -> None:
        count = len(attributes)
        self.elements += 1
        self.attributes += count
        self.work += count * count
        if self.elements > MAX_ELEMENTS or self.work > MAX_ATTRIBUTE_WORK or self.attributes > MAX_ATTRIBUTES:
            raise self._Over

    def close(self) -> None:
        return None


def _cut_text(root: etree._Element, budget: int) -> bool:
    """Keep the first `budget` characters of the page's text, in document order, and nothing after them.

    Text, not markup, is what the pipeline pays for (~0.5 us and up to 40
    bytes a character); code the page does not show does not count. True when
    something was cut.
    """
    for event, element in etree.iterwalk(root, events=("start", "end")):
        shown = element.text if event == "start" else element.tail
        if not shown or shown.isspace() or (event == "start" and element.tag in UNSHOWN_TAGS):
            continue
        if len(shown) <= budget:
            budget -= len(shown)
            continue
        if event == "start":
            element.text = shown[:budget]
            element[:] = []  # its children come after its text
            element.tail = None
        else:
            element.tail = shown[:budget]
        _drop_following(element)
        return True
    return False


def _drop_following(element: etree._Element) -> None:
    """Remove what follows the element in the document: its later siblings, and its ancestors' later content."""
    node = element
    while (parent := node.getparent()) is not None:
        for sibling in list(node.itersiblings()):
            parent.remove(sibling)
        parent.tail = None
        node = parent


def _merge_stray_roots(root: etree._Element) -> None:
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
