"""Spain's languages besides Spanish (Catalan, Basque, Galician), and Spain's, Italy's and
Portugal's regional press. Each page is written as its outlet prints it."""

from __future__ import annotations

import pytest

from newsclean import Registry, clean
from newsclean.language import detect_language, prose_by_shape
from newsclean.meta.dates import find_dates
from newsclean.provenance.citations import find_citations

FETCHED = "2024-06-04T09:00:00Z"

BERRIA = "\n".join([
    "Berria", "Euskal Herria", "Ekonomia", "Mundua", "Kultura", "Kirola",
    "Eusko Jaurlaritzak etxebizitza legea onartu du",
    "Legeak alokairuaren prezioak mugatuko ditu tentsio handiko eremuetan.",
    "Jon Agirre", "2024ko ekainaren 3a, 14:32",
    "Eusko Jaurlaritzak etxebizitza lege berria onartu du gaur Gobernu Kontseiluaren bileran.",
    "Legeak alokairuaren prezioak mugatuko ditu tentsio handiko eremu gisa izendatzen diren "
    "udalerrietan.",
    "Etxebizitza sailburuak azaldu duenez, neurriak datorren urtetik aurrera jarriko dira "
    "indarrean.",
    "EFE agentziaren arabera, oposizioko alderdiek legearen aurka bozkatuko dute "
    "Legebiltzarrean.",
    "Sindikatuek neurriak nahikoak ez direla salatu dute.",
    "Partekatu", "Iruzkinak", "Berria Taldea © 2024",
])

NOS = "\n".join([
    "Nós Diario", "Galiza", "Política", "Economía", "Cultura", "Deportes",
    "A Xunta aproba o novo plan de vivenda",
    "O plan prevé a construción de 3.000 vivendas públicas ata 2030.",
    "Marta Vázquez", "03/06/2024 14:32",
    "O Consello da Xunta aprobou este luns o novo plan galego de vivenda, que prevé a "
    "construción de 3.000 vivendas públicas ata 2030.",
    "Segundo informou a conselleira de Vivenda, o investimento total ascenderá a 400 millóns de "
    "euros.",
    "A oposición criticou que o plan chega tarde e que as cifras son insuficientes para atender "
    "a demanda.",
    "Segundo a axencia Europa Press, os concellos reclaman máis competencias na xestión do solo.",
    "Comparte esta nova", "Comentarios",
])

ARA = "\n".join([
    "ARA", "Política", "Economia", "Societat", "Internacional",
    "El Govern aprova el pla de sequera",
    "La Generalitat destinarà 200 milions d'euros a noves infraestructures hídriques.",
    "Laura Puig", "Barcelona", "03/06/2024 14:32", "Actualitzat el 03/06/2024 a les 16:05",
    "El Govern ha aprovat aquest dilluns el nou pla de sequera, que preveu una inversió de 200 "
    "milions d'euros en infraestructures hídriques.",
    "Segons ha informat l'Agència Catalana de l'Aigua, les reserves dels embassaments se situen "
    "al 25% de la seva capacitat.",
    "La consellera d'Acció Climàtica ha explicat que les restriccions es mantindran durant "
    "l'estiu.",
    "Segons l'ACN, els pagesos reclamen ajudes directes per compensar les pèrdues.",
    "Comparteix", "Comentaris",
])


@pytest.mark.parametrize(("text", "language"), [
    # Basque, which langdetect has no profile of (it named it Indonesian)
    ("Bilboko metroak ordutegia luzatuko du udan, Bizkaiko Garraio Partzuergoak jakinarazi "
     "duenez. Neurria ekainaren 21etik irailaren 15era bitartean egongo da indarrean.", "eu"),
    # Galician, which it named Portuguese or Spanish
    ("O Consello da Xunta aprobou este luns o novo plan galego de vivenda, que prevé a "
     "construción de 3.000 vivendas públicas ata 2030. A oposición criticou que o plan chega "
     "tarde.", "gl"),
    # their neighbours stay theirs
    ("El Consejo de la Xunta aprobó este lunes el nuevo plan gallego de vivienda, que prevé la "
     "construcción de 3.000 viviendas públicas hasta 2030.", "es"),
    ("O Conselho de Ministros aprovou esta segunda-feira um novo programa para a habitação, que "
     "prevê a construção de 10 mil casas até 2030.", "pt"),
    ("El Govern ha aprovat aquest dilluns el nou pla de sequera, que preveu una inversió de 200 "
     "milions d'euros en infraestructures hídriques.", "ca"),
    ("Die Regierung hat am Dienstag beschlossen, dass die neuen Regeln jetzt für alle Schulen "
     "des Landes gelten, und die Lehrer sind damit nicht zufrieden.", "de"),
])
def test_basque_and_galician_are_told(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_basque_tells_prose_by_its_shape() -> None:
    """Basque joins its cases and postpositions to the noun: a tenth of its words are stop words."""
    assert prose_by_shape("eu", "LATIN") and not prose_by_shape("gl", "LATIN")


def test_a_basque_page_is_cleaned_not_kept_whole() -> None:
    """Told as Indonesian, the page kept its menu, its byline and its share buttons."""
    record = clean(BERRIA, fetched_at=FETCHED)
    assert record.language == "eu"
    assert record.title == "Eusko Jaurlaritzak etxebizitza legea onartu du"
    assert record.text.startswith("Legeak alokairuaren prezioak mugatuko ditu tentsio handiko "
                                  "eremuetan.")
    assert record.text.endswith("salatu dute.")
    assert [(a.name, a.kind) for a in record.authors] == [("Jon Agirre", "person")]
    assert record.published == "2024-06-03T14:32:00+02:00"
    assert record.outlet is not None and record.outlet.id == "berria"
    assert [(c.name, c.outlet_id) for c in record.citations] == [("EFE", "efe")]


def test_a_galician_page_is_galician() -> None:
    record = clean(NOS, fetched_at=FETCHED)
    assert record.language == "gl"
    assert record.title == "A Xunta aproba o novo plan de vivenda"
    assert record.text.startswith("O plan prevé") and record.text.endswith("xestión do solo.")
    assert record.outlet is not None and record.outlet.id == "nosdiario"
    assert [(c.name, c.outlet_id) for c in record.citations] == [("Europa Press", "europa-press")]


def test_a_catalan_page_with_its_update_and_its_agency() -> None:
    record = clean(ARA, fetched_at=FETCHED)
    assert record.language == "ca"
    assert record.published == "2024-06-03T14:32:00+02:00"
    assert record.updated == "2024-06-03T16:05:00+02:00"
    assert record.outlet is not None and record.outlet.id == "ara-cat"
    assert [(c.name, c.outlet_id) for c in record.citations] == [("ACN", "acn")]
    assert record.text.endswith("compensar les pèrdues.")


@pytest.mark.parametrize(("text", "value"), [
    ("3 de juny de 2024", "2024-06-03"), ("3 d'agost de 2024", "2024-08-03"),
    ("dilluns, 3 de juny de 2024, 14:32", "2024-06-03T14:32:00"),
    ("03/06/2024 a les 16:05", "2024-06-03T16:05:00"),
    ("luns, 3 de xuño de 2024 ás 14:32", "2024-06-03T14:32:00"),
    ("3 de xaneiro de 2024", "2024-01-03"),
    ("2024ko ekainaren 3a, 14:32", "2024-06-03T14:32:00"), ("2024ko urtarrilaren 15a", "2024-01-15"),
])
def test_catalan_galician_and_basque_dates_are_read(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text)] == [value]


@pytest.mark.parametrize(("update", "value"), [
    ("Ultimo aggiornamento: 16:05", "2024-06-03T16:05:00+02:00"),
    ("Actualizado a las 16:05 h", "2024-06-03T16:05:00+02:00"),
    ("Atualizado às 16:05", "2024-06-03T16:05:00+02:00"),
    ("Updated 16:05", "2024-06-03T16:05:00+02:00"),
    # the twelve-hour clock, and an hour of one digit
    ("Updated 4:05 pm", "2024-06-03T16:05:00+02:00"), ("Updated 4:05 P.M.", "2024-06-03T16:05:00+02:00"),
    ("Ultimo aggiornamento: 9:15 pm", "2024-06-03T21:15:00+02:00"),
    # earlier than the publication: no update of it
    ("Ultimo aggiornamento: 09:15", None), ("Updated 9:15", None), ("Updated 12:15 a.m.", None),
])
def test_an_update_line_with_its_time_alone_is_the_publication_day_s(
        update: str, value: str | None) -> None:
    text = "\n".join([
        "Il Mattino", "Napoli", "Campania", "Primo Piano",
        "Metro di Napoli, nuove stazioni entro il 2025",
        "di Giuseppe Esposito", "Lunedì 3 Giugno 2024, 14:32", update,
        "Il Comune di Napoli ha annunciato l'apertura di tre nuove stazioni della linea 1 della "
        "metropolitana entro la fine del 2025.",
        "Secondo l'ANSA, i lavori sono in fase avanzata e i collaudi inizieranno in autunno.",
    ])
    record = clean(text, fetched_at=FETCHED)
    assert record.published == "2024-06-03T14:32:00+02:00"
    assert record.updated == value
    assert record.outlet is not None and record.outlet.id == "ilmattino"


@pytest.mark.parametrize(("paragraph", "language", "name", "outlet_id"), [
    ("Segons l'ACN, els pagesos reclamen ajudes directes.", "ca", "ACN", "acn"),
    ("Segons À Punt, la protesta s'ha desenvolupat sense incidents.", "ca", "À Punt", "apunt"),
    ("La consellera ha explicat a VilaWeb que les restriccions es mantindran.", "ca", "VilaWeb",
     "vilaweb"),
    ("Segundo a axencia Europa Press, os concellos reclaman máis competencias.", "gl",
     "Europa Press", "europa-press"),
    ("O alcalde dixo a Nós Diario que o concello recorrerá.", "gl", "Nós Diario", "nosdiario"),
    ("EFE agentziaren arabera, oposizioko alderdiek legearen aurka bozkatuko dute.", "eu", "EFE",
     "efe"),
    ("Berriaren arabera, legea udazkenean onartuko da.", "eu", "Berria", "berria"),
    ("Berriak jakinarazi duenez, legea udazkenean onartuko da.", "eu", "Berria", "berria"),
    ("Sailburuak EITBri esan dio neurriak udan jarriko direla.", "eu", "EITB", "eitb"),
])
def test_catalan_galician_and_basque_citations_name_their_source(
        paragraph: str, language: str, name: str, outlet_id: str) -> None:
    found = find_citations([paragraph], Registry.shipped(), language=language)
    assert [(c.name, c.outlet_id) for c in found] == [(name, outlet_id)]


@pytest.mark.parametrize(("paragraph", "language"), [
    ("Segons el Govern, les restriccions es mantindran.", "ca"),
    ("Segundo informou a conselleira de Vivenda, o investimento total ascenderá.", "gl"),
    ("Partzuergoaren arabera, iaz 90 milioi bidaiari garraiatu zituen.", "eu"),
    ("Sailburuak azaldu duenez, neurriak jarriko dira.", "eu"),
])
def test_a_cue_before_no_outlet_cites_nothing(paragraph: str, language: str) -> None:
    assert find_citations([paragraph], Registry.shipped(), language=language) == ()


def test_a_catalan_newsroom_signs_as_an_organisation() -> None:
    text = "\n".join([
        "VilaWeb", "Notícies", "Opinió", "Cultura",
        "Milers de persones es manifesten a València per l'habitatge", "Redacció",
        "03.06.2024 - 19:45",
        "Milers de persones s'han manifestat aquest dissabte a València per reclamar un habitatge "
        "digne.",
        "La manifestació, convocada per una cinquantena d'entitats, ha recorregut el centre de la "
        "ciutat.",
    ])
    record = clean(text, fetched_at=FETCHED)
    assert [(a.name, a.kind) for a in record.authors] == [("Redacció", "organization")]


@pytest.mark.parametrize(("name", "outlet_id"), [
    ("ARA", "ara-cat"), ("VilaWeb", "vilaweb"), ("Berria", "berria"), ("EITB", "eitb"),
    ("Nós Diario", "nosdiario"), ("La Voz de Galicia", "lavozdegalicia"), ("Il Mattino", "ilmattino"),
    ("Jornal de Notícias", "jn"), ("L'Unione Sarda", "unionesarda"), ("Cadena SER", "cadenaser"),
])
def test_regional_outlets_are_known(name: str, outlet_id: str) -> None:
    info = Registry.shipped().by_name(name)
    assert info is not None and info.id == outlet_id


def test_outlets_sharing_a_name_are_told_by_the_text_s_language() -> None:
    registry = Registry.shipped()
    assert registry.by_name("Público", "es").id == "publico-es"  # type: ignore[union-attr]
    assert registry.by_name("Público", "pt").id == "publico-pt"  # type: ignore[union-attr]
    assert registry.by_name("DN", "sv").id == "dagens-nyheter"  # type: ignore[union-attr]
    assert registry.by_name("DN", "pt").id == "dn-pt"  # type: ignore[union-attr]


_DECREE = (" Il governo ha approvato oggi il nuovo decreto sulle infrastrutture, che prevede "
           "investimenti per dieci miliardi di euro nei prossimi anni.\n"
           "Le opposizioni hanno criticato il provvedimento.")


@pytest.mark.parametrize(("opening", "place", "day", "wire"), [
    # the Italian agencies set their tag first, the place and the day after it
    ("(ANSA) - ROMA, 03 GIU -", "ROMA", "03 GIU", "ANSA"),
    ("(AGI) - Roma, 3 giu. -", "Roma", "3 giu", "AGI"),
    ("ROMA, 03 GIU - (ANSA)", "ROMA", "03 GIU", "ANSA"),
    ("Roma, 3 giu. (Adnkronos) -", "Roma", "3 giu", "Adnkronos"),
    # Europa Press's day of the month alone is no date of the dateline
    ("MADRID, 3 (EUROPA PRESS)", "MADRID", None, "EUROPA PRESS"),
])
def test_the_southern_agencies_datelines(opening: str, place: str, day: str | None, wire: str) -> None:
    record = clean(opening + _DECREE, fetched_at=FETCHED)
    assert record.dateline is not None
    assert (record.dateline.place, record.dateline.date) == (place, day)
    assert [(c.name, c.kind) for c in record.citations] == [(wire, "wire")]
    if day is not None:
        assert record.published == "2024-06-03"


@pytest.mark.parametrize(("text", "value"), [
    ("3 giu. 2024", "2024-06-03"), ("3 lug 2024", "2024-07-03"), ("3 mag 2024", "2024-05-03"),
])
def test_italian_month_abbreviations_are_read(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text)] == [value]
