"""Language identification: the stop-word vote, and langdetect behind it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from newsclean.language import (
    _factory,
    _profile_files,
    _script_of_letters,
    detect_language,
    is_lower,
    letter_language,
    script_of,
    stopword_vote,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

TEXTS = [
    "The government said on Tuesday that the talks with the delegation would resume next week "
    "in the capital, after a pause of several months, and that both sides were ready for it.",
    "Die Regierung hat am Dienstag beschlossen, dass die neuen Regeln für alle Schulen des Landes "
    "ab dem nächsten Jahr gelten sollen, und die Lehrer sind damit nicht zufrieden.",
    "El gobierno dijo el martes que las conversaciones con la delegación se reanudarán la próxima "
    "semana en la capital, después de una pausa de varios meses.",
    "Le gouvernement a déclaré mardi que les discussions avec la délégation reprendraient la "
    "semaine prochaine dans la capitale, après une pause de plusieurs mois.",
    "Правительство заявило во вторник, что переговоры с делегацией возобновятся на следующей "
    "неделе в столице после перерыва в несколько месяцев, и что обе стороны к этому готовы.",
    "Hükümet salı günü yaptığı açıklamada, heyetle görüşmelerin birkaç aylık bir aradan sonra "
    "gelecek hafta başkentte yeniden başlayacağını ve her iki tarafın da buna hazır olduğunu söyledi.",
    "Regjeringen sa tirsdag at samtalene med delegasjonen vil fortsette neste uke i hovedstaden, "
    "etter en pause på flere måneder, og at begge parter er klare for det.",
    "Il governo ha detto martedì che i colloqui con la delegazione riprenderanno la prossima "
    "settimana nella capitale, dopo una pausa di diversi mesi.",
]


def _langdetect(text: str) -> str:
    detector = _factory().create()
    detector.seed = 0
    detector.append(text)
    return str(detector.detect()).split("-")[0]


@pytest.mark.parametrize(
    "text",
    TEXTS + [path.read_text("utf-8") for path in sorted(FIXTURES.glob("*.txt"))],
)
def test_the_stopword_vote_names_what_langdetect_names(text: str) -> None:
    """The vote only spares langdetect's time: where it names a language, it is langdetect's."""
    voted = stopword_vote(text)
    if voted is not None:
        assert voted == _langdetect(text)
    assert detect_language(text) == _langdetect(text)


def test_the_vote_settles_ordinary_prose() -> None:
    votes = [stopword_vote(text) for text in TEXTS]
    # Spanish by the words Catalan's list lacks ("el", "las", "con"); Norwegian stays close to
    # Danish even so, and goes on to langdetect
    assert votes[:6] + votes[7:] == ["en", "de", "es", "fr", "ru", "tr", "it"]


# A tag list: few stop words (11 of 51 words), nearly all of them German.
TAG_LIST = (
    "Wanderwege Bergseen Almhütten und Gipfelkreuze im Sommer, Skigebiete Langlaufloipen "
    "Rodelbahnen für Familien, Thermalbäder Wellnesshotels Gasthöfe mit Aussicht, Bauernmärkte "
    "Käsereien Brauereien und Weinkeller, Burgen Schlösser Klöster der Region, Radwege "
    "Mountainbikestrecken Klettersteige Hochseilgärten, Museen Galerien Theater und Konzerthäuser, "
    "Stadtführungen Bootsfahrten Kutschfahrten für Gruppen, Campingplätze Ferienwohnungen "
    "Pensionen mit Frühstück, Veranstaltungen Festivals Weihnachtsmärkte der Saison"
)


def test_sparse_stop_words_settle_only_by_a_landslide() -> None:
    assert stopword_vote(TAG_LIST) == "de" == _langdetect(TAG_LIST)
    # the same list with English tags mixed in: German leads, but not by a landslide
    mixed = TAG_LIST + " and the best of the city for you and your friends in the summer"
    assert stopword_vote(mixed) is None


def test_too_little_text_has_no_language() -> None:
    assert detect_language("Home | News") is None
    assert stopword_vote("the and of") is None


@given(st.text(st.characters(max_codepoint=0x3000), max_size=60) | st.text(max_size=60))
@example("Ссылка скопирована, Copy link")
@example("ɐɑɒ ʃʒ ΑΒΓ")  # IPA letters (named one by one) beside Greek
@example("ab αβ")  # a tie: the first script in name order wins in both
def test_script_of_counts_as_letter_by_letter(text: str) -> None:
    assert script_of(text) == _script_of_letters(text)


@pytest.fixture(scope="module")
def eager() -> DetectorFactory:
    """langdetect's own factory, its whole table built up front, languages in the same order."""
    factory = DetectorFactory()
    factory.load_json_profile(
        [(Path(PROFILES_DIRECTORY) / name).read_text("utf-8") for name in _profile_files()]
    )
    return factory


def _probabilities(factory: DetectorFactory, text: str) -> list[tuple[str, float]] | None:
    detector = factory.create()
    detector.seed = 0
    detector.append(text)
    try:
        return [(found.lang, found.prob) for found in detector.get_probabilities()]
    except LangDetectException:
        return None


def test_the_table_filled_on_demand_holds_langdetects_rows(eager: DetectorFactory) -> None:
    table = _factory().word_lang_prob_map
    assert _factory().langlist == eager.langlist
    words = [*sorted(eager.word_lang_prob_map)[::97], "", "zzzq", "\x00", "Ж", "ии", "the"]
    for word in words:
        assert (word in table) == (word in eager.word_lang_prob_map), word
        if word in table:
            assert table[word] == eager.word_lang_prob_map[word], word
    assert 7 not in table
    with pytest.raises(KeyError):
        table["\x00\x01"]


@pytest.mark.parametrize("text", [*TEXTS, "Ссылка скопирована", "x", "123 456", "東京都の新しい計画"])
def test_detection_is_langdetects_own(eager: DetectorFactory, text: str) -> None:
    assert _probabilities(_factory(), text) == _probabilities(eager, text)


@given(text=st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)
       | st.lists(st.sampled_from(TEXTS), min_size=1, max_size=3).map(" ".join))
def test_detection_is_langdetects_own_on_any_text(eager: DetectorFactory, text: str) -> None:
    assert _probabilities(_factory(), text) == _probabilities(eager, text)


def test_chinese_alone_is_not_korean_or_japanese() -> None:
    """langdetect's Korean profile holds Chinese characters, and it calls this report of a
    Taipei daily Korean; without Hangul or kana it is Chinese."""
    text = ("〔記者巫其倫／台北報導〕財政部今天下午將公佈今年1-2月期統一發票中獎清冊，財政部透露，"
            "本期千萬中獎張數為18張；200萬特獎中獎張數則為14張。根據各超商自行公布的中獎資訊，"
            "統一超商共有4位消費者中千萬大獎，1人在南投縣南投市宏旺門市購買50元的CITY CAFE"
            "咖啡；1人在彰化縣社頭鄉金佳旺門市購買35元茶飲；1人則在台南市永康區砲校門市購買"
            "190元民生用品；另1人於新竹縣竹北市強興門市購買90元民生用品。")
    assert detect_language(text) == "zh"
    assert detect_language("서울에서 회의가 열렸다. 정부는 오늘 새로운 정책을 발표했다.") == "ko"
    assert detect_language("東京で会議が開かれました。政府は今日、新しい政策を発表しました。") == "ja"


# The region's languages langdetect has no profile of, in a sentence or two of news (fewer
# words than the stop-word vote settles): langdetect names Estonian, Indonesian, Russian,
# Macedonian or Bulgarian for them.
REGIONAL = {
    "ka": "დედაქალაქში მეტროს ახალი სადგური გაიხსნა. ამის შესახებ თბილისის მერიამ გაავრცელა ინფორმაცია.",
    "hy": "Մայրաքաղաքում մետրոյի նոր կայարան է բացվել։ Այս մասին հայտնում են Երևանի քաղաքապետարանից։",
    "kk": "Астанада жаңа метро бекеті ашылды. Бұл туралы қала әкімдігінің баспасөз қызметі хабарлады.",
    "az": "Bakıda yeni metro stansiyası açılıb. Bu barədə Bakı Metropoliteninin mətbuat xidməti "
          "məlumat yayıb.",
    "tk": "Aşgabatda täze metro bekedi açyldy. Bu barada şäher häkimliginiň metbugat gullugy habar berdi.",
    "uz": "O‘zbekiston Respublikasi Prezidenti qo‘shma korxona to‘g‘risida qaror qabul qildi. Bu haqda "
          "matbuot xizmati xabar berdi.",
    "ky": "Кыргыз Республикасынын Президенти Садыр Жапаров бүгүн Бишкекте өкмөттүн жыйынында сүйлөдү. "
          "Жаңы мыйзам боюнча кеңеш өттү.",
    "tg": "Президенти Ҷумҳурии Тоҷикистон дар ҷаласаи ҳукумат суханронӣ кард ва гуфт, ки иқтисоди "
          "кишвар рушд мекунад.",
    "be": "У Мінску адкрылася новая станцыя метро. Пра гэта паведаміла прэс-служба гарвыканкама, якая "
          "ўдакладніла, што будаўніцтва ішло тры гады.",
}


@pytest.mark.parametrize(("language", "text"), sorted(REGIONAL.items()))
def test_the_regions_languages_are_told_by_their_letters(language: str, text: str) -> None:
    assert _langdetect(text) != language  # what the letters set right
    assert detect_language(text) == language
    assert detect_language(text.replace("‘", "'")) == language  # Uzbek's apostrophe either way


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "В Астане открылась новая станция метро. Об этом сообщил аким Астаны Жангир Жаксыбеков и "
           "министр Бұлат Әлібеков, говорится в сообщении пресс-службы акимата города."),
    ("tr", "Cumhurbaşkanı, Azerbaycan lideri Heydər Əliyev ile yaptığı görüşmede iki ülke arasındaki "
           "ilişkilerin önümüzdeki yıllarda daha da gelişeceğini ve ticaretin artacağını söyledi."),
    ("en", "The minister said on Tuesday that the talks with Mr O'Brien and Ms O'Grady would go on "
           "at eight o'clock in the morning."),
    ("cs", "Nový ředitel společnosti řekl, že výsledky byly lepší, než se čekalo, a že firma bude "
           "pokračovat v růstu na trzích v Plzni a Brně."),
    ("sk", "Nový riaditeľ spoločnosti povedal, že výsledky boli lepšie, ako sa čakalo, a že firma bude "
           "pokračovať v raste na trhoch v Bratislave a Košiciach."),
    ("uk", "Міністр заявив у вівторок, що переговори триватимуть і надалі, а уряд готовий до компромісу."),
])
def test_a_few_names_in_the_regions_letters_do_not_change_the_language(language: str, text: str) -> None:
    assert letter_language(text) is None
    assert detect_language(text) == language


def test_georgian_is_caseless() -> None:
    assert not any(map(is_lower, REGIONAL["ka"]))
    assert is_lower("a") and is_lower("ж") and not is_lower("Ж")


# --- words with the marks that combine with their letters ------------------------------------

@pytest.mark.parametrize(("text", "words"), [
    ("सितंबर की बारिश", ["सितंबर", "की", "बारिश"]),  # Hindi's vowel signs are no letters to \w
    ("৩ মে ২০২৪", ["৩", "মে", "২০২৪"]),
    ("ข่าวการเมือง วันนี้", ["ข่าวการเมือง", "วันนี้"]),
    ("cafe\u0301 Straße", ["cafe\u0301", "strasse"]),  # an accent decomposed is the word's own
])
def test_a_word_keeps_the_marks_of_its_letters(text: str, words: list[str]) -> None:
    from newsclean.segment import key_words

    assert key_words(text) == words


def test_hindi_is_read_as_hindi_by_its_stop_words() -> None:
    """A Hindi paragraph's stop words ("के", "में", "है") carry vowel signs: read whole, they
    vote for Hindi, not for Nepali or Marathi, whose lists share its letters."""
    from newsclean.language import stopwords

    text = ("मौसम विभाग ने कहा कि अगले दो-तीन दिनों में कर्नाटक और तमिलनाडु के और हिस्सों में "
            "मानसून के आगे बढ़ने के लिए परिस्थितियां अनुकूल हैं। समाचार एजेंसी के मुताबिक, देश की "
            "सालाना बारिश का करीब 70 प्रतिशत हिस्सा मानसून से ही आता है।")
    assert {"के", "में", "है", "की"} <= stopwords("hi")
    assert stopword_vote(text) == "hi" == detect_language(text)


@given(st.text(st.characters(categories=["L", "M", "Nd", "Zs", "P"]), max_size=40))
def test_a_word_holds_every_letter_and_the_marks_after_them(text: str) -> None:
    """Tokens open with a letter or digit, hold every letter and digit of the text in order,
    and every mark that follows one (through other marks); nothing else."""
    import unicodedata

    from newsclean.segment import WORD_TOKEN

    def mark(c: str) -> bool:
        return unicodedata.category(c).startswith("M") and ord(c) < 0x10000

    tokens = WORD_TOKEN.findall(text)
    assert all(t[0].isalnum() for t in tokens)
    assert [c for t in tokens for c in t if c.isalnum()] == [c for c in text if c.isalnum()]
    attached = 0
    for i, c in enumerate(text):
        j = i
        while j > 0 and mark(text[j - 1]):
            j -= 1
        attached += mark(c) and j > 0 and text[j - 1].isalnum()
    assert sum(map(mark, "".join(tokens))) == attached


@given(st.text(st.characters(categories=["L", "M", "Nd", "Zs", "P"]), max_size=40))
def test_the_shortcut_for_text_without_marks_reads_the_same_words(text: str) -> None:
    """Text without a mark is read by a plainer pattern, sooner: the same words."""
    import unicodedata

    from newsclean.language import LETTERS, WORD
    from newsclean.segment import WORD_TOKEN, words_of

    assert words_of(text) == WORD_TOKEN.findall(text)
    if not any(unicodedata.category(c).startswith("M") for c in text):
        assert LETTERS.findall(text) == WORD.findall(text)
