"""Archives of scrapes (tar, compressed or not, and zip): read as folders are, member by
member, without unpacking them."""

from __future__ import annotations

import gzip
import io
import json
import random
import tarfile
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import InputError
from newsclean.cli import main
from newsclean.io import Document, Fields, find_inputs, read_path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DUMP = (FIXTURES / "000_19febdbf991cfabd.txt").read_bytes()
PAGE = (b"<html><head><title>Site</title></head><body><article><h1>Title of the page</h1>"
        b"<p>The first paragraph of the story is long enough to be read as prose by the "
        b"cleaner, the minister said on Tuesday.</p></article></body></html>")
LINES = b"".join(json.dumps({"id": f"c{n}", "text": f"Crawled text {n}."}).encode() + b"\n"
                 for n in range(2))
# what a scraper leaves in a folder: a dump, a page, crawler lines, a compressed dump, and
# files that hold no scrape
TREE = {
    "d/a.txt": DUMP,
    "d/sub/b.html": PAGE,
    "d/c.jsonl": LINES,
    "d/e.txt.gz": gzip.compress(DUMP.replace(b"Kazakhstan", b"Kyrgyzstan")),
    "d/f.txt": PAGE,  # a page a scraper saved under a text name
    "d/logo.png": b"\x89PNG\r\n\x1a\n" + bytes(300),
    "d/notes.md": b"# Notes\n",
}
ARCHIVES = ["scrapes.tar", "scrapes.tar.gz", "scrapes.tgz", "scrapes.tar.bz2",
            "scrapes.tar.xz", "scrapes.zip"]


def pack(path: Path, members: dict[str, bytes]) -> Path:
    """An archive of ``members`` at ``path``, its kind told by its name."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in members.items():
                archive.writestr(name, data)
        return path
    mode = {".tar": "w", ".gz": "w:gz", ".tgz": "w:gz", ".bz2": "w:bz2", ".xz": "w:xz"}
    with tarfile.open(path, mode[path.suffix]) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def unpack(folder: Path, members: dict[str, bytes]) -> None:
    for name, data in members.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)


def documents(path: Path) -> list[Document | InputError]:
    return [item for found in find_inputs([str(path)]) if isinstance(found, Path)
            for item in read_path(found)]


@pytest.mark.parametrize("name", ARCHIVES)
def test_an_archive_is_read_as_its_folder_is(tmp_path: Path, name: str) -> None:
    """The same documents as the unpacked folder gives, each named by its path under the
    archive's; what holds no scrape (an image, notes) is passed over, as in a folder."""
    unpack(tmp_path, TREE)
    archive = pack(tmp_path / name, TREE)
    folder = {d.id: d for d in documents(tmp_path / "d")}
    packed = {d.id: d for d in documents(archive)}
    assert sorted(packed) == sorted(folder) == ["a", "b", "c0", "c1", "e", "f"]
    for key, document in packed.items():
        assert isinstance(document, Document)
        expected = folder[key]
        assert isinstance(expected, Document)
        assert (document.text, document.html, document.flags) == (
            expected.text, expected.html, expected.flags)
        inside = Path(expected.source).relative_to(tmp_path).as_posix()
        assert document.source == f"{archive}/{inside}"
    assert "Kyrgyzstan" in packed["e"].text  # type: ignore[union-attr]  # decompressed
    assert packed["f"].html == packed["b"].html and not packed["f"].text  # type: ignore[union-attr]


def test_an_archives_json_files_are_read_which_a_folders_are_not(tmp_path: Path) -> None:
    """A folder's .json files are read only when named; an archive's member cannot be
    named, and JSON packed with scrapes is what a crawler wrote (news-please's articles)."""
    article = json.dumps({"maintext": "The story, told in full.", "url": "https://x.example/1"})
    archive = pack(tmp_path / "np.tar.gz", {"np/2024/one.json": article.encode()})
    (document,) = read_path(archive, Fields(text="maintext"))
    assert isinstance(document, Document)
    assert (document.id, document.text, document.url) == (
        "one", "The story, told in full.", "https://x.example/1")


@pytest.mark.parametrize("name", ["scrapes.tar.gz", "scrapes.zip"])
def test_a_member_that_cannot_be_read_is_named_and_the_others_are_read(
    tmp_path: Path, name: str
) -> None:
    inner = pack(tmp_path / "inner.zip", {"x.txt": DUMP})
    archive = pack(tmp_path / name, {
        "d/bad.txt": bytes(range(256)) * 4,
        "d/inner.zip": inner.read_bytes(),
        "d/a.txt": DUMP,
        "d/crawl.jsonl": b"not json\n" + LINES,
    })
    read = documents(archive)
    assert sorted(d.id for d in read if isinstance(d, Document)) == ["a", "c0", "c1"]
    assert sorted(str(e) for e in read if isinstance(e, InputError)) == [
        f"{archive}/d/bad.txt: binary file (NUL bytes), not a text scrape",
        f"{archive}/d/crawl.jsonl:1: not a JSON object: Expecting value: line 1 column 1 (char 0)",
        f"{archive}/d/inner.zip: an archive inside an archive is not read: unpack it",
    ]


def test_macos_resource_forks_in_a_zip_are_passed_over(tmp_path: Path) -> None:
    """The ``__MACOSX/`` folder and ``._name`` files macOS puts in zip files hold no scrape:
    read as dumps, they would be binary-file errors."""
    fork = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        " + bytes(60)
    archive = pack(tmp_path / "scrapes.zip", {"d/a.txt": DUMP, "__MACOSX/d/._a.txt": fork,
                                              "d/._b.txt": fork})
    assert [(d.id, type(d).__name__) for d in documents(archive)] == [("a", "Document")]


def test_an_encrypted_zip_member_is_named(tmp_path: Path) -> None:
    archive = tmp_path / "scrapes.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        packed.writestr("secret.txt", b"ciphertext")
        packed.writestr("a.txt", DUMP)
    # flag the member encrypted in the central directory, as a password-protected zip does
    data = bytearray(archive.read_bytes())
    entry = data.rindex(b"PK\x01\x02", 0, data.rindex(b"secret.txt"))
    data[entry + 8] |= 0x1
    archive.write_bytes(bytes(data))
    read = documents(archive)
    assert [d.id for d in read if isinstance(d, Document)] == ["a"]
    (error,) = [str(e) for e in read if isinstance(e, InputError)]
    assert error.startswith(f"{archive}/secret.txt: cannot read: ") and "encrypted" in error


def test_damage_that_ends_an_archive_is_one_error_after_what_was_read(tmp_path: Path) -> None:
    noise = random.Random(3)  # text gzip cannot pack into a few bytes: members of some size
    members = {f"d/{n}.txt": DUMP + noise.randbytes(2000).hex().encode() for n in range(6)}
    data = pack(tmp_path / "whole.tar.gz", members).read_bytes()
    torn = tmp_path / "torn.tar.gz"
    torn.write_bytes(data[:len(data) * 2 // 3])
    read = documents(torn)
    done = [d.id for d in read if isinstance(d, Document)]
    assert done and done == [str(n) for n in range(len(done))] and len(done) < 6
    (error,) = [str(e) for e in read if isinstance(e, InputError)]
    assert error.startswith(f"{torn}: cannot read on after {len(done)} members (in d/{len(done)}"
                            ".txt): ")

    for name, data in [("fake.zip", DUMP), ("fake.tar", DUMP), ("fake.tgz", gzip.compress(DUMP))]:
        (tmp_path / name).write_bytes(data)
        (error,) = documents(tmp_path / name)
        assert str(error).startswith(f"{tmp_path / name}: not a {'zip' if 'zip' in name else 'tar'}"
                                     " archive: ")
    empty = pack(tmp_path / "empty.tar", {"README": b"nothing here\n"})
    assert [str(e) for e in documents(empty)] == [f"{empty}: no input file in it"]


def test_the_cli_cleans_an_archive_and_names_its_bad_member(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    archive = pack(tmp_path / "in" / "scrapes.zip", {"d/a.txt": DUMP, "d/bad.txt": bytes(512)})
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(tmp_path / "in"), "-q", "-o", str(out)]) == 1
    (record,) = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert (record["id"], record["source"]) == ("a", f"{archive}/d/a.txt")
    assert record["title"].startswith("Expert: Kazakhstan")
    err = capsys.readouterr().err
    assert f"{archive}/d/bad.txt: binary file" in err and "Traceback" not in err


@settings(max_examples=150, deadline=None)
@given(cut=st.integers(min_value=0), flips=st.lists(st.tuples(st.integers(min_value=0),
                                                           st.integers(0, 255)), max_size=6),
       name=st.sampled_from(["s.tar.gz", "s.tar", "s.zip"]))
def test_a_damaged_archive_gives_documents_and_errors_never_an_exception(
    cut: int, flips: list[tuple[int, int]], name: str
) -> None:
    """Any archive, cut anywhere and with any bytes changed, is read to documents and errors
    naming it or its members: nothing a file holds ends a run."""
    with tempfile.TemporaryDirectory() as folder:
        path = pack(Path(folder) / name, TREE)
        data = bytearray(path.read_bytes())
        for at, value in flips:
            data[at % len(data)] = value
        path.write_bytes(bytes(data[:cut % (len(data) + 1)]))
        for item in read_path(path):
            assert isinstance(item, (Document, InputError))
            if isinstance(item, InputError):
                assert str(item).startswith(str(path))


def test_a_tar_file_of_many_members_is_read_in_constant_memory(tmp_path: Path) -> None:
    """tarfile keeps every member's header it has read, for lookups a stream never makes:
    an archive of a million dumps would hold a million headers."""
    import gc

    path = pack(tmp_path / "many.tar", {f"d/{n}.txt": b"A dump of a few words.\n\n"
                                        for n in range(3000)})
    gc.collect()  # the headers the writer made
    held = -1
    for count, _ in enumerate(read_path(path), start=1):
        if count == 2999:  # the archive is open: what it holds, it holds
            held = sum(isinstance(o, tarfile.TarInfo) for o in gc.get_objects())
    assert count == 3000
    assert 0 <= held < 10


def test_an_archive_on_standard_input_is_told_by_its_opening(tmp_path: Path) -> None:
    """``tar cz scrapes | newsclean clean -``: the members' documents, named under
    ``<stdin>``; ``--stdin-as tar`` (or ``zip``) says so for what is not one."""
    from newsclean.sniffing import read_stdin

    for name in ("s.tar", "s.tar.gz", "s.zip"):
        data = pack(tmp_path / name, {"d/a.txt": DUMP, "d/c.jsonl": LINES}).read_bytes()
        read = list(read_stdin(io.BytesIO(data)))
        assert [(d.id, d.source) for d in read] == [  # type: ignore[union-attr]
            ("a", "<stdin>/d/a.txt"), ("c0", "<stdin>/d/c.jsonl:1"),
            ("c1", "<stdin>/d/c.jsonl:2")]
    for kind in ("tar", "zip"):
        (error,) = read_stdin(io.BytesIO(b"Notes\n"), kind=kind)
        assert str(error).startswith(f"<stdin>: not a {kind} archive: ")
    (dump,) = read_stdin(io.BytesIO(b"ustar is a format\n\nIt packs files.\n"))
    assert dump.id == "stdin"  # type: ignore[union-attr]


def test_a_full_disk_under_a_zip_on_standard_input_is_said_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A zip archive is read from its end, so standard input is kept in a temporary file
    first: a full disk there names the folder, and not as a fault of reading the input."""
    import errno

    from newsclean.sniffing import read_stdin

    class Full(io.BytesIO):
        def write(self, data: object) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    data = pack(tmp_path / "s.zip", {"d/a.txt": DUMP}).read_bytes()
    monkeypatch.setattr(tempfile, "TemporaryFile", lambda *a, **k: Full())
    (error,) = read_stdin(io.BytesIO(data))
    assert str(error) == (f"<stdin>: cannot keep it in a temporary file in {tempfile.gettempdir()}"
                          " (TMPDIR names another folder; a zip or Parquet file is read from its "
                          "end): No space left on device")


def test_a_tar_archive_under_a_bare_compressed_name_is_told_by_its_data(tmp_path: Path) -> None:
    """``tar cz scrapes > scrapes.gz``: the name says gzip and nothing more, which is read as
    JSON Lines; the data opens as a tar archive, and is read as one."""
    data = pack(tmp_path / "s.tar.gz", {"d/a.txt": DUMP}).read_bytes()
    (tmp_path / "scrapes.gz").write_bytes(data)
    (document,) = documents(tmp_path / "scrapes.gz")
    assert isinstance(document, Document)
    assert (document.id, document.source) == ("a", f"{tmp_path / 'scrapes.gz'}/d/a.txt")
