"""The paywall concept (rules/vocab) and its matcher (vocabulary.cuts_article); the newsletter pitch
told of other readers or ticked as a choice."""

import pytest

from artextract import signals, vocabulary
from artextract.rules.vocab import CONCEPTS, TABLES


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it", "pt", "nl", "pl"])
def test_each_european_language_states_a_paywalls_prompt(language):
    assert TABLES[language].get("paywall"), language


def test_a_paywalls_prompt_closes_the_article_and_cuts_it_where_it_stands():
    assert CONCEPTS["paywall"].closes_article and CONCEPTS["paywall"].cuts_article


@pytest.mark.parametrize("line", [
    "Kostenlos registrieren und weiterlesen",
    "Möchten Sie weiterlesen?",
    "Ja. Ich bin Abonnent.",
    "To view the full story, please subscribe to The Daily Bugle. You can choose an annual subscription.",
    "If you're seeing this message but you're already a subscriber, you can log in for immediate access.",
    "Cet article est réservé aux abonnés.",
    "Contenido exclusivo para suscriptores",
    "Articolo riservato agli abbonati",
    "Conteúdo exclusivo para assinantes",
    "Ben je al abonnee? Log in",
    "Artykuł tylko dla prenumeratorów",
])
def test_paywall_prompts_in_any_language(line):
    assert vocabulary.cuts_article(line)
    assert vocabulary.closing_promo(line)


@pytest.mark.parametrize("line", [
    "The newspaper lost two thousand subscribers last year.",
    "Weiterlesen",  # a teaser's link: no paywall
    "Subscribers of the streaming service pay more from May.",
    "Die Abonnenten des Senders zahlen ab Mai mehr.",
])
def test_sentences_about_subscribers_are_no_paywall(line):
    assert not vocabulary.cuts_article(line)


@pytest.mark.parametrize("line", [
    "Join the hundreds of developers who get new code and writing delivered to their inboxes every week.",
    "Send me email every new post.",
])
def test_newsletter_pitches_told_of_other_readers_or_ticked_are_the_sites_notice(line):
    assert vocabulary.site_notice(signals.normalise(line))


def test_a_sentence_about_posting_is_no_newsletter_pitch():
    assert vocabulary.site_notice(signals.normalise("Every new post on the forum is checked by a moderator.")) is None


@pytest.mark.parametrize("paragraph", [
    "この記事は有料会員限定記事です。残り420文字。",  # ja: the phrase inside the sentence, glued to its neighbours
    "続きは、この記事は有料会員限定ですのでログインしてお読みください。",
    "本文为会员专享内容，请登录后继续阅读。",  # zh
    "이 기사는 유료회원 전용입니다. 로그인하고 계속 읽으세요.",  # ko: the ending glued to the phrase
])
def test_a_cjk_paywall_phrase_is_found_inside_running_text(paragraph):
    assert vocabulary.cuts_article(paragraph)


def test_a_cjk_phrase_touched_by_a_latin_letter_is_another_word():
    assert not vocabulary.cuts_article("abc会员专享xyz")
