"""Documents' ids: a file's stem, unless another input of the run has that stem too; then the
folders that tell them apart, so that no two records of a run share an id that a duplicate
could point at."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.io import distinct_stems, longer_stems, stem_of
from tests.reading import run

STORY = ("The council met on Tuesday evening and agreed, after a long debate among its members, "
         "to fund the new bridge across the river from next year's budget.")
OTHER = ("A storm reached the coast on Wednesday night and left thousands of homes without "
         "power until the morning, the grid's operator said in a statement.")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def page(headline: str, body: str) -> str:
    return f"<html><body><article><h1>{headline}</h1><p>{body}</p></article></body></html>"


def test_dumps_filed_by_day_take_their_days_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "2024-05-01" / "1.txt", f"Bridge funded\n\n{STORY}")
    write(tmp_path / "2024-05-02" / "1.txt", f"Storm hits coast\n\n{OTHER}")
    write(tmp_path / "2024-05-02" / "only.txt", f"Storm hits coast\n\n{OTHER}")
    for day in ("2024-05-01", "2024-05-02"):
        write(tmp_path / day / "crawl.jsonl",
              json.dumps({"text": STORY}) + "\n" + json.dumps({"id": "own", "text": OTHER}) + "\n")
    code, records, _ = run(capsys, str(tmp_path))
    assert code == 0
    assert [r["id"] for r in records] == [
        "2024-05-01/1", "2024-05-01/crawl:1", "own",
        "2024-05-02/1", "2024-05-02/crawl:1", "own", "only"]  # the objects' own ids kept


def test_a_mirrored_sites_pages_are_told_apart_and_their_copies_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A mirror saves every page as index.html: without telling them apart, --dedup could
    not say which record a copy copies."""
    write(tmp_path / "news" / "bridge" / "index.html", page("Bridge funded", STORY))
    write(tmp_path / "news" / "storm" / "index.html", page("Storm hits coast", OTHER))
    write(tmp_path / "archive" / "bridge" / "index.html", page("Bridge funded", STORY))
    code, records, err = run(capsys, "--dedup", str(tmp_path))
    assert code == 0, err
    assert {r["source"].removeprefix(f"{tmp_path}/"): (r["id"], r["duplicate_of"])
            for r in records} == {
        "archive/bridge/index.html": ("archive/bridge/index", None),
        "news/bridge/index.html": ("news/bridge/index", "archive/bridge/index"),
        "news/storm/index.html": ("storm/index", None),
    }


def test_a_page_and_a_dump_of_one_name_keep_their_suffixes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "story.html", page("Bridge funded", STORY))
    write(tmp_path / "story.txt", f"Storm hits coast\n\n{OTHER}")
    write(tmp_path / "other.txt", f"Storm hits coast\n\n{OTHER}")
    code, records, _ = run(capsys, str(tmp_path / "story.txt"), str(tmp_path))
    assert code == 0
    assert [r["id"] for r in records] == ["story.txt", "other", "story.html", "story.txt"]


def test_an_archives_later_member_of_a_taken_stem_takes_its_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A tar file is read as a stream: its first member of a stem keeps it."""
    members = {"days/2024-05-01/1.txt": f"Bridge funded\n\n{STORY}",
               "days/2024-05-02/1.txt": f"Storm hits coast\n\n{OTHER}",
               "days/2024-05-02/1.html": page("Storm hits coast", OTHER),
               "days/2024-05-03/2.txt": f"Storm hits coast\n\n{OTHER}"}
    for name, text in members.items():
        write(tmp_path / "in" / name, text)
    with tarfile.open(tmp_path / "days.tar.gz", "w:gz") as archive:
        for name in members:
            archive.add(tmp_path / "in" / name, arcname=name)
    code, records, _ = run(capsys, str(tmp_path / "days.tar.gz"))
    assert code == 0
    assert [r["id"] for r in records] == ["1", "2024-05-02/1", "days/2024-05-02/1", "2"]


def test_longer_stems_go_from_the_nearest_folder_to_the_whole_name() -> None:
    assert longer_stems(PurePosixPath("a/b/1.txt")) == ["b/1", "a/b/1", "1.txt", "b/1.txt",
                                                        "a/b/1.txt"]
    assert longer_stems(PurePosixPath("/abs/1.txt.gz")) == ["abs/1", "1.txt.gz", "abs/1.txt.gz"]


# paths from few folders and names, so that stems are often alike
_PARTS = st.sampled_from(["a", "b", "2024", "news", "index"])
_NAMES = st.sampled_from(["index.html", "index.txt", "1.txt", "1.txt.gz", "1.jsonl", "index"])
_PATHS = st.builds(lambda folders, name: PurePosixPath(*folders, name),
                   st.lists(_PARTS, max_size=3), _NAMES)


@given(st.lists(_PATHS, max_size=12))
def test_no_two_inputs_start_their_ids_alike(paths: list[PurePosixPath]) -> None:
    named = distinct_stems(paths)
    starts = {path: named.get(path, stem_of(path)) for path in paths}
    assert len(set(starts.values())) == len(starts)  # distinct paths, distinct starts
    assert all(named[path] in longer_stems(path) for path in named)
    assert all(sum(stem_of(p) == stem_of(path) for p in starts) > 1 for path in named)
