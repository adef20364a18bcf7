"""Cleaning and de-duplicating whole corpora on Dask (``pip install 'newsclean[dask]'``).

Nothing here is imported by ``import newsclean``; Dask is imported when a function of this
module is first called. The results are those of the single-machine path, record for record:

* :func:`clean_bag` cleans a bag of input records with one :class:`~newsclean.Cleaner` per
  partition, in the bag's order;
* :func:`find_duplicates_bag` finds duplicates as a distributed job: fingerprints (MinHash
  signatures, exact and opening keys) are computed where the records are, the LSH band keys
  are shuffled so that candidate pairs meet, candidates are verified where their fingerprints
  are joined, and only the verified links come back to form clusters, whose originals follow
  the single-machine rule. The answer does not depend on the partitioning.

Readers and writers: :func:`read_inputs` (text dumps, HTML, JSON, JSON Lines and WARC files,
plain or compressed; a big plain JSON Lines file is read in byte ranges, with line numbers
kept), :func:`read_parquet`, :func:`write_jsonl` (one file, in order) and
:func:`write_parquet`.

>>> from newsclean.dask import clean_bag  # doctest: +SKIP
>>> import dask.bag as db  # doctest: +SKIP
>>> clean_bag(db.from_sequence([{"id": "a", "text": "..."}])).compute()  # doctest: +SKIP
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from newsclean.compression import is_compressed
from newsclean.config import CleanConfig
from newsclean.decoding import wide_codec
from newsclean.dedup import DedupConfig, DedupIndex, Occurrences, is_record, mark_dict
from newsclean.errors import InputError
from newsclean.io import (
    FIELDS,
    Document,
    Fields,
    InputPath,
    distinct_stems,
    document_stem,
    find_inputs,
    iter_records,
    jsonl_document,
    jsonl_opening_error,
    path_name,
    read_jsonl_line,
    read_path,
)

if TYPE_CHECKING:
    from dask.bag import Bag

INSTALL = "pip install 'newsclean[dask]'"
CHUNK_BYTES = 32 * 1024 * 1024  # a plain JSON Lines file is read in ranges of this size
ERROR = "__newsclean_error__"  # the key of an error marker in a bag of records
_SEQ_RECORD, _SEQ_POSITION = 40, 12  # bits: partition | position | item, in one sequence int


def require() -> None:
    """Import Dask, or say which ``pip install`` brings it."""
    try:
        import dask.bag
        import dask.dataframe  # noqa: F401
    except ImportError as exc:
        raise ImportError(f"newsclean's Dask support needs Dask: {INSTALL}") from exc


def client(address: str | None = None, *, workers: int | None = None) -> Any:
    """A ``distributed.Client``: to the scheduler at ``address``, or to a local cluster of
    ``workers`` processes started here (one thread each; its dashboard on a free port)."""
    require()
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ImportError(f"newsclean's Dask support needs distributed: {INSTALL}") from exc
    if address:
        return Client(address)
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=":0")
    return Client(cluster)


# --------------------------------------------------------------------------- reading
def read_inputs(
    paths: Iterable[str], *, chunk_bytes: int = CHUNK_BYTES, raw: bool = False,
    fields: Fields = FIELDS, leave_out: Sequence[Path] = (),
) -> Bag:
    """A bag of the documents of ``paths`` (files and folders, as ``newsclean clean`` reads
    them), in order. Each element is a :class:`~newsclean.io.Document`, or an error marker
    ``{ERROR: message}`` for what could not be read (counted, never fatal). JSON objects are
    read by the keys ``fields`` names; with ``raw``, JSON Lines objects are given as they are
    (records written earlier, for ``dedup``). Files in ``leave_out`` are not read."""
    require()
    import dask
    import dask.bag as db
    from dask import delayed

    left = {path.resolve() for path in leave_out}
    inputs = [item for item in find_inputs(paths)
              if not (isinstance(item, Path) and item.resolve() in left)]
    large = [item for item in inputs if not isinstance(item, InputError)
             and item.suffix.lower() == ".jsonl" and item.stat().st_size > chunk_bytes
             and not is_compressed(item)  # compressed data is read from its start only
             and not _opens_wide(item)]
    # a file read in parts is checked whole first: one that is no JSON Lines (a page under
    # a .jsonl name) is one error, as on one machine, not one per line of every part
    opening = {item: jsonl_opening_error(item) for item in large}
    ranged = {item: _ranges(item, chunk_bytes) for item in large if opening[item] is None}
    inputs = [opening.get(item) or item if isinstance(item, Path) else item for item in inputs]
    # a range's first line number needs the line counts of the ranges before it: counting
    # newlines is cheap next to parsing, and done once, in parallel
    counted = iter(dask.compute(*[delayed(_count_lines)(str(item), start, end)
                                  for item, spans in ranged.items() for start, end in spans]))
    stems = distinct_stems(item for item in inputs if isinstance(item, Path))
    parts = []
    for item in inputs:
        if isinstance(item, InputError):
            parts.append(delayed(_errors)([str(item)]))
        elif item in ranged:
            offset = 0
            for start, end in ranged[item]:
                parts.append(delayed(_read_range)(str(item), start, end, offset, raw, fields,
                                                  stems.get(item)))
                offset += next(counted)
        else:
            # read whole (compressed, a WARC or JSON file): one task reads it, and its
            # documents are cleaned in slices, in parallel, as a big plain file's are
            whole = delayed(_read_file)(str(item), raw, fields, stems.get(item))
            slices = _slices(item, chunk_bytes)
            parts += ([whole] if slices == 1 else
                      [delayed(_slice)(whole, k, slices) for k in range(slices)])
    if not parts:
        return db.from_sequence([], npartitions=1)
    return db.from_delayed(parts)


COMPRESSION_RATIO = 4  # a compressed file's documents take about this many times its size


def _slices(path: Path, chunk_bytes: int) -> int:
    """How many parts a file read whole is cleaned in: one per ``chunk_bytes`` of text."""
    try:
        size = path.stat().st_size * (COMPRESSION_RATIO if is_compressed(path) else 1)
    except OSError:
        return 1  # its reader reports it
    return max(1, -(-size // chunk_bytes))


def _slice(items: list[Any], k: int, slices: int) -> list[Any]:
    """The ``k``-th of ``slices`` runs of ``items`` of (nearly) equal length, in order."""
    return items[len(items) * k // slices:len(items) * (k + 1) // slices]


def _errors(messages: list[str]) -> list[dict[str, str]]:
    return [{ERROR: m} for m in messages]


def _read_file(path: str, raw: bool, fields: Fields, stem: str | None) -> list[Any]:
    if raw:
        return [{ERROR: str(item)} if isinstance(item, InputError)
                else _record(path_name(path), *item) for item in iter_records(Path(path))]
    return [{ERROR: str(d)} if isinstance(d, InputError) else d
            for d in read_path(_named(path, stem), fields)]


def _named(path: str, stem: str | None) -> InputPath:
    """The path of a file whose documents' ids start with ``stem`` (else its own stem)."""
    named = InputPath(path)
    named.id_stem = stem
    return named


def _opens_wide(path: Path) -> bool:
    """Whether a file opens with a UTF-16 or UTF-32 byte-order mark: its lines end where its
    text's line breaks are, not at every newline byte, so it is read from its start."""
    with path.open("rb") as handle:
        return wide_codec(handle.read(4)) is not None


def _ranges(path: Path, chunk: int) -> list[tuple[int, int]]:
    """Byte ranges of a file, each ending at a line end."""
    size = path.stat().st_size
    edges = [0]
    with path.open("rb") as handle:
        while edges[-1] + chunk < size:
            handle.seek(edges[-1] + chunk)
            handle.readline()
            edges.append(min(size, handle.tell()))
    if edges[-1] < size:
        edges.append(size)
    return list(itertools.pairwise(edges))


def _read_bytes(path: str, start: int, end: int) -> bytes:
    with open(path, "rb") as handle:
        handle.seek(start)
        return handle.read(end - start)


def _count_lines(path: str, start: int, end: int) -> int:
    return _read_bytes(path, start, end).count(b"\n")


def _read_range(
    path: str, start: int, end: int, offset: int, raw: bool, fields: Fields, stem: str | None
) -> list[Any]:
    """The documents of one byte range, whose first line is line ``offset + 1``; their ids
    start with ``stem`` (:func:`~newsclean.io.distinct_stems`), else the file's stem."""
    data = _read_bytes(path, start, end)
    source, stem = path_name(path), document_stem(_named(path, stem))  # as read_path names
    out: list[Any] = []
    for number, line in enumerate(data.split(b"\n"), start=offset + 1):
        item = read_jsonl_line(source, number, line)
        if item is None:
            continue
        if isinstance(item, InputError):
            out.append({ERROR: str(item)})
        elif raw:
            out.append(_record(source, number, item[1]))
        else:
            document = jsonl_document(item[1], source, stem, number, fields, encoding=item[2])
            out.append({ERROR: str(document)} if isinstance(document, InputError) else document)
    return out


def read_parquet(path: str, **options: Any) -> Bag:
    """A bag of input records (dicts with ``id``, ``text`` or ``html``, ...) from Parquet."""
    require()
    import dask.dataframe as dd

    frame = dd.read_parquet(path, **options)
    return frame.to_bag(format="dict")


# --------------------------------------------------------------------------- cleaning
def clean_bag(bag: Bag, config: CleanConfig | None = None, *, fields: Fields = FIELDS) -> Bag:
    """A bag of records (dicts, as ``newsclean clean`` writes them) from a bag of inputs:
    :class:`~newsclean.io.Document` values, or dicts with ``text`` or ``html`` and optionally
    ``id``, ``url``, ``fetched_at`` (under the keys ``fields`` names). One
    :class:`~newsclean.Cleaner` per partition; error markers pass through."""
    require()
    config = config or CleanConfig()
    return bag.map_partitions(_clean_partition, config, fields)


def _clean_partition(
    part: Iterable[Any], config: CleanConfig, fields: Fields = FIELDS
) -> list[dict[str, Any]]:
    from newsclean.pipeline import Cleaner
    from newsclean.runner import clean_document

    cleaner = Cleaner(config)
    out: list[dict[str, Any]] = []
    for number, item in enumerate(part, start=1):
        if isinstance(item, dict) and ERROR in item:
            out.append(item)
            continue
        document = item if isinstance(item, Document) else jsonl_document(
            item, "dask", "record", number, fields)
        if isinstance(document, InputError):
            out.append({ERROR: str(document)})
            continue
        try:
            out.append(clean_document(cleaner, document).to_dict())
        except Exception as exc:  # one bad document never costs the partition
            out.append({ERROR: f"{document.source}: could not be cleaned: {exc}"})
    return out


# --------------------------------------------------------------------------- duplicates
def find_duplicates_bag(
    records: Bag, config: DedupConfig | None = None, *, repeats: dict[int, str] | None = None,
    **overrides: Any,
) -> dict[str, tuple[str, str]]:
    """Each duplicate's id -> (its cluster's original, its kind), as
    :meth:`DedupIndex.assignments` gives on one machine for the same records in the same
    order; listing items appear as ``<id>#item<n>``. A record whose id came earlier is held
    under a key of its own (:class:`~newsclean.dedup.Occurrences`), as ``newsclean clean
    --dedup`` holds it on one machine; ``repeats``, when given, receives each such record's
    place in the bag and its key, for :func:`mark_bag`."""
    require()
    import dask.bag as db
    from dask import delayed

    index = DedupIndex(config, **overrides)
    cfg = index.config
    parts = [delayed(_fingerprints)(part, number, cfg)
             for number, part in enumerate(records.to_delayed())]
    prints = db.from_delayed(parts).persist()
    records_only = prints.filter(lambda fp: fp[_OWNER] is None)
    repeated = dict(records_only.pluck(1).frequencies().filter(lambda kv: kv[1] > 1).compute())
    if repeated:
        keys, renamed = Occurrences(), {}
        for seq, record_id in sorted(records_only.filter(lambda fp: fp[1] in repeated)
                                     .map(lambda fp: (fp[0], fp[1])).compute()):
            key = keys.key(record_id)
            if key != record_id:
                renamed[seq] = key
        prints = prints.map(_under_key, renamed).persist()
        if repeats is not None:
            repeats.update(renamed)
    pairs = _candidate_pairs(prints, cfg)
    links = _verify_pairs(pairs, prints, cfg)
    linked = sorted({s for a, b, _, _ in links for s in (a, b)})
    wanted = set(linked)
    entries = prints.filter(lambda fp: fp[0] in wanted).compute()
    return DedupIndex.from_parts(cfg, sorted(entries, key=lambda fp: fp[0]), links).assignments()


_OWNER = 10  # in a fingerprint row (seq, id, ...): the id of the record an item is of


def _under_key(fingerprint: tuple[Any, ...], renamed: Mapping[int, str]) -> tuple[Any, ...]:
    """A fingerprint row of a record whose id came earlier, or of its items, under the
    record's key (``renamed``: the record's seq -> its key)."""
    key = renamed.get(fingerprint[0] >> _SEQ_POSITION << _SEQ_POSITION)
    if key is None:
        return fingerprint
    row = list(fingerprint)
    owner = row[_OWNER]
    if owner is None:
        row[1] = key
    else:  # an item: <id>#item<n> -> <key>#item<n>
        row[1], row[_OWNER] = key + row[1][len(owner):], key
    return tuple(row)


def mark_bag(
    records: Bag, assigned: Mapping[str, tuple[str, str]], repeats: Mapping[int, str] | None = None
) -> Bag:
    """The records with ``duplicate_of``, ``duplicate_kind``, the flag ``duplicate`` and the
    items' ``teaser_of`` set, as :func:`newsclean.dedup.mark_dict` does; ``repeats`` are the
    keys :func:`find_duplicates_bag` gave records whose id came earlier."""
    if not repeats:
        return records.map(lambda r: r if ERROR in r else mark_dict(r, assigned))
    import dask.bag as db

    # each partition beside its number (a bag's own operations: a graph made of the records'
    # partitions by to_delayed loses them once the records are let go)
    numbers = db.range(records.npartitions, npartitions=records.npartitions)
    return records.map_partitions(_marked, numbers, assigned=assigned, repeats=repeats)


def _marked(part: Iterable[Any], number: Sequence[int], *, assigned: Mapping[str, tuple[str, str]],
            repeats: Mapping[int, str]) -> list[Any]:
    """One partition's records marked, each under the key its place gives it (``number``:
    the partition's, alone in its own partition)."""
    base = number[0] << _SEQ_RECORD
    return [record if ERROR in record else mark_dict(
                record, assigned, repeats.get(base | (position << _SEQ_POSITION)))
            for position, record in enumerate(part)]


def _fingerprints(part: Iterable[Any], number: int, cfg: DedupConfig) -> list[tuple[Any, ...]]:
    index = DedupIndex(cfg)
    out = []
    for position, record in enumerate(part):
        if not isinstance(record, Mapping) or ERROR in record:
            continue
        base = (number << _SEQ_RECORD) | (position << _SEQ_POSITION)
        for sub, fingerprint in enumerate(index.fingerprints(record)):
            out.append((base | sub, *fingerprint))
    return out


_MASK63 = np.uint64((1 << 63) - 1)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_FIELD_EXACT, _FIELD_PREFIX, _FIELD_SIGNATURE, _FIELD_SIZE, _FIELD_TRUNCATED = 1, 2, 3, 4, 8


def _key_frame(part: Iterable[tuple[Any, ...]], cfg: DedupConfig) -> Any:
    """The keys under which ``DedupIndex.add`` stores each fingerprint (its exact hash, its
    opening key, one key per LSH band; none for a body too short to match), as rows of
    (key, seq, whether it is an opening key, whether the record is a teaser).

    Each key is one 63-bit int, so that the shuffle moves plain integer columns; the kinds
    of key are salted apart. Two keys that collide only add a candidate, which verification
    then rejects."""
    import pandas as pd

    rows = [row for row in part if row[1 + _FIELD_SIZE]]
    seqs = np.array([row[0] for row in rows], dtype=np.int64)
    teasers = np.array([bool(row[1 + _FIELD_TRUNCATED]) for row in rows], dtype=bool)
    exact = np.array([int.from_bytes(row[1 + _FIELD_EXACT][:8], "little") for row in rows],
                     dtype=np.uint64)
    with_prefix = [i for i, row in enumerate(rows) if row[1 + _FIELD_PREFIX] is not None]
    prefix = np.array([rows[i][1 + _FIELD_PREFIX] for i in with_prefix], dtype=np.uint64)
    index = DedupIndex(cfg)
    signatures = np.frombuffer(b"".join(row[1 + _FIELD_SIGNATURE] for row in rows),
                               dtype=np.uint32).reshape(len(rows), cfg.num_perm)
    bands = index.band_matrix(signatures)
    salts = (np.arange(cfg.bands, dtype=np.uint64) + np.uint64(2)) * _GOLDEN
    with np.errstate(over="ignore"):
        keys = np.concatenate((exact, (prefix + np.uint64(1)) * _GOLDEN,
                               ((bands ^ salts) * _GOLDEN).ravel())) & _MASK63
    with_prefix_at = np.array(with_prefix, dtype=np.int64)
    return pd.DataFrame({
        "key": keys.astype(np.int64),
        "seq": np.concatenate((seqs, seqs[with_prefix_at], np.repeat(seqs, cfg.bands))),
        "opening": np.concatenate((np.zeros(len(rows), dtype=bool),
                                   np.ones(len(with_prefix), dtype=bool),
                                   np.zeros(len(rows) * cfg.bands, dtype=bool))),
        "teaser": np.concatenate((teasers, teasers[with_prefix_at],
                                  np.repeat(teasers, cfg.bands))),
    })


def _pair_frame(frame: Any) -> Any:
    """Candidate pairs (later, earlier) of the records that share a key in this partition
    of the shuffled keys; by an opening key only when one of the two is a teaser."""
    import pandas as pd

    shared = frame[frame.duplicated("key", keep=False)]
    shared = shared.assign(opening=shared.groupby("key", sort=False)["opening"].transform("all"))
    joined = shared.merge(shared[["key", "seq", "teaser"]], on="key", suffixes=("", "_b"))
    keep = (joined["seq"] > joined["seq_b"]) & (
        ~joined["opening"] | joined["teaser"] | joined["teaser_b"])
    joined = joined[keep]
    return pd.DataFrame({"later": joined["seq"].to_numpy(dtype="int64"),
                         "earlier": joined["seq_b"].to_numpy(dtype="int64")})


def _candidate_pairs(prints: Bag, cfg: DedupConfig) -> Any:
    """Shuffle the keys so that records sharing one meet, and pair them (deduplicated)."""
    import dask.dataframe as dd
    import pandas as pd
    from dask import delayed

    key_meta = pd.DataFrame({"key": pd.Series(dtype="int64"), "seq": pd.Series(dtype="int64"),
                             "opening": pd.Series(dtype="bool"), "teaser": pd.Series(dtype="bool")})
    keys = dd.from_delayed([delayed(_key_frame)(part, cfg) for part in prints.to_delayed()],
                           meta=key_meta)
    pair_meta = pd.DataFrame({"later": pd.Series(dtype="int64"),
                              "earlier": pd.Series(dtype="int64")})
    pairs = keys.shuffle("key").map_partitions(_pair_frame, meta=pair_meta)
    return pairs.drop_duplicates()


def _verify_pairs(pair_frame: Any, prints: Bag, cfg: DedupConfig) -> list[tuple[int, int, str, float]]:
    """Join each candidate pair with the two fingerprints (a dataframe merge, shuffled by
    sequence number), verify it where it lands, and bring back the links that hold."""
    import pandas as pd
    from dask import delayed

    pair_frame = pair_frame.persist()
    # Only the fingerprints of records in a pair are shuffled for the join: the sequence
    # numbers in pairs (a few MB) go to every partition, which keeps its own.
    paired = pair_frame.map_partitions(_paired_seqs, meta=pd.Series(dtype="int64")).compute()
    needed = delayed(np.unique(paired.to_numpy(dtype=np.int64)), pure=True)
    blob_meta = pd.DataFrame({"seq": pd.Series(dtype="int64"), "blob": pd.Series(dtype=object)})
    blobs = prints.map_partitions(_select, needed).to_dataframe(meta=blob_meta)
    # The fingerprints are Python tuples: the task-based shuffle moves them as they are.
    joined = pair_frame.merge(blobs.rename(columns={"seq": "later", "blob": "a"}), on="later",
                              shuffle_method="tasks")
    joined = joined.merge(blobs.rename(columns={"seq": "earlier", "blob": "b"}), on="earlier",
                          shuffle_method="tasks")
    link_meta = pd.DataFrame({"later": pd.Series(dtype="int64"),
                              "earlier": pd.Series(dtype="int64"),
                              "kind": pd.Series(dtype=object),
                              "similarity": pd.Series(dtype="float64")})
    verified = joined.map_partitions(_verify_frame, cfg, meta=link_meta)
    frame = verified.compute()
    return sorted((int(r.later), int(r.earlier), str(r.kind), float(r.similarity))
                  for r in frame.itertuples(index=False))


def _paired_seqs(frame: Any) -> Any:
    import pandas as pd

    return pd.Series(np.unique(np.concatenate((frame["later"].to_numpy(dtype=np.int64),
                                               frame["earlier"].to_numpy(dtype=np.int64)))),
                     dtype="int64")


def _select(part: Iterable[tuple[Any, ...]], needed: np.ndarray) -> list[tuple[int, tuple[Any, ...]]]:
    """(seq, fingerprint) of the fingerprints whose sequence number is in ``needed`` (sorted)."""
    rows = list(part)
    if not rows or not len(needed):
        return []
    seqs = np.fromiter((fp[0] for fp in rows), dtype=np.int64, count=len(rows))
    at = np.minimum(np.searchsorted(needed, seqs), len(needed) - 1)
    return [(fp[0], fp) for fp, keep in zip(rows, needed[at] == seqs, strict=True) if keep]


def _verify_frame(frame: Any, cfg: DedupConfig) -> Any:
    import pandas as pd

    index = DedupIndex(cfg)
    rows = []
    for later, earlier, a, b in zip(frame["later"], frame["earlier"], frame["a"], frame["b"],
                                    strict=True):
        verdict = index.verify_fingerprints(a[1:], b[1:])
        if verdict is not None:
            rows.append((int(later), int(earlier), verdict[0], verdict[1]))
    return pd.DataFrame(rows, columns=["later", "earlier", "kind", "similarity"]).astype(
        {"later": "int64", "earlier": "int64", "kind": object, "similarity": "float64"})


# --------------------------------------------------------------------------- writing
def write_jsonl(records: Bag, path: str | Path, *, in_flight: int = 4) -> tuple[int, list[str]]:
    """Write the records to one JSON Lines file, in order, while later partitions are still
    being computed (at most ``in_flight`` at a time). Returns the count and the errors."""
    from newsclean.io import dumps
    from newsclean.output import atomic_writer

    written, errors = 0, []
    with atomic_writer(path) as handle:
        for part in iter_partitions(records, in_flight=in_flight):
            for record in part:
                if ERROR in record:
                    errors.append(record[ERROR])
                    continue
                handle.write(dumps(record) + "\n")
                written += 1
    return written, errors


def iter_partitions(bag: Bag, *, in_flight: int = 4) -> Iterator[list[Any]]:
    """The computed partitions of a bag, in order, with a bounded number computed ahead."""
    import dask

    pending = list(bag.to_delayed())
    try:
        from distributed import get_client

        live = get_client()
    except (ImportError, ValueError):
        live = None
    if live is None:
        for part in pending:
            yield dask.compute(part)[0]
        return
    futures = [live.compute(p) for p in pending[:in_flight]]
    for i in range(len(pending)):
        result = futures[i].result()
        futures[i] = None
        if i + in_flight < len(pending):
            futures.append(live.compute(pending[i + in_flight]))
        yield result


def write_parquet(records: Bag, path: str | Path) -> None:
    """Write the records to a Parquet dataset (one file per partition): one column per key
    of the record, nested values (authors, outlet, citations, items, removed, flags, ...)
    stored as JSON text, every column text or null."""
    import dask.dataframe as dd
    import pandas as pd
    from dask import delayed

    from newsclean.article import Article

    columns = [f.name for f in fields(Article)]

    def frame(part: Iterable[dict[str, Any]]) -> Any:
        rows = [[_cell(r.get(c)) for c in columns] for r in part if ERROR not in r]
        return pd.DataFrame(rows, columns=columns, dtype=object)

    meta = pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    parts = [delayed(frame)(p) for p in records.to_delayed()]
    dd.from_delayed(parts, meta=meta).to_parquet(str(path), write_index=False)


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def records_in(paths: Sequence[str]) -> Bag:
    """A bag of records written earlier by ``newsclean clean`` (JSON Lines, plain or compressed)."""
    require()
    return read_inputs(paths, raw=True)


def _record(path: str, number: int, record: Any) -> Any:
    """A record read back, or the error marker of a line that is not one."""
    if is_record(record):
        return record
    return {ERROR: f"{path}:{number}: not a record (needs id and text)"}
