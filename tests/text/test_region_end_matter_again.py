"""An end-matter label is asked again at the end the other end rules found (text/region.py
`find_region`): first asked at the run's end, it lost to the prose a copy prints after the site's
footer (a chat widget's or a feature modal's paragraphs), which the footer's rule cuts off later.
Hand-written stand-in for a shop's copy, read as a structured page (a product's specifications,
its description, "You may also like" over other products, the footer, then a widget's paragraph):
the shape of lesraffineurs.com's and topuniversities.com's copies (wcxb fit, raw text)."""

from artextract.blocks import Block
from artextract.text.region import find_region

MENU = ["Home", "Lamps", "Tables", "Chairs", "Sale", "Sign in", "Basket"]
SPECS = [line for part in ("shade", "base", "cable", "switch", "bulb", "stem", "foot", "plug", "screw", "ring", "arm",
                           "joint", "nut", "washer", "socket", "dimmer", "hook", "clip", "felt", "box")
         for line in (f"Material of the {part}: oak and brass", f"Weight of the {part}: 120 g", f"Colour of the {part}: natural")]
DESCRIPTION = [f"The workshop in the {place} builds each lamp by hand from oak and brass, and every lamp is tested for a whole"
               f" week before it leaves, so that the switch, the cable and the shade all hold up to years of daily use."
               for place in ("north", "south", "old mill")]
RELATED = ["You may also like", *[line for name, price in (("Oak Desk Lamp", 89), ("Brass Wall Lamp", 129), ("Walnut Floor Lamp", 159),
                                                           ("Ash Reading Lamp", 99), ("Cherry Night Lamp", 69))
                                  for line in (name, f"${price}.00", "Add to basket")]]
FOOTER = ["© 2026 Example Lamps Ltd.", "Privacy Policy", "Terms of Use", "Cookies", "Imprint", "Delivery", "Returns",
          "Contact", "Careers", "Press", "Stores", "Gift cards", "Trade", "Blog", "Instagram", "Facebook"]
# Printed last by the copy: a chat widget's paragraphs, long enough to outweigh the label's cut at the run's end.
OVERLAY = [f"Our team answers every question about {topic} within a day, by chat or by mail, and if a lamp ever breaks we"
           f" repair it free of charge for ten years, wherever in the world it was sent to and whoever bought it first,"
           f" and we pay for the parcel both ways." for topic in ("delivery", "returns", "spare parts")]


def _region(related):
    lines = [*MENU, "Oak Table Lamp", "$119.00", *SPECS, *DESCRIPTION, *related, *FOOTER, *OVERLAY]
    return lines, find_region([Block(text=line) for line in lines])


def test_a_label_over_the_footer_ends_the_text_once_the_footer_is_cut():
    lines, region = _region(RELATED)
    assert region.reading.structured
    assert region.end == lines.index("You may also like")


def test_without_a_label_the_text_ends_at_the_footer():
    lines, region = _region(RELATED[1:])
    assert region.end == lines.index(FOOTER[0])
