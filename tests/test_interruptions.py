"""Runs cut short: Ctrl-C, ``kill``, a killed parent. What they leave, and ``--resume``."""

from __future__ import annotations

import bz2
import contextlib
import errno
import gzip
import io
import json
import lzma
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import zstandard
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsclean import cli, output
from newsclean.cli import main
from newsclean.errors import counted
from newsclean.output import ResumableWriter, partial_of, read_partial

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
POSIX = pytest.mark.skipif(os.name != "posix", reason="signals and /proc as on Linux")


class _Runs:
    """The command's cleaning, wrapped: cut short with Ctrl-C after some results, or counted."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.real = cli.clean_documents_as_json
        self.monkeypatch = monkeypatch
        self.handed: list[int] = []  # documents each counted run handed to the cleaner

    def cut_after(self, count: int) -> None:
        def cut(documents: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
            for n, result in enumerate(self.real(documents, *args, **kwargs)):
                if n == count:
                    raise KeyboardInterrupt
                yield result
        self.monkeypatch.setattr(cli, "clean_documents_as_json", cut)

    def count(self) -> None:
        def counted(documents: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
            seen = 0

            def each() -> Iterator[Any]:
                nonlocal seen
                for document in documents:
                    seen += 1
                    yield document
            yield from self.real(each(), *args, **kwargs)
            self.handed.append(seen)
        self.monkeypatch.setattr(cli, "clean_documents_as_json", counted)


def _whole_run(tmp_path: Path, name: str) -> bytes:
    out = tmp_path / "whole" / name
    out.parent.mkdir()
    assert main(["clean", str(FIXTURES), "-o", str(out), "-q", "-j", "1"]) == 0
    return out.read_bytes()


@pytest.mark.parametrize("name", ["records.jsonl", "records.jsonl.gz"])
def test_a_run_cut_short_keeps_its_records_and_resume_goes_on_from_them(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Ctrl-C after three records: no file under the name asked for, the three records in
    ``FILE.partial``; ``--resume`` cleans only the other documents, and the file it writes is
    the file an uninterrupted run writes, byte for byte."""
    whole = _whole_run(tmp_path, name)
    documents = len(list(FIXTURES.glob("*.txt")))
    out = tmp_path / name
    runs = _Runs(monkeypatch)
    runs.cut_after(3)
    assert main(["clean", str(FIXTURES), "-o", str(out), "-j", "1"]) == 130
    err = capsys.readouterr().err
    assert f"3 records kept in {partial_of(out)}" in err and "interrupted" in err
    assert "0 errors in" in err and "; stopped before the end\n" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["whole", partial_of(out).name])  # nothing under the name asked for, no temporary
    kept = partial_of(out).read_bytes()
    lines = (gzip.decompress(kept) if name.endswith(".gz") else kept).splitlines()
    assert len(lines) == 3

    runs.count()
    assert main(["clean", str(FIXTURES), "-o", str(out), "-j", "1", "--resume"]) == 0
    err = capsys.readouterr().err
    assert f"resuming from {partial_of(out)}: 3 records kept" in err
    assert f"newsclean: 3 records resumed, {documents - 3} records, 0 errors" in err
    assert "stopped" not in err
    assert runs.handed == [documents - 3]
    assert out.read_bytes() == whole
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["whole", name])


def test_a_record_cut_off_at_the_partial_files_end_is_cleaned_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    whole = _whole_run(tmp_path, "records.jsonl")
    out = tmp_path / "records.jsonl"
    first, second, third = whole.splitlines(keepends=True)[:3]
    partial_of(out).write_bytes(first + second + third[: len(third) // 2])
    resumed = read_partial(out)
    assert resumed is not None and (resumed.records, resumed.dropped) == (2, 1)
    assert main(["clean", str(FIXTURES), "-o", str(out), "--resume"]) == 0
    assert "2 records kept (1 line after them, cut off, left out)" in capsys.readouterr().err
    assert out.read_bytes() == whole and not partial_of(out).exists()


def test_a_compressed_partial_file_that_breaks_off_is_read_up_to_the_break(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A run killed while its compressor wrote leaves gzip data without its end: the records
    before the break are kept, the rest cleaned again."""
    whole = _whole_run(tmp_path, "records.jsonl.gz")
    out = tmp_path / "records.jsonl.gz"
    packed = gzip.compress(b"".join(gzip.decompress(whole).splitlines(keepends=True)[:3]))
    partial_of(out).write_bytes(packed[:-12])  # its end, and the last record's tail, gone
    resumed = read_partial(out)
    assert resumed is not None and 0 < resumed.records < 3
    assert main(["clean", str(FIXTURES), "-o", str(out), "--resume", "-q"]) == 0
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(whole)


@settings(max_examples=150, deadline=None)
# a bit flipped in a deflate stream that decompresses into more lines than the file held
@example(cut=161, flips=[(2509011, 192), (2509011, 224)], packed=".gz")
@given(cut=st.integers(min_value=0), flips=st.lists(
    st.tuples(st.integers(min_value=0), st.integers(min_value=1, max_value=255)), max_size=4),
    packed=st.sampled_from(["", ".gz", ".bz2", ".xz", ".zst"]))
def test_a_damaged_partial_file_gives_the_records_before_the_damage(
    tmp_path_factory: pytest.TempPathFactory, cut: int, flips: list[tuple[int, int]],
    packed: str,
) -> None:
    """Whatever a stopped run or a bad disk left in ``FILE.partial``, reading it gives whole
    records up to the damage and never fails."""
    lines = [json.dumps({"id": str(n), "source": f"s{n}.txt", "text": "Ein Text. " * n},
                        ensure_ascii=False).encode() + b"\n" for n in range(12)]
    data = b"".join(lines)
    data = {"": bytes, ".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress,
            ".zst": zstandard.compress}[packed](data)
    damaged = bytearray(data[: cut % (len(data) + 1)])
    for at, mask in flips:
        if damaged:
            damaged[at % len(damaged)] ^= mask
    out = tmp_path_factory.mktemp("partial") / f"records.jsonl{packed}"
    partial_of(out).write_bytes(bytes(damaged))
    resumed = read_partial(out)
    assert resumed is not None and resumed.records >= 0
    if not (packed and flips):
        # a bit flipped in compressed data may decompress into other lines, more of them
        # than the file held, which no reader can tell from the records (its checksum is
        # at the end a cut file lacks); a plain file's damage only spoils lines
        assert resumed.records <= len(lines)
    assert len(resumed.sources) <= resumed.records  # a flipped bit may rename one, no more
    if not packed and not flips:  # a plain file cut short: every whole line before the cut
        assert resumed.records == bytes(damaged).count(b"\n")


def test_resume_with_no_partial_output_cleans_everything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    whole = _whole_run(tmp_path, "records.jsonl")
    out = tmp_path / "records.jsonl"
    assert main(["clean", str(FIXTURES), "-o", str(out), "--resume"]) == 0
    assert f"nothing to resume: no {partial_of(out)}" in capsys.readouterr().err
    assert out.read_bytes() == whole


def test_a_run_to_its_end_removes_an_earlier_runs_partial_output(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    partial_of(out).write_text('{"id":"x","source":"elsewhere.txt"}\n', "utf-8")
    assert main(["clean", str(FIXTURES), "-o", str(out), "-q"]) == 0
    assert not partial_of(out).exists()
    assert "elsewhere.txt" not in out.read_text("utf-8")  # not resumed: not asked to


def test_a_run_cut_short_before_any_record_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _Runs(monkeypatch).cut_after(0)
    assert main(["clean", str(FIXTURES), "-o", str(tmp_path / "records.jsonl")]) == 130
    assert "kept" not in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("options", [
    [], ["--format", "json"], ["--format", "text"], ["--dedup"], ["--dask"],
])
def test_resume_needs_json_lines_written_to_a_file(
    options: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = [] if not options else ["-o", str(tmp_path / "out.jsonl")]
    assert main(["clean", str(FIXTURES), "--resume", *output, *options]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsclean: error: --resume") and list(tmp_path.iterdir()) == []


def test_the_writer_keeps_only_what_it_wrote_when_the_block_fails(tmp_path: Path) -> None:
    target = tmp_path / "records.jsonl"
    with pytest.raises(OSError, match="disk full"), ResumableWriter(target) as out:
        out.write('{"id":"1","source":"a.txt"}\n')
        raise OSError("disk full")
    assert out.written == 1 and not target.exists()
    assert partial_of(target).read_text("utf-8") == '{"id":"1","source":"a.txt"}\n'


def test_a_record_written_as_the_interruption_came_is_counted_as_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A signal's exception can come between a record's write and its count: the records
    said to be kept are those the file holds."""
    def write_then_stop(self: ResumableWriter, text: str) -> int:
        assert self._handle is not None
        self._handle.write(text)
        raise KeyboardInterrupt

    target = tmp_path / "records.jsonl"
    monkeypatch.setattr(ResumableWriter, "write", write_then_stop)
    with pytest.raises(KeyboardInterrupt), ResumableWriter(target) as out:
        out.write('{"id":"1","source":"a.txt"}\n')
    assert out.written == 1 and read_partial(target).records == 1  # type: ignore[union-attr]


class _Disk:
    """The files newsclean writes its output to, on a disk that is full after ``room``
    bytes: a write beyond them fails as a full disk's does, naming no file."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, room: int) -> None:
        room_left = room

        class Filling(io.FileIO):
            def write(self, data: Any) -> int:
                nonlocal room_left
                if len(data) > room_left:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                room_left -= len(data)
                return super().write(data)

        def fdopen(fd: int, mode: str) -> io.BufferedWriter:
            assert mode == "wb"
            return io.BufferedWriter(Filling(fd, "wb"))
        monkeypatch.setattr(output.os, "fdopen", fdopen)


FULL = f"cannot write {{}}: {os.strerror(errno.ENOSPC)}"


@pytest.mark.parametrize(("name", "options"), [
    ("records.jsonl", []), ("records.jsonl.gz", []), ("records.json", ["--format", "json"]),
    ("records.txt", ["--format", "text"]), ("records.jsonl", ["--dedup"]),
])
def test_a_disk_full_from_the_start_is_told_by_the_file_and_leaves_nothing(
    name: str, options: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _Disk(monkeypatch, room=0)
    target = tmp_path / name
    assert main(["clean", str(FIXTURES), "-o", str(target), "-j", "1", *options]) == 1
    err = capsys.readouterr().err
    assert f"newsclean: error: {FULL.format(target)}\n" in err
    assert "[Errno" not in err and "kept" not in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []
    # the summary's count is of records cleaned, none of them written: it says so
    whole_or_nothing = bool(options)
    assert (f"; stopped: nothing written to {target}\n" in err) is whole_or_nothing
    assert ("; stopped before the end\n" in err) is not whole_or_nothing


def test_a_disk_that_fills_up_keeps_the_records_that_fit_and_resume_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    whole = _whole_run(tmp_path, "records.jsonl")
    target = tmp_path / "records.jsonl"
    room = len(b"".join(whole.splitlines(keepends=True)[:3])) + 100
    _Disk(monkeypatch, room=room)
    assert main(["clean", str(FIXTURES), "-o", str(target), "-j", "1"]) == 1
    err = capsys.readouterr().err
    resumed = read_partial(target)
    assert resumed is not None and 0 < resumed.records <= 3 and not target.exists()
    assert f"{counted(resumed.records, 'record')} kept in {partial_of(target)}" in err
    assert err.endswith(f"newsclean: error: {FULL.format(target)}\n")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp
    monkeypatch.undo()
    assert main(["clean", str(FIXTURES), "-o", str(target), "-q", "-j", "1", "--resume"]) == 0
    assert target.read_bytes() == whole


@POSIX
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("to_stdout", [True, False])
def test_a_full_device_as_the_output_is_named_and_nothing_is_said_kept(
    to_stdout: bool, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    full = open("/dev/full", "w")  # noqa: SIM115 - closed below, its last flush failing
    if to_stdout:
        monkeypatch.setattr(sys, "stdout", full)
    target = "standard output" if to_stdout else "/dev/full"
    assert main(["clean", str(FIXTURES), "-j", "1", *([] if to_stdout else ["-o", target])]) == 1
    with contextlib.suppress(OSError):
        full.close()
    err = capsys.readouterr().err
    assert f"newsclean: error: {FULL.format(target)}\n" in err
    assert "kept" not in err and "[Errno" not in err


@POSIX
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["--version"], ["--help"], ["clean", "--help"]])
def test_help_and_version_to_a_full_device_or_a_closed_pipe(args: list[str]) -> None:
    """What they print is written before the command ends: a full disk is an error, as for
    records; a reader that has what it wanted (``| head -1``) is none."""
    cmd = [sys.executable, "-m", "newsclean", *args]
    # buffered, as Python's output is unless told (PYTHONUNBUFFERED writes at once)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    with open("/dev/full", "wb") as full:
        done = subprocess.run(cmd, stdout=full, stderr=subprocess.PIPE, env=env)
    assert (done.returncode, done.stderr) == (
        1, b"newsclean: error: cannot write standard output: No space left on device\n")
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone: every write is a broken pipe
    try:
        done = subprocess.run(cmd, stdout=write_end, stderr=subprocess.PIPE, env=env)
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (0, b"")


@POSIX
def test_an_output_file_has_the_permissions_the_umask_gives(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    old = os.umask(0o027)
    try:
        assert main(["clean", str(FIXTURES), "-o", str(out), "-q"]) == 0
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o640


# --------------------------------------------------------------- signals, as a user sends them

def _big_input(tmp_path: Path) -> Path:
    """JSON Lines of the fixtures many times over: a run of many seconds."""
    texts = [p.read_text("utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    path = tmp_path / "crawl.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(4000):
            out.write(json.dumps({"id": str(n), "text": texts[n % len(texts)]}) + "\n")
    return path


def _started(tmp_path: Path, *options: str) -> tuple[subprocess.Popen[bytes], list[int]]:
    """The command running over a big input with two workers, once it has written records;
    and its workers' process ids."""
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean.cli", "clean", str(_big_input(tmp_path)), "-j", "2",
         "-o", str(tmp_path / "records.jsonl"), *options],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not any(p.stat().st_size for p in tmp_path.glob(".records.jsonl.*.tmp")):
        assert process.poll() is None and time.monotonic() < deadline, "the run did not start"
        time.sleep(0.05)
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    return process, [int(pid) for pid in children]


def _gone(pids: list[int], within: float = 30.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        alive = []
        for pid in pids:
            try:
                os.kill(pid, 0)
                alive.append(pid)
            except ProcessLookupError:
                pass
        if not alive:
            return True
        time.sleep(0.1)
    return False


@POSIX
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc")
def test_sigterm_ends_the_run_its_workers_and_keeps_its_records(tmp_path: Path) -> None:
    process, workers = _started(tmp_path)
    assert len(workers) == 2
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 143, err
    assert b"terminated" in err and b"Traceback" not in err
    assert _gone(workers)
    kept = partial_of(tmp_path / "records.jsonl")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crawl.jsonl", kept.name]
    resumed = read_partial(tmp_path / "records.jsonl")
    assert resumed is not None and resumed.records > 0 and resumed.dropped == 0
    assert counted(resumed.records, "record").encode() + b" kept" in err


@POSIX
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc")
def test_workers_end_when_the_command_is_killed_outright(tmp_path: Path) -> None:
    """``kill -9`` (or the out-of-memory killer) gives the command no chance to stop its
    workers: they see it gone and end, rather than wait forever for work."""
    process, workers = _started(tmp_path)
    process.kill()
    process.communicate(timeout=60)
    assert _gone(workers)


# --------------------------------------------------------------- outputs that are not files

@POSIX
@pytest.mark.skipif(not Path("/dev/null").is_char_device(), reason="needs /dev/null")
def test_dev_null_as_the_output_is_written_into_not_replaced(
    capsys: pytest.CaptureFixture[str]
) -> None:
    """A temporary file renamed over ``/dev/null`` would replace the device with a file,
    for every program on the machine (when run with the rights to)."""
    assert main(["clean", str(FIXTURES), "-o", os.devnull]) == 0
    assert Path(os.devnull).is_char_device()
    assert "records" in capsys.readouterr().err
    assert not list(Path(os.devnull).parent.glob(".null.*.tmp"))


@POSIX
def test_a_named_pipe_as_the_output_gets_the_records_and_stays_a_pipe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import threading

    pipe = tmp_path / "records.fifo"
    os.mkfifo(pipe)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()), daemon=True)
    reader.start()
    assert main(["clean", str(FIXTURES), "-o", str(pipe), "-q"]) == 0
    reader.join(timeout=60)
    assert pipe.is_fifo() and os.listdir(tmp_path) == ["records.fifo"]
    ids = [json.loads(line)["id"] for line in got[0].splitlines()]
    assert ids == sorted(p.stem for p in FIXTURES.glob("*.txt"))

    # cut short, it keeps nothing: what went into the pipe is the reader's
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()), daemon=True)
    reader.start()
    _Runs(monkeypatch).cut_after(2)
    assert main(["clean", str(FIXTURES), "-o", str(pipe)]) == 130
    reader.join(timeout=60)
    assert "kept" not in capsys.readouterr().err and os.listdir(tmp_path) == ["records.fifo"]
    assert len(got[1].splitlines()) == 2


@POSIX
def test_an_output_named_by_a_link_is_written_through_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o latest.jsonl`` where that is a link to the file of the day: the file gets the
    records and the link stays a link, as with a shell's ``>``; a run cut short keeps its
    records beside the file, where ``--resume`` looks."""
    (tmp_path / "days").mkdir()
    real = tmp_path / "days" / "records.jsonl"
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    _Runs(monkeypatch).cut_after(2)
    assert main(["clean", str(FIXTURES), "-o", str(link)]) == 130
    assert f"2 records kept in {partial_of(real)}" in capsys.readouterr().err
    monkeypatch.undo()
    assert main(["clean", str(FIXTURES), "-o", str(link), "--resume", "-q"]) == 0
    assert link.is_symlink() and link.read_bytes() == _whole_run(tmp_path, "records.jsonl")
    assert sorted(p.name for p in (tmp_path / "days").iterdir()) == ["records.jsonl"]
