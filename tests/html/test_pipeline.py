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
