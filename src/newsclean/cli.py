"""The ``newsclean`` command: a thin shell over the library.

Exit codes: 0 every input cleaned; 1 some inputs could not be read (each named on stderr,
the others still written); 2 a usage error, a path that does not exist, or an output that
cannot be written; 70 a fault of newsclean's own (one line on stderr; ``NEWSCLEAN_DEBUG=1``
shows the traceback); 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import os
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Any, Protocol

from newsclean.arguments import parser
from newsclean.article import Article
from newsclean.chrome.rules import Rule, all_rules
from newsclean.compression import compressor_problem
from newsclean.config import CleanConfig
from newsclean.errors import InputError, NewscleanError, counted
from newsclean.io import (
    FIELDS,
    Fields,
    dumps,
    find_inputs,
    is_pattern,
    iter_records,
    path_name,
)
from newsclean.meta.dates import DATE_PATTERNS
from newsclean.output import (
    NamedStream,
    ResumableWriter,
    atomic_writer,
    is_special,
    naming,
    partial_of,
    read_partial,
)
from newsclean.pipeline import Cleaner
from newsclean.progress import Origins, Progress, TrackedPath, input_size, summary
from newsclean.provenance.cues import CITE_PATTERNS
from newsclean.provenance.registry import Registry
from newsclean.runner import (
    clean_documents,
    clean_documents_as_dicts,
    clean_documents_as_json,
    default_jobs,
)

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE = 0, 1, 2
EXIT_INTERNAL = 70  # EX_SOFTWARE: a fault of newsclean's own
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # 128 + SIGINT, 128 + SIGTERM, as a shell says


def _run_on_dask(args: argparse.Namespace, out: _Sink, err: IO[str],
                 config: CleanConfig | None, fields: Fields = FIELDS) -> int:
    """``clean --dask`` and ``dedup --dask``: the same records, computed on a Dask cluster."""
    try:
        from newsclean import dask as on_dask

        connection = on_dask.client(args.dask or None, workers=args.jobs or default_jobs())
        # the shuffles' scheduler logs a warning as each starts and ends: no news to a user
        logging.getLogger("distributed.shuffle").setLevel(logging.ERROR)
    except ImportError as exc:
        err.write(f"newsclean: error: {exc}\n")
        return EXIT_USAGE
    except OSError as exc:
        err.write(f"newsclean: error: cannot reach the Dask scheduler {args.dask}: {exc}\n")
        return EXIT_USAGE
    started = time.monotonic()
    try:
        if config is not None:  # clean
            inputs = list(find_inputs(args.paths))
            kept = set(_without_output(inputs, args.paths, args.output, err)
                       if args.output else inputs)
            left = [item for item in inputs if isinstance(item, Path) and item not in kept]
            records = on_dask.clean_bag(
                on_dask.read_inputs(args.paths, fields=fields, leave_out=left), config)
        else:
            records = on_dask.records_in(args.paths)
        duplicates: int | None = None  # not looked for: the summary leaves them out
        if config is None or args.dedup:
            from newsclean.dedup import is_item

            records = records.persist()
            repeats: dict[int, str] = {}
            assigned = on_dask.find_duplicates_bag(records, threshold=args.threshold,
                                                   repeats=repeats)
            duplicates = sum(not is_item(key) for key in assigned)
            records = on_dask.mark_bag(records, assigned, repeats)
        errors = 0

        def write(sink: _Sink | None) -> int:
            nonlocal errors
            writer = _Writer(sink, getattr(args, "format", "jsonl"))
            for part in on_dask.iter_partitions(records):
                for record in part:
                    if on_dask.ERROR in record:
                        errors += 1
                        err.write(f"newsclean: {record[on_dask.ERROR]}\n")
                    else:
                        writer.write(record)
            writer.close()
            return writer.count

        if args.output:
            with atomic_writer(args.output) as handle:
                total = write(handle)
        else:
            total = write(out)
    finally:
        connection.close()
    if not args.quiet:
        err.write(f"newsclean: {summary(total, duplicates, errors)} in "
                  f"{time.monotonic() - started:.1f}s on Dask\n")
    return EXIT_INPUT_ERRORS if errors else EXIT_OK


def _registry(args: argparse.Namespace) -> Registry | None:
    """The registry the options ask for (``None``: the shipped one); raises on a bad file."""
    if not (args.registry or args.ratings):
        return None
    registry = Registry.load(args.registry) if args.registry else Registry.shipped()
    return registry.with_ratings(args.ratings) if args.ratings else registry


def _cmd_outlets(args: argparse.Namespace, out: _Sink, err: IO[str]) -> int:
    try:
        registry = _registry(args) or Registry.shipped()
    except NewscleanError as exc:
        err.write(f"newsclean: error: {exc}\n")
        return EXIT_USAGE
    outlets = registry.select(country=args.country)
    if args.format == "jsonl":
        for outlet in outlets:
            out.write(dumps(outlet.to_dict()) + "\n")
        return EXIT_OK
    for outlet in outlets:
        domains = ", ".join(outlet.domains)
        out.write(f"{outlet.id:<28} {outlet.country or '--':<3} {outlet.type or '':<14} "
                  f"{domains:<34} {outlet.name}\n")
    return EXIT_OK


def rules_markdown(rules: Sequence[Rule]) -> str:
    """The rules page of the documentation, generated from the registry."""
    out = [
        "# Rules",
        "",
        "Every way a line can leave the body. Each removal in a record's `removed` names one of",
        "these ids. Turn a rule off with `CleanConfig(disabled_rules={...})` or",
        "`newsclean clean --disable ID`. This page is generated: `newsclean rules --markdown`.",
        "",
        "| id | kind | what it matches | example it removes |",
        "|---|---|---|---|",
    ]
    for rule in rules:
        example = rule.removes[0].replace("\n", " ⏎ ") if rule.removes else ""
        example = example.replace("|", "\\|")
        out.append(f"| `{rule.id}` | {rule.kind} | {rule.doc} | {example} |")
    out += [
        "",
        "## Date patterns",
        "",
        "The forms `normalize_date` reads (and the record's dates come from), tried in this order.",
        "",
        "| id | what it reads | example | value |",
        "|---|---|---|---|",
    ]
    for pattern in DATE_PATTERNS:
        out.append(f"| `{pattern.id}` | {pattern.doc} | {pattern.example} | `{pattern.expected}` |")
    out += [
        "",
        "## Citation patterns",
        "",
        "How `citations` are read from the body (see `docs/provenance.md`). Each citation's",
        "`phrase` is the text one of these matched.",
        "",
        "| id | what it reads | example | name |",
        "|---|---|---|---|",
    ]
    for cite in CITE_PATTERNS:
        out.append(f"| `{cite.id}` | {cite.doc} | {cite.example} | `{cite.expected}` |")
    return "\n".join(out) + "\n"


def _cmd_rules(args: argparse.Namespace, out: _Sink) -> int:
    rules = all_rules()
    if args.markdown:
        out.write(rules_markdown(rules))
        return EXIT_OK
    width = max(len(r.id) for r in rules)
    for rule in rules:
        out.write(f"{rule.id:<{width}}  {rule.doc}\n")
    for pattern_id, doc in [(p.id, p.doc) for p in DATE_PATTERNS] + [
        (p.id, p.doc) for p in CITE_PATTERNS
    ]:
        out.write(f"{pattern_id:<{width}}  {doc}\n")
    return EXIT_OK


class _Sink(Protocol):
    def write(self, text: str, /) -> int: ...


class _Writer:
    """Records out, as JSON Lines, one JSON array, or the clean bodies for reading."""

    def __init__(self, sink: _Sink | None, fmt: str) -> None:
        self.sink, self.fmt, self.count = sink, fmt, 0

    def write(self, record: dict[str, Any] | str) -> None:
        """Write one record: its dict, or (for the JSON formats) its JSON already encoded."""
        sink = self.sink
        if sink is None:
            return
        if self.fmt == "text":
            assert isinstance(record, dict), "the text format reads the record's fields"
            title = f"  {record['title']}" if record.get("title") else ""
            sink.write(f"== {record['id']}{title}\n\n{record['text']}\n\n")
        else:
            line = record if isinstance(record, str) else dumps(record)
            if self.fmt == "jsonl":
                sink.write(line + "\n")
            else:
                sink.write(("[\n" if self.count == 0 else ",\n") + line)
        self.count += 1

    def close(self) -> None:
        if self.sink is not None and self.fmt == "json":
            self.sink.write("[]\n" if self.count == 0 else "\n]\n")


class _Deduplicator:
    """``--dedup``: records are held back in a temporary JSON Lines file while their
    fingerprints go into a ``DedupIndex``; at the end they are written out in order, each
    duplicate marked. Memory holds the fingerprints only."""

    def __init__(self, threshold: float) -> None:
        from newsclean.dedup import DedupIndex, Occurrences

        self.index = DedupIndex(threshold=threshold)
        self.keys = Occurrences()  # records that share an id (a page fetched twice) are checked too
        # a full disk names no file: the error says which, and where another may go
        self.where = f"--dedup's temporary file in {tempfile.gettempdir()} (TMPDIR names another folder)"
        with naming(self.where):
            self.spill = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 - __exit__

    def add(self, record: dict[str, Any], where: str) -> InputError | None:
        """Hold the record; an error when it could not be checked (it is still written)."""
        with naming(self.where):
            self.spill.write(dumps(record) + "\n")
        try:
            self.index.add(record, key=self.keys.key(record.get("id")))
        except (TypeError, ValueError) as exc:
            return InputError(where, f"not checked for duplicates: {exc}")
        return None

    def __enter__(self) -> _Deduplicator:
        return self

    def __exit__(self, *_: object) -> None:
        self.spill.close()

    def replay(self, writer: _Writer) -> int:
        """Write every held record, duplicates marked; returns how many were marked."""
        from newsclean.dedup import Occurrences, is_item, mark_dict

        assigned = self.index.assignments()
        keys = Occurrences()  # the keys again, in the same order
        self.spill.seek(0)
        for line in self.spill:
            record = json.loads(line)
            writer.write(mark_dict(record, assigned, keys.key(record.get("id"))))
        return sum(not is_item(key) for key in assigned)


def explain(record: Article, out: _Sink) -> None:
    """Write, for a person, what was removed from one record and why, under what was read
    from the lines set aside (the headline, and the date, bylines and section when found)."""
    out.write(f"== {record.source}  ({record.kind}, {len(record.removed)} lines removed)\n")
    out.write(f"   title: {record.title!r}\n")
    if record.published is not None:
        out.write(f"   published: {record.published} (from {record.published_raw!r})\n")
    if record.authors:
        names = ", ".join(f"{a.name} ({a.kind})" for a in record.authors)
        out.write(f"   authors: {names}\n")
    if record.section is not None:
        out.write(f"   section: {record.section!r}\n")
    for removal in record.removed:
        out.write(f"   {removal.line:>5}  {removal.rule:<22} {removal.text.strip()}\n")


def _cmd_clean(args: argparse.Namespace, out: _Sink, err: IO[str]) -> int:
    try:
        config = CleanConfig(disabled_rules=frozenset(args.disable), registry=_registry(args))
        Cleaner(config)
    except NewscleanError as exc:
        err.write(f"newsclean: error: {exc}\n")
        return EXIT_USAGE
    if args.jobs is not None and args.jobs < 1:
        err.write("newsclean: error: -j must be at least 1\n")
        return EXIT_USAGE
    try:
        fields = Fields.parse(args.field)
    except ValueError as exc:
        err.write(f"newsclean: error: --field {exc}\n")
        return EXIT_USAGE
    missing = [p for p in args.paths if p != "-" and not _exists(p)]
    if missing:
        for path in missing:
            err.write(f"newsclean: error: {path}: no such file or directory\n")
        return EXIT_USAGE

    problem = _resume_problem(args)
    if problem is not None:
        err.write(f"newsclean: error: --resume {problem}\n")
        return EXIT_USAGE
    if args.dask is not None:
        if "-" in args.paths or args.explain:
            err.write("newsclean: error: --dask reads files and folders (not - or --explain)\n")
            return EXIT_USAGE
        return _run_on_dask(args, out, err, config, fields)
    resumed = None
    if args.resume:
        try:
            resumed = read_partial(args.output)
        except OSError as exc:
            err.write(f"newsclean: error: --resume: {exc}\n")
            return EXIT_USAGE
        if not args.quiet and resumed is None:
            err.write(f"newsclean: nothing to resume: no {partial_of(args.output)}\n")
        elif not args.quiet and resumed is not None:
            cut = (f" ({counted(resumed.dropped, 'line')} after them, cut off, left out)"
                   if resumed.dropped else "")
            err.write(f"newsclean: resuming from {resumed.path}: "
                      f"{counted(resumed.records, 'record')} kept{cut}; their documents are "
                      "not cleaned again\n")
    inputs = list(find_inputs(p for p in args.paths if p != "-"))
    if args.output:
        inputs = _without_output(inputs, args.paths, args.output, err)
    stdin = args.stdin_as if "-" in args.paths else None
    origins = Origins()
    progress = Progress(err, [input_size(item) for item in inputs], stdin=stdin is not None,
                         live=not args.quiet and err.isatty(), summary=not args.quiet)
    progress.resumed = resumed.records if resumed else 0
    jobs = args.jobs or default_jobs()

    def run(sink: _Sink | None) -> None:
        writer = _Writer(sink, args.format)
        spill = _Deduplicator(args.threshold) if args.dedup else contextlib.nullcontext()
        with spill as dedup:  # its records held back, let go however the run ends
            documents = origins.documents(inputs, stdin, fields,
                                          skip=resumed.sources if resumed else None)
            # --explain reads the records themselves; the other writers need only their dicts or
            # their JSON, which the workers make (cheaper to send back than the records)
            results: Iterator[Article | dict[str, Any] | str | InputError]
            if args.explain:
                results = clean_documents(documents, config, jobs=jobs)
            elif dedup is None and args.format != "text":
                results = clean_documents_as_json(documents, config, jobs=jobs)
            else:
                results = clean_documents_as_dicts(documents, config, jobs=jobs)
            for result in results:
                origin, read = origins.queue.popleft()
                if isinstance(result, InputError):
                    err.write(("\r\x1b[K" if progress.live else "") + f"newsclean: {result}\n")
                elif isinstance(result, str):
                    writer.write(result)
                else:
                    record = result.to_dict() if isinstance(result, Article) else result
                    if dedup is not None:
                        problem = dedup.add(record, record["source"])
                        if problem is not None:
                            progress.errors += 1
                            err.write(f"newsclean: {problem}\n")
                    else:
                        writer.write(record)
                    if isinstance(result, Article):
                        explain(result, out)
                progress.update(origin, read=read, error=isinstance(result, InputError))
            if dedup is not None:
                progress.duplicates = dedup.replay(writer)
            writer.close()

    # JSON Lines can be resumed from a prefix of its records; a JSON array, the text format
    # and --dedup (which writes every record at the end) are written whole or not at all
    resumable = ResumableWriter(args.output, resumed) if (
        args.output and args.format == "jsonl" and not args.dedup) else None
    done = False
    try:
        if resumable is not None:
            with resumable:
                run(resumable)
        elif args.output:
            with atomic_writer(args.output) as handle:
                run(handle)
        else:
            run(None if args.explain else out)
        done = True
    finally:
        # a file written whole or not at all (JSON, text, --dedup's) holds nothing of a run cut short
        progress.finish(None if done else f"stopped: nothing written to {args.output}" if (
            args.output and resumable is None) else "stopped before the end")
        if not done and resumable is not None and resumable.written:
            err.write(f"newsclean: {counted(resumable.written, 'record')} kept in "
                      f"{partial_of(args.output)}: run the same command with --resume to go "
                      "on from them\n")
    return EXIT_INPUT_ERRORS if progress.errors else EXIT_OK


def _resume_problem(args: argparse.Namespace) -> str | None:
    """Why ``--resume`` cannot be honoured with the other options, or ``None``."""
    if not args.resume:
        return None
    if not args.output:
        return "needs -o FILE: the records of a run cut short are kept beside it"
    if args.format != "jsonl" or args.dedup:
        return "goes on from JSON Lines (not --format json or text, nor --dedup)"
    if args.dask is not None:
        return "is not supported with --dask"
    return None


def _dedup_records(
    paths: Sequence[str], progress: Progress | None = None
) -> Iterator[tuple[str, dict[str, Any]] | InputError]:
    """Each record of the files with where it is (``file:line``), or the error of a bad line;
    each counted by ``progress``, with how far its file is read."""
    from newsclean.dedup import is_record

    for origin, name in enumerate(paths):
        tracked = TrackedPath(name)
        for item in iter_records(tracked):
            if isinstance(item, InputError):
                found: tuple[str, dict[str, Any]] | InputError = item
            elif not is_record(item[1]):
                found = InputError(name, "not a record (needs id and text)", line=item[0])
            else:
                found = f"{name}:{item[0]}", item[1]
            if progress is not None:
                progress.update(origin, read=tracked.read_so_far(), error=isinstance(found, InputError))
            yield found


def _cmd_dedup(args: argparse.Namespace, out: _Sink, err: IO[str]) -> int:
    from newsclean.dedup import DedupIndex, Occurrences, is_item, mark_dict

    missing = [p for p in args.paths if not _exists(p)]
    for path in missing:
        err.write(f"newsclean: error: {path}: no such file or directory\n")
    if missing:
        return EXIT_USAGE
    if not 0 < args.threshold <= 1:
        err.write("newsclean: error: --threshold must be in (0, 1]\n")
        return EXIT_USAGE
    if args.dask is not None:
        return _run_on_dask(args, out, err, None)
    started = time.monotonic()
    index = DedupIndex(threshold=args.threshold)
    keys = Occurrences()  # records that share an id (a page fetched twice) are checked too
    errors = total = 0
    # the bar follows the first reading, which fingerprints each record: the long part
    progress = Progress(err, [input_size(Path(name)) for name in args.paths], stdin=False,
                        live=not args.quiet and err.isatty(), summary=False)
    clear = "\r\x1b[K" if progress.live else ""  # the bar's line, before a line of text
    for item in _dedup_records(args.paths, progress):
        if isinstance(item, InputError):
            errors += 1
            err.write(f"{clear}newsclean: {item}\n")
            continue
        where, record = item
        try:
            index.add(record, key=keys.key(record["id"]))
        except ValueError as exc:
            errors += 1
            err.write(f"{clear}newsclean: {where}: not checked for duplicates: {exc}\n")
    progress.finish()
    assigned = index.assignments()

    def write(sink: _Sink) -> None:
        nonlocal total
        keys = Occurrences()  # the keys again, in the same order
        for item in _dedup_records(args.paths):  # the second pass: errors were told above
            if isinstance(item, InputError):
                continue
            sink.write(dumps(mark_dict(item[1], assigned, keys.key(item[1]["id"]))) + "\n")
            total += 1

    if args.output:
        with atomic_writer(args.output) as handle:
            write(handle)
    else:
        write(out)
    if not args.quiet:
        duplicates = sum(not is_item(key) for key in assigned)
        err.write(f"newsclean: {summary(total, duplicates, errors)} in "
                  f"{time.monotonic() - started:.1f}s\n")
    return EXIT_INPUT_ERRORS if errors else EXIT_OK


def _without_output(
    inputs: list[Path | InputError], paths: Sequence[str], output: str, err: IO[str]
) -> list[Path | InputError]:
    """The inputs but ``-o FILE`` when a folder's search found it: a run that writes its
    records into the folder it reads, run again, would clean its own earlier output."""
    target = Path(output).resolve()
    named = {Path(p).resolve() for p in paths if p != "-"}
    kept: list[Path | InputError] = []
    for item in inputs:
        if isinstance(item, Path) and item.resolve() == target and target not in named:
            err.write(f"newsclean: {path_name(item)}: not read: it is this run's output (-o)\n")
            continue
        kept.append(item)
    return kept


def _exists(path: str) -> bool:
    return Path(path).exists() or is_pattern(path)  # a pattern's matches are found as read


def _output_problem(path: str) -> str | None:
    """Why ``-o path`` cannot be written, told before any input is read; or ``None``."""
    target = Path(path)
    if target.is_dir():
        return "is a directory"
    if is_special(target):  # a device or a pipe, written into as it is
        return None if os.access(target, os.W_OK) else "cannot be written"
    folder = target.parent
    if not folder.is_dir():
        return f"no such directory: {folder}"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"cannot write in {folder}"
    return compressor_problem(target)


class _Terminated(BaseException):
    """SIGTERM (``kill``, a job scheduler, ``timeout``): the run stops as Ctrl-C stops it,
    its workers shut down and its output kept or removed, not left half-written."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    if threading.current_thread() is not threading.main_thread():
        return _main(argv)  # signal handlers belong to the main thread
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        return _main(argv)
    finally:  # None: a handler set outside Python, which cannot be put back
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def _main(argv: Sequence[str] | None) -> int:
    err = sys.stderr
    try:
        args = parser().parse_args(argv)
    except BrokenPipeError:  # `newsclean --help | head`: the reader has what it wanted
        _quiet_stdout()
        return EXIT_OK
    except OSError as exc:  # --help or --version, printed to a full disk
        err.write(f"newsclean: error: cannot write standard output: {exc.strerror or exc}\n")
        _quiet_stdout()  # what is left in its buffer would fail again at exit
        return EXIT_INPUT_ERRORS
    if isinstance(sys.stdout, io.TextIOWrapper):
        # a lone surrogate in a record (a caller's text) goes out as its JSON escape
        sys.stdout.reconfigure(errors="backslashreplace")
    out = NamedStream(sys.stdout, "standard output")  # a full disk's error names it
    if getattr(args, "output", None) == "-":
        args.output = None  # "-o -": standard output, as "-" reads standard input
    output = getattr(args, "output", None)
    problem = _output_problem(output) if output else None
    if problem is not None:
        err.write(f"newsclean: error: -o {output}: {problem}\n")
        return EXIT_USAGE
    try:
        if args.command == "rules":
            code = _cmd_rules(args, out)
        elif args.command == "dedup":
            code = _cmd_dedup(args, out, err)
        elif args.command == "outlets":
            code = _cmd_outlets(args, out, err)
        else:
            code = _cmd_clean(args, out, err)
        out.flush()  # here, not at exit, so that a failure is told like any other
        return code
    except KeyboardInterrupt:
        err.write("newsclean: interrupted\n")
        return EXIT_INTERRUPTED
    except _Terminated:
        err.write("newsclean: terminated\n")
        return EXIT_TERMINATED
    except BrokenPipeError:
        # The reader went away (`newsclean clean ... | head`): stop quietly.
        _quiet_stdout()
        return EXIT_OK
    except BrokenProcessPool:
        err.write("newsclean: error: a worker process died (out of memory?); "
                  "try fewer workers with -j\n")
        return EXIT_INPUT_ERRORS
    except OSError as exc:
        err.write(f"newsclean: error: {exc}\n")
        return EXIT_INPUT_ERRORS
    except Exception as exc:  # a fault of newsclean's own: one line, not a traceback
        if os.environ.get("NEWSCLEAN_DEBUG"):
            raise
        err.write(f"newsclean: internal error: {exc!r}; run again with NEWSCLEAN_DEBUG=1 for "
                  "the traceback, and report it\n")
        return EXIT_INTERNAL


def _quiet_stdout() -> None:
    """Standard output pointed at nothing, once its reader went away or it failed: Python's
    flush of it at exit would complain (and exit with 120)."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
