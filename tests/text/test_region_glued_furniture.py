"""Controls glued at a case seam in a raw copy (text/region.py `_glued_furniture`, with
signals.glued_furniture_reason): a share bar printed under each paragraph as "Share onFacebook" is
marked as the site's, like a consent dialog's line, and the classifier leaves it out; the text is
kept whole. Hand-written: a short article with a share bar in its run."""

from artextract import extract

PARAGRAPHS = [f"The council said the {name} will be widened next spring, after a long debate about its cost, "
              f"and that traffic will be diverted through the town centre for four months while work goes on."
              for name in ("road", "bridge", "market street", "ring road", "harbour lane", "station square")]


def test_a_glued_share_bar_inside_the_run_is_left_out():
    lines = ["Home", "News", "Road to be widened next spring", "March 3, 2024", *PARAGRAPHS[:3],
             "Share onFacebook", "Share onLinkedIn", *PARAGRAPHS[3:], "Terms"]
    body = extract("\n".join(lines), input_type="text").body
    assert "Share on" not in body
    assert PARAGRAPHS[0] in body and PARAGRAPHS[-1] in body


def test_a_camel_case_name_in_the_text_is_kept():
    lines = ["Road to be widened next spring", "March 3, 2024", *PARAGRAPHS[:3], "OpenAI", *PARAGRAPHS[3:]]
    body = extract("\n".join(lines), input_type="text").body
    assert "OpenAI" in body
