"""WARC files: a crawler's archive and Common Crawl's extracted text, read record by record."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import InputError
from newsclean.cli import main
from newsclean.io import Document, find_inputs, read_path

PARAGRAPH = ("The first paragraph of the story is long enough to be read as prose by the "
             "cleaner, the minister said on Tuesday.")
SECOND = PARAGRAPH.replace("Tuesday", "Monday")
PAGE = (f"<html><head><title>Site</title></head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h1>Title of the page</h1><p>{PARAGRAPH}</p><p>{SECOND}</p></article>"
        f"<footer>© 2024 Example News</footer></body></html>")
FETCHED = "2024-04-27T12:00:00Z"


def record(kind: str, uri: str, content: bytes, content_type: str) -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {FETCHED}\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(content)}\r\n\r\n")
    return head.encode() + content + b"\r\n\r\n"


def response(uri: str, status: str, headers: dict[str, str], body: bytes) -> bytes:
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    http = f"HTTP/1.1 {status}\r\n{head}\r\n".encode() + body
    return record("response", uri, http, "application/http; msgtype=response")


def chunked(body: bytes, size: int = 50) -> bytes:
    parts = [body[i:i + size] for i in range(0, len(body), size)]
    return b"".join(f"{len(p):x}\r\n".encode() + p + b"\r\n" for p in parts) + b"0\r\n\r\n"


def crawl() -> list[bytes]:
    """A crawl's records: what a crawler keeps beside the pages, and the pages."""
    russian = PAGE.replace("Title of the page", "Заголовок страницы").encode("cp1251")
    return [
        record("warcinfo", "", b"software: test\r\n", "application/warc-fields"),
        record("request", "https://example.com/a", b"GET /a HTTP/1.1\r\n\r\n",
               "application/http; msgtype=request"),
        response("https://example.com/a", "200 OK", {"Content-Type": "text/html"}, PAGE.encode()),
        response("https://example.com/ru", "200 OK",
                 {"Content-Type": "text/html; charset=windows-1251"}, russian),
        response("https://example.com/z", "200 OK",
                 {"Content-Type": "text/html", "Content-Encoding": "gzip",
                  "Transfer-Encoding": "chunked"}, chunked(gzip.compress(PAGE.encode()))),
        response("https://example.com/old", "301 Moved Permanently",
                 {"Location": "https://example.com/a"}, b""),
        response("https://example.com/logo.png", "200 OK", {"Content-Type": "image/png"},
                 b"\x89PNG\r\n\x1a\n" + bytes(3000)),
        response("https://example.com/untyped", "200 OK", {}, b"\n<!DOCTYPE html>" + PAGE.encode()),
        response("https://example.com/data", "200 OK", {}, b"\x00\x01binary"),
        record("conversion", "https://example.com/t",
               f"Headline of the text\n2 hours ago\n{PARAGRAPH}\n{SECOND}\n".encode(), "text/plain"),
    ]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_the_pages_and_texts_of_a_crawl_are_its_documents(name: str, tmp_path: Path) -> None:
    """Responses of HTML, whatever their transfer, charset or compression, or with no type but
    a page's opening, and extracted texts, are documents with their URL and fetch time;
    requests, redirects, images, untyped data and the file's info are not. Ids number the
    records, all of them counted."""
    path = tmp_path / name
    records = crawl()
    # a .warc.gz holds one gzip member per record, as crawlers write it
    path.write_bytes(b"".join(gzip.compress(r) for r in records) if name.endswith(".gz")
                     else b"".join(records))
    documents = list(read_path(path))
    assert [(d.id, d.url) for d in documents] == [  # type: ignore[union-attr]
        ("crawl:3", "https://example.com/a"), ("crawl:4", "https://example.com/ru"),
        ("crawl:5", "https://example.com/z"), ("crawl:8", "https://example.com/untyped"),
        ("crawl:10", "https://example.com/t")]
    assert all(d.fetched_at == FETCHED for d in documents)  # type: ignore[union-attr]
    assert documents[1].encoding == "cp1251"  # type: ignore[union-attr]
    assert documents[2].html == documents[0].html  # type: ignore[union-attr]
    assert documents[3].html.endswith(PAGE)  # type: ignore[union-attr]
    assert documents[4].html is None and documents[4].text.startswith("Headline of the text")  # type: ignore[union-attr]


def test_the_cli_cleans_a_crawl_folder_and_reads_relative_dates_against_the_fetch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Folders are searched for .warc.gz and Common Crawl's .warc.wet.gz; a text's "2 hours
    ago" is read against the record's WARC-Date."""
    (tmp_path / "pages.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in crawl()[:5]))
    (tmp_path / "CC-MAIN-1.warc.wet.gz").write_bytes(gzip.compress(crawl()[-1]))
    assert [p.name for p in find_inputs([str(tmp_path)])] == [  # type: ignore[union-attr]
        "CC-MAIN-1.warc.wet.gz", "pages.warc.gz"]
    assert main(["clean", str(tmp_path), "-j", "1", "-q"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["id"], r["source"]) for r in records] == [
        ("CC-MAIN-1:1", "https://example.com/t"), ("pages:3", "https://example.com/a"),
        ("pages:4", "https://example.com/ru"), ("pages:5", "https://example.com/z")]
    text, page, russian, _ = records
    assert text["title"] == "Headline of the text" and text["published"] == "2024-04-27T10:00:00+00:00"
    assert text["text"] == f"{PARAGRAPH}\n\n{SECOND}"
    assert page["title"] == "Title of the page" and page["text"] == f"{PARAGRAPH}\n\n{SECOND}"
    assert russian["title"] == "Заголовок страницы"


def test_a_body_is_read_whatever_its_crawler_kept_of_its_gzip_encoding(tmp_path: Path) -> None:
    """A gzip body whose Content-Encoding the crawler dropped, and a body stored decoded
    under a header that still says gzip, are both the page."""
    html = {"Content-Type": "text/html"}
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join([
        response("https://example.com/1", "200 OK", html, gzip.compress(PAGE.encode())),
        response("https://example.com/2", "200 OK", {**html, "Content-Encoding": "gzip"},
                 PAGE.encode()),
        response("https://example.com/3", "200 OK", {**html, "Content-Encoding": "gzip"},
                 gzip.compress(PAGE.encode())),
    ]))
    assert [d.html for d in read_path(path)] == [PAGE] * 3  # type: ignore[union-attr]


def test_a_status_that_is_no_number_is_no_success(tmp_path: Path) -> None:
    """"²00" is made of digits to Python, not of the digits a status is written in."""
    path = tmp_path / "crawl.warc"
    odd = response("https://example.com/1", "200 OK", {"Content-Type": "text/html"},
                   PAGE.encode()).replace(b"HTTP/1.1 200", b"HTTP/1.1 \xb200")
    path.write_bytes(odd + crawl()[2])
    assert [d.id for d in read_path(path)] == ["crawl:2"]  # type: ignore[union-attr]


def test_a_record_that_cannot_be_read_is_named_and_the_others_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsclean import warc

    monkeypatch.setattr(warc, "MAX_CONTENT", 5000)
    records = crawl()
    records[3] = response("https://example.com/br", "200 OK",
                          {"Content-Type": "text/html", "Content-Encoding": "br"}, b"\x0b\x02")
    records[4] = response("https://example.com/big", "200 OK", {"Content-Type": "text/html"},
                          PAGE.encode() * 20)
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(records))
    read = list(read_path(path))
    assert [str(r) if isinstance(r, InputError) else r.id for r in read] == [
        "crawl:3",
        f"{path}: record 4: content encoded as 'br', which is not read",
        f"{path}: record 5: 0 MB of content, more than a page (0 MB): not read",
        "crawl:8", "crawl:10"]


def test_a_file_that_loses_its_framing_keeps_what_came_before(tmp_path: Path) -> None:
    records = crawl()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(b"".join(records[:3]) + records[3][:200])
    garbled = tmp_path / "garbled.warc"
    garbled.write_bytes(b"".join(records[:3]) + b"<html>a stray page</html>\r\n" + records[3])
    other = tmp_path / "notes.warc"
    other.write_bytes(b"Notes on the crawl\n")
    lengthless = tmp_path / "lengthless.warc"
    lengthless.write_bytes(records[2].replace(b"Content-Length: ", b"Content-Length: \xb2"))
    torn = tmp_path / "torn.warc.gz"
    torn.write_bytes(b"".join(gzip.compress(r) for r in records)[:-30])

    def read(path: Path) -> list[str]:
        return [str(r) if isinstance(r, InputError) else r.id for r in read_path(path)]

    assert read(cut) == ["cut:3", f"{cut}: record 4: cut short"]
    assert read(garbled) == ["garbled:3", f"{garbled}: after record 3, b'<html>a stray page</html>"
                                          f"\\r\\n' where a WARC header should start: the rest "
                                          "is not read"]
    assert read(other) == [f"{other}: not a WARC file: b'Notes on the crawl\\n' where a WARC "
                           "header should start"]
    (error,) = read(lengthless)  # "²" is a digit, but not one that a length is written in
    assert error.startswith(f"{lengthless}: not a WARC file: a WARC header without a "
                            "Content-Length ('²")
    (*documents, error) = read(torn)
    assert documents == ["torn:3", "torn:4", "torn:5", "torn:8"]
    assert error.startswith(f"{torn}: cannot read on after 10 records")


@settings(max_examples=200, deadline=None)
@given(cut=st.integers(min_value=0), flips=st.lists(st.tuples(st.integers(min_value=0),
                                                           st.integers(0, 255)), max_size=6),
       packed=st.booleans())
def test_a_damaged_crawl_gives_documents_and_errors_never_an_exception(
    cut: int, flips: list[tuple[int, int]], packed: bool
) -> None:
    """Any crawl file, cut anywhere and with any bytes changed, is read to documents and
    errors naming it: nothing a file holds ends a run."""
    data = bytearray(b"".join(gzip.compress(r) for r in crawl()) if packed else b"".join(crawl()))
    for at, value in flips:
        data[at % len(data)] = value
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("crawl.warc.gz" if packed else "crawl.warc")
        path.write_bytes(bytes(data[:cut % (len(data) + 1)]))
        for item in read_path(path):
            assert isinstance(item, (Document, InputError))
            if isinstance(item, InputError):
                assert str(item).startswith(str(path))


def test_a_crawl_under_a_bare_compressed_name_is_told_by_its_data(tmp_path: Path) -> None:
    """``crawl.gz``: the name says gzip and nothing more, which is read as JSON Lines; the
    data opens as a WARC file, and is read as one."""
    (tmp_path / "crawl.gz").write_bytes(b"".join(gzip.compress(r) for r in crawl()))
    read = list(read_path(tmp_path / "crawl.gz"))
    assert [d.id for d in read] == ["crawl:3", "crawl:4", "crawl:5", "crawl:8", "crawl:10"]


def test_a_crawl_on_standard_input_is_told_by_its_opening() -> None:
    """``zcat crawl.warc.gz | newsclean clean -`` or the compressed bytes piped in: the
    records' documents, ids ``stdin:N``; ``--stdin-as warc`` says so for what is not one."""
    import io as stdio

    from newsclean.sniffing import read_stdin

    records = crawl()
    for data in (b"".join(records), b"".join(gzip.compress(r) for r in records)):
        read = list(read_stdin(stdio.BytesIO(data)))
        assert [(d.id, d.source) for d in read] == [  # type: ignore[union-attr]
            ("stdin:3", "https://example.com/a"), ("stdin:4", "https://example.com/ru"),
            ("stdin:5", "https://example.com/z"), ("stdin:8", "https://example.com/untyped"),
            ("stdin:10", "https://example.com/t")]
    (error,) = read_stdin(stdio.BytesIO(b"Notes\n"), kind="warc")
    assert str(error) == "<stdin>: not a WARC file: b'Notes\\n' where a WARC header should start"
    (dump,) = read_stdin(stdio.BytesIO(b"WARC is a format\n\nIt keeps pages.\n"))
    assert dump.id == "stdin"  # type: ignore[union-attr]
