"""The German-language press: Germany's regional papers and public broadcasters, Austria's,
Switzerland's, Luxembourg's and South Tyrol's. Each page is written as its outlet prints it
(the menu, the kicker, the headline, the standfirst, the byline and date lines, the body, the
agencies' sign-off, the prompts and notices under it)."""

from __future__ import annotations

import pytest

from newsclean import Registry, clean
from newsclean.provenance.citations import find_citations

FETCHED = "2024-06-04T09:00:00Z"

WAZ = "\n".join([
    "WAZ", "Essen", "Bochum", "Dortmund", "Ruhrgebiet", "Sport", "Bochum",
    "Ruhr-Uni: Studierende protestieren gegen höhere Mensapreise",
    "Rund 500 Studierende haben am Montag vor dem Audimax demonstriert.",
    "Bochum. Rund 500 Studierende haben am Montag an der Ruhr-Universität Bochum gegen höhere "
    "Mensapreise demonstriert. Das Studierendenwerk will die Preise zum Wintersemester um bis "
    "zu 20 Prozent anheben.",
    "„Für viele von uns ist das Mittagessen in der Mensa die einzige warme Mahlzeit am Tag“, "
    "sagte AStA-Sprecherin Lena Kowalski.",
    "Das Studierendenwerk verweist auf gestiegene Kosten für Lebensmittel und Personal. Man "
    "habe die Preise zwei Jahre lang stabil gehalten, teilte ein Sprecher mit.",
    "Die Demonstration verlief nach Angaben der Polizei friedlich.",
    "Mehr Artikel aus dieser Rubrik gibt’s hier: Bochum", "Dennis Freikamp", "04.06.2024, 06:00",
    "Lesen Sie auch", "Bochum: Neue Radwege an der Universitätsstraße", "Kommentare", "Teilen",
    "Funke Medien NRW",
])

MERKUR = "\n".join([
    "Merkur.de", "München", "Bayern", "Region", "Politik", "Sport", "Startseite", "Bayern",
    "Unwetter in Bayern: Pegel der Donau steigt weiter – Passau bereitet sich vor",
    "Stand: 04.06.2024, 08:15 Uhr", "Von: Kathrin Braun", "Kommentare", "Teilen",
    "In Passau wird am Dienstagabend der Höchststand der Donau erwartet. Die Stadt hat "
    "Notunterkünfte eingerichtet.",
    "Passau – Nach den schweren Regenfällen der vergangenen Tage steigt der Pegel der Donau in "
    "Passau weiter. Der Hochwassernachrichtendienst Bayern rechnet am Dienstagabend mit einem "
    "Höchststand von rund neun Metern.",
    "Die Stadt hat in der Nacht mehrere Straßen in der Altstadt gesperrt. Anwohner wurden "
    "aufgefordert, ihre Keller zu räumen.",
    "„Wir sind vorbereitet“, sagte Oberbürgermeister Jürgen Dupper dem Bayerischen Rundfunk.",
    "Auch in Regensburg wurde die höchste Meldestufe ausgerufen, wie der BR berichtete.",
    "Auch interessant", "Weiterlesen nach der Anzeige",
    "Die Feuerwehr ist mit mehreren hundert Einsatzkräften im Einsatz.", "Mehr zum Thema",
    "Hochwasser in Bayern: Alle Entwicklungen im Ticker", "Rubriklistenbild: © Armin Weigel/dpa",
])

STERN = "\n".join([
    "STERN.de", "Politik", "Panorama", "Wirtschaft", "Gesundheit", "Unwetter",
    "Bahn schränkt Fernverkehr in Süddeutschland weiter ein", "4. Juni 2024, 08:45 Uhr",
    "Wegen des Hochwassers fallen in Bayern und Baden-Württemberg weiterhin zahlreiche Fernzüge aus.",
    "Die Deutsche Bahn hat den Fernverkehr in Süddeutschland wegen des Hochwassers weiter "
    "eingeschränkt. Zwischen München und Stuttgart fallen bis auf Weiteres alle ICE-Züge aus, "
    "teilte die Bahn am Dienstag mit.",
    "Auch auf der Strecke zwischen Nürnberg und Augsburg gibt es Einschränkungen.",
    "Fahrgäste können ihre Tickets flexibel nutzen oder kostenlos stornieren.",
    "Laut einem Bericht der „Augsburger Allgemeinen“ sind mehrere Regionalstrecken unterspült.", "dpa",
    "Mehr zum Thema", "Newsticker", "Teilen", "Merken",
])

TT = "\n".join([
    "Tiroler Tageszeitung", "Tirol", "Innsbruck", "Österreich", "Sport", "Innsbruck",
    "Innsbrucker Nordkettenbahn wird modernisiert",
    "Die Seilbahn auf die Nordkette soll ab Herbst erneuert werden.",
    "Innsbruck – Die Innsbrucker Nordkettenbahnen werden ab Herbst modernisiert. Die Arbeiten "
    "sollen rund 25 Millionen Euro kosten, teilte die Stadt am Montag mit.",
    "Während der Bauzeit wird die Hungerburgbahn weiter fahren, die Seilbahn zur Seegrube aber "
    "für mehrere Wochen gesperrt.",
    "Bürgermeister Johannes Anzengruber sagte der TT, die Bahn sei „ein Wahrzeichen der Stadt“.",
    "(TT, APA)", "Von Michael Domanig", "04.06.2024 06:00", "Mehr zum Thema", "Teilen",
])

TWENTY_MIN = "\n".join([
    "20 Minuten", "News", "Schweiz", "Zürich", "Bern", "Basel", "Bern",
    "Berner Gemeinderat will Velostrassen ausbauen", "Publiziert", "4. Juni 2024, 06:30",
    "Der Berner Gemeinderat will das Netz der Velostrassen bis 2030 verdoppeln.",
    "Der Gemeinderat der Stadt Bern will die Zahl der Velostrassen in den nächsten sechs Jahren "
    "verdoppeln. Das hat er am Dienstag mitgeteilt.",
    "Velostrassen sind Strassen, auf denen Velos Vortritt haben und Autos nur langsam fahren dürfen.",
    "Die SVP kritisiert die Pläne. Stadträtin Janosch Weyermann sagte zu 20 Minuten, der "
    "Autoverkehr werde «systematisch verdrängt».",
    "(sda/mas)", "Deine Meinung zählt", "Hast du einen Fehler gefunden? Jetzt melden.", "Mehr Themen",
])

MZ = "\n".join([
    "Mitteldeutsche Zeitung", "Halle", "Sachsen-Anhalt", "Region", "Sport", "Halle (Saale)",
    "Hallesche Stadtwerke bauen neues Wasserstoffwerk", "Von Max Hunger", "04.06.24, 07:00",
    "Halle (Saale)/MZ - Die Stadtwerke Halle wollen bis 2027 ein Werk für grünen Wasserstoff "
    "bauen. Das Projekt soll rund 40 Millionen Euro kosten und wird vom Land gefördert.",
    "Der Wasserstoff soll vor allem für Busse und Müllfahrzeuge genutzt werden, sagte "
    "Stadtwerke-Chef Matthias Lux.",
    "Nach MZ-Informationen wird der Standort im Gewerbegebiet Halle-Ost liegen.",
    "Auch die Leipziger Volkszeitung hatte über Pläne für ein ähnliches Werk in Leipzig berichtet.",
    "Mehr zum Thema", "MZ.de", "Kommentare (3)", "Teilen",
])

BLICK = "\n".join([
    "Blick", "News", "Schweiz", "Ausland", "Sport", "Zürich",
    "Zürcher Tram-Linie 2 wird ab Juli umgeleitet", "Publiziert: 04.06.2024 um 07:12 Uhr", "|",
    "Aktualisiert: 04.06.2024 um 08:05 Uhr",
    "Wegen Bauarbeiten am Bellevue fährt das Tram 2 ab Juli mehrere Wochen lang auf einer Umleitung.",
    "Teilen", "Anhören", "Kommentieren",
    "Die Verkehrsbetriebe Zürich (VBZ) leiten die Tramlinie 2 ab dem 8. Juli um. Grund sind "
    "Gleisarbeiten am Bellevue, die bis Mitte August dauern.",
    "Die VBZ empfehlen Fahrgästen, mehr Zeit einzuplanen. «Wir versuchen, die Einschränkungen "
    "so gering wie möglich zu halten», sagte ein Sprecher zu Blick.",
    "Auch die Linien 4 und 15 sind betroffen, wie der «Tages-Anzeiger» berichtet.", "Lisa Aeschlimann",
    "Redaktorin News", "Mehr zum Thema", "Fehler gefunden? Jetzt melden.",
])

BR24 = "\n".join([
    "BR24", "Nachrichten", "Bayern", "Deutschland", "Welt", "Sport", "Oberbayern",
    "Hochwasser: Schäden im Landkreis Pfaffenhofen geringer als befürchtet",
    "Nach dem Hochwasser haben die Aufräumarbeiten im Landkreis Pfaffenhofen begonnen. Die "
    "Schäden sind nach ersten Einschätzungen geringer als befürchtet.",
    "Von Anna Müller", "Über dieses Thema berichtet: BR24 im Radio am 04.06.2024 um 08:00 Uhr.",
    "Im Landkreis Pfaffenhofen an der Ilm haben die Aufräumarbeiten nach dem Hochwasser "
    "begonnen. Landrat Albert Gürtner (Freie Wähler) sagte, die Schäden seien geringer als "
    "zunächst befürchtet.",
    "Rund 200 Keller mussten ausgepumpt werden. Mehrere Straßen sind weiterhin gesperrt.",
    "Das Technische Hilfswerk ist mit mehr als 100 Helfern im Einsatz.",
    "Artikel mit Bild-InhaltenBildrechte: BR/Anna Müller", "Jetzt mitreden",
    "Das Wichtigste aus Bayern in unserem Newsletter", "Stand: 04.06.2024, 08:45 Uhr",
])

RBB = "\n".join([
    "rbb24", "Berlin", "Brandenburg", "Sport", "Kultur", "Potsdam",
    "Brandenburger Landtag debattiert über Lehrkräftemangel", "Di 04.06.24 | 07:30 Uhr",
    "Im Brandenburger Landtag geht es heute um den Mangel an Lehrkräften. Die Opposition "
    "fordert mehr Geld für die Schulen.",
    "Der Brandenburger Landtag befasst sich am Dienstag mit dem Mangel an Lehrkräften. Zum "
    "Schuljahresbeginn im August fehlen nach Angaben des Bildungsministeriums rund 500 "
    "Lehrerinnen und Lehrer.",
    "Bildungsminister Steffen Freiberg (SPD) will mehr Seiteneinsteiger einstellen.",
    "Die Linke kritisiert, dass zu wenig in die Ausbildung investiert werde.",
    "Sendung: rbb24 Inforadio, 04.06.2024, 07:00 Uhr", "Mit Material von Andreas Rausch",
    "Artikel teilen",
    "Die Kommentarfunktion wurde am 04.06.2024 um 18:00 Uhr geschlossen. Es werden keine neuen "
    "Kommentare mehr veröffentlicht.",
])

BZ = "\n".join([
    "Badische Zeitung", "Freiburg", "Südbaden", "Sport", "Kultur", "BZ-Plus", "Freiburg",
    "Neuer Stadtteil Dietenbach: Erste Bagger rollen im Herbst", "Mi, 04. Jun 2024 um 08:00 Uhr",
    "Freiburg | Von Simone Höhl",
    "Im Herbst beginnen die Erschließungsarbeiten für den neuen Freiburger Stadtteil "
    "Dietenbach. Das hat die Stadtverwaltung am Dienstag mitgeteilt.",
    "In Dietenbach sollen in den kommenden 20 Jahren rund 6900 Wohnungen für etwa 16.000 "
    "Menschen entstehen.",
    "Baubürgermeister Martin Haag sprach von einem „Meilenstein für Freiburg“.",
    "Umweltverbände sehen das Projekt weiterhin kritisch, wie der SWR berichtete.", "Ressort: Freiburg",
    "Veröffentlicht in der gedruckten Ausgabe vom Mi, 04. Juni 2024", "Mehr zum Thema",
    "Artikel verschicken", "Drucken", "Kommentare", "Badischer Verlag GmbH & Co. KG",
])

FAZ = "\n".join([
    "Frankfurter Allgemeine", "Politik", "Wirtschaft", "Finanzen", "Feuilleton", "F+", "Rhein-Main",
    "Frankfurt", "Mehr Nachtbusse für Frankfurt",
    "Ab Dezember fahren am Wochenende zusätzliche Nachtbusse.", "Von Tobias Rösmann",
    "-Aktualisiert am 04.06.2024-09:12", "Bildbeschreibung einblenden",
    "Die Stadt Frankfurt baut das Angebot an Nachtbussen aus. Ab Dezember sollen am Wochenende "
    "zusätzliche Linien fahren, kündigte Verkehrsdezernent Wolfgang Siefert an.",
    "Die Kosten von rund zwei Millionen Euro im Jahr trägt die Stadt.", "Quelle: F.A.Z.",
    "Veröffentlicht: 04.06.2024, 08:00 Uhr", "Artikelrechte erwerben", "Weitere Themen",
])

KRONE = "\n".join([
    "Krone.at", "Nachrichten", "Österreich", "Niederösterreich", "Großbrand",
    "Lagerhalle in Flammen – Großeinsatz der Feuerwehr", "04.06.2024 06:45",
    "(Bild: FF Wiener Neustadt)",
    "Eine Lagerhalle in Wiener Neustadt ist in der Nacht auf Dienstag in Vollbrand gestanden.",
    "Mehr als 100 Feuerwehrleute waren im Einsatz, um das Übergreifen der Flammen auf "
    "benachbarte Gebäude zu verhindern.",
    "Verletzt wurde niemand. Die Brandursache ist noch unklar, die Polizei ermittelt.",
    "(Bild: FF Wiener Neustadt)", "Kommentare",
    "Da dieser Artikel älter als 18 Monate ist, ist zum jetzigen Zeitpunkt kein Kommentieren "
    "mehr möglich.",
    "Wir laden Sie ein, bei einer aktuelleren themenrelevanten Story mitzudiskutieren: Themenübersicht.",
])

RADWEG = "\n".join([
    "Stadt plant neuen Radweg am Fluss", "04.06.2024, 08:00 Uhr",
    "Die Stadt will einen neuen Radweg entlang des Flusses bauen. Das teilte die Verwaltung am "
    "Dienstag mit.",
    "Der Radweg soll drei Kilometer lang sein und rund zwei Millionen Euro kosten.",
    "{closing}", "Mehr zum Thema", "Teilen",
])


def _rule_of(line: str, *, under: str) -> str | None:
    """The rule that names ``line`` put in RADWEG's page right under its line ``under``."""
    page = RADWEG.replace(under + "\n", under + "\n" + line + "\n", 1).replace("{closing}", "")
    return {r.text: r.rule for r in clean(page, fetched_at=FETCHED).removed}.get(line)


HEADLINE = "Stadt plant neuen Radweg am Fluss"  # over the date line: a line in the page's header
PARAGRAPH = ("Die Stadt will einen neuen Radweg entlang des Flusses bauen. Das teilte die Verwaltung am "
             "Dienstag mit.")  # the body's first: a line inside the body


@pytest.mark.parametrize(("page", "outlet_id"), [
    (WAZ, "waz"), (MERKUR, "merkur"), (STERN, "stern"), (TT, "tiroler-tageszeitung"),
    (TWENTY_MIN, "20min"), (MZ, "mz"),
])
def test_a_german_language_regional_page_names_its_outlet(page: str, outlet_id: str) -> None:
    outlet = clean(page, fetched_at=FETCHED).outlet
    assert outlet is not None and outlet.id == outlet_id


@pytest.mark.parametrize(("url", "outlet_id"), [
    ("https://rp-online.de/nrw/staedte/duesseldorf/a_123", "rheinische-post"),
    ("https://www.ksta.de/koeln/ehrenfeld/brand-123", "ksta"),
    ("https://www.abendblatt.de/hamburg/article123/elbtower.html", "abendblatt"),
    ("https://www.saechsische.de/dresden/carolabruecke-123.html", "saechsische"),
    ("https://www.br.de/nachrichten/bayern/hochwasser,U123", "br"),
    ("https://www.hessenschau.de/wirtschaft/flughafen-100.html", "hessenschau"),
    ("https://www.rbb24.de/politik/beitrag/2024/06/landtag.html", "rbb"),
    ("https://www.diepresse.com/18512345/wiener-u-bahn", "diepresse"),
    ("https://www.kleinezeitung.at/steiermark/graz/123/strassenbahn", "kleinezeitung"),
    ("https://www.tt.com/artikel/123/nordkettenbahn", "tiroler-tageszeitung"),
    ("https://www.blick.ch/schweiz/zuerich/tram-id123.html", "blick"),
    ("https://www.watson.ch/schweiz/bundesrat/123", "watson"),
    ("https://www.luzernerzeitung.ch/zentralschweiz/luzern/theater-ld.123", "luzerner-zeitung"),
    ("https://www.wort.lu/politik/wohnungsbau/123.html", "wort"),
    ("https://www.stol.it/artikel/chronik/radbruecke", "dolomiten"),
])
def test_the_german_language_outlets_are_known_by_their_domains(url: str, outlet_id: str) -> None:
    info = Registry.shipped().by_url(url)
    assert info is not None and info.id == outlet_id


@pytest.mark.parametrize(("paragraph", "name", "outlet_id"), [
    ("Das sagte er der „Süddeutschen Zeitung“.", "Süddeutschen Zeitung", "sueddeutsche"),
    ("Das sagte sie der Neuen Zürcher Zeitung.", "Neuen Zürcher Zeitung", "nzz"),
    ("Das sagte er dem Bayerischen Rundfunk.", "Bayerischen Rundfunk", "br"),
    ("Das sagte er der Rheinischen Post.", "Rheinischen Post", "rheinische-post"),
    ("Das sagte er der Freien Presse.", "Freien Presse", "freiepresse"),
    ("Das ist laut einem Bericht der Augsburger Allgemeinen teuer.", "Augsburger Allgemeinen",
     "augsburger-allgemeine"),
    ("Das ist laut einem Bericht der Hannoverschen Allgemeinen Zeitung teuer.",
     "Hannoverschen Allgemeinen Zeitung", "haz"),
    ("Das ist laut einem Bericht des Kölner Stadt-Anzeigers teuer.", "Kölner Stadt-Anzeigers", "ksta"),
    ("Das ist laut einem Bericht des Handelsblatts teuer.", "Handelsblatts", "handelsblatt"),
    ("Das ist laut einem Bericht des Münchner Merkurs teuer.", "Münchner Merkurs", "merkur"),
    ("Das ist nach Informationen des Mitteldeutschen Rundfunks teuer.", "Mitteldeutschen Rundfunks",
     "mdr"),
    ("Das sagte er den Salzburger Nachrichten.", "Salzburger Nachrichten", "salzburger-nachrichten"),
    ("Wie die Sächsische Zeitung berichtete, gibt es ähnliche Pläne.", "Sächsische Zeitung",
     "saechsische"),
])
def test_a_declined_german_name_is_its_outlet_s(paragraph: str, name: str, outlet_id: str) -> None:
    """The name keeps its case's ending, as printed; the registry's outlet is found under it."""
    found = [(c.name, c.outlet_id) for c in find_citations([paragraph], Registry.shipped())]
    assert found == [(name, outlet_id)]


@pytest.mark.parametrize(("paragraph", "outlet_id"), [
    ("Bürgermeister Johannes Anzengruber sagte der TT, die Bahn sei ein Wahrzeichen.",
     "tiroler-tageszeitung"),
    ("Rektor Alf Rehn sagte der KNA, die Feier finde statt.", "kna-de"),
])
def test_a_name_german_shares_with_another_press_is_the_german_outlet_s(
        paragraph: str, outlet_id: str) -> None:
    """TT is Sweden's agency in Swedish, the Tiroler Tageszeitung in German; KNA is Kenya's
    agency in English, the Catholic one in German."""
    found = find_citations([paragraph], Registry.shipped(), language="de")
    assert [c.outlet_id for c in found] == [outlet_id]


def test_a_common_word_an_outlet_bears_is_no_outlet_of_english_text() -> None:
    """Stern, a magazine's name, is a surname in English: the registry knows the magazine as
    stern.de."""
    found = find_citations(["The plan would fail, according to Stern, who chairs the panel."],
                           Registry.shipped())
    assert all(c.outlet_id != "stern" for c in found)


@pytest.mark.parametrize(("closing", "wires"), [
    ("(dpa)", ["dpa"]), ("dpa", ["dpa"]), ("dpa/lno", ["dpa"]), ("(dpa/lby)", ["dpa"]),
    ("jbo/dpa", ["dpa"]), ("mit dpa", ["dpa"]), ("Mit Material von dpa und AFP", ["dpa", "AFP"]),
    ("(APA)", ["APA"]), ("(red, APA)", ["APA"]), ("APA/Agenturen", ["APA"]), ("(sda)", ["sda"]),
    ("(sda/mas)", ["sda"]), ("(KNA)", ["KNA"]),
])
def test_the_agencies_signing_a_story_off_are_its_wires(closing: str, wires: list[str]) -> None:
    record = clean(RADWEG.replace("{closing}", closing), fetched_at=FETCHED)
    assert [c.name for c in record.citations if c.kind == "wire"] == wires
    assert "wire_copy" in record.flags
    assert closing not in record.text


@pytest.mark.parametrize("closing", ["(Archivbild)", "(red)", "(Symbolbild)", "Mehr dazu"])
def test_a_closing_line_that_names_no_agency_credits_none(closing: str) -> None:
    record = clean(RADWEG.replace("{closing}", closing), fetched_at=FETCHED)
    assert not record.citations and "wire_copy" not in record.flags


def test_an_outlet_beside_the_agency_in_the_sign_off_is_cited_too() -> None:
    record = clean(TT, fetched_at=FETCHED)
    assert [(c.name, c.kind) for c in record.citations] == [("TT", "self"), ("APA", "wire")]


@pytest.mark.parametrize(("closing", "wires"), [
    ("Die Bauarbeiten sollen im Herbst beginnen. (dpa)", ["dpa"]),
    ("Die Bauarbeiten sollen im Herbst beginnen, sagte ein Sprecher. (AFP/dpa)", ["AFP", "dpa"]),
    ("Die Bauarbeiten sollen im Herbst beginnen. (APA).", ["APA"]),
])
def test_the_last_paragraph_an_agency_signs_off_stays_in_the_body(closing: str, wires: list[str]) -> None:
    """Ending in the agency's name in brackets, it read as a photo's caption and was cut."""
    record = clean(RADWEG.replace("{closing}", closing), fetched_at=FETCHED)
    assert record.text.endswith(closing)
    assert [c.name for c in record.citations if c.kind == "wire"] == wires


def test_a_polish_story_signed_off_by_pap_keeps_its_last_paragraph() -> None:
    page = "\n".join([
        "Rząd przyjął projekt ustawy o uczelniach", "04.06.2024, 08:00",
        "Rada Ministrów przyjęła we wtorek projekt ustawy o szkolnictwie wyższym. Poinformował o "
        "tym rzecznik rządu.",
        "Projekt trafi teraz do Sejmu, gdzie ma zostać rozpatrzony jeszcze w czerwcu.",
        "Opozycja zapowiada, że będzie głosować przeciwko ustawie. (PAP)", "Czytaj więcej", "Udostępnij",
    ])
    record = clean(page, fetched_at=FETCHED)
    assert record.text.endswith("przeciwko ustawie. (PAP)")
    assert [c.name for c in record.citations] == ["PAP"]


def test_an_english_caption_credited_to_an_agency_stays_a_caption() -> None:
    """English captions credit the agency in brackets; English stories are not signed so."""
    page = "\n".join([
        "Border crossings fall to a three-year low", "June 4, 2024",
        "Crossings at the southern border fell in May to their lowest level in three years, "
        "officials said on Tuesday.",
        "The decline follows new rules that limit asylum claims between ports of entry, the agency said.",
        "The border check point near the Port of Entry in Nogales, Ariz. (AP)", "Related", "Share",
    ])
    record = clean(page, fetched_at=FETCHED)
    assert "Nogales" not in record.text


@pytest.mark.parametrize(("opening", "wires"), [
    ("Hamburg (dpa/lno) -", ["dpa"]), ("Berlin (AFP/dpa) -", ["AFP", "dpa"]),
    ("Zürich (sda/awp) –", ["sda"]),
])
def test_an_agency_s_tag_with_its_desk_or_a_second_agency_names_the_wires(
        opening: str, wires: list[str]) -> None:
    page = RADWEG.replace("{closing}", "").replace("Die Stadt will", opening + " Die Stadt will")
    record = clean(page, fetched_at=FETCHED)
    assert [c.name for c in record.citations] == wires
    assert record.dateline is not None and record.dateline.place == opening.split(" (")[0]


@pytest.mark.parametrize(("page", "place"), [
    (WAZ, "Bochum"), (MERKUR, "Passau"), (TT, "Innsbruck"), (MZ, "Halle (Saale)"),
])
def test_a_german_dateline_in_lower_case_is_read(page: str, place: str) -> None:
    """"Passau – Nach den ...", "Bochum. Rund 500 ...": the place opens the first paragraph,
    or the second under a standfirst."""
    dateline = clean(page, fetched_at=FETCHED).dateline
    assert dateline is not None and dateline.place == place


@pytest.mark.parametrize("opening", [
    "Nein.",  # a sentence of one word: no line above prints it alone
    "Hamburg.",  # ... nor this place, which the page's menu never names
    "Fazit –", "Montag –", "Leandra Lou –", "DOW Jones –",
])
def test_an_opening_that_is_no_place_is_no_dateline(opening: str) -> None:
    page = "Bochum\n" + RADWEG.replace("{closing}", "").replace("Die Stadt will", opening + " Die Stadt will")
    assert clean(page, fetched_at=FETCHED).dateline is None


def test_an_english_opening_in_lower_case_is_no_dateline() -> None:
    """English sets its datelines in capitals: "Kaieteur News – Police ..." is the outlet's name."""
    page = "\n".join([
        "Hunter found dead in Essequibo jungle",
        "Kaieteur News – Police investigators in Region Two are trying to unravel the mystery "
        "behind the death of a hunter whose remains were found on Tuesday.",
        "Two loggers have since claimed that they heard gunshots in the area on Monday night.",
    ])
    assert clean(page, fetched_at=FETCHED).dateline is None


@pytest.mark.parametrize("box", [[], ["Hochwasser: Diese Straßen sind gesperrt"],
                                 ["Hochwasser: Diese Straßen sind gesperrt", "Pegel in Regensburg steigt"]])
def test_the_story_goes_on_under_a_recommendation_box_and_its_ad_s_notice(box: list[str]) -> None:
    """"Auch interessant" (a box of links) and "Weiterlesen nach der Anzeige" stand between the
    article's last paragraphs: the notice says the article goes on."""
    page = MERKUR.replace("Auch interessant\n", "\n".join(["Auch interessant", *box, ""]))
    record = clean(page, fetched_at=FETCHED)
    assert record.text.endswith("Die Feuerwehr ist mit mehreren hundert Einsatzkräften im Einsatz.")
    assert not any(headline in record.text for headline in box)


def test_a_related_box_of_teasers_over_an_ad_s_notice_ends_the_story() -> None:
    """A teaser's summary under the box's heading: the box lists stories, and what follows
    the notice is the next teaser's."""
    page = MERKUR.replace("Auch interessant\n", "Auch interessant\nHochwasser: Diese Straßen sind gesperrt\n"
                          "In mehreren Landkreisen bleiben wegen des Hochwassers zahlreiche Straßen "
                          "auch am Mittwoch weiterhin gesperrt.\n")
    record = clean(page, fetched_at=FETCHED)
    assert "Die Feuerwehr" not in record.text


def test_a_sign_off_closing_the_last_paragraph_is_the_citation_s_phrase() -> None:
    record = clean(RADWEG.replace("{closing}", "Die Arbeiten sollen im Herbst beginnen. (dpa/lno)"),
                   fetched_at=FETCHED)
    assert [(c.name, c.phrase) for c in record.citations] == [("dpa", "(dpa/lno)")]


def test_a_standfirst_under_the_date_lines_and_their_bar_opens_the_body() -> None:
    """Blick's "Publiziert: ...", "|", "Aktualisiert: ...": the bar between the date lines
    stopped the standfirst under them from joining the body."""
    record = clean(BLICK, fetched_at=FETCHED)
    assert record.text.startswith("Wegen Bauarbeiten am Bellevue fährt das Tram 2")
    assert (record.published, record.updated) == ("2024-06-04T07:12:00+02:00", "2024-06-04T08:05:00+02:00")


@pytest.mark.parametrize(("page", "notes"), [
    (BR24, ["Über dieses Thema berichtet: BR24 im Radio am 04.06.2024 um 08:00 Uhr."]),
    (RBB, ["Sendung: rbb24 Inforadio, 04.06.2024, 07:00 Uhr"]),
])
def test_a_broadcaster_s_note_of_its_programme_is_chrome(page: str, notes: list[str]) -> None:
    record = clean(page, fetched_at=FETCHED)
    rules = {r.text: r.rule for r in record.removed}
    assert [rules.get(note) for note in notes] == ["chrome.broadcast"] * len(notes)


def test_rbb_s_closing_notes_leave_the_body_and_date_nothing() -> None:
    """The comment section's closing time is no date of the story's."""
    record = clean(RBB, fetched_at=FETCHED)
    assert record.text.endswith("dass zu wenig in die Ausbildung investiert werde.")
    assert record.published == "2024-06-04T07:30:00+02:00"
    assert record.section is None  # "Di", Tuesday, opens the date line: no section's label


@pytest.mark.parametrize(("line", "authors"), [
    ("Freiburg | Von Simone Höhl", [("Simone Höhl", "person")]),
    ("Bad Homburg | Von Anna Schmidt und Jan Lenz", [("Anna Schmidt", "person"), ("Jan Lenz", "person")]),
    ("Reuters | By John Smith", [("John Smith", "person"), ("Reuters", "organization")]),
    ("dpa | Von Anna Lenz", [("Anna Lenz", "person"), ("dpa", "organization")]),
])
def test_a_byline_after_its_place_names_the_author_alone(line: str, authors: list[tuple[str, str]]) -> None:
    from newsclean.meta.bylines import parse_byline
    from newsclean.meta.lines import metadata_rule
    from newsclean.segment import segment

    assert metadata_rule(segment(line)[0]) == "meta.byline"
    assert [(a.name, a.kind) for a in parse_byline(line)] == authors


def test_the_badische_zeitung_s_author_is_read_after_the_place() -> None:
    record = clean(BZ, fetched_at=FETCHED)
    assert [a.name for a in record.authors] == ["Simone Höhl"]


@pytest.mark.parametrize(("paragraph", "name", "outlet_id"), [
    ("„Wir sind vorbereitet“, sagte Oberbürgermeister Jürgen Dupper dem Bayerischen Rundfunk.",
     "Bayerischen Rundfunk", "br"),
    ("„Die Finanzierung ist nicht gesichert“, sagte Gemeinderat Kurt Hohensinner der Kleinen Zeitung.",
     "Kleinen Zeitung", "kleinezeitung"),
    ("«Wir versuchen es», sagte ein Sprecher zu Blick.", "Blick", "blick"),
    ("Stadträtin Janosch Weyermann sagte zu 20 Minuten, der Autoverkehr werde verdrängt.",
     "20 Minuten", "20min"),
    ("Das bestätigte ein Sprecher gegenüber Blick.", "Blick", "blick"),
])
def test_quotes_given_to_a_german_language_outlet_are_read(paragraph: str, name: str, outlet_id: str) -> None:
    found = find_citations([paragraph], Registry.shipped(), language="de")
    assert [(c.name, c.outlet_id, c.kind) for c in found] == [(name, outlet_id, "outlet")]


@pytest.mark.parametrize("paragraph", [
    "Das sagte Merkel dem Bundestag am Dienstag.", "Das sagte sie zu Beginn der Sitzung.",
    "Das sagte er zu den Vorwürfen.", "Das sagte Müller zu Russland.",
    "Die Preise stiegen gegenüber Vorjahr um fünf Prozent.",
    "Das sagte ein Sprecher der Deutschen Bahn am Dienstag.",
    "Das sagte Scholz zu Journalisten in Berlin.",
    "Die Pläne seien noch nicht final, erklärte der Minister der Zeitung am Sonntag.",
])
def test_a_speaker_a_body_a_place_or_a_topic_is_no_outlet_told(paragraph: str) -> None:
    assert not find_citations([paragraph], Registry.shipped(), language="de")


@pytest.mark.parametrize(("line", "rule"), [
    ("3 Min. Lesedauer", "chrome.counter"), ("Lesedauer: 2 Min", "chrome.counter"),
    ("Lesedauer: 2 Min.", "chrome.counter"), ("Exklusiv für Abonnenten", "chrome.subscribe"),
    ("Anhören", "chrome.ui"), ("Hören", "chrome.ui"), ("Merken", "chrome.ui"),
])
def test_german_reading_times_paywall_notices_and_buttons_are_named(line: str, rule: str) -> None:
    assert _rule_of(line, under=HEADLINE) == rule


@pytest.mark.parametrize(("line", "rule"), [("• 3 Min", "chrome.counter"),
                                            ("143 Postings", "chrome.counter")])
def test_a_reading_time_after_its_bullet_and_a_count_of_postings_are_counters(line: str, rule: str) -> None:
    assert _rule_of(line, under=HEADLINE) == rule


def test_a_sign_off_with_its_day_credits_its_agency() -> None:
    record = clean(RADWEG.replace("{closing}", "(APA, red, 4.6.2024)"), fetched_at=FETCHED)
    assert [(c.name, c.kind) for c in record.citations] == [("APA", "wire")]


@pytest.mark.parametrize(("paragraph", "name", "outlet_id"), [
    ("„Wir prüfen das intensiv“, sagte die SPD-Politikerin dem „Spiegel“.", "Spiegel", "spiegel"),
    ("„Die Ernte ist vernichtet“, sagt Weinbauer Franz Sattler zur „Krone“.", "Krone", "krone"),
])
def test_quotes_given_after_the_speaker_s_noun_or_to_the_krone_are_read(
        paragraph: str, name: str, outlet_id: str) -> None:
    found = find_citations([paragraph], Registry.shipped(), language="de")
    assert [(c.name, c.outlet_id) for c in found] == [(name, outlet_id)]


@pytest.mark.parametrize(("masthead", "outlet_id"), [("news.ORF.at", "orf"), ("SRF News", "srf")])
def test_a_broadcaster_s_news_masthead_names_it(masthead: str, outlet_id: str) -> None:
    """"news.ORF.at", a host of the registry's orf.at, prints none of ORF's names."""
    page = "\n".join([masthead, "Inland", "Wirtschaft",
                      RADWEG.replace("{closing}", "Die Opposition kritisierte die Kosten als zu hoch.")])
    outlet = clean(page, fetched_at=FETCHED).outlet
    assert outlet is not None and outlet.id == outlet_id


def test_a_heading_s_topic_before_its_dash_is_no_dateline() -> None:
    """A topic and a subtitle ("Offshore-Windenergie – Sauberer Strom vom Meer") open no
    sentence: the dateline opens a paragraph of prose."""
    from newsclean.meta.published import find_dateline
    from newsclean.segment import segment

    lines = segment("\n".join([
        "Offshore-Windenergie – Sauberer Strom vom Meer",
        "Windparks in Nord- und Ostsee leisten einen immer wichtigeren Beitrag zur Energiewende in "
        "Deutschland. Allein 2018 erzeugten sie Strom in Höhe von rund 18 Terawattstunden.",
    ]))
    assert find_dateline(lines, {}, [0, 1], language="de") is None
    placed = segment("Passau – Nach den schweren Regenfällen steigt der Pegel der Donau weiter.")
    assert find_dateline(placed, {}, [0], language="de") is not None


MERKUR_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Unwetter in Bayern: Pegel der Donau steigt weiter – Passau bereitet sich vor | Bayern</title>
<meta property="og:site_name" content="Merkur.de">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Unwetter in Bayern: Pegel der Donau steigt weiter","datePublished":"2024-06-04T08:15:00+02:00",
"dateModified":"2024-06-04T09:40:00+02:00","author":[{"@type":"Person","name":"Kathrin Braun"}]}</script>
</head><body><main><article>
<p class="kicker">Bayern</p>
<h1>Unwetter in Bayern: Pegel der Donau steigt weiter – Passau bereitet sich vor</h1>
<div class="meta"><span>Stand: {printed}</span> <span>Von: Kathrin Braun</span></div>
<p class="lead"><strong>In Passau wird am Dienstagabend der Höchststand der Donau erwartet. Die Stadt hat
Notunterkünfte eingerichtet.</strong></p>
<p>Passau – Nach den schweren Regenfällen der vergangenen Tage steigt der Pegel der Donau in Passau
weiter. Der Hochwassernachrichtendienst Bayern rechnet am Dienstagabend mit einem Höchststand von rund
neun Metern.</p>
<p>Die Stadt hat in der Nacht mehrere Straßen in der Altstadt gesperrt. Anwohner wurden aufgefordert, ihre
Keller zu räumen.</p>
<p>Die Lage in Passau soll am Mittwoch neu bewertet werden. (dpa/lby)</p>
</article></main></body></html>"""


def test_a_page_printing_its_change_s_time_is_published_when_its_markup_says() -> None:
    """"Stand: ... 09:40 Uhr" (as of) prints the time the markup declares the page changed;
    the markup's publication, 08:15, is the story's."""
    from newsclean import clean_html

    record = clean_html(MERKUR_HTML.replace("{printed}", "04.06.2024, 09:40 Uhr"))
    assert (record.published, record.updated) == ("2024-06-04T08:15:00+02:00", "2024-06-04T09:40:00+02:00")
    assert record.dateline is not None and record.dateline.place == "Passau"


def test_a_page_printing_its_publication_s_time_keeps_it() -> None:
    from newsclean import clean_html

    record = clean_html(MERKUR_HTML.replace("{printed}", "04.06.2024, 08:15 Uhr"))
    assert (record.published, record.updated) == ("2024-06-04T08:15:00+02:00", "2024-06-04T09:40:00+02:00")


@pytest.mark.parametrize(("line", "published"), [
    ("vor 25 Min.", "2024-06-04T08:35:00+00:00"), ("vor 3 Std.", "2024-06-04T06:00:00+00:00"),
    ("04.06.2024 08:12 MESZ", "2024-06-04T08:12:00+02:00"),
    ("04.01.2024 08:12 MEZ", "2024-01-04T08:12:00+01:00"),
])
def test_german_abbreviations_of_a_count_back_and_of_the_time_zone_are_read(
        line: str, published: str) -> None:
    page = RADWEG.replace("04.06.2024, 08:00 Uhr", line).replace("{closing}", "")
    assert clean(page, fetched_at=FETCHED).published == published


def test_a_headline_that_opens_as_a_box_s_heading_does_is_still_the_title() -> None:
    """"Mehr Nachtbusse für Frankfurt" opens as "Mehr aus Hamburg" does, and was named a box's
    heading: the standfirst became the title."""
    record = clean(FAZ, fetched_at=FETCHED)
    assert record.title == "Mehr Nachtbusse für Frankfurt"
    assert record.text.startswith("Ab Dezember fahren am Wochenende zusätzliche Nachtbusse.")


def test_an_english_headline_opening_with_more_is_the_title() -> None:
    page = "\n".join([
        "World", "Africa", "More than 100 killed in Nigeria floods", "By Ann Lee", "June 4, 2024",
        "More than 100 people have been killed in floods in central Nigeria, emergency officials "
        "said on Tuesday, after days of heavy rain.",
        "Thousands of homes were destroyed and many roads remain impassable, the agency said.",
    ])
    assert clean(page, fetched_at=FETCHED).title == "More than 100 killed in Nigeria floods"


def test_a_box_s_heading_of_the_phrase_list_is_never_the_title() -> None:
    page = "\n".join([
        "Mehr zum Thema", "Von Anna Lenz", "04.06.2024",
        "Die Stadt will einen neuen Radweg entlang des Flusses bauen. Das teilte die Verwaltung am "
        "Dienstag mit.",
        "Der Radweg soll drei Kilometer lang sein und rund zwei Millionen Euro kosten.",
    ])
    assert clean(page, fetched_at=FETCHED).title != "Mehr zum Thema"


def test_a_copyright_line_of_the_paper_and_its_agency_credits_the_wire() -> None:
    record = clean(RADWEG.replace("{closing}", "© SZ/dpa/lby"), fetched_at=FETCHED)
    assert [(c.name, c.kind) for c in record.citations] == [("SZ", "outlet"), ("dpa", "wire")]


def test_a_notice_that_comments_are_closed_and_its_invitation_leave_the_body() -> None:
    record = clean(KRONE, fetched_at=FETCHED)
    assert record.text.endswith("Die Brandursache ist noch unklar, die Polizei ermittelt.")


@pytest.mark.parametrize(("line", "rule"), [
    ("Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen "
     "zu personalisieren.", "chrome.cookie"),
    ("Zustimmen und weiter", "chrome.ui"), ("Zur Merkliste hinzufügen", "chrome.ui"),
    ("Artikel verschenken", "chrome.ui"), ("Bildbeschreibung einblenden", "chrome.ui"),
    ("Artikelrechte erwerben", "chrome.ui"),
])
def test_german_consent_and_interface_lines_are_named_inside_the_body(line: str, rule: str) -> None:
    assert _rule_of(line, under=PARAGRAPH) == rule


def test_the_hamburger_morgenpost_is_known_as_mopo() -> None:
    info = Registry.shipped().by_name("MOPO", "de")
    assert info is not None and info.id == "mopo"


@pytest.mark.parametrize(("paragraph", "names"), [
    ("Laut Tagesspiegel sollen bis Ende des Jahres zehn Züge im Einsatz sein.", ["Tagesspiegel"]),
    ("Das ist laut Angaben des Tagesspiegels teuer.", ["Tagesspiegels"]),
    ("Wie die Weltwoche berichtet, ist das teuer.", ["Weltwoche"]),
    # a short title's noun alone is a common noun's: a mirror, a standard
    ("Das ist laut einem Bericht des Spiegels teuer.", []),
    ("Das ist laut einem Bericht des Standards teuer.", []),
    ("Das sagte er dem „Spiegel“.", ["Spiegel"]),
])
def test_a_long_title_s_noun_alone_names_its_outlet(paragraph: str, names: list[str]) -> None:
    """"Der Tagesspiegel", "Die Weltwoche": a compound no text uses but as the title; "Der
    Spiegel" alone only in quotes."""
    assert [c.name for c in find_citations([paragraph], Registry.shipped(), language="de")] == names


@pytest.mark.parametrize(("paragraph", "name"), [
    ("„Wir müssen handeln“, sagte Merz im ZDF.", "ZDF"),
    ("Das sagte der Minister im Deutschlandfunk am Morgen.", "Deutschlandfunk"),
    ("Das erklärte er im Interview mit dem SWR.", "SWR"),
    ("Das sagte der Sprecher zu Blick.", "Blick"),
    ("Das sagte die Ministerin Anna Lenz im ZDF.", "ZDF"),
])
def test_quotes_given_on_a_broadcaster_s_air_are_read(paragraph: str, name: str) -> None:
    found = find_citations([paragraph], Registry.shipped(), language="de")
    assert [(c.name, c.kind) for c in found] == [(name, "outlet")]


@pytest.mark.parametrize("paragraph", [
    "Das sagte er im Bundestag.", "Das sagte sie im Juni.", "Das sagte Scholz im Kanzleramt.",
    "Das sagte der Chef zu den Vorwürfen.",
])
def test_a_place_a_month_or_a_topic_after_im_or_zu_is_no_outlet(paragraph: str) -> None:
    assert not find_citations([paragraph], Registry.shipped(), language="de")


@pytest.mark.parametrize(("line", "rule"), [
    ("Liken Lade …", "chrome.ui"), ("Pocket", "chrome.ui"), ("auf Twitter folgen", "chrome.ui"),
    ("eine E-Mail senden", "chrome.ui"), ("Zur Galerie", "chrome.ui"),
    ("Artikel werden geladen... Schließen", "chrome.ui"),
    ("Fotostrecke mit 4 Bildern", "chrome.counter"), ("APA/Helmut Fohringer", "chrome.caption"),
])
def test_german_buttons_galleries_and_an_agency_s_photographer_leave_the_body(line: str, rule: str) -> None:
    assert _rule_of(line, under=PARAGRAPH) == rule


@pytest.mark.parametrize("credit", ["dpa/lno", "jbo/dpa", "APA/Agenturen", "mrc/dpa/Reuters"])
def test_a_sign_off_with_a_desk_or_an_editor_is_no_photographer_s_credit(credit: str) -> None:
    from newsclean.chrome import patterns

    assert not patterns.CAPTION_CREDIT.found_in(credit.lower())


def test_a_broadcast_note_closing_on_its_agency_credits_the_wire() -> None:
    closing = "Regionaljournal Bern Freiburg Wallis, 04.06.2024, 06:32 Uhr ; sda/brus"
    record = clean(RADWEG.replace("{closing}", closing), fetched_at=FETCHED)
    assert [(c.name, c.kind) for c in record.citations] == [("sda", "wire")]


def test_a_caption_under_the_body_credited_to_an_agency_signs_nothing_off() -> None:
    """The agency in brackets signs off the body's last paragraph only: under it, a caption
    credits its photo."""
    record = clean(RADWEG.replace("{closing}", "Der Bürgermeister bei der Eröffnung (AFP)"),
                   fetched_at=FETCHED)
    assert not record.citations and "wire_copy" not in record.flags
