"""Where records go: JSON Lines on a stream or in a file, or one file per input in a directory.

Crash safety, without a journal:
- JSON Lines files are only ever appended to, one whole line per `write(2)`;
  a crash can at worst leave the last line torn. `--resume` reads the file and
  keeps one whole record per input (matched on its identity, however its path
  was spelt); it cuts off a torn last line in place, and rewrites the file
  (through a temporary file and a rename) only when there is more to drop:
  lines that are not whole records, a second record of an input (two runs at
  once), records of inputs changed since (state.py's stamps), `output` errors.
- Directory output writes each document to a temporary file and renames it,
  so a document either exists complete or not at all; errors go to
  `DIR/errors.jsonl` and records of inputs a filter skipped to
  `DIR/skipped.jsonl`, both repaired like any JSON Lines file.
- An output is locked while a run writes it (state.py): a second run stops.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..files import atomic_replace, atomic_write, created_mode
from ..output import to_json_line
from . import records
from .discover import Item
from .identity import Key
from .run import Result
from .state import STATE_NAME, OutputState, SinkError, state_directory

__all__ = ["SinkError", "StreamSink", "JsonlFileSink", "DirectorySink", "open_sink", "is_directory_output",
           "encode_line", "iter_lines", "output_paths", "ERRORS_FILE", "SKIPPED_FILE", "EXTENSIONS"]

EXTENSIONS = {"json": ".json", "text": ".txt", "markdown": ".md"}
ERRORS_FILE = "errors.jsonl"
SKIPPED_FILE = "skipped.jsonl"
_TEMPORARY = re.compile(r"^\..*\.part$")  # files.atomic_write's temporaries


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


def _cannot(what: str, error: OSError) -> SinkError:
    return SinkError(f"{what}: cannot write: {error.strerror or error}")


class StreamSink:
    """JSON Lines on a binary stream (standard output), flushed record by record."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.notes: list[str] = []
        self.done: set[Key] = set()

    def is_done(self, item: Item) -> bool:
        return False

    def write(self, result: Result) -> dict[str, Any]:
        assert result.record is not None
        try:
            self.stream.write(encode_line(result.record))
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:  # a full disk behind `> file`: stop with one line, not a traceback
            raise _cannot("standard output", error) from None
        return result.record

    def close(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise _cannot("standard output", error) from None


class JsonlFileSink:
    """JSON Lines in a file: emptied on a fresh run, repaired and appended to on resume.

    `create=False` (the error and skip files of a directory output) opens the
    file at the first record, so a clean run leaves none.
    """

    def __init__(self, path: str, resume: bool = False, create: bool = True, state: OutputState | None = None) -> None:
        self.path = path
        self.notes: list[str] = []
        self.done: set[Key] = set()
        self.state = state
        self._fd: int | None = None
        if resume and os.path.exists(path):
            self.done = self._repair()
        elif not resume and os.path.exists(path):
            self._empty(create)
        if create:
            self._open()

    def _empty(self, create: bool) -> None:
        """A fresh run starts from nothing: an old file is emptied (or removed, when created lazily)."""
        try:
            if create:
                self._open()
                os.ftruncate(self._fd, 0)  # after the lock, never before (state.py)
            else:
                os.unlink(self.path)
        except OSError as error:
            raise SinkError(f"{self.path}: cannot empty the old file: {error.strerror or error}") from None

    def _open(self) -> None:
        if self._fd is not None:
            return
        try:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, created_mode())
        except OSError as error:
            raise _cannot(self.path, error) from None

    def _repair(self) -> set[Key]:
        """Keep one whole record per input; the inputs already done."""
        repair = _Repair(self.state)
        try:
            with open(self.path, "rb") as handle:
                for line in handle:
                    repair.keep(line)
        except OSError as error:
            raise SinkError(f"{self.path}: cannot read for --resume: {error.strerror or error}") from None
        if repair.rewrite:
            self._rewrite()
        elif repair.torn:
            try:
                os.truncate(self.path, repair.good_end)  # in place: needs no free space
            except OSError as error:
                raise SinkError(f"{self.path}: cannot cut the torn last line: {error.strerror or error}") from None
        self.notes += repair.notes(self.path)
        return repair.seen

    def _rewrite(self) -> None:
        """Keep only the lines the repair keeps, through a temporary file and a rename."""
        repair = _Repair(self.state)
        try:
            with atomic_replace(self.path) as out, open(self.path, "rb") as source:
                for line in source:
                    if repair.keep(line):
                        out.write(line)
        except OSError as error:
            raise SinkError(f"{self.path}: cannot repair it for --resume: {error.strerror or error}; "
                            "the file is unchanged") from None

    def is_done(self, item: Item) -> bool:
        return item.key in self.done

    def write(self, result: Result) -> dict[str, Any]:
        assert result.record is not None
        self.append(result.record)
        if self.state is not None:
            self.state.note(result.item.identity, result.item.stamp)
        return result.record

    def append(self, record: dict[str, Any]) -> None:
        self._open()
        assert self._fd is not None
        try:
            _write_all(self._fd, encode_line(record))
        except OSError as error:
            raise _cannot(self.path, error) from None

    def close(self) -> None:
        if self._fd is not None:
            try:
                os.fsync(self._fd)
            except OSError:
                pass
            os.close(self._fd)
            self._fd = None


class _Repair:
    """Which lines of a JSON Lines output --resume keeps, one line at a time."""

    def __init__(self, state: OutputState | None) -> None:
        self.state = state
        self.seen: set[Key] = set()
        self.counts = {"bad": 0, "duplicate": 0, "changed": 0, "output": 0}
        self.torn = False
        self.good_end = 0  # bytes up to the end of the last complete line
        self._changed: dict[str, bool] = {}

    @property
    def rewrite(self) -> bool:
        return any(self.counts.values())

    def keep(self, line: bytes) -> bool:
        if not line.endswith(b"\n"):
            self.torn = True  # only the last line can lack its newline
            return False
        self.good_end += len(line)
        try:
            record = json.loads(line)
        except ValueError:
            record = None
        reason = self._drop(record)
        if reason:
            self.counts[reason] += 1
            return False
        self.seen.add(records.record_key(record))
        return True

    def _drop(self, record: Any) -> str | None:
        if not records.is_complete(record):
            return "bad"
        key = records.record_key(record)
        if key in self.seen:
            return "duplicate"
        if records.is_error(record) and record["error"].get("type") == records.OUTPUT:
            return "output"  # its output was never written: not done
        identity = key[0] if isinstance(key, tuple) else key
        if self.state is not None:
            if identity not in self._changed:
                self._changed[identity] = self.state.changed_on_disk(identity)
            if self._changed[identity]:
                return "changed"
        return None

    def notes(self, path: str) -> list[str]:
        found = []
        if self.torn:
            found.append(f"{path}: repaired a torn last line (that input is processed again)")
        texts = {"bad": "dropped {} line(s) that were not whole records",
                 "duplicate": "removed {} second record(s) of the same inputs",
                 "changed": "{} record(s) are of inputs changed since: they are processed again",
                 "output": "{} input(s) whose output could not be written are processed again"}
        found += [f"{path}: {texts[reason].format(count)}" for reason, count in self.counts.items() if count]
        return found


class DirectorySink:
    """One document per input under `root`, mirroring the input tree; errors and skips in JSON Lines."""

    def __init__(self, root: str, fmt: str = "json", resume: bool = False, state: OutputState | None = None) -> None:
        self.root = root
        self.fmt = fmt
        self.extension = EXTENSIONS[fmt]
        self.state = state
        if resume:
            _remove_temporaries(root)
        # Created on the first error (or skip) only, so a clean run leaves neither file.
        self.errors = JsonlFileSink(os.path.join(root, ERRORS_FILE), resume=resume, create=False, state=state)
        self.skipped = JsonlFileSink(os.path.join(root, SKIPPED_FILE), resume=resume, create=False, state=state)
        self.notes = self.errors.notes + self.skipped.notes
        self.done = self.errors.done | self.skipped.done
        self._written: dict[str, str] = {}  # output file -> input, to catch two inputs mapped to one file

    def target(self, item: Item) -> str:
        return os.path.join(self.root, *item.rel.split("/")) + self.extension

    def is_done(self, item: Item) -> bool:
        target = self.target(item)
        if self.state is not None and self.state.changed(item.identity or "", item.stamp):
            try:
                os.unlink(target)  # of the input as it was: redone below
            except OSError:
                pass
            return False
        return item.key in self.done or os.path.exists(target)

    def write(self, result: Result) -> dict[str, Any]:
        record = result.record
        assert record is not None
        if records.is_skipped(record):
            return self.skipped.write(result)
        if not records.is_error(record):
            record = self._write_document(result)
        if records.is_error(record):
            self.errors.append(record)  # no stamp: an `output` error is redone on resume
            return record
        if self.state is not None:
            self.state.note(result.item.identity, result.item.stamp)
        return record

    def _write_document(self, result: Result) -> dict[str, Any]:
        assert result.record is not None
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
        self.skipped.close()


def _remove_temporaries(root: str) -> None:
    """Temporary files a killed run left behind (a rename that never happened)."""
    for folder, _dirs, files in os.walk(root):
        for name in files:
            if _TEMPORARY.match(name):
                try:
                    os.unlink(os.path.join(folder, name))
                except OSError:
                    pass


class _Locked:
    """A file or directory sink with its output's state (lock, stamps), closed together."""

    def __init__(self, sink: JsonlFileSink | DirectorySink, state: OutputState) -> None:
        self.sink = sink
        self.state = state
        self.notes = sink.notes
        self.done = sink.done

    def is_done(self, item: Item) -> bool:
        return self.sink.is_done(item)

    def write(self, result: Result) -> dict[str, Any]:
        return self.sink.write(result)

    def close(self) -> None:
        try:
            self.sink.close()
        finally:
            self.state.close()


Sink = StreamSink | JsonlFileSink | DirectorySink | _Locked


def open_sink(output: str | None, fmt: str, resume: bool, stdout: BinaryIO) -> Sink:
    """The sink an `-o` value asks for: nothing (stdout), a directory (trailing slash or existing), or a file.

    File and directory outputs are locked for the run (a second run on the same
    output stops with a SinkError) before anything in them is changed.
    """
    if output is None or output == "-":
        return StreamSink(stdout)
    directory = is_directory_output(output)
    if directory:
        try:
            os.makedirs(output, exist_ok=True)
        except OSError as error:
            raise SinkError(f"{output}: cannot create the output directory: {error.strerror or error}") from None
    state = OutputState(output, directory, resume)
    try:
        sink: JsonlFileSink | DirectorySink
        sink = DirectorySink(output, fmt, resume, state) if directory else JsonlFileSink(output, resume, state=state)
    except BaseException:
        state.close()
        raise
    return _Locked(sink, state)


def is_directory_output(output: str | None) -> bool:
    return bool(output) and output != "-" and (output.endswith(("/", os.sep)) or os.path.isdir(output))


def output_paths(output: str | None) -> tuple[list[str], list[str]]:
    """(directories, files) a run writes for this `-o`: never inputs of the same run."""
    if output is None or output == "-":
        return [], []
    if is_directory_output(output):
        return [output], []
    return [state_directory(output, False)], [output]


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


STATE_DIRECTORY_NAME = STATE_NAME
