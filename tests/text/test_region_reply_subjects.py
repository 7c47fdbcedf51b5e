"""A thread's reply subject lines, the topic's title behind "Re:" ("Re: Sharing a folder (Score:2)"), as phpBB
and Slashdot print one over every reply and a browser's copy keeps them: the raw region marks them as the
site's where the run holds two or more (text/region._reply_subjects, rules/text.py FORUM_REPLY_SUBJECT).
Hand-written lines, and small hand-written pages that stand for a browser's copy of a thread and of a
mail whose one subject line starts with "Re:"."""

import pytest

from artextract import extract
from artextract.rules import text as rules


@pytest.mark.parametrize("line", ["Re: Sharing a folder", "Re: (Score:3)", "re:How to mount it? (Score:2, Insightful)",
                                  "o Re: ( Score: 3 )"])
def test_a_reply_subject_line(line):
    assert rules.FORUM_REPLY_SUBJECT.match(line.lower())


@pytest.mark.parametrize("line", ["Regarding the shared folder", "Reply", "Read more: the full story"])
def test_other_lines_are_no_reply_subject(line):
    assert rules.FORUM_REPLY_SUBJECT.match(line.lower()) is None


# one line a paragraph, as a browser copies them
THREAD = """Sharing a folder between host and guest

Sharing a folder
by alice » Mon Mar 04, 2024 9:12 am
I added a shared folder in the settings of the machine, but the guest does not show it after a restart, and the mount command says that the device is unknown. What did I miss in the setup?

Re: Sharing a folder
by bob » Mon Mar 04, 2024 10:40 am
You need the guest additions installed in the guest first; the shared folder driver comes with them, and the mount only works after they are loaded at boot.

Re: Sharing a folder
by alice » Mon Mar 04, 2024 11:02 am
That was it: after installing the guest additions and restarting, the folder shows up and mounts without an error.
"""

MAIL = """Re: Budget for the spring meeting

Thanks for the numbers you sent on Friday. I went through them with the committee this morning, and we agree to keep the venue but cut the catering budget by a fifth, as you suggested in your note.

We will send the final figures to everyone before the end of the week, so that the bookings can be made in time for the meeting in April.
"""


def test_a_threads_reply_subjects_are_left_out():
    body = extract(THREAD, input_type="text").body
    assert "guest additions installed" in body and "folder shows up" in body
    assert "Re: Sharing a folder" not in body


def test_one_re_line_stays():
    # one "Re:" line is no thread: a mail's subject, the page's title
    result = extract(MAIL, input_type="text")
    assert "Re: Budget" in (result.headline or "") + result.body
