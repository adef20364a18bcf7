"""The supplied scrapes against their hand-checked expected records (fixtures/expected/).

After a deliberate change, `python tools/regen_golden.py` rewrites the expected records and
prints the diff to review line by line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import Cleaner

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SCRAPES = sorted(FIXTURES.glob("*.txt"))


def cleaned(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return Cleaner().clean(text, id=path.stem, source=f"fixtures/{path.name}").to_dict()


def expected(path: Path) -> dict:
    return json.loads((FIXTURES / "expected" / f"{path.stem}.json").read_text(encoding="utf-8"))


def test_all_five_scrapes_are_there() -> None:
    assert [p.name[:3] for p in SCRAPES] == ["000", "001", "002", "003", "004"]


@pytest.mark.parametrize("path", SCRAPES, ids=lambda p: p.name[:3])
def test_matches_expected_record(path: Path) -> None:
    assert cleaned(path) == expected(path), "run `python tools/regen_golden.py` and review"


def rules_of(path: Path) -> dict[int, str]:
    return {r["line"]: r["rule"] for r in cleaned(path)["removed"]}


def test_azernews_header_date_title_twice_promo_and_tail() -> None:
    path = FIXTURES / "000_19febdbf991cfabd.txt"
    record, rules = cleaned(path), rules_of(path)
    assert record["title"].startswith("Expert: Kazakhstan not to be involved")
    assert rules[3] == "meta.date"  # "Saturday April 27 2024", the scrape day in the header
    assert rules[5] == "title.headline" and rules[8] == "chrome.repeat"
    assert rules[40] == "chrome.author_promo"
    assert {rules[38], rules[42], rules[44], rules[45]} == {
        "chrome.separator", "chrome.share", "chrome.ui"}
    assert "told Armiya.az on April 13" in record["text"]


def test_vestnik_kavkaza_loses_nothing() -> None:
    record = cleaned(FIXTURES / "003_ee91b3e6cc261988.txt")
    assert record["removed"] == [] and record["title"] is None
    assert len(record["text"].split("\n\n")) == 8


def test_caliber_chrome_around_the_body() -> None:
    path = FIXTURES / "002_7c405a90af3b0854.txt"
    rules = rules_of(path)
    assert all(rules[n] == "chrome.social" for n in range(1, 8))
    assert rules[19] == rules[20] == "chrome.copyright"
    assert rules[22] == rules[23] == "chrome.ui"  # A+ A-
    assert rules[88] == "chrome.counter"  # Views: 518
    assert rules[93] == "chrome.ui"  # Ссылка скопирована


def test_times_of_central_asia_listing() -> None:
    path = FIXTURES / "004_aae28568f5a434c0.txt"
    record, rules = cleaned(path), rules_of(path)
    assert all(rules[n] == "chrome.ticker" for n in range(1, 41))
    assert rules[43] == "chrome.pagination"
    assert record["kind"] == "listing"
    assert [item["truncated"] for item in record["items"]] == [True, True]
