"""An author's box under a byline's label alone ends a raw text (region.py `_labelled_name`,
`_box_top`, `_before_author_box`). The pages stand for a news site's closing box ("AUTOR" over the
writer's name and a bio opening "ist ..."), a shopping guide stacking its author's box over its
testers' boxes, and a listing whose every record is signed "Reported by:" (the records' own)."""

from artextract.blocks import Block
from artextract.text.region import find_region

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Holiday")
ARTICLE = [PARAGRAPH.replace("Tuesday", day) for day in DAYS]  # 136 words
HEAD = ("Home", "How the Council Chose the Bridge")


def _blocks(*lines):
    return [Block(text=line) for line in lines]


def test_a_byline_label_over_a_name_and_a_bio_not_opening_with_it_ends_the_text():
    bio = "ist Gründungspartner einer Kanzlei in Berlin und berät seit Jahren Unternehmen im Datenschutz."
    blocks = _blocks(*HEAD, *ARTICLE, "AUTOR", "Dr. Thomas Schulte", bio, "Themenseiten: EuGH, Google")
    assert blocks[find_region(blocks).end].text == "AUTOR"
    # No label over the name: a list's last item may open so; the text stays whole.
    blocks = _blocks(*HEAD, *ARTICLE, "Thomas Schulte", bio)
    assert find_region(blocks).end == len(blocks)


def test_an_authors_box_under_its_label_over_testers_boxes_goes_with_them():
    def bio(name, job):
        return f"As our {job}, {name} has covered everything from travel and food to tools, and tests them at home."

    boxes = ("AUTHOR", "Emily Way", bio("Emily", "shopping editor"), "Read More",
             "TESTER", "Katie Bandurski", bio("Katie", "deputy editor"), "Read More",
             "TESTER", "Mary Henn", "Mary Henn, MA, is a shopping editor who writes about the best gifts of the year.")
    blocks = _blocks(*HEAD, *ARTICLE, *boxes)
    assert blocks[find_region(blocks).end].text == "AUTHOR"


def test_a_label_signing_every_record_of_a_listing_is_no_authors_box():
    record = "Includes the hours for the work, and the parts and materials the electrician brings to the house."
    lines = list(HEAD)
    for number, (place, name) in enumerate((("Atlanta", "Terriss Clark"), ("Duluth", "Trevor Brown"), ("Marietta", "Ann Lee"))):
        lines += [*ARTICLE[2 * number : 2 * number + 2], "Reported by:", name, f"{place} report. {record}"]
    blocks = _blocks(*lines)
    assert find_region(blocks).end == len(blocks)
