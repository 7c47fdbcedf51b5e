"""The shared classifier on raw-text-like blocks and on hinted blocks."""

from artextract import extract
from artextract.blocks import Block, Kind, Zone
from artextract.classify import classify

PARAGRAPH = "The council voted on Tuesday to widen the road, after a long debate about costs and safety."


def _kinds(blocks):
    return {d.block.text: d.kind for d in classify(blocks)}


def test_headline_hint_is_authoritative():
    blocks = [
        Block("Home", zone=Zone.HEAD),
        Block("A Hinted Headline", zone=Zone.HEAD, hint=Kind.HEADLINE),
        Block("A Longer Title Case Line That Scores Well", zone=Zone.HEAD),
        Block(PARAGRAPH),
    ]
    kinds = _kinds(blocks)
    assert kinds["A Hinted Headline"] is Kind.HEADLINE
    assert kinds[PARAGRAPH] is Kind.BODY


def test_short_date_is_not_the_headline():
    text = "World\nCouncil Votes To Widen The Main Road\nMar 6\n-- min read\n" + "\n".join([PARAGRAPH] * 3)
    article = extract(text.encode(), input_type="text")
    assert article.headline == "Council Votes To Widen The Main Road"


def test_breadcrumb_trail_loses_to_the_headline_it_ends_with():
    text = (
        "Home Blog Packing Tips Guide\nBlog\nPacking Tips Guide\nBy Jane Doe\nMarch 5, 2024\n"
        + "\n".join([PARAGRAPH] * 3)
    )
    assert extract(text.encode(), input_type="text").headline == "Packing Tips Guide"


def test_a_few_short_lines_still_make_a_body():
    assert extract(b"One line only", input_type="text").body == "One line only"
    article = extract(b"Hello there. This is short.", input_type="text")
    assert article.body == "Hello there. This is short."
    article = extract(b"A title\nThe cat sat. It was happy.", input_type="text")
    assert (article.headline, article.body) == ("A title", "The cat sat. It was happy.")


def test_headline_behind_a_table_of_contents_is_found():
    headings = [f"Chapter {n} About The Road Works" for n in range(1, 21)]
    text = (
        "Home\nBlog\nNews\nCouncil Widens The Main Road\nBy Jane Doe\nMarch 5, 2024\nContents\n"
        + "\n".join(headings)
        + "\n"
        + "\n".join([PARAGRAPH] * 3)
    )
    assert extract(text.encode(), input_type="text").headline == "Council Widens The Main Road"


def test_a_very_long_single_line_extracts_quickly():
    import time

    line = "The road was widened, and the council met again. " * 40_000  # 2 MB on one line
    started = time.perf_counter()
    article = extract(line.encode(), input_type="text")
    assert article.body
    assert time.perf_counter() - started < 10


def _key_point_box_page(labels):
    from artextract.blocks import Form

    blocks = [Block("Council Votes To Widen The Main Road", zone=Zone.HEAD, hint=Kind.HEADLINE), Block(PARAGRAPH)]
    for label in labels:
        blocks.append(Block(label))
        blocks += [Block(f"Point {n} about the road works and their cost", form=Form.LIST_ITEM) for n in (1, 2, 3)]
        blocks.append(Block(PARAGRAPH + " More."))
    return blocks


def test_key_point_box_in_the_text_gives_key_points():
    decisions = classify(_key_point_box_page(["Key takeaways"]))
    assert [d.block.text for d in decisions if d.kind is Kind.KEY_POINT] == [
        f"Point {n} about the road works and their cost" for n in (1, 2, 3)
    ]
    assert all(d.kind is not Kind.BODY for d in decisions if d.block.text == "Key takeaways")


def test_repeated_key_point_labels_are_per_item_boxes_not_key_points():
    decisions = classify(_key_point_box_page(["At a glance", "At a glance"]))
    assert not [d for d in decisions if d.kind is Kind.KEY_POINT]


def test_standfirst_class_below_the_start_of_the_text_is_body():
    blocks = [
        Block("Council Votes To Widen The Main Road", zone=Zone.HEAD, hint=Kind.HEADLINE),
        Block("Work starts in spring and will take two years, the council said on Tuesday.", hint=Kind.STANDFIRST),
        Block(PARAGRAPH),
        Block("An excerpt-styled paragraph further down the story, with enough words to read as prose.", hint=Kind.STANDFIRST),
    ]
    kinds = _kinds(blocks)
    assert kinds["Work starts in spring and will take two years, the council said on Tuesday."] is Kind.STANDFIRST
    assert kinds["An excerpt-styled paragraph further down the story, with enough words to read as prose."] is Kind.BODY


def test_standfirst_class_on_a_date_line_is_a_date():
    from artextract.blocks import Form

    blocks = [
        Block("Council Votes To Widen The Main Road", zone=Zone.HEAD, hint=Kind.HEADLINE),
        Block("March 4, 2025", hint=Kind.STANDFIRST),
        Block("Introduction", form=Form.HEADING, level=2, hint=Kind.STANDFIRST),
        Block(PARAGRAPH),
    ]
    kinds = _kinds(blocks)
    assert kinds["March 4, 2025"] is Kind.DATE
    assert kinds["Introduction"] is not Kind.STANDFIRST
