"""Body quality and speed on the evaluation corpus, newsclean against jusText, same run.

    python bench/eval_body.py --set aeb            # scores and docs/s, both systems
    python bench/eval_body.py --set trafi --no-peer

Writes each system's bodies under ``--out`` (default ``build/eval``), scores them with the
corpus's own scorer (``../shared/eval/score_body.py``) and prints throughput and the ratio.
jusText reads the dumps as newsclean does: each line wrapped as a ``<p>``, with the stop list
of the page's language (all stop lists when the language is unknown).
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from newsclean.io import decode

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"


def dev_ids(eval_dir: Path, set_name: str, split: str) -> list[str]:
    data = eval_dir / "data"
    ids = sorted(p.name[: -len(".truth.json")] for p in (data / set_name).glob("*.truth.json"))
    if split == "all":
        return ids
    splits = json.loads((data / "split.json").read_text())
    if split not in splits:  # the held-out part is scored elsewhere: its ids are not here
        raise SystemExit(f"{data / 'split.json'} has no split {split!r} (it has: "
                         f"{', '.join(sorted(splits))}; or use --split all)")
    wanted = set(splits[split].get(set_name, []))
    return [i for i in ids if i in wanted]


def run_newsclean(texts: dict[str, str]) -> tuple[dict[str, str], float]:
    from newsclean import Cleaner

    cleaner = Cleaner()
    start = time.perf_counter()
    out = {i: cleaner.clean(t, id=i).text for i, t in texts.items()}
    return out, time.perf_counter() - start


def run_newsclean_html(pages: dict[str, str]) -> tuple[dict[str, str], float]:
    from newsclean import Cleaner

    cleaner = Cleaner()
    start = time.perf_counter()
    out = {i: cleaner.clean_html(h, id=i).text for i, h in pages.items()}
    return out, time.perf_counter() - start


def run_trafilatura_html(pages: dict[str, str]) -> tuple[dict[str, str], float]:
    import trafilatura

    start = time.perf_counter()
    out = {i: trafilatura.extract(h, include_comments=False) or "" for i, h in pages.items()}
    return out, time.perf_counter() - start


def run_justext(texts: dict[str, str]) -> tuple[dict[str, str], float]:
    import justext

    from newsclean import detect_language

    names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
             "ru": "Russian", "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "tr": "Turkish"}
    every = frozenset().union(*(justext.get_stoplist(n) for n in justext.get_stoplists()))
    start = time.perf_counter()
    out = {}
    for i, text in texts.items():
        page = "<html><body>" + "".join(
            f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip()
        ) + "</body></html>"
        lang = detect_language(text[:3000])
        stop = justext.get_stoplist(names[lang]) if lang in names else every
        paragraphs = justext.justext(page.encode("utf-8"), stop, encoding="utf-8")
        out[i] = "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    return out, time.perf_counter() - start


def score(eval_dir: Path, set_name: str, split: str, pred: Path) -> str:
    cmd = [sys.executable, str(eval_dir / "score_body.py"), "--data", str(eval_dir / "data"),
           "--set", set_name, "--split", split, "--pred", str(pred)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="aeb", choices=["aeb", "trafi"])
    ap.add_argument("--split", default="dev", choices=["dev", "hidden", "all"])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="the eval folder")
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "eval")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the median is quoted")
    ap.add_argument("--no-peer", action="store_true", help="skip the peer")
    ap.add_argument("--html", action="store_true",
                    help="read the pages' HTML (.html.gz) instead of the dumps; peer: trafilatura")
    args = ap.parse_args(argv)

    ids = dev_ids(args.eval, args.set, args.split)
    data = args.eval / "data" / args.set
    if args.html:
        # decoded as the command line decodes a page: its declared or detected charset
        texts = {i: decode(gzip.decompress((data / f"{i}.html.gz").read_bytes()),
                           f"{data / i}.html.gz", html=True).text for i in ids}
        systems = [("newsclean", run_newsclean_html)]
        systems += [] if args.no_peer else [("trafilatura", run_trafilatura_html)]
    else:
        texts = {i: (data / f"{i}.txt").read_text("utf-8") for i in ids}
        systems = [("newsclean", run_newsclean)]
        systems += [] if args.no_peer else [("justext", run_justext)]
    rates = {}
    for name, run in systems:
        run(dict(list(texts.items())[:3]))  # warm up: imports, profiles, caches
        times = []
        for _ in range(args.repeat):
            bodies, seconds = run(texts)
            times.append(seconds)
        pred = args.out / args.set / (name + ("-html" if args.html else ""))
        pred.mkdir(parents=True, exist_ok=True)
        for i, body in bodies.items():
            (pred / f"{i}.txt").write_text(body, "utf-8")
        rates[name] = len(texts) / statistics.median(times)
        print(f"{name:10s} {score(args.eval, args.set, args.split, pred)}  "
              f"docs/s={rates[name]:.0f} (median of {args.repeat})")
    for peer in ("justext", "trafilatura"):
        if peer in rates:
            print(f"speed ratio newsclean/{peer} = {rates['newsclean'] / rates[peer]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
