"""Metadata quality on the evaluation corpus: publication date, title, authors, section.

    python bench/eval_meta.py                  # htmldate and trafi sets, dev split
    python bench/eval_meta.py --set trafi
    python bench/eval_meta.py --page           # each dump with its page beside it
    python bench/eval_meta.py --fields         # each dump with a crawler's title, date, author

Cleans each page's text dump (without its URL: the text alone), writes the records under
``--out`` (default ``build/eval``) and scores them with the corpus's own scorer
(``../shared/eval/score_meta.py``). The section, which that scorer does not score, is
compared here with the categories the corpus gives a page (``categories`` in its truth file,
trafi set): on the pages that have some, how often a section is given (coverage) and how
often it is one of them (precision, case-insensitive).

``--html`` cleans the pages (``.html.gz``) instead; ``--page`` cleans each dump with its page
beside it, as a JSON object with ``text`` and ``html`` is cleaned: the text is cleaned, and
the page's markup fills in the title, date and authors the text does not print, and its title
is weighed against the text's headline. ``--fields`` cleans each dump with the title, date and
author the page's markup declares given as a crawler's fields (``title``, ``published``,
``authors``; news-please reads them from the markup too), without the page.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

from eval_body import DEFAULT_EVAL, ROOT, dev_ids

from newsclean.html import html_metadata
from newsclean.io import Declared, Document, decode
from newsclean.runner import clean_document


def section_score(sections: list[tuple[str | None, list[str]]]) -> str:
    """Coverage and precision of the sections given against the pages' categories."""
    given = [(s, cats) for s, cats in sections if s]
    right = sum(s.casefold() in {c.casefold() for c in cats} for s, cats in given)
    return (f"section_prec={right / max(len(given), 1):.3f} "
            f"coverage={len(given) / len(sections):.3f} n={len(sections)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", choices=["htmldate", "trafi"])
    ap.add_argument("--split", default="dev", choices=["dev", "hidden", "all"])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="the eval folder")
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "eval")
    ap.add_argument("--html", action="store_true", help="read the pages' HTML (.html.gz)")
    ap.add_argument("--page", action="store_true",
                    help="clean each dump with its page beside it (text and html)")
    ap.add_argument("--fields", action="store_true",
                    help="clean each dump with the markup's title, date and author as its fields")
    args = ap.parse_args(argv)

    from newsclean import Cleaner

    cleaner = Cleaner()
    for set_name in args.set or ["htmldate", "trafi"]:
        ids = dev_ids(args.eval, set_name, args.split)
        pred = args.out / set_name / ("records-html" if args.html else "records-page" if args.page
                                      else "records-fields" if args.fields else "records")
        pred.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        sections: list[tuple[str | None, list[str]]] = []
        for i in ids:
            folder = args.eval / "data" / set_name
            if args.html or args.page or args.fields:
                path = folder / f"{i}.html.gz"
                page = decode(gzip.decompress(path.read_bytes()), str(path), html=True).text
            if args.html:
                record = cleaner.clean_html(page, id=i).to_dict()
            elif args.page:
                text = (folder / f"{i}.txt").read_text("utf-8")
                record = clean_document(cleaner, Document(id=i, source=i, text=text, page=page)
                                        ).to_dict()
            elif args.fields:
                text = (folder / f"{i}.txt").read_text("utf-8")
                meta = html_metadata(page)
                declared = Declared(title=meta.title, published=meta.date, authors=meta.author)
                record = clean_document(cleaner, Document(id=i, source=i, text=text,
                                                          declared=declared)).to_dict()
            else:
                text = (folder / f"{i}.txt").read_text("utf-8")
                record = cleaner.clean(text, id=i).to_dict()
            (pred / f"{i}.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
            truth = json.loads((folder / f"{i}.truth.json").read_text("utf-8"))
            if truth.get("categories"):
                sections.append((record["section"], truth["categories"]))
        seconds = time.perf_counter() - started
        cmd = [sys.executable, str(args.eval / "score_meta.py"), "--data",
               str(args.eval / "data"), "--set", set_name, "--split", args.split,
               "--pred", str(pred)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        for line in done.stdout.strip().splitlines():
            print(f"{set_name:9s} {line}")
        if sections:
            print(f"{set_name:9s} {section_score(sections)}")
        print(f"{set_name:9s} {len(ids)} pages in {seconds:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
