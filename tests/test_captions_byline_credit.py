"""captions.clean_credit: a marked credit that opens with the byline word ("By X", "Photo by X" less
its picture word) is the source alone, in the languages of the byline labels; surname particles stay."""

from artextract import extract
from artextract.captions import clean_credit


def test_the_byline_word_is_dropped_from_a_credit():
    assert clean_credit("By U.S. Customs and Border Protection") == "U.S. Customs and Border Protection"
    assert clean_credit("BY JANE DOE") == "JANE DOE"
    assert clean_credit("Par Jean Dupont") == "Jean Dupont"
    assert clean_credit("Por Juan Pérez") == "Juan Pérez"
    assert clean_credit("Door Jan Jansen") == "Jan Jansen"
    assert clean_credit("Av Anna Svensson") == "Anna Svensson"


def test_a_name_that_opens_with_a_particle_or_the_word_itself_stays():
    assert clean_credit("Von Wong") == "Von Wong"  # de "von" opens surnames: not read as the label
    assert clean_credit("Di Caprio Studio") == "Di Caprio Studio"
    assert clean_credit("Byron Smith") == "Byron Smith"
    assert clean_credit("Photo by Jane Doe") == "Jane Doe"


def test_a_marked_credit_span_opening_with_by_gives_the_source_and_leaves_the_description():
    # A news theme's summary under its picture: the description, then a credit span with "By".
    html = """<html><body><article><h1>Cocaine found in a boat</h1><p>Agents found the cargo on Sunday.</p>
      <figure><img src="/boat.jpg"><p class="summary">A vessel being removed from the water.
      <span class="credit">By U.S. Customs and Border Protection</span></p></figure>
      <p>The boat was seized and the crew questioned by the agents on the same day.</p></article></body></html>"""
    captions = [(caption.text, caption.credit) for caption in extract(html, input_type="html").captions]
    assert captions == [("A vessel being removed from the water.", "U.S. Customs and Border Protection")]
