"""Where the article ends: end-matter labels after the text, in both pipelines."""

from artextract import extract
from artextract.blocks import Block, Form
from artextract.end_matter import end_matter_start

PROSE = (
    "The council voted on Tuesday to extend the harbour wall by forty metres, a project that engineers "
    "say will protect the old town from winter storms for another fifty years, at a cost the city says it can bear without new taxes."
)


def paragraph(text: str = PROSE) -> Block:
    return Block(text)


def heading(text: str) -> Block:
    return Block(text, form=Form.HEADING, level=2)


def test_related_heading_after_the_text_ends_the_article():
    blocks = [paragraph(), paragraph(), paragraph(), heading("Related Articles"), Block("Harbour plans approved", link_density=1.0)]
    assert end_matter_start(blocks, 0, len(blocks)) == 3


def test_short_label_with_a_colon_ends_the_article():
    blocks = [paragraph(), paragraph(), paragraph(), Block("Article Sources:"), Block("https://example.org/report")]
    assert end_matter_start(blocks, 0, len(blocks)) == 3


def test_a_source_list_named_for_its_citations_ends_the_article():
    # a review's numbered sources under "Citations", a collapsed box's "View Article Sources" button
    for label in ("Citations", "View Article Sources", "Works Cited"):
        blocks = [paragraph(), paragraph(), paragraph(), Block(label), Block("Statista. (2024). Number of accounts exposed.")]
        assert end_matter_start(blocks, 0, len(blocks)) == 3, label


def test_label_with_much_prose_after_it_does_not_cut_the_text():
    # "More from the harbour" introducing the rest of the story is a section, not end matter.
    blocks = [paragraph(), paragraph(), paragraph(), heading("More from the harbour"), paragraph(), paragraph()]
    assert end_matter_start(blocks, 0, len(blocks)) == len(blocks)


def test_label_before_enough_prose_is_not_an_end():
    blocks = [heading("Related"), Block("Short teaser line"), paragraph(), paragraph(), paragraph()]
    assert end_matter_start(blocks, 0, len(blocks)) == len(blocks)


def test_a_section_named_like_a_recommendation_is_text():
    blocks = [paragraph(), paragraph(), paragraph(), heading("Recommended approach"), Block("Start small.")]
    assert end_matter_start(blocks, 0, len(blocks)) == len(blocks)


def test_html_page_loses_its_more_from_list():
    page = f"""<html><body><article><h1>Harbour wall to be extended</h1>
      <p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>
      <h3>More from Jane Doe</h3>
      <p><a href="/a">Council names new harbour master</a></p>
      <p>The harbour master will start in May.</p>
    </article></body></html>"""
    article = extract(page, input_type="html")
    assert article.body.count("harbour wall by forty metres") == 3
    assert "More from Jane Doe" not in article.body
    assert "harbour master" not in article.body


def test_text_page_loses_its_recent_posts():
    text = "\n\n".join(["Harbour wall to be extended", PROSE, PROSE, PROSE, "Recent Posts", "Council names new harbour master", "Ferry timetable changes"])
    article = extract(text, input_type="text")
    assert "Recent Posts" not in article.body
    assert "Ferry timetable" not in article.body


def test_end_matter_labels_in_other_languages():
    for label in ("Mehr zum Thema", "Artículos relacionados", "Sur le même sujet", "Podobne artykuły", "関連記事",
                  "Das könnte Sie auch interessieren", "Meistgelesen", "Lo más leído"):
        blocks = [paragraph(), paragraph(), paragraph(), heading(label), Block("Kurz notiert", link_density=1.0)]
        assert end_matter_start(blocks, 0, len(blocks)) == 3, label


def test_related_labels_said_otherwise_end_the_article():
    # The same concept as "Related articles", as pages print it in each language (traf-dev and wcxb
    # fit pages: "Articles en relation", "Beliebte Beiträge zum Thema:", "READ MORE ARTICLES", a
    # shop's cross-selling).
    for label in ("Articles en relation", "Beliebte Beiträge zum Thema:", "READ MORE ARTICLES",
                  "Sie könnten auch an folgenden Artikeln interessiert sein"):
        blocks = [paragraph(), paragraph(), paragraph(), Block(label), Block("Kurz notiert", link_density=1.0)]
        assert end_matter_start(blocks, 0, len(blocks)) == 3, label


def test_keep_reading_and_the_editors_picks_end_the_article_and_the_button_does_not():
    # "Seguí leyendo" (en's "keep reading"), "Top Themen der Redaktion", "Weiterlesen auf <site>:" over
    # other stories' titles (traf-dev fit: lanacion.com.ar, oetv.at, utopia.de).
    for label in ("Seguí leyendo", "Sigue leyendo", "Top Themen der Redaktion", "Weiterlesen auf Beispiel.de:"):
        blocks = [paragraph(), paragraph(), paragraph(), Block(label), Block("Kurz notiert", link_density=1.0)]
        assert end_matter_start(blocks, 0, len(blocks)) == 3, label
    # the button that opens the rest of the text names no end matter
    blocks = [paragraph(), paragraph(), paragraph(), Block("Seguir leyendo"), Block("Kurz notiert", link_density=1.0)]
    assert end_matter_start(blocks, 0, len(blocks)) == 5


def test_shop_recirculation_ends_a_short_product_page():
    blocks = [
        Block("Ladies top, black, white and green, size 6"),
        Block("Condition: not specified. Delivery: varies. Returns accepted within 30 days of delivery."),
        Block("Seller assumes all responsibility for this listing. Item ships from Leeds, United Kingdom."),
        heading("People who viewed this item also viewed"),
        Block("Floral tie neck blouse, size 10", link_density=1.0),
        Block("$8.03"),
    ]
    assert end_matter_start(blocks, 0, len(blocks)) == 3


def test_posts_you_may_enjoy_ends_the_article():
    blocks = [paragraph(), paragraph(), paragraph(), heading("Other Posts You May Enjoy"), Block("Sourdough basics", link_density=1.0)]
    assert end_matter_start(blocks, 0, len(blocks)) == 3


def test_a_raw_text_label_opening_with_related_ends_the_article_and_a_sentence_does_not():
    for label in ("Related articles that may interest you", "Related Insights", "Related tags:"):
        blocks = [paragraph(), paragraph(), paragraph(), Block(label), Block("Harbour plans approved")]
        assert end_matter_start(blocks, 0, len(blocks), opening_labels=True) == 3, label
        # HTML mode leaves such labels to the markup: one may head a link inside the text.
        assert end_matter_start(blocks, 0, len(blocks)) == len(blocks), label
    for label in ("Related to the harbour wall, costs rose.", "“Related posts do well” ✅", "Relatedness of towns"):
        blocks = [paragraph(), paragraph(), paragraph(), Block(label), Block("Harbour plans approved")]
        assert end_matter_start(blocks, 0, len(blocks), opening_labels=True) == len(blocks), label


def test_about_the_author_box_ends_the_article():
    blocks = [paragraph(), paragraph(), paragraph(), heading("About the Author"), Block("Jane Doe covers transport for the paper.")]
    assert end_matter_start(blocks, 0, len(blocks)) == 3


def test_a_read_also_label_points_to_one_article_and_does_not_end_the_text():
    # "À lire aussi" / "Czytaj także" stand in the middle of French and Polish articles
    # before a single teaser link; the text goes on after it.
    for label in ("À lire aussi", "Czytaj także", "Lesen Sie auch"):
        blocks = [paragraph(), paragraph(), heading(label), Block("Kurz notiert", link_density=1.0), paragraph()]
        assert end_matter_start(blocks, 0, len(blocks)) == 5, label


def test_a_spanish_look_line_points_to_another_article_in_the_text():
    # "MIRA: <title>" / "Mire: <title>" (soy502, diaadia on traf-dev's fit half): a read-also line,
    # furniture of the text, which goes on after it; the word alone in a sentence is not.
    from artextract import signals

    for line in ("MIRA: Madre se acerca a conocer los motivos de captura de su hijo",
                 "Mire: El cantante da positivo a COVID-19"):
        assert signals.boilerplate_reason(line), line
        body = extract("\n".join(["Capturan a tres presuntos roba motos", PROSE, line, PROSE.replace("forty", "fifty")]),
                       input_type="text").body
        assert line not in body and "fifty metres" in body, line
    assert not signals.boilerplate_reason("Mira lo que pasó cuando el consejo votó la ampliación del muelle.")


def test_an_unlabelled_list_of_teaser_titles_after_the_text_is_end_matter():
    teasers = [
        "Flooded riverside car park to stay closed until the end of summer",
        "Local bakery wins national award for its traditional sourdough loaf",
        "Police appeal for witnesses after late night break-in on Station Road",
    ]
    blocks = [paragraph()] * 8 + [Block(title) for title in teasers]
    assert end_matter_start(blocks, 0, len(blocks)) == 8


def test_short_lines_after_a_page_of_little_prose_are_its_content():
    items = ["Oak dining table with six matching chairs in stock", "Pine bookcase with five adjustable shelves and doors",
             "Ash coffee table with a lower shelf for magazines"]
    blocks = [paragraph()] + [Block(item) for item in items]
    assert end_matter_start(blocks, 0, len(blocks)) == len(blocks)


def test_the_sites_closing_invitation_is_not_the_articles():
    # "Join our Telegram channel" / "Write to us" as the last short paragraph, in any language,
    # with a short furniture line under it; an invitation before more of the text stays.
    for invitation in ("¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.",
                       "We want to hear what you think about this article. Submit a letter to the editor.",
                       "Folgen Sie uns auf Instagram und abonnieren Sie unseren Newsletter!"):
        blocks = [paragraph(), paragraph(), Block(invitation), Block("Share")]
        assert end_matter_start(blocks, 0, len(blocks)) == 2
        blocks = [paragraph(), Block(invitation), paragraph()]
        assert end_matter_start(blocks, 0, len(blocks)) == 3


def test_the_sites_disclaimer_under_the_text_is_not_the_articles():
    # A contributor's piece closed by the site's disclaimer, a short credit line between them.
    disclaimer = "Island Voice is not responsible for the opinions, statements or media content presented by contributors."
    blocks = [paragraph(), paragraph(), Block("GIS"), Block(disclaimer)]
    assert end_matter_start(blocks, 0, len(blocks)) == 3


def test_a_long_paragraph_about_a_newsletter_is_text():
    long = PROSE + " The mayor said she would explain the plan in our newsletter next week, as she has done before."
    blocks = [paragraph(), paragraph(), Block(long)]
    assert end_matter_start(blocks, 0, len(blocks)) == 3


def test_comments_left_out_of_the_run_do_not_hide_the_closing_invitation():
    blocks = [paragraph(), paragraph(), Block("Mira lo que tiene nuestro canal de YouTube!"), paragraph()]
    assert end_matter_start(blocks, 0, len(blocks), left_out={3}) == 2


def test_a_long_japanese_paragraph_naming_the_sites_app_is_text():
    # Japanese has no spaces between words: the paragraph is long in words as word_count counts
    # them (one a character), though split() sees five; only a short one is an invitation.
    long = ("市は来月から、新しいごみの分別方法を説明するため、"
            "「公式アプリ」に案内を載せると発表した。 説明会も各地区で開かれ、住民の質問に担当者が答える。 "
            "分別の対象は十種類に増え、回収日も地区ごとに変わる。")
    blocks = [paragraph(), paragraph(), Block(long)]
    assert end_matter_start(blocks, 0, len(blocks)) == 3
    blocks = [paragraph(), paragraph(), Block("「公式アプリ」をダウンロード！")]
    assert end_matter_start(blocks, 0, len(blocks)) == 2


def test_a_forums_similar_threads_label_ends_the_thread():
    prose = "The council voted on Tuesday to widen the road, after a long debate about costs and safety. " * 3
    blocks = [Block(prose), Block(prose), Block("Similar threads"), Block("Road works on the bypass again"), Block("Bus lane closed")]
    assert end_matter_start(blocks, 0, len(blocks)) == 2


def test_write_a_comment_is_the_comments_prompt():
    # (threatpost on traf-dev's fit half prints it above and under the text: kept in the raw body)
    from artextract import signals

    assert signals.boilerplate_reason("Write a comment")
    assert not signals.boilerplate_reason("Write a comment about the plan and send it to the council.")


def test_a_labels_pictographs_and_arrows_name_nothing():
    # An icon or an emoji beside the label (an icon font's glyph, "🔥") or an arrow after it leave
    # the label what it says.
    for label in ("🔥 Recommended Posts", "Keep Reading 🚀", "Explore more →", "\ue019 Mehr zum Thema:"):
        blocks = [paragraph(), paragraph(), paragraph(), Block(label), Block("Harbour plans approved")]
        assert end_matter_start(blocks, 0, len(blocks)) == 3, label
    # ... but a mark does not make a sentence a label, nor an ASCII bullet a mark.
    for label in ("🔥 Recommended by our readers, this is the part of the story.", "Recommended approach ✅", "+ Recommendations"):
        blocks = [paragraph(), paragraph(), paragraph(), Block(label), Block("Start small.")]
        assert end_matter_start(blocks, 0, len(blocks)) == len(blocks), label


def test_a_raw_text_label_opening_with_a_recirculation_phrase_ends_the_article():
    # "You may also like" with more words after it names the site's other posts as the whole phrase does.
    for label in ("You may also like these posts...", "You might also like More from author", "More like this one"):
        blocks = [paragraph(), paragraph(), paragraph(), Block(label), Block("Harbour plans approved")]
        assert end_matter_start(blocks, 0, len(blocks), opening_labels=True) == 3, label
        assert end_matter_start(blocks, 0, len(blocks)) == len(blocks), label
    # Two words are no phrase to go by, and a sentence is no label.
    for label in ("Top stories of the week", "Keep reading to see the plans", "You may also like the new harbour wall."):
        blocks = [paragraph(), paragraph(), paragraph(), Block(label), Block("Harbour plans approved")]
        assert end_matter_start(blocks, 0, len(blocks), opening_labels=True) == len(blocks), label


def test_youll_also_love_said_with_a_typographic_apostrophe_ends_the_article():
    # Pages print "’" where the tables type "'": "You’ll Also Love" names the site's other posts.
    for label in ("You’ll Also Love...", "Other posts you’ll love:", "You'll also like"):
        blocks = [paragraph(), paragraph(), paragraph(), heading(label), Block("Sourdough basics", link_density=1.0)]
        assert end_matter_start(blocks, 0, len(blocks)) == 3, label
    blocks = [paragraph(), paragraph(), paragraph(), heading("You’ll love the harbour"), paragraph()]
    assert end_matter_start(blocks, 0, len(blocks)) == len(blocks)


# A Korean paragraph of 25 spaced words (its English translation counts 39): each spaced word is a stem
# with its particles and endings glued on.
KOREAN = ("산골군은 다음 달 1일부터 읍내와 마을을 잇는 버스 노선을 지금의 두 배인 열두 개로 늘린다고 19일 밝혔다. "
          "하루 운행 횟수도 마흔 번에서 여든 번으로 늘어난다.")


def test_a_short_korean_article_is_enough_prose_above_a_label():
    # three such paragraphs: 75 spaced words, short of the bar of prose a label needs above it; the bar
    # counts a run of Hangul a word every two syllables (rules.language.hangul_extra_words): 111
    blocks = [paragraph(KOREAN) for _ in range(3)] + [heading("관련 기사"), Block("마을 택시 요금을 절반으로 내린다", link_density=1.0)]
    assert end_matter_start(blocks, 0, len(blocks)) == 3
    # the same spaced-word count in a script without the weighting stays short of the bar
    latin = " ".join(["word"] * 25) + "."
    blocks[:3] = [paragraph(latin) for _ in range(3)]
    assert end_matter_start(blocks, 0, len(blocks)) == len(blocks)


def test_korean_excerpts_below_a_label_weigh_their_spaced_words():
    # an English article over Korean teaser excerpts of 33 spaced words each (49 counted as the bar
    # counts): the share of prose below the label is counted in spaced words on both sides, so the
    # excerpts stay short paragraphs and the label still ends the text
    excerpt = KOREAN + " 하루 운행 횟수도 마흔 번에서 여든 번으로 늘어난다."
    blocks = [paragraph(), paragraph(), paragraph(), heading("More from the harbour"), paragraph(excerpt), paragraph(excerpt)]
    assert end_matter_start(blocks, 0, len(blocks)) == 3


def test_a_raw_text_label_over_the_short_labels_length_names_end_matter_by_its_opening():
    # A label of 9 to 12 words that opens with a recirculation phrase, or a line naming its teasers
    # after "Related Topics:"; a sentence introducing them with its colon too (nucamp's, bennadel's,
    # britannica's copies). A sentence opening with "Related" and ending in a colon names nothing.
    for label in ("You may be interested in the following topics as well:", "You Might Also Enjoy Some of My Other Posts",
                  "Related Topics: coffee Coffea coffee roasting coffee bean (Show more)"):
        blocks = [paragraph(), paragraph(), paragraph(), Block(label), Block("Harbour plans approved")]
        assert end_matter_start(blocks, 0, len(blocks), opening_labels=True) == 3, label
        assert end_matter_start(blocks, 0, len(blocks)) == len(blocks), label
    for label in ("Related to the harbour wall, the council also voted on these:",
                  "You may also like the new harbour wall, which opened last year.",
                  "You may also like the plans the council drew up for the harbour over the last ten years"):
        blocks = [paragraph(), paragraph(), paragraph(), Block(label), Block("Harbour plans approved")]
        assert end_matter_start(blocks, 0, len(blocks), opening_labels=True) == len(blocks), label


def test_the_prose_flags_read_once_give_the_rules_answers_read_line_by_line():
    # end_matter_start reads every block's is_article_prose once and hands the flags to each rule: the
    # rules called on their own (as the raw region does) read them themselves, and must agree. A page of
    # prose, a paywall's line, a plea for support, a closing invitation and teaser titles, cut at every start.
    from artextract.end_matter import (
        closing_promo_start, is_article_prose, paywall_start, support_appeal_start, teaser_tail_start,
    )

    blocks = [heading("Harbour wall"), paragraph(), Block("Harbour news", link_density=1.0), paragraph(),
              Block("To view the full story, please subscribe"), paragraph(), Block("Please support us with a donation"),
              Block("Join our Telegram channel"), Block("Ten harbours to visit this summer with the whole family"),
              Block("Why the old town fears the next winter storm more than ever")]
    for start in range(len(blocks)):
        prose = [False] * start + [is_article_prose(block) for block in blocks[start:]]
        for rule in (paywall_start, support_appeal_start, teaser_tail_start):
            assert rule(blocks, start, len(blocks), prose) == rule(blocks, start, len(blocks)), (rule.__name__, start)
        assert closing_promo_start(blocks, start, len(blocks), (), prose) == closing_promo_start(blocks, start, len(blocks))
