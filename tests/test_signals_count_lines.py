"""A post's counters printed as lines of their own ("1,693 views", "45 Antworten", "Comments (9)"), in each
language of rules.text COUNT_NOUNS_BY_LANGUAGE and with the figure's thousands separators and multipliers:
furniture lines (signals.boilerplate_reason). A count that opens a sentence of the article, and a numbered
answer's heading, are not; a label before its figure is read in English only ("Kommentare 3" is left)."""

import pytest

from artextract import signals


@pytest.mark.parametrize("line", [
    "12 comments", "1,693 views", "2.1k shares", "1 like", "3 Reactions", "* 0 Diskussionen",  # en, a list mark
    "45 Antworten", "1 Kommentar", "1.977 Kommentare", "1,2 Tsd. Aufrufe", "2.345 mal gelesen",  # de
    "2 réponses", "1.977 commentaires", "12 400 vues",  # fr
    "10 respuestas", "3 comentarios", "1,5 mil vistas",  # es
    "4 commenti", "2 risposte",  # it
    "7 reacties", "1.204 keer bekeken",  # nl
    "5 comentários", "3 respostas",  # pt
    "6 komentarzy", "2 odpowiedzi", "1 234 wyświetleń",  # pl
    "Comments (9)", "Share 9",  # the English label before its figure
])
def test_a_count_line_is_furniture_in_any_language(line):
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize("line", [
    "45 Antworten auf die Frage, wie man Brot backt",  # the count opens the article's sentence
    "12 comments from readers show how divided the town is.",
    "Antwort 2", "Reply 3", "Réponse 1",  # a Q&A's numbered answers
    "9. Comments",  # a table of contents' numbered section
    "12 Lectures",  # a course's content (French "lectures" is left out of the table)
    "Replies: 1.2k",  # the label first: English, plain figures only
])
def test_prose_and_numbered_headings_are_no_count_lines(line):
    assert signals.boilerplate_reason(line) is None

