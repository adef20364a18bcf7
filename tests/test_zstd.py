"""Zstandard-compressed inputs and outputs (the ``zstd`` extra): what web-text corpora ship
their JSON Lines shards as (``.jsonl.zst``)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.compression import ZSTD_START, ZstdError, decompressed
from newsclean.io import Document, read_path
from tests.reading import run

TEXT = ("The council met on Tuesday and approved the budget for next year after a long debate "
        "among the members of all the parties.")


def crawl(*ids: str) -> bytes:
    return "".join(json.dumps({"id": i, "text": f"Budget passed\n\n{TEXT}"}) + "\n"
                   for i in ids).encode()


def test_frames_one_after_another_are_one_file(tmp_path: Path) -> None:
    """A shard written in parts, or appended to, holds several frames."""
    path = tmp_path / "shard.jsonl.zst"
    path.write_bytes(zstandard.compress(crawl("a", "b")) + zstandard.compress(crawl("c")))
    found = list(read_path(path))
    assert [d.id for d in found if isinstance(d, Document)] == ["a", "b", "c"]


_FRAMES = [crawl(*(f"f{k}r{n}" for n in range(k + 1))) for k in range(3)]
_PACKED = [zstandard.compress(frame) for frame in _FRAMES]
_WHOLE = b"".join(_PACKED)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=len(ZSTD_START), max_value=len(_WHOLE)))  # shorter: not told
def test_a_stream_cut_anywhere_gives_what_is_before_the_cut_and_says_it_was_cut(cut: int) -> None:
    """zstandard's own readers end a cut-off stream in silence; a file's lost end is said."""
    stream = decompressed(io.BytesIO(_WHOLE[:cut]))
    read = bytearray()
    error = None
    try:
        while chunk := stream.read(1000):
            read += chunk
    except ZstdError as exc:
        error = exc
    whole_frames = [sum(map(len, _PACKED[:k])) for k in range(len(_PACKED) + 1)]
    assert bytes(read) == b"".join(_FRAMES)[:len(read)]  # never a byte that was not written
    if cut in whole_frames:
        assert error is None and bytes(read) == b"".join(_FRAMES[:whole_frames.index(cut)])
    else:
        assert error is not None and "cut short" in str(error)


def test_damaged_data_is_one_error_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = bytearray(zstandard.compress(crawl(*(f"r{n}" for n in range(50)))))
    damaged[len(damaged) // 2] ^= 0xFF
    (tmp_path / "bad.jsonl.zst").write_bytes(bytes(damaged))
    (tmp_path / "good.jsonl.zst").write_bytes(zstandard.compress(crawl("g")))
    code, records, err = run(capsys, str(tmp_path))
    assert code == 1 and records[-1]["id"] == "g"
    assert f"{tmp_path / 'bad.jsonl.zst'}: cannot read on: " in err and "Traceback" not in err


def test_without_the_module_the_error_says_what_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "shard.jsonl.zst").write_bytes(zstandard.compress(crawl("z")))
    (tmp_path / "plain.jsonl").write_bytes(crawl("p"))
    monkeypatch.setitem(sys.modules, "zstandard", None)  # import zstandard: ImportError
    code, records, err = run(capsys, str(tmp_path))
    assert code == 1 and [r["id"] for r in records] == ["p"]
    assert (f"{tmp_path / 'shard.jsonl.zst'}: Zstandard data: to read it, "
            "pip install 'newsclean[zstd]'") in err
    out = tmp_path / "o.jsonl.zst"
    code, _, err = run(capsys, str(tmp_path / "plain.jsonl"), "-o", str(out))
    assert code == 2 and not out.exists()  # told before any input is read
    assert err == (f"newsclean: error: -o {out}: Zstandard data: to write it, "
                   "pip install 'newsclean[zstd]'\n")
