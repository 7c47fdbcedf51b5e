"""A short article between a site's menus that print one of their words again over and under it is no
grid of cards (text/structure.py `_frames_a_passage`). The page is hand-written: a sports federation's
news item as a browser copies it (traf-dev fit, raw text: dhb.de, zamg.ac.at, fischundfang.de), a long
menu over it, the section's name ("Fixtures") printed over the item and again in the two menus under it,
and a season's figures in those menus."""

from artextract import extract, signals
from artextract.blocks import Block
from artextract.text.structure import structured_runs

_TOP_MENU = ["Federation", "News", "Teams", "Men", "Women", "Youth", "Beach", "Coaches", "Referees", "Clubs",
             "Schools", "Partners", "Media", "Documents", "Downloads", "Shop", "Tickets", "Podcast", "Magazine",
             "Results", "Tables", "Archive", "Contact", "Search", "Login", "Jobs", "Board", "History", "Awards",
             "Events", "Camps", "Courses", "Rules", "Services", "Newsletter"]

_ARTICLE = [
    "Fixtures",
    "02.02.2022 Women",
    "No regional training camp again",
    "The next camp of the national team starts in March with two friendly matches against the Netherlands.",
    "After the camp planned for January, the federation has also called off the regional training camp planned "
    "for the end of February, because the clubs asked for the dates to play the matches that were put off.",
    "The league and the clubs can now use the free dates for those matches, and the players can rest before "
    "the national team meets again in March for its two matches, which the coach called very important.",
]

_LOWER_MENUS = [
    "Men", "Women", "Youth", "Beach", "Coaches", "Referees", "Clubs", "Schools", "Season 2021/22 results",
    "Partners", "Media", "Documents", "Downloads", "Shop", "Fixtures",
    "Federation", "News", "Teams", "Podcast", "Magazine", "Season 2020/21 results", "Results", "Tables",
    "Archive", "Contact", "Search", "Fixtures", "Board", "History", "Awards", "Events", "Camps",
    "Season 2019/20 results", "Courses", "Rules", "Services", "Newsletter", "© 2022 Federation",
]

_PAGE = [*_TOP_MENU, *_ARTICLE, *_LOWER_MENUS]


def _runs(lines):
    words = [signals.word_count(line) for line in lines]
    return structured_runs([Block(text=line) for line in lines], words, [signals.is_prose(line, count) for line, count in zip(lines, words)])


def test_a_menu_word_around_the_one_passage_is_no_run_of_cards():
    assert not [run for run in _runs(_PAGE) if run.kind == "cards"]


def test_the_text_is_the_article_without_the_menus_around_it():
    # (Valued as cards, the menu's lines above the item carried the run up into the menu.)
    article = extract("\n".join(_PAGE), input_type="text")
    assert article.headline == "No regional training camp again"
    assert article.body.startswith("The next camp of the national team") and article.body.endswith("very important.")


def test_cards_whose_prose_is_spread_stay_cards():
    # A listing of news items: each card a date, a title and a teaser sentence, with the same button.
    lines = []
    for day in range(1, 7):
        lines += [f"0{day}.02.2022", f"Match report number {day} of the season",
                  f"The team won its match on day {day} after a long and hard game in front of a full hall.", "Read more"]
    assert [run for run in _runs(["News", *lines, "Contact"]) if run.kind == "cards"]
