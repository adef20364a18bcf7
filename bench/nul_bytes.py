"""NUL bytes: UTF-16 text without a byte-order mark read back, and binary files refused.

    python bench/nul_bytes.py                              # the eval dumps, and /usr's files
    python bench/nul_bytes.py --binaries /usr/lib /opt     # other folders' files
    python bench/nul_bytes.py --show                       # each case read wrong

A text dump whose bytes hold a NUL is UTF-16 written without a mark (a Windows tool's
"Unicode"), or a file that is no text at all. Each dump of the evaluation corpus is written
in UTF-16, little-endian and big-endian, without a mark, and read back from its bytes alone:
right when the text read is the text written. Then every file under the ``--binaries``
folders (programs, libraries, images, fonts, databases: up to ``--limit`` files) whose first
8 KB hold a NUL byte is read: right when it is refused as binary. A few of them are text
after all (a test suite's UTF-16 and UTF-32 samples): ``--show`` names those read as text.

The peer is charset-normalizer's best guess, ``from_bytes(data).best()``, what a user without
newsclean would call: for the dumps, right when its guess reads the text as written; for the
files, right when it gives no guess (``None``), as it does for what it takes for binary.
"""

from __future__ import annotations

import argparse
import os
import random
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from eval_body import DEFAULT_EVAL

from newsclean.decoding import SNIFF, decode
from newsclean.errors import InputError

HEAD = 1 << 16  # a file's first bytes read, as many as decide it


def newsclean_reads(data: bytes) -> str | None:
    """The text newsclean reads from ``data``, or ``None`` when it refuses it as binary."""
    try:
        return decode(data, "bench").text
    except InputError:
        return None


def peer_reads(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


def binaries(folders: list[Path], limit: int, seed: int) -> Iterator[tuple[Path, bytes]]:
    """The first bytes of up to ``limit`` files under ``folders`` (drawn at random, so that
    no one folder's kind fills the count) whose first 8 KB hold a NUL byte."""
    files = [Path(root) / name for folder in folders for root, _, names in os.walk(folder)
             for name in names]
    random.Random(seed).shuffle(files)
    found = 0
    for path in files:
        if found == limit:
            return
        if path.is_symlink() or not path.is_file():
            continue
        try:
            with path.open("rb") as handle:
                data = handle.read(HEAD)
        except OSError:
            continue
        if b"\x00" in data[:SNIFF]:
            found += 1
            yield path, data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--binaries", type=Path, nargs="*",
                    default=[Path("/usr/lib"), Path("/usr/share"), Path("/usr/bin")])
    ap.add_argument("--limit", type=int, default=30_000, help="binary files read at most")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", action="store_true", help="list each case read wrong")
    args = ap.parse_args(argv)
    readers: dict[str, Callable[[bytes], str | None]] = {
        "newsclean": newsclean_reads, "charset-normalizer": peer_reads}

    texts = {path.stem: path.read_text("utf-8") for path in sorted(args.eval.glob("data/*/*.txt"))}
    texts = {key: text for key, text in texts.items() if text.strip()}
    print(f"{'case':22s} {'count':>6s}  " + "  ".join(f"{name:>18s}" for name in readers))
    for codec in ("utf-16-le", "utf-16-be"):
        cases = [(key, text, text.encode(codec, "surrogatepass")) for key, text in texts.items()]
        _row(f"dumps, {codec}", cases, readers, lambda text, read: read == text, args.show)
    found = [(str(path), "", data) for path, data in binaries(args.binaries, args.limit,
                                                                 args.seed)]
    _row("files with a NUL byte", found, readers, lambda _, read: read is None, args.show)
    return 0


def _row(label: str, cases: list[tuple[str, str, bytes]],
         readers: dict[str, Callable[[bytes], str | None]],
         right: Callable[[str, str | None], bool], show: bool) -> None:
    counts, seconds, wrong = dict.fromkeys(readers, 0), dict.fromkeys(readers, 0.0), []
    for key, text, data in cases:
        for name, read in readers.items():
            start = time.perf_counter()
            got = read(data)
            seconds[name] += time.perf_counter() - start
            if right(text, got):
                counts[name] += 1
            elif name == "newsclean":
                wrong.append(key)
    total = max(1, len(cases))
    print(f"{label:22s} {len(cases):6d}  " + "  ".join(
        f"{counts[name]:8d} ({100 * counts[name] / total:5.1f}%)" for name in readers)
        + "   seconds " + " ".join(f"{seconds[name]:.1f}" for name in readers))
    if show:
        for key in wrong:
            print(f"    wrong: {key}")


if __name__ == "__main__":
    raise SystemExit(main())
