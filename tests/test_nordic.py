"""The Nordic press: Norway's, Sweden's, Denmark's, Finland's (in Finnish and in Swedish) and
Iceland's national and regional outlets, and the Baltic states' press in Russian. Each page is
written as its outlet prints it (the menu, the headline, the standfirst, the byline and date
lines, the body, the prompts and notices under it)."""

from __future__ import annotations

import pytest

from newsclean import Registry, clean
from newsclean.meta.lines import metadata_rule
from newsclean.provenance.citations import find_citations
from newsclean.segment import segment

FETCHED = "2024-06-04T09:00:00Z"

NETTAVISEN = "\n".join([
    "Nettavisen", "Nyheter", "Økonomi", "Sport", "Mat", "STRØMPRISER",
    "Strømprisen stiger kraftig i Sør-Norge", "Onsdag blir den dyreste dagen på flere uker.",
    "Av Ida Berg", "Publisert: 04.06.2024 kl. 09:01",
    "Strømprisen i Sør-Norge blir onsdag i snitt 1,12 kroner per kilowattime, viser tall fra Nord Pool.",
    "Det er den høyeste prisen siden midten av april.",
    "– Det er lite vind og lav vannstand i magasinene, sier analytiker Tor Reier Lilleholt i "
    "Volue Insight til Nettavisen.",
    "I Nord-Norge er prisen fortsatt nesten gratis, med 3 øre per kilowattime.",
    "Artikkelen fortsetter under annonsen", "Les også: Slik sparer du strøm i sommer", "Nettavisen",
    "Redaktør: Gard Steiro", "Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse.",
])

TV2DK = "\n".join([
    "TV 2", "Nyheder", "Udland", "Politik", "Sport", "Vejret",
    "Regeringen vil forbyde mobiltelefoner i folkeskolen",
    "Et flertal i Folketinget bakker op om forslaget.", "Af Mette Jensen", "4. jun. 2024 kl. 06:30",
    "Opdateret 4. jun. 2024 kl. 08:12",
    "Regeringen vil lovgive om et forbud mod mobiltelefoner i folkeskolen, oplyser Børne- og "
    "Undervisningsministeriet.",
    "Forbuddet skal gælde fra næste skoleår og omfatter både undervisning og frikvarterer.",
    "– Børnene skal lege og være sammen i skolen, ikke sidde med telefonen, siger børne- og "
    "undervisningsminister Mattias Tesfaye til TV 2.",
    "Ifølge Berlingske er der dog uenighed i regeringen om, hvordan forbuddet skal håndhæves.",
    "Læs også", "Skoler har allerede forbudt mobiler: Sådan gik det", "Del artikel", "Facebook",
    "Kopiér link",
])

JV = "\n".join([
    "JydskeVestkysten", "Esbjerg", "Kolding", "Vejle", "Sønderborg",
    "Esbjerg Havn får ny terminal til vindmøller",
    "Havnen investerer 400 millioner kroner i udvidelsen.", "Af Henrik Madsen",
    "Publiceret: 04.06.2024 kl. 07:00",
    "Esbjerg Havn bygger en ny terminal til udskibning af havvindmøller, oplyser havnen i en "
    "pressemeddelelse.",
    "Terminalen skal stå færdig i 2026 og giver plads til 60.000 kvadratmeter nye arealer.",
    "– Vi skal være klar til den næste bølge af havvind i Nordsøen, siger havnedirektør Dennis "
    "Jul Pedersen til JydskeVestkysten.",
    "Ifølge Energistyrelsen skal Danmark have 14 gigawatt havvind i 2030.", "Læs mere",
    "Esbjerg Kommune vil bygge boliger på havnen", "Annonce", "Del artiklen", "Mest læste",
])

HBL = "\n".join([
    "Hufvudstadsbladet", "Nyheter", "Helsingfors", "Sport", "Kultur", "Opinion",
    "HRT:s nya spårväg försenas med ett år", "Spårväg Västerleden blir klar först 2027.",
    "Jonas Forsström", "4.6.2024 - 09:15", "Uppdaterad 4.6.2024 - 10:20",
    "Den nya spårvägen mellan Gräsviken och Centralen blir ett år försenad, meddelar Helsingfors stad.",
    "Orsaken är problem med ledningsflyttar under Mechelingatan.",
    "– Det här är beklagligt men nödvändigt, säger projektchef Ville Lehmuskoski till HBL.",
    "Enligt Helsingin Sanomat kan kostnaderna stiga med tiotals miljoner euro.",
    "Läs också: Spårvagnsprojekten i Helsingfors drar över budget", "Dela", "Prenumerera på HBL",
])

VISIR = "\n".join([
    "Vísir", "Fréttir", "Innlent", "Erlent", "Sport", "Lífið", "Eldgos hafið á ný við Sundhnúksgíga",
    "Eldgos hófst á Reykjanesskaga skömmu eftir hádegi í dag.", "Jón Jónsson", "skrifar",
    "4. júní 2024 13:05",
    "Eldgos hófst við Sundhnúksgígaröðina norðan við Grindavík skömmu eftir klukkan eitt í dag, "
    "að sögn Veðurstofu Íslands.",
    "Grindavík og Bláa lónið hafa verið rýmd.",
    "„Sprungan er um það bil tveggja kílómetra löng,“ segir Benedikt Ófeigsson, fagstjóri hjá "
    "Veðurstofunni, í samtali við Vísi.",
    "Samkvæmt RÚV er gosið svipað að stærð og gosið í mars.", "Fleiri fréttir",
    "Fylgstu með Vísi á Facebook", "Vísir er í eigu Sýnar hf.",
])


NORDLYS = "\n".join([
    "Nordlys", "iTromsø", "Nyheter", "Tromsø", "Hurtigruten innstiller anløp i Tromsø",
    "Hurtigruten MS Nordlys anløp ikke Tromsø mandag kveld på grunn av sterk vind.",
    "Tekst: Siri Johansen", "Foto: Ole Åsheim", "Publisert 3. juni 2024 kl. 21.14",
    "Sist oppdatert 3. juni 2024 kl. 22.05",
    "Sterk vind i Tromsøysundet gjorde at Hurtigruten valgte å gå direkte videre til Skjervøy, "
    "melder Nordlys.",
    "Passasjerene som skulle gå av i Tromsø, blir fraktet tilbake med buss.",
    "– Sikkerheten kommer først, sier informasjonssjef Martin Eriksen.", "Les mer om", "Hurtigruten",
    "Tromsø", "Vær", "Kommentarer", "Logg inn for å kommentere",
])

NORRAN = "\n".join([
    "Norran", "Skellefteå", "Nyheter", "Norrvolt får nytt stöd från staten",
    "Regeringen går in med 500 miljoner kronor för att rädda batterifabriken.", "TEXT: Maria Öberg",
    "FOTO: Per Lundström", "Publicerad idag 09:12", "Uppdaterad idag 10:45",
    "Regeringen meddelar att staten går in med ett lån på 500 miljoner kronor till "
    "batteritillverkaren i Skellefteå.",
    "Beskedet kommer efter veckor av osäkerhet om fabrikens framtid.",
    "Det här är ett viktigt besked för hela Västerbotten, säger kommunstyrelsens ordförande "
    "Lorents Burman (S) till Norran.",
    "Enligt Västerbottens-Kuriren väntas ytterligare finansiering från privata investerare.",
    "Visa kommentarer", "Norran – en del av Norran AB",
])

TURUN = "\n".join([
    "Turun Sanomat", "Uutiset", "Turku", "Varsinais-Suomi",
    "Turun kauppatorin parkkihalli sulkeutuu remontin ajaksi",
    "Torin parkkihalli suljetaan kesäkuun lopussa kahdeksi viikoksi.", "Teksti: Jukka Salminen",
    "Kuvat: Petri Aaltonen", "Julkaistu 4.6.2024 6:45", "Päivitetty 4.6.2024 8:05",
    "Turun kauppatorin alla oleva pysäköintilaitos suljetaan 28. kesäkuuta alkaen, kertoo Turun "
    "Toriparkki Oy.",
    "Syynä on lattiapinnoitteen korjaus, joka ei onnistu hallin ollessa käytössä.",
    "Yhtiön toimitusjohtaja kertoo Turun Sanomille, että remontti pyritään tekemään "
    "mahdollisimman nopeasti.",
    "Mainos", "Lue myös", "Turun tori uudistuu – katso kuvat", "Kommentit (12)",
])

DI = "\n".join([
    "Dagens industri", "Börs", "Marknad", "Näringsliv", "Di Morgonkoll",
    "Riksbanken väntas sänka räntan i juni", "Ekonomer tror på en ny sänkning med 25 punkter.",
    "Johan Carlström", "Publicerad 2024-06-04 07:00",
    "Fem av sju tillfrågade storbanksekonomer räknar med att Riksbanken sänker styrräntan till "
    "3,50 procent vid penningpolitiska mötet i juni, enligt en enkät från Di.",
    "Inflationen har fallit snabbare än väntat, och KPIF landade på 2,3 procent i april.",
    "– Det finns utrymme för ytterligare en sänkning, säger Annika Winsth, chefekonom på "
    "Nordea, till Dagens industri.",
    "Riksbankschefen Erik Thedéen sade i maj att fler sänkningar är att vänta under året, "
    "enligt Bloomberg.",
    "Läs vidare med Di Digital", "Redan prenumerant? Logga in",
])


ADRESSA = "\n".join([
    "Adresseavisen", "Trondheim", "Nyheter", "Sport", "Pluss", "Innlogging",
    "Brann i boligblokk på Saupstad – flere evakuert",
    "Flere beboere ble evakuert etter at det begynte å brenne i en leilighet natt til tirsdag.",
    "Av Kari Lie og Per Hansen", "4. juni 2024 kl. 07.45",
    "Brannvesenet rykket ut til en boligblokk på Saupstad i Trondheim like etter klokken tre "
    "natt til tirsdag.",
    "– Det brant i en leilighet i tredje etasje. Brannen er nå slukket, sier operasjonsleder "
    "Trond Berg i Trøndelag politidistrikt til Adresseavisen.",
    "Ingen personer er meldt skadd, men flere beboere ble sjekket av helsepersonell for røykskader.",
    "Politiet opplyser til NTB at brannårsaken foreløpig er ukjent.", "Annonse",
    "Brannvesenet melder at naboleilighetene har fått røykskader.",
    "Denne artikkelen er over ett år gammel", "Har du tips? Send oss en melding",
    "Adresseavisen – ansvarlig redaktør Tone Tveøy Strøm-Gundersen",
])

YLE = "\n".join([
    "Yle Uutiset", "Yle Areena", "Uutiset", "Urheilu", "Tampere",
    "Tampereen ratikan toinen osa avataan elokuussa",
    "Raitiotien Lentävänniemen osuus otetaan käyttöön 9. elokuuta.", "Matti Virtanen", "4.6.2024 8:12",
    "päivitetty 4.6.2024 9:30",
    "Tampereen raitiotien toinen osuus Hatanpäästä Lentävänniemeen avataan matkustajille "
    "elokuussa, kertoo Tampereen Raitiotie Oy.",
    "Uusi osuus on noin seitsemän kilometrin mittainen ja siinä on 12 pysäkkiä.",
    "– Testiajot ovat sujuneet hyvin, sanoo toimitusjohtaja Ville-Mikael Tuominen Ylelle.",
    "Aamulehden mukaan matkustajamäärät ovat ylittäneet ennusteet jo ensimmäisellä osuudella.",
    "Lue myös: Ratikka kuljetti ennätysmäärän matkustajia", "Jaa artikkeli",
    "Voit keskustella aiheesta 5.6. kello 23:00 asti.",
])


BT = "\n".join([
    "Bergens Tidende", "Nyheter", "Sport", "Kultur", "Meninger", "BT Magasin", "Logg inn", "Abonner",
    "Bergen", "Bybanen stenges i tre uker i sommer",
    "Bybanen mellom sentrum og Nesttun blir stengt fra 24. juni på grunn av vedlikehold. Buss "
    "for bane settes inn.",
    "Del", "Ola Nordmann", "Journalist", "Publisert: 04.06.2024 08:12", "Oppdatert: 04.06.2024 09:30",
    "Bybanen mellom Byparken og Nesttun stenges i tre uker fra 24. juni, opplyser Bybanen AS.",
    "Stengingen skyldes vedlikehold av skinner og kontaktledning, og er planlagt i fellesferien "
    "for å ramme færrest mulig reisende.",
    "– Vi vet at dette er upraktisk for mange, men arbeidet må gjøres, sier kommunikasjonssjef "
    "Kari Hansen i Skyss til BT.",
    "Buss for bane vil gå hvert femte minutt på dagtid.",
    "Ifølge NRK Vestland har lignende arbeid tidligere gitt forsinkelser i flere uker etter "
    "planlagt åpning.",
    "Les også", "Skyss kutter avganger i helgene", "Publisert: 04.06.2024 08:12", "Del artikkelen",
    "Bergens Tidende", "Ansvarlig redaktør: Jan Stoltenberg", "© 2024 Bergens Tidende",
])


GP = "\n".join([
    "Göteborgs-Posten", "Nyheter", "Göteborg", "Sport", "Kultur", "Ledare", "Logga in", "Prenumerera",
    "GÖTEBORG", "Västlänken försenas igen – öppnar tidigast 2030",
    "Trafikverket meddelar att tunneln under centrala Göteborg blir ytterligare ett år försenad.",
    "Anna Svensson", "Reporter", "Publicerad 4 juni 2024 kl 08.15", "Uppdaterad 4 juni 2024 kl 10.02",
    "Västlänken, den sex kilometer långa järnvägstunneln under Göteborg, kommer inte att kunna "
    "tas i drift förrän 2030, uppger Trafikverket.",
    "Orsaken är problem med lerorna vid Korsvägen, som har krävt omfattande förstärkningar.",
    "– Vi förstår att det här är en besvikelse för många göteborgare, säger projektchef Lena "
    "Erixon till GP.",
    "Enligt Sveriges Radio Väst har kostnaden ökat med ytterligare två miljarder kronor.", "Läs också",
    "Kostnaden för Västlänken har fördubblats", "Dela artikeln", "Facebook", "X", "Kopiera länk",
    "Göteborgs-Posten", "Ansvarig utgivare: Christofer Ahlqvist",
])

FYENS = "\n".join([
    "Fyens.dk", "Odense", "Nyheder", "Sport", "112", "Logget ind",
    "Bus kørte ind i cyklist i Odense centrum",
    "En kvinde blev tirsdag morgen kørt på hospitalet efter et sammenstød med en bybus.",
    "Jakob Nielsen", "Journalist", "4. juni 2024 kl. 08:41",
    "Ulykken skete klokken 07.50 i krydset ved Thomas B. Thriges Gade, oplyser Fyns Politi.",
    "Kvinden er kørt på Odense Universitetshospital, men hendes tilstand kendes endnu ikke.",
    "Politiet efterlyser vidner til ulykken, skriver Ritzau.", "Emner", "Odense", "Trafik",
    "Færdselsuheld", "Fyens Stiftstidende",
])

AAMULEHTI = "\n".join([
    "Aamulehti", "Uutiset", "Tampere", "Urheilu", "Kulttuuri", "TILAAJILLE",
    "Pirkanmaan sairaanhoitopiiri lomauttaa satoja työntekijöitä",
    "Hyvinvointialue hakee kymmenien miljoonien säästöjä.", "Liisa Mäkinen", "Aamulehti", "4.6. 7:30",
    "Pirkanmaan hyvinvointialue aloittaa muutosneuvottelut, jotka koskevat noin 600 "
    "työntekijää, alue tiedottaa.",
    "Lomautukset kestäisivät enimmillään 90 päivää.",
    "Hyvinvointialueen johtaja Marina Erhola sanoo Aamulehdelle, että säästöt ovat välttämättömiä.",
    "STT:n mukaan samanlaisia neuvotteluja käydään parhaillaan usealla hyvinvointialueella.", "Mainos",
    "Lue lisää aiheesta", "Tilaa Aamulehti", "Jo tilaaja? Kirjaudu",
])

MTV = "\n".join([
    "MTV Uutiset", "Kotimaa", "Ulkomaat", "Talous", "Urheilu", "Sää",
    "Helle saapuu juhannukseksi – lämpötila voi nousta 30 asteeseen",
    "Meteorologin mukaan kesän ensimmäinen hellejakso on odotettavissa ensi viikolla.", "MTV Uutiset",
    "Julkaistu 04.06.2024 10:12",
    "Ilmatieteen laitoksen mukaan lämpötila voi nousta ensi viikon lopulla yli 30 asteen Etelä- "
    "ja Keski-Suomessa.",
    "Meteorologi Pekka Pouta sanoo MTV Uutisille, että helle voi jatkua juhannukseen saakka.",
    "Ilta-Sanomien mukaan myös vesistöjen lämpötilat nousevat nopeasti.",
    "Katso myös: Näin suojaudut helteeltä", "Mainos (tekstimainonta)", "Jaa Facebookissa", "Jaa X:ssä",
])

LRYTAS = "\n".join([
    "Lrytas", "Lietuvoje", "Pasaulyje", "Verslas", "Kaune uždaromas Aleksoto tiltas",
    "Remontas truks tris mėnesius.", "Rūta Jankauskienė", "2024 m. birželio 4 d. 09:12",
    "Kauno savivaldybė pranešė, kad nuo birželio 10 dienos Aleksoto tiltas bus uždarytas remontui.",
    "Eismas bus nukreiptas per Vytauto Didžiojo tiltą.",
    "„Remontas būtinas, nes tiltas nebuvo tvarkomas 20 metų“, – sakė miesto vicemeras.",
    "Kaip praneša BNS, remontas kainuos 4 mln. eurų.", "Dalintis", "Komentarai (5)",
    "Skaitykite daugiau",
])

ARIPAEV = "\n".join([
    "Äripäev", "Uudised", "Börs", "Kinnisvara", "Eesti Pank: majandus hakkab taastuma",
    "Keskpank tõstis majanduskasvu prognoosi.", "Mart Saar", "04.06.2024 08:00",
    "Eesti Pank tõstis tänavuse majanduskasvu prognoosi 0,5 protsendini, teatas keskpank.",
    "Järgmisel aastal peaks majandus kasvama 2,3 protsenti.",
    "Keskpanga president Madis Müller ütles Äripäevale, et taastumine on aeglane.",
    "Postimehe andmetel kavatseb valitsus makse tõsta.", "Telli Äripäev", "Sisene",
])

TVNET = "\n".join([
    "TVNET", "Ziņas", "Latvijā", "Pasaulē", "Bizness",
    "Rīgā no jūlija sadārdzināsies sabiedriskais transports",
    "Vienas braukšanas biļete maksās 1,50 eiro.", "Jānis Bērziņš", "04.06.2024 09:15",
    "Rīgas dome otrdien apstiprināja jaunus sabiedriskā transporta biļešu tarifus, vēsta LETA.",
    "No 1. jūlija vienas braukšanas biļete sadārdzināsies par 20 centiem.",
    '"Cenas nav mainītas kopš 2019. gada," sacīja Rīgas vicemērs.',
    "Kā ziņo LSM, opozīcija lēmumu kritizē.", "Dalīties", "Komentāri (12)", "Lasi vēl",
])

JAUNS = "\n".join([
    "Jauns.lv", "Ziņas", "Sports", "Izklaide", "Daugavpilī atklāta jauna tramvaja līnija",
    "Jaunā līnija savieno centru ar Ķīmiķu ciematu.", "Autors: Anna Kalniņa",
    "2024. gada 4. jūnijs, 10:12",
    "Daugavpilī pirmdien atklāta jauna tramvaja līnija, kas savieno pilsētas centru ar Ķīmiķu "
    "ciematu, informē pašvaldība.",
    "Līnijas būvniecība izmaksāja 12 miljonus eiro.",
    "Pasak Latgales Laika, pasažieru skaits pirmajā dienā pārsniedza prognozes.", "Reklāma",
    "Lasi arī: Rīgā sāk būvēt jaunu tramvaja līniju", "Seko Jauns.lv arī Facebook un Instagram",
])

OHTULEHT = "\n".join([
    "Õhtuleht", "Uudised", "Eesti", "Krimi", "Sport", "Tallinnas süttis kortermaja katus",
    "Päästjad kustutasid tulekahju kaks tundi.", "Kadri Kask", "4. juuni 2024, 09:12",
    "Teisipäeva öösel süttis Tallinnas Lasnamäel kortermaja katus, teatas päästeamet.",
    "Inimesed evakueeriti, kannatanuid ei olnud.",
    "„Tuli levis kiiresti mööda katusekonstruktsiooni,“ ütles päästeameti pressiesindaja Õhtulehele.",
    "ERR-i teatel jäi mitu korterit elamiskõlbmatuks.", "Loe lisaks", "Jaga", "Kommentaarid (23)",
])

VZ = "\n".join([
    "Verslo žinios", "Naujienos", "Finansai", "Nekilnojamasis turtas",
    "Lietuvos bankas palūkanų nekeičia", "Centrinis bankas laikosi atsargios pozicijos.",
    "Tomas Petrauskas", "2024-06-04 08:30",
    "Lietuvos banko valdybos pirmininkas Gediminas Šimkus antradienį pareiškė, kad palūkanų "
    "normų mažinimas euro zonoje turėtų būti nuoseklus.",
    "„Infliacija mažėja, bet darbo užmokesčio augimas išlieka spartus“, – sakė G. Šimkus.",
    "Pasak ELTA, analitikai tikisi pirmojo mažinimo birželį.", "Prenumeruokite",
    "Jau prenumeruojate? Prisijunkite",
])


def _rules(record) -> dict[str, str]:
    return {removal.text: removal.rule for removal in record.removed}


@pytest.mark.parametrize(("page", "standfirst"), [
    (NETTAVISEN, "Onsdag blir den dyreste dagen på flere uker."),
    (TV2DK, "Et flertal i Folketinget bakker op om forslaget."),
    (JV, "Havnen investerer 400 millioner kroner i udvidelsen."),
    (HBL, "Spårväg Västerleden blir klar först 2027."),
    (VISIR, "Eldgos hófst á Reykjanesskaga skömmu eftir hádegi í dag."),
])
def test_a_short_standfirst_over_the_byline_opens_the_body(page: str, standfirst: str) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert record.text.split("\n\n")[0] == standfirst
    assert record.authors


def test_a_sentence_over_a_photo_s_credit_is_its_caption_not_the_standfirst() -> None:
    page = "\n".join([
        "Nettavisen", "Nyheter", "Økonomi", "Strømprisen stiger kraftig i Sør-Norge",
        "Vindmøller ved kysten av Rogaland i mai.", "Foto: NTB", "Av Ida Berg",
        "Publisert: 04.06.2024 kl. 09:01",
        *NETTAVISEN.split("\n")[10:14],
    ])
    record = clean(page, fetched_at=FETCHED)
    assert "Vindmøller ved kysten" not in record.text
    assert record.text.startswith("Strømprisen i Sør-Norge blir onsdag")


@pytest.mark.parametrize(("page", "line", "author"), [
    (NORDLYS, "Tekst: Siri Johansen", "Siri Johansen"),
    (NORRAN, "TEXT: Maria Öberg", "Maria Öberg"),
    (TURUN, "Teksti: Jukka Salminen", "Jukka Salminen"),
])
def test_text_under_its_colon_leads_the_byline(page: str, line: str, author: str) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert [a.name for a in record.authors] == [author]
    assert _rules(record)[line] == "meta.byline"


@pytest.mark.parametrize("line", [
    "Tekst og foto: Siri Johansen", "Text och bild: Maria Öberg", "Teksti ja kuvat: Jukka Salminen",
])
def test_text_and_photos_under_one_colon_lead_the_byline(line: str) -> None:
    assert metadata_rule(segment(line)[0]) == "meta.byline"


def test_the_headline_over_its_standfirst_and_the_byline_stays_the_title() -> None:
    record = clean(NORRAN, fetched_at=FETCHED)
    assert record.title == "Norrvolt får nytt stöd från staten"
    assert record.text.startswith("Regeringen går in med 500 miljoner kronor")


def test_a_menu_entry_after_di_is_no_byline() -> None:
    record = clean(DI, fetched_at=FETCHED)
    assert [a.name for a in record.authors] == ["Johan Carlström"]
    assert _rules(record)["Di Morgonkoll"] != "meta.byline"


@pytest.mark.parametrize(("line", "rule"), [
    ("Di Morgonkoll", None), ("di Jakarta", None), ("Di Marco Rossi", "meta.byline"),
    ("di Giuseppe Esposito", "meta.byline"), ("DI MARCO ROSSI", "meta.byline"),
])
def test_di_leads_a_byline_before_a_given_name_only(line: str, rule: str | None) -> None:
    assert metadata_rule(segment(line)[0]) == rule


def _in_body(lines: list[str]) -> str:
    """A Norwegian story with ``lines`` set between its first and second paragraphs."""
    return "\n".join([
        *BT.split("\n")[:17], *lines, *BT.split("\n")[17:],
    ])


@pytest.mark.parametrize("line", [
    "Del artikkelen", "Kopier lenke", "Dela artikeln", "Kopiera länk", "Del artiklen", "Kopiér link",
    "Jaa artikkeli", "Kopioi linkki", "Annonse", "Annons", "Annonce", "Mainos", "Auglýsing",
    "Lyssna på artikeln", "Lyt til artiklen", "Kuuntele", "Jaga", "Dalīties", "Dalintis",
])
def test_nordic_and_baltic_interface_strings_leave_the_body(line: str) -> None:
    record = clean(_in_body([line]), fetched_at=FETCHED)
    assert _rules(record)[line] == "chrome.ui"
    assert "Buss for bane vil gå hvert femte minutt på dagtid." in record.text


@pytest.mark.parametrize("line", [
    "Les også: Skyss kutter avganger i helgene", "Læs også: Skoler har forbudt mobiler",
    "Läs också: Kostnaden för Västlänken har fördubblats", "Lue myös: Ratikka kuljetti ennätysmäärän",
    "Katso myös: Näin suojaudut helteeltä", "Loe ka: Tallinna trammid saavad uued peatused",
    "Lasi arī: Rīgā atklāj jaunu tramvaja līniju", "Lestu einnig: Eldgos hafið á ný",
])
def test_a_link_to_another_story_under_its_label_leaves_the_body(line: str) -> None:
    record = clean(_in_body([line]), fetched_at=FETCHED)
    assert _rules(record)[line] == "chrome.crosslink"


def test_a_read_also_label_takes_its_one_headline_and_the_story_goes_on() -> None:
    record = clean(_in_body(["Les også", "Skyss kutter avganger i helgene"]), fetched_at=FETCHED)
    rules = _rules(record)
    assert rules["Skyss kutter avganger i helgene"] != "chrome.related"
    assert "Skyss kutter avganger i helgene" not in record.text
    assert record.text.endswith("gitt forsinkelser i flere uker etter planlagt åpning.")


@pytest.mark.parametrize("line", [
    "Artikkelen fortsetter under annonsen", "Artikeln fortsätter under annonsen",
    "Artiklen fortsætter under annoncen", "Artikkeli jatkuu mainoksen jälkeen",
])
def test_the_story_goes_on_below_its_ad_s_notice(line: str) -> None:
    record = clean(_in_body([line]), fetched_at=FETCHED)
    assert _rules(record)[line] == "chrome.ui"
    assert record.text.endswith("gitt forsinkelser i flere uker etter planlagt åpning.")


@pytest.mark.parametrize("line", [
    "Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse.",
    "Vi använder kakor och informationskapslar för att ge dig en bättre upplevelse.",
    "Käytämme evästeitä parantaaksemme käyttökokemustasi.",
    "Kasutame küpsiseid, et parandada teie kogemust.",
])
def test_a_nordic_or_baltic_cookie_notice_is_chrome(line: str) -> None:
    record = clean(BT + "\n" + line, fetched_at=FETCHED)
    assert _rules(record)[line] == "chrome.cookie"


def test_a_closing_sentence_under_an_ad_s_label_stays_in_the_body() -> None:
    record = clean(ADRESSA, fetched_at=FETCHED)
    assert record.text.endswith("Brannvesenet melder at naboleilighetene har fått røykskader.")
    assert _rules(record)["Annonse"] == "chrome.ui"


@pytest.mark.parametrize("line", [
    "Voit keskustella aiheesta 5.6. kello 23:00 asti.", "Comments are closed.",
    "Kommentarfeltet er stengt", "Kommentarsfältet är stängt.",
])
def test_a_notice_of_when_comments_close_is_chrome(line: str) -> None:
    record = clean(YLE.replace("Voit keskustella aiheesta 5.6. kello 23:00 asti.", line), fetched_at=FETCHED)
    assert _rules(record)[line] == "chrome.ui"
    assert record.text.endswith("ovat ylittäneet ennusteet jo ensimmäisellä osuudella.")


@pytest.mark.parametrize(("page", "outlet_id"), [
    (BT, "bergens-tidende"), (ADRESSA, "adresseavisen"), (NETTAVISEN, "nettavisen"),
    (NORDLYS, "nordlys"), (GP, "goteborgs-posten"), (NORRAN, "norran"), (TV2DK, "tv2-dk"),
    (FYENS, "fyens-stiftstidende"), (JV, "jydskevestkysten"), (AAMULEHTI, "aamulehti"),
    (TURUN, "turun-sanomat"), (HBL, "hufvudstadsbladet"), (MTV, "mtv-uutiset"), (VISIR, "visir"),
])
def test_a_nordic_regional_page_names_its_outlet(page: str, outlet_id: str) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert record.outlet is not None and record.outlet.id == outlet_id


@pytest.mark.parametrize(("url", "outlet_id"), [
    ("https://www.bt.no/nyheter/lokalt/i/abc/bybanen", "bergens-tidende"),
    ("https://www.aftenbladet.no/lokalt/i/abc", "stavanger-aftenblad"),
    ("https://www.fvn.no/nyheter/lokalt/i/abc", "faedrelandsvennen"),
    ("https://e24.no/boers-og-finans/i/abc", "e24"), ("https://www.dn.no/marked/abc", "dagens-naeringsliv"),
    ("https://www.tv2.no/nyheter/123", "tv2-no"), ("https://www.klassekampen.no/artikkel/1", "klassekampen"),
    ("https://www.itromso.no/nyheter/1", "itromso"), ("https://www.smp.no/nyheter/1", "sunnmorsposten"),
    ("https://www.sydsvenskan.se/2024-06-04/a", "sydsvenskan"),
    ("https://www.hd.se/2024-06-04/a", "helsingborgs-dagblad"),
    ("https://www.unt.se/nyheter/a", "upsala-nya-tidning"),
    ("https://www.di.se/nyheter/a", "dagens-industri"),
    ("https://www.vk.se/2024-06-04/a", "vasterbottens-kuriren"), ("https://corren.se/nyheter/a", "corren"),
    ("https://nyheder.tv2.dk/politik/a", "tv2-dk"), ("https://nordjyske.dk/nyheder/a", "nordjyske"),
    ("https://www.information.dk/indland/a", "information-dk"),
    ("https://ekstrabladet.dk/nyheder/a", "ekstra-bladet"),
    ("https://www.bt.dk/politik/a", "bt-dk"), ("https://borsen.dk/nyheder/a", "borsen"),
    ("https://www.altinget.se/artikel/a", "altinget"), ("https://www.k.dk/indland/a", "kristeligt-dagblad"),
    ("https://www.kaleva.fi/uutiset/a", "kaleva"), ("https://www.savonsanomat.fi/a", "savon-sanomat"),
    ("https://www.ksml.fi/a", "keskisuomalainen"), ("https://www.kauppalehti.fi/uutiset/a", "kauppalehti"),
    ("https://www.uusisuomi.fi/uutiset/a", "uusi-suomi"), ("https://heimildin.is/grein/1", "heimildin"),
])
def test_the_nordic_outlets_are_known_by_their_domains(url: str, outlet_id: str) -> None:
    outlet = Registry.shipped().by_url(url)
    assert outlet is not None and outlet.id == outlet_id


@pytest.mark.parametrize(("language", "outlet_id"), [("da", "tv2-dk"), ("no", "tv2-no")])
def test_tv_2_is_denmark_s_or_norway_s_by_the_page_s_language(language: str, outlet_id: str) -> None:
    outlet = Registry.shipped().by_name("TV 2", language)
    assert outlet is not None and outlet.id == outlet_id


def _cited(paragraph: str, language: str) -> list[tuple[str, str | None]]:
    return [(c.name, c.outlet_id) for c in find_citations([paragraph], Registry.shipped(), language=language)]


@pytest.mark.parametrize(("paragraph", "language", "name", "outlet_id"), [
    ("Aamulehden mukaan matkustajamäärät ovat kasvaneet.", "fi", "Aamulehti", "aamulehti"),
    ("Helsingin Sanomien mukaan kustannukset nousevat.", "fi", "Helsingin Sanomat", "helsingin-sanomat"),
    ("Ilta-Sanomien mukaan vesistöt lämpenevät.", "fi", "Ilta-Sanomat", "ilta-sanomat"),
    ("Meteorologi sanoo MTV Uutisille, että helle jatkuu.", "fi", "MTV Uutiset", "mtv-uutiset"),
    ("Johtaja kertoo Turun Sanomille, että remontti alkaa.", "fi", "Turun Sanomat", "turun-sanomat"),
    ("Keskisuomalaisen mukaan päätös syntyi.", "fi", "Keskisuomalainen", "keskisuomalainen"),
    ("Toimitusjohtaja kertoi Aamulehdelle, että työt alkavat.", "fi", "Aamulehti", "aamulehti"),
    ("Kauppalehden tietojen mukaan yhtiö myydään.", "fi", "Kauppalehti", "kauppalehti"),
    ("Myös Ylen mukaan asia on selvä.", "fi", "Yle", "yle"),
    ("Samkvæmt RÚV er gosið svipað að stærð og gosið í mars.", "is", "RÚV", "ruv"),
    ("Almannavarnir funda í dag, að því er fram kemur í frétt RÚV.", "is", "RÚV", "ruv"),
    ("„Sprungan er löng,“ segir Benedikt Ófeigsson í samtali við Vísi.", "is", "Vísir", "visir"),
    ("Þetta kemur fram í frétt Vísis um málið.", "is", "Vísir", "visir"),
    ("Samkvæmt frétt mbl.is hefur landris haldið áfram.", "is", "mbl.is", "morgunbladid"),
    ("Þetta sagði hún í viðtali við Heimildina.", "is", "Heimildin", "heimildin"),
    ("Politiet opplyser til NTB at brannårsaken foreløpig er ukjent.", "no", "NTB", "ntb"),
    ("Mannen förklarades död på platsen, uppger polisen för TT.", "sv", "TT", "tt"),
    ("Det er en skandale, siger han over for DR.", "da", "DR", "dr"),
    ("Aksjen steg 2,1 prosent i åpningen på Oslo Børs, skriver Dagens Næringsliv.", "no",
     "Dagens Næringsliv", "dagens-naeringsliv"),
    ("Under samma natt hålls en räddningsövning, rapporterar TV 2 Lorry.", "sv", "TV 2 Lorry", "tv2-dk"),
    ("Postimehe andmetel kavatseb valitsus makse tõsta.", "et", "Postimees", "postimees"),
    ("Keskpanga president ütles Äripäevale, et taastumine on aeglane.", "et", "Äripäev", "aripaev"),
    ("„Tuli levis kiiresti,“ ütles pressiesindaja Õhtulehele.", "et", "Õhtuleht", "ohtuleht"),
    ("„See on suur samm,“ ütles abilinnapea Postimehele.", "et", "Postimees", "postimees"),
    ("Pasak Latgales Laika, pasažieru skaits pārsniedza prognozes.", "lv", "Latgales Laiks",
     "latgales-laiks"),
    ("Pasak „Lietuvos ryto“, sprendimas priimtas.", "lt", "Lietuvos rytas", "lrytas"),
    ("Kaip rašo „Verslo žinios“, bankas palūkanų nekeičia.", "lt", "Verslo žinios", "verslo-zinios"),
    ("Pasak „Verslo žinių“, bankas palūkanų nekeičia.", "lt", "Verslo žinios", "verslo-zinios"),
])
def test_nordic_and_baltic_citations_name_their_source(
    paragraph: str, language: str, name: str, outlet_id: str
) -> None:
    assert _cited(paragraph, language) == [(name, outlet_id)]


@pytest.mark.parametrize(("paragraph", "language"), [
    ("Poliisin mukaan kukaan ei loukkaantunut.", "fi"),
    ("Tampereen Raitiotie Oy:n mukaan ratikka kulkee.", "fi"),
    ("Samkvæmt Veðurstofu Íslands heldur landris áfram.", "is"),
    ("Samkvæmt heimildum hefur ráðherrann sagt af sér.", "is"),
    ("Det säger han för att visa att han har rätt.", "sv"),
    ("Ta ütles eile Tallinnale, et see on hea.", "et"),
    ("Ta ütles oma sõbrale Marile, et see on hea.", "et"),
    ("Pasak ministra, lēmums ir pieņemts.", "lv"),
    ("Pasak Jāņa Bērziņa, projekts kavējas.", "lv"),
])
def test_a_speaker_an_authority_a_company_or_a_place_is_no_citation(paragraph: str, language: str) -> None:
    assert _cited(paragraph, language) == []


@pytest.mark.parametrize("line", ["4.6. 7:30", "4.6. 2:00 | Päivitetty 7:15", "4.6. klo 9.05"])
def test_a_day_and_a_month_with_the_clock_is_a_date_line(line: str) -> None:
    assert metadata_rule(segment(line)[0]) == "meta.date"


@pytest.mark.parametrize("line", ["Pe 4.6. 2:1", "Ottelu 4.6. päättyi 2:1."])
def test_a_day_and_a_month_beside_a_score_is_no_date_line(line: str) -> None:
    assert metadata_rule(segment(line)[0]) is None


def test_a_finnish_page_dated_without_its_year_labels_the_date_line() -> None:
    record = clean(AAMULEHTI, fetched_at=FETCHED)
    assert record.published == "2024-06-04T07:30:00+03:00"  # Aamulehti is in Helsinki
    assert _rules(record)["4.6. 7:30"] == "meta.date"


@pytest.mark.parametrize(("paragraph", "name"), [
    ("С 10 июня трамвай №11 изменит маршрут, сообщает Rīgas satiksme.", "Rīgas satiksme"),
    ("Об этом сообщает Rīgas ūdens в понедельник.", "Rīgas ūdens"),
    ("Об этом сообщает Reuters and others.", "Reuters"),
    ("Об этом сообщает ТАСС.", "ТАСС"),
])
def test_a_latin_name_in_russian_text_goes_on_in_lower_case(paragraph: str, name: str) -> None:
    assert [n for n, _ in _cited(paragraph, "ru")] == [name]


@pytest.mark.parametrize(("page", "standfirst"), [
    (LRYTAS, "Remontas truks tris mėnesius."), (ARIPAEV, "Keskpank tõstis majanduskasvu prognoosi."),
])
def test_a_standfirst_of_four_words_over_the_byline_opens_the_body(page: str, standfirst: str) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert record.text.split("\n\n")[0] == standfirst


@pytest.mark.parametrize(("page", "outlet_id"), [
    (TVNET, "tvnet"), (JAUNS, "jauns"), (LRYTAS, "lrytas"), (VZ, "verslo-zinios"),
    (OHTULEHT, "ohtuleht"), (ARIPAEV, "aripaev"),
])
def test_a_baltic_page_names_its_outlet(page: str, outlet_id: str) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert record.outlet is not None and record.outlet.id == outlet_id


def _finnish_story(date_lines: list[str]) -> str:
    return "\n".join([
        "Helsingin Sanomat", "Uutiset", "Kaupunki", "Helsinki nostaa pysäköintimaksuja kantakaupungissa",
        "Anna Korhonen", *date_lines,
        "Helsingin kaupunki nostaa pysäköintimaksuja kantakaupungin alueella heinäkuun alusta, "
        "kaupunki tiedottaa.",
        "Muutos koskee ensimmäistä maksuvyöhykettä ja tulee voimaan heinäkuun ensimmäisenä päivänä.",
    ])


@pytest.mark.parametrize(("date_lines", "published", "updated"), [
    (["4.6. 2:00 | Päivitetty 7:15"], "2024-06-04T02:00:00+03:00", "2024-06-04T07:15:00+03:00"),
    (["Julkaistu 4.6.2024 8:12 | Päivitetty 9.30"], "2024-06-04T08:12:00+03:00",
     "2024-06-04T09:30:00+03:00"),
    (["Julkaistu 4.6.2024 8:12", "Päivitetty 9:30"], "2024-06-04T08:12:00+03:00",
     "2024-06-04T09:30:00+03:00"),
    (["4.6.2024 8:12 | Päivitetty 7:15"], "2024-06-04T08:12:00+03:00", None),
])
def test_an_update_s_clock_alone_is_the_day_of_publication_s(
    date_lines: list[str], published: str, updated: str | None
) -> None:
    record = clean(_finnish_story(date_lines), fetched_at=FETCHED)
    assert (record.published, record.updated) == (published, updated)


@pytest.mark.parametrize("line", [
    "Del på Facebook", "Dela på X", "Deila á Facebook", "Jaa Facebookissa", "Følg oss på Instagram",
    "Följ oss på Facebook", "Seuraa meitä Facebookissa", "Fylgdu okkur á Facebook",
])
def test_a_nordic_share_or_follow_prompt_leaves_the_body(line: str) -> None:
    record = clean(_in_body([line]), fetched_at=FETCHED)
    assert _rules(record)[line] == "chrome.share"
