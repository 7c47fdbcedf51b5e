"""Credit lines: a photo's source printed on a line of its own ("Photo: Jane Doe", "Jane Doe/AFP").

Raw text pairs a credit with its caption (text/lines.py), and the headline
chooser must not take an unlabelled credit for a short headline
(classify/headline.py): both read the shapes here.
"""

from __future__ import annotations

from .. import signals
from ..captions import less_licence
from ..rules import text as rules

# Kinds of credit line (`credit_line`): with a label ("Photo: ...", "©"); "courtesy of X",
# a caption even alone; an unlabelled shape ("Jane Doe/AFP"), only beside a caption; a name
# and a news agency or stock library ("Jane Doe/Getty Images"), a caption even alone.
LABELLED, COURTESY, SHAPED = "labelled", "courtesy", "shaped"
AGENCY = "agency"
# The kinds that are a caption (with no description) when no caption line stands beside them.
STANDS_ALONE = frozenset({COURTESY, AGENCY})


def is_credit(text: str) -> bool:
    """Whether a line is or ends with a credit: labelled ("Photo: Jane Doe"), or a credit's shape alone ("Jane Doe/AFP")."""
    if signals.split_credit(text)[1] is not None:
        return True
    return len(text) <= rules.CREDIT_LINE_MAX_CHARS and credit_shape(text) is not None


def credit_line(text: str) -> str | None:
    """Which kind of credit a line is, when it is a credit and nothing else, else None.

    Labelled credits ("Photo: Jane Doe/AFP", "© Jane Doe") as the caption
    patterns find them; then the shapes a line alone takes in raw text:
    "courtesy of X", "AFP via Getty Images", "Jane Doe/AFP", "Name | Agency",
    "REUTERS/Jane Doe".
    """
    # A licence after the source ("| Lizenz: CC BY 4.0") hides a labelled credit from the patterns, anchored at the end.
    caption, credit = signals.split_credit(less_licence(text))
    if credit is not None:
        # A copyright notice ("© 2024 Acme. All rights reserved.") is the site's, not a picture's.
        return LABELLED if not caption.strip() and not rules.CREDIT_COPYRIGHT_NOTICE.search(text) else None
    if len(text) > rules.CREDIT_LINE_MAX_CHARS:
        return None
    shape = credit_shape(text)
    # Furniture last: it is the dearer test, and most lines have no credit shape.
    return shape if shape is not None and not signals.boilerplate_reason(text) else None


def credit_shape(text: str) -> str | None:
    """The kind of an unlabelled credit's shape ("courtesy of X", "AFP via Getty Images", "Jane Doe/AFP"), or None."""
    # "Courtesy of X" in any language (anchored: most lines fail at their first letters).
    if rules.CREDIT_LINE_COURTESY.match(text):
        return COURTESY
    if rules.CREDIT_LINE_AGENCY_ALONE.match(text):
        return SHAPED
    # Each other shape needs a literal: "via " or a slash or bar between its sides.
    # Asked of every raw-text line (text/lines.pair_captions): most hold none and skip four patterns.
    if "/" not in text and "|" not in text and "via " not in text:
        return None
    if rules.CREDIT_LINE_AGENCY_PAIR.match(text):
        return AGENCY
    via = rules.CREDIT_LINE_VIA.match(text)
    if via and (via.group("left") is None or rules.CREDIT_LINE_AGENCY.match(via.group("left"))):
        return SHAPED
    person = rules.CREDIT_LINE_PERSON_PAIR.match(text)
    if person and rules.CREDIT_LINE_NAME.match(person.group("person")):
        return SHAPED
    pair = rules.CREDIT_LINE_PAIR.match(text)
    sides = pair.group("left", "right") if pair else ()
    if (sides and sum(len(side.split()) for side in sides) <= rules.CREDIT_LINE_MAX_WORDS and any(map(_names_a_source, sides))
            and not _term_pair(sides)):
        return SHAPED
    return None


def _term_pair(sides: tuple[str, ...]) -> bool:
    """Two words in capitals joined by a slash, neither a known agency ("CI/CD", "AI/ML", "UI/UX",
    "EMR/EHR", "BG/EN", "MM/YY"): a pair of terms from a menu, a card or a form, not a photographer
    and an agency. The capitals say "agency" (CREDIT_LINE_AGENCY) on one side of a name, not on
    both sides at once unless one names an agency ("EPA/EFE"). Fit half, raw text, both renderings:
    52 such lines on 22 sites (wcxb: github.blog's and digitalocean.com's "CI/CD", onixnet.com's
    "AI/ML", binariks.com's "UI/UX", alphaapexgroup.com's "EMR/EHR", solostove.com's "BG/EN",
    stripe.com's "MM/YY", samsung.com's "USA/ENGLISH"; traf-dev: toralin.de's "DPF/AGR",
    wordsmith.org's "RSS/XML"), none a credit of the HTML mode's captions; github.blog's "CI/CD"
    was paired with the card's blurb above it into a false caption."""
    return (all(rules.CREDIT_LINE_AGENCY.match(side) and " " not in side for side in sides)
            and not any(rules.CREDIT_LINE_AGENCY_ALONE.match(side) for side in sides))


def signed_credit(text: str) -> bool:
    """A credit line labelled by the copyright sign alone ("© Jane Doe", "(c) Acme Photo"), no notice."""
    return rules.CREDIT_SIGN_OPENS.match(text) is not None and credit_line(text) == LABELLED


def signed_between_prose(text: str, above: str | None, below: str | None) -> bool:
    """Whether a credit line labelled by the copyright sign alone ("© Jane Doe", "(c) Acme Photo"),
    which the furniture patterns take for the site's notice, is a picture's credit: it stands next to
    a paragraph of prose (above or below), as a figure between the article's paragraphs does. The
    site's "© Acme" stands under the last paragraph among links, or in the page's head among the
    menu, next to no prose; a teaser card's "© Foto: X" stands between titles. A credit line only:
    "© 2026 Acme" and "© Acme, all rights reserved" are notices (credit_line). Fit-half traf-dev
    pages of pferderevue.at, motor.at, fischerhuette.hejfish.com, lbv.de, heizung.de, zamg.ac.at,
    motorsport-total.com, jolie.de: the credits of the article's pictures, dropped as copyright lines."""
    if not signed_credit(text):
        return False
    return any(side is not None and signals.is_prose(side) and credit_line(side) is None for side in (above, below))


def heading_with_aside(text: str) -> bool:
    """Whether a line the credit patterns split is a heading with an aside after it, not a caption
    with its credit: the "credit" is unlabelled (a slash, a dash, brackets; no label word, no sign)
    and names no source (no person's name, agency in capitals or stock library on either side of
    its slash), and the text before it is in Title Case with no sentence's end: "Average Home
    Renovation Costs (By Type)", "Available Forms (Listed by Category)", "Senior Software Engineer -
    Frontend/React", "Giro Scamp Mips II Bike Helmet - Toddlers'/Kids'" (fit-half wcxb pages of
    expertsinyourhome.com, kansaslegalservices.org, 4dayweek.io, rei.com; both renderings)."""
    description, credit = signals.split_credit(text)
    if credit is None or not description or not text.startswith(description):
        return False
    said = text[len(description):]
    if rules.CREDIT_LABEL_WORD.search(said) or rules.CREDIT_COPYRIGHT_SIGN.search(said):
        return False
    if rules.SENTENCE_END.search(description) or signals.title_case_share(description) < rules.CREDIT_ASIDE_HEADING_CASE_SHARE:
        return False
    sides = [rules.CREDIT_ASIDE_BY.sub("", side.strip(" ()[]")) for side in rules.CREDIT_ASIDE_SIDES.split(credit)]
    return not any(_names_a_source(side) or rules.CREDIT_STOCK_LIBRARY.search(f"/{side}") for side in sides if side)


def names_an_agency(text: str) -> bool:
    """Whether a credit line of an unlabelled shape names a news agency in capitals on one side of
    its slash or bar ("APA/Helmut Fohringer", "Jane Doe / AFP"), says "via" ("AFP via Getty Images"),
    or is the agency's name alone ("Reuters")."""
    if rules.CREDIT_LINE_VIA.match(text) or rules.CREDIT_LINE_AGENCY_ALONE.match(text):
        return True
    pair = rules.CREDIT_LINE_PAIR.match(text) or rules.CREDIT_LINE_PERSON_PAIR.match(text)
    return pair is not None and any(rules.CREDIT_LINE_AGENCY.match(side) for side in pair.group("left", "right"))


def _names_a_source(text: str) -> bool:
    """A person's name or an agency in capitals: what a credit names."""
    return rules.CREDIT_LINE_NAME.match(text) is not None or rules.CREDIT_LINE_AGENCY.match(text) is not None
