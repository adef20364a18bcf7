"""The Nordic press: Norway's, Sweden's, Denmark's, Finland's (in Finnish and in Swedish) and
Iceland's national and regional outlets. Each page is written as its outlet prints it (the
menu, the headline, the standfirst, the byline and date lines, the body, the prompts and
notices under it)."""

from __future__ import annotations

import pytest

from newsclean import clean

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
