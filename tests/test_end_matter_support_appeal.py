"""A plea for money under the text ends the article (end_matter.support_appeal_start), in both pipelines,
unless the article's prose goes on below it."""

import pytest

from artextract import extract, vocabulary
from artextract.blocks import Block
from artextract.end_matter import end_matter_start, support_appeal_start

# A small blog's post: its paragraphs, written for these tests.
PROSE = (
    "The old lighthouse on the point was switched off in the spring, after a hundred and twelve years, and the keepers' "
    "cottage below it has stood empty since the last family moved inland to be nearer the school and the doctor."
)
SHORT = "The lamp itself went to the museum in town, where it turns slowly in a room of its own."
PLEA = "Did you enjoy this post? You can buy me a coffee to keep the blog going."


def test_a_plea_under_the_text_with_a_comment_prompt_below_ends_the_article():
    blocks = [Block(PROSE), Block(PROSE), Block(SHORT), Block(PLEA), Block("Leave a comment below."), Block("Recent posts")]
    assert support_appeal_start(blocks, 0, len(blocks)) == 3
    assert end_matter_start(blocks, 0, len(blocks)) == 3


def test_a_plea_after_the_introduction_leaves_the_post_whole():
    # The post's paragraphs below the plea are short, yet they are the post: its prose outweighs the share.
    blocks = [Block(PROSE), Block(PROSE), Block(PROSE), Block(PLEA), Block(SHORT), Block(SHORT), Block(SHORT), Block(PROSE)]
    assert support_appeal_start(blocks, 0, len(blocks)) == len(blocks)


def test_a_plea_above_the_article_cuts_nothing():
    # A sidebar's plea printed before the text: too little of the article's prose stands above it.
    blocks = [Block(SHORT), Block(PLEA), Block(PROSE), Block(PROSE)]
    assert support_appeal_start(blocks, 0, len(blocks)) == len(blocks)


def test_a_long_paragraph_about_giving_is_no_plea():
    long_plea = " ".join([PLEA] + [SHORT] * 3)  # past CLOSING_PROMO_MAX_WORDS: the article's own paragraph
    blocks = [Block(PROSE), Block(PROSE), Block(long_plea)]
    assert support_appeal_start(blocks, 0, len(blocks)) == len(blocks)


@pytest.mark.parametrize("text", [
    "Please support us so we can keep writing.",
    "Wenn Ihnen der Beitrag gefallen hat, können Sie mich durch eine Spende unterstützen.",
    "Si cet article vous a plu, offrez-moi un café !",
    "¿Te gustó? Invítame a un café.",
    "Se ti è piaciuto, offrimi un caffè.",
    "Vond je dit nuttig? Trakteer me op een kopje koffie.",
])
def test_the_plea_is_read_in_each_language(text):
    assert vocabulary.appeals_for_support(text)


def test_a_raw_copy_ends_above_its_plea():
    text = "\n\n".join(["The lighthouse goes dark", PROSE, PROSE, SHORT, PLEA, "Leave a comment below.", "Recent posts",
                        "Share this:", "Facebook", "X"])
    article = extract(text, input_type="text")
    assert "keepers' cottage" in article.body and "museum in town" in article.body
    assert "coffee" not in article.body
