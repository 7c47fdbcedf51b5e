"""A structured page's end-matter label must leave the bulk of the run above it (end_matter._leaves_bulk).

Hand-written blocks standing for a raw-text copy: a shop's collection or a guide hub whose
"Related ..." label stands near the top of the run, over the items the page is made of, and a
short article whose related box follows it as end matter should.
"""

from artextract.blocks import Block
from artextract.end_matter import end_matter_start

PROSE = (
    "The council voted on Tuesday to extend the harbour wall by forty metres, a project that engineers "
    "say will protect the old town from winter storms for another fifty years, at a cost the city says it can bear without new taxes."
)
# The page's own text above the label: three paragraphs, 120 words.
ARTICLE = [Block(PROSE), Block(PROSE), Block(PROSE)]
# A collection's or a shop's run: those paragraphs among many more words of item lines.
ITEMS = [Block(f"Trail shoe {n}. On sale for $99") for n in range(40)]
# A guide's teaser: a sentence shorter than the long paragraphs end matter is weighed by.
TEASER = "Sit-in kayaks move fast and track straight, with covered cargo compartments for longer trips."


def guides(count: int) -> list[Block]:
    return [block for n in range(count) for block in (Block(f"How to Choose a Kayak, part {n}"), Block(TEASER))]


def test_structured_label_over_more_prose_than_above_it_does_not_cut():
    blocks = [*ARTICLE, *ITEMS, Block("Related Expert Advice articles"), *guides(12)]
    assert end_matter_start(blocks, 0, len(blocks), opening_labels=True, structured=True) == len(blocks)


def test_the_same_label_cuts_a_prose_article():
    # A page read as prose keeps its old rule: only long paragraphs below the label weigh.
    blocks = [*ARTICLE, *ITEMS, Block("Related Expert Advice articles"), *guides(12)]
    assert end_matter_start(blocks, 0, len(blocks), opening_labels=True) == len(ARTICLE) + len(ITEMS)


def test_structured_label_over_a_grid_many_times_the_run_above_does_not_cut():
    items = [Block(f"Best Seller. Trail shoe {n}. On sale for $99") for n in range(200)]
    blocks = [*ARTICLE, *ITEMS, Block("Customers Also Bought"), *items]
    assert end_matter_start(blocks, 0, len(blocks), opening_labels=True, structured=True) == len(blocks)


def test_structured_label_leaving_the_bulk_above_still_cuts():
    cards = [Block(f"Harbour plans approved, story {n}") for n in range(4)]
    blocks = [*ARTICLE, Block("Related Articles"), *cards]
    assert end_matter_start(blocks, 0, len(blocks), opening_labels=True, structured=True) == len(ARTICLE)



def test_structured_label_under_a_run_that_reads_as_an_article_still_cuts():
    # A news story over many other stories' teaser cards, whose sentences outweigh it: the run above
    # the label is mostly the story's prose, so the label is weighed as a prose article's.
    blocks = [*ARTICLE, Block("Related Articles"), *guides(16)]
    assert end_matter_start(blocks, 0, len(blocks), opening_labels=True, structured=True) == len(ARTICLE)
