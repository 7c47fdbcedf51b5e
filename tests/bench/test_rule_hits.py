"""benchmarks/rule_hits.py: what fires, where, and how the count is reported.

The pages here are small hand-written ones, each with a share bar, a comment
header and an end-matter heading as real article pages have them (and a forum's
sort label, "Sorted by: Newest", for the phrases followed by a name); the data
directory is a hand-made readability-pages layout in tmp_path.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repo root, not in src/

from artextract.blocks import Block, Form  # noqa: E402
from artextract.rules import text as rules_text  # noqa: E402
from benchmarks import rule_hits  # noqa: E402
from benchmarks.rule_hits import MARKUP, PATTERN, VOCAB, Counts, Matcher, Page, build_registry  # noqa: E402

PROSE = "<p>" + "The council met on Tuesday and agreed to rebuild the old harbour wall before winter. " * 3 + "</p>"
# A hand-written article page: a share bar (left unread by its class, as the extractor leaves it), a paragraph,
# a "Share" line, a comment count, a teaser line and a related heading.
ARTICLE = (
    "<html><head><title>Harbour wall</title></head><body>"
    '<div class="postFooter share-bar"><p>Tweet</p></div>'
    f'<article class="entry">{PROSE}<p>Share</p>'
    "<p>12 comments</p><p>Read also: The harbour in winter</p>"
    "<h2>Related articles</h2><p>Another story</p></article></body></html>"
)


def _index(registry, kind, group, name):
    return next(i for i, e in enumerate(registry.entries) if (e.kind, e.group, e.name) == (kind, group, name))


def test_class_and_id_values_split_on_punctuation_and_camel_case_and_stay_whole():
    parts = rule_hits.markup_parts(["commentList share-bar", "post_footer", "XMLWidget2"])
    assert {"commentlist", "comment", "list", "share-bar", "share", "bar", "post_footer", "post", "footer"} <= parts
    assert {"xmlwidget2", "xml", "widget", "2"} <= parts
    assert "" not in parts


def test_markup_words_are_also_read_as_the_extractor_reads_compound_names():
    words = rule_hits.extractor_words(["more-stories td-post-content", "recentcomments", "a-b-c-d"],
                                      frozenset({"recent", "comments"}))
    assert {"morestories", "post-content", "td-post-content", "recent", "comments"} <= words
    assert "ab" not in words  # neighbours are joined in short names only (up to three parts)


def test_a_name_the_rules_no_longer_have_is_skipped_with_a_note(monkeypatch):
    monkeypatch.setattr(rule_hits, "RULE_NAMES", rule_hits.RULE_NAMES + ((PATTERN, rule_hits.TEXT_RULES, "GONE_LABELS", "line"),))
    monkeypatch.setattr(rule_hits, "MARKUP_NAMES", rule_hits.MARKUP_NAMES + (("artextract.no_such_module", "X"),))
    registry = build_registry()
    assert any("GONE_LABELS" in note and "no longer exists" in note for note in registry.notes)
    assert any("no_such_module" in note for note in registry.notes)
    assert not any(entry.group == "GONE_LABELS" for entry in registry.entries)
    assert any(entry.group == "BOILERPLATE_LINES" for entry in registry.entries)  # the rest is still counted


def test_blocks_fire_as_the_extractor_matches_them():
    registry = build_registry()
    matcher = Matcher(registry)
    share = _index(registry, VOCAB, "en", "share")
    assert (share, "line") in matcher.hits("  Share: ", False)  # normalised: case, edge punctuation
    assert (share, "line") not in matcher.hits("Share the cost of the wall", False)  # whole lines only
    comment_count = [i for i, e in enumerate(registry.entries) if e.group == "BOILERPLATE_PATTERNS" and e.name == rules_text.COUNT_LINE_SHAPE]
    assert any((i, "") in matcher.hits("12 comments", False) for i in comment_count)
    related = _index(registry, VOCAB, "en", "related (articles|stories|posts|content|news|reading|reads|links|resources|guides|videos|coverage)")
    assert (related, "end") in matcher.hits("Related articles", True)
    assert (related, "end") not in matcher.hits("Related articles", False)  # end matter is read from labels only
    read_also = _index(registry, VOCAB, "en", "read also")
    assert (read_also, "teaser") in matcher.hits("Read also: The harbour in winter", False)
    consent_label = [i for i, e in enumerate(registry.entries) if e.group == "CONSENT_LABEL"]
    assert consent_label and any((i, "") in matcher.hits("Functional Cookies", False) for i in consent_label)
    # a consent line is the whole line: a sentence ending in a category's words is not one
    assert not any((i, "") in matcher.hits("Next we bake the functional cookies", False) for i in consent_label)


def test_phrases_the_extractor_searches_inside_a_paragraph_fire_inside_a_block():
    # A paywall's prompt or a newsletter pitch is said within a sentence, never as a line of its own:
    # counted as said inside a block of furniture length, as whole words.
    registry = build_registry()
    matcher = Matcher(registry)
    paywall = _index(registry, VOCAB, "en", "already a subscriber")
    assert (paywall, "inside") in matcher.hits("Already a subscriber? Log in here to read on.", False)
    assert (paywall, "inside") not in matcher.hits("She was already a subscribers' favourite.", False)
    assert (paywall, "inside") not in matcher.hits("Already a subscriber? " + "word " * 400, False)  # too long
    share = _index(registry, VOCAB, "en", "share")
    assert (share, "inside") not in matcher.hits("Please share this", False)  # a line concept: whole lines only


def test_a_furniture_phrase_followed_by_a_name_fires_by_the_extractors_own_full_line_pattern():
    # "jump to …", "sorted by …": a label, then a short name, read by vocabulary.furniture_line as a pattern.
    registry = build_registry()
    matcher = Matcher(registry)
    jump = _index(registry, VOCAB, "en", "jump to …")
    sorted_by = _index(registry, VOCAB, "en", "sorted by …")
    assert (jump, "line") in matcher.hits("Jump to latest", False)
    assert (sorted_by, "line") in matcher.hits("Sorted by: Newest", False)
    assert (sorted_by, "line") not in matcher.hits("Sorted by", False)  # no name: not this phrase
    # a sentence runs past a name's length: the extractor reads no furniture there, nor does the count
    assert not any(index == jump for index, _how in matcher.hits(
        "Jump to the end of the harbour wall and you will see what the council has built there", False))


def test_a_line_matching_several_named_phrases_asks_the_extractor_once():
    # Two named phrases of two concepts whose full-line patterns both match "jump to latest": the
    # extractor's own reading of the line (vocabulary.furniture_line) is asked once, whether it names
    # one of the concepts or none (most lines), and only that concept's phrase fires.
    registry = rule_hits.Registry()
    registry.named += [(0, "navigation", re.compile(r"jump to .+")), (1, "forum_chrome", re.compile(r"jump .+"))]
    matcher = Matcher(registry)
    asked: list[str] = []
    for answer, fired in ((None, []), ("forum_chrome", [(1, "line")])):
        matcher.furniture_line = lambda key, answer=answer: asked.append(key) or answer
        assert matcher._named_lines("jump to latest") == fired
        assert asked == ["jump to latest"]
        asked.clear()
    assert matcher._named_lines("next page") == [] and asked == []  # no pattern matches: nothing asked


def test_phrases_read_by_a_rules_own_pattern_fire_where_that_pattern_does():
    # A blog's filing line, a key-point box's label, a thread's starter, a post link: each concept's rule
    # (READERS) decides that the line is one; the phrase standing where the rule reads it is the one said.
    registry = build_registry()
    matcher = Matcher(registry)
    filed = _index(registry, VOCAB, "en", "this entry was (posted|filed) …")
    assert (filed, "rule") in matcher.hits("This entry was posted in News and tagged harbour. Bookmark the permalink.", False)
    takeaways = _index(registry, VOCAB, "en", "key takeaways")
    assert (takeaways, "rule") in matcher.hits("Key Takeaways", False)
    assert (takeaways, "rule") not in matcher.hits("The key takeaways of the meeting were few", False)
    starter = next(i for i, e in enumerate(registry.entries) if (e.language, e.concept, e.name) == ("en", "thread_starter", "thread starter"))
    assert (starter, "rule") in matcher.hits("Thread starter rye_and_shine", False)
    assert (starter, "rule") not in matcher.hits("The thread starter was banned last week", False)  # no label
    nouned = _index(registry, VOCAB, "en", "(previous|prev|next|older|newer) (post|article|story|entry|blog post)")
    bare = _index(registry, VOCAB, "en", "(previous|prev|next|older|newer)")
    found = matcher.hits("Next article: The harbour in winter", False)
    assert (nouned, "rule") in found and (bare, "rule") not in found  # the longest phrase the rule read
    see_all = _index(registry, VOCAB, "en", "(see|view) all …")
    assert (see_all, "rule") in matcher.hits("See all 12 reviews", False)
    assert (see_all, "rule") not in matcher.hits("See all the ways the council plans to spend the money raised next year.", False)


def test_a_reader_the_rules_no_longer_have_is_skipped_with_a_note(monkeypatch):
    monkeypatch.setattr(rule_hits, "READERS", rule_hits.READERS + (("tags", rule_hits.TEXT_RULES, "GONE_LINE", "text", "start"),))
    registry = build_registry()
    assert any("GONE_LINE" in note and "no longer exists" in note for note in registry.notes)
    assert len(registry.readers) == len(rule_hits.READERS) - 1 + len(rule_hits.TABLE_READERS)  # the tables' own


def test_labels_are_headings_and_short_lines_that_are_not_sentences():
    assert rule_hits.is_label(Block("Related articles", Form.HEADING, level=2))
    assert rule_hits.is_label(Block("More from the harbour"))
    assert not rule_hits.is_label(Block("The council met on Tuesday and agreed to rebuild it."))
    assert not rule_hits.is_label(Block("Related articles", Form.LIST_ITEM))


def test_a_page_fires_its_phrases_and_markup_words(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    page, hits, error = rule_hits.scan_page(Page("readability-pages", "p1", "p1", None, path))
    registry = rule_hits.registry()
    assert error is None
    fired = {index for index, _how in hits}
    assert (_index(registry, VOCAB, "en", "share"), "line") in hits
    related = _index(registry, VOCAB, "en", "related (articles|stories|posts|content|news|reading|reads|links|resources|guides|videos|coverage)")
    assert (related, "end") in hits and (_index(registry, VOCAB, "en", "read also"), "teaser") in hits
    assert _index(registry, VOCAB, "en", "tweet") not in fired  # inside the share bar: not rendered
    assert _index(registry, VOCAB, "en", "comments") not in fired  # "12 comments" is a pattern, not the phrase
    assert _index(registry, MARKUP, "CONCEPTS.markup", "footer") in fired  # "postFooter": a camelCase part
    assert _index(registry, MARKUP, "CONCEPTS.markup", "share") in fired


def test_sites_count_once_however_many_pages_they_have():
    counts = Counts()
    for page_id in ("a", "b"):
        counts.add(Page("wcxb-dev", page_id, "example.com", None, Path("x")), {(0, ""), (1, "line")}, None)
    counts.add(Page("traf-dev", "c", "other.org", None, Path("x")), {(0, "")}, None)
    assert counts.n(0) == 2 and counts.n(1) == 1 and counts.n(1, "line") == 1 and counts.n(1, "end") == 0
    assert counts.pages == {"wcxb-dev": 2, "traf-dev": 1}


def test_the_command_prints_the_summary_and_writes_every_count(tmp_path, capsys):
    for name, html in (("site-a", ARTICLE), ("site-b", ARTICLE), ("site-c", "<html><body><p>Only text.</p></body></html>")):
        page_dir = tmp_path / "readability-pages" / "pages" / name
        page_dir.mkdir(parents=True)
        (page_dir / "source.html.gz").write_bytes(gzip.compress(html.encode("utf-8")))
        (page_dir / "expected-metadata.json").write_text("{}", "utf-8")
    out = tmp_path / "hits.json"
    assert rule_hits.main(["--data", str(tmp_path), "--jobs", "1", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "## Summary" in printed and "candidates for removal" in printed and "### en" in printed
    assert "readability-pages 3; 3 distinct sites" in printed
    counts = json.loads(out.read_text("utf-8"))
    share = next(e for e in counts["entries"] if e["kind"] == VOCAB and e["language"] == "en" and e["name"] == "share")
    assert share["sites"] == 2 and share["by"]["line"] == 2 and share["site_list"] == ["site-a", "site-b"]
    assert counts["sites"] == 3 and counts["pages"] == {"readability-pages": 3}


def _write_pages(root: Path, pages: dict[str, str]) -> None:
    for name, html in pages.items():
        page_dir = root / "readability-pages" / "pages" / name
        page_dir.mkdir(parents=True)
        (page_dir / "source.html.gz").write_bytes(gzip.compress(html.encode("utf-8")))
        (page_dir / "expected-metadata.json").write_text("{}", "utf-8")


def test_a_named_phrase_on_lines_of_three_sites_is_counted_on_three_sites(tmp_path):
    # A forum's sort label with a different name after it on three sites, and a fourth site whose sentence
    # only opens with its words: "sorted by …" fires on the three, as a line.
    def page(line: str) -> str:
        return f"<html><body><article>{PROSE}<p>{line}</p></article></body></html>"

    _write_pages(tmp_path, {"site-a": page("Sorted by: Newest"), "site-b": page("Sorted by Oldest"),
                            "site-c": page("SORTED BY: Reactions"),
                            "site-d": page("Sorted by the council into three lists, the harbour's repairs will take years")})
    out = tmp_path / "hits.json"
    assert rule_hits.main(["--data", str(tmp_path), "--jobs", "1", "--out", str(out)]) == 0
    entries = json.loads(out.read_text("utf-8"))["entries"]
    sorted_by = next(e for e in entries if e["kind"] == VOCAB and e["language"] == "en" and e["name"] == "sorted by …")
    assert sorted_by["sites"] == 3 and sorted_by["by"]["line"] == 3
    assert sorted_by["site_list"] == ["site-a", "site-b", "site-c"]


def test_traf_devs_text_renderings_are_scanned_when_given(tmp_path):
    # A consent plugin's button, printed only in the raw copies (the HTML shows it as a button the render
    # leaves out): three traf-dev sites' chromium or inscriptis renderings say "Always unblock <service>".
    (tmp_path / "traf-dev" / "pages").mkdir(parents=True)
    docs = []
    for number, (site, service) in enumerate((("a.example", "YouTube"), ("b.example", "Vimeo"), ("c.example", "X"))):
        page_id = f"p{number}"
        docs.append({"id": page_id, "url": f"https://{site}/story", "file": f"{site}.html", "with": [], "without": []})
        (tmp_path / "traf-dev" / "pages" / f"{page_id}.html.gz").write_bytes(gzip.compress(
            f"<html><body><article>{PROSE}<button>Always unblock {service}</button></article></body></html>".encode()))
        rendering = tmp_path / "renderings" / ("chromium", "inscriptis")[number % 2]
        rendering.mkdir(parents=True, exist_ok=True)
        (rendering / f"{page_id}.txt.gz").write_bytes(gzip.compress(
            f"Harbour wall\r\n\r\n{PROSE[3:-4]}\r\n\r\nLoad video\r\nAlways unblock {service}\r\n".encode()))
    (tmp_path / "traf-dev" / "gold.jsonl").write_text("\n".join(json.dumps(doc) for doc in docs), "utf-8")

    def sites(*renderings: str) -> int:
        out = tmp_path / "hits.json"
        assert rule_hits.main(["--data", str(tmp_path), "--jobs", "1", "--out", str(out), *renderings]) == 0
        entries = json.loads(out.read_text("utf-8"))["entries"]
        return next(e for e in entries if e["kind"] == VOCAB and e["name"] == "always unblock …")["sites"]

    assert sites() == 0
    assert sites("--renderings", str(tmp_path / "renderings")) == 3


def test_the_short_summary_tells_table_entries_from_other_rare_entries(tmp_path, capsys):
    entries = [
        {"kind": VOCAB, "group": "de", "language": "de", "name": "teilen", "sites": 5},
        {"kind": VOCAB, "group": "pl", "language": "pl", "name": "udostępnij", "sites": 0},
        {"kind": PATTERN, "group": "BOILERPLATE_PATTERNS", "name": "^x$", "sites": 3},
        {"kind": PATTERN, "group": "BOILERPLATE_PATTERNS", "name": "^y$", "sites": 1},
        {"kind": MARKUP, "group": "CONCEPTS.markup", "name": "kommentare", "sites": 1},
        {"kind": MARKUP, "group": "BODY_NAMES", "name": "story-text", "sites": 0},
    ]
    table = rule_hits.short_summary(entries)
    assert "| BOILERPLATE_PATTERNS | 2 | 1 | 0 | 1 |" in table
    assert "| vocabulary pl | 1 | 0 | 1 | 0 |" in table and "| vocabulary de | 1 | 1 | 0 | 0 |" in table
    assert "| CONCEPTS.markup | 1 | 0 | 1 | 0 |" in table and "| BODY_NAMES | 1 | 0 | 0 | 1 |" in table
    assert "| all | 4 | 2 | 1 | 1 |" in table  # phrases and patterns; markup words have their own table
    saved = tmp_path / "hits.json"
    saved.write_text(json.dumps({"entries": entries}), "utf-8")
    assert rule_hits.main(["--summary", "--from", str(saved)]) == 0
    assert capsys.readouterr().out == table


def test_the_credit_label_table_figure_numbers_and_credentials_are_counted():
    from benchmarks.rule_hits import CREDIT

    registry = build_registry()
    matcher = Matcher(registry)
    foto = _index(registry, CREDIT, "CREDIT_LABELS", "foto(?:s)?")
    assert (foto, "") in matcher.hits("Foto: dpa / Jane Doe", False)
    assert (foto, "") not in matcher.hits("Fotos aus dem Urlaub zeigen den Hafen im Winter", False)  # no label
    assert (foto, "") in matcher.hits("Der Hafen im Winter. Foto: dpa", False)  # a credit after its caption
    assert (foto, "") not in matcher.hits("Unser Fotograf: Jane Doe", False)  # a word that only ends in a label
    figure = next(i for i, e in enumerate(registry.entries) if e.group == "FIGURE_NUMBER_LABEL")
    assert (figure, "") in matcher.hits("Abb. 2: Der Hafen im Winter, " + "mit Eis " * 20, False)  # any length
    credential = next(i for i, e in enumerate(registry.entries) if e.group == "CREDENTIAL_RE")
    assert (credential, "") in matcher.hits("By Jane Doe, MD, PhD", False)
    assert (credential, "") not in matcher.hits("Jane Doe wrote this, MD", False)
    assert rule_hits.is_table_entry(CREDIT, "CREDIT_LABELS")
    assert not rule_hits.is_table_entry(PATTERN, "CREDENTIAL_RE")  # a shape: it must fire on 3 sites


def test_regex_alternatives_split_at_the_top_level_only():
    assert rule_hits.alternatives(r"a|b(?:c|d)|[|]e|f\|g") == ["a", "b(?:c|d)", "[|]e", r"f\|g"]


def test_the_dek_words_of_other_languages_are_one_table_counted_once():
    registry = rule_hits.registry()
    groups = {(entry.group, entry.language) for entry in registry.entries if entry.name == "chapo"}
    assert groups == {("STANDFIRST_TOKENS_BY_LANGUAGE", "fr")}  # not also as one of STANDFIRST_TOKENS' own words
    assert any(entry.group == "STANDFIRST_TOKENS" and entry.name == "dek" for entry in registry.entries)
    assert rule_hits.is_table_entry(MARKUP, "STANDFIRST_TOKENS_BY_LANGUAGE")
    assert not rule_hits.is_table_entry(MARKUP, "STANDFIRST_TOKENS")


def test_the_kicker_and_section_words_are_counted_as_tables_of_their_languages():
    registry = rule_hits.registry()
    entries = {(entry.group, entry.name): entry for entry in registry.entries if entry.kind == MARKUP}
    assert entries["KICKER_WORDS_BY_LANGUAGE", "surtitre"].language == "fr"
    assert entries["SECTION_LABEL_WORDS_BY_LANGUAGE", "rubrik"].language == "de"
    assert rule_hits.is_table_entry(MARKUP, "KICKER_WORDS_BY_LANGUAGE")
    assert rule_hits.is_table_entry(MARKUP, "SECTION_LABEL_WORDS_BY_LANGUAGE")


def test_a_class_word_and_its_joined_spelling_are_one_entry():
    # rules/dom writes "entry-text" and derives "entrytext": a site showing either is a site of the entry.
    assert rule_hits.spellings({"entry-text", "entrytext", "entry", "post-body"}) == {
        "entry": ["entry"], "entry-text": ["entry-text", "entrytext"], "post-body": ["post-body"]}
    registry = rule_hits.registry()
    index = _index(registry, MARKUP, "BODY_NAMES", "entry-text")
    assert index in registry.words["entrytext"]
    assert not any(entry.group == "BODY_NAMES" and entry.name == "entrytext" for entry in registry.entries)


def _table_word(registry, table, language, word):
    return next(i for i, e in enumerate(registry.entries)
                if (e.kind, e.group, e.language, e.name) == (rule_hits.TABLE_WORD, table, language, word))


def test_the_words_of_a_per_language_table_fire_where_its_rule_reads_them():
    # A comment heading's word for "one", a greeting box's greeting, a counter line's noun: each is an entry
    # of its table, counted where the table's rule fires and the word stands where the rule reads it.
    registry = build_registry()
    matcher = Matcher(registry)
    ein = _table_word(registry, "ONE_WORDS_BY_LANGUAGE", "de", "ein")
    assert (ein, "rule") in matcher.hits("Ein Gedanke zu „Der Hafen im Winter“", False)
    assert (ein, "rule") not in matcher.hits("Ein Hafen im Winter", False)  # no quoted title: no heading
    hallo = _table_word(registry, "GREETINGS_BY_LANGUAGE", "de", "hallo")
    assert (hallo, "rule") in matcher.hits("Hallo, ich bin Anna!", False)
    antworten = _table_word(registry, "COUNT_NOUNS_BY_LANGUAGE", "de", "antworten")
    assert (antworten, "rule") in matcher.hits("45 Antworten", False)
    assert (antworten, "rule") not in matcher.hits("Wir antworten gern auf 45 Fragen", False)
    assert rule_hits.is_table_entry(rule_hits.TABLE_WORD, "GREETINGS_BY_LANGUAGE")


def test_a_shops_offer_words_fire_only_where_the_offer_is_read():
    registry = build_registry()
    matcher = Matcher(registry)
    code = _table_word(registry, "OFFER_TERMS_BY_LANGUAGE", "en", "use code")
    assert (code, "rule") in matcher.hits("Save 20% on boots. Use code WINTER at checkout.", False)
    assert (code, "rule") not in matcher.hits("Use code reviews before you merge.", False)  # no price or share
