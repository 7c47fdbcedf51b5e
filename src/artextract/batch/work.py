"""One input in, one record out, never an exception: what each worker runs.

`process_bytes` and `process_path` are the whole per-page job; the pool only
adds processes, time limits and crash recovery around them. They import the
extraction pipeline lazily, so importing this module stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..options import Options
from ..source import DEFAULT_MAX_BYTES, InputError, size_text
from . import records

# A file name's extension per output format (directory output).
RENDER_FORMATS = ("json", "text", "markdown")


@dataclass(frozen=True, slots=True)
class Outcome:
    """A record, plus the rendered document when a non-JSON format was asked for."""

    record: dict[str, Any]
    rendered: str | None = None
    # The worker should be replaced after this page (its state may be damaged).
    retire: bool = False


def process_bytes(name: str | None, data: bytes | str, options: Options | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """The record for one document given as bytes (gzip is undone) or str. Never raises."""
    return run(name, None, data, options or Options(), max_bytes).record


def process_path(path: str, options: Options | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """The record for one file (gzip is undone). Never raises."""
    return run(path, path, None, options or Options(), max_bytes).record


def run(name: str | None, path: str | None, data: bytes | str | None, options: Options, max_bytes: int,
        fmt: str = "json") -> Outcome:
    """Read (when given a path), decompress, extract and render one input."""
    known_type = options.input_type if options.input_type != "auto" else None
    try:
        from ..api import extract
        from ..source import decompress, read_path

        if path is not None:
            data = read_path(path, max_bytes)
        elif isinstance(data, bytes):
            if len(data) > max_bytes:
                raise InputError(f"input is larger than the {size_text(max_bytes)} limit")
            data = decompress(data, max_bytes)
        elif data is None:
            raise InputError("no data")
        article = extract(data, options=replace(options, source_path=name))
        record = article.to_dict()
        rendered = None
        if fmt != "json":
            from ..output import render

            rendered = render(article, fmt, links=options.links)
        return Outcome(record, rendered)
    except InputError as error:
        return Outcome(records.error_record(name, records.INPUT, str(error), known_type))
    except RecursionError:
        return Outcome(records.error_record(name, records.RECURSION, "the page is nested too deeply to process",
                                            known_type), retire=True)
    except MemoryError:
        return Outcome(records.error_record(name, records.MEMORY, memory_message(), known_type), retire=True)
    except Exception as error:  # a bug, or a library that ran out of memory: keep the batch going
        if memory_exhausted():
            return Outcome(records.error_record(name, records.MEMORY, memory_message(), known_type), retire=True)
        message = f"{type(error).__name__}: {error}"[:500]
        return Outcome(records.error_record(name, records.INTERNAL, message, known_type), retire=True)


def address_space_limit() -> int | None:
    """This process's address-space cap (pool.limit_memory sets it in workers), or None."""
    try:
        import resource

        soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
    except (ImportError, AttributeError, ValueError, OSError):
        return None
    return None if soft == resource.RLIM_INFINITY else soft


def peak_address_space() -> int | None:
    """The most address space this process has used (VmPeak, Linux), bytes."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return None


def memory_exhausted() -> bool:
    """Whether this process came up against its address-space cap.

    C libraries do not raise MemoryError when an allocation fails: libxml2
    stops and lxml reports "XMLSyntaxError: unknown error". Near the cap, such
    an error is the cap's doing, and the page gets a `memory` record.
    """
    limit, peak = address_space_limit(), peak_address_space()
    return limit is not None and peak is not None and peak >= 0.9 * limit


def memory_message() -> str:
    limit = address_space_limit()
    if limit is None:
        return "not enough memory to process the page"
    return f"not enough memory to process the page (the limit is {size_text(limit)}: --memory-limit)"
