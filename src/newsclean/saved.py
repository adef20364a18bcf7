"""Reading pages a browser saved whole, with what they embed: MHTML (``.mhtml``, ``.mht``:
Chrome's and Edge's "Webpage, Single File", Internet Explorer's "Web Archive, single file")
and Safari's web archives (``.webarchive``).

An MHTML file is a MIME message (RFC 2557): a header (the page's address in Chrome's
``Snapshot-Content-Location``, the time it was saved in ``Date``), then its parts, each with
a header of its own: the page, the frames it embeds (ads, widgets, players), its style
sheets and images. The document is the page: the part the message's ``start`` names, else
its first HTML part (the frames come after it). Its transfer encoding (quoted-printable,
base64) is undone and its bytes decoded as a saved page's are, the part's charset used where
they are not UTF-8. Its ``url`` is the part's ``Content-Location`` (else the message's
``Snapshot-Content-Location``) when that is a web address, and its ``fetched_at`` the
``Date`` the page was saved, against which relative and year-less dates are read (a page is
saved after it was loaded, so nothing it says was published after that date).

The parts are read a line at a time and only the page's lines are kept, so a file of images
is read in about the memory of its page, and nothing after the page is read.

A Safari web archive is a property list: the page is its ``WebMainResource``'s data, read
in the encoding that names, at the resource's URL.

A file that is neither, or whose page cannot be found or read, is an ``InputError`` that
says why; a file named so that is a plain HTML page is read as one.
"""

from __future__ import annotations

import base64
import binascii
import plistlib
import struct
from collections.abc import Iterator
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import IO, Any
from xml.parsers.expat import ExpatError

from newsclean.compression import DECOMPRESSION_ERRORS, peek
from newsclean.decoding import SNIFF, decode
from newsclean.errors import InputError, counted
from newsclean.fetched import read_fetch_time
from newsclean.io import (
    MAX_DECOMPRESSED,
    Document,
    Fields,
    read_at_most,
    read_streamed,
    read_whole,
    web_address,
    whole_document,
)
from newsclean.sniffing import looks_like_html, looks_like_mhtml

MAX_PAGE = MAX_DECOMPRESSED  # bytes of a saved page's own part, at most
MAX_HEADER_LINE = 1 << 16  # a MIME header line, at most
MAX_HEADER_LINES = 500  # ... and lines in one header block
LINE_PIECE = 1 << 20  # a body's line is read this many bytes at a time, at most
PARTS_NAMED = 4  # kinds of part an error names, at most

# What plistlib raises on bytes that are no property list, or a damaged one: its own error
# (a ValueError), what its XML parser or its binary reader meets (a table's index out of
# range, a count too large, an unknown encoding: LookupError).
_PLIST_ERRORS = (ValueError, LookupError, TypeError, OverflowError, RecursionError,
                 struct.error, ExpatError)
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def read_mhtml_file(path: Path) -> Iterator[Document | InputError]:
    """The page of an MHTML file (plain or compressed)."""
    return read_streamed(path, mhtml_documents)


def read_webarchive_file(path: Path) -> Iterator[Document | InputError]:
    """The page of a Safari web archive (plain or compressed)."""
    return read_streamed(path, webarchive_documents)


def mhtml_documents(
    handle: IO[bytes], source: str, stem: str, fields: Fields | None = None
) -> Iterator[Document | InputError]:
    """The page of an MHTML stream (decompressed), its id ``stem``, errors naming ``source``."""
    opening = peek(handle, SNIFF)
    if looks_like_html(opening):  # a page saved under an MHTML file's name
        yield whole_document(read_whole(handle, source, html=True), source, stem, html=True)
        return
    try:
        if not opening.strip():
            raise InputError(source, "empty file")
        if not looks_like_mhtml(opening):
            raise InputError(source, "not an MHTML file: it opens with no MIME header "
                                     "(MIME-Version, Content-Type)")
        yield _page(_Lines(handle), source, stem)
    except InputError as exc:
        yield exc
    except OSError as exc:  # unreadable; a torn compressed stream
        yield InputError(source, exc.strerror or f"cannot read: {exc}")
    except DECOMPRESSION_ERRORS as exc:
        yield InputError(source, f"cannot decompress: {exc}")


class _Lines:
    """A stream's lines, a long one in pieces (a boundary is sought only at a line's start)."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle, self.at_start = handle, True

    def next(self, limit: int = LINE_PIECE) -> tuple[bytes, bool]:
        """The next piece of a line, and whether it starts the line."""
        starts = self.at_start
        piece = self.handle.readline(limit)
        self.at_start = piece.endswith(b"\n")
        return piece, starts


def _header(lines: _Lines, source: str, where: str) -> Message | None:
    """A header block, up to the blank line that ends it; ``None`` at the stream's end."""
    block: list[bytes] = []
    for _ in range(MAX_HEADER_LINES):
        line, _ = lines.next(MAX_HEADER_LINE)
        if not line.strip():
            if not line and not block:
                return None
            return BytesHeaderParser(policy=compat32).parsebytes(b"".join(block))
        block.append(line)
    raise InputError(source, f"{where} has a header of more than {MAX_HEADER_LINES} lines")


def _page(lines: _Lines, source: str, stem: str) -> Document:
    root = _header(lines, source, "the file")
    if root is None:
        raise InputError(source, "empty file")
    if root.get_content_maintype() == "multipart":
        part, page = _page_part(lines, root, source)
    else:  # the page alone, the message's header its own (looks_like_mhtml: HTML)
        part, page = root, _body(lines, [], source)[0]
    data = _transfer_decoded(page, part, source)
    read = decode(data, source, html=True, charset=part.get_content_charset())
    url = (web_address(part.get("content-location"))
           or web_address(root.get("snapshot-content-location")))
    return Document(id=stem, source=source, text="", url=url, flags=read.flags,
                    fetched_at=_saved_at(root.get("date")), html=read.text,
                    encoding=read.encoding)


# How a part's body ends (:func:`_body`): another part follows; the message is closed; a
# nested multipart part is closed (its epilogue follows, up to the next boundary); the
# stream ends.
_PART, _CLOSED, _NESTED_CLOSED, _EOF = "part", "closed", "nested closed", "end of file"


def _page_part(lines: _Lines, root: Message, source: str) -> tuple[Message, bytes]:
    """The page's part of a multipart message: its header and its body's bytes."""
    boundary = root.get_boundary()
    if not boundary:
        raise InputError(source, "not an MHTML file: its multipart Content-Type names no boundary")
    boundaries = [boundary]  # a part may be multipart itself, its parts framed by its own
    start = root.get_param("start")
    wanted = _content_id(start) if isinstance(start, str) else None
    seen: list[str] = []
    first_html: tuple[Message, bytes] | None = None
    _, after = _body(lines, boundaries, source, keep=False)  # the preamble
    while after in (_PART, _NESTED_CLOSED):
        if after == _NESTED_CLOSED:  # a nested multipart's epilogue
            _, after = _body(lines, boundaries, source, keep=False)
            continue
        part = _header(lines, source, f"part {len(seen) + 1}")
        if part is None:
            break
        kind = part.get_content_type()
        seen.append(kind)
        inner = part.get_boundary() if part.get_content_maintype() == "multipart" else None
        if inner:
            boundaries.append(inner)  # its preamble is read as a body that is not kept
        is_page = not inner and (_content_id(part.get("content-id")) == wanted if wanted
                                 else kind in HTML_TYPES)
        keep = is_page or (kind in HTML_TYPES and first_html is None and not inner)
        body, after = _body(lines, boundaries, source, keep=keep)
        if after == _EOF and keep:
            raise InputError(source, f"cut short in part {len(seen)} ({kind})")
        if is_page:
            return part, body
        if keep:
            first_html = part, body
    if first_html is not None:  # no part is the one ``start`` names: the first page
        return first_html
    kinds = list(dict.fromkeys(seen))
    named = ", ".join(kinds[:PARTS_NAMED]) + (", ..." if len(kinds) > PARTS_NAMED else "")
    cut = ", cut short" if after == _EOF else ""
    raise InputError(source, f"no HTML page in it ({counted(len(seen), 'part')}"
                             f"{': ' + named if named else ''}{cut})")


def _content_id(value: object) -> str | None:
    """A ``Content-ID`` (or ``start``) as compared: without its angle brackets."""
    if value is None:
        return None
    return str(value).strip().strip("<>") or None


def _body(
    lines: _Lines, boundaries: list[str], source: str, *, keep: bool = True
) -> tuple[bytes, str]:
    """A part's body, up to the next boundary, and how it ended (``_PART``, ``_CLOSED``,
    ``_NESTED_CLOSED``, ``_EOF``). The line break before a boundary is the boundary's. A
    body that is not kept is read past, not held."""
    kept: list[bytes] = []
    size = 0
    while True:
        piece, starts = lines.next()
        if not piece:
            return b"".join(kept), _EOF
        if starts and piece.startswith(b"--") and boundaries:
            mark = piece.rstrip().decode("latin-1")[2:]
            after = (_PART if mark in boundaries
                     else _CLOSED if mark[:-2] == boundaries[0] and mark.endswith("--")
                     else _NESTED_CLOSED if mark.endswith("--") and mark[:-2] in boundaries
                     else None)
            if after is not None:
                body = b"".join(kept)
                return (body[:-2] if body.endswith(b"\r\n") else body.removesuffix(b"\n")), after
        if keep:
            size += len(piece)
            if size > MAX_PAGE:
                raise InputError(source, f"its page is more than {MAX_PAGE >> 20} MB: not read")
            kept.append(piece)


def _transfer_decoded(data: bytes, part: Message, source: str) -> bytes:
    """A part's bytes, their transfer encoding undone."""
    encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
    if encoding == "quoted-printable":  # its lines' breaks are the page's: "\n", as read
        return binascii.a2b_qp(data.replace(b"\r\n", b"\n"))
    if encoding in ("", "7bit", "8bit"):  # text in lines, each ending in the message's CRLF
        return data.replace(b"\r\n", b"\n")
    if encoding == "base64":
        try:
            return base64.b64decode(data)
        except (binascii.Error, ValueError) as exc:
            raise InputError(source, f"its page's base64 is damaged: {exc}") from None
    if encoding == "binary":
        return data
    raise InputError(source, f"its page's transfer encoding {encoding!r} is not read")


def _saved_at(value: Any) -> str | None:
    """The ``Date`` a page was saved, as ISO 8601; a date that is none, as it is written (a
    fetch time the record then says it could not read)."""
    if value is None:
        return None
    when = read_fetch_time(str(value))
    return when.isoformat() if when is not None else (str(value).strip() or None)


def webarchive_documents(
    handle: IO[bytes], source: str, stem: str, fields: Fields | None = None
) -> Iterator[Document | InputError]:
    """The page of a Safari web archive on a stream (decompressed), its id ``stem``."""
    try:
        data = read_at_most(handle, MAX_PAGE + 1)
    except OSError as exc:
        yield InputError(source, exc.strerror or f"cannot read: {exc}")
        return
    try:
        yield _archived_page(data, source, stem)
    except InputError as exc:
        yield exc


def _archived_page(data: bytes, source: str, stem: str) -> Document:
    if not data.strip():
        raise InputError(source, "empty file")
    if len(data) > MAX_PAGE:
        raise InputError(source, f"more than {MAX_PAGE >> 20} MB: not read")
    try:
        archive = plistlib.loads(data)
    except _PLIST_ERRORS as exc:
        raise InputError(source, f"not a Safari web archive (a property list): {exc}") from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict) or not isinstance(main.get("WebResourceData"), bytes):
        raise InputError(source, "not a Safari web archive: no WebMainResource page in it")
    page: bytes = main["WebResourceData"]
    kind = str(main.get("WebResourceMIMEType") or "text/html").lower()
    if kind not in HTML_TYPES and kind != "text/plain":
        raise InputError(source, f"its page is {kind}, not HTML or text")
    charset = main.get("WebResourceTextEncodingName")
    read = decode(page, source, html=kind in HTML_TYPES,
                  charset=charset if isinstance(charset, str) else None)
    url = web_address(main.get("WebResourceURL"))
    if kind in HTML_TYPES:
        return Document(id=stem, source=source, text="", url=url, flags=read.flags,
                        html=read.text, encoding=read.encoding)
    return Document(id=stem, source=source, text=read.text, url=url, flags=read.flags,
                    encoding=read.encoding)
