"""A figure alone on a line: a card's count or rating as a copy prints it (text/structure.py bare_figures).

The pages here are hand-written: a question-and-answer thread whose votes a copy prints as lines of
their own between the posts, and a list whose markers carry their sign ("1.") and a sentence holding
figures, which must stay."""

from artextract import extract
from artextract.blocks import Block
from artextract.text.structure import bare_figures

_QUESTION = (
    "I mounted the drive on the new server last week and the permissions keep resetting after every reboot. "
    "The fstab entry looks right to me and the same line works on my laptop."
)
_ANSWER = (
    "The mount options in fstab are applied by the kernel, not by the file system, so a umask set there wins over "
    "the owner you gave the folder. Set uid and gid in the options instead and mount it again."
)
_SECOND = (
    "If the drive is formatted as NTFS, also check that the ntfs-3g driver is the one in use, because the kernel "
    "driver reads the same options in a different way and ignores some of them entirely."
)


def test_figures_alone_are_found_and_figures_in_words_or_with_a_sign_are_not():
    lines = ["131", _QUESTION, "14,103", _ANSWER, "4.5", "1.", "Step 1 of 3", "Top 10 tips", "2025 results"]
    blocks = [Block(text=line) for line in lines]
    assert {lines[i] for i in bare_figures(blocks, 0, len(lines))} == {"131", "14,103", "4.5"}
    assert bare_figures(blocks, 1, 2) == set()  # only the span asked about


def test_a_thread_s_vote_counts_leave_its_text():
    # A Stack Exchange-like thread copied from a browser: each post's score is printed over it.
    page = "\n\n".join(["Permissions reset after reboot", "12", _QUESTION, "7", _ANSWER, "3", _SECOND])
    body = extract(page, input_type="text").body
    assert _ANSWER in body and _SECOND in body
    assert not {"12", "7", "3"} & {line.strip() for line in body.split("\n")}
