"""The ``newsclean`` command: a thin shell over the library.

Exit codes: 0 every input cleaned; 1 some inputs could not be read (each named on stderr,
the others still written); 2 a usage error, a path that does not exist, or an output that
cannot be written; 70 a fault of newsclean's own (one line on stderr; ``NEWSCLEAN_DEBUG=1``
shows the traceback).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Any

from newsclean import __version__
from newsclean.article import Article
from newsclean.chrome.rules import Rule, all_rules
from newsclean.config import CleanConfig
from newsclean.errors import InputError, NewscleanError
from newsclean.io import (
    FIELDS,
    Fields,
    atomic_writer,
    dumps,
    find_inputs,
    is_pattern,
    iter_records,
    path_name,
)
from newsclean.meta.dates import DATE_PATTERNS
from newsclean.pipeline import Cleaner
from newsclean.progress import Origins, Progress, input_size, summary
from newsclean.provenance.cues import CITE_PATTERNS
from newsclean.provenance.registry import Registry
from newsclean.runner import (
    clean_documents,
    clean_documents_as_dicts,
    clean_documents_as_json,
    default_jobs,
)
from newsclean.sniffing import STDIN_KINDS

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE = 0, 1, 2
EXIT_INTERNAL = 70  # EX_SOFTWARE: a fault of newsclean's own


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Turn raw news scrapes into clean records (JSON Lines).",
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    clean = commands.add_parser(
        "clean",
        help="clean scrapes into JSON Lines",
        description="Clean scrapes (text dumps, saved HTML pages, crawler JSON Lines and JSON, "
        "WARC files, and tar and zip archives of them; folders are searched recursively for "
        ".txt, .html, .htm, .jsonl, .warc and .wet, plain or compressed (.gz, .bz2, .xz), and "
        "for .tar (.tar.gz, .tgz...) and .zip, while .json files are read when named or "
        "matched by a quoted pattern, 'crawl/**/*.json'; - reads standard input) into one JSON "
        "record per document.",
    )
    clean.add_argument("paths", nargs="+", metavar="PATH",
                       help="file, folder, quoted pattern, or - for stdin")
    clean.add_argument("--stdin-as", choices=STDIN_KINDS, default="auto", metavar="KIND",
                       help="what - is: auto (default: JSON Lines when its first line is a JSON "
                       "object with text or html, JSON when it opens with such an object over "
                       "lines or an array of them, a WARC file or a tar or zip archive when it "
                       "opens as one, a page when it opens with HTML markup, else a text dump), "
                       "text, html, jsonl, json, warc, tar or zip")
    clean.add_argument("--field", action="append", default=[], metavar="PART=KEY",
                       help="read a part of JSON documents from another key (repeatable): "
                       "text=maintext, fetched_at=date_download; the parts are id, url, text, "
                       "html and fetched_at")
    clean.add_argument("-o", "--output", metavar="FILE",
                       help="write JSON Lines to FILE (whole or not at all) instead of stdout; "
                       "compressed when FILE ends in .gz, .bz2 or .xz")
    clean.add_argument("--explain", action="store_true",
                       help="print, for a person, every removed line with its rule "
                       "(on stdout; the JSON Lines then go only to -o FILE)")
    clean.add_argument("--disable", action="append", default=[], metavar="RULE",
                       help="turn a rule off (repeatable); `newsclean rules` lists the ids")
    clean.add_argument("--format", choices=("jsonl", "json", "text"), default="jsonl",
                       help="jsonl (default): one JSON record per line; json: one JSON array; "
                       "text: the clean bodies, for reading")
    clean.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                       help="worker processes (default: one per core); output order is kept")
    clean.add_argument("--dedup", action="store_true",
                       help="mark duplicates across the batch (duplicate_of, duplicate_kind)")
    clean.add_argument("--threshold", type=float, default=0.5, metavar="T",
                       help="with --dedup: shingle similarity from which bodies are near copies "
                       "(default 0.5)")
    _registry_options(clean)
    _dask_option(clean)
    clean.add_argument("-q", "--quiet", action="store_true",
                       help="no progress bar or summary on stderr")

    dedup = commands.add_parser(
        "dedup", help="mark duplicates in records cleaned earlier",
        description="Read records written by `newsclean clean` (JSON Lines, or the JSON array "
        "of --format json), and write them "
        "again in the same order with duplicates marked (duplicate_of, duplicate_kind, the "
        "flag duplicate). Streams: memory holds one small fingerprint per record.",
    )
    dedup.add_argument("paths", nargs="+", metavar="FILE",
                       help="records: JSON Lines, or a .json file's array")
    dedup.add_argument("-o", "--output", metavar="FILE",
                       help="write to FILE instead of stdout (compressed: .gz, .bz2, .xz)")
    dedup.add_argument("--threshold", type=float, default=0.5, metavar="T",
                       help="shingle similarity from which bodies are near copies (default 0.5)")
    _dask_option(dedup)
    dedup.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                       help="with --dask and no address: local worker processes "
                       "(default: one per core)")
    dedup.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")

    outlets = commands.add_parser(
        "outlets", help="list the outlet registry",
        description="List the outlets newsclean knows (the shipped registry, with --registry "
        "merged over it): id, country, type, domains and name.",
    )
    outlets.add_argument("--country", metavar="XX", help="only outlets of this country "
                         "(ISO 3166-1 alpha-2, e.g. AZ)")
    outlets.add_argument("--format", choices=("table", "jsonl"), default="table",
                         help="table (default) for reading, or one JSON object per outlet")
    _registry_options(outlets)

    rules = commands.add_parser(
        "rules", help="list every rule", description="List every rule with its id and doc."
    )
    rules.add_argument("--markdown", action="store_true", help="as the Markdown of docs/rules.md")
    return parser


def _dask_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dask", nargs="?", const="", default=None, metavar="SCHEDULER",
                        help="run on Dask: on the scheduler at this address, or on a local "
                        "cluster (-j workers) when none is given; needs "
                        "pip install 'newsclean[dask]'")


def _run_on_dask(args: argparse.Namespace, out: IO[str], err: IO[str],
                 config: CleanConfig | None, fields: Fields = FIELDS) -> int:
    """``clean --dask`` and ``dedup --dask``: the same records, computed on a Dask cluster."""
    try:
        from newsclean import dask as on_dask

        connection = on_dask.client(args.dask or None, workers=args.jobs or default_jobs())
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
            skipped: list[str] = []
            assigned = on_dask.find_duplicates_bag(records, threshold=args.threshold,
                                                   skipped=skipped)
            duplicates = sum(not is_item(key) for key in assigned)
            records = on_dask.mark_bag(records, assigned)
        errors = 0
        for record_id in skipped if config is None or args.dedup else ():
            if is_item(record_id):
                continue
            errors += 1
            err.write(f"newsclean: record id {record_id!r} came earlier: not checked for "
                      "duplicates\n")

        def write(sink: IO[str] | None) -> int:
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


def _registry_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--registry", metavar="FILE",
                        help="a TOML file of outlets merged over the shipped registry "
                        "(same layout; an entry with a known id replaces it)")
    parser.add_argument("--ratings", metavar="FILE",
                        help="a CSV of ratings keyed by domain; outlets carry their row, "
                        "with the file's name as its source")


def _registry(args: argparse.Namespace) -> Registry | None:
    """The registry the options ask for (``None``: the shipped one); raises on a bad file."""
    if not (args.registry or args.ratings):
        return None
    registry = Registry.load(args.registry) if args.registry else Registry.shipped()
    return registry.with_ratings(args.ratings) if args.ratings else registry


def _cmd_outlets(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
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


def _cmd_rules(args: argparse.Namespace, out: IO[str]) -> int:
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


class _Writer:
    """Records out, as JSON Lines, one JSON array, or the clean bodies for reading."""

    def __init__(self, sink: IO[str] | None, fmt: str) -> None:
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
        from newsclean.dedup import DedupIndex

        self.index = DedupIndex(threshold=threshold)
        self.spill = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 - replay closes

    def add(self, record: dict[str, Any], where: str) -> InputError | None:
        """Hold the record; an error when it could not be checked (it is still written)."""
        self.spill.write(dumps(record) + "\n")
        try:
            self.index.add(record)
        except (TypeError, ValueError) as exc:
            return InputError(where, f"not checked for duplicates: {exc}")
        return None

    def replay(self, writer: _Writer) -> int:
        """Write every held record, duplicates marked; returns how many were marked."""
        from newsclean.dedup import is_item, mark_dict

        assigned = self.index.assignments()
        self.spill.seek(0)
        for line in self.spill:
            writer.write(mark_dict(json.loads(line), assigned))
        self.spill.close()
        return sum(not is_item(key) for key in assigned)


def explain(record: Article, out: IO[str]) -> None:
    """Write, for a person, what was removed from one record and why."""
    out.write(f"== {record.source}  ({record.kind}, {len(record.removed)} lines removed)\n")
    out.write(f"   title: {record.title!r}\n")
    for removal in record.removed:
        out.write(f"   {removal.line:>5}  {removal.rule:<22} {removal.text.strip()}\n")


def _cmd_clean(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
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

    if args.dask is not None:
        if "-" in args.paths or args.explain:
            err.write("newsclean: error: --dask reads files and folders (not - or --explain)\n")
            return EXIT_USAGE
        return _run_on_dask(args, out, err, config, fields)
    inputs = list(find_inputs(p for p in args.paths if p != "-"))
    if args.output:
        inputs = _without_output(inputs, args.paths, args.output, err)
    stdin = args.stdin_as if "-" in args.paths else None
    origins = Origins()
    progress = Progress(err, [input_size(item) for item in inputs], stdin=stdin is not None,
                         live=not args.quiet and err.isatty(), summary=not args.quiet)
    jobs = args.jobs or default_jobs()

    def run(sink: IO[str] | None) -> None:
        writer = _Writer(sink, args.format)
        dedup = _Deduplicator(args.threshold) if args.dedup else None
        documents = origins.documents(inputs, stdin, fields)
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

    try:
        if args.output:
            with atomic_writer(args.output) as handle:
                run(handle)
        else:
            run(None if args.explain else out)
    finally:
        progress.finish()
    return EXIT_INPUT_ERRORS if progress.errors else EXIT_OK


def _dedup_records(paths: Sequence[str]) -> Iterator[tuple[str, dict[str, Any]] | InputError]:
    """Each record of the files with where it is (``file:line``), or the error of a bad line."""
    from newsclean.dedup import is_record

    for name in paths:
        for item in iter_records(Path(name)):
            if isinstance(item, InputError):
                yield item
                continue
            number, record = item
            if not is_record(record):
                yield InputError(name, "not a record (needs id and text)", line=number)
                continue
            yield f"{name}:{number}", record


def _cmd_dedup(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from newsclean.dedup import DedupIndex, is_item, mark_dict

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
    errors = total = 0
    for item in _dedup_records(args.paths):
        if isinstance(item, InputError):
            errors += 1
            err.write(f"newsclean: {item}\n")
            continue
        where, record = item
        try:
            index.add(record)
        except ValueError as exc:
            errors += 1
            err.write(f"newsclean: {where}: not checked for duplicates: {exc}\n")
    assigned = index.assignments()

    def write(sink: IO[str]) -> None:
        nonlocal total
        for item in _dedup_records(args.paths):  # the second pass: errors were told above
            if isinstance(item, InputError):
                continue
            sink.write(dumps(mark_dict(item[1], assigned)) + "\n")
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
    folder = target.parent
    if not folder.is_dir():
        return f"no such directory: {folder}"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"cannot write in {folder}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    args = _parser().parse_args(argv)
    out, err = sys.stdout, sys.stderr
    if isinstance(out, io.TextIOWrapper):
        # a lone surrogate in a record (a caller's text) goes out as its JSON escape
        out.reconfigure(errors="backslashreplace")
    output = getattr(args, "output", None)
    problem = _output_problem(output) if output else None
    if problem is not None:
        err.write(f"newsclean: error: -o {output}: {problem}\n")
        return EXIT_USAGE
    try:
        if args.command == "rules":
            return _cmd_rules(args, out)
        if args.command == "dedup":
            return _cmd_dedup(args, out, err)
        if args.command == "outlets":
            return _cmd_outlets(args, out, err)
        return _cmd_clean(args, out, err)
    except KeyboardInterrupt:
        err.write("newsclean: interrupted\n")
        return 130
    except BrokenPipeError:
        # The reader went away (`newsclean clean ... | head`): stop quietly, and keep
        # Python from complaining when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
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


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
