"""Patterns and word lists of the provenance stage, kept apart from its logic.

Citation patterns have stable ids (``cite.told``), a one-line doc and an example with the
name it must give; ``newsclean rules`` lists them and ``docs/rules.md`` shows them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# A name as the text prints it: capitalised words (Times of Central Asia, RFE/RL's Kazakh
# Service, Corriere della Sera, Folha de S.Paulo; accents as combining marks too), a domain
# (Armiya.az, news.am), Cyrillic names (ТАСС, РИА Новости).
_UPPER = r"A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁƏÜÖÇŞĞİЀ-ЏΑ-ΩΆΈ-ΊΌΎΏ"  # Serbian's Ј, Greek's capitals too
_TOKEN = (
    rf"(?:[a-z0-9][a-z0-9-]*\.(?:az|ru|com|am|ge|kz|kg|uz|tj|tm|by|ua|tr|net|org|info|media|news|io|tv|eu)\b"
    rf"|[{_UPPER}0-9][\w\u0300-\u036f’'&/.-]*[\w\u0300-\u036f’']|[{_UPPER}])"
)
_JOIN = (r"(?:\s+(?:(?:of|and|for)\s+the|of|the|for|and|de|du|al|del|della|di|da|do|dos|das|&)\s+|"
         r"\s+(?=[" + _UPPER + r"0-9])|-)")
NAME = rf"(?:{_TOKEN}(?:{_JOIN}{_TOKEN}){{0,6}})"


def _name_joined_by(*joiners: str) -> str:
    """``NAME``, its words joined by a language's small words too: "au" in French (le
    Haut-Commissariat au Plan), Swahili's "of" (Wizara ya Afya, Shirika la Msalaba Mwekundu)."""
    return rf"(?:{_TOKEN}(?:(?:\s+(?:{'|'.join(joiners)})\s+|{_JOIN}){_TOKEN}){{0,6}})"


# Words that say the name before or after them is an outlet.
DESCRIPTOR = (
    r"(?:news\s+agency|information\s+agency|news\s+outlet|news\s+portal|news\s+website|newspaper|"
    r"daily|weekly|magazine|website|web\s+site|portal|outlet|agency|broadcaster|tv\s+channel|"
    r"channel|television|radio|service|publication|news\s+site)"
)
_ADJ = rf"(?:[{_UPPER}][\w-]+\s+)?"  # the Russian newspaper, the Azerbaijani news agency


@dataclass(frozen=True, slots=True)
class CitePattern:
    """A way a text attributes statements to a source, with an example and its name."""

    id: str
    doc: str
    source: str  # the regular expression, compiled when first used (``regex``)
    example: str
    expected: str
    #: the source was handed the quotes (told X, in an interview with X): secondary reporting
    gives_quotes: bool = False
    #: the name comes before the match (X reported); the regex then finds only the verb
    name_before: bool = False
    #: lower-case words one of which a paragraph must hold before the regex runs (speed)
    keywords: tuple[str, ...] = ()
    #: the language the pattern reads: English words tell an adjective from a name
    #: ("according to Kazakh media"), German nouns are all capitalised (``marked_name``).
    #: English and Russian patterns read every text; the others, texts in their language.
    language: str = "en"
    #: the name stands bare as a sentence's subject, where German sets a noun before a name
    subject: bool = False
    #: the name counts only marked as an outlet's: known to the registry, in quotes or after
    #: a descriptor (Russian sets the speaker where the addressee goes: заявил Иванов / РБК)
    marked: bool = False
    #: a script without capitals (Arabic, Persian): the regex finds the words after the cue
    #: (group ``span``), where the source is the name the registry knows or a quoted one
    caseless: bool = False
    #: the other languages whose texts the pattern reads (Danish and Swedish, Norwegian's)
    also: tuple[str, ...] = ()


    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled pattern: compiled once, when a text first needs it. A process that
        reads English only never compiles the other languages' (some 40 ms of start-up)."""
        return _compiled(self.source)


@functools.cache
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source)


def _cite(rule: str, doc: str, regex: str, example: str, expected: str, *,
          gives_quotes: bool = False, name_before: bool = False,
          keywords: tuple[str, ...] = (), language: str = "en", subject: bool = False,
          marked: bool = False, caseless: bool = False, also: tuple[str, ...] = ()) -> CitePattern:
    return CitePattern(rule, doc, regex, example, expected,
                       gives_quotes, name_before, keywords, language, subject, marked, caseless, also)


_ROLE = (r"(?:(?:political\s+|military\s+|independent\s+)?(?:analyst|expert|economist|"
         r"scientist|researcher|professor|official|spokesman|spokeswoman|spokesperson|"
         r"journalist|lawyer|historian)\s+)")
_DESC_BEFORE = (rf"(?:(?:the|an?)\s+)?(?:{_ADJ}(?P<desc>{DESCRIPTOR})\s+|(?P<role>{_ROLE}))?"
                r"(?:the\s+)?")

# a day of the week, as news English dates a statement ("told CNN Sunday", "published Tuesday by")
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

# "according to a report by", "according to data from": what is credited before whom
_EN_LEAD = (r"(?:(?:a|an|the)\s+)?(?:(?:new|recent|latest|preliminary|official)\s+)?"
            r"(?:report|statement|study|survey|analysis|data|figures|estimates?|poll|tally|count|"
            r"review|investigation|assessment|research|records)\s+"
            r"(?:(?:released|published|issued|compiled)\s+)?(?:by|from)\s+")

# Russian: a name in guillemets, read whole («Новая газета»), or capitalised words; and what
# the dative (агентству), genitive (телеканала) and instrumental (газетой) call an outlet
_RU_NAME = r"«[^«»\n]{1,60}»|[A-ZА-ЯЁ0-9][\w.-]{0,40}(?:\s+[A-ZА-ЯЁ][\w.-]{0,40}){0,2}"
# the verbs of telling, past tense: заявил, заявила, заявили
_RU_TOLD = ("рассказал", "заявил", "сообщил", "сказал", "пояснил", "подтвердил", "уточнил",
            "признался")
_RU_DESC_DAT = r"агентству|изданию|газете|телеканалу|порталу|радиостанции|журналу|сайту"
_RU_DESC_OTHER = (r"агентства|издания|газеты|телеканала|портала|журнала|агентством|изданием|"
                  r"газетой|телеканалом|порталом|журналом")
_RU_DESC_NOM = r"агентство|издание|газета|телеканал|портал|журнал|радиостанция|сайт"
# Ukrainian and Belarusian: a name in guillemets, or capitalised words (their Є, І, Ї, Ґ and Ў
# too, and the apostrophe they write in words: "Суспільне", "Радыё Свабода")
_UK_BE_NAME = (r"«[^«»\n]{1,60}»|[A-ZА-ЯЁЄІЇҐЎ0-9][\w.'’-]{0,40}"
               r"(?:\s+[A-ZА-ЯЁЄІЇҐЎ][\w.'’-]{0,40}){0,2}")
# Ukrainian's verbs of telling in the past (розповів, розповіла), and what its nominative,
# genitive and dative call an outlet (агентство, агентства, агентству)
_UK_TOLD = ("розповів", "розповіл", "заявив", "заявил", "повідомив", "повідомил", "сказав",
            "сказал", "пояснив", "пояснил", "підтвердив", "підтвердил")
_UK_DESC = (r"агентство|агентства|видання|газета|газети|телеканал|телеканалу|портал|порталу|"
            r"журнал|журналу|сайт|сайту")
_UK_DESC_DAT = r"агентству|виданню|газеті|телеканалу|порталу|журналу|сайту|кореспонденту"
# what Belarusian calls an outlet (агенцтва, выданне, газета, тэлеканал, партал)
_BE_DESC = r"агенцтва|выданне|выдання|газета|газеты|тэлеканал|тэлеканала|партал|партала|сайт"

# German, French, Spanish, Italian and Portuguese. A name there may stand in quotes
# („Spiegel“, « Libération »), and German prints some agencies and broadcasters in lower case
# (dpa, epd, n-tv), which the registry or their spelling must vouch for
# (``citations.marked_name``).
OPENING_QUOTES = "„“\"«‹"  # what opens a quoted name: „Spiegel“, «Economist», "Zeit"
_OPEN = "(?:[" + OPENING_QUOTES + r"]\s?)?"
_CLOSE = r"(?:\s?[“”\"»›])?"
NAME_INTL = rf"(?:{NAME}|[a-z][a-zA-Z0-9]*(?:[-.][a-zA-Z0-9]+)*)"
_DE_ARTICLE = r"(?:der|die|das|dem|den|des)\s+"
# "laut einem Bericht der", "nach Angaben des": what is credited before whom
_DE_LEAD = (r"(?:(?:einem|einer|den|dem)\s+)?(?:Bericht|Berichten|Angaben|Informationen|Recherchen|"
            r"Mitteilung|Darstellung|Schätzungen|Daten|Zahlen)\s+(?:des|der|von|vom)\s+")
_DE_DESC = (r"(?P<desc>(?:[A-ZÄÖÜ]{2,}-)?(?:(?:Nachrichten|Presse|Tages|Wochen|Boulevard|Sonntags|"
            r"Fernseh|Radio|Online-?|Internet|Fach|Wirtschafts)(?:agentur|zeitung|magazin|sender|portal|"
            r"blatt)|Agentur|Zeitung|Zeitschrift|Magazin|Sender|Portal|Blatt|Rundfunk))(?:s|es)?\s+")
_DE_REPORTS = (r"(?:berichtete|berichtet|berichten|berichteten|meldete|meldet|meldeten|schreibt|"
               r"schrieb|mitteilte|mitteilt|mitteilten|mitgeteilt\s+hat|erfahren\s+hat|erfuhr)\b")
_DE_SAYS = r"sagte|sagten|erklärte|erklärten|bestätigte|bestätigten|betonte|verriet"
# the outlet quotes were given to, after a speaker named or "zu": capitalised words, or a name
# in lower case with its hyphen or dot (n-tv, t-online.de); no other lower-case word ("sagte
# der Minister der Zeitung am Sonntag": "am" is no name)
# the speaker between the verb and to whom they spoke: a pronoun, a noun after its article
# ("der Sprecher", "die Ministerin Anna Lenz"), or capitalised words ("Oberbürgermeister Dupper")
_DE_SPEAKER = (r"(?:\s+(?:er|sie|es|(?:der|die|eine?)\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w.-]+){0,3}"
               r"|(?:[A-ZÄÖÜ][\w.-]+\s+){0,3}[A-ZÄÖÜ][\w.-]+))")
_DE_TOLD_NAME = rf"(?:{NAME}|[a-z][a-zA-Z0-9]*[-.][a-zA-Z0-9][a-zA-Z0-9.-]*)"
_FR_ARTICLE = r"(?:l['’]|le\s+|la\s+|les\s+)"
# "selon les informations de", "d'après un rapport du": what is credited before whom
_FR_LEAD = (r"(?:les\s+|des\s+|un\s+|le\s+|la\s+)?(?:informations|chiffres|données|rapport|"
            r"estimations|calculs)\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+)")
_FR_DESC = (r"(?P<desc>agence(?:\s+de\s+presse)?|journal|quotidien|hebdomadaire|magazine|mensuel|"
            r"chaîne|radio|site(?:\s+d['’]information)?|média)\s+")
# a ministry, whose name French writes in lower case: le ministère de l'Intérieur
_FR_MINISTRY = (rf"(?:ministère|préfecture|parquet|secrétariat\s+d['’]État)\s+"
                rf"(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+)[{_UPPER}][\w-]*")
_FR_SAYS = (r"déclaré|indiqué|confié|affirmé|expliqué|précisé|raconté|assuré|annoncé|révélé|"
            r"dit|déclare|indique|confie|affirme|explique|précise|raconte|assure")
_FR_REPORTS = r"rapporte|rapportent|écrit|écrivent|révèle|révèlent|indique|affirme|précise"
# and the same in the past after the words it reports: "..., a indiqué la MAP."
_FR_REPORTED = r"a\s+(?:rapporté|écrit|révélé|indiqué|affirmé|précisé|annoncé)"

# a French name's words may be joined by "au" (le Haut-Commissariat au Plan)
_FR_NAME = _name_joined_by("au", "aux")
_ES_ARTICLE = r"(?:el\s+|la\s+|los\s+|las\s+)"
# "según datos del", "de acuerdo con un informe de la": what is credited before whom
_ES_LEAD = (r"(?:(?:un|el|los|las|la)\s+)?(?:datos|cifras|informes?|información|fuentes|"
            r"comunicado|estudio|encuesta)\s+(?:de\s+la\s+|del\s+|de\s+los\s+|de\s+las\s+|de\s+)")
_ES_DESC = (r"(?P<desc>agencia(?:\s+de\s+noticias)?|diario|periódico|cadena|revista|portal|medio|"
            r"semanario|emisora|canal|televisora|radio|sitio|red)\s+")
_ES_SAYS = (r"dijo|declaró|aseguró|explicó|confirmó|contó|afirmó|indicó|señaló|precisó|relató|"
            r"reveló|detalló|comentó")
_ES_REPORTS = r"informó|informa|publicó|publica|reveló|revela|reportó|anunció|comunicó"
_ES_REPORTED = ("informó", "informa ", "publicó", "publica ", "reveló", "revela ", "reportó",
                "anunció", "comunicó")
_IT_ARTICLE = r"(?:il\s+|lo\s+|la\s+|l['’]|i\s+|gli\s+|le\s+)"
_IT_TO = r"(?:al|allo|alla|ai|agli|alle|a)\s+|all['’]"  # "al Corriere", "all'ANSA"
_IT_BY = r"(?:dal|dallo|dalla|dai|dagli|dalle|da)\s+|dall['’]"  # "dal Sole 24 Ore"
_IT_OF = r"(?:del|dello|della|dei|degli|delle|di)\s+|dell['’]"
_IT_DESC = (r"(?P<desc>agenzia(?:\s+di\s+stampa)?|quotidiano|giornale|settimanale|rivista|emittente|"
            r"testata|sito|tv|radio)\s+(?:" + _IT_ARTICLE + ")?")
_PT_ARTICLE = r"(?:o\s+|a\s+|os\s+|as\s+)"
_PT_DESC = (r"(?P<desc>agência(?:\s+de\s+notícias)?|jornal|diário|revista|emissora|canal|televisão|"
            r"rádio|site|portal|semanário)\s+")

# Persian and Arabic: the words after a cue up to the clause's end, where the source is named
# (a desk or a reporter may come first: "به گزارش خبرنگار سیاسی خبرگزاری تسنیم"). A Persian
# span stops before a second cue ("به گزارش مهر به نقل از ایرنا"), an Arabic one before
# "that" or a preposition (ذكرت وكالة رويترز أن ...).
_FA_CUE = r"(?:به\s+نقل\s+از|از\s+قول)"
_FA_SPAN = rf"(?P<span>(?:(?!\s{_FA_CUE}\s)[^،,.:؛\n]){{2,80}})"
_AR_SPAN = r"(?P<span>[^،,.:؛\n]{2,80}?)(?=\s+(?:أن|إن|عن|في|من|على)\s|[،,.:؛\n]|$)"
_AR_SAID = r"(?:قال|قالت|قالوا|صرح|صرحت|أكد|أكدت|أوضح|أوضحت|أضاف|أضافت)"
# Hebrew: the words after a cue up to the clause's end ("לפי דיווח של רויטרס, ..."), and the
# verbs of telling, which glue "to" to the name ("מסרה לכאן חדשות", "אמר ל-ynet")
_HE_SPAN = r"(?P<span>[^,.:;\n]{2,80}?)(?=\s+כי\s|[,.:;\n]|$)"
_HE_SAID = r"(?:אמר|אמרה|אמרו|מסר|מסרה|מסרו|סיפר|סיפרה|הבהיר|הבהירה|הוסיף|הוסיפה|הודיע|הודיעה)"

# Indonesian and Malay: what names an outlet ("kantor berita Antara", "harian Kompas")
_ID_DESC = (r"(?P<desc>kantor\s+berita|media|harian|surat\s+kabar|situs(?:\s+berita)?|laman|"
            r"majalah|stasiun\s+televisi|televisi|agensi\s+berita)\s+")
_ID_SAYS = r"(?:ujar|kata|ucap|tutur|ungkap|jelas|terang|papar|tegas)\w*"
# Vietnamese: what names an outlet ("báo Tuổi Trẻ", "hãng tin Reuters", "Thông tấn xã")
_VI_DESC = (r"(?P<desc>báo|tờ|tạp\s+chí|hãng\s+tin|hãng\s+thông\s+tấn|thông\s+tấn\s+xã|kênh|đài|"
            r"trang(?:\s+tin)?|trang\s+báo)\s+")
# Swahili: what is credited before whom ("taarifa ya", a statement of), what names an outlet
# ("gazeti la", the newspaper), and the words of a name joined by "of" ("Wizara ya Afya",
# "Shirika la Msalaba Mwekundu", "Chuo Kikuu cha Dar es Salaam")
_SW_LEAD = r"(?:taarifa|ripoti|takwimu|tovuti)\s+(?:ya|za)\s+"
_SW_DESC = (r"(?P<desc>gazeti\s+(?:la\s+)?|shirika\s+la\s+habari\s+(?:la\s+)?|kituo\s+cha\s+"
            r"(?:televisheni|redio)\s+(?:cha\s+)?|redio\s+|televisheni\s+)")
_SW_NAME = _name_joined_by("ya", "la", "wa", "cha", "za")
# Hausa: what names an outlet ("jaridar", the newspaper of; "kamfanin dillancin labarai na",
# the news agency), and a name's words joined by "of" ("Hukumar Zaɓe ta Ƙasa")
_HA_DESC = (r"(?P<desc>jaridar\s+|kamfanin\s+dillancin\s+labarai\s+(?:na\s+)?|gidan\s+"
            r"(?:rediyo|talabijin)\s+(?:na\s+)?)")
_HA_NAME = _name_joined_by("ta", "na")
# Europe's languages, whose patterns count a name only when the registry knows it, quotes or
# a descriptor set it off (``marked``): "ifølge politiet", "prenosi Index" name a source where
# "meldt minister Van Gennip" names a speaker. The words that say "at most two more words"
# between a verb of saying and the preposition it takes ("säger han till SVT").
_FEW = r"(?:[^\s,.]+\s+){0,2}?"
# Finnish, Estonian and Hungarian join a case's ending to the name, after a colon or a hyphen
# if an abbreviation ("STT:n mukaan", "ERR-ile", "MTI-nek"): the name is the stem before it
_STEM = r"(?<![\w.])(?P<name>[A-ZÅÄÖÕÜŠŽÁÉÍÓÚŐŰ][\w.]{0,40}?)"
# Finnish's: a name of more words declines its last ("Helsingin Sanomien mukaan", "MTV
# Uutisille"), and a hyphen joins a name's words ("Ilta-Sanomien")
_FI_STEM = r"(?<![\w.-])(?P<name>(?:[A-ZÅÄÖ][\w-]*\s+){0,2}[A-ZÅÄÖ][\w.-]{0,40}?)"
_EL_ARTICLE = r"(?:το|την|τον|τη|τα|τις|τους|η|ο|οι)\s+"
# Turkish sets a proper name's case ending after an apostrophe ("Reuters'ın", "AFP'ye",
# "Bloomberg HT'nin"), and a common noun's after the descriptor ("Le Monde gazetesinin"):
# the name is the capitalised words before it (a run-on "Bakanı Reuters" is cut to the
# registry's name: citations._known_part)
_TR_NAME = rf"(?<![\w.'’])(?P<name>[{_UPPER}][\w.&-]{{0,30}}(?:\s+[{_UPPER}][\w.&-]{{0,30}}){{0,3}})"
_TR_DESC = r"(?:gazetesi|ajansı|televizyonu|kanalı|sitesi|dergisi|radyosu)"
# Catalan and Galician, Spanish's neighbours: their articles and what they call an outlet
_CA_ARTICLE = r"(?:l['’]|el\s+|la\s+|els\s+|les\s+)"
_CA_DESC = (r"(?P<desc>agència(?:\s+de\s+notícies)?|diari|periòdic|cadena|revista|portal|mitjà|"
            r"setmanari|emissora|canal|televisió|ràdio)\s+" + "(?:" + _CA_ARTICLE + ")?")
_GL_ARTICLE = r"(?:o\s+|a\s+|os\s+|as\s+)"
_GL_DESC = (r"(?P<desc>axencia(?:\s+de\s+noticias)?|xornal|diario|cadea|revista|portal|medio|"
            r"semanario|emisora|canle|televisión|radio)\s+")
# Basque sets a name's case ending after it: the genitive's -ren after a vowel, -aren or -en
# after a consonant ("Berriaren arabera", "EFEren arabera"), the dative's -ri or -ari, the
# ergative's -k or -ak; the name is the stem before it (an abbreviation's joined by a hyphen)
_EU_GENITIVE = r"(?:(?<=[aeiou])ren|(?<![aeiou])(?:aren|ren|en)|-(?:aren|ren|en))"
_EU_DATIVE = r"(?:(?<=[aeiou])ri|(?<![aeiou])(?:ari|ri|i)|-(?:ari|ri|i))"
_EU_ERGATIVE = r"(?:(?<=[aeiou])k|(?<![aeiou])(?:ak|ek|k)|-(?:ak|ek|k))"

# Hindi and Urdu name the source before their cue ("पीटीआई के मुताबिक", "according to PTI"):
# the clause's words up to it
_HI_SPAN = r"(?P<span>[^,،।۔.:\n]{2,80}?)"

CITE_PATTERNS: tuple[CitePattern, ...] = (
    _cite("cite.told", "Quotes given to a source: told Trend, told the Times of Central Asia.",
          rf"\btold\s+{_DESC_BEFORE}(?P<name>{NAME})",
          "the analyst told Trend.", "Trend", gives_quotes=True, keywords=("told",)),
    _cite("cite.interview", "An interview or comments given to a source: in an interview with "
          "Euronews, speaking to Reuters, in comments to APA.",
          rf"\b(?i:in\s+an?\s+(?:exclusive\s+)?interview\s+(?:with|to|for)|speaking\s+(?:to|with)|"
          rf"in\s+(?:comments?|remarks|a\s+statement)\s+to|said\s+to)\s+{_DESC_BEFORE}(?P<name>{NAME})",
          "he said in an interview with Euronews", "Euronews", gives_quotes=True,
          keywords=("interview", "speaking", "comment", "remarks", "statement to", "said to")),
    _cite("cite.according_to", "Information credited to a source: according to Interfax, "
          "according to a report by Reuters, according to data from Johns Hopkins University.",
          rf"\b(?i:according)\s+to\s+(?:{_EN_LEAD})?{_DESC_BEFORE}(?P<name>{NAME})",
          "according to the State Statistics Committee", "State Statistics Committee",
          keywords=("according",)),
    _cite("cite.spoke_to", "Comments given to an outlet: spoke to The Washington Post on "
          "condition of anonymity (the outlet known to the registry, or after a descriptor: "
          "leaders speak to each other).",
          rf"\b(?i:spoke|talked)\s+(?:to|with)\s+{_DESC_BEFORE}(?P<name>{NAME})",
          "an official who spoke to The Washington Post", "The Washington Post", gives_quotes=True,
          marked=True, keywords=("spoke to", "spoke with", "talked to", "talked with")),
    _cite("cite.by", "A passive credit: as reported by RFE/RL, cited by TASS, quoted by APA, "
          "data compiled by Johns Hopkins University, a report published Tuesday by HRW.",
          rf"\b(?i:reported|cited|quoted|published|broadcast|written|compiled)\s+"
          rf"(?:(?:on\s+)?{WEEKDAY}\s+)?by\s+{_DESC_BEFORE}"
          rf"(?P<name>{NAME})",
          "as reported by RFE/RL", "RFE/RL", keywords=(" by ",)),
    _cite("cite.citing", "A source credited by citing: citing Kommersant, with reference to TASS.",
          rf"\b(?i:citing|with\s+reference\s+to|referring\s+to)\s+{_DESC_BEFORE}(?P<name>{NAME})",
          "the report said, citing Kommersant", "Kommersant",
          keywords=("citing", "reference to", "referring to")),
    _cite("cite.reported", "A source as the subject of a reporting verb: Interfax reported, "
          "the Defence Ministry said (people who say things are quotes, not citations).",
          r"\s+(?P<verb>reported|reports|has\s+reported|had\s+reported|quoted|quotes|wrote|writes|"
          r"informed|informs|said|says|stated|announced|learned|cited)\b",
          "Interfax reported on Monday", "Interfax", name_before=True),
    _cite("cite.reports_inverted", "The reporting verb before the source: ..., reports Trend.",
          rf",\s+(?:reports|writes|informs|reported)\s+{_DESC_BEFORE}(?P<name>{NAME})",
          "The talks will resume in May, reports Trend.", "Trend",
          keywords=(", reports", ", writes", ", informs", ", reported")),
    _cite("cite.ru", "Russian attributions: сообщает ТАСС, передает Sputnik, по данным "
          "Интерфакса, со ссылкой на РИА Новости, рассказал агентству Trend, пишет «Новая "
          "газета» (a name in guillemets is read whole).",
          r"(?i:сообща(?:ет|ют)|переда[её]т|пишет|пишут|информирует|по\s+(?:данным|информации|"
          r"сообщению)|со\s+ссылкой\s+на|(?:рассказал[аи]?|заявил[аи]?|сообщил[аи]?)\s+"
          r"(?:агентству|изданию|газете|телеканалу|порталу|корреспонденту))\s+"
          r"(?:(?P<desc>агентство|агентства|издание|издания|газета|газеты|телеканал|телеканала|"
          r"портал|портала)\s+)?(?P<name>«[^«»\n]{1,60}»|"
          r"[«\"]?[A-ZА-ЯЁ0-9][\w.-]*(?:\s+[A-ZА-ЯЁ][\w.-]*){0,3}[»\"]?"
          # a name in Latin letters goes on in lower case, as a Latvian or Lithuanian one may:
          # no Russian word is written so ("сообщает Rīgas satiksme")
          # (not an English word run on: "сообщает Reuters and ...")
          r"(?:(?<=[^\W\d_])(?<![А-Яа-яЁё])\s+(?!(?:and|or|the|of|in|on|at|to|for|with|by|from)\b)"
          r"[a-zāčēģīķļņšūžąęėįųő]+(?![\w-]))?)",
          "об этом сообщает ТАСС", "ТАСС",
          keywords=("сообща", "переда", "пишет", "пишут", "информир", "по данным", "по информ",
                    "по сообщ", "ссылкой", "рассказал", "заявил", "сообщил"), language="ru"),
    _cite("cite.ru_told", "Quotes given to an outlet, in Russian: заявил РБК, рассказал "
          "«Интерфаксу», сообщили агентству Trend (the outlet known to the registry, quoted or "
          "after a descriptor: заявил Иванов names a speaker).",
          rf"(?i:(?:{'|'.join(_RU_TOLD)})[аи]?)\s+(?:(?P<desc>{_RU_DESC_DAT})\s+)?"
          rf"(?P<name>{_RU_NAME})",
          "Об этом заявил РБК глава компании.", "РБК", gives_quotes=True, marked=True,
          keywords=_RU_TOLD, language="ru"),
    _cite("cite.ru_told_before", "Quotes given to an outlet named first, in Russian: ТАСС "
          "сообщили в пресс-службе, «Известиям» подтвердили в министерстве.",
          rf"(?<![\w.«-])(?P<name>{_RU_NAME})\s+(?:{'|'.join(_RU_TOLD)})и\s+(?:в|во|на)\s",
          "Об этом ТАСС сообщили в пресс-службе министерства.", "ТАСС", gives_quotes=True,
          marked=True, keywords=_RU_TOLD, language="ru"),
    _cite("cite.ru_interview", "An interview given to an outlet, in Russian: в интервью "
          "«Коммерсанту», в беседе с «Известиями», в эфире телеканала «Россия 24».",
          r"(?i:в\s+интервью|в\s+беседе\s+с|в\s+разговоре\s+с|в\s+эфире)\s+"
          rf"(?:(?P<desc>{_RU_DESC_DAT}|{_RU_DESC_OTHER})\s+)?(?P<name>{_RU_NAME})",
          "В интервью «Коммерсанту» министр заявил, что бюджет сбалансирован.", "Коммерсант",
          gives_quotes=True, marked=True,
          keywords=("в интервью", "в беседе с", "в разговоре с", "в эфире"), language="ru"),
    _cite("cite.ru_earlier", "An earlier report credited, in Russian: как сообщал «Коммерсантъ», "
          "ранее писали «Ведомости», как сообщило агентство «Интерфакс-Урал» (the outlet known to "
          "the registry, quoted or after a descriptor: как писал Толстой names a writer).",
          rf"(?<![\w-])(?i:сообщал[аои]?|сообщило|писал[аои]?|передавал[аои]?|информировал[аои]?)\s+"
          rf"(?:(?P<desc>{_RU_DESC_NOM})\s+)?(?P<name>{_RU_NAME})",
          "Как ранее сообщал «Коммерсантъ», плиты грозят обрушением.", "Коммерсантъ", marked=True,
          keywords=("сообщал", "сообщило", "писал", "передавал", "информировал"), language="ru"),
    _cite("cite.uk", "Ukrainian attributions: повідомляє Укрінформ, пише «Українська правда», за "
          "даними УНІАН, з посиланням на Reuters.",
          r"(?<![\w-])(?i:повідомля(?:є|ють)|пишуть|пише|переда(?:є|ють)|інформує|за\s+(?:даними|інформацією|"
          r"повідомленням)|з\s+посиланням\s+на)\s+"
          rf"(?:(?P<desc>{_UK_DESC})\s+)?(?P<name>{_UK_BE_NAME})",
          "Про це повідомляє Укрінформ.", "Укрінформ",
          keywords=("повідомля", "пише", "пишуть", "переда", "інформує", "за даними", "за інформ",
                    "за повідомл", "посиланням"), language="uk"),
    _cite("cite.uk_earlier", "An earlier report credited, in Ukrainian: як повідомляв Укрінформ, "
          "раніше писала «Українська правда» (the outlet known to the registry, quoted or after a "
          "descriptor).",
          rf"(?<![\w-])(?i:повідомляв|повідомлял[аои]|писав|писал[аои]|інформував|інформувал[аои])\s+"
          rf"(?:(?P<desc>{_UK_DESC})\s+)?(?P<name>{_UK_BE_NAME})",
          "Як повідомляв Укрінформ, місто отримало кредит.", "Укрінформ", marked=True,
          keywords=("повідомля", "писав", "писал", "інформува"), language="uk"),
    _cite("cite.uk_told", "Quotes given to an outlet, in Ukrainian: розповів Укрінформу, заявила "
          "«Суспільному», в коментарі РБК-Україна, в інтерв'ю «Українській правді» (the outlet "
          "known to the registry, quoted or after a descriptor: заявив Шмигаль names a speaker).",
          rf"(?<![\w-])(?i:(?:{'|'.join(_UK_TOLD)})(?:а|о|и)?|в\s+(?:інтерв['’]ю|коментарі|ефірі))\s+"
          rf"(?:(?P<desc>{_UK_DESC_DAT})\s+)?(?P<name>{_UK_BE_NAME})",
          "Про це в коментарі Укрінформу розповів мер.", "Укрінформ", gives_quotes=True,
          marked=True, keywords=(*_UK_TOLD, "інтерв", "коментар", "ефірі"), language="uk"),
    _cite("cite.be", "Belarusian attributions: паведамляе БелТА, піша «Наша Ніва», паводле "
          "Reuters (according to), са спасылкай на (citing).",
          r"(?<![\w-])(?i:паведамля(?:е|юць)|пішуць|піша|перада(?:е|юць)|паводле|са\s+спасылкай\s+на)\s+"
          rf"(?:(?P<desc>{_BE_DESC})\s+)?(?P<name>{_UK_BE_NAME})",
          "Пра гэта паведамляе БелТА.", "БелТА",
          keywords=("паведамля", "піша", "пішуць", "перада", "паводле", "спасылкай"), language="be"),
    _cite("cite.be_earlier", "A report credited in the past tense, in Belarusian: як паведамляла «Наша "
          "Ніва», паведаміла Радыё Свабода (the outlet known to the registry, quoted or after a descriptor).",
          r"(?<![\w-])(?i:паведамляў|паведамлял[аі]|паведаміў|паведаміл[аі]|пісаў|пісал[аі])\s+"
          rf"(?:(?P<desc>{_BE_DESC})\s+)?(?P<name>{_UK_BE_NAME})",
          "Як паведамляла «Наша Ніва», адкрыццё пераносілі.", "Наша Ніва", marked=True,
          keywords=("паведамля", "паведамі", "пісаў", "пісал"), language="be"),
    _cite("cite.de_laut", "German credits: laut dpa, nach Angaben des Innenministeriums, "
          "unter Berufung auf die Agentur AFP.",
          rf"\b(?:[Ll]aut\s+(?:{_DE_LEAD})?|[Nn]ach\s+{_DE_LEAD}|[Uu]nter\s+Berufung\s+auf\s+)"
          rf"(?:{_DE_ARTICLE})?(?:{_DE_DESC})?{_OPEN}(?P<name>{NAME_INTL})",
          "laut einem Bericht der „Süddeutschen Zeitung“", "Süddeutschen Zeitung",
          keywords=("laut", "angaben", "informationen", "bericht", "berufung", "recherchen",
                    "darstellung", "mitteilung"), language="de"),
    _cite("cite.de_zufolge", "A German credit after the name: dem Statistischen Bundesamt "
          "zufolge.",
          rf"\b(?:[Dd]em|[Dd]er|[Dd]es|[Dd]en)\s+(?:{_DE_DESC})?{_OPEN}(?P<name>{NAME_INTL})"
          rf"{_CLOSE}\s+zufolge\b",
          "Dem Statistischen Bundesamt zufolge", "Statistischen Bundesamt",
          keywords=("zufolge",), language="de"),
    _cite("cite.de_wie", "A German report: wie die Bundesbank mitteilte, wie der „Spiegel“ "
          "unter Berufung auf Insider berichtet.",
          rf"\b[Ww]ie\s+{_DE_ARTICLE}(?:{_DE_DESC})?{_OPEN}(?P<name>{NAME_INTL}){_CLOSE}"
          rf"(?:\s+[^\s,.;:!?]+){{0,6}}?\s+{_DE_REPORTS}",
          "wie die „Süddeutsche Zeitung“ berichtet", "Süddeutsche Zeitung",
          keywords=("wie ",), language="de"),
    _cite("cite.de_reports", "A German report, the verb first: berichtete die "
          "Nachrichtenagentur Reuters, meldet der Sender n-tv, teilte das Präsidialamt mit.",
          rf"\b(?:{_DE_REPORTS}|teilten?\b)\s+{_DE_ARTICLE}(?:{_DE_DESC})?{_OPEN}(?P<name>{NAME_INTL})",
          "berichtete die Nachrichtenagentur Reuters", "Reuters",
          keywords=("bericht", "meldet", "schreibt", "schrieb", "mitteilt", "erfuhr", "teilte"),
          language="de", subject=True),
    _cite("cite.de_subject", "A German source that reports: der Sender n-tv berichtete, der "
          "„Economist“ schreibt, die FAZ meldete.",
          rf"\b(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?:{_DE_DESC})?{_OPEN}(?P<name>{NAME_INTL}){_CLOSE}"
          rf"\s+{_DE_REPORTS}",
          "Der US-Nachrichtensender CNN berichtete", "CNN",
          keywords=("bericht", "meldet", "schreibt", "schrieb", "mitteilt", "erfuhr"),
          language="de", subject=True),
    _cite("cite.de_own", "An outlet's own earlier report, in German: (OMR berichtete).",
          rf"\((?P<name>{NAME_INTL})\s+berichtete\b",
          "(OMR berichtete)", "OMR", keywords=("berichtete",), language="de"),
    _cite("cite.de_told", "Quotes given to a source, in German: sagte er der Deutschen "
          "Presse-Agentur, bestätigte dem „Spiegel“.",
          rf"\b(?:{_DE_SAYS})(?:\s+(?:er|sie|es))?\s+(?:der|dem|den)\s+(?:{_DE_DESC})?{_OPEN}"
          rf"(?P<name>{NAME_INTL})",
          "sagte er der Deutschen Presse-Agentur", "Deutschen Presse-Agentur",
          gives_quotes=True,
          keywords=("sagte", "erklärte", "bestätigte", "betonte", "verriet"),
          language="de"),
    _cite("cite.de_gegenueber", "Quotes given to a source, in German: gegenüber dem "
          "„Spiegel“, in einem Interview mit der „Zeit“, gegenüber Blick (Switzerland's, "
          "without the article).",
          rf"\b(?:[Gg]egenüber|[Ii]m\s+Gespräch\s+mit|[Ii]n\s+einem\s+(?:Interview|Gespräch)\s+mit)"
          rf"\s+(?:(?:der|dem|den)\s+)?(?:{_DE_DESC})?{_OPEN}(?P<name>{NAME_INTL})",
          "gegenüber dem „Spiegel“ bestätigte", "Spiegel", gives_quotes=True,
          keywords=("gegenüber", "gespräch", "einem interview"), language="de"),
    _cite("cite.de_told_named", "Quotes given to a source, the speaker named between the verb "
          "and the outlet: sagte Oberbürgermeister Jürgen Dupper dem Bayerischen Rundfunk, sagte "
          "die SPD-Politikerin dem „Spiegel“ (an "
          "outlet the registry knows, or quotes or a descriptor mark).",
          rf"\b(?:{_DE_SAYS})\s+(?:(?:der|die|ein|eine)\s+)?(?:[A-ZÄÖÜ][\w.-]+\s+){{1,4}}(?:der|dem|den)\s+"
          rf"(?:{_DE_DESC})?{_OPEN}"
          rf"(?P<name>{_DE_TOLD_NAME})",
          "sagte Gemeinderat Kurt Hohensinner der Kleinen Zeitung", "Kleinen Zeitung",
          gives_quotes=True, marked=True,
          keywords=("sagte", "erklärte", "bestätigte", "betonte", "verriet"), language="de"),
    _cite("cite.de_im", "Quotes given on a broadcaster's air, in German: sagte Merz im ZDF, "
          "sagte sie im Deutschlandfunk, erklärte er im Interview mit dem SWR (an outlet the "
          "registry knows, or quotes mark).",
          rf"\b(?:{_DE_SAYS}|sagt|erklärt){_DE_SPEAKER}?\s+im\s+(?:Interview\s+mit\s+dem\s+)?"
          rf"{_OPEN}(?P<name>{_DE_TOLD_NAME})",
          "sagte Merz im ZDF", "ZDF", gives_quotes=True, marked=True,
          keywords=("sagt", "erklärt", "bestätigte", "betonte", "verriet"), language="de"),
    _cite("cite.de_zu", "Quotes given to a source, as Switzerland's and Austria's press give them: "
          "sagte ein Sprecher zu Blick, sagte sie zu 20 Minuten, sagt er zur „Krone“ (an outlet "
          "the registry knows, or quotes mark).",
          rf"\b(?:{_DE_SAYS}|sagt|erklärt){_DE_SPEAKER}?\s+(?:zu|zur|zum)\s+{_OPEN}(?P<name>{_DE_TOLD_NAME})",
          "sagte ein Sprecher zu Blick", "Blick", gives_quotes=True, marked=True,
          keywords=("sagt", "erklärt", "bestätigte", "betonte", "verriet"), language="de"),
    _cite("cite.fr_selon", "French credits: selon l'AFP, d'après le quotidien Le Monde, "
          "selon le ministère de l'Intérieur.",
          rf"\b(?:[Ss]elon|[Dd]['’]après)\s+(?:{_FR_LEAD}|{_FR_ARTICLE})?(?:{_FR_DESC})?{_OPEN}"
          rf"(?P<name>{_FR_MINISTRY}|{_FR_NAME})",
          "selon le ministère de l'Intérieur", "ministère de l'Intérieur",
          keywords=("selon", "après"), language="fr"),
    _cite("cite.fr_told", "Quotes given to a source, in French: a déclaré au Monde, a indiqué "
          "à l'agence Reuters.",
          rf"\b(?:{_FR_SAYS})\s+(?:à\s+(?:l['’]|la\s+)|au\s+|aux\s+)(?:{_FR_DESC})?{_OPEN}"
          rf"(?P<name>{NAME})",
          "a-t-il déclaré à l'agence Reuters", "Reuters", gives_quotes=True,
          keywords=("déclar", "indiqu", "confi", "affirm", "expliqu", "précis", "racont", "assur",
                    "annonc", "révél", " dit "), language="fr"),
    _cite("cite.fr_asked", "A source that asked, in French: interrogé par France Inter, "
          "joint par Seneweb, dans un entretien au Figaro.",
          rf"\b(?:(?:[Ii]nterrog|[Cc]ontact|[Ii]ntervie?w|[Ss]ollicit)ée?s?\s+par|[Jj]ointe?s?\s+par|"
          rf"[Dd]ans\s+(?:un\s+entretien|une\s+interview)\s+(?:au|à|avec))\s+(?:{_FR_ARTICLE})?"
          rf"(?:{_FR_DESC})?{_OPEN}(?P<name>{NAME})",
          "interrogé par France Inter", "France Inter", gives_quotes=True,
          keywords=("interrog", "contacté", "interviewé", "sollicité", "entretien", "une interview",
                    "joint"),
          language="fr"),
    _cite("cite.fr_reported", "French reports: cité par Le Figaro, ..., rapporte Le Monde.",
          rf"(?:\b(?:cité|rapporté|relayé|publié|révélé)e?s?\s+par|,\s+(?:{_FR_REPORTS}|{_FR_REPORTED}))\s+"
          rf"(?:{_FR_ARTICLE})?(?:{_FR_DESC})?{_OPEN}(?P<name>{NAME})",
          "la nouvelle, rapporte Le Monde", "Le Monde",
          keywords=(" par ", "rapport", "écri", "révél", "révèl", "indiqu", "affirm", "précis",
                    "annonc"),
          language="fr"),
    _cite("cite.fr_subject", "A French outlet that reports: le quotidien Libération rapporte.",
          rf"\b(?:[Ll]e|[Ll]a|[Ll]['’])\s*{_FR_DESC}{_OPEN}(?P<name>{NAME}){_CLOSE}\s+"
          rf"(?:{_FR_REPORTS}|a\s+(?:révélé|rapporté|annoncé))\b",
          "le quotidien Libération rapporte", "Libération",
          keywords=("rapport", "écri", "révèl", "indique", "affirme", "précise", "annonc"),
          language="fr"),
    _cite("cite.es_segun", "Spanish credits: según la agencia EFE, de acuerdo con el Instituto "
          "Nacional de Estadística, según datos del Banco Central, según reportó Emol.",
          rf"\b(?:[Ss]egún(?:\s+(?:reportó|informó|publicó|indicó|consignó|señaló|recogió))?"
          rf"|[Dd]e\s+acuerdo\s+(?:con|a))\s+(?:{_ES_LEAD}|{_ES_ARTICLE})?"
          rf"(?:{_ES_DESC})?{_OPEN}(?P<name>{NAME})",
          "según la agencia EFE", "EFE", keywords=("según", "acuerdo"), language="es"),
    _cite("cite.es_told", "Quotes given to a source, in Spanish: dijo a El País, confirmó a "
          "la BBC.",
          rf"\b(?:{_ES_SAYS})\s+(?:a\s+(?:la\s+|los\s+|las\s+)?|al\s+)(?:{_ES_DESC})?{_OPEN}"
          rf"(?P<name>{NAME})",
          "dijo a El País", "El País", gives_quotes=True,
          keywords=("dijo", "declaró", "aseguró", "explicó", "confirmó", "contó", "afirmó", "indicó",
                    "señaló", "precisó", "relató", "reveló", "detalló", "comentó"), language="es"),
    _cite("cite.es_interview", "An interview given, in Spanish: en declaraciones a Europa "
          "Press, en una entrevista con CNN.",
          rf"\b[Ee]n\s+(?:declaraciones|una\s+entrevista|entrevista)(?:\s+exclusiva)?\s+(?:a|al|con|para)\s+"
          rf"(?:{_ES_ARTICLE})?(?:{_ES_DESC})?{_OPEN}(?P<name>{NAME})",
          "en declaraciones a Europa Press", "Europa Press", gives_quotes=True,
          keywords=("declaraciones", "entrevista"), language="es"),
    _cite("cite.es_by", "A passive credit, in Spanish: publicado por el periódico La Nación, "
          "citado por Reuters.",
          rf"\b(?:publicad|citad|difundid|revelad|informad|consultad|entrevistad)[oa]s?\s+por\s+"
          rf"(?:{_ES_ARTICLE})?"
          rf"(?:{_ES_DESC})?{_OPEN}(?P<name>{NAME})",
          "publicada por el periódico La Nación", "La Nación",
          keywords=(" por ",), language="es"),  # consultado por La Radio: asked
    _cite("cite.es_subject", "A Spanish outlet that reports: el diario El Tiempo informó.",
          rf"\b(?:[Ee]l|[Ll]a)\s+{_ES_DESC}{_OPEN}(?P<name>{NAME}){_CLOSE}\s+(?:{_ES_REPORTS})\b",
          "el diario El Tiempo informó", "El Tiempo", keywords=_ES_REPORTED, language="es"),
    _cite("cite.it_secondo", "Italian credits: secondo l'ANSA, stando ai dati del Ministero "
          "della Salute, secondo quanto riferisce il Corriere della Sera.",
          rf"\b(?:[Ss]econdo(?:\s+quanto\s+(?:riferisce|riporta|scrive))?|[Ss]tando\s+(?:{_IT_TO}))\s*"
          rf"(?:(?:i\s+)?(?:dati|stime|cifre|rapporto)\s+(?:{_IT_OF})|{_IT_ARTICLE})?(?:{_IT_DESC})?{_OPEN}"
          rf"(?P<name>{NAME})",
          "secondo l'ANSA", "ANSA", keywords=("secondo", "stando"), language="it"),
    _cite("cite.it_told", "Quotes given to a source, in Italian: ha detto al Corriere della "
          "Sera, ha dichiarato all'agenzia Reuters, in un'intervista a La Stampa.",
          rf"\b(?:(?:detto|dichiarato|spiegato|confermato|raccontato|riferito|rivelato|precisato|"
          rf"assicurato|affermato)\s+(?:{_IT_TO})|[Ii]n\s+un['’]intervista\s+(?:{_IT_TO}|con\s+))"
          rf"(?:{_IT_DESC})?{_OPEN}(?P<name>{NAME})",
          "ha detto al Corriere della Sera", "Corriere della Sera", gives_quotes=True,
          keywords=("detto", "dichiar", "spiegat", "confermat", "raccontat", "riferit", "rivelat",
                    "precisat", "assicurat", "affermat", "intervista"), language="it"),
    _cite("cite.it_reported", "Italian reports: come riporta il quotidiano la Repubblica, "
          "riportata dal Sole 24 Ore, citato dall'ANSA.",
          rf"\b(?:[Cc]ome\s+(?:riporta|riferisce|scrive|rivela)\s+(?:{_IT_ARTICLE})?|"
          rf"(?:riportat|citat|rivelat|pubblicat|riferit|diffus)[oaie]\s+(?:{_IT_BY}))"
          rf"(?:{_IT_DESC})?{_OPEN}(?P<name>{NAME})",
          "come riporta il quotidiano la Repubblica", "Repubblica",
          keywords=("riport", "riferisce", "scrive", "rivel", "citat", "pubblicat", "riferit", "diffus"),
          language="it"),
    _cite("cite.pt_segundo", "Portuguese credits: segundo a agência Lusa, de acordo com o IBGE, "
          "segundo dados do Banco Central, segundo informou o jornal O Globo.",
          rf"\b(?:[Ss]egundo(?:\s+(?:informou|publicou|noticiou|apurou|revelou))?"
          rf"|[Dd]e\s+acordo\s+com|[Cc]onforme)\s+(?:(?:os\s+)?(?:dados|números|"
          rf"informações|estimativas|(?:um|o)\s+relatório)\s+(?:do|da|dos|das|de)\s+|{_PT_ARTICLE})?"
          rf"(?:{_PT_DESC})?{_OPEN}(?P<name>{NAME})",
          "segundo a agência Lusa", "Lusa", keywords=("segundo", "acordo com", "conforme"),
          language="pt"),
    _cite("cite.pt_told", "Quotes given to a source, in Portuguese: disse à Folha de S.Paulo, "
          "afirmou ao Expresso, em entrevista ao jornal O Globo.",
          rf"\b(?:(?:disse|afirmou|declarou|contou|explicou|confirmou|revelou|garantiu|assegurou)|"
          rf"[Ee]m\s+(?:uma\s+)?entrevista)\s+(?:à|ao|aos|às|a|com)\s+(?:{_PT_DESC})?{_OPEN}"
          rf"(?P<name>{NAME})",
          "disse à Folha de S.Paulo", "Folha de S.Paulo", gives_quotes=True,
          keywords=("disse", "afirmou", "declarou", "contou", "explicou", "confirmou", "revelou",
                    "garantiu", "assegurou", "entrevista"), language="pt"),
    _cite("cite.pt_by", "A passive credit, in Portuguese: divulgada pela Agência Brasil, "
          "citado pelo jornal O Globo.",
          rf"\b(?:divulgad|publicad|citad|revelad|noticiad)[oa]s?\s+(?:pel[oa]s?|por)\s+"
          rf"(?:{_PT_DESC})?{_OPEN}(?P<name>{NAME})",
          "divulgada pela Agência Brasil", "Agência Brasil",
          keywords=("divulgad", "publicad", "citad", "revelad", "noticiad"), language="pt"),
    _cite("cite.pt_subject", "A Portuguese outlet that reports: o jornal Público noticiou.",
          rf"\b(?:[Oo]|[Aa])\s+{_PT_DESC}{_OPEN}(?P<name>{NAME}){_CLOSE}\s+"
          rf"(?:noticiou|informou|revelou|publicou|divulgou|noticia|informa|revela)\b",
          "o jornal Público noticiou", "Público",
          keywords=("notici", "informou", "revelou", "publicou", "divulgou", "informa ", "revela "),
          language="pt"),
    _cite("cite.fa", "Persian attributions: به گزارش خبرگزاری مهر (according to Mehr), به "
          "نقل از ایرنا (quoting IRNA), from a desk or a reporter of the outlet too (the name "
          "the registry knows, or a quoted one).",
          rf"(?:به\s+گزارش|{_FA_CUE}|به\s+استناد|(?:بنا\s+بر|بر\s*اساس)\s+گزارش)\s+{_FA_SPAN}",
          "به گزارش ایسنا، وزیر گفت", "ایسنا",
          keywords=("گزارش", "نقل", "قول", "استناد"), language="fa", marked=True, caseless=True),
    _cite("cite.fa_told", "Quotes given to an outlet, in Persian: در گفت‌وگو با ایسنا (in an "
          "interview with ISNA), به طلوع‌نیوز گفت (told TOLOnews).",
          r"(?:(?:گفت[\u200c\s]?و[\u200c\s]?گو|مصاحبه)\s+با\s+" + _FA_SPAN
          + r"|(?<!\S)به\s+(?P<told>[^،,.:؛\n]{2,40}?)\s+(?:گفت|اظهار\s+داشت|عنوان\s+کرد))",
          "یک مقام به طلوع‌نیوز گفت که", "طلوع‌نیوز", gives_quotes=True,
          keywords=("گفت", "مصاحبه", "اظهار", "عنوان"), language="fa", marked=True, caseless=True),
    _cite("cite.ar", "Arabic attributions: وفقا لوكالة رويترز (according to Reuters), ذكرت "
          "وكالة الأناضول (Anadolu reported), نقلا عن (quoting), بحسب (as per).",
          r"(?:(?:وفقا|وفقاً|طبقا|طبقاً)\s+(?:لما\s+\S+\s+)?ل?|وفق\s+ما\s+|(?:حسبما|بحسب|حسب)\s+(?:ما\s+)?"
          r"(?:(?:ذكرت|أفادت|نقلت|أوردت)ه?\s+)?|نقلا\s+عن\s+|نقلاً\s+عن\s+"
          r"|(?<!\S)[وف]?(?:ذكرت|نقلت|أفادت|أوردت|نشرت)\s+)" + _AR_SPAN,
          "ذكرت وكالة الأناضول أن الوزير", "وكالة الأناضول",
          keywords=("وفق", "طبق", "حسب", "نقل", "ذكرت", "أفادت", "أوردت", "نشرت"), language="ar",
          marked=True, caseless=True),
    _cite("cite.ar_told", "Quotes given to an outlet, in Arabic: في تصريح لسكاي نيوز عربية (in "
          "a statement to Sky News Arabia), قال مسؤول لرويترز (an official told Reuters).",
          r"(?:(?:تصريح(?:ات)?|حديث|مقابلة|لقاء)\s+(?:خاصة?\s+|صحفية?\s+)?(?:مع\s+|ل)"
          rf"|(?<!\S)[وف]?{_AR_SAID}(?:\s+[^\s،.]+){{0,3}}?\s+ل)" + _AR_SPAN,
          "وقال مسؤول لرويترز إن", "رويترز", gives_quotes=True,
          keywords=("تصريح", "حديث", "مقابلة", "لقاء", "قال", "صرح", "أكد", "أوضح", "أضاف"),
          language="ar", marked=True, caseless=True),
    _cite("cite.he", "Hebrew attributions: לפי דיווח של רויטרס (according to a Reuters report), "
          "על פי (according to), כפי שדווח ב... (as reported in), כך דווח ב... (so ... reported).",
          r"(?<!\S)ו?(?:לפי|על\s+פי|כפי\s+ש(?:דווח|פורסם|נמסר)|כך\s+(?:דווח|פורסם|נמסר|לפי))\s+"
          + _HE_SPAN,
          "לפי דיווח של רויטרס, הבנק", "רויטרס",
          keywords=("לפי", "פי", "דווח", "פורסם", "נמסר"), language="he", marked=True, caseless=True),
    _cite("cite.he_told", "Quotes given to an outlet, in Hebrew: מסרה לכאן חדשות (told Kan News), "
          "אמר ל-ynet (told ynet), בראיון ל... (in an interview with).",
          rf"(?:(?<!\S)ו?{_HE_SAID}(?:\s+[^\s,.]+){{0,3}}?\s+ל-?|(?<!\S)ו?(?:בראיון|בשיחה)\s+(?:ל-?|עם\s+))"
          + _HE_SPAN,
          "רשות המים מסרה לכאן חדשות כי", "כאן חדשות", gives_quotes=True,
          keywords=("אמר", "מסר", "סיפר", "הבהיר", "הוסיף", "הודיע", "בראיון", "בשיחה"),
          language="he", marked=True, caseless=True),
    _cite("cite.id", "Indonesian and Malay credits: menurut laporan Antara, dikutip dari "
          "Reuters, dilansir dari CNN, seperti dilaporkan kantor berita Bernama.",
          r"\b(?:[Mm]enurut(?:\s+(?:laporan|data|keterangan))?|[Dd]ikutip\s+dari|[Dd]ilansir(?:\s+dari)?"
          r"|[Mm]elansir|[Mm]engutip|[Ss]eperti\s+dilaporkan(?:\s+oleh)?|[Dd]ilaporkan\s+oleh"
          rf"|[Bb]erdasarkan\s+(?:laporan|data)(?:\s+dari)?)\s+(?:{_ID_DESC})?{_OPEN}(?P<name>{NAME})",
          "menurut laporan Antara, banjir", "Antara",
          keywords=("menurut", "dikutip", "dilansir", "melansir", "mengutip", "dilaporkan",
                    "berdasarkan"), language="id"),
    _cite("cite.id_told", "Quotes given to an outlet, in Indonesian and Malay: ujarnya kepada "
          "Kompas.com, saat dihubungi Tempo.co.",
          rf"\b(?:{_ID_SAYS}\s+(?:[^\s,.]+\s+){{0,3}}?kepada|(?:[Ss]aat|[Kk]etika)\s+dihubungi)\s+"
          rf"(?:{_ID_DESC})?{_OPEN}(?P<name>{NAME})",
          "kata dia kepada Kompas.com, Senin.", "Kompas.com", gives_quotes=True,
          keywords=("kepada", "dihubungi"), language="id"),
    _cite("cite.vi", "Vietnamese credits: theo TTXVN, theo báo Tuổi Trẻ, theo hãng tin Reuters "
          "(the name the registry knows, or after a descriptor: Vietnamese capitalises a "
          "body's name from its first word only).",
          rf"\b[Tt]heo\s+(?:(?:báo\s+cáo|thông\s+tin)\s+(?:của|từ)\s+)?(?:{_VI_DESC})?{_OPEN}"
          rf"(?P<name>{NAME})",
          "Theo TTXVN, mưa lớn", "TTXVN", keywords=("theo",), language="vi", marked=True),
    _cite("cite.vi_told", "Quotes given to an outlet, in Vietnamese: trả lời phỏng vấn báo "
          "Tuổi Trẻ, nói với Reuters.",
          r"\b(?:trả\s+lời\s+(?:phỏng\s+vấn\s+)?|trao\s+đổi\s+với|nói\s+với|chia\s+sẻ\s+với)\s*"
          rf"(?:phóng\s+viên\s+)?(?:{_VI_DESC})?{_OPEN}(?P<name>{NAME})",
          "ông nói với Reuters rằng", "Reuters", gives_quotes=True,
          keywords=("trả lời", "trao đổi", "nói với", "chia sẻ"), language="vi", marked=True),
    _cite("cite.sw", "Swahili credits: kwa mujibu wa Reuters, kwa mujibu wa taarifa ya Wizara "
          "ya Afya, kwa mujibu wa gazeti la Mwananchi.",
          rf"\b[Kk]wa\s+mujibu\s+wa\s+(?:{_SW_LEAD})?(?:{_SW_DESC})?{_OPEN}(?P<name>{_SW_NAME})",
          "kwa mujibu wa taarifa ya Wizara ya Afya, watu", "Wizara ya Afya",
          keywords=("mujibu",), language="sw"),
    _cite("cite.sw_told", "Quotes given to an outlet, in Swahili: aliiambia BBC, aliliambia "
          "Mwananchi, akizungumza na Mwananchi, katika mahojiano na Citizen TV.",
          r"\b(?:[Aa](?:li|me|ki|lipo)(?:i|li|ki)ambia|[Aa](?:ki|lipo|li|me)zungumza\s+na|"
          rf"[Kk]atika\s+mahojiano\s+(?:maalumu\s+)?na)\s+(?:{_SW_DESC})?{_OPEN}(?P<name>{_SW_NAME})",
          "Msemaji aliiambia BBC kuwa", "BBC", gives_quotes=True,
          keywords=("ambia", "zungumza", "mahojiano"), language="sw"),
    _cite("cite.ha", "Hausa credits: a cewar kamfanin dillancin labarai na Reuters, a cewar "
          "jaridar Daily Trust.",
          rf"\b[Aa]\s+cewar\s+(?:{_HA_DESC})?{_OPEN}(?P<name>{_HA_NAME})",
          "a cewar kamfanin dillancin labarai na Reuters, mutane", "Reuters",
          keywords=("cewar",), language="ha"),
    _cite("cite.ha_told", "Quotes given to an outlet, in Hausa: ya shaida wa BBC, ta faɗa wa "
          "jaridar Daily Trust.",
          rf"\b(?:ya|ta|sun|ya\s+kuma|ta\s+kuma)\s+(?:shaida|faɗa|fada|bayyana)\s+wa\s+(?:{_HA_DESC})?"
          rf"{_OPEN}(?P<name>{_HA_NAME})",
          "Shugaban ya shaida wa BBC cewa", "BBC", gives_quotes=True,
          keywords=("shaida wa", "faɗa wa", "fada wa", "bayyana wa"), language="ha"),
    _cite("cite.hi", "Hindi attributions, the source before the cue: समाचार एजेंसी पीटीआई के "
          "मुताबिक (according to the news agency PTI), रॉयटर्स की रिपोर्ट के अनुसार.",
          _HI_SPAN + r"\s+(?:की\s+(?:एक\s+)?(?:रिपोर्ट|ख़बर|खबर)\s+)?के\s+(?:मुताबिक़?|अनुसार)",
          "समाचार एजेंसी पीटीआई के मुताबिक, बारिश", "पीटीआई", name_before=True,
          keywords=("मुताबिक", "अनुसार"), language="hi", caseless=True),
    _cite("cite.hi_told", "Quotes given to an outlet, in Hindi: एक अधिकारी ने पीटीआई को बताया "
          "(an official told PTI).",
          _HI_SPAN + r"\s+को\s+(?:बताया|कहा)",
          "एक अधिकारी ने पीटीआई को बताया कि", "पीटीआई", name_before=True, gives_quotes=True,
          keywords=("बताया", "कहा"), language="hi", caseless=True),
    _cite("cite.ur", "Urdu attributions, the source before the cue: اے پی پی کے مطابق "
          "(according to APP), رائٹرز کی رپورٹ کے مطابق.",
          _HI_SPAN + r"\s+(?:کی\s+(?:ایک\s+)?(?:رپورٹ|خبر)\s+)?کے\s+مطابق",
          "خبر رساں ادارے رائٹرز کے مطابق، وزیر", "رائٹرز", name_before=True,
          keywords=("مطابق",), language="ur", caseless=True),
    _cite("cite.ja", "Japanese attributions, the source before the cue: 共同通信によると "
          "(according to Kyodo), ロイター通信が報じた (Reuters reported).",
          r"(?P<span>[^、。，,.\n]{2,40}?)(?:によると|によれば|が報じた|は報じた|が伝えた)",
          "共同通信によると、首相は", "共同通信", name_before=True,
          keywords=("によると", "によれば", "報じた", "伝えた"), language="ja", caseless=True),
    _cite("cite.ko", "Korean attributions, the source before the cue: 연합뉴스에 따르면 "
          "(according to Yonhap), 조선일보가 보도했다 (the Chosun Ilbo reported).",
          r"(?P<span>[^,.\n]{2,60}?)(?:\s*(?:의\s*)?(?:보도에|에)\s*따르면|(?:이|가|은|는)\s+"
          r"(?:보도했다|전했다))",
          "연합뉴스에 따르면 정부는", "연합뉴스", name_before=True,
          keywords=("따르면", "보도했다", "전했다"), language="ko", caseless=True),
    _cite("cite.zh", "Chinese attributions: 据新华社报道 (according to Xinhua's report), 据路透社消息.",
          r"(?:据|據)(?P<span>[^，。,\n]{2,30}?)(?:报道|報導|报导|消息|称|稱)",
          "据新华社报道，国务院", "新华社", keywords=("据", "據"), language="zh", caseless=True),
    _cite("cite.nordic", "Norwegian, Danish and Swedish credits: ifølge NTB, enligt TT, "
          "skriver Aftonbladet, melder NRK, uppger Dagens Nyheter.",
          rf"\b(?:[Ii]følge|[Ee]nligt|(?:skriver|skrev|melder|meldte|meddeler|rapporterer|rapporterar|"
          rf"uppger|opplyser|oplyser|erfarer|erfar)\s+(?:avisen\s+|tidningen\s+|nyhetsbyrån\s+)?)"
          rf"\s*{_OPEN}(?P<name>{NAME_INTL})",
          "Ifølge NTB har flere land vurdert reglene.", "NTB", marked=True,
          keywords=("følge", "enligt", "skriv", "skrev", "meld", "medd", "rappor", "uppger", "lyser",
                    "erfar"), language="no", also=("da", "sv")),
    _cite("cite.nordic_told", "Quotes given to an outlet, in Norwegian, Danish and Swedish: "
          "sier Toppe til NRK, siger han over for DR, säger meteorologen Linda Berg till "
          "Aftonbladet, opplyser politiet til NTB, uppger polisen för TT.",
          rf"\b(?:sier|sa|sagde|siger|säger|sade|forteller|fortæller|berättar|bekrefter|bekræfter|"
          rf"bekräftar|skriver|opplyser|opplyste|oplyser|oplyste|uppger|uppgav)\s+"
          rf"(?:[^\s,.]+\s+){{0,3}}?(?:til|till|för|over\s+for)\s+{_OPEN}(?P<name>{NAME_INTL})",
          "Skatteministeren siger til DR, at pengene skal gå til forebyggelse.", "DR",
          gives_quotes=True, marked=True, keywords=(" til ", " till ", " för ", "over for "),
          language="no", also=("da", "sv")),
    _cite("cite.is", "Icelandic credits: samkvæmt RÚV, í frétt Vísis, greinir mbl.is frá.",
          rf"\b(?:[Ss]amkvæmt|[Íí]\s+fréttum|[Íí]\s+frétt|greinir|greindi)\s+"
          rf"(?:frétt\s+|fréttum\s+|vef\s+)?{_OPEN}(?P<name>{NAME_INTL})",
          "Samkvæmt RÚV er gosið svipað að stærð og gosið í mars.", "RÚV", marked=True,
          keywords=("samkvæmt", "frétt", "greini"), language="is"),
    _cite("cite.is_told", "Quotes given to an outlet, in Icelandic: í samtali við Vísi, í "
          "viðtali við RÚV.",
          rf"\b[Íí]\s+(?:samtali|viðtali)\s+við\s+{_OPEN}(?P<name>{NAME_INTL})",
          "Þetta sagði ráðherrann í samtali við RÚV í gær.", "RÚV", gives_quotes=True,
          marked=True, keywords=("samtali", "viðtali"), language="is"),
    _cite("cite.fi", "Finnish credits, the name's genitive before its cue: STT:n mukaan, Ylen "
          "mukaan, Reutersin tietojen mukaan.",
          _FI_STEM + r"(?::n|in|n)\s+(?:tietojen\s+|haastattelun\s+)?mukaan\b",
          "STT:n mukaan ammattiliitot vastustavat esitystä.", "STT", marked=True,
          keywords=("mukaan",), language="fi"),
    _cite("cite.fi_told", "Quotes given to an outlet, in Finnish: kertoo Ylelle, sanoo HS:lle.",
          r"\b(?:kertoo|kertoi|sanoo|sanoi|vahvistaa|vahvisti|toteaa|totesi|kommentoi|arvioi)\s+"
          + _FI_STEM + r"(?::lle|lle|ille)\b",
          "Työministeri kertoo Ylelle, että esitys annetaan syksyllä.", "Yle", gives_quotes=True,
          marked=True, keywords=("lle",), language="fi"),
    _cite("cite.et", "Estonian credits and quotes, the name's case after a hyphen: BNS-i "
          "andmetel, ERR-i teatel, ütles ERR-ile.",
          _STEM + r"(?:-?i\s+(?:andmetel|teatel|vahendusel)"
          r"|\s+(?:andmetel|teatel))\b",
          "BNS-i andmetel toetab plaani koalitsiooni enamus.", "BNS", marked=True,
          keywords=("andmetel", "teatel", "vahendusel"), language="et"),
    _cite("cite.et_told", "Quotes given to an outlet, in Estonian: ütles ERR-ile, kinnitas "
          "Postimehele, ütles abilinnapea Äripäevale.",
          r"\b(?:ütles|ütleb|kinnitas|rääkis|sõnas|märkis)\s+(?:[a-zäöõüšž-]+\s+){0,2}?" + _STEM
          + r"-?(?:ile|le)\b",
          "Minister ütles ERR-ile, et maksutõus on vältimatu.", "ERR", gives_quotes=True,
          marked=True, keywords=("ütle", "kinnitas", "rääkis", "sõnas", "märkis"), language="et"),
    _cite("cite.lv", "Latvian and Lithuanian credits: vēsta LETA, ziņo LSM, pasak BNS, pranešė "
          "ELTA, rašo 15min.",
          rf"\b(?:vēsta|ziņo|ziņoja|informē|raksta|[Pp]asak|pranešė|praneša|rašo|skelbia|"
          rf"informuoja)\s+(?:aģentūra\s+|portāls\s+|naujienų\s+agentūra\s+|portalas\s+)?"
          # a name in quotes is read whole, its lower-case words too ("pasak „Lietuvos ryto“")
          rf"(?P<name>„[^„“”\n]{{2,50}}“|{_OPEN}{NAME_INTL})",
          "Saeima pieņēma grozījumus likumā, vēsta LETA.", "LETA", marked=True,
          keywords=("vēsta", "ziņo", "informē", "raksta", "pasak", "praneš", "rašo", "skelbia",
                    "informuoja"), language="lv", also=("lt",)),
    _cite("cite.hu", "Hungarian credits, the name before its cue: az MTI szerint, a Telex "
          "értesülése szerint.",
          rf"\b[Aa]z?\s+{_OPEN}(?P<name>{NAME_INTL}){_CLOSE}\s+(?:értesülése\s+|információi\s+)?"
          rf"szerint\b",
          "Az MTI szerint a drágulás oka a forint gyengülése.", "MTI", marked=True,
          keywords=("szerint",), language="hu"),
    _cite("cite.hu_reports", "Hungarian reports, the verb first: közölte az MTI, írja a Telex.",
          rf"\b(?:közölte|írja|írta|jelentette|tudósít|tudósított)\s+az?\s+{_OPEN}"
          rf"(?P<name>{NAME_INTL})",
          "A drágulás oka a forint gyengülése, írja a Telex.", "Telex", marked=True,
          keywords=("közölte", "írja", "írta", "jelentette", "tudósít"), language="hu"),
    _cite("cite.hu_told", "Quotes given to an outlet, in Hungarian: nyilatkozta a Telexnek, "
          "mondta az MTI-nek.",
          r"\b(?:mondta|nyilatkozta|közölte|elmondta|megerősítette)\s+az?\s+" + _STEM
          + r"-?(?:nak|nek)\b",
          "A miniszter nyilatkozta a Telexnek, hogy nem lesz áremelés.", "Telex",
          gives_quotes=True, marked=True, keywords=("nak", "nek"), language="hu"),
    _cite("cite.ro", "Romanian credits: potrivit Agerpres, conform Digi24, informează HotNews, "
          "scrie Libertatea.",
          rf"\b(?:[Pp]otrivit|[Cc]onform|(?:informează|scrie|anunță|relatează|transmite)\s+)\s*"
          rf"(?:agenției\s+|agenția\s+|publicației\s+|publicația\s+|postului\s+|postul\s+|"
          rf"ziarului\s+|ziarul\s+)?{_OPEN}(?P<name>{NAME_INTL})",
          "Potrivit Agerpres, sindicatele au cerut o creștere mai mare.", "Agerpres", marked=True,
          keywords=("potrivit", "conform", "informează", "scrie", "anunță", "relatează",
                    "transmite"), language="ro"),
    _cite("cite.ro_told", "Quotes given to an outlet, in Romanian: a declarat pentru Digi24.",
          rf"\b(?:declarat|spus|precizat|explicat|afirmat|confirmat|declară|spune)\s+{_FEW}pentru\s+"
          rf"{_OPEN}(?P<name>{NAME_INTL})",
          "Ministrul a declarat pentru Digi24 că o nouă majorare este posibilă.", "Digi24",
          gives_quotes=True, marked=True, keywords=("pentru",), language="ro"),
    _cite("cite.el", "Greek credits: σύμφωνα με το ΑΠΕ-ΜΠΕ, όπως μεταδίδει η ΕΡΤ, γράφει η "
          "Καθημερινή.",
          rf"(?:[Σσ]ύμφωνα\s+με|(?:μεταδίδει|μετέδωσε|αναφέρει|ανέφερε|γράφει|έγραψε)\s+)\s*"
          rf"{_EL_ARTICLE}(?:πρακτορείο\s+|εφημερίδα\s+|ιστοσελίδα\s+)?{_OPEN}(?P<name>{NAME_INTL})",
          "Σύμφωνα με το ΑΠΕ-ΜΠΕ, οι εργοδότες εξέφρασαν επιφυλάξεις.", "ΑΠΕ-ΜΠΕ", marked=True,
          keywords=("σύμφωνα", "μεταδ", "μετέδ", "αναφέρει", "ανέφερε", "γράφει", "έγραψε"),
          language="el"),
    _cite("cite.el_told", "Quotes given to an outlet, in Greek: δήλωσε στην ΕΡΤ, μιλώντας στο "
          "ΑΠΕ-ΜΠΕ.",
          rf"(?:δήλωσε|είπε|τόνισε|μιλώντας|ανέφερε)\s+{_FEW}(?:στο|στην|στον|στη)\s+{_OPEN}"
          rf"(?P<name>{NAME_INTL})",
          "Ο υπουργός δήλωσε στην ΕΡΤ ότι η αύξηση θα ισχύσει.", "ΕΡΤ", gives_quotes=True,
          marked=True, keywords=("στο", "στη"), language="el"),
    _cite("cite.sh", "Croatian, Bosnian and Serbian credits: javlja Hina, prenosi Tanjug, "
          "piše Jutarnji list, преноси Танјуг.",
          rf"\b(?:javlja|javila\s+je|javio\s+je|prenosi|prenela\s+je|prenijela\s+je|piše|pišu|"
          rf"objavio\s+je|objavila\s+je|izvještava|izveštava|јавља|преноси|пише|објавио\s+је)\s+"
          rf"(?:agencija\s+|portal\s+|list\s+|агенција\s+)?{_OPEN}(?P<name>{NAME_INTL})",
          "Kako prenosi Tanjug, izmene se odnose na rad na daljinu.", "Tanjug", marked=True,
          keywords=("javl", "prenosi", "prenel", "prenijel", "piše", "pišu", "objavi", "izvješt",
                    "izvešt", "јавља", "преноси", "пише", "објави"), language="hr",
          also=("sr", "bs")),
    _cite("cite.sh_first", "Croatian, Bosnian and Serbian credits, the name first: Hina javlja, "
          "Tanjug prenosi, Танјуг јавља.",
          rf"(?<![\w.-])(?P<name>{NAME_INTL})\s+(?:javlja|javila\s+je|javio\s+je|prenosi|piše|pišu|"
          rf"izvještava|izveštava|јавља|преноси|пише)\b",
          "Hina javlja da su sindikati najavili prosvjed.", "Hina", marked=True,
          keywords=("javl", "prenosi", "piše", "pišu", "izvješt", "izvešt", "јавља", "преноси", "пише"),
          language="hr", also=("sr", "bs")),
    _cite("cite.sh_told", "Quotes given to an outlet, in Croatian, Bosnian and Serbian: rekao je "
          "za Index, izjavila je za N1, рекао је за РТС.",
          rf"\b(?:rekao|rekla|izjavio|izjavila|kazao|kazala|potvrdio|potvrdila|рекао|рекла|изјавио|"
          rf"изјавила)\s+(?:je\s+|је\s+)?{_FEW}(?:za|за)\s+{_OPEN}(?P<name>{NAME_INTL})",
          "Ministar je rekao za N1 da će mjere stupiti na snagu.", "N1", gives_quotes=True,
          marked=True, keywords=("za ", "за "), language="hr", also=("sr", "bs")),
    _cite("cite.bg", "Bulgarian and Macedonian credits: съобщи БТА, по данни на БТА, според "
          "БНТ, соопшти МИА.",
          rf"(?:[Пп]о\s+данни\s+на|[Сс]поред|съобщи|съобщава|предава|соопшти|соопштува)\s+"
          rf"(?:агенция\s+|агенцијата\s+)?{_OPEN}(?P<name>{NAME_INTL})",
          "По данни на БТА опозицията гласува против.", "БТА", marked=True,
          keywords=("по данни", "според", "съобщ", "предава", "соопшт"), language="bg",
          also=("mk",)),
    _cite("cite.bg_told", "Quotes given to an outlet, in Bulgarian and Macedonian: заяви пред "
          "БНТ, изјави за МИА.",
          rf"(?:заяви|каза|коментира|потвърди|изјави|рече)\s+{_FEW}(?:пред|за)\s+{_OPEN}"
          rf"(?P<name>{NAME_INTL})",
          "Финансовият министър заяви пред БНТ, че дефицитът ще остане под 3%.", "БНТ",
          gives_quotes=True, marked=True, keywords=("пред ", "за "), language="bg", also=("mk",)),
    _cite("cite.cs", "Czech and Slovak credits: podle ČTK, uvedla ČTK, podľa TASR, informuje "
          "server iDNES.cz.",
          rf"\b(?:[Pp]odle|[Pp]odľa|(?:uvedl[ao]?|uviedl[ao]?|informoval[ao]?|informuje|napsal[ao]?|"
          rf"napísal[ao]?|píše|oznámil[ao]?|citoval[ao]?)\s+)\s*(?:server\s+|deník\s+|denník\s+|"
          rf"agentura\s+|agentúra\s+|web\s+|portál\s+)?{_OPEN}(?P<name>{NAME_INTL})",
          "Jak uvedla ČTK, odbory považují navýšení za nedostatečné.", "ČTK", marked=True,
          keywords=("podle", "podľa", "uvedl", "uviedl", "informov", "informuje", "napsal",
                    "napísal", "píše", "oznámil", "citoval"), language="cs", also=("sk",)),
    _cite("cite.cs_told", "Quotes given to an outlet, in Czech and Slovak: řekl iDNES.cz, "
          "povedal pre TASR.",
          rf"\b(?:řekl[ao]?|sdělil[ao]?|potvrdil[ao]?|povedal[ao]?|uviedol)\s+(?:pro\s+|pre\s+)?"
          rf"{_OPEN}(?P<name>{NAME_INTL})",
          "Ministr školství řekl iDNES.cz, že peníze jsou zajištěné.", "iDNES.cz",
          gives_quotes=True, marked=True, keywords=("řekl", "sdělil", "potvrdil", "povedal",
                                                    "uviedol"), language="cs", also=("sk",)),
    _cite("cite.pl", "Polish credits: według PAP, podała PAP, informuje TVN24, pisze Gazeta "
          "Wyborcza.",
          rf"\b(?:[Ww]edług|(?:podał[ao]?|podaje|informuje|poinformował[ao]?|pisze|napisał[ao]?|"
          rf"donosi|ustalił[ao]?)\s+)\s*(?:agencja\s+|portal\s+|dziennik\s+|serwis\s+|stacja\s+)?"
          rf"{_OPEN}(?P<name>{NAME_INTL})",
          "Jak podała PAP, projekt trafi teraz do Senatu.", "PAP", marked=True,
          keywords=("według", "poda", "informuje", "poinformow", "pisze", "napisał", "donosi",
                    "ustalił"), language="pl"),
    _cite("cite.pl_told", "Quotes given to an outlet, in Polish: powiedział TVN24, w rozmowie z "
          "RMF FM, w wywiadzie dla Wyborczej.",
          rf"\b(?:(?:powiedział[ao]?|przekazał[ao]?|potwierdził[ao]?)(?:\s+w\s+rozmowie\s+z|\s+w\s+"
          rf"wywiadzie\s+dla)?|[Ww]\s+rozmowie\s+z|[Ww]\s+wywiadzie\s+dla)\s+{_OPEN}"
          rf"(?P<name>{NAME_INTL})",
          "Minister powiedział TVN24, że ustawa wejdzie w życie.", "TVN24", gives_quotes=True,
          marked=True, keywords=("powiedział", "przekazał", "potwierdził", "rozmowie", "wywiadzie"),
          language="pl"),
    _cite("cite.sl", "Slovene credits: poroča STA, navaja STA.",
          rf"\b(?:poroča|poročajo|navaja|sporoča|piše)\s+(?:agencija\s+|portal\s+)?{_OPEN}"
          rf"(?P<name>{NAME_INTL})",
          "Kot poroča STA, bo zakon začel veljati prihodnje leto.", "STA", marked=True,
          keywords=("poroča", "navaja", "sporoča", "piše"), language="sl"),
    _cite("cite.sl_told", "Quotes given to an outlet, in Slovene: je za 24ur.com dejal.",
          rf"\bza\s+{_OPEN}(?P<name>{NAME_INTL}){_CLOSE}\s+"
          rf"(?:dejal|dejala|povedal|povedala|pojasnil|pojasnila|izjavil|izjavila)\b",
          "Minister je za 24ur.com dejal, da je financiranje zagotovljeno.", "24ur.com",
          gives_quotes=True, marked=True, keywords=("dejal", "povedal", "pojasnil", "izjavil"),
          language="sl"),
    _cite("cite.nl", "Dutch credits: volgens het ANP, meldt de NOS, schrijft de Volkskrant.",
          rf"\b(?:[Vv]olgens|(?:meldt|meldde|schrijft|schreef|bericht|berichtte)\s+)\s*(?:het\s+|de\s+)?"
          rf"(?:persbureau\s+|krant\s+|omroep\s+|nieuwssite\s+|zender\s+)?{_OPEN}"
          rf"(?P<name>{NAME_INTL})",
          "Volgens het ANP zijn werkgevers niet blij met de plannen.", "ANP", marked=True,
          keywords=("volgens", "meld", "schr", "bericht"), language="nl"),
    _cite("cite.nl_told", "Quotes given to an outlet, in Dutch: zegt hij tegen de Volkskrant, "
          "laat weten aan NU.nl.",
          rf"\b(?:zegt|zei|vertelt|vertelde|bevestigt|bevestigde|laat|liet)\s+(?:[^\s,.]+\s+){{0,3}}?"
          rf"(?:tegen|aan)\s+(?:het\s+|de\s+)?{_OPEN}(?P<name>{NAME_INTL})",
          "De minister zegt tegen de Volkskrant dat de plannen klaar zijn.", "Volkskrant",
          gives_quotes=True, marked=True, keywords=("tegen", " aan "), language="nl"),
    _cite("cite.tr", "Turkish credits, the name's genitive or dative before its cue: "
          "Reuters'ın haberine göre, AA'nın aktardığına göre, AFP'ye göre, Le Monde gazetesinin "
          "haberine göre.",
          _TR_NAME + r"(?:(?:['’]n?[ıiuü]n|\s+" + _TR_DESC + r"n[ıiuü]n)\s+(?:haberine|haberlerine|"
          r"aktardığına|bildirdiğine|yazdığına|duyurduğuna|verilerine|aktardığı\s+bilgiye|"
          r"ulaştığı\s+bilgiye|edindiği\s+bilgiye)|(?:['’]y?[ae]|\s+" + _TR_DESC + r"ne))\s+göre\b",
          "Reuters'ın haberine göre, ekonomistler faizin sabit kalmasını bekliyordu.", "Reuters",
          marked=True, keywords=("göre",), language="tr"),
    _cite("cite.tr_told", "Quotes given to an outlet, in Turkish: Sözcü'ye konuşan, Reuters'a "
          "yaptığı açıklamada, AA muhabirine açıklama yapan.",
          _TR_NAME + r"(?:['’]y?[ae]|\s+" + _TR_DESC + r"ne|\s+muhabirine)\s+(?:konuşan|konuştu|"
          r"açıklama\s+yapan|açıklama\s+yaptı|yaptığı\s+açıklamada|verdiği\s+demeçte|"
          r"demeç\s+veren|verdiği\s+röportajda)\b",
          "Bakan, Reuters'a yaptığı açıklamada kararın kesin olduğunu söyledi.", "Reuters",
          gives_quotes=True, marked=True,
          keywords=("konuş", "açıklama", "demeç", "röportaj"), language="tr"),
    _cite("cite.ku", "Kurmanji credits, the name with its ending: li gorî Rûdawê, li gorî ANF'ê.",
          r"\b[Ll]i\s+gorî\s+" + _STEM + r"(?:['’]?y?ê|['’]?y?a)?(?=[\s,.;:])",
          "Li gorî Rûdawê, hikûmetê biryar da.", "Rûdaw", marked=True, keywords=("gorî",),
          language="ku"),
    _cite("cite.ku_told", "Quotes given to an outlet, in Kurmanji: ji Kurdistan24ê re got, bi "
          "Rûdawê re axivî.",
          r"\b(?:ji|bi)\s+" + _STEM + r"(?:['’]?y?ê|['’]?y?a)?\s+re\s+(?:got|gotiye|ragihand|"
          r"axivî|axiviye|diyar\s+kir)\b",
          "Berdevkê hikûmetê ji Kurdistan24ê re got ku pirsgirêk dê were çareserkirin.",
          "Kurdistan24", gives_quotes=True, marked=True, keywords=(" re ",), language="ku"),
    _cite("cite.ca", "Catalan credits: segons l'ACN, segons ha informat el diari Ara, d'acord "
          "amb l'agència EFE.",
          rf"\b(?:[Ss]egons(?:\s+(?:ha\s+)?(?:informat|publicat|avançat|explicat|recollit))?"
          rf"|[Dd]['’]acord\s+amb)\s+(?:{_CA_ARTICLE})?(?:{_CA_DESC})?{_OPEN}(?P<name>{NAME})",
          "Segons l'ACN, els pagesos reclamen ajudes directes.", "ACN", marked=True,
          keywords=("segons", "acord amb"), language="ca"),
    _cite("cite.ca_told", "Quotes given to an outlet, in Catalan: ha dit a VilaWeb, ha "
          "explicat a l'ARA, en declaracions a Catalunya Ràdio.",
          rf"\b(?:(?:dit|declarat|explicat|assegurat|confirmat|afirmat|detallat)\s+(?:a\s+|al\s+|als\s+)"
          rf"|[Ee]n\s+declaracions\s+(?:a\s+|al\s+))(?:{_CA_ARTICLE})?(?:{_CA_DESC})?{_OPEN}"
          rf"(?P<name>{NAME})",
          "La consellera ha explicat a VilaWeb que les restriccions es mantindran.", "VilaWeb",
          gives_quotes=True, marked=True,
          keywords=("dit ", "declara", "explicat", "assegurat", "confirmat", "afirmat", "detallat"),
          language="ca"),
    _cite("cite.gl", "Galician credits: segundo a axencia Europa Press, de acordo co CIS, "
          "segundo informou Nós Diario.",
          rf"\b(?:[Ss]egundo(?:\s+(?:informou|publicou|avanzou|recolle))?|[Dd]e\s+acordo\s+co[na]?"
          rf"|[Cc]onforme)\s+(?:{_GL_ARTICLE})?(?:{_GL_DESC})?{_OPEN}(?P<name>{NAME})",
          "Segundo a axencia Europa Press, os concellos reclaman máis competencias.",
          "Europa Press", marked=True, keywords=("segundo", "acordo co", "conforme"), language="gl"),
    _cite("cite.gl_told", "Quotes given to an outlet, in Galician: dixo a Nós Diario, explicou á "
          "CRTVG.",
          rf"\b(?:dixo|declarou|explicou|asegurou|confirmou|afirmou|contou)\s+(?:a\s+|á\s+|ao\s+|aos\s+)"
          rf"(?:{_GL_DESC})?{_OPEN}(?P<name>{NAME})",
          "O alcalde dixo a Nós Diario que o concello recorrerá.", "Nós Diario", gives_quotes=True,
          marked=True, keywords=("dixo", "declarou", "explicou", "asegurou", "confirmou", "afirmou",
                                 "contou"), language="gl"),
    _cite("cite.eu", "Basque credits, the name's genitive before its cue: EFE agentziaren "
          "arabera, Berriaren arabera.",
          _STEM + r"(?:" + _EU_GENITIVE + r"|\s+(?:agentziaren|egunkariaren|telebistaren|"
          r"irratiaren|atariaren))\s+arabera\b",
          "EFE agentziaren arabera, oposizioko alderdiek legearen aurka bozkatuko dute.", "EFE",
          marked=True, keywords=("arabera",), language="eu"),
    _cite("cite.eu_reports", "Basque reports, the name in the ergative: Berriak jakinarazi "
          "duenez, EITBk argitaratu du.",
          _STEM + _EU_ERGATIVE + r"\s+(?:jakinarazi|argitaratu|zabaldu|aurreratu)\s+"
          r"(?:du|duenez|zuen|zuenez)\b",
          "Berriak jakinarazi duenez, legea udazkenean onartuko da.", "Berria", marked=True,
          keywords=("jakinarazi", "argitaratu", "zabaldu", "aurreratu"), language="eu"),
    _cite("cite.eu_told", "Quotes given to an outlet, in Basque: EITBri esan dio, Berriari "
          "adierazi dionez.",
          _STEM + _EU_DATIVE + r"\s+(?:esan|adierazi|azaldu|baieztatu)\s+(?:dio|diote|zion|"
          r"zioten|dionez|diotenez)\b",
          "Sailburuak EITBri esan dio neurriak udan jarriko direla.", "EITB", gives_quotes=True,
          marked=True, keywords=("esan", "adierazi", "azaldu", "baieztatu"), language="eu"),
    _cite("cite.es_reported", "A Spanish source as the subject of a reporting verb: la "
          "Fiscalía informó (people who say things are quotes, not citations).",
          rf"\s+(?P<verb>{_ES_REPORTS})\b",
          "la Fiscalía informó que", "Fiscalía", name_before=True, keywords=_ES_REPORTED,
          language="es"),
)

# The name before a reporting verb, read backwards from it (``cite.reported``).
NAME_BEFORE = re.compile(
    rf"(?:^|[\s(\"“,;:])(?:the\s+|The\s+)?(?P<name>{NAME})(?:\s+(?P<desc>{DESCRIPTOR}))?"
    r"(?:\s+(?:has|had|also|first|previously|initially|on\s+\w+day|earlier|later|then|"
    r"on\s+\w+))?$"
)
# A wire tag opening a paragraph: MOSCOW (Reuters) -, (AP) —, BAKU, Jan 10 (AFP):, the German
# agencies' Frankfurt/Main (dpa) -, the Spanish (EFE).-, and India's, which set nothing between
# the tag and the sentence: New Delhi, Jun 3 (PTI) The ... (a registered agency's only:
# citations.scan)
WIRE_TAG = re.compile(
    rf"^(?:(?:[{_UPPER}]{{2}}[{_UPPER} .'’/-]{{0,30}}|[{_UPPER}][^\W\d_]+(?:[/ -][{_UPPER}][^\W\d_]+)?)"
    rf"(?:,[^()\n]{{1,40}})?\s*)?"
    rf"\((?P<name>[{_UPPER}a-z][\w./&' -]{{0,28}})\)(?:\.?\s*[-–—:]|\s+(?=[{_UPPER}\"“]))"
)
# The dateline the Russian-language agencies open a story with, the agency's name in it:
# "БАКУ, 10 янв — Sputnik.", "АСТАНА. 15 апреля. КАЗИНФОРМ -", "МОСКВА, 15 апреля. /ТАСС/.",
# "АСТАНА, 15 апреля. /Корр. КАЗИНФОРМ/ -", Russia's regional agencies' "Казань, 3 июня.
# «Татар-информ»." and "ВЛАДИВОСТОК, 3 июня 2024, 14:32 — ИА PrimaMedia." (ИА, "news
# agency", before the name), Trend's "Баку/15.04.20/Trend/ -", and the
# English wires' "TBILISI, April 15 (Reuters) -" (India's "New Delhi, Jun 3 (PTI) The ..."): a
# place, its country perhaps, a day, the agency (a registered agency's only: citations.scan);
# Trend's English dateline names its reporter too: "BAKU, Azerbaijan, Jan. 10. By Elchin
# Mehdiyev – Trend:".
# Ethiopia's agencies' too, in Amharic, a place without capitals, the Ethiopian calendar's
# day with its year and a preface colon: "አዲስ አበባ፣ ግንቦት 26/2016 (ኢዜአ)፦"
_PLACE = (rf"(?:[{_UPPER}]|[\u1200-\u137f])[^\W\d_]*(?:[ -][^\W\d_]+){{0,2}}"
          rf"(?:,\s*[{_UPPER}][^\W\d_]+(?:\s[{_UPPER}][^\W\d_]+)?)?")
# (the day with its full stop and the month's name glued to it too, as Czech, Slovak and
# Latvian print them: "3. června", "3.jūn."; Lithuanian's day with its "d.": "birželio 3 d.")
_DAY_PRINTED = (r"(?:\d{1,2}(?:\.\s*|\s+)[^\W\d_]{3,10}\.?(?:\s+(?:19|20)\d\d)?"
                r"|[^\W\d_]{3,9}\.?\s*\d{1,2}(?:/\d{4}|\s+d\.)?|\d{1,2}[./]\d{1,2}[./]\d{2,4})")
AGENCY_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})(?:\s*[,.፣]\s*|/|\s+(?=\d{{1,2}}\.\s))(?P<date>{_DAY_PRINTED}"
    r"(?:,?\s+\d{1,2}:\d\d)?)(?:"
    r"\s*[—–-]\s*(?P<ia>ИА\s+)?(?P<dash>[^.\n]{2,30}?)\.(?:\s|$)"
    rf"|\.\s*«(?P<quoted>[{_UPPER}][^«»\n]{{1,30}})»\.?(?:\s*[-–—]|\s+(?=[{_UPPER}]))"
    r"|\.?\s*/(?i:корр\.\s*)?(?P<slash>[^/\n]{2,30})/\s*[.\-–—]?"
    rf"|\.\s*(?P<caps>[{_UPPER}][\w.\-]{{1,20}}(?:\s[{_UPPER}][\w.\-]{{1,20}})?)\s*[-–—]"
    rf"|\.?\s*\((?P<paren>[^)\n]{{2,30}})\)\.?(?:\s*[-–—:፦]|\s+(?=[{_UPPER}\"“]))"
    # LETA's: "Rīga, 3.jūn., LETA. Saeima ..."
    rf"|\.?,\s*(?P<comma>[{_UPPER}]{{2,12}})\.\s+(?=[{_UPPER}\"“])"
    rf"|\.\s*(?P<credit>(?i:by)\s+[{_UPPER}][\w'’.\-]+(?:\s[{_UPPER}][\w'’.\-]+){{0,3}}\s*[–—-]\s*"
    r"(?P<credited>[^:\n]{2,30}):))"
)


# A Chinese agency's dateline: the agency, its reporter perhaps, the place, the day and 电
# ("wired"): "新华社北京6月3日电", "（中央社記者溫貴香台北3日電）" (a name of two or three
# characters before a place of two to four)
CHINESE_DATELINE = re.compile(
    r"^[（(]?(?P<agency>[\u4e00-\u9fff]{1,3}社)(?:(?:记者|記者)(?P<name>[\u4e00-\u9fff]{2,3}))?"
    r"(?P<place>[\u4e00-\u9fff]{2,4}?)(?P<date>(?:\d{1,2}月)?\d{1,2}日)(?:电|電)[）)]?"
)


# The Arab agencies' dateline: a place of one to three words, the day (in digits, or with the
# month's name), and the agency's tag, bracketed, between slashes or bare before a dash:
# "عمان 3 حزيران (بترا) -" (Petra), "رام الله 3-6-2024 وفا-" (WAFA), "الدوحة في 03 يونيو /قنا/"
# (QNA, "in" before the day), "الكويت - 3 - 6 (كونا) --" (KUNA)
_AR_LETTER = r"[\u0621-\u064a]"
_AR_WORD = rf"(?!في\s){_AR_LETTER}{{2,15}}"
_AR_PLACE = rf"{_AR_WORD}(?:\s{_AR_WORD}){{0,2}}"  # "رام الله", not "في" (in) before the day
ARABIC_DATELINE = re.compile(
    rf"^(?P<place>{_AR_PLACE})(?:\s+في|\s{{1,3}}[-–—])?\s{{1,3}}"
    rf"(?P<date>\d{{1,2}}\s?[-/]\s?\d{{1,2}}(?:[-/](?:19|20)?\d\d)?|\d{{1,2}}\s{_AR_LETTER}{{3,9}}"
    r"(?:\s(?:19|20)\d\d)?)"
    r"\s{0,3}(?:\((?P<paren>[^)\n]{2,30})\)\s{0,3}[-–—]|/(?P<slash>[^/\n]{2,30})/"
    rf"|(?P<bare>{_AR_LETTER}{{2,12}})\s{{0,3}}[-–—])"
)


# An Arab agency's dateline on a line of its own before the story, the place and the agency's
# tag: "دمشق-سانا" (SANA), "القاهرة - أ ش أ" (MENA); the tag must be an agency the registry knows
ARABIC_PLACE_TAG = re.compile(
    rf"^(?P<place>{_AR_PLACE})\s?[-–—]\s?(?P<names>{_AR_LETTER}{{1,12}}(?:\s{_AR_LETTER}{{1,12}}){{0,2}})$"
)


def agency_dateline(paragraph: str) -> tuple[re.Match[str], str] | None:
    """The agency's dateline ``paragraph`` opens with, and the group of the match that
    holds the agency's name as printed."""
    m = AGENCY_DATELINE.match(paragraph)
    if m is None:
        m = ARABIC_DATELINE.match(paragraph)
        if m is not None:
            return m, next(k for k in ("paren", "slash", "bare") if m.group(k))
        m = CHINESE_DATELINE.match(paragraph)
        return (m, "agency") if m is not None else None
    return m, next(k for k in ("dash", "slash", "caps", "paren", "credited", "comma", "quoted")
                   if m.group(k))


# Words of a copyright holder's name that make it an outlet's (Los Angeles Times), and words
# that make it a company behind outlets (Nexstar Media, Associated Newspapers, Tamedia Group).
HOLDER_OUTLET_WORDS = frozenset("""
news times zeitung post journal daily radio tv magazine magazin gazette gazeta observer revista
express nachrichten rundschau anzeiger tageblatt reporter tribune herald chronicle telegraph
courier kurier presse nouvelles noticias notizie corriere giornale gazzetta diario jornal
review weekly bulletin novosti vesti haber pravda
""".split())
HOLDER_COMPANY_WORDS = frozenset("""
media group ventures holdings holding communications communication newspapers verlag verlagsgesellschaft
publishing publications publishers network digital international enterprises corporation
company foundation
""".split())

# Cues that tell outlets, institutions and people apart (matched on words of the name).
OUTLET_WORDS = frozenset("""
news agency press media times post gazette gazeta journal daily herald tribune telegraph
observer magazine channel broadcasting broadcaster radio tv television review chronicle express
wire online newspaper newspapers novosti vesti haber ajans ajansı izvestia today weekly bulletin report
reporter inform informburo sputnik pravda zeitung monde nachrichten kurier revista
rundschau anzeiger tageblatt blatt presse nouvelles noticias notizie corriere giornale gazzetta
diario periódico jornal krant avis dagblad tidning newsroom prensa rundfunk rundfunks fernsehen
télévision televisión gazeti redio televisheni jaridar rediyo talabijin
""".split())
INSTITUTION_WORDS = frozenset("""
ministry ministers department office committee council commission bank university institute
center centre government parliament embassy administration organization organisation union fund
court police prosecutor prosecutor's army forces command secretariat kremlin pentagon cabinet
company corporation corp inc ltd llc group association foundation authority authorities board
mission party bureau statistics assembly senate congress duma majlis agency service services
presidency president's school hospital agency's ministry's consulate federation network staff
headquarters directorate inspectorate guard ministère ministerio gouvernement gobierno préfecture
parquet fiscalía policía tribunal institut instituto banque banco ayuntamiento alcaldía mairie
presidencia secretaría comisión consejo conseil ministero istituto governo banca tribunale procura
comune regione polizia ministério polícia prefeitura procuradoria senado
wizara shirika mamlaka idara benki tume serikali bunge mahakama halmashauri taasisi chama baraza
jeshi chuo hazina ma'aikatar hukumar gwamnatin rundunar kotun majalisar ƙungiyar kungiyar jam'iyyar
bankin jami'ar
""".split())
# German compounds end in what they name: das Innenministerium, das Statistische Bundesamt,
# die Bundesbank; der Bayerische Rundfunk, die Tageszeitung
DE_INSTITUTION_ENDINGS = tuple("""
ministerium ministeriums amt amts amtes bank behörde gericht gerichts gerichtshof gerichtshofs
kommission polizei regierung verband verbands institut instituts senat senats bundestag landtag
bundesrat kammer anwaltschaft rechnungshof rechnungshofs
""".split())
DE_OUTLET_ENDINGS = tuple("""
zeitung rundfunk rundfunks agentur magazin magazins sender senders fernsehen fernsehens blatt
blattes presse nachrichten radio
""".split())
# What a German source's name is not, though capitalised: "laut Polizei", "nach Angaben der
# Veranstalter", "unter Berufung auf Regierungskreise"
DE_NOT_NAMES = frozenset("""
polizei angaben bericht berichten medienberichten experten expertinnen informationen daten
zahlen schätzungen studie umfrage statistik zeugen augenzeugen veranstalter behörden regierung
regierungskreise regierungskreisen kreisen insider insidern quellen sprecher sprecherin
unternehmen firma medien beobachter analysten forscher wissenschaftler prognose prognosen
nachrichtenagentur agentur zeitung sender magazin portal blatt rundfunk zeitschrift hersteller
herstellers betreiber anbieter händler kunden nutzer kennern beobachtern schätzung
""".split())
# Words that name a role, not a person: "told President Putin" is a person all the same.
PERSON_TITLES = frozenset("""
president minister prime deputy ambassador mr mrs ms dr prof professor analyst expert general
colonel spokesman spokeswoman spokesperson chairman chairwoman director secretary senator mp
governor mayor adviser advisor head chief leader
""".split())
# Nouns after a capitalised word that make it an adjective: Kazakh media, Russian officials.
NOT_A_NAME_AFTER = frozenset("""
media officials official sources source authorities analysts analyst experts expert side
lawmakers diplomats reports press outlets journalists military government leadership
""".split())
# Words after a name that do not make it an adjective: "told Kloop that ...".
FUNCTION_WORDS = frozenset("""
that on in at the a an and as after before last this earlier was is had has he she it they to
for with from by about when while but yesterday today tomorrow what how why if whether about
""".split())
# Names that are words of the sentence, not sources: "according to The", "told Him".
NOT_NAMES = frozenset("""
the he she it they we i you him her them us this that these those his their its our one
some many most all both each other others reporters journalists ceo cfo cto coo radio tv
""".split())
SOCIAL_DOMAINS = frozenset("""
facebook.com twitter.com x.com instagram.com youtube.com youtu.be t.me telegram.org vk.com ok.ru
linkedin.com tiktok.com whatsapp.com google.com apple.com play.google.com wordpress.com
""".split())

# COPYRIGHT and REUSE are matched against lower-cased text (faster than IGNORECASE).
# (and Korean's holder of the copyright, Chinese's, Hebrew's and Arabic's "all rights reserved")
COPYRIGHT = re.compile(r"©|\(c\)|ⓒ|\bcopyright\b|&copy;|저작권자|版权所有|版權所有|כל הזכויות שמורות|"
                       r"جميع الحقوق محفوظة")
COPYRIGHT_NOISE = re.compile(
    r"©|\(c\)|ⓒ|&copy;|\bcopyright\b|\b(?:19|20)\d\d\b(?:\s*[-–—]\s*(?:19|20)?\d\d\b)?|"
    r"all\s+rights\s+reserved|все\s+права\s+защищены|tüm\s+hakları\s+saklıdır|"
    r"alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés|todos\s+los\s+derechos\s+reservados|"
    r"tutti\s+i\s+diritti\s+riservati|barcha\s+huquqlar\s+himoyalangan|bütün\s+hüquqlar\s+qorunur|"
    r"כל\s+הזכויות\s+שמורות\s+(?:ל(?:-|(?=\w)))?|جميع\s+الحقوق\s+محفوظة\s+(?:ل(?=\w))?|"
    r"\bby\b|\bowned\s+by\b|\bpowered\s+by\b.*$",
    re.IGNORECASE,
)
REUSE = re.compile(
    r"use\s+of\s+(?:the\s+)?materials|hyperlink|\breprint|\brepublish|\breproduc|when\s+using|"
    r"при\s+(?:полном\s+или\s+частичном\s+)?(?:использовании|перепечатке)|гиперссылк|ссылка\s+на|"
    r"istifadə\s+edərkən|kaynak\s+gösterilmeden|izinsiz",
)
# A copyright line that credits a picture, not the page: © picture alliance/dpa, © Getty Images.
CREDIT = re.compile(
    r"photo|foto|image|bild|getty|shutterstock|adobe|istock|depositphotos|picture[- ]alliance|"
    r"imago|keystone|pixabay|unsplash|abb\.|credit|\w/\w|\(dpa\)|\bvia\b",
    re.IGNORECASE,
)
# What makes a copyright line the page's own footer: a year, or a rights reservation.
FOOTER = re.compile(
    r"\b(?:19|20)\d\d\b|rights\s+reserved|rechte\s+vorbehalten|droits\s+réservés|"
    r"derechos\s+reservados|diritti\s+riservati|права\s+защищены|hakları\s+saklıdır|"
    r"hüquqlar\s+qorunur|הזכויות\s+שמורות|الحقوق\s+محفوظة|"
    # Korean's, Japanese's and Chinese's: reproduction without leave forbidden, rights reserved
    r"무단\s?전재|転載を禁|転載禁止|版权所有|版權所有|不得转载|禁止转载",
    re.IGNORECASE,
)
# The legal form after a company's name: Neue Zürcher Zeitung AG, besserwisser eG.
LEGAL_FORM = re.compile(
    r"[,\s]+(?:gmbh(?:\s*&\s*co\.?(?:\s*kg)?)?|ag|eg|gbr|inc\.?|ltd\.?|llc|l\.l\.c\.|kg|plc|s\.?a\.?|"
    r"s\.?r\.?l\.?|se|co\.?|corp\.?|limited|ooo|оoo|ооо|тоо|ао|зао|оао|pvt\.?|private)\s*$",
    re.IGNORECASE,
)
# Lines where a follow-us handle is the outlet's own, not an embedded post's.
FOLLOW = re.compile(
    r"follow|folgen|suivez|síguenos|seguici|подпис|читайте|takip|izləyin|twitter|telegram|"
    r"instagram|facebook|x\.com",
    re.IGNORECASE,
)
HANDLE = re.compile(r"(?<![\w@])@([A-Za-z0-9_]{2,30})\b")
DOMAIN_TOKEN = re.compile(r"(?<![\w@.-])((?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b",
                          re.IGNORECASE)
