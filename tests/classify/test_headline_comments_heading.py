"""A comment section's heading names the post: "5 thoughts on “Title”" makes "Title" the raw headline.

The hand-written pages below stand for blog posts copied from a browser. WordPress
and its themes head the comments with their count and the post's title in quotation
marks ("5 thoughts on “…”", "45 Gedanken zu „…“", "One thought on “…”"), so the page
itself says which of its lines is the title (rules.COMMENTS_HEADING). The first page
prints the blog's sidebar (an about blurb, then a long archive list) above the post:
the run opens at the blurb, and the title stands far under it, past the look-ahead,
with no date under it. The second prints the blog's tagline over a title that is
itself a quotation. Without the heading neither title is chosen; a quotation after
a word that counts nothing ("für „…“"), or of no line of the page, names nothing; nor
does the heading decide when the run's paragraphs stand right above the title.
"""

from artextract import extract
from artextract.rules import text as rules

TITLE = "JSON parsing: simdjson versus the other parsers"
SIDEBAR = [
    "Daniel's blog",
    "I am a computer science professor and this blog is where I write about software performance, data "
    "engineering and the research my students and I publish, with code you can run yourself.",
    *[f"{month} 2019 ({count})" for month, count in zip(
        ("December", "November", "October", "September", "August", "July", "June", "May", "April", "March",
         "February", "January"), range(11, 23))],
    "Entries feed",
    "Comments feed",
]
POST = [
    "JSON is the ubiquitous data format of the web, and a great deal of it has to be parsed and validated "
    "before anything can be done with it, so the speed of the parser matters to many programs.",
    "We measured the two parsers on the same files, on one processor, with the same compiler flags; the "
    "simdjson parser was about twenty times faster on every file of the benchmark suite.",
    "The other parser was not written for speed: it offers a convenient interface, and for small files "
    "the difference hardly matters, but on large files it adds up to seconds.",
]
COMMENTS = ["Jane Doe says:", "Thank you for the numbers, they match what we saw in production last year."]


def _blog(heading: str | None, title: str = TITLE) -> str:
    lines = [*SIDEBAR, title, *POST]
    if heading is not None:
        lines.append(heading)
    return "\n".join([*lines, *COMMENTS])


def _chosen(heading: str | None, page: str | None = None) -> tuple[int | None, int, list[str]]:
    """The chooser asked of the blog's run (or `page`'s) as a region opening at its second line reads it."""
    from artextract.blocks import Zone
    from artextract.classify.headline import choose_headline_and_start
    from artextract.text.lines import lines_to_blocks

    blocks = lines_to_blocks((page or _blog(heading)).split("\n"))
    blocks[0].zone = Zone.HEAD  # the blog's name over the run
    headline, start = choose_headline_and_start(blocks, 1, len(blocks), 100, 10)
    return headline, start, [block.text for block in blocks]


def test_the_heading_names_a_title_far_under_the_run_start():
    headline, start, texts = _chosen(f"5 thoughts on “{TITLE}”")
    assert headline is not None and texts[headline] == TITLE
    assert texts[start] == POST[0]  # the text starts under the title, not at the blurb


def test_without_the_heading_the_title_is_not_chosen():
    # What the rule is for: under the archive list, past the look-ahead, nothing else marks the title.
    headline, start, texts = _chosen(None)
    assert headline is None or texts[headline] != TITLE
    assert start < texts.index(TITLE)


def test_under_the_run_s_paragraphs_the_usual_choice_is_made():
    # The run's paragraphs right above the named title may be the text's own (a lead printed over the
    # title), and the chosen line's start would cut them off: the heading decides nothing there.
    page = "\n".join(["Daniel's blog", POST[1], POST[2], TITLE, POST[0], f"5 thoughts on “{TITLE}”", *COMMENTS])
    headline, start, texts = _chosen(None, page)
    assert headline is None or texts[headline] != TITLE
    assert start == 1


QUOTED = "„Das wird man ja wohl noch sagen dürfen!“"
TAGLINE = "Politik darf kein hirnfreier Raum bleiben!"
GERMAN_POST = [
    "Wer heute sagt, man dürfe nichts mehr sagen, sagt es meist laut und vor vielen Leuten, und niemand "
    "hindert ihn daran, wie jeder sehen kann, der die Debatten dieser Wochen verfolgt hat.",
    "Was gemeint ist, ist etwas anderes: dass einem widersprochen wird, und das ist kein Verbot, sondern "
    "das, was eine Debatte ausmacht, wenn sie ernst genommen wird.",
]


# The post's later paragraphs: the heading under them stands past the opening the chooser reads for
# the text's words (HEADLINE_BODY_VOCABULARY_CHARS), so its quotation lends the title none.
LATER = [f"Im {number}. Abschnitt geht es um Rundfunk, Zeitungen und Vereine, um Gerichte, Parlamente und "
         "Schulen, und darum, wer wo widerspricht, wer zuhört und wer am Ende recht behält, wenn überhaupt."
         for number in range(1, 21)]


def _german(heading: str | None) -> str:
    lines = ["Gormulus", TAGLINE, "Startseite", QUOTED, *GERMAN_POST, *LATER]
    return "\n".join(lines + ([heading] if heading else []) + ["Ein Leser sagt:", "Sehr gut geschrieben."])


def _german_choice(heading: str | None) -> str | None:
    """The chooser's line on the German post, its run opening at the post's first paragraph."""
    from artextract.blocks import Zone
    from artextract.classify.headline import choose_headline_and_start
    from artextract.text.lines import lines_to_blocks

    blocks = lines_to_blocks(_german(heading).split("\n"))
    for block in blocks[:4]:
        block.zone = Zone.HEAD  # the blog's head over the run
    headline, _ = choose_headline_and_start(blocks, 4, len(blocks), 100, 10)
    return None if headline is None else blocks[headline].text


def test_a_quoted_title_named_in_german_over_a_tagline():
    assert _german_choice(f"45 Gedanken zu „{QUOTED}“") == QUOTED
    assert _german_choice(None) == TAGLINE


def test_a_quotation_after_no_count_or_of_no_line_names_nothing():
    for heading in ("für „Ein ganz anderer Beitrag“", "5 Gedanken zu „Ein ganz anderer Beitrag“"):
        assert _german_choice(heading) == TAGLINE


def test_the_heading_shape_in_every_language():
    for heading in ("One thought on “A b”", "Ein Gedanke zu „A b“", "Une réflexion sur « A b »",
                    "Un comentario en «A b»", "Un commento su “A b”", "Eén gedachte over “A b”",
                    "Um comentário em “A b”", "Jedna myśl na temat „A b”", "1.234 Kommentare zu „A b“"):
        found = rules.COMMENTS_HEADING.match(heading)
        assert found is not None, heading
        assert found.group("named").strip(rules.QUOTE_MARKS + " ") == "A b"
    assert rules.COMMENTS_HEADING.match("Nachricht | 30.10.2021 Migration «A b»") is None
    assert rules.COMMENTS_HEADING.match("für „A b“") is None
