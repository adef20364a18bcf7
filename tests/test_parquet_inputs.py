"""Parquet files of documents: a dataset's shards, one document per row."""

from __future__ import annotations

import gzip
import io as stdio
import json
import random
import sys
import tarfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import InputError, io
from newsclean.io import Document, Fields
from newsclean.sniffing import read_stdin
from tests.reading import documents, run

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

PARAGRAPH = ("The first paragraph of the story is long enough to be read as prose by the "
             "cleaner, the minister said on Tuesday.")
TEXT = f"Headline of the story\n\n{PARAGRAPH}\n"
FETCHED = datetime(2021, 3, 2, 10, 0, tzinfo=timezone.utc)


def write(path: Path, columns: dict[str, list[Any]], **options: Any) -> Path:
    pq.write_table(pa.table(columns), path, **options)
    return path




def test_each_row_is_a_document_named_by_its_id_or_its_number(tmp_path: Path) -> None:
    path = write(tmp_path / "shard.parquet", {
        "id": [17, None, 19], "url": ["https://example.com/a", None, ""],
        "text": [TEXT, PARAGRAPH, PARAGRAPH], "fetched_at": [FETCHED, None, FETCHED],
        "html": [None, None, None], "views": [1, 2, 3],
    }, row_group_size=2)
    first, second, third = documents(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert isinstance(third, Document)
    assert (first.id, first.url, first.source, first.text) == (
        "17", "https://example.com/a", "https://example.com/a", TEXT)
    assert first.fetched_at == "2021-03-02T10:00:00+00:00"  # a timestamp, as ISO 8601
    assert (second.id, second.url, second.source, second.fetched_at) == (
        "shard:2", None, f"{path}#2", None)
    assert (third.id, third.url, third.source) == ("19", None, f"{path}#3")


def test_a_row_without_text_is_named_and_the_others_read(tmp_path: Path) -> None:
    path = write(tmp_path / "shard.parquet", {"text": [PARAGRAPH, None, TEXT]})
    first, error, third = documents(path)
    assert isinstance(first, Document) and isinstance(third, Document)
    assert isinstance(error, InputError)
    assert str(error) == f'{path}: row 2: the object has no "text" or "html" string'


def test_fields_name_columns_and_paths_into_struct_columns(tmp_path: Path) -> None:
    path = write(tmp_path / "nested.parquet", {
        "article": [{"body": PARAGRAPH, "link": "https://example.com/n"}],
        "crawl": [{"when": FETCHED}],
    })
    fields = Fields.parse(["text=article.body", "url=article.link", "fetched_at=crawl.when"])
    (document,) = documents(path, fields)
    assert isinstance(document, Document)
    assert (document.text, document.url, document.fetched_at) == (
        PARAGRAPH, "https://example.com/n", "2021-03-02T10:00:00+00:00")


def test_a_page_or_a_text_kept_as_bytes_is_decoded_as_a_files_bytes_are(tmp_path: Path) -> None:
    page = "<html><body><p>Привет, как дела? Всё хорошо, спасибо большое.</p></body></html>"
    path = write(tmp_path / "raw.parquet", {"html": [page.encode("cp1251"), b""]})
    page_row, empty = documents(path)
    assert isinstance(page_row, Document) and page_row.html == page
    assert page_row.encoding == "cp1251" and "encoding_detected" in page_row.flags
    assert isinstance(empty, InputError) and str(empty) == f"{path}: row 2: empty file"


def test_a_file_without_the_texts_column_names_its_columns_and_the_field_to_give(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "items.parquet", {"title": ["Headline"], "body": [PARAGRAPH]})
    code, records, err = run(capsys, str(path))
    assert code == 1 and records == []
    assert f'{path}: no "text" or "html" column ("title", "body"); --field text=body reads ' \
           'its "body"\n' in err
    code, records, _ = run(capsys, str(path), "--field", "text=body")
    assert code == 0 and [r["text"] for r in records] == [PARAGRAPH]


def test_bad_files_are_named_and_the_others_still_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path / "good.parquet", {"text": [PARAGRAPH] * 300}, row_group_size=50)
    (tmp_path / "fake.parquet").write_text("not a parquet file", "utf-8")
    (tmp_path / "cut.parquet").write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    write(tmp_path / "none.parquet", {"text": pa.array([], pa.string())})
    code, records, err = run(capsys, str(tmp_path))
    assert code == 1 and len(records) == 300
    assert f"{tmp_path / 'fake.parquet'}: not a Parquet file: " in err
    assert f"{tmp_path / 'cut.parquet'}: not a Parquet file: " in err
    assert f"{tmp_path / 'none.parquet'}: holds no row\n" in err
    assert len(err.splitlines()) == 4  # three errors, each on one line, and the summary
    assert "Traceback" not in err


def test_damage_after_the_first_rows_is_one_error_after_them(tmp_path: Path) -> None:
    path = write(tmp_path / "big.parquet", {"text": [f"Paragraph {n}. " * 40 for n in range(400)]},
                 row_group_size=100)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 4000] = random.Random(1).randbytes(4000)  # pages' headers broken
    path.write_bytes(data)
    read = documents(path)
    *rows, error = read
    assert all(isinstance(d, Document) for d in rows) and 100 <= len(rows) < 400
    assert isinstance(error, InputError)
    assert f"{path}: cannot read on after {len(rows)} rows: " in str(error)
    assert "\n" not in str(error)


def test_compressed_in_an_archive_and_on_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = write(tmp_path / "shard.parquet", {"id": ["a", "b"], "text": [PARAGRAPH, TEXT]}).read_bytes()
    (tmp_path / "shard.parquet").unlink()
    (tmp_path / "shard.parquet.gz").write_bytes(gzip.compress(data))
    with tarfile.open(tmp_path / "shards.tar", "w") as archive:
        info = tarfile.TarInfo("data/train-0.parquet")
        info.size = len(data)
        archive.addfile(info, stdio.BytesIO(data))
    code, records, _ = run(capsys, str(tmp_path / "shard.parquet.gz"), str(tmp_path / "shards.tar"))
    assert code == 0 and [r["id"] for r in records] == ["a", "b", "a", "b"]
    read = list(read_stdin(stdio.BytesIO(gzip.compress(data))))
    assert [(d.id, d.text) for d in read] == [("a", PARAGRAPH), ("b", TEXT)]  # type: ignore[union-attr]
    rowless = write(tmp_path / "noid.parquet", {"text": [PARAGRAPH]}).read_bytes()
    monkeypatch.setattr("sys.stdin", stdio.TextIOWrapper(stdio.BytesIO(rowless)))
    code, records, _ = run(capsys, "-", "--stdin-as", "parquet")
    assert code == 0 and [(r["id"], r["source"]) for r in records] == [("stdin:1", "<stdin>#1")]


def test_without_pyarrow_each_parquet_file_says_so_and_the_rest_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "shard.parquet", {"text": [PARAGRAPH]})
    (tmp_path / "dump.txt").write_text(TEXT, "utf-8")
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # an import of it fails
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    code, records, err = run(capsys, str(tmp_path))
    assert code == 1 and [r["id"] for r in records] == ["dump"]
    assert f"{tmp_path / 'shard.parquet'}: reading Parquet needs pyarrow: " \
           "pip install 'newsclean[parquet]'\n" in err


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text(), st.one_of(st.none(), st.text(max_size=30))),
                min_size=1, max_size=5))
def test_a_rows_document_is_the_one_its_object_gives_in_json_lines(
    tmp_path_factory: pytest.TempPathFactory, rows: list[tuple[str, str | None]]
) -> None:
    path = tmp_path_factory.mktemp("p") / "a.parquet"
    objects = [{"id": f"r{n}", "text": text, "url": url} for n, (text, url) in enumerate(rows)]
    write(path, {key: [o[key] for o in objects] for key in ("id", "text", "url")})
    lines = "".join(json.dumps(o) + "\n" for o in objects).encode()
    from_json = list(io.jsonl_documents(stdio.BytesIO(lines), "a.jsonl", "a"))

    def parts(d: Document | InputError) -> tuple[object, ...]:
        assert isinstance(d, Document)
        return d.id, d.text, d.html, d.url, d.flags, d.encoding
    assert [parts(d) for d in documents(path)] == [parts(d) for d in from_json]
