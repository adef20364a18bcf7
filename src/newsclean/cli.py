"""The ``newsclean`` command: a thin shell over the library.

Exit codes: 0 every input cleaned; 1 some inputs could not be read (each named on stderr,
the others still written); 2 a usage error or a path that does not exist.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO

from newsclean import __version__
from newsclean.article import Article
from newsclean.chrome.rules import Rule, all_rules
from newsclean.config import CleanConfig
from newsclean.errors import InputError, NewscleanError
from newsclean.io import Document, atomic_writer, dumps, find_inputs, read_path, read_stdin
from newsclean.meta.dates import DATE_PATTERNS
from newsclean.pipeline import Cleaner

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE = 0, 1, 2


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
        description="Clean scrapes (text dumps, saved HTML pages, crawler JSON Lines; folders "
        "are searched recursively for .txt, .html, .htm and .jsonl; - reads standard input) "
        "into one JSON record per document.",
    )
    clean.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for stdin")
    clean.add_argument("-o", "--output", metavar="FILE",
                       help="write JSON Lines to FILE (whole or not at all) instead of stdout")
    clean.add_argument("--explain", action="store_true",
                       help="print, for a person, every removed line with its rule "
                       "(on stdout; the JSON Lines then go only to -o FILE)")
    clean.add_argument("--disable", action="append", default=[], metavar="RULE",
                       help="turn a rule off (repeatable); `newsclean rules` lists the ids")
    clean.add_argument("-q", "--quiet", action="store_true",
                       help="no progress or summary on stderr")

    rules = commands.add_parser(
        "rules", help="list every rule", description="List every rule with its id and doc."
    )
    rules.add_argument("--markdown", action="store_true", help="as the Markdown of docs/rules.md")
    return parser


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
    return "\n".join(out) + "\n"


def _cmd_rules(args: argparse.Namespace, out: IO[str]) -> int:
    rules = all_rules()
    if args.markdown:
        out.write(rules_markdown(rules))
        return EXIT_OK
    width = max(len(r.id) for r in rules)
    for rule in rules:
        out.write(f"{rule.id:<{width}}  {rule.doc}\n")
    for pattern in DATE_PATTERNS:
        out.write(f"{pattern.id:<{width}}  {pattern.doc}\n")
    return EXIT_OK


def _documents(paths: Sequence[str]) -> Iterator[Document | InputError]:
    for item in find_inputs(p for p in paths if p != "-"):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_path(item)
    if "-" in paths:
        yield from read_stdin()


def explain(record: Article, out: IO[str]) -> None:
    """Write, for a person, what was removed from one record and why."""
    out.write(f"== {record.source}  ({record.kind}, {len(record.removed)} lines removed)\n")
    out.write(f"   title: {record.title!r}\n")
    for removal in record.removed:
        out.write(f"   {removal.line:>5}  {removal.rule:<22} {removal.text.strip()}\n")


def _cmd_clean(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    try:
        cleaner = Cleaner(CleanConfig(disabled_rules=frozenset(args.disable)))
    except NewscleanError as exc:
        err.write(f"newsclean: error: {exc}\n")
        return EXIT_USAGE
    missing = [p for p in args.paths if p != "-" and not _exists(p)]
    if missing:
        for path in missing:
            err.write(f"newsclean: error: {path}: no such file or directory\n")
        return EXIT_USAGE

    progress = not args.quiet and err.isatty()
    started = time.monotonic()
    done = errors = 0

    def run(sink: IO[str] | None) -> None:
        nonlocal done, errors
        for doc in _documents(args.paths):
            if isinstance(doc, InputError):
                errors += 1
                err.write(f"newsclean: {doc}\n")
                continue
            try:
                if doc.html is not None:
                    record = cleaner.clean_html(doc.html, id=doc.id, url=doc.url,
                                                source=doc.source, fetched_at=doc.fetched_at)
                else:
                    record = cleaner.clean(doc.text, id=doc.id, url=doc.url, source=doc.source,
                                           fetched_at=doc.fetched_at)
            except Exception as exc:  # one bad document must not cost the others
                errors += 1
                err.write(f"newsclean: {doc.source}: could not clean: {exc!r}\n")
                continue
            if doc.flags:
                record = _with_flags(record, doc.flags)
            if sink is not None:
                sink.write(dumps(record.to_dict()) + "\n")
            if args.explain:
                explain(record, out)
            done += 1
            if progress and done % 50 == 0:
                err.write(f"\rnewsclean: {done} records, {errors} errors")
                err.flush()

    if args.output:
        with atomic_writer(args.output) as handle:
            run(handle)
    else:
        run(None if args.explain else out)
    if progress:
        elapsed = time.monotonic() - started
        err.write(f"\rnewsclean: {done} records, {errors} errors in {elapsed:.1f}s\n")
    return EXIT_INPUT_ERRORS if errors else EXIT_OK


def _with_flags(record: Article, flags: tuple[str, ...]) -> Article:
    return replace(record, flags=tuple(sorted(set(record.flags) | set(flags))))


def _exists(path: str) -> bool:
    return Path(path).exists()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    args = _parser().parse_args(argv)
    out, err = sys.stdout, sys.stderr
    try:
        if args.command == "rules":
            return _cmd_rules(args, out)
        return _cmd_clean(args, out, err)
    except KeyboardInterrupt:
        err.write("newsclean: interrupted\n")
        return 130
    except BrokenPipeError:
        # The reader went away (`newsclean clean ... | head`): stop quietly, and keep
        # Python from complaining when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        err.write(f"newsclean: error: {exc}\n")
        return EXIT_INPUT_ERRORS


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
