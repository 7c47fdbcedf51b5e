"""The maximum-sum run shared by both pipelines, and its widening."""

from artextract.segment import best_segment, extend_segment


def test_best_segment_is_the_maximum_sum_run():
    assert best_segment([-5, 3, 4, -1, 6, -20, 2]) == (1, 5)
    assert best_segment([-1, -2]) == (0, 0)


def test_a_run_holding_little_of_the_page_is_widened_across_short_gaps():
    # Three passages split by gaps that cost more than each passage brings:
    # the best run holds a third of the page.
    values = [-5, 30, 25, -20, -20, -20, 28, 27, -20, -20, -20, 26, 24, -5]
    start, end = best_segment(values)
    assert (start, end) == (1, 3)
    assert extend_segment(values, start, end) == (1, 13)


def test_a_run_holding_most_of_the_page_is_not_widened():
    values = [-5, 80, 90, -6, -6, -6, 12, -5]
    assert extend_segment(values, *best_segment(values)) == (1, 3)


def test_widening_is_not_paid_for_by_an_archive_of_titles():
    # The run holds every paragraph; below it, a long archive of titles gains
    # a little on each line. Counted at full value they outweigh the text and
    # widen the run over them; as titles, not prose, they do not.
    values = [-5, 40, 30, 35, -7, -7] + [3, -6] * 40
    prose = [False, True, True, True, False, False] + [False, False] * 40
    start, end = best_segment(values)
    assert extend_segment(values, start, end)[1] > end
    assert extend_segment(values, start, end, prose) == (start, end)
