"""CSV and TSV files of documents: a scraper's table export, one document per row."""

from __future__ import annotations

import codecs
import csv
import gzip
import io as stdio
import json
import tarfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import InputError, io
from newsclean.delimited import csv_documents, is_header
from newsclean.io import Document
from newsclean.sniffing import read_stdin
from tests.reading import documents, run

PARAGRAPH = ("The first paragraph of the story is long enough to be read as prose by the "
             "cleaner, the minister said on Tuesday.")
TEXT = f"Headline of the story\n\n{PARAGRAPH}\n\nA second paragraph, with \"quotes\", commas; and more."


def table(rows: list[list[str]], delimiter: str = ",") -> str:
    out = stdio.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue()




def test_each_row_is_a_document_named_by_its_id_or_the_line_it_starts_on(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(table([
        ["id", "url", "text", "fetched_at"],
        ["a1", "https://example.com/a1", TEXT, "2021-03-02T10:00:00"],
        ["", "", "One more story, told in one line.", "1614679200"],
    ]), "utf-8")
    first, second = documents(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.id, first.url, first.source, first.text) == (
        "a1", "https://example.com/a1", "https://example.com/a1", TEXT)
    assert first.fetched_at == "2021-03-02T10:00:00"
    # the first row runs over five lines (its text's), so the second starts on line 7
    assert (second.id, second.url, second.source) == ("export:7", None, f"{path}:7")
    assert second.fetched_at == "2021-03-02T10:00:00+00:00"  # a Unix time, as in JSON


@pytest.mark.parametrize(("name", "delimiter", "before"), [
    ("a.csv", ",", ""), ("a.csv", ";", ""), ("a.csv", "\t", ""), ("a.csv", "|", ""),
    ("a.tsv", "\t", ""), ("a.csv", ";", "sep=;\r\n"), ("a.csv", ",", "\ufeff"),
    ("a.csv", ",", "\n\n"),
])
def test_cells_are_split_as_the_header_or_the_name_says(
    tmp_path: Path, name: str, delimiter: str, before: str
) -> None:
    """A header of Title, Text and URL (as a spreadsheet writes them) is read as text and url."""
    path = tmp_path / name
    path.write_text(before + table([["Title", " Text ", "URL"], ["Headline", TEXT, "https://e.com/1"],
                                    ["Next", PARAGRAPH, "https://e.com/2"]], delimiter), "utf-8")
    read = documents(path)
    assert [(d.text, d.url) for d in read if isinstance(d, Document)] == [
        (TEXT, "https://e.com/1"), (PARAGRAPH, "https://e.com/2")]
    assert [d.id for d in read] == [f"a:{n + before.count(chr(10))}" for n in (2, 7)]  # type: ignore[union-attr]


def test_a_column_named_exactly_is_read_before_one_named_so_but_for_case(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(table([["Text", "text"], ["the title", PARAGRAPH]]), "utf-8")
    (document,) = documents(path)
    assert isinstance(document, Document) and document.text == PARAGRAPH


@pytest.mark.parametrize(("codec", "text"), [
    ("cp1252", "El año pasado, según el ministerio, la economía creció un 2,5 % en España."),
    ("cp1251", "В прошлом году, по данным министерства, экономика выросла на 2,5 процента."),
])
def test_a_spreadsheets_legacy_code_page_is_read_row_by_row(
    tmp_path: Path, codec: str, text: str
) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(table([["id", "text"], ["a", text], ["b", "plain ASCII, read as UTF-8"]])
                     .encode(codec))
    legacy, plain = documents(path)
    assert isinstance(legacy, Document) and isinstance(plain, Document)
    assert (legacy.text, legacy.encoding) == (text, codec) and "encoding_detected" in legacy.flags
    assert (plain.encoding, plain.flags) == ("utf-8", ())


def test_stray_bytes_in_utf8_and_utf16_with_a_mark(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes("id,text\na,Grüße aus Köln – schön wär’s; sagt die Straße. Hosting f".encode()
                      + b"\xfcr Profit\n")
    (document,) = documents(mixed)
    assert isinstance(document, Document) and document.text.endswith("für Profit")
    assert (document.encoding, document.flags) == ("utf-8+cp1252", ("encoding_mixed",))
    wide = tmp_path / "wide.csv"
    wide.write_bytes(codecs.BOM_UTF16_LE + table([["id", "text"], ["a", "Ein Bericht über 上海."]])
                     .encode("utf-16-le"))
    (document,) = documents(wide)
    assert isinstance(document, Document)
    assert (document.text, document.encoding, document.flags) == ("Ein Bericht über 上海.", "utf-16", ())


def test_bad_rows_are_named_by_line_and_the_others_still_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "id,text\n"
        f'a,"{PARAGRAPH}"\n'
        "b\n"  # one cell
        f'c,"quoted" and on\n'  # text after a closing quote
        f'd,"{PARAGRAPH}"\n'
        f'e,"{PARAGRAPH}\n'  # a quote left open to the end
        "f,more\n", "utf-8")
    code, records, err = run(capsys, str(path))
    assert code == 1 and [r["id"] for r in records] == ["a", "d"]
    assert f"{path}:3: 1 cell where the header names 2 columns\n" in err
    assert f"{path}:4: a quoted cell goes on after its closing quote" in err
    assert f"{path}:6: a quote opened in this row is not closed by the end of the file" in err
    assert "Traceback" not in err


def test_a_quote_left_open_that_runs_a_row_on_says_so(tmp_path: Path) -> None:
    path = tmp_path / "open.csv"
    path.write_text('id,text,url\na,"An open quote,x\nb,y"\nc,z,w\n', "utf-8")
    read = documents(path)
    assert isinstance(read[0], InputError) and read[0].line == 2
    assert "2 cells where the header names 3 columns (the row runs on to line 3: a quote left " \
           "open?)" in str(read[0])
    assert [d.id for d in read[1:]] == ["c"]  # type: ignore[union-attr]


def test_a_cell_too_long_to_be_one_ends_the_file(tmp_path: Path) -> None:
    """A quote left open in a large file would take all that follows into one cell."""
    path = tmp_path / "long.csv"
    path.write_text(f'id,text\na,"{PARAGRAPH}"\nb,"{"x" * 3000}\nc,"{PARAGRAPH}"\n', "utf-8")
    limit = csv.field_size_limit(1000)
    try:
        first, error = documents(path)
    finally:
        csv.field_size_limit(limit)
    assert isinstance(first, Document) and first.id == "a"
    assert isinstance(error, InputError) and error.line == 3 and "Not read on" in str(error)


def test_a_header_without_the_text_names_its_columns_and_the_field_to_give(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "items.csv"
    path.write_text(table([["title", "body", "link"], ["Headline", PARAGRAPH, "https://e.com/1"]]),
                    "utf-8")
    code, records, err = run(capsys, str(path))
    assert code == 1 and records == []
    assert (f'{path}: no "text" or "html" column in its header ("title", "body", "link"); '
            '--field text=body reads its "body"\n') in err
    code, records, err = run(capsys, str(path), "--field", "text=body", "--field", "url=link")
    assert code == 0 and [(r["text"], r["url"]) for r in records] == [(PARAGRAPH, "https://e.com/1")]


def test_a_dump_an_empty_or_a_binary_file_named_csv_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "dump.csv").write_text(TEXT, "utf-8")
    (tmp_path / "empty.csv").write_text("", "utf-8")
    (error,) = documents(tmp_path / "dump.csv")
    assert isinstance(error, InputError)
    assert str(error) == f'{tmp_path / "dump.csv"}: no "text" or "html" column in its header ' \
                         '("Headline of the story")'
    (error,) = documents(tmp_path / "empty.csv")
    assert isinstance(error, InputError) and str(error).endswith("empty.csv: empty file")
    (tmp_path / "header.csv").write_text("id,text\n\n", "utf-8")
    (error,) = documents(tmp_path / "header.csv")
    assert isinstance(error, InputError) and str(error).endswith("holds no row under its header")
    (tmp_path / "binary.csv").write_bytes(bytes(range(256)) * 40)
    (error,) = documents(tmp_path / "binary.csv")
    assert isinstance(error, InputError)
    assert str(error).endswith("binary.csv: binary file (control bytes), not CSV")


def test_compressed_in_archives_and_passed_over_in_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder's .csv files (a crawler's list of URLs, as often as not) are read when named."""
    data = table([["id", "text"], ["a", PARAGRAPH]]).encode()
    (tmp_path / "export.csv.gz").write_bytes(gzip.compress(data))
    with tarfile.open(tmp_path / "scrapes.tar", "w") as archive:
        info = tarfile.TarInfo("dumps/export.tsv")
        tsv = table([["id", "text"], ["b", PARAGRAPH]], "\t").encode()
        info.size = len(tsv)
        archive.addfile(info, stdio.BytesIO(tsv))
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "urls.csv").write_text("url\nhttps://example.com/a\n")
    code, records, err = run(capsys, str(tmp_path / "export.csv.gz"), str(tmp_path / "scrapes.tar"),
                             str(folder))
    assert code == 1 and [(r["id"], r["source"]) for r in records] == [
        ("a", f"{tmp_path / 'export.csv.gz'}:2"), ("b", f"{tmp_path / 'scrapes.tar'}/dumps/export.tsv:2")]
    assert f"{folder}: no input file in it (1 .csv file: name them to read them, " \
           f"'{folder / '*.csv'}')" in err


@pytest.mark.parametrize(("first", "header"), [
    ("id,url,text", True), ("Title;Text", True), ("html\turl", True), ("sep=;", True),
    ("\ufeffid,text", True),
    ("text", False),  # one column: a dump's first line
    ("Text, photos and video", False),  # prose puts a space after its commas
    ("id,url,body", False), ('{"text": "a, b"}', False),
])
def test_standard_input_is_told_csv_by_its_header(first: str, header: bool) -> None:
    assert is_header(first.encode() + b"\n") is header


def test_csv_on_standard_input(monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    data = table([["id", "text"], ["a", PARAGRAPH], ["b", TEXT]])
    read = list(read_stdin(stdio.BytesIO(data.encode())))
    assert [(d.id, d.source) for d in read] == [("a", "<stdin>:2"), ("b", "<stdin>:3")]  # type: ignore[union-attr]
    # a dump whose first line names a text among other things is still a dump
    dump = b"Text, photos and video\n" + TEXT.encode()
    monkeypatch.setattr("sys.stdin", stdio.TextIOWrapper(stdio.BytesIO(dump)))
    code, records, _ = run(capsys, "-")
    assert code == 0 and [r["id"] for r in records] == ["stdin"]
    monkeypatch.setattr("sys.stdin", stdio.TextIOWrapper(stdio.BytesIO(data.encode("utf-16"))))
    code, records, _ = run(capsys, "-", "--stdin-as", "csv")
    assert code == 0 and [(r["id"], r["encoding"]) for r in records] == [("a", "utf-16"), ("b", "utf-16")]


# Control characters other than line breaks and tabs are left out: a file with many is read
# as binary (and before Python 3.11 the csv module reads no line that holds a NUL).
cells = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\r\n"))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(cells, cells), min_size=1, max_size=5), st.sampled_from(",;\t|"))
def test_a_rows_document_is_the_one_its_object_gives_in_json_lines(
    rows: list[tuple[str, str]], delimiter: str
) -> None:
    """Whatever the cells hold (quotes, delimiters, line breaks), a row gives the document
    the same values give as a JSON Lines object."""
    objects = [{"id": f"r{n}", "text": text, "url": url} for n, (text, url) in enumerate(rows)]
    data = table([["id", "text", "url"], *[[o["id"], o["text"], o["url"]] for o in objects]],
                 delimiter)
    from_csv = list(csv_documents(stdio.BytesIO(data.encode()), "a.csv", "a"))
    lines = "".join(json.dumps(o) + "\n" for o in objects).encode()
    from_json = list(io.jsonl_documents(stdio.BytesIO(lines), "a.jsonl", "a"))

    def parts(d: Document | InputError) -> tuple[object, ...]:
        assert isinstance(d, Document)
        return d.id, d.text, d.html, d.url, d.flags, d.encoding
    assert [parts(d) for d in from_csv] == [parts(d) for d in from_json]
