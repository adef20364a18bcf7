"""The command line, run as a user runs it: exit codes, streams, files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
AZERNEWS = str(FIXTURES / "000_19febdbf991cfabd.txt")


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean.cli", *args], input=stdin, capture_output=True
    )


def test_clean_folder_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(FIXTURES)]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == sorted(p.stem for p in FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("command", ["clean", "dedup"])
def test_an_output_of_a_dash_is_standard_output(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """"-o -" writes to standard output, as "-" reads standard input: no file named "-"."""
    monkeypatch.chdir(tmp_path)
    source = AZERNEWS
    if command == "dedup":
        assert main(["clean", AZERNEWS, "-o", "records.jsonl", "-q"]) == 0
        source = "records.jsonl"
    assert main([command, source, "-o", "-", "-q"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["id"] == "000_19febdbf991cfabd"
    assert not (tmp_path / "-").exists()


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    assert main(["clean", AZERNEWS, "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "000_19febdbf991cfabd"
    assert [p.name for p in tmp_path.iterdir()] == ["records.jsonl"]  # no temporary left


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".xz", ".zst"])
def test_an_output_named_compressed_is_written_compressed_and_read_back(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o records.jsonl.gz`` writes gzip data, the same bytes on every run, that ``dedup``
    and ``clean`` read back as they read the plain file."""
    import bz2
    import gzip
    import lzma

    import zstandard

    decompress = {".gz": gzip.decompress, ".bz2": bz2.decompress, ".xz": lzma.decompress,
                  ".zst": lambda data: zstandard.ZstdDecompressor().decompressobj().decompress(data),
                  }[suffix]
    plain, packed, again = (tmp_path / "plain.jsonl", tmp_path / f"records.jsonl{suffix}",
                            tmp_path / f"again.jsonl{suffix}")
    for out in (plain, packed, again):
        assert main(["clean", str(FIXTURES), "-o", str(out), "-q"]) == 0
    assert decompress(packed.read_bytes()) == plain.read_bytes()
    assert packed.read_bytes() == again.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["plain.jsonl", packed.name, again.name])  # no temporary left
    capsys.readouterr()
    assert main(["dedup", str(packed)]) == 0
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == [
        json.loads(line)["id"] for line in plain.read_text("utf-8").splitlines()]


def test_a_run_again_does_not_read_its_own_output_in_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Records written into the folder that is read are this run's output, not scrapes; a
    file named as an input is read, whatever -o says."""
    (tmp_path / "story.txt").write_text(Path(AZERNEWS).read_text("utf-8"), "utf-8")
    out = tmp_path / "records.jsonl"
    for _ in range(2):
        assert main(["clean", str(tmp_path), "-o", str(out), "-j", "1"]) == 0
        assert [json.loads(x)["id"] for x in out.read_text("utf-8").splitlines()] == ["story"]
    assert f"{out}: not read: it is this run's output (-o)" in capsys.readouterr().err
    other = tmp_path / "other.jsonl"
    assert main(["clean", str(out), "-o", str(other), "-j", "1"]) == 0
    assert len(other.read_text("utf-8").splitlines()) == 1


@pytest.mark.parametrize("command", ["clean", "dedup"])
def test_an_output_that_cannot_be_written_is_a_usage_error_before_any_work(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o`` naming a folder, or a file in a folder that does not exist, stops the run at
    once (exit 2), naming the path: not after hours of cleaning, nor naming a temporary file."""
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"id": "a", "text": "x", "removed": []}) + "\n", "utf-8")
    given = AZERNEWS if command == "clean" else str(records)
    for target, problem in [(tmp_path, "is a directory"),
                            (tmp_path / "no" / "out.jsonl", "no such directory")]:
        assert main([command, given, "-o", str(target)]) == 2
        err = capsys.readouterr().err
        assert f"-o {target}: {problem}" in err and ".tmp" not in err
        assert "records" not in err  # nothing was read: no summary
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records.jsonl"]


def test_explain_names_every_removal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", AZERNEWS, "--explain"]) == 0
    out = capsys.readouterr().out
    assert "chrome.author_promo" in out and "Loading..." in out
    assert not out.lstrip().startswith("{")
    # what was read from the lines set aside, above them
    assert "   published: 2020-04-15T19:10:00+04:00 (from '15 April 2020 19:10 (UTC+04:00)')" in out
    assert "   authors: Akbar Mammadov (person)" in out
    assert "section:" not in out  # none shown on this page: no line for it


def test_explain_names_the_section(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(FIXTURES / "002_7c405a90af3b0854.txt"), "--explain"]) == 0
    assert "   section: 'INTERVIEWS'" in capsys.readouterr().out


def test_stdin() -> None:
    done = run("clean", "-", stdin=b"Headline here\n\nLoading...\n")
    assert done.returncode == 0
    assert json.loads(done.stdout)["id"] == "stdin"


STORY = ("Headline of the story\n\nThe minister said on Tuesday that the talks would go on "
         "for another week, and that both sides had agreed to meet again in Geneva.\n")


def test_stdin_tells_json_lines_and_pages_from_a_dump() -> None:
    """A crawl piped in (``zcat crawl.jsonl.gz | newsclean clean -``) is cleaned record by
    record, a page piped in as a page; ``--stdin-as`` says which instead of telling."""
    crawl = "".join(json.dumps({"id": f"c{n}", "text": STORY}) + "\n" for n in range(3))
    done = run("clean", "-", stdin=b"\n" + crawl.encode() + b"not json\n")
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in records] == ["c0", "c1", "c2"]
    assert records[0]["title"] == "Headline of the story"
    assert done.returncode == 1 and b"<stdin>:5: not a JSON object" in done.stderr
    page = ("<!DOCTYPE html><html><body><article><h1>Headline of the story</h1><p>"
            + STORY.split("\n\n")[1] + "</p></article></body></html>")
    (record,) = map(json.loads, run("clean", "-", stdin=page.encode()).stdout.splitlines())
    assert record["id"] == "stdin" and "html" in record["flags"]
    assert record["title"] == "Headline of the story"
    # a dump that opens with other JSON (a page's JSON-LD left in its text) is a dump
    json_ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle"}) + "\n"
    dump = run("clean", "-", stdin=(json_ld + STORY).encode())
    assert [json.loads(line)["id"] for line in dump.stdout.splitlines()] == ["stdin"]
    as_text = run("clean", "-", "--stdin-as", "text", stdin=crawl.encode())
    assert [json.loads(line)["id"] for line in as_text.stdout.splitlines()] == ["stdin"]
    as_jsonl = run("clean", "-", "--stdin-as", "jsonl", stdin=STORY.encode())
    assert as_jsonl.returncode == 1 and b"<stdin>: not JSON Lines" not in as_jsonl.stderr
    assert b"<stdin>:1: not a JSON object" in as_jsonl.stderr


def test_missing_path_is_a_usage_error() -> None:
    done = run("clean", "does/not/exist.txt")
    assert done.returncode == 2
    assert b"does/not/exist.txt" in done.stderr and b"Traceback" not in done.stderr


def test_bad_inputs_are_named_and_the_rest_still_written(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "empty.jsonl").write_bytes(b"\n \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "good.txt").write_text("A headline\n\nSome text of the story.\n", "utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 owners protest new tax".encode("latin-1"))
    done = run("clean", str(tmp_path))
    assert done.returncode == 1
    stderr = done.stderr.decode()
    assert "empty.txt: empty file" in stderr and "binary.txt: binary file" in stderr
    assert "empty.jsonl: empty file" in stderr
    assert "Traceback" not in stderr
    records = {json.loads(line)["id"]: json.loads(line) for line in done.stdout.splitlines()}
    assert set(records) == {"good", "latin1"}
    assert "encoding_detected" in records["latin1"]["flags"]
    assert "Café owners" in records["latin1"]["text"]


def test_unknown_rule_is_a_usage_error() -> None:
    done = run("clean", AZERNEWS, "--disable", "chrome.nope")
    assert done.returncode == 2 and b"chrome.nope" in done.stderr


def test_disable_keeps_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", AZERNEWS, "--disable", "chrome.ui", "--disable", "chrome.trailer"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert "Loading..." in record["text"]


def test_rules_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    from newsclean import all_rules

    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert all(rule.id in out for rule in all_rules())


@pytest.mark.parametrize("args", [[], ["clean"], ["frobnicate"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    done = run(*args)
    assert done.returncode == 2 and b"usage:" in done.stderr


@pytest.mark.parametrize("args", [["--help"], ["clean", "--help"], ["rules", "--help"]])
def test_help(args: list[str]) -> None:
    done = run(*args)
    assert done.returncode == 0 and b"usage:" in done.stdout


def test_python_dash_m_newsclean_runs_the_command_line() -> None:
    done = subprocess.run([sys.executable, "-m", "newsclean", "clean", "-", "-q"],
                          input=b"Hello world. A short text on its own line.\n", capture_output=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["text"] == "Hello world. A short text on its own line."


def test_a_fault_of_newsclean_s_own_is_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsclean import cli

    def broken(*args: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "_cmd_clean", broken)
    monkeypatch.delenv("NEWSCLEAN_DEBUG", raising=False)
    assert main(["clean", AZERNEWS]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error: RuntimeError('a bug')" in err
    monkeypatch.setenv("NEWSCLEAN_DEBUG", "1")
    with pytest.raises(RuntimeError, match="a bug"):
        main(["clean", AZERNEWS])
