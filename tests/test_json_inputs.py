"""JSON files of documents, crawlers' own key names, and what a folder or a pattern names."""

from __future__ import annotations

import codecs
import gzip
import io as stdio
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import InputError, decoding, io
from newsclean.cli import main
from newsclean.io import Document, Fields
from newsclean.sniffing import read_stdin
from tests.reading import documents, run

PARAGRAPH = ("The first paragraph of the story is long enough to be read as prose by the "
             "cleaner, the minister said on Tuesday.")
TEXT = f"Headline of the story\n\n{PARAGRAPH}\n"
NEWS_PLEASE = {  # one article as news-please writes it, one file each
    "authors": ["Jane Smith"], "date_download": "2021-03-02 10:11:12",
    "date_publish": "2021-03-01 09:00:00", "title": "Headline of the story",
    "maintext": TEXT, "url": "https://example.com/story", "language": "en",
}




def test_one_object_is_one_document_named_as_the_file(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"text": TEXT, "url": "https://example.com/s"}, indent=2))
    (document,) = documents(path)
    assert isinstance(document, Document)
    assert (document.id, document.text, document.url) == ("story", TEXT, "https://example.com/s")


def test_an_array_gives_its_elements_in_order_with_their_numbers(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps([{"text": TEXT}, {"id": "mine", "text": TEXT}, {"html": "<p>x</p>"}]))
    found = documents(path)
    assert [d.id for d in found if isinstance(d, Document)] == ["export:1", "mine", "export:3"]
    assert [d.source for d in found if isinstance(d, Document)] == [
        f"{path}#1", f"{path}#2", f"{path}#3"]
    assert found[2].html == "<p>x</p>" and found[2].text == ""  # type: ignore[union-attr]


def test_objects_one_after_another_are_named_by_their_lines(tmp_path: Path) -> None:
    """JSON Lines under a .json name, or objects spread over lines one after another."""
    path = tmp_path / "crawl.json"
    path.write_text(json.dumps({"text": TEXT}) + "\n" + json.dumps({"text": TEXT}, indent=1) + "\n"
                    + json.dumps({"text": TEXT}) + "\n")
    assert [d.id for d in documents(path)] == ["crawl:1", "crawl:2", "crawl:5"]  # type: ignore[union-attr]


def test_a_bad_element_is_named_and_the_others_are_read(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    item = json.dumps({"text": PARAGRAPH})
    path.write_text(f'[\n{item},\n"a string",\n{{"title": "no text"}},\n{item}\n]')
    found = documents(path)
    assert [str(d) for d in found if isinstance(d, InputError)] == [
        f"{path}:3: item 2: not a JSON object",
        f'{path}:4: item 3: the object has no "text" or "html" string',
    ]
    assert [d.id for d in found if isinstance(d, Document)] == ["export:1", "export:4"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[{"text": "a"}, {"text": ', ":1: not JSON: Expecting value"),
        ('[{"text": "a"}', ":1: not JSON: the array is not closed"),
        ("<html><body>a page</body></html>", ":1: not JSON: Expecting value"),
        ("   \n", ": holds no JSON object"),
        ("[]", ": holds no JSON object"),
        ("42", ":1: not a JSON object, nor an array of them"),
    ],
)
def test_what_is_not_json_is_one_error_after_the_documents_before_it(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    *read, last = documents(path)
    assert isinstance(last, InputError) and str(last) == f"{path}{message}"
    assert all(isinstance(d, Document) for d in read)
    assert len(read) == content.count('"text": "a"')


def test_json_is_read_in_its_byte_order_mark_and_gzipped(tmp_path: Path) -> None:
    data = json.dumps([{"text": "Заголовок\n\nТекст статьи."}], ensure_ascii=False)
    (tmp_path / "ps.json").write_text(data, encoding="utf-16")  # PowerShell's Out-File
    (tmp_path / "bom.json").write_text(data, encoding="utf-8-sig")
    (tmp_path / "zipped.json.gz").write_bytes(gzip.compress(data.encode()))
    for name, encoding in (("ps.json", "utf-16"), ("bom.json", "utf-8"),
                           ("zipped.json.gz", "utf-8")):
        (document,) = documents(tmp_path / name)
        assert isinstance(document, Document) and document.text == "Заголовок\n\nТекст статьи."
        assert document.encoding == encoding and "encoding_detected" not in document.flags
    (tmp_path / "latin.json").write_bytes('[{"text": "café"}]'.encode("cp1252"))
    (error,) = documents(tmp_path / "latin.json")
    assert isinstance(error, InputError) and "not UTF-8 text" in str(error)


WIDE = ["utf-16", "utf-16-le", "utf-16-be", "utf-32"]  # as Python writes them, with a mark
MARKS = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


def _wide(text: str, codec: str) -> bytes:
    return MARKS.get(codec, b"") + text.encode(codec)


@pytest.mark.parametrize("codec", WIDE)
def test_json_lines_a_windows_tool_wrote_in_utf16_are_read_line_by_line(
    tmp_path: Path, codec: str
) -> None:
    """PowerShell's ``>`` writes UTF-16 with a mark and CRLF: each line is still one record,
    numbered as the text's lines are, even where a character's bytes hold a newline byte
    (上 is 0A 4E in UTF-16 LE), and the record says the encoding (told by the mark: not a
    detection)."""
    records = [{"id": "a", "text": "上海。Заголовок статьи и её текст."},
               {"id": "b", "text": "Ċ and ਊ, in text that is long enough."}]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    text = "\r\n".join([lines[0], "", "not JSON", lines[1]]) + "\r\n"
    (tmp_path / "ps.jsonl").write_bytes(_wide(text, codec))
    (tmp_path / "plain.jsonl").write_text(text, encoding="utf-8")
    a, error, b = documents(tmp_path / "ps.jsonl")
    plain_a, _, plain_b = documents(tmp_path / "plain.jsonl")
    assert isinstance(error, InputError) and error.line == 3
    for read, plain in ((a, plain_a), (b, plain_b)):
        assert isinstance(read, Document) and isinstance(plain, Document)
        assert (read.id, read.text, read.flags) == (plain.id, plain.text, plain.flags)
        assert read.source == plain.source.replace("plain", "ps")
        assert read.encoding == codec[:6] and plain.encoding == "utf-8"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(), min_size=1, max_size=6), st.sampled_from(WIDE))
def test_utf16_json_lines_read_as_the_same_lines_in_utf8(texts: list[str], codec: str) -> None:
    """Whatever the text, JSON Lines in UTF-16 or UTF-32 give the values the same lines give
    in UTF-8."""
    data = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts)
    wide = list(io._jsonl_values("a.jsonl", stdio.BytesIO(_wide(data, codec))))
    plain = list(io._jsonl_values("a.jsonl", stdio.BytesIO(data.encode("utf-8"))))
    assert [item[:2] for item in wide] == [item[:2] for item in plain]  # type: ignore[index]
    assert {item[2] for item in wide} == {codec[:6]}  # type: ignore[index]


def test_utf16_json_lines_with_half_a_character_or_cut_off(tmp_path: Path) -> None:
    """Half of a surrogate pair is U+FFFD, flagged, as a crawler's escaped one is; a file
    cut off in the middle of a character keeps the lines before the cut."""
    whole = '{"id": "a", "text": "Half: \ud83d, and a story that goes on."}\n'
    data = codecs.BOM_UTF16_LE + whole.encode("utf-16-le", "surrogatepass")
    (tmp_path / "half.jsonl").write_bytes(data)
    (half,) = documents(tmp_path / "half.jsonl")
    assert isinstance(half, Document) and half.text.startswith("Half: \ufffd,")
    assert "encoding_replaced" in half.flags
    cut = (tmp_path / "half.jsonl").read_bytes() + '{"id": "b", "te'.encode("utf-16-le")[:-1]
    (tmp_path / "cut.jsonl").write_bytes(cut)
    first, error = documents(tmp_path / "cut.jsonl")
    assert isinstance(first, Document) and first.id == "a"
    assert isinstance(error, InputError) and error.line == 2


@pytest.mark.parametrize("kind", ["auto", "jsonl", "json"])
def test_utf16_json_lines_and_json_on_standard_input(kind: str) -> None:
    lines = "".join(json.dumps({"id": i, "text": f"Story {i}, told in full."}) + "\r\n"
                    for i in ("a", "b"))
    read = list(read_stdin(stdio.BytesIO(_wide(lines, "utf-16")), kind=kind))
    assert [(d.id, d.source, d.encoding) for d in read] == [  # type: ignore[union-attr]
        ("a", "<stdin>:1", "utf-16"), ("b", "<stdin>:2", "utf-16")]
    array = json.dumps([{"id": "c", "text": "Story c, told in full."}])
    (document,) = read_stdin(stdio.BytesIO(_wide(array, "utf-16")), kind="auto" if kind != "jsonl"
                             else "json")
    assert isinstance(document, Document) and (document.id, document.encoding) == ("c", "utf-16")


@given(st.lists(st.text(min_size=1), min_size=1, max_size=30), st.integers(1, 64))
def test_values_are_read_alike_whatever_the_chunks(texts: list[str], chunk: int) -> None:
    """A value split across reads, at any character, is read as if it were read whole."""
    data = json.dumps([{"text": t} for t in texts], indent=1, ensure_ascii=False).encode()
    stream = stdio.BytesIO(data)
    old, decoding.JSON_CHUNK = decoding.JSON_CHUNK, chunk
    try:
        values = list(decoding.json_values(stream.read, "x.json"))
    finally:
        decoding.JSON_CHUNK = old
    assert [v[2]["text"] for v in values if isinstance(v, tuple)] == texts
    assert [v[1] for v in values if isinstance(v, tuple)] == list(range(1, len(texts) + 1))
    lines = data.decode().split("\n")
    assert all(lines[line - 1].strip() == "{" for line, _, _ in values)  # type: ignore[misc]


def test_fields_name_a_crawlers_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "np.json").write_text(json.dumps(NEWS_PLEASE, indent=4))
    code, records, err = run(capsys, str(tmp_path / "np.json"))
    assert code == 1 and not records
    assert err.startswith(f'newsclean: {tmp_path / "np.json"}:1: the object has no "text" or "html"'
                          ' string; --field text=maintext reads its "maintext"')
    code, records, err = run(capsys, str(tmp_path / "np.json"), "--field", "text=maintext",
                             "--field", "fetched_at=date_download")
    assert code == 0, err
    (record,) = records
    assert (record["id"], record["url"]) == ("np", "https://example.com/story")
    assert record["text"] == PARAGRAPH and record["title"] == "Headline of the story"
    assert "fetched_at_unread" not in record["flags"]


def test_fields_apply_to_json_lines_and_standard_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    line = json.dumps({"key": "k1", "body": TEXT, "link": "https://example.com/a"}) + "\n"
    (tmp_path / "crawl.jsonl").write_text(line)
    args = ["--field", "text=body", "--field", "id=key", "--field", "url=link"]
    code, records, _ = run(capsys, str(tmp_path / "crawl.jsonl"), *args)
    assert code == 0 and [(r["id"], r["url"]) for r in records] == [("k1", "https://example.com/a")]
    monkeypatch.setattr("sys.stdin", stdio.TextIOWrapper(stdio.BytesIO(line.encode())))
    code, records, _ = run(capsys, "-", *args)
    assert code == 0 and [r["id"] for r in records] == ["k1"]


def test_fields_reach_into_nested_objects_and_the_hint_says_how(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A crawler that nests the article (``{"article": {"body": ...}}``, or an array of
    extracted objects): a dotted key is a path of keys, a number an element; a key that has
    the dots itself is still read as it is."""
    nested = {"meta": {"key": "n1", "page": {"link": "https://example.com/n"}},
              "article": {"body": TEXT}}
    listed = {"meta": {"key": "n2"}, "objects": [{"text": TEXT}]}
    dotted = {"meta": {"key": "n3"}, "article.body": TEXT, "article": {"body": "not this"}}
    (tmp_path / "crawl.jsonl").write_text("".join(
        json.dumps(r) + "\n" for r in (nested, listed, dotted)))
    code, records, err = run(capsys, str(tmp_path / "crawl.jsonl"))
    assert code == 1 and not records
    assert ('crawl.jsonl:1: the object has no "text" or "html" string; --field '
            'text=article.body reads its "article.body"') in err
    code, records, err = run(capsys, str(tmp_path / "crawl.jsonl"), "--field", "id=meta.key",
                             "--field", "url=meta.page.link", "--field", "text=article.body")
    assert code == 1 and "crawl.jsonl:2: the object has no" in err
    assert [(r["id"], r["url"], r["text"]) for r in records] == [
        ("n1", "https://example.com/n", PARAGRAPH), ("n3", None, PARAGRAPH)]
    code, records, _ = run(capsys, str(tmp_path / "crawl.jsonl"), "--field", "id=meta.key",
                           "--field", "text=objects.0.text")
    assert [r["id"] for r in records] == ["n2"]
    for path in ("objects.1.text", "objects.x.text", "meta.key.text", "objects.-1.text"):
        assert Fields(text=path).value(listed, "text") is None


def test_a_text_kept_as_a_list_of_strings_is_named_with_how_to_join_it(tmp_path: Path) -> None:
    """Scrapy's getall() gives a page's text nodes: a paragraph each, or the pieces of one
    cut at its links. Which join is right is the user's to say."""
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps({"body": [PARAGRAPH, "Second paragraph."]}) + "\n", "utf-8")
    (error,) = documents(path, Fields(text="body"))
    assert isinstance(error, InputError)
    assert str(error) == (f'{path}:1: the object has no "body" or "html" string; its "body" is '
                          "a list of 2 strings: join them into one first (a paragraph a line: "
                          """jq -c '.body |= join("\\n")')""")


@pytest.mark.parametrize(
    ("spec", "message"),
    [("text", "give PART=KEY"), ("text=", "give PART=KEY"), ("body=maintext", "the parts are")],
)
def test_a_bad_field_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spec: str, message: str
) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    assert main(["clean", str(tmp_path / "a.txt"), "--field", spec]) == 2
    err = capsys.readouterr().err
    assert f"--field '{spec}': {message}" in err and "Traceback" not in err


def test_standard_input_holding_json_is_read_as_a_json_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for data, ids in [(json.dumps({"text": TEXT}, indent=2), ["stdin"]),
                      (json.dumps([{"text": TEXT}, {"text": TEXT}]), ["stdin:1", "stdin:2"])]:
        monkeypatch.setattr("sys.stdin", stdio.TextIOWrapper(stdio.BytesIO(data.encode())))
        code, records, _ = run(capsys, "-")
        assert code == 0 and [r["id"] for r in records] == ids
    # a dump that opens with a page's JSON-LD names no text: it stays a dump
    dump = '{"@context": "https://schema.org", "@type": "NewsArticle"}\n' + TEXT
    monkeypatch.setattr("sys.stdin", stdio.TextIOWrapper(stdio.BytesIO(dump.encode())))
    code, records, _ = run(capsys, "-")
    assert code == 0 and [r["id"] for r in records] == ["stdin"] and PARAGRAPH in records[0]["text"]


def test_folders_are_not_searched_for_json_and_an_empty_one_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder's .json files (settings, metadata, records cleaned earlier) are read only when
    named; a folder with no input at all is an error, which says how to name its JSON."""
    scrapes, crawl = tmp_path / "scrapes", tmp_path / "crawl" / "2021" / "03"
    scrapes.mkdir()
    crawl.mkdir(parents=True)
    (scrapes / "a.txt").write_text(TEXT)
    (scrapes / "records.json").write_text(json.dumps({"id": "old", "text": PARAGRAPH}))
    (crawl / "story.json").write_text(json.dumps(NEWS_PLEASE))
    (tmp_path / "empty").mkdir()
    code, records, err = run(capsys, str(scrapes), str(tmp_path / "crawl"), str(tmp_path / "empty"))
    assert code == 1 and [r["id"] for r in records] == ["a"]
    assert f"{tmp_path / 'crawl'}: no input file in it (1 .json file: name them to read them, " \
           f"'{tmp_path / 'crawl' / '**' / '*.json'}')" in err
    assert f"{tmp_path / 'empty'}: no input file in it\n" in err


def test_a_pattern_names_the_files_it_matches(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Quoted, a pattern reaches newsclean as it is, on any shell: ** goes down folders."""
    for day in ("01", "02"):
        (tmp_path / "crawl" / day).mkdir(parents=True)
        (tmp_path / "crawl" / day / "story.json").write_text(json.dumps({"text": TEXT, "id": day}))
    code, records, err = run(capsys, str(tmp_path / "crawl" / "**" / "*.json"))
    assert code == 0 and [r["id"] for r in records] == ["01", "02"]
    code, records, err = run(capsys, str(tmp_path / "nothing" / "*.json"))
    assert code == 1 and not records and "no file matches the pattern" in err


@pytest.mark.parametrize(
    ("record", "read_as"),
    [
        ({"text": TEXT, "html": "<p>x</p>"}, "text"),
        ({"text": "", "html": "<p>x</p>"}, "html"),  # the crawler's extraction failed
        ({"text": " \n", "html": "<p>x</p>"}, "html"),
        ({"text": None, "html": "<p>x</p>"}, "html"),
        ({"text": "", "html": ""}, "text"),  # nothing either way: an empty record, flagged
        ({"text": "", "html": None}, "text"),
        # the page itself under the text's key (a crawler's "content"): read as a page
        ({"text": "\n<!DOCTYPE html><html><p>x</p></html>"}, "page in text"),
        ({"text": "<HTML><p>x</p></HTML>", "html": "<p>y</p>"}, "page in text"),
        ({"text": "<p>A paragraph kept with its tag.</p>"}, "text"),
    ],
)
def test_a_blank_text_beside_a_page_gives_way_to_the_page(record: dict, read_as: str) -> None:
    document = io.jsonl_document(record, "crawl.jsonl", "crawl", 1)
    assert isinstance(document, Document)
    assert (document.html is None) == (read_as == "text")
    assert document.text == (record["text"] if read_as == "text" else "")
    if read_as == "page in text":
        assert document.html == record["text"]


def test_json_nested_deeper_than_the_parser_recurses_is_an_error_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    good = json.dumps({"id": "ok", "text": TEXT})
    (tmp_path / "crawl.jsonl").write_text(f'{{"text": "a", "x": {deep}}}\n{good}\n')
    (tmp_path / "export.json").write_text(f"[{good}, {deep}]")
    code, records, err = run(capsys, str(tmp_path / "crawl.jsonl"), str(tmp_path / "export.json"))
    assert code == 1 and [r["id"] for r in records] == ["ok", "ok"]
    assert "crawl.jsonl:1: JSON nested too deeply to read" in err
    assert "export.json:1: JSON nested too deeply to read" in err and "Traceback" not in err
