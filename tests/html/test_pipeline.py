"""Whole HTML pages through extract(): the body holds the article and leaves the furniture."""

from artextract import extract

PARAGRAPHS = [
    "The council voted on Tuesday to extend the harbour wall by forty metres, a project that engineers say will protect the old town from winter storms.",
    "Work is due to start in the spring and last two years, during which the ferry will sail from the north quay instead of the old landing.",
    "Residents who objected to the plan said the new wall would block the view from the promenade, but the council said safety came first.",
    "The cost, estimated at twelve million pounds, will be shared between the council and the national flood defence fund over five years.",
]


def page(article_class: str = "post", extra: str = "") -> str:
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return f"""<!doctype html><html><head><title>Harbour wall to be extended | The Gazette</title></head><body>
      <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
      <div class="layout has-sidebar">
        <article class="{article_class}"><h1>Harbour wall to be extended</h1>
          <p class="byline">By Jane Doe</p>{body}
        </article>
        {extra}
      </div>
      <footer><p>Copyright The Gazette</p></footer>
    </body></html>"""


def test_plain_article_page():
    article = extract(page(), input_type="html")
    assert article.headline == "Harbour wall to be extended"
    assert article.body.split("\n\n") == PARAGRAPHS


def test_author_class_on_the_article_wrapper_keeps_the_body():
    article = extract(page("post author-jane-doe"), input_type="html")
    assert article.body.split("\n\n") == PARAGRAPHS


def test_comments_and_carousel_clones_stay_out_of_the_body():
    quote = "The best local paper I have ever read, thorough and fair in every story it prints."
    extra = f"""<div class="comments"><p>{quote}</p></div>
      <div class="carousel"><p>{quote}</p><p>{quote}</p></div>"""
    article = extract(page(extra=extra), input_type="html")
    assert quote not in article.body
    assert PARAGRAPHS[-1] in article.body


REPLIES = [
    "I sailed from the north quay last winter while they mended the slipway, and it added ten minutes each way.",
    "The view argument never convinced me: the promenade is empty from November to March when the storms come.",
    "Does anyone know whether the fund's share is already agreed, or could the council still be left paying it all?",
    "It is agreed, according to the minutes of the last meeting, though the second payment depends on an inspection.",
]


def thread_page() -> str:
    """A forum thread as forum software prints it: the opening post marked as the article, the
    replies in a section its markup calls comments, each reply a comment box."""
    replies = "".join(f'<div class="comment"><span class="author">member{n}</span><p>{text}</p></div>'
                      for n, text in enumerate(REPLIES))
    return f"""<!doctype html><html><head><title>Harbour wall to be extended?</title></head><body>
      <nav><a href="/">Forums</a> <a href="/f/town">Town matters</a></nav>
      <article class="post"><h1>Harbour wall to be extended?</h1><p>{PARAGRAPHS[0]}</p></article>
      <section class="comments">{replies}</section>
      <footer><p>Powered by a forum</p></footer>
    </body></html>"""


def test_a_threads_replies_are_its_text():
    article = extract(thread_page(), url="https://forum.example.org/threads/harbour-wall.123/", input_type="html")
    assert PARAGRAPHS[0] in article.body
    assert all(reply in article.body for reply in REPLIES)


def test_the_same_replies_under_an_article_are_comments():
    article = extract(thread_page(), url="https://gazette.example.org/2024/05/harbour-wall-to-be-extended", input_type="html")
    assert PARAGRAPHS[0] in article.body
    assert not any(reply in article.body for reply in REPLIES)


def test_a_picture_credit_under_the_texts_end_is_a_caption_not_body():
    # A lead picture's labelled credit printed after the article's box, where the region ends
    # (mises.org's "Image Source: ..." under the last paragraph): a credit-only caption.
    extra = """<p class="credit-line">Image Source: Harbour Archive</p>
      <aside class="related"><h3>More news</h3><ul><li><a href="/a">Ferry timetable changes</a></li>
      <li><a href="/b">New harbour master named</a></li></ul></aside>"""
    article = extract(page(extra=extra), input_type="html")
    assert [(c.text, c.credit) for c in article.captions] == [("", "Harbour Archive")]
    assert article.body.split("\n\n") == PARAGRAPHS
