"""Cleaning a stream of documents, in this process or in worker processes, in input order.

:func:`clean_documents` is what the command line runs, and what a pipeline calls to clean many
documents at once. Memory stays flat however long the stream: at most a few batches per
worker are in flight, and results come back in the order the documents went in.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from multiprocessing.context import BaseContext
from typing import Any, Literal, cast

from newsclean.article import Article
from newsclean.config import CleanConfig
from newsclean.declared import page_markup, with_declared
from newsclean.decoding import unescape_entities
from newsclean.errors import InputError
from newsclean.fetched import read_fetch_time
from newsclean.io import Declared, Document, dumps
from newsclean.pipeline import Cleaner

Result = Article | InputError
DictResult = dict[str, Any] | InputError
JsonResult = str | InputError
Input = Document | InputError
Form = Literal["record", "dict", "json"]  # what a cleaned record is handed back as

BATCH_DOCUMENTS = 16  # documents sent to a worker at once
BATCH_CHARS = 2_000_000  # ... or fewer, when they are long
IN_FLIGHT_PER_WORKER = 3  # batches queued per worker: enough to keep it busy, no more


def clean_document(cleaner: Cleaner, document: Document) -> Article:
    """One document's record: ``clean_html`` for a page, ``clean`` for text (its HTML
    character references read first: :func:`~newsclean.decoding.unescape_entities`); the flags
    and encoding of reading it are carried into the record."""
    flags, unescaped = document.flags, None
    if document.html is not None:
        record = cleaner.clean_html(document.html, id=document.id, url=document.url,
                                    source=document.source, fetched_at=document.fetched_at)
    else:
        unescaped = unescape_entities(document.text)
        if unescaped is not None:
            flags = (*flags, "html_entities_unescaped")
        record = cleaner.clean(document.text if unescaped is None else unescaped,
                               id=document.id, url=document.url, source=document.source,
                               fetched_at=document.fetched_at)
    declared, reference = document.declared, None
    if document.page is not None or declared:  # the fetch time read only where it is used
        reference = read_fetch_time(document.fetched_at) if document.fetched_at else None
    markup = page_markup(document.page, reference) if document.page is not None else None
    if declared or markup is not None:
        record = with_declared(record, declared or Declared(),
                               text=None if document.html is not None else (unescaped or document.text),
                               reference=reference, markup=markup)
    if flags or document.encoding:
        record = replace(record, encoding=document.encoding,
                         flags=tuple(sorted(set(record.flags) | set(flags))))
    return record


def _clean_or_report(cleaner: Cleaner, item: Input, form: Form) -> Result | DictResult | JsonResult:
    if isinstance(item, InputError):
        return item
    try:
        record = clean_document(cleaner, item)
    except Exception as exc:  # one document that breaks a library must not cost the others
        return InputError(item.source, f"could not clean: {exc!r}")
    if form == "record":
        return record
    return record.to_dict() if form == "dict" else dumps(record.to_dict())


def clean_documents(
    documents: Iterable[Input], config: CleanConfig | None = None, *, jobs: int = 1
) -> Iterator[Result]:
    """Clean every document, yielding its record, or an ``InputError`` for an input that could
    not be read or cleaned, in the order of ``documents``.

    ``documents`` may hold ``InputError`` values (from the readers); they are passed through in
    place. With ``jobs > 1`` the cleaning runs in that many worker processes.

    >>> from newsclean.io import Document
    >>> docs = [Document(id=str(n), source=f"doc-{n}", text=f"Story {n}\\n\\nIts first paragraph "
    ...         "is written out in full so that it reads as prose and stays in the body.")
    ...         for n in range(3)]
    >>> [record.id for record in clean_documents(docs)]
    ['0', '1', '2']
    """
    yield from cast("Iterator[Result]", _clean_all(documents, config, jobs, "record"))


def clean_documents_as_dicts(
    documents: Iterable[Input], config: CleanConfig | None = None, *, jobs: int = 1
) -> Iterator[DictResult]:
    """:func:`clean_documents`, each record given as its ``to_dict()``, made where the cleaning
    runs: what a writer of JSON needs. With ``jobs > 1`` a dict of plain values crosses from
    a worker process several times faster than the record's objects (its ``removed`` alone
    holds a hundred on a typical page).

    >>> from newsclean.io import Document
    >>> doc = Document(id="1", source="doc-1", text="Loading...")
    >>> [record["removed"] for record in clean_documents_as_dicts([doc])]
    [[{'line': 1, 'text': 'Loading...', 'rule': 'chrome.ui'}]]
    """
    yield from cast("Iterator[DictResult]", _clean_all(documents, config, jobs, "dict"))


def clean_documents_as_json(
    documents: Iterable[Input], config: CleanConfig | None = None, *, jobs: int = 1
) -> Iterator[JsonResult]:
    """:func:`clean_documents`, each record given as one line of JSON (``newsclean.io.dumps``
    of its ``to_dict()``, without the line break), made where the cleaning runs: what a writer
    of JSON Lines needs, and with ``jobs > 1`` what crosses between processes cheapest (one
    string, rather than a dict the worker packs and this process unpacks and encodes).

    >>> from newsclean.io import Document
    >>> doc = Document(id="1", source="doc-1", text="Loading...")
    >>> line = next(clean_documents_as_json([doc]))
    >>> line.startswith('{"id":"1","source":"doc-1"')
    True
    """
    yield from cast("Iterator[JsonResult]", _clean_all(documents, config, jobs, "json"))


def _clean_all(
    documents: Iterable[Input], config: CleanConfig | None, jobs: int, form: Form
) -> Iterator[Result | DictResult | JsonResult]:
    config = config or CleanConfig()
    if jobs <= 1:
        cleaner = Cleaner(config)
        for item in documents:
            yield _clean_or_report(cleaner, item, form)
        return
    yield from _in_workers(documents, config, jobs, form)


def default_jobs() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _context() -> BaseContext:
    # fork starts workers with newsclean already imported; elsewhere fork is absent, and in a
    # process that runs other threads (a Dask client, a web server) it may deadlock.
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


_worker_cleaner: Cleaner | None = None


ORPHAN_CHECK_SECONDS = 1.0  # how often a worker looks whether the process it serves is alive


def _start_worker(config: CleanConfig) -> None:
    global _worker_cleaner
    # A forked worker inherits the command's SIGTERM handler, which stops the command's own
    # loop: a worker told to terminate just terminates.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True).start()
    _worker_cleaner = Cleaner(config)


def _exit_when_orphaned(parent: int) -> None:
    """End this worker once the process it works for is gone (killed outright: ``kill -9``,
    the out-of-memory killer), rather than wait for work that will never come."""
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK_SECONDS)
    os._exit(1)


def _clean_batch(batch: list[Input], form: Form) -> list[Result | DictResult | JsonResult]:
    assert _worker_cleaner is not None, "the worker was started without a cleaner"
    return [_clean_or_report(_worker_cleaner, item, form) for item in batch]


def _batches(documents: Iterable[Input]) -> Iterator[list[Input]]:
    batch: list[Input] = []
    chars = 0
    for item in documents:
        batch.append(item)
        if isinstance(item, Document):
            chars += len(item.text) + len(item.html or "")
        if len(batch) >= BATCH_DOCUMENTS or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _in_workers(
    documents: Iterable[Input], config: CleanConfig, jobs: int, form: Form
) -> Iterator[Result | DictResult | JsonResult]:
    pending: deque[Future[list[Result | DictResult | JsonResult]]] = deque()
    pool = ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_start_worker,
                               initargs=(config,))
    try:
        for batch in _batches(documents):
            pending.append(pool.submit(_clean_batch, batch, form))
            while len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=not pending, cancel_futures=True)
