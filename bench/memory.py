"""Peak memory of ``newsclean clean -j N`` on JSON Lines inputs of growing size.

    python bench/memory.py --sizes 50 200 1000      # MB of input; prints peak RSS for each
    python bench/memory.py --sizes 50 200 --json    # the same documents as one JSON array
    python bench/memory.py --sizes 20 200 --warc    # ... as a WARC file of text records
    python bench/memory.py --sizes 20 200 --tar     # ... as a .tar.gz of text dumps
    python bench/memory.py --sizes 20 200 --csv     # ... as a CSV file, a row each
    python bench/memory.py --sizes 20 200 --parquet # ... as a Parquet file, row groups of 1,000
    python bench/memory.py --sizes 20 200 --feed    # ... as an RSS feed, an item each

The input is the evaluation corpus's text dumps repeated (each copy with its own id) until
the file reaches the size (for a WARC file or a tar file, the size before its gzip
compression). The peak
is the largest sum of resident memory over the ``newsclean`` process and its workers,
sampled every 0.1 s from ``/proc`` (Linux). Flat means: the same peak whatever the input
size.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import html
import io
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

from eval_body import DEFAULT_EVAL


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, in kB."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(int(row.split()[1]) for row in status.splitlines()
                          if row.startswith("VmRSS:"))
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration):
            continue
    return total


def make_input(path: Path, megabytes: int, eval_dir: Path, *, array: bool = False) -> int:
    """One document per line, or with ``array`` one JSON array of them (a ``.json`` file)."""
    texts = [p.read_text("utf-8") for s in ("aeb", "trafi")
             for p in sorted((eval_dir / "data" / s).glob("*.txt"))]
    target, written, count = megabytes * 1_000_000, 0, 0
    if path.name.endswith(".warc.gz"):  # Common Crawl's WET form: a text record each, gzipped
        with path.open("wb") as out:
            while written < target:
                body = texts[count % len(texts)].encode("utf-8")
                head = (f"WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: "
                        f"https://example.com/{count}\r\nWARC-Date: 2024-04-27T12:00:00Z\r\n"
                        f"Content-Type: text/plain\r\nContent-Length: {len(body)}\r\n\r\n")
                record = head.encode() + body + b"\r\n\r\n"
                out.write(gzip.compress(record, compresslevel=1))
                written += len(record)
                count += 1
        return count
    if path.name.endswith(".tar.gz"):  # a folder of text dumps, packed
        with tarfile.open(path, "w:gz", compresslevel=1) as packed:
            while written < target:
                body = texts[count % len(texts)].encode("utf-8")
                member = tarfile.TarInfo(f"dumps/{count // 1000}/{count}.txt")
                member.size = len(body)
                packed.addfile(member, io.BytesIO(body))
                written += len(body)
                count += 1
        return count
    if path.suffix == ".parquet":  # a dataset's shard, as a data hub keeps one
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows: list[dict[str, str]] = []
        with pq.ParquetWriter(path, pa.schema([("id", pa.string()), ("text", pa.string())])) as out:
            while written < target:
                rows.append({"id": f"doc-{count}", "text": texts[count % len(texts)]})
                written += len(rows[-1]["text"].encode("utf-8"))
                count += 1
                if len(rows) == 1000 or written >= target:
                    out.write_table(pa.Table.from_pylist(rows))
                    rows.clear()
        return count
    if path.suffix == ".rss":  # a feed's items, each dump's lines the paragraphs of its content
        with path.open("w", encoding="utf-8") as out:
            out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content='
                      '"http://purl.org/rss/1.0/modules/content/"><channel><title>Bench</title>\n')
            while written < target:
                paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in
                                     texts[count % len(texts)].splitlines() if line.strip())
                item = (f"<item><link>https://example.com/{count}</link><content:encoded>"
                        f"<![CDATA[{paragraphs.replace(']]>', ']]&gt;')}]]></content:encoded>"
                        "</item>\n")
                out.write(item)
                written += len(item.encode("utf-8"))
                count += 1
            out.write("</channel></rss>\n")
        return count
    if path.suffix == ".csv":  # a table export: a row each, its text's lines in one quoted cell
        with path.open("w", encoding="utf-8", newline="") as out:
            rows = csv.writer(out)
            rows.writerow(["id", "url", "text"])
            while written < target:
                row = [f"doc-{count}", f"https://example.com/{count}", texts[count % len(texts)]]
                rows.writerow(row)
                written += sum(len(cell.encode("utf-8")) for cell in row)
                count += 1
        return count
    with path.open("w", encoding="utf-8") as out:
        out.write("[\n" if array else "")
        while written < target:
            line = json.dumps({"id": f"doc-{count}", "text": texts[count % len(texts)]},
                              ensure_ascii=False)
            line = ("," if array and count else "") + line + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            count += 1
        out.write("]\n" if array else "")
    return count


def measure(cmd: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, tree_rss_kb(process.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    process.wait()
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"newsclean exited with {process.returncode}")
    return time.perf_counter() - start, peak


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 200, 1000], help="MB of input")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--json", action="store_true", help="one JSON array (.json), not JSON Lines")
    ap.add_argument("--warc", action="store_true",
                    help="one WARC file of text records (.warc.gz, as Common Crawl's WET)")
    ap.add_argument("--tar", action="store_true", help="one .tar.gz of text dumps")
    ap.add_argument("--csv", action="store_true", help="one CSV file, a document each row")
    ap.add_argument("--parquet", action="store_true",
                    help="one Parquet file, a document each row (needs pyarrow)")
    ap.add_argument("--feed", action="store_true", help="one RSS feed, a document each item")
    args = ap.parse_args(argv)
    newsclean = shutil.which("newsclean") or sys.exit("newsclean is not installed")
    work = Path(tempfile.mkdtemp(prefix="newsclean-memory-"))
    try:
        for size in args.sizes:
            source = work / ("input.warc.gz" if args.warc else "input.tar.gz" if args.tar else
                             "input.json" if args.json else "input.csv" if args.csv
                             else "input.parquet" if args.parquet else "input.rss" if args.feed
                             else "input.jsonl")
            count = make_input(source, size, args.eval, array=args.json)
            seconds, peak = measure([newsclean, "clean", str(source), "-j", str(args.jobs), "-q",
                                     "-o", str(work / "out.jsonl")])
            print(f"{size:6d} MB  {count:8d} records  {seconds:8.1f} s  "
                  f"{count / seconds:6.1f} records/s  peak RSS {peak / 1024:7.1f} MB (all processes)",
                  flush=True)
            source.unlink()
            (work / "out.jsonl").unlink()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
