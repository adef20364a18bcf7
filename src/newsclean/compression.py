"""Compressed inputs and outputs: gzip, bzip2, xz, and Zstandard (the ``zstd`` extra: the
``.jsonl.zst`` shards of web-text corpora).

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

COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".zst")
GZIP_START = b"\x1f\x8b\x08"  # how gzip data opens (deflate, the only method in use)
ZSTD_START = b"\x28\xb5\x2f\xfd"  # how a Zstandard frame opens
ZSTD_INSTALL = "pip install 'newsclean[zstd]'"
Codec = Callable[[Any], io.BufferedIOBase]  # a binary stream in, its data out (or in)


def _read_zstd(raw: Any) -> io.BufferedIOBase:
    return io.BufferedReader(_ZstdFrames(raw, _zstandard("read")))


_DECOMPRESSORS: tuple[tuple[re.Pattern[bytes], Codec], ...] = (
    (re.compile(re.escape(GZIP_START)), lambda raw: gzip.GzipFile(fileobj=raw, mode="rb")),
    (re.compile(rb"BZh[1-9](?:1AY&SY|\x17rE8P\x90)"), bz2.BZ2File),  # a block, or the end
    (re.compile(rb"\xfd7zXZ\x00"), lzma.LZMAFile),
    (re.compile(re.escape(ZSTD_START)), _read_zstd),
)
_MAGIC_BYTES = 10  # the longest opening above
DECOMPRESSION_ERRORS = (EOFError, zlib.error, lzma.LZMAError)  # bz2's and gzip's are OSErrors

# How a file written under a compression's suffix is compressed (``-o records.jsonl.gz``):
# the same bytes on every run, as a gzip header carries no time.
_COMPRESSORS: dict[str, Codec] = {
    ".gz": lambda raw: gzip.GzipFile(fileobj=raw, mode="wb", mtime=0),
    ".bz2": lambda raw: bz2.BZ2File(raw, "wb"),
    ".xz": lambda raw: lzma.LZMAFile(raw, "wb"),  # noqa: SIM115 (closed by the writer)
    ".zst": lambda raw: _zstandard("write").ZstdCompressor().stream_writer(raw),
}


class ZstdError(OSError):
    """Zstandard data that cannot be read: damaged, cut short, or with no module to read it
    (an ``OSError``, as gzip's damaged data is)."""


def _zstandard(doing: str) -> Any:
    """The ``zstandard`` module, or a ``ZstdError`` that says how to install it."""
    try:
        import zstandard
    except ImportError:
        raise ZstdError(f"Zstandard data: to {doing} it, {ZSTD_INSTALL}") from None
    return zstandard


class _ZstdFrames(io.RawIOBase):
    """Zstandard data as a stream, frame after frame (a file written in parts, or appended
    to); an error when it ends inside a frame, as gzip's does, rather than the silence of
    ``zstandard``'s own readers, which would drop a cut-off file's end unsaid."""

    FEED = 16 << 10  # compressed bytes decompressed at a time: what each call may inflate

    def __init__(self, raw: Any, zstandard: Any) -> None:
        self.raw, self.zstandard = raw, zstandard
        self.frame = zstandard.ZstdDecompressor().decompressobj()
        self.in_frame = False  # whether the frame being read has been given bytes
        self.out, self.at = b"", 0  # decompressed bytes, and how many were handed out
        self.ended = False
        self.failed: ZstdError | None = None  # raised again on every read after it

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.failed is not None and self.at == len(self.out):
            raise self.failed
        while self.at == len(self.out) and not self.ended:
            try:
                self._decompress(self.raw.read(self.FEED))
            except ZstdError as exc:
                self.failed = exc
                raise
        count = min(len(buffer), len(self.out) - self.at)
        memoryview(buffer)[:count] = memoryview(self.out)[self.at:self.at + count]
        self.at += count
        return count

    def _decompress(self, data: bytes) -> None:
        if not data:
            self.ended = True
            if self.in_frame:
                raise ZstdError("Zstandard data cut short: its last frame is not whole")
            return
        out = []
        while data:
            self.in_frame = True
            try:
                out.append(self.frame.decompress(data))
            except self.zstandard.ZstdError as exc:
                raise ZstdError(f"damaged Zstandard data: {exc}") from None
            if not self.frame.eof:
                break
            data = self.frame.unused_data  # the next frame's bytes
            self.frame = self.zstandard.ZstdDecompressor().decompressobj()
            self.in_frame = False
        self.out, self.at = b"".join(out), 0


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
    """A file's bytes, decompressed when they are gzip, bzip2, xz or Zstandard data, and
    whether they were. The file is opened once, so a named pipe can be read too."""
    with path.open("rb") as raw:
        decompressor = _decompressor(peek(raw))
        if decompressor is None:
            yield raw, False
        else:
            with decompressor(raw) as data:
                yield cast("IO[bytes]", data), True


def decompressed(stream: IO[bytes]) -> IO[bytes]:
    """A binary stream (standard input), decompressed when it holds compressed data."""
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(
        cast("Any", stream))
    decompressor = _decompressor(peek(buffered))
    return buffered if decompressor is None else cast("IO[bytes]", decompressor(buffered))


def is_compressed(path: Path) -> bool:
    """Whether a file holds compressed data (which cannot be read from the middle);
    ``False`` for a file that cannot be opened, which its reader then reports."""
    try:
        with path.open("rb") as raw:
            return _decompressor(peek(raw)) is not None
    except OSError:
        return False


def compression_suffix(path: PurePath) -> str | None:
    """The compression's suffix a file's name ends in (``.gz``), or ``None``."""
    return next((s for s in COMPRESSED_SUFFIXES if path.name.lower().endswith(s)), None)


def compressor_problem(path: Path) -> str | None:
    """Why a file named ``path`` cannot be written compressed as its name says (the module
    that compresses it is not installed), or ``None``."""
    if compression_suffix(path) != ".zst":
        return None
    try:
        _zstandard("write")
    except ZstdError as exc:
        return str(exc)
    return None


def compressor_for(path: Path) -> Codec | None:
    """What compresses a file written under ``path``'s name, or ``None`` for plain text."""
    return _COMPRESSORS.get(compression_suffix(path) or "")
