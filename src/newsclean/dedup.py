"""Duplicates across a batch: the same story republished, re-scraped, edited, or cut to a teaser.

A :class:`DedupIndex` belongs to its caller (no global state). Each record added is reduced to
a small fingerprint: a hash of its normalised body (exact copies), a MinHash signature of its
word shingles (near copies; fixed seeds, so the same on every run and machine), and a key of
its opening words (teasers: a teaser cut off with "...", "…" or WordPress's "[…]" starts like
the article it teases).
Candidates come from locality-sensitive hashing of the signatures and from the opening key
(a pair by the opening key alone needs a teaser in it);
each is verified on its estimated similarity or containment before it joins a cluster.

Kinds (``duplicate_kind``):

``exact``
    the same normalised body;
``near``
    word-shingle Jaccard similarity at or above ``threshold`` (a few words edited, other chrome);
``containment``
    the record's body is contained in a longer one (a teaser, the start of the article; or an
    article reproduced inside a longer one);
``syndication``
    a copy published under another domain (republished by another outlet): exact, near, or
    the article inside a longer one (with a new first paragraph); a teaser stays ``containment``.

A listing's teasers (its ``items``) are matched too, each as a part of the listing
(``<listing id>#item<n>``): an item that is the start of an article in the batch gets the
article's id as ``teaser_of``. An item is never a cluster's original.

Records that share an id (a page fetched twice) are told apart by their place in the run
(:class:`Occurrences`): a copy's ``duplicate_of`` is the id it shares when the first of that
id is its original.

A cluster's original is the same whatever the input order: the earliest published member
where dates allow (members with a date before those without), else the longest body, then the
lowest id; a member that is contained in another is never the original while a full one exists.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

import numpy as np

from newsclean.article import Article
from newsclean.chrome.patterns import TRUNCATED
from newsclean.segment import UNSPACED, words_of

_PRIME = np.uint64((1 << 61) - 1)
_MASK32 = np.uint64(0xFFFFFFFF)
_BASE = 0x100000001B3  # odd, so it has an inverse modulo 2**64 (FNV's 64-bit prime)
_HASH_BASE = np.uint64(_BASE)
_HASH_INVERSE = np.uint64(pow(_BASE, -1, 1 << 64))

KINDS = ("exact", "near", "containment", "syndication")
_PART_OF = 0.8  # a body with fewer shingles than this share of another's is a part of it
_GROUP_CHECK_MAX = 64  # a bigger cluster names its teasers by their "..." alone


@dataclass(frozen=True, slots=True)
class DedupConfig:
    """How duplicates are found.

    ``threshold``: the Jaccard similarity of word shingles from which two bodies are near
    copies. ``containment``: the share of a shorter body's shingles that must be in a longer
    one. ``bands`` x ``rows`` MinHash values make the signature; more bands find pairs of
    lower similarity as candidates, at more memory. ``prefix_words``: the opening words that
    key teasers. ``min_words``: bodies shorter than this are never matched (a caption is not
    a story).
    """

    threshold: float = 0.5
    containment: float = 0.8
    shingle: int = 3
    bands: int = 24
    rows: int = 4
    prefix_words: int = 12
    min_words: int = 20
    seed: int = 1

    @property
    def num_perm(self) -> int:
        return self.bands * self.rows


@dataclass(frozen=True, slots=True)
class Match:
    """A record an added one duplicates: its id, how, and the estimated similarity."""

    id: str
    kind: str
    similarity: float


@dataclass(frozen=True, slots=True)
class Cluster:
    """Records that are one story: its original, and each other member with its kind."""

    original: str
    members: tuple[tuple[str, str], ...]  # (id, duplicate_kind), the original excluded


@dataclass(slots=True)
class _Entry:
    id: str
    exact: bytes
    prefix: int | None
    signature: np.ndarray
    size: int  # distinct shingles
    words: int
    published: str | None
    domain: str | None
    truncated: bool
    owner: str | None = None  # for a listing's teaser (an item), the listing's id
    opening: bytes = b""  # crc32 of each of the first word blocks: where a teaser starts


def tokens_of(text: str) -> list[str]:
    """Unicode word tokens, casefolded; in scripts without spaces, one token per character."""
    words = words_of(text.casefold())
    if not words or not any(UNSPACED.search(w) for w in words[:50]):
        return words
    out: list[str] = []
    for word in words:
        out.extend(word if UNSPACED.search(word) else [word])
    return out


def _truncated_end(tokens: list[str], text: str) -> list[str]:
    # A teaser's last word may be cut mid-word ("the minis..."): it is not a shingle of the
    # article, so it is left out.
    return tokens[:-1] if _cut_off(text) and len(tokens) > 1 else tokens


def _cut_off(text: str) -> bool:
    """Whether a body ends as a teaser the site cut off does: "...", "…", WordPress's "[…]"."""
    return TRUNCATED.search(text.rstrip()[-16:]) is not None


class DedupIndex:
    """Find duplicates among records added to it.

    >>> index = DedupIndex()
    >>> story = " ".join(f"word{n}" for n in range(60))
    >>> index.add({"id": "a", "text": story})
    []
    >>> [(m.id, m.kind) for m in index.add({"id": "b", "text": story})]
    [('a', 'exact')]
    >>> [(c.original, c.members) for c in index.clusters()]
    [('a', (('b', 'exact'),))]
    """

    def __init__(self, config: DedupConfig | None = None, **overrides: Any) -> None:
        config = config or DedupConfig()
        self.config = replace(config, **overrides) if overrides else config
        cfg = self.config
        if not 0 < cfg.threshold <= 1 or not 0 < cfg.containment <= 1:
            raise ValueError("threshold and containment must be in (0, 1]")
        rng = np.random.RandomState(cfg.seed)
        self._a = rng.randint(1, 1 << 61, size=cfg.num_perm, dtype=np.uint64) | np.uint64(1)
        self._b = rng.randint(0, 1 << 61, size=cfg.num_perm, dtype=np.uint64)
        self._entries: list[_Entry] = []
        self._ids: dict[str, int] = {}
        self._exact: dict[bytes, int] = {}
        # opening key -> entries; teasers (cut off with "...") apart: a pair found by its
        # opening alone needs a teaser in it, or every story of a template would be a pair
        self._prefix: dict[int, list[int]] = {}
        self._teasers: dict[int, list[int]] = {}
        # band key -> the entry, or the entries, with that key (one int mostly: memory)
        self._bands: list[dict[int, int | list[int]]] = [{} for _ in range(cfg.bands)]
        self._links: list[tuple[int, int, str, float]] = []  # (new entry, earlier, kind, sim)
        self._first_kind: dict[int, str] = {}  # entry -> the kind of its first link
        self._pow = np.empty(0, dtype=np.uint64)
        self._inv = np.empty(0, dtype=np.uint64)

    def __len__(self) -> int:
        return len(self._entries)

    # ------------------------------------------------------------------ adding
    def add(self, record: Article | Mapping[str, Any], *, key: str | None = None) -> list[Match]:
        """Add a record (an ``Article`` or its dict); returns the earlier records it duplicates.

        A listing's items are added with it, each as ``<id>#item<n>``. ``key`` holds the
        record under another name than its id (:class:`Occurrences`: records that share
        one); an id or a key added already is refused (``ValueError``)."""
        entry = self._entry(record, key=key)
        matches = self._add(entry)
        for part in item_parts(record, entry.id):
            self._add(self._entry(part, owner=entry.id))
        return matches

    def _add(self, entry: _Entry) -> list[Match]:
        if entry.id in self._ids:
            raise ValueError(f"record id {entry.id!r} was added already")
        matches = self._candidates(entry)
        index = len(self._entries)
        self._entries.append(entry)
        self._ids[entry.id] = index
        if entry.size:
            self._store(entry, index)
        for other, kind, similarity in matches:
            self._links.append((index, other, kind, similarity))
            self._first_kind.setdefault(index, kind)
            self._first_kind.setdefault(other, kind)
        return [Match(self._entries[o].id, k, round(s, 3)) for o, k, s in matches]

    def query(self, record: Article | Mapping[str, Any]) -> list[Match]:
        """The records already added that ``record`` duplicates, without adding it."""
        entry = self._entry(record)
        return [Match(self._entries[o].id, k, round(s, 3)) for o, k, s in self._candidates(entry)]

    def _entry(
        self, record: Article | Mapping[str, Any], *, owner: str | None = None, key: str | None = None
    ) -> _Entry:
        get = _getter(record)
        text = get("text") or ""
        record_id = get("id")
        if not isinstance(text, str) or record_id is None:
            raise TypeError("a record needs an id and a text (str)")
        tokens = tokens_of(text)
        truncated = _cut_off(text)
        exact = hashlib.blake2b(" ".join(tokens).encode("utf-8"), digest_size=16).digest()
        cfg = self.config
        shingles = self._shingles(_truncated_end(tokens, text) if len(tokens) >= cfg.min_words else [])
        prefix = (
            zlib.crc32(" ".join(tokens[: cfg.prefix_words]).encode("utf-8"))
            if len(tokens) > cfg.prefix_words else None
        )
        url = get("url") or get("source") or ""
        return _Entry(
            id=str(record_id) if key is None else key, exact=exact, prefix=prefix,
            signature=self._signature(shingles),
            size=len(shingles), words=len(tokens), published=get("published"),
            domain=_domain(url if isinstance(url, str) else ""), truncated=truncated, owner=owner,
            opening=_opening(_truncated_end(tokens, text)),
        )

    def _shingles(self, tokens: list[str]) -> np.ndarray:
        """The distinct hashes of the word k-shingles.

        A shingle's hash is a polynomial hash (modulo 2**64) of its words' UTF-8 bytes joined
        by spaces, computed for all shingles at once from prefix sums over the document's
        bytes: no Python call per word or per shingle."""
        if not tokens:
            return np.empty(0, dtype=np.uint64)
        data = np.frombuffer(" ".join(tokens).encode("utf-8"), dtype=np.uint8).astype(np.uint64)
        data += np.uint64(1)  # so that a zero byte still counts
        size = len(data)
        powers, inverses = self._powers(size)
        prefix = np.zeros(size + 1, dtype=np.uint64)
        np.cumsum(data * powers[:size], out=prefix[1:])
        gaps = np.flatnonzero(data == np.uint64(ord(" ") + 1))
        starts = np.concatenate((np.zeros(1, dtype=np.int64), gaps + 1))
        ends = np.concatenate((gaps, np.array([size], dtype=np.int64)))
        k = min(self.config.shingle, len(starts))
        first, last = starts[: len(starts) - k + 1], ends[k - 1:]
        hashed = (prefix[last] - prefix[first]) * inverses[first]
        unique: np.ndarray = np.unique(hashed)
        return unique

    def _powers(self, size: int) -> tuple[np.ndarray, np.ndarray]:
        """Powers of the hash base and of its inverse modulo 2**64, grown as documents need."""
        if len(self._pow) < size:
            grown = max(size, 2 * len(self._pow), 4096)
            base = np.full(grown, _HASH_BASE, dtype=np.uint64)
            base[0] = 1
            inverse = np.full(grown, _HASH_INVERSE, dtype=np.uint64)
            inverse[0] = 1
            self._pow, self._inv = np.cumprod(base), np.cumprod(inverse)
        return self._pow, self._inv

    def _signature(self, shingles: np.ndarray) -> np.ndarray:
        if not len(shingles):
            return np.full(self.config.num_perm, np.uint32(0xFFFFFFFF), dtype=np.uint32)
        hashed = ((shingles[:, None] * self._a + self._b) >> np.uint64(29)) & _MASK32
        signature: np.ndarray = hashed.min(axis=0).astype(np.uint32)
        return signature

    def _band_keys(self, signature: np.ndarray) -> list[int]:
        listed: list[int] = self.band_matrix(signature[None, :])[0].tolist()
        return listed

    def band_matrix(self, signatures: np.ndarray) -> np.ndarray:
        """The LSH band keys of signatures (one per row): one 64-bit key per band, a
        polynomial over the band's rows, for all rows at once."""
        cfg = self.config
        rows = signatures.reshape(len(signatures), cfg.bands, cfg.rows).astype(np.uint64)
        keys: np.ndarray = rows[:, :, 0].copy()
        for row in range(1, cfg.rows):
            keys = keys * _HASH_BASE + rows[:, :, row]
        return keys

    def _store(self, entry: _Entry, index: int) -> None:
        self._exact.setdefault(entry.exact, index)
        if entry.prefix is not None:
            self._prefix.setdefault(entry.prefix, []).append(index)
            if entry.truncated:
                self._teasers.setdefault(entry.prefix, []).append(index)
        for table, key in zip(self._bands, self._band_keys(entry.signature), strict=True):
            found = table.get(key)
            if found is None:
                table[key] = index
            elif isinstance(found, list):
                found.append(index)
            else:
                table[key] = [found, index]

    # ------------------------------------------------- the distributed path (newsclean.dask)
    def fingerprints(self, record: Article | Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """Plain-data fingerprints of a record and of its listing items, in the order
        :meth:`add` indexes them: what a Dask worker computes where the record is."""
        entry = self._entry(record)
        entries = [entry, *(self._entry(part, owner=entry.id) for part in item_parts(record))]
        return [_plain(e) for e in entries]

    def verify_fingerprints(self, later: Sequence[Any], earlier: Sequence[Any]) -> tuple[str, float] | None:
        """The link :meth:`add` makes when ``later`` is added after ``earlier``, or ``None``."""
        a, b = _unplain(later), _unplain(earlier)
        if a.owner is not None and a.owner in (b.id, b.owner):
            return None
        return self._verify(a, b)

    @classmethod
    def from_parts(
        cls, config: DedupConfig, fingerprints: Sequence[Sequence[Any]],
        links: Iterable[tuple[int, int, str, float]],
    ) -> DedupIndex:
        """An index of the linked records only, rebuilt from ``(seq, *fingerprint)`` rows in
        input order and verified links ``(later seq, earlier seq, kind, similarity)``: its
        clusters and assignments are those of adding every record in order on one machine."""
        index = cls(config)
        position = {}
        for row in fingerprints:
            position[row[0]] = len(index._entries)
            entry = _unplain(row[1:])
            index._ids[entry.id] = len(index._entries)
            index._entries.append(entry)
        for later, earlier, kind, similarity in sorted(links):
            new, old = position[later], position[earlier]
            index._links.append((new, old, kind, similarity))
            index._first_kind.setdefault(new, kind)
            index._first_kind.setdefault(old, kind)
        return index

    # ---------------------------------------------------------------- matching
    def _candidates(self, entry: _Entry) -> list[tuple[int, str, float]]:
        if not entry.size:
            return []
        seen: set[int] = set()
        exact = self._exact.get(entry.exact)
        if exact is not None:
            seen.add(exact)
        if entry.prefix is not None:
            openings = self._prefix if entry.truncated else self._teasers
            seen.update(openings.get(entry.prefix, ()))
        for table, key in zip(self._bands, self._band_keys(entry.signature), strict=True):
            hit = table.get(key)
            if isinstance(hit, list):
                seen.update(hit)
            elif hit is not None:
                seen.add(hit)
        found = []
        for other in sorted(seen):
            if entry.owner is not None and entry.owner in (
                    self._entries[other].id, self._entries[other].owner):
                continue  # an item is not a copy of its own listing, nor of its siblings
            verdict = self._verify(entry, self._entries[other])
            if verdict is not None:
                found.append((other, *verdict))
        return found

    def _verify(self, a: _Entry, b: _Entry) -> tuple[str, float] | None:
        if a.exact == b.exact:
            return self._kind("exact", a, b), 1.0
        jaccard = float(np.count_nonzero(a.signature == b.signature)) / self.config.num_perm
        small, large = (a, b) if a.size <= b.size else (b, a)
        # |S ∩ L| / |S|, from the Jaccard estimate and the two set sizes.
        contained = min(1.0, jaccard * (small.size + large.size) / ((1 + jaccard) * small.size))
        teaser = small.truncated and a.prefix is not None and a.prefix == b.prefix
        much_shorter = small.size < _PART_OF * large.size
        if (much_shorter or teaser) and (
            contained >= self.config.containment or (teaser and contained >= 0.5)
        ):
            # A teaser is a teaser wherever it is; a longer copy on another domain is a
            # republication.
            return ("containment" if small.truncated else self._kind("containment", a, b)), contained
        if jaccard >= self.config.threshold:
            return self._kind("near", a, b), jaccard
        return None

    @staticmethod
    def _kind(kind: str, a: _Entry, b: _Entry) -> str:
        if a.domain and b.domain and a.domain != b.domain:
            return "syndication"
        return kind

    # ---------------------------------------------------------------- clusters
    def _groups(self) -> dict[int, list[int]]:
        """Entries joined by their links. Copies (exact, near, syndication) join both ways; a
        record contained in others (a teaser) joins only the one that contains it best, so a
        teaser made of an opening two stories share never merges those stories."""
        parent = list(range(len(self._entries)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(i: int, j: int) -> None:
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)

        # contained entry -> (-opening words shared, -similarity, container): a teaser's
        # container is the record whose opening it repeats longest (the similarity of a short
        # text to a long one is a noisy estimate), then the most similar
        best: dict[int, tuple[int, float, int]] = {}
        for new, old, _, similarity in self._links:
            a, b = self._entries[new], self._entries[old]
            if self._part_of(a, b):
                small, large = (new, old) if a.size <= b.size else (old, new)
                shared = _opening_shared(self._entries[small], self._entries[large])
                candidate = (-shared, -similarity, large)
                if small not in best or candidate < best[small]:
                    best[small] = candidate
            else:
                union(new, old)
        for small, (_, _, large) in sorted(best.items()):
            union(small, large)
        groups: dict[int, list[int]] = {}
        for i in range(len(self._entries)):
            groups.setdefault(find(i), []).append(i)
        return groups

    def _part_of(self, a: _Entry, b: _Entry) -> bool:
        """Whether the shorter of two linked entries is a part of the longer (not a copy)."""
        if a.exact == b.exact:
            return False
        small, large = (a, b) if a.size <= b.size else (b, a)
        return small.truncated or small.size < _PART_OF * large.size

    def _rank(self, i: int, contained: set[int]) -> tuple[Any, ...]:
        e = self._entries[i]
        return (e.owner is not None, i in contained, e.published is None, e.published or "", -e.words, e.id)

    def clusters(self) -> list[Cluster]:
        """Every group of two or more records, each with its original; sorted by original id."""
        out = []
        for members in self._groups().values():
            if len(members) < 2:
                continue
            contained = {i for i in members if self._contained_in_group(i, members)}
            original = min(members, key=lambda i: self._rank(i, contained))
            rest = sorted((self._entries[i].id, self._relation(i, original))
                          for i in members if i != original)
            out.append(Cluster(self._entries[original].id, tuple(rest)))
        return sorted(out, key=lambda c: c.original)

    def _contained_in_group(self, i: int, members: list[int]) -> bool:
        """Whether member ``i`` is the part of a longer member (a teaser of an article)."""
        e = self._entries[i]
        if len(members) > _GROUP_CHECK_MAX:  # pairwise checks grow quadratically
            return e.truncated
        for j in members:
            other = self._entries[j]
            if other.words > e.words:
                verdict = self._verify(e, other)
                if verdict is not None and verdict[0] == "containment":
                    return True
        return False

    def _relation(self, i: int, original: int) -> str:
        """How member ``i`` relates to the original: checked directly, else by its own link."""
        verdict = self._verify(self._entries[i], self._entries[original])
        if verdict is not None:
            return verdict[0]
        # Joined through another member: the kind of its own first link.
        return self._first_kind.get(i, "near")

    def assignments(self) -> dict[str, tuple[str, str]]:
        """Each duplicate's id, mapped to its cluster's original id and its kind."""
        return {member: (cluster.original, kind)
                for cluster in self.clusters() for member, kind in cluster.members}


_ITEM = "#item"
_REPEAT = "\x1f"  # between an id and its repeat's number, in a key (no id a person writes holds it)


class Occurrences:
    """The key each record of a run is held under in a :class:`DedupIndex`: its id, or, for a
    record whose id came earlier (a crawl that fetched a page twice keeps its id for both),
    the id with its repeat's number, so that the copy is checked too. Keys are given in the
    order records come, so a second pass over them gives the same.

    >>> keys = Occurrences()
    >>> [id_of(k) for k in (keys.key("a"), keys.key("b"), keys.key("a"))], keys.key("a") == "a"
    (['a', 'b', 'a'], False)
    """

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def key(self, record_id: Any) -> str:
        name = str(record_id)
        repeat = self._seen.get(name, 0)
        self._seen[name] = repeat + 1
        return name if repeat == 0 else f"{name}{_REPEAT}{repeat}"


def id_of(key: str) -> str:
    """The record id a key (:class:`Occurrences`) stands for."""
    return key.partition(_REPEAT)[0]


def _plain(e: _Entry) -> tuple[Any, ...]:
    return (e.id, e.exact, e.prefix, e.signature.tobytes(), e.size, e.words, e.published,
            e.domain, e.truncated, e.owner, e.opening)


def _unplain(fields: Sequence[Any]) -> _Entry:
    (id_, exact, prefix, signature, size, words, published, domain, truncated, owner,
     opening) = fields
    return _Entry(id=id_, exact=exact, prefix=prefix,
                  signature=np.frombuffer(signature, dtype=np.uint32), size=size, words=words,
                  published=published, domain=domain, truncated=truncated, owner=owner,
                  opening=opening)


_BLOCK_WORDS, _BLOCKS = 8, 8  # the opening kept: 8 blocks of 8 words


def _opening(tokens: list[str]) -> bytes:
    """A hash of each full block of 8 words among the first 64."""
    ends = range(_BLOCK_WORDS, min(len(tokens), _BLOCK_WORDS * _BLOCKS) + 1, _BLOCK_WORDS)
    return b"".join(zlib.crc32(" ".join(tokens[end - _BLOCK_WORDS:end]).encode("utf-8"))
                    .to_bytes(4, "little") for end in ends)


def _opening_shared(a: _Entry, b: _Entry) -> int:
    """How many opening blocks two records share, from the first on."""
    shared = 0
    for i in range(0, min(len(a.opening), len(b.opening)), 4):
        if a.opening[i:i + 4] != b.opening[i:i + 4]:
            break
        shared += 1
    return shared


def _getter(record: Article | Mapping[str, Any]) -> Any:
    if isinstance(record, Mapping):
        return record.get
    return lambda key, default=None: getattr(record, key, default)


def item_parts(record: Article | Mapping[str, Any], key: str | None = None) -> list[dict[str, Any]]:
    """A listing's teasers as records of their own: ``<id>#item<n>`` (``<key>#item<n>``
    for a record held under a key), its URL, the item's date."""
    get = _getter(record)
    key = str(get("id")) if key is None else key
    items = get("items") or ()
    out = []
    for n, item in enumerate(items):
        part = _getter(item)
        text = part("text")
        if isinstance(text, str) and text:
            out.append({"id": f"{key}{_ITEM}{n}", "text": text, "url": get("url"),
                        "source": get("source"), "published": part("date")})
    return out


def is_record(value: Any) -> bool:
    """Whether a JSON value read back is a record duplicates can be looked for in."""
    return isinstance(value, dict) and isinstance(value.get("text"), str) \
        and value.get("id") is not None


def is_item(record_id: str) -> bool:
    """Whether an id in ``assignments()`` is a listing's item rather than a record."""
    return _ITEM in record_id


def _teaser_of(item_id: str, assigned: Mapping[str, tuple[str, str]]) -> str | None:
    found = assigned.get(item_id)
    return id_of(found[0]) if found is not None and not is_item(found[0]) else None


def _domain(url: str) -> str | None:
    if "://" not in url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def find_duplicates(
    records: Iterable[Article], config: DedupConfig | None = None, **overrides: Any
) -> list[Article]:
    """The records again, each duplicate with ``duplicate_of``, ``duplicate_kind`` and the flag
    ``duplicate`` set; the original of each cluster is left as it was.

    >>> from newsclean import clean
    >>> story = "Headline\\n\\n" + " ".join(f"word{n}" for n in range(80)) + "."
    >>> a, b = clean(story, id="a"), clean(story, id="b")
    >>> [(r.id, r.duplicate_of, r.duplicate_kind) for r in find_duplicates([b, a])]
    [('b', 'a', 'exact'), ('a', None, None)]
    """
    keys = Occurrences()
    keyed = [(keys.key(record.id), record) for record in records]
    index = DedupIndex(config, **overrides)
    for key, record in keyed:
        index.add(record, key=key)
    assigned = index.assignments()
    return [mark(record, assigned, key) for key, record in keyed]


def mark(record: Article, assigned: Mapping[str, tuple[str, str]], key: str | None = None) -> Article:
    """``record`` with what ``DedupIndex.assignments()`` says of it (or of ``key``, the
    name it was added under): ``duplicate_of``, ``duplicate_kind`` and the flag
    ``duplicate``, and each item's ``teaser_of``."""
    key = record.id if key is None else key
    if key in assigned:
        original, kind = assigned[key]
        flags = tuple(sorted({*record.flags, "duplicate"}))
        record = replace(record, duplicate_of=id_of(original), duplicate_kind=kind, flags=flags)
    if record.items:
        items = tuple(replace(item, teaser_of=_teaser_of(f"{key}{_ITEM}{n}", assigned))
                      for n, item in enumerate(record.items))
        record = replace(record, items=items)
    return record


def mark_dict(
    record: dict[str, Any], assigned: Mapping[str, tuple[str, str]], key: str | None = None
) -> dict[str, Any]:
    """:func:`mark` for a record's dict, as ``newsclean clean`` writes it."""
    key = str(record.get("id")) if key is None else key
    if key in assigned:
        original, kind = assigned[key]
        flags = sorted({*record.get("flags", ()), "duplicate"})
        record = {**record, "duplicate_of": id_of(original), "duplicate_kind": kind, "flags": flags}
    items = record.get("items")
    if isinstance(items, list) and items:
        record = {**record, "items": [
            {**item, "teaser_of": _teaser_of(f"{key}{_ITEM}{n}", assigned)}
            if isinstance(item, dict) else item
            for n, item in enumerate(items)
        ]}
    return record
