"""CSV and TSV files of documents: a scraper's table export (Scrapy's ``-o items.csv``, a
data frame's ``to_csv``, a spreadsheet saved as CSV), one document per row.

The first row names the columns, and a row's cells are read as a JSON object's values are
(:func:`newsclean.io.object_document`): ``text`` or ``html``, and ``id``, ``url``,
``fetched_at``, or the columns ``--field`` names; a header's ``Text`` or ``URL`` is read as
``text`` or ``url`` when no column is named so exactly. A ``.tsv`` file's cells are split by
tabs; a ``.csv`` file's by whichever of ``,`` ``;`` tab ``|`` its header holds most (a
spreadsheet in a language that writes decimal commas saves ``;``), or by the one a first
``sep=`` line names, as spreadsheets write it.

Streamed, one row in memory at a time. A cell runs over lines when quoted, so a row's number
is the line it starts on: its id is ``stem:line`` unless it carries one. A spreadsheet saves
CSV in the machine's legacy code page: each row's bytes that are not UTF-8 are read in the
encoding they read likeliest in, as a JSON Lines line's are. A row whose cells are more or
fewer than the header's columns is an error naming its line (a quote left open runs a row on
over the lines after it), and the rows after it are still read.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from newsclean.compression import DECOMPRESSION_ERRORS
from newsclean.decoding import SNIFF, looks_binary, read_escaped
from newsclean.errors import InputError, counted
from newsclean.io import FIELDS, Document, Fields, marked_lines, no_text_column, object_document

DELIMITERS = ",;\t|"  # what a .csv file's cells may be split by, the likeliest first
# A cell longer than this is a quote left open that took the rest of a large file in: the
# file is not read on. (The csv module's own limit, 128 KB, is shorter than long articles.)
MAX_CELL_CHARS = 64 << 20
csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARS))

_SEPARATOR_LINE = re.compile(r"sep=(.)\r?\n?")  # a spreadsheet's "sep=;" before the header
_NUMBER = re.compile(r"\d{9,13}(?:\.\d+)?")  # a Unix time, in seconds or milliseconds


def csv_documents(
    lines: Iterable[bytes], source: str, stem: str, fields: Fields = FIELDS,
    *, delimiter: str | None = None,
) -> Iterator[Document | InputError]:
    """The documents of a CSV stream's rows, and the errors of the rows that are none;
    ``delimiter`` splits its cells (told from its header when ``None``)."""
    try:
        marked, wide = marked_lines(lines)
        lines = iter(marked)
        opening = _opening(lines)
        if looks_binary(b"".join(opening)[:SNIFF]):
            yield InputError(source, "binary file (control bytes), not CSV")
            return
        text = _text_lines(itertools.chain(opening, lines))
        first, skipped = next(text, ""), 0
        while first and not first.strip():  # blank lines before the header
            first, skipped = next(text, ""), skipped + 1
        told = _SEPARATOR_LINE.fullmatch(first)
        if told is not None:
            delimiter, first, skipped = told.group(1), next(text, ""), skipped + 1
        if delimiter is None:
            delimiter = max(DELIMITERS, key=first.count) if first.strip() else ","
        # strict: a quote left open at the end, or text after a closing quote, is an error,
        # not a cell read some other way than its writer meant
        rows = csv.reader(itertools.chain([first], text), delimiter=delimiter, strict=True)
        yield from _documents(rows, source, stem, fields, wide, skipped)
    except (OSError, *DECOMPRESSION_ERRORS) as exc:  # a truncated or corrupt stream
        yield InputError(source, f"cannot read on: {exc}")


def tsv_documents(
    lines: Iterable[bytes], source: str, stem: str, fields: Fields = FIELDS
) -> Iterator[Document | InputError]:
    """The documents of a TSV stream's rows (:func:`csv_documents`, cells split by tabs)."""
    return csv_documents(lines, source, stem, fields, delimiter="\t")


def is_header(line: bytes, fields: Fields = FIELDS) -> bool:
    """Whether ``line`` (the first of a stream) opens a CSV file: a spreadsheet's ``sep=``
    line, or a header of two columns or more, one of them the text's or the page's, written
    as programs write headers (``id,url,text``: no space after a comma, as prose has)."""
    text = line.decode("utf-8", "replace").removeprefix("\ufeff").strip()
    if _SEPARATOR_LINE.fullmatch(text):
        return True
    delimiter = max(DELIMITERS, key=text.count)
    if not text or f"{delimiter} " in text:
        return False
    header = next(csv.reader([text], delimiter=delimiter), [])
    columns = _columns(header, fields)
    return (len(columns) >= 2 and all(0 < len(name) <= _NAME_CHARS for name in columns)
            and (fields.text in columns or fields.html in columns))


_NAME_CHARS = 40  # a column's name is no longer


def _opening(lines: Iterator[bytes]) -> list[bytes]:
    """The first lines of a stream, ``SNIFF`` bytes of them or more, to tell a binary file."""
    opening: list[bytes] = []
    size = 0
    for raw in lines:
        opening.append(raw)
        size += len(raw)
        if size >= SNIFF:
            break
    return opening


def _text_lines(lines: Iterable[bytes]) -> Iterator[str]:
    """Lines as text: UTF-8, each byte UTF-8 does not read kept as an escape
    (``surrogateescape``), read once its row's cells are known (:func:`read_escaped`)."""
    for number, raw in enumerate(lines):
        line = raw.decode("utf-8", "surrogateescape")
        yield line.removeprefix("\ufeff") if number == 0 else line


def _documents(
    rows: Iterator[list[str]], source: str, stem: str, fields: Fields, wide: str | None,
    skipped: int,
) -> Iterator[Document | InputError]:
    header = _next_row(rows, source, skipped)
    if not header:
        yield InputError(source, "empty file")
        return
    if isinstance(header, InputError):
        yield header
        return
    columns = _columns(header, fields)
    if fields.text not in columns and fields.html not in columns:
        yield _no_text_column(header, columns, rows, fields, source)
        return
    read = False
    while True:
        start = rows.line_num + 1 + skipped  # type: ignore[attr-defined]
        row = _next_row(rows, source, skipped)
        if row is None:
            break
        read = read or row != []  # a blank line is no row
        if isinstance(row, InputError):
            yield row
            if row.reason.startswith(_TOO_LONG):
                return
            continue
        if not row:
            continue
        if len(row) != len(columns):
            end = rows.line_num + skipped  # type: ignore[attr-defined]
            over = f" (the row runs on to line {end}: a quote left open?)" if end > start else ""
            yield InputError(source, f"{counted(len(row), 'cell')} where the header names "
                                     f"{counted(len(columns), 'column')}{over}", line=start)
            continue
        cells, encoding = read_escaped(row)
        record = _record(columns, cells, fields)
        yield object_document(record, source, line=start, default_id=f"{stem}:{start}",
                              origin=f"{source}:{start}", fields=fields,
                              encoding=wide or encoding)
    if not read:
        yield InputError(source, "holds no row under its header")


_TOO_LONG = "a cell of more than"


def _next_row(rows: Iterator[list[str]], source: str, skipped: int) -> list[str] | InputError | None:
    """The next row, ``None`` after the last, or the error of a row the csv module cannot
    read (a NUL byte, before Python 3.11; a cell beyond ``MAX_CELL_CHARS``)."""
    start = rows.line_num + 1 + skipped  # type: ignore[attr-defined]
    try:
        return next(rows, None)
    except csv.Error as exc:
        said = str(exc)
        if said.startswith("field larger than field limit"):
            return InputError(source, f"{_TOO_LONG} {MAX_CELL_CHARS >> 20}M characters: a quote "
                                      "left open? Not read on", line=start)
        if said.startswith("new-line character seen in unquoted field"):
            return InputError(source, "a carriage return (CR) inside a cell that is not quoted",
                              line=start)
        if said == "unexpected end of data":
            return InputError(source, "a quote opened in this row is not closed by the end of "
                                      "the file", line=start)
        if said.endswith("expected after '\"'"):
            return InputError(source, "a quoted cell goes on after its closing quote (a quote "
                                      'inside a quoted cell is written twice: "")', line=start)
        return InputError(source, f"not a CSV row: {said}", line=start)


def _columns(header: list[str], fields: Fields) -> list[str]:
    """The header's column names, each a key of a row's object: a name ``fields`` gives
    (``text``, or what ``--field`` names) when the column is named so but for its case and
    the spaces around it, and no column is named so exactly."""
    names = [name.strip() for name in header]
    folded: dict[str, int] = {}
    for at, name in enumerate(names):
        folded.setdefault(name.casefold(), at)
    for part in Fields.__slots__:
        key = getattr(fields, part)
        if key not in names and key.casefold() in folded:
            names[folded[key.casefold()]] = key
    return names


def _record(columns: list[str], cells: list[str], fields: Fields) -> dict[str, Any]:
    """A row's cells as an object's values: a blank ``id``, ``url`` or ``fetched_at`` is no
    value, and a ``fetched_at`` that is a number is a Unix time, as in JSON."""
    record: dict[str, Any] = dict(zip(columns, cells, strict=True))
    for key in (fields.id, fields.url, fields.fetched_at):
        if key in record and not record[key].strip():
            del record[key]
    fetched = record.get(fields.fetched_at)
    if isinstance(fetched, str) and _NUMBER.fullmatch(fetched.strip()):
        record[fields.fetched_at] = float(fetched)
    return record


def _no_text_column(
    header: list[str], columns: list[str], rows: Iterator[list[str]], fields: Fields, source: str
) -> InputError:
    """The error of a file whose header names no text column (:func:`~newsclean.io.no_text_column`),
    its first row read for the hint."""
    try:
        first = next((row for row in rows if row), None)
    except csv.Error:
        first = None
    record = dict(zip(columns, first, strict=True)) if first and len(first) == len(columns) else None
    return no_text_column(source, header, record, fields, " in its header")
