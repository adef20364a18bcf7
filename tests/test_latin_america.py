"""Latin America's press: Colombia's, Mexico's, Peru's, Chile's, Argentina's and Brazil's
papers and portals, each page written as its outlet prints it."""

from __future__ import annotations

import pytest

from newsclean import Registry, clean
from newsclean.meta.dates import find_dates
from newsclean.provenance.citations import find_citations

FETCHED = "2024-06-04T09:00:00Z"


def test_a_masthead_in_capitals_names_the_paper() -> None:
    """"EL TIEMPO" opening the page is its masthead, not a credit (a news agency's name in
    capitals above an article is one): the quote given to it is its own."""
    text = "\n".join([
        "EL TIEMPO", "Colombia", "Bogotá", "Política", "Economía",
        "Gobierno radica reforma pensional ante el Congreso",
        "3 de junio 2024 , 02:35 p. m.", "Redacción Política",
        "El Gobierno Nacional radicó este lunes ante la Cámara de Representantes el proyecto de "
        "reforma pensional, que busca ampliar la cobertura a los adultos mayores sin pensión.",
        "La ministra del Trabajo, Gloria Inés Ramírez, dijo a EL TIEMPO que la iniciativa será "
        "votada antes del receso legislativo.",
        "Síganos en nuestro canal de WhatsApp",
        "Según el Dane, solo uno de cada cuatro adultos mayores recibe una pensión en el país.",
    ])
    record = clean(text)
    assert record.outlet is not None and record.outlet.id == "eltiempo-co"
    assert [(c.name, c.kind) for c in record.citations] == [("EL TIEMPO", "self"), ("Dane", "unknown")]
    assert "secondary_reporting" not in record.flags
    assert record.published == "2024-06-03T14:35:00-05:00"
    assert "WhatsApp" not in record.text and record.text.count("\n\n") == 2


def test_a_headline_ending_in_an_agency_s_name_is_no_photo_credit() -> None:
    """"... de las AFP": Peru's pension funds, not Agence France-Presse crediting a photo."""
    headline = "Congreso aprueba ley que amplía el retiro de fondos de las AFP"
    text = "\n".join([
        "El Comercio", "Perú", "Política", "Economía", headline,
        "Actualizado el 03/06/2024, 02:35 p.m.", "Redacción EC",
        "El pleno del Congreso aprobó este lunes, con 98 votos a favor, el proyecto de ley que "
        "permite un nuevo retiro de hasta cuatro UIT de los fondos de las AFP.",
        "El ministro de Economía, José Arista, declaró a RPP que el Ejecutivo evaluará observar "
        "la norma.",
    ])
    record = clean(text)
    assert record.title == headline
    assert [(c.outlet_id, c.kind) for c in record.citations] == [("rpp", "outlet")]
    caption = clean(text.replace(headline, headline + "\nProtesters gather outside Congress. AFP"))
    assert {r.text: r.rule for r in caption.removed}["Protesters gather outside Congress. AFP"] == (
        "chrome.caption")


def test_a_brazilian_portal_s_update_in_words_and_in_a_count_back() -> None:
    folha = clean("\n".join([
        "Folha de S.Paulo", "Poder", "Mercado",
        "Lula sanciona lei que taxa compras internacionais de até US$ 50",
        "3.jun.2024 às 14h35", "Atualizado: 3.jun.2024 às 18h20", "Renato Machado",
        "O presidente Luiz Inácio Lula da Silva sancionou nesta segunda-feira a lei que cria uma "
        "taxa de 20% sobre compras internacionais de até US$ 50.",
        "Segundo informou o jornal O Globo, a medida deve arrecadar R$ 2 bilhões por ano.",
    ]))
    assert (folha.published, folha.updated) == ("2024-06-03T14:35:00-03:00", "2024-06-03T18:20:00-03:00")
    assert [(c.outlet_id, c.kind) for c in folha.citations] == [("o-globo", "outlet")]
    g1 = clean("\n".join([
        "g1", "Política", "Economia", "Chuvas no RS: número de mortos sobe para 172",
        "Por Redação g1 RS", "03/06/2024 14h35 Atualizado há 2 horas",
        "O número de mortos em decorrência das chuvas que atingem o Rio Grande do Sul desde o "
        "fim de abril subiu para 172, segundo a Defesa Civil do estado.",
        "O governador Eduardo Leite disse à TV Globo que a reconstrução deve levar anos.",
    ]), fetched_at=FETCHED)
    assert g1.outlet is not None and g1.outlet.id == "g1"  # its masthead, two letters
    assert (g1.published, g1.updated) == ("2024-06-03T14:35:00-03:00", "2024-06-04T07:00:00+00:00")


@pytest.mark.parametrize(("text", "value"), [
    ("03/06/2024 14:35 BRT", "2024-06-03T14:35:00-03:00"),
    ("3 de junio de 2024 14:35 ART", "2024-06-03T14:35:00-03:00"),
    ("3 de junio de 2024 14:35 COT", "2024-06-03T14:35:00-05:00"),
    ("3 de junio de 2024 14:35 CLT", "2024-06-03T14:35:00-04:00"),
])
def test_south_america_s_zones(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, day_first=True)] == [value]


@pytest.mark.parametrize(("paragraph", "language", "cited"), [
    ("Según reportó Emol, la oposición criticó la falta de detalles.", "es", [("emol", "outlet")]),
    ("Según informó el diario La Tercera, el gobierno anunció cambios.", "es",
     [("la-tercera", "outlet")]),
    ("Segundo informou o jornal O Globo, o ministro deve deixar o cargo.", "pt", [("o-globo", "outlet")]),
])
def test_credits_with_their_reporting_verb(paragraph: str, language: str,
                                           cited: list[tuple[str, str]]) -> None:
    found = find_citations([paragraph], Registry.shipped(), language=language)
    assert [(c.outlet_id, c.kind) for c in found] == cited


@pytest.mark.parametrize("lines", [
    ["Síganos en nuestro canal de WhatsApp"],
    ["Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del día."],
    ["Mira también: Petro anuncia cambios en su gabinete"],
    ["Lea también", "Petro anuncia cambios en su gabinete"],
])
def test_prompts_and_links_between_paragraphs_leave_the_body(lines: list[str]) -> None:
    paragraphs = [
        "El Gobierno Nacional radicó este lunes ante la Cámara de Representantes el proyecto de "
        "reforma pensional, que busca ampliar la cobertura.",
        "El ministro del Trabajo dijo que la iniciativa será votada antes del receso legislativo, "
        "según fuentes del Congreso.",
        "Según el Dane, solo uno de cada cuatro adultos mayores recibe una pensión en el país, de "
        "acuerdo con las cifras oficiales.",
    ]
    record = clean("\n".join(["Gobierno radica reforma pensional ante el Congreso de la República",
                              paragraphs[0], *lines, *paragraphs[1:]]))
    assert record.text == "\n\n".join(paragraphs)


def test_a_name_that_is_a_word_of_the_language_is_no_outlet() -> None:
    """"Perfil" (a user's profile) over the article is no outlet's name: Perfil is registered
    as "Perfil.com"."""
    registry = Registry.shipped()
    assert registry.by_name("Perfil", "es") is None and registry.by_name("Perfil.com", "es") is not None
    assert registry.by_name("Globo", "pt") is None and registry.by_name("Valor", "pt") is None
