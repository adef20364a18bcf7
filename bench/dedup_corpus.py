"""Duplicate detection on planted corpora: newsclean's DedupIndex against datasketch, same run.

    python bench/dedup_corpus.py --size 10000            # build, run both, score
    python bench/dedup_corpus.py --size 100000 --no-peer

The generator builds records from real article text: the evaluation corpus's dumps, cleaned
by newsclean and cut into sentences. A base article is 6 to 30 sentences drawn at random
(seeded). A share of the bases get one planted copy each, of one kind:

* ``exact``: the same body (re-scraped with other chrome, which cleaning removed);
* ``near``: 3-10% of the words replaced;
* ``containment``: a teaser, the first 20-50% of the words and "...";
* ``syndication``: a new first paragraph, the rest the same, under another domain;

and others a hard negative: an unrelated article on the same topic (the same opening
sentence, a tenth of the sentences shared, the rest different), which must not be matched.

Scored per kind: recall (the copy is put in its base's cluster) and precision (of the
records marked duplicate, the share marked into their true cluster; hard negatives and
unrelated bases count against it). Wall time and peak memory (``ru_maxrss``) are printed for
each system. datasketch's ``MinHashLSH`` runs with the same shingles and threshold.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "data"
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯÄÖÜ])")
KINDS = ("exact", "near", "containment", "syndication")


def sentence_pool() -> list[str]:
    from newsclean import Cleaner

    cleaner = Cleaner()
    pool: set[str] = set()
    for folder in ("aeb", "trafi", "htmldate"):
        for path in sorted((EVAL / folder).glob("*.txt")):
            body = cleaner.clean(path.read_text("utf-8")).text
            for paragraph in body.split("\n\n"):
                pool.update(s for s in SENTENCE.split(paragraph) if len(s.split()) >= 6)
    return sorted(pool)


def build(size: int, seed: int) -> tuple[list[dict], dict[str, tuple[str, str]], set[str]]:
    """Records, the truth (copy id -> (base id, kind)), and the hard negatives' ids."""
    rng = random.Random(seed)
    pool = sentence_pool()
    words = [w for s in pool[:2000] for w in s.split()]
    records: list[dict] = []
    truth: dict[str, tuple[str, str]] = {}
    negatives: set[str] = set()
    n = 0
    while len(records) < size:
        base_id = f"r{n}"
        n += 1
        sentences = rng.sample(pool, rng.randint(6, 30))
        body = " ".join(sentences)
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        records.append({"id": base_id, "text": body, "url": f"https://site{n % 50}.example/{n}",
                        "published": day})
        roll = rng.random()
        if roll < 0.4:
            kind = KINDS[int(roll * 10) % 4]
            copy_id = f"r{n}-{kind}"
            url = f"https://site{n % 50}.example/{n}/copy"
            text = body
            if kind == "near":
                tokens = body.split()
                for i in rng.sample(range(len(tokens)), max(1, int(len(tokens) * rng.uniform(0.03, 0.10)))):
                    tokens[i] = rng.choice(words)
                text = " ".join(tokens)
            elif kind == "containment":
                tokens = body.split()
                text = " ".join(tokens[: max(8, int(len(tokens) * rng.uniform(0.2, 0.5)))]) + " ..."
            elif kind == "syndication":
                text = " ".join(rng.sample(pool, 2)) + "\n\n" + body
                url = f"https://other{n % 30}.example/{n}"
            records.append({"id": copy_id, "text": text, "url": url, "published": None})
            truth[copy_id] = (base_id, kind)
        elif roll < 0.5:
            shared = sentences[:1] + rng.sample(sentences[1:], max(0, len(sentences) // 10))
            text = " ".join(shared + rng.sample(pool, len(sentences) - len(shared)))
            neg_id = f"r{n}-negative"
            records.append({"id": neg_id, "text": text, "url": f"https://site{n % 50}.example/n{n}",
                            "published": day})
            negatives.add(neg_id)
    return records[:size], truth, negatives


def score(pairs: dict[str, str], truth: dict[str, tuple[str, str]], label: str) -> None:
    """``pairs``: each record marked duplicate -> the record it was matched to."""
    true_group = {copy: base for copy, (base, _) in truth.items()}
    right = sum(true_group.get(a, a) == true_group.get(b, b) for a, b in pairs.items())
    precision = right / len(pairs) if pairs else 1.0
    parent: dict[str, str] = {}

    def find(i: str) -> str:
        while parent.get(i, i) != i:
            i = parent[i]
        return i

    for a, b in pairs.items():
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    found = Counter(kind for copy, (base, kind) in truth.items() if find(copy) == find(base))
    total = Counter(kind for _, kind in truth.values())
    recalls = "  ".join(f"{k} {found[k] / total[k]:.3f}" for k in KINDS if total[k])
    print(f"{label:12s} precision {precision:.4f} ({len(pairs)} marked)  recall: {recalls}")


def run_newsclean(records: list[dict]) -> dict[str, str]:
    from newsclean.dedup import DedupIndex

    index = DedupIndex()
    for record in records:
        index.add(record)
    return {member: original for member, (original, _) in index.assignments().items()}


def kind_accuracy(records: list[dict], truth: dict[str, tuple[str, str]]) -> None:
    from newsclean.dedup import DedupIndex

    index = DedupIndex()
    for record in records:
        index.add(record)
    assigned = index.assignments()
    hits = Counter(kind for copy, (_, kind) in truth.items()
                   if assigned.get(copy, ("", ""))[1] == kind)
    total = Counter(kind for _, kind in truth.values())
    print("newsclean kind named right: "
          + "  ".join(f"{k} {hits[k] / total[k]:.3f}" for k in KINDS if total[k]))


def run_datasketch(records: list[dict], threshold: float, num_perm: int) -> dict[str, str]:
    from datasketch import MinHash, MinHashLSH

    from newsclean.dedup import tokens_of

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    pairs: dict[str, str] = {}
    for record in records:
        tokens = tokens_of(record["text"])
        m = MinHash(num_perm=num_perm, seed=1)
        m.update_batch(" ".join(tokens[i:i + 3]).encode() for i in range(max(1, len(tokens) - 2)))
        hits = lsh.query(m)
        if hits:
            pairs[record["id"]] = min(hits)
        lsh.insert(record["id"], m)
    return pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-peer", action="store_true")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    records, truth, negatives = build(args.size, args.seed)
    print(f"{len(records)} records, {len(truth)} planted copies "
          f"({dict(Counter(k for _, k in truth.values()))}), {len(negatives)} hard negatives; "
          f"built in {time.perf_counter() - started:.0f}s")
    systems = [("newsclean", run_newsclean)]
    if not args.no_peer:
        systems.append(("datasketch", lambda r: run_datasketch(r, 0.5, 96)))
    for name, run in systems:
        start = time.perf_counter()
        pairs = run(records)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        score(pairs, truth, name)
        print(f"{name:12s} {seconds:.1f}s wall, {len(records) / seconds:.0f} records/s, "
              f"process peak RSS so far {peak:.0f} MB")
    kind_accuracy(records, truth)
    return 0


if __name__ == "__main__":
    sys.exit(main())
