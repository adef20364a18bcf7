"""The Dask path: the same records and the same duplicate clusters as on one machine,
whatever the partitioning, on a local cluster of two worker processes started here."""

from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from newsclean import CleanConfig
from newsclean import dask as on_dask
from newsclean.cli import main
from newsclean.dedup import DedupIndex, Occurrences, mark_dict
from newsclean.io import find_inputs, read_path
from newsclean.runner import clean_documents

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
VOCABULARY = [f"w{n}" for n in range(3000)]


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    connection = on_dask.client(workers=2)
    yield connection
    connection.close()


def planted(seed: int = 5, bases: int = 120) -> list[dict]:
    """Records with copies of every kind, hard negatives, and listings whose items tease."""
    rng = random.Random(seed)
    records: list[dict] = []
    for n in range(bases):
        body = [rng.choice(VOCABULARY) for _ in range(rng.randint(40, 160))]
        text = " ".join(body)
        day = f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        records.append({"id": f"b{n}", "text": text, "url": f"https://a{n % 7}.example/{n}",
                        "published": day if n % 3 else None})
        roll = n % 6
        if roll == 0:
            records.append({"id": f"b{n}-exact", "text": text, "url": f"https://a{n % 7}.example/x{n}"})
        elif roll == 1:
            edited = [rng.choice(VOCABULARY) if rng.random() < 0.05 else w for w in body]
            records.append({"id": f"b{n}-near", "text": " ".join(edited)})
        elif roll == 2:
            records.append({"id": f"b{n}-teaser", "text": " ".join(body[: len(body) // 3]) + " ..."})
        elif roll == 3:
            records.append({"id": f"b{n}-syndicated", "url": f"https://b{n}.example/1",
                            "text": " ".join(rng.choice(VOCABULARY) for _ in range(25)) + " " + text})
        elif roll == 4:
            records.append({"id": f"b{n}-listing", "text": "", "kind": "listing", "items": [
                {"title": "t", "text": " ".join(body[:30]) + "...", "date": None, "truncated": True},
                {"title": "u", "text": " ".join(rng.choice(VOCABULARY) for _ in range(30)),
                 "date": None, "truncated": False}]})
    rng.shuffle(records)
    return records


def single_machine(records: list[dict]) -> tuple[dict, list]:
    index = DedupIndex()
    for record in records:
        index.add(record)
    return index.assignments(), index.clusters()


@pytest.mark.parametrize("partitions", [1, 3, 17])
def test_duplicates_match_one_machine(client, partitions: int) -> None:  # type: ignore[no-untyped-def]
    import dask.bag as db

    records = planted()
    assigned, _ = single_machine(records)
    assert len(assigned) > 60  # the corpus plants copies of every kind
    assert {kind for _, kind in assigned.values()} == {"exact", "near", "containment", "syndication"}
    found = on_dask.find_duplicates_bag(db.from_sequence(records, npartitions=partitions))
    assert found == assigned
    marked = on_dask.mark_bag(db.from_sequence(records, npartitions=partitions), found).compute()
    teased = [item.get("teaser_of") for r in marked for item in r.get("items", ())]
    assert any(t is not None for t in teased)


def test_clusters_and_originals_match(client) -> None:  # type: ignore[no-untyped-def]
    import dask.bag as db

    records = planted(seed=9)
    _, clusters = single_machine(records)
    found = on_dask.find_duplicates_bag(db.from_sequence(records, npartitions=5))
    rebuilt: dict[str, set[tuple[str, str]]] = {}
    for member, (original, kind) in found.items():
        rebuilt.setdefault(original, set()).add((member, kind))
    assert rebuilt == {c.original: set(c.members) for c in clusters}


def test_records_sharing_an_id_are_checked_as_on_one_machine(client) -> None:  # type: ignore[no-untyped-def]
    """A page fetched twice keeps its id: the copy is held under a key of its own and marked
    a duplicate of the first, on Dask as on one machine."""
    import dask.bag as db

    records = planted(seed=3, bases=30)
    listing = next(r for r in records if r.get("kind") == "listing")
    twice = [*records, dict(records[0]), {**records[1], "text": records[2]["text"]}, dict(listing)]
    keys, index = Occurrences(), DedupIndex()
    keyed = [keys.key(r["id"]) for r in twice]
    for key, record in zip(keyed, twice, strict=True):
        index.add(record, key=key)
    expected = [mark_dict(r, index.assignments(), key) for key, r in zip(keyed, twice, strict=True)]
    repeats: dict[int, str] = {}
    bag = db.from_sequence(twice, npartitions=4)
    found = on_dask.find_duplicates_bag(bag, repeats=repeats)
    assert found == index.assignments() and len(repeats) == 3
    marked = on_dask.mark_bag(bag, found, repeats).compute()
    assert marked == expected
    # the copy is a duplicate: of the first, or of the original the first is a duplicate of
    assert marked[-3]["duplicate_of"] == (marked[0].get("duplicate_of") or records[0]["id"])
    assert [i.get("teaser_of") for i in marked[-1]["items"]] == [
        i.get("teaser_of") for i in marked[records.index(listing)]["items"]]
    assert any(i.get("teaser_of") for i in marked[-1]["items"])


def write_inputs(folder: Path) -> None:
    for path in sorted(FIXTURES.glob("*.txt")):
        (folder / path.name).write_text(path.read_text("utf-8"), "utf-8")
    lines = [json.dumps({"id": f"j{n}", "text": path.read_text("utf-8")})
             for n, path in enumerate(sorted(FIXTURES.glob("*.txt")) * 8)]
    lines.insert(20, "this line is not JSON")
    # a line a crawler wrote in cp1251: read in it by both
    legacy = json.dumps({"id": "cp1251", "text": "Москва. " + FIXTURES.joinpath(
        "000_19febdbf991cfabd.txt").read_text("utf-8")[:2000]}, ensure_ascii=False)
    (folder / "crawl.jsonl").write_bytes(("\n".join(lines) + "\n").encode("utf-8")
                                         + legacy.encode("cp1251", errors="replace") + b"\n")
    with gzip.open(folder / "more.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines[:6]) + "\n")
    # JSON Lines PowerShell wrote (UTF-16), larger than a part: read whole, not split at bytes
    (folder / "windows.jsonl").write_text("\r\n".join(lines[:12]) + "\r\n", encoding="utf-16")
    with zipfile.ZipFile(folder / "packed.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("in/crawl.jsonl", "\n".join(lines[:3]) + "\n")
        archive.writestr("in/bad.txt", bytes(100))


def test_cleaning_matches_one_machine(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write_inputs(tmp_path)
    documents = [d for p in find_inputs([str(tmp_path)]) for d in read_path(p)]  # type: ignore[arg-type]
    single = [r.to_dict() if hasattr(r, "to_dict") else {on_dask.ERROR: str(r)}
              for r in clean_documents(documents, CleanConfig())]
    # small byte ranges: the 40-line file is read in several parts, numbered as one
    bag = on_dask.clean_bag(on_dask.read_inputs([str(tmp_path)], chunk_bytes=20_000))
    assert bag.npartitions > 3
    assert bag.compute() == single
    assert [(r["encoding"], "encoding_detected" in r["flags"]) for r in single
            if r.get("id") == "cp1251"] == [("cp1251", True)]
    wide = [r for r in single if r.get("source", "").startswith(str(tmp_path / "windows.jsonl"))]
    assert [r["id"] for r in wide] == [f"j{n}" for n in range(12)]
    assert {r["encoding"] for r in wide} == {"utf-16"} and (tmp_path / "windows.jsonl").stat(
    ).st_size > 20_000
    errors = [r[on_dask.ERROR] for r in single if on_dask.ERROR in r]
    assert errors == [f"{tmp_path / 'crawl.jsonl'}:21: not a JSON object: "
                      "Expecting value: line 1 column 1 (char 0)",
                      f"{tmp_path / 'packed.zip'}/in/bad.txt: binary file (NUL bytes), "
                      "not a text scrape"]
    assert [r["source"] for r in single if "packed.zip" in r.get("source", "")] == [
        f"{tmp_path / 'packed.zip'}/in/crawl.jsonl:{n}" for n in (1, 2, 3)]


def test_large_file_parts_match_one_machine(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A file read in byte ranges: the keys --field names reach every part, and a file that
    is no JSON Lines at all is one error, as on one machine, not one per line of each part."""
    from newsclean.io import Fields

    fields = Fields(text="body", id="key")
    text = (FIXTURES / "000_19febdbf991cfabd.txt").read_text("utf-8")
    lines = [json.dumps({"key": f"k{n}", "body": text}) for n in range(12)]
    (tmp_path / "crawl.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    page = "<html>\n<body>\n" + "<p>A paragraph of the page.</p>\n" * 2000 + "</body>\n</html>\n"
    (tmp_path / "page.jsonl").write_text(page, "utf-8")
    documents = [d for p in find_inputs([str(tmp_path)]) for d in read_path(p, fields)]  # type: ignore[arg-type]
    single = [r.to_dict() if hasattr(r, "to_dict") else {on_dask.ERROR: str(r)}
              for r in clean_documents(documents, CleanConfig())]
    bag = on_dask.clean_bag(on_dask.read_inputs([str(tmp_path)], chunk_bytes=20_000, fields=fields))
    assert bag.compute() == single
    assert [r.get("id") for r in single] == [f"k{n}" for n in range(12)] + [None]
    assert single[-1] == {on_dask.ERROR: f"{tmp_path / 'page.jsonl'}: not JSON Lines: none of its "
                                         "first 10 lines is JSON"}


def test_a_big_compressed_file_under_a_plain_name_is_read_whole(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Compressed data cannot be read from the middle: a .jsonl file holding xz data, past
    the size at which a plain one is read in byte ranges, is read from its start."""
    import lzma
    import random

    rng = random.Random(5)
    text = (FIXTURES / "000_19febdbf991cfabd.txt").read_text("utf-8")
    lines = [json.dumps({"id": f"z{n}", "text": f"{text}\n\n{rng.randbytes(3000).hex()}"})
             for n in range(12)]
    (tmp_path / "crawl.jsonl").write_bytes(lzma.compress(("\n".join(lines) + "\n").encode()))
    assert (tmp_path / "crawl.jsonl").stat().st_size > 20_000
    bag = on_dask.clean_bag(on_dask.read_inputs([str(tmp_path)], chunk_bytes=20_000))
    assert [r.get("id") for r in bag.compute()] == [f"z{n}" for n in range(12)]
    assert bag.npartitions > 2  # its documents are cleaned in slices, in parallel


def test_parquet_round_trip(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import dask.bag as db

    inputs = [{"id": p.stem, "text": p.read_text("utf-8")} for p in sorted(FIXTURES.glob("*.txt"))]
    records = on_dask.clean_bag(db.from_sequence(inputs, npartitions=2))
    on_dask.write_parquet(records, tmp_path / "records")
    back = on_dask.read_parquet(str(tmp_path / "records")).compute()
    assert [r["id"] for r in back] == [p.stem for p in sorted(FIXTURES.glob("*.txt"))]
    assert json.loads(back[0]["authors"])[0]["name"] == "Akbar Mammadov"


def test_a_bag_of_objects_under_other_keys(client) -> None:  # type: ignore[no-untyped-def]
    import dask.bag as db

    from newsclean.io import Fields

    paths = sorted(FIXTURES.glob("*.txt"))
    inputs = [{"key": p.stem, "maintext": p.read_text("utf-8")} for p in paths]
    records = on_dask.clean_bag(db.from_sequence(inputs, npartitions=2),
                                fields=Fields(id="key", text="maintext")).compute()
    assert [r["id"] for r in records] == [p.stem for p in paths]
    unmapped = on_dask.clean_bag(db.from_sequence(inputs[:1], npartitions=1)).compute()
    assert unmapped == [{on_dask.ERROR: 'dask:1: the object has no "text" or "html" string; '
                                        '--field text=maintext reads its "maintext"'}]


def test_cli_clean_and_dedup_on_dask(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dask, out_one = tmp_path / "dask.jsonl", tmp_path / "one.jsonl"
    assert main(["clean", str(FIXTURES), "--dask", "-j", "2", "-o", str(out_dask), "-q"]) == 0
    assert main(["clean", str(FIXTURES), "-o", str(out_one), "-q"]) == 0
    assert out_dask.read_text("utf-8") == out_one.read_text("utf-8")
    marked_dask, marked_one = tmp_path / "md.jsonl", tmp_path / "m1.jsonl"
    assert main(["dedup", str(out_one), "--dask", "-j", "2", "-o", str(marked_dask), "-q"]) == 0
    assert main(["dedup", str(out_one), "-o", str(marked_one), "-q"]) == 0
    assert marked_dask.read_text("utf-8") == marked_one.read_text("utf-8")
    # run again with its records in the folder it reads: they are left out, as on one machine
    folder = tmp_path / "scrapes"
    folder.mkdir()
    for path in sorted(FIXTURES.glob("00[01]_*.txt")):
        (folder / path.name).write_text(path.read_text("utf-8"), "utf-8")
    again = folder / "records.jsonl"
    for _ in range(2):
        assert main(["clean", str(folder), "--dask", "-j", "2", "-o", str(again), "-q"]) == 0
    assert len(again.read_text("utf-8").splitlines()) == 2
    assert f"{again}: not read: it is this run's output (-o)" in capsys.readouterr().err
    # the summary counts what one machine's counts: duplicates only when they are looked for
    scrapes = [str(path) for path in sorted(folder.glob("*.txt"))]
    assert main(["clean", *scrapes, "--dask", "-j", "2", "-o", str(tmp_path / "o.jsonl")]) == 0
    assert "newsclean: 2 records, 0 errors in" in capsys.readouterr().err
    assert main(["dedup", str(again), "--dask", "-j", "2", "-o", str(tmp_path / "d.jsonl")]) == 0
    assert "newsclean: 2 records, 0 duplicates, 0 errors in" in capsys.readouterr().err


def test_cli_on_dask_marks_a_page_fetched_twice_and_says_only_its_summary(tmp_path: Path) -> None:
    """A command-line run on a local cluster: the record whose id came earlier is marked, and
    stderr holds newsclean's summary, not the scheduler's log of each shuffle."""
    body = "Headline\n\n" + " ".join(f"word{n}" for n in range(120)) + "."
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("".join(json.dumps({"id": "a1", "text": body}) + "\n" for _ in range(2)), "utf-8")
    done = subprocess.run([sys.executable, "-m", "newsclean", "clean", str(crawl), "--dedup",
                           "--dask", "-j", "2"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert [json.loads(x)["duplicate_of"] for x in done.stdout.splitlines()] == [None, "a1"]
    assert done.stderr.splitlines() == [line for line in done.stderr.splitlines()
                                        if line.startswith("newsclean: ")]
    assert "1 duplicate, 0 errors" in done.stderr


def test_missing_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"pip install 'newsclean\[dask\]'"):
        on_dask.require()
    assert main(["clean", str(FIXTURES), "--dask", "-q"]) == 2
    assert "pip install 'newsclean[dask]'" in capsys.readouterr().err


def test_without_dask_option_nothing_of_dask_is_imported() -> None:
    code = ("import sys; from newsclean.cli import main; "
            f"main(['clean', {str(FIXTURES)!r}, '-q', '-o', '/dev/null']); "
            "print(any(m == 'dask' or m.startswith(('dask.', 'distributed')) for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_inputs_of_one_stem_are_named_as_on_one_machine(  # type: ignore[no-untyped-def]
    client, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Files of one stem in two folders take their folders into their ids, in a file read
    whole and in one read in byte ranges alike."""
    text = (FIXTURES / "000_19febdbf991cfabd.txt").read_text("utf-8")
    for day in ("2024-05-01", "2024-05-02"):
        (tmp_path / day).mkdir()
        (tmp_path / day / "crawl.jsonl").write_text(
            "".join(json.dumps({"text": text}) + "\n" for _ in range(8)), "utf-8")
        (tmp_path / day / "1.txt").write_text(text, "utf-8")
    assert main(["clean", str(tmp_path), "-q"]) == 0
    single = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    bag = on_dask.clean_bag(on_dask.read_inputs([str(tmp_path)], chunk_bytes=20_000))
    assert bag.npartitions > 2
    assert [r["id"] for r in bag.compute()] == [r["id"] for r in single] == [
        f"{day}/{name}" for day in ("2024-05-01", "2024-05-02")
        for name in ("1", *(f"crawl:{n}" for n in range(1, 9)))]
