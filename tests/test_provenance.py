"""Provenance: the outlet registry, outlet identification, citations and their flags."""

from __future__ import annotations

import base64
import json
import pickle
import re
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import CleanConfig, Cleaner, Dateline, Registry, clean, find_citations
from newsclean.cli import main
from newsclean.errors import ConfigError, InputError
from newsclean.provenance.cues import CITE_PATTERNS, CitePattern
from newsclean.provenance.identify import original_url
from newsclean.provenance.registry import name_key, registered_domain

ROOT = Path(__file__).resolve().parent.parent
CITATIONS = ROOT / "bench" / "data" / "citations.jsonl"
# German, French and Spanish sentences written before their patterns, scored once they stood
CITATIONS_DE_FR_ES = ROOT / "bench" / "data" / "citations_heldout_de_fr_es.jsonl"
CITATIONS_IT_PT = ROOT / "bench" / "data" / "citations_heldout_it_pt.jsonl"
CITATIONS_RU = ROOT / "bench" / "data" / "citations_heldout_ru.jsonl"
CITATIONS_EN_WIRE = ROOT / "bench" / "data" / "citations_heldout_en_wire.jsonl"
PROSE = (
    "The government approved the new budget on Tuesday after a long debate in parliament, "
    "and the opposition said it would keep pressing for changes to the spending plans."
)
MORE = (
    "Officials said the money would go to roads, schools and hospitals in the regions, "
    "where the need is greatest, and that the first payments would be made next month."
)


def article(*, top: str = "", bottom: str = "", body: str = "") -> str:
    return "\n\n".join(x for x in (top, "Budget approved after long debate", body or PROSE,
                                   MORE, bottom) if x)


# ---------------------------------------------------------------- the registry
def test_shipped_registry_is_large_and_well_formed() -> None:
    registry = Registry.shipped()
    assert len(registry) >= 85
    ids = [o.id for o in registry]
    assert len(ids) == len(set(ids))
    hosts = [d for o in registry for d in o.domains]
    assert len(hosts) == len(set(hosts)), "a domain belongs to one outlet"
    for outlet in registry:
        assert outlet.source, outlet.id
        assert outlet.country and len(outlet.country) == 2, outlet.id
        assert outlet.timezone and ZoneInfo(outlet.timezone), outlet.id
        assert outlet.type in {"news agency", "newspaper", "broadcaster", "online outlet",
                               "magazine"}, outlet.id
        assert outlet.languages and outlet.domains, outlet.id


def test_shipped_registry_covers_the_region() -> None:
    registry = Registry.shipped()
    for scrape in ("azernews", "trend", "caliber", "vestnik-kavkaza", "times-of-central-asia"):
        assert registry.get(scrape) is not None
    countries = {o.country for o in registry}
    assert {"RU", "AZ", "AM", "GE", "KZ", "KG", "TJ", "UZ", "TM", "BY", "UA", "TR"} <= countries
    assert registry.by_name("RFE/RL") is not None and registry.by_name("Eurasianet") is not None


def test_outlets_sharing_a_name_are_told_apart_by_the_text_s_language() -> None:
    """APA is an agency in Baku and one in Vienna; NTV a Turkish broadcaster, n-tv (ntv) a
    German one: the one that publishes in the text's language, else the one listed first."""
    registry = Registry.shipped()
    assert [registry.by_name("APA", language).id for language in ("de", "en", "az", None, "ja")] == [  # type: ignore[union-attr]
        "apa-austria", "apa", "apa", "apa", "apa"]
    assert registry.by_name("ntv", "de").id == "n-tv"  # type: ignore[union-attr]
    assert registry.by_name("NTV", "tr").id == "ntv-tr"  # type: ignore[union-attr]
    assert registry.by_name("NTV", "ru").id == "ntv-ru"  # type: ignore[union-attr]
    german = clean("Wien (APA) – Die Regierung hat am Dienstag neue Regeln für Mieter beschlossen. "
                   "Laut APA sollen die Mieten künftig nur noch einmal im Jahr steigen dürfen, "
                   "wie das Ministerium mitteilte. Die Opposition kritisierte den Plan scharf.")
    assert german.language == "de"
    assert {(c.name, c.kind, c.outlet_id) for c in german.citations} == {
        ("APA", "wire", "apa-austria"), ("APA", "outlet", "apa-austria")}
    english = find_citations(["The minister said so, according to APA."], registry, language="en")
    assert [c.outlet_id for c in english] == ["apa"]
    assert [o.id for o in registry.names_in("© 2024 APA. Alle Rechte vorbehalten.", "de")] == [
        "apa-austria"]
    assert [o.id for o in registry.names_in("© 2024 APA. All rights reserved.")] == ["apa"]
    footer = clean(article(bottom="© 2024 APA. Alle Rechte vorbehalten.").replace(
        PROSE, "Die Regierung hat am Dienstag neue Regeln für Mieter beschlossen, die ab dem "
        "kommenden Jahr gelten sollen. Die Opposition kritisierte den Plan scharf und sprach "
        "von einem Geschenk an die Vermieter, die Mieterschutzvereinigung begrüßte ihn."))
    assert footer.language == "de"
    assert footer.outlet is not None and footer.outlet.id == "apa-austria"


def test_an_outlet_on_a_host_of_another_s_domain() -> None:
    """news.sky.com is Sky News, www1.folha.uol.com.br Folha, g1.globo.com g1; the rest of
    sky.com is no one the registry knows, the rest of uol.com.br and globo.com the portal's
    and the broadcaster's."""
    registry = Registry.shipped()
    assert [getattr(registry.by_url(url), "id", None) for url in (
        "https://news.sky.com/story/x", "https://www.sky.com/watch",
        "https://www1.folha.uol.com.br/mundo/x.shtml", "https://noticias.uol.com.br/x",
        "g1.globo.com/sp/noticia/x.ghtml", "https://globo.com/")] == [
        "sky-news", None, "folha", "uol", "g1", "tv-globo"]
    record = clean(article(), url="https://news.sky.com/story/budget-123")
    assert record.outlet is not None and (record.outlet.id, record.outlet.domain) == (
        "sky-news", "news.sky.com")
    trend = clean(article(), url="https://en.trend.az/business/1")
    assert trend.outlet is not None and trend.outlet.domain == "trend.az"
    footer = clean(article(bottom="© 2024 news.sky.com. All rights reserved."))
    assert footer.outlet is not None and footer.outlet.id == "sky-news"


def test_a_site_name_line_prints_the_name_whole() -> None:
    """A line above the article names the site when it prints the outlet's name, its
    article included: "Mundo", a section of many a Spanish-language site, is no "El Mundo"."""
    named = clean(article(top="El Mundo"))
    assert named.outlet is not None and named.outlet.id == "elmundo"
    assert [e.signal for e in named.outlet.evidence] == ["site_name"]
    section = clean(article(top="Mundo"))
    assert section.outlet is None


def test_lookups() -> None:
    registry = Registry.shipped()
    assert registry.by_url("https://en.trend.az/azerbaijan/1").id == "trend"  # type: ignore[union-attr]
    assert registry.by_url("https://www.bbc.com/russian/news-1").id == "bbc-russian"  # type: ignore[union-attr]
    assert registry.by_url("https://www.bbc.com/news/world").id == "bbc"  # type: ignore[union-attr]
    assert registry.by_url("https://example.org/") is None
    assert registry.by_name("the Times of Central Asia").id == "times-of-central-asia"  # type: ignore[union-attr]
    assert registry.by_name("Armiya.az") is None
    assert registry.by_handle("@AzerNewsAz").id == "azernews"  # type: ignore[union-attr]
    assert [o.id for o in registry.names_in("© 2024 Reuters and AP")] == ["reuters", "ap"]
    assert registry.names_in("a map of the area") == []  # "AP" matches in capitals only
    assert {o.country for o in registry.select(country="az")} == {"AZ"}


@pytest.mark.parametrize(("value", "domain"), [
    ("https://www.bbc.co.uk/news/x", "bbc.co.uk"),
    ("en.trend.az", "trend.az"),
    ("https://foo.blogspot.com/2020/01/a.html", "foo.blogspot.com"),
    ("http://localhost:8080/", None),
    ("", None),
    ("[", None),  # a bracket that opens no address: no domain, not a ValueError
    ("http://[::1/x", None),
])
def test_registered_domain(value: str, domain: str | None) -> None:
    assert registered_domain(value) == domain


def test_wayback_urls_name_the_archived_page() -> None:
    assert original_url("https://web.archive.org/web/2018id_/https://caliber.az/post/1") == (
        "https://caliber.az/post/1")
    assert original_url("https://caliber.az/post/1") == "https://caliber.az/post/1"
    record = clean(article(), url="https://web.archive.org/web/20200101/https://caliber.az/p/1")
    assert record.outlet is not None and record.outlet.id == "caliber"


@pytest.mark.parametrize(("url", "page"), [
    ("https://www.google.com/url?q=https://caliber.az/post/1&sa=U&ved=2ah", "https://caliber.az/post/1"),
    ("https://l.facebook.com/l.php?u=https://caliber.az/post/1&h=AT0", "https://caliber.az/post/1"),
    ("https://news.google.com/rss/articles/CBMiSGh0dHBzOi8v?oc=5", None),
    # an id as Google News made them until 2024: the page's URL in a protobuf message
    ("https://news.google.com/rss/articles/" + base64.urlsafe_b64encode(
        b'\x08\x13"\x19https://caliber.az/post/1\xd2\x01\x00').decode().rstrip("=") + "?oc=5",
     "https://caliber.az/post/1"),
    ("https://news.google.com/rss/articles/AU_yqLNwkT3xQ?oc=5", None),  # an encrypted id
    ("https://news.google.com/articles/CBMiSGh0dHBzOi8v", None),
    ("http://feedproxy.google.com/~r/CaliberAz/~3/xYz/", None),
    ("https://t.co/AbC123", None),
    ("https://bit.ly/3xYz", None),
    ("https://news.google.com/topstories?hl=en", "https://news.google.com/topstories?hl=en"),
    ("http://[::1/x", "http://[::1/x"),
])
def test_a_redirect_names_its_target_and_a_hidden_one_no_page(url: str, page: str | None) -> None:
    assert original_url(url) == page


def test_an_aggregator_s_link_is_no_outlet_and_the_page_s_own_name_is() -> None:
    """A Google News item links to Google's redirect: the publisher is the page's own."""
    record = clean(article(), url="https://news.google.com/rss/articles/CBMiSGh0dHBz?oc=5")
    assert record.outlet is None or record.outlet.domain != "google.com"
    shortened = clean(article(), url="https://t.co/AbC123")
    assert shortened.outlet is None or shortened.outlet.domain != "t.co"
    redirected = clean(article(), url="https://www.google.com/url?q=https://caliber.az/p/1")
    assert redirected.outlet is not None and redirected.outlet.id == "caliber"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_load_merges_over_the_shipped_registry(tmp_path: Path) -> None:
    mine = write(tmp_path / "mine.toml", """
[[outlet]]
id = "armiya"
name = "Armiya.az"
domains = ["armiya.az"]
country = "AZ"
timezone = "Asia/Baku"
type = "online outlet"
source = "our own list"

[[outlet]]
id = "trend"
name = "Trend News Agency"
domains = ["trend.az"]
timezone = "Asia/Baku"
""")
    registry = Registry.load(mine)
    assert len(registry) == len(Registry.shipped()) + 1
    assert registry.get("armiya").name == "Armiya.az"  # type: ignore[union-attr]
    assert registry.get("trend").name == "Trend News Agency"  # type: ignore[union-attr]
    assert registry.get("trend").languages == ()  # type: ignore[union-attr]  # replaced whole
    cites = find_citations(["The general told Armiya.az on Monday."], registry)
    assert [(c.name, c.outlet_id) for c in cites] == [("Armiya.az", "armiya")]


@pytest.mark.parametrize(("text", "message"), [
    ("[[outlet]]\nid = 'x'\n", "missing name"),
    ("[[outlet]]\nid = 'x'\nname = 'X'\ncolour = 'red'\n", "unknown key"),
    ("[[outlet]]\nid = 'x'\nname = 'X'\ntimezone = 'Mars/Olympus'\n", "unknown time zone"),
    ("[[outlet]]\nid = 'x'\nname = 'X'\ncountry = 'Azerbaijan'\n", "ISO 3166-1"),
    ("[[outlet]]\nid = 'x'\nname = 'X'\ndomains = 'x.az'\n", "list of strings"),
    ("[outlets]\nid = 'x'\n", r"\[\[outlet\]\] tables"),
    ("id = \n", "not a TOML registry"),
])
def test_bad_registry_files_are_named(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path / "bad.toml", text)
    with pytest.raises(ConfigError, match=message) as caught:
        Registry.load(path)
    assert str(path) in str(caught.value)


def test_missing_registry_file() -> None:
    with pytest.raises(InputError, match="cannot read the registry"):
        Registry.load("/no/such/registry.toml")


def test_ratings_are_carried_as_given(tmp_path: Path) -> None:
    ratings = write(tmp_path / "scores.csv", "domain,pc1,label\ncaliber.az,0.41,mixed\n"
                    "www.example.org,0.9,high\n")
    registry = Registry.shipped().with_ratings(ratings)
    outlet = registry.get("caliber")
    assert outlet is not None and outlet.ratings == {
        "source": "scores.csv", "values": {"pc1": 0.41, "label": "mixed"}}
    cleaner = Cleaner(registry=registry)
    known = cleaner.clean(article(), url="https://caliber.az/post/1")
    assert known.outlet is not None and known.outlet.ratings == outlet.ratings
    unknown = cleaner.clean(article(), url="https://example.org/a")
    assert unknown.outlet is not None and unknown.outlet.id is None
    assert unknown.outlet.ratings == {"source": "scores.csv", "values": {"pc1": 0.9, "label": "high"}}
    unrated = cleaner.clean(article(), url="https://trend.az/a")
    assert unrated.outlet is not None and unrated.outlet.ratings is None


def test_bad_ratings_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="needs a header"):
        Registry.shipped().with_ratings(write(tmp_path / "a.csv", "domain\n"))
    with pytest.raises(ConfigError, match=r"b\.csv:3: 1 columns"):
        Registry.shipped().with_ratings(write(tmp_path / "b.csv", "domain,score\nx.az,1\ny.az\n"))


def test_registry_crosses_to_worker_processes() -> None:
    registry = Registry.shipped().merged([])
    copy = pickle.loads(pickle.dumps(registry))
    assert [o.id for o in copy] == [o.id for o in registry]
    assert copy.by_url("https://trend.az/x").id == "trend"  # type: ignore[union-attr]


# ---------------------------------------------------------------- identification
def test_url_decides() -> None:
    record = clean(article(bottom="© 2024 Caliber.az. All rights reserved."),
                   url="https://en.trend.az/a/1")
    assert record.outlet is not None
    assert (record.outlet.id, record.outlet.domain, record.outlet.confidence) == (
        "trend", "trend.az", 0.99)
    assert record.outlet.evidence[0].signal == "url"


def test_unknown_domain_from_the_url() -> None:
    record = clean(article(), url="https://news.example.co.uk/story")
    assert record.outlet is not None
    assert (record.outlet.id, record.outlet.name, record.outlet.domain) == (
        None, "example.co.uk", "example.co.uk")


@pytest.mark.parametrize(("top", "bottom", "outlet", "signal"), [
    ("", "© 2024 AzerNews. All rights reserved.", "azernews", "copyright"),
    ("", "Any use of materials is allowed only if there is a hyperlink to Caliber.az",
     "caliber", "reuse"),
    ("Azernews.Az", "", "azernews", "site_name"),
    ("", "Follow us on Twitter @AzerNewsAz", "azernews", "handle"),
])
def test_chrome_signals(top: str, bottom: str, outlet: str, signal: str) -> None:
    record = clean(article(top=top, bottom=bottom))
    assert record.outlet is not None and record.outlet.id == outlet
    assert [e.signal for e in record.outlet.evidence] == [signal]
    assert record.outlet.confidence >= 0.7
    assert any(r.text in (top, bottom) for r in record.removed), "read before it was dropped"


def test_unknown_outlet_named_by_its_own_chrome() -> None:
    record = clean(article(bottom="© 2024 Foo Valley News. All rights reserved."))
    assert record.outlet is not None
    assert (record.outlet.id, record.outlet.name) == (None, "Foo Valley News")
    assert record.outlet.evidence[0].signal == "copyright_name"


@pytest.mark.parametrize("credit", [
    "Photo: © Getty Images",
    "© picture alliance/dpa",
    "© 2020 Tamedia. All Rights Reserved",  # a company behind outlets, not an outlet
    "© Reuters",  # no year, no reservation: a credit, not the page's footer
])
def test_credits_and_owners_are_not_outlets(credit: str) -> None:
    assert clean(article(bottom=credit)).outlet is None


def test_signals_for_one_outlet_add_up_and_conflicts_cost_confidence() -> None:
    both = clean(article(top="Azernews.Az", bottom="Follow us on Twitter @AzerNewsAz"))
    assert both.outlet is not None and both.outlet.confidence > 0.9
    torn = clean(article(top="Azernews.Az", bottom="© 2024 Caliber.az. All rights reserved."))
    assert torn.outlet is not None and torn.outlet.id == "caliber"
    assert torn.outlet.confidence < 0.9


TOLD_TREND = PROSE[:-1] + ", analyst Tural Ismayilov told Trend."


def test_self_attribution_is_weak_and_said_so() -> None:
    record = clean(article(body=TOLD_TREND))
    assert record.outlet is not None and record.outlet.id == "trend"
    assert record.outlet.confidence < 0.5
    assert [e.signal for e in record.outlet.evidence] == ["self_attribution"]
    assert [(c.name, c.kind) for c in record.citations] == [("Trend", "self")]
    assert "secondary_reporting" not in record.flags


def test_quotes_given_to_two_outlets_name_neither() -> None:
    record = clean(article(body=PROSE[:-1] + ", he told Trend and later told CBS News."))
    assert record.outlet is None
    assert [(c.name, c.outlet_id) for c in record.citations] == [
        ("Trend", "trend"), ("CBS News", "cbs-news")]
    assert "secondary_reporting" in record.flags


def test_quotes_given_to_another_outlet_are_secondary_reporting() -> None:
    text = article(body=PROSE[:-1] + ", analyst Tural Ismayilov told Trend.",
                   bottom="© 2024 AzerNews. All rights reserved.")
    record = clean(text)
    assert record.outlet is not None and record.outlet.id == "azernews"
    assert [(c.name, c.kind, c.outlet_id) for c in record.citations] == [
        ("Trend", "outlet", "trend")]
    assert "secondary_reporting" in record.flags


def test_wire_tag_flags_wire_copy_but_names_no_publisher() -> None:
    record = clean(article(body="MOSCOW (Reuters) - " + PROSE))
    assert "wire_copy" in record.flags
    assert record.outlet is None
    assert [(c.name, c.kind, c.outlet_id) for c in record.citations] == [
        ("Reuters", "wire", "reuters")]
    own = clean(article(body="MOSCOW (Reuters) - " + PROSE), url="https://www.reuters.com/x")
    assert own.outlet is not None and [e.signal for e in own.outlet.evidence] == ["url", "wire_tag"]


def test_outlet_time_zone_needs_a_confident_outlet() -> None:
    dated = "07 November 2022 12:47"
    strong = clean(article(top=dated, bottom="© 2024 Caliber.az. All rights reserved."))
    assert strong.published == "2022-11-07T12:47:00+04:00" and strong.published_tz == "outlet"
    weak = clean(article(top=dated, body=TOLD_TREND))
    assert weak.outlet is not None and weak.outlet.confidence < 0.5
    assert weak.published == "2022-11-07T12:47:00" and weak.published_tz == "none"


def test_user_registry_reaches_the_cleaner(tmp_path: Path) -> None:
    mine = write(tmp_path / "mine.toml", '[[outlet]]\nid = "foo"\nname = "Foo Daily"\n'
                 'domains = ["foo-daily.com"]\ntimezone = "Asia/Tokyo"\n')
    cleaner = Cleaner(CleanConfig(registry=Registry.load(mine)))
    record = cleaner.clean(article(top="07 November 2022 12:47"), url="https://foo-daily.com/1")
    assert record.outlet is not None and record.outlet.id == "foo"
    assert record.published == "2022-11-07T12:47:00+09:00"


# ---------------------------------------------------------------- citations
def labelled(path: Path = CITATIONS) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]


@pytest.mark.parametrize(("path", "size", "recall"), [(CITATIONS, 90, 0.95),
                                                      (CITATIONS_DE_FR_ES, 36, 0.9),
                                                      (CITATIONS_IT_PT, 22, 0.9),
                                                      (CITATIONS_RU, 22, 0.8),
                                                      (CITATIONS_EN_WIRE, 36, 0.9)])
def test_citation_floor_on_the_labelled_set(path: Path, size: int, recall: float) -> None:
    """An evaluation gate: a change to the patterns may not lower these floors."""
    registry = Registry.shipped()
    tp = fp = fn = 0
    for row in labelled(path):
        truth = {name_key(c["name"]) for c in row["citations"]}  # type: ignore[attr-defined]
        found = {name_key(c.name) for c in find_citations([str(row["sentence"])], registry)}
        tp, fp, fn = tp + len(truth & found), fp + len(found - truth), fn + len(truth - found)
    assert len(labelled(path)) >= size
    assert tp / (tp + fp) >= 0.95 and tp / (tp + fn) >= recall


@pytest.mark.parametrize("pattern", CITE_PATTERNS, ids=[p.id for p in CITE_PATTERNS])
def test_citation_pattern_finds_its_example(pattern: CitePattern) -> None:
    assert pattern.regex.search(pattern.example)
    names = [c.name for c in find_citations([pattern.example], Registry.shipped())]
    assert pattern.expected in names


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He told the Times of Central Asia that exports would grow.",
     [("Times of Central Asia", "outlet")]),
    ("According to the Ministry of Emergency Situations, 14 people died.",
     [("Ministry of Emergency Situations", "institution")]),
    ("According to analyst John Smith, prices will fall.", [("John Smith", "person")]),
    ("Об этом сообщает ТАСС.", [("ТАСС", "outlet")]),
    # a name in guillemets is read whole, its lower-case words too
    ("Как сообщает «Новая газета», решение уже принято.", [("Новая газета", "outlet")]),
    ("Об этом пишет «Комсомольская правда».", [("Комсомольская правда", "outlet")]),
    ("Как пишет «Коммерсант», сделка сорвалась.", [("Коммерсант", "outlet")]),
    ("Об этом сообщает НТВ.", [("НТВ", "outlet")]),
    # quotes given to an outlet: its name known, quoted or after a descriptor; a declined
    # name is named as it is named (Ведомостям: Ведомости); the speaker is no source
    ("«Сроки не изменятся», — рассказал «Ведомостям» представитель компании.",
     [("Ведомости", "outlet")]),
    ("«Сроки не изменятся», — заявил ТАСС представитель компании.", [("ТАСС", "outlet")]),
    ("«Сроки не изменятся», — заявил Иванов журналистам.", []),
    ("«Сроки не изменятся», — заявил журналистам Иванов.", []),
    ("Эти данные «Интерфаксу» подтвердили в министерстве финансов.", [("Интерфакс", "outlet")]),
    ("Вчера сообщили в мэрии, что дорогу откроют.", []),
    ("В эфире телеканала «Звезда» министр рассказал о планах.", [("Звезда", "outlet")]),
    ("В интервью Bloomberg министр рассказал о планах.", [("Bloomberg", "outlet")]),
    ("По данным Интерфакса, переговоры продолжатся.", [("Интерфакс", "outlet")]),
    ("The governor told reporters that the curfew would end.", []),
    ("Kazakhstan reported 1,200 new cases on Tuesday.", []),
    ("According to Kazakh media, the protesters dispersed.", []),
    ("Pashinyan said the talks were constructive.", []),
    # German capitalises every noun: a name is marked as one, or it is none
    ("Laut Polizei war der Fahrer betrunken, laut dpa auch der Beifahrer.", [("dpa", "outlet")]),
    ("Laut Experten sinken die Preise.", []),
    ("Der Umsatz stieg gegenüber dem Vorjahr um vier Prozent.", []),
    ("Gegenüber dem „Spiegel“ bestätigte ein Sprecher die Pläne.", [("Spiegel", "outlet")]),
    # a registered title's noun alone (Die Zeit) is a common noun unless set off
    ("Die Preise sind gegenüber der Zeit vor der Krise gestiegen.", []),
    ("Das sagte er der „Zeit“ am Montag.", [("Zeit", "outlet")]),
    ("Laut Handelsblatt steigen die Preise.", [("Handelsblatt", "outlet")]),
    ("Wie die Bundesbank mitteilte, sank die Inflation.", [("Bundesbank", "institution")]),
    ("Nach Informationen des Bayerischen Rundfunks ist der Vertrag unterschrieben.",
     [("Bayerischen Rundfunks", "outlet")]),
    ("Die Musik war viel zu laut, klagten die Nachbarn.", []),
    ("Der «Economist» schreibt von einem Flickenteppich.", [("Economist", "outlet")]),
    ("Das räumte der Sprecher ein, der eXXpress berichtete.", [("eXXpress", "unknown")]),
    ("Die Deutsche Bahn meldete Verspätungen.", [("Deutsche Bahn", "unknown")]),
    ("Die Bloggerin Ana Siú schrieb einen Beitrag.", []),  # a noun before a name: a writer
    ("Die Polizei berichtete von einem Unfall.", []),
    ("Er teilte die Stadt in zwei Hälften.", []),
    ("Selon l'AFP, le bilan s'élève à douze morts.", [("AFP", "outlet")]),
    ("Les prix varient selon les régions.", []),
    ("Selon lui, la réforme est indispensable.", []),
    ("Le ministre a déclaré au Monde qu'il partirait.", [("Monde", "outlet")]),
    # a registered name read whole where the pattern stops at a lower-case word
    ("Selon Le Canard enchaîné, le ministre a menti.", [("Le Canard enchaîné", "outlet")]),
    ("Selon le Canard, le ministre a menti.", [("Canard", "unknown")]),
    # a title's article makes no person of it, nor does a digit or a hyphen
    ("El ministro dijo a El Heraldo que no piensa dimitir.", [("El Heraldo", "unknown")]),
    ("El ministro dijo a El País que no piensa dimitir.", [("El País", "outlet")]),  # registered
    ("En declaraciones a T13 Noche, la ministra defendió la reforma.", [("T13 Noche", "unknown")]),
    ("Selon Météo-France, les orages dureront.", [("Météo-France", "unknown")]),
    ("La Fiscalía informó que los detenidos serán trasladados.", [("La Fiscalía", "institution")]),
    ("Daniel Loureiro informó que el puerto seguirá operando.", []),
    ("El precio varía según la temporada.", []),
    # a person opens with a given name, or stands after a title or a role
    ("According to The Hill, the vote was delayed.", [("The Hill", "unknown")]),
    ("According to Amnesty International, the vote was delayed.",
     [("Amnesty International", "unknown")]),
    ("According to the Irish Examiner, the vote was delayed.", [("Irish Examiner", "outlet")]),
    ("According to political analyst Arkady Dubnov, the talks stalled.",
     [("Arkady Dubnov", "person")]),
    # the day a statement was made, after the name as news English dates it
    ("She told CNN Sunday that she would run.", [("CNN", "outlet")]),
    ("The mayor told the Argus Leader Monday that the plan was dead.", [("Argus Leader", "unknown")]),
    ("He told The Associated Press Tuesday it was over.", [("The Associated Press", "outlet")]),
    ("He spoke, according to Sunday.", [("Sunday", "unknown")]),
    # what a registered outlet's possessive owns; an unknown name's possessive stays
    ("According to The Verge’s Stadia review, the game runs well.", [("The Verge", "outlet")]),
    ("According to McDonald’s Corporation, sales rose.", [("McDonald’s Corporation", "institution")]),
    ("according to Axios’ Mike Allen, the deal was off.", [("Axios", "outlet")]),
    # what is credited before whom: a report, a statement, data
    ("The deal was off, according to a report by Reuters.", [("Reuters", "outlet")]),
    ("Two were hurt, according to a statement from the Ministry of Defence.",
     [("Ministry of Defence", "institution")]),
    ("Cases rose, according to data from Johns Hopkins University.",
     [("Johns Hopkins University", "institution")]),
    ("According to a survey of Americans, most agree.", []),
    ("According to the report, prices rose.", []),
    # an outlet first to report, an official speaking to one; not leaders speaking together
    ("The Wall Street Journal first reported the news.", [("Wall Street Journal", "outlet")]),
    ("An official spoke to The Washington Post on condition of anonymity.",
     [("The Washington Post", "outlet")]),
    ("Biden spoke with Macron by phone.", []),
    # a sentence's opening word is no part of the name; a passive credit dated or compiled
    ("As The Guardian reported last week, the minister resigned.", [("The Guardian", "outlet")]),
    ("A report published Tuesday by Human Rights Watch documented abuses.",
     [("Human Rights Watch", "unknown")]),
    ("The data, compiled by Johns Hopkins University, show a rise.",
     [("Johns Hopkins University", "institution")]),
    # where an outlet is based is no part of its name; "and" is a name's own unless the
    # registry knows a part or an article opens one
    ("Five died, according to a count from the Charleston-based Post and Courier.",
     [("Post and Courier", "outlet")]),
    ("According to Procter and Gamble, sales rose.", [("Procter and Gamble", "unknown")]),
    ("According to Reuters and AFP, the talks ended.", [("Reuters", "outlet"), ("AFP", "outlet")]),
    ("According to the Ministry of Health and the WHO, cases fell.",
     [("Ministry of Health", "institution"), ("WHO", "institution")]),
    # a German agency's tag after a city in title case; a party's is no wire's
    ("Frankfurt/Main (dpa) - Die Börse schloss fester.", [("dpa", "wire")]),
    ("Merkel (CDU) - das sagte sie.", []),
    ("Secondo quanto riporta il Guardian, i negoziati sono fermi.", [("Guardian", "outlet")]),
    ("Stando ai dati del Ministero della Salute, i ricoveri calano.",
     [("Ministero della Salute", "institution")]),
    ("Il secondo tempo è stato più equilibrato.", []),
    ("In un'intervista alla Radio, il ministro ha parlato.", []),
    ("Segundo dados do Banco Central, as reservas caíram.", [("Banco Central", "institution")]),
    ("O segundo turno será no dia 30.", []),
    ("Managua (EFE).- Nicaragua cerró 2021 con una deuda.", [("EFE", "wire")]),
    ("“Es imposible”, aseguró a la red Unitel.", [("Unitel", "outlet")]),
    ("Al ser consultado por La Radio, el dirigente no lo descartó.", [("La Radio", "outlet")]),
    ("Les côtes seront touchées, selon les informations de Météo-France.",
     [("Météo-France", "unknown")]),
])
def test_citation_cases(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = find_citations([sentence], Registry.shipped())
    assert [(c.name, c.kind) for c in found] == expected


def test_citation_patterns_read_texts_in_their_language() -> None:
    sentence = ["Laut dpa wurden drei Menschen verletzt, told Reuters."]
    names = {language: [c.name for c in find_citations(sentence, Registry.shipped(), language=language)]
             for language in ("de", "en", None)}
    assert names == {"de": ["dpa", "Reuters"], "en": ["Reuters"], None: ["dpa", "Reuters"]}


def test_only_english_and_russian_interviews_name_the_publisher() -> None:
    """"told Trend" on a page nothing else identifies is Trend's own; "Em entrevista à CNN"
    on a Brazilian portal is an interview CNN got: secondary reporting, not CNN's page."""
    body = ("O governador adotou um tom brando e liberou os treinos do clube, ainda que as "
            "medidas restritivas vigorem no estado durante a pandemia.\n\nEm entrevista à CNN, "
            "o governador disse não ser contra o retorno e repassou a responsabilidade para os "
            "clubes, que devem seguir os protocolos das autoridades de saúde.")
    record = clean(body)
    assert record.language == "pt" and record.outlet is None
    assert [(c.name, c.outlet_id) for c in record.citations] == [("CNN", "cnn")]
    assert "secondary_reporting" in record.flags
    told = clean("The minister said the talks would resume in May, he told Trend on Monday, "
                 "adding that the date was not yet fixed and that the delegations would meet.")
    assert told.outlet is not None and told.outlet.id == "trend"


def test_a_german_name_the_text_prints_as_one() -> None:
    """One word after "laut" is a name where the text names it so throughout, never after
    an article; a common noun takes one ("das Gericht"), and a plural ends in -n."""
    paragraphs = ["Richard David Precht hat ein neues Buch geschrieben.",
                  "Das selbstfahrende Auto kommt laut Precht bald. Die Nutzer seien laut Gericht "
                  "zu informieren, laut Forschern auch die Kinder.",
                  "Precht sagt, das Gericht habe geurteilt. Forschern zufolge stimmt das."]
    found = find_citations(paragraphs, Registry.shipped(), language="de")
    assert [(c.name, c.phrase) for c in found] == [("Precht", "laut Precht")]
    assert find_citations(paragraphs[1:2], Registry.shipped(), language="de") == ()


def test_a_text_naming_many_sources_is_read_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each word "laut" sets before it is looked up in one index of the text's words, built
    once: a paragraph naming thousands of sources costs one pass, not one per name."""
    from newsclean.provenance import citations

    passes = []
    word = citations._WORD

    class Counted:
        def finditer(self, text: str) -> Iterator[re.Match[str]]:
            passes.append(len(text))
            return word.finditer(text)

    monkeypatch.setattr(citations, "_WORD", Counted())
    paragraph = " ".join(f"Die Preise sind laut Quellex{i} gestiegen." for i in range(300))
    assert find_citations([paragraph], Registry.shipped(), language="de") == ()
    assert passes == [len(paragraph)]


def test_a_german_record_cites_its_sources() -> None:
    body = ("Die Regierung will die Steuer auf Strom senken. Das berichtet die „Süddeutsche "
            "Zeitung“ unter Berufung auf Kreise im Finanzministerium. Laut dpa soll der Entwurf "
            "noch im Sommer vom Kabinett beschlossen werden, damit die Entlastung im Herbst bei "
            "den Haushalten ankommt.\n\nDie Opposition kritisierte die Pläne als zu zaghaft und "
            "forderte eine stärkere Entlastung für Familien mit kleinen und mittleren Einkommen.")
    record = clean(body)
    assert record.language == "de"
    assert [(c.name, c.kind) for c in record.citations] == [
        ("Süddeutsche Zeitung", "outlet"), ("dpa", "outlet")]


@given(st.text(max_size=300))
def test_citations_never_raise(text: str) -> None:
    for citation in find_citations(text.split("\n"), Registry.shipped()):
        assert citation.phrase and citation.name


# ---------------------------------------------------------------- the CLI
def test_outlets_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outlets", "--country", "AZ"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert {row.split()[0] for row in rows} >= {"azernews", "trend", "caliber", "apa"}
    assert all(row.split()[1] == "AZ" for row in rows)
    assert main(["outlets", "--format", "jsonl"]) == 0
    outlets = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(outlets) == len(Registry.shipped())
    assert {"id", "name", "domains", "country", "timezone", "type", "source"} <= outlets[0].keys()


def test_clean_with_registry_and_ratings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = write(tmp_path / "page.txt", article(bottom="© 2024 Foo Daily. All rights reserved."))
    mine = write(tmp_path / "mine.toml", '[[outlet]]\nid = "foo"\nname = "Foo Daily"\n'
                 'domains = ["foo-daily.com"]\n')
    scores = write(tmp_path / "scores.csv", "site,score\nfoo-daily.com,72\n")
    assert main(["clean", str(page), "--registry", str(mine), "--ratings", str(scores), "-q"]) == 0
    outlet = json.loads(capsys.readouterr().out)["outlet"]
    assert outlet["id"] == "foo"
    assert outlet["ratings"] == {"source": "scores.csv", "values": {"score": 72}}


@pytest.mark.parametrize("option", ["--registry", "--ratings"])
def test_bad_registry_options_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    bad = write(tmp_path / "bad.file", "not [ toml, nor , csv\n")
    assert main(["clean", str(ROOT / "fixtures"), option, str(bad)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "Traceback" not in err


def html_page(site_name: str, body: str = PROSE, top: str = "") -> str:
    return (
        "<html><head><title>Budget approved</title>"
        f'<meta property="og:site_name" content="{site_name}"></head><body><article>'
        f"<h1>Budget approved after long debate</h1>{top}<p>{body}</p><p>{MORE}</p>"
        "</article></body></html>"
    )


def test_the_declared_site_name_is_the_publisher_its_citations_see() -> None:
    """The publisher an HTML page declares is weighed in before its citations and dates are
    read: a quote it was given is its own (``self``), not secondary reporting, and a date
    printed without an offset is read in its time zone."""
    page = html_page("Newsweek", body=PROSE[:-1] + ", the analyst told Newsweek.",
                     top="<p>Published Nov 07, 2022 at 12:47 PM</p>")
    record = Cleaner().clean_html(page)
    assert record.outlet is not None and record.outlet.id == "newsweek"
    assert [(c.name, c.kind) for c in record.citations] == [("Newsweek", "self")]
    assert "secondary_reporting" not in record.flags
    assert record.published == "2022-11-07T12:47:00-05:00" and record.published_tz == "outlet"


def test_html_declared_site_name() -> None:
    known = Cleaner().clean_html(html_page("Trend News Agency"))
    assert known.outlet is not None and known.outlet.id == "trend"
    assert [e.signal for e in known.outlet.evidence] == ["markup_site_name"]
    unknown = Cleaner().clean_html(html_page("Foo Valley News"))
    assert unknown.outlet is not None and (unknown.outlet.id, unknown.outlet.name) == (
        None, "Foo Valley News")
    company = Cleaner().clean_html(html_page("Foo Verlag GmbH"))
    assert company.outlet is None
    url_wins = Cleaner().clean_html(html_page("Foo Valley News"), url="https://caliber.az/1")
    assert url_wins.outlet is not None and url_wins.outlet.id == "caliber"


def test_a_wire_s_byline_names_no_publisher_alone() -> None:
    """Every client of a wire prints its byline on the stories it takes: alone, it backs
    no outlet; beside another signal for the wire (its own site's copyright), it does."""
    byline = "Associated Press November 19, 2019, 9:02 AM"
    alone = clean(article(top=byline))
    assert [a.name for a in alone.authors] == ["Associated Press"]
    assert alone.outlet is None
    own = clean(article(top=byline, bottom="© 2019 The Associated Press. All rights reserved."))
    assert own.outlet is not None and own.outlet.id == "ap"
    assert {e.signal for e in own.outlet.evidence} == {"copyright", "byline"}
    # an outlet that is no wire is named by its byline alone
    caliber = clean(article(top="Caliber.Az"))
    assert caliber.outlet is not None and caliber.outlet.id == "caliber"


_RU_BODY = (" Депутаты городского совета во вторник одобрили новый бюджет, который включает деньги "
            "на дороги и школы района, сообщили чиновники.")


@pytest.mark.parametrize(("opening", "place", "day", "agency"), [
    ("БАКУ, 10 янв — Sputnik.", "БАКУ", "10 янв", "sputnik"),
    ("БАКУ, 15 апреля — Sputnik Азербайджан.", "БАКУ", "15 апреля", "sputnik"),  # an edition
    ("АСТАНА. 15 апреля. КАЗИНФОРМ -", "АСТАНА", "15 апреля", "kazinform"),
    ("АСТАНА, 15 апреля. /Корр. КАЗИНФОРМ/ -", "АСТАНА", "15 апреля", "kazinform"),
    ("МОСКВА, 15 апреля. /ТАСС/.", "МОСКВА", "15 апреля", "tass"),
    ("Москва. 15 апреля. INTERFAX.RU -", "Москва", "15 апреля", "interfax"),
    ("Баку/15.04.20/Trend/ -", "Баку", "15.04.20", "trend"),
    ("TBILISI, April 15 (Reuters) -", "TBILISI", "April 15", "reuters"),
])
def test_an_agencys_dateline_names_the_place_the_day_and_the_agency(
    opening: str, place: str, day: str, agency: str
) -> None:
    """The Russian-language agencies' datelines: the place, the day, the agency whose copy
    the story is (a citation, and the record is wire copy)."""
    record = clean("Совет одобрил бюджет\n" + opening + _RU_BODY)
    assert record.dateline is not None
    assert (record.dateline.place, record.dateline.date) == (place, day)
    assert [c.outlet_id for c in record.citations] == [agency]
    assert "wire_copy" in record.flags
    assert record.text.startswith(opening)  # the dateline is the paragraph's, and stays


def test_a_sentence_opening_with_a_day_and_a_dash_is_no_dateline() -> None:
    record = clean("Talks end\nMonday, April 15 — The talks ended. The delegations left the capital "
                   "after a week of meetings, and both sides said they would meet again soon.")
    assert record.dateline is None and record.citations == ()


def test_trends_english_dateline_names_its_reporter() -> None:
    """Trend's English stories open "BAKU, Azerbaijan, Jan. 10. By Elchin Mehdiyev – Trend:":
    the dateline, the reporter (an author, whose raw is the credit), and the agency."""
    opening = "BAKU, Azerbaijan, Jan. 10. By Elchin Mehdiyev – Trend:"
    record = clean("Council approves budget\n" + opening + " The council voted on Tuesday to "
                   "approve the new budget, which includes money for roads and schools, officials "
                   "said.", url="https://en.trend.az/azerbaijan/politics/1.html")
    assert record.dateline == Dateline(place="BAKU, Azerbaijan", date="Jan. 10")
    assert [(a.name, a.kind, a.raw) for a in record.authors] == [
        ("Elchin Mehdiyev", "person", "By Elchin Mehdiyev – Trend:"),
        ("Trend", "organization", "By Elchin Mehdiyev – Trend:")]
    assert [(c.outlet_id, c.kind) for c in record.citations] == [("trend", "self")]
    assert record.text.startswith(opening)  # the paragraph's own words: nothing removed
    tagged = clean("Council approves budget\nBAKU, Azerbaijan, April 15. (APA) - The council voted "
                   "on Tuesday to approve the new budget, which includes money, officials said.")
    assert tagged.dateline == Dateline(place="BAKU, Azerbaijan", date="April 15")
    assert [c.outlet_id for c in tagged.citations] == ["apa"] and "wire_copy" in tagged.flags


@pytest.mark.parametrize(("language", "text", "found"), [
    ("fa", "به گزارش خبرگزاری مهر به نقل از ایرنا، سخنگوی دولت گفت.", ["mehr", "irna"]),
    ("fa", "به گزارش خبرنگار سیاسی خبرگزاری تسنیم، وزیر گفت.", ["tasnim"]),  # a desk's reporter
    ("fa", "به گزارش رویترز، قیمت نفت افزایش یافت.", ["reuters"]),
    ("fa", "وی در گفت‌وگو با ایسنا افزود که مذاکرات ادامه دارد.", ["isna"]),
    ("fa", "مقام‌های این وزارت به طلوع‌نیوز گفتند که کمک‌ها کاهش یافته است.", ["tolonews"]),
    ("ar", "وقال الوزير إن بلاده تعمل على ذلك، وفقا لما نقلته وكالة رويترز.", ["reuters"]),
    ("ar", "بحسب ما أفادت وكالة الأناضول، فإن الوفد وصل.", ["anadolu"]),
    ("ar", "وقال مسؤول لرويترز إن المحادثات ستستأنف.", ["reuters"]),
    ("ar", "وقال الوزير في تصريح خاص لسكاي نيوز عربية إن الخطة جاهزة.", ["sky-news-arabia"]),
    ("ar", "وأكد في تصريحات لوكالة الأنباء السعودية أن الموسم ناجح.", ["spa"]),
])
def test_persian_and_arabic_attributions_name_their_outlets(
    language: str, text: str, found: list[str]
) -> None:
    cited = find_citations([text], Registry.shipped(), language=language)
    assert [c.outlet_id for c in cited] == found
    assert all(c.kind == "outlet" and c.phrase in text for c in cited)


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "قال الوزير للصحفيين إن الخطة جاهزة."),  # told the journalists: no outlet
    ("ar", "وذكرت الوزارة في بيان أن الخطة جاهزة."),  # the ministry stated: a source, no outlet
    ("fa", "به گزارش سازمان ملل، تورم افزایش یافت."),  # the UN's report
    ("fa", "به گزارش ایرنا رئیس جمهور در دیدار با سفیر قطر و خبرنگار الجزیره گفت."),
])
def test_a_caseless_cue_names_only_the_outlet_it_opens_with(language: str, text: str) -> None:
    """Without capitals a name's extent is unknown: a cue cites the outlet the registry knows
    (or quotes set off) in its first few words, and nothing else the clause goes on to name."""
    cited = find_citations([text], Registry.shipped(), language=language)
    assert [c.outlet_id for c in cited] == (["irna"] if "ایرنا" in text else [])


def test_a_quoted_name_after_an_agency_word_is_an_outlet_in_arabic() -> None:
    text = "وذكرت وكالة الأنباء الكازاخية \"كازينفورم\" أن الحكومة خصصت استثمارات كبيرة."
    cited = find_citations([text], Registry.shipped(), language="ar")
    assert [(c.name, c.kind, c.outlet_id) for c in cited] == [("كازينفورم", "outlet", "kazinform")]
    unknown = find_citations([text.replace("كازينفورم", "الأفق")], Registry.shipped(), language="ar")
    assert [(c.name, c.kind, c.outlet_id) for c in unknown] == [("الأفق", "outlet", None)]


@pytest.mark.parametrize(("name", "outlet"), [
    ("خبرگزاری مهر", "mehr"), ("ایسنا", "isna"), ("طلوع‌نیوز", "tolonews"), ("الجزيرة", "aljazeera"),
    ("رويترز", "reuters"), ("بی‌بی‌سی فارسی", "bbc-persian"), ("سكاي نيوز عربية", "sky-news-arabia"),
])
def test_the_registry_knows_outlets_by_their_persian_and_arabic_names(name: str, outlet: str) -> None:
    found = Registry.shipped().by_name(name)
    assert found is not None and found.id == outlet


# --- South and Southeast Asia ----------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "found"), [
    ("id", "Menurut laporan Antara, banjir juga melanda sebagian wilayah Jakarta Timur.",
     [("antara", "outlet")]),
    ("id", "Seperti dilansir dari Reuters, harga minyak naik.", [("reuters", "outlet")]),
    ("id", "Saat dihubungi Tempo.co, dia menolak berkomentar.", [("tempo-id", "outlet")]),
    ("id", "\"Kami sudah mendirikan posko,\" ujarnya kepada Kompas.com, Senin.", [("kompas", "outlet")]),
    ("id", "Menurut BMKG, hujan akan berlanjut hingga Rabu.", [(None, "institution")]),
    ("vi", "Theo TTXVN, mưa lớn còn xảy ra ở nhiều tỉnh miền Bắc.", [("vna", "outlet")]),
    ("vi", "Theo báo Tuổi Trẻ, ông Hùng nói với Reuters rằng giá sẽ tăng.",
     [("tuoi-tre", "outlet"), ("reuters", "outlet")]),
    ("hi", "समाचार एजेंसी पीटीआई के मुताबिक, देश की सालाना बारिश का करीब 70 प्रतिशत हिस्सा आता है।",
     [("pti", "outlet")]),
    ("hi", "एक अधिकारी ने पीटीआई को बताया कि बचाव कार्य जारी है।", [("pti", "outlet")]),
    ("hi", "रॉयटर्स की रिपोर्ट के अनुसार, तेल की कीमतें बढ़ीं।", [("reuters", "outlet")]),
    ("ur", "خبر رساں ادارے رائٹرز کے مطابق، وزیر اعظم نے کہا کہ بجلی سستی ہوگی۔", [("reuters", "outlet")]),
])
def test_south_and_southeast_asian_attributions_name_their_sources(
    language: str, text: str, found: list[tuple[str | None, str]]
) -> None:
    cited = find_citations([text], Registry.shipped(), language=language)
    assert [(c.outlet_id, c.kind) for c in cited] == found
    assert all(c.phrase in text for c in cited)


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Menurut dia, air mulai surut pada sore hari."),  # "according to him"
    # Vietnamese capitalises a body's name from its first word only: its extent is unknown,
    # so a name counts when the registry knows it or a descriptor marks it
    ("vi", "Theo Trung tâm Dự báo Khí tượng Thủy văn quốc gia, lượng mưa vượt 100 mm."),
    ("hi", "मौसम विभाग के अनुसार दक्षिण-पश्चिम मानसून ने केरल में दस्तक दे दी है।"),  # no outlet
])
def test_what_the_regions_cues_do_not_cite(language: str, text: str) -> None:
    assert find_citations([text], Registry.shipped(), language=language) == ()


@pytest.mark.parametrize(("name", "outlet"), [
    ("PTI", "pti"), ("पीटीआई", "pti"), ("The Times of India", "times-of-india"), ("Dawn", "dawn"),
    ("दैनिक जागरण", "dainik-jagran"), ("প্রথম আলো", "prothom-alo"), ("Antara", "antara"),
    ("Kompas.com", "kompas"), ("Bernama", "bernama"), ("The Straits Times", "straits-times"),
    ("Rappler", "rappler"), ("TTXVN", "vna"), ("VnExpress", "vnexpress"), ("ไทยรัฐ", "thairath"),
    ("رائٹرز", "reuters"), ("कान्तिपुर", "kantipur"), ("Ada Derana", "ada-derana"), ("KPL", "kpl"),
])
def test_the_registry_knows_south_and_southeast_asias_outlets(name: str, outlet: str) -> None:
    found = Registry.shipped().by_name(name)
    assert found is not None and found.id == outlet


def test_a_generic_word_names_no_outlet_of_the_region() -> None:
    """"Tempo" is a word of many languages, a section's name on a French page: the Indonesian
    magazine is known by its domain's name ("Tempo.co")."""
    assert Registry.shipped().by_name("Tempo") is None
    assert clean(article(top="Tempo")).outlet is None


_BODY_EN = ("The Supreme Court on Monday asked the Centre to respond to a plea seeking a probe into "
            "the matter, officials said, adding that the hearing would resume next week.")


@pytest.mark.parametrize(("opening", "place", "day", "agency"), [
    ("New Delhi, Jun 3 (PTI) ", "New Delhi", "Jun 3", "pti"),  # nothing between tag and sentence
    ("Mumbai, June 3 (IANS) ", "Mumbai", "June 3", "ians"),
    ("Srinagar, Jun 3 (ANI): ", "Srinagar", "Jun 3", "ani"),
    ("KOTA BHARU, 3 Jun (Bernama) -- ", "KOTA BHARU", "3 Jun", "bernama"),
    ("JAKARTA (ANTARA) - ", "JAKARTA", None, "antara"),
    ("HANOI (VNA) - ", "HANOI", None, "vna"),
])
def test_the_regions_agencies_datelines_tag_their_copy(
    opening: str, place: str, day: str | None, agency: str
) -> None:
    record = clean("Court seeks reply on probe plea\n" + opening + _BODY_EN.strip()
                   + "\nAnother paragraph of the story follows here with more words in it.")
    assert record.dateline == Dateline(place=place, date=day)
    assert [(c.outlet_id, c.kind) for c in record.citations] == [(agency, "wire")]
    assert "wire_copy" in record.flags


def test_a_double_dash_after_the_place_is_no_part_of_it() -> None:
    record = clean("Typhoon leaves seven dead\nMANILA -- " + _BODY_EN.strip())
    assert record.dateline == Dateline(place="MANILA")


def test_a_parenthesis_opening_a_paragraph_is_no_wire_tag() -> None:
    assert clean("Report on spending\n(PDF) " + _BODY_EN.strip()).citations == ()


@pytest.mark.parametrize(("opening", "place"), [
    ("THIRUVANANTHAPURAM: ", "THIRUVANANTHAPURAM"), ("NEW DELHI: ", "NEW DELHI"),
    ("BREAKING: ", None), ("EDITOR'S NOTE: ", None), ("LIVE UPDATES: ", None),  # labels
    ("DEAR ABBY: ", None),  # a column's salutation
    ("UN: ", None),  # too short for a place: an acronym
])
def test_a_place_in_capitals_before_a_colon_is_the_dateline(opening: str, place: str | None) -> None:
    """India's and Pakistan's English press open a story with its place and a colon."""
    record = clean("Court seeks reply on probe plea\n\n" + opening + _BODY_EN)
    assert record.dateline == (Dateline(place=place) if place else None)
