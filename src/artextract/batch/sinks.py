"""Where records go: JSON Lines on a stream or in a file, or one file per input in a directory.

Crash safety, without any lock or journal:
- JSON Lines files are only ever appended to, one whole line per `write(2)`;
  a crash can at worst leave the last line torn. `--resume` reads the file,
  cuts off a torn last line (and drops any line that is not a whole record),
  and treats every complete record as done.
- Directory output writes each document to a temporary file and renames it,
  so a `.json` either exists complete or not at all; errors go to
  `DIR/errors.jsonl`, which is repaired like any JSON Lines file.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..files import atomic_replace, atomic_write
from ..output import to_json_line
from . import records
from .discover import Item
from .run import Result

EXTENSIONS = {"json": ".json", "text": ".txt", "markdown": ".md"}
ERRORS_FILE = "errors.jsonl"
_TEMPORARY = re.compile(r"^\..*\.part$")  # files.atomic_write's temporaries


class SinkError(Exception):
    """The output cannot be opened or written at all (not one input's problem)."""


def encode_line(record: dict[str, Any]) -> bytes:
    """One JSON Lines record as UTF-8. Paths that are not valid Unicode (undecodable
    file names) are written as \\u escapes, which JSON readers turn back into the same string."""
    try:
        return to_json_line(record).encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(record, ensure_ascii=True, separators=(",", ":")) + "\n").encode("ascii")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


class StreamSink:
    """JSON Lines on a binary stream (standard output), flushed record by record."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.notes: list[str] = []

    def is_done(self, item: Item) -> bool:
        return False

    def write(self, result: Result) -> dict[str, Any]:
        self.stream.write(encode_line(result.record))
        self.stream.flush()
        return result.record

    def close(self) -> None:
        self.stream.flush()


class JsonlFileSink:
    """JSON Lines in a file: truncated on a fresh run, repaired and appended to on resume."""

    def __init__(self, path: str, resume: bool = False, create: bool = True) -> None:
        self.path = path
        self.notes: list[str] = []
        self.done: set[str | tuple[str, int]] = set()
        self._fd: int | None = None
        self._create = create
        if resume and os.path.exists(path):
            self.done = self._repair()
        elif not resume:
            self._truncate()
        if create:
            self._open()

    def _truncate(self) -> None:
        """A fresh run starts from nothing: an old file is emptied (or removed, when created lazily)."""
        if not os.path.exists(self.path):
            return
        if self._create:
            self._open(truncate=True)
        else:
            try:
                os.unlink(self.path)
            except OSError as error:
                raise SinkError(f"{self.path}: cannot remove the old file: {error.strerror or error}") from None

    def _open(self, truncate: bool = False) -> None:
        if self._fd is not None and not truncate:
            return
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (os.O_TRUNC if truncate else 0)
        try:
            self._fd = os.open(self.path, flags, 0o644)
        except OSError as error:
            raise SinkError(f"{self.path}: cannot write: {error.strerror or error}") from None

    def _repair(self) -> set[str | tuple[str, int]]:
        """Cut a torn last line, drop lines that are not whole records; the inputs already done."""
        done: set[str | tuple[str, int]] = set()
        bad = 0
        torn = False
        try:
            with open(self.path, "rb") as handle:
                for line in handle:
                    if not line.endswith(b"\n"):
                        torn = True  # only the last line can lack its newline
                        break
                    try:
                        record = json.loads(line)
                    except ValueError:
                        record = None
                    if records.is_complete(record):
                        done.add(records.record_key(record))
                    else:
                        bad += 1
        except OSError as error:
            raise SinkError(f"{self.path}: cannot read for --resume: {error.strerror or error}") from None
        if torn or bad:
            self._rewrite_complete()
            if torn:
                self.notes.append(f"{self.path}: repaired a torn last line (that input is processed again)")
            if bad:
                self.notes.append(f"{self.path}: dropped {bad} line(s) that were not whole records")
        return done

    def _rewrite_complete(self) -> None:
        """Keep only whole-record lines, through a temporary file and a rename."""
        with atomic_replace(self.path) as out, open(self.path, "rb") as source:
            for line in source:
                if not line.endswith(b"\n"):
                    break
                try:
                    if records.is_complete(json.loads(line)):
                        out.write(line)
                except ValueError:
                    pass

    def is_done(self, item: Item) -> bool:
        return item.key in self.done

    def write(self, result: Result) -> dict[str, Any]:
        self.append(result.record)
        return result.record

    def append(self, record: dict[str, Any]) -> None:
        self._open()
        assert self._fd is not None
        try:
            _write_all(self._fd, encode_line(record))
        except OSError as error:
            raise SinkError(f"{self.path}: cannot write: {error.strerror or error}") from None

    def close(self) -> None:
        if self._fd is not None:
            try:
                os.fsync(self._fd)
            except OSError:
                pass
            os.close(self._fd)
            self._fd = None


class DirectorySink:
    """One document per input under `root`, mirroring the input tree; errors in errors.jsonl."""

    def __init__(self, root: str, fmt: str = "json", resume: bool = False) -> None:
        self.root = root
        self.fmt = fmt
        self.extension = EXTENSIONS[fmt]
        try:
            os.makedirs(root, exist_ok=True)
        except OSError as error:
            raise SinkError(f"{root}: cannot create the output directory: {error.strerror or error}") from None
        if resume:
            _remove_temporaries(root)
        # Created on the first error only, so a clean run leaves no errors.jsonl.
        self.errors = JsonlFileSink(os.path.join(root, ERRORS_FILE), resume=resume, create=False)
        self.notes = self.errors.notes
        self._written: dict[str, str] = {}  # output file -> input, to catch two inputs mapped to one file

    def target(self, item: Item) -> str:
        return os.path.join(self.root, *item.rel.split("/")) + self.extension

    def is_done(self, item: Item) -> bool:
        return self.errors.is_done(item) or os.path.exists(self.target(item))

    def write(self, result: Result) -> dict[str, Any]:
        record = result.record
        if not records.is_error(record):
            record = self._write_document(result)
        if records.is_error(record):
            self.errors.append(record)
        return record

    def _write_document(self, result: Result) -> dict[str, Any]:
        target = self.target(result.item)
        other = self._written.get(target)
        source_type = result.record["source"]["type"]
        if other is not None and other != result.item.path:
            message = f"its output file {target} is already taken by {other}"
            return records.error_record(result.item.path, records.OUTPUT, message, source_type)
        if self.fmt == "json":
            text = json.dumps(result.record, ensure_ascii=False, indent=2) + "\n"
        else:
            text = result.rendered or ""
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            try:
                atomic_write(target, text)
            except UnicodeEncodeError:  # an undecodable file name inside the record
                atomic_write(target, json.dumps(result.record, ensure_ascii=True, indent=2) + "\n")
        except OSError as error:
            message = f"cannot write {target}: {error.strerror or error}"
            return records.error_record(result.item.path, records.OUTPUT, message, source_type)
        self._written[target] = result.item.path
        return result.record

    def close(self) -> None:
        self.errors.close()


def _remove_temporaries(root: str) -> None:
    """Temporary files a killed run left behind (a rename that never happened)."""
    for folder, _dirs, files in os.walk(root):
        for name in files:
            if _TEMPORARY.match(name):
                try:
                    os.unlink(os.path.join(folder, name))
                except OSError:
                    pass


def open_sink(output: str | None, fmt: str, resume: bool, stdout: BinaryIO) -> StreamSink | JsonlFileSink | DirectorySink:
    """The sink an `-o` value asks for: nothing (stdout), a directory (trailing slash or existing), or a file."""
    if output is None or output == "-":
        return StreamSink(stdout)
    if is_directory_output(output):
        return DirectorySink(output, fmt, resume)
    return JsonlFileSink(output, resume)


def is_directory_output(output: str | None) -> bool:
    return bool(output) and output != "-" and (output.endswith(("/", os.sep)) or os.path.isdir(output))


def iter_lines(path: str) -> Iterator[dict[str, Any]]:
    """The complete records of a JSON Lines file (a torn last line is left out)."""
    with open(path, "rb") as handle:
        for line in handle:
            if line.endswith(b"\n"):
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if records.is_complete(record):
                    yield record
