"""The link to the author's archive under the author's box ends a raw text (region.py
`_before_author_archive`). The pages stand for a blog post or an interview closing with the
author's box (name, job, a bio not opening with the full name) and its "Read more posts by <name>"
link, then the site's teasers or its newsletter."""

from artextract.blocks import Block
from artextract import signals
from artextract.text.region import _before_author_archive, find_region

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Holiday")
ARTICLE = [PARAGRAPH.replace("Tuesday", day) for day in DAYS]  # 136 words
HEAD = ("Home", "How the Council Chose the Bridge")
BIO = "Joe co-founded a reporting platform used by thousands of agencies and writes about their work."
TEASERS = ("What other readers are reading", "The eight numbers every agency should track this year",
           "Nov 6, 2025", "A checklist for the campaigns you run for your clients", "Oct 2, 2025")


def _blocks(*lines):
    return [Block(text=line) for line in lines]


def test_the_archive_link_of_the_author_named_above_it_ends_the_text_and_the_box_stays():
    for link in ("Read more posts by Joe Kindness", "See all of Joe Kindness's reviews",
                 "More articles from Joe Kindness"):
        blocks = _blocks(*HEAD, *ARTICLE, "Joe Kindness", "Chief Executive", BIO, link, *TEASERS)
        assert blocks[find_region(blocks).end].text == link, link


def _archive_end(lines):
    """Where `_before_author_archive` ends lines that are all the run (the end the other rules left)."""
    blocks = _blocks(*lines)
    words = [signals.word_count(block.text) for block in blocks]
    prose = [signals.is_prose(block.text) for block in blocks]
    return _before_author_archive(blocks, words, prose, 0, len(blocks))


def test_a_german_archive_link_with_a_verb_after_the_name_ends_the_run_and_a_section_link_does_not():
    # Weighed at the end the other rules found: end_matter.py weighs a label against the whole run,
    # which may still hold the reader comments under it.
    bio = "Michael leitet die Redaktion seit zwanzig Jahren und schreibt über Kirche, Politik und Kultur."
    lines = [*HEAD, *ARTICLE, "Michael Rädel", "Herausgeber", bio, "Mehr von Michael Rädel lesen",
             "Die Kirche und ihr Arbeitsrecht nach der Reform", "24. Januar 2022"]
    assert _archive_end(lines) == lines.index("Mehr von Michael Rädel lesen")
    # The section's link: no name line above it says "Politik".
    lines[lines.index("Mehr von Michael Rädel lesen")] = "Mehr aus Politik"
    assert _archive_end(lines) == len(lines)


def test_a_label_naming_no_name_line_above_or_standing_over_more_prose_does_not_end_the_text():
    # "More from Politics": no line above names "Politics"; the paragraphs after it are the text's.
    blocks = _blocks(*HEAD, *ARTICLE[:4], "Joe Kindness", "More from Politics", *ARTICLE[4:])
    assert find_region(blocks).end == len(blocks)
    # The author's link mid-text, over as much prose again: not the end.
    blocks = _blocks(*HEAD, *ARTICLE[:4], "Joe Kindness", "Read more posts by Joe Kindness", *ARTICLE[4:])
    assert find_region(blocks).end == len(blocks)
