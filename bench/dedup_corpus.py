"""Duplicate detection on planted corpora: newsclean's DedupIndex against datasketch, same run.

    python bench/dedup_corpus.py --size 10000            # build, run both, score
    python bench/dedup_corpus.py --size 1000000 --systems newsclean

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
unrelated bases count against it). Each system runs in a process of its own over a fresh,
identical stream of the corpus (generated on the fly, so texts are never all in memory): the
time spent in the system, the wall time with generation, and the process's peak memory
(``ru_maxrss``) are printed. datasketch's ``MinHashLSH`` runs with the same word shingles,
threshold 0.5 and 96 permutations.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import re
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
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


class Corpus:
    """The planted corpus, generated as a stream (the same records for the same seed): at a
    million records the texts are never all in memory, only the truth about the copies."""

    def __init__(self, size: int, seed: int, pool: list[str]) -> None:
        self.size, self.seed, self.pool = size, seed, pool
        self.truth: dict[str, tuple[str, str]] = {}
        self.negatives: set[str] = set()
        # the pool index of each record's first sentence, and the teasers cut inside it
        self.lead: dict[str, int] = {}
        self.ambiguous: set[str] = set()

    def __iter__(self) -> Iterator[dict]:
        rng = random.Random(self.seed)
        pool = self.pool
        words = [w for s in pool[:2000] for w in s.split()]
        made = n = 0
        while made < self.size:
            base_id = f"r{n}"
            n += 1
            picks = rng.sample(range(len(pool)), rng.randint(6, 30))
            sentences = [pool[i] for i in picks]
            body = " ".join(sentences)
            day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            batch = [{"id": base_id, "text": body, "url": f"https://site{n % 50}.example/{n}",
                      "published": day}]
            planted: tuple[str, str] | None = None
            lead, inside_lead = picks[0], False
            roll = rng.random()
            if roll < 0.4:
                kind = KINDS[int(roll * 10) % 4]
                copy_id = f"r{n}-{kind}"
                url = f"https://site{n % 50}.example/{n}/copy"
                text = body
                if kind == "near":
                    tokens = body.split()
                    edits = max(1, int(len(tokens) * rng.uniform(0.03, 0.10)))
                    for i in rng.sample(range(len(tokens)), edits):
                        tokens[i] = rng.choice(words)
                    text = " ".join(tokens)
                elif kind == "containment":
                    tokens = body.split()
                    cut = max(8, int(len(tokens) * rng.uniform(0.2, 0.5)))
                    text = " ".join(tokens[:cut]) + " ..."
                    inside_lead = cut <= len(sentences[0].split()) + 1
                elif kind == "syndication":
                    fresh = rng.sample(range(len(pool)), 2)
                    text = " ".join(pool[i] for i in fresh) + "\n\n" + body
                    url = f"https://other{n % 30}.example/{n}"
                batch.append({"id": copy_id, "text": text, "url": url, "published": None})
                planted = (base_id, kind)
            elif roll < 0.5:
                shared = sentences[:1] + rng.sample(sentences[1:], max(0, len(sentences) // 10))
                text = " ".join(shared + rng.sample(pool, len(sentences) - len(shared)))
                neg_id = f"r{n}-negative"
                batch.append({"id": neg_id, "text": text,
                              "url": f"https://site{n % 50}.example/n{n}", "published": day})
            for record in batch[: self.size - made]:
                made += 1
                self.lead[record["id"]] = lead if not record["id"].endswith("-syndication") \
                    else -1 - n
                if record["id"].endswith("-negative"):
                    self.negatives.add(record["id"])
                elif record["id"] != base_id and planted is not None:
                    self.truth[record["id"]] = planted
                    if inside_lead:
                        self.ambiguous.add(record["id"])
                yield record


def score(pairs: dict[str, str], corpus: Corpus, label: str) -> None:
    """``pairs``: each record marked duplicate -> the record it was matched to.

    A teaser cut inside its base's first sentence is word for word the opening of every record
    that starts with that sentence: matched to any of them, it counts as right."""
    truth = corpus.truth
    true_group = {copy: base for copy, (base, _) in truth.items()}

    def same(a: str, b: str) -> bool:
        if true_group.get(a, a) == true_group.get(b, b):
            return True
        teaser = a if a in corpus.ambiguous else b if b in corpus.ambiguous else None
        other = b if teaser == a else a
        return teaser is not None and corpus.lead.get(other) == corpus.lead.get(teaser)

    right = sum(same(a, b) for a, b in pairs.items())
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
    found = Counter(kind for copy, (base, kind) in truth.items()
                    if find(copy) == find(base) or (copy in pairs and same(copy, pairs[copy])))
    total = Counter(kind for _, kind in truth.values())
    recalls = "  ".join(f"{k} {found[k] / total[k]:.3f}" for k in KINDS if total[k])
    print(f"{label:12s} precision {precision:.4f} ({len(pairs)} marked)  recall: {recalls}")
    print(f"{'':12s} ({len(corpus.ambiguous)} teasers cut inside their base's first sentence: "
          "matched to any record that opens with it, they count as right)")


def run_newsclean(records: Iterable[dict]) -> tuple[dict[str, str], dict[str, str], float]:
    """Pairs (duplicate -> original), kinds, and the seconds spent in the index."""
    from newsclean.dedup import DedupIndex

    index = DedupIndex()
    spent = 0.0
    for record in records:
        start = time.perf_counter()
        index.add(record)
        spent += time.perf_counter() - start
    start = time.perf_counter()
    assigned = index.assignments()
    spent += time.perf_counter() - start
    return ({m: o for m, (o, _) in assigned.items()}, {m: k for m, (_, k) in assigned.items()},
            spent)


def kind_accuracy(kinds: dict[str, str], truth: dict[str, tuple[str, str]]) -> None:
    hits = Counter(kind for copy, (_, kind) in truth.items() if kinds.get(copy) == kind)
    total = Counter(kind for _, kind in truth.values())
    print("newsclean kind named right: "
          + "  ".join(f"{k} {hits[k] / total[k]:.3f}" for k in KINDS if total[k]))


def run_datasketch(records: Iterable[dict], threshold: float = 0.5,
                   num_perm: int = 96) -> tuple[dict[str, str], dict[str, str], float]:
    from datasketch import MinHash, MinHashLSH

    from newsclean.dedup import tokens_of

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    pairs: dict[str, str] = {}
    spent = 0.0
    for record in records:
        start = time.perf_counter()
        tokens = tokens_of(record["text"])
        m = MinHash(num_perm=num_perm, seed=1)
        m.update_batch(" ".join(tokens[i:i + 3]).encode() for i in range(max(1, len(tokens) - 2)))
        hits = lsh.query(m)
        if hits:
            pairs[record["id"]] = min(hits)
        lsh.insert(record["id"], m)
        spent += time.perf_counter() - start
    return pairs, {}, spent


SYSTEMS = {"newsclean": run_newsclean, "datasketch": run_datasketch}


def in_child(name: str, corpus: Corpus) -> tuple[dict[str, str], dict[str, str], float, float,
                                                  Corpus, float]:
    """Run one system in a forked process over a fresh stream of the corpus: its peak memory
    is its own. Returns pairs, kinds, seconds in the system, wall seconds, the corpus (with
    its truth, filled while generating) and peak MB."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def work() -> None:
        start = time.perf_counter()
        pairs, kinds, spent = SYSTEMS[name](corpus)
        wall = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        send.send((pairs, kinds, spent, wall, corpus, peak))

    child = context.Process(target=work)
    child.start()
    result = receive.recv()
    child.join()
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--systems", nargs="+", choices=sorted(SYSTEMS),
                    default=["newsclean", "datasketch"])
    args = ap.parse_args(argv)
    started = time.perf_counter()
    pool = sentence_pool()
    print(f"sentence pool: {len(pool)} sentences in {time.perf_counter() - started:.0f}s",
          flush=True)
    for name in args.systems:
        corpus = Corpus(args.size, args.seed, pool)
        pairs, kinds, spent, wall, corpus, peak = in_child(name, corpus)
        truth = corpus.truth
        copies = Counter(k for _, k in truth.values())
        print(f"{args.size} records, {len(truth)} planted copies ({dict(copies)})", flush=True)
        score(pairs, corpus, name)
        print(f"{name:12s} {spent:.1f}s in the index ({args.size / spent:.0f} records/s), "
              f"{wall:.1f}s wall with generation, peak RSS {peak:.0f} MB", flush=True)
        if kinds:
            kind_accuracy(kinds, truth)
    return 0


if __name__ == "__main__":
    sys.exit(main())
