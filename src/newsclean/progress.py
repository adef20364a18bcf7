"""What a person at the terminal sees of a run: a progress bar on stderr, measured by the
bytes of the input read (within a file too, so that one big crawl shows its progress), and
the summary a run ends with."""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Container, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from newsclean.errors import InputError, counted
from newsclean.io import Document, Fields, InputPath, distinct_stems, read_path
from newsclean.runner import Input
from newsclean.sniffing import read_stdin


def summary(records: int, duplicates: int | None, errors: int) -> str:
    """The counts a run ends with: ``1 record, 2 duplicates, 0 errors`` (no duplicates: not
    looked for)."""
    counts = [(records, "record")]
    if duplicates is not None:
        counts.append((duplicates, "duplicate"))
    counts.append((errors, "error"))
    return ", ".join(counted(n, word) for n, word in counts)


class TrackedPath(InputPath):
    """A path whose file, once a reader has opened it, says how far it has been read: what
    the progress bar measures a big file's progress by."""

    def open(self, *args: Any, **kwargs: Any) -> Any:
        self.opened = super().open(*args, **kwargs)
        return self.opened

    def read_so_far(self) -> int | None:
        """Bytes of the file read (compressed ones, for compressed data), or ``None``."""
        opened = getattr(self, "opened", None)
        try:
            return None if opened is None else int(opened.tell())
        except (OSError, ValueError):  # closed: read to its end
            return None


class Origins:
    """Which input file each document came from, and how far that file had been read, in
    order, for the progress bar: results come back in input order, so the file of each
    result is the next one in the queue."""

    def __init__(self) -> None:
        self.queue: deque[tuple[int, int | None]] = deque()

    def documents(
        self, inputs: Sequence[Path | InputError], stdin: str | None, fields: Fields,
        skip: Container[str] | None = None,
    ) -> Iterator[Input]:
        """The documents of ``inputs``, then of standard input read as ``stdin`` says
        (``None``: not read); JSON objects by the keys ``fields`` names. Documents whose
        source is in ``skip`` (their records are written already) are read, not handed on."""
        stems = distinct_stems(item for item in inputs if isinstance(item, Path))
        for index, item in enumerate(inputs):
            if isinstance(item, InputError):
                self.queue.append((index, None))
                yield item
                continue
            tracked = TrackedPath(item)
            tracked.id_stem = stems.get(item)
            for document in read_path(tracked, fields):
                if _written(document, skip):
                    continue
                self.queue.append((index, tracked.read_so_far()))
                yield document
        if stdin is not None:
            for document in read_stdin(kind=stdin, fields=fields):
                if _written(document, skip):
                    continue
                self.queue.append((len(inputs), None))
                yield document


def _written(item: Input, skip: Container[str] | None) -> bool:
    return skip is not None and isinstance(item, Document) and item.source in skip


class Progress:
    """One line on stderr, redrawn at most ten times a second: how much of the input is read
    (by bytes, so that one big file shows its progress too), inputs done, records/s, errors,
    and the time left."""

    WIDTH = 24  # the bar's width, on a terminal wide enough
    MIN_WIDTH = 8
    LEFT_OUT_FIRST = ("inputs", "rate", "left", "errors")  # on a narrow terminal, in order
    INTERVAL = 0.1  # seconds between redraws
    ESTIMATE_AFTER = 0.02  # the share of the input read before the time left is estimated

    def __init__(
        self, err: IO[str], sizes: Sequence[int], *, stdin: bool, live: bool, summary: bool
    ) -> None:
        self.err, self.live, self.summary = err, live, summary
        self.total = len(sizes) + stdin
        self.before = [0]  # bytes of the inputs before each
        for size in sizes:
            self.before.append(self.before[-1] + size)
        self.started = self.drawn = time.monotonic()
        self.inputs = self.records = self.errors = self.read = 0
        self.duplicates: int | None = None
        self.resumed = 0  # records an earlier run wrote, copied rather than cleaned again

    def update(self, origin: int, *, read: int | None = None, error: bool) -> None:
        """Count a result of input ``origin`` (from 0), which had been read ``read`` bytes
        into (``None``: not known; the inputs before it are read, at least)."""
        self.inputs = max(self.inputs, origin + 1)
        if origin + 1 < len(self.before):
            done = self.before[origin] + (read or 0)
            self.read = max(self.read, min(done, self.before[origin + 1]))
        if error:
            self.errors += 1
        else:
            self.records += 1
        now = time.monotonic()
        if self.live and now - self.drawn >= self.INTERVAL:
            self.drawn = now
            self._draw(now)

    def _rate(self, now: float) -> float:
        return self.records / max(now - self.started, 1e-9)

    def _draw(self, now: float) -> None:
        size = self.before[-1]
        share = self.read / size if size else self.inputs / max(self.total, 1)
        parts = {
            "read": f"{share:.0%} of {_size(size)}" if size else "",
            "inputs": f"{self.inputs}/{self.total} inputs",
            "records": f"{self.records} records",
            "rate": f"{self._rate(now):.1f} records/s",
            "errors": f"{self.errors} errors",
            "left": (f"{_duration((now - self.started) * (1 - share) / share)} left"
                     if size and self.ESTIMATE_AFTER <= share < 1 else ""),
        }
        # A line longer than the terminal is wide wraps, and "\r" then redraws only its last
        # row: on a narrow terminal the lesser counts are left out and the bar narrows, and
        # what still does not fit is cut off.
        columns = self._columns()
        counts = ", ".join(part for part in parts.values() if part)
        width = self.WIDTH
        if columns is not None:
            for name in self.LEFT_OUT_FIRST:
                if len("newsclean [] ") + self.MIN_WIDTH + len(counts) < columns:
                    break
                parts[name] = ""
                counts = ", ".join(part for part in parts.values() if part)
            room = columns - 1 - len("newsclean [] ") - len(counts)
            width = max(self.MIN_WIDTH, min(self.WIDTH, room))
        filled = min(width, int(width * share))
        line = f"newsclean [{'#' * filled}{'-' * (width - filled)}] {counts}"
        if columns is not None:
            line = line[:columns - 1]
        self.err.write(f"\r{line}\x1b[K")
        self.err.flush()

    def _columns(self) -> int | None:
        """How wide the terminal is, or ``None`` when it cannot be asked."""
        try:
            return os.get_terminal_size(self.err.fileno()).columns or None  # 0: not known
        except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is both
            return None

    def finish(self, stopped: str | None = None) -> None:
        """The summary line; ``stopped``, for a run that did not reach its end, says so and
        what became of its output ("stopped: nothing written to out.json")."""
        now = time.monotonic()
        if self.live:
            self.err.write("\r\x1b[K")
        if self.summary:
            counts = summary(self.records, self.duplicates, self.errors)
            resumed = f"{counted(self.resumed, 'record')} resumed, " if self.resumed else ""
            end = f"; {stopped}" if stopped else ""
            self.err.write(f"newsclean: {resumed}{counts} in {now - self.started:.1f}s "
                           f"({self._rate(now):.1f} records/s){end}\n")


def _size(count: int) -> str:
    """A number of bytes for a person: ``840 kB``, ``1.2 GB``."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if count >= scale:
            return f"{count / scale:.1f} {unit}" if count < 10 * scale else f"{count / scale:.0f} {unit}"
    return f"{count} B"


def _duration(seconds: float) -> str:
    """A time for a person: ``45s``, ``3m20s``, ``2h05m``."""
    whole = int(seconds)
    if whole < 60:
        return f"{whole}s"
    if whole < 3600:
        return f"{whole // 60}m{whole % 60:02d}s"
    return f"{whole // 3600}h{whole % 3600 // 60:02d}m"


def input_size(item: Path | InputError) -> int:
    """A file's size in bytes (0 for an error, or a file that cannot be asked)."""
    try:
        return 0 if isinstance(item, InputError) else item.stat().st_size
    except OSError:
        return 0
