"""Reading WARC files: what web crawlers and archivers keep (``.warc``, ``.warc.gz``), and
Common Crawl's extracted text (WET, ``.warc.wet.gz``).

A file is a run of records, each a header block and the content it announces. These become
documents:

- a ``response`` record whose HTTP status is 2xx and whose content is an HTML page (by its
  type, or by its opening where the server named no type): a page, cleaned as a saved page
  is (its chunked transfer and gzip or deflate encoding undone, its HTTP charset used where
  the bytes are not UTF-8);
- a ``resource`` or ``conversion`` record of HTML or plain text (WET's text is a text dump,
  one line per block of the page).

Requests, metadata, revisits, redirects, errors, images and scripts hold no document and are
passed over. A document's id is ``STEM:N``, N the record's number in the file (from 1, every
record counted, so ids do not move when the reading changes); its ``url`` is the record's
``WARC-Target-URI`` (also its ``source``), and its ``fetched_at`` the ``WARC-Date``, against
which relative dates ("2 hours ago") are read.

Records are read one at a time, so a file of any size is read in constant memory; content a
document cannot be (past ``MAX_CONTENT`` bytes, or of another type) is skipped unread. A
record that cannot be read is an ``InputError`` naming the file and the record, and the rest
are read; a header that is no WARC header ends the file, as nothing after it can be framed.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from newsclean.compression import DECOMPRESSION_ERRORS, GZIP_START
from newsclean.decoding import decode
from newsclean.errors import InputError
from newsclean.io import (
    MAX_DECOMPRESSED,
    Document,
    document_stem,
    read_at_most,
    read_opened,
)
from newsclean.sniffing import looks_like_html

MAX_CONTENT = MAX_DECOMPRESSED  # bytes of one record's content read as a document, at most
MAX_HEADER_LINE = 1 << 16  # a WARC or HTTP header line, at most
MAX_HEADER_LINES = 500  # ... and lines in one header block
MAX_LENGTH_DIGITS = 18  # a Content-Length longer than this is no length
SKIP_CHUNK = 1 << 20  # content that is no document is read past this many bytes at a time

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
_CHARSET = re.compile(r";\s*charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)


class _Unframed(Exception):
    """What is read is no WARC header: the records after it cannot be found."""


def read_warc_file(path: Path) -> Iterator[Document | InputError]:
    """The documents of a WARC file (plain or compressed), in the order of its records."""
    stem = warc_stem(document_stem(path))
    return read_opened(path, lambda handle, source: read_warc(handle, source, stem))


def warc_stem(stem: str) -> str:
    """The start of a WARC file's ids, from its name's stem (``crawl.warc.wet.gz``: ``crawl``)."""
    return stem.removesuffix(".warc")


def read_warc(handle: IO[bytes], source: str, stem: str) -> Iterator[Document | InputError]:
    """The documents of a WARC stream (decompressed), ids ``stem:N``, errors naming ``source``."""
    number = 0
    try:
        while (header := _warc_header(handle)) is not None:
            number += 1
            yield from _documents(handle, header, source, f"{stem}:{number}", number)
    except _Unframed as exc:
        yield InputError(source, f"not a WARC file: {exc}" if number == 0
                         else f"after record {number}, {exc}: the rest is not read")
    except (OSError, *DECOMPRESSION_ERRORS) as exc:  # unreadable, or a torn stream
        yield InputError(source, f"cannot read on after {number} records: {exc}")


def _warc_header(handle: IO[bytes]) -> dict[str, str] | None:
    """The next record's header fields (names lower-cased), or ``None`` at the file's end."""
    line = b"\r\n"
    while not line.strip():  # the blank lines that close the record before
        line = handle.readline(MAX_HEADER_LINE)
        if not line:
            return None
    if not line.startswith(b"WARC/"):
        raise _Unframed(f"{line[:40]!r} where a WARC header should start")
    fields = _fields(lambda: handle.readline(MAX_HEADER_LINE))
    if fields is None:
        raise _Unframed(f"a header of more than {MAX_HEADER_LINES} lines")
    length = fields.get("content-length", "")
    if not (length.isascii() and length.isdigit() and len(length) <= MAX_LENGTH_DIGITS):
        raise _Unframed(f"a WARC header without a Content-Length ({length!r})")
    return fields


def _fields(readline: Callable[[], bytes]) -> dict[str, str] | None:
    """Header lines (``Name: value``, names lower-cased) up to the blank line that ends
    them; ``None`` when there are more than ``MAX_HEADER_LINES``."""
    fields: dict[str, str] = {}
    for _ in range(MAX_HEADER_LINES):
        line = readline()
        if not line.strip():
            return fields
        name, colon, value = line.decode("latin-1").partition(":")
        if colon:
            fields[name.strip().lower()] = value.strip()
    return None


def _documents(
    handle: IO[bytes], header: dict[str, str], source: str, id: str, number: int
) -> Iterator[Document | InputError]:
    """The document of one record, if it holds one; its content is read to its end either way."""
    block = _Block(handle, int(header["content-length"]))
    found = _document(block, header, source, id, number)
    block.skip()
    if block.left:  # the file ends inside the record
        yield InputError(source, f"record {number}: cut short")
    elif found is not None:
        yield found


def _document(
    block: _Block, header: dict[str, str], source: str, id: str, number: int
) -> Document | InputError | None:
    kind = header.get("warc-type", "").lower()
    http: dict[str, str] = {}
    if kind == "response" and _mime(header.get("content-type", "")) == "application/http":
        status, http = _http_head(block)
        content_type = http.get("content-type", "")
        if not 200 <= status < 300:
            return None
    elif kind in ("resource", "conversion"):
        content_type = header.get("content-type", "")
    else:
        return None
    mime = _mime(content_type)
    if mime not in HTML_TYPES and mime not in TEXT_TYPES and mime:
        return None
    if block.left > MAX_CONTENT:
        return InputError(source, f"record {number}: {block.left >> 20} MB of content, more "
                                  f"than a page ({MAX_CONTENT >> 20} MB): not read")
    try:
        data = _decoded_transfer(block.read(), http)
    except ValueError as exc:
        return InputError(source, f"record {number}: {exc}")
    if not mime:  # a server that named no type: a page when it opens as one
        if not looks_like_html(data):
            return None
        mime = "text/html"
    charset = _CHARSET.search(content_type)
    where = f"{source}#{number}"
    try:
        read = decode(data, where, html=mime in HTML_TYPES,
                      charset=charset.group(1) if charset else None)
    except InputError as exc:
        return InputError(source, f"record {number}: {exc.reason}")
    url = header.get("warc-target-uri", "").strip("<>") or None
    fetched = header.get("warc-date") or None
    if mime in HTML_TYPES:
        return Document(id=id, source=url or where, text="", url=url, flags=read.flags,
                        fetched_at=fetched, html=read.text, encoding=read.encoding)
    return Document(id=id, source=url or where, text=read.text, url=url, flags=read.flags,
                    fetched_at=fetched, encoding=read.encoding)


class _Block:
    """A record's content: read in full, or passed over, never past its length."""

    def __init__(self, handle: IO[bytes], length: int) -> None:
        self.handle, self.left = handle, length

    def readline(self) -> bytes:
        line = self.handle.readline(min(self.left, MAX_HEADER_LINE))
        self.left -= len(line)
        return line

    def read(self) -> bytes:
        data = read_at_most(self.handle, self.left)  # a length a torn file does not hold
        self.left -= len(data)
        return data

    def skip(self) -> None:
        while self.left > 0:
            data = self.handle.read(min(self.left, SKIP_CHUNK))
            if not data:
                return  # the file ends inside the record: the next header read says so
            self.left -= len(data)


def _http_head(block: _Block) -> tuple[int, dict[str, str]]:
    """An HTTP response's status and header fields, read from the start of ``block``."""
    words = block.readline().decode("latin-1").split()  # "HTTP/1.1 200 OK"
    code = words[1] if len(words) > 1 else ""
    status = int(code) if code.isascii() and code.isdigit() and len(code) == 3 else 0
    return status, _fields(block.readline) or {}


def _mime(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _decoded_transfer(data: bytes, http: dict[str, str]) -> bytes:
    """The body as the server meant it: chunks joined, a gzip or deflate encoding undone.

    Crawlers differ in what they keep: a gzip body whose header was dropped is told by its
    bytes, and a body stored decoded under a header that still says gzip is taken as it is.
    """
    if "chunked" in http.get("transfer-encoding", "").lower():
        data = _unchunked(data)
    encoding = http.get("content-encoding", "").lower().strip()
    gzipped = data.startswith(GZIP_START)
    if encoding in ("gzip", "x-gzip") or (gzipped and encoding in ("", "identity")):
        return _inflate(data, zlib.MAX_WBITS | 16) if gzipped else data
    if encoding == "deflate":
        try:
            return _inflate(data, zlib.MAX_WBITS)
        except ValueError:  # servers send raw deflate as often as zlib's
            return _inflate(data, -zlib.MAX_WBITS)
    if encoding not in ("", "identity"):
        raise ValueError(f"content encoded as {encoding!r}, which is not read")
    return data


def _inflate(data: bytes, wbits: int) -> bytes:
    inflater = zlib.decompressobj(wbits)
    try:
        body = inflater.decompress(data, MAX_CONTENT + 1)
    except zlib.error as exc:
        raise ValueError(f"content that cannot be decompressed: {exc}") from exc
    if len(body) > MAX_CONTENT:
        raise ValueError(f"content that decompresses to more than {MAX_CONTENT >> 20} MB")
    return body


def _unchunked(data: bytes) -> bytes:
    """A chunked body joined; as it is when it is not chunked after all (a crawler that
    stored the body decoded but kept the header)."""
    parts: list[bytes] = []
    at = 0
    while at < len(data):
        end = data.find(b"\n", at)
        if end < 0:
            return data
        size = data[at:end].split(b";", 1)[0].strip()
        try:
            count = int(size, 16)
        except ValueError:
            return data
        if count == 0:
            return b"".join(parts)
        parts.append(data[end + 1:end + 1 + count])
        at = end + 1 + count
        at += 2 if data[at:at + 2] == b"\r\n" else 1 if data[at:at + 1] == b"\n" else 0
    return b"".join(parts)
