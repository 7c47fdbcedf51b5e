"""A button's call to act now printed as a line of its own, in each language of the vocabulary's
`call_to_action` concept (rules/vocab): a furniture line (signals.boilerplate_reason), never a sentence."""

import pytest

from artextract import extract, signals


@pytest.mark.parametrize("line", [
    "Register now", "Donate today",  # en
    "Jetzt bestellen", "Jetzt spenden!", "Jetzt kostenlos testen", "Jetzt neu!",  # de
    "Commander maintenant", "Je fais un don",  # fr
    "Compra ahora", "Haz tu donación",  # es
    "Acquista ora", "Abbonati subito",  # it
    "Compre agora", "Assine já",  # pt
    "Bestel nu", "Nu doneren",  # nl
])
def test_a_buttons_call_to_act_now_is_furniture_in_any_language(line):
    assert signals.boilerplate_reason(line) == f"call_to_action phrase '{signals.normalise(line)}'"


@pytest.mark.parametrize("line", [
    "Jetzt bestellen und sparen: die neue Ausgabe ist da.",
    "Order now, said the chef, before the kitchen closes.",
    "Je fais un don chaque année à la banque alimentaire de mon quartier.",
])
def test_a_sentence_asking_the_same_is_the_texts(line):
    assert signals.boilerplate_reason(line) is None


def test_a_raw_copy_leaves_out_the_button_under_a_paragraph():
    prose = ("Der Verband hat in diesem Jahr mehr als zweihundert Nistkästen im Stadtwald aufgehängt, und die "
             "Ehrenamtlichen zählen jeden Frühling, wie viele davon von Meisen und Kleibern bezogen werden.")
    text = "\n\n".join(["Nistkästen im Stadtwald", prose, "Jetzt spenden", prose.replace("Frühling", "Sommer")])
    body = extract(text, input_type="text").body
    assert "Jetzt spenden" not in body and "Sommer" in body
