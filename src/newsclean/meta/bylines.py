"""Bylines: who wrote it, as people and organisations, never one joined string.

``parse_byline`` reads one byline (``By X and Y | Reuters``, ``Reporting by X; Editing by
Y``, ``X, Staff Writer``, ``X (AFP)``, an author promo with a handle, an organisation's
signature). Names printed in capitals get their usual case. Dates and labels around the
names are dropped. People quoted in the body never get here: only byline lines are read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from importlib import resources

from newsclean.article import Author
from newsclean.chrome import patterns as p
from newsclean.language import is_lower
from newsclean.meta.dates import find_dates
from newsclean.provenance.cues import LEGAL_FORM
from newsclean.segment import MARKS

# Wire services and other organisations that sign articles.
WIRES = {
    "reuters": "Reuters", "ap": "AP", "associated press": "Associated Press", "afp": "AFP",
    "agence france-presse": "Agence France-Presse", "bloomberg": "Bloomberg", "dpa": "dpa",
    "tass": "TASS", "ria novosti": "RIA Novosti", "interfax": "Interfax", "xinhua": "Xinhua",
    "anadolu agency": "Anadolu Agency", "aa": "AA", "efe": "EFE", "ansa": "ANSA",
    "kyodo": "Kyodo", "upi": "UPI", "apa": "APA", "trend": "Trend", "kazinform": "Kazinform",
    "sputnik": "Sputnik", "epa": "EPA", "kna": "KNA", "epd": "epd", "sda": "SDA", "apa-ots": "APA-OTS",
    "jiji": "Jiji", "jiji press": "Jiji Press", "kyodo news": "Kyodo News", "yonhap": "Yonhap",
    "pti": "PTI", "ians": "IANS", "ap news": "AP News", "ritzau": "Ritzau", "ntb": "NTB",
    "anp": "ANP", "belga": "Belga", "lusa": "Lusa", "pap": "PAP", "mti": "MTI", "čtk": "ČTK",
    "europa press": "Europa Press", "keystone-sda": "Keystone-SDA", "agencia efe": "Agencia EFE",
    "ani": "ANI", "antara": "Antara", "bernama": "Bernama", "vna": "VNA", "ttxvn": "TTXVN",
    "bss": "BSS", "pna": "PNA",
    # Africa's agencies: Nigeria's, Ghana's, Ethiopia's, Morocco's, Tunisia's, Côte d'Ivoire's,
    # Senegal's and Algeria's
    "nan": "NAN", "gna": "GNA", "ena": "ENA", "map": "MAP", "tap": "TAP", "aip": "AIP",
    "aps": "APS",
    # Europe's: Sweden's, Finland's, the Baltic states', Romania's, Greece's, Croatia's,
    # Serbia's, Bosnia's, Bulgaria's (in Cyrillic) and Slovakia's; not "TT", "STA" or "BTA"
    # in Latin letters alone: the initials of other things too
    "tt nyhetsbyrån": "TT Nyhetsbyrån", "stt": "STT", "bns": "BNS", "leta": "LETA", "elta": "ELTA",
    "agerpres": "Agerpres", "ana-mpa": "ANA-MPA", "απε-μπε": "ΑΠΕ-ΜΠΕ", "hina": "Hina",
    "tanjug": "Tanjug", "танјуг": "Танјуг", "fena": "FENA", "бта": "БТА", "tasr": "TASR",
}
_ORG_WORDS = re.compile(
    r"\b(?:news|agency|agencies|desk|editorial|editors|team|redaktion|newsroom|press|"
    r"media|times|post|tv|radio|service|services|magazine|journal|daily|online|wire|bureau|"
    r"group|network|report|correspondents?|reporters|redacción|rédaction|редакция|"
    r"staff (?:writers?|reporters?|correspondents?)|ڈیسک|डेस्क|ডেস্ক|নিজস্ব প্রতিবেদক|"
    # correspondent, reporter: Hindi's, Malayalam's, Tamil's ("जागरण संवाददाता", "സ്വന്തം ലേഖകൻ")
    r"संवाददाता|ലേഖകൻ|நிருபர்|செய்தியாளர்|"
    r"agencia|agence|agentur|agenzia|redação|redazione|redactie|redakcja|redaksjonen|"
    r"redaktionen|szerkesztőség|haber merkezi|servisi|redacció|erredakzioa"
    r")(?!\w)",  # (not \b: a word may end in a vowel sign)
    re.IGNORECASE,
)
# what ends an association's name, as a company's legal form (cues.LEGAL_FORM) ends its own:
# "Muster-Stiftung e. V."
_REGISTERED_ASSOCIATION = re.compile(r"\se\.?\s?v\.?$", re.IGNORECASE)
# what only a body is called, in a name of capitalised words: "Deutscher Tennis Bund", "Pew
# Research Center" (never "Projektleiterin der Stiftung in Tunesien", a role)
_BODY_WORDS = re.compile(
    r"\b(?:association|verband|bund|verein|stiftung|institute?|institut|ministerium|ministry|"
    r"universit(?:y|ät|é|à|ad)|gesellschaft|genossenschaft|foundation|council|partei|party|"
    r"commission|kommission|department|organi[sz]ation|zentrum|centre|center)\b",
    re.IGNORECASE,
)
_NAME_JOINERS = frozenset("of for the and für der die des das und de du la le del".split())
# a domain names an organisation: "Caliber.Az", "trend.az", "www.portalspozywczy.pl"
_DOMAIN = re.compile(r"\bwww\.|\b[\w-]+\.(?:[a-z]{2}|com|net|org|info|news|io)\b|"
                     r"\b[\w-]+\.(?i:az|com|net|org|ru|kz|uz|kg|tj|am|ge|by|ua|tr|de|fr|uk|info|news|io)\b")
_LEAD = re.compile(
    r"^[\s\-–—•·]*(?:(?:written|posted|reported|reporting|text|story|words|photos?|editing|edited|"
    r"compiled|additional reporting|entry|article)\s+by|"
    r"(?:geschrieben|gepostet|verfasst|eingestellt|veröffentlicht)\s+von|"
    r"(?:\w+\s+){0,2}(?:" + p.KIND_OF_PIECE + r")\s+(?:by|von|de|par|por|di)|"
    r"(?:escrito|publicado|publicada)\s+por|(?:écrit|publié)\s+par|(?:scritto|pubblicato)\s+da|escribe|"
    r"by|von|(?-i:durch)|(?-i:Door|Av|Af)|par|por|di|de|от|автор(?:ы)?|yazan|yazar|müəllif|írta|"
    r"muallif|муаллиф|ავტორი|հեղինակ|oleh|penulis|pewarta|wartawan|reporter|deur|avtor|piše|пише|"
    r"аутор|szerző|autorius|autors|författare|forfatter|kirjoittaja|συντάκτης|מאת|"
    # Greek's "by" is the name's genitive after its article: "Της Μαρίας Παπαδοπούλου"
    r"(?-i:Του|Της)|"
    r"author|autor|autorin|auteur|text)\b\s*:?\s*|^(?:" + p.COLON_LEADS + r")\s*:\s*|^"
    + p.CASELESS_CREDIT + r"\s*",
    re.IGNORECASE,
)
_ROLE_LEAD = re.compile(
    r"^\s*(?P<role>reporting|additional reporting|editing|writing|text|photos?|graphics|"
    r"compiled|research)\s+by\s+",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*(?:,|،|;|\band\b|&|\bund\b|\bet\b|\by\b|\bи\b|\bve\b|\bvə\b|\bva\b|\bжәне\b|"
                    r"\bდა\b|\bև\b|\bو\b)\s*", re.IGNORECASE)
# "and" as short words of other languages ("Ana Souza e João Silva", "Jan de Vries en Piet
# Jansen", "Ola og Kari"): they join names only where every part is capitalised as a name is
# and opens with a usual given name ("Pai de Francesco e Teresa", "father of Francesco and
# Teresa", opens a sentence; "Stiftung e. V." is a legal form)
_SHORT_AND = re.compile(r"\s+(?:e|en|og|och|és)\s+")
_PAREN_ORG = re.compile(r"\(([^),\d]{2,40})\)")  # "(AFP)", never "(PSPP, Start 2015)"
_BRACKETS = re.compile(r"\([^)]*\)")
_WITH = re.compile(r"^\s*(?:with|avec|con|com|mit|and|et|y|и)\s+", re.IGNORECASE)
_HANDLE = re.compile(r"@[A-Za-z0-9_]{2,30}")
_PROMO = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’.\-]*)\s+(?:is|was)\s+(?P<role>.{0,80}?)"
    r"(?:[,.;]|\s+follow|\s*$)",
)
_ROLE_TAIL = re.compile(
    r"^(?P<name>.+?)\s*,\s*(?P<role>(?:[\w.]+\s+){0,3}(?:writer|reporter|correspondent|editor|"
    r"journalist|contributor|columnist|staff|producer|photographer|analyst))$",
    re.IGNORECASE,
)
ROLE_WORDS = (r"editor|correspondent|reporter|writer|journalist(?:in)?|columnist|redakteur(?:in)?|"
              r"korrespondent(?:in)?|autor(?:in)?|rédacteur|rédactrice|redactor(?:a)?|periodista")
# "Richard Adams Education editor": a role after a name of two or three words, no comma
_ROLE_AFTER_NAME = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][\w'’.\-]+(?:\s+[A-ZÀ-Þ][\w'’.\-]+){1,2}?)\s+(?P<role>(?:[\w-]+\s+)?"
    r"(?i:" + ROLE_WORDS + r"))$")
# the same role at the end of a line, wherever the name before it starts
ROLE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:" + ROLE_WORDS + r")$", re.IGNORECASE)
_NOISE = re.compile(
    r"\b(?:on|am|le|el|il|den|at|um|à|a las|alle|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b\s*[:,.]?$",
    re.IGNORECASE,
)
# A segment with one of these words is a label or a date's remains, not a name.
_LABEL = re.compile(
    r"\b(?:updated|published|posted|modified|last|aktualisiert|veröffentlicht|erschienen|"
    r"artikel|article|publié|publicado|comments?|kommentare?|min read|read|lesezeit|"
    r"utc|gmt|est|edt|pst|pdt|cet|cest|bst|msk|ist)\b",
    re.IGNORECASE,
)
# Where a byline's parts part: a bar, a slash, a bullet, a spaced dash.
_SEGMENT_BREAK = re.compile(r"\s*[|/•·]\s*|\s+[-–—]\s+")
_EDITOR_RUN_ON = re.compile(_SEGMENT_BREAK.pattern + r"|\s+(?=(?i:edited\s+by)\b)")
_EDITOR = re.compile(r"(?i:edited\s+by|editor|redaktur|penyunting)\b\s*:?")
_NAME_CHARS = re.compile(r"^[^\W\d_][\w" + MARKS + r"'’.\- ]*[\w" + MARKS + r".]$")


def _case(name: str) -> str:
    """Names printed in capitals get their usual case: JOHN SMITH -> John Smith."""
    letters = [ch for ch in name if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) > 3:
        return " ".join(w.capitalize() if len(w) > 2 or "." not in w else w for w in name.split())
    return name


# the newsroom, abbreviated as German-language papers sign: "red" (Redaktion), "red/dpa"
_NEWSROOM_SIGNS = frozenset({"red", "red."})


def _kind(name: str) -> str:
    key = name.casefold()
    if (key in WIRES or key in _NEWSROOM_SIGNS or _DOMAIN.search(name) or _ORG_WORDS.search(name)
            or LEGAL_FORM.search(name) or _REGISTERED_ASSOCIATION.search(name)):
        return "organization"
    if _BODY_WORDS.search(name) and all(w[0].isupper() or w.casefold() in _NAME_JOINERS
                                        for w in name.split()):
        return "organization"
    return "person"


# A clock time a blog prints after its byline: "Posted by Ann Lee at 10:15 AM", "Eingestellt
# von Anna Lenz um 21:11", "Publié par Anne Roy à 08:00".
_CLOCK = re.compile(
    r"(?:\b(?:at|um|à|a las|alle|às|om)\s+)?\b\d{1,2}[:h]\d{2}(?::\d{2})?"
    r"(?:\s*(?:[AaPp]\.?[Mm]\b\.?|[Uu]hr\b))?"
)


# Where a byline's names end: a category it is filed under ("Posted by Ann Lee under Travel",
# "| Schlagwörter: ..."). Not "in": "Ann Lee, reporter in Kyiv" names a place, and a role
# before it would be read as a name.
_CATEGORY = re.compile(
    r"\s(?:under|unter|filed under)\s+(?=[A-ZÀ-ÖØ-Þ])|"
    r"(?i:\b(?:schlagwörter|schlagworte|tags|kategorien?|categories|category)\s*:)"
)
_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


def _stretches(text: str) -> list[str]:
    """The text cut at its dates, clock times and categories: the names are in one stretch, and
    what follows a date ("von Anna Lenz | 20. Mai 2007 | Politik, Europa") is not a name."""
    cuts = sorted([(d.start, d.end) for d in find_dates(text)]
                  + [m.span() for m in _CLOCK.finditer(text)]
                  + [m.span() for m in _CATEGORY.finditer(text)])
    stretches, at = [], 0
    for start, end in cuts:
        if start > at:
            stretches.append(text[at:start])
        at = max(at, end)
    stretches.append(text[at:])
    return stretches


# a role glued to the name by a scrape that lost the line break: "Evan HalperStaff Writer"
_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=(?:Staff |Senior |Chief |Contributing )?(?:Writer|Reporter|"
                    r"Correspondent|Editor|Journalist|Columnist)\b)")


def cut_at_label(text: str) -> str:
    """A name up to the label that follows it: "Ann Lee Last updated Nov 8" -> "Ann Lee "."""
    label = _LABEL.search(text)
    return text[: label.start()] if label and len(text[: label.start()].split()) >= 2 else text


def _clean_name(part: str, *, title: bool = False) -> str:
    """A name without what stands around it in a byline. With ``title``, a name whose every
    word is capitalised keeps its words, weekday or not: an outlet's ("The Mail On Sunday")."""
    original = " ".join(part.split())
    # no word without a letter at the end: "Megan Rowe 459-5382" is a name and a telephone
    # number ("7 News WSVN" keeps its number)
    words = part.split()
    while words and not any(ch.isalpha() for ch in words[-1]):
        words.pop()
    part = " ".join(words)
    part = cut_at_label(_HANDLE.sub("", part))
    part = re.sub(r"\s+", " ", part).strip(" .,:;|/-–—·•")
    while not (title and all(word[:1].isupper() for word in part.split())):
        trimmed = _NOISE.sub("", part).strip(" .,:;|/-–—·•")
        if trimmed == part:
            break
        part = trimmed
    # the full stop of an abbreviation is the name's own
    return part + "." if _ABBREVIATED.search(part) and part + "." in original else part


# "Perry Bacon Jr.", "John Q.", "Muster Media Ltd."
_ABBREVIATED = re.compile(r"(?:\s(?:Jr|Sr|Ltd|Inc|Corp)|\s[A-Z])$")


# Academic titles before a name: "Dr.", "Prof. Dr.", "Dr. med.", "Dipl.-Ing.", "Mag."
_ACADEMIC = re.compile(r"^(?:(?:Prof|Dr|Dipl\.?-Ing|Mag|Univ\.?-Prof|PD)\.?"
                       r"(?:\s(?:med|phil|rer\.\s?nat|jur|h\.\s?c)\.)*\s+)+(?=\S+\s+\S)")


def _joined(part: str) -> list[str]:
    """``part`` split at a short "and" (``_SHORT_AND``) when every piece is a name."""
    pieces = _SHORT_AND.split(part)
    if len(pieces) > 1 and all(
        piece and given_name(piece.split()[0])
        and all(word[:1].isupper() or word.casefold() in NAME_PARTICLES for word in piece.split())
        for piece in pieces
    ):
        return pieces
    return [part]


def _names(text: str, raw: str, role: str | None = None, *, first: bool = True) -> list[Author]:
    authors: list[Author] = []
    parts = [piece for part in _SPLIT.split(text) for piece in _joined(part)]
    for k, part in enumerate(parts):
        name = _clean_name(part)
        if not name or len(name) > 60 or not _NAME_CHARS.match(name) or _LABEL.search(name):
            continue
        if name.casefold() in WIRES:
            name = WIRES[name.casefold()]  # as the agency writes itself: "TASR", "TTXVN"
        elif len(name.split()) > 5:
            continue
        else:
            name = _case(name)
        kind = _kind(name)
        if kind == "person":  # "Dr. Anna Lenz", "Prof. Dr. Hans Meier": the person's name
            name = _ACADEMIC.sub("", name) or name
        # one word alone is a name only as the byline's first part: after a part that was no
        # name ("Je suis Marie, journaliste"), it is a word of the text
        if kind == "person" and not _person_shaped(name, first=first and not authors and k == 0):
            name = _leading_name(name)
            if not name:
                continue
        authors.append(Author(name=name, kind=kind, raw=raw, role=role))  # type: ignore[arg-type]
    return authors


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    data = resources.files("newsclean.data").joinpath("given_names.txt").read_text("utf-8")
    return frozenset(row for row in data.splitlines() if row and not row.startswith("#"))


_GIVEN_LEAD = re.compile(r"^(?:" + "|".join(p.GIVEN_LEADS) + r")\s+(?=(?P<given>[^\W\d_]+))")


def _given_lead(clause: str) -> re.Match[str] | None:
    """A lead that is a word of other languages too (Swahili's "Na", Hausa's "Daga"), before a
    usual given name: "Na Bakari Kiango"; not "Na Kyung-won", a Korean name. In capitals, as
    Taifa Leo prints its bylines, before any name of two to four words: "NA WANDERI KAMAU"."""
    m = _GIVEN_LEAD.match(clause)
    return m if m is not None and (given_name(m["given"]) or capitals_byline(clause)) else None


_CAPITALS_NAME_WORDS = (2, 4)


def capitals_byline(text: str) -> bool:
    """A lead and a name of two to four words, all in capitals: "NA WANDERI KAMAU"."""
    lead, _, name = text.strip().partition(" ")
    low, high = _CAPITALS_NAME_WORDS
    return (lead.isupper() and lead in p.GIVEN_LEADS and name.isupper()
            and low <= len(name.split()) <= high and all(w.isalpha() for w in name.split()))


def given_name(word: str) -> bool:
    """Whether ``word`` is a usual given name in one of some eighty locales ("Ronja", "Jan",
    "Əli"), from Faker's lists; function words and interface strings never are.

    >>> given_name("Ronja"), given_name("Politics")
    (True, False)
    """
    key = word.casefold()
    names = _given_names()
    if key in names:
        return True
    plain = key.translate(_TURKISH_FOLD)
    return plain != key and plain in names


# Faker's Turkish list spells many names without Turkish letters ("ayse" for "Ayşe"); and "İ"
# casefolds to "i" and a combining dot ("İbrahim")
_TURKISH_FOLD = str.maketrans({"ş": "s", "ğ": "g", "ı": "i", "ç": "c", "ö": "o", "ü": "u",
                               "\u0307": None})


# A lead on a line of its own over the name: "Kommentar von" / "Ingrid Hohl", "by" / "quill2077",
# "Ein Beitrag von:" / "Anna Lenz". The lead vouches for the name, as it does on one line; a
# byline's part, never the article's text.
LEAD_HEADING = re.compile(
    r"^(?i:by|von|par|por|(?:written|posted) by|(?:geschrieben|verfasst|eingestellt|veröffentlicht) von|"
    r"(?:ein )?beitrag von|ein artikel von|(?:ein )?kommentar von|un article de|"
    r"(?:\w+\s+)?(?:" + p.KIND_OF_PIECE + r")\s+(?:by|von|de|par|por))\s*:?$"
)


@functools.lru_cache(maxsize=1)
def _chinese_surnames() -> frozenset[str]:
    data = resources.files("newsclean.data").joinpath("chinese_surnames.txt").read_text("utf-8")
    return frozenset(row for row in data.splitlines() if row and not row.startswith("#"))


def chinese_surname(name: str) -> bool:
    """Whether ``name`` opens with a usual Chinese family name ("王敬照"; not "看河北", a
    column's name), in simplified or traditional characters, from Faker's lists."""
    surnames = _chinese_surnames()
    return name[:1] in surnames or name[:2] in surnames


# Chinese, Japanese and Korean credits: "作者： 记者王小明", "스포츠조선=김민수 기자" (the
# writer's), "【纠错】 责任编辑： 李华" (the editor's).
_CHINESE_WRITER_CREDIT = re.compile(
    r"(?:作者|撰文|记者|記者|执笔|執筆)\s*[:：／/]?\s*(?:记者|記者)?\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")
_KOREAN_WRITER_CREDIT = re.compile(r"(?:^|[=\s])(?P<name>[가-힣]{2,4})\s*기자(?:\s|$|\])")
CJK_EDITOR_CREDIT = re.compile(
    r"(?:责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*(?P<name>[\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")
CJK_CREDIT_CHARS = 40  # a credit line, not a paragraph that opens with one
_CJK_WRITER_LABELS = ("作者", "撰文", "记者", "記者", "执笔", "執筆", "기자")


# A Chinese report's opening credit, in brackets before its first sentence: "〔記者巫其倫／台北報導〕",
# "（记者 王小明）", "本报讯（记者 王小明 李华）"; the writer's name set apart by a slash, a space or
# the bracket's end.
_OPENING_CREDIT = re.compile(
    r"^(?:本报讯|本報訊)?\s*[〔【\[（(]\s*(?:本报|本報)?(?:记者|記者)\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,3})(?=\s*[／/、\s〕】\]）)])[^〕】\]）)]{0,30}[〕】\]）)]")


def chinese_opening_credit(text: str) -> re.Match[str] | None:
    """The writers' credit that opens a Chinese report, if its first name opens with a
    family name.

    >>> chinese_opening_credit("〔記者巫其倫／台北報導〕財政部今天下午將公佈...").group("name")
    '巫其倫'
    """
    found = _OPENING_CREDIT.match(text) if text[:1] in "〔【[（(本" else None
    return found if found is not None and chinese_surname(found.group("name")) else None


_CREDIT_NAMES = re.compile(r"[\u4e00-\u9fff]{2,3}")


def credited_names(credit: re.Match[str]) -> list[str]:
    """The writers an opening credit names: "本报讯（记者 王小明 李华）" names 王小明 and 李华;
    the place after a slash is not one ("〔記者巫其倫／台北報導〕")."""
    rest = credit.group()[credit.end("name") - credit.start():]
    names = [credit.group("name")]
    for part in re.split(r"\s+|、", rest.split("／")[0].split("/")[0].rstrip("〕】]）)")):
        if _CREDIT_NAMES.fullmatch(part) and chinese_surname(part):
            names.append(part)
    return names


def cjk_writer_credit(text: str) -> str | None:
    """The writer a short Chinese or Korean credit line names, else ``None``.

    >>> cjk_writer_credit("作者： 记者王敬照"), cjk_writer_credit("스포츠조선=선수민 기자")
    ('王敬照', '선수민')
    >>> cjk_writer_credit("新华社记者看河北") is None  # a column's name: no family name opens it
    True
    """
    if len(text) > CJK_CREDIT_CHARS or not any(label in text for label in _CJK_WRITER_LABELS):
        return None
    found = _CHINESE_WRITER_CREDIT.search(text)
    if found is not None and chinese_surname(found.group("name")):
        return found.group("name")
    found = _KOREAN_WRITER_CREDIT.search(text)
    return found.group("name") if found is not None else None


# the small words inside names ("Anna von der Leyen", "Edilson La Rosa", Arabic's "محمد أبو
# خضير", father of, and "بن", son of): not stop words there
NAME_PARTICLES = frozenset("von van de der den da di del della dos du la le bin al ibn y zu v. "
                           "أبو ابو بن ابن".split())


# How a writer introduces themselves ("Ich bin Steffi", "Soy Ana García"): no name opens so
_FIRST_PERSON = frozenset("ich je yo io eu ik jeg jag я soy sono".split())


def _person_shaped(name: str, *, first: bool) -> bool:
    """Whether a segment can be a person's name: no word in lower case but particles ("Share
    with new partner" is not; scripts without case pass), one word alone only as the first name
    ("Gepostet von Anna Lenz | Wohnen": "Wohnen" is a section), and not a writer introducing
    themselves ("Ich bin Steffi": "bin" is a particle only in "Mohammed bin Salman")."""
    words = name.split()
    if words[0].casefold() in _FIRST_PERSON:
        return False
    if len(words) == 1:  # in a script without case, a name is one word
        return first or not (words[0][0].isupper() or is_lower(words[0][0]))
    return all(not is_lower(w[0]) or w.casefold() in NAME_PARTICLES for w in words)


def _leading_name(text: str) -> str:
    """The name a segment opens with, before the first word in lower case that is no particle
    ("Camila Méndez en Territorio" -> "Camila Méndez"): only a name of two words or more that
    opens with a given name, so that "Projektleiterin der Stiftung in Tunesien" gives none."""
    words = text.split()
    end = next((k for k, w in enumerate(words) if is_lower(w[0]) and w.casefold() not in NAME_PARTICLES),
               len(words))
    head = words[:end]
    return " ".join(head) if len(head) >= 2 and given_name(head[0]) else ""


# What content systems print or declare as the author when no one is named: "Publié par
# Unknown", an author field's "No Author" or "Admin".
PLACEHOLDER_NAMES = frozenset({"no author", "admin", "administrator", "unknown", "author", "anonymous",
                               "guest", "webmaster", "user", "none", "null"})


def beside_sites(authors: Sequence[Author]) -> tuple[Author, ...]:
    """The authors without a site named beside others: in "by Bob Yirka, Phys.org" (or a
    source's address signing after the body), the site is where the piece appeared, not who
    wrote it. A site named alone stays the author.

    >>> [a.name for a in beside_sites(parse_byline("by Bob Yirka , Phys.org"))]
    ['Bob Yirka']
    >>> [a.name for a in beside_sites(parse_byline("Von Caliber.Az"))]
    ['Caliber.Az']
    """
    writers = tuple(a for a in authors if not (a.kind == "organization" and _DOMAIN.search(a.name)))
    return writers or tuple(authors)


def placed_byline(text: str) -> str | None:
    """The byline after the place, the section or the wire a line sets before it: "Von
    Simone Höhl" of "Freiburg | Von Simone Höhl"; ``None`` for any other line."""
    place, bar, byline = text.partition(" | ")
    if (bar and p.BYLINE.match(byline) and len(place.split()) <= _PLACE_WORDS
            and (all(word[:1].isupper() and word.isalpha() for word in place.split())
                 or place.casefold() in WIRES)):
        return byline
    return None


_PLACE_WORDS = 3  # "Bad Homburg | Von ...": a place's words before a byline


def parse_byline(text: str) -> tuple[Author, ...]:
    """The authors a byline names, people and organisations, in order; a content system's
    placeholder (``PLACEHOLDER_NAMES``) names no one.

    >>> [(a.name, a.kind) for a in parse_byline("By John Smith and Jane Doe | Reuters")]
    [('John Smith', 'person'), ('Jane Doe', 'person'), ('Reuters', 'organization')]
    >>> [(a.name, a.role) for a in parse_byline("Reporting by Ann Lee; Editing by Tom Hay")]
    [('Ann Lee', 'reporting'), ('Tom Hay', 'editing')]
    >>> a = parse_byline("Akbar Mammadov is AzerNews’ staff journalist, follow him on Twitter: @AkbarM")
    >>> a[0].name, a[0].handle
    ('Akbar Mammadov', '@AkbarM')
    >>> parse_byline("Publié par Unknown à 08:00")
    ()
    """
    if not isinstance(text, str):
        return ()
    raw = text.strip()
    if not raw:
        return ()
    text = p.GLUED_LEAD.sub(r"\g<0> ", raw, count=1)  # "Geschrieben vonAnna Lenz"
    placed = placed_byline(text)
    if placed is not None:  # "Freiburg | Von Simone Höhl"; "Reuters | By Ann Lee", the wire's too
        place = text.partition(" | ")[0]
        text = f"{placed} | {place}" if place.casefold() in WIRES else placed
    handle_match = _HANDLE.search(raw)
    handle = handle_match.group(0) if handle_match else None
    promo = _PROMO.match(raw)
    if promo and re.search(r"journalist|writer|reporter|correspondent|editor|columnist|contributor",
                           promo.group("role"), re.IGNORECASE):
        name = _clean_name(promo.group("name"))
        return (Author(name=_case(name), kind="person", raw=raw, handle=handle,
                       role=promo.group("role").strip() or None),)

    authors: list[Author] = []
    for stretch in _stretches(_EMAIL.sub(" ", text)):
        authors = _read(_GLUED.sub(", ", stretch), raw)
        if authors:
            break
    seen: set[str] = set()
    unique: list[Author] = []
    for author in authors:
        key = author.name.casefold()
        if key not in seen and key not in PLACEHOLDER_NAMES:
            seen.add(key)
            if handle and author.kind == "person" and not unique:
                author = Author(author.name, author.kind, raw, handle=handle, role=author.role)
            unique.append(author)
    return tuple(unique)


def _read(body: str, raw: str) -> list[Author]:
    """The authors one stretch of a byline names, as ``parse_byline`` reads them."""
    authors: list[Author] = []
    # "Reporting by X; Editing by Y": each clause has its own role.
    clauses = [c for c in re.split(r"\s*;\s*", body) if c.strip()] if _ROLE_LEAD.match(body) else [body]
    for clause in clauses:
        role = None
        lead = _ROLE_LEAD.match(clause)
        if lead:
            role = lead.group("role").lower()
            clause = clause[lead.end():]
        else:
            led = _LEAD.match(clause) or _given_lead(clause)
            clause = clause[led.end():] if led else clause
        # "(AFP)", and an outlet's byline with the wire it drew on: "Par Le360 (avec MAP)"
        orgs = [_WITH.sub("", m.group(1)) for m in _PAREN_ORG.finditer(clause)]
        clause = _BRACKETS.sub(" ", clause)
        # after a lead, an editor's credit run on is a part of its own ("By Jagran News
        # Edited By: Rajesh Kumar"); not in "Revised Edition Edited by Adrian Parr", a title
        segments = (_EDITOR_RUN_ON if lead or led else _SEGMENT_BREAK).split(clause)
        for segment in segments:
            if _EDITOR.match(segment):
                continue  # "| Editor: Tom Brown", "Edited By: Rajesh Kumar": who edited, not wrote
            outlet = re.split(r"\s+for\s+", segment, maxsplit=1, flags=re.IGNORECASE)
            if len(outlet) == 2:  # "X and Y for The Mail on Sunday"
                segment = outlet[0]
                name = _clean_name(outlet[1], title=True)
                if name and not _LABEL.search(name):
                    orgs.append(name)
            if p.NEWSROOM.match(segment.strip()):  # "Sunday Mail Reporter": no name and a role
                authors.append(Author(segment.strip(), "organization", raw, role=role))
                continue
            tail = _ROLE_TAIL.match(segment.strip()) or _ROLE_AFTER_NAME.match(segment.strip())
            if tail:
                for author in _names(tail.group("name"), raw, role or None):
                    authors.append(Author(author.name, author.kind, raw, role=tail.group("role")))
                continue
            authors.extend(_names(segment, raw, role, first=not authors))
        for org in orgs:
            name = _case(re.sub(r"\s+", " ", org).strip(" .,:;|/-–—·•"))
            if name:
                key = name.casefold()
                authors.append(Author(WIRES.get(key, name), "organization", raw, role=role))
    return authors
