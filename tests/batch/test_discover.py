"""Discovery: walked directories, globs, --files-from, and what cannot be read reported as items."""

from __future__ import annotations

import importlib
import os
import socket

import pytest

discover_module = importlib.import_module("artextract.batch.discover")
from artextract.batch.discover import DEFAULT_GLOBS, Exclude, discover, read_list, safe_relative


def _touch(path, data=b"<p>x</p>"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_walks_recursively_sorted_with_default_globs(tmp_path):
    for name in ["b.html", "a.htm", "c.txt", "d.xhtml", "e.html.gz", "f.TXT.GZ", "skip.css", "skip.json", "sub/z.html",
                 "sub/deeper/y.html", "a2/x.html"]:
        _touch(tmp_path / name)
    items = list(discover([str(tmp_path)]))
    assert all(item.error is None for item in items)
    assert [item.rel for item in items] == [
        "a.htm", "b.html", "c.txt", "d.xhtml", "e.html.gz", "f.TXT.GZ", "a2/x.html", "sub/z.html", "sub/deeper/y.html",
    ]
    assert items[0].path == os.path.join(str(tmp_path), "a.htm")


def test_glob_chooses_files_and_files_named_directly_are_always_taken(tmp_path):
    _touch(tmp_path / "d" / "a.html")
    _touch(tmp_path / "d" / "b.page")
    named = _touch(tmp_path / "notes.data")
    items = list(discover([str(tmp_path / "d"), str(named)], globs=["*.page"]))
    assert [os.path.basename(item.path) for item in items] == ["b.page", "notes.data"]


def test_glob_with_a_slash_matches_the_relative_path(tmp_path):
    _touch(tmp_path / "keep" / "a.html")
    _touch(tmp_path / "drop" / "b.html")
    items = list(discover([str(tmp_path)], globs=["keep/*.html"]))
    assert [item.rel for item in items] == ["keep/a.html"]


def test_rel_is_prefixed_by_the_argument_when_there_are_several(tmp_path):
    _touch(tmp_path / "one" / "a.html")
    _touch(tmp_path / "two" / "a.html")
    items = list(discover([str(tmp_path / "one"), str(tmp_path / "two")]))
    rels = [item.rel for item in items]
    assert len(set(rels)) == 2 and rels[0].endswith("one/a.html") and rels[1].endswith("two/a.html")
    assert not any(rel.startswith("/") for rel in rels)


def test_safe_relative_never_leaves_the_output_directory():
    assert safe_relative("/abs/path/a.html") == "abs/path/a.html"
    assert safe_relative("../../etc/passwd") == "__/__/etc/passwd"
    assert safe_relative("./a/./b") == "a/b"


def test_symlink_loops_are_read_once_and_a_self_link_is_reported(tmp_path):
    _touch(tmp_path / "sub" / "a.html")
    os.symlink("..", tmp_path / "sub" / "up")  # directory loop: the directory is read once
    os.symlink("self.html", tmp_path / "self.html")  # a link to itself: it cannot be read
    items = list(discover([str(tmp_path)]))
    assert {item.rel: item.error for item in items if item.error} == {"self.html": "symlink loop"}
    assert [item.rel for item in items if not item.error] == ["sub/a.html"]


def test_links_do_not_multiply_inputs(tmp_path):
    # Issue 15 item 5: two links per level to the next directory, 16 levels deep,
    # turned one file into 65,536 records. Each directory is read once.
    root = tmp_path / "tree"
    for level in range(16):
        (root / f"l{level}").mkdir(parents=True)
        for name in ("a", "b"):
            os.symlink(f"../l{level + 1}", root / f"l{level}" / name)
    (root / "l16").mkdir()
    _touch(root / "l16" / "page.html")
    items = list(discover([str(root)]))
    assert len(items) == 1 and items[0].error is None
    assert items[0].identity == os.path.realpath(root / "l16" / "page.html")


def test_links_leaving_the_inputs_are_not_followed_unless_asked(tmp_path):
    # Issue 15 item 5: a link to /etc/passwd inside an input directory put that file in a body.
    secret = _touch(tmp_path / "outside" / "secret.txt", b"root:x:0:0")
    _touch(tmp_path / "outside" / "more" / "b.html")
    _touch(tmp_path / "in" / "a.html")
    os.symlink(secret, tmp_path / "in" / "passwd.txt")
    os.symlink(tmp_path / "outside" / "more", tmp_path / "in" / "elsewhere")
    items = list(discover([str(tmp_path / "in")]))
    assert [item.rel for item in items if item.ignored is None] == ["a.html"]
    assert sorted(item.rel for item in items if item.ignored) == ["elsewhere", "passwd.txt"]
    followed = [item.rel for item in discover([str(tmp_path / "in")], follow_links=True) if not item.ignored]
    assert followed == ["a.html", "passwd.txt", "elsewhere/b.html"]


def test_a_link_to_an_input_inside_the_tree_is_not_a_second_input(tmp_path):
    _touch(tmp_path / "a.html")
    os.symlink("a.html", tmp_path / "b.html")
    _touch(tmp_path / "data" / "c.dat")
    os.symlink("data/c.dat", tmp_path / "c.html")  # its target is not taken under its own name
    assert [item.rel for item in discover([str(tmp_path)])] == ["a.html", "c.html"]


def test_overlapping_arguments_and_named_files_are_read_once(tmp_path):
    _touch(tmp_path / "pages" / "a.html")
    _touch(tmp_path / "pages" / "sub" / "b.html")
    arguments = [str(tmp_path / "pages"), str(tmp_path / "pages" / "sub"), str(tmp_path / "pages" / "a.html"),
                 str(tmp_path / "pages" / ".." / "pages" / "a.html")]
    identities = [item.identity for item in discover(arguments)]
    assert sorted(identities) == sorted({os.path.realpath(tmp_path / "pages" / name) for name in ("a.html", "sub/b.html")})


def test_the_runs_output_is_never_an_input(tmp_path):
    _touch(tmp_path / "site" / "a.html")
    _touch(tmp_path / "site" / "clean" / "a.html.txt")
    _touch(tmp_path / "site" / "out.html")
    exclude = Exclude(frozenset({os.path.realpath(tmp_path / "site" / "clean")}),
                      frozenset({os.path.realpath(tmp_path / "site" / "out.html")}))
    items = list(discover([str(tmp_path / "site")], globs=["*.html", "*.txt"], exclude=exclude))
    assert [item.rel for item in items] == ["a.html"]


def test_items_carry_identity_and_stamp(tmp_path):
    page = _touch(tmp_path / "a.html")
    (item,) = discover([str(tmp_path)])
    info = os.stat(page)
    assert item.identity == os.path.realpath(page) and item.stamp == (info.st_size, info.st_mtime_ns)
    assert item.key == item.identity


def test_dangling_symlink_and_socket_are_reported(tmp_path):
    os.symlink("missing.html", tmp_path / "gone.html")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "sock.html"))
        items = {item.rel: item.error for item in discover([str(tmp_path)])}
    finally:
        server.close()
    assert "dangling symlink" in items["gone.html"]
    assert items["sock.html"] == "not a regular file (a socket)"


def test_named_pipe_in_a_directory_is_not_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.html")  # opening it would block forever
    (item,) = discover([str(tmp_path)])
    assert item.error == "not a regular file (a named pipe)"


def test_missing_argument_is_an_item_with_an_error(tmp_path):
    (item,) = discover([str(tmp_path / "nope.html")])
    assert item.error == "no such file"


def test_unlistable_directory_is_reported(tmp_path, monkeypatch):
    _touch(tmp_path / "ok" / "a.html")
    (tmp_path / "closed").mkdir()
    real = os.scandir

    def scandir(path):
        if str(path).endswith("closed"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(discover_module.os, "scandir", scandir)
    items = list(discover([str(tmp_path)]))
    assert [(item.rel, item.error) for item in items] == [
        ("closed", "cannot list the directory: permission denied"), ("ok/a.html", None)]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every directory")
def test_unreadable_directory_for_real(tmp_path):
    closed = tmp_path / "closed"
    _touch(closed / "a.html")
    closed.chmod(0)
    try:
        items = list(discover([str(tmp_path)]))
    finally:
        closed.chmod(0o755)
    assert [(item.path, item.rel, item.error) for item in items] == [
        (str(closed), "closed", "cannot list the directory: permission denied")]


def test_very_deep_directory_tree_needs_no_recursion(tmp_path):
    folder = tmp_path
    for _ in range(150):
        folder = folder / "d"
    _touch(folder / "deep.html")
    (item,) = discover([str(tmp_path)])
    assert item.rel.count("/") == 150


def test_read_list_lines_and_nul_separated(tmp_path):
    lines = tmp_path / "list.txt"
    lines.write_bytes(b"a.html\r\nb c.html\n\n")
    assert read_list(str(lines)) == ["a.html", "b c.html"]
    nul = tmp_path / "list0"
    nul.write_bytes(b"a\nb.html\0c.html\0")
    assert read_list(str(nul)) == ["a\nb.html", "c.html"]


def test_default_globs_cover_gzip_forms():
    assert "*.html.gz" in DEFAULT_GLOBS and "*.txt" in DEFAULT_GLOBS and "*.xhtml.gz" in DEFAULT_GLOBS
