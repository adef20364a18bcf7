"""Reading inputs into documents and writing records out.

Readers are looked up by file suffix (``READERS``), so a new input format is one function
and one ``register_reader`` call. A reader yields :class:`Document` values, or
:class:`~newsclean.InputError` values for inputs it could not read: a bad input is data that
the caller reports, never an exception that ends the batch.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from newsclean.errors import InputError

_SNIFF = 8192  # bytes read to tell a binary file from text


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


Reader = Callable[[Path], Iterator["Document | InputError"]]


def decode(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Decode a text input's bytes: UTF-8 (a BOM is dropped); NUL bytes mean binary.

    Bytes that are not UTF-8 are replaced (U+FFFD) and the flag ``encoding_replaced`` says so.
    """
    if not data.strip():
        raise InputError(source, "empty file")
    if b"\x00" in data[:_SNIFF]:
        raise InputError(source, "binary file (NUL bytes), not a text scrape")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        return data.decode("utf-8-sig", errors="replace"), ("encoding_replaced",)


def _read(path: Path) -> tuple[str, tuple[str, ...]] | InputError:
    """A whole file, decoded; or the error that names it."""
    source = str(path)
    try:
        return decode(path.read_bytes(), source)
    except InputError as exc:
        return exc
    except OSError as exc:
        return InputError(source, exc.strerror or str(exc))


def read_text_file(path: Path) -> Iterator[Document | InputError]:
    """A plain-text scrape: one document, its id the file's stem."""
    read = _read(path)
    if isinstance(read, InputError):
        yield read
        return
    text, flags = read
    yield Document(id=path.stem, source=str(path), text=text, flags=flags)


def read_html_file(path: Path) -> Iterator[Document | InputError]:
    """A saved HTML page: one document, cleaned with ``Cleaner.clean_html``."""
    read = _read(path)
    if isinstance(read, InputError):
        yield read
        return
    html, flags = read
    yield Document(id=path.stem, source=str(path), text="", flags=flags, html=html)


def read_jsonl_file(path: Path) -> Iterator[Document | InputError]:
    """Crawler JSON Lines: one object per line with ``text`` or ``html``, and optionally
    ``id``, ``url`` and ``fetched_at``. Streamed: one line in memory at a time. A bad line is
    reported with its number and the others are still read."""
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(source, exc.strerror or str(exc))
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield InputError(source, f"not a JSON object: {exc}", line=number)
                continue
            yield _jsonl_document(record, source, path.stem, number)


def _jsonl_document(record: Any, source: str, stem: str, number: int) -> Document | InputError:
    if not isinstance(record, dict):
        return InputError(source, "each line must be a JSON object", line=number)
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return InputError(source, 'the object has no "text" or "html" string', line=number)
    url = record.get("url") if isinstance(record.get("url"), str) else None
    fetched = record.get("fetched_at")
    return Document(
        id=str(record.get("id") or f"{stem}:{number}"),
        source=url or f"{source}:{number}",
        text=text if isinstance(text, str) else "",
        url=url,
        fetched_at=fetched if isinstance(fetched, str) else None,
        html=html if not isinstance(text, str) else None,
    )


READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".jsonl": read_jsonl_file,
}


def register_reader(suffix: str, reader: Reader) -> None:
    """Read files ending in ``suffix`` (``".html"``) with ``reader``."""
    READERS[suffix.lower()] = reader


def find_inputs(paths: Iterable[str]) -> Iterator[Path | InputError]:
    """Expand paths: files as given, directories recursively (readable suffixes, sorted).

    A path that does not exist comes back as an ``InputError``.
    """
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS
            )
            yield from found
        elif path.exists():
            yield path
        else:
            yield InputError(name, "no such file or directory")


def read_path(path: Path) -> Iterator[Document | InputError]:
    """The documents of one file, read by the reader for its suffix (plain text otherwise)."""
    reader = READERS.get(path.suffix.lower(), read_text_file)
    yield from reader(path)


def read_stdin(stream: IO[bytes] | None = None) -> Iterator[Document | InputError]:
    """Standard input as one plain-text document with the id ``stdin``."""
    data = (stream or sys.stdin.buffer).read()
    try:
        text, flags = decode(data, "<stdin>")
    except InputError as exc:
        yield exc
        return
    yield Document(id="stdin", source="<stdin>", text=text, flags=flags)


def dumps(record: dict[str, Any]) -> str:
    """One record as a JSON line (UTF-8 text kept as is)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[IO[str]]:
    """Write a file whole or not at all: a temporary file beside it, renamed at the end."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
