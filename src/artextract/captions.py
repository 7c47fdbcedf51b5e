"""The article's captions from the classifier's caption blocks: one caption per figure, its credit split off.

A figure's pieces stand in separate elements as often as not: the description
in one, a label ("Foto:", "Bild") in another, the credit in a third, and a
responsive page prints the whole caption twice (desktop and mobile). The
HTML walk numbers the blocks of each figure (`Block.figure`) and marks the
credit its class names (`Block.credit`); here the pieces of one figure are
joined in display order into one `Caption(text, credit)`. The credit is the
marked piece, the piece after a label, or the credit shape a piece ends in
(`signals.split_credit`). Blocks in no figure (raw text, a caption class on
a paragraph) each make a caption, and a credit-only line joins the caption
above it when that one has none; so does a credit-only figure beside a
description-only one when only one of the two holds the picture (a figure
nested in the captioned one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from . import signals
from .article import Caption
from .blocks import Block, Decision, Kind
from .rules import text as rules

# Separators left between a description and the credit cut off its end.
_TRAILING = " |,;:-–—/"
# Punctuation a page leaves before a description (": v.l.: Ingo Degenhardt ..."): no caption opens with it.
_LEADING = " |,;:"


@dataclass(slots=True)
class _Figure:
    """The caption pieces of one figure, in display order."""

    at: int  # body parts before the figure
    blocks: list[Block] = field(default_factory=list)

    def add(self, block: Block) -> None:
        if all(block.text != other.text for other in self.blocks):  # a responsive copy is one piece
            self.blocks.append(block)

    def caption(self) -> Caption | None:
        pieces: list[tuple[str, str | None]] = []  # (description, credit) of each piece
        labelled = False  # the piece before was a credit label alone ("Foto:", "©")
        for block in self.blocks:
            if rules.CREDIT_LABELS_ONLY.match(block.text):
                labelled = True
                continue
            text, credit = _split(block, labelled)
            labelled = False
            if credit or not signals.boilerplate_reason(text):  # not a player's or a gallery's control
                pieces.append((text, credit))
        pieces = _credit_pieces(pieces)
        text = " ".join(text for text, _ in pieces if text)
        credits: list[str] = []
        for _, credit in pieces:
            if credit and credit not in credits:
                credits.append(credit)
        if not text and not credits:
            return None
        image = next((block.image for block in self.blocks if block.image), None)
        return Caption(text, " / ".join(credits) or None, image, at=self.at)


def _credit_pieces(pieces: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Of a figure's unmarked pieces, one that reads as a source ("Reuters", "Jane Doe/AFP") beside
    a description is the credit, when the figure has no credit yet."""
    if any(credit for _, credit in pieces):
        return pieces
    if len(pieces) == 1:
        return [("", pieces[0][0])] if credit_alone(pieces[0][0]) else pieces
    sources = [index for index, (text, _) in enumerate(pieces) if signals.is_credit_source(text)]
    if not sources or len(sources) == len(pieces):
        return pieces
    index = sources[-1]
    return [(("", text) if number == index else (text, None)) for number, (text, _) in enumerate(pieces)]


def numbered_figure(text: str) -> bool:
    """A caption that opens with its figure's number ("Figure 1. Enrollment flow diagram.") or its
    figure word and a colon ("Abbildung: ..."): one wherever it stands, with or without figure
    markup (raw text, a styled <div>)."""
    return rules.FIGURE_NUMBER_LABEL.match(text) is not None and signals.word_count(text) <= rules.FIGURE_CAPTION_MAX_WORDS


def credit_alone(text: str) -> bool:
    """A figure's only text that is its credit, no description: a source whose shape says
    "credit" ("Amr Dalsh / Reuters", "AFP via Getty Images"), not a name alone."""
    return (signals.is_credit_source(text) and rules.CREDIT_SOURCE.match(text) is not None
            and rules.CREDIT_ALONE_SHAPE.search(text) is not None)


def _split(block: Block, labelled: bool) -> tuple[str, str | None]:
    """A piece's description and credit: the credit it ends in, the marked credit, or the whole
    piece after a label."""
    text = less_licence(block.text).lstrip(_LEADING)
    description, credit = signals.split_credit(text)
    marked = block.credit
    if credit:
        if marked and marked != credit and marked in description:  # "© Provided by X" marked, "Photograph: Y" after it
            description = signals.clean_text(description.replace(marked, " ", 1)).strip(_TRAILING)
        return description, clean_credit(credit) or credit  # "Fotos: © X": the sign after the label too
    if marked is None and labelled:
        marked = text
    if marked is None or signals.word_count(marked) > rules.CREDIT_MARKED_MAX_WORDS:
        return text, None  # a sentence in a "credit" element is the description ("credit" classes style captions too)
    credit = clean_credit(marked)
    if not credit:
        return text, None
    if marked == text or marked not in text:
        return "", credit
    if _credit_goes_on(text, marked):
        return "", clean_credit(text)
    description = signals.clean_text(signals.without_label_end(text.replace(marked, " ", 1).rstrip()))
    if rules.CREDIT_LABELS_ONLY.match(description):
        description = ""  # "Foto", "(Image:" before the marked credit is its label
    return description.strip(_TRAILING), credit


def _credit_goes_on(text: str, marked: str) -> bool:
    """The marked credit opens the piece and a slash or bar goes on to a source: one credit whose
    markup marks only the photographer ("<span credit>Tanja Ivanova</span>//Getty Images")."""
    if not text.startswith(marked):
        return False
    rest = text[len(marked):].lstrip()
    return rest[:1] in ("/", "|") and signals.is_credit_source(rest.strip(" /|"))


def less_licence(text: str) -> str:
    """The text less a Creative Commons licence at its end ("Foto: Jane Doe | Lizenz: CC BY 4.0"),
    unless that is all it says: the licence is no part of the source (raw text's credit lines too,
    classify/credits.py)."""
    if "cc" not in text[-rules.CREDIT_CC_LICENCE_MAX_CHARS:].lower():
        return text  # the licence stands in the last few characters: no pattern search over long text
    bare = rules.CREDIT_CC_LICENCE_END.sub("", text).rstrip()
    return bare if signals.word_count(bare) else text


def clean_credit(text: str) -> str:
    """The credited source alone: "Image Credit: Jane Doe via Flickr (license)" -> "Jane Doe via Flickr"."""
    credit = less_licence(signals.clean_text(text))
    for _ in range(2):  # "Fotos: © Jane Doe": a label and a sign
        credit = rules.CREDIT_LABEL_START.sub("", credit, count=1)
    credit = rules.CREDIT_BYLINE_START.sub("", credit, count=1)  # "By X": the picture word left out of "Photo by X"
    credit = rules.CREDIT_COURTESY.sub("", credit)
    credit = rules.CREDIT_LICENCE_NOTE.sub("", credit.rstrip()).strip(" .,;:|-–—")
    if credit[:1] in "([" and credit[-1:] in ")]" and credit.count("(") + credit.count("[") == 1:
        credit = credit[1:-1].strip()  # "(Bild: Jane Doe)": the brackets around the whole credit
        credit = rules.CREDIT_LABEL_START.sub("", credit, count=1)
    return credit


def captions_of(decisions: Sequence[Decision], lead: int) -> list[Caption]:
    """Caption blocks -> captions, in reading order; each records how many body parts stand
    before it (`lead` of them come before any block), so Markdown can show the figure where it stands."""
    items: list[Caption | _Figure] = []
    figures: dict[int, _Figure] = {}
    before = lead
    for decision in decisions:
        if decision.kind is Kind.BODY:
            before += 1
        if decision.kind is not Kind.CAPTION:
            continue
        block = decision.block
        if block.figure is None:
            _add_loose(items, block, before)
            continue
        figure = figures.get(block.figure)
        if figure is None:
            figure = figures[block.figure] = _Figure(before)
            items.append(figure)
        figure.add(block)
    captions: list[Caption] = []
    for item in items:
        caption = item.caption() if isinstance(item, _Figure) else item
        if caption is None or any(_repeats(caption, other) for other in captions):
            continue
        joined = _one_picture(captions[-1], caption) if captions else None
        if joined is not None:
            captions[-1] = joined
        else:
            captions.append(caption)
    return captions


def _one_picture(first: Caption, second: Caption) -> Caption | None:
    """Two captions side by side (no text between), one only a credit and the other only a
    description, of which exactly one has the picture: one picture's pieces that its markup set
    apart (the credit in a figure nested in the captioned one, a credit line after the figure),
    joined; else None. Two pictures, or none known, keep a caption each."""
    if first.at != second.at or bool(first.image) == bool(second.image):
        return None
    if not first.text and first.credit and second.text and not second.credit:
        return Caption(second.text, first.credit, first.image or second.image, at=first.at)
    if first.text and not first.credit and not second.text and second.credit:
        return Caption(first.text, second.credit, first.image or second.image, at=first.at)
    return None


def _add_loose(items: list[Caption | _Figure], block: Block, before: int) -> None:
    """A caption block in no figure: a caption of its own, or the credit of the caption above it."""
    text, credit = _split(block, False)
    if not credit and signals.boilerplate_reason(text):
        return  # no word, or a furniture line ("Tags") in an element styled "caption": a figure's test too
    if credit and _site_notice(block.text, credit):
        return
    if not credit and credit_alone(text):
        text, credit = "", text
    if not text and credit and items and isinstance(items[-1], Caption) and items[-1].credit is None:
        items[-1] = replace(items[-1], credit=credit)
        return
    # A credit standing alone ("Photo: Jane Doe/AFP") is a caption with no description.
    items.append(Caption(text, credit, block.image, at=before))


def _site_notice(text: str, credit: str) -> bool:
    """A line in no figure that ends in a copyright sign with a year or a rights notice ("All Content
    © 2026 Acme.com", "InfoQ.com and all content copyright 2006-2026 C4Media Inc"): the site's
    notice, not a picture's credit (CREDIT_COPYRIGHT_NOTICE, as for a credit line alone), unless a
    photo label says whose ("Photo <url> © Viva Technology 2025")."""
    return (rules.CREDIT_COPYRIGHT_SIGN.search(text) is not None and rules.CREDIT_COPYRIGHT_NOTICE.search(credit) is not None
            and rules.CREDIT_LABEL_WORD.search(text) is None)


def _repeats(caption: Caption, other: Caption) -> bool:
    """The same caption printed again for the same picture (a carousel clone, a responsive copy);
    two pictures with the same caption ("Credit: Serious Eats") keep one each."""
    if (caption.text, caption.credit) != (other.text, other.credit):
        return False
    if caption.image and other.image:
        return caption.image == other.image
    return caption.at == other.at
