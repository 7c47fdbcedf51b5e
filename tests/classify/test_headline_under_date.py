"""The raw-text headline chooser credits a date line to the line right under it, when no candidate
stands right over it.

A site prints its section's name, the last entries of a menu and then the post's date over the
post's title. The date counts as "a date just below" for the menu's last entries too (they stand
within a few lines over it), so one of them outscored the title. The hand-written page below stands
for such a page copied from a browser: a menu of topics, the section's name, the date, the title,
the text. A date right under a title is that title's stamp: the line under the date there (the first
item of a list the text opens with) stays no headline, and so does a title's stamp of a byline
and a date: the category line under them is no title.
"""

from artextract import extract

TEXT = (
    "Healthy eating starts with a few tips: most people need more fibre, calcium and potassium than they "
    "eat today, and simple changes to what they buy each week can close much of that gap."
)
MORE = (
    "Choosing whole grains, adding a vegetable to each meal and keeping fruit within reach are small "
    "habits, and together they change a diet more than any single rule about what to avoid eating."
)
TITLE = "Healthy Eating Tips"


def test_title_under_a_date_wins_over_the_menu_entries_above_the_date():
    lines = [
        "Skip to main content", "Home", "Search", "Related Topics",
        "Obesity", "Family Weight Programs", "About Healthy Weight and Growth", "About Physical Activity",
        "Nutrition", "March 1, 2024", TITLE, "At a glance", TEXT, MORE, MORE,
    ]
    article = extract("\n".join(lines), input_type="text")
    assert article.headline == TITLE


def test_title_over_its_date_stays_over_the_line_under_the_date():
    title = "Thoughts on Federated Queues"
    lines = [
        "Skip to main content", "Home", "Posts", "About", title, "2025-08-29",
        "Queues have the patience of a saint", "the memory of an elephant", TEXT, MORE, MORE,
    ]
    article = extract("\n".join(lines), input_type="text")
    assert article.headline == title


def test_title_over_its_byline_and_date_stays_over_the_category_line_under_them():
    # A news post's stamp (byline, then date) under its title, then the post's categories.
    title = "County Police Report for the Week"
    lines = [
        "Skip to main content", "Home", "News", "Sports", title, "by Staff Report", "October 27, 2023",
        "in Illinois, Local", "Reading Time: 3 mins read", TEXT, MORE, MORE,
    ]
    article = extract("\n".join(lines), input_type="text")
    assert article.headline == title
