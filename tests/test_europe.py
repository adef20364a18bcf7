"""Europe's national presses: the Nordic countries', the Baltic states', Hungary's, Romania's,
Greece's, the former Yugoslavia's, Bulgaria's, Czechia's, Poland's and the Low Countries'.
Each page is written as its outlet prints it (the menu, the headline, the date and byline
lines, the body, the prompts and notices under it)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from newsclean import Registry, clean
from newsclean.language import detect_language, prose_by_shape
from newsclean.meta.dates import find_dates

FETCHED = "2024-06-04T09:00:00Z"
REFERENCE = datetime(2024, 6, 4, 9, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(("text", "language"), [
    # Finnish and Estonian share Turkmen's ä and ö, never its ň or ý
    ("Hallitus esittää muutoksia työttömyysturvaan. Työministeri kertoo, että esitys annetaan "
     "eduskunnalle syksyllä. Oppositio vaatii hallitukselta selvitystä muutosten vaikutuksista.",
     "fi"),
    ("Valitsus kavatseb tõsta käibemaksu. Rahandusminister ütles, et maksutõus on vältimatu ja "
     "opositsioon kritiseeris plaani teravalt.", "et"),
    # Icelandic, which langdetect has no profile of (it named it Swedish or Hungarian)
    ("Eldgos hófst á Sundhnúkagígaröðinni skömmu eftir hádegi í dag. Veðurstofan segir að gosið "
     "sé kraftmikið og Grindavík hefur verið rýmd.", "is"),
    # Serbian's Cyrillic, which langdetect took for Macedonian
    ("Влада Србије усвојила је данас нацрт закона о високом образовању, саопштило је "
     "Министарство просвете. Студенти најављују протест и кажу да ће наставити.", "sr"),
    ("Владата денеска го усвои предлог-законот за високо образование, соопшти министерството. "
     "Студентите најавија протест и велат дека ќе продолжат.", "mk"),
    ("Aşgabatda täze metro bekedi açyldy. Bu barada şäher häkimliginiň metbugat gullugy habar "
     "berdi.", "tk"),
])
def test_europe_s_languages_are_told(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_languages_with_few_function_words_tell_prose_by_its_shape() -> None:
    """Finnish, Estonian, Latvian and Lithuanian decline where others set prepositions: a
    sentence of ten words may hold no stop word."""
    assert all(prose_by_shape(language, "LATIN") for language in ("fi", "et", "lv", "lt"))
    assert not any(prose_by_shape(language, "LATIN") for language in ("sv", "pl", "hu"))


@pytest.mark.parametrize(("text", "lead", "last"), [
    ("\n".join(["LSM.lv", "Ziņas", "Latvijā", "Pasaulē",
                "Saeima pieņem jaunu likumu par pašvaldībām", "2024. gada 3. jūnijs 14:32",
                "Jānis Bērziņš", "Dalīties",
                "Saeima ceturtdien galīgajā lasījumā pieņēma grozījumus pašvaldību likumā, "
                "vēsta LETA.",
                "Likums stāsies spēkā nākamā gada sākumā.",
                "Opozīcija kritizēja likumprojektu, norādot uz nepietiekamu apspriešanu.",
                "Lasiet arī: Rīgas dome apstiprina budžetu", "Visas tiesības aizsargātas"]),
     "Saeima ceturtdien", "apspriešanu."),
    ("\n".join(["ERR", "Uudised", "Eesti", "Maailm", "Valitsus kavatseb tõsta käibemaksu",
                "Valitsuse plaan on tõsta käibemaksu 24 protsendini.", "03.06.2024 14:32",
                "Mari Tamm", "Jaga",
                "Rahandusminister Mart Võrklaev ütles ERR-ile, et maksutõus on vältimatu.",
                "\"Riigi rahandus vajab korrastamist,\" ütles Võrklaev.",
                "BNS-i andmetel toetab plaani koalitsiooni enamus.",
                "Opositsioon kritiseeris plaani teravalt.",
                "Loe ka: Inflatsioon aeglustus mais", "Kõik õigused kaitstud"]),
     "Valitsuse plaan", "teravalt."),
    ("\n".join(["Yle Uutiset", "Valikko", "Haku", "Kotimaa",
                "Hallitus esittää muutoksia työttömyysturvaan",
                "Muutokset koskisivat erityisesti nuoria työnhakijoita.", "3.6.2024 14:32",
                "päivitetty 3.6.2024 16:05", "Jaa",
                "Työministeri Arto Satonen kertoo Ylelle, että esitys annetaan eduskunnalle "
                "syksyllä.",
                "– Tavoitteena on nopeuttaa työllistymistä, Satonen sanoo.",
                "STT:n mukaan ammattiliitot vastustavat esitystä jyrkästi.",
                "Oppositio vaatii hallitukselta selvitystä muutosten vaikutuksista.",
                "Lue myös: Työttömyys kasvoi toukokuussa", "Kommentoi"]),
     "Muutokset koskisivat", "vaikutuksista."),
])
def test_a_baltic_or_finnish_page_keeps_its_lead_and_its_last_paragraph(
        text: str, lead: str, last: str) -> None:
    """The lead under the headline and a paragraph without a stop word were cut as the
    preamble and the trailer; Finnish was told as Turkmen and the page kept whole."""
    record = clean(text, fetched_at=FETCHED)
    assert record.text.startswith(lead) and record.text.endswith(last)
    assert "Lue myös" not in record.text and "Loe ka" not in record.text
    assert "Lasiet arī" not in record.text


@pytest.mark.parametrize(("text", "value"), [
    ("Publisert 3. juni 2024 kl. 14.32", "2024-06-03T14:32:00"),
    ("Publicerad 3 juni 2024 kl 14.32", "2024-06-03T14:32:00"),
    ("Oppdatert 3. jun. 2024 kl. 16.05", "2024-06-03T16:05:00"),
    ("3.6.2024 klo 14.32", "2024-06-03T14:32:00"),
    ("3. kesäkuuta 2024", "2024-06-03"),
    ("3. juuni 2024 kell 14.32", "2024-06-03T14:32:00"),
    ("2024. gada 3. jūnijs 14:32", "2024-06-03T14:32:00"),
    ("2024 m. birželio 3 d. 14:32", "2024-06-03T14:32:00"),
    ("3. júní 2024 kl. 14:32", "2024-06-03T14:32:00"),
    ("3 augusti 2024", "2024-08-03"), ("3. marts 2024", "2024-03-03"),
    ("2024. jún. 3.", "2024-06-03"), ("3 iun. 2024", "2024-06-03"),
    ("3 iunie 2024 ora 14:32", "2024-06-03T14:32:00"),
    ("3 Ιουνίου 2024 στις 14:32", "2024-06-03T14:32:00"), ("3 Ιούνιος 2024", "2024-06-03"),
    ("3. lipnja 2024. u 14:32", "2024-06-03T14:32:00"),
    ("понедељак, 03. јун 2024, 14:32", "2024-06-03T14:32:00"),
    ("3 юни 2024 г., 14:32", "2024-06-03T14:32:00"), ("3 јуни 2024", "2024-06-03"),
    ("3. junija 2024 ob 14.32", "2024-06-03T14:32:00"),
    ("3. června 2024 v 14:32", "2024-06-03T14:32:00"),
    ("3 juni 2024 om 14:32", "2024-06-03T14:32:00"),
    # Greek capitals drop the accents, keep the dialytika
    ("ΔΕΥΤΕΡΑ 3 ΙΟΥΝΙΟΥ 2024", "2024-06-03"), ("3 ΜΑΪΟΥ 2024", "2024-05-03"),
])
def test_europe_s_dates_are_read_with_their_clock(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("3.6. 14:32 | Päivitetty 16:05", "2024-06-03T14:32:00"),
    ("Montag, 03.06., 14:32 Uhr", "2024-06-03T14:32:00"),
    ("3.6. klo 14.32", "2024-06-03T14:32:00"),
])
def test_a_day_and_month_before_a_clock_is_a_date_of_the_fetch_s_year(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, reference=REFERENCE)] == [value]
    assert [d.value for d in find_dates(text)] == ["--" + value[5:]]  # no year without a fetch


@pytest.mark.parametrize("text", ["3.6.", "Python 3.6. 14:32", "1.2. 3.4.5", "Tabelle 3.6. (S. 14)"])
def test_a_day_and_month_alone_or_a_version_is_no_date(text: str) -> None:
    assert find_dates(text, reference=REFERENCE) == []


@pytest.mark.parametrize(("text", "value"), [
    ("for 2 timer siden", "2024-06-04T07:00:00+00:00"),
    ("för 2 timmar sedan", "2024-06-04T07:00:00+00:00"),
    ("2 tuntia sitten", "2024-06-04T07:00:00+00:00"),
    ("2 tundi tagasi", "2024-06-04T07:00:00+00:00"),
    ("pirms 2 stundām", "2024-06-04T07:00:00+00:00"),
    ("prieš 2 val.", "2024-06-04T07:00:00+00:00"),
    ("2 órája", "2024-06-04T07:00:00+00:00"), ("5 perce", "2024-06-04T08:55:00+00:00"),
    ("acum 2 ore", "2024-06-04T07:00:00+00:00"), ("acum o oră", "2024-06-04T08:00:00+00:00"),
    ("πριν από 2 ώρες", "2024-06-04T07:00:00+00:00"),
    ("prije 2 sata", "2024-06-04T07:00:00+00:00"), ("пре 2 сата", "2024-06-04T07:00:00+00:00"),
    ("преди 2 часа", "2024-06-04T07:00:00+00:00"),
    ("před 2 hodinami", "2024-06-04T07:00:00+00:00"),
    ("pred 3 dňami", "2024-06-01T09:00:00+00:00"), ("pred 2 urama", "2024-06-04T07:00:00+00:00"),
    ("prije 2 tjedna", "2024-05-21T09:00:00+00:00"),
    ("para 2 orësh", "2024-06-04T07:00:00+00:00"), ("2 uur geleden", "2024-06-04T07:00:00+00:00"),
    ("fyrir 2 klukkustundum", "2024-06-04T07:00:00+00:00"),
    ("i går kl. 14.32", "2024-06-03T14:32:00"), ("igår 14:32", "2024-06-03T14:32:00"),
    ("eilen klo 14.32", "2024-06-03T14:32:00"), ("vandaag, 14:32", "2024-06-04T14:32:00"),
    ("χθες στις 14:32", "2024-06-03T14:32:00"), ("јуче у 14:32", "2024-06-03T14:32:00"),
    ("danas u 14:32", "2024-06-04T14:32:00"),
])
def test_europe_s_relative_dates_count_back_from_the_fetch(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, reference=REFERENCE)] == [value]


def test_a_word_of_the_text_s_language_in_its_menu_names_no_foreign_outlet() -> None:
    """"Вести" (news) in a Serbian menu is no page of Russia's Vesti; the masthead above it
    is RTS's, and a Greek masthead in capitals, without its accents, names its paper."""
    text = "\n".join([
        "РТС", "Вести", "Србија", "Свет", "Влада усвојила нацрт закона о високом образовању",
        "понедељак, 03. јун 2024, 14:32", "Подели",
        "Влада Србије усвојила је данас нацрт закона о високом образовању, саопштило је "
        "Министарство просвете.",
        "Закон предвиђа нове услове за акредитацију високошколских установа у Србији.",
        "Сва права задржана"])
    record = clean(text, fetched_at=FETCHED)
    assert record.language == "sr"
    assert record.outlet is not None and record.outlet.id == "rts"
    assert record.published == "2024-06-03T14:32:00+02:00"  # Belgrade's summer time
    greek = clean("\n".join([
        "Η ΚΑΘΗΜΕΡΙΝΗ", "Ελλάδα", "Πολιτική", "Αυξάνεται το κατώτατο ημερομίσθιο από τον Ιούλιο",
        "03.06.2024 • 14:32",
        "Αύξηση του κατώτατου μισθού κατά 6% ανακοίνωσε η κυβέρνηση τη Δευτέρα, με στόχο "
        "τη στήριξη των εργαζομένων.",
        "Τα συνδικάτα ζητούν μεγαλύτερη αύξηση και προειδοποιούν για νέες κινητοποιήσεις."]))
    assert greek.outlet is not None and greek.outlet.id == "kathimerini"


@pytest.mark.parametrize(("name", "outlet_id", "country"), [
    ("NRK", "nrk", "NO"), ("Dagens Nyheter", "dagens-nyheter", "SE"), ("Ritzau", "ritzau", "DK"),
    ("Yle", "yle", "FI"), ("ERR", "err", "EE"), ("LETA", "leta", "LV"), ("ELTA", "elta", "LT"),
    ("MTI", "mti", "HU"), ("Agerpres", "agerpres", "RO"), ("ΑΠΕ-ΜΠΕ", "ana-mpa", "GR"),
    ("Hina", "hina", "HR"), ("Танјуг", "tanjug", "RS"), ("БТА", "bta", "BG"), ("ČTK", "ctk", "CZ"),
    ("TASR", "tasr", "SK"), ("PAP", "pap", "PL"), ("STA", "sta", "SI"), ("ANP", "anp", "NL"),
    ("Belga", "belga", "BE"), ("De Standaard", "de-standaard", "BE"),
])
def test_the_registry_knows_europe_s_outlets_and_agencies(
        name: str, outlet_id: str, country: str) -> None:
    info = Registry.shipped().by_name(name)
    assert info is not None and (info.id, info.country) == (outlet_id, country)


@pytest.mark.parametrize(("name", "language", "outlet_id"), [
    ("Delfi", "et", "delfi-ee"), ("Delfi", "lv", "delfi-lv"), ("Delfi", "lt", "delfi-lt"),
    ("Dnevnik", "sl", "dnevnik-si"), ("Дневник", "bg", "dnevnik-bg"), ("Dnevnik", "bg", "dnevnik-bg"),
])
def test_a_name_several_outlets_share_is_told_by_the_text_s_language(
        name: str, language: str, outlet_id: str) -> None:
    info = Registry.shipped().by_name(name, language)
    assert info is not None and info.id == outlet_id


@pytest.mark.parametrize(("paragraph", "language", "name", "outlet_id", "kind"), [
    ("Ifølge NTB har flere land vurdert lignende regler.", "no", "NTB", "ntb", "outlet"),
    ("Enligt TT har Lagrådet haft synpunkter på förslaget.", "sv", "TT", "tt", "outlet"),
    ("Ifølge Ritzau har Venstre bakket op om forslaget.", "da", "Ritzau", "ritzau", "outlet"),
    ("Skatteministeren siger til Politiken, at pengene skal gå til forebyggelse.", "da",
     "Politiken", "politiken", "outlet"),
    # a speaker of three words between the verb and the outlet
    ("Det kan komma mycket regn, säger meteorologen Linda Berg till Aftonbladet.", "sv",
     "Aftonbladet", "aftonbladet", "outlet"),
    ("STT:n mukaan ammattiliitot vastustavat esitystä.", "fi", "STT", "stt", "outlet"),
    ("Ministeri kertoo Ylelle, että esitys annetaan syksyllä.", "fi", "Yle", "yle", "outlet"),
    ("BNS-i andmetel toetab plaani koalitsiooni enamus.", "et", "BNS", "bns", "outlet"),
    ("Saeima pieņēma grozījumus likumā, vēsta LETA.", "lv", "LETA", "leta", "outlet"),
    ("Pasak ELTA, opozicija balsavo prieš.", "lt", "ELTA", "elta", "outlet"),
    ("Az MTI szerint a drágulás oka a forint gyengülése.", "hu", "MTI", "mti", "outlet"),
    ("A miniszter nyilatkozta a Telexnek, hogy nem lesz áremelés.", "hu", "Telex", "telex",
     "outlet"),
    ("Potrivit Agerpres, sindicatele au cerut o creștere mai mare.", "ro", "Agerpres", "agerpres",
     "outlet"),
    ("Σύμφωνα με το ΑΠΕ-ΜΠΕ, οι εργοδότες εξέφρασαν επιφυλάξεις.", "el", "ΑΠΕ-ΜΠΕ", "ana-mpa",
     "outlet"),
    ("Kako prenosi Tanjug, izmene se odnose na rad na daljinu.", "hr", "Tanjug", "tanjug", "outlet"),
    ("Ministar je rekao za N1 da će mjere stupiti na snagu.", "hr", "N1", "n1", "outlet"),
    ("Како преноси Танјуг, закон предвиђа нове услове.", "sr", "Танјуг", "tanjug", "outlet"),
    ("По данни на БТА опозицията гласува против.", "bg", "БТА", "bta", "outlet"),
    ("Jak uvedla ČTK, odbory považují navýšení za nedostatečné.", "cs", "ČTK", "ctk", "outlet"),
    ("Podľa TASR sa rokovania skončili bez dohody.", "sk", "TASR", "tasr", "outlet"),
    ("Jak podała PAP, projekt trafi teraz do Senatu.", "pl", "PAP", "pap", "outlet"),
    ("Kot poroča STA, bo zakon začel veljati prihodnje leto.", "sl", "STA", "sta", "outlet"),
    ("Volgens het ANP zijn werkgevers niet blij met de plannen.", "nl", "ANP", "anp", "outlet"),
])
def test_europe_s_citations_name_their_source(
        paragraph: str, language: str, name: str, outlet_id: str, kind: str) -> None:
    from newsclean.provenance.citations import find_citations
    found = find_citations([paragraph], Registry.shipped(), language=language)
    assert [(c.name, c.outlet_id, c.kind) for c in found] == [(name, outlet_id, kind)]


@pytest.mark.parametrize(("paragraph", "language"), [
    ("Ifølge politiet var føreren beruset.", "no"),  # the police: no name
    ("Het kabinet wil de regels aanscherpen, meldt minister Van Gennip.", "nl"),  # a speaker
    ("Potrivit BNR, rezervele valutare au crescut în mai.", "ro"),  # a bank the registry lacks
    ("Az Orbán-kormány szerint a javaslat indokolt.", "hu"),
    ("Prema riječima ministra, mjere su nužne.", "hr"),
])
def test_a_cue_before_a_word_that_is_no_outlet_cites_nothing(paragraph: str, language: str) -> None:
    """The patterns count a name only when the registry knows it or quotes or a descriptor
    mark it: a speaker, an office, a government are not sources of the kind."""
    from newsclean.provenance.citations import find_citations
    assert find_citations([paragraph], Registry.shipped(), language=language) == ()


def test_a_nordic_page_cites_the_wire_and_quotes_told_to_itself() -> None:
    text = "\n".join([
        "NRK", "Nyheter", "Sport", "Kultur", "Meny", "Søk",
        "Regjeringen vil innføre aldersgrense på 15 år for sosiale medier",
        "Regjeringen legger fram et lovforslag som skal beskytte barn mot skadelig innhold på nett.",
        "Av Kari Nordmann og Ole Hansen", "Publisert 3. juni 2024 kl. 14.32",
        "Oppdatert 3. juni 2024 kl. 16.05", "Del", "Kopier lenke",
        "Barne- og familieminister Kjersti Toppe sier til NRK at forslaget skal sendes på høring "
        "før sommeren.",
        "Ifølge NTB har flere andre europeiske land vurdert lignende regler det siste året.",
        "Forslaget får støtte fra Barneombudet, som lenge har bedt om strengere regler.",
        "Les også: Foreldre bekymret for skjermtid blant de yngste", "© NRK 2024"])
    record = clean(text, fetched_at=FETCHED)
    assert record.outlet is not None and record.outlet.id == "nrk"
    assert record.published == "2024-06-03T14:32:00+02:00"
    assert [a.name for a in record.authors] == ["Kari Nordmann", "Ole Hansen"]
    assert [(c.outlet_id, c.kind) for c in record.citations] == [("nrk", "self"), ("ntb", "outlet")]
    assert "secondary_reporting" not in record.flags


@pytest.mark.parametrize(("line", "name"), [
    ("Avtor: Janez Novak", "Janez Novak"), ("Piše: Ivan Horvat", "Ivan Horvat"),
    ("Аутор: Милица Петровић", "Милица Петровић"), ("Szerző: Kovács Péter", "Kovács Péter"),
    ("Autorius: Jonas Petraitis", "Jonas Petraitis"), ("Författare: Erik Svensson", "Erik Svensson"),
    ("Της Μαρίας Παπαδοπούλου", "Μαρίας Παπαδοπούλου"),
])
def test_europe_s_byline_leads(line: str, name: str) -> None:
    from newsclean.chrome import patterns
    from newsclean.meta.bylines import parse_byline
    assert patterns.BYLINE.match(line)
    assert [a.name for a in parse_byline(line)] == [name]


def test_a_flash_player_prompt_is_no_byline() -> None:
    """The line under a video page's date ("prije 28 minuta", now read) named no author."""
    from newsclean.chrome import patterns
    assert patterns.BROWSER_NOTICE.search("preuzimite adobe flash player")
    assert patterns.BROWSER_NOTICE.search("download adobe flash player")


def test_a_lithuanian_headline_stands_over_its_declined_first_paragraph() -> None:
    """The first paragraph, of nine long words, was no prose by English's ten and became the
    title (the body lost it); the headline shares no word with the body in the same case
    ("gynybos" over "gynybai"), only their openings."""
    text = "\n".join([
        "LRT", "Naujienos", "Lietuvoje", "Pasaulyje", "Seimas priėmė pataisas dėl gynybos finansavimo",
        "LRT.lt", "2024-06-03 14:32", "Atnaujinta 2024-06-03 16:05", "Jonas Petraitis, ELTA",
        "Dalintis",
        "Seimas antradienį priėmė įstatymo pataisas, kuriomis didinamas gynybos finansavimas.",
        "Krašto apsaugos ministras Laurynas Kasčiūnas LRT.lt sakė, kad papildomos lėšos bus "
        "skirtos oro gynybai.",
        "Pasak BNS, opozicija balsavo prieš.",
        "Skaitykite taip pat: Vyriausybė pritarė biudžeto projektui", "Visos teisės saugomos"])
    record = clean(text, fetched_at=FETCHED)
    assert record.title == "Seimas priėmė pataisas dėl gynybos finansavimo"
    assert record.text.startswith("Seimas antradienį priėmė")
    assert record.published == "2024-06-03T14:32:00+03:00"
    assert record.updated == "2024-06-03T16:05:00+03:00"
    assert record.section is None  # not "Atnaujinta", updated


@pytest.mark.parametrize("label", [
    "Uuendatud", "Uppdaterad", "Oppdatert", "Opdateret", "Päivitetty", "Atnaujinta", "Frissítve",
    "Actualizat", "Ažurirano", "Aktualizováno", "Zaktualizowano", "Bijgewerkt", "Ενημερώθηκε",
])
def test_europe_s_date_labels_are_no_section(label: str) -> None:
    """A date line's label is no section's name, and an update's label dates the update."""
    text = "\n".join([
        "Uutiset", "Kotimaa", "Hallitus esittää muutoksia työttömyysturvaan",
        f"{label} 3.6.2024 16:05", "3.6.2024 14:32",
        "Työministeri Arto Satonen kertoo, että esitys annetaan eduskunnalle syksyllä ja että "
        "muutokset koskisivat erityisesti nuoria työnhakijoita.",
        "Oppositio vaatii hallitukselta selvitystä muutosten vaikutuksista ennen kuin esitys "
        "etenee eduskunnan käsittelyyn."])
    record = clean(text, fetched_at=FETCHED)
    assert record.section is None
    assert record.updated is not None and record.updated.startswith("2024-06-03T16:05")
    assert record.published is not None and record.published.startswith("2024-06-03T14:32")


def test_a_source_line_cites_its_agencies_and_is_no_headline() -> None:
    """"Źródło: PAP, TVN24" under the byline was taken for the title; it credits the wire (and
    the publisher itself), and a paragraph below a sentence of the body is no headline."""
    text = "\n".join([
        "TVN24", "Polska", "Świat", "Biznes", "Sejm przyjął ustawę o związkach partnerskich",
        "2 godziny temu", "Autor: Anna Kowalska", "Źródło: PAP, TVN24", "Udostępnij",
        "Sejm przyjął w poniedziałek ustawę o związkach partnerskich.",
        "Za głosowało 250 posłów, przeciw było 190.",
        "Jak podała PAP, projekt trafi teraz do Senatu.",
        "Minister sprawiedliwości powiedział TVN24, że ustawa wejdzie w życie w przyszłym roku.",
        "Czytaj także: Prezydent zapowiada weto"])
    record = clean(text, fetched_at=FETCHED)
    assert record.title == "Sejm przyjął ustawę o związkach partnerskich"
    assert record.text.count("\n\n") == 3  # the four paragraphs
    # PAP is cited once, as the body names it; the source line says the story is its copy
    assert [(c.outlet_id, c.kind) for c in record.citations] == [("pap", "outlet"), ("tvn24", "self")]
    assert "wire_copy" in record.flags


@pytest.mark.parametrize(("line", "cited"), [
    ("Πηγή: ΑΠΕ-ΜΠΕ", [("ana-mpa", "wire")]), ("Izvor: Hina", [("hina", "wire")]),
    ("Kilde: NTB", [("ntb", "wire")]), ("Quelle: dpa, AFP", [("dpa", "wire"), ("afp", "wire")]),
    ("Source: Reuters", [("reuters", "wire")]),
    ("Source: AFP/Getty Images", []),  # a picture's credit
    ("Source: the Ministry of Finance", []),  # no outlet the registry knows
])
def test_source_lines_credit_the_outlets_the_registry_knows(
        line: str, cited: list[tuple[str, str]]) -> None:
    from newsclean.provenance.citations import credited_sources
    found = credited_sources([line], Registry.shipped())
    assert [(f.citation.outlet_id, f.citation.kind) for f in found] == cited


@pytest.mark.parametrize(("paragraph", "name", "phrase"), [
    ("Hina javlja da su sindikati najavili prosvjed.", "Hina", "Hina javlja"),
    ("Kako Index.hr piše, mjere stižu do kraja godine.", "Index.hr", "Index.hr piše"),
    ("Танјуг јавља да је закон усвојен.", "Танјуг", "Танјуг јавља"),
])
def test_a_croatian_or_serbian_source_named_before_its_verb(paragraph: str, name: str, phrase: str) -> None:
    """The name first ("Hina javlja"), the words before it that the name ran on into cut off
    ("Kako Index.hr": how Index.hr writes)."""
    from newsclean.provenance.citations import find_citations
    found = find_citations([paragraph], Registry.shipped(), language="hr")
    assert [(c.name, c.phrase) for c in found] == [(name, phrase)]


@pytest.mark.parametrize(("paragraph", "language", "agency"), [
    ("STOCKHOLM (TT) Regeringen vill skärpa straffen för gängbrott.", "sv", "TT"),
    ("Budapest, 2024. június 3. (MTI) – Emelkedik az üzemanyag ára.", "hu", "MTI"),
    ("ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - Αύξηση του κατώτατου μισθού ανακοίνωσε η κυβέρνηση.", "el", "ΑΠΕ-ΜΠΕ"),
    ("София, 3 юни /БТА/. Народното събрание прие бюджета.", "bg", "БТА"),
    # the place and the day without a comma between, the day with its full stop
    ("Praha 3. června (ČTK) - Vláda schválila zvýšení platů.", "cs", "ČTK"),
    ("Bratislava 3. júna (TASR) - Vláda schválila návrh.", "sk", "TASR"),
    # LETA's: the month glued to the day, the agency after a comma
    ("Rīga, 3.jūn., LETA. Saeima pieņēma grozījumus.", "lv", "LETA"),
    # Lithuanian's day with its "d.", and a full stop after the brackets
    ("Vilnius, birželio 3 d. (ELTA). Seimas priėmė pataisas.", "lt", "ELTA"),
])
def test_europe_s_agency_datelines(paragraph: str, language: str, agency: str) -> None:
    from newsclean.provenance.citations import find_citations
    found = find_citations([paragraph], Registry.shipped(), language=language)
    assert [(c.name, c.kind) for c in found] == [(agency, "wire")]


@pytest.mark.parametrize(("text", "value"), [
    ("Praha 3. června (ČTK) - Vláda v pondělí schválila zvýšení platů učitelů o sedm procent od "
     "září. Odbory považují navýšení za nedostatečné a hrozí stávkou.", "2024-06-03"),
    ("Rīga, 3.jūn., LETA. Saeima ceturtdien galīgajā lasījumā pieņēma grozījumus pašvaldību "
     "likumā. Likums stāsies spēkā nākamā gada sākumā, un opozīcija to kritizēja.", "2024-06-03"),
])
def test_a_wire_story_is_dated_by_its_european_dateline(text: str, value: str) -> None:
    record = clean(text, fetched_at=FETCHED)
    assert record.published == value
    assert "wire_copy" in record.flags and "published_from_fetch" in record.flags


@pytest.mark.parametrize(("text", "values"), [
    # "Praha 3" read as a month and a day took the characters where "3. června" begins
    ("Praha 3. června", ["--06-03"]), ("Berlin 3. Juni", ["--06-03"]),
    ("3.jūn.", ["--06-03"]), ("Seite 3 von 10", []),
])
def test_a_date_is_read_after_a_word_that_is_no_month(text: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text)] == values


def test_a_swedish_page_s_byline_with_its_colon_and_its_dotted_clock() -> None:
    text = "\n".join([
        "Aftonbladet", "Nyheter", "Sport", "Nöje", "Kraftigt oväder drar in över Västsverige",
        "Av: Johan Ek", "Publicerad 2024-06-03 14.32", "Uppdaterad 2024-06-03 16.05", "Dela",
        "SMHI har utfärdat en gul varning för skyfall i delar av Västra Götaland under tisdagen.",
        "Enligt Trafikverket kan det bli störningar i trafiken på flera vägar under eftermiddagen.",
        "Räddningstjänsten uppmanar allmänheten att undvika källare och underfarter."])
    record = clean(text, fetched_at=FETCHED)
    assert [(a.name, a.kind) for a in record.authors] == [("Johan Ek", "person")]
    assert record.published == "2024-06-03T14:32:00+02:00"
    assert record.updated == "2024-06-03T16:05:00+02:00"


@pytest.mark.parametrize(("text", "values"), [
    ("2024-06-03 14.32", ["2024-06-03T14:32:00"]),
    ("2024-06-03 12.50%", ["2024-06-03"]),  # a share, no clock
    ("2024-06-03 10.000 besökare", ["2024-06-03"]),
])
def test_an_iso_day_with_a_dotted_clock(text: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text)] == values


@pytest.mark.parametrize(("line", "name"), [("Tanjug", "Tanjug"), ("Hina", "Hina"), ("TASR", "TASR"),
                                            ("ΑΠΕ-ΜΠΕ", "ΑΠΕ-ΜΠΕ"), ("Agerpres", "Agerpres")])
def test_a_european_agency_alone_is_an_organisation_s_byline(line: str, name: str) -> None:
    from newsclean.meta.bylines import parse_byline
    assert [(a.name, a.kind) for a in parse_byline(line)] == [(name, "organization")]


def test_a_source_line_the_body_ends_with_credits_its_agency() -> None:
    """"Forrás: MTI" under the last paragraph stays the article's (nothing of it is lost) and
    says the story is the agency's copy."""
    text = "\n".join([
        "Telex", "Belföld", "Külföld", "Emelkedik az üzemanyag ára szerdától",
        "2024. június 3. – 14:32",
        "Szerdától literenként 5 forinttal drágul a benzin és a gázolaj, amely a hazai kutak "
        "árait figyelő oldal szerint a forint gyengülése miatt van.",
        "A benzin átlagára így 620 forint lesz literenként, a gázolajé pedig 630 forint.",
        "Forrás: MTI"])
    record = clean(text, fetched_at=FETCHED)
    assert "wire_copy" in record.flags
    assert [(c.outlet_id, c.kind) for c in record.citations] == [("mti", "wire")]


def test_a_name_under_the_published_and_the_updated_date_is_the_byline() -> None:
    """Yle prints the reporter's name alone under both dates; the name was beside the first
    date line only."""
    text = "\n".join([
        "Yle Uutiset", "Valikko", "Haku", "Kotimaa", "Hallitus esittää muutoksia työttömyysturvaan",
        "Muutokset koskisivat erityisesti nuoria työnhakijoita.", "3.6.2024 14:32",
        "päivitetty 3.6.2024 16:05", "Matti Virtanen", "Jaa",
        "Työministeri Arto Satonen kertoo Ylelle, että esitys annetaan eduskunnalle syksyllä.",
        "– Tavoitteena on nopeuttaa työllistymistä, Satonen sanoo.",
        "STT:n mukaan ammattiliitot vastustavat esitystä jyrkästi."])
    record = clean(text, fetched_at=FETCHED)
    assert [(a.name, a.kind) for a in record.authors] == [("Matti Virtanen", "person")]
    assert "Matti Virtanen" not in record.text


@pytest.mark.parametrize(("line", "name"), [
    ("Liisa Mäkinen HS", "Liisa Mäkinen"),  # Helsingin Sanomat's initials
    ("Mette Jensen DR", "Mette Jensen"),
    ("Anna Maria Berg", "Anna Maria Berg"),  # no outlet's initials
    ("Ivan HS", "Ivan HS"),  # a name of one word keeps what follows it
])
def test_a_reporter_s_name_without_the_initials_of_the_outlet_after_it(line: str, name: str) -> None:
    from newsclean.meta.bylines import parse_byline
    from newsclean.provenance.identify import outlets_signing
    authors = outlets_signing(parse_byline(line), Registry.shipped(), "fi")
    assert [a.name for a in authors] == [name]
