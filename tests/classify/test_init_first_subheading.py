"""A raw text's first paragraph over its first subheading is the text's, not a dek.

A dek is set apart from the story by head furniture under it: a byline, a date, a
credit, a name the head reads as the author's. A line only shaped like a name whose
words the text goes on to write in lower case ("Static Performance Analysis") is the
text's first subheading, and the paragraph above it opens the story. The hand-written
pages below stand for a blog post copied from a browser: menu, date, title, the first
paragraph, then a subheading or the author's name, then the text.
"""

from artextract import extract

TITLE = "Pair With Me: Finding Slow Array Allocations"
FIRST = (
    "You might know the linter as the tool that keeps your code style tidy, but did you know you can "
    "use it to make your code faster too? In this post we write a small check together, step by step."
)
TEXT = (
    "Most static performance analysis starts from a hotspot: you find some slow code with a profiler, "
    "change it, and measure again, which works well once you know where the time goes in a program."
)


def _page(under_first: str) -> str:
    lines = ["Skip to content", "Home", "Blog", "About", "October 9, 2018", TITLE, FIRST, under_first]
    return "\n".join(lines + [TEXT] * 3)


def test_a_paragraph_over_a_subheading_is_no_dek():
    article = extract(_page("Static Performance Analysis"), input_type="text")
    assert article.headline == TITLE
    assert article.standfirst is None
    assert article.body.startswith(FIRST)


def test_a_paragraph_over_the_authors_name_is_still_the_dek():
    article = extract(_page("Richard Schneeman"), input_type="text")
    assert article.standfirst == FIRST
    assert article.body.startswith(FIRST)
