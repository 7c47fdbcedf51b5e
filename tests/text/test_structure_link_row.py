"""A row of link labels on one line: a menu column as inscriptis prints it (text/structure.py is_link_row).

The pages here are hand-written: a job board whose footer prints each column of its menu on one
line under the column's label, with a short listing above it."""

from artextract import extract, signals
from artextract.blocks import Block
from artextract.text.structure import is_link_row, link_rows


def _row(text):
    return is_link_row(text, signals.word_count(text))


def test_labels_sharing_a_word_on_one_line_are_a_link_row():
    assert _row("Remote jobs in Brazil Remote jobs in Argentina Remote jobs in Chile Remote jobs in Peru Remote jobs in Colombia")
    assert _row("Solid oak chairs Folding chairs Garden chairs Dining chairs Office chairs Rocking chairs Kitchen chairs")
    assert _row("AI jobs Data analyst jobs Node.js jobs HTML/CSS jobs Deep learning jobs Oracle jobs .NET developer jobs Rust jobs")


def test_prose_tables_and_repeated_cells_are_no_link_row():
    # A sentence, even one that repeats a word: it has its marks.
    assert not _row("The jobs report said jobs grew, jobs in retail fell, and jobs in health care rose again this month.")
    # A table's row: a figure in every cell.
    assert not _row("Top speed 19.8 mph 17.4 mph 17.5 mph 20.6 mph 24.8 mph 23.9 mph 23.6 mph 26.7 mph")
    # A comparison table's row repeating one cell: few distinct words.
    assert not _row("Free plan or free trial Free plan or free trial Free plan or free trial Free plan or free trial")
    # Too short to tell.
    assert not _row("Oak chairs Pine chairs Ash chairs")


def test_a_menu_printed_as_link_rows_is_not_taken_for_the_listing():
    # Each row is worth a line's words to the run (it is no prose): six of them outweighed the listing.
    listing = [
        "Remote Designer Jobs",
        "Find a remote design job with teams that hire across time zones.",
        "Senior Product Designer", "Northwind Labs", "Lead UX Designer", "Contoso Health",
    ]
    menu = []
    for label, places in (
        ("Europe", "Spain France Italy Poland Sweden Norway"),
        ("Asia", "Japan Korea India Nepal Laos Vietnam"),
        ("Americas", "Chile Peru Brazil Mexico Canada Uruguay"),
        ("Africa", "Kenya Ghana Egypt Morocco Senegal Namibia"),
        ("Oceania", "Fiji Samoa Tonga Palau Nauru Tuvalu"),
        ("Middle East", "Oman Qatar Jordan Israel Bahrain Kuwait"),
    ):
        menu += [label, " ".join(f"Remote jobs in {place}" for place in places.split())]
    body = extract("\n\n".join(listing + menu), input_type="text").body
    assert "Find a remote design job" in body
    assert "Remote jobs in" not in body


def test_a_link_row_is_a_menu_under_a_short_label_not_under_a_tables_row():
    row = "Read Review Oak Review Pine Review Ash Review Elm Review Birch Review Maple Review Cedar Review"
    lines = ["Woods", row, "Compare the woods we sell by hardness, price and how they take a stain over time.", row]
    blocks = [Block(text=line) for line in lines]
    assert link_rows(blocks, [signals.word_count(line) for line in lines]) == {1}
