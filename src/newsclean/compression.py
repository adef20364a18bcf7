"""Compressed inputs and outputs: gzip, bzip2 and xz.

Compressed data is told by its first bytes, whatever the file is called, so a crawl that
gzips its JSON Lines without saying so in the name is read, and so is compressed data on
standard input. A compression's suffix (``page.html.gz``) says how a file is written
(``-o records.jsonl.xz``), and is left out of a document's id and of the suffix that says
how the file is read.
"""

from __future__ import annotations

import bz2
import contextlib
import gzip
import io
import lzma
import re
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path, PurePath
from typing import IO, Any, cast

COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz")
GZIP_START = b"\x1f\x8b\x08"  # how gzip data opens (deflate, the only method in use)
Codec = Callable[[Any], io.BufferedIOBase]  # a binary stream in, its data out (or in)
_DECOMPRESSORS: tuple[tuple[re.Pattern[bytes], Codec], ...] = (
    (re.compile(re.escape(GZIP_START)), lambda raw: gzip.GzipFile(fileobj=raw, mode="rb")),
    (re.compile(rb"BZh[1-9](?:1AY&SY|\x17rE8P\x90)"), bz2.BZ2File),  # a block, or the end
    (re.compile(rb"\xfd7zXZ\x00"), lzma.LZMAFile),
)
_MAGIC_BYTES = 10  # the longest opening above
DECOMPRESSION_ERRORS = (EOFError, zlib.error, lzma.LZMAError)  # bz2's and gzip's are OSErrors

# How a file written under a compression's suffix is compressed (``-o records.jsonl.gz``):
# the same bytes on every run, as a gzip header carries no time.
_COMPRESSORS: dict[str, Codec] = {
    ".gz": lambda raw: gzip.GzipFile(fileobj=raw, mode="wb", mtime=0),
    ".bz2": lambda raw: bz2.BZ2File(raw, "wb"),
    ".xz": lambda raw: lzma.LZMAFile(raw, "wb"),  # noqa: SIM115 (closed by the writer)
}


def _decompressor(head: bytes) -> Codec | None:
    """The reader of the compressed data that opens with ``head``, or ``None``."""
    for magic, opener in _DECOMPRESSORS:
        if magic.match(head):
            return opener
    return None


def peek(stream: Any, size: int = _MAGIC_BYTES) -> bytes:
    """The first ``size`` bytes of a buffered binary stream (one with ``peek``: a file opened
    for reading, a decompressing reader), left in it to be read."""
    return bytes(stream.peek(size)[:size])


@contextlib.contextmanager
def open_input(path: Path) -> Iterator[tuple[IO[bytes], bool]]:
    """A file's bytes, decompressed when they are gzip, bzip2 or xz data, and whether they
    were. The file is opened once, so a named pipe can be read too."""
    with path.open("rb") as raw:
        decompressor = _decompressor(peek(raw))
        if decompressor is None:
            yield raw, False
        else:
            with decompressor(raw) as data:
                yield cast("IO[bytes]", data), True


def decompressed(stream: IO[bytes]) -> IO[bytes]:
    """A binary stream (standard input), decompressed when it holds gzip, bzip2 or xz data."""
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(
        cast("Any", stream))
    decompressor = _decompressor(peek(buffered))
    return buffered if decompressor is None else cast("IO[bytes]", decompressor(buffered))


def is_compressed(path: Path) -> bool:
    """Whether a file holds gzip, bzip2 or xz data (which cannot be read from the middle);
    ``False`` for a file that cannot be opened, which its reader then reports."""
    try:
        with path.open("rb") as raw:
            return _decompressor(peek(raw)) is not None
    except OSError:
        return False


def compression_suffix(path: PurePath) -> str | None:
    """The compression's suffix a file's name ends in (``.gz``), or ``None``."""
    return next((s for s in COMPRESSED_SUFFIXES if path.name.lower().endswith(s)), None)


def compressor_for(path: Path) -> Codec | None:
    """What compresses a file written under ``path``'s name, or ``None`` for plain text."""
    return _COMPRESSORS.get(compression_suffix(path) or "")
