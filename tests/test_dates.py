"""Dates: every pattern on its example, the forms of the supplied scrapes, round trips."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsclean import DATE_PATTERNS, DatePattern, clean, clean_html, normalize_date
from newsclean.meta.dates import find_dates


@pytest.mark.parametrize("pattern", DATE_PATTERNS, ids=lambda p: p.id)
def test_every_pattern_reads_its_example(pattern: DatePattern) -> None:
    assert pattern.doc.endswith(".")
    reference = datetime(2024, 4, 27, 12, 0, tzinfo=timezone.utc)
    found = normalize_date(pattern.example, reference=reference)
    assert found is not None and found.rule == pattern.id
    if pattern.id != "date.relative":
        assert normalize_date(pattern.example).value == pattern.expected  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        ("15 April 2020 19:10 (UTC+04:00)", "2020-04-15T19:10:00+04:00", "explicit"),
        ("Politics Materials 10 January 2022 09:26 (UTC +04:00)", "2022-01-10T09:26:00+04:00",
         "explicit"),
        ("07 November 2022 12:47", "2022-11-07T12:47:00", "none"),
        ("17 April 2025", "2025-04-17", "none"),
        ("Saturday April 27 2024", "2024-04-27", "none"),
        ("Updated 1:39 am EST, Wednesday, November 20, 2019", "2019-11-20T01:39:00-05:00",
         "explicit"),
        ("Published 8th Nov 2023, 18:58 GMT", "2023-11-08T18:58:00+00:00", "explicit"),
        ("May 15, 2020, 07:02pm EDT", "2020-05-15T19:02:00-04:00", "explicit"),
        ("Veröffentlicht am 5. April 2017", "2017-04-05", "none"),
        ("Le 2 novembre 2023 à 16h17", "2023-11-02T16:17:00", "none"),
        ("12 марта 2021 года", "2021-03-12", "none"),
        ("4 Mart 2021", "2021-03-04", "none"),
        # a clock the page glued to the year: the day still reads
        ("November 9, 20235:01 AM ET", "2023-11-09", "none"),
        ("Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago", "2019-11-20", "none"),
        # the next date's day glued to the year: a theme's published and updated dates
        ("Posted on 25. Januar 202225. Januar 2022Author Redaktion", "2022-01-25", "none"),
        ("Arne Sjöström | 29. Dezember 202230. Dezember 2022 | HR-Welt", "2022-12-29", "none"),
        ("15 yanvar 2021", "2021-01-15", "none"),
        ("3 de abril de 2019", "2019-04-03", "none"),
        ("Erschienen am: 01.11.2023", "2023-11-01", "none"),
        ("Von Deutscher Tennis Bund 4.\u20092.\u20092022.", "2022-02-04", "none"),
        ("Stand: 4. 2. 2022", "2022-02-04", "none"),
        ("Wed, 15 Apr 2020 19:10:00 +0400", "2020-04-15T19:10:00+04:00", "explicit"),
        ("2020-04-15T15:10:00Z", "2020-04-15T15:10:00+00:00", "explicit"),
        ("Posted on 3/21/2019 at 4:05 PM", "2019-03-21T16:05:00", "none"),
        # more languages' month names
        ("13 gusht 2020, 09:08", "2020-08-13T09:08:00", "none"),
        ("5 października 2020", "2020-10-05", "none"),
        ("5. května 2021", "2021-05-05", "none"),
        ("3 mei 2022", "2022-05-03", "none"),
        ("21 octombrie 2020", "2020-10-21", "none"),
        ("5 листопада 2021", "2021-11-05", "none"),
        ("5 қазан 2020", "2020-10-05", "none"),
        ("12 Σεπτεμβρίου 2021", "2021-09-12", "none"),
        ("2021. május 5. 10:22", "2021-05-05T10:22:00", "none"),
        ("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "2020-04-24T21:22:00", "none"),
        ("24 أبريل 2020 10:15 صباحا", "2020-04-24T10:15:00", "none"),
        ("21. juni/lipanj, 2020.", "2020-06-21", "none"),  # the month's name in two forms
        # year first: Chinese, Japanese, Korean, Hungarian
        ("2020年7月15日 11時00分", "2020-07-15T11:00:00", "none"),
        ("2020년 8월 27일", "2020-08-27", "none"),
        ("입력 2020.08.27 20:27", "2020-08-27T20:27:00", "none"),
        ("Olvasói szavazás 2020. 06. 04. 11:27", "2020-06-04T11:27:00", "none"),
        ("2016/11/18 06:31:41", "2016-11-18T06:31:41", "none"),
        # a byline's name and its date run together: two elements of the page
        ("Shana Nys DambrotNovember 6, 2023", "2023-11-06", "none"),
        ("By Shaun PrescottMarch 17, 2024", "2024-03-17", "none"),
    ],
)
def test_forms_news_sites_print(text: str, value: str, source: str) -> None:
    found = normalize_date(text)
    assert found is not None
    assert (found.value, found.offset_source) == (value, source)


def test_outlet_time_zone_is_said_to_be_assumed() -> None:
    found = normalize_date("07 November 2022 12:47", tz="Asia/Baku")
    assert found is not None
    assert (found.value, found.offset_source) == ("2022-11-07T12:47:00+04:00", "outlet")
    explicit = normalize_date("07 November 2022 12:47 GMT", tz="Asia/Baku")
    assert explicit is not None and explicit.offset_source == "explicit"


def test_slashes_are_flagged_when_ambiguous() -> None:
    ambiguous = normalize_date("04/05/2020")
    assert ambiguous is not None and ambiguous.ambiguous and ambiguous.value == "2020-05-04"
    told = normalize_date("04/05/2020", day_first=False)
    assert told is not None and not told.ambiguous and told.value == "2020-04-05"
    clear = normalize_date("25/05/2020")
    assert clear is not None and not clear.ambiguous and clear.value == "2020-05-25"


def test_no_year_from_the_clock() -> None:
    yearless = normalize_date("Jan. 10")
    assert yearless is not None and not yearless.year_known and yearless.value == "--01-10"
    dated = normalize_date("Jan. 10", reference=date(2022, 3, 1))
    assert dated is not None and dated.value == "2022-01-10"


@pytest.mark.parametrize(("text", "fetched", "value"), [
    ("Nov. 14", date(2019, 11, 20), "2019-11-14"),
    ("Nov. 21", date(2019, 11, 20), "2019-11-21"),  # the day after: the page's clock may be ahead
    ("Dec 30, 10:15", date(2024, 1, 3), "2023-12-30T10:15:00"),  # the year turned since
    ("29 February", date(2020, 3, 1), "2020-02-29"),
    ("29 February", date(2021, 3, 1), "--02-29"),  # none in 2021; 2020's, a year back
    ("December 6", date(2019, 11, 20), "--12-06"),  # a year back is too far: a date to come
    ("Jan. 10", None, "--01-10"),
])
def test_a_year_less_date_takes_the_year_that_puts_it_at_or_before_the_fetch(
    text: str, fetched: date | None, value: str
) -> None:
    found = normalize_date(text, reference=fetched)
    assert found is not None and found.value == value
    assert found.from_reference is (fetched is not None and found.year_known)
    assert normalize_date("10 January 2020", reference=fetched).from_reference is False  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "value"), [
    ("Heute", None), ("hier", None), ("Today's eEdition", None), ("Yesterday’s papers", None),
    ("Heute, 10:24 Uhr", "2024-04-27T10:24:00"), ("yesterday at 5:30 pm", "2024-04-26T17:30:00"),
    ("15:20 | Today", "2024-04-27T15:20:00"), ("вчера в 14:05", "2024-04-26T14:05:00"),
])
def test_a_relative_word_is_a_date_only_with_its_time(text: str, value: str | None) -> None:
    """Alone, "Heute" is a programme's name, "Today" a section's, and "hier" German's "here"."""
    found = normalize_date(text, reference=date(2024, 4, 27))
    assert (found.value if found is not None else None) == value
    assert found is None or found.from_reference


@pytest.mark.parametrize(("text", "value"), [
    ("Вчера в 18:40", "2024-04-26T18:40:00"), ("dünən, 10:15", "2024-04-26T10:15:00"),
    ("Bugün 09:05", "2024-04-27T09:05:00"), ("kecha 22:10", "2024-04-26T22:10:00"),
    ("кеше 10:15", "2024-04-26T10:15:00"), ("вчора о 10:15", "2024-04-26T10:15:00"),
    ("wczoraj o 7:45", "2024-04-26T07:45:00"), ("ieri alle 10:15", "2024-04-26T10:15:00"),
    ("hier à 16h28", "2024-04-26T16:28:00"), ("ayer a las 10:15", "2024-04-26T10:15:00"),
    ("Published: Today 10:15 GMT", "2024-04-27T10:15:00+00:00"),
])
def test_a_day_word_gives_the_time_printed_beside_it(text: str, value: str) -> None:
    found = normalize_date(text, reference=datetime(2024, 4, 27, 12, 0))
    assert found is not None and found.value == value and found.has_time
    assert text.endswith(found.raw)  # the time is part of what the date was read from


@pytest.mark.parametrize(("text", "value"), [
    ("il y a 2 heures", "2024-04-27T10:00:00"), ("il y a une heure", "2024-04-27T11:00:00"),
    ("hace 3 horas", "2024-04-27T09:00:00"), ("hace una hora", "2024-04-27T11:00:00"),
    ("há 2 dias", "2024-04-25T12:00:00"), ("2 ore fa", "2024-04-27T10:00:00"),
    ("3 godziny temu", "2024-04-27T09:00:00"), ("5 годин тому", "2024-04-27T07:00:00"),
    ("2 тижні тому", "2024-04-13T12:00:00"), ("2 saat önce", "2024-04-27T10:00:00"),
    ("45 dakika önce", "2024-04-27T11:15:00"), ("3 saat əvvəl", "2024-04-27T09:00:00"),
    ("2 soat oldin", "2024-04-27T10:00:00"), ("2 сағат бұрын", "2024-04-27T10:00:00"),
    ("час назад", "2024-04-27T11:00:00"), ("минуту назад", "2024-04-27T11:59:00"),
    ("несколько часов назад", None),  # "some hours": no count to go back by
])
def test_counts_back_in_the_regions_languages(text: str, value: str | None) -> None:
    found = normalize_date(text, reference=datetime(2024, 4, 27, 12, 0))
    assert (found.value if found is not None else None) == value
    assert normalize_date(text) is None


def test_a_day_word_is_the_outlets_day_at_the_fetch() -> None:
    """Fetched at 22:00 UTC, it is already the next day in Baku (UTC+4)."""
    fetched = datetime(2024, 4, 27, 22, 0, tzinfo=timezone.utc)
    found = normalize_date("Сегодня, 01:30", reference=fetched, tz="Asia/Baku")
    assert found is not None and found.value == "2024-04-28T01:30:00+04:00"
    assert found.offset_source == "outlet"
    assert normalize_date("Вчера, 23:10", reference=fetched, tz="Asia/Baku").value == (  # type: ignore[union-attr]
        "2024-04-27T23:10:00+04:00")


def test_a_day_word_whose_time_would_come_long_after_the_fetch_is_the_day_before() -> None:
    """"Today 23:50" read at 01:00 UTC: no clock is 22 hours ahead of UTC, so the page's
    today was the fetch's yesterday (a page west of Greenwich)."""
    fetched = datetime(2024, 4, 27, 1, 0, tzinfo=timezone.utc)
    assert normalize_date("Today 23:50", reference=fetched).value == "2024-04-26T23:50:00"  # type: ignore[union-attr]
    assert normalize_date("Today 12:50", reference=fetched).value == "2024-04-27T12:50:00"  # type: ignore[union-attr]


def test_relative_dates_need_a_fetch_time() -> None:
    assert normalize_date("2 hours ago") is None
    fetched = datetime(2024, 4, 27, 12, 0, tzinfo=timezone.utc)
    found = normalize_date("2 hours ago", reference=fetched)
    assert found is not None and found.value == "2024-04-27T10:00:00+00:00"
    assert normalize_date("vor 3 Tagen", reference=fetched).value.startswith("2024-04-24")  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "value"), [
    ("an hour ago", "2024-04-27T11:00:00+00:00"),
    ("Updated a day ago", "2024-04-26T12:00:00+00:00"),
    ("vor einer Woche", "2024-04-20T12:00:00+00:00"),
])
def test_relative_dates_written_without_a_digit(text: str, value: str) -> None:
    fetched = datetime(2024, 4, 27, 12, 0, tzinfo=timezone.utc)
    found = normalize_date(text, reference=fetched)
    assert found is not None and found.value == value
    assert normalize_date(text) is None


def test_impossible_dates_are_not_dates() -> None:
    assert normalize_date("31.02.2020") is None
    assert normalize_date("the 45th of Octember") is None


def test_event_dates_in_the_body_are_not_the_publication_date() -> None:
    text = ("A headline about the treaty\n\nThe doctrine was approved by the country's parliament "
            "on April 4, 2016, and it has been in force since, the minister said on Tuesday.")
    record = clean(text)
    assert record.published is None and "undated" in record.flags


def test_header_date_is_the_page_date_not_the_publication_date() -> None:
    text = ("Example News\n\nSaturday April 27 2024\n\nHeadline of the story here\n\n"
            "15 April 2020 19:10 (UTC+04:00)\n\nThe first paragraph of the story is long "
            "enough to be read as prose by the cleaner.")
    record = clean(text)
    assert record.published == "2020-04-15T19:10:00+04:00"
    assert record.page_date == "2024-04-27"
    assert record.published_tz == "explicit"


def test_published_wins_over_updated_and_both_are_kept() -> None:
    text = ("Headline of the story here\n\nUpdated: 28 September 2020\n\nPublished: 26 September "
            "2020\n\nThe first paragraph of the story is long enough to be read as prose here.")
    record = clean(text)
    assert record.published == "2020-09-26" and record.updated == "2020-09-28"


def test_a_later_date_below_the_last_update_is_another_story_s() -> None:
    text = ("Scientists confirm the hottest year\n\nBy Alex Villa Last updated Nov 8, 2023 Share "
            "with new partner:\n\nThe first paragraph of the story is long enough to be read as "
            "prose, the scientists said.\n\nRecent\n\nAnother story's headline is here\n\n"
            "Ann Lee Nov 9, 2023\n\nAnd a third story's headline\n\nNov 9, 2023")
    record = clean(text)
    assert record.published == "2023-11-08" and "published_from_updated" in record.flags
    # a story's headline that holds the word is no label: its date bounds nothing
    assert normalize_date("Covid-19 update: Grenada Dashboard 20 April 2022") is not None
    from newsclean.meta.published import _UPDATED_JUST_BEFORE

    assert not _UPDATED_JUST_BEFORE.search("Covid-19 update: Grenada Dashboard ")
    assert _UPDATED_JUST_BEFORE.search("Last updated on ")


def test_an_update_before_the_publication_is_no_update_of_it() -> None:
    text = ("Kim is back, says the agency\n\n04.05.20 14:50\n\nUpdate vom 03. Mai 2020, 16:05: "
            "an earlier entry of the live report, long enough to be read as prose, the agency "
            "said.\n\nThe first paragraph of the story is long enough to be read as prose.")
    record = clean(text)
    assert record.published == "2020-05-04T14:50:00" and record.updated is None


def test_nothing_after_the_fetch_is_the_publication_date() -> None:
    """A teaser's event to come ("Show is December 6-8"), whether its year is printed or the
    fetch time would give it, is no publication date; nor does a date the fetch time
    completes beat one the page prints whole."""
    text = ("Home\nLiving\nWinter Antiques Show is December 6-8\nThe vote is on 3 March 2020\n"
            "Headline of the story here\n\nUpdated 1:39 am EST, Wednesday, November 20, 2019\n\n"
            "The first paragraph of the story is long enough to be read as prose by the cleaner, "
            "the minister said.\n\nA second paragraph tells the rest of the story in full.")
    fetched = "2019-11-20T12:00:00+00:00"
    record = clean(text, fetched_at=fetched)
    assert record.published == "2019-11-20T01:39:00-05:00"
    teaser = text.replace("Updated 1:39 am EST, Wednesday, November 20, 2019",
                          "Nov. 18, 2019\n\nMore: the fair opens Nov. 19")
    assert clean(teaser, fetched_at=fetched).published == "2019-11-18"


def test_a_relative_date_in_a_sentence_of_the_body_is_an_events() -> None:
    text = ("Headline of the story here\n\nThe first paragraph of the story is long enough to be "
            "the body's.\n\nHe left 2 hours ago.\n\nThe second paragraph of the story is long too.")
    assert clean(text, fetched_at="2024-04-27T12:00:00+00:00").published is None
    dated = text.replace("Headline of the story here", "Headline of the story here\n\n3 hours ago")
    assert clean(dated, fetched_at="2024-04-27T12:00:00+00:00").published == "2024-04-27T09:00:00+00:00"


def test_a_relative_date_line_under_a_label_is_the_date_not_the_headline() -> None:
    text = ("Совет одобрил бюджет\nОпубликовано: вчера в 18:40\nДепутаты городского совета во "
            "вторник одобрили новый бюджет, который включает деньги на дороги и школы района.")
    record = clean(text, fetched_at="2024-04-27T12:00:00+00:00")
    assert (record.title, record.published) == ("Совет одобрил бюджет", "2024-04-26T18:40:00")
    assert [(r.line, r.rule) for r in record.removed] == [(1, "title.headline"), (2, "meta.date")]


def test_fetched_at_dates_relative_dates_in_a_record() -> None:
    text = "Headline of the story here\n\n2 hours ago\n\nThe first paragraph of the story is long enough."
    record = clean(text, fetched_at="2024-04-27T12:00:00+00:00")
    assert record.published == "2024-04-27T10:00:00+00:00"
    assert clean(text).published is None
    told = clean(text.replace("2 hours ago", "Вчера в 18:40"), fetched_at="2024-04-27T12:00:00+00:00")
    assert (told.published, told.published_raw) == ("2024-04-26T18:40:00", "Вчера в 18:40")
    assert "published_from_fetch" in record.flags and "published_from_fetch" in told.flags
    printed = clean(text.replace("2 hours ago", "27 April 2024 10:00"), fetched_at="2024-04-27T12:00:00Z")
    assert printed.published == "2024-04-27T10:00:00" and "published_from_fetch" not in printed.flags


def test_a_markup_date_over_a_relative_one_is_not_the_fetchs() -> None:
    page = ("<html><head><meta property='article:published_time' content='2024-04-27T09:58:00+00:00'>"
            "</head><body><article><h1>Headline of the story here</h1><p>2 hours ago</p>"
            "<p>The first paragraph of the story is long enough to be the body of the article that "
            "the page prints, and it goes on for a while.</p></article></body></html>")
    record = clean_html(page, fetched_at="2024-04-27T12:00:00+00:00")
    assert record.published == "2024-04-27T09:58:00+00:00"
    assert "published_from_fetch" not in record.flags


_BODY = ("The council met on Tuesday to discuss the budget for the coming year, and the members "
         "agreed that the schools would get more money than they did before.\n\nIt was the first "
         "time in a decade that the budget grew, the mayor said after the vote.")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Posted on Fri, January 24, 2020 at 6:18 pm by John Smith", "John Smith"),
        ("Veröffentlicht am Fr, 24. Januar 2020, 18:18 von Anna Lenz", "Anna Lenz"),
        ("Posted 11. April 2018 by Walter von Aachen", "Walter von Aachen"),
    ],
)
def test_a_date_line_signed_by_its_author_is_a_date_line(line: str, author: str) -> None:
    record = clean(f"Home\n\nCouncil backs a bigger school budget\n\n{line}\n\n{_BODY}")
    assert [(r.text, r.rule) for r in record.removed if r.text == line] == [(line, "meta.date")]
    assert record.published is not None and record.published.startswith(("2020-01-24", "2018-04-11"))
    assert [a.name for a in record.authors] == [author]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Fr, 24. Januar 2020, 18:18", "meta.date"),
        ("Ann Reader | Di, 21. April 2020 - 16:40", "meta.date"),
        ("пт, 12 мая 2023 г., 14:05", "meta.date"),
        # a French first of the month and a French time are the date's numbers
        ("publié le 1er novembre 2023 à 16h28", "meta.date"),
        ("Le 3 mars 2022 à 9h", "meta.date"),
        ("Il a marché 16h durant le 1er mai", None),
        # under a date's label, a day and a month are a date without its year
        ("Publicado el 11 de mayo", "meta.date"),
        ("11. September", None),
        # bylines of more languages; a lead that is a word of others only before a given name
        ("Door Jan de Vries", "meta.byline"),
        ("Door County Board Approves Budget", None),
        ("Yazar: Ahmet Yılmaz", "meta.byline"),
        # "fr" of a domain, "Do" and "di" of a sentence are words, not weekdays
        ("4 avril 2018 : Article Libération.fr", None),
        ("Do you remember March 3, 2020?", None),
        ("di Alessia Candito 02 Novembre 2023", None),
        # an account's name in lower case signs a date line too; a sentence's words do not
        ("Posted on 12.03.2020 by admin", "meta.date"),
        ("26/12/2019 von revamp-it Webteam", "meta.date"),
        ("Approved on 12.03.2020 by the Council", None),
        ("Approved on 12.03.2020 by the council", None),
        # a date in digits spaced after its dots, with its full year
        ("13.\u20091.\u20092020", "meta.date"),
        ("13. 1. 2020", "meta.date"),
        ("Punkte 3. 4. 5.", None),
        # a relative date, with its label, or with a counter beside it; not in a sentence
        ("2 hours ago", "meta.date"), ("an hour ago", "meta.date"), ("vor einer Woche", "meta.date"),
        ("час назад", "meta.date"), ("il y a une heure", "meta.date"), ("hace una hora", "meta.date"),
        ("Опубликовано: вчера в 18:40", "meta.date"), ("Posted yesterday at 10:15 pm", "meta.date"),
        ("Сегодня, 10:15 | Просмотров: 25", "meta.date"), ("2 saat önce", "meta.date"),
        ("He arrived 2 hours ago.", None), ("Приехал час назад", None), ("Today", None),
        ("Yesterday's news", None),
    ],
)
def test_what_a_date_line_may_hold_besides_the_date(line: str, rule: str | None) -> None:
    from newsclean.meta.lines import metadata_rule
    from newsclean.segment import segment

    assert metadata_rule(segment(line)[0]) == rule


@pytest.mark.parametrize("label", ["Registriert:", "Joined:", "Member since", "Mitglied seit:"])
def test_a_member_s_join_date_is_not_the_post_s(label: str) -> None:
    # a forum prints the poster's profile over the post: the day they joined is not its date
    text = (f"Forum index\n\nr23\n\nPosts: 1626\n\n{label} 18.09.2008, 05:56\n\nLocation: Hagen"
            "\n\nPost by r23 » 21.01.2009, 05:42\n\nWhat free software is, and why it matters\n\n"
            f"By Georg Greve\n\n{_BODY}")
    assert clean(text).published == "2009-01-21T05:42:00"


def test_the_date_under_the_headline_beats_a_comment_timestamp() -> None:
    # A notice the rules keep opens the body above the headline; the byline's date under the
    # headline is still the article's, not the first reader comment's (which has a time).
    notice = ("We are glad you read us. Unfortunately you use an ad blocker, and we finance our "
              "journalism mostly through advertising, so please turn it off for our site.")
    text = (f"Home\n\n{notice}\n\nCouncil backs a bigger school budget\n\n"
            f"BY JANE DOE on 21 April 2020\n\n{_BODY}\n\n"
            "Ann Reader | Tue, 21 April 2020 - 16:40\n\nI do not agree with this at all, and I "
            "think the council is wrong to spend the money this way.")
    record = clean(text)
    assert record.published == "2020-04-21"


def test_the_date_under_the_body_beats_a_later_comment_timestamp() -> None:
    # the article's date printed with its author box under the body; the readers' comments,
    # dated to the minute, come far below, under the site's teasers
    teasers = "\n".join(f"Teaser headline number {n} of the site" for n in range(12))
    comments = "\n\n".join(
        f"Reader {n}\n\n{14 + n % 2}. 01. 2020, 13:{10 + n}\n\nI do not agree with this at "
        "all, and I think the council is wrong to spend the money this way." for n in range(8))
    text = (f"Home\n\nCouncil backs a bigger school budget\n\n{_BODY}\n\n13.\u20091.\u20092020"
            f"\n\nKommentar von\n\nIngo Arzt\n\nMehr zum Thema\n\n{teasers}\n\n"
            f"Leserkommentare\n\n{comments}")
    assert clean(text).published == "2020-01-13"


_POLISH = ("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
           "listopada grudnia").split()
_HUNGARIAN = ("január február március április május június július augusztus szeptember "
              "október november december").split()
_GREEK = ("Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου "
          "Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου").split()
FORMS = [
    lambda d: f"{d.day} {d:%B} {d.year} {d:%H:%M}",
    lambda d: f"{d:%B} {d.day}, {d.year} {d:%H:%M}",
    lambda d: f"{d:%A}, {d.day} {d:%b} {d.year}, {d:%H:%M}",
    lambda d: f"{d:%d.%m.%Y} {d:%H:%M}",
    lambda d: d.strftime("%Y-%m-%dT%H:%M:00"),
    lambda d: f"{d:%a}, {d:%d} {d:%b} {d.year} {d:%H:%M}:00 +0000",
    lambda d: f"{d:%B} {d.day}, {d.year}, {(d.hour % 12) or 12}:{d:%M} {'pm' if d.hour >= 12 else 'am'}",
    lambda d: f"{d.year}年{d.month}月{d.day}日 {d.hour}時{d:%M}分",
    lambda d: f"{d.day} {_POLISH[d.month - 1]} {d.year} {d:%H:%M}",
    lambda d: f"{d.year}. {_HUNGARIAN[d.month - 1]} {d.day}. {d:%H:%M}",
    lambda d: f"{d.day} {_GREEK[d.month - 1]} {d.year} {d:%H:%M}",
    lambda d: f"{d:%Y.%m.%d} {d:%H:%M}",
    lambda d: f"{d:%Y/%m/%d} {d:%H:%M}",
]


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 12, 31)).map(
        lambda d: d.replace(second=0, microsecond=0)
    ),
    st.sampled_from(range(len(FORMS))),
)
def test_written_dates_parse_back_to_themselves(moment: datetime, form: int) -> None:
    text = FORMS[form](moment)
    found = normalize_date(text)
    assert found is not None, text
    assert found.value[:16] == moment.isoformat()[:16], text
    if form == 5:
        assert found.value.endswith("+00:00")


@given(st.text())
@example("1220202 дня назад")  # a count back past the year 1
@example("9" * 5000 + " days ago")  # past int()'s digit limit
def test_normalize_date_never_raises(text: str) -> None:
    normalize_date(text, reference=datetime(2024, 1, 1) + timedelta(days=3))
    normalize_date(text, reference=date(2024, 1, 4))


@pytest.mark.parametrize("text", ["version 2020.1.2.3", "1.2020.08.27", "2020.13.45", "2020.08/27"])
def test_year_first_numbers_that_are_no_date(text: str) -> None:
    assert normalize_date(text) is None


@pytest.mark.parametrize("text", ["Linux kernel version 2.6.29 or newer", "Python 3.10.12",
                                  "update to v1.12.20", "Kernel 2.6.32"])
def test_software_versions_are_no_dates(text: str) -> None:
    assert normalize_date(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("15.04.2020 – 17.04.2020", "2020-04-15"),  # a range: its second date is no clock
     ("Montag, 15.04.2020 - 17.04 Uhr", "2020-04-15T17:04:00"),
     ("April 15, 2020 10:48:12.345 UTC", "2020-04-15T10:48:12+00:00")],
)
def test_a_clock_after_a_date_is_no_date(text: str, value: str) -> None:
    assert normalize_date(text).value == value  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Shana Nys DambrotNovember 6, 2023", "November 6, 2023"),
        ("iPhoneMay 6, 2023", "May 6, 2023"),  # not "iPhoneMay", which names no month
        ("Published: MarchApril 5, 2020", "April 5, 2020"),
        ("27.04.2020 - 18:50 Uhr 3 Kommentare", "27.04.2020 - 18:50 Uhr"),  # o'clock, in German
        ("27.04.2020, 18:50 Uhrzeit", "27.04.2020, 18:50"),
    ],
)
def test_what_a_date_spans(text: str, raw: str) -> None:
    from newsclean.meta.dates import find_dates

    assert [d.raw for d in find_dates(text)] == [raw]


def test_a_month_glued_to_lower_case_is_no_date() -> None:
    from newsclean.meta.dates import find_dates

    assert find_dates("remay 6, 2023") == []  # one word: only a capital after it opens a month


def test_spaced_numeric_dates_need_the_full_year() -> None:
    assert normalize_date("Punkt 3. 4. 20") is None  # a list's numbering, not a date


_DATE_PIECES = st.sampled_from(
    ["5", "12", "2020", "19", ".", "/", "-", ":", " ", ", ", "th", "st", "Jan", "janvier", "Mai",
     "мая", "MAYIS", "Ağustos", "İ", "Dez.", "Wed, ", "de ", "12:30", "ago", "hours", "x", "a",
     "yesterday", "Heute", "an hour ago", "vor 3 Tagen", "2 дня назад", "Dambrot", "November",
     "iP", "Uhr", "il y a ", "une heure", "час", " назад", "hace ", "una hora", "Вчера в ", " о ",
     " saat önce", "dünən ", "3 ore fa", "۸", "۱۴۰۳", "1403", "اردیبهشت", "دی", "مه", "٢٠٢٤",
     "، ساعت ", " پیش", "منذ ", "ساعتين", "जून", "मई", "३", "มิ.ย.", "มิถุนายน", "2567", "67",
     " น.", "tháng ", " năm ", "ngày ", "Juni", "WIB", " jam yang lalu", " घंटे पहले", " PM",
     "ግንቦት ", "ጳጉሜ", " ቀን ", "ከ", " ሰዓት በፊት", "saa ", " zilizopita", " da suka wuce", "WAT",
     "wákàtí ", " sẹ́yìn", "Junie", "2016", "for ", " timer siden", " tuntia sitten", "pirms ",
     " stundām", "prieš ", " val.", " órája", "acum ", " ore", "πριν από ", " ώρες", "prije ",
     " sata", "пре ", " сата", "před ", " hodinami", " uur geleden", "fyrir ", "i går", "igår",
     "kl. ", "klo ", "14.32", "3.6.", "ΙΟΥΝΙΟΥ", "kesäkuuta", " gada ", " m. ", "birželio", " d.",
     "2024.", " u ", "Vakar", "ΧΘΕΣ", " demjimêr berê", " کاتژمێر لەمەوبەر", "پێش ", " خولەک",
     "Hezîran", "حوزەیران", " Pazartesi ", "d'agost", "juny", "xuño", "ko ", "ekainaren ", " a les ",
     " ás "]
)


@settings(max_examples=1500)
@given(st.lists(_DATE_PIECES, max_size=14).map("".join))
@example("6 Maia3")  # the month is a prefix of a longer run of letters
@example("5thJan 2020")  # the month follows a day's suffix inside one run
@example("İ5 MAYIS 2020")  # a name whose lower case is longer than it
@example("DambrotNovember 5, 2020")  # the month glued to the word before it
@example("iPDambrotNovember5 2020")
@example(" घंटे पहलेJan5")  # a vowel sign parts the letters as the patterns read them
def test_skipping_patterns_by_their_marks_changes_no_answer(text: str) -> None:
    from newsclean.meta.dates import _find_dates

    for day_first in (None, True):
        for reference in (None, date(2024, 4, 27)):
            assert _find_dates(text, None, reference, day_first, gated=True) == _find_dates(
                text, None, reference, day_first, gated=False)


@settings(max_examples=500)
@given(st.lists(_DATE_PIECES, max_size=10).map("".join))
@example("yesterday")
@example("vor einer Woche")
@example("1220202 дня назад")  # counts back past the year 1
@example("99999 weeks ago")
def test_a_text_that_may_hold_no_date_holds_none(text: str) -> None:
    from newsclean.meta.dates import find_dates, may_hold_a_date

    for reference in (None, date(2024, 4, 27)):
        if not may_hold_a_date(text, reference):
            assert find_dates(text, reference=reference) == []
    assert may_hold_a_date("yesterday", date(2024, 4, 27))
    assert not may_hold_a_date("yesterday", None)


def test_the_reference_may_be_given_as_a_fetch_time_is_written() -> None:
    assert normalize_date("2 hours ago", reference="2024-04-27T12:00:00Z").value == (  # type: ignore[union-attr]
        "2024-04-27T10:00:00+00:00")
    assert normalize_date("Вчера в 18:40", reference="Sat, 27 Apr 2024 12:00:00 GMT").value == (  # type: ignore[union-attr]
        "2024-04-26T18:40:00")
    assert normalize_date("Dec 30", reference=1704283200).value == "2023-12-30"  # type: ignore[union-attr]


@pytest.mark.parametrize("given", [{"reference": "last Tuesday"}, {"reference": [2024]},
                                   {"tz": "Asia/Bakuu"}, {"tz": ""}])
def test_a_reference_or_zone_that_is_none_is_a_clear_error(given: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=f"^{next(iter(given))}="):
        normalize_date("no date in this text", **given)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=f"^{next(iter(given))}="):
        find_dates("15 April 2020 10:15", **given)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "value"), [
    # Uzbek, Latin and Cyrillic, and Turkmen: the names that differ from Azerbaijani's and Russian's
    ("5 sentabr 2020", "2020-09-05"), ("5 oktabr 2020", "2020-10-05"), ("5 avgust 2020", "2020-08-05"),
    ("5 октябр 2020", "2020-10-05"), ("12 июн 2020", "2020-06-12"), ("5 sentýabr 2020", "2020-09-05"),
    ("15 апрели 2020, 19:10", "2020-04-15T19:10:00"),  # Tajik joins day and month so
    # Georgian, with its short names, and Armenian, day or month first
    ("15 აპრილი 2020", "2020-04-15"), ("15 აპრ. 2020", "2020-04-15"),
    ("15 ապրիլի, 2020", "2020-04-15"), ("ապրիլի 15, 2020", "2020-04-15"),
    # a hyphen between day, month and year
    ("15-aprel, 2020", "2020-04-15"), ("15-апрель, 2020", "2020-04-15"), ("15-Apr-2020", "2020-04-15"),
    ("15-April-2020 10:00", "2020-04-15T10:00:00"),
    # the year under its word first
    ("2020-yil 15-aprel", "2020-04-15"), ("2020 yil 15 aprel, 10:30", "2020-04-15T10:30:00"),
    ("2020 жылғы 15 сәуір", "2020-04-15"), ("2020 թ. ապրիլի 15", "2020-04-15"),
    # a clock beside a date across a slash, as Uzbek sites print it
    ("15:30 / 15.04.2020", "2020-04-15T15:30:00"), ("15.04.2020 / 15:30", "2020-04-15T15:30:00"),
])
def test_dates_as_the_caucasus_and_central_asia_print_them(text: str, value: str) -> None:
    found = normalize_date(text)
    assert found is not None and found.value == value


@pytest.mark.parametrize("text", ["COVID-19 March 2020", "COVID-19-March 2020", "F-15 April",
                                  "2020-yil 15-apreldagi"])
def test_a_number_a_hyphen_joins_to_a_name_is_no_day(text: str) -> None:
    assert normalize_date(text, reference=date(2020, 5, 1)) is None


@pytest.mark.parametrize(("text", "value"), [
    # the word for "year" between the date and its time
    ("15 апреля 2020 г. в 19:10", "2020-04-15T19:10:00"),
    ("15 апреля 2020 года, 19:10", "2020-04-15T19:10:00"),
    ("15 сәуір 2020 ж., 19:10", "2020-04-15T19:10:00"), ("15 aprel 2020-yil, 19:10", "2020-04-15T19:10:00"),
    ("12 maja 2020 r., godz. 10:15", "2020-05-12T10:15:00"),
    # Russian's ordinal day, Azerbaijani's and Georgian's year first
    ("15-го апреля 2020 года", "2020-04-15"), ("2020-ci il 15 aprel", "2020-04-15"),
    ("2020 წლის 15 აპრილი", "2020-04-15"),
    # hyphens with the full year, as slashes are read
    ("15:30 15-04-2020", "2020-04-15T15:30:00"), ("12-15-2020", "2020-12-15"),
])
def test_the_year_word_the_ordinal_and_hyphens_of_the_regions_dates(text: str, value: str) -> None:
    found = normalize_date(text)
    assert found is not None and found.value == value


def test_hyphened_numbers_need_a_full_year_and_a_possible_day() -> None:
    assert normalize_date("Tel. 12-34-2020") is None
    assert normalize_date("Order 12-05-20") is None  # two digits of a year: a code, not a date
    found = normalize_date("04-05-2020")
    assert found is not None and found.ambiguous and found.value == "2020-05-04"


# --- Persian and Arabic: the Solar Hijri calendar, the script's digits, its clock words ----------

@pytest.mark.parametrize(("text", "value"), [
    ("۸ اردیبهشت ۱۴۰۳", "2024-04-27"),  # Persian digits, Iran's month names
    ("شنبه ۸ اردیبهشت ۱۴۰۳، ۱۰:۳۰", "2024-04-27T10:30:00"),  # the weekday, the Arabic comma
    ("۹ ثور ۱۴۰۳، ساعت ۱۴:۲۰", "2024-04-28T14:20:00"),  # Dari's month name, "hour" before the time
    ("9 ثور 1403", "2024-04-28"),
    ("۱۰ دی ۱۴۰۲", "2023-12-31"),  # the month of two letters
    ("۱ فروردین ۱۴۰۳", "2024-03-20"),  # Nowruz
    ("۳۰ اسفند ۱۴۰۳", "2025-03-20"),  # 1403 is a leap year
    ("۱۴۰۳/۰۲/۰۸", "2024-04-27"),
    ("1399/12/30", "2021-03-20"),
    ("۸ اردیبهشت ماه ۱۴۰۳", "2024-04-27"),
])
def test_solar_hijri_dates_are_converted(text: str, value: str) -> None:
    found = normalize_date(text)
    assert found is not None and found.value == value and found.rule == "date.jalali"
    assert found.raw in text and found.raw[:1] == text[text.index(found.raw)]  # as printed


@pytest.mark.parametrize("text", [
    "۳۰ اسفند ۱۴۰۲",  # 1402 was no leap year
    "۳۱ مهر ۱۴۰۳",  # the seventh month has 30 days
    "1445/10/18",  # a year of the lunar Hijri calendar
    "۱۸ شوال ۱۴۴۵",  # a lunar Hijri date: not converted
])
def test_no_such_solar_hijri_day_and_lunar_dates_give_nothing(text: str) -> None:
    assert normalize_date(text) is None


def test_the_solar_hijri_conversion_runs_day_by_day() -> None:
    from newsclean.meta.dates import jalali_to_gregorian
    previous = None
    for year in range(1300, 1421):
        for month in range(1, 13):
            for day in range(1, 32):
                found = jalali_to_gregorian(year, month, day)
                if found is None:
                    continue
                if previous is not None:
                    assert (found - previous).days == 1, (year, month, day)
                previous = found
    assert previous == date(2042, 3, 20)  # 29 or 30 Esfand 1420, the day before Nowruz 1421


@pytest.mark.parametrize(("text", "value"), [
    ("٢٧ أبريل ٢٠٢٤", "2024-04-27"),  # Arabic-Indic digits
    ("۲۷ آوریل ۲۰۲۴", "2024-04-27"),  # the Gregorian months in Persian
    ("۷ مه ۲۰۲۴", "2024-05-07"),
    ("نشر في 27 أبريل 2024 - 10:30 ص", "2024-04-27T10:30:00"),  # "a.m." as a letter
    ("27 أبريل 2024 الساعة 08:15 م", "2024-04-27T20:15:00"),
    ("١٠:٣٠ - ٢٧/٤/٢٠٢٤", "2024-04-27T10:30:00"),
    ("२७/०४/२०२४", "2024-04-27"),  # any script's decimal digits
])
def test_the_arabic_scripts_digits_and_clock_words_are_read(text: str, value: str) -> None:
    found = normalize_date(text)
    assert found is not None and found.value == value
    assert found.raw in text  # the raw keeps the page's digits


@pytest.mark.parametrize(("text", "value"), [
    ("۲ ساعت پیش", "2024-04-27T10:00:00+00:00"), ("۳ روز پیش", "2024-04-24T12:00:00+00:00"),
    ("منذ 3 ساعات", "2024-04-27T09:00:00+00:00"), ("منذ ساعة", "2024-04-27T11:00:00+00:00"),
    ("منذ ساعتين", "2024-04-27T10:00:00+00:00"),  # the dual: two hours
    ("أمس 10:15", "2024-04-26T10:15:00"), ("دیروز ساعت ۱۰:۱۵", "2024-04-26T10:15:00"),
    ("امروز، ۱۴:۲۰", "2024-04-27T14:20:00"),
])
def test_relative_dates_in_persian_and_arabic(text: str, value: str) -> None:
    found = normalize_date(text, reference="2024-04-27T12:00:00Z")
    assert found is not None and found.value == value and found.raw == text


# --- South and Southeast Asia: India's scripts, Urdu, Indonesian, Filipino, Thai, Vietnamese -----

@pytest.mark.parametrize(("text", "value"), [
    ("सोमवार, 03 जून 2024", "2024-06-03"),  # Hindi: the month's name has vowel signs
    ("3 मई 2024 10:15 AM IST", "2024-05-03T10:15:00+05:30"),  # May, of two letters
    ("३ मे २०२४", "2024-05-03"),  # Marathi, in Devanagari digits
    ("১৫ আগস্ট ২০২৪", "2024-08-15"), ("15 ஆகஸ்ட் 2024", "2024-08-15"),  # Bengali, Tamil
    ("5 ಮೇ 2024", "2024-05-05"), ("10 ജൂൺ 2024", "2024-06-10"),  # Kannada, Malayalam
    ("12 ستمبر 2024", "2024-09-12"), ("03 جون ، 2024", "2024-06-03"),  # Urdu, its comma spaced
    ("Senin, 3 Juni 2024 pukul 10.15 WIB", "2024-06-03T10:15:00+07:00"),  # Indonesian
    ("17 Agustus 2024", "2024-08-17"), ("3 Maret 2024", "2024-03-03"),
    ("Selasa, 4 Juni 2024 | 08:30 WITA", "2024-06-04T08:30:00+08:00"),
    ("5 Ogos 2024", "2024-08-05"), ("5 Disember 2023", "2023-12-05"),  # Malay
    ("Hunyo 12, 2024", "2024-06-12"),  # Filipino
    ("Jun 3, 2024 10:15 PM PHT", "2024-06-03T22:15:00+08:00"),
    ("3 มิ.ย. 2567 10:15 น.", "2024-06-03T10:15:00"),  # Thai: the Buddhist Era's year
    ("วันจันทร์ที่ 3 มิถุนายน พ.ศ. 2567", "2024-06-03"),
    ("3 มิ.ย. 67 เวลา 10:15 น.", "2024-06-03T10:15:00"),  # its year in two digits
    ("3 มิถุนายน 2024", "2024-06-03"),  # a Gregorian year stays
    ("ngày 3 tháng 6 năm 2024", "2024-06-03"),  # Vietnamese: the month by its number
    ("Thứ Hai, 03 tháng 06, 2024 - 10:15", "2024-06-03T10:15:00"),
    ("Cập nhật lúc 10:15 ngày 3 tháng 6 năm 2024", "2024-06-03T10:15:00"),
    # a clock's "PM" after a weekday's date is no zone of the RFC form
    ("Updated: Thu, 30 May 2024 02:15 PM (IST)", "2024-05-30T14:15:00+05:30"),
])
def test_dates_as_south_and_southeast_asia_print_them(text: str, value: str) -> None:
    found = normalize_date(text)
    assert found is not None and found.value == value
    assert found.raw in text  # as printed: its digits, its abbreviation's stops


@pytest.mark.parametrize("text", ["15 de 2020", "Mac OS 10 2020", "| Gestion des R H | 56 | 118 |",
                                  "ngày 3 tháng 13 năm 2024", "31 มิ.ย. 2567"])
def test_words_and_numbers_that_are_no_date_of_the_region(text: str) -> None:
    """"des" (French's article) and "Mac" are no month's abbreviation; there is no 13th month
    nor a 31st of June."""
    assert normalize_date(text) is None


@pytest.mark.parametrize(("text", "value"), [
    ("2 घंटे पहले", "2024-06-03T10:00:00+00:00"), ("3 दिन पहले", "2024-05-31T12:00:00+00:00"),
    ("২ ঘণ্টা আগে", "2024-06-03T10:00:00+00:00"), ("2 گھنٹے پہلے", "2024-06-03T10:00:00+00:00"),
    ("2 jam yang lalu", "2024-06-03T10:00:00+00:00"), ("5 menit lalu", "2024-06-03T11:55:00+00:00"),
    ("3 minggu lalu", "2024-05-13T12:00:00+00:00"),  # Indonesian's week opens as a minute would
    ("2 giờ trước", "2024-06-03T10:00:00+00:00"), ("3 ngày trước", "2024-05-31T12:00:00+00:00"),
    ("2 ชั่วโมงที่แล้ว", "2024-06-03T10:00:00+00:00"),
])
def test_counts_back_in_south_and_southeast_asia(text: str, value: str) -> None:
    found = normalize_date(text, reference="2024-06-03T12:00:00Z")
    assert found is not None and (found.value, found.raw) == (value, text)


@pytest.mark.parametrize("line", [
    "3 มิ.ย. 2567 10:15 น.", "เผยแพร่: 3 มิ.ย. 2567 10:15 น.", "ngày 3 tháng 6 năm 2024",
    "Thứ hai, 3/6/2024, 10:15 (GMT+7)", "सोमवार, 03 जून 2024", "प्रकाशित: 3 जून 2024 10:15 AM (IST)",
    "Senin, 3 Juni 2024 | 10:15 WIB", "Diperbarui 3 Juni 2024, 10:15 WIB",
    "প্রকাশিত: ৩ জুন ২০২৪, ১০:১৫", "Published June 3, 2024 Updated about 2 hours ago",
    "பதிவு செய்த நாள்: ஜூன் 03, 2024 10:15",  # Tamil's label: "the day it was posted"
])
def test_the_regions_date_lines_are_date_lines(line: str) -> None:
    from newsclean.meta.lines import is_date_line
    from newsclean.segment import make_line

    made = make_line(1, line)
    assert made is not None and is_date_line(made)


def test_a_header_day_after_the_articles_last_update_is_the_page_date() -> None:
    """A page that prints only its article's update ("Updated: Thu, 30 May 2024", the weekday
    between label and date) under a header dated the scrape's day: the header's day is the
    page's, the publication is the update's (flagged)."""
    text = ("Dainik News\n\nसोमवार, 03 जून 2024\n\nMonsoon reaches Kerala two days early\n\n"
            "Updated: Thu, 30 May 2024 02:15 PM (IST)\n\nThe southwest monsoon set in over Kerala "
            "on Thursday, two days ahead of its normal onset date, the weather office said.")
    record = clean(text)
    assert (record.published, record.page_date) == ("2024-05-30T14:15:00+05:30", "2024-06-03")
    assert "published_from_updated" in record.flags


def test_a_page_in_a_language_other_than_english_reads_slashes_day_first() -> None:
    """Only English puts the month first too: an Indonesian page's 03/06/2024 is 3 June, no
    ambiguity flagged."""
    text = ("Banjir Rendam Ratusan Rumah di Bekasi\n\n03/06/2024, 10:15\n\nBanjir merendam ratusan "
            "rumah di Kecamatan Bekasi Timur, Kota Bekasi, Jawa Barat, pada hari Senin pagi setelah "
            "hujan deras mengguyur wilayah tersebut sejak Minggu malam.")
    record = clean(text)
    assert record.language == "id" and record.published == "2024-06-03T10:15:00"
    assert "date_ambiguous" not in record.flags


@pytest.mark.parametrize(("label", "update"), [
    ("प्रकाशित:", False), ("প্রকাশিত:", False), ("பதிவு செய்த நாள்:", False), ("Diterbitkan", False),
    ("अपडेट:", True), ("புதுப்பிக்கப்பட்டது:", True), ("Cập nhật:", True), ("ปรับปรุง:", True),
])
def test_the_regions_labels_tell_publication_from_update(label: str, update: bool) -> None:
    """A label ending in a vowel sign (Tamil's "நாள்") is a label too: no word boundary
    follows a mark."""
    from newsclean.meta.published import _PUBLISHED, _UPDATED

    line = f"{label} 3 June 2024"
    assert bool(_UPDATED.search(line)) is update and bool(_PUBLISHED.search(line)) is not update
