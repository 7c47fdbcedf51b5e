"""Raw text: a line of code or law holding "(c)" glued to a word stays in the text (the copyright
sign of a picture's credit stands apart). The page stands for a database manual's page with
queries printed one a line between its paragraphs."""
from artextract import extract

PAGE = """Aggregate queries

An aggregate query computes one value over the rows of each group. The query below sums the third
column of the table for every value of the first column, and returns one row for each group it finds.

SELECT a, b, sum(c) FROM tab1 GROUP BY a;

The next query takes the largest value of the same column instead of the sum, and the value of b
comes from the row that holds that largest value, which is a convenience the engine offers.

SELECT a, b, max(c) FROM tab1 GROUP BY a;

Both queries read the table once and keep one running value for each group while they scan it.
"""


def test_a_query_with_a_glued_c_stays_in_the_text():
    article = extract(PAGE, input_type="text")
    assert "max(c) FROM tab1" in article.body
    assert "sum(c) FROM tab1" in article.body
    assert not article.captions
