"""Blogger's share bar under each post, as a raw copy prints it (rules/text.py, the "blogthis!" furniture
pattern; signals.boilerplate_reason): its labels in the blog's language around the platform's own
"BlogThis!" button, spaced (inscriptis) or glued (a browser's copy). Hand-written lines in those shapes."""

import pytest

from artextract import signals


@pytest.mark.parametrize("line", [
    "Email This BlogThis! Share to X Share to Facebook Share to Pinterest",
    "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest",
    "Envoyer par e-mail BlogThis! Partager sur Twitter Partager sur Facebook Partager sur Pinterest",
    "Diesen Post per E-Mail versendenBlogThis!In Twitter freigebenIn Facebook freigebenAuf Pinterest teilen",
])
def test_bloggers_share_bar_is_furniture_in_any_language(line):
    assert signals.boilerplate_reason(line)


def test_a_paragraph_about_blogging_is_not():
    assert signals.boilerplate_reason("I blog this week about the share bars most blogs print under a post.") is None
