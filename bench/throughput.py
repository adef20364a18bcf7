"""Records per second: ``newsclean clean -j N`` against trafilatura on the same dumps, same run.

    python bench/throughput.py                    # aeb + trafi dumps, -j 2, median of 3
    python bench/throughput.py --jobs 1 --repeat 5

The evaluation corpus's text dumps (``../shared/eval``, sets ``aeb`` and ``trafi``) go into one
JSON Lines file. Each system is timed end to end as a user runs it, in a fresh process that
reads that file and writes JSON Lines: the ``newsclean`` command, and a script that gives
trafilatura each dump with its lines wrapped as ``<p>`` (what a user without newsclean would
do with text dumps). Both outputs are then scored with the corpus's scorer, so the speed is
quoted beside the quality it buys.
"""

from __future__ import annotations

import argparse
import json
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


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


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
    args = ap.parse_args(argv)

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
        systems = {
            "newsclean": [newsclean, "clean", str(corpus), "-j", str(args.jobs), "-q", "-o"],
            "trafilatura": [sys.executable, "-c", PEER, str(corpus)],
        }
        rates = {}
        print(f"{len(sets)} dumps ({args.split} split of aeb and trafi); newsclean -j {args.jobs}")
        for name, cmd in systems.items():
            output = work / f"{name}.jsonl"
            seconds = statistics.median(timed([*cmd, str(output)]) for _ in range(args.repeat))
            rates[name] = len(sets) / seconds
            split_bodies(output, work / name, sets)
            scores = "  ".join(
                f"{s}: {score(args.eval, s, args.split, work / name / s)}" for s in ("aeb", "trafi")
            )
            print(f"{name:12s} {rates[name]:7.1f} records/s (median of {args.repeat})  {scores}")
        print(f"ratio newsclean/trafilatura = {rates['newsclean'] / rates['trafilatura']:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
