"""A blog's sharing buttons, as their labels print in raw text, in each language of the vocabulary's
`share_prompt` concept (rules/vocab): furniture lines (signals.boilerplate_reason)."""

import pytest

from artextract import signals


@pytest.mark.parametrize("line", [
    "Click to share on Twitter (Opens in new window)", "Click here to print",  # en
    "Klick, um über Twitter zu teilen (Wird in neuem Fenster geöffnet)",  # de (WordPress Jetpack)
    "Klicken, um auf WhatsApp zu teilen (Wird in neuem Fenster geöffnet)", "Klicken zum Ausdrucken",
    "Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)",  # fr
    "Haz clic para compartir en Twitter (Se abre en una ventana nueva)",  # es
    "Fai clic qui per condividere su Facebook (Si apre in una nuova finestra)",  # it
    "Klik om te delen op Twitter (Wordt geopend in een nieuw venster)",  # nl
    "Clique para compartilhar no Facebook(abre em nova janela)",  # pt
    "Kliknij, aby udostępnić na Facebooku (Otwiera się w nowym oknie)",  # pl
    "Klicka för att dela på Facebook (Öppnas i ett nytt fönster)", "Klicka för att skriva ut (Öppnas i ett nytt fönster)",  # sv
    "Klik for at dele på Twitter (Åbner i et nyt vindue)",  # da
    "Klikk for å dele på Facebook (Åpnes i et nytt vindu)",  # no
    "クリックして Twitter で共有 (新しいウィンドウで開きます)", "クリックして印刷 (新しいウィンドウで開きます)",  # ja
    "Нажмите, чтобы поделиться на Twitter (Открывается в новом окне)",  # ru
    "Натисніть, щоб поділитися на Facebook (Відкриється у новому вікні)",  # uk
    "Klikněte pro sdílení na Facebooku (Otevře se v novém okně)",  # cs
    "Klikkaa jakaaksesi Facebookissa (Avautuu uudessa ikkunassa)",  # fi
    "Κάντε κλικ για κοινοποίηση στο Facebook (Ανοίγει σε νέο παράθυρο)",  # el
    "Klik untuk berbagi di Facebook (Membuka di jendela yang baru)",  # id
    "Nhấn để chia sẻ lên Facebook (Mở trong cửa sổ mới)",  # vi
    "انقر للمشاركة على Twitter (فتح في نافذة جديدة)",  # ar
])
def test_a_sharing_buttons_label_is_furniture_in_any_language(line):
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize("line", [
    "Klicken Sie auf den Beitrag zu Ihrem Unterrichtsthema.",
    "Klick, um dies zu ändern, auf das Zahnrad oben rechts.",
    "Clique e saiba como ler sem barreiras",
    "Klicka för att dela din berättelse med oss skickar du ett mejl.",  # "to share your story with us ..."
    "クリックしてください",  # "please click"
    "Нажмите, чтобы поделиться своей историей с редакцией.",  # "to share your story with the newsroom"
])
def test_a_sentence_about_clicking_is_no_sharing_button(line):
    assert not signals.boilerplate_reason(line)
