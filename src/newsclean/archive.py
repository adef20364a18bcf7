"""Reading archives of scrapes: tar files, plain or compressed (``.tar``, ``.tar.gz``,
``.tgz``, ``.tar.bz2``, ``.tar.xz``), and zip files, as folders are read, without unpacking
them.

A member is read by the reader its name calls for, as a folder's file is: ``.txt`` a dump,
``.html`` a page, ``.mhtml`` a page saved whole, ``.jsonl`` crawler lines, ``.warc`` a crawl,
each compressed or not. Members are read in the archive's order. A member no reader is for
(an image, a style sheet) is passed over, and so are the resource forks macOS puts in zip
files (``__MACOSX/``, ``._name``).

Unlike a folder's, an archive's ``.json`` members are read. Beside scrapes, a ``.json`` file
is as often a setting or records cleaned earlier, so a folder's are read only when named;
but a member cannot be named, and JSON packed into an archive is what a crawler wrote
(news-please writes a JSON file per article). Its ``.rss`` and ``.atom`` members are read as
feeds, and its ``.xml`` members passed over: a sitemap or a setting as often as a feed.

A member's documents carry its path under the archive's (``scrapes.tar.gz/2024/a1.txt``),
as a folder's file carries the folder's, and the ids the file would give them (``a1``,
``crawl:12``); a member whose stem an earlier member took takes the folders that tell it
apart (``2024-05-02/a1``), as files of one stem do. A ``.txt`` or ``.html`` member whose
opening says it holds other data (a feed, a page saved whole) is read as that, as a file
is. A member that cannot be read is an ``InputError`` naming it, and the others are read.
Damage that ends the archive is one error, after the documents before it. A tar file is
read as a stream, one member at a time, so an archive of any size is read in about the
memory of its largest page or dump.
"""

from __future__ import annotations

import io
import tarfile
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any

from newsclean.compression import COMPRESSED_SUFFIXES, DECOMPRESSION_ERRORS, decompressed
from newsclean.delimited import csv_documents, tsv_documents
from newsclean.errors import InputError
from newsclean.feeds import feed_documents
from newsclean.io import (
    ARCHIVE_KINDS,
    READERS,
    Document,
    Fields,
    StreamReader,
    document_stem,
    json_documents,
    jsonl_documents,
    kind_of,
    longer_stems,
    path_name,
    read_opened,
    read_spooled,
    whole_or_framed,
)
from newsclean.parquet import parquet_documents
from newsclean.saved import mhtml_documents, webarchive_documents
from newsclean.warc import read_warc, warc_stem

# Damage in an archive's framing or in a member's compressed data, as the standard library
# reports it: a zip file's name that is not the UTF-8 its flag promises is a ValueError.
ARCHIVE_ERRORS = (tarfile.TarError, zipfile.BadZipFile, OSError, EOFError, ValueError,
                  NotImplementedError, RuntimeError, *DECOMPRESSION_ERRORS)

Member = tuple[str, IO[bytes]]  # a member's path in its archive, and its bytes to be read
_MEMBER_READERS: dict[str, StreamReader] = {
    ".txt": lambda handle, source, stem, fields: whole_or_framed(
        handle, source, stem, fields, html=None),
    ".html": lambda handle, source, stem, fields: whole_or_framed(
        handle, source, stem, fields, html=True),
    ".jsonl": jsonl_documents,
    ".json": json_documents,
    ".warc": lambda handle, source, stem, _: read_warc(handle, source, warc_stem(stem)),
    ".csv": csv_documents,
    ".tsv": tsv_documents,
    ".parquet": parquet_documents,
    ".mhtml": mhtml_documents,
    ".webarchive": webarchive_documents,
    ".rss": feed_documents,
    ".atom": feed_documents,
}
_MEMBER_READERS.update({".htm": _MEMBER_READERS[".html"], ".wet": _MEMBER_READERS[".warc"],
                        ".mht": _MEMBER_READERS[".mhtml"],
                        **dict.fromkeys(COMPRESSED_SUFFIXES, jsonl_documents)})


def read_archive_file(path: Path, fields: Fields) -> Iterator[Document | InputError]:
    """The documents of an archive's members (a tar or a zip file, by its name's kind)."""
    source = path_name(path)
    if kind_of(path) == ".zip":
        yield from _documents(_zip_members(path, source), source, fields)
    else:
        yield from _documents(read_opened(path, _tar_members), source, fields)


def read_tar(handle: IO[bytes], source: str, fields: Fields) -> Iterator[Document | InputError]:
    """The documents of a tar stream's members (decompressed), named under ``source``."""
    return _documents(_tar_members(handle, source), source, fields)


def _documents(
    members: Iterable[Member | InputError], source: str, fields: Fields
) -> Iterator[Document | InputError]:
    read, before = 0, 0  # members read as scrapes or reported; members of any kind before
    stems = _Stems()
    for member in members:
        if isinstance(member, InputError):  # one member's, or the archive's last word
            read += 1
            yield member
            continue
        name, handle = member
        before += 1
        reader = _reader(name)
        if reader is None:
            continue
        read += 1
        inner = f"{source}/{name}"
        if isinstance(reader, str):
            yield InputError(inner, reader)
            continue
        try:
            yield from reader(decompressed(handle), inner, stems.of(name), fields)
        except _Torn as exc:  # the archive breaks off in this member: nothing after it
            yield InputError(source, f"cannot read on after {before - 1} members (in {name}): "
                                     f"{exc.__cause__}")
            return
        except ARCHIVE_ERRORS as exc:  # a zip member torn, or failing its check (CRC-32)
            yield InputError(inner, f"cannot read: {exc}")
    if read == 0:
        yield InputError(source, "no input file in it")


class _Stems:
    """The stems an archive's members' ids start with, one of its own for each: a member's
    stem, or when an earlier member took it, the first of its :func:`~newsclean.io.longer_stems`
    that none took (``2024-05-02/1`` after ``2024-05-01/1.txt``'s ``1``)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def of(self, name: str) -> str:
        path = PurePosixPath(name)
        stem = next((stem for stem in (document_stem(path), *longer_stems(path))
                     if stem not in self.taken), name)  # a name the archive holds twice
        self.taken.add(stem)
        return stem


class _Torn(Exception):
    """The stream of a tar file broke under one of its members: no member after it can be
    found. Not an ``OSError``, so that the member's reader does not take it for its own."""


class _TarMember(io.RawIOBase):
    """A tar member's bytes, read from the archive's stream; damage to that stream raises
    :class:`_Torn`."""

    def __init__(self, member: IO[bytes]) -> None:
        super().__init__()
        self._member = member

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            data = self._member.read(len(buffer))
        except ARCHIVE_ERRORS as exc:
            raise _Torn from exc
        buffer[:len(data)] = data
        return len(data)


def _reader(name: str) -> StreamReader | str | None:
    """How a member is read; why not, when it is a file no archive's member can be;
    ``None`` for a member that holds no scrape (an image, a macOS resource fork)."""
    path = PurePosixPath(name)
    if path.name.startswith("._") or "__MACOSX" in path.parts:
        return None
    kind = kind_of(path)
    if kind == ".xml":  # as often a sitemap or a setting as a feed, and no member is named
        return None
    if kind in ARCHIVE_KINDS:
        return "an archive inside an archive is not read: unpack it"
    if kind in _MEMBER_READERS:
        return _MEMBER_READERS[kind]
    if kind in READERS:  # a reader registered for files, which reads them by their path
        return f"a {kind} file is not read inside an archive: unpack it"
    return None


def _tar_members(handle: IO[bytes], source: str) -> Iterator[Member | InputError]:
    """A tar stream's regular files, one at a time: each must be read before the next."""
    count = 0
    try:
        with tarfile.open(fileobj=handle, mode="r|") as archive:
            while (info := archive.next()) is not None:
                # the headers read are kept for lookups a stream never makes: memory grows
                archive.members.clear()  # type: ignore[attr-defined]
                extracted = archive.extractfile(info) if info.isfile() else None
                if extracted is not None:
                    count += 1
                    yield _member_name(info.name), io.BufferedReader(_TarMember(extracted))
    except tarfile.ReadError as exc:  # a header that is none
        yield InputError(source, f"not a tar archive: {exc}" if count == 0
                         else f"cannot read on after {count} members: {exc}")
    except ARCHIVE_ERRORS as exc:  # the compressed stream torn or damaged
        yield InputError(source, f"cannot read: {exc}" if count == 0
                         else f"cannot read on after {count} members: {exc}")


def read_zip(handle: IO[bytes], source: str, fields: Fields) -> Iterator[Document | InputError]:
    """The documents of a zip archive on a stream that cannot seek (standard input): it is
    kept in a temporary file first, as a zip file's index is at its end."""
    return read_spooled(handle, source,
                        lambda kept: _documents(_zip_members(kept, source), source, fields))


def _zip_members(file: Path | IO[bytes], source: str) -> Iterator[Member | InputError]:
    """A zip file's files; one that cannot be read is an error naming it."""
    try:
        archive = zipfile.ZipFile(file)
    except OSError as exc:
        yield InputError(source, exc.strerror or str(exc))
        return
    except ARCHIVE_ERRORS as exc:
        yield InputError(source, f"not a zip archive: {exc}")
        return
    with archive:
        for info in archive.infolist():
            if info.filename.endswith("/"):  # a folder (is_dir fails on a blank name)
                continue
            name = _member_name(info.filename)
            if _reader(name) is None:
                continue
            try:
                handle = archive.open(info)
            except ARCHIVE_ERRORS as exc:  # encrypted, compressed by an unknown method
                yield InputError(f"{source}/{name}", f"cannot read: {exc}")
                continue
            with handle:
                yield name, handle


def _member_name(name: str) -> str:
    """A member's path as a folder's would read, without ``./`` or ``/`` before it."""
    while name.startswith(("./", "/")):
        name = name[2:] if name.startswith("./") else name[1:]
    return path_name(name)
