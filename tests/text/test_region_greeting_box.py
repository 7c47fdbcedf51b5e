"""A blogger's greeting box closing a post ends a raw text (region.py `_before_greeting_box`,
rules.GREETING_INTRODUCTION). The pages stand for a blog post as a browser copies it: the post's
paragraphs, then the writer's box ("Hi, I'm Chris!" over a line or two about them), then the blog's
sidebar: its search, other posts' cards with their "Read more" lines, the footer's menu."""

from artextract.blocks import Block
from artextract.rules import text as rules
from artextract.text.region import find_region

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Holiday")
ARTICLE = [PARAGRAPH.replace("Tuesday", day) for day in DAYS]  # 136 words
HEAD = ("Home", "How the Council Chose the Bridge")
SIDEBAR = ("Search", "Search for:",
           "Ten Ways to Cross a River Without Getting Wet",
           "We tried every ferry, bridge and stepping stone in the county so that you do not have to.",
           "Read more",
           "Why Old Bridges Outlast the New Ones",
           "A look at the stone arches that carried carts for three hundred years and still carry cars.",
           "Read more",
           "Blog Podcast Shop About", "Privacy Policy", "© 2025 The Bridge Blog")


def _blocks(*lines):
    return [Block(text=line) for line in lines]


def test_a_greeting_box_after_the_post_ends_the_text_in_each_language():
    for greeting in ("Hi, I'm Chris!", "Hey, I’m Jessica! Welcome to the Bridge Blog.", "Hi there! I'm Sara.",
                     "Hallo, ich bin Anna!", "Bonjour, je suis Marie !", "¡Hola! Soy Ana.", "Ciao, sono Marco!",
                     "Olá, eu sou Rita!", "Hoi, ik ben Sanne!", "Cześć, jestem Kasia!"):
        blocks = _blocks(*HEAD, *ARTICLE, greeting, "I write about bridges and the towns they join.", *SIDEBAR)
        assert blocks[find_region(blocks).end].text == greeting, greeting


def test_a_greeting_and_introduction_opening_the_line_with_a_name_after_it():
    for line in ("Hi, I'm Chris!", "Hey, I’m Jessica! Welcome", "Hola a todos, soy Ana", "Hello, I am Bob"):
        match = rules.GREETING_INTRODUCTION.match(line)
        assert match is not None and line[match.end()].isupper(), line
    # a word opening with a greeting, a greeting with no introduction, an introduction with no greeting
    for line in ("Hijack I'm Bob", "Hi everyone, thanks for reading!", "I'm Chris, and I write here."):
        assert rules.GREETING_INTRODUCTION.match(line) is None, line


def test_a_readers_greeting_going_on_with_a_verb_does_not_end_the_text():
    # a comment's opening ("Hello, I am planning a trip"): no name after the introduction
    blocks = _blocks(*HEAD, *ARTICLE, "Hello, I am planning a trip to the bridge next spring.", *SIDEBAR)
    assert find_region(blocks).end != len(HEAD) + len(ARTICLE)


def test_a_curators_box_with_the_articles_sections_under_it_stays():
    # the box in the middle of a text: more of the text's prose under it than the end matter's share
    curator = ("Hi, I'm Ashley, and I oversee all bridge coverage here. While you will see me review ferries on "
               "occasion, I also test every bridge we recommend.")
    blocks = _blocks(*HEAD, *ARTICLE[:5], "Who curated this article?", curator, "How to choose a bridge",
                     *ARTICLE[5:], *SIDEBAR)
    assert find_region(blocks).end > blocks.index(next(b for b in blocks if b.text == curator)) + 1


def test_other_posts_blurbs_under_the_box_are_not_the_texts_prose():
    # three cards' blurbs under the box outweigh the share of a short post's prose, but each has its
    # "Read more" under it: the sidebar's, so the box still ends the text
    cards = []
    for title in ("Ten Ways to Cross a River", "Why Old Bridges Outlast the New Ones", "The Ferry That Would Not Sink"):
        cards += [title, "A long look at the stone arches that carried carts for three hundred years, and the towns "
                         "that grew up around them on both banks of the river.", "Read more"]
    greeting = "Hi, I'm Chris!"
    blocks = _blocks(*HEAD, *ARTICLE, greeting, *cards)
    assert blocks[find_region(blocks).end].text == greeting
