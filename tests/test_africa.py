"""Africa's press: Nigeria's, Kenya's, Ghana's and South Africa's English-language papers,
Swahili and Hausa pages, Ethiopia's Amharic agency, and French-language agencies and magazines.
Each page is written as its outlet prints it (the menu, the headline, the date and byline
lines, the body, the prompts and notices under it)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from newsclean import Registry, clean
from newsclean.chrome import patterns
from newsclean.language import detect_language, has_stopwords, prose_by_shape
from newsclean.meta.bylines import parse_byline
from newsclean.meta.dates import ethiopian_to_gregorian, find_dates
from newsclean.provenance.citations import find_citations

FETCHED = "2024-06-04T09:00:00Z"
REFERENCE = datetime(2024, 6, 4, 9, 0, tzinfo=timezone.utc)


def test_a_hausa_page_keeps_its_paragraphs() -> None:
    """Hausa, which langdetect has no profile of (it named it Somali or Indonesian), is told by
    its function words; its paragraphs were chrome by another language's."""
    text = "\n".join([
        "BBC News, Hausa", "Tsallaka zuwa babban shafi", "Labarai", "Wasanni", "Bidiyo",
        "Gwamnatin Najeriya ta amince da sabon mafi ƙarancin albashi",
        "Mintuna 30 da suka wuce", "Daga Ibrahim Haruna Kakangi",
        "Shugaban Najeriya Bola Tinubu ya karɓi rahoton kwamitin da ke duba mafi ƙarancin "
        "albashi a fadarsa da ke Abuja.",
        "A cewar ƙungiyar ƙwadago ta NLC, ma'aikata ba za su amince da abin da bai kai naira "
        "250,000 ba.",
        "Shugaban NLC Joe Ajaero ya shaida wa BBC cewa za su ci gaba da tattaunawa da gwamnati.",
        "Karanta wannan ma:", "Labarai masu alaƙa",
    ])
    record = clean(text, fetched_at=FETCHED)
    assert record.language == "ha"
    assert record.title == "Gwamnatin Najeriya ta amince da sabon mafi ƙarancin albashi"
    assert record.published == "2024-06-04T08:30:00+00:00"
    assert [(a.name, a.kind) for a in record.authors] == [("Ibrahim Haruna Kakangi", "person")]
    assert record.outlet is not None and record.outlet.id == "bbc-hausa"
    # told to the BBC on the BBC's own Hausa service: its own reporting, not another's
    assert [(c.outlet_id, c.kind) for c in record.citations] == [("bbc", "self")]
    assert "secondary_reporting" not in record.flags
    assert record.text.count("\n\n") == 2 and record.text.endswith("da gwamnati.")


def test_a_swahili_page_is_read_whole() -> None:
    text = "\n".join([
        "Mwananchi", "Habari", "Kitaifa", "Kimataifa", "Biashara", "Michezo",
        "Serikali yatangaza bei mpya za mafuta Juni", "Jumatatu, Juni 03, 2024", "Na Bakari Kiango",
        "Dar es Salaam. Mamlaka ya Udhibiti wa Huduma za Nishati na Maji (Ewura) imetangaza bei "
        "mpya za mafuta zitakazoanza kutumika kesho.",
        "Kwa mujibu wa taarifa ya Wizara ya Nishati, bei ya petroli imeshuka kwa Sh50 kwa lita.",
        "Mkurugenzi Mkuu wa Ewura, Dk James Andilile aliiambia Mwananchi kuwa kushuka kwa bei "
        "kumetokana na soko la dunia.",
        "Soma zaidi: Bei za mafuta zapanda tena", "Mwananchi Communications Ltd © 2024",
    ])
    record = clean(text)
    assert record.language == "sw"
    assert record.published == "2024-06-03"
    assert [a.name for a in record.authors] == ["Bakari Kiango"]
    assert record.outlet is not None and record.outlet.id == "mwananchi"
    assert [(c.name, c.kind) for c in record.citations] == [
        ("Wizara ya Nishati", "institution"), ("Mwananchi", "self")]
    assert record.text.count("\n\n") == 2 and record.text.endswith("soko la dunia.")


def test_the_bbc_swahili_headline_stands_over_its_picture_s_caption() -> None:
    """The caption under the label "Maelezo ya picha," is no headline, and "Kenya" (a word of
    Wikipedia's Swahili, once a stop word) is a word the headline shares with the body."""
    text = "\n".join([
        "BBC News, Swahili", "Ruka hadi maelezo", "Habari", "Afrika", "Michezo", "Video",
        "Mafuriko yaua watu 40 Kenya", "Saa 2 zilizopita", "Maelezo ya picha,",
        "Nyumba kadhaa zimesombwa na maji katika kaunti ya Tana River",
        "Watu wasiopungua 40 wamefariki dunia baada ya mvua kubwa kunyesha katika maeneo "
        "mbalimbali ya Kenya, kwa mujibu wa Shirika la Msalaba Mwekundu.",
        "Msemaji wa serikali Isaac Mwaura aliiambia BBC kuwa serikali imetenga fedha za dharura.",
        "Idara ya hali ya hewa imeonya kuwa mvua zitaendelea hadi mwisho wa wiki.",
        "Unaweza pia kusoma:", "Mvua kubwa yaleta hasara Tanzania",
    ])
    record = clean(text, fetched_at=FETCHED)
    assert record.title == "Mafuriko yaua watu 40 Kenya"
    assert record.published == "2024-06-04T07:00:00+00:00"
    assert {r.text: r.rule for r in record.removed}["Maelezo ya picha,"] == "chrome.caption"
    assert [(c.name, c.kind) for c in record.citations] == [
        ("Shirika la Msalaba Mwekundu", "institution"), ("BBC", "self")]


def test_an_amharic_agency_page_is_read_whole() -> None:
    """Ethiopic has no stop-word list: its prose is told by its shape. The Ethiopian calendar's
    day is converted, and the agency's dateline read."""
    text = "\n".join([
        "ኢዜአ", "ዋና ገጽ", "ዜና", "ፖለቲካ", "ኢኮኖሚ", "ስፖርት",
        "የኢትዮጵያ የወጪ ንግድ ገቢ በ10 ወራት ከ3 ቢሊዮን ዶላር በላይ ደረሰ", "ግንቦት 26/2016 (ኢዜአ)",
        "አዲስ አበባ፣ ግንቦት 26/2016 (ኢዜአ)፦ ኢትዮጵያ በበጀት ዓመቱ ባለፉት 10 ወራት ከወጪ ንግድ ከ3 ቢሊዮን ዶላር "
        "በላይ ገቢ ማግኘቷን የንግድና ቀጣናዊ ትስስር ሚኒስቴር አስታወቀ።",
        "ሚኒስቴሩ ዛሬ በሰጠው መግለጫ ቡና፣ ወርቅና የቅባት እህሎች ከፍተኛ ገቢ ያስገኙ ምርቶች መሆናቸውን ገልጿል።",
        "የኢትዮጵያ ዜና አገልግሎት",
    ])
    record = clean(text)
    assert record.language == "am"
    assert record.title == "የኢትዮጵያ የወጪ ንግድ ገቢ በ10 ወራት ከ3 ቢሊዮን ዶላር በላይ ደረሰ"
    assert (record.published, record.published_raw) == ("2024-06-03", "ግንቦት 26/2016")
    assert record.dateline is not None and record.dateline.place == "አዲስ አበባ"
    assert [(c.outlet_id, c.kind) for c in record.citations] == [("ena", "wire")]
    assert "wire_copy" in record.flags
    assert record.text.count("\n\n") == 1 and record.text.endswith("ገልጿል።")


def test_a_nigerian_paper_s_prompts_and_notices_leave_the_body() -> None:
    text = "\n".join([
        "Punch Newspapers", "Tuesday, June 4, 2024", "Home", "News", "Politics", "Metro Plus",
        "Tinubu receives minimum wage committee report, promises action", "Deji Lambo",
        "3rd June 2024", "Kindly share this story:",
        "President Bola Tinubu on Monday received the report of the Tripartite Committee on the "
        "National Minimum Wage at the Presidential Villa, Abuja.",
        "According to the News Agency of Nigeria, the organised labour had demanded N250,000 as "
        "the new wage, while the Federal Government offered N62,000.",
        "The President of the Nigeria Labour Congress, Joe Ajaero, told The PUNCH that workers "
        "would not accept anything less than a living wage.",
        "Stay informed and ahead of the curve! Follow The Punch Newspaper on WhatsApp for "
        "real-time updates, breaking news, and exclusive content. Don't miss a headline – join now!",
        "Join The Punch Newspaper Channel",
        "All rights reserved. This material, and other digital content on this website, may not "
        "be reproduced, published, broadcast, rewritten or redistributed in whole or in part "
        "without prior express written permission from PUNCH.",
    ])
    record = clean(text, fetched_at=FETCHED)
    assert (record.published, record.page_date) == ("2024-06-03", "2024-06-04")
    assert record.outlet is not None and record.outlet.id == "punch"
    assert [(c.outlet_id, c.kind) for c in record.citations] == [("nan", "outlet"), ("punch", "self")]
    assert record.text.count("\n\n") == 2 and record.text.endswith("a living wage.")


def test_a_closing_appeal_for_money_leaves_the_body_with_its_paragraph() -> None:
    text = "\n".join([
        "Premium Times Nigeria", "Top News", "Headlines", "Investigations",
        "Nigeria: Senate passes bill to return old national anthem", "June 3, 2024",
        "By Kayode Jaiyeola",
        "The Senate on Tuesday passed a bill seeking to restore the old national anthem, "
        "\"Nigeria, We Hail Thee.\"",
        "The bill, sponsored by the Senate Leader, Opeyemi Bamidele, passed second and third "
        "readings within minutes.",
        "Mr Bamidele told PREMIUM TIMES the new anthem would be sung at the Democracy Day event.",
        "Support PREMIUM TIMES' journalism of integrity and credibility",
        "At Premium Times, we firmly believe in the importance of high-quality journalism. "
        "Recognizing that not everyone can afford costly news subscriptions, we are dedicated to "
        "delivering meticulously researched, fact-checked news that remains freely accessible "
        "to all.",
        "Donate",
    ])
    record = clean(text)
    assert record.text.endswith("the Democracy Day event.") and record.text.count("\n\n") == 2
    rules_of = {r.text[:20]: r.rule for r in record.removed}
    assert rules_of["Support PREMIUM TIME"] == "chrome.subscribe"
    assert rules_of["At Premium Times, we"] == "chrome.trailer"
    assert [(c.outlet_id, c.kind) for c in record.citations] == [("premium-times", "self")]


def test_a_syndicated_copy_cites_the_outlet_it_was_first_published_by() -> None:
    """allAfrica's copy of a Premium Times report: the notice names the original, the blurb
    under it is the syndicating site's."""
    text = "\n".join([
        "allAfrica.com", "Nigeria: Senate Passes Bill to Return Old National Anthem",
        "Premium Times (Abuja)", "3 June 2024", "By Kayode Jaiyeola",
        "The Senate on Tuesday passed a bill seeking to restore the old national anthem.",
        "The bill, sponsored by the Senate Leader, Opeyemi Bamidele, passed second and third "
        "readings within minutes.",
        "Read the original article on Premium Times.",
        "allAfrica publishes around 400 reports a day from more than 100 news organizations and "
        "over 500 other institutions and individuals, representing a diversity of positions on "
        "every topic.",
    ])
    record = clean(text)
    assert record.outlet is not None and record.outlet.id == "allafrica"
    assert [(c.name, c.outlet_id, c.kind) for c in record.citations] == [
        ("Premium Times", "premium-times", "outlet")]
    assert "syndicated" in record.flags
    assert record.text.endswith("within minutes.")
    assert [r.rule for r in record.removed][-2:] == ["chrome.syndication", "chrome.trailer"]


def test_an_outlet_s_own_source_line_is_no_syndication() -> None:
    text = "\n".join([
        "GhanaWeb", "Home", "News", "Business",
        "Dumsor: ECG announces new load-shedding timetable", "General News of Monday, 3 June 2024",
        "Source: www.ghanaweb.com",
        "The Electricity Company of Ghana (ECG) has released a new load-shedding timetable for "
        "customers in Accra and Kumasi.",
        "The company said the exercise would last for three weeks while repairs are carried out.",
    ])
    record = clean(text)
    assert record.outlet is not None and record.outlet.id == "ghanaweb"
    assert "syndicated" not in record.flags
    assert {r.text: r.rule for r in record.removed}["Source: www.ghanaweb.com"] == "chrome.syndication"


def test_a_french_wire_story_is_dated_by_its_dateline() -> None:
    """A story whose only date is its dateline's day: the fetch time gives its year."""
    text = "\n".join([
        "APS", "Agence de presse sénégalaise", "Accueil", "Politique", "Economie",
        "Ziguinchor : démarrage de la campagne de commercialisation de l'anacarde",
        "Ziguinchor, 3 juin (APS) – La campagne de commercialisation de la noix d'anacarde a été "
        "officiellement lancée, lundi, à Ziguinchor.",
        "Le gouverneur de la région a invité les acteurs à respecter le prix plancher fixé à 350 "
        "francs CFA le kilogramme.",
    ])
    record = clean(text, fetched_at=FETCHED)
    assert (record.published, record.published_raw) == ("2024-06-03", "3 juin")
    assert "published_from_fetch" in record.flags
    assert record.dateline is not None and (record.dateline.place, record.dateline.date) == (
        "Ziguinchor", "3 juin")
    undated = clean(text)  # no fetch time: no year, no date
    assert undated.published is None and "undated" in undated.flags


def test_an_ivorian_agency_s_dateline_with_its_year_and_its_credit_on_the_date_line() -> None:
    text = "\n".join([
        "Abidjan.net", "Actualités", "Politique", "Economie",
        "Côte d'Ivoire : le gouvernement annonce une hausse du prix du cacao",
        "Publié le lundi 3 juin 2024 | AIP",
        "Abidjan, 3 juin 2024 (AIP) - Le gouvernement ivoirien a annoncé une hausse du prix bord "
        "champ du cacao, qui passe de 1 500 à 1 800 francs CFA le kilogramme.",
        "Le porte-parole du gouvernement, Amadou Coulibaly, a indiqué que cette mesure vise à "
        "améliorer les revenus des producteurs.",
    ])
    record = clean(text)
    assert record.dateline is not None and (record.dateline.place, record.dateline.date) == (
        "Abidjan", "3 juin 2024")
    assert [(a.name, a.kind) for a in record.authors] == [("AIP", "organization")]
    assert record.outlet is not None and record.outlet.id == "abidjan-net"
    assert [(c.outlet_id, c.kind) for c in record.citations] == [("aip", "wire")]


def test_a_read_also_link_inside_the_article_leaves_it() -> None:
    text = "\n".join([
        "Jeune Afrique", "Politique", "Économie", "Culture",
        "Sénégal : Bassirou Diomaye Faye nomme un nouveau chef d'état-major", "Par Jeune Afrique",
        "Publié le 3 juin 2024 Lecture : 2 minutes.",
        "Le président sénégalais Bassirou Diomaye Faye a nommé lundi le général Mbaye Cissé à la "
        "tête de l'état-major général des armées.",
        "Selon un communiqué de la présidence, le général remplace le général Cheikh Wade, admis à "
        "faire valoir ses droits à la retraite.",
        "Lire aussi", "Au Sénégal, Ousmane Sonko dévoile son gouvernement",
        "Le chef de l'État a également procédé à d'autres nominations au sein de l'armée, a indiqué "
        "l'Agence de presse sénégalaise.",
    ])
    record = clean(text)
    rules_of = {r.text: r.rule for r in record.removed}
    assert rules_of["Au Sénégal, Ousmane Sonko dévoile son gouvernement"] == "chrome.related_box"
    assert record.text.count("\n\n") == 2
    assert [(a.name, a.kind) for a in record.authors] == [("Jeune Afrique", "organization")]
    assert [(c.outlet_id, c.kind) for c in record.citations] == [("aps-sn", "outlet")]


def test_a_somali_page_is_read_by_its_shape() -> None:
    """Somali's short list (stopwords-iso's, without "iyo", "and") makes up too little of a
    paragraph to tell it: the paragraphs are prose by their shape, the headline stays one."""
    text = "\n".join([
        "Hiiraan Online", "Wararka", "Maqaallo", "Ciyaaraha",
        "Dowladda Soomaaliya oo ku dhawaaqday miisaaniyad cusub", "Isniin, June 3, 2024",
        "Muqdisho (Hiiraan Online) - Golaha Wasiirada dowladda federaalka Soomaaliya ayaa "
        "ansixiyay miisaaniyadda sanadka 2025 oo gaaraysa 1.3 bilyan oo doollar.",
        "Wasiirka Maaliyadda Bixi Iimaan Cige ayaa sheegay in miisaaniyaddan ay diiradda "
        "saareyso amniga iyo adeegyada bulshada.",
        "Sida ay sheegtay wakaaladda wararka ee SONNA, miisaaniyadda waxaa loo gudbin doonaa "
        "baarlamaanka.",
    ])
    record = clean(text)
    assert record.language == "so"
    assert record.title == "Dowladda Soomaaliya oo ku dhawaaqday miisaaniyad cusub"
    assert record.text.count("\n\n") == 2 and record.text.startswith("Muqdisho")


def test_an_afrikaans_page_is_dated_and_signed() -> None:
    text = "\n".join([
        "Maroela Media", "Nuus", "Sake", "Sport", "Leefstyl",
        "ANC begin koalisiegesprekke ná verlies van meerderheid", "Deur Jan Smit", "3 Junie 2024",
        "Die ANC het met gesprekke met ander partye begin nadat dit vir die eerste keer sedert "
        "1994 sy meerderheid in die parlement verloor het.",
        "Die party se sekretaris-generaal, Fikile Mbalula, het gesê die party sal met alle "
        "partye in die parlement praat.",
    ])
    record = clean(text)
    assert record.language == "af" and record.published == "2024-06-03"
    assert [a.name for a in record.authors] == ["Jan Smit"]
    assert record.outlet is not None and record.outlet.id == "maroela-media"


@pytest.mark.parametrize(("line", "authors"), [
    ("Herald Reporter", [("Herald Reporter", "organization")]),
    ("Sunday Mail Reporter", [("Sunday Mail Reporter", "organization")]),
    ("By Our Reporter", [("Our Reporter", "organization")]),  # Nigeria's, India's
    ("Senior Reporter", [("Senior Reporter", "person")]),  # a role, which a name line goes with
    ("Par Le360 (avec MAP)", [("Le360", "person"), ("MAP", "organization")]),
    ("By John Smith (with AFP)", [("John Smith", "person"), ("AFP", "organization")]),
])
def test_a_paper_s_own_reporter_and_the_wire_it_drew_on(line: str, authors: list[tuple[str, str]]) -> None:
    assert [(a.name, a.kind) for a in parse_byline(line)] == authors


def test_quotes_told_to_an_unknown_outlet_the_header_names_are_its_own() -> None:
    """The Herald is no registry outlet (several papers bear the name): "told The Herald"
    under its masthead is the page's own reporting, and names it, weakly."""
    text = "\n".join([
        "The Herald", "News", "Business", "Sport", "Government announces new fuel prices",
        "Herald Reporter", "Monday, June 3, 2024",
        "The Zimbabwe Energy Regulatory Authority (ZERA) has announced new fuel prices "
        "effective today.",
        "ZERA chief executive Mr Edington Mazambani told The Herald that the reduction was due "
        "to lower international oil prices.",
    ])
    record = clean(text)
    assert [(c.name, c.kind) for c in record.citations] == [("The Herald", "self")]
    assert "secondary_reporting" not in record.flags
    assert record.outlet is not None and (record.outlet.id, record.outlet.name) == (None, "The Herald")
    assert [e.signal for e in record.outlet.evidence] == ["self_attribution"]
    assert [(a.name, a.kind) for a in record.authors] == [("Herald Reporter", "organization")]
    elsewhere = clean(text.replace("The Herald\n", "The Chronicle\n", 1))
    assert "secondary_reporting" in elsewhere.flags  # quotes another paper got


def test_a_yoruba_page_is_read_whole() -> None:
    text = "\n".join([
        "BBC News Yorùbá", "Ìròyìn", "Eré ìdárayá", "Fídíò",
        "Ìjọba àpapọ̀ fọwọ́ sí owó oṣù tuntun fáwọn òṣìṣẹ́", "Wákàtí 2 sẹ́yìn",
        "Ààrẹ Bola Tinubu ti fọwọ́ sí àbá owó oṣù tó kéré jùlọ tuntun fún àwọn òṣìṣẹ́ ní "
        "orílẹ̀-èdè Nàìjíríà.",
        "Olórí ẹgbẹ́ òṣìṣẹ́ NLC, Joe Ajaero sọ fún BBC pé àwọn yóò máa bá ìjọba sọ̀rọ̀ lórí ọ̀rọ̀ náà.",
        "Ìjọba ní àwọn yóò fi àbá náà ránṣẹ́ sí ilé aṣòfin àgbà láìpẹ́.",
    ])
    record = clean(text, fetched_at=FETCHED)
    assert record.language == "yo"
    assert record.title == "Ìjọba àpapọ̀ fọwọ́ sí owó oṣù tuntun fáwọn òṣìṣẹ́"
    assert record.published == "2024-06-04T07:00:00+00:00"
    assert record.outlet is not None and record.outlet.id == "bbc-yoruba"
    assert record.text.count("\n\n") == 2


@pytest.mark.parametrize("prompt", [
    "Click on the link to join the Citi Newsroom channel on WhatsApp for more news and updates.",
    "Join the Punch Newspaper channel on WhatsApp for real-time updates.",
    "Follow Daily Trust on WhatsApp for the latest news.",
    "Got a news tip? Send it to tips@example.com",
])
def test_the_region_s_prompts_between_paragraphs_leave_the_body(prompt: str) -> None:
    paragraphs = [
        "Parliament has approved a GH¢1 billion facility for the construction of roads in the "
        "Northern and Upper East regions.",
        "The Minister for Roads and Highways, Francis Asenso-Boakye, told lawmakers that work "
        "would begin in September.",
        "The Minority said it supported the facility but raised concerns about the pace of "
        "ongoing projects.",
    ]
    record = clean("\n".join(["Parliament approves GH¢1 billion for road projects", paragraphs[0],
                              prompt, *paragraphs[1:]]))
    assert prompt not in record.text and record.text.count("\n\n") == 2


# ------------------------------------------------------------------ language

@pytest.mark.parametrize(("text", "language"), [
    ("Shugaban Najeriya Bola Tinubu ya karɓi rahoton kwamitin da ke duba albashi a fadarsa da ke "
     "Abuja, kuma ya ce za su ci gaba da tattaunawa.", "ha"),
    ("Watu wasiopungua 40 wamefariki dunia baada ya mvua kubwa kunyesha katika maeneo mbalimbali "
     "ya nchi, na serikali imesema itatoa msaada.", "sw"),
    ("ኢትዮጵያ በበጀት ዓመቱ ባለፉት 10 ወራት ከወጪ ንግድ ከ3 ቢሊዮን ዶላር በላይ ገቢ ማግኘቷን ሚኒስቴሩ አስታወቀ።", "am"),
])
def test_the_region_s_languages_are_told(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_script_without_a_stop_word_list_is_judged_by_its_shape() -> None:
    assert has_stopwords("LATIN") and has_stopwords("DEVANAGARI")
    assert not has_stopwords("ETHIOPIC") and has_stopwords(None)
    assert prose_by_shape("am", "ETHIOPIC") and prose_by_shape("so", "LATIN")
    assert not prose_by_shape("sw", "LATIN") and not prose_by_shape(None, "LATIN")


# ------------------------------------------------------------------ dates

@pytest.mark.parametrize(("text", "value"), [
    ("ግንቦት 26/2016", "2024-06-03"),
    ("ግንቦት 26 ቀን 2016 ዓ.ም", "2024-06-03"),
    ("26 ግንቦት 2016", "2024-06-03"),
    ("መስከረም 1/2017", "2024-09-11"),  # the new year, after a Pagume of 5 days
    ("ጳጉሜ 6/2015", "2023-09-11"),  # 2015's Pagume had 6
    ("Jumatatu, Juni 03, 2024", "2024-06-03"),
    ("3 Yuni 2024", "2024-06-03"),  # Hausa
    ("3 Agosti 2024", "2024-08-03"),  # Swahili
    ("12 Luulyo 2024", "2024-07-12"),  # Somali
    ("نشر في 03 جوان 2024", "2024-06-03"),  # Algeria's and Tunisia's months, from French
    ("1 أوت 2024", "2024-08-01"),
])
def test_the_region_s_dates_are_read(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text)] == [value]


def test_an_ethiopian_day_that_does_not_exist_is_no_date() -> None:
    assert ethiopian_to_gregorian(2016, 13, 6) is None
    assert ethiopian_to_gregorian(2016, 9, 31) is None
    assert find_dates("ጳጉሜ 6/2016") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Saa 2 zilizopita", "2024-06-04T07:00:00+00:00"),
    ("Dakika 30 zilizopita", "2024-06-04T08:30:00+00:00"),
    ("Wiki 1 iliyopita", "2024-05-28T09:00:00+00:00"),
    ("Mintuna 30 da suka wuce", "2024-06-04T08:30:00+00:00"),
    ("Sa'o'i 2 da suka wuce", "2024-06-04T07:00:00+00:00"),
    ("2 saacadood kahor", "2024-06-04T07:00:00+00:00"),
    ("ከ2 ሰዓት በፊት", "2024-06-04T07:00:00+00:00"),
    ("Mon, 3 Jun 2024 14:35:12 WAT", "2024-06-03T14:35:12+01:00"),  # West Africa's zone
    ("June 3, 2024 10:15 EAT", "2024-06-03T10:15:00+03:00"),
    ("3 Junie 2024 10:15 SAST", "2024-06-03T10:15:00+02:00"),
    ("Wákàtí 2 sẹ́yìn", "2024-06-04T07:00:00+00:00"),  # Yoruba, the unit first
    ("Ọjọ́ 2 sẹ́yìn", "2024-06-02T09:00:00+00:00"),
    ("3 days wey don pass", "2024-06-01T09:00:00+00:00"),  # Nigerian Pidgin
])
def test_the_region_s_counts_back_are_read(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, reference=REFERENCE)] == [value]


# ------------------------------------------------------------------ bylines

@pytest.mark.parametrize(("line", "names"), [
    ("Na Bakari Kiango", ["Bakari Kiango"]),
    ("Daga Ibrahim Haruna", ["Ibrahim Haruna"]),
    ("Na Kyung-won", ["Na Kyung-won"]),  # a Korean family name, no lead
    ("NA WANDERI KAMAU", ["Wanderi Kamau"]),  # Taifa Leo's, in capitals: any name
    ("NA KYUNG-WON", ["Na Kyung-won"]),
])
def test_swahili_and_hausa_leads_are_read_before_a_given_name(line: str, names: list[str]) -> None:
    assert [a.name for a in parse_byline(line)] == names


# ------------------------------------------------------------------ provenance

def test_a_name_printed_with_its_article_is_the_outlet_whose_name_has_it() -> None:
    registry = Registry.shipped()
    assert registry.by_name("The Standard", "en").id == "standard-ke"  # type: ignore[union-attr]
    assert registry.by_name("Der Standard", "en").id == "derstandard"  # type: ignore[union-attr]
    assert registry.by_name("Standard", "de").id == "derstandard"  # type: ignore[union-attr]
    assert registry.by_name("The Monde", "en") is None  # Le Monde's article is not "The"


@pytest.mark.parametrize(("paragraph", "language", "cited"), [
    ("Kwa mujibu wa gazeti la Mwananchi, bei ya mafuta imeshuka.", "sw", [("Mwananchi", "outlet")]),
    ("Akizungumza na Citizen TV, waziri alisema bei zitashuka.", "sw", [("Citizen TV", "outlet")]),
    ("A cewar jaridar Daily Trust, an kama mutane biyar.", "ha", [("Daily Trust", "outlet")]),
    ("Gwamnan ya faɗa wa Premium Times cewa zai tafi Abuja.", "ha", [("Premium Times", "outlet")]),
    ("Le chômage a touché les jeunes, selon le Haut-Commissariat au Plan.", "fr",
     [("Haut-Commissariat au Plan", "unknown")]),
    ("Le chômage a touché les jeunes et les diplômés, a indiqué la MAP.", "fr", [("MAP", "outlet")]),
    ("Joint par Seneweb, un responsable a dénoncé une décision arbitraire.", "fr",
     [("Seneweb", "outlet")]),
])
def test_the_region_s_citations_are_read(paragraph: str, language: str,
                                         cited: list[tuple[str, str]]) -> None:
    found = find_citations([paragraph], Registry.shipped(), language=language)
    assert [(c.name, c.kind) for c in found] == cited


@pytest.mark.parametrize("line", [
    "Dieser Artikel erschien zuerst bei Spiegel Online.",
    "This article is republished from The Conversation under a Creative Commons license.",
    "Read the original article.",
])
def test_syndication_notices_are_read(line: str) -> None:
    assert patterns.SYNDICATION.match(line) is not None
