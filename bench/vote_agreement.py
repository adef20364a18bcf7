"""The stop-word vote against langdetect on the texts the pipeline asks it about.

    python bench/vote_agreement.py              # eval dumps, their HTML pages, the fixtures
    python bench/vote_agreement.py --no-html    # the dumps and fixtures only (faster)

``detect_language`` settles a text by the stop-word vote when it can and sends the rest to
langdetect; the vote is only there to spare langdetect's time, so wherever it names a language
it must be langdetect's. This cleans every page as the pipeline does, collects each distinct
text given to ``detect_language`` (the samples of the longest lines, from every pass), and
prints how many the vote settles, how many it leaves to langdetect, and every disagreement.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

from eval_body import DEFAULT_EVAL, ROOT, dev_ids


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--split", default="dev", choices=["dev", "hidden", "all"])
    ap.add_argument("--no-html", action="store_true", help="skip the pages' HTML")
    args = ap.parse_args(argv)

    from newsclean import language, pipeline

    asked: set[str] = set()
    detect = language.detect_language

    def spy(text: str, *, seed: int = 0) -> str | None:
        asked.add(text)
        return detect(text, seed=seed)

    pipeline.detect_language = spy  # type: ignore[assignment]
    cleaner = pipeline.Cleaner()
    for set_name in ("aeb", "trafi", "htmldate"):
        folder = args.eval / "data" / set_name
        for i in dev_ids(args.eval, set_name, args.split):
            cleaner.clean((folder / f"{i}.txt").read_text("utf-8"), id=i)
            page = folder / f"{i}.html.gz"
            if not args.no_html and page.is_file():
                with gzip.open(page, "rt", encoding="utf-8", errors="replace") as handle:
                    cleaner.clean_html(handle.read(), id=i)
    for path in sorted((ROOT / "fixtures").glob("*.txt")):
        cleaner.clean(path.read_text("utf-8"), id=path.stem)

    settled = left = 0
    disagree = []
    for text in sorted(asked):
        if not language.has_letters_to_tell(text):
            continue  # no language, by either
        voted = language.stopword_vote(text)
        if voted is None:
            left += 1
            continue
        settled += 1
        named = language.langdetect_language(text)
        if voted != named:
            disagree.append((voted, named, text[:70]))
    print(f"{settled + left} texts with a language to tell: the vote settles {settled}, "
          f"langdetect gets {left}; the vote disagrees with langdetect on {len(disagree)}")
    for voted, named, head in disagree:
        print(f"  vote {voted} / langdetect {named}: {head!r}")
    return 1 if disagree else 0


if __name__ == "__main__":
    sys.exit(main())
