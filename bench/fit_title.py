"""Fit the headline ranker's weights (``newsclean.meta.titles.WEIGHTS``) on the eval pages.

    python bench/fit_title.py               # 5-fold cross-validation, then the fit on all
    python bench/fit_title.py --folds 10
    python bench/fit_title.py --free domain   # fit one weight, the shipped others held

Each ``trafi`` dev page's dump is cleaned once; the headline candidates the cleaner considers
(``titles.candidates``) are recorded with their features, and the candidate whose cleaned
text is the page's true title (compared as ``score_meta.py`` compares) is the right one.
The ranker is a conditional logit: a softmax over a page's candidates and "no headline"
(a constant score), fitted by gradient descent with an L2 penalty. Cross-validation fits on
the other folds and counts, on each held-out fold, the pages whose best candidate is the
true title: the share it prints estimates what the weights do on pages they were not fitted
on. Paste the printed weights into ``titles.py``; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import textwrap
import unicodedata
from pathlib import Path

import numpy as np
from eval_body import DEFAULT_EVAL, dev_ids

Page = tuple[np.ndarray, list[int]]  # candidate features (rows), the right rows (maybe none)


def norm(text: str | None) -> str:
    """As the eval scorer compares titles: NFC, whitespace collapsed, case-folded."""
    return " ".join(unicodedata.normalize("NFC", text or "").split()).casefold()


def collect(eval_dir: Path, split: str) -> tuple[list[Page], int]:
    """Candidates of every page with a true title; and how many pages have one."""
    from newsclean import Cleaner, pipeline
    from newsclean.meta import titles

    captured: list[list[tuple[int, tuple[float, ...], str]]] = []

    def capture(lines, named, start, counts, ctx, end=None):  # type: ignore[no-untyped-def]
        found = titles.candidates(lines, named, start, counts, ctx, end)
        if not captured[-1]:  # the first pass's candidates
            captured[-1].extend((i, f, titles.headline_text(lines, i)) for i, f in found)
        return titles.pick_title(lines, named, start, counts, ctx, end)

    pipeline.pick_title = capture  # type: ignore[assignment]
    cleaner = Cleaner()
    pages: list[Page] = []
    folder = eval_dir / "data" / "trafi"
    titled = 0
    for i in dev_ids(eval_dir, "trafi", split):
        truth = json.loads((folder / f"{i}.truth.json").read_text("utf-8")).get("title")
        if not (isinstance(truth, str) and truth.strip()):
            continue
        titled += 1
        captured.append([])
        cleaner.clean((folder / f"{i}.txt").read_text("utf-8"), id=i)
        found = captured[-1]
        if not found:
            continue
        rows = np.array([f for _, f, _ in found], dtype=float)
        # A headline printed twice is right at either place: the record holds its text.
        right = [n for n, (_, _, text) in enumerate(found) if norm(text) == norm(truth)]
        pages.append((rows, right))
    return pages, titled


def fit(pages: list[Page], dims: int, l2: float, steps: int = 3000, rate: float = 0.5,
        start: tuple[np.ndarray, float] | None = None, free: np.ndarray | None = None,
        ) -> tuple[np.ndarray, float]:
    """Weights and the "no headline" score maximising the penalised log-likelihood of the
    right candidates (pages without one in their candidates teach the "no headline" score
    only when they have no candidate that could be right: here, never).

    With ``free`` (a mask over the weights), only those weights move from ``start``: the
    others and the "no headline" score stay as given."""
    weights, none = (start[0].copy(), start[1]) if start is not None else (np.zeros(dims), 0.0)
    usable = [(rows, right) for rows, right in pages if right]
    for _ in range(steps):
        grad, grad_none = l2 * weights, 0.0
        for rows, right in usable:
            scores = np.append(rows @ weights, none)
            scores -= scores.max()
            prob = np.exp(scores)
            prob /= prob.sum()
            # the likelihood of the right text: the sum over the rows that print it
            among = prob[right] / prob[right].sum()
            grad -= among @ rows[right] - prob[:-1] @ rows
            grad_none += prob[-1]
        if free is not None:
            weights -= rate * grad * free / len(usable)
            continue
        weights -= rate * grad / len(usable)
        none -= rate * grad_none / len(usable)
    return weights, none


def right_share(pages: list[Page], weights: np.ndarray, none: float) -> int:
    """How many pages the weights get right (best candidate is the true title)."""
    right = 0
    for rows, truth in pages:
        scores = rows @ weights
        best = int(np.argmax(scores))  # the first of equal scores, as pick_title's nearest
        if scores[best] >= none and best in truth:
            right += 1
    return right


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--split", default="dev", choices=["dev", "all"])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--free", action="append", metavar="FEATURE",
                    help="fit only this feature's weight, the shipped others held (repeatable)")
    args = ap.parse_args(argv)

    from newsclean.meta import titles

    shipped = (np.array(titles.WEIGHTS), titles.NONE_SCORE)
    free = None
    if args.free:
        unknown = sorted(set(args.free) - set(titles.FEATURES))
        if unknown:
            ap.error(f"--free: no such feature: {', '.join(unknown)}")
        free = np.array([float(name in args.free) for name in titles.FEATURES])
    start = shipped if free is not None else None

    pages, titled = collect(args.eval, args.split)
    reachable = sum(bool(right) for _, right in pages)
    print(f"{titled} pages with a true title; {len(pages)} with candidates; "
          f"the true title among them on {reachable} ({reachable / titled:.3f}: the ceiling)")
    dims = len(titles.FEATURES)
    current = right_share(pages, np.array(titles.WEIGHTS), titles.NONE_SCORE)
    print(f"shipped weights: {current / titled:.3f} right")
    order = list(range(len(pages)))
    random.Random(args.seed).shuffle(order)
    held_right = 0
    for fold in range(args.folds):
        held = {order[k] for k in range(fold, len(order), args.folds)}
        train = [page for n, page in enumerate(pages) if n not in held]
        weights, none = fit(train, dims, args.l2, start=start, free=free)
        held_right += right_share([pages[n] for n in held], weights, none)
    print(f"{args.folds}-fold cross-validated: {held_right / titled:.3f} right")
    weights, none = fit(pages, dims, args.l2, start=start, free=free)
    print(f"fitted on all: {right_share(pages, weights, none) / titled:.3f} right")
    for name, weight in zip(titles.FEATURES, weights, strict=True):
        print(f"  {name:14s} {weight:+.2f}")
    listed = ", ".join(f"{w:.2f}" for w in weights)
    print("\n".join(textwrap.wrap(f"WEIGHTS = ({listed})", 100, subsequent_indent=" " * 11)))
    print(f"NONE_SCORE = {none:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
