"""Whether cleaning is a fixed point on real pages: clean each dump, clean its body again,
and count the bodies the second cleaning changes.

    python bench/fixed_point.py                 # every dump of ../shared/eval (aeb, trafi, htmldate)
    python bench/fixed_point.py --show 5        # and the first five that change, with what left
    python bench/fixed_point.py --html          # the pages (.html.gz), their bodies cleaned again
                                                # as extracted text (Cleaner.for_html)

The property tests hold this on generated text (tests/test_properties.py); real pages have
shapes generators do not make, such as an author box between the paragraphs.
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

from eval_body import DEFAULT_EVAL

from newsclean import Article, Cleaner
from newsclean.io import decode


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--show", type=int, default=0, help="print this many bodies that change")
    ap.add_argument("--html", action="store_true", help="the pages' HTML instead of the dumps")
    args = ap.parse_args(argv)
    cleaner = Cleaner()
    again = cleaner.for_html() if args.html else cleaner
    dumps = sorted((args.eval / "data").glob("*/*.html.gz" if args.html else "*/*.txt"))
    if not dumps:
        ap.error(f"no inputs under {args.eval / 'data'}")
    changed = []
    for path in dumps:
        once = first_cleaning(cleaner, path, html=args.html)
        twice = again.clean(once.text)
        if twice.text != once.text:
            changed.append((once.id, [(r.rule, r.text[:70]) for r in twice.removed]))
    print(f"{len(dumps) - len(changed)} of {len(dumps)} bodies are a fixed point "
          f"({len(changed)} change when cleaned again)")
    for record_id, removals in changed[: args.show]:
        print(f"  {record_id}: {removals[:3]}")
    return 0 if not changed else 1


def first_cleaning(cleaner: Cleaner, path: Path, *, html: bool) -> Article:
    record_id = f"{path.parent.name}/{path.name.split('.')[0]}"
    if html:
        page = decode(gzip.decompress(path.read_bytes()), str(path), html=True).text
        return cleaner.clean_html(page, id=record_id)
    return cleaner.clean(path.read_text("utf-8"), id=record_id)


if __name__ == "__main__":
    raise SystemExit(main())
