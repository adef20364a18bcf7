"""Inputs beyond text dumps: crawler JSON Lines and saved HTML pages."""

from __future__ import annotations

import io as stdio
import json
import os
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from newsclean import Cleaner, InputError, InputTypeError, clean_html, io
from newsclean.compression import is_compressed
from newsclean.html import html_metadata
from newsclean.io import Document
from newsclean.markup import (
    labels_elsewhere,
    only_heading,
    page_title,
    printed_part,
    without_headline,
    without_site_name,
)
from newsclean.sniffing import read_stdin
from tests.reading import run

PARAGRAPH = ("The first paragraph of the story is long enough to be read as prose by the "
             "cleaner, the minister said on Tuesday.")
PAGE = (f"<html><head><title>Site</title></head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h1>Title of the page</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH.replace('Tuesday', 'Monday')}"
        f"</p></article><footer>© 2024 Example News</footer></body></html>")



def test_jsonl_records_keep_order_ids_urls_and_fetch_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        {"id": "b", "url": "https://example.com/b", "text": f"Headline B here\n\n{PARAGRAPH}\n\n2 hours ago",
         "fetched_at": "2024-04-27T12:00:00+00:00"},
        {"id": "a", "html": PAGE},
    ]
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    code, records, _ = run(capsys, str(path))
    assert code == 0
    assert [r["id"] for r in records] == ["b", "a"]
    assert records[0]["url"] == records[0]["source"] == "https://example.com/b"
    assert records[0]["published"] == "2024-04-27T10:00:00+00:00"
    assert records[1]["title"] == "Title of the page" and "html" in records[1]["flags"]


@pytest.mark.parametrize(("given", "record_id"), [
    ("a1", "a1"), (0, "0"), (7, "7"), (5.0, "5"), (2.5, "2.5"),  # 0 is an id like any other
    (["a1"], "a1"),  # Scrapy's getall() of one value
    (["a1", "a2"], "crawl:1"), (True, "crawl:1"), ({"$oid": "x"}, "crawl:1"), ("", "crawl:1"),
    (None, "crawl:1"),  # not one id: the object's place, never a Python repr ("['a1', 'a2']")
])
def test_an_objects_id_is_its_value_as_text_or_its_place(
    given: object, record_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps({"id": given, "text": f"Headline B here\n\n{PARAGRAPH}"}) + "\n",
                    encoding="utf-8")
    code, (record,), _ = run(capsys, str(path))
    assert code == 0 and record["id"] == record_id


def test_a_tables_numbers_as_ids() -> None:
    import numpy as np

    from newsclean.io import _record_id

    assert [_record_id(v, "d") for v in (np.int64(7), np.float64(7.0), np.float64(float("nan")))] == [
        "7", "7", "d"]


@pytest.mark.parametrize(
    ("fetched_at", "published", "flagged"),
    [
        ("2024-04-27T12:00:00+00:00", "2024-04-27T10:00:00+00:00", False),
        (1714219200, "2024-04-27T10:00:00+00:00", False),  # Unix time, seconds
        (1714219200000, "2024-04-27T10:00:00+00:00", False),  # ... milliseconds (JavaScript)
        ("1714219200", "2024-04-27T10:00:00+00:00", False),  # ... its digits (a CSV cell's)
        ("Sat, 27 Apr 2024 12:00:00 GMT", "2024-04-27T10:00:00+00:00", False),  # HTTP Date
        ("20240427120000", "2024-04-27T10:00:00+00:00", False),  # WARC, Wayback
        ("2024-04-27 12:00:00 UTC", "2024-04-27T10:00:00+00:00", False),  # an SQL export's
        ({"$date": "2024-04-27T12:00:00Z"}, "2024-04-27T10:00:00+00:00", False),  # mongoexport
        ({"$date": {"$numberLong": "1714219200000"}}, "2024-04-27T10:00:00+00:00", False),
        ("2024-13-45", None, True),  # not a date: the record says it was not read
        ("yesterday", None, True),
        ([2024, 4, 27], None, True),
    ],
)
def test_the_fetch_time_in_a_crawlers_forms_and_an_unread_one_is_flagged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fetched_at: object,
    published: str | None, flagged: bool,
) -> None:
    line = {"id": "a", "fetched_at": fetched_at, "text": f"Headline B here\n\n2 hours ago\n\n{PARAGRAPH}"}
    (tmp_path / "crawl.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    code, (record,), _ = run(capsys, str(tmp_path / "crawl.jsonl"), "-j", "1")
    assert code == 0
    assert record["published"] == published
    assert ("fetched_at_unread" in record["flags"]) == flagged


@pytest.mark.parametrize(("fetched_at", "read"), [
    (datetime(2024, 4, 27, 12, tzinfo=timezone.utc), "2024-04-27T12:00:00+00:00"),
    (date(2024, 4, 27), "2024-04-27"),
    (Decimal("1.5"), "Decimal('1.5')"),  # no JSON value: kept as Python shows it, unread
])
def test_an_objects_fetch_time_from_python_is_read_or_kept(fetched_at: object, read: str) -> None:
    """Objects from a data frame or a Parquet file (a Dask bag's, a library user's) hold
    timestamps and other Python values that JSON never gives."""
    document = io.object_document({"text": PARAGRAPH, "fetched_at": fetched_at}, "rows",
                                  line=None, default_id="a", origin="rows#1")
    assert isinstance(document, io.Document) and document.fetched_at == read


def test_a_saved_pages_assets_are_not_read_as_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A browser saves a page complete as Story.html and Story_files/, whose .html files are
    its ads and widgets; a folder of that name beside no page is read as any other."""
    page = f"<html><body><h1>Headline B here</h1><p>{PARAGRAPH}</p></body></html>"
    (tmp_path / "Story_files").mkdir()
    (tmp_path / "Story.html").write_text(page, encoding="utf-8")
    (tmp_path / "Story_files" / "ad.html").write_text(page, encoding="utf-8")
    (tmp_path / "Story_files" / "frames").mkdir()
    (tmp_path / "Story_files" / "frames" / "widget.htm").write_text(page, encoding="utf-8")
    (tmp_path / "Other_files").mkdir()
    (tmp_path / "Other_files" / "kept.html").write_text(page, encoding="utf-8")
    code, records, _ = run(capsys, str(tmp_path))
    assert code == 0 and [r["id"] for r in records] == ["kept", "Story"]
    code, records, _ = run(capsys, str(tmp_path / "Story_files"))  # named: read
    assert code == 0 and [r["id"] for r in records] == ["ad", "widget"]


def test_a_folders_links_to_nothing_and_pipes_are_named_not_passed_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A named pipe is not opened (no writer: the run would block), a link to nothing cannot
    be; both are said, and the folder's files are read."""
    (tmp_path / "good.txt").write_text(f"Headline B here\n\n{PARAGRAPH}", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    (tmp_path / "notes").symlink_to(tmp_path / "nowhere")  # no input's name: not said
    code, records, err = run(capsys, str(tmp_path))
    assert code == 1 and [r["id"] for r in records] == ["good"]
    assert err.splitlines()[:2] == [
        f"newsclean: {tmp_path / 'gone.txt'}: a broken symbolic link: what it points to does "
        "not exist",
        f"newsclean: {tmp_path / 'pipe.jsonl'}: not a regular file (a named pipe, a socket or a "
        "device): name it to read it",
    ]
    assert "notes" not in err


def test_a_file_name_with_a_line_break_is_named_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad\nname.txt").write_bytes(b"")
    (tmp_path / "good\tname.txt").write_text(f"Headline B here\n\n{PARAGRAPH}", encoding="utf-8")
    code, records, err = run(capsys, str(tmp_path))
    assert code == 1 and [r["source"] for r in records] == [str(tmp_path / "good\tname.txt")]
    assert err.splitlines()[0] == f"newsclean: {tmp_path}/bad\\nname.txt: empty file"


def test_a_folders_links_to_folders_are_followed_each_folder_read_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A link to a folder is searched as a link to a file is read (a scrape kept on another
    disk); a folder reached twice, by its name and a link, or by a link to a folder above it,
    gives its files once."""
    elsewhere = tmp_path / "disk2" / "today"
    elsewhere.mkdir(parents=True)
    (elsewhere / "remote.txt").write_text(f"Headline A here\n\n{PARAGRAPH}", encoding="utf-8")
    crawl = tmp_path / "crawl"
    (crawl / "2026-12").mkdir(parents=True)
    (crawl / "2026-12" / "local.txt").write_text(f"Headline B here\n\n{PARAGRAPH}", encoding="utf-8")
    (crawl / "today").symlink_to(elsewhere)
    (crawl / "latest").symlink_to(crawl / "2026-12")
    (crawl / "2026-12" / "up").symlink_to(crawl)  # a loop
    code, records, err = run(capsys, str(crawl))
    assert code == 0 and "error" not in err.replace("0 errors", "")
    assert [r["id"] for r in records] == ["local", "remote"]


def test_a_subfolder_that_cannot_be_listed_is_said_and_the_rest_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "good.txt").write_text(f"Headline B here\n\n{PARAGRAPH}", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "hidden.txt").write_text(PARAGRAPH, encoding="utf-8")
    listed = Path.iterdir

    def iterdir(self: Path) -> object:
        if self.name == "locked":
            raise PermissionError(13, "Permission denied", str(self))
        return listed(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    code, records, err = run(capsys, str(tmp_path))
    assert code == 1 and [r["id"] for r in records] == ["good"]
    assert err.splitlines()[0] == (
        f"newsclean: {tmp_path / 'locked'}: cannot list this folder: Permission denied")



def test_bad_jsonl_lines_are_named_with_their_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crawl.jsonl"
    path.write_text('{"id": "ok", "text": "Some text."}\nnot json\n[1, 2]\n{"id": "x"}\n',
                    encoding="utf-8")
    code, records, err = run(capsys, str(path))
    assert code == 1
    assert [r["id"] for r in records] == ["ok"]
    for number in (2, 3, 4):
        assert f"crawl.jsonl:{number}:" in err
    assert "Traceback" not in err


def test_compressed_files_are_read_by_the_suffix_before_gz(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A saved page gzipped (``.html.gz``) is a page, a gzipped dump (``.txt.gz``) a dump;
    ``.jsonl.gz`` and a bare ``.gz`` are JSON Lines. Ids drop both suffixes."""
    import gzip

    (tmp_path / "p1.html.gz").write_bytes(gzip.compress(PAGE.encode("cp1252")))
    (tmp_path / "t1.txt.gz").write_bytes(gzip.compress(f"Headline T\n\n{PARAGRAPH}\n".encode()))
    crawl = json.dumps({"text": f"Headline J\n\n{PARAGRAPH}"}) + "\n"
    (tmp_path / "crawl.jsonl.gz").write_bytes(gzip.compress(crawl.encode()))
    (tmp_path / "more.gz").write_bytes(gzip.compress(crawl.encode()))
    (tmp_path / "torn.html.gz").write_bytes(gzip.compress(PAGE.encode())[:40])
    code, records, err = run(capsys, str(tmp_path), "-j", "1")
    by_id = {r["id"]: r for r in records}
    assert sorted(by_id) == ["crawl:1", "more:1", "p1", "t1"]
    assert by_id["p1"]["title"] == "Title of the page" and "html" in by_id["p1"]["flags"]
    assert by_id["t1"]["title"] == "Headline T" and by_id["t1"]["text"] == PARAGRAPH
    assert by_id["crawl:1"]["title"] == by_id["more:1"]["title"] == "Headline J"
    assert code == 1 and err.count("torn.html.gz") == 1 and "Traceback" not in err


@pytest.mark.parametrize("suffix", [".bz2", ".xz", ".zst"])
def test_bzip2_xz_and_zstandard_files_are_read_as_gzip_files_are(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``.txt.bz2`` is a dump, ``.html.xz`` a page, ``.jsonl.zst`` and a bare ``.xz`` JSON
    Lines, found in folders; a torn stream is one error naming its file."""
    import bz2
    import lzma

    import zstandard

    compress = {".bz2": bz2.compress, ".xz": lzma.compress, ".zst": zstandard.compress}[suffix]
    crawl = json.dumps({"text": f"Headline J\n\n{PARAGRAPH}"}) + "\n"
    (tmp_path / f"t1.txt{suffix}").write_bytes(compress(f"Headline T\n\n{PARAGRAPH}\n".encode()))
    (tmp_path / f"p1.html{suffix}").write_bytes(compress(PAGE.encode()))
    (tmp_path / f"crawl.jsonl{suffix}").write_bytes(compress(crawl.encode()))
    (tmp_path / f"more{suffix}").write_bytes(compress(crawl.encode()))
    (tmp_path / f"torn.txt{suffix}").write_bytes(compress(PAGE.encode())[:60])
    code, records, err = run(capsys, str(tmp_path), "-j", "1")
    by_id = {r["id"]: r for r in records}
    assert sorted(by_id) == ["crawl:1", "more:1", "p1", "t1"]
    assert by_id["t1"]["title"] == "Headline T" and by_id["t1"]["text"] == PARAGRAPH
    assert by_id["p1"]["title"] == "Title of the page" and "html" in by_id["p1"]["flags"]
    assert by_id["crawl:1"]["title"] == by_id["more:1"]["title"] == "Headline J"
    assert code == 1 and "Traceback" not in err
    assert err.count(f"torn.txt{suffix}: cannot decompress") == 1


@pytest.mark.parametrize("compression", ["gzip", "bz2", "lzma", "zstandard"])
def test_compressed_data_is_told_by_its_bytes_under_any_name_and_on_stdin(
    compression: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A crawler that gzips its JSON Lines without saying so in the name, and a crawl piped
    in compressed (``newsclean clean - < crawl.jsonl.xz``), are read, not refused as binary."""
    import importlib

    compress = importlib.import_module(compression).compress
    crawl = "".join(json.dumps({"id": f"r{n}", "text": f"Headline {n}\n\n{PARAGRAPH}"}) + "\n"
                    for n in range(3))
    (tmp_path / "crawl.jsonl").write_bytes(compress(crawl.encode()))
    (tmp_path / "dump.txt").write_bytes(compress(f"Headline T\n\n{PARAGRAPH}\n".encode()))
    assert is_compressed(tmp_path / "crawl.jsonl")
    assert not is_compressed(tmp_path)  # what cannot be opened is left to its reader to report
    code, records, err = run(capsys, str(tmp_path), "-j", "1")
    assert code == 0, err
    assert [r["id"] for r in records] == ["r0", "r1", "r2", "dump"]
    assert records[-1]["text"] == PARAGRAPH

    piped = list(read_stdin(stdio.BytesIO(compress(crawl.encode()))))
    assert [(d.id, d.source) for d in piped] == [
        ("r0", "<stdin>:1"), ("r1", "<stdin>:2"), ("r2", "<stdin>:3")]
    (torn,) = read_stdin(stdio.BytesIO(compress(crawl.encode())[:50]))
    assert isinstance(torn, InputError) and str(torn).startswith("<stdin>: cannot decompress")


def test_a_compressed_page_that_inflates_past_the_cap_is_an_error_not_a_memory_blowup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gzip

    from newsclean import io

    monkeypatch.setattr(io, "MAX_DECOMPRESSED", 1000)
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a " * 5000))
    (tmp_path / "small.txt.gz").write_bytes(gzip.compress(f"Headline\n\n{PARAGRAPH}".encode()))
    (error,) = io.read_path(tmp_path / "bomb.txt.gz")
    assert isinstance(error, InputError) and "bomb.txt.gz: decompresses to more than" in str(error)
    (document,) = io.read_path(tmp_path / "small.txt.gz")
    assert document.text.endswith(PARAGRAPH)


def test_a_small_compressed_page_is_read_without_setting_the_cap_aside(tmp_path: Path) -> None:
    """A buffered stream's ``read(n)`` sets aside ``n`` bytes before it reads: reading up to
    the 256 MB cap at once would ask that of the allocator for every compressed page."""
    import gzip
    import tracemalloc

    from newsclean import io

    (tmp_path / "small.txt.gz").write_bytes(gzip.compress(f"Headline\n\n{PARAGRAPH}".encode()))
    tracemalloc.start()
    try:
        (document,) = io.read_path(tmp_path / "small.txt.gz")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert document.text.endswith(PARAGRAPH)
    assert peak < 16 << 20


def test_a_file_that_is_not_json_lines_is_named_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page or a dump under a JSON Lines name: one error for the file, not one per line;
    a JSON Lines file whose opening lines are bad still names each and reads the rest."""
    (tmp_path / "page.jsonl").write_text(PAGE.replace("><", ">\n<"), encoding="utf-8")
    good = json.dumps({"id": "ok", "text": f"Headline\n\n{PARAGRAPH}"})
    (tmp_path / "late.jsonl").write_text("oops\n" * 9 + good + "\n", encoding="utf-8")
    code, records, err = run(capsys, str(tmp_path), "-j", "1")
    assert code == 1
    assert [r["id"] for r in records] == ["ok"]
    assert err.count("page.jsonl") == 1 and "page.jsonl: not JSON Lines" in err
    assert [f"late.jsonl:{n}:" in err for n in range(1, 10)] == [True] * 9


def test_html_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    code, records, _ = run(capsys, str(tmp_path))
    assert code == 0
    (record,) = records
    assert record["title"] == "Title of the page"
    assert record["text"].startswith(PARAGRAPH)
    assert "Home" not in record["text"] and "©" not in record["text"]


def test_a_page_saved_as_text_is_read_as_a_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A scraper that names every file ``.txt``: what opens as a page is cleaned as one, not
    kept with its markup; a dump that opens with a stray tag (a tracking pixel) stays a dump."""
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "saved.txt").write_text("\ufeff\n  " + PAGE.replace("<html>", "<HTML>", 1),
                                        encoding="utf-8")
    pixel = f'<img height="1" width="1" src="https://t.example/p.gif">\n{PARAGRAPH}\n'
    (tmp_path / "dump.txt").write_text(pixel, encoding="utf-8")
    code, records, _ = run(capsys, str(tmp_path), "-j", "1")
    assert code == 0
    by_id = {r["id"]: r for r in records}
    for key in ("title", "text", "published", "authors"):
        assert by_id["saved"][key] == by_id["page"][key]
    assert "html" in by_id["saved"]["flags"] and "<" not in by_id["saved"]["text"]
    assert "html" not in by_id["dump"]["flags"] and PARAGRAPH in by_id["dump"]["text"]


@pytest.mark.parametrize("codec", ["utf-8", "utf-16", "utf-32"])
def test_a_page_on_standard_input_is_read_as_a_page_in_any_encoding(codec: str) -> None:
    """A page piped in is told by its markup, in UTF-16 too (whose bytes open with no ``<``
    but a byte-order mark and NUL bytes); a dump piped in stays a dump."""
    (page,) = read_stdin(stdio.BytesIO(PAGE.encode(codec)))
    assert isinstance(page, Document) and page.html == PAGE and page.text == ""
    (dump,) = read_stdin(stdio.BytesIO(f"<b>Breaking</b>\n{PARAGRAPH}\n".encode(codec)))
    assert isinstance(dump, Document) and dump.html is None and PARAGRAPH in dump.text
    (forced,) = read_stdin(stdio.BytesIO(PAGE.encode(codec)), kind="text")
    assert isinstance(forced, Document) and forced.html is None


def test_clean_html() -> None:
    record = clean_html(PAGE, id="p")
    assert record.title == "Title of the page" and "html" in record.flags
    with pytest.raises(InputTypeError):
        clean_html(b"<html></html>")  # type: ignore[arg-type]


def test_html_mode_keeps_the_users_disabled_rules() -> None:
    html_cleaner = Cleaner(disabled_rules={"chrome.ui"}).for_html()
    assert {"chrome.ui", "chrome.preamble", "chrome.trailer", "chrome.menu"} <= (
        html_cleaner.config.disabled_rules
    )


def test_html_mode_turns_off_no_line_rule_so_line_verdicts_are_shared() -> None:
    """The HTML cleaner and its text cleaner share what they know of each line: safe only
    while HTML mode turns off structural rules alone, never a rule that judges a line."""
    from newsclean import Cleaner
    from newsclean.chrome.rules import all_rules
    from newsclean.pipeline import HTML_OFF

    kinds = {rule.id: rule.kind for rule in all_rules()}
    assert {kinds[rule_id] for rule_id in HTML_OFF} == {"structural"}
    cleaner = Cleaner()
    cleaner.clean_html(PAGE)
    assert cleaner.for_html()._judged is cleaner._judged
    judged = set().union(*(known.verdicts for known in cleaner._judged.values()))
    assert PARAGRAPH in judged  # one verdict, for the extracted text and the visible page


def test_html_metadata_fills_title_date_and_authors() -> None:
    page = PAGE.replace(
        "<title>Site</title>",
        '<title>Budget passes | Example News</title><meta name="author" content="Jane Doe">'
        '<meta property="article:published_time" content="2020-04-15T19:10:00+04:00">',
    )
    record = clean_html(page, id="p")
    assert (record.published, record.published_tz) == ("2020-04-15T19:10:00+04:00", "explicit")
    assert [a.name for a in record.authors] == ["Jane Doe"]
    assert record.title
    assert "undated" not in record.flags and "no_byline" not in record.flags


def test_a_declared_authors_last_vowel_sign_is_kept() -> None:
    """trafilatura cuts the vowel sign that ends a name in Hindi ("ऐश्ली कुटिन्हो" comes back
    "ऐश्ली कुटिन्ह"): the name is read as the page prints it."""
    page = PAGE.replace("<body>", '<body><span class="author">ऐश्ली कुटिन्हो</span>')
    assert html_metadata(page).author == "ऐश्ली कुटिन्हो"


@pytest.mark.parametrize(("answer", "declared"), [
    ("2026-11-02T09:00:00-0500", "2026-11-02T09:00:00-05:00"),
    ("2026-11-02T09:00:00+0000", "2026-11-02T09:00:00+00:00"),
    ("2026-11-02T09:00:00", "2026-11-02T09:00:00"),  # a time without an offset
    ("2026-11-02T00:00:00", "2026-11-02"),  # a day alone (a URL's, a JSON-LD day)
    ("2026-11-02T00:00:00+0100", "2026-11-02T00:00:00+01:00"),  # a midnight declared so
])
def test_the_markups_date_keeps_the_time_it_declares(answer: str, declared: str) -> None:
    from newsclean.html import declared_time

    assert declared_time(answer) == declared


@pytest.mark.parametrize(("head", "published"), [
    ('<meta property="article:published_time" content="2024-05-06T07:08:09+02:00">',
     "2024-05-06T07:08:09+02:00"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
     '"2024-05-06"}</script>', "2024-05-06"),
    ('<link rel="canonical" href="https://example.com/2024/05/06/story.html">', "2024-05-06"),
])
def test_an_html_pages_declared_date_is_as_precise_as_declared(head: str, published: str) -> None:
    record = clean_html(PAGE.replace("<title>Site</title>", f"<title>Site</title>{head}"), id="p")
    assert record.published == published
    assert record.published_tz == ("explicit" if len(published) > 10 else "none")


@pytest.mark.parametrize(("published", "modified", "updated"), [
    ("2024-05-06T07:08:00+02:00", "2024-05-06T09:30:00+02:00", True),  # a later time
    ("2024-05-06T07:08:00+02:00", "2024-05-06T05:08:00+00:00", False),  # the same instant
    ("2024-05-06T07:08:00+02:00", "2024-05-06T07:08:41+02:00", False),  # the printed minute
    ("2024-05-06T07:08:00+02:00", "2024-05-01T07:08:00+02:00", False),  # before it
    ("2024-05-06T07:08:00", "2024-05-06T09:30:00", True),  # both without an offset
    # a day, or one offset unknown: later by more than any offset moves a time
    ("2024-05-06", "2024-05-07T01:50:59+00:00", False),
    ("2024-05-06", "2024-05-09T10:00:00+00:00", True),
    ("2024-05-06", "2024-05-07", True),
    ("2024-05-06T16:07:00", "2024-05-06T22:07:00+00:00", False),
    ("2024-05-06T16:07:00", "2024-05-08T10:00:00+00:00", True),
    (None, "2024-05-08T10:00:00+00:00", False),
    ("2024-05-06T07:08:00", "2024-05-06T25:61:00", False),  # no time: no update, no error
])
def test_the_markups_modification_time_is_an_update_only_after_the_publication(
    published: str | None, modified: str, updated: bool
) -> None:
    from newsclean.markup import declared_update

    assert declared_update(published, modified) == (modified if updated else None)


@pytest.mark.parametrize("head", [
    '<meta property="article:modified_time" content="2024-05-07T10:00:00+02:00">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
    '"2024-05-06T07:08:09+02:00", "dateModified": "2024-05-07T10:00:00+02:00"}</script>',
])
def test_an_html_page_declares_when_it_was_changed(head: str) -> None:
    page = PAGE.replace("<title>Site</title>", '<title>Site</title><meta property='
                        f'"article:published_time" content="2024-05-06T07:08:09+02:00">{head}')
    record = clean_html(page, id="p")
    assert (record.published, record.updated) == ("2024-05-06T07:08:09+02:00",
                                                  "2024-05-07T10:00:00+02:00")
    # not after the fetch: the markup's change is no later than the page read
    assert clean_html(page, id="p", fetched_at="2024-05-06T12:00:00+02:00").updated is None
    unchanged = page.replace("2024-05-07T10:00:00", "2024-05-06T07:08:09")
    assert clean_html(unchanged, id="p").updated is None


@pytest.mark.parametrize(("head", "flagged"), [
    ('<meta property="article:modified_time" content="2024-05-07T10:00:00+02:00">', True),
    ('<meta property="og:updated_time" content="2024-05-07T10:00:00+02:00">', True),
    # a publication declared too, the same time: a page not changed since
    ('<meta property="article:published_time" content="2024-05-07T10:00:00+02:00">'
     '<meta property="article:modified_time" content="2024-05-07T10:00:00+02:00">', False),
    ('<script type="application/ld+json">{"datePublished": "2024-05-07T10:00:00+02:00", '
     '"dateModified": "2024-05-07T10:00:00+02:00"}</script>', False),
])
def test_a_page_dated_only_by_its_change_says_so(head: str, flagged: bool) -> None:
    record = clean_html(PAGE.replace("<title>Site</title>", f"<title>Site</title>{head}"), id="p")
    assert (record.published, record.updated) == ("2024-05-07T10:00:00+02:00", None)
    assert ("published_from_updated" in record.flags) is flagged


def test_html_metadata_never_reads_the_clock() -> None:
    page = PAGE.replace("<title>Site</title>",
                        '<meta property="article:published_time" content="2090-01-01">')
    assert clean_html(page).published == "2090-01-01"
    assert clean_html(page, fetched_at="2024-01-01").published != "2090-01-01"


def dated_page(markup_day: str, above: str, footer: str = "") -> str:
    """PAGE declaring ``markup_day`` in its markup and printing ``above`` over the article,
    where extraction leaves it out."""
    return PAGE.replace(
        "<title>Site</title>",
        f'<title>Site</title><meta property="article:published_time" content="{markup_day}">',
    ).replace("<article>", f"<div class='meta'>{above}</div><article>").replace(
        "</footer>", f" {footer}</footer>")


@pytest.mark.parametrize(
    ("markup_day", "above", "footer", "published"),
    [
        # The markup's day is printed nowhere: the day the page shows its readers wins.
        ("2022-01-21", "Posted 4 February 2022", "", "2022-02-04"),
        # The same day printed with its time and offset: the print adds them.
        ("2022-02-04", "4 February 2022 12:30 (UTC+04:00)", "", "2022-02-04T12:30:00+04:00"),
        # The markup's reader swapped day and month of a day-first print.
        ("2022-04-02", "4. 2. 2022", "", "2022-02-04"),
        # January 1st is the markup reader's answer when it found only a year.
        ("2021-01-01", "Posted 1 April 2023", "", "2023-04-01"),
        # The page prints the markup's day too: the markup says which printed day it is.
        ("2022-01-21", "Posted 4 February 2022", "Page created 21 January 2022", "2022-01-21"),
        # A two-digit year is a guess; the markup's is not.
        ("2020-02-03", "2.6.29", "", "2020-02-03"),
        # The markup's time and offset are kept where the markup wins ...
        ("2020-02-03T09:05:00-05:00", "2.6.29", "", "2020-02-03T09:05:00-05:00"),
        ("2022-01-21T23:30:00Z", "", "", "2022-01-21T23:30:00+00:00"),
        # ... and fill in the day the page prints without a time; a printed time stands.
        ("2022-02-04T10:15:00+01:00", "Posted 4 February 2022", "", "2022-02-04T10:15:00+01:00"),
        ("2022-02-04T10:15:00+01:00", "4 February 2022 12:30 (UTC+04:00)", "",
         "2022-02-04T12:30:00+04:00"),
        # A printed day the markup's timed day does not match stands, without a time.
        ("2022-01-21T10:15:00+01:00", "Posted 4 February 2022", "", "2022-02-04"),
    ],
)
def test_html_date_weighs_the_markup_against_the_printed_date(
    markup_day: str, above: str, footer: str, published: str
) -> None:
    record = clean_html(dated_page(markup_day, above, footer), id="p")
    assert record.published == published
    assert "undated" not in record.flags


@pytest.mark.parametrize(
    ("above", "published", "tz"),
    [
        ("15 августа 2016, 13:43", "2016-08-15T13:43:00", "none"),
        ("Politics Materials 10 January 2022 09:26 (UTC +04:00)", "2022-01-10T09:26:00+04:00",
         "explicit"),
    ],
)
def test_an_html_page_dated_only_where_extraction_does_not_look(
    above: str, published: str, tz: str
) -> None:
    """No date in the markup nor in the extracted text: the date the page prints over the
    article (a line extraction leaves out) dates it."""
    page = PAGE.replace("<article>", f"<div class='meta'>{above}</div><article>")
    record = clean_html(page, id="p")
    assert (record.published, record.published_tz) == (published, tz)
    assert "undated" not in record.flags


@pytest.mark.parametrize("footer", ["", "Copyright 2015-2019 Example", "Posted in May 2021"])
def test_an_html_page_that_prints_no_date_is_undated(footer: str) -> None:
    """Not the January 1st of the copyright line's year ("© 2024 Example News"), nor a
    month without its day."""
    record = clean_html(PAGE.replace("</footer>", f" {footer}</footer>"), id="p")
    assert record.published is None
    assert "undated" in record.flags


def test_visible_text_reads_blocks_as_lines_and_skips_what_is_not_shown() -> None:
    from newsclean.html import visible_text

    page = ("<html><head><style>p {}</style></head><body><!-- note --><ul><li>Politics</li>"
            "<li>Economy</li></ul><p>Posted <b>4. 2. 2022</b><br>by Jane</p>"
            "<script>var x = '<p>hidden</p>';</script><template><p>later</p></template></body></html>")
    assert visible_text(page).splitlines() == ["Politics", "Economy", "Posted 4. 2. 2022", "by Jane"]
    declared = '<?xml version="1.0" encoding="utf-8"?><html><body><p>Déjà vu</p></body></html>'
    assert visible_text(declared) == "Déjà vu"
    assert visible_text("") == ""


LAYOUT_PARAGRAPHS = [
    "The council voted on Tuesday to close the old bridge to traffic from next spring, after "
    "engineers found cracks in two of its five spans during a routine inspection last month.",
    "Drivers will be sent over the ring road while the bridge is repaired, which the council "
    "expects to take at least eighteen months and to cost about twelve million euros in all.",
    "Shop owners on both banks said they feared losing customers, and asked the council to "
    "keep the bridge open to pedestrians and cyclists for as long as the works allow it.",
    "The mayor said a ferry would run between the two banks on weekdays during the works, "
    "and that the council would meet the shop owners again before the end of the year.",
]


def test_an_article_set_in_a_layout_table_keeps_its_paragraphs() -> None:
    """Older sites lay the page out in a table: extraction read the article's cell as one
    row, one line of every paragraph and the teasers after them, that no rule could part."""
    cell = "".join(f"<p>{text}</p>" for text in LAYOUT_PARAGRAPHS)
    page = ("<html><body><table><tr><td class='menu'><a href='/'>Home</a></td><td>"
            f"<h1>Council closes the old bridge</h1>{cell}</td></tr></table>"
            "<table><tr><th>Span</th><th>Cracks</th></tr><tr><td>2</td><td>14</td></tr>"
            "<tr><td>4</td><td>9</td></tr></table></body></html>")
    record = clean_html(page, id="bridge")
    assert record.text.split("\n\n")[:4] == LAYOUT_PARAGRAPHS
    assert record.title == "Council closes the old bridge"
    from newsclean.html import html_to_text

    assert "| 2 | 14 |" in html_to_text(page)  # a table of data stays one


def titled_page(declared: str, headline: str, site: str | None = None) -> str:
    """PAGE declaring ``declared`` as its title (and ``site`` as its name), showing ``headline``."""
    head = f'<title>{declared}</title><meta property="og:title" content="{declared}">'
    if site:
        head += f'<meta property="og:site_name" content="{site}">'
    return PAGE.replace("<title>Site</title>", head).replace("Title of the page", headline)


@pytest.mark.parametrize(
    ("declared", "site", "title"),
    [
        # the site's name glued to the headline
        ("Budget passes after a long night | Example News", None, "Budget passes after a long night"),
        ("Example News", "Example News", "Budget passes after a long night"),  # only the site
        ("Budget passes after a long", None, "Budget passes after a long night"),  # cut short
        # a title the page does not print, over its one <h1>: the heading is the headline
        ("Parliament approves the new budget", None, "Budget passes after a long night"),
        # the same headline in other words: the page shows its own
        ("Long night: budget passes", None, "Budget passes after a long night"),
        # a section's label for a title, printed nowhere near the headline
        ("Pressemitteilungen", None, "Budget passes after a long night"),
    ],
)
def test_html_title_weighs_the_markup_against_the_headline_shown(
    declared: str, site: str | None, title: str
) -> None:
    record = clean_html(titled_page(declared, "Budget passes after a long night", site), id="p")
    assert record.title == title
    assert "untitled" not in record.flags


@pytest.mark.parametrize(
    ("declared", "head", "title"),
    [
        ("Energy storage at home | Daheim Solar", '<meta property="og:site_name" '
         'content="Daheim Solar">', "Energy storage at home"),
        ("Heat pumps in old houses - When they pay | heizung.de", '<meta property="og:url" '
         'content="https://www.heizung.de/waermepumpe/altbau">', "Heat pumps in old houses - When they pay"),
        ("GitHub - example/tool: A tool for news", '<meta property="og:site_name" '
         'content="GitHub">', "example/tool: A tool for news"),
        # a part that is not the site's name stays
        ("Energy storage at home | Solar", '<meta property="og:site_name" content="Daheim '
         'Solar">', "Energy storage at home | Solar"),
    ],
)
def test_html_title_leaves_out_the_sites_name(declared: str, head: str, title: str) -> None:
    """Where the page shows no headline the title contains, the markup's title stands, less
    the site's name added before or after it: its declared name, or its domain's."""
    page = titled_page(declared, "Watts").replace("</head>", f"{head}</head>")
    assert clean_html(page, id="p").title == title


PRINTED = "Home\nPolitics\nBudget passes after a long night\nBy Jane Doe\nExample Blog\n"


@pytest.mark.parametrize(
    ("declared", "title"),
    [
        # a section's name the site does not declare, after or before the headline
        ("Budget passes after a long night | Politics", "Budget passes after a long night"),
        ("Weekly Politics - Budget passes after a long night", "Budget passes after a long night"),
        # two parts dropped at one end: a section and a site
        ("Budget passes after a long night - Politics - Example", "Budget passes after a long night"),
        # printed whole, the title stands, though a part of it is printed too
        ("Home | Politics", "Home | Politics"),
        # a part no longer than the rest is as likely the site's logo as the headline
        ("Example Blog - notes from the day", "Example Blog - notes from the day"),
        ("Budget vote | Politics", "Budget vote | Politics"),  # no part printed alone
    ],
)
def test_the_part_of_the_markups_title_the_page_prints_is_its_headline(
    declared: str, title: str
) -> None:
    page = PRINTED + ("Home | Politics\n" if declared == "Home | Politics" else "")
    assert printed_part(declared, page) == title


def test_a_short_title_is_not_taken_for_a_reworded_headline() -> None:
    """A label's few words are in many a line: two words of the markup's title in the
    headline shown make no rewording of it."""
    assert page_title("Long budget", "Budget passes after a long night", None) == "Long budget"
    assert page_title("Long night: budget passes", "Budget passes after a long night",
                      None) == "Budget passes after a long night"


def test_a_short_markup_title_printed_right_over_the_headline_stands() -> None:
    """A title of a word or two printed just above the headline the page shows is the
    headline, over a standfirst the page shows big ("Zeitphilosophie" over a quote); so it is
    where extraction opens with it."""
    page = titled_page("Zeitphilosophie", "Budget passes after a long night")
    over = page.replace("<article>", "<div>Zeitphilosophie</div><article>")
    assert clean_html(over, id="p").title == "Zeitphilosophie"
    # extraction opens with it, though the page prints it farther up
    opening = page.replace("<h1>", "<p>Zeitphilosophie</p><ul><li>Seneca</li><li>Zeit</li>"
                                   "<li>Leben</li><li>Muße</li></ul><h1>")
    assert clean_html(opening, id="p").title == "Zeitphilosophie"


def test_the_markups_title_over_the_body_leaves_it_when_the_page_shows_the_headline_reworded(
) -> None:
    """Extraction may keep the markup's title as the body's first line while the page shows
    the headline in other words, which the record takes: the markup's title is the headline
    too, and leaves the body."""
    text = f"Long night: budget passes\n{PARAGRAPH}\n{PARAGRAPH.replace('Tuesday', 'Monday')}"
    extracted = Cleaner(disabled_rules={"title.headline"}).for_html().clean(text, id="p")
    assert extracted.text.startswith("Long night")
    record = without_headline(extracted, text, "Budget passes after a long night",
                              "Long night: budget passes")
    assert record.text.startswith(PARAGRAPH[:40])
    assert [(r.line, r.rule) for r in record.removed] == [(1, "title.headline")]


def test_a_headline_in_an_unspaced_script_inside_the_markups_title_is_the_headline() -> None:
    """The headline the page shows, inside the markup's title with the site's name glued on
    without spaces: words are counted as the line rules count them (two characters a word),
    not by spaces, of which a Chinese headline has none."""
    headline = "武汉的声音：有英勇的你，才有英雄的城"
    paragraphs = "".join(f"<p>{text}</p>" for text in (
        "记者从市政府获悉，今年全市新建学校十二所，新增学位一万余个，缓解了城区入学难的问题。",
        "市教育局负责人表示，明年还将继续加大投入，让更多孩子在家门口上好学，并完善校车服务。",
        "据介绍，新建学校均按照最新标准配备了图书馆、实验室和运动场，教师队伍也同步得到充实。",
    ))
    declared = f"{headline}-新华网"
    page = (f"<html><head><title>{declared}</title><meta property='og:title' content='{declared}'>"
            f"</head><body><nav><a href='/'>首页</a> <a href='/n'>新闻</a></nav><article>"
            f"<h1>{headline}</h1>{paragraphs}</article></body></html>")
    assert clean_html(page, id="p").title == headline


def test_an_html_listing_has_no_headline_of_its_own() -> None:
    teaser = ("The minister said on {day} that the talks with the delegation would resume next "
              "week in the capital after a pause of several...")
    items = "".join(f"<h2>Headline number {n} of the day</h2><p>{teaser.format(day=day)}</p>"
                    for n, day in enumerate(["Monday", "Tuesday", "Friday", "Sunday"]))
    page = (f"<html><head><title>News | Example</title><meta property='og:title' "
            f"content='News | Example'></head><body><main>{items}</main></body></html>")
    record = clean_html(page)
    assert record.kind == "listing" and len(record.items) == 4
    assert record.title is None  # the record contract: a listing's title is null


@pytest.mark.parametrize(
    ("above", "names"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("Posted 4 February 2022 by Jane Doe", ["Jane Doe"]),
        # a name standing alone between the headline and the body, as a text dump's is
        ("Jane Doe", ["Jane Doe"]),
        ("Interaktive Karte", []),  # a label, not a name
    ],
)
def test_html_byline_that_extraction_dropped(above: str, names: list[str]) -> None:
    page = PAGE.replace("<article>", f"<div class='meta'>{above}</div><article>")
    record = clean_html(page, id="p")
    assert [a.name for a in record.authors] == names
    assert ("no_byline" in record.flags) == (not names)


@pytest.mark.parametrize(
    ("declared", "byline", "names"),
    [
        ("Arianschlichenmayer", "By Arian Schlichenmayer", ["Arian Schlichenmayer"]),
        ("Interview Julia Lauter", "By Julia Lauter", ["Julia Lauter"]),
        ("Nils", "By Nils Pickert", ["Nils Pickert"]),
        ("Rudolf Fischer", "By Rudolf Fischer and Simon Kohler", ["Rudolf Fischer", "Simon Kohler"]),
        # what follows a full name on the byline's line is as often the site's
        ("Sarah Schnieder", "By Sarah Schnieder Reiterrevue International", ["Sarah Schnieder"]),
        ("Jane Doe", "By Ann Lee", ["Jane Doe"]),  # someone else: the markup's stands
    ],
)
def test_html_declared_authors_are_named_as_the_byline_prints_them(
    declared: str, byline: str, names: list[str]
) -> None:
    """The markup's author (its JSON-LD here), named as the page's byline prints it."""
    data = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                       "author": {"@type": "Person", "name": declared}})
    page = PAGE.replace(
        "<title>Site</title>",
        f'<title>Site</title><script type="application/ld+json">{data}</script>',
    ).replace("<h1>Title of the page</h1>", f"<h1>Title of the page</h1><p>{byline}</p>")
    assert [a.name for a in clean_html(page, id="p").authors] == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("<p>By Ann Lee</p>", [("Ann Lee", "person")]),  # in the text extraction keeps
        ("", [("Muster-Stiftung e V", "organization")]),  # no one else is named
    ],
)
def test_html_declared_organization_gives_way_to_the_reporter_named(
    byline: str, names: list[tuple[str, str]]
) -> None:
    """A content system's author field holding the publisher ("Muster-Stiftung e. V.")."""
    page = PAGE.replace(
        "<title>Site</title>",
        '<title>Site</title><meta name="author" content="Muster-Stiftung e. V.">',
    ).replace("<h1>Title of the page</h1>", f"<h1>Title of the page</h1>{byline}")
    assert [(a.name, a.kind) for a in clean_html(page, id="p").authors] == names


@pytest.mark.parametrize(
    ("declared", "names"),
    [
        ("Jane Doe", ["Jane Doe"]),
        ("No Author", ["Ann Lee"]),  # a content system's placeholder names no one
        ("Admin", ["Ann Lee"]),
        ("EXAMPLE NEWS", ["Ann Lee"]),  # the site's own name is the outlet, not an author
        ("Examplenews De", ["Ann Lee"]),  # as a domain
        ("Example; News", ["Ann Lee"]),  # split where the site's name has "&" or ";"
        ("Jane Doe; Example News", ["Jane Doe"]),
    ],
)
def test_html_declared_author_that_names_no_one_gives_way(declared: str, names: list[str]) -> None:
    page = PAGE.replace(
        "<title>Site</title>",
        f'<title>Site</title><meta name="author" content="{declared}">'
        '<meta property="og:site_name" content="Example News">',
    ).replace("<article>", "<div class='meta'>By Ann Lee</div><article>")
    assert [a.name for a in clean_html(page, id="p").authors] == names


def test_a_domain_the_markup_names_beside_a_person_is_no_author() -> None:
    page = PAGE.replace("<title>Site</title>",
                        '<title>Site</title><meta name="author" content="Frank Bueltge; Bueltge De">')
    assert [a.name for a in clean_html(page).authors] == ["Frank Bueltge"]
    alone = PAGE.replace("<title>Site</title>",
                         '<title>Site</title><meta name="author" content="Bueltge De">')
    assert [a.name for a in clean_html(alone).authors] == ["Bueltge De"]


@pytest.mark.parametrize(("shown", "title"), [
    # the kicker and the headline are two elements, which the page's text runs together
    ("<span>Zoonosen</span>Wie Umweltzerstörung neue Epidemien begünstigt",
     "Wie Umweltzerstörung neue Epidemien begünstigt"),
    ("<span>Zoonosen</span> Wie Umweltzerstörung neue Epidemien begünstigt",
     "Wie Umweltzerstörung neue Epidemien begünstigt"),
    # printed as the markup gives it, the title is one element: it stands
    ("Zoonosen – Wie Umweltzerstörung neue Epidemien begünstigt",
     "Zoonosen – Wie Umweltzerstörung neue Epidemien begünstigt"),
])
def test_a_kicker_the_page_prints_as_an_element_of_its_own_leaves_the_title(
    shown: str, title: str
) -> None:
    record = clean_html(titled_page("Zoonosen – Wie Umweltzerstörung neue Epidemien begünstigt",
                                    shown), id="p")
    assert record.title == title
    assert record.text.startswith(PARAGRAPH[:40])  # the headline's line left the body


@pytest.mark.parametrize(("declared", "title"), [
    # the byline and the date a theme printed in the headline's element
    ("Budget passes after a long night Veröffentlicht von Jane Doe am 23. Februar 2020",
     "Budget passes after a long night"),
    ("Budget passes after a long night (27 July 2017)", "Budget passes after a long night"),
    ("乃木坂46・与田祐希写真集が公開「お気に入りの一枚」（2020年2月15日）",
     "乃木坂46・与田祐希写真集が公開「お気に入りの一枚」"),
    # what follows is not the page's metadata: the title stands
    ("Budget passes after a long night of talks", "Budget passes after a long night of talks"),
])
def test_a_date_or_byline_after_the_headline_in_the_markups_title_is_cut(
    declared: str, title: str
) -> None:
    page = PRINTED + "乃木坂46・与田祐希写真集が公開「お気に入りの一枚」\n"
    assert printed_part(declared, page) == title


def test_a_full_width_bar_sets_the_sites_name_off_the_title() -> None:
    assert without_site_name("与田祐希の写真集が公開された｜BIGLOBEニュース", "BIGLOBEニュース",
                             None) == "与田祐希の写真集が公開された"


@pytest.mark.parametrize(("last", "title"), [
    # a section's page name in the last og:title: the first and the page agree on another
    ("Aktuelles", "Budget passes after a long night"),
    # a headline of its own: the markup's main title stands
    ("Parliament approves the budget at dawn", "Parliament approves the budget at dawn"),
])
def test_a_label_for_the_markups_title_yields_to_the_og_title_the_page_shows(
    last: str, title: str
) -> None:
    """A theme and a plugin each print og:title; the markup's main title is the last. The
    page shows the headline above the article, which extraction leaves out."""
    page = titled_page("Budget passes after a long night", "Budget passes after a long night")
    page = page.replace("</head>", f'<meta property="og:title" content="{last}"></head>').replace(
        "<article><h1>Budget passes after a long night</h1>",
        "<header><div class='title'>Budget passes after a long night</div></header><article>")
    assert html_metadata(page).title == last
    assert clean_html(page, id="p").title == title


def test_the_logo_line_for_the_markups_title_is_a_label() -> None:
    page = "Kitchen Notes\nMenu\nBeef liver with apple and onion\nServes four.\n"
    declared = ("Beef liver with apple and onion | Kitchen Notes",)
    shown = "Beef liver with apple and onion"
    assert labels_elsewhere("Kitchen Notes", declared, shown, page, None, None)
    # a headline of its own, printed nowhere, is no label
    assert not labels_elsewhere("Liver for dinner tonight", declared, shown, page, None, None)
    # the site's name shown as the headline is none
    assert not labels_elsewhere("Kitchen Notes", ("Kitchen Notes",), "Kitchen Notes", page,
                                "Kitchen Notes", None)


def test_a_title_the_page_does_not_print_stands_over_a_headline_in_no_heading() -> None:
    page = titled_page("Parliament approves the new budget", "Budget passes after a long night")
    page = page.replace("<h1>", "<div class='title'>").replace("</h1>", "</div>")
    assert clean_html(page, id="p").title == "Parliament approves the new budget"


@pytest.mark.parametrize(("heading", "title"), [
    # the page's one <h1>, over a title written for search engines
    ("Budget passes after a long night", "Budget passes after a long night"),
    # an <h1> of one word is a label
    ("Politics", "Budget vote: compare what passed"),
])
def test_the_pages_one_main_heading_is_its_headline(heading: str, title: str) -> None:
    assert clean_html(titled_page("Budget vote: compare what passed", heading), id="p").title == title


def test_a_kicker_over_the_headline_leaves_the_body_with_it() -> None:
    page = titled_page("Budget passes after a long night", "Budget passes after a long night")
    page = page.replace("<h1>", "<p>Politics and the budget</p><h1>")
    record = clean_html(page, id="p")
    assert record.title == "Budget passes after a long night"
    assert record.text.startswith(PARAGRAPH[:40])
    assert [r.text for r in record.removed if r.rule == "title.headline"] == [
        "Politics and the budget", "Budget passes after a long night"]


def test_an_h1_holding_the_title_with_a_kicker_or_the_logo_s_line_is_no_headline() -> None:
    page = "Example News\nMenu\nBudget passes after a long night\n"
    assert only_heading(["Politics: Budget passes after a long night"], page, None,
                        "Budget passes after a long night", None) is None
    assert only_heading(["Example News"], page, None, "Budget passes after a long night", None) is None
    assert only_heading(["Budget passes after a long night"], page, None, "Budget vote tonight",
                        None) == "Budget passes after a long night"


def test_a_readers_comment_signature_in_the_markups_author_names_no_author() -> None:
    page = titled_page("Budget passes after a long night", "Budget passes after a long night")
    page = page.replace("</article>", "</article><ol class='commentlist'><li class='comment'><div "
                        "class='comment_author vcard'><strong class='fn'><a href='/u'>stephangoeldi"
                        "</a></strong> said, on August 3, 2019 at 3:12 pm</div><p>Thanks!</p></li></ol>")
    assert html_metadata(page).author  # the markup declares it
    assert clean_html(page, id="p").authors == ()


@pytest.mark.parametrize(("declared", "names"), [
    # a programme's name the content system lists beside the reporter the byline prints
    (["SWR Sport", "Julius Richter"], ["Julius Richter"]),
    # a writer's role read as a name: "Tom Krisher, AP Auto Writer"
    (["Julius Richter", "AP Auto Writer"], ["Julius Richter"]),
    # a co-author whose name opens with a given name stays, printed or not
    (["Julius Richter", "Anna Lenz"], ["Julius Richter", "Anna Lenz"]),
])
def test_beside_the_person_the_byline_prints_a_declared_name_needs_a_given_name(
    declared: list[str], names: list[str]
) -> None:
    data = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                       "author": [{"@type": "Person", "name": name} for name in declared]})
    page = titled_page("Budget passes after a long night", "Budget passes after a long night")
    page = page.replace("</head>", f'<script type="application/ld+json">{data}</script></head>')
    page = page.replace("</h1>", "</h1><p class='byline'>Von Julius Richter</p>")
    assert [a.name for a in clean_html(page, id="p").authors] == names
