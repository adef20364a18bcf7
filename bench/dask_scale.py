"""Duplicates at scale: newsclean.dask on a local 2-worker cluster against one process.

    python bench/dask_scale.py --sizes 100000 1000000

The corpus is the planted one of ``bench/dedup_corpus.py`` (same generator, same seed),
written once to JSON Lines files (8 files, so that reading is parallel). Then, in the same
run:

* one process: ``DedupIndex`` over the records, read back from the files;
* Dask: a ``LocalCluster`` of 2 worker processes (one thread each) started here;
  ``records_in`` -> ``find_duplicates_bag``.

Printed for each: wall time, peak memory (the process; for Dask, the largest worker, sampled
every half second, and the client), whether the two give the same assignments, and precision
and recall against the planted truth. The growth of time from one size to the next is
printed at the end.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import shutil
import tempfile
import threading
import time
from pathlib import Path

from dedup_corpus import Corpus, score, sentence_pool

FILES = 8


def write_corpus(folder: Path, size: int, seed: int, pool: list[str]) -> Corpus:
    corpus = Corpus(size, seed, pool)
    handles = [(folder / f"part-{n:02d}.jsonl").open("w", encoding="utf-8") for n in range(FILES)]
    per_file = size // FILES + 1
    for n, record in enumerate(corpus):
        handles[n // per_file].write(json.dumps(record, ensure_ascii=False) + "\n")
    for handle in handles:
        handle.close()
    return corpus


def one_process(folder: Path) -> tuple[dict[str, tuple[str, str]], float, float]:
    """In a forked child: its peak memory is its own."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def work() -> None:
        from newsclean.dedup import DedupIndex
        from newsclean.io import iter_jsonl

        start = time.perf_counter()
        index = DedupIndex()
        for path in sorted(folder.glob("*.jsonl")):
            for item in iter_jsonl(path):
                index.add(item[1])  # type: ignore[index]
        assigned = index.assignments()
        wall = time.perf_counter() - start
        send.send((assigned, wall, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))

    child = context.Process(target=work)
    child.start()
    result = receive.recv()
    child.join()
    return result


def on_dask(folder: Path) -> tuple[dict[str, tuple[str, str]], float, float, float]:
    from newsclean import dask as nd

    client = nd.client(workers=2)
    peak = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                sizes = client.run(lambda: __import__("psutil").Process().memory_info().rss)
                peak = max(peak, max(sizes.values()) / 2**20)
            except Exception:  # the cluster is busy or closing: try again
                pass
            done.wait(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        start = time.perf_counter()
        records = nd.records_in([str(p) for p in sorted(folder.glob("*.jsonl"))])
        assigned = nd.find_duplicates_bag(records)
        wall = time.perf_counter() - start
    finally:
        done.set()
        sampler.join()
        client.close()
    client_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return assigned, wall, peak, client_peak


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dask-only", action="store_true",
                    help="skip the one-process run (no comparison of assignments)")
    args = ap.parse_args(argv)
    pool = sentence_pool()
    times: list[tuple[int, float, float]] = []
    for size in args.sizes:
        folder = Path(tempfile.mkdtemp(prefix="newsclean-scale-"))
        try:
            start = time.perf_counter()
            corpus = write_corpus(folder, size, args.seed, pool)
            print(f"{size} records written to {FILES} files in {time.perf_counter() - start:.0f}s",
                  flush=True)
            single: dict[str, tuple[str, str]] | None = None
            single_wall = float("nan")
            if not args.dask_only:
                single, single_wall, single_peak = one_process(folder)
                print(f"  one process: {single_wall:.1f}s, peak RSS {single_peak:.0f} MB",
                      flush=True)
                score({m: o for m, (o, _) in single.items()}, corpus, "  one process")
            found, wall, worker_peak, client_peak = on_dask(folder)
            same = "not run" if single is None else found == single
            print(f"  dask, 2 workers: {wall:.1f}s, peak RSS per worker {worker_peak:.0f} MB, "
                  f"client {client_peak:.0f} MB; same assignments as one process: {same}",
                  flush=True)
            score({m: o for m, (o, _) in found.items()}, corpus, "  dask")
            times.append((size, single_wall, wall))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    for (a, one_a, dask_a), (b, one_b, dask_b) in itertools.pairwise(times):
        print(f"growth {a} -> {b} records ({b / a:.0f}x): one process {one_b / one_a:.1f}x, "
              f"dask {dask_b / dask_a:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
