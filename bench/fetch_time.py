"""Publication dates with and without the fetch time: does ``fetched_at`` help or hurt?

    python bench/fetch_time.py                      # htmldate and trafi sets, dev split
    python bench/fetch_time.py --days 0 3 30 300    # fetched that many days after publication
    python bench/fetch_time.py --baseline ../old/src   # and an older checkout, same run

A crawler's JSON Lines carry the time each page was fetched, and newsclean reads year-less
and relative dates against it ("2 hours ago", "Dec 30"). The corpus does not say when its
pages were fetched, so each page is cleaned as if it had been fetched ``N`` days after the
date its truth gives (noon UTC), for each ``N`` of ``--days``, and once with no fetch time;
each run's dates are scored with the corpus's scorer (``../shared/eval/score_meta.py``).
A fetch time should never cost a right date: every column should score at least the
"none" one. The dump's text alone is read, as ``eval_meta.py`` reads it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from eval_body import DEFAULT_EVAL, dev_ids

WORKER = r"""
import json, sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from newsclean import Cleaner

eval_dir, set_name, out, days = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4]
cleaner = Cleaner()
for line in sys.stdin:
    i = line.strip()
    folder = eval_dir / "data" / set_name
    truth = json.loads((folder / f"{i}.truth.json").read_text("utf-8"))
    fetched = None
    try:  # a few truth dates are no ISO dates ("2022-29-11"): those pages have no fetch time
        day = date.fromisoformat(truth["date"][:10]) + timedelta(days=int(days))
        fetched = datetime(day.year, day.month, day.day, 12, tzinfo=timezone.utc)
    except (KeyError, TypeError, ValueError):
        pass
    record = cleaner.clean((folder / f"{i}.txt").read_text("utf-8"), id=i, fetched_at=fetched)
    (out / f"{i}.json").write_text(json.dumps(record.to_dict(), ensure_ascii=False), "utf-8")
"""


def scores(eval_dir: Path, set_name: str, split: str, ids: list[str], days: str,
           src: Path | None) -> str:
    """The corpus scorer's date line for the pages cleaned as fetched ``days`` after."""
    with tempfile.TemporaryDirectory(prefix="newsclean-fetch-") as out:
        env = dict(os.environ)
        if src is not None:
            env["PYTHONPATH"] = str(src)
        subprocess.run([sys.executable, "-c", WORKER, str(eval_dir), set_name, out, days],
                       input="\n".join(ids), text=True, check=True, env=env)
        done = subprocess.run(
            [sys.executable, str(eval_dir / "score_meta.py"), "--data", str(eval_dir / "data"),
             "--set", set_name, "--split", split, "--pred", out],
            capture_output=True, text=True, check=True)
    line = next((row for row in done.stdout.splitlines() if row.startswith("date_acc")), "")
    return line.split()[0].removeprefix("date_acc=") if line else "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", choices=["htmldate", "trafi"])
    ap.add_argument("--split", default="dev", choices=["dev", "hidden", "all"])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--days", nargs="+", type=int, default=[0, 1, 7, 60, 300])
    ap.add_argument("--baseline", type=Path, help="another checkout's src/ folder, scored too")
    args = ap.parse_args(argv)
    if shutil.which("newsclean") is None:
        sys.exit("newsclean is not installed")
    columns = ["none", *map(str, args.days)]
    print("date accuracy, fetched N days after publication (none: no fetch time)")
    print(f"{'set':9s} {'code':9s} " + " ".join(f"{c:>6s}" for c in columns))
    for set_name in args.set or ["htmldate", "trafi"]:
        ids = dev_ids(args.eval, set_name, args.split)
        for label, src in (("newsclean", None), ("baseline", args.baseline)):
            if label == "baseline" and src is None:
                continue
            row = [scores(args.eval, set_name, args.split, ids, days, src) for days in columns]
            print(f"{set_name:9s} {label:9s} " + " ".join(f"{r:>6s}" for r in row), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
