"""Patterns and word lists of the provenance stage, kept apart from its logic.

Citation patterns have stable ids (``cite.told``), a one-line doc and an example with the
name it must give; ``newsclean rules`` lists them and ``docs/rules.md`` shows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A name as the text prints it: capitalised words (Times of Central Asia, RFE/RL's Kazakh
# Service), a domain (Armiya.az, news.am), Cyrillic names (ТАСС, РИА Новости).
_UPPER = r"A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁƏÜÖÇŞĞİ"
_TOKEN = (
    rf"(?:[a-z0-9][a-z0-9-]*\.(?:az|ru|com|am|ge|kz|kg|uz|tj|tm|by|ua|tr|net|org|info|media|news|io|tv|eu)\b"
    rf"|[{_UPPER}0-9][\w’'&/.-]*[\w’']|[{_UPPER}])"
)
_JOIN = r"(?:\s+(?:(?:of|and|for)\s+the|of|the|for|and|de|du|al|&)\s+|\s+(?=[" + _UPPER + r"0-9])|-)"
NAME = rf"(?:{_TOKEN}(?:{_JOIN}{_TOKEN}){{0,6}})"
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
    regex: re.Pattern[str]
    example: str
    expected: str
    #: the source was handed the quotes (told X, in an interview with X): secondary reporting
    gives_quotes: bool = False
    #: the name comes before the match (X reported); the regex then finds only the verb
    name_before: bool = False
    #: lower-case words one of which a paragraph must hold before the regex runs (speed)
    keywords: tuple[str, ...] = ()


def _cite(rule: str, doc: str, regex: str, example: str, expected: str, *,
          gives_quotes: bool = False, name_before: bool = False,
          keywords: tuple[str, ...] = ()) -> CitePattern:
    return CitePattern(rule, doc, re.compile(regex), example, expected,
                       gives_quotes, name_before, keywords)


_ROLE = (r"(?:(?:political\s+|military\s+|independent\s+)?(?:analyst|expert|economist|"
         r"scientist|researcher|professor|official|spokesman|spokeswoman|spokesperson|"
         r"journalist|lawyer|historian)\s+)")
_DESC_BEFORE = (rf"(?:(?:the|an?)\s+)?(?:{_ADJ}(?P<desc>{DESCRIPTOR})\s+|{_ROLE})?"
                r"(?:the\s+)?")

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
    _cite("cite.according_to", "Information credited to a source: according to Interfax.",
          rf"\b(?i:according)\s+to\s+{_DESC_BEFORE}(?P<name>{NAME})",
          "according to the State Statistics Committee", "State Statistics Committee",
          keywords=("according",)),
    _cite("cite.by", "A passive credit: as reported by RFE/RL, cited by TASS, quoted by APA.",
          rf"\b(?i:reported|cited|quoted|published|broadcast|written)\s+by\s+{_DESC_BEFORE}"
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
          "Интерфакса, со ссылкой на РИА Новости, рассказал агентству Trend.",
          r"(?i:сообща(?:ет|ют)|переда[её]т|пишет|пишут|информирует|по\s+(?:данным|информации|"
          r"сообщению)|со\s+ссылкой\s+на|(?:рассказал[аи]?|заявил[аи]?|сообщил[аи]?)\s+"
          r"(?:агентству|изданию|газете|телеканалу|порталу|корреспонденту))\s+"
          r"(?:(?P<desc>агентство|агентства|издание|издания|газета|газеты|телеканал|телеканала|"
          r"портал|портала)\s+)?(?P<name>[«\"]?[A-ZА-ЯЁ0-9][\w.-]*(?:\s+[A-ZА-ЯЁ][\w.-]*){0,3}[»\"]?)",
          "об этом сообщает ТАСС", "ТАСС",
          keywords=("сообща", "переда", "пишет", "пишут", "информир", "по данным", "по информ",
                    "по сообщ", "ссылкой", "рассказал", "заявил", "сообщил")),
)

# The name before a reporting verb, read backwards from it (``cite.reported``).
NAME_BEFORE = re.compile(
    rf"(?:^|[\s(\"“,;:])(?:the\s+|The\s+)?(?P<name>{NAME})(?:\s+(?P<desc>{DESCRIPTOR}))?"
    r"(?:\s+(?:has|had|also|on\s+\w+day|earlier|later|then|on\s+\w+))?$"
)
# A wire tag opening a paragraph: MOSCOW (Reuters) -, (AP) —, BAKU, Jan 10 (AFP):
WIRE_TAG = re.compile(
    rf"^(?:[{_UPPER}]{{2}}[{_UPPER} .'’/-]{{0,30}}(?:,[^()\n]{{1,40}})?\s*)?"
    rf"\((?P<name>[{_UPPER}][\w./&' -]{{0,28}})\)\s*[-–—:]"
)
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
diario periódico jornal krant avis dagblad tidning newsroom
""".split())
INSTITUTION_WORDS = frozenset("""
ministry ministers department office committee council commission bank university institute
center centre government parliament embassy administration organization organisation union fund
court police prosecutor prosecutor's army forces command secretariat kremlin pentagon cabinet
company corporation corp inc ltd llc group association foundation authority authorities board
mission party bureau statistics assembly senate congress duma majlis agency service services
presidency president's school hospital agency's ministry's consulate federation network staff
headquarters directorate inspectorate guard
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
some many most all both each other others reporters journalists
""".split())
SOCIAL_DOMAINS = frozenset("""
facebook.com twitter.com x.com instagram.com youtube.com youtu.be t.me telegram.org vk.com ok.ru
linkedin.com tiktok.com whatsapp.com google.com apple.com play.google.com wordpress.com
""".split())

# COPYRIGHT and REUSE are matched against lower-cased text (faster than IGNORECASE).
COPYRIGHT = re.compile(r"©|\(c\)|ⓒ|\bcopyright\b|&copy;")
COPYRIGHT_NOISE = re.compile(
    r"©|\(c\)|ⓒ|&copy;|\bcopyright\b|\b(?:19|20)\d\d\b(?:\s*[-–—]\s*(?:19|20)?\d\d\b)?|"
    r"all\s+rights\s+reserved|все\s+права\s+защищены|tüm\s+hakları\s+saklıdır|"
    r"alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés|todos\s+los\s+derechos\s+reservados|"
    r"tutti\s+i\s+diritti\s+riservati|barcha\s+huquqlar\s+himoyalangan|bütün\s+hüquqlar\s+qorunur|"
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
    r"hüquqlar\s+qorunur",
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
