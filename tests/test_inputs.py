"""Inputs beyond text dumps: crawler JSON Lines and saved HTML pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import InputTypeError, clean_html
from newsclean.cli import main

PARAGRAPH = ("The first paragraph of the story is long enough to be read as prose by the "
             "cleaner, the minister said on Tuesday.")
PAGE = (f"<html><head><title>Site</title></head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h1>Title of the page</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH.replace('Tuesday', 'Monday')}"
        f"</p></article><footer>© 2024 Example News</footer></body></html>")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict], str]:
    code = main(["clean", *args])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


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


def test_html_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    code, records, _ = run(capsys, str(tmp_path))
    assert code == 0
    (record,) = records
    assert record["title"] == "Title of the page"
    assert record["text"].startswith(PARAGRAPH)
    assert "Home" not in record["text"] and "©" not in record["text"]


def test_clean_html() -> None:
    record = clean_html(PAGE, id="p")
    assert record.title == "Title of the page" and "html" in record.flags
    with pytest.raises(InputTypeError):
        clean_html(b"<html></html>")  # type: ignore[arg-type]


def test_html_mode_keeps_the_users_disabled_rules() -> None:
    from newsclean import Cleaner

    html_cleaner = Cleaner(disabled_rules={"chrome.ui"}).for_html()
    assert {"chrome.ui", "chrome.preamble", "chrome.trailer", "chrome.menu"} <= (
        html_cleaner.config.disabled_rules
    )


def test_html_metadata_fills_title_date_and_authors() -> None:
    page = PAGE.replace(
        "<title>Site</title>",
        '<title>Budget passes | Example News</title><meta name="author" content="Jane Doe">'
        '<meta property="article:published_time" content="2020-04-15T19:10:00+04:00">',
    )
    record = clean_html(page, id="p")
    assert record.published == "2020-04-15"
    assert [a.name for a in record.authors] == ["Jane Doe"]
    assert record.title
    assert "undated" not in record.flags and "no_byline" not in record.flags


def test_html_metadata_never_reads_the_clock() -> None:
    page = PAGE.replace("<title>Site</title>",
                        '<meta property="article:published_time" content="2090-01-01">')
    assert clean_html(page).published == "2090-01-01"
    assert clean_html(page, fetched_at="2024-01-01").published != "2090-01-01"
