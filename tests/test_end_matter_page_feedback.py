"""A documentation page's footer after its text: its feedback prompt, its "last changed" line (end_matter)."""

import pytest

from artextract import extract, signals, vocabulary
from artextract.blocks import Block
from artextract.end_matter import end_matter_start

# A doc's paragraph: a doc is often lists and code, so its prose may be short of an article's.
DOC = (
    "The export command writes every table of the project to a bucket you name, one file per table, in the format "
    "you choose; it runs in the background and mails you when the files are ready."
)
# The licence sentence a documentation site prints under every page, long as a paragraph.
LICENCE = (
    "Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 "
    "License, and code samples are licensed under the Apache 2.0 License. For details, see the Site Policies."
)


@pytest.mark.parametrize("label", ["Send feedback", "Was this page helpful?", "Did you find what you needed?",
                                   "War diese Seite hilfreich?", "Cette page vous a-t-elle été utile ?",
                                   "¿Te ha resultado útil esta página?", "Questa pagina ti è stata utile?",
                                   "Esta página foi útil?", "Was deze pagina nuttig?", "Czy ta strona była pomocna?"])
def test_a_page_feedback_prompt_in_any_language_names_end_matter(label):
    assert vocabulary.end_matter_concept(signals.normalise(label)) == "page_feedback"


def test_a_feedback_prompt_with_its_licence_and_date_under_it_ends_the_doc():
    blocks = [Block(DOC), Block(DOC), Block("Send feedback"), Block(LICENCE), Block("Last updated 2026-03-05 UTC.")]
    assert end_matter_start(blocks, 0, len(blocks), opening_labels=True) == 2


def test_a_short_doc_of_lists_ends_at_its_prompt_and_buttons():
    # Less prose than the label rule asks of an article, and only the prompt's buttons and links after it.
    blocks = [Block(DOC), Block(DOC.split(";")[0] + "."), Block("Did you find what you needed?"), Block("Yes No"),
              Block("Privacy policy"), Block("Help us make these docs great!")]
    assert end_matter_start(blocks, 0, len(blocks), opening_labels=True, structured=True) == 2


def test_a_prompt_with_more_of_the_doc_under_it_cuts_nothing():
    # The prompt printed mid-page (a widget between sections): the doc goes on below it.
    blocks = [Block(DOC), Block(DOC), Block("Send feedback"), Block(DOC), Block(DOC), Block("Last updated 2026-03-05 UTC.")]
    assert end_matter_start(blocks, 0, len(blocks), opening_labels=True) == len(blocks)


def test_a_raw_copy_of_a_doc_page_ends_before_its_feedback_footer():
    text = "\n\n".join(["Exporting tables", DOC, DOC.replace("export", "import"), "Send feedback", LICENCE,
                        "Last updated 2026-03-05 UTC.", "Products and pricing", "See all products"])
    body = extract(text, input_type="text").body
    assert body.rstrip().endswith("when the files are ready.")
    assert "licensed under" not in body


@pytest.mark.parametrize("line", ["This page was last edited on 1 March 2026, at 20:20.",
                                  "This page was last modified on Dec 19, 2025 by MDN contributors.",
                                  "Diese Seite wurde zuletzt am 3. März 2026 um 10:12 Uhr bearbeitet.",
                                  "Esta página se editó por última vez el 4 mar 2026 a las 08:07."])
def test_the_pages_last_changed_line_is_the_sites_closing_line(line):
    assert vocabulary.closing_promo(line)


def test_the_pages_last_changed_line_last_in_the_text_is_cut():
    blocks = [Block(DOC), Block(DOC), Block(DOC), Block("This page was last updated on 2026-01-26 15:45:07Z")]
    assert end_matter_start(blocks, 0, len(blocks)) == 3


def test_a_sentence_about_a_page_of_a_book_is_no_footer():
    assert not vocabulary.closing_promo("The last page of the diary was written in pencil on the morning he left.")
