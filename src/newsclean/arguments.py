"""The command line's options: ``newsclean clean``, ``dedup``, ``outlets`` and ``rules``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from newsclean import __version__
from newsclean.sniffing import STDIN_KINDS

if TYPE_CHECKING:
    from _typeshed import SupportsWrite


class _Parser(argparse.ArgumentParser):
    """argparse's parser, save that what ``--help`` and ``--version`` print to standard output
    is flushed there, and a failure to write it raises (argparse passes it over, so that
    ``newsclean --version > /dev/full`` would succeed having written nothing)."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if not message or file is None or file is sys.stderr:
            super()._print_message(message, file)
            return
        file.write(message)
        flush = getattr(file, "flush", None)
        if flush is not None:
            flush()


def parser() -> argparse.ArgumentParser:
    """The parser of ``newsclean``'s command line."""
    parser = _Parser(
        prog="newsclean",
        description="Turn raw news scrapes into clean records (JSON Lines).",
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    clean = commands.add_parser(
        "clean",
        help="clean scrapes into JSON Lines",
        description="Clean scrapes (text dumps, saved HTML pages, pages saved whole as MHTML "
        "or Safari web archives, news feeds, crawler JSON Lines and JSON, CSV and TSV exports, "
        "Parquet files, WARC files, and tar and zip archives of them; folders are searched "
        "recursively for .txt, .html, .htm, .mhtml, .mht, .webarchive, .rss, .atom, .jsonl, "
        ".warc, .wet and .parquet, plain or compressed (.gz, .bz2, .xz, .zst), and "
        "for .tar (.tar.gz, .tgz...) and .zip, while .json, .csv, .tsv and .xml files are read when "
        "named or matched by a quoted pattern, 'crawl/**/*.json'; - reads standard input) into "
        "one JSON record per document.",
    )
    clean.add_argument("paths", nargs="+", metavar="PATH",
                       help="file, folder, quoted pattern, or - for stdin")
    clean.add_argument("--stdin-as", choices=STDIN_KINDS, default="auto", metavar="KIND",
                       help="what - is: auto (default: JSON Lines when its first line is a JSON "
                       "object with text or html, JSON when it opens with such an object over "
                       "lines or an array of them, CSV when it opens with a header naming text "
                       "or html among other columns, a WARC file, a tar or zip archive, a "
                       "Parquet file, an MHTML file, a binary web archive or a feed when it opens "
                       "as one, a page when it opens with HTML markup, else a text dump), text, "
                       "html, jsonl, json, csv, warc, tar, zip, parquet, mhtml, webarchive or feed")
    clean.add_argument("--field", action="append", default=[], metavar="PART=KEY",
                       help="read a part of JSON documents from another key, or of CSV "
                       "and Parquet documents from another column (repeatable): "
                       "text=maintext, fetched_at=date_download, or nested, text=article.body; "
                       "the parts are id, url, text, html and fetched_at, and title, published, "
                       "authors and updated, which fill in what the text does not print (a title "
                       "is weighed against the text's headline, as a page's is)")
    clean.add_argument("-o", "--output", metavar="FILE",
                       help="write JSON Lines to FILE (whole or not at all) instead of stdout "
                       "('-': stdout); "
                       "compressed when FILE ends in .gz, .bz2, .xz or .zst; a run cut short keeps "
                       "its records in FILE.partial")
    clean.add_argument("--resume", action="store_true",
                       help="with -o FILE: go on from the records FILE.partial holds (a run "
                       "cut short left them), cleaning only the documents they do not cover")
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
                       help="write to FILE instead of stdout (compressed: .gz, .bz2, .xz, .zst)")
    dedup.add_argument("--threshold", type=float, default=0.5, metavar="T",
                       help="shingle similarity from which bodies are near copies (default 0.5)")
    _dask_option(dedup)
    dedup.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                       help="with --dask and no address: local worker processes "
                       "(default: one per core)")
    dedup.add_argument("-q", "--quiet", action="store_true",
                       help="no progress bar or summary on stderr")

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


def _registry_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--registry", metavar="FILE",
                        help="a TOML file of outlets merged over the shipped registry "
                        "(same layout; an entry with a known id replaces it)")
    parser.add_argument("--ratings", metavar="FILE",
                        help="a CSV of ratings keyed by domain; outlets carry their row, "
                        "with the file's name as its source")
