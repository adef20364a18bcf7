"""East Asia's press: Japan's, South Korea's, China's, Taiwan's and Hong Kong's outlets and
agencies, by the names their pages print in their scripts."""

from __future__ import annotations

import pytest

from newsclean import Registry, clean
from newsclean.provenance.citations import find_citations
from newsclean.provenance.cues import CHINESE_DATELINE


def test_a_korean_agency_page_is_its_own() -> None:
    """Yonhap's masthead in Hangul (four characters: no credit's length) and its copyright
    notice ("저작권자", reproduction without leave forbidden) name it; its clock is Seoul's."""
    text = "\n".join([
        "연합뉴스", "정치", "경제", "사회", "정부, 의대 증원 규모 확정…내년 1천509명 늘린다",
        "송고시간 2024-06-03 14:35", "홍길동 기자",
        "정부가 내년도 의과대학 입학정원을 1천509명 늘리기로 최종 확정했다.",
        "교육부는 3일 이런 내용을 담은 대학입학전형 시행계획 변경안을 발표했다.",
        "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
    ])
    record = clean(text)
    assert record.outlet is not None and record.outlet.id == "yonhap"
    assert {e.signal for e in record.outlet.evidence} == {"site_name", "copyright"}
    assert record.published == "2024-06-03T14:35:00+09:00"
    assert [a.name for a in record.authors] == ["홍길동"]


def test_a_chinese_agency_s_dateline_names_its_place_its_day_and_its_reporter() -> None:
    cna = clean("\n".join([
        "中央社 CNA", "首頁", "政治", "國際", "賴清德：盼兩岸恢復對等交流",
        "（中央社記者溫貴香台北3日電）總統賴清德今天表示，盼望兩岸能恢復健康有序的對等交流。",
        "賴總統上午接見美國聯邦眾議員訪問團時作以上表示。",
        "（編輯：林克倫）1130603",
    ]))
    assert cna.outlet is not None and cna.outlet.id == "cna-tw"  # Taiwan's, not Singapore's CNA
    assert [a.name for a in cna.authors] == ["溫貴香"]
    assert cna.dateline is not None and (cna.dateline.place, cna.dateline.date) == ("台北", "3日")
    assert cna.text.startswith("（中央社記者溫貴香台北3日電）總統")  # the credit is the article's text
    assert [(c.outlet_id, c.kind) for c in cna.citations] == [("cna-tw", "self")]
    m = CHINESE_DATELINE.match("新华社北京6月3日电 国务院总理李强3日主持召开国务院常务会议")
    assert m is not None and (m["agency"], m["name"], m["place"], m["date"]) == (
        "新华社", None, "北京", "6月3日")


def test_a_portal_s_copy_of_an_agency_story_is_syndicated() -> None:
    text = "\n".join([
        "人民网", "首页", "时政", "国务院常务会议研究推动大规模设备更新", "2024-06-03 14:35:20",
        "来源：新华社",
        "新华社北京6月3日电 国务院总理李强3日主持召开国务院常务会议，研究推动大规模设备更新和消费品"
        "以旧换新有关工作。",
        "会议指出，推动大规模设备更新是加快构建新发展格局的重要举措，要坚持市场为主、政府引导。",
    ])
    record = clean(text)
    assert record.outlet is not None and record.outlet.id == "peoples-daily"
    assert "syndicated" in record.flags and "wire_copy" in record.flags
    assert [(c.outlet_id, c.kind) for c in record.citations] == [("xinhua", "wire")]
    assert record.published == "2024-06-03T14:35:20+08:00"


def test_names_in_scripts_without_spaces_are_found_where_they_stand() -> None:
    """A name of three characters or more, glued to the words around it; a shorter one only
    alone ("央视" is part of many words)."""
    registry = Registry.shipped()
    assert [o.id for o in registry.names_in("版权所有：新华网。", "zh")] == ["xinhua"]
    assert [o.id for o in registry.names_in("연합뉴스에 따르면", "ko")] == ["yonhap"]
    assert registry.names_in("这是一个中央电视塔", "zh") == []


@pytest.mark.parametrize(("paragraph", "language", "cited"), [
    ("共同通信によると、首相は来週訪米する。", "ja", [("kyodo", "outlet")]),
    ("NHKによると、地震の被害は限定的だ。", "ja", [("nhk", "outlet")]),
    ("関係者によると、日銀は減額を検討している。", "ja", []),  # those involved: no outlet
    ("연합뉴스에 따르면 정부는 의대 증원을 확정했다.", "ko", [("yonhap", "outlet")]),
    ("대한의사협회는 총파업을 예고했다고 조선일보가 보도했다.", "ko", [("chosun", "outlet")]),
    ("据新华社报道，国务院常务会议研究推动设备更新。", "zh", [("xinhua", "outlet")]),
    ("據自由時報報導，總統府將公布政策。", "zh", [("liberty-times", "outlet")]),
    ("据国家统计局数据，制造业指数为49.5%。", "zh", []),
])
def test_attributions_in_chinese_japanese_and_korean(paragraph: str, language: str,
                                                     cited: list[tuple[str, str]]) -> None:
    found = find_citations([paragraph], Registry.shipped(), language=language)
    assert [(c.outlet_id, c.kind) for c in found] == cited
