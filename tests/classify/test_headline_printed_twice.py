"""The raw-text headline chooser prefers the page's heading printed twice right over its text.

The hand-written page below stands for a course provider's or a magazine's article
copied from a browser: the site's menu, a breadcrumb trail whose last item is the
article's title, the title again as the page's heading, a subtitle in Title Case
that words the text's subject at more length than the title, then the text. The
subtitle shares more words with the text, but a line printed twice in a row near
its text is the heading the trail names. A menu label printed twice (a desktop and
a mobile copy, an icon's text and its link) stands far above the text, and weighs
nothing.
"""

from artextract import extract

MENU = ["Programs", "Courses", "For Business", "About Us", "Contact Us", "Get Course Updates", "Menu", "Home"]
TITLE = "Sourdough vs Yeast"
SUBTITLE = "Which Bread Dough Rises Best in a Home Kitchen Oven?"
TEXT = [
    "When it comes to baking bread at home, the choice between a sourdough starter and dried yeast decides "
    "how long the dough takes to rise and how the bread tastes once it leaves the oven.",
    "A sourdough starter rises the dough slowly over a night in the kitchen, while yeast rises it within "
    "two hours; the slow rise gives the bread its sour taste and its open crumb.",
    "Home bakers with little time pick yeast, those who bake at the weekend often keep a starter alive "
    "in the fridge and feed it before every bread they put in the oven.",
]


def test_title_printed_twice_over_a_longer_subtitle_is_the_headline():
    article = extract("\n".join([*MENU, TITLE, TITLE, SUBTITLE, *TEXT]), input_type="text")
    assert article.headline == TITLE
    assert TEXT[0] in article.body


def test_only_a_copy_near_its_text_counts_as_printed_twice():
    # The feature itself: the label twice far up (more than HEADLINE_TWICE_MAX_RANK candidates
    # over the text) is not marked, the title twice right over its subtitle is; in raw text only.
    from artextract.classify import headline
    from artextract.text.lines import lines_to_blocks

    lines = ["Your Account", "Your Account", *MENU, TITLE, TITLE, SUBTITLE, *TEXT]
    blocks = lines_to_blocks(lines)
    start = lines.index(TEXT[0])
    candidates = list(range(start))
    labels = [None] * len(blocks)
    for raw_text, expected in ((True, [0.0, 0.0, 1.0, 1.0]), (False, [0.0] * 4)):
        context = headline._HeadlineContext(blocks, labels, start, candidates, raw_text=raw_text)
        marks = [headline._headline_features(context, index)["printed_twice"] for index in (0, 1, start - 3, start - 2)]
        assert marks == expected
