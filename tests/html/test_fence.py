"""The fence: the element the page marks as its article, and when it is not believed."""

from artextract import extract
from artextract.html.content import block_value
from artextract.html.fence import choose_fence
from artextract.html.parse import parse_html
from artextract.html.render import render_page

PROSE = (
    "The council voted on Tuesday to extend the harbour wall by forty metres, a project that "
    "engineers say will protect the old town from winter storms for another fifty years."
)


def fence_of(page: str):
    rendering = render_page(parse_html(page))
    values = [block_value(item) for item in rendering.blocks]
    return choose_fence(rendering.blocks, rendering.candidates, values)


def test_a_class_named_body_is_the_fence():
    page = f"""<html><body><nav><a href="/">Home</a></nav><h1>Harbour</h1>
      <div class="entry-content"><p>{PROSE}</p><p>{PROSE} Again.</p></div>
      <div><p>{PROSE} A teaser excerpt.</p></div></body></html>"""
    fence, why = fence_of(page)
    assert fence is not None and fence.kind == "body class" and fence.fences, why


def test_articlebody_outranks_article():
    page = f"""<html><body><article><h1>Harbour</h1><div itemprop="articleBody"><p>{PROSE}</p>
      <p>{PROSE} Again.</p></div></article></body></html>"""
    assert fence_of(page)[0].kind == "articleBody"


def test_posts_of_a_thread_are_a_component_not_the_article():
    posts = "".join(f'<article class="message"><p>{PROSE} Reply {n}.</p></article>' for n in range(3))
    fence, why = fence_of(f"<html><body><h1>Thread</h1>{posts}</body></html>")
    assert fence is None and "several alike" in why


def test_a_small_marked_intro_is_not_the_article():
    body = "".join(f"<p>{PROSE} Paragraph {n}.</p>" for n in range(8))
    page = f"""<html><body><div class="article-body"><p>{PROSE}</p></div><div>{body}</div></body></html>"""
    fence, why = fence_of(page)
    assert fence is None and "best run" in why


def test_main_favours_without_fencing():
    page = f"<html><body><main><p>{PROSE}</p><p>{PROSE} Again.</p></main><p>Footer</p></body></html>"
    fence, _ = fence_of(page)
    assert fence is not None and fence.kind == "main" and not fence.fences


def test_body_names_of_old_themes_and_cms_fields_are_fences():
    # WooThemes' "entry", a joined "postcontent", Drupal's body field.
    for name in ("entry clearfix", "entrytext", "postcontent", "field field-name-body", "field--name-body"):
        page = f"""<html><body><h1>Harbour</h1><div class="{name}"><p>{PROSE}</p><p>{PROSE} Again.</p></div>
          <div><p>{PROSE} A teaser excerpt.</p></div></body></html>"""
        fence, why = fence_of(page)
        assert fence is not None and fence.kind == "body class", (name, why)


def test_the_head_of_an_entry_is_the_articles():
    # A recipe's lines above its first paragraph, inside the theme's "entry", are its text.
    page = f"""<html><head><title>Harbour wall</title></head><body><div class="post"><h1>Harbour wall</h1>
      <div class="entry"><p><strong>Time:</strong> 25 minutes</p><p>Serves: 4</p><p>{PROSE}</p><p>{PROSE} Again.</p></div></div>
      <div class="widget"><p>{PROSE} Sidebar teaser.</p></div></body></html>"""
    assert extract(page, input_type="html").body.startswith("Time: 25 minutes\n\nServes: 4")


def test_a_lone_smaller_article_after_the_article_is_no_rival():
    # A magazine's "current issue" <article> under the news <article>: a promo, not a thread.
    body = "".join(f"<p>{PROSE} Paragraph {n}.</p>" for n in range(5))
    page = f"""<html><body><main><h1>Harbour</h1><article>{body}</article>
      <div class="region-bottom"><article><h3>Issue 2/2022</h3><p>{PROSE} In the new issue.</p>
      <p>{PROSE} Also inside.</p></article></div>
      </main></body></html>"""
    fence, why = fence_of(page)
    assert fence is not None and fence.kind == "article" and fence.fences, why


def test_two_alike_articles_are_still_a_component():
    # A question and its one answer, alike in size: the kind marks no fence.
    posts = "".join(f"<article><p>{PROSE} Post {n}.</p><p>{PROSE} More {n}.</p></article>" for n in range(2))
    fence, why = fence_of(f"<html><body><h1>Thread</h1>{posts}</body></html>")
    assert fence is None or fence.kind != "article", why
