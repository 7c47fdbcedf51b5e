"""The raw-text headline chooser: a Q&A post's title far under its network's pitches.

The fixtures stand for a Q&A site's raw copy (wcxb-dev fit expatriates.stackexchange.com,
askubuntu.com, serverfault.com, unix.stackexchange.com): the network's header and its pitch as the
run's first paragraph, a menu, a product's pitch, then the question's title over its stamps ("Ask
Question" / "Asked 1 year, 7 months ago", which the furniture patterns take) and the question.
"""

from artextract import extract

NETWORK = ("Example network consists of 183 communities including the largest, most trusted online "
           "community for developers to learn, share their knowledge, and build their careers.")
MENU = [
    "Tour Start here for a quick overview of the site",
    "Help Center Detailed answers to any questions you might have",
    "Meta Discuss the workings and policies of this site",
    "About Us Learn more about the company and our products",
]
TEAMS = ("Example Teams is now called Example Internal. Bring the best of human thought and automation "
         "together at your work, with a free trial for every team.")
PRODUCT = "Bring the best of human thought and AI automation together at your work."
TITLE = "How to book flights when moving to another country?"
STAMPS = ["Ask Question", "Asked 11 years, 9 months ago", "Modified 11 years, 6 months ago", "Viewed 4k times"]
QUESTION = [
    "I am planning to move to a new country this autumn, and I am not sure which is the cheapest way of buying "
    "my flights: a one-way ticket, or a return ticket that I could use later for a holiday at home.",
    "Buying a one-way ticket would be the easiest method, but one-way flights to another country have often "
    "been more expensive than return flights when I booked them in the past.",
    "Buying a return ticket with a flexible date could work too, if the airline lets me change the flight later.",
]
ANSWER = ("Most airlines sell one-way flights at half the return price nowadays, so compare both before you "
          "book; a flexible return ticket costs more than two one-way flights on many routes to another country.")


def _page(opening: str = NETWORK) -> bytes:
    lines = ["Example Network", opening, *MENU, "Questions", "Users", TEAMS, "Try for free", PRODUCT, "Learn more", TITLE, *STAMPS, "11", *QUESTION, "answered Mar 28, 2014",
             ANSWER, ANSWER]
    return "\n".join(lines).encode()


def test_the_title_under_pitches_is_the_headline():
    article = extract(_page(), input_type="text")
    assert article.headline == TITLE
    assert article.body.startswith(QUESTION[0])


def test_a_paragraph_of_the_text_above_keeps_the_line_a_heading():
    # The run's first paragraph speaks of the flights the text goes on with: the paragraphs over the
    # line are not all pitches, and a line a few lines under a paragraph stays a heading of the text.
    text = ("Booking flights to another country when moving is a question many readers ask, and the cheapest "
            "ticket depends on the airline, the route and how flexible the return flight is.")
    article = extract(_page(text), input_type="text")
    assert article.headline != TITLE
