"""A blog's link to its previous or next post ends a raw text (region.py `_before_post_link`,
rules.POST_LINK_LINE). The pages stand for a blog post as a browser copies it: the post's
paragraphs, then the theme's links to the neighbouring posts ("Next article: <title>", "Newer
Post<title>" glued), then the site's menus and other posts."""

from artextract.blocks import Block
from artextract.rules import text as rules
from artextract.text.region import find_region

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Holiday")
ARTICLE = [PARAGRAPH.replace("Tuesday", day) for day in DAYS]  # 136 words
HEAD = ("Home", "How the Council Chose the Bridge")
SITE = ("Blog Index", "Why Go Use Cases Case Studies", "Get Started Playground Tour Help",
        "About Download Blog Issue Tracker Release Notes", "Copyright")


def _blocks(*lines):
    return [Block(text=line) for line in lines]


def test_a_link_to_the_next_or_previous_post_ends_the_text_in_each_language():
    for link in ("Next article: Why the Bridge Cost Twice as Much", "Previous: Paying for the rides I took",
                 "Newer PostFourteen Ways to Cross a River", "Older Post20 Bridges That Stood",
                 "Vorheriger Beitrag: Die Brücke im Winter", "Article précédent : Le pont de l'hiver",
                 "Entrada siguiente: El puente en invierno", "Articolo precedente: Il ponte d'inverno",
                 "Próximo artigo: A ponte no inverno", "Volgende: De brug in de winter"):
        blocks = _blocks(*HEAD, *ARTICLE, link, "Next post: How the Ferry Was Saved", *SITE)
        assert blocks[find_region(blocks).end].text == link, link


def test_a_label_with_its_noun_takes_a_glued_title_in_each_language():
    # the vocabulary's post_link phrases of two words or more, a capital right after the noun
    for line in ("Older Post20 Bridges That Stood", "Nächster BeitragDie Brücke im Winter",
                 "Article suivantLe pont de l'hiver", "Entrada anteriorEl puente"):
        assert rules.POST_LINK_LINE.match(line), line
    assert not rules.POST_LINK_LINE.match("Nächster Beitragsentwurf")


def test_a_heading_a_sentence_or_a_name_opening_with_next_is_no_link():
    # no colon after a bare "Next", no title glued to a label's noun
    for line in ("Next Steps", "Next, the council asked the engineers.", "Next.js, made by Vercel, renders it",
                 "NextJS Conference", "Next Post Office opens on Monday"):
        assert not rules.POST_LINK_LINE.match(line), line


def test_a_link_over_as_much_prose_again_or_under_too_little_does_not_end_the_text():
    link = "Next article: Why the Bridge Cost Twice as Much"
    # mid-text: the prose under it outweighs the share end matter may hold
    blocks = _blocks(*HEAD, *ARTICLE[:4], link, *ARTICLE[4:])
    assert find_region(blocks).end == len(blocks)
    # a link over a single paragraph is the top of a page, not the end of a post
    blocks = _blocks(*HEAD, ARTICLE[0], link, *ARTICLE[1:])
    assert find_region(blocks).end == len(blocks)


def test_a_pair_of_bare_labels_with_a_title_between_ends_the_text_in_each_language():
    # a theme printing each label on a line of its own, the linked title under it
    for previous, following in (("Previous", "Next"), ("Previous article", "Next article"),
                                ("VORHERIGER ARTIKEL", "NÄCHSTER ARTIKEL"), ("Article précédent", "Article suivant"),
                                ("Entrada anterior", "Entrada siguiente"), ("Articolo precedente", "Articolo successivo"),
                                ("Vorige", "Volgende"), ("Poprzedni wpis", "Następny wpis")):
        blocks = _blocks(*HEAD, *ARTICLE, previous, "Why the Bridge Cost Twice as Much", following,
                         "How the Ferry Was Saved", *SITE)
        assert blocks[find_region(blocks).end].text == previous, previous


def test_a_bare_label_alone_or_beside_its_twin_is_no_link():
    # steps headed "Next" and "Previous" (a sentence between the labels, no title), a carousel's controls
    # side by side (nothing between), a label printed twice
    step = "Walk the bridge once it opens, early in the morning, before the traffic comes and while the light is soft."
    for lines in (("Next", step, "Previous", step),
                  ("Previous", "Next", step), ("Next", step, "Next", step)):
        region = find_region(_blocks(*HEAD, *ARTICLE, *lines))
        assert region.end == region.run[1], lines  # the run's own end: nothing cut


PROMPT = "Leave a comment below and tell us what you think of the new bridge."


def test_a_pair_of_titles_marked_by_arrows_ends_the_text():
    # a theme marking the older post's title by a mark pointing back, the newer one's by one pointing on
    for back, on in (("« Why the Bridge Cost Twice as Much", "How the Ferry Was Saved »"),
                     ("‹ Vorheriger Beitrag", "Nächster Beitrag ›"), ("← Le pont de l'hiver", "El puente →")):
        # (a sentence under the pair, no menu: only the pair ends the text)
        blocks = _blocks(*HEAD, *ARTICLE, back, on, PROMPT)
        assert blocks[find_region(blocks).end].text == back, back


def test_quotes_or_lines_marked_at_both_edges_are_no_arrow_pair():
    # a quotation's guillemets on one line each, a label marked at both edges, marks the wrong way round,
    # a sentence quoted over two lines
    quote = "« Nous avons voté pour le pont, dit la maire, et nous le paierons sans attendre. »"
    for lines in (("« The Bridge »", "« The Ferry »"), ("The Bridge »", "« The Ferry"), (quote, quote),
                  ("« Nous avons voté pour le pont, dit la maire, et nous le paierons.", "Le conseil a suivi. »")):
        region = find_region(_blocks(*HEAD, *ARTICLE, *lines, PROMPT))
        assert region.end == region.run[1], lines
