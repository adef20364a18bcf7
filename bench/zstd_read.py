"""Reading a Zstandard-compressed JSON Lines shard: newsclean's reader against zstandard's own
stream reader, on the same file, same run.

    python bench/zstd_read.py                  # the evaluation dumps, 20 copies, median of 5
    python bench/zstd_read.py --copies 50 --frames 8 --repeat 7

The shard is written here: the evaluation corpus's text dumps (``../shared/eval``) as JSON
Lines, repeated ``--copies`` times, compressed in ``--frames`` frames one after another (a
shard written in parts). Each reader goes through the whole file and counts its lines:
newsclean's (``compression.decompressed``: frame after frame, and an error where the data
ends inside one), and ``zstandard``'s ``stream_reader`` with ``read_across_frames`` (the
reader a user would otherwise pick, which ends a cut-off file in silence). Parsing and
cleaning are not timed: they are the same after either reader, and take far longer.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from pathlib import Path

import zstandard
from eval_body import DEFAULT_EVAL
from turns import in_turns, speed_ratio

from newsclean.compression import decompressed


def newsclean_lines(path: Path) -> int:
    with path.open("rb") as raw:
        return sum(1 for _ in decompressed(raw))


def zstandard_lines(path: Path) -> int:
    import io

    with path.open("rb") as raw:
        reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
        return sum(1 for _ in io.BufferedReader(reader))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--copies", type=int, default=20, help="times the dumps go into the shard")
    ap.add_argument("--frames", type=int, default=4, help="frames the shard is written in")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs; the median is quoted")
    args = ap.parse_args(argv)
    dumps = [p.read_text("utf-8") for p in sorted((args.eval / "data").glob("*/*.txt"))]
    lines = [json.dumps({"id": f"{copy}:{n}", "text": text}, ensure_ascii=False) + "\n"
             for copy in range(args.copies) for n, text in enumerate(dumps)]
    data = "".join(lines).encode("utf-8")
    step = -(-len(data) // args.frames)
    with tempfile.TemporaryDirectory(prefix="newsclean-zstd-") as work:
        path = Path(work) / "shard.jsonl.zst"
        path.write_bytes(b"".join(zstandard.compress(data[i:i + step])
                                  for i in range(0, len(data), step)))
        print(f"{len(lines)} lines, {len(data) >> 20} MB in {args.frames} frames, "
              f"{path.stat().st_size >> 20} MB compressed")
        readers = {"newsclean": newsclean_lines, "zstandard": zstandard_lines}
        seconds, found = in_turns(readers, path, args.repeat)
        assert found["newsclean"] == found["zstandard"] == len(lines), found
        medians = {name: statistics.median(seconds[name]) for name in readers}
        for name, median in medians.items():
            print(f"{name:10s} {median:6.2f} s  {len(data) / median / 2**20:7.1f} MB/s "
                  f"(median of {args.repeat})")
        print(f"speed ratio newsclean/zstandard = {speed_ratio(seconds, 'zstandard'):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
