"""Pages a browser saved whole: MHTML ("Webpage, Single File") and Safari's web archives."""

from __future__ import annotations

import base64
import gzip
import io as stdio
import plistlib
import quopri
import tarfile
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import InputError
from newsclean.decoding import decode
from newsclean.io import Document, find_inputs
from newsclean.sniffing import read_stdin
from tests.reading import documents, run

PARAGRAPH = ("The city council approved a new budget on Thursday that raises spending on "
             "schools and hospitals by eight percent, the largest rise in a decade.")
SECOND = ("Opponents said the plan would leave the city with a deficit next year, and that "
          "the council had not explained how the rise would be paid for.")
PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Council approves budget – "
        "The Daily Example</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News"
        "</a></nav><article><h1>Council approves budget</h1><p>By Jane Smith</p>"
        f"<p>{PARAGRAPH} “A turning point,” the mayor said.</p><p>{SECOND}</p></article>"
        "\n<footer>© 2026 The Daily Example</footer>\n</body></html>\n")
FRAME = ("<html><body><p>Buy now! Great deals on cars every day of the week, with free "
         "delivery to your door and nothing to pay for a year.</p></body></html>")
URL = "https://www.example.com/news/council-budget"
BOUNDARY = "----MultipartBoundary--Xq3lUuTRiUgvxAJ0bXZzxQ8nSOnt----"
SAVED = "Sat, 5 Dec 2026 10:12:33 -0000"


def part(body: bytes | str, content_type: str = "text/html", *, encoding: str = "quoted-printable",
         location: str | None = URL, content_id: str | None = None, nl: str = "\r\n") -> bytes:
    """One part of an MHTML file as Chrome writes it."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    if encoding == "quoted-printable":
        data = quopri.encodestring(data)
    elif encoding == "base64":
        data = base64.encodebytes(data)
    head = [f"Content-Type: {content_type}"]
    if content_id:
        head.append(f"Content-ID: <{content_id}>")
    head.append(f"Content-Transfer-Encoding: {encoding}")
    if location:
        head.append(f"Content-Location: {location}")
    return (nl.join(head) + nl + nl).encode() + data.replace(b"\n", nl.encode())


def mhtml(*parts: bytes, start: str | None = None, date: str | None = SAVED,
          snapshot: str | None = URL, nl: str = "\r\n", close: bool = True) -> bytes:
    """An MHTML file as Chrome writes it: its header, then its parts between boundaries."""
    head = ["From: <Saved by Blink>"]
    if snapshot:
        head.append(f"Snapshot-Content-Location: {snapshot}")
    head.append("Subject: =?utf-8?Q?Council_approves_budget_=E2=80=93_The_Daily_Example?=")
    if date:
        head.append(f"Date: {date}")
    head += ["MIME-Version: 1.0", "Content-Type: multipart/related;", '\ttype="text/html";',
             f'\tboundary="{BOUNDARY}"' + (f';\tstart="<{start}>"' if start else "")]
    out = (nl.join(head) + nl + nl + nl).encode()
    for each in parts:
        out += f"--{BOUNDARY}{nl}".encode() + each + nl.encode()
    return out + (f"--{BOUNDARY}--{nl}".encode() if close else b"")


def webarchive(page: bytes, *, mime: str = "text/html", charset: str | None = "UTF-8",
               url: str = URL, fmt: plistlib.PlistFormat = plistlib.FMT_BINARY) -> bytes:
    main: dict[str, object] = {"WebResourceData": page, "WebResourceMIMEType": mime,
                               "WebResourceURL": url, "WebResourceFrameName": ""}
    if charset:
        main["WebResourceTextEncodingName"] = charset
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": [
        {"WebResourceData": PNG, "WebResourceMIMEType": "image/png",
         "WebResourceURL": "https://cdn.example.com/a.png"}]}, fmt=fmt)


def one(path: Path) -> Document:
    found = documents(path)
    assert len(found) == 1 and isinstance(found[0], Document), found
    return found[0]


def error(path: Path) -> str:
    found = documents(path)
    assert len(found) == 1 and isinstance(found[0], InputError), found
    assert found[0].source == str(path)
    return found[0].reason


PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


@pytest.mark.parametrize("nl", ["\r\n", "\n"])
def test_the_page_is_the_first_html_part_not_the_frames_and_images_after_it(
        tmp_path: Path, nl: str) -> None:
    path = tmp_path / "story.mhtml"
    path.write_bytes(mhtml(
        part(PAGE, content_id="frame-A@mhtml.blink", nl=nl),
        part(b"body { color: red }", "text/css", location="cid:css-1@mhtml.blink", nl=nl),
        part(PNG, "image/png", encoding="base64", location="https://cdn.example.com/a.png", nl=nl),
        part(FRAME, content_id="frame-B@mhtml.blink", location="https://ads.example.net/f", nl=nl),
        nl=nl))
    page = one(path)
    # quoted-printable undone: its soft line breaks joined, its lines' breaks the page's "\n"
    assert page.html == PAGE
    assert (page.id, page.source, page.url, page.text) == ("story", str(path), URL, "")
    assert page.fetched_at == "2026-12-05T10:12:33"  # the time it was saved


def test_its_record_is_the_saved_page_s_with_the_address_it_was_saved_from(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "story.mhtml").write_bytes(mhtml(part(PAGE), part(FRAME, location="https://ads")))
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "story.html").write_text(PAGE, "utf-8")
    code, (saved,), _ = run(capsys, str(tmp_path / "story.mhtml"))
    assert code == 0
    code, (plain,), _ = run(capsys, str(tmp_path / "plain" / "story.html"))
    assert code == 0
    assert saved["url"] == URL and plain["url"] is None
    assert saved["outlet"]["domain"] == "example.com"
    assert saved["title"] == "Council approves budget"
    assert "Buy now" not in saved["text"]  # the ad frame is not the page
    for key in ("title", "text", "authors", "published", "removed", "language"):
        assert saved[key] == plain[key], key


def test_a_carriage_return_the_page_holds_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "story.mhtml"
    path.write_bytes(mhtml(b"Content-Type: text/html\r\nContent-Transfer-Encoding: "
                           b"quoted-printable\r\n\r\n<p>one=0D\r\ntwo=0D=0Athree=\r\n four</p>"))
    assert one(path).html == "<p>one\r\ntwo\r\nthree four</p>"


def test_the_part_the_start_parameter_names_is_the_page(tmp_path: Path) -> None:
    path = tmp_path / "story.mhtml"
    path.write_bytes(mhtml(part(FRAME, content_id="frame-B@x", location="https://ads"),
                           part(PAGE, content_id="frame-A@x"), start="frame-A@x"))
    assert one(path).html == PAGE
    path.write_bytes(mhtml(part(FRAME, content_id="frame-B@x", location="https://ads"),
                           part(PAGE, content_id="frame-A@x"), start="missing@x"))
    assert one(path).html == FRAME  # named, but not there: the first page


def test_internet_explorer_s_base64_page_in_its_declared_charset(tmp_path: Path) -> None:
    """A message the standard library writes as Internet Explorer did: the page in base64,
    in windows-1251 as its part says, at a file:// address that is no web address."""
    russian = PAGE.replace("Council approves budget", "Совет утвердил бюджет")
    message = MIMEMultipart("related")
    message["Date"] = "Tue, 14 Apr 2015 09:30:00 +0300"
    page = MIMEText(russian.replace("charset='utf-8'", ""), "html", "windows-1251")
    page["Content-Location"] = "file:///C:/Users/me/story.htm"
    message.attach(page)
    message.attach(MIMEImage(PNG, "png"))
    path = tmp_path / "story.mht"
    path.write_bytes(message.as_bytes())
    found = one(path)
    assert "Совет утвердил бюджет" in (found.html or "")
    assert (found.url, found.encoding) == (None, "cp1251")
    assert "encoding_detected" not in found.flags  # declared, not guessed
    assert found.fetched_at == "2015-04-14T09:30:00+03:00"


def test_a_page_that_is_the_message_itself_and_a_page_in_a_nested_part(tmp_path: Path) -> None:
    alone = tmp_path / "alone.mht"
    alone.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n"
                      b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                      + quopri.encodestring(PAGE.encode()))
    assert one(alone).html == PAGE
    nested = MIMEMultipart("related")
    alternative = MIMEMultipart("alternative")
    alternative.attach(MIMEText("A text version of the page.", "plain"))
    alternative.attach(MIMEText(PAGE, "html", "utf-8"))
    nested.attach(alternative)
    nested.attach(MIMEText(FRAME, "html", "utf-8"))  # after the nested part closes
    path = tmp_path / "nested.mhtml"
    path.write_bytes(nested.as_bytes())
    assert one(path).html == PAGE


def test_nothing_after_the_page_is_read(tmp_path: Path) -> None:
    """A file torn after its page (a download broken off in its images) still gives it."""
    path = tmp_path / "torn.mhtml"
    path.write_bytes(mhtml(part(PAGE), part(PNG, "image/png", encoding="base64"),
                           close=False)[:-200])
    assert one(path).html == PAGE


def test_a_line_longer_than_is_read_at_a_time_ends_at_its_boundary(tmp_path: Path) -> None:
    long_page = PAGE.replace(SECOND, SECOND * 20_000)  # 2.8 MB on one line, sent as 8 bits
    path = tmp_path / "long.mhtml"
    path.write_bytes(mhtml(part(long_page, encoding="8bit"), part(FRAME, encoding="8bit")))
    assert one(path).html == long_page


def test_a_line_that_only_opens_as_a_boundary_is_the_page_s(tmp_path: Path) -> None:
    page = PAGE.replace("<p>By", f"\n--{BOUNDARY}x\n--{BOUNDARY} y\n<p>By")
    path = tmp_path / "story.mhtml"
    path.write_bytes(mhtml(part(page, encoding="8bit", nl="\n"), nl="\n"))
    assert one(path).html == page


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("bad.mhtml", mhtml(part(b"body {}", "text/css"), part(PNG, "image/png", encoding="base64")),
     "no HTML page in it (2 parts: text/css, image/png)"),
    ("bad.mhtml", mhtml(part(PNG, "image/png", encoding="base64"), close=False)[:-300],
     "no HTML page in it (1 part: image/png, cut short)"),
    ("bad.mhtml", mhtml(part(PAGE), close=False)[:-100], "cut short in part 1 (text/html)"),
    ("bad.mhtml", mhtml(b"Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\nPGh0bWw+PGI"),
     "its page's base64 is damaged"),
    ("bad.mhtml", mhtml(part(PAGE, encoding="x-uuencode")), "its page's transfer encoding 'x-uuencode'"),
    ("bad.mhtml", b"MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n--a\r\n",
     "not an MHTML file: its multipart Content-Type names no boundary"),
    ("bad.mhtml", f"Council approves budget\n\n{PARAGRAPH}\n".encode(),
     "not an MHTML file: it opens with no MIME header (MIME-Version, Content-Type)"),
    ("bad.mhtml", b"Subject: a note\r\nFrom: me\r\n\r\nNo page here.\r\n",
     "not an MHTML file: it opens with no MIME header (MIME-Version, Content-Type)"),
    ("bad.mhtml", b"", "empty file"),
    ("bad.mhtml", b"\r\n \r\n", "empty file"),
    ("bad.webarchive", webarchive(PNG, mime="image/png"), "its page is image/png, not HTML or text"),
    ("bad.webarchive", plistlib.dumps({"WebSubresources": []}, fmt=plistlib.FMT_BINARY),
     "not a Safari web archive: no WebMainResource page in it"),
    ("bad.webarchive", plistlib.dumps(["a", "list"]),
     "not a Safari web archive: no WebMainResource page in it"),
    ("bad.webarchive", b"bplist00" + bytes(range(40)), "not a Safari web archive (a property list): "),
    ("bad.webarchive", webarchive(PAGE.encode())[:-60], "not a Safari web archive (a property list): "),
    ("bad.webarchive", b"", "empty file"),
])
def test_a_saved_page_that_cannot_be_read_is_one_error_that_says_why(
        tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert error(path).startswith(reason)


def test_a_bad_file_costs_the_others_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.mhtml").write_bytes(mhtml(part(b"body {}", "text/css")))
    (tmp_path / "b.mhtml").write_bytes(mhtml(part(PAGE)))
    code, records, err = run(capsys, str(tmp_path))
    assert code == 1
    assert [r["id"] for r in records] == ["b"]
    assert f"{tmp_path / 'a.mhtml'}: no HTML page in it (1 part: text/css)" in err
    assert "Traceback" not in err


def test_a_page_saved_under_an_mhtml_name_is_read_as_a_page(tmp_path: Path) -> None:
    path = tmp_path / "story.mht"
    path.write_text(PAGE, "utf-8")
    found = one(path)
    assert (found.html, found.url, found.fetched_at) == (PAGE, None, None)


def test_a_save_date_that_is_none_is_flagged_unread(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.mhtml"
    path.write_bytes(mhtml(part(PAGE), date="the day I saved it"))
    assert one(path).fetched_at == "the day I saved it"
    code, (record,), _ = run(capsys, str(path))
    assert code == 0 and "fetched_at_unread" in record["flags"]


def test_a_year_less_date_takes_the_year_the_page_was_saved_in(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Saved on 3 January 2026, a page dated "December 30" was published in 2025."""
    page = PAGE.replace("<p>By Jane Smith</p>", "<p>By Jane Smith</p><p>December 30</p>")
    path = tmp_path / "story.mhtml"
    path.write_bytes(mhtml(part(page), date="Sat, 3 Jan 2026 09:00:00 +0000"))
    code, (record,), _ = run(capsys, str(path))
    assert code == 0 and record["published"] == "2025-12-30"
    path.write_bytes(mhtml(part(page), date=None))
    code, (record,), _ = run(capsys, str(path))
    assert record["published"] != "2025-12-30"  # with no save date, no year to give it


@pytest.mark.parametrize("fmt", [plistlib.FMT_BINARY, plistlib.FMT_XML])
def test_a_safari_web_archive_s_main_resource_is_the_page(tmp_path: Path, fmt: object) -> None:
    path = tmp_path / "story.webarchive"
    path.write_bytes(webarchive(PAGE.encode(), fmt=fmt))  # type: ignore[arg-type]
    found = one(path)
    assert (found.html, found.url, found.id, found.text) == (PAGE, URL, "story", "")
    russian = PAGE.replace("Council approves budget", "Совет утвердил бюджет")
    path.write_bytes(webarchive(russian.replace("charset='utf-8'", "").encode("cp1251"),
                                charset="windows-1251"))
    assert one(path).html == russian.replace("charset='utf-8'", "")
    path.write_bytes(webarchive(f"Headline\n\n{PARAGRAPH}\n".encode(), mime="text/plain",
                                url="file:///Users/me/a.txt"))
    found = one(path)
    assert (found.text, found.html, found.url) == (f"Headline\n\n{PARAGRAPH}\n", None, None)




def test_saved_pages_are_found_in_folders_archives_compressed_and_on_stdin(
        tmp_path: Path) -> None:
    saved = mhtml(part(PAGE))
    folder = tmp_path / "scrapes"
    folder.mkdir()
    (folder / "a.mhtml").write_bytes(saved)
    (folder / "b.MHT").write_bytes(saved)
    (folder / "c.webarchive").write_bytes(webarchive(PAGE.encode()))
    (folder / "d.mhtml.gz").write_bytes(gzip.compress(saved))
    found = [p for p in find_inputs([str(folder)]) if isinstance(p, Path)]
    assert [p.name for p in found] == ["a.mhtml", "b.MHT", "c.webarchive", "d.mhtml.gz"]
    for path in found:
        assert one(path).html == PAGE, path
    tar = tmp_path / "saved.tar.gz"
    with tarfile.open(tar, "w:gz") as archive:
        for path in found:
            archive.add(path, arcname=f"2026/{path.name}")
    inside = documents(tar)
    assert [(d.id, d.source) for d in inside if isinstance(d, Document)] == [
        (name, f"{tar}/2026/{name}.{kind}") for name, kind in
        [("a", "mhtml"), ("b", "MHT"), ("c", "webarchive"), ("d", "mhtml.gz")]]
    assert all(d.html == PAGE for d in inside if isinstance(d, Document))
    for data in (saved, gzip.compress(saved), webarchive(PAGE.encode())):
        (page,) = read_stdin(stdio.BytesIO(data))
        assert isinstance(page, Document) and page.html == PAGE and page.url == URL
        assert page.id == "stdin"
    xml = webarchive(PAGE.encode(), fmt=plistlib.FMT_XML)
    (told,) = read_stdin(stdio.BytesIO(xml), kind="webarchive")
    assert isinstance(told, Document) and told.html == PAGE
    (page,) = read_stdin(stdio.BytesIO(b"\r\n".join(saved.split(b"\r\n")[1:])), kind="mhtml")
    assert isinstance(page, Document) and page.html == PAGE


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80)


@settings(max_examples=60, deadline=None)
@given(paragraphs=st.lists(_TEXT, min_size=1, max_size=5),
       encoding=st.sampled_from(["quoted-printable", "base64", "8bit"]),
       nl=st.sampled_from(["\r\n", "\n"]),
       before=st.integers(0, 2), after=st.integers(0, 2))
def test_any_page_comes_back_as_it_was_saved(
        paragraphs: list[str], encoding: str, nl: str, before: int, after: int) -> None:
    """Whatever a page's text, and however it is framed, the reader gives the page back: its
    transfer encoding undone, the line break before each boundary the boundary's."""
    page = "<html><body>" + "".join(f"<p>{p}</p>\n" for p in paragraphs) + "</body></html>"
    parts = [part(PNG, "image/png", encoding="base64", nl=nl)] * before
    parts.append(part(page, encoding=encoding, nl=nl))
    parts += [part(FRAME, nl=nl)] * after
    (found,) = read_stdin(stdio.BytesIO(mhtml(*parts, nl=nl)), kind="mhtml")
    assert isinstance(found, Document)
    assert found.html is not None  # decoded as any page's bytes are (ftfy's repair too)
    assert found.html.replace("\r\n", "\n") == decode(page.encode(), "page", html=True).text


@pytest.mark.parametrize("name", ["story.html", "story.txt", "story"])
def test_a_page_saved_whole_under_a_pages_name_is_read_as_one(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(mhtml(part(PAGE), part(FRAME, location="https://ads.example.net/f")))
    page = one(path)
    assert (page.id, page.html, page.url, page.fetched_at) == (
        "story", PAGE, URL, "2026-12-05T10:12:33")
