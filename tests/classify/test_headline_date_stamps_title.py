"""The raw-text headline chooser credits a date to the title right under it, not to the blog's name
over the blog's description.

A blog prints its name at the top of the page, its description under it (a sentence or two, which
reads as the text's first paragraph), then each post as its date over its title. The date stands a
few lines under the blog's name, and so counted as "a date just below" the name, which then outscored
the post's title. The hand-written pages below stand for such a post copied from a browser. A title
over its dek and then its date keeps the date: the text, not a title, follows the date there.
"""

from artextract import extract

NAME = "Harbour Data Notes"
DESCRIPTION = (
    "Thoughts on data, statistics and the tools that analysts use every day. I write about models, "
    "management and the small experiments that teach more than the big ones."
)
TITLE = "Small experiments with small language models"
TEXT = (
    "I have been talking to analysts about small language models for a while now, and most of them told "
    "me they run them on their own laptops, so I tried a few of the small models on mine for a month."
)
MORE = (
    "The models answered simple questions well and longer ones poorly, and the laptop stayed usable while "
    "they ran, which was the one thing the analysts had worried about before they tried them."
)


def test_title_under_its_date_wins_over_the_blog_name_above_the_description():
    lines = [NAME, DESCRIPTION, "Friday, December 19, 2025", TITLE, TEXT, MORE, MORE]
    article = extract("\n".join(lines), input_type="text")
    assert article.headline == TITLE
    assert DESCRIPTION not in article.body


def test_title_over_its_dek_and_date_keeps_the_date():
    dek = (
        "A month of running small models on a laptop taught me more about their limits than any "
        "benchmark did, and the laptop stayed usable throughout."
    )
    lines = ["Skip to content", "Home", "Posts", "About", TITLE, dek, "Friday, December 19, 2025", TEXT, MORE, MORE]
    article = extract("\n".join(lines), input_type="text")
    assert article.headline == TITLE
