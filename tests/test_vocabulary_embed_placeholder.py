"""A consent plugin's placeholder where an embedded video, post or map was (`consent`, a furniture line:
signals.boilerplate_reason), and a video player's button (`controls`): lines of buttons a raw copy keeps
among the text's lines, in each language of the vocabulary."""

import pytest

from artextract import extract, signals

# A paragraph of a hand-written travel post (stands for any article's prose).
PROSE = (
    "Die Therme liegt am Rand des kleinen Ortes, und wer am frühen Morgen kommt, hat die großen Becken fast "
    "für sich allein, bevor gegen Mittag die ersten Busse mit Ausflüglern aus der Stadt eintreffen."
)


@pytest.mark.parametrize("line", [
    "Video laden", "Beitrag laden", "Externe Inhalte laden",  # de
    "YouTube immer entsperren", "Instagram-Beiträge immer entsperren",
    "Load video", "Click to load the content", "Always unblock YouTube",  # en
    "Charger la vidéo", "Cargar vídeo", "Carica il video", "Inhoud laden",  # fr, es, it, nl
    "Załaduj wideo", "Carregar vídeo",  # pl, pt
    # the button that lifts the block for good, in each of those languages
    "Toujours débloquer YouTube", "Desbloquear siempre Google Maps", "Sblocca sempre Vimeo",  # fr, es, it
    "YouTube altijd deblokkeren", "Zawsze odblokowuj YouTube", "Desbloquear sempre o YouTube",  # nl, pl, pt
    "Play Video", "Replay video", "Video abspielen", "Lire la vidéo", "Reproducir vídeo",  # a player's button
])
def test_an_embeds_placeholder_button_is_furniture_in_any_language(line):
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize("line", [
    # sentences that speak of videos and loading: no button
    "The video will load slowly on a phone, the museum warns its visitors.",
    "Das Video laden bereits tausende Nutzer jeden Tag auf ihre Rechner.",
    "Wir haben den Beitrag auf YouTube entsperrt, sagte die Sprecherin am Montag.",
])
def test_a_sentence_about_videos_is_no_placeholder(line):
    assert not signals.boilerplate_reason(line)


def test_a_raw_copy_leaves_out_the_placeholders_between_its_paragraphs():
    # A list post whose every item had an Instagram post embedded under it: the copy keeps the
    # consent plugin's two buttons where each post was.
    page = "\n\n".join([
        "Thermen in der Steiermark", "Die schönsten Thermen für ein Wochenende",
        "Therme am See", PROSE, "Beitrag laden", "Instagram-Beiträge immer entsperren",
        "Therme im Wald", PROSE.replace("Morgen", "Abend"), "Video laden", "YouTube immer entsperren",
        "Therme am Berg", PROSE.replace("Mittag", "Nachmittag"),
    ])
    body = extract(page, input_type="text").body
    assert "großen Becken" in body and "Therme im Wald" in body
    assert "laden" not in body and "entsperren" not in body
