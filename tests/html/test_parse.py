"""Safe parsing: one document, whatever the page's template printed."""

from lxml import etree

from artextract.html.parse import parse_html


def test_content_printed_after_the_end_of_the_document_is_in_the_body():
    # libxml2 puts what follows "</html>" in a second top-level element; a browser shows it in the body.
    page = (
        "<!DOCTYPE html><html><head><title>Post</title></head><body><header>Site</header></body></html>\n"
        " <div class='post'><p>When defined simply, HR is about people.</p></div></body></html>"
    )
    root = parse_html(page)
    assert "HR is about people" in etree.tostring(root.find("body"), encoding="unicode")

