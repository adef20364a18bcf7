"""What an input's own fields declare (a crawler's title, publication date and authors) fills
in what the cleaned text lacks: a date or a byline the text prints is never overruled, and a
title is weighed against the text's headline as a page's markup title is."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import CleanConfig
from newsclean import dask as on_dask
from newsclean.io import Declared, Document, object_document
from newsclean.runner import clean_documents
from tests.reading import run

BODY = ("The council met on Tuesday and approved the budget for next year after a long debate "
        "among the members of all the parties.\nThe mayor said the plan would fund schools and "
        "roads across the city from the spring.")
NEWS_PLEASE = {"title": "Council approves budget after long debate", "maintext": BODY,
               "date_publish": "2024-04-23 10:00:00", "authors": ["Jane Smith", "John Doe"],
               "date_download": "2024-04-24 08:00:00", "url": "https://www.example.com/a"}
MAPPED = ["--field", "text=maintext", "--field", "published=date_publish",
          "--field", "fetched_at=date_download"]


def write_lines(path: Path, *records: dict) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return str(path)


def test_a_crawlers_title_date_and_authors_fill_in_a_body_that_prints_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, (record,), err = run(capsys, write_lines(tmp_path / "np.jsonl", NEWS_PLEASE), *MAPPED)
    assert code == 0, err
    assert record["text"] == BODY.replace("\n", "\n\n") and record["removed"] == []
    assert record["title"] == "Council approves budget after long debate"
    assert (record["published"], record["published_raw"], record["published_tz"]) == (
        "2024-04-23T10:00:00", "2024-04-23 10:00:00", "none")
    assert [(a["name"], a["kind"]) for a in record["authors"]] == [
        ("Jane Smith", "person"), ("John Doe", "person")]
    assert record["flags"] == ["authors_from_input", "published_from_input", "title_from_input"]
    # without the fields named, nothing is taken from them
    code, (bare,), _ = run(capsys, str(tmp_path / "np.jsonl"), "--field", "text=maintext",
                           "--field", "title=headline", "--field", "authors=by")
    assert (bare["title"], bare["published"], bare["authors"]) == (None, None, [])
    assert {"untitled", "undated", "no_byline"} <= set(bare["flags"])


@pytest.mark.parametrize(("modified", "updated"), [
    ("2024-04-23 15:30:00", "2024-04-23T15:30:00"),  # a later time that day
    ("2024-04-23 10:00:00", None),  # the publication's own time: no change since
    ("2024-04-22 09:00:00", None),  # before it
    ("2024-04-25 09:00:00", None),  # after the fetch
    ("not a date", None),
])
def test_a_crawlers_time_of_the_last_change_is_the_update(
    modified: str, updated: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = {**NEWS_PLEASE, "date_modify": modified}
    code, (record,), _ = run(capsys, write_lines(tmp_path / "np.jsonl", line), *MAPPED,
                             "--field", "updated=date_modify")
    assert code == 0 and record["updated"] == updated
    assert ("updated_from_input" in record["flags"]) is (updated is not None)


def test_the_date_and_byline_the_text_prints_are_not_overruled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    printed = {"title": "A title the crawler read elsewhere", "published": "2024-03-01",
               "authors": ["Someone Else"],
               "text": f"Council approves budget\n\nBy Jane Smith\n\nApril 2, 2024\n\n{BODY}"}
    code, (record,), _ = run(capsys, write_lines(tmp_path / "c.jsonl", printed))
    assert code == 0
    assert (record["published"], [a["name"] for a in record["authors"]]) == ("2024-04-02", ["Jane Smith"])
    assert not {"published_from_input", "authors_from_input"} & set(record["flags"])
    # a title naming another headline is weighed as a page's markup title is, and wins
    assert record["title"] == "A title the crawler read elsewhere"
    assert "title_from_input" in record["flags"]
    assert (1, "title.headline") in [(r["line"], r["rule"]) for r in record["removed"]]


@pytest.mark.parametrize("declared", [
    "Council approves budget after a long debate",  # the headline with more words
    "Council approves",  # cut short
    "Council approves budget | The Daily Example",  # the site's name glued on
    "Council approves the budget",  # reworded
])
def test_a_declared_title_that_holds_the_texts_headline_leaves_it(
    declared: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, (record,), _ = run(capsys, write_lines(tmp_path / "c.jsonl", {
        "title": declared, "text": f"Council approves budget\n\nApril 2, 2024\n\n{BODY}"}))
    assert code == 0
    assert record["title"] == "Council approves budget"
    assert "title_from_input" not in record["flags"]


def test_the_bodys_first_paragraph_that_is_the_declared_title_is_its_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A headline written as a sentence is not told from the body by the text alone."""
    title = "The council approved the budget on Tuesday."
    code, (record,), _ = run(capsys, write_lines(
        tmp_path / "c.jsonl", {"title": f"  {title}\n", "text": f"{title}\n\n{BODY}"}))
    assert code == 0
    assert record["title"] == title and not record["text"].startswith(title)
    assert [(r["line"], r["rule"]) for r in record["removed"]] == [(1, "title.headline")]


@pytest.mark.parametrize(("url", "title"), [
    ("https://www.example.com/a", "Council approves budget - example.com"),
    ("https://www.azernews.az/a", "Council approves budget | AzerNews"),  # the outlet's name
    ("https://www.azernews.az/a", "AzerNews | Council approves budget"),
    ("https://www.example.com/a", "Council approves budget &#8211; example.com"),
])
def test_a_declared_title_leaves_the_sites_name_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, title: str
) -> None:
    code, (record,), _ = run(capsys, write_lines(tmp_path / "t.jsonl",
                                                 {"url": url, "title": title, "text": BODY}))
    assert code == 0 and record["title"] == "Council approves budget"


@pytest.mark.parametrize(("published", "fetched", "read"), [
    ("April 23, 2024", None, "2024-04-23"),
    ("Tue, 23 Apr 2024 10:00:00 GMT", None, "2024-04-23T10:00:00+00:00"),
    (1713866400, None, "2024-04-23T10:00:00+00:00"),  # Unix time
    ("2024-04-25", "2024-04-24T08:00:00Z", None),  # after the fetch: not its publication
    ("April 23", "2024-04-24T08:00:00Z", None),  # no year: not taken on the fetch's word
    ("yesterday", "2024-04-24T08:00:00Z", None),
    ("no date", None, None),
    (True, None, None),
])
def test_the_declared_date_is_read_as_a_printed_one_and_never_after_the_fetch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], published: object, fetched: str | None,
    read: str | None,
) -> None:
    line = {"text": BODY, "published": published, **({"fetched_at": fetched} if fetched else {})}
    code, (record,), _ = run(capsys, write_lines(tmp_path / "d.jsonl", line))
    assert code == 0
    assert record["published"] == read
    assert ("published_from_input" in record["flags"]) == (read is not None)


def test_placeholders_and_what_is_no_title_or_name_are_passed_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [{"text": BODY, "title": "x" * 600, "authors": "Admin"},
             {"text": BODY, "title": 12, "authors": [None, 5, "By Jane Smith &amp; Ann Lee"]}]
    code, (first, second), _ = run(capsys, write_lines(tmp_path / "p.jsonl", *lines))
    assert code == 0
    assert (first["title"], first["authors"]) == (None, [])
    assert second["title"] is None
    assert [a["name"] for a in second["authors"]] == ["Jane Smith", "Ann Lee"]


def test_a_tables_columns_and_a_data_frames_timestamp(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "rows.csv").write_text(
        'id,title,published,authors,text\n'
        f'r1,Council approves budget,2024-04-23,"Jane Smith, John Doe","{BODY}"\n', "utf-8")
    code, (record,), _ = run(capsys, str(tmp_path / "rows.csv"))
    assert code == 0
    assert (record["title"], record["published"], [a["name"] for a in record["authors"]]) == (
        "Council approves budget", "2024-04-23", ["Jane Smith", "John Doe"])
    stamp = datetime(2024, 4, 23, 10, tzinfo=timezone.utc)
    document = object_document({"text": BODY, "published": stamp}, "frame", line=None,
                               default_id="f", origin="frame#1")
    assert isinstance(document, Document) and document.declared == Declared(published=stamp)
    (cleaned,) = clean_documents([document])
    assert not isinstance(cleaned, Exception)
    assert (cleaned.published, cleaned.published_tz) == ("2024-04-23T10:00:00+00:00", "explicit")


def test_nothing_declared_is_no_declaration() -> None:
    assert not Declared() and not Declared(title="", authors=[])
    document = object_document({"text": BODY, "title": None}, "x", line=1, default_id="x:1",
                               origin="x:1")
    assert isinstance(document, Document) and document.declared is None


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_on_dask_the_fields_fill_in_as_on_one_machine(tmp_path: Path) -> None:
    pytest.importorskip("dask")
    path = write_lines(tmp_path / "np.jsonl", NEWS_PLEASE, {**NEWS_PLEASE, "title": None})
    from newsclean.io import Fields, read_path

    fields = Fields(text="maintext", published="date_publish", fetched_at="date_download")
    single = [r.to_dict() for r in clean_documents(read_path(Path(path), fields),  # type: ignore[union-attr]
                                                   CleanConfig())]
    bag = on_dask.clean_bag(on_dask.read_inputs([path], fields=fields))
    assert bag.compute(scheduler="synchronous") == single
    assert [r["title"] for r in single] == [NEWS_PLEASE["title"], None]


PAGE = ("<html><head><title>Council approves budget | The Daily Example</title>"
        '<meta property="og:site_name" content="The Daily Example">'
        '<meta property="article:published_time" content="2024-04-23T10:00:00+00:00">'
        '<meta name="author" content="Jane Smith"></head><body><nav>Home News Sport</nav>'
        f"<article><h1>Council approves budget</h1><p>{BODY}</p></article></body></html>")


def test_the_page_beside_a_text_fills_in_what_the_text_does_not_print(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A crawler that keeps the page beside the text it extracted: the text is cleaned, and
    the page's markup declares the title, date and authors the text does not print."""
    lines = [{"id": "both", "text": BODY, "html": PAGE},
             {"id": "fields", "text": BODY, "html": PAGE, "title": "Its own title",
              "authors": ["Ann Lee"]},
             {"id": "printed", "text": f"Budget passed\n\nApril 2, 2024\n\n{BODY}", "html": PAGE},
             {"id": "day", "text": f"Budget passed\n\nApril 23, 2024\n\n{BODY}", "html": PAGE},
             {"id": "timed", "text": f"Budget passed\n\nApril 23, 2024 9:15 am\n\n{BODY}",
              "html": PAGE}]
    code, (both, fields, printed, day, timed), _ = run(
        capsys, write_lines(tmp_path / "b.jsonl", *lines))
    assert code == 0
    assert both["text"] == BODY.replace("\n", "\n\n") and "html" not in both["flags"]
    # the markup's date with the time and offset it declares
    assert (both["title"], both["published"], [a["name"] for a in both["authors"]]) == (
        "Council approves budget", "2024-04-23T10:00:00+00:00", ["Jane Smith"])
    assert (both["published_tz"], both["published_raw"]) == ("explicit", "2024-04-23T10:00:00+00:00")
    assert {"title_from_input", "published_from_input", "authors_from_input"} <= set(both["flags"])
    # the object's own fields before the markup's
    assert (fields["title"], [a["name"] for a in fields["authors"]]) == ("Its own title", ["Ann Lee"])
    assert fields["published"] == "2024-04-23T10:00:00+00:00"
    # the date the text prints before either; the headline weighed as a page's own is: the
    # markup's, which names another story than the text's first short line
    assert (printed["title"], printed["published"]) == ("Council approves budget", "2024-04-02")
    assert "title_from_input" in printed["flags"] and "published_from_input" not in printed["flags"]
    # the day the text prints without a time takes the markup's time for that day; a time
    # the text prints stands
    assert (day["published"], day["published_tz"]) == ("2024-04-23T10:00:00+00:00", "explicit")
    assert "published_from_input" in day["flags"]
    assert timed["published"] == "2024-04-23T09:15:00" and "published_from_input" not in timed["flags"]


def test_a_page_beside_a_text_dated_only_by_its_change_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = PAGE.replace('property="article:published_time" content="2024-04-23T10:00:00+00:00"',
                           'property="article:modified_time" content="2024-04-25T08:00:00+00:00"')
    lines = [{"id": "changed", "text": BODY, "html": changed},
             {"id": "both", "text": BODY, "html": PAGE.replace(
                 "</head>", '<meta property="article:modified_time" '
                 'content="2024-04-25T08:00:00+00:00"></head>')}]
    code, (only, both), _ = run(capsys, write_lines(tmp_path / "c.jsonl", *lines))
    assert code == 0
    assert (only["published"], only["updated"]) == ("2024-04-25T08:00:00+00:00", None)
    assert {"published_from_input", "published_from_updated"} <= set(only["flags"])
    assert (both["published"], both["updated"]) == ("2024-04-23T10:00:00+00:00",
                                                    "2024-04-25T08:00:00+00:00")
    assert "published_from_updated" not in both["flags"]


LABELLED = ('<html><head><meta property="og:title" content="Gaspreise">'
            '<meta property="article:section" content="Energie"></head>'
            f"<body><p>{BODY}</p></body></html>")


@pytest.mark.parametrize(("text", "title"), [
    (f"Prices rise again this winter\n\n{BODY}", "Prices rise again this winter"),
    (f"Gaspreise\n\nPrices rise again this winter\n\n{BODY}", "Gaspreise"),
])
def test_a_short_markup_title_the_text_never_prints_is_a_label(
    text: str, title: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A word or two the page's markup declares as its title, printed nowhere on it, is a
    section's or a topic's label: the text's headline stays. Printed, it is the headline."""
    code, (record,), _ = run(capsys, write_lines(tmp_path / "l.jsonl", {"text": text, "html": LABELLED}))
    assert code == 0
    assert record["title"] == title
    assert record["section"] == "Energie"  # the markup's section, as a page's


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
                     | st.text(max_size=30),
                     lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=8)


@settings(max_examples=60, deadline=None)
@given(title=_JSON, published=_JSON, authors=_JSON)
def test_whatever_the_fields_hold_the_object_is_cleaned(
    title: object, published: object, authors: object
) -> None:
    document = object_document({"text": BODY, "title": title, "published": published,
                                "authors": authors}, "x", line=1, default_id="x:1", origin="x:1")
    assert isinstance(document, Document)
    (record,) = clean_documents([document])
    assert not isinstance(record, Exception), record
    assert record.text == BODY.replace("\n", "\n\n")  # nothing of the text is taken
    assert ("title_from_input" in record.flags) == (record.title is not None)
    assert ("published_from_input" in record.flags) == (record.published is not None)


def test_a_page_fetched_the_day_it_was_published_keeps_the_markups_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fetched two hours after it was published: the markup's time is on the fetch's own
    day, which htmldate, bounded by that day's midnight, once cut to the day."""
    lines = [{"id": "text", "text": BODY, "html": PAGE, "fetched_at": "2024-04-23T12:00:00Z"},
             {"id": "page", "html": PAGE, "fetched_at": "2024-04-23T12:00:00Z"}]
    code, (text, page), _ = run(capsys, write_lines(tmp_path / "d.jsonl", *lines))
    assert code == 0
    assert text["published"] == page["published"] == "2024-04-23T10:00:00+00:00"


@pytest.mark.parametrize(("declared", "fetched", "published"), [
    # Baku's next day, two hours before the fetch: the day is past the fetch's, the moment not
    ("2024-04-24T01:00:00+04:00", "2024-04-23T23:00:00Z", "2024-04-24T01:00:00+04:00"),
    # an hour after the fetch: no page is published so
    ("2024-04-23T13:00:00+00:00", "2024-04-23T12:00:00Z", None),
])
def test_a_markup_date_is_bounded_by_the_fetchs_moment_not_its_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], declared: str, fetched: str,
    published: str | None,
) -> None:
    page = PAGE.replace("2024-04-23T10:00:00+00:00", declared)
    code, (record,), _ = run(capsys, write_lines(tmp_path / "e.jsonl",
                                                 {"id": "page", "html": page, "fetched_at": fetched}))
    assert code == 0
    assert record["published"] == published
