"""The per-language vocabulary (rules/vocab) and the matchers built from it (vocabulary.py)."""

import pytest

from artextract import signals, vocabulary
from artextract.rules.vocab import CONCEPTS, SITE_NOTICE_STEMS, TABLES


def test_groups_spell_out_alternatives():
    assert vocabulary.expand("(recent|latest) (posts|news)") == ["recent posts", "recent news", "latest posts", "latest news"]
    assert vocabulary.expand("(other |)posts") == ["other posts", "posts"]


def test_every_table_names_known_concepts_in_normalised_form():
    for language, table in TABLES.items():
        assert set(table) <= set(CONCEPTS), language
        for phrases in table.values():
            for phrase in phrases:
                for line in vocabulary.expand(phrase.removesuffix(" …")):
                    assert signals.normalise(line) == line, (language, phrase)


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "fi", "sv", "da", "no", "cs"])
def test_each_european_language_states_the_main_concepts(language):
    for concept in ("related", "comments", "share", "navigation", "legal", "newsletter", "advertising"):
        assert TABLES[language].get(concept), (language, concept)


@pytest.mark.parametrize(
    ("label", "concept"),
    [("Das könnte Sie auch interessieren:", "related"), ("Mehr aus Bayern", "more_from"), ("MEISTGELESEN", "most_read"),
     ("More from The Post", "more_from"), ("Lo más leído", "most_read"), ("Über den Autor", "author_box"),
     ("関連記事", "related"), ("Quellen", "sources"),
     # a blog's widget of the latest comments on its posts: the site's list, not the article's
     ("Neueste Kommentare", "most_read"), ("Recent Comments", "most_read"), ("Commentaires récents", "most_read"),
     ("Comentarios recientes", "most_read"),
     # the same list named for what is in vogue: a blog platform's cards, a forum's other threads
     ("Trending Stories", "most_read"), ("TRENDING THREADS", "most_read"), ("Jetzt im Trend", "most_read"),
     ("Sujets tendance", "most_read"), ("Temas en tendencia", "most_read")],
)
def test_end_matter_labels_in_any_language(label, concept):
    assert vocabulary.end_matter_concept(signals.normalise(label)) == concept


@pytest.mark.parametrize("label", ["The council met on Tuesday", "Kommentare", "Don't miss", "Latest", "See also"])
def test_not_every_label_ends_an_article(label):
    # Comment headers (a forum thread follows them), the site's own section labels (a home
    # page's content follows them) and "See also" (wikis' own section) do not end anything.
    assert vocabulary.end_matter_concept(signals.normalise(label)) is None


@pytest.mark.parametrize(
    "line", ["Teilen", "Drucken", "Kommentare", "Lesen Sie auch: Die Bahn streikt wieder", "Lea: Consejo Permanente aborda",
             "Udostępnij", "Reklama", "Impressum", "Zurück zur Übersicht", "シェア", "Lue myös: Hallitus kaatui yöllä", "Jaa",
             "Läs också: Så mycket har cyklandet ökat", "Mest lästa", "Del artiklen", "Les også: Streiken er over", "Sdílet",
             "Čtěte také: Vláda schválila rozpočet"],
)
def test_furniture_lines_in_any_language(line):
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize(
    "line",
    # A blog platform's buttons under every post as a copy prints their labels: share, like with its
    # loading text, rating; and a blog theme's label over the links to the previous and next post.
    ["Teilen Sie dies mit:", "Teilen mit:", "Gefällt mir Lade …", "Liken Lade …", "Like Loading...", "J’aime chargement…",
     "Me gusta Cargando...", "Comparte esto:", "Partagez ceci :", "Bewerten:", "Rate this:", "Califica esto:",
     "Beitragsnavigation", "Beitrags-Navigation", "Post navigation", "Navigation des articles", "Navegación de entradas",
     "Themen in diesem Artikel", "Topics in this article"],
)
def test_blog_button_and_post_navigation_labels_are_furniture(line):
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize(
    "line",
    # A social bar's label on a line of its own, en's "Follow us on" and "Share this story" in each language.
    ["Folgen Sie uns auf", "Folge uns auf:", "Diese Geschichte teilen", "Diesen Artikel teilen", "Suivez-nous sur",
     "Partagez cet article", "Síguenos en", "Comparte este artículo", "Seguici su", "Condividi questo articolo",
     "Siga-nos no", "Compartilhe esta notícia", "Volg ons op", "Deel deze pagina"],
)
def test_follow_us_on_and_share_this_story_labels_are_furniture(line):
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize("line", ["Folgen Sie uns auf dem Weg durch die Altstadt.", "Síguenos en esta aventura por los Andes"])
def test_a_sentence_that_opens_with_follow_us_on_is_not_furniture(line):
    assert not signals.boilerplate_reason(line)


@pytest.mark.parametrize("line", ["Like this:", "Gefällt mir:", "Es gefällt mir sehr, wie sie das sagt."])
def test_a_like_label_alone_may_be_the_texts_own(line):
    # "Like this:" may introduce an example; as furniture "Gefällt mir:" cut a held page's text (traf-dev).
    assert not signals.boilerplate_reason(line)


@pytest.mark.parametrize("line", ["Shareholders met in Frankfurt.", "Die Bahn streikt wieder", "Teilen ist Kümmern"])
def test_sentences_holding_a_furniture_word_are_not_furniture(line):
    assert not signals.boilerplate_reason(line)


@pytest.mark.parametrize(
    "line", ["Written by", "Last updated on:", "Autor:", "Veröffentlicht am", "Mis à jour le", "Publicado el",
             "Aggiornato il", "Atualizado em", "Laatst bijgewerkt", "Opublikowano", "更新日", "작성자", "Publicerad",
             "Skrevet af", "Sist oppdatert", "Aktualizováno"],
)
def test_byline_and_date_labels_in_any_language_are_meta_lines(line):
    # The label stands alone, its name or date on the next line: head furniture, and no text.
    assert signals.is_meta_line(line)
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize("line", ["Author(s)", "Author(s):", "Auteur(s) :", "Autor(en)", "Autor(inn)en", "Auteur(e)s",
                                  "Autor(a):", "Autore(i)"])
def test_a_label_with_its_ending_in_brackets_is_a_meta_line(line):
    # The plural or gender ending printed in brackets; normalising strips the closing one ("author(s").
    assert signals.is_meta_line(line)


@pytest.mark.parametrize("line", ["Comment(s)", "Author (2024)", "Autor(1)", "Contact(s)"])
def test_other_words_with_a_bracket_are_no_meta_labels(line):
    assert not signals.is_meta_line(line)


@pytest.mark.parametrize("line", ["Updated guidance for schools", "Von der Leyen", "Autor des Jahres"])
def test_lines_that_go_on_after_a_meta_label_are_not_labels(line):
    assert not signals.is_meta_line(line)


def test_every_meta_label_opens_with_a_meta_label_opener():
    # The author readers ask the first word before the label lookup (assemble._labelled_byline): a
    # line opening with a label, colon or not, must pass it, in every language and every label's length.
    for label in vocabulary._META_LABELS:
        assert vocabulary.meta_label_opener(label.split()[0]), label
        assert vocabulary.meta_label_opener(label.split()[0] + ":"), label
    for word in ("written", "by:", "autor:", "von", "作者", "작성자"):
        assert vocabulary.meta_label_opener(word), word
    for word in ("paragraph", "shareholders", "die", "line", ""):
        assert not vocabulary.meta_label_opener(word), word
    # A label's word with its ending in brackets opens a label as is_meta_label reads it: the first word
    # asked before it must not turn away the line is_meta_label would take ("Author(s): John A. Alic").
    for word in ("author(s):", "author(s", "auteur(s)", "autor(en):", "auteur(e)s"):
        assert vocabulary.meta_label_opener(word), word
    assert not vocabulary.meta_label_opener("paragraph(s):")


def test_labels_of_a_table_of_contents_in_any_language():
    for label in ("Table of Contents", "Inhaltsverzeichnis", "Sommaire", "Índice", "Spis treści", "Inhoudsopgave",
                  "Indice dei contenuti", "目次"):
        assert signals.normalise(label) in vocabulary.CONTENTS_LABELS, label
        assert signals.boilerplate_reason(label) == f"contents phrase '{signals.normalise(label)}'"


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "fi", "sv", "da", "no", "cs"])
def test_each_european_language_names_a_key_point_box(language):
    assert TABLES[language].get("key_points"), language


@pytest.mark.parametrize(
    "label", ["Key takeaways", "Das Wichtigste in Kürze:", "Kurz & knapp", "L’essentiel", "Ce qu'il faut retenir",
              "Lo que hay que saber", "In pillole", "Pontos-chave", "In een notendop", "W pigułce", "この記事のポイント"],
)
def test_key_point_labels_in_any_language(label):
    assert vocabulary.key_point_label(signals.normalise(label))
    assert signals.is_key_point_label(label)


@pytest.mark.parametrize(
    "label", ["Key highlights", "Main points", "Key insights", "Kurz und bündig", "Kernaussagen", "Kurzfassung",
              "Die wichtigsten Erkenntnisse", "En un coup d’œil", "En un coup d'oeil", "L’essentiel à retenir",
              "Les points essentiels", "En quelques mots", "En síntesis", "De un vistazo", "Lo esencial",
              "En pocas palabras", "Puntos principales", "In poche parole", "L’essenziale", "I punti principali",
              "Em síntese", "Principais pontos", "O mais importante", "In één oogopslag", "Kernpunten",
              "Najważniejsze w skrócie", "W telegraficznym skrócie", "Kluczowe wnioski", "Najważniejsze punkty"],
)
def test_key_point_labels_of_the_concept_in_each_language(label):
    # The same concept ("the story's points in short") as each language's newsrooms title it.
    assert vocabulary.key_point_label(signals.normalise(label))
    assert signals.is_key_point_label(label)


@pytest.mark.parametrize(
    "label", ["Key facts", "Die wichtigsten Fakten", "Les faits clés", "Faits clés", "Datos clave", "Fatti chiave",
              "I fatti principali", "Factos principais", "Fatos-chave", "De belangrijkste feiten", "Kernfeiten",
              "Najważniejsze fakty"],
)
def test_key_facts_box_labels_in_the_main_european_languages(label):
    # The "key facts" box titled in each main European language (en de fr es it pt nl pl).
    assert vocabulary.key_point_label(signals.normalise(label))


@pytest.mark.parametrize("line", ["Die Reform in drei Punkten", "The council met on Tuesday", "Kurz vor Mitternacht",
                                  # A listing's per-venue facts box ("Tageskarte ...", "Öffnungszeiten"),
                                  # repeated down the page (traf-dev fit 1000things.at): not the story's points.
                                  "Die wichtigsten Infos:", "Die wichtigsten Informationen"])
def test_other_lines_are_no_key_point_labels(line):
    assert not vocabulary.key_point_label(signals.normalise(line))


@pytest.mark.parametrize("line", [
    "Get the latest news straight to your phone: download our app.",
    "Puede escribirnos a nuno@example.com o seguirnos en Facebook.",
    "Ne manquez rien : abonnez-vous à notre newsletter.",
    "Obserwuj nas na Facebooku!",
    "Get the latest news straight to your phone with the Island News app.",
    "Yes! Sign me up to receive the daily briefing email.",
    # Two services named: a brand between the verb and the service defeats a phrase.
    "Follow AP on Facebook, X, Instagram, YouTube and TikTok",
    "Suivez Le Courrier sur Facebook et Instagram.",
    "Die App der Zeitung gibt es für iOS und Android.",
    "Folgt uns auf Instagram (@magazin) und bei WhatsApp_Kanal",
])
def test_closing_promotions_in_any_language(line):
    assert vocabulary.closing_promo(line)


@pytest.mark.parametrize("line", [
    "The council met on Tuesday.",
    "Our application was rejected by the committee.",  # "our app" only as a whole word
    "Drop your thoughts in the YouTube comments.",  # one service: an article may end on it
    "The iOSphere and Androids are no services.",  # services' names only as whole words
])
def test_other_lines_are_no_closing_promotion(line):
    assert not vocabulary.closing_promo(line)


@pytest.mark.parametrize("line", [
    "Unless otherwise stated, the content of this page is licensed under Creative Commons Attribution 3.0.",
    "Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC BY 4.0.",
])
def test_a_sites_licence_notice_closes_no_article(line):
    assert vocabulary.closing_promo(line)


@pytest.mark.parametrize("line", [
    "The Daily is not responsible for the opinions or statements presented by contributors.",
    "The views expressed by the authors of this blog are their own and do not necessarily reflect the views of the site.",
    "Trotz sorgfältiger Kontrolle übernehmen wir keine Haftung für die Inhalte externer Links.",
    "Las opiniones de los columnistas no reflejan necesariamente la línea editorial del diario.",
    "Les propos tenus dans cette tribune n’engagent que leurs auteurs.",
    "Le opinioni espresse non riflettono necessariamente quelle della redazione.",
])
def test_a_sites_disclaimer_closes_no_article(line):
    assert vocabulary.closing_promo(line)


@pytest.mark.parametrize("line", [
    "The mayor said the city is not responsible for the damage.",  # responsible, but not for opinions or content
    "Die Stadt übernimmt die Kosten für die neue Brücke.",
])
def test_a_sentence_about_responsibility_is_no_disclaimer(line):
    assert not vocabulary.closing_promo(line)


@pytest.mark.parametrize("line, concept", [
    ("Vos réactions (11)", "comments"), ("12 Kommentare", "comments"), ("You are here:", "navigation"),
    ("Sie sind hier:", "navigation"),
])
def test_counted_comment_headers_and_breadcrumb_labels_are_furniture(line, concept):
    assert vocabulary.furniture_line(signals.normalise(line)) == concept


# A comment section's notice that it holds none yet, in the main European languages (traf-dev fit:
# autohaus.de's "NOCH KEINE KOMMENTARE - JETZT MITDISKUTIEREN", read as a byline's name), and a German
# sponsored slot's label (wolfsrebellen-netz.forumieren.com's "von Gesponserte Inhalte" post).
@pytest.mark.parametrize("line, concept", [
    ("No comments yet", "comments"), ("NOCH KEINE Kommentare", "comments"), ("Aucun commentaire", "comments"),
    ("Aún no hay comentarios", "comments"), ("Nessun commento", "comments"), ("Sem comentários", "comments"),
    ("Nog geen reacties", "comments"), ("Brak komentarzy", "comments"), ("Gesponserte Inhalte", "advertising"),
])
def test_no_comments_yet_notices_and_sponsored_labels_are_furniture(line, concept):
    assert vocabulary.furniture_line(signals.normalise(line)) == concept


def test_a_count_makes_no_other_line_furniture():
    assert vocabulary.furniture_line(signals.normalise("Comments 2019 were many")) is None
    assert vocabulary.furniture_line(signals.normalise("Home 2")) is None


@pytest.mark.parametrize("line, concept", [
    ("Vorheriges Weiter", "navigation"), ("« Previous Next »", "navigation"),
    ("Sorted by: Reset to default", "forum_chrome"), ("PDF version", "tools"),
])
def test_pager_lines_sort_labels_and_pdf_links_are_furniture(line, concept):
    assert vocabulary.furniture_line(signals.normalise(line)) == concept


def test_a_named_labels_full_line_pattern_is_the_label_and_a_short_name():
    # "thread starter …" (a forum's head, the member's name after it): the pattern furniture_line reads a
    # concept's named labels with, of one phrase here (as benchmarks/rule_hits.py counts each).
    pattern = vocabulary.named_line_pattern(["thread starter …"])
    assert pattern.match("thread starter rye_and_shine") and pattern.match("Thread Starter: rye_and_shine")
    assert not pattern.match("thread starter")  # no name
    assert not pattern.match("the thread starter rye")  # the whole line only
    assert not pattern.match("thread starter " + "was banned from the forum after a long dispute over the rules")
    assert vocabulary.furniture_line("thread starter rye_and_shine") == "forum_chrome"


# A page's print and read-later buttons, each on a line of its own over or under the title, in the
# languages of the tools tables (written here, not copied from a page).
@pytest.mark.parametrize("line", [
    "Seite drucken", "Print this page", "Print view", "Printable version", "Read later", "Später lesen",
    "Zur Merkliste", "Imprimer la page", "Version imprimable", "Imprimir esta página", "Leggi più tardi",
    "Versão para impressão", "Later lezen", "Wersja do druku",
])
def test_print_and_read_later_buttons_are_tools(line):
    assert vocabulary.furniture_line(signals.normalise(line)) == "tools"


def test_a_title_about_printing_is_no_button():
    assert vocabulary.furniture_line(signals.normalise("Print this page to keep the recipe handy")) is None
    assert vocabulary.furniture_line(signals.normalise("Read later: the best books of the year")) is None


def test_a_line_with_one_navigation_word_among_others_is_not_a_pager():
    assert vocabulary.furniture_line(signals.normalise("Next steps for the council")) is None


@pytest.mark.parametrize("line", [
    "Zur Hauptnavigation springen Zur Suche springen Zum Inhalt springen", "Skip to main content Skip to footer",
    "Open menu  Close menu",
])
def test_skip_links_glued_on_one_line_are_navigation(line):
    assert vocabulary.furniture_line(signals.normalise(line)) == "navigation"


def test_a_navigation_phrase_before_other_words_is_no_skip_link_run():
    assert vocabulary.furniture_line(signals.normalise("Skip to content the council votes today")) is None


@pytest.mark.parametrize(
    "line",
    ["Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom Händler, z.B. für solche mit -Symbol.",
     "In den Produktempfehlungen befinden sich sogenannte Affiliate-Links.",
     "Disclosure: This post contains affiliate links. If you use them to make a purchase, we may earn a small commission.",
     "Si compras a través de estos enlaces de afiliados, recibimos una pequeña comisión.",
     "本記事はアフィリエイト広告を利用しています。"],
)
def test_affiliate_disclosures_in_any_language_are_the_sites_notice(line):
    # The phrases stand anywhere in the line, and a Japanese one needs no word boundary.
    assert vocabulary.site_notice(signals.normalise(line))
    assert signals.boilerplate_reason(line).startswith("site notice phrase")


@pytest.mark.parametrize(
    "line",
    ["Der Makler erhält eine Provision von drei Prozent.", "Agents earn a commission on each policy they sell.",
     "Streamers promote games through affiliate links and discount codes."],
)
def test_sentences_about_commissions_are_no_disclosure(line):
    assert vocabulary.site_notice(signals.normalise(line)) is None


def _stem_begins_a_word(line: str) -> bool:
    """The gate's question asked by substring tests: a stem stands at the line's start, or after a
    space, a mark or a Chinese, Japanese or Korean character."""
    import re

    before = re.compile(vocabulary._BEFORE_A_PHRASE)
    for stem in SITE_NOTICE_STEMS:
        at = line.find(stem)
        while at >= 0:
            if at == 0 or before.match(line, at - 1):
                return True
            at = line.find(stem, at + 1)
    return False


def _site_notice_spellings():
    for table in TABLES.values():
        for concept, phrases in table.items():
            if CONCEPTS[concept].site_notice:
                for phrase in phrases:
                    yield from vocabulary.expand(phrase)


def test_every_site_notice_phrase_holds_a_stem_of_the_gate_where_a_word_begins():
    # vocabulary.site_notice searches only lines holding a stem at a word's start: a phrase without one
    # would never be found (a phrase begins where no letter stands before it, and so do its words).
    for line in _site_notice_spellings():
        assert _stem_begins_a_word(line), line


def test_the_site_notice_gate_opens_for_every_phrase_in_a_line():
    # The phrases found where the line begins, after a space, a mark or a Japanese sentence.
    for spelling in _site_notice_spellings():
        for line in (spelling, f"note: {spelling}.", f"({spelling})", f"記事は{spelling}"):
            assert vocabulary._SITE_NOTICE_STEM.search(" " + line) is not None, line


def test_the_site_notice_gate_finds_a_stem_where_a_substring_test_would():
    # The gate searches the stems' trie in one pass; over lines of pieces of stems, cut, joined
    # and repeated, it must say yes exactly where one of the stems begins a word of the line.
    import random

    generator = random.Random(7)
    pieces = [stem[:cut] for stem in SITE_NOTICE_STEMS for cut in (1, 3, len(stem) - 1, len(stem))] + [" ", "x", "-", "記"]
    for _ in range(20_000):
        line = "".join(generator.choice(pieces) for _ in range(generator.randint(1, 6)))
        assert (vocabulary._SITE_NOTICE_STEM.search(" " + line) is not None) == _stem_begins_a_word(line), line


def test_the_closing_promotion_trie_matches_what_the_alternation_matches():
    # The trie is a faster spelling of the same alternation: over every spelling of every phrase,
    # in other cases, cut short, run on, inside words and sentences, both say the same.
    import random
    import re

    from artextract.rules.vocab import expand

    def wanted(concept):
        return concept.closes_article

    # Chinese, Japanese and Korean phrases are found inside their running text too (only a letter of
    # another script may touch them): "X有料会員限定記事" holds "会員限定記事".
    unspaced = "|".join(sorted((vocabulary.phrase_pattern(phrase) for phrase in vocabulary._phrases_of(wanted)
                                if vocabulary._in_unspaced_script(phrase)), key=len, reverse=True))
    cjk = vocabulary._LETTER_NOT_CJK
    alternation = re.compile(rf"(?<!\w)(?:{vocabulary._alternation(wanted)})(?!\w)|(?<!{cjk})(?:{unspaced})(?!{cjk})",
                             re.IGNORECASE)
    spellings = [line for phrase in vocabulary._phrases_of(wanted) for line in expand(phrase)]
    rng = random.Random(7)
    found = 0
    for spelling in spellings * 20:
        text = rng.choice(["", "x", "Read ", "ok, "]) + spelling[: rng.choice([len(spelling), len(spelling) - 1])]
        text = "".join(char.upper() if rng.random() < 0.3 else char for char in text) + rng.choice(["", "s", ".", " now"])
        found += bool(alternation.search(text))
        assert bool(vocabulary._closing_promo_search().search(text)) == bool(alternation.search(text)), text
    assert found > len(spellings)  # the phrases themselves matched, not only the misses


def test_the_end_matter_trie_matches_what_the_alternation_matches():
    # The end-matter label's trie is a faster spelling of its alternation: over every spelling of
    # every phrase, with counts, in other cases, cut short, run on, both say the same of a line.
    import random
    import re

    from artextract.rules.vocab import expand

    def wanted(concept):
        return concept.ends_article

    alternation = re.compile(rf"^(?:\d+\s+)?(?:{vocabulary._alternation(wanted)})(?:\s*\(?\d+\)?)?$", re.IGNORECASE)
    spellings = [line for phrase in vocabulary._phrases_of(wanted) for line in expand(phrase)]
    rng = random.Random(7)
    found = 0
    for spelling in spellings * 10:
        text = rng.choice(["", "12 ", "x", "read "]) + spelling[: rng.choice([len(spelling), len(spelling) - 1])]
        text = "".join(char.upper() if rng.random() < 0.3 else char for char in text)
        text += rng.choice(["", " (3)", "s", " now", ": Jane Doe"])
        found += bool(alternation.match(text))
        assert bool(vocabulary._END_MATTER.match(text)) == bool(alternation.match(text)), text
    assert found > len(spellings)  # the phrases themselves matched, not only the misses


def test_a_french_label_printed_with_the_typographic_apostrophe_is_the_tables_phrase():
    # fr's newsletter table types "je m'abonne"; French pages print "’" as often.
    assert vocabulary.furniture_line(signals.normalise("Je m’abonne")) == vocabulary.furniture_line(signals.normalise("Je m'abonne")) is not None


def test_a_phrase_typed_with_an_apostrophe_is_spelt_with_the_typographic_one_too():
    assert vocabulary.expand("(l'|)essentiel") == ["l'essentiel", "essentiel", "l’essentiel"]
    assert vocabulary.end_matter_concept(signals.normalise("You’ll Also Love")) == vocabulary.end_matter_concept("you'll also love")


def test_a_phrase_search_with_no_unspaced_phrase_finds_nothing_beside_an_emoji():
    # A concept whose tables hold no Chinese, Japanese or Korean phrase leaves the unspaced
    # alternative with no phrase: it must match nothing, not the empty string beside an emoji.
    phrases = {}
    for table in TABLES.values():
        for concept, found in table.items():
            phrases.setdefault(concept, []).extend(found)
    name = next(concept for concept, found in sorted(phrases.items())
                if found and not any(vocabulary._in_unspaced_script(phrase) for phrase in found))
    search = vocabulary._phrase_search(lambda concept: concept is CONCEPTS[name])
    for text in ("Thanks for reading 🙂", "🙂", "中文 text", "Ok. 🎉 Bye"):
        assert search.search(text) is None, text


@pytest.mark.parametrize("name", ["cuts", "appeal", "promo"])
def test_the_phrase_searches_word_gate_says_what_the_search_says(name):
    # The end matter's phrase searches run only in a paragraph holding a word of their phrases
    # (vocabulary.paragraph_words): over every spelling of every phrase, in other cases, cut short,
    # run on, glued to a word, with a dotted capital I or a Greek letter, the gate says what the search says.
    import random

    from artextract.rules.vocab import expand

    search, wanted = {
        "cuts": (vocabulary._CUTTING, lambda concept: concept.cuts_article),
        "appeal": (vocabulary._SUPPORT_APPEAL, lambda concept: concept.name == "support_appeal"),
        "promo": (vocabulary._closing_promo_search(), lambda concept: concept.closes_article),
    }[name]
    own = [line for phrase in vocabulary._phrases_of(wanted) for line in expand(phrase)]
    others = [line for phrase in vocabulary._phrases_of(lambda concept: not wanted(concept)) for line in expand(phrase)]
    rng = random.Random(11)
    found = 0
    for spelling in own * 3 + rng.sample(others, 1000):
        text = rng.choice(["", "x", "Read  ", "ok, ", "İ ", "Ωραία "]) + spelling[: rng.choice([len(spelling), len(spelling) - 1])]
        text = "".join(char.upper() if rng.random() < 0.3 else char for char in text) + rng.choice(["", "s", ".", " now"])
        said = search.search(" ".join(text.split())) is not None
        found += said
        assert search.says(text) == said, text
    assert found > len(own) // 2  # the phrases themselves matched, not only the misses


def test_a_phrase_search_is_built_only_when_a_paragraph_passes_its_gate():
    # Building a phrase search's tries is most of the module's import: a page whose paragraphs hold no
    # word of the phrases (most pages) never builds it. Stand-ins: a plain sentence (no paywall word),
    # then a paywall's prompt.
    search = vocabulary._PhraseSearch(lambda concept: concept.cuts_article)
    assert not search.says("The council met on Tuesday and voted on the budget.")
    assert search._built is None
    assert search.says("Subscribe to continue reading")
    assert search._built is not None


def test_a_paragraphs_words_are_read_as_ignorecase_compares_letters():
    # paragraph_words lower-cases and folds a text (IGNORECASE_FOLDS); a phrase's word matched under
    # IGNORECASE must be the same word there. Over every character: only "İ" lower-cases to more than one
    # character (paragraph_words leaves such a text to the search), lower-casing never makes a word
    # character of another or the reverse, and a character IGNORECASE equates to a letter of the
    # gates' words (and of the consent patterns' cookie words) folds to that letter.
    import re

    from artextract.rules import text as text_rules

    gates = (vocabulary._CUTTING, vocabulary._SUPPORT_APPEAL, vocabulary._closing_promo_search())
    words = [word for gate in gates for word in gate._words] + list(text_rules.CONSENT_COOKIE_STEMS)
    letters = sorted({char for word in words for char in word if char.isalpha()})
    assert all(char == char.lower() for char in letters)
    equal = re.compile("|".join(f"(?P<g{index}>{re.escape(char)})" for index, char in enumerate(letters)), re.IGNORECASE)
    word = re.compile(r"\w")
    for code in range(0x110000):
        char = chr(code)
        lowered = char.lower()
        if len(lowered) != 1:
            assert char == "\u0130"
            continue
        assert bool(word.match(char)) == bool(word.match(lowered)), hex(code)
        found = equal.fullmatch(char)
        if found:
            assert lowered.translate(vocabulary.IGNORECASE_FOLDS) == letters[int(found.lastgroup[1:])], hex(code)


def test_a_paragraph_in_an_unspaced_script_or_with_a_dotted_capital_i_is_left_to_the_search():
    assert vocabulary.paragraph_words("Please SUBSCRIBE to read on.") == frozenset({"please", "subscribe", "to", "read", "on"})
    assert vocabulary.paragraph_words("ſo ΛΟΓΟΣ") == frozenset({"so", "λογοσ"})  # folded: the long s, the final sigma
    assert vocabulary.paragraph_words("続きを読むには会員登録") is None
    assert vocabulary.paragraph_words("İstanbul abone ol") is None


def test_a_texts_ignorecase_form_is_lower_cased_and_folded_or_none_with_a_dotted_capital_i():
    assert vocabulary.ignorecase_form("We Use COOKIES") == "we use cookies"
    assert vocabulary.ignorecase_form("\u212aakor ſet") == "kakor set"  # the Kelvin sign, the long s
    assert vocabulary.ignorecase_form("İstanbul") is None


def test_concept_alternation_reads_one_concept_in_every_language():
    import re

    from artextract.vocabulary import concept_alternation

    pattern = re.compile(rf"^(?:{concept_alternation('link_prompt')})$", re.IGNORECASE)
    assert pattern.match("Click here") and pattern.match("Mehr erfahren") and pattern.match("En savoir plus")
    assert not pattern.match("Read more")  # left out of the concept: titles end with it too


@pytest.mark.parametrize("line", ["Jump to Review", "Jump to Recipe Jump to Video", "Jump to navigationJump to search"])
def test_a_skip_link_to_a_named_part_of_the_page_is_navigation(line):
    # Recipe and review pages print a "Jump to ..." link over each pick; wikis glue two at the top.
    assert vocabulary.furniture_line(signals.normalise(line)) == "navigation"


def test_a_sentence_opening_with_jump_to_is_no_skip_link():
    line = "Jump to conclusions and you will miss half of what the data says about these kettles."
    assert vocabulary.furniture_line(signals.normalise(line)) is None


@pytest.mark.parametrize("line", ["Skip to search results", "Skip to search", "Skip to primary sidebar"])
def test_a_skip_link_to_any_part_of_the_page_is_navigation(line):
    # A shop's listing opens with "Skip to search results".
    assert vocabulary.furniture_line(signals.normalise(line)) == "navigation"


def test_a_bare_skip_to_is_no_table_entry():
    # A copy that lost the link's target keeps "Skip to" alone: one vendor's pages print it (two Amazon
    # sites of the development data), under the three sites a phrase needs.
    assert vocabulary.furniture_line(signals.normalise("Skip to")) is None


def test_a_sentence_opening_with_skip_to_is_no_skip_link():
    line = "Skip to grub update below if you have not created a new UUID for the cloned disk."
    assert vocabulary.furniture_line(signals.normalise(line)) is None


def test_says_furniture_answers_as_furniture_line_does():
    # says_furniture spares the pattern tests for concepts only whole lines say: the same answer for
    # every table line (with a count, a colon and a name after it too), the pager's, a teaser's.
    lines = list(vocabulary.furniture_phrases())[::7]
    lines += [f"{line} (12)" for line in lines[:200]] + [f"{line}: jane doe" for line in lines[:200]]
    lines += ["previous next", "« previous | next »", "12 comments", "lesen sie auch: die bahn streikt wieder",
              "thread starter rye_and_shine", "tags", "line 123 of the text", ""]
    concepts = set(CONCEPTS) | {"navigation", "comments", "read_also", "forum_chrome"}
    for line in lines:
        said = vocabulary.furniture_line(line)
        for concept in concepts:
            assert vocabulary.says_furniture(line, concept) == (said == concept), (line, concept)
