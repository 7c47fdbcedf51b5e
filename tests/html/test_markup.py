"""Class and id names: parts, families in compound names, content names, taxonomy and layout flags."""

import random
import re

import pytest
from lxml import html

from artextract.html.markup import NO_MARKUP, class_markup, markup_of, name_parts


def markup(value: str):
    return markup_of(html.fragment_fromstring(f'<div class="{value}"></div>'))


def test_names_split_at_dashes_underscores_and_humps():
    assert name_parts("relatedList__item") == ["related", "list", "item"]
    assert name_parts("article__body") == ["article", "body"]


def test_name_parts_split_in_c_as_the_pattern_does():
    """The ASCII shortcut ("-" and "_" cut in C) gives the parts the one pattern gives, on any name."""
    def by_pattern(name: str) -> list[str]:
        lower = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).lower()
        return [part for part in re.split(r"[^a-z0-9äöüß]+", lower) if part]

    rng = random.Random(7)
    letters = "aZz09-_.:/ äÄßéİ\u212a\t"
    names = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 9))) for _ in range(20_000)]
    names += ["-", "_", "--a", "a--", "a_-_b", "entry-content", "SignUp_form__RpyKQ", "9-x"]
    for name in names:
        assert name_parts(name) == by_pattern(name), name


@pytest.mark.parametrize(
    ("value", "family"),
    [("commentlist", "comments"), ("recentcomments", "comments"), ("entry-footer", "footer"),
     ("article__related-list", "related"), ("relatedPosts", "related"), ("kommentarbereich", "comments"),
     ("more-stories", "related"), ("share-bar", "share"), ("ad-slot", "advertising"),
     ("comments18-wrapper", "comments"), ("sidebar2", "sidebar"), ("nextpost-link", "navigation")],
)
def test_families_inside_compound_names(value, family):
    assert family in markup(value).families


@pytest.mark.parametrize(
    "value",
    ["category-reviews post type-post", "post-123 category-product-reviews", "tag-comments", "has-sidebar", "no-comments", "hidden-print",
     "commentary", "shareholder", "review-text-read-more-expander", "elementor-widget",
     # a post's category as its wrapper's class, and a shop's category menu
     "post-category-4", "categories"],
)
def test_taxonomy_layout_flags_and_lookalikes_name_no_family(value):
    assert not markup(value).families


@pytest.mark.parametrize(
    "value, family",
    [("post-navigation", "navigation"), ("post-share", "share"), ("post-tags", "tags"), ("tags-links", "tags"),
     ("post-author-box", "author_box"), ("post-categories", "tags"), ("articleCategories", "tags"),
     ("entry-categories-inner", "tags")],
)
def test_a_themes_post_boxes_are_no_taxonomy(value, family):
    # only "post-<id>" is the post's own class; "post-share" is a box of the post
    assert family in markup(value).families


def test_a_content_name_outweighs_furniture_only_as_a_whole_name():
    assert not markup("post-content has-sidebar").families
    assert markup("post-content has-sidebar").content
    assert markup("article-related").families  # a content word inside a furniture name does not count


def test_body_names_mark_the_article_text():
    assert markup("entry-content").body and markup("td-post-content").body and markup("articleBody").body
    assert not markup("content").body  # the generic word is content, not the article's body


def test_a_hash_or_uuid_in_a_name_is_no_word():
    # "ad31" in a UUID is a slice of a number, not an advertising slot; "ad300" alone is one
    assert not markup("3182fcbd-ad31-41b1-bcd2-2fdd3c0afc76").families
    assert markup("block-ddd261f2-56d7-4daf-ad66-f086977fc075").families == frozenset()
    assert "advertising" in markup("ad300").families
    assert "navigation" in markup("menu-1-5bad0f57").families


@pytest.mark.parametrize(
    ("value", "family"),
    [("TestReport__AuthorBox", "author_box"), ("sideBar_ContentHolder", "sidebar"), ("SignUp_form__RpyKQ", "newsletter"),
     ("WidgetArea_capped-width__2gK7E", "sidebar")],
)
def test_a_long_names_camel_case_piece_is_one_word(value, family):
    # four parts and more pair no neighbours, but one piece's humps are one compound word
    assert family in markup(value).families


def test_only_a_camel_case_piece_is_read_as_one_word():
    # the same parts with separators between them are separate words: no "authorbox", no "readmore"
    assert not markup("test-report-author-box").families
    assert not markup("review-text-read-more-expander").families


def test_a_class_read_alone_sets_the_id_aside():
    element = html.fromstring('<section class="wide box" id="reader-comments"><p>x</p></section>')
    assert "comments" in markup_of(element).families
    alone = class_markup(element.get("class"))
    assert alone == markup_of(html.fromstring('<section class="wide box"><p>x</p></section>'))
    assert "comments" not in alone.families
    assert class_markup(None) is NO_MARKUP and class_markup("  ") is NO_MARKUP


def test_a_tailwind_arbitrary_value_names_no_family():
    # The brackets hold CSS: "navbar" in a calc() is a custom property, not a navigation bar.
    assert not markup("min-h-[calc(100vh-var(--navbar-height))] prose").families
    assert not markup("[&>nav]:mb-2 bg-[url(/img/footer-bg.png)]").families
    assert markup("min-h-[calc(100vh-var(--navbar-height))] prose").names == ("min-h", "prose")
    assert "navigation" in markup("navbar").families and "navigation" in markup("site-nav").families


def test_the_small_screen_sign_is_read_once_with_the_names():
    # Read with the class and id (once a distinct value), so the walk asks no element's class for it.
    assert class_markup("hidden lg:block").small_screen_sign
    assert class_markup("d-flex d-md-none").small_screen_sign
    assert not class_markup("article__body entry-content").small_screen_sign
    assert not NO_MARKUP.small_screen_sign
