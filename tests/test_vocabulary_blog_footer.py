"""A blog post's footer lines in each language of the vocabulary: the filing line WordPress themes print
under every post (`post_filed`, a furniture line: signals.boilerplate_reason) and the comment form's
sign-in notice (`comment_gate`, a closing line: vocabulary.closing_promo, end_matter)."""

import pytest

from artextract import extract, signals, vocabulary

# A paragraph of a hand-written blog post (stands for any post's prose).
PROSE = (
    "We walked up from the harbour before sunrise and reached the ridge as the fog lifted, so the whole bay lay "
    "below us in the first light while the fishing boats were still coming in."
)


@pytest.mark.parametrize("line", [
    "This entry was posted in News and tagged travel, walking. Bookmark the permalink.",  # en
    "This entry was posted on Monday, May 5th, 2014 at 10:12 and is filed under Travel.",
    "Dieser Eintrag wurde veröffentlicht in Allgemein von Anna. Permanentlink.",  # de
    "Dieser Beitrag wurde unter Reisen veröffentlicht. Setze ein Lesezeichen auf den Permalink.",
    "Cette entrée a été publiée dans Voyages, avec comme mot(s)-clef(s) mer, le 5 mai 2014 par Anne.",  # fr
    "Ce contenu a été publié dans Voyages. Vous pouvez le mettre en favoris avec ce permalien.",
    "Esta entrada fue publicada en Viajes y etiquetada mar. Guarda el enlace permanente.",  # es
    "Questa voce è stata pubblicata in Viaggi e contrassegnata con mare. Contrassegna il permalink.",  # it
    "Esta entrada foi publicada em Viagens e marcada mar. Adicione o link permanente aos seus favoritos.",  # pt
    "Dit bericht werd geplaatst in Reizen en getagd zee. Bookmark de permalink.",  # nl
    "Ten wpis został opublikowany w kategorii Podróże i oznaczony tagami morze. Dodaj zakładkę do bezpośredniego "
    "odnośnika.",  # pl
    # ru: its capitals and its letters IGNORECASE equates to others (signals' prefilter folds them)
    "Запись опубликована в рубрике Путешествия. Добавьте в закладки постоянную ссылку.",
    "ЭТА ЗАПИСЬ БЫЛА ОПУБЛИКОВАНА В РУБРИКЕ НОВОСТИ.",
])
def test_a_posts_filing_line_is_furniture_in_any_language(line):
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize("line", [
    "This entry was the last one in her diary.",  # the words, but no filing
    "Dieser Eintrag wurde später gelöscht, sagte der Sprecher.",
    "This entry was posted.",  # nothing filed after the verb
    "Запись опубликована в рубрике.",
    "Wpis został opublikowany.",
])
def test_a_sentence_about_an_entry_is_no_filing_line(line):
    assert not signals.boilerplate_reason(line)


@pytest.mark.parametrize("line", [
    "You must be logged in to post a comment.",  # en
    "Du musst angemeldet sein, um einen Kommentar abzugeben.",  # de
    "Bitte melde Dich an, um einen Kommentar abzugeben",
    "Vous devez vous connecter pour publier un commentaire.",  # fr
    "Para comentar debes registrarte y completar los datos generales.",  # es
    "Ahora para comentar debés tener Acceso Digital.",
    "Devi essere connesso per inviare un commento.",  # it
    "Você precisa fazer o login para publicar um comentário.",  # pt
    "Je moet ingelogd zijn om een reactie te plaatsen.",  # nl
])
def test_a_comment_forms_sign_in_notice_closes_the_article_in_any_language(line):
    assert vocabulary.closing_promo(line)


@pytest.mark.parametrize("line", [
    "Para comentar esta decisión, el ministro convocó a la prensa.",  # commenting, no reader signing in
    "You must be careful when you post a letter abroad.",
    "Um die Lage zu kommentieren, trat der Minister vor die Presse.",
])
def test_a_sentence_about_commenting_closes_nothing(line):
    assert not vocabulary.closing_promo(line)


def test_a_raw_copy_of_a_post_ends_before_its_channel_pitch_and_comment_gate():
    # A news site's copy: the text, the site's pitch for its channel, then the comment form's notice.
    text = "\n\n".join(["El puerto amaneció en calma", PROSE, PROSE.replace("harbour", "market"),
                        "¡Mira lo que tiene nuestro canal de YouTube!",
                        "Para comentar debes registrarte y completar los datos generales.", "Lo más visto"])
    body = extract(text, input_type="text").body
    assert body.rstrip().endswith("still coming in.")
    assert "YouTube" not in body and "registrarte" not in body


def test_a_raw_copy_of_a_post_leaves_out_its_filing_line():
    text = "\n\n".join(["A morning on the ridge", PROSE, PROSE.replace("harbour", "market"),
                        "Dieser Eintrag wurde veröffentlicht in Reisen von Anna. Permanentlink.", "Kommentar verfassen"])
    body = extract(text, input_type="text").body
    assert "Eintrag" not in body and "still coming in." in body


@pytest.mark.parametrize("line", [
    "Fill in your details below or click an icon to log in:",  # en
    "You are commenting using your Google account. ( Log Out / Change )",
    "Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:",  # de
    "Du kommentierst mit Deinem Facebook-Konto. ( Abmelden / Ändern )",
    "Vous commentez à l’aide de votre compte Twitter. ( Déconnexion / Changer )",  # fr
    "Estás comentando usando tu cuenta de Google. ( Cerrar sesión / Cambiar )",  # es
    "Stai commentando usando il tuo account Google. ( Esci / Modifica )",  # it
    "Você está comentando utilizando sua conta Google. ( Sair / Alterar )",  # pt
])
def test_a_comment_forms_sign_in_prompts_are_furniture_in_any_language(line):
    # (`comment_sign_in`, a site notice: the blog platform's form prints them under every post)
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize("line", [
    "You are commenting on an old thread, so please keep it short.",
    "The children were commenting using their own words, and the teacher wrote them down.",
])
def test_a_sentence_about_commenting_is_no_sign_in_prompt(line):
    assert not signals.boilerplate_reason(line)


def test_a_two_line_post_is_not_outweighed_by_its_comment_forms_sign_in_prompts():
    # A blog's short post over the platform's comment form: the form's prompts read as prose.
    page = "\n".join([
        "Harbour Notes", "Late Again", "14 June 2013",
        "The ferry to the island was late again this morning, and nobody on the pier was surprised at all.",
        "So we waited.", "Share this:", "Leave a Reply", "Enter your comment here...",
        "Fill in your details below or click an icon to log in:",
        "Email (Address never made public)", "Name", "Website",
    ] + [f"You are commenting using your {account} account. ( Log Out / Change )"
         for account in ("WordPress.com", "Google", "Twitter", "Facebook")] + ["Cancel", "Archive", "June 2013"])
    body = extract(page, input_type="text").body
    assert "nobody on the pier" in body and "commenting using" not in body


def test_a_raw_copy_of_a_russian_post_leaves_out_its_sharing_buttons_and_filing_line():
    # A hand-written Russian blog post (stands for any post in a language of Cyrillic script) over its
    # WordPress footer: the sharing buttons' labels, the filing line, the relative date of a comment.
    prose = ("Мы поднялись от гавани до рассвета и вышли на хребет, когда туман рассеялся, и весь залив лежал "
             "под нами в первом свете, пока рыбацкие лодки ещё возвращались в порт.")
    text = "\n\n".join(["Утро на хребте", prose, prose.replace("гавани", "рынка"),
                        "Нажмите, чтобы поделиться на Twitter (Открывается в новом окне)",
                        "Нажмите, чтобы поделиться в Facebook (Открывается в новом окне)",
                        "Запись опубликована в рубрике Путешествия. Добавьте в закладки постоянную ссылку."])
    body = extract(text, input_type="text").body
    assert "в порт." in body
    assert "Нажмите" not in body and "рубрике" not in body
