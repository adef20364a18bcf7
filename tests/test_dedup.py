"""Duplicates across a batch: kinds, originals, order independence, and the command line."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import DedupIndex, clean, find_duplicates
from newsclean.cli import main

RNG = random.Random(3)
VOCABULARY = [f"w{n}" for n in range(5000)]


def story(words: int = 150, rng: random.Random = RNG) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(words))


def record(id: str, text: str, url: str | None = None, published: str | None = None) -> dict:
    return {"id": id, "text": text, "url": url, "published": published}


def edited(text: str, share: float, rng: random.Random) -> str:
    tokens = text.split()
    for i in rng.sample(range(len(tokens)), int(len(tokens) * share)):
        tokens[i] = rng.choice(VOCABULARY)
    return " ".join(tokens)


def test_each_kind_is_found_and_named() -> None:
    rng = random.Random(1)
    base = story(rng=rng)
    records = [
        record("base", base, "https://a.example/1", "2024-01-02"),
        record("exact", base, "https://a.example/1?print"),
        record("near", edited(base, 0.06, rng), "https://a.example/2"),
        record("teaser", " ".join(base.split()[:50]) + " ...", "https://a.example/"),
        record("republished", story(30, rng) + "\n\n" + base, "https://b.example/x"),
        record("unrelated", story(rng=rng), "https://a.example/3"),
    ]
    index = DedupIndex()
    for r in records:
        index.add(r)
    assert index.assignments() == {
        "exact": ("base", "exact"),
        "near": ("base", "near"),
        "teaser": ("base", "containment"),
        "republished": ("base", "syndication"),
    }


def test_a_teaser_of_two_stories_opening_alike_joins_only_one() -> None:
    rng = random.Random(2)
    opening = story(20, rng)
    one, two = opening + " " + story(100, rng), opening + " " + story(100, rng)
    teaser = " ".join(one.split()[:26]) + "..."
    index = DedupIndex()
    for r in (record("one", one), record("two", two), record("teaser", teaser)):
        index.add(r)
    assert index.assignments() == {"teaser": ("one", "containment")}


@pytest.mark.parametrize("cut", [" […]", " [...]", "…", " (...)", '..."'])
def test_a_teaser_cut_off_as_sites_and_feeds_cut_them_is_found_by_its_opening(cut: str) -> None:
    """WordPress ends a feed's excerpt with "[…]": a teaser of 25 words of a story of 300,
    too little of it for their signatures to meet, is found by its opening all the same."""
    rng = random.Random(7)
    article = story(300, rng)
    index = DedupIndex()
    index.add(record("article", article, "https://a.example/story"))
    index.add(record("excerpt", " ".join(article.split()[:25]) + cut, "https://a.example/story"))
    assert index.assignments() == {"excerpt": ("article", "containment")}


def test_hard_negative_on_the_same_topic_is_not_a_duplicate() -> None:
    rng = random.Random(4)
    sentences = [story(15, rng) for _ in range(10)]
    other = sentences[:1] + [sentences[5]] + [story(15, rng) for _ in range(8)]
    index = DedupIndex()
    index.add(record("a", " ".join(sentences)))
    assert index.add(record("b", " ".join(other))) == []


def test_short_bodies_are_never_matched() -> None:
    index = DedupIndex()
    index.add(record("a", "Photo: AP"))
    assert index.add(record("b", "Photo: AP")) == []


def test_original_is_the_earliest_then_the_longest_then_the_lowest_id() -> None:
    base = story()
    dated = [record("z", base, published="2024-03-01"), record("y", base, published="2024-02-01"),
             record("x", base)]
    assert find_cluster(dated) == "y"
    undated = [record("b", base + " tail words here"), record("a", base), record("c", base)]
    assert find_cluster(undated) == "b"
    assert find_cluster([record("b", base), record("a", base)]) == "a"


def find_cluster(records: list[dict]) -> str:
    index = DedupIndex()
    for r in records:
        index.add(r)
    (cluster,) = index.clusters()
    return cluster.original


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_clusters_do_not_depend_on_input_order(rng: random.Random) -> None:
    words = random.Random(9)
    base, second = story(rng=words), story(rng=words)
    records = [
        record("a", base, published="2024-05-01"), record("b", edited(base, 0.05, words)),
        record("c", " ".join(base.split()[:60]) + " …"), record("d", second),
        record("e", second), record("f", story(rng=words)),
    ]
    expected = clusters_of(records)
    shuffled = records[:]
    rng.shuffle(shuffled)
    assert clusters_of(shuffled) == expected
    assert {c.original for c in expected} == {"a", "d"}


def clusters_of(records: list[dict]) -> list:
    index = DedupIndex()
    for r in records:
        index.add(r)
    return index.clusters()


def test_scripts_without_spaces_are_compared_by_characters() -> None:
    text = "北京市政府周二宣布将在明年实施新的交通管理规定以减少市中心的拥堵情况" * 3
    index = DedupIndex()
    index.add(record("a", text))
    assert [m.kind for m in index.add(record("b", text[:-2] + "。"))] == ["near"]


def test_same_id_twice_is_refused() -> None:
    index = DedupIndex()
    index.add(record("a", story()))
    with pytest.raises(ValueError, match="'a'"):
        index.add(record("a", story()))


def test_find_duplicates_marks_records() -> None:
    text = "A headline\n\n" + story() + "."
    records = find_duplicates([clean(text, id="late"), clean(text, id="early")])
    assert [(r.id, r.duplicate_of, r.duplicate_kind) for r in records] == [
        ("late", "early", "exact"), ("early", None, None)]
    assert "duplicate" in records[0].flags and "duplicate" not in records[1].flags


def test_cli_clean_dedup_and_dedup_of_earlier_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = story()
    lines = [{"id": "one", "text": f"Headline\n\n{body}."},
             {"id": "two", "text": f"Other headline\n\n{story()}."},
             {"id": "three", "text": f"Headline\n\n{body}."}]
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("\n".join(json.dumps(x) for x in lines), "utf-8")
    assert main(["clean", str(crawl), "--dedup", "-j", "1"]) == 0
    out, err = capsys.readouterr()
    marked = [(r["id"], r["duplicate_of"], r["duplicate_kind"]) for r in map(json.loads, out.splitlines())]
    assert marked == [("one", None, None), ("two", None, None), ("three", "one", "exact")]
    assert "1 duplicate, 0 errors" in err

    plain = tmp_path / "plain.jsonl"
    assert main(["clean", str(crawl), "-o", str(plain), "-j", "1"]) == 0
    with plain.open("a", encoding="utf-8") as handle:
        handle.write("{broken\n")
    capsys.readouterr()
    assert main(["dedup", str(plain)]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(x)["duplicate_of"] for x in out.splitlines()] == [None, None, "one"]
    assert "plain.jsonl:4: not a JSON object" in err
    assert main(["dedup", str(tmp_path / "missing.jsonl")]) == 2

    # the records as one JSON array, as --format json writes them
    array = tmp_path / "records.json"
    assert main(["clean", str(crawl), "--format", "json", "-o", str(array), "-j", "1"]) == 0
    capsys.readouterr()
    assert main(["dedup", str(array)]) == 0
    out, _ = capsys.readouterr()
    assert [json.loads(x)["duplicate_of"] for x in out.splitlines()] == [None, None, "one"]


def test_cli_dedup_checks_records_that_share_an_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A crawl that fetched a page twice keeps its id for both: the copy is checked and
    marked a duplicate of the first, by ``clean --dedup`` and by ``dedup``."""
    body = f"Headline\n\n{story()}."
    other = "Other\n\n" + " ".join(f"word{n}" for n in range(150)) + "."
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("\n".join(json.dumps({"id": i, "text": t}) for i, t in
                                [("same", body), ("a", other), ("same", body), ("same", other)]), "utf-8")
    assert main(["clean", str(crawl), "--dedup", "-j", "1", "-o", str(tmp_path / "out.jsonl")]) == 0
    _, err = capsys.readouterr()
    assert "not checked" not in err
    marked = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert [(r["id"], r["duplicate_of"], r["duplicate_kind"]) for r in marked] == [
        ("same", None, None), ("a", None, None), ("same", "same", "exact"), ("same", "a", "exact")]
    # records written earlier, marks cleared: the same again
    for record in marked:
        record.update(duplicate_of=None, duplicate_kind=None)
    (tmp_path / "plain.jsonl").write_text("".join(json.dumps(r) + "\n" for r in marked), "utf-8")
    assert main(["dedup", str(tmp_path / "plain.jsonl")]) == 0
    out, _ = capsys.readouterr()
    assert [(json.loads(x)["duplicate_of"]) for x in out.splitlines()] == [None, None, "same", "a"]


def test_a_full_disk_under_the_dedup_records_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--dedup`` holds the records in a temporary file until the end: a full disk there
    says which file, and where another may go, not the system's bare ``[Errno 28]``."""
    import errno
    import io
    import tempfile

    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "TemporaryFile", lambda *a, **k: Full())
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text(json.dumps({"id": "a", "text": f"Headline\n\n{story()}."}) + "\n", "utf-8")
    assert main(["clean", str(crawl), "--dedup", "-j", "1", "-o", str(tmp_path / "out.jsonl")]) == 1
    err = capsys.readouterr().err
    assert (f"newsclean: error: cannot write --dedup's temporary file in {tempfile.gettempdir()} "
            "(TMPDIR names another folder): No space left on device") in err
    assert not (tmp_path / "out.jsonl").exists()


def test_find_duplicates_marks_a_copy_under_the_same_id() -> None:
    text = f"Headline\n\n{story()}."
    first, again = clean(text, id="a"), clean(text, id="a")
    assert [(r.duplicate_of, r.duplicate_kind) for r in find_duplicates([first, again])] == [
        (None, None), ("a", "exact")]


def test_listing_items_are_linked_to_the_articles_they_tease() -> None:
    rng = random.Random(7)
    first, second, other = story(rng=rng), story(rng=rng), story(rng=rng)
    listing = {
        "id": "index", "text": "", "kind": "listing", "url": "https://a.example/",
        "items": [
            {"title": "One", "text": " ".join(first.split()[:40]) + " ...", "date": None,
             "truncated": True},
            {"title": "Two", "text": " ".join(second.split()[:30]) + "...", "date": "2024-03-01",
             "truncated": True},
            {"title": "Gone", "text": " ".join(other.split()[:30]) + "...", "date": None,
             "truncated": True},
        ],
    }
    records = [listing, record("second", second, "https://a.example/2"),
               record("first", first, "https://a.example/1")]
    index = DedupIndex()
    for r in records:
        index.add(r)
    assigned = index.assignments()
    from newsclean.dedup import mark_dict

    marked = [mark_dict(r, assigned) for r in records]
    assert [item["teaser_of"] for item in marked[0]["items"]] == ["first", "second", None]
    # The articles are originals, never duplicates of the listing's teasers.
    assert all(m.get("duplicate_of") is None for m in marked)


def test_find_duplicates_marks_items_of_cleaned_listings() -> None:
    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    articles = [clean(p.read_text("utf-8"), id=p.stem[:3])
                for p in sorted(fixtures.glob("00[01]_*.txt"))]
    teasers = "\n\n".join(
        f"{a.title}\n\n" + " ".join(a.text.split()[:45]) + "..." for a in articles
    )
    listing = clean("Latest news\n\n" + teasers, id="index")
    assert listing.kind == "listing"
    out = find_duplicates([listing, *articles])
    assert [item.teaser_of for item in out[0].items] == ["000", "001"]
    assert [r.duplicate_of for r in out] == [None, None, None]
