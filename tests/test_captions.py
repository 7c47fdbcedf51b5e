"""captions.py: one caption per figure, its credit told apart by markup, label or shape."""

from artextract.blocks import Block, Decision, Kind
from artextract.captions import captions_of, clean_credit


def caption_blocks(*blocks: Block) -> list[Decision]:
    return [Decision(block, Kind.CAPTION, "test") for block in blocks]


def texts(decisions) -> list[tuple[str, str | None]]:
    return [(caption.text, caption.credit) for caption in captions_of(decisions, 0)]


def test_the_pieces_of_one_figure_join_in_display_order():
    found = caption_blocks(Block("The quay at dawn.", figure=1), Block("Bild:", figure=1),
                           Block("picture alliance", figure=1))
    assert texts(found) == [("The quay at dawn.", "picture alliance")]


def test_a_marked_credit_is_cut_off_the_caption_with_its_label():
    found = caption_blocks(Block("The quay at dawn. Foto: getty", figure=1, credit="getty"))
    assert texts(found) == [("The quay at dawn.", "getty")]


def test_a_long_credit_element_is_the_description():
    sentence = "Always compare the prices before you book, since renting at the airport often costs more"
    assert texts(caption_blocks(Block(sentence, figure=1, credit=sentence))) == [(sentence, None)]


def test_an_unmarked_source_beside_a_description_is_the_credit():
    found = caption_blocks(Block("Research shows that fasting helps some.", figure=2),
                           Block("Thea Traff, The New York Times/Redux", figure=2))
    assert texts(found) == [("Research shows that fasting helps some.", "Thea Traff, The New York Times/Redux")]


def test_controls_in_a_figure_are_no_caption():
    assert texts(caption_blocks(Block("Share", figure=3), Block("A boat.", figure=3))) == [("A boat.", None)]


def test_loose_credit_lines_join_the_caption_above():
    found = caption_blocks(Block("Volunteers sort seedlings."), Block("Photo: Reuters"))
    assert texts(found) == [("Volunteers sort seedlings.", "Reuters")]


def test_clean_credit_drops_labels_signs_and_licence_notes():
    assert clean_credit("Image Credit: Jane Doe via Flickr (license)") == "Jane Doe via Flickr"
    assert clean_credit("Fotos: © Burkard Meyer") == "Burkard Meyer"
    assert clean_credit("(Bild: Dieter Stork)") == "Dieter Stork"
    assert clean_credit("Courtesy of Amp") == "Amp"


def test_a_loose_caption_block_that_is_furniture_or_has_no_word_is_no_caption():
    # An element styled "caption" holding a label ("Tags") or a lone full stop:
    # the same test a figure's pieces get (a player's or a gallery's control).
    found = caption_blocks(Block("Tags"), Block("."), Block("Crowds on the bridge at dawn."))
    assert texts(found) == [("Crowds on the bridge at dawn.", None)]


def test_a_figure_whose_only_text_is_a_shaped_source_is_a_credit_alone():
    # Lead images printed with their credit only: "Name / Agency", "Name//Agency", "NAME FOR PUBLICATION".
    found = caption_blocks(Block("Amr Dalsh / Reuters", figure=1), Block("JANE DOE FOR THE DAILY", figure=2))
    assert texts(found) == [("", "Amr Dalsh / Reuters"), ("", "JANE DOE FOR THE DAILY")]
    # A name alone is as often the person pictured: it stays the description.
    assert texts(caption_blocks(Block("Liam Williams", figure=3))) == [("Liam Williams", None)]


def test_credit_labels_left_before_a_marked_credit_are_no_description():
    found = caption_blocks(Block("(Image: Paintbucket)", figure=1, credit="Paintbucket"),
                           Block("© Foto: Werk", figure=2, credit="Werk"))
    assert texts(found) == [("", "Paintbucket"), ("", "Werk")]


def test_a_line_opening_with_a_figures_number_is_a_caption():
    from artextract.captions import numbered_figure

    assert numbered_figure("Figure 1. Enrollment flow diagram.")
    assert numbered_figure("Abbildung 3: Darstellung aller Schneeprofile vom 13. bis 19. Januar.")
    assert numbered_figure("Fig. 2 – The harbour at dawn")
    assert not numbered_figure("Figure 3 shows how the latency grows with the batch.")
    assert not numbered_figure("Figures 1 and 2 compare the two runs.")


def test_a_line_opening_with_a_figure_word_and_a_colon_is_a_caption():
    from artextract.captions import numbered_figure

    # No number, in several languages: the word names a figure, the colon opens its text.
    assert numbered_figure("Abbildung: Vergleich der Schneehöhe auf dem Gletscher (links) mit dem Satellitenbild (rechts)")
    assert numbered_figure("Figura: evolución de la cobertura de nieve")
    assert numbered_figure("Figur: Snødybde i fjellet")
    # A photo word before a colon labels a credit, not a figure's text; a plural is a heading.
    assert not numbered_figure("Bild: dpa")
    assert not numbered_figure("Figures: 3")


def test_a_credit_and_a_description_of_one_picture_set_apart_are_one_caption():
    # A figure nested in the captioned one holds the picture and its credit; the outer figure's
    # caption has no picture of its own.
    found = caption_blocks(Block("Credit: Reviewed / Tim Rezni", figure=2, image="a.jpg", credit="Credit: Reviewed / Tim Rezni"),
                           Block("The laptop packs much power.", figure=1))
    assert texts(found) == [("The laptop packs much power.", "Reviewed / Tim Rezni")]
    # Two pictures side by side keep theirs.
    found = caption_blocks(Block("Amr Dalsh / Reuters", figure=1, image="a.jpg"),
                           Block("A boat at dawn.", figure=2, image="b.jpg"))
    assert texts(found) == [("", "Amr Dalsh / Reuters"), ("A boat at dawn.", None)]


def test_a_creative_commons_licence_is_cut_before_the_credit_is_looked_for():
    found = caption_blocks(Block("Foto: president.gov.ua, via Wikimedia Commons | Lizenz: CC BY 4.0", figure=1))
    assert texts(found) == [("", "president.gov.ua, via Wikimedia Commons")]
    found = caption_blocks(Block("A protester in Managua. Foto: Jorge Mejía Peralta (CC BY 2.0)", figure=1))
    assert texts(found) == [("A protester in Managua.", "Jorge Mejía Peralta")]
    assert clean_credit("Reinhard Ferdinand, Lizenz CC BY-SA 4.0") == "Reinhard Ferdinand"


def test_a_marked_credit_before_a_labelled_one_is_no_description():
    found = caption_blocks(Block("© Provided by The Guardian Photograph: Paul Ellis/AFP/Getty", figure=1,
                                 credit="© Provided by The Guardian"))
    assert texts(found) == [("", "Paul Ellis/AFP/Getty")]


def test_punctuation_a_page_leaves_before_a_description_is_dropped():
    found = caption_blocks(Block(": v.l.: Ingo Degenhardt and Ralf Beltermann. Foto: Thomas Range", figure=1))
    assert texts(found) == [("v.l.: Ingo Degenhardt and Ralf Beltermann.", "Thomas Range")]


def test_a_marked_photographer_and_the_agency_after_a_slash_are_one_credit():
    found = caption_blocks(Block("Tanja Ivanova//Getty Images", figure=1, credit="Tanja Ivanova"))
    assert texts(found) == [("", "Tanja Ivanova//Getty Images")]
    found = caption_blocks(Block("Jane Doe | A quay at dawn with boats.", figure=1, credit="Jane Doe"))
    assert texts(found) == [("A quay at dawn with boats.", "Jane Doe")]


def test_a_loose_line_ending_in_the_sites_copyright_notice_is_no_caption():
    # A footer's "© year owner" is the site's notice; with a photo label it is a picture's credit.
    found = caption_blocks(Block("All Content © 2026 Acme Sharpening Stones.com"),
                           Block("Copyright 2006-2026 C4Media Inc. All rights reserved."),
                           Block("Photo https://example.com/media © Viva Technology 2025"))
    assert texts(found) == [("Photo https://example.com/media", "Viva Technology 2025")]


def test_a_figures_copyright_credit_with_a_year_stays():
    found = caption_blocks(Block("The quay at dawn. © 2019 Jane Doe", figure=4))
    assert texts(found) == [("The quay at dawn.", "2019 Jane Doe")]
