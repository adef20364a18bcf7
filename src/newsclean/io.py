"""Reading inputs into documents.

Readers are looked up by file suffix (``READERS``), so a new input format is one function
and one ``register_reader`` call. A reader yields :class:`Document` values, or
:class:`~newsclean.InputError` values for inputs it could not read: a bad input is data that
the caller reports, never an exception that ends the batch.
"""

from __future__ import annotations

import codecs
import contextlib
import glob
import itertools
import json
import math
import numbers
import os
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import IO, TYPE_CHECKING, Any, TypeVar

from newsclean.compression import (
    COMPRESSED_SUFFIXES,
    DECOMPRESSION_ERRORS,
    compression_suffix,
    open_input,
)
from newsclean.decoding import (
    MARKED_ENCODINGS,
    SNIFF,
    SURROGATE,
    TOO_DEEP,
    Decoded,
    json_values,
    marked_codec,
    read_not_utf8,
    repair_mojibake,
    wide_codec,
)
from newsclean.decoding import decode as decode  # the readers' decoding, for callers of io
from newsclean.decoding import valid_unicode as valid_unicode
from newsclean.errors import InputError, counted
from newsclean.fetched import read_fetch_time


@dataclass(frozen=True, slots=True)
class Document:
    """One input document, decoded, before cleaning."""

    id: str
    source: str
    text: str
    url: str | None = None
    flags: tuple[str, ...] = ()
    fetched_at: str | None = None
    html: str | None = None  # the page, for HTML inputs (``text`` is then empty)
    encoding: str | None = None  # what the bytes were read as
    declared: Declared | None = None  # what the input's own fields say of the article
    # the page a text was extracted from, when an object holds both: its markup's title,
    # date and authors fill in what the text lacks (``text`` is still what is cleaned)
    page: str | None = None


@dataclass(frozen=True, slots=True)
class Declared:
    """An input's own title, publication date, authors and time of its last change, as its
    fields hold them (JSON objects' ``title``, ``published``, ``authors``, ``updated``:
    :class:`Fields`), for
    :func:`newsclean.declared.with_declared` to fill in what the cleaned text lacks."""

    title: Any = None
    published: Any = None
    authors: Any = None
    updated: Any = None  # when the article was changed last

    def __bool__(self) -> bool:
        return any(value not in (None, "", [], ()) for value in
                   (self.title, self.published, self.authors, self.updated))


Reader = Callable[[Path], Iterator["Document | InputError"]]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Fields:
    """The keys of a JSON object that hold a document's parts: ``text`` or ``html``, and
    ``id``, ``url``, ``fetched_at``, and what a crawler extracted beside the text: ``title``,
    ``published``, ``authors``, ``updated``. Crawlers name them their own way (news-please writes the body
    as ``maintext``, the fetch time as ``date_download`` and the publication date as
    ``date_publish``), and ``--field`` says so.

    A key with dots that the object does not have is a path into the objects it nests
    (``article.body``; a number picks an array's element: ``objects.0.text``).

    >>> Fields.parse(["text=maintext", "fetched_at=date_download"]).text
    'maintext'
    >>> Fields(text="article.body").value({"article": {"body": "The story."}}, "text")
    'The story.'
    """

    id: str = "id"
    url: str = "url"
    text: str = "text"
    html: str = "html"
    fetched_at: str = "fetched_at"
    # what a crawler extracted beside the text, filling in what the text lacks
    title: str = "title"
    published: str = "published"
    authors: str = "authors"
    updated: str = "updated"

    @classmethod
    def parse(cls, specs: Iterable[str]) -> Fields:
        """Fields from ``PART=KEY`` specs; a ``ValueError`` says what a bad one lacks."""
        parts = {name: getattr(cls(), name) for name in cls.__slots__}
        for spec in specs:
            part, eq, key = spec.partition("=")
            part, key = part.strip(), key.strip()
            if not eq or not key:
                raise ValueError(f"{spec!r}: give PART=KEY, e.g. text=maintext")
            if part not in parts:
                raise ValueError(f"{spec!r}: the parts are {', '.join(parts)}")
            parts[part] = key
        return cls(**parts)

    def value(self, record: dict[str, Any], part: str) -> Any:
        """What ``record`` holds for ``part`` (``"text"``, ``"url"``, ...), or ``None``."""
        key: str = getattr(self, part)
        if "." not in key or key in record:
            return record.get(key)
        value: Any = record
        for name in key.split("."):
            if isinstance(value, dict):
                value = value.get(name)
            elif isinstance(value, list) and name.isdigit() and int(name) < len(value):
                value = value[int(name)]
            else:
                return None
        return value


FIELDS = Fields()  # the keys JSON objects are read by unless told otherwise


def read_whole(
    handle: IO[bytes], source: str, *, html: bool = False, bounded: bool = True
) -> Decoded | InputError:
    """A stream's bytes, all of them (up to ``MAX_DECOMPRESSED`` when ``bounded``: a stream
    that inflates), decoded; or the error that names ``source``."""
    try:
        data = read_at_most(handle, MAX_DECOMPRESSED + 1) if bounded else handle.read()
        if len(data) > MAX_DECOMPRESSED and bounded:
            raise InputError(source, f"decompresses to more than {MAX_DECOMPRESSED >> 20} MB: "
                                     "not one page or dump")
        return decode(data, source, html=html)
    except InputError as exc:
        return exc
    except OSError as exc:  # unreadable; a corrupt bzip2 or gzip stream has no strerror
        return InputError(source, exc.strerror or f"cannot decompress: {exc}")
    except DECOMPRESSION_ERRORS as exc:  # a truncated or corrupt stream
        return InputError(source, f"cannot decompress: {exc}")


def read_at_most(handle: IO[bytes], size: int) -> bytes:
    """Up to ``size`` bytes of a stream; in chunks, as ``read(size)`` of a buffered stream
    sets aside all ``size`` bytes first."""
    chunks: list[bytes] = []
    left = size
    while left > 0 and (chunk := handle.read(min(left, READ_CHUNK))):
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


READ_CHUNK = 1 << 20


def whole_document(
    read: Decoded | InputError, source: str, stem: str, *, html: bool | None = False
) -> Document | InputError:
    """The one document of a dump or a page read whole (:func:`read_whole`), its id ``stem``;
    ``html=None``: a page when it opens as one (:func:`opens_as_page`), else a dump."""
    if isinstance(read, InputError):
        return read
    if html is None:
        html = opens_as_page(read.text)
    return Document(id=stem, source=source, text="" if html else read.text, flags=read.flags,
                    html=read.text if html else None, encoding=read.encoding)


PAGE_START = ("<!doctype html", "<html", "<head", "<body")  # how a page opens


def opens_as_page(text: str) -> bool:
    """Whether text opens as an HTML page does (``<!DOCTYPE html>``, ``<html>``, ...): a page
    a scraper saved under a text file's name is still read as a page."""
    opening = text[:SNIFF].lstrip("\ufeff \t\r\n\f\v")
    return opening[:len(PAGE_START[0])].lower().startswith(PAGE_START)


MAX_DECOMPRESSED = 256 << 20  # a compressed page or dump is read whole: up to this many bytes


def stem_of(path: PurePath) -> str:
    """A file's name without its suffix, nor a compression's before it: the id of its
    document (``a1.html.gz``: ``a1``), or the start of its records' ids."""
    suffix = compression_suffix(path)
    name = path.name[:-len(suffix)] if suffix else path.name
    return Path(name).stem or name


if TYPE_CHECKING:
    _ConcretePath = Path
else:  # before Python 3.12, Path itself cannot be subclassed, only its concrete class
    _ConcretePath = type(Path())


class InputPath(_ConcretePath):
    """A file to read, and the name its documents' ids start with when its stem is another
    input's too (``id_stem``, from :func:`distinct_stems`)."""

    id_stem: str | None = None


def document_stem(path: PurePath) -> str:
    """The id of a file's document, or the start of its documents' ids (``crawl:12``): its
    stem (:func:`stem_of`), or the name :func:`distinct_stems` gave it (``2024-05-01/1``)."""
    return getattr(path, "id_stem", None) or path_name(stem_of(path))


def distinct_stems(paths: Iterable[PurePath]) -> dict[PurePath, str]:
    """Names that start the ids of inputs whose stems are alike, so that no two of them give
    the same id: each stem under the fewest last folders of its path that tell it from the
    others. Scrapes filed by day (``2024-05-01/1.txt``, ``2024-05-02/1.txt``) give
    ``2024-05-01/1`` and ``2024-05-02/1``; a mirrored site's pages (``news/a/index.html``,
    ``news/b/index.html``) ``a/index`` and ``b/index``. A file that no folder tells from
    another (``1.html`` and ``1.txt`` in one folder) keeps its whole name (``1.html``).
    Inputs whose stems are their own are not in the mapping, nor a file named twice.

    >>> from pathlib import PurePosixPath as P
    >>> sorted(distinct_stems([P("out/2024-05-01/1.txt"), P("out/2024-05-02/1.txt"),
    ...                        P("out/x.txt")]).values())
    ['2024-05-01/1', '2024-05-02/1']
    """
    alike: dict[str, list[PurePath]] = {}
    for path in dict.fromkeys(paths):  # a file named twice is read twice, as one input
        alike.setdefault(stem_of(path), []).append(path)
    found: dict[PurePath, str] = {}
    for group in alike.values():
        if len(group) < 2:
            continue
        found.update(_told_apart(group, [longer_stems(path) for path in group]))
    return found


def longer_stems(path: PurePath) -> list[str]:
    """The names that tell a file from others of its stem, shortest first: its stem under its
    last folder, its last two..., then its whole name under none, one... (``a/b/1.txt``:
    ``b/1``, ``a/b/1``, ``1.txt``, ``b/1.txt``, ``a/b/1.txt``)."""
    folders = [path_name(part) for part in path.parent.parts if part != path.anchor]
    under = ["".join(f"{part}/" for part in folders[len(folders) - depth:])
             for depth in range(len(folders) + 1)]
    stem, name = path_name(stem_of(path)), path_name(path.name)
    return [*(start + stem for start in under[1:]), *(start + name for start in under)]


def _told_apart(group: list[PurePath], names: list[list[str]]) -> dict[PurePath, str]:
    """Each path of ``group`` named by the first of its ``names`` that none of the others
    can take, as long as that gives every path a name of its own (else their sources)."""
    takers = Counter(name for own in names for name in set(own))
    chosen = {path: next((name for name in own if takers[name] == 1), path_name(path))
              for path, own in zip(group, names, strict=True)}
    if len(set(chosen.values())) < len(chosen):
        return {path: path_name(path) for path in group}
    return chosen


def kind_of(path: PurePath) -> str:
    """The suffix that says how a file is read (its key in ``READERS``): its last; for a
    compressed file the one before the compression's (``page.html.gz``: ``.html``;
    ``dump.txt.bz2``: ``.txt``), or the compression's itself where that one names no reader
    (``crawl.gz``, ``crawl.xz``: JSON Lines)."""
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if len(suffixes) >= 2 and suffixes[-1] in COMPRESSED_SUFFIXES and suffixes[-2] in READERS:
        return suffixes[-2]
    return path.suffix.lower()


def read_text_file(path: Path, fields: Fields = FIELDS) -> Iterator[Document | InputError]:
    """A plain-text scrape: one document, its id the file's stem; a page when it opens as one
    (a page saved as ``.txt``). Data whose opening says what it is (a feed, a page saved
    whole, a WARC file, an archive) is read as that, whatever its name (:func:`_whole`)."""
    return _whole(path, fields, html=None)


def read_html_file(path: Path, fields: Fields = FIELDS) -> Iterator[Document | InputError]:
    """A saved HTML page: one document, cleaned with ``Cleaner.clean_html``; or, as a
    dump's name, what its opening says it is (a feed a crawler saved as ``index.html``)."""
    return _whole(path, fields, html=True)


def _whole(path: Path, fields: Fields, *, html: bool | None) -> Iterator[Document | InputError]:
    """A file read as :func:`whole_or_framed` reads a stream."""
    with contextlib.ExitStack() as stack:
        try:
            handle, compressed = stack.enter_context(open_input(path))
        except OSError as exc:  # unreadable
            yield InputError(path_name(path), exc.strerror or str(exc))
            return
        yield from whole_or_framed(handle, path_name(path), document_stem(path), fields,
                                   html=html, bounded=compressed)


def whole_or_framed(
    handle: IO[bytes], source: str, stem: str, fields: Fields = FIELDS, *,
    html: bool | None, bounded: bool = True,
) -> Iterator[Document | InputError]:
    """A buffered stream read whole as one dump or page (:func:`read_whole`, ``html`` as
    :func:`whole_document` takes it); or, when its opening says it is data of another kind
    under a dump's or a page's name, by that data's reader
    (:func:`~newsclean.sniffing.framed_reader`): ``wget`` saves a site's ``/feed/`` as
    ``index.html``, a scraper names all it fetches ``.txt``."""
    from newsclean.sniffing import framed_reader  # it reads with this module's parts

    try:
        framed = framed_reader(handle)
    except (OSError, *DECOMPRESSION_ERRORS):  # damaged: reading it whole says how
        framed = None
    if framed is not None:
        yield from framed(handle, source, stem, fields)
        return
    yield whole_document(read_whole(handle, source, html=bool(html), bounded=bounded), source,
                         stem, html=html)


def iter_jsonl(path: Path) -> Iterator[tuple[int, Any] | InputError]:
    """Each JSON value of a JSON Lines file with its line number, streamed one line at a time;
    a line that is not JSON (or the file, when it cannot be opened) as an ``InputError``."""
    return read_opened(path, lambda handle, source: (
        item if isinstance(item, InputError) else item[:2]
        for item in _jsonl_values(source, handle)))


def read_opened(
    path: Path, read: Callable[[IO[bytes], str], Iterator[T]]
) -> Iterator[T | InputError]:
    """What ``read(handle, source)`` yields from a file's bytes (decompressed), streamed; the
    file's error when it cannot be opened."""
    source = path_name(path)
    with contextlib.ExitStack() as stack:
        try:
            handle, _ = stack.enter_context(open_input(path))
        except OSError as exc:
            yield InputError(source, exc.strerror or str(exc))
            return
        yield from read(handle, source)


def _jsonl_values(
    source: str, lines: Iterable[bytes]
) -> Iterator[tuple[int, Any, str] | InputError]:
    """The values of JSON Lines with their line numbers (and the encoding each was read in),
    or the errors of the lines that are not JSON."""
    first_bad: list[InputError] = []  # bad lines before any line was JSON: held back
    read = False
    try:
        lines, wide = marked_lines(lines)
        for number, raw in enumerate(lines, 1):
            item = read_jsonl_line(source, number, raw)
            if item is None:
                continue
            if wide is not None and not isinstance(item, InputError):
                item = (number, item[1], wide)
            if not read and isinstance(item, InputError):
                first_bad.append(item)
                if len(first_bad) == NOT_JSONL_LINES:
                    yield InputError(source, f"not JSON Lines: none of its first "
                                             f"{NOT_JSONL_LINES} lines is JSON")
                    return
                continue
            read = True
            yield from first_bad
            first_bad.clear()
            yield item
    except (OSError, *DECOMPRESSION_ERRORS) as exc:  # a truncated or corrupt stream
        yield from first_bad
        yield InputError(source, f"cannot read on: {exc}")
        return
    if not read and not first_bad:  # no line but blank ones
        yield InputError(source, "empty file")
    yield from first_bad


def iter_records(path: Path) -> Iterator[tuple[int, Any] | InputError]:
    """The JSON values of a file of records written earlier, each with its line: JSON Lines,
    or for a ``.json`` file (what ``--format json`` writes) its values and the elements of its
    arrays."""
    if kind_of(path) != ".json":
        yield from iter_jsonl(path)
        return
    for item in iterjson_values(path):
        yield item if isinstance(item, InputError) else (item[0], item[2])


def jsonl_opening_error(path: Path) -> InputError | None:
    """The error that ends a JSON Lines file at its opening, before any line is read as a
    document (unreadable; none of its first lines JSON), or ``None``: what a reader of a
    file's parts checks first, that :func:`iter_jsonl` checks as it goes."""
    first = next(iter_jsonl(path), None)  # the file is closed as the reader is let go
    if isinstance(first, InputError) and first.line is None:
        return first
    return None


# A file whose first lines are all bad is no JSON Lines (a page, a text dump, named .jsonl or
# .gz): after this many the rest is not read, rather than named line by line.
NOT_JSONL_LINES = 10


def marked_lines(lines: Iterable[bytes]) -> tuple[Iterable[bytes], str | None]:
    """The lines of a stream, as UTF-8, and ``utf-16`` or ``utf-32`` when the stream opens
    with that encoding's byte-order mark (JSON Lines a Windows tool wrote: PowerShell's ``>``
    writes UTF-16), whose lines are split again where that encoding's line breaks are; else
    the lines as they are, and ``None``."""
    lines = iter(lines)
    first = next(lines, b"")
    codec = wide_codec(first)
    if codec is None:
        return itertools.chain((first,), lines), None
    return utf8_lines(itertools.chain((first,), lines), codec), codec


def utf8_lines(chunks: Iterable[bytes], codec: str) -> Iterator[bytes]:
    """The lines of the text ``chunks`` hold in ``codec``, one at a time, in UTF-8. Half of a
    surrogate pair (a character cut in two) is written as its JSON escape, which a JSON
    string reads as U+FFFD with the flag ``encoding_replaced``, as a crawler's own escape is."""
    decoder = codecs.getincrementaldecoder(codec)(errors="surrogatepass")
    held: list[str] = []  # the line so far: a newline byte need not be a line break
    for chunk in chunks:
        text = decoder.decode(chunk)
        if "\n" not in text:
            held.append(text)
            continue
        *lines, rest = text.split("\n")
        lines[0] = "".join(held) + lines[0]
        for line in lines:
            yield line.encode("utf-8", "backslashreplace") + b"\n"
        held = [rest]
    with contextlib.suppress(UnicodeDecodeError):  # a byte left over: the file was cut off
        held.append(decoder.decode(b"", final=True))
    if "".join(held):
        yield "".join(held).encode("utf-8", "backslashreplace")


def read_jsonl_line(
    source: str, number: int, raw: bytes
) -> tuple[int, Any, str] | InputError | None:
    """One line of a JSON Lines file: its value and the encoding its bytes were read in, an
    ``InputError``, or ``None`` when blank. JSON Lines are UTF-8; a line that is not (a
    crawler that wrote cp1251 or cp1252) is read in the legacy encoding it reads likeliest
    in, or as UTF-8 with a few stray bytes (``decoding.read_not_utf8``)."""
    if not raw.strip():
        return None
    try:
        text, encoding = raw.decode("utf-8-sig" if number == 1 else "utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        read = read_not_utf8(raw)
        if read is None:
            return InputError(source, f"not a JSON object: {exc}", line=number)
        text, encoding = read.text, read.encoding
    try:
        return number, json.loads(text), encoding
    except json.JSONDecodeError as exc:
        read_as = "" if encoding == "utf-8" else f" (its bytes, not UTF-8, read as {encoding})"
        return InputError(source, f"not a JSON object{read_as}: {exc}", line=number)
    except RecursionError:
        return InputError(source, TOO_DEEP, line=number)


def read_spooled(
    handle: IO[bytes], source: str, read: Callable[[IO[bytes]], Iterator[T | InputError]]
) -> Iterator[T | InputError]:
    """What ``read(file)`` yields from the bytes of a stream that cannot seek (standard input,
    an archive's member, a compressed file), kept in a temporary file first: a zip or a
    Parquet file's index is at its end."""
    with tempfile.TemporaryFile() as kept:
        while True:
            try:
                chunk = handle.read(_SPOOL_CHUNK)
            except (OSError, *DECOMPRESSION_ERRORS) as exc:
                yield InputError(source, f"cannot read: {exc}")
                return
            if not chunk:
                break
            try:
                kept.write(chunk)
            except OSError as exc:  # a full disk names no file: this says which, and why
                yield InputError(source, f"cannot keep it in a temporary file in "
                                         f"{tempfile.gettempdir()} (TMPDIR names another folder; "
                                         f"a zip or Parquet file is read from its end): "
                                         f"{exc.strerror or exc}")
                return
        kept.seek(0)
        yield from read(kept)


_SPOOL_CHUNK = 1 << 20


def read_jsonl_file(path: Path, fields: Fields = FIELDS) -> Iterator[Document | InputError]:
    """Crawler JSON Lines: one object per line with ``text`` or ``html``, and optionally
    ``id``, ``url`` and ``fetched_at`` (keys ``fields`` names). Streamed: one line in memory at
    a time. A bad line is reported with its number and the others are still read."""
    yield from read_streamed(path, jsonl_documents, fields)


# A reader of a stream's documents: the stream (decompressed), the name errors give, the
# start of the documents' ids, the keys JSON objects are read by.
StreamReader = Callable[[IO[bytes], str, str, "Fields"], Iterator["Document | InputError"]]


def read_streamed(
    path: Path, documents: StreamReader, fields: Fields = FIELDS
) -> Iterator[Document | InputError]:
    """What ``documents`` reads from a file's bytes, streamed, its ids starting with the
    file's stem; the file's error when it cannot be opened."""
    stem = document_stem(path)
    return read_opened(path, lambda handle, source: documents(handle, source, stem, fields))


def jsonl_documents(
    lines: Iterable[bytes], source: str, stem: str, fields: Fields = FIELDS
) -> Iterator[Document | InputError]:
    """The documents of JSON Lines (ids ``stem:line`` unless the objects carry theirs), and
    the errors of the lines that are none."""
    for item in _jsonl_values(source, lines):
        yield item if isinstance(item, InputError) else jsonl_document(
            item[1], source, stem, item[0], fields, encoding=item[2])


def jsonl_document(
    record: Any, source: str, stem: str, number: int, fields: Fields = FIELDS,
    *, encoding: str = "utf-8",
) -> Document | InputError:
    """The document of one JSON Lines record (``number`` is its line), whose line was read
    in ``encoding``."""
    return object_document(record, source, line=number, default_id=f"{stem}:{number}",
                           origin=f"{source}:{number}", fields=fields, encoding=encoding)


def object_document(
    record: Any, source: str, *, line: int | None, default_id: str, origin: str,
    fields: Fields = FIELDS, where: str = "", encoding: str = "utf-8",
) -> Document | InputError:
    """The document of one JSON object read from ``source`` (at ``line``): its id
    ``default_id`` unless it carries one, its source its URL or else ``origin``. ``where``
    tells an error which of the file's objects it is, when its line does not. ``encoding``
    is what its bytes were read in: another than UTF-8 was detected (flag
    ``encoding_detected``), UTF-8 with a legacy encoding's stray bytes read
    (``utf-8+cp1252``: flag ``encoding_mixed``)."""
    if not isinstance(record, dict):
        return InputError(source, f"{where}not a JSON object" if where
                          else "each line must be a JSON object", line=line)
    if not is_document(record, fields):
        return InputError(source, f"{where}the object has no {json.dumps(fields.text)} or "
                                  f"{json.dumps(fields.html)} string{_why_none(record, fields)}",
                          line=line)
    text, html = fields.value(record, "text"), fields.value(record, "html")
    # the text, unless it is blank and the page is there (a crawler whose extraction failed)
    # or it is the page itself (a crawler that keeps the page under the text's key)
    as_text = isinstance(text, str) and (bool(text.strip()) or not isinstance(html, str)
                                         or not html.strip())
    if as_text and opens_as_page(str(text)):
        as_text, html = False, text
    url = fields.value(record, "url")
    url = valid_unicode(url)[0] if isinstance(url, str) and url.strip() else None
    fetched = fields.value(record, "fetched_at")
    if fetched is not None and not isinstance(fetched, str):
        # Unix time, a Parquet or a data frame's timestamp, MongoDB's {"$date": ...}
        when = read_fetch_time(fetched)
        if when is not None:
            fetched = when.isoformat()
        else:  # not a time: the record is flagged fetched_at_unread
            try:
                fetched = json.dumps(fetched)
            except (TypeError, ValueError):  # no JSON value (an object from Python)
                fetched = repr(fetched)
    # JSON text is Unicode already; what a crawler can still get wrong is mojibake, and half
    # of a surrogate pair ("\ud83d": an emoji cut in two), which no file can hold.
    body, replaced = valid_unicode(str(text) if as_text else str(html))
    done = ("encoding_replaced",) if replaced else ()
    if encoding not in MARKED_ENCODINGS:  # not UTF-8, nor told by a byte-order mark
        done = ("encoding_mixed" if encoding.startswith("utf-8+") else "encoding_detected", *done)
    content = repair_mojibake(Decoded(body, encoding, done))
    return Document(
        id=valid_unicode(_record_id(fields.value(record, "id"), default_id))[0],
        source=url or origin,
        text=content.text if as_text else "",
        url=url,
        flags=content.flags,
        fetched_at=fetched if isinstance(fetched, str) else None,
        html=None if as_text else content.text,
        encoding=encoding,
        declared=_declared(record, fields),
        page=html if as_text and isinstance(html, str) and html.strip() else None,
    )


def _record_id(value: Any, default: str) -> str:
    """An object's id as text: a string or a number as written (``0`` too), the one value of
    a list (Scrapy's ``getall()``: ``["a1"]``); anything else (none, an empty string, a
    truth value, NaN, an object, a list of several) gives ``default``, the object's place."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, str):
        return value or default
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        return default  # numpy's numbers are read too; NaN is a table's missing value
    number = float(value)
    if isinstance(value, numbers.Integral):
        return str(int(value))  # numpy's int64 too, whatever its size
    return str(int(number)) if number.is_integer() else str(value)  # 5.0: a spreadsheet's 5


def _declared(record: dict[str, Any], fields: Fields) -> Declared | None:
    """What a JSON object's own fields say of its article, or ``None`` when they say nothing."""
    def readable(value: Any) -> Any:
        if isinstance(value, str):
            return valid_unicode(value)[0]
        if isinstance(value, list):
            return [readable(item) for item in value]
        return value
    declared = Declared(*(readable(fields.value(record, part))
                          for part in ("title", "published", "authors", "updated")))
    return declared or None


def _why_none(record: dict[str, Any], fields: Fields) -> str:
    """What to tell a user whose object holds no text string: that its text is a list (a
    scraper's text nodes, Scrapy's ``getall()``), which newsclean does not guess how to join;
    else the key that holds its text (:func:`text_hint`)."""
    for part in ("text", "html"):
        value = fields.value(record, part)
        if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
            key = json.dumps(getattr(fields, part))
            return (f"; its {key} is a list of {len(value)} strings: join them into one first "
                    f"(a paragraph a line: jq -c '.{getattr(fields, part)} |= join(\"\\n\")')")
    return text_hint(record)


def no_text_column(
    source: str, columns: list[str], first: dict[str, Any] | None, fields: Fields, where: str
) -> InputError:
    """The error of a table (a CSV or a Parquet file) without the text's column: its columns
    (``where`` they are named: ``" in its header"``), and the one whose ``first`` row's value
    is long enough to be an article's, to name with ``--field``."""
    shown = ", ".join(json.dumps(name, ensure_ascii=False) for name in columns[:_SHOWN])
    more = f" and {len(columns) - _SHOWN} more" if len(columns) > _SHOWN else ""
    hint = text_hint(first) if first else ""
    return InputError(source, f"no {json.dumps(fields.text)} or {json.dumps(fields.html)} "
                              f"column{where} ({shown}{more}){hint}")


_SHOWN = 8  # a table's columns named in an error
_HINT_CHARS = 100  # a string this long, under another key, is likely the document's text


def text_hint(record: dict[str, Any]) -> str:
    """What to tell a user whose objects keep their text under another key: the key (or the
    path of keys, into the objects it nests) of the longest string that is no link, when it
    is long enough to be an article's."""
    longest = max(_strings(record), key=lambda found: len(found[1]), default=None)
    if longest is None or len(longest[1]) < _HINT_CHARS:
        return ""
    key = longest[0]
    return f"; --field text={key} reads its {json.dumps(key)}"


def _strings(value: Any, path: str = "", depth: int = 3) -> Iterator[tuple[str, str]]:
    """The strings that are no links in a JSON value's objects, nested ``depth`` deep at
    most, each with its path of keys (``article.body``)."""
    if not isinstance(value, dict) or depth == 0:
        return
    for key, inner in value.items():
        at = f"{path}{key}"
        if isinstance(inner, str) and not inner.startswith(("http://", "https://")):
            yield at, inner
        else:
            yield from _strings(inner, f"{at}.", depth - 1)


def read_json_file(path: Path, fields: Fields = FIELDS) -> Iterator[Document | InputError]:
    """A JSON file of documents: one object (news-please writes one file per article; its id
    is the file's stem), an array of them (a crawler's feed export; ids ``stem:item``), or
    objects one after another (ids ``stem:line``). Streamed one document at a time, however
    large the file. JSON that breaks off is reported with its line, after the documents
    before it."""
    yield from read_streamed(path, json_documents, fields)


def json_documents(
    handle: IO[bytes], source: str, stem: str, fields: Fields = FIELDS
) -> Iterator[Document | InputError]:
    """The documents of a stream of JSON, as :func:`read_json_file` reads a file's."""
    opening = _Opening(handle)
    values = _json_stream_values(opening, source)
    yield from _json_documents(values, source, stem, fields, opening)


class _Opening:
    """A stream read through, which keeps the encoding its byte-order mark names: the
    encoding of the documents read from it (UTF-8 when it has none)."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle, self.encoding = handle, "utf-8"
        self._first = True

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        if self._first:
            self._first = False
            self.encoding = (marked_codec(data) or "utf-8").removesuffix("-sig")
        return data


def _json_documents(
    values: Iterable[tuple[int, int | None, Any] | InputError], source: str, stem: str,
    fields: Fields, opening: _Opening,
) -> Iterator[Document | InputError]:
    held: tuple[int, int | None, Any] | None = None  # the first object, until a second is read
    count = 0
    for count, item in enumerate(values, start=1):
        if count == 1 and not isinstance(item, InputError) and item[1] is None:
            held = item
            continue
        if held is not None:
            yield _json_document(held, source, stem, fields, opening.encoding, alone=False)
            held = None
        yield item if isinstance(item, InputError) else _json_document(
            item, source, stem, fields, opening.encoding, alone=False)
    if held is not None:  # the file's one object: a document of its own, as a page is
        yield _json_document(held, source, stem, fields, opening.encoding, alone=True)
    elif count == 0:
        yield InputError(source, "holds no JSON object")


def _json_document(
    item: tuple[int, int | None, Any], source: str, stem: str, fields: Fields, encoding: str,
    *, alone: bool,
) -> Document | InputError:
    """The document of a JSON file's value at ``item`` (its line, its number in an array,
    itself), read in ``encoding``; ``alone``: the file's only value, named as the file is."""
    line, index, value = item
    if index is not None:
        where, default_id, origin = f"item {index}: ", f"{stem}:{index}", f"{source}#{index}"
    elif alone:
        where, default_id, origin = "", stem, source
    else:
        where, default_id, origin = "", f"{stem}:{line}", f"{source}:{line}"
    if not isinstance(value, dict):
        return InputError(source, f"{where}not a JSON object" if where
                          else "not a JSON object, nor an array of them", line=line)
    return object_document(value, source, line=line, default_id=default_id, origin=origin,
                           fields=fields, where=where, encoding=encoding)


def iterjson_values(path: Path) -> Iterator[tuple[int, int | None, Any] | InputError]:
    """The JSON values of a file, each with the line it starts on and, for the elements of a
    top-level array, its number in the array (from 1); values one after another and arrays'
    elements are read one at a time, with no more than one value and a chunk in memory.
    The first text that is not JSON ends the file, as an ``InputError`` naming its line."""
    return read_opened(path, _json_stream_values)


def _json_stream_values(
    handle: IO[bytes] | _Opening, source: str
) -> Iterator[tuple[int, int | None, Any] | InputError]:
    try:
        yield from json_values(handle.read, source)
    except (OSError, *DECOMPRESSION_ERRORS) as exc:  # a torn stream
        yield InputError(source, f"cannot read on: {exc}")
    except UnicodeDecodeError as exc:
        yield InputError(source, f"not UTF-8 text: {exc.reason} at byte {exc.start}")


def web_address(value: object) -> str | None:
    """``value`` when it is a web address (``http``, ``https``), spaces and angle brackets
    around it dropped (a MIME header's ``<https://...>``); else ``None`` (a ``file://`` path,
    a ``cid:``, no string).

    >>> web_address(" <https://example.com/a> "), web_address("file:///C:/a.htm")
    ('https://example.com/a', None)
    """
    if not isinstance(value, str):
        return None
    address = value.strip().strip("<>").strip()
    return address if _WEB_ADDRESS.fullmatch(address) else None


_WEB_ADDRESS = re.compile(r"https?://\S+", re.IGNORECASE)


def path_name(path: str | os.PathLike[str]) -> str:
    """A path as text that can be written out: the bytes of a file name that are not UTF-8
    (which Python keeps as lone surrogates) shown as escapes, ``bad\\xffname.txt``."""
    name = os.fspath(path)
    if SURROGATE.search(name) is None:
        return name
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # not a file name's bytes: a surrogate of another kind
        return valid_unicode(name)[0]


def read_compressed_file(path: Path, fields: Fields = FIELDS) -> Iterator[Document | InputError]:
    """A compressed file whose name says nothing more (``crawl.gz``): JSON Lines, or what its
    data opens as (:mod:`newsclean.sniffing`)."""
    from newsclean.sniffing import read_compressed_file as read  # it reads with this module's parts

    yield from read(path, fields)


def read_archive_file(path: Path, fields: Fields = FIELDS) -> Iterator[Document | InputError]:
    """An archive's scrapes: a tar or zip file's members (:mod:`newsclean.archive`)."""
    from newsclean.archive import read_archive_file as read  # it reads with this module's parts

    yield from read(path, fields)


def read_csv_file(path: Path, fields: Fields = FIELDS) -> Iterator[Document | InputError]:
    """A CSV or TSV file's rows, one document each (:mod:`newsclean.delimited`)."""
    from newsclean.delimited import csv_documents, tsv_documents  # they read with this module's parts

    yield from read_streamed(path, tsv_documents if kind_of(path) == ".tsv" else csv_documents,
                             fields)


def read_parquet_file(path: Path, fields: Fields = FIELDS) -> Iterator[Document | InputError]:
    """A Parquet file's rows, one document each (:mod:`newsclean.parquet`)."""
    from newsclean.parquet import read_parquet_file as read  # it reads with this module's parts

    yield from read(path, fields)


def read_warc_file(path: Path) -> Iterator[Document | InputError]:
    """A WARC file's pages and texts (:mod:`newsclean.warc`)."""
    from newsclean.warc import read_warc_file as read  # it reads with this module's parts

    yield from read(path)


def read_mhtml_file(path: Path) -> Iterator[Document | InputError]:
    """A page a browser saved with what it embeds, as MHTML (:mod:`newsclean.saved`)."""
    from newsclean.saved import read_mhtml_file as read  # it reads with this module's parts

    yield from read(path)


def read_webarchive_file(path: Path) -> Iterator[Document | InputError]:
    """A page Safari saved as a web archive (:mod:`newsclean.saved`)."""
    from newsclean.saved import read_webarchive_file as read

    yield from read(path)


def read_feed_file(path: Path, fields: Fields = FIELDS) -> Iterator[Document | InputError]:
    """A news feed's items (RSS, Atom: :mod:`newsclean.feeds`), or a crawler's XML export's
    (Scrapy's ``-o items.xml``, its fields read by the keys ``fields`` names)."""
    from newsclean.feeds import read_feed_file as read

    yield from read(path, fields)


# Archives of scrapes, read as folders are: tar files (.tar, or compressed: .tar.gz, .tgz...)
# and zip files.
ARCHIVE_KINDS = (".tar", ".tgz", ".tbz", ".tbz2", ".txz", ".zip")
READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".jsonl": read_jsonl_file,
    ".json": read_json_file,
    # compressed, its name saying no more: JSON Lines (crawl.gz), or what its data opens as
    ".gz": read_compressed_file,
    ".bz2": read_compressed_file,
    ".xz": read_compressed_file,
    ".zst": read_compressed_file,
    ".csv": read_csv_file,  # a table export, one document per row
    ".tsv": read_csv_file,
    ".parquet": read_parquet_file,  # a dataset's shard, one document per row
    ".warc": read_warc_file,  # a crawler's archive (.warc, .warc.gz)
    ".wet": read_warc_file,  # Common Crawl's extracted text (.warc.wet.gz)
    ".mhtml": read_mhtml_file,  # a page saved whole: "Webpage, Single File"
    ".mht": read_mhtml_file,
    ".webarchive": read_webarchive_file,  # Safari's
    ".rss": read_feed_file,  # a news feed, one document per item
    ".atom": read_feed_file,
    ".xml": read_feed_file,  # a feed saved under XML's name
    **dict.fromkeys(ARCHIVE_KINDS, read_archive_file),
}


def register_reader(suffix: str, reader: Reader) -> None:
    """Read files ending in ``suffix`` (``".html"``) with ``reader``."""
    READERS[suffix.lower()] = reader


# Read when named, not looked for in folders: beside scrapes, a .json file is as often a
# setting, metadata, or records written earlier as it is a document, a .csv or .tsv file
# as often the list of URLs a crawler was given, and a .xml file a sitemap or a setting.
NOT_SEARCHED = frozenset({".json", ".csv", ".tsv", ".xml"})


def searched(path: Path) -> bool:
    """Whether a file found in a folder is an input: a reader's suffix, not ``NOT_SEARCHED``."""
    kind = kind_of(path)
    return kind in READERS and kind not in NOT_SEARCHED


def find_inputs(paths: Iterable[str]) -> Iterator[Path | InputError]:
    """Expand paths: files as given, directories recursively (the files :func:`searched`
    names, sorted; links to folders followed, each folder searched once).

    A path that does not exist comes back as an ``InputError``, and so does a folder with no
    input in it (saying how many ``.json`` files it holds, which are read only when named).
    A pattern (``crawl/**/*.json``, quoted, so that any shell hands it over as it is) names
    the files it matches, sorted.
    """
    for name in paths:
        path = Path(name)
        if not path.exists() and is_pattern(name):
            matched = sorted(Path(p) for p in glob.glob(name, recursive=True) if Path(p).is_file())
            if not matched:
                yield InputError(path_name(name), "no file matches the pattern")
            yield from matched
        elif path.is_dir():
            listed, unlisted = _folder_entries(path)
            entries = _without_saved_assets(listed)
            files = [p for p in entries if p.is_file()]
            found = sorted(p for p in files if searched(p))
            # an input's name on what is no file to read: said, not passed over in silence
            unread = [p for p in entries if searched(p) and not p.is_file() and not p.is_dir()]
            if not found and not unread and not unlisted:
                yield InputError(path_name(name), f"no input file in it{_named_only(path, files)}")
            for item in sorted([*found, *unread]):
                yield item if item.is_file() else InputError(path_name(item), _not_a_file(item))
            yield from unlisted
        elif path.exists():
            yield path
        else:
            yield InputError(path_name(name), "no such file or directory")


def _folder_entries(folder: Path) -> tuple[list[Path], list[InputError]]:
    """Everything under ``folder``, and its subfolders that could not be listed, said.

    A link to a folder is followed, as a link to a file is read: the folder it names is
    searched once, under the first name the walk meets it by (``2026-12/`` before ``latest/``,
    a link to it), so a folder linked twice, or a link to a folder above it, is read once."""
    entries: list[Path] = []
    unlisted: list[InputError] = []
    walked: set[str] = set()
    waiting = [folder]
    while waiting:
        current = waiting.pop()
        real = os.path.realpath(current)
        if real in walked:
            continue
        walked.add(real)
        try:
            children = sorted(current.iterdir())
        except OSError as error:
            unlisted.append(InputError(path_name(current),
                                       f"cannot list this folder: {error.strerror or error}"))
            continue
        entries.extend(children)
        waiting.extend(reversed([child for child in children if child.is_dir()]))
    return entries, unlisted


def _without_saved_assets(entries: list[Path]) -> list[Path]:
    """A folder's entries without the assets a browser saves beside a page ("Save Page As",
    complete: ``Story.html`` and ``Story_files/``, whose ``.html`` files are the page's ads
    and embedded widgets, no pages of their own)."""
    assets = {folder for page in entries if page.suffix.lower() in (".html", ".htm")
              if (folder := page.with_name(f"{page.stem}_files")).is_dir()}
    if not assets:
        return entries
    return [entry for entry in entries
            if entry not in assets and assets.isdisjoint(entry.parents)]


def _not_a_file(path: Path) -> str:
    """Why a folder's entry named as an input is not read: a link to nothing, or a named pipe,
    a socket or a device (which could block the run, or never end)."""
    if path.is_symlink() and not path.exists():
        return "a broken symbolic link: what it points to does not exist"
    return "not a regular file (a named pipe, a socket or a device): name it to read it"


def _named_only(folder: Path, files: Iterable[Path]) -> str:
    """What to tell a user whose folder holds no input but files read only when named
    (``NOT_SEARCHED``): how many of each kind, and the patterns that name them."""
    kinds: dict[str, list[Path]] = {}
    for file in files:
        if kind_of(file) in NOT_SEARCHED:
            kinds.setdefault(kind_of(file), []).append(file)
    if not kinds:
        return ""
    counts = " and ".join(counted(len(found), f"{kind} file") for kind, found in sorted(kinds.items()))
    patterns = ", ".join(
        "'" + path_name(folder / (f"*{kind}" if all(p.parent == folder for p in found)
                                  else f"**/*{kind}")) + "'"
        for kind, found in sorted(kinds.items()))
    return f" ({counts}: name them to read them, {patterns})"


def is_pattern(name: str) -> bool:
    """Whether a path names files by a pattern (``*``, ``?``, ``[...]``) that the shell left."""
    return glob.has_magic(name)


def read_path(path: Path, fields: Fields = FIELDS) -> Iterator[Document | InputError]:
    """The documents of one file, read by the reader for its suffix (:func:`kind_of`; plain
    text otherwise). A reader is handed a compressed file as it is: ``.gz`` and ``.jsonl.gz``
    are read as compressed JSON Lines, ``.html.gz`` and ``.txt.bz2`` are decompressed whole
    (gzip, bzip2 and xz data are told by their first bytes). JSON
    objects are read by the keys ``fields`` names."""
    reader = READERS.get(kind_of(path), read_text_file)
    if reader in (read_text_file, read_html_file, read_jsonl_file, read_json_file, read_csv_file,
                  read_parquet_file, read_archive_file, read_compressed_file, read_feed_file):
        yield from reader(path, fields)
    else:
        yield from reader(path)


def is_document(record: dict[str, Any], fields: Fields = FIELDS) -> bool:
    """Whether a JSON object carries a document: a ``text`` or ``html`` string."""
    return isinstance(fields.value(record, "text"), str) or isinstance(
        fields.value(record, "html"), str)


def dumps(record: dict[str, Any]) -> str:
    """One record as a JSON line (UTF-8 text kept as is)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
