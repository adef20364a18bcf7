"""Writing records to a file: whole or not at all, and, when a run is cut short, what it wrote
so far kept aside for the next run to go on from.

``-o records.jsonl`` is written to a temporary file beside it and renamed at the end, so a
file under that name is always complete. A run of JSON Lines that is interrupted (Ctrl-C, a
``kill``, a worker that died) keeps its records in ``records.jsonl.partial`` instead of
throwing them away; ``--resume`` copies them into the new run's file and cleans only the
documents they do not cover, found by each record's ``source``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, Any, cast

from newsclean.compression import DECOMPRESSION_ERRORS, compressor_for, open_input
from newsclean.errors import NewscleanError, OutputError

PARTIAL_SUFFIX = ".partial"


def partial_of(path: str | os.PathLike[str]) -> Path:
    """Where an interrupted run keeps the records it wrote for ``path``:
    ``records.jsonl.partial`` (compressed as ``path``'s name says)."""
    target = _real(path)
    return target.with_name(target.name + PARTIAL_SUFFIX)


def _real(path: str | os.PathLike[str]) -> Path:
    """The file a name stands for: written through a symbolic link, as a shell's ``>`` writes,
    not renamed over it."""
    target = Path(path)
    return target.resolve() if target.is_symlink() else target


@contextlib.contextmanager
def naming(target: str | os.PathLike[str]) -> Iterator[None]:
    """An error writing to ``target`` raised as an ``OutputError`` that names it: the
    system's error for a write (a full disk) names no file. A closed pipe stays a
    ``BrokenPipeError``: the reader went away, which is no fault of the run."""
    try:
        yield
    except (BrokenPipeError, NewscleanError):
        raise
    except OSError as exc:
        raise OutputError(str(target), exc.strerror or str(exc), exc.errno) from exc


class NamedStream:
    """A text stream, standard output say, whose errors name it (``naming``)."""

    def __init__(self, stream: IO[str], name: str) -> None:
        self.stream, self.name = stream, name

    def write(self, text: str, /) -> int:
        with naming(self.name):
            return self.stream.write(text)

    def flush(self) -> None:
        with naming(self.name):
            self.stream.flush()


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[NamedStream]:
    """Write a file whole or not at all: a temporary file beside it, renamed at the end;
    compressed when its name ends in ``.gz``, ``.bz2`` or ``.xz`` (the same bytes on every
    run: a gzip header carries no time). A device or a named pipe (``/dev/null``) is written
    into as it is: renamed over, it would be replaced by a file."""
    target = _real(path)
    tmp, handle, raw = _open_for(target)
    try:
        try:
            yield NamedStream(handle, str(target))  # a full disk is told as the file asked for's
        finally:
            _close(handle, raw, target)
        if tmp is not None:
            os.replace(tmp, target)
    except BaseException:
        if tmp is not None:
            _remove(tmp)
        raise


@dataclass
class Resumed:
    """What the partial output of an interrupted run holds: how many records, and the sources
    of their documents, which the next run does not clean again."""

    path: Path
    records: int = 0
    sources: set[str] = field(default_factory=set)
    dropped: int = 0  # lines after the last whole record: cut off when the run was stopped


class ResumableWriter:
    """Write JSON Lines to ``path`` whole, or, when the run is cut short by anything (an
    interruption, a worker that died, a full disk), keep the records written so far in
    ``partial_of(path)``; ``written`` then says how many it holds. With ``resume``, the
    records of the earlier partial output are copied in first, and that file is gone once
    this run ends: renamed into ``path`` or replaced by the new partial output.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "records.jsonl"
    >>> with ResumableWriter(target) as out:
    ...     _ = out.write('{"id":"1","source":"a.txt"}\\n')
    >>> target.read_text(), partial_of(target).exists()
    ('{"id":"1","source":"a.txt"}\\n', False)
    """

    def __init__(self, path: str | os.PathLike[str], resume: Resumed | None = None) -> None:
        self.target = _real(path)
        self.resume = resume
        self.written = 0  # records in the file being written, copied ones included
        self._tmp: str | None = None  # None: written into straight (a device, a pipe)
        self._handle: IO[str] | None = None
        self._raw: IO[bytes] | None = None

    def __enter__(self) -> ResumableWriter:
        self._tmp, self._handle, self._raw = _open_for(self.target)
        if self.resume is not None:  # the records read_partial found whole, as they are
            for raw in islice(_lines(self.resume.path), self.resume.records):
                self.write(raw.decode("utf-8"))
        return self

    def write(self, text: str) -> int:
        """Write JSON lines (whole lines, each ending with a line break)."""
        assert self._handle is not None, "write() outside the with block"
        with naming(self.target):
            size = self._handle.write(text)
        self.written += text.count("\n")
        return size

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        assert self._handle is not None and self._raw is not None
        tmp = self._tmp
        try:
            _close(self._handle, self._raw, self.target)
        except (OSError, ValueError):  # the disk that stopped the run refuses the rest too
            if kind is None:  # the last records, flushed at the end, did not fit: cut short
                self._keep_partial(tmp)
                raise
        if kind is None and tmp is not None:
            os.replace(tmp, self.target)
            with contextlib.suppress(FileNotFoundError):  # an earlier run's, now done with
                partial_of(self.target).unlink()
        elif kind is not None:
            self._keep_partial(tmp)

    def _keep_partial(self, tmp: str | None) -> None:
        """A run cut short: the whole records written, if any, go to the partial file, and
        ``written`` says how many; a device or a pipe keeps nothing (what went to it is gone)."""
        self.written = 0
        if tmp is None:
            return
        # Counted again from the file: an interruption (a signal's exception) can fall between
        # a write and its count.
        with contextlib.suppress(OSError):
            self.written = sum(1 for raw in _lines(Path(tmp)) if raw.endswith(b"\n"))
        if self.written:
            try:
                os.replace(tmp, partial_of(self.target))
                return
            except OSError:
                self.written = 0
        _remove(tmp)


def read_partial(path: str | os.PathLike[str]) -> Resumed | None:
    """The partial output an interrupted run left for ``path``, or ``None`` when there is
    none. A record cut off by the interruption, and any line after it, is left out and
    counted in ``dropped``; its document is cleaned again."""
    partial = partial_of(path)
    if not partial.is_file():
        return None
    resumed = Resumed(partial)
    for record in _whole_records(partial, resumed):
        resumed.records += 1
        resumed.sources.add(record["source"])
    return resumed


def _whole_records(partial: Path, resumed: Resumed) -> Iterator[dict[str, Any]]:
    """The records of a partial output up to the first line that is not a whole one (a JSON
    object with a ``source``, ended by a line break); the lines from there on are counted in
    ``resumed.dropped``."""
    lines = _lines(partial)
    for raw in lines:
        record = _record(raw)
        if record is None:
            resumed.dropped += 1 + sum(1 for _ in lines)
            return
        yield record


def _lines(partial: Path) -> Iterator[bytes]:
    """The lines of a file, decompressed, up to where its compressed data breaks off (a run
    stopped while its compressor wrote), or the last line cut off there."""
    with open_input(partial) as (data, compressed):
        try:
            yield from data
        except (OSError, *DECOMPRESSION_ERRORS):
            if not compressed:
                raise


def _record(raw: bytes) -> dict[str, Any] | None:
    if not raw.endswith(b"\n"):
        return None
    try:
        record = json.loads(raw)
    except ValueError:
        return None
    return record if isinstance(record, dict) and isinstance(record.get("source"), str) else None


def is_special(path: Path) -> bool:
    """Whether ``path`` is there and is no regular file: a device, a named pipe, a socket."""
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _open_for(target: Path) -> tuple[str | None, IO[str], IO[bytes]]:
    """Where to write ``target``: a temporary file in its folder (its name), or, for a device
    or a named pipe, the target itself (``None``); open for text, compressed as ``target``'s
    name says, over the file (which closing the text leaves open)."""
    tmp: str | None = None
    try:
        if is_special(target):
            raw = target.open("wb")
        else:
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                       dir=target.parent or ".")
            if hasattr(os, "fchmod"):  # mkstemp makes it private; the file asked for is not
                os.fchmod(fd, 0o666 & ~_umask())
            raw = os.fdopen(fd, "wb")
    except OSError as exc:  # named by the file asked for, not the temporary one
        if tmp is not None:
            _remove(tmp)
        raise OutputError(str(target), exc.strerror or str(exc), exc.errno) from exc
    compressor = compressor_for(target)
    binary = cast("IO[bytes]", compressor(raw)) if compressor else raw
    # a lone surrogate a caller's text holds is written as its JSON escape, not an error
    handle = io.TextIOWrapper(binary, encoding="utf-8", errors="backslashreplace", newline="\n")
    return tmp, handle, raw


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _close(handle: IO[str], raw: IO[bytes], target: Path) -> None:
    """Close the text (flushing it through its compressor), then the file under it; an
    error names ``target``."""
    with naming(target):
        try:
            handle.close()
        finally:
            raw.close()


def _remove(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)
