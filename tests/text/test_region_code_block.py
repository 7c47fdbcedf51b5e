"""Raw text: a browser copy's preformatted block counts as a paragraph to the run, no more
(text/region.py `_values_and_prose`, rules.REGION_CODE_BLOCK_MAX_WORDS).

A hand-written stand-in for a browser's copy of a short post with a long configuration listing
printed under its menu of other posts: the listing is one block (text/lines.py), and its hundreds
of words must not outweigh the post's paragraphs.
"""

from artextract import extract

PARAGRAPHS = [
    "The backup server moved to the new rack on Monday, and for two days every job ran twice because "
    "the old timer was still enabled on the retired machine.",
    "We found it by the disk usage, which doubled overnight, and by the mail the job sends when it "
    "finishes, which arrived twice each morning from two different hosts.",
    "The fix was one line in the old machine's crontab, but the lesson is older: retire a service "
    "before you retire the box it runs on, and check the mail it sends.",
]
MENU = ["Older posts", "Moving the mail server", "A new disk for the archive", "Notes on tape rotation",
        "Why we left the cloud", "Monitoring on a budget", "The printer that would not die", "Cables, again",
        "Our first outage", "Labels for everything", "Spare parts", "Night shifts", "Power cuts",
        "The old rack", "Home", "About", "Contact"]


def _listing() -> str:
    lines = ["[global]"]
    for number in range(40):
        lines.append(f"    job_{number}.target = /srv/backup/volume_{number}.tar")
    return "\n".join(lines)


def test_a_long_listing_under_the_menu_does_not_outweigh_the_post():
    text = ("Two copies of every backup\n\n" + "\n\n".join(PARAGRAPHS) + "\n\n" + "\n".join(MENU)
            + "\n\nThe configuration of the archive host:\n\n" + _listing() + "\n\n" + "\n".join(MENU) + "\n")
    body = extract(text, input_type="text").body
    assert PARAGRAPHS[0] in body
    assert PARAGRAPHS[2] in body
