"""Many inputs: worker processes, output formats, progress, and pathological input."""

from __future__ import annotations

import io
import json
import random
import re
import sys
from pathlib import Path

import pytest

from newsclean import Cleaner, clean, clean_html
from newsclean.cli import main
from newsclean.errors import InputError
from newsclean.io import Document, dumps
from newsclean.runner import clean_documents, clean_documents_as_dicts, clean_documents_as_json

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PARAGRAPH = ("The minister said on Tuesday that the talks with the delegation would resume next "
             "week in the capital, after a pause of several months.")


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """The fixtures, a JSON Lines file with a bad line among good ones, and a broken file."""
    for path in sorted(FIXTURES.glob("*.txt")):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    lines = [json.dumps({"id": f"j{n}", "text": f"Headline {n}\n\n{PARAGRAPH} Item {n}."})
             for n in range(40)]
    lines.insert(7, "{not json")
    (tmp_path / "crawl.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (tmp_path / "zz_binary.txt").write_bytes(b"\x00\x01binary")
    return tmp_path


def records_of(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["clean", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_workers_give_the_same_records_in_the_same_order(
    batch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code1, one, err1 = records_of(capsys, str(batch), "-j", "1")
    code2, two, err2 = records_of(capsys, str(batch), "-j", "2")
    assert code1 == code2 == 1  # the bad line and the binary file
    assert one == two
    ids = [json.loads(line)["id"] for line in one.splitlines()]
    assert ids[:3] == ["000_19febdbf991cfabd", "001_df44eed964ba50df", "002_7c405a90af3b0854"]
    assert ids[5:] == [f"j{n}" for n in range(40)]
    for err in (err1, err2):
        assert "crawl.jsonl:8: not a JSON object" in err and "zz_binary.txt: binary file" in err


def test_library_stream_passes_errors_through_in_place() -> None:
    docs: list[Document | InputError] = [
        Document(id=str(n), source=f"d{n}", text=f"Headline {n}\n\n{PARAGRAPH}") for n in range(30)
    ]
    docs.insert(11, InputError("broken.txt", "empty file"))
    for jobs in (1, 2):
        results = list(clean_documents(docs, jobs=jobs))
        assert isinstance(results[11], InputError) and results[11].source == "broken.txt"
        assert [r.id for r in results if not isinstance(r, InputError)] == [str(n) for n in range(30)]


def test_the_dicts_stream_is_each_records_to_dict_in_place() -> None:
    docs: list[Document | InputError] = [
        Document(id=str(n), source=f"d{n}", text=f"Headline {n}\n\n{PARAGRAPH}\n\nShare")
        for n in range(20)
    ]
    docs.insert(5, InputError("broken.txt", "empty file"))
    expected = [str(r) if isinstance(r, InputError) else r.to_dict() for r in clean_documents(docs)]
    assert expected[5] == str(docs[5])
    assert [r["id"] for r in expected if isinstance(r, dict)] == [str(n) for n in range(20)]
    for jobs in (1, 2):
        got = clean_documents_as_dicts(docs, jobs=jobs)
        assert [str(r) if isinstance(r, InputError) else r for r in got] == expected


def test_the_json_stream_is_each_records_json_line_in_place() -> None:
    docs: list[Document | InputError] = [
        Document(id=str(n), source=f"d{n}", text=f"Headline {n}\n\n{PARAGRAPH}\n\nShare")
        for n in range(20)
    ]
    docs.insert(7, InputError("broken.txt", "empty file"))
    expected = [str(r) if isinstance(r, InputError) else dumps(r.to_dict())
                for r in clean_documents(docs)]
    for jobs in (1, 2):
        got = [str(r) if isinstance(r, InputError) else r
               for r in clean_documents_as_json(docs, jobs=jobs)]
        assert got == expected
    assert all("\n" not in line for line in expected)


def test_json_format_is_one_array_of_the_same_records(
    batch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, jsonl, _ = records_of(capsys, str(batch), "-j", "1")
    _, array, _ = records_of(capsys, str(batch), "-j", "1", "--format", "json")
    assert json.loads(array) == [json.loads(line) for line in jsonl.splitlines()]


def test_json_format_of_nothing_is_an_empty_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_text("")
    code, out, _ = records_of(capsys, str(tmp_path), "--format", "json")
    assert code == 1 and json.loads(out) == []


def test_text_format_prints_the_clean_bodies(capsys: pytest.CaptureFixture[str]) -> None:
    path = FIXTURES / "000_19febdbf991cfabd.txt"
    code, out, _ = records_of(capsys, str(path), "--format", "text")
    record = clean(path.read_text(encoding="utf-8"), id=path.stem)
    assert code == 0
    assert out == f"== {path.stem}  {record.title}\n\n{record.text}\n\n"
    assert "Loading..." not in out


def test_summary_line_unless_quiet(batch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = records_of(capsys, str(batch), "-j", "1")
    assert "newsclean: 45 records, 2 errors in" in err
    _, _, quiet = records_of(capsys, str(batch), "-j", "1", "-q")
    assert "records" not in quiet and "crawl.jsonl:8" in quiet  # errors are never silenced


def test_the_summary_counts_one_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "story.txt").write_text("\n\n".join(["A headline", "A paragraph of text."]))
    (tmp_path / "blank.txt").write_text("")
    _, _, err = records_of(capsys, str(tmp_path), "-j", "1")
    assert "newsclean: 1 record, 1 error in" in err
    _, _, err = records_of(capsys, str(tmp_path), "-j", "1", "--dedup")
    assert "newsclean: 1 record, 0 duplicates, 1 error in" in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal(
    batch: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr("newsclean.progress.Progress.INTERVAL", 0.0)
    assert main(["clean", str(batch), "-j", "1", "-o", str(batch / "out.jsonl")]) == 1
    shown = terminal.getvalue()
    assert "\rnewsclean [" in shown and "7/7 inputs" in shown and "records/s" in shown
    assert "2 errors" in shown
    monkeypatch.setattr(sys, "stderr", terminal := _Terminal())
    main(["clean", str(batch), "-j", "1", "-q", "-o", str(batch / "out.jsonl")])
    assert "newsclean [" not in terminal.getvalue()


def test_the_progress_line_fits_the_terminal(
    batch: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A line wider than the terminal wraps, and each redraw then leaves a row behind: the
    bar narrows to fit, and what does not fit still is cut off."""
    from newsclean.progress import Progress

    drawn: dict[int, list[str]] = {}
    for columns in (60, 30):
        monkeypatch.setattr(sys, "stderr", terminal := _Terminal())
        monkeypatch.setattr(Progress, "INTERVAL", 0.0)
        monkeypatch.setattr(Progress, "_columns", lambda self, c=columns: c)
        main(["clean", str(batch), "-j", "1", "-o", str(batch / "out.jsonl")])
        drawn[columns] = [part.removesuffix("\x1b[K") for part in terminal.getvalue().split("\r")
                          if part.startswith("newsclean [")]
        assert drawn[columns] and all(len(line) == columns - 1 for line in drawn[columns])
    assert all(re.search(r"\d records, \d+ errors", line) for line in drawn[60])
    assert re.match(r"newsclean \[[#-]{8}\] ", drawn[30][0])


def test_progress_of_one_big_file_is_told_by_how_far_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One crawl file is one input: counting inputs, the bar stood at 0/1 until the end.
    It counts the bytes read instead, in compressed files too, and says the time left."""
    import gzip
    import re

    text = (FIXTURES / "000_19febdbf991cfabd.txt").read_text("utf-8")
    noise = random.Random(1)  # what gzip cannot pack: a file read in many steps
    lines = "".join(json.dumps({"id": f"d{n}", "text": f"{text}\n\n{noise.randbytes(3000).hex()}"})
                    + "\n" for n in range(40))
    (tmp_path / "crawl.jsonl.gz").write_bytes(gzip.compress(lines.encode(), compresslevel=1))
    monkeypatch.setattr("newsclean.progress.Progress.INTERVAL", 0.0)
    monkeypatch.setattr(sys, "stderr", terminal := _Terminal())
    assert main(["clean", str(tmp_path / "crawl.jsonl.gz"), "-j", "1",
                 "-o", str(tmp_path / "out.jsonl")]) == 0
    shares = [int(m) for m in re.findall(r"\] (\d+)% of \d+(?:\.\d)? kB", terminal.getvalue())]
    assert len(shares) == 40 and shares == sorted(shares) and shares[-1] == 100
    assert any(0 < share < 100 for share in shares)
    assert re.search(r", \d+s left\x1b\[K", terminal.getvalue())


def test_jobs_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = records_of(capsys, str(FIXTURES), "-j", "0")
    assert code == 2 and "-j" in err


# Pathological input: each finishes (a hang fails the run) and keeps what it should.


def test_a_three_megabyte_line_without_newline_is_kept_whole() -> None:
    rng = random.Random(0)
    words = PARAGRAPH.lower().replace(",", "").replace(".", "").split()
    line = " ".join(rng.choice(words) for _ in range(560_000))
    assert len(line) > 3_000_000
    record = clean(line)
    assert record.text == line and record.removed == ()


def test_two_hundred_thousand_separators_leave_the_story() -> None:
    text = "Headline of the story\n\n" + "\n".join(["-" * 10] * 200_000) + f"\n\n{PARAGRAPH}"
    record = clean(text)
    assert record.text == PARAGRAPH
    assert sum(r.rule == "chrome.separator" for r in record.removed) == 200_000


def test_a_line_of_two_hundred_thousand_separators_is_removed() -> None:
    record = clean(f"{PARAGRAPH}\n\n" + "=" * 200_000)
    assert record.text == PARAGRAPH and len(record.removed) == 1


def test_deeply_nested_html_keeps_its_text() -> None:
    page = "<html><body>" + "<div>" * 20_000 + f"<p>{PARAGRAPH}</p>" + "</div>" * 20_000
    record = Cleaner().clean_html(page + "</body></html>")
    assert PARAGRAPH in record.text
    assert clean_html("<div>" * 50_000).text == ""


@pytest.mark.parametrize("unit", ["<!--", "<!-- -- ->", "<![CDATA[", "</a", "<!DOCTYPE"])
def test_markup_never_closed_finishes(unit: str) -> None:
    """Python's HTML parser, the fallback for what lxml cannot read, looks for the close of
    each unclosed construct again from every one after it: 200,000 of them took twelve minutes.
    A browser shows nothing of a construct never closed, and neither does the record."""
    assert clean_html(unit * 200_000).text == ""


def test_the_text_before_markup_never_closed_is_kept() -> None:
    from newsclean.html import _soup_text

    assert _soup_text(f"<p>{PARAGRAPH}</p><!-- " + "<!--" * 1000) == PARAGRAPH
    assert _soup_text(f"<p>{PARAGRAPH} 3 < 4</p>") == f"{PARAGRAPH} 3 < 4"


def test_a_tag_flooded_with_attributes_loses_them_and_keeps_its_text() -> None:
    """The HTML parser's time grows with the square of one tag's attributes (100,000 of them
    took over a minute); such a tag is cut to its name. A long attribute, a page's data in
    JSON, is no flood: the tag stays as it is."""
    from newsclean.html import without_attribute_floods

    flood = "<p " + " ".join(f'a{i}="x"' for i in range(100_000)) + f">{PARAGRAPH}</p>"
    assert without_attribute_floods(flood) == f"<p>{PARAGRAPH}</p>"
    record = clean_html(f"<html><body><h1>Headline of the story</h1>{flood}</body></html>")
    assert PARAGRAPH in record.text
    data = f"<div class=\"story\" data-props='{{\"a\": \"{'x' * 50_000}\"}}'><p>{PARAGRAPH}</p></div>"
    assert without_attribute_floods(data) == data


def test_the_verdicts_a_cleaner_keeps_are_bounded_and_change_no_record(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsclean import pipeline

    monkeypatch.setattr(pipeline, "_VERDICTS_KEPT", 40)
    texts = [f"Story {n} headline here\n\n" + "\n".join(f"Menu entry {n}-{k}" for k in range(12))
             + "\n\nThe first paragraph of the story is long enough to be read as prose, the "
             "minister said on Tuesday." for n in range(10)]
    cleaner = Cleaner()
    records = [cleaner.clean(text, id=str(n)) for n, text in enumerate(texts)]
    kept = sum(len(judged.verdicts) for judged in cleaner._judged.values())
    assert 0 < kept <= 40 + 20  # emptied at the bound; at most one document's lines over it
    assert records == [Cleaner().clean(text, id=str(n)) for n, text in enumerate(texts)]


def test_dedup_shows_its_progress_through_the_records_it_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``newsclean dedup`` over a million records takes minutes: the bar follows its reading
    of them by bytes, and a bad line is said on a line of its own."""
    import re

    noise = random.Random(2)
    lines = [json.dumps({"id": f"r{n}", "text": noise.randbytes(2000).hex()}) for n in range(30)]
    lines.insert(10, "not JSON")
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    monkeypatch.setattr("newsclean.progress.Progress.INTERVAL", 0.0)
    monkeypatch.setattr(sys, "stderr", terminal := _Terminal())
    assert main(["dedup", str(path), "-o", str(tmp_path / "out.jsonl")]) == 1
    shown = terminal.getvalue()
    shares = [int(m) for m in re.findall(r"\] (\d+)% of \d+ kB", shown)]
    assert len(shares) == 31 and shares == sorted(shares) and shares[-1] == 100
    assert f"\r\x1b[Knewsclean: {path}:11: " in shown  # the bar's line cleared first
    assert re.search(r"\x1b\[Knewsclean: 30 records, 0 duplicates, 1 error in \d+\.\ds\n$", shown)
    monkeypatch.setattr(sys, "stderr", terminal := _Terminal())
    main(["dedup", str(path), "-q", "-o", str(tmp_path / "out.jsonl")])
    assert "newsclean [" not in terminal.getvalue()
