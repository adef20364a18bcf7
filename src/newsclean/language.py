"""Language identification (langdetect, seeded) and the stop-word lists the rules read."""

from __future__ import annotations

import functools
import itertools
import json
import logging
import os
import re
import unicodedata
from importlib import resources

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from newsclean.segment import MARK, MARKS

log = logging.getLogger(__name__)

_LETTER_MIN = 20  # fewer letters than this and langdetect's answer is noise


class _Probabilities:
    """langdetect's n-gram table (each n-gram's probability in every language), filled in
    as the detector asks for n-grams rather than all at once.

    ``DetectorFactory.load_profile`` builds the table for all 180,000 n-grams of its 55
    profiles, which takes a third of a second in every process; a batch asks for a few
    thousand of them. Each entry is computed exactly as ``DetectorFactory.add_profile`` does,
    so the detector's answers are the same.
    """

    __slots__ = ("_profiles", "_rows")

    def __init__(self, profiles: list[tuple[dict[str, int], list[int]]]) -> None:
        self._profiles = profiles  # (n-gram counts, n-grams of each length), one per language
        self._rows: dict[str, list[float] | None] = {}

    def _row(self, word: str) -> list[float] | None:
        if word in self._rows:
            return self._rows[word]
        row: list[float] | None = None
        for index, (freq, n_words) in enumerate(self._profiles):
            count = freq.get(word)
            if count is None:
                continue
            if row is None:
                row = [0.0] * len(self._profiles)
            if 1 <= len(word) <= 3:
                row[index] = 1.0 * count / n_words[len(word) - 1]
        self._rows[word] = row
        return row

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._row(word) is not None

    def __getitem__(self, word: str) -> list[float]:
        row = self._row(word)
        if row is None:
            raise KeyError(word)
        return row


def _profile_files() -> list[str]:
    # Sorted, so the languages' order (which breaks exact ties) is the same on every machine;
    # langdetect takes the directory's order.
    return sorted(name for name in os.listdir(PROFILES_DIRECTORY) if not name.startswith("."))


@functools.lru_cache(maxsize=1)
def _factory() -> DetectorFactory:
    # A private factory: the profiles are read once, and langdetect's module-level
    # factory (which other code may seed differently) is never touched.
    factory = DetectorFactory()
    profiles = []
    for name in _profile_files():
        with open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8") as handle:
            profile = json.load(handle)
        factory.langlist.append(profile["name"])
        profiles.append((profile["freq"], profile["n_words"]))
    factory.word_lang_prob_map = _Probabilities(profiles)
    return factory


@functools.cache
def _letter_shares(language: str) -> dict[str, float] | None:
    """The letters beyond ASCII in langdetect's profile of ``language`` (its n-grams of one
    character, each seen often enough to be kept), each with its share of the language's
    letters; ``None`` when langdetect has no profile of ``language``."""
    factory = _factory()
    profiles = factory.word_lang_prob_map._profiles
    named = [(freq, n_words) for code, (freq, n_words) in zip(factory.langlist, profiles,
                                                              strict=True)
             if str(code).split("-")[0] == language]
    if not named:
        return None
    return {gram: count / n_words[0] for freq, n_words in named for gram, count in freq.items()
            if len(gram) == 1 and not gram.isascii() and gram.isalpha()}


@functools.cache
def profile_letters(language: str) -> frozenset[str] | None:
    """The letters beyond ASCII that ``language`` writes, loan words' included: those
    langdetect's profile of it holds, or ``None`` when it has no profile of ``language``.

    >>> sorted(profile_letters("es") & set("ñńàŕ"))
    ['ñ']
    """
    shares = _letter_shares(language)
    return None if shares is None else frozenset(shares)


_ALPHABET_SHARE = 3e-4  # a letter of a language's own alphabet: this share of its letters


@functools.cache
def alphabet(language: str) -> frozenset[str]:
    """The small letters beyond ASCII that ``language`` is written with: those that make up
    ``_ALPHABET_SHARE`` of the letters in langdetect's profile of it or more, so not the
    loan words' (``é`` in German is, ``á`` is not). Empty for English, or a language
    langdetect has no profile of.

    >>> "".join(sorted(alphabet("pl")))
    'óąćęłńśźż'
    """
    shares = _letter_shares(language) or {}
    return frozenset(letter for letter, share in shares.items()
                     if letter.islower() and share >= _ALPHABET_SHARE)


def detect_language(text: str, *, seed: int = 0) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or ``None`` when it cannot be told.

    Three stages. Text whose stop words name one language by a wide margin (see
    :func:`stopword_vote`) is that language; so is text written in the letters of a language
    langdetect has no profile of (see :func:`letter_language`); any other text goes to
    langdetect, seeded every call because it samples at random. All are deterministic.
    Chinese comes back as ``zh`` (langdetect's ``zh-cn``/``zh-tw`` collapsed).

    >>> detect_language("The minister said on Tuesday that the talks would go on.")
    'en'
    """
    if not has_letters_to_tell(text):
        return None
    voted = stopword_vote(text)
    if voted is not None:
        return voted
    return letter_language(text) or langdetect_language(text, seed=seed)


_LETTERS_READ = 1000  # where the letters are counted


def letter_language(text: str) -> str | None:
    """The language of the region's press that ``text``'s letters tell, where langdetect has
    no profile of it and would name another one.

    Georgian, Armenian, Khmer, Lao, Burmese, Sinhala and Ethiopic (Amharic) are told by their
    scripts. In Cyrillic: Tatar (``җ``), Bashkir (``ҡ``, ``ҙ``, ``ҫ``), Tajik (``ӣ``, ``ӯ``, ``ҷ``), Kazakh
    (``ә``, ``ұ``), Uzbek (``ў`` with ``қ``, ``ғ``, ``ҳ``), Belarusian (``ў`` and ``і``) and
    Kyrgyz (``ң`` with ``ө``, ``ү``) and Serbian (``ђ``, ``ћ``). In Latin: Azerbaijani (``ə``),
    Turkmen (``ä``, ``ň``, ``ý``), Icelandic (``þ``, ``ð``), Uzbek (``oʻ``, ``gʻ``) and Kurmanji
    Kurdish (``ê``, ``î``, ``û``); Basque (``tx``, ``tz``, ``ts``) and Galician (Portuguese's
    articles, Spanish's ``-ción``, ``x`` for their ``j``) by spellings. In Arabic script:
    Sorani Kurdish (``ێ``, ``ڵ``, ``ڕ``). In Hebrew script: Yiddish, by its commonest words
    (``און``, ``איז``, ``דער``) and its pointed alef (``אַ``, ``אָ``). The
    language's letters must mark a share of the words
    (see ``_MARKS``), so that a Russian text naming a Kazakh minister stays Russian. ``None``
    when they tell nothing.

    >>> letter_language("Астанада жаңа метро бекеті ашылды. Бұл туралы әкімдік хабарлады.")
    'kk'
    """
    script = script_of(text)
    if script in _SCRIPT_LANGUAGES:
        return _SCRIPT_LANGUAGES[script]
    marks = _MARKS.get(script or "")
    if marks is None:
        return None
    folded = text[:_LETTERS_READ * 2].casefold()
    words = _WORD_WITH_APOSTROPHES.findall(folded)
    if not words:
        return None
    for language, marked, share, also, never in marks:
        count = sum(1 for word in words if marked.search(word))
        if (count >= _MARKED_MIN_WORDS and count >= share * len(words)
                and also.search(folded) and (never is None or not never.search(folded))):
            return language
    return None


# Ethiopic is Amharic's script and Tigrinya's too; Amharic is the federal press's language
_SCRIPT_LANGUAGES = {"GEORGIAN": "ka", "ARMENIAN": "hy", "KHMER": "km", "LAO": "lo", "MYANMAR": "my",
                     "SINHALA": "si", "ETHIOPIC": "am"}
# Uzbek writes its oʻ and gʻ with a turned comma or an apostrophe inside the word
_WORD_WITH_APOSTROPHES = re.compile(r"[^\W\d_]+(?:[ʻ‘’'`][^\W\d_]+)*")
_MARKED_MIN_WORDS = 2
_Marks = tuple[str, "re.Pattern[str]", float, "re.Pattern[str]", "re.Pattern[str] | None"]


def _marks(*rows: tuple[str, str, float, str, str | None]) -> list[_Marks]:
    """Each language, with the letters (or the spellings) that mark its words and the share
    of the words they must mark, a mark its text must hold, and one it never holds; the
    first language whose marks are found is the answer."""
    return [(language, re.compile(marked), share, re.compile(also),
             re.compile(never) if never else None) for language, marked, share, also, never in rows]


# A Russian text naming a Kazakh minister (Бұлат Әлібеков) marks few of its words; a Kazakh
# text marks most. Turkish shares Turkmen's ş and ç, Czech and Slovak its ä, ň and ý, Finnish
# and Estonian its ä and ö (but never its ň or ý), Icelandic its ý. Serbian's Cyrillic has
# ђ and ћ, which Macedonian's lacks (it has ѓ, ќ and ѕ); langdetect knows Macedonian only.
_MARKS = {
    "CYRILLIC": _marks(
        ("tt", "[әөүҗңһ]", 0.2, "җ", None),
        ("ba", "[әөүҡҙҫңғһ]", 0.2, "[ҡҙҫ]", None),
        ("tg", "[ӣӯҷҳқғ]", 0.15, "[ӣӯҷ]", None),
        ("kk", "[әғқңөұүһі]", 0.2, "[әұ]", None),
        ("uz", "[ўқғҳ]", 0.15, "ў", None),
        ("be", "[ўі]", 0.15, "ў", "[қғҳ]"),
        ("ky", "[ңөү]", 0.15, "ң", "[әұқғі]"),
        ("sr", "[јљњђћџ]", 0.1, "[ђћ]", "[ѓќѕ]"),
    ),
    "LATIN": _marks(
        ("az", "ə", 0.15, "ə", None),
        ("tk", "[äňýşçöüž]", 0.2, "[ňý]", "[ěřůčšťďľəõþð]"),
        ("is", "[þðæ]", 0.1, "[þð]", "ø"),  # Faroese, with ð too, writes ø
        # English's O'Brien and o'clock have none of Uzbek's commonest words beside them
        ("uz", "[og][ʻ‘’'`][a-z]", 0.05, r"\b(?:va|bilan|uchun|ham|haqida|haqda|bu|esa|yil|deb)\b", None),
        # Kurmanji: ê, î and û in most words, never Turkish's ı, ğ, ö, ü nor French's é, è, à
        ("ku", "[êîû]", 0.2, "ê", "[ığöüəéèàâäëïôœãõáóúñ]"),
        # Basque: tx, tz and ts (etxe, Jaurlaritza, Hitza) and its case endings (Bilboko,
        # ekainaren, 21etik, astean), and its commonest words ("and", "is", "has"); never
        # Catalan's, English's, German's, French's or Italian's, which write ts and tz too
        ("eu", "tx|tz|ts|(?:aren|etik|etan|ean|ko)$", 0.1,
         r"\b(?:eta|da|du|dira|dute|ditu|zen|zuen|dago)\b",
         r"\b(?:els|amb|per|que|the|and|und|der|die|les|des|est|pour|une|il|di|che)\b"),
        # Galician: Portuguese's articles with Spanish's -ción and ñ, and x where both write
        # j or g (Xunta, xestión); never Spanish's el, los and y, nor Portuguese's não, uma, em
        ("gl", r"ción|cións|ñ|^x|x[aeiou]", 0.03, r"\b(?:unha|ao|á|máis|tamén|xa|polo|pola|coa|ata)\b",
         r"\b(?:el|los|las|y|del|una|não|uma|com|em|the)\b"),
    ),
    # Sorani: ە, ێ, ۆ, ڵ and ڕ, which Persian and Arabic lack; Uyghur, with ە and ۆ, writes
    # ې, ۇ and ۈ besides
    "ARABIC": _marks(
        ("ku", "[ەێۆڵڕ]", 0.2, "[ێڵڕ]", "[ېۇۈ]"),
    ),
    # Yiddish: its commonest words ("and", "is", "the", "himself", "with", "not", "also", "on",
    # "they", "he", "to"), which Hebrew does not write, and its pointed alef (אַ, אָ), its
    # ligatures (װ, ױ, ײ) or its "and" (און), where langdetect, without a profile of it, names
    # Hebrew
    "HEBREW": _marks(
        ("yi", "^(?:און|איז|דער|זיך|מיט|ניט|נישט|אויך|אויף|זיי|ער|צו|געווען|וועט|האבן)$", 0.05,
         "[\u05f0-\u05f2]|\u05d0[\u05b7\u05b8]|(?<!\\w)און(?!\\w)", None),
    ),
}


def has_letters_to_tell(text: str) -> bool:
    """Whether ``text`` opens with letters enough for a language to be told at all."""
    letters = itertools.islice(filter(str.isalpha, text[:_LETTERS_READ]), _LETTER_MIN)
    return len(list(letters)) == _LETTER_MIN


def langdetect_language(text: str, *, seed: int = 0) -> str | None:
    """langdetect's answer alone (seeded), without the stop-word vote in front of it; not a
    language whose own letters the text lacks.

    langdetect's Korean and Japanese profiles hold Chinese characters too, and it can call a
    page of Chinese alone Korean (a Taipei daily's report, 0.86 against 0.14). Korean is
    written in Hangul and Japanese with kana: text without them is the next language named,
    or Chinese when its characters are Chinese and no other language is named.
    """
    detector = _factory().create()
    detector.seed = seed
    detector.append(text)
    try:
        ranked = detector.get_probabilities()
    except LangDetectException:
        return None
    for guess in ranked:
        code = str(guess.lang)
        own = _OWN_LETTERS.get(code)
        if own is None or own.search(text):
            return code.split("-")[0]
    return "zh" if ranked and _HAN.search(text) else None


# Letters a language is never written without: langdetect's code, and a pattern for them.
_OWN_LETTERS = {"ko": re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"),
                "ja": re.compile(r"[\u3040-\u30ff]")}
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


# The script each stop list is written in, where it is not Latin. A word of another script in
# a list (jusText's Marathi, Nepali and Telugu lists are mostly English words) casts no vote.
_LIST_SCRIPTS = {
    "ar": "ARABIC", "fa": "ARABIC", "ur": "ARABIC", "he": "HEBREW", "el": "GREEK",
    "be": "CYRILLIC", "bg": "CYRILLIC", "kk": "CYRILLIC", "ky": "CYRILLIC", "mk": "CYRILLIC",
    "ru": "CYRILLIC", "sr": "CYRILLIC", "uk": "CYRILLIC", "hy": "ARMENIAN", "ka": "GEORGIAN",
    "bn": "BENGALI", "gu": "GUJARATI", "hi": "DEVANAGARI", "mr": "DEVANAGARI", "ne": "DEVANAGARI",
    "kn": "KANNADA", "ml": "MALAYALAM", "ta": "TAMIL", "te": "TELUGU", "ko": "HANGUL",
}
_VOTE_MIN_WORDS = 20  # fewer words and the vote is not trusted
_VOTE_MIN_SHARE = 0.25  # the winner's stop words must be this share of the words
_VOTE_MARGIN = 1.5  # ... and this many times the runner-up's
# Text whose stop words are sparse (a list of tags or names, a results table) settles only by a
# landslide: at least this many stop words, this share of the words, this many times the
# runner-up's.
_SPARSE_MIN_COUNT = 8
_SPARSE_MIN_SHARE = 0.10
_SPARSE_MARGIN = 2.5
# Or, against a runner-up whose list shares most of the winner's words (es and ca, no and da,
# de and nl), the words only one of the two lists has: this many of the winner's ...
_OWN_MIN_WORDS = 5
_OWN_MARGIN = 3  # ... and this many times the runner-up's own
WORD = re.compile(rf"[^\W\d_]+(?:[{MARKS}]+[^\W\d_]+)*[{MARKS}]*")  # a run of letters, with their marks
LETTERS = re.compile(r"[^\W\d_]+")  # runs of letters without their marks: WORD's where there is none


@functools.lru_cache(maxsize=1)
def _voters() -> dict[str, tuple[str, ...]]:
    """Each stop word, and the languages whose list has it (in that list's own script)."""
    voters: dict[str, list[str]] = {}
    for code, words in sorted(_stopword_table().items()):
        script = _LIST_SCRIPTS.get(code, "LATIN")
        for word in words:
            if script_of(word) == script:
                voters.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in voters.items()}


def stopword_vote(text: str) -> str | None:
    """The language whose stop words make up ``text`` by a wide margin, or ``None``.

    The margin is over the runner-up's stop words or, where two lists share most of their
    words (Spanish and Catalan), over the words only the runner-up's list has. Text with few
    stop words (a tag list, a results table) needs a landslide over the runner-up. Checked
    against langdetect on every dump of the evaluation corpus: where the vote names a
    language, langdetect names the same one. It is several times faster, so only the text it
    cannot settle goes on to langdetect.

    >>> stopword_vote("Die Regierung hat am Dienstag beschlossen, dass die neuen Regeln für "
    ...               "alle Schulen des Landes ab dem nächsten Jahr gelten sollen, und die "
    ...               "Lehrer sind damit nicht zufrieden.")
    'de'
    """
    folded = text.casefold()
    words = (WORD if MARK.search(folded) else LETTERS).findall(folded)  # most text has no mark
    if len(words) < _VOTE_MIN_WORDS:
        return None
    voters = _voters()
    votes: dict[str, int] = {}
    for word in words:
        for code in voters.get(word, ()):
            votes[code] = votes.get(code, 0) + 1
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    winner, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if count < _VOTE_MIN_SHARE * len(words):
        sparse_landslide = (count >= _SPARSE_MIN_COUNT and count >= _SPARSE_MIN_SHARE * len(words)
                            and count >= _SPARSE_MARGIN * runner_up)
        return winner if sparse_landslide else None
    if count >= _VOTE_MARGIN * runner_up:
        return winner
    rival = ranked[1][0]
    own = theirs = 0
    for word in words:
        codes = voters.get(word, ())
        if winner in codes and rival not in codes:
            own += 1
        elif rival in codes and winner not in codes:
            theirs += 1
    if own >= _OWN_MIN_WORDS and own >= _OWN_MARGIN * theirs:
        return winner
    return None


@functools.lru_cache(maxsize=1)
def _stopword_table() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    data = resources.files("newsclean.data").joinpath("stopwords.tsv").read_text("utf-8")
    for row in data.splitlines():
        if not row or row.startswith("#"):
            continue
        code, _, words = row.partition("\t")
        table[code] = frozenset(words.split())
    return table


@functools.cache
def stopwords(language: str | None) -> frozenset[str]:
    """The stop words of ``language``; every known language's together when it is unknown."""
    table = _stopword_table()
    if language in table:
        return table[language]
    return frozenset().union(*table.values())


@functools.cache
def has_stopwords(script: str | None) -> bool:
    """Whether some stop-word list is written in ``script`` (``None``, no script told: as if
    one were). Text in a script without one (Ethiopic, Gurmukhi, Sinhala) has no function
    words to count, and its prose is told by its shape.

    >>> has_stopwords("CYRILLIC"), has_stopwords("ETHIOPIC")
    (True, False)
    """
    if script is None:
        return True
    return any(char_script(word[0]) == script for word in stopwords(None))


# Greek's acute accents (tonos), which capitals drop: "Η ΚΑΘΗΜΕΡΙΝΗ" is "Η Καθημερινή", "3
# ΙΟΥΝΙΟΥ" is "3 Ιουνίου". A dialytika capitals keep ("ΜΑΪΟΥ", of "Μαΐου") stays.
WITHOUT_TONOS = str.maketrans("άέήίόύώΐΰ", "αεηιουωϊϋ")
_FULL_LIST = 50  # words a stop-word list holds when its share of a line tells prose
# Languages whose cases and suffixes do the work of prepositions and which have no articles:
# Finnish, Estonian, Latvian, Lithuanian and Turkish. Their stop words make up too little of
# running text for a line's share of them to tell prose: by wordfreq's frequencies, Turkish's
# list covers 0.219 of running text, Finnish's 0.275, Lithuanian's 0.285 and Latvian's 0.336
# (English's 0.458, German's 0.451), and a sentence of ten words may hold none ("Saeima
# ceturtdien galīgajā lasījumā pieņēma grozījumus pašvaldību likumā, vēsta LETA.", "Merkez
# Bankası Para Politikası Kurulu, bugünkü toplantısında politika faizini değiştirmedi.").
# Estonian, Finnish's kin, is not measured there, nor Basque, which joins its cases and
# postpositions to the noun too: stopwords-iso's list makes up a tenth of a news story's words
# ("Eusko Jaurlaritzak etxebizitza lege berria onartu du gaur Gobernu Kontseiluaren bileran."
# holds one, "du"). Kurdish, Kurmanji and Sorani, has no list of its own (and the other
# languages' lists hold few of its words). Hebrew and Arabic glue their article, "and" and
# their prepositions to the next word: Hebrew's list covers 0.253 of running text and
# Arabic's 0.298, and a lead of eleven words may hold none ("צה"ל השלים היום תרגיל רחב היקף
# בפיקוד הצפון, שבו השתתפו אלפי לוחמי מילואים."). Yiddish has no list of its own, and
# Hebrew's holds few of its words. Russian and Ukrainian decline their nouns where others set
# prepositions, and their news leads are terse: their lists cover 0.329 and 0.353 of running
# text (Latvian's 0.336), and a lead of eleven words may hold two ("В Новосибирске загорелся
# склад площадью 1500 квадратных метров на улице Станционной."), of fourteen, two ("Президент
# Володимир Зеленський підписав закон, який посилює відповідальність ..."). Belarusian, their
# kin, is told so too (wordfreq has no frequencies of it to measure).
_FEW_FUNCTION_WORDS = frozenset({"fi", "et", "lv", "lt", "tr", "eu", "ku", "he", "ar", "yi",
                                 "ru", "uk", "be"})


def prose_by_shape(language: str | None, script: str | None) -> bool:
    """Whether a document's prose is told by its shape, not by its share of stop words: its
    script has no list (Ethiopic), its language's list is too short to make up a fifth
    of a paragraph (stopwords-iso's Hausa, Somali and Zulu: Somali's lacks "iyo", "and";
    Zulu joins its function words to the words they govern), or its language has too few
    function words for any list to (Finnish, Estonian, Latvian, Lithuanian, Turkish; Russian,
    Ukrainian and Belarusian, whose news leads are terse).

    >>> prose_by_shape("so", "LATIN"), prose_by_shape("en", "LATIN"), prose_by_shape("am", "ETHIOPIC")
    (True, False, True)
    """
    table = _stopword_table()
    return (not has_stopwords(script) or language in _FEW_FUNCTION_WORDS
            or (language in table and len(table[language]) < _FULL_LIST))


# Code point ranges of the scripts news is mostly written in; others are named by unicodedata.
LATIN_END = "\u0250"  # below it, every letter is Latin (ASCII, Latin-1, Extended-A and -B)
_RANGES = (
    (ord(LATIN_END), "LATIN"), (0x0370, None), (0x0400, "GREEK"), (0x0530, "CYRILLIC"),
    (0x0590, "ARMENIAN"), (0x0600, "HEBREW"), (0x0700, "ARABIC"),
)


def char_script(ch: str) -> str:
    """The Unicode script of one character (``LATIN``, ``CYRILLIC``, ...; "" when unnamed)."""
    code = ord(ch)
    for limit, script in _RANGES:
        if code < limit:
            if script is not None:
                return script
            break
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


_SCRIPT_SAMPLE = 2000  # characters read to tell the script: enough for any majority
# The same ranges as character classes, counted by the regex engine, not one call a letter.
_RANGE_CLASSES = tuple(
    (script, re.compile(f"[\\u{low:04x}-\\u{limit - 1:04x}]+"))
    for low, (limit, script) in zip((0, *(limit for limit, _ in _RANGES[:-1])), _RANGES, strict=True)
    if script is not None
)


def is_lower(ch: str) -> bool:
    """Whether ``ch`` is a lower-case letter of a script written with capitals. Georgian's
    letters are lower case to Unicode (it has capitals, Mtavruli, since 2018), but Georgian
    text is written without them: like Arabic, it is caseless.

    >>> is_lower("a"), is_lower("A"), is_lower("ა")
    (True, False, False)
    """
    return ch.islower() and not "\u10d0" <= ch <= "\u10ff"


def script_of(text: str) -> str | None:
    """The Unicode script most of ``text``'s letters belong to (``LATIN``, ``CYRILLIC``, ...).

    >>> script_of("Ссылка скопирована"), script_of("Copy link")
    ('CYRILLIC', 'LATIN')
    """
    text = text[:_SCRIPT_SAMPLE]
    if text.isascii():
        return "LATIN" if any(map(str.isalpha, text)) else None
    rest = "".join(filter(str.isalpha, text))
    counts: dict[str, int] = {}
    for script, letters in _RANGE_CLASSES:
        if not rest:
            break
        left = letters.sub("", rest)
        if len(left) < len(rest):
            counts[script] = len(rest) - len(left)
            rest = left
    for ch in rest:  # the letters of other scripts, named one by one
        script = char_script(ch)
        counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=counts.__getitem__)


def _script_of_letters(text: str) -> str | None:
    """``script_of`` letter by letter: what it must equal (tests compare the two)."""
    text = text[:_SCRIPT_SAMPLE]
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            script = char_script(ch)
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=counts.__getitem__)
