"""Telling what an input is from its opening bytes: standard input, which has no name, a
compressed file whose name says only that it is compressed (``crawl.gz``), and a file under a
dump's or a page's name (or none) that holds data of another kind (a feed saved as
``index.html``).

JSON Lines are told by a first line that is a document; JSON by an opening object or array
that holds one; CSV by a header that names the text's column among others (``id,url,text``);
a WARC file by ``WARC/1.``; a tar archive by the mark in its first header;
a zip archive by its first member's header; a Parquet file by ``PAR1``; a page saved whole by
its MIME header (MHTML) or as a binary property list (a Safari web archive); a feed by its
root element; a page by its HTML markup.
"""

from __future__ import annotations

import codecs
import io
import itertools
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from newsclean.compression import DECOMPRESSION_ERRORS, decompressed, peek
from newsclean.decoding import SNIFF, json_values, wide_codec
from newsclean.delimited import csv_documents, is_header
from newsclean.errors import InputError
from newsclean.feeds import looks_like_feed
from newsclean.io import (
    FIELDS,
    Document,
    Fields,
    StreamReader,
    is_document,
    json_documents,
    jsonl_documents,
    opens_as_page,
    read_streamed,
    read_whole,
    utf8_lines,
    whole_document,
)

STDIN_KINDS = ("auto", "text", "html", "jsonl", "json", "csv", "warc", "tar", "zip", "parquet",
               "mhtml", "webarchive", "feed")
_WARC_START = b"WARC/1."  # how a WARC file opens
_TAR_MAGIC = (257, b"ustar")  # where a tar file's first header says it is one, and how
_ZIP_START = b"PK\x03\x04"  # how a zip file opens: its first member's header
_PARQUET_START = b"PAR1"  # how a Parquet file opens
_PLIST_START = b"bplist00"  # how a binary property list opens: a Safari web archive
# An MHTML file's header: a field's name and colon at its start (RFC 5322's printable ASCII
# but ":"), a MIME version, and a content type of a saved page's
_FIELD = re.compile(rb"[!-9;-~]+:")
_MIME_VERSION = re.compile(rb"(?:^|\n)mime-version:")
_MIME_TYPE = re.compile(rb"(?:^|\n)content-type:[ \t]*([a-z/+-]+)")
_MHTML_TYPES = (b"multipart/related", b"text/html", b"application/xhtml+xml")


def looks_like_html(data: bytes) -> bool:
    """Whether bytes open as an HTML page does (``<!DOCTYPE html>``, ``<html>``, ...): their
    opening read as :func:`~newsclean.io.opens_as_page` reads text (each byte a character)."""
    return opens_as_page(data[:SNIFF].removeprefix(codecs.BOM_UTF8).decode("latin-1"))


def looks_like_mhtml(data: bytes) -> bool:
    """Whether bytes open as an MHTML file does: a MIME header that says it is one (a
    ``MIME-Version`` and a ``multipart/related`` or HTML ``Content-Type``)."""
    head = data[:SNIFF].split(b"\n\r\n", 1)[0].split(b"\n\n", 1)[0].lower()
    if not _FIELD.match(head):
        return False
    kind = _MIME_TYPE.search(head)
    return (_MIME_VERSION.search(head) is not None and kind is not None
            and kind.group(1) in _MHTML_TYPES)


def read_stdin(
    stream: IO[bytes] | None = None, *, kind: str = "auto", fields: Fields = FIELDS
) -> Iterator[Document | InputError]:
    """Standard input: crawler JSON Lines when its first line is a JSON object with ``text``
    or ``html`` (streamed, ids ``stdin:line`` unless the objects carry theirs); JSON when it
    opens with such an object spread over lines, or an array of them (as a ``.json`` file
    is read); CSV when its first line is a header naming a ``text`` or ``html`` column among
    others (:func:`~newsclean.delimited.is_header`; ids ``stdin:line``); a WARC file when it
    opens as one (ids ``stdin:N``); a tar or zip archive when
    it opens as one (``tar c scrapes | newsclean clean -``: its members read as an archive
    file's are, sources ``<stdin>/scrapes/a1.txt``); a Parquet file when it opens as one
    (ids ``stdin:row``); a page saved whole when it opens as an MHTML file or a binary web
    archive (:func:`looks_like_mhtml`; id ``stdin``); a feed when its root element is a
    feed's, or a crawler's XML export when it opens with ``<items><item>`` (ids
    ``stdin:N``); a page when it opens with HTML markup
    (``<!DOCTYPE html>``, ``<html>``); else one text dump with the id ``stdin``.
    Compressed data is decompressed first. ``kind`` (one of ``STDIN_KINDS``) says which
    instead of telling."""
    if kind not in STDIN_KINDS:
        raise ValueError(f"kind must be one of {', '.join(STDIN_KINDS)}, got {kind!r}")
    source = "<stdin>"
    head: list[bytes] = []  # the lines read to tell the kind, blank ones first
    try:
        stream = decompressed(stream or sys.stdin.buffer)
        framed = _framed_reader(kind if kind != "auto" else _framing(stream))
        if framed is not None:
            yield from framed(stream, source, "stdin", fields)
            return
        first = _first_line(stream, head)
        if kind == "jsonl" or (kind == "auto" and _is_document_line(first, fields)):
            yield from jsonl_documents(itertools.chain(head, stream), source, "stdin", fields)
            return
        if kind == "csv" or (kind == "auto" and is_header(first, fields)):
            yield from csv_documents(itertools.chain(head, stream), source, "stdin", fields)
            return
        data = b"".join(head) + stream.read()
    except (OSError, *DECOMPRESSION_ERRORS) as exc:  # a torn or corrupt compressed stream
        yield InputError(source, f"cannot decompress: {exc}")
        return
    if kind == "json" or (kind == "auto" and first.lstrip()[:1] in (b"{", b"[")
                          and _opens_with_document(data, fields)):
        yield from json_documents(io.BytesIO(data), source, "stdin", fields)
        return
    html = kind == "html" or (kind == "auto" and looks_like_html(data))
    # told again from the text once decoded: a page in UTF-16 opens with no markup in bytes
    yield whole_document(read_whole(io.BytesIO(data), source, html=html, bounded=False), source,
                         "stdin", html=None if kind == "auto" and not html else html)


def _first_line(stream: IO[bytes], head: list[bytes]) -> bytes:
    """The first line of a buffered stream that is not blank, in UTF-8 (a stream that opens
    with a UTF-16 or UTF-32 mark is decoded to find it); the stream's lines read to find it
    go into ``head`` as they are, to be read again."""
    codec = wide_codec(peek(stream, 4))
    if codec is None:
        for raw in stream:
            head.append(raw)
            if raw.strip():
                return raw
        return b""

    def recorded() -> Iterator[bytes]:
        for raw in stream:
            head.append(raw)
            yield raw
    return next((line for line in utf8_lines(recorded(), codec) if line.strip()), b"")


def _is_document_line(line: bytes, fields: Fields = FIELDS) -> bool:
    """Whether ``line`` is a JSON Lines document: an object with a ``text`` or ``html``
    string. (A dump may open with other JSON, a page's JSON-LD left in its text.)"""
    line = line.strip().removeprefix(codecs.BOM_UTF8)
    if not (line.startswith(b"{") and line.endswith(b"}")):
        return False
    try:
        value = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return False
    return isinstance(value, dict) and is_document(value, fields)


def _opens_with_document(data: bytes, fields: Fields) -> bool:
    """Whether ``data`` is JSON whose first value is a document, or an array that opens with
    one (not a dump that opens with a page's JSON-LD, which names no text)."""
    first = next(json_values(io.BytesIO(data).read, "<stdin>"), None)
    return (isinstance(first, tuple) and isinstance(first[2], dict)
            and is_document(first[2], fields))


def _framing(stream: IO[bytes]) -> str | None:
    """What a stream's opening says it is, when it is data framed in records, members or
    parts: a WARC file (``"warc"``), a tar archive (``"tar"``, told by the mark in its first
    header), a zip archive (``"zip"``), a Parquet file (``"parquet"``), an MHTML file
    (``"mhtml"``, :func:`looks_like_mhtml`), a Safari web archive (``"webarchive"``, a
    binary property list) or a news feed (``"feed"``, :func:`~newsclean.feeds.looks_like_feed`);
    else ``None``."""
    at, magic = _TAR_MAGIC
    head = peek(stream, SNIFF)
    if head.startswith(_WARC_START):
        return "warc"
    if head[at:at + len(magic)] == magic:
        return "tar"
    if head.startswith(_ZIP_START):
        return "zip"
    if head.startswith(_PARQUET_START):
        return "parquet"
    if head.startswith(_PLIST_START):
        return "webarchive"
    if looks_like_mhtml(head):
        return "mhtml"
    if looks_like_feed(head):
        return "feed"
    return None


def framed_reader(stream: IO[bytes]) -> StreamReader | None:
    """The reader of a buffered stream whose opening says it is framed data (:func:`_framing`),
    or ``None``."""
    return _framed_reader(_framing(stream))


def _framed_reader(framing: str | None) -> StreamReader | None:
    """The reader of a stream of one of :func:`_framing`'s kinds (its documents' ids start
    with a stem), or ``None`` for another kind."""
    from newsclean.archive import read_tar, read_zip  # they read with this module's parts
    from newsclean.feeds import feed_documents
    from newsclean.parquet import parquet_documents
    from newsclean.saved import mhtml_documents, webarchive_documents
    from newsclean.warc import read_warc

    return {
        "warc": lambda handle, source, stem, _: read_warc(handle, source, stem),
        "tar": lambda handle, source, _, fields: read_tar(handle, source, fields),
        "zip": lambda handle, source, _, fields: read_zip(handle, source, fields),
        "parquet": parquet_documents,
        "mhtml": mhtml_documents,
        "webarchive": webarchive_documents,
        "feed": feed_documents,
    }.get(framing or "")


def read_compressed_file(path: Path, fields: Fields = FIELDS) -> Iterator[Document | InputError]:
    """A compressed file whose name says nothing more (``crawl.gz``, ``crawl.xz``): a WARC
    file, a tar or a zip archive when its data opens as one, else JSON Lines."""
    yield from read_streamed(path, _sniffed, fields)


def _sniffed(
    handle: IO[bytes], source: str, stem: str, fields: Fields
) -> Iterator[Document | InputError]:
    """The documents of a stream of what its opening tells, JSON Lines failing all else."""
    framed = _framed_reader(_framing(handle)) or jsonl_documents
    return framed(handle, source, stem, fields)
