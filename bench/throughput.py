"""Records per second: ``newsclean clean -j N`` against trafilatura on the same dumps, same run.

    python bench/throughput.py                    # aeb + trafi dumps, -j 2, median of 3
    python bench/throughput.py --jobs 1 --repeat 5
    python bench/throughput.py --baseline ../old/src   # and an older checkout, same run

The evaluation corpus's text dumps (``../shared/eval``, sets ``aeb`` and ``trafi``) go into one
JSON Lines file. Each system is timed end to end as a user runs it, in a fresh process that
reads that file and writes JSON Lines: the ``newsclean`` command, and a script that gives
trafilatura each dump with its lines wrapped as ``<p>`` (what a user without newsclean would
do with text dumps). Both outputs are then scored with the corpus's scorer, so the speed is
quoted beside the quality it buys. The systems take turns, one run each a round, so that a
machine that slows down or speeds up during the runs weighs on all of them alike, and each
round starts with the next system, so that none always runs first.
``--baseline`` times the ``newsclean`` command over another checkout's ``src`` folder too.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eval_body import DEFAULT_EVAL, dev_ids, score

PEER = r"""
import html, json, sys
import trafilatura
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in src:
        doc = json.loads(line)
        page = "<html><body>" + "".join(
            f"<p>{html.escape(row)}</p>" for row in doc["text"].splitlines() if row.strip()
        ) + "</body></html>"
        body = trafilatura.extract(page, include_comments=False) or ""
        out.write(json.dumps({"id": doc["id"], "text": body}, ensure_ascii=False) + "\n")
"""


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """The command's wall time, and the CPU time (user + system) of it and its workers."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def split_bodies(output: Path, into: Path, sets: dict[str, str]) -> None:
    """Write each record's body as ``into/SET/ID.txt``, the scorer's layout."""
    with output.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            folder = into / sets[record["id"]]
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{record['id']}.txt").write_text(record["text"], "utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--split", default="dev", choices=["dev", "hidden", "all"])
    ap.add_argument("--jobs", type=int, default=2, help="newsclean's -j")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the median is quoted")
    ap.add_argument("--baseline", type=Path, help="another checkout's src/ folder, timed too")
    args = ap.parse_args(argv)
    if args.baseline is not None and not (args.baseline / "newsclean" / "__init__.py").is_file():
        ap.error(f"--baseline {args.baseline}: no newsclean package there (give its src/ folder)")

    work = Path(tempfile.mkdtemp(prefix="newsclean-throughput-"))
    try:
        corpus, sets = work / "dumps.jsonl", {}
        with corpus.open("w", encoding="utf-8") as out:
            for set_name in ("aeb", "trafi"):
                for i in dev_ids(args.eval, set_name, args.split):
                    text = (args.eval / "data" / set_name / f"{i}.txt").read_text("utf-8")
                    out.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
                    sets[i] = set_name
        newsclean = shutil.which("newsclean") or sys.exit("newsclean is not installed")
        clean_cmd = [newsclean, "clean", str(corpus), "-j", str(args.jobs), "-q", "-o"]
        systems: dict[str, tuple[list[str], dict[str, str] | None]] = {
            "newsclean": (clean_cmd, None),
            "trafilatura": ([sys.executable, "-c", PEER, str(corpus)], None),
        }
        if args.baseline is not None:
            env = {**os.environ, "PYTHONPATH": str(args.baseline.resolve())}
            systems["baseline"] = (clean_cmd, env)
        print(f"{len(sets)} dumps ({args.split} split of aeb and trafi); newsclean -j {args.jobs}")
        seconds: dict[str, list[float]] = {name: [] for name in systems}
        cpu: dict[str, list[float]] = {name: [] for name in systems}
        names = list(systems)
        for round_ in range(args.repeat):
            # each round starts with the next system, so no system always runs first (after
            # the others' load) or last
            for name in names[round_ % len(names):] + names[:round_ % len(names)]:
                cmd, env = systems[name]
                wall, used = timed([*cmd, str(work / f"{name}.jsonl")], env)
                seconds[name].append(wall)
                cpu[name].append(used)
        rates, cpu_ms = {}, {}
        for name in systems:
            rates[name] = len(sets) / statistics.median(seconds[name])
            cpu_ms[name] = statistics.median(cpu[name]) / len(sets) * 1000
            split_bodies(work / f"{name}.jsonl", work / name, sets)
            scores = "  ".join(
                f"{s}: {score(args.eval, s, args.split, work / name / s)}" for s in ("aeb", "trafi")
            )
            print(f"{name:12s} {rates[name]:7.1f} records/s, {cpu_ms[name]:5.1f} CPU ms/record "
                  f"(medians of {args.repeat})  {scores}")
        # The CPU time, all processes counted, is steadier than the wall time on a shared
        # machine; with -j N newsclean spreads it over N cores, trafilatura runs on one.
        print(f"ratio newsclean/trafilatura = {rates['newsclean'] / rates['trafilatura']:.2f}"
              f" (CPU per record: trafilatura/newsclean = "
              f"{cpu_ms['trafilatura'] / cpu_ms['newsclean']:.2f})")
        if "baseline" in rates:
            print(f"ratio newsclean/baseline = {rates['newsclean'] / rates['baseline']:.2f}"
                  f" (baseline/trafilatura = {rates['baseline'] / rates['trafilatura']:.2f};"
                  f" CPU per record: baseline/newsclean = "
                  f"{cpu_ms['baseline'] / cpu_ms['newsclean']:.2f})")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
