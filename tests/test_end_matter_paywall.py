"""A paywall's box stops the article where it stands (end_matter.paywall_start), in both pipelines."""

from artextract import extract
from artextract.blocks import Block
from artextract.end_matter import end_matter_start, paywall_start

# A paywalled page shows a paragraph or two of the article above its box.
PROSE = (
    "The council voted on Tuesday to extend the harbour wall by forty metres, a project that engineers "
    "say will protect the old town from winter storms for another fifty years, at a cost the city says it can bear without new taxes."
)
SECOND = (
    "Fishermen on the north quay welcomed the vote, though several said the works should wait until the autumn, when "
    "the boats are laid up and the builders' barges would not block the channel at the height of the season."
)
# The box's own pitch may run to a paragraph: shorter than the article above it.
PITCH = (
    "The Bugle is the trusted source of news for the harbour towns, read by thousands of families every week, and your "
    "subscription pays for the reporters who cover the council, the courts and the schools of the coast."
)


def test_a_paywall_prompt_after_the_shown_text_ends_the_article():
    blocks = [Block(PROSE), Block(PROSE), Block("Möchten Sie weiterlesen?"), Block("Haben Sie noch kein Konto?"),
              Block("Ja. Ich bin Abonnent."), Block("Abo Angebote")]
    assert end_matter_start(blocks, 0, len(blocks)) == 2


def test_a_paywall_prompt_with_its_pitch_and_log_in_under_it_ends_the_article():
    blocks = [Block(PROSE), Block(PROSE), Block(PROSE),
              Block("To view the full story, please subscribe to The Bugle. You can choose an annual subscription."),
              Block(PITCH), Block("If you're already a subscriber, you can log in for immediate access to this story.")]
    assert paywall_start(blocks, 0, len(blocks)) == 3


def test_a_text_shown_whole_with_a_box_inside_it_is_kept():
    blocks = [Block(PROSE), Block("Subscribe to continue reading"), Block(PROSE), Block(PROSE), Block(PROSE)]
    assert end_matter_start(blocks, 0, len(blocks)) == len(blocks)


def test_a_prompt_above_the_article_cuts_nothing():
    # An overlay printed before the text: no prose of the article stands above it.
    blocks = [Block("Already a subscriber? Log in"), Block(PROSE), Block(PROSE)]
    assert paywall_start(blocks, 0, len(blocks)) == len(blocks)


def test_a_raw_copy_of_a_paywalled_page_ends_at_its_box():
    text = "\n\n".join([
        "Harbour wall to be extended", PROSE, SECOND, "Kostenlos registrieren und weiterlesen", "Schon registriert? Hier einloggen",
        "Wieso registrieren?", "Ein Konto ermöglicht Ihnen, drei kostenlose Artikel pro Monat zu lesen.",
    ])
    article = extract(text, input_type="text")
    assert "harbour wall by forty metres" in article.body and "north quay" in article.body
    assert "weiterlesen" not in article.body
    assert "Konto" not in article.body


def test_an_html_page_ends_at_its_paywall_prompt():
    page = f"""<html><body><article><h1>Harbour wall to be extended</h1>
      <p>{PROSE}</p><p>{PROSE}</p>
      <p>To view the full story, please subscribe to The Bugle. You can choose an annual subscription.</p>
      <p>{PITCH}</p>
      <p>If you're already a subscriber, you can log in for immediate access to this story.</p>
    </article></body></html>"""
    article = extract(page, input_type="html")
    assert article.body.count("harbour wall by forty metres") == 2
    assert "full story" not in article.body
    assert "already a subscriber" not in article.body
