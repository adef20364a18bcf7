"""Parquet files of documents: a dataset's shards (a news corpus on a data hub, a data
frame's ``to_parquet``), one document per row.

A row is read as a JSON object is (:func:`newsclean.io.object_document`): its ``text`` or
``html`` column, and ``id``, ``url``, ``fetched_at``, or the columns (and the paths into
struct columns) ``--field`` names. Only those columns are read, a batch of rows at a time.
A timestamp is the fetch time as it is; a text or page kept as bytes is decoded as a file's
bytes are. Ids are ``stem:row`` unless the row carries one, sources ``file.parquet#row``
unless it has a URL.

Reading needs pyarrow (``pip install 'newsclean[parquet]'``); without it, each Parquet file
is one error that says so, and the other inputs are read.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from newsclean.compression import is_compressed
from newsclean.decoding import decode
from newsclean.errors import InputError
from newsclean.io import (
    FIELDS,
    Document,
    Fields,
    document_stem,
    no_text_column,
    object_document,
    path_name,
    read_spooled,
    read_streamed,
)

BATCH_ROWS = 64  # rows read at a time


def read_parquet_file(path: Path, fields: Fields = FIELDS) -> Iterator[Document | InputError]:
    """The documents of a Parquet file's rows, and the errors of the rows that are none;
    a compressed one (``shard.parquet.gz``) is decompressed into a temporary file first."""
    if is_compressed(path):
        return read_streamed(path, parquet_documents, fields)
    return read_parquet(path, path_name(path), document_stem(path), fields)


def parquet_documents(
    handle: IO[bytes], source: str, stem: str, fields: Fields = FIELDS
) -> Iterator[Document | InputError]:
    """The documents of Parquet on a stream that cannot seek (standard input, an archive's
    member): it is kept in a temporary file first, as a Parquet file's index is at its end."""
    return read_spooled(handle, source, lambda kept: read_parquet(kept, source, stem, fields))


def read_parquet(
    file: Path | IO[bytes], source: str, stem: str, fields: Fields = FIELDS
) -> Iterator[Document | InputError]:
    """The documents of a Parquet file's rows (ids ``stem:row``), named ``source``."""
    try:
        import pyarrow
        import pyarrow.parquet as pq
    except ImportError:
        yield InputError(source, "reading Parquet needs pyarrow: pip install 'newsclean[parquet]'")
        return
    try:
        # not pre-buffered: pyarrow would read ahead the column chunks of the row groups to
        # come, which for a local file saves nothing and holds memory growing with the file
        table = pq.ParquetFile(file, pre_buffer=False)
    except OSError as exc:
        yield InputError(source, exc.strerror or f"not a Parquet file: {_said(exc)}")
        return
    except (ValueError, pyarrow.ArrowException) as exc:
        yield InputError(source, f"not a Parquet file: {_said(exc)}")
        return
    with table:
        yield from _documents(table, source, stem, fields)


def _documents(table: Any, source: str, stem: str, fields: Fields) -> Iterator[Document | InputError]:
    import pyarrow

    names = table.schema_arrow.names
    columns = _columns(names, fields)
    if not {_column(fields.text, names), _column(fields.html, names)} & set(columns):
        yield _no_text_column(table, names, fields, source)
        return
    number = 0
    try:
        for batch in table.iter_batches(batch_size=BATCH_ROWS, columns=columns):
            for record in batch.to_pylist():
                number += 1
                yield _document(record, source, stem, number, fields)
    except (OSError, ValueError, pyarrow.ArrowException) as exc:  # a file cut off or damaged
        yield InputError(source, f"cannot read on after {number} rows: {_said(exc)}")
        return
    if number == 0:
        yield InputError(source, "holds no row")


def _said(exc: BaseException) -> str:
    """What pyarrow says of an error, on one line (it may run over several)."""
    return " ".join(str(exc).split())


def _column(key: str, names: list[str]) -> str | None:
    """The column a part's key reads: itself, or the struct column its path starts with."""
    if key in names:
        return key
    head = key.split(".", 1)[0]
    return head if head in names else None


def _columns(names: list[str], fields: Fields) -> list[str]:
    """The columns the parts are read from, those the file has, in the file's order."""
    wanted = {_column(getattr(fields, part), names) for part in Fields.__slots__}
    return [name for name in names if name in wanted]


def _document(
    record: dict[str, Any], source: str, stem: str, number: int, fields: Fields
) -> Document | InputError:
    """The document of a row (``number``, from 1), its text or page decoded when kept as bytes."""
    encoding = "utf-8"
    for part in ("text", "html"):
        value = fields.value(record, part)
        if isinstance(value, bytes) and getattr(fields, part) in record:
            try:
                read = decode(value, f"{source}#{number}", html=part == "html")
            except InputError as exc:
                return InputError(source, f"row {number}: {exc.reason}")
            record, encoding = {**record, getattr(fields, part): read.text}, read.encoding
    return object_document(record, source, line=None, default_id=f"{stem}:{number}",
                           origin=f"{source}#{number}", fields=fields, where=f"row {number}: ",
                           encoding=encoding)


def _no_text_column(table: Any, names: list[str], fields: Fields, source: str) -> InputError:
    """The error of a file without the text's column (:func:`~newsclean.io.no_text_column`),
    its first row read for the hint."""
    first = next(table.iter_batches(batch_size=1), None)
    record = first.to_pylist()[0] if first is not None and first.num_rows else None
    return no_text_column(source, names, record, fields, "")
