"""Partitioned output: one part file per input partition, written atomically, found again on --resume.

    out/part-00000.jsonl[.gz] | out/part-00000.parquet   one per partition, complete or absent
    out/_partitions.json                                  which inputs each partition holds
    out/_temporary/                                       parts being written (removed on resume)

A part is written under `_temporary/` with a name of its own and moved into
place when complete: on a local disk a rename, on an object store a copy of a
whole object, so a reader (or `--resume`) never sees half a part. Readers of
Parquet datasets skip names starting with "_". Paths may be fsspec URLs.
"""

from __future__ import annotations

import gzip
import io
import json
import posixpath
import uuid
from collections.abc import Iterator
from typing import Any

from ..batch.extras import require
from ..batch.sinks import encode_line

MANIFEST = "_partitions.json"
TEMPORARY = "_temporary"
FORMATS = ("jsonl", "parquet")
_ARTICLE_KEYS = ("headline", "title", "standfirst", "authors", "published", "site_name", "url", "language", "description",
                 "tags", "image", "page_type", "page_type_confidence", "dateline", "key_points", "captions", "body", "word_count", "reading_time_minutes", "source", "warnings")


def filesystem(url: str):
    """(fsspec filesystem, path inside it) for a local path or a URL."""
    require("fsspec", "dask")
    from fsspec.core import url_to_fs

    return url_to_fs(url)


def part_name(index: int, fmt: str, compress: bool) -> str:
    if fmt == "parquet":
        return f"part-{index:05d}.parquet"
    return f"part-{index:05d}.jsonl" + (".gz" if compress else "")


class PartWriter:
    """Records into one part, streamed to a temporary file; commit() moves it into place."""

    def __init__(self, output: str, index: int, fmt: str = "jsonl", compress: bool = False,
                 batch_rows: int = 1000) -> None:
        self.fs, self.root = filesystem(output)
        self.name = part_name(index, fmt, compress)
        self.final = posixpath.join(self.root, self.name)
        self.fs.makedirs(posixpath.join(self.root, TEMPORARY), exist_ok=True)
        self.temporary = posixpath.join(self.root, TEMPORARY, f"{self.name}.{uuid.uuid4().hex}")
        self.fmt = fmt
        self.count = 0
        self._raw = self.fs.open(self.temporary, "wb")
        self._stream: Any = self._raw
        self._rows: list[dict[str, Any]] = []
        self._batch_rows = batch_rows
        self._parquet: Any = None
        if fmt == "jsonl" and compress:
            self._stream = gzip.GzipFile(fileobj=self._raw, mode="wb", mtime=0)
        elif fmt == "parquet":
            require("pyarrow", "parquet")
            import pyarrow.parquet as pq

            self._parquet = pq.ParquetWriter(self._raw, arrow_schema(), compression="zstd")

    def write(self, record: dict[str, Any]) -> None:
        self.count += 1
        if self._parquet is None:
            self._stream.write(encode_line(record))
            return
        self._rows.append(to_row(record))
        if len(self._rows) >= self._batch_rows:
            self._flush_rows()

    def _flush_rows(self) -> None:
        import pyarrow as pa

        if self._rows:
            self._parquet.write_table(pa.Table.from_pylist(self._rows, schema=arrow_schema()))
            self._rows = []

    def commit(self) -> bool:
        """Move the finished part into place; False when another attempt already did."""
        if self._parquet is not None:
            self._flush_rows()
            self._parquet.close()
        if self._stream is not self._raw:
            self._stream.close()
        self._raw.close()
        if self.fs.exists(self.final):
            self.fs.rm(self.temporary)
            return False
        self.fs.mv(self.temporary, self.final)
        return True

    def abort(self) -> None:
        try:
            self._raw.close()
        finally:
            if self.fs.exists(self.temporary):
                self.fs.rm(self.temporary)


def cleanup(output: str) -> None:
    """Remove the `_temporary/` folder after a run (what a killed task left in it is never a part)."""
    fs, root = filesystem(output)
    temporary = posixpath.join(root, TEMPORARY)
    try:
        if fs.exists(temporary):
            fs.rm(temporary, recursive=True)
    except OSError:
        pass


def finished_parts(output: str) -> dict[str, int]:
    """Part file name -> its size, for the parts already in place."""
    fs, root = filesystem(output)
    if not fs.exists(root):
        return {}
    found = {}
    for entry in fs.ls(root, detail=True):
        name = posixpath.basename(entry["name"].rstrip("/"))
        if name.startswith("part-") and entry.get("type") == "file":
            found[name] = entry.get("size") or 0
    return found


def part_records(output: str, name: str) -> Iterator[dict[str, Any]]:
    """The records of one part, as the batch produced them."""
    fs, root = filesystem(output)
    path = posixpath.join(root, name)
    if name.endswith(".parquet"):
        require("pyarrow", "parquet")
        import pyarrow.parquet as pq

        with fs.open(path, "rb") as handle:
            table = pq.read_table(handle)
        for row in table.to_pylist():
            yield from_row(row)
        return
    with fs.open(path, "rb") as handle:
        data = handle.read()
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    for line in io.BytesIO(data):
        if line.strip():
            yield json.loads(line)


def read_parts(output: str) -> Iterator[dict[str, Any]]:
    """Every record of a partitioned output, part by part."""
    for name in sorted(finished_parts(output)):
        yield from part_records(output, name)


def count_records(output: str, name: str) -> int:
    """How many records a finished part holds (Parquet: from its footer)."""
    if name.endswith(".parquet"):
        import pyarrow.parquet as pq

        fs, root = filesystem(output)
        with fs.open(posixpath.join(root, name), "rb") as handle:
            return pq.ParquetFile(handle).metadata.num_rows
    return sum(1 for _ in part_records(output, name))


def prepare(output: str, manifest: list[list[str]], resume: bool) -> dict[str, int]:
    """Ready the output directory; on resume, the finished parts (after checking the inputs are the same).

    A fresh run removes old parts and the manifest; both runs remove `_temporary/`.
    Raises ValueError when resuming with inputs that differ from the first run's.
    """
    fs, root = filesystem(output)
    fs.makedirs(root, exist_ok=True)
    temporary = posixpath.join(root, TEMPORARY)
    if fs.exists(temporary):
        fs.rm(temporary, recursive=True)
    manifest_path = posixpath.join(root, MANIFEST)
    text = json.dumps({"partitions": manifest}, ensure_ascii=False, indent=1)
    if resume and fs.exists(manifest_path):
        with fs.open(manifest_path, "rb") as handle:
            previous = json.loads(handle.read()).get("partitions")
        if previous != manifest:
            raise ValueError(f"{output}: the inputs are not those of the run being resumed "
                             f"(see {MANIFEST}); rerun with the same arguments, or without --resume")
        return finished_parts(output)
    if not resume:
        for name in finished_parts(output):
            fs.rm(posixpath.join(root, name))
    with fs.open(manifest_path, "wb") as handle:
        handle.write(text.encode("utf-8"))
    return finished_parts(output) if resume else {}


# -- Parquet rows ---------------------------------------------------------------------------------


def arrow_schema():
    import pyarrow as pa

    text = pa.string()
    texts = pa.list_(text)
    return pa.schema([
        ("headline", text), ("title", text), ("standfirst", text), ("authors", texts), ("published", text),
        ("site_name", text), ("url", text), ("language", text), ("description", text), ("tags", texts),
        ("image", text), ("page_type", text), ("page_type_confidence", pa.float64()),
        ("dateline", text), ("key_points", texts),
        ("captions", pa.list_(pa.struct([("text", text), ("credit", text), ("image", text)]))),
        ("body", text), ("word_count", pa.int64()), ("reading_time_minutes", pa.int64()),
        ("source", pa.struct([("type", text), ("path", text), ("record_id", text), ("offset", pa.int64())])),
        ("warnings", texts),
        ("error", pa.struct([("type", text), ("message", text)])),
        ("skipped", text),  # why a filter (--min-words, --language) left the input out
    ])


def to_row(record: dict[str, Any]) -> dict[str, Any]:
    """A record as a Parquet row: article columns null for an error or skipped record, error
    and skipped null for an article."""
    row = {key: record.get(key) for key in _ARTICLE_KEYS}
    row["error"] = record.get("error")
    row["skipped"] = record.get("skipped")
    return row


def from_row(row: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row back into the record it was made from."""
    source = dict(row["source"] or {})
    warc = source.get("offset") is not None
    if not warc:
        source.pop("record_id", None)
        source.pop("offset", None)
    if row.get("error") is not None:
        record: dict[str, Any] = {"source": source}
        if warc:
            record["url"] = row.get("url")
        record["error"] = row["error"]
        return record
    if row.get("skipped") is not None:
        return {"source": source, "url": row.get("url"), "skipped": row["skipped"]}
    record = {key: row[key] for key in _ARTICLE_KEYS}
    record["source"] = source
    return record
