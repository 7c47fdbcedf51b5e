"""Safe parsing: one lxml parse per page, no entities resolved, nothing fetched, bounded in size.

The tree is bounded by construction before libxml2 builds it (issue 15):
at most MAX_MARKUP_CHARS characters and MAX_ELEMENTS elements are read, and
of them at most MAX_TEXT_CHARS characters of shown text; the rest is dropped
with a warning. A page whose attributes would make the tree quadratic to
build, or huge, is refused with an `InputError`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from lxml import etree, html

from ..source import MAX_TEXT_CHARS, InputError

# libxml2 drops content nested deeper than 256 levels unless huge_tree is on;
# with it on, our own walks cap the depth instead (render.MAX_DEPTH).
_PARSER = etree.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    huge_tree=True,
    default_doctype=False,
    encoding="utf-8",
)
# Every element is an lxml.html HtmlElement (text_content() and the like), picked in C:
# lxml.html's own parser asks a Python function for the class of each element proxy it
# makes (about 2% of an extraction), only to give <form>/<input> form-filling classes
# that nothing here uses.
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=html.HtmlElement, comment=html.HtmlComment, pi=html.HtmlProcessingInstruction))

# An XML declaration inside a decoded string confuses libxml2's encoding logic.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)

# The budget. The largest development page has 16k start tags and 3.3 M
# characters; past these bounds a page is a dump or an attack, and the work
# downstream (60-100 us an element of prose on a busy 2-core machine) would
# run for seconds to minutes: 50k paragraphs took 4-5 s.
MAX_ELEMENTS = 30_000
MAX_MARKUP_CHARS = 16_000_000
# libxml2 appends each attribute at the end of its element's list, so an
# element with k attributes costs k*k steps (100k attributes: 20 minutes), and
# each attribute ~150 bytes. The sum of k*k and the count of all attributes
# are bounded; real pages stay a thousand times below both.
MAX_ATTRIBUTE_WORK = 200_000_000
MAX_ATTRIBUTES = 500_000
# Below this length no element can hold enough attributes to matter (each
# takes 4+ characters: 32k attributes cost ~1 s at worst), so only longer
# pages pay for counting them, with a tree-less pass of libxml2 itself.
CENSUS_ABOVE_CHARS = 128 * 1024
# ... and of those up to CENSUS_COUNTED_BELOW_CHARS, only the ones that can hold more
# than CENSUS_ABOVE_ATTRIBUTES attributes: libxml2 (2.14+, tokenizing as HTML5
# does) starts each attribute after white space, a '/' or a closing quote, so these
# bytes bound the attributes of any page, and the k*k of one element with 30k
# attributes costs ~1 s. Counting them (one bytes.translate) costs a sixth of the
# census; half the development pages of 128-250 K characters (the median page is
# ~150 K) hold fewer and are spared it. Longer pages nearly all hold more, and are
# not counted.
CENSUS_ABOVE_ATTRIBUTES = 30_000
CENSUS_COUNTED_BELOW_CHARS = 250_000
_ATTRIBUTE_LEADS = b" \n\"'/\t\r\f"

# Elements whose text a page does not show; the text budget does not count it.
_UNSHOWN = frozenset({"script", "style", "template", "noscript"})

# What starts an element: "<" and a letter. libxml2 makes one element per
# start tag (plus html, head and body when missing), so counting these, in
# comments and scripts too, bounds the elements whatever the quoting.
_START_TAG = re.compile(r"<[A-Za-z]")


@dataclass(slots=True)
class Parsed:
    root: html.HtmlElement
    warnings: list[str] = field(default_factory=list)


def parse_html(text: str) -> html.HtmlElement:
    """The document's root element (see `parse_page`)."""
    return parse_page(text).root


def parse_page(text: str) -> Parsed:
    """The document's root element, read within the budget, and what was dropped to stay in it.

    Raises InputError when there is no document at all, or when its
    attributes are beyond any page's.
    """
    text = _XML_DECLARATION.sub("", text, count=1)
    text, data, warnings = bound_markup(text)
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


def bound_markup(text: str) -> tuple[str, bytes, list[str]]:
    """The markup cut to the budget and as the UTF-8 libxml2 reads (encoded once for the census
    and the parse), with a warning for each cut; InputError for an attribute bomb."""
    warnings: list[str] = []
    if len(text) > MAX_MARKUP_CHARS:
        text = text[:MAX_MARKUP_CHARS]
        warnings.append(f"the page is longer than {MAX_MARKUP_CHARS:,} characters; the rest was not read")
    data = text.encode("utf-8", errors="replace")
    # The census counts libxml2's own elements; without it, start tags bound them.
    census = _Census.check(data) if _needs_census(text, data) else None
    within = census is not None and census.elements <= MAX_ELEMENTS
    if not within and text.count("<") > MAX_ELEMENTS:
        past = next(itertools.islice(_START_TAG.finditer(text), MAX_ELEMENTS, None), None)
        if past is not None:
            text = text[: past.start()]
            data = text.encode("utf-8", errors="replace")
            warnings.append(f"the page has more than {MAX_ELEMENTS:,} elements; the rest was not read")
    return text, data, warnings


def _needs_census(text: str, data: bytes) -> bool:
    """Whether the page (`data`: its UTF-8) is long enough to hold an attribute bomb and, when
    counted, has the bytes for one; or has more "<" than the element budget, where only the
    census tells elements from a script's or a text's "<" (without it the start tags are cut,
    so it is asked whenever it was before)."""
    if len(text) <= CENSUS_ABOVE_CHARS:
        return False
    if len(text) > CENSUS_COUNTED_BELOW_CHARS or data.count(b"<") > MAX_ELEMENTS:
        return True
    leads = len(data) - len(data.translate(None, _ATTRIBUTE_LEADS))
    return leads > CENSUS_ABOVE_ATTRIBUTES


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


def _cut_text(root: html.HtmlElement, budget: int) -> bool:
    """Keep the first `budget` characters of the page's text, in document order, and nothing after them.

    Text, not markup, is what the pipeline pays for (~0.5 us and up to 40
    bytes a character); code the page does not show does not count. True when
    something was cut.
    """
    for event, element in etree.iterwalk(root, events=("start", "end")):
        shown = element.text if event == "start" else element.tail
        if not shown or shown.isspace() or (event == "start" and element.tag in _UNSHOWN):
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


def _drop_following(element: html.HtmlElement) -> None:
    """Remove what follows the element in the document: its later siblings, and its ancestors' later content."""
    node = element
    while (parent := node.getparent()) is not None:
        for sibling in list(node.itersiblings()):
            parent.remove(sibling)
        parent.tail = None
        node = parent


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
