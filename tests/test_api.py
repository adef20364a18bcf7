"""The library's surface: types, errors, configuration, the record contract."""

from __future__ import annotations

import dataclasses
import errno
import json
import pickle
from pathlib import Path

import pytest

import newsclean
from newsclean import (
    CleanConfig,
    Cleaner,
    ConfigError,
    InputTypeError,
    NewscleanError,
    OutputError,
    clean,
)
from newsclean.output import atomic_writer

CONTRACT = [
    "id", "source", "url", "kind", "title", "text", "published", "published_raw", "published_tz",
    "page_date", "dateline", "authors", "section", "outlet", "citations", "language", "items",
    "flags", "duplicate_of", "removed",
]


def test_public_namespace_is_explicit() -> None:
    assert set(newsclean.__all__) <= set(dir(newsclean))
    assert all(getattr(newsclean, name) is not None for name in newsclean.__all__)
    assert "clean" in newsclean.__all__ and "Cleaner" in newsclean.__all__


def test_record_has_every_contract_key_and_is_json() -> None:
    record = clean("Headline of the piece\n\nSome text.", id="x", url="https://example.com/a")
    data = record.to_dict()
    assert list(data)[: len(CONTRACT)] == CONTRACT
    assert data["id"] == "x" and data["url"] == data["source"] == "https://example.com/a"
    json.dumps(data)


def test_every_nested_record_gives_its_fields_in_order() -> None:
    # Removal spells its to_dict() out for speed; it must say what every record's fields say.
    record = clean("Menu\n\nHeadline of the piece\n\nBy Jane Doe\n\nSome text of the story "
                   "that is long enough to be prose.\n\nShare on Facebook")
    nested = [*record.removed, *record.authors]
    assert record.removed and record.authors
    for item in nested:
        names = [f.name for f in dataclasses.fields(item)]
        assert item.to_dict() == {name: getattr(item, name) for name in names}
        assert list(item.to_dict()) == names


def test_record_is_frozen() -> None:
    record = clean("Some text.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.title = "changed"  # type: ignore[misc]
    assert dataclasses.replace(record, title="changed").title == "changed"


def test_default_id_is_a_stable_hash() -> None:
    assert clean("Same text.").id == clean("Same text.").id
    assert clean("Same text.").id != clean("Other text.").id


def test_bytes_get_an_error_that_says_what_to_do() -> None:
    with pytest.raises(InputTypeError, match=r"decode"):
        clean(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):  # also a builtin TypeError
        clean(None)  # type: ignore[arg-type]


def test_config_errors() -> None:
    with pytest.raises(ConfigError, match="newsclean rules"):
        Cleaner(disabled_rules={"no.such_rule"})
    with pytest.raises(ValueError):
        CleanConfig(prose_min_stopword_share=2.0)
    with pytest.raises(ConfigError, match="CleanConfig"):
        Cleaner(no_such_option=1)
    assert issubclass(ConfigError, NewscleanError)


def test_an_output_error_names_where_and_keeps_the_systems_errno(tmp_path: Path) -> None:
    """A full disk's error, caught as newsclean's or as the builtin's; it crosses processes."""
    error = OutputError("records.jsonl", "No space left on device", errno.ENOSPC)
    assert isinstance(error, NewscleanError) and isinstance(error, OSError)
    assert str(error) == "cannot write records.jsonl: No space left on device"
    assert pickle.loads(pickle.dumps(error)).errno == errno.ENOSPC
    with pytest.raises(OutputError, match="cannot write"), \
            atomic_writer(tmp_path / "none" / "records.jsonl"):
        pass  # a folder that is not there


def test_language_is_detected_and_seeded() -> None:
    german = ("Die Regierung hat am Montag angekündigt, dass sie die Ausgaben für Schulen im "
              "nächsten Jahr deutlich erhöhen wird, wie der Minister sagte.")
    assert clean(german).language == "de"
    assert {clean(german).language for _ in range(5)} == {"de"}
    assert clean("12 34").language is None


def test_other_languages_keep_their_prose() -> None:
    paragraphs = [
        "Die Regierung hat am Montag angekündigt, dass sie die Ausgaben für Schulen im nächsten "
        "Jahr deutlich erhöhen wird, wie der Minister in Berlin sagte.",
        "Die Opposition kritisierte den Plan und sagte, dass er nicht ausreichend finanziert sei "
        "und dass die Regierung die Kosten verschweige.",
    ]
    text = "\n".join(["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur",
                      "Regierung erhöht Ausgaben für Schulen", *paragraphs, "Teilen", "Drucken"])
    record = clean(text)
    assert record.text == "\n\n".join(paragraphs)
    assert record.title == "Regierung erhöht Ausgaben für Schulen"
    assert record.language == "de"


CHINESE = [
    "在抗击新冠肺炎疫情的日子里，封在武汉的父母们总要万般无奈而又小心翼翼回应着孩子天真的追问，"
    "生活依然要继续。",
    "一月二十三日，武汉全面封闭离汉通道时，武汉三镇尚有九百多万人口，其中不少人是满怀一年的期盼，"
    "千里迢迢回汉和亲人团聚。",
    "面对泰山压顶的疫情，有的人崩溃了，但更多的人挺住了，仓促接敌的医务人员竭尽所能救治病患，"
    "志愿出车的司机师傅不辞辛劳往来接送。",
]


def test_chinese_prose_is_told_from_a_row_of_headlines_run_together() -> None:
    """A ticker of headlines run together is a long line of Chinese, as a paragraph is, but
    with no comma or stop in it; and a headline may exclaim with a full-width mark."""
    ticker = ("河南81家上市公司已复工75家王毅会见越南副总理兼外长范平明290人涉疫情犯罪被检察机关提起"
              "公诉中国大陆高校再度领跑泰晤士高等教育新兴经济体大学排名重庆健康码上线服务复工出行")
    headline = "武汉的声音：有英勇的你，才有英雄的城！"
    text = "\n\n".join([ticker, "客户端", "搜索", "新华网", headline,
                       "2020-02-19 20:29:58 来源： 半月谈", *CHINESE, "关注我们"])
    record = clean(text)
    assert record.text == "\n\n".join(CHINESE)
    assert record.title == headline
    assert record.language == "zh"


def test_a_chinese_headline_is_told_by_the_words_it_shares_with_the_body() -> None:
    """Chinese runs its words together, so the headline is told from the lines around it by
    the character pairs it shares with the body: not the child's question that opens the
    article, set apart from the paragraphs by a line of its own."""
    headline = "武汉的声音：英雄的城市，英勇的父母与孩子们！"
    question = "“妈妈，什么时候才能回我们自己的家？"
    text = "\n\n".join(["新华网 正文", headline, "2020-02-19 20:29:58 来源： 半月谈",
                         "关注新华网", question, *[c.replace("武汉的父母们", "武汉英勇的父母们")
                                                   for c in CHINESE], "关注我们"])
    record = clean(text)
    assert record.title == headline


def test_a_japanese_tag_is_no_headline() -> None:
    """A tag of four kana, printed in the tag list and inside the headline, is no headline:
    as short as two words are in English, and found inside other lines, not printed again."""
    headline = "与田祐希写真集『無口な時間』未収録の“すっぴんショット”"
    body = ["人気アイドルグループの与田祐希の写真集『無口な時間』から、"
            "未収録の“すっぴんショット”が公開された。",
            "このカットは、撮影の舞台となったミラノのホテルで撮られた一枚で、"
            "すっぴんで眠りにつくまでを撮影した。",
            "写真集は三月に発売され、与田祐希が初めて海外で撮影したすっぴんの表情も収められている。"]
    tags = ["エンタメ", "すっぴん", "乃木坂46", "与田祐希", "ミラノ", "写真集"]
    text = "\n\n".join([*tags, "2月15日（土）7時0分 オリコン", headline, *body, "すっぴん"])
    record = clean(text)
    assert record.title == headline
    assert record.text == "\n\n".join(body)


@pytest.mark.parametrize("line", ["“妈妈，为什么还不能出去？”", "「そうですか。」", "他说：“好。”"])
def test_a_full_width_stop_before_a_closing_quote_ends_a_sentence(line: str) -> None:
    from newsclean.segment import make_line

    made = make_line(1, line)
    assert made is not None and made.sentence_end


def test_listing_flag_and_truncated_article() -> None:
    cut = ("The government said on Monday that it would raise spending on schools next year, "
           "and that the plan would go to parliament...")
    record = clean("A headline for the cut story\n\n" + cut)
    assert record.kind == "article" and "truncated" in record.flags


def test_lines_are_numbered_as_in_the_input() -> None:
    record = clean("Loading...\r\nA headline for the story\r\n\r\nText of the story goes here.")
    assert (record.removed[0].line, record.removed[0].rule) == (1, "chrome.ui")


def test_listing_items_carry_their_dates() -> None:
    from pathlib import Path

    page = (Path(__file__).resolve().parent.parent / "fixtures"
            / "004_aae28568f5a434c0.txt").read_text("utf-8")
    first = "Controversies and Rejections: What Future Awaits the CSTO?\n"
    second = "Experts Warn Kazakhstan Over Possible Consequences of Further Armenia-Azerbaijan Conflict\n"
    page = page.replace(first, first + "\n16 April 2025\n").replace(second, second + "\n02.04.2025\n")
    record = clean(page)
    assert record.kind == "listing"
    assert [(item.date, item.truncated) for item in record.items] == [
        ("2025-04-16", True), ("2025-04-02", True)]
    assert record.page_date == "2025-04-17"
    assert "16 April 2025" in [r.text for r in record.removed]


def test_a_fetch_time_that_is_no_date_is_flagged_not_raised() -> None:
    text = "Headline of the story here\n\n2 hours ago\n\n" + (
        "The minister said that the talks would go on for another week at least, his office said.")
    assert "fetched_at_unread" in clean(text, fetched_at="soon").flags
    read = clean(text, fetched_at="2024-04-27T12:00:00+00:00")
    assert "fetched_at_unread" not in read.flags and read.published == "2024-04-27T10:00:00+00:00"
    assert "fetched_at_unread" not in clean(text).flags  # none given: nothing to say
