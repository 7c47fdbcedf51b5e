"""A thread's prompt to log in to reply ends it (vocab concept reply_gate, read by end_matter.paywall_start)."""

import pytest

from artextract import extract, vocabulary
from artextract.blocks import Block
from artextract.end_matter import end_matter_start

# A forum thread written for this test: a question and two answers, as a raw copy prints them.
QUESTION = (
    "My laptop's fan runs at full speed whenever I plug in the second monitor, even when nothing else is open, "
    "and the case gets hot enough that I worry about the battery. Has anyone seen this with the same dock?"
)
ANSWER = (
    "The dock drives the second screen through the discrete graphics chip, which wakes up and stays awake while the "
    "monitor is connected. Set the dock to use the integrated chip in the vendor's tool and the fan should calm down."
)
SECOND = (
    "Same here with the older model. Updating the dock's firmware fixed it for me, after two weeks of the fan "
    "howling through every meeting; the update is on the support page under the dock's serial number."
)


@pytest.mark.parametrize("gate", [
    "You must log in or register to reply here.",  # XenForo
    "You must log in to answer this question.",  # Stack Exchange
    "Sign In or Register to comment.",  # Vanilla
    "Du musst dich einloggen oder registrieren, um hier zu antworten.",
    "Vous devez vous connecter ou vous inscrire pour répondre ici.",
    "Debes iniciar sesión o registrarte para responder aquí.",
])
def test_a_reply_gate_is_a_prompt_that_cuts_the_text_in_each_language_of_its_table(gate):
    assert vocabulary.cuts_article(gate)


def test_words_about_logging_in_inside_a_sentence_are_no_gate():
    assert not vocabulary.cuts_article("Please log in to see the prices of the dock in your country.")
    assert not vocabulary.cuts_article("Open the settings, then sign in to your account with the new password.")


def test_the_gate_under_a_thread_ends_it_and_the_sites_lines_under_it_go():
    blocks = [Block(QUESTION), Block(ANSWER), Block(SECOND), Block("You must log in or register to reply here."),
              Block("Similar threads"), Block("Fan noise with a USB-C dock"), Block("Share:")]
    assert end_matter_start(blocks, 0, len(blocks)) == 3


def test_a_gate_above_the_replies_that_outweigh_the_post_cuts_nothing():
    # A first post with its own gate, the replies under it: they are the page.
    blocks = [Block(QUESTION), Block("Log in to reply"), Block(ANSWER), Block(SECOND), Block(ANSWER.replace("dock", "hub"))]
    assert end_matter_start(blocks, 0, len(blocks)) == len(blocks)


def test_a_raw_copy_of_a_thread_ends_at_its_gate():
    text = "\n\n".join(["Fan at full speed with a second monitor", QUESTION, ANSWER, SECOND,
                        "You must log in to answer this question.", "Start asking to get answers",
                        "Find the answer to your question by asking."])
    body = extract(text, input_type="text").body
    assert "firmware fixed it" in body
    assert "log in" not in body and "Start asking" not in body
