"""Dates: find them in a line, normalise them to ISO 8601, say where the offset came from.

Each pattern has a stable id (``date.dmy_text``...) and is tried on the whole text in the
order of ``DATE_PATTERNS``, the most specific first; text a pattern has taken is not read
again by a later one. Month names are known in English, German, French, Spanish, Italian,
Portuguese, Russian, Turkish and Azerbaijani, and in the languages of ``MORE_MONTHS`` (Dutch,
Polish, Czech, Hungarian, Ukrainian, Kazakh, Greek, Arabic, Persian, Hindi, Bengali, Tamil,
Urdu, Indonesian, the Nordic, Baltic and Balkan languages, ...); Chinese, Japanese and Korean
dates are read in their year-first form (2020年7月15日), Vietnamese ones by the month's number
(``date.vietnamese``), and the Solar Hijri dates of Iran and Afghanistan and the Buddhist
Era's of Thailand are converted (``date.jalali``, ``date.thai``); every script's digits are
read as ASCII's (٢٧, ۲۷, २७). Nothing is guessed from the clock: a date without a year takes
the year of ``reference`` when one is given (the year before, when the date would come after
it and lies within half a year back) and otherwise stays year-less (``--04-17``); a relative
date ("2 hours ago") needs a ``reference`` and is ``None`` without one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsclean.fetched import read_fetch_time
from newsclean.language import LETTERS, WITHOUT_TONOS, WORD
from newsclean.segment import MARK

OffsetSource = Literal["explicit", "outlet", "none"]


def _month_table(months: list[str]) -> dict[str, int]:
    """Month number by name, from twelve space-separated lists of a month's names, January first."""
    return {name: number for number, names in enumerate(months, start=1) for name in names.split()}


_MONTHS = _month_table(
    [
        "january jan januar jän jänner janvier janv enero ene gennaio gen janeiro января январь "
        "янв ocak yanvar",
        "february feb februar février févr febrero febbraio fevereiro fev февраля февраль фев "
        "şubat fevral",
        "march mar märz mär mars marzo março марта март мар mart",
        "april apr avril avr abril abr aprile aprel апреля апрель апр nisan",
        "may mai mayo maggio mag maio мая май mayıs",
        "june jun juni juin junio giugno giu junho июня июнь iyun haziran",
        "july jul juli juillet juil julio luglio lug julho июля июль iyul temmuz",
        "august aug août agosto ago августа август авг ağustos avqust",
        "september sep sept septembre septiembre setiembre settembre set setembro сентября "
        "сентябрь сен eylül sentyabr",
        "october oct oktober okt octobre octubre ottobre ott outubro out октября октябрь окт "
        "ekim oktyabr",
        "november nov novembre noviembre novembro ноября ноябрь ноя kasım noyabr",
        "december dec dezember dez décembre déc diciembre dic dicembre dezembro декабря декабрь "
        "дек aralık dekabr",
    ]
)

# More of the languages regional news is written in: Dutch, Polish, Czech, Slovak, Hungarian,
# Romanian, Serbian and Bosnian, Croatian, Albanian, Ukrainian, Kazakh and Greek, in the forms
# dates use (Polish "5 maja", Czech "5. května": the genitive). Croatian "listopad" (October)
# is left out: in Polish and Czech it is November.
MORE_MONTHS = _month_table(
    [
        "januari stycznia styczeń ledna leden januára január ianuarie janar siječnja siječanj "
        "січня қаңтар ιανουαρίου",
        "februari lutego luty února únor februára február februarie shkurt veljače veljača "
        "лютого ақпан φεβρουαρίου",
        "maart marca marzec března březen március martie ožujka ožujak березня наурыз μαρτίου",
        "kwietnia kwiecień dubna duben apríla április aprilie prill travnja travanj квітня сәуір "
        "απριλίου",
        "mei maja maj května květen mája május svibnja svibanj травня мамыр μαΐου",
        "czerwca czerwiec června červen júna június iunie juna qershor lipnja lipanj червня "
        "маусым ιουνίου",
        "lipca lipiec července červenec júla július iulie jula korrik srpnja srpanj липня шілде "
        "ιουλίου",
        "augustus sierpnia sierpień srpna srpen augusta augusztus gusht kolovoza kolovoz серпня "
        "тамыз αυγούστου",
        "września wrzesień září septembra szeptember septembrie septembar shtator rujna rujan "
        "вересня қыркүйек σεπτεμβρίου",
        "października październik října říjen októbra október octombrie oktobar tetor жовтня "
        "қазан οκτωβρίου",
        "listopada listopad listopadu novembra noiembrie novembar nëntor studenoga studeni "
        "листопада қараша νοεμβρίου",
        "grudnia grudzień prosince prosinec decembra decembrie decembar dhjetor prosinca "
        "prosinac грудня желтоқсан δεκεμβρίου",
    ]
)
# The Caucasus and Central Asia: Uzbek (Latin and Cyrillic, which Tajik's names share, and
# Tajik's with the ending dates join them by: "15 апрели 2020") and
# Turkmen where they differ from the Azerbaijani and Russian names above, Georgian with its
# short names, and Armenian in the genitive dates use ("ապրիլի 15") and the nominative.
MORE_MONTHS |= _month_table(
    ["январ январи ýanwar იანვარი იან հունվարի հունվար",
     "феврал феврали fewral თებერვალი თებ փետրվարի փետրվար",
     "марти მარტი მარ մարտի մարտ",
     "апрел апрели აპრილი აპრ ապրիլի ապրիլ",
     "майи maý მაისი მაი մայիսի մայիս",
     "июн июни iýun ივნისი ივნ հունիսի հունիս",
     "июл июли iýul ივლისი ივლ հուլիսի հուլիս",
     "avgust августи awgust აგვისტო აგვ օգոստոսի օգոստոս",
     "sentabr сентябр сентябри sentýabr სექტემბერი სექ սեպտեմբերի սեպտեմբեր",
     "oktabr октябр октябри oktýabr ოქტომბერი ოქტ հոկտեմբերի հոկտեմբեր",
     "ноябр ноябри noýabr ნოემბერი ნოე նոյեմբերի նոյեմբեր",
     "декабр декабри დეკემბერი დეკ դեկտեմբերի դեկտեմբեր"]
)
# Arabic: the names Egypt and the Gulf use, the Levant's of one word ("كانون الثاني" and
# "تشرين الأول" are two, and "آب" too short to be read as a month), and Algeria's and
# Tunisia's, taken from French ("جوان", juin; "أوت", août).
MORE_MONTHS |= _month_table(
    ["يناير جانفي", "فبراير شباط فيفري", "مارس آذار", "أبريل إبريل ابريل نيسان أفريل افريل",
     "مايو أيار ماي", "يونيو يونيه حزيران جوان", "يوليو يوليه تموز جويلية", "أغسطس اغسطس أوت اوت",
     "سبتمبر أيلول", "أكتوبر اكتوبر", "نوفمبر", "ديسمبر"]
)
# Persian: the Gregorian months as Iran's and Afghanistan's press print them ("۲۷ آوریل ۲۰۲۴";
# May's "مه", of two letters, is read by _MONTH's own alternative).
MORE_MONTHS |= _month_table(
    ["ژانویه جنوری", "فوریه فبروری", "مارس مارچ", "آوریل اپریل", "مه", "ژوئن جون", "ژوئیه جولای",
     "اوت آگوست اگست", "سپتامبر سپتمبر", "اکتبر اکتوبر",
     "نوامبر نومبر", "دسامبر دسمبر"]
)
# South and Southeast Asia: the Gregorian months in Hindi and Marathi, Bengali, Gujarati,
# Punjabi, Tamil, Telugu, Kannada, Malayalam and Urdu (the press prints them, not the Indian
# national or the Bikram Sambat calendar's), Indonesian and Malay, and Filipino. The names in
# India's scripts, of two characters some ("मई", "মে"), are read by _MONTH's alternative for
# them. Not "des" (French's article) nor "mac" for December and March.
MORE_MONTHS |= _month_table(
    ["जनवरी जानेवारी জানুয়ারি জানুয়ারী જાન્યુઆરી ਜਨਵਰੀ ஜனவரி జనవరి ಜನವರಿ ജനുവരി جنوری",
     "फ़रवरी फरवरी फेब्रुवारी ফেব্রুয়ারি ফেব্রুয়ারী ફેબ્રુઆરી ਫ਼ਰਵਰੀ ਫਰਵਰੀ பிப்ரவரி ఫిబ్రవరి ಫೆಬ್ರವರಿ "
     "ഫെബ്രുവരി فروری pebrero",
     "मार्च মার্চ માર્ચ ਮਾਰਚ மார்ச் మార్చి ಮಾರ್ಚ್ മാർച്ച് مارچ maret marso",
     "अप्रैल अप्रेल एप्रिल এপ্রিল એપ્રિલ ਅਪ੍ਰੈਲ ਅਪਰੈਲ ஏப்ரல் ఏప్రిల్ ಏಪ್ರಿಲ್ ഏപ്രിൽ اپریل",
     "मई मे ਮਈ মে મે மே మే ಮೇ മേയ് مئی",
     "जून জুন જૂન ਜੂਨ ஜூன் జూన్ ಜೂನ್ ജൂൺ hunyo",
     "जुलाई जुलै জুলাই જુલાઈ ਜੁਲਾਈ ஜூலை జూలై ಜುಲೈ ജൂലൈ جولائی julai hulyo",
     "अगस्त ऑगस्ट আগস্ট ઓગસ્ટ ਅਗਸਤ ஆகஸ்ட் ఆగస్టు ಆಗಸ್ಟ್ ഓഗസ്റ്റ് اگست agustus agu agt ogos",
     "सितंबर सितम्बर सप्टेंबर সেপ্টেম্বর સપ્ટેમ્બર ਸਤੰਬਰ செப்டம்பர் సెప్టెంబర్ ಸೆಪ್ಟೆಂಬರ್ "
     "സെപ്റ്റംബർ ستمبر setyembre",
     "अक्टूबर अक्तूबर ऑक्टोबर অক্টোবর ઓક્ટોબર ਅਕਤੂਬਰ அக்டோபர் అక్టోబర్ ಅಕ್ಟೋಬರ್ ഒക്ടോബർ اکتوبر "
     "oktubre",
     "नवंबर नवम्बर नोव्हेंबर নভেম্বর નવેમ્બર ਨਵੰਬਰ நவம்பர் నవంబర్ ನವೆಂಬರ್ നവംബർ نومبر nobyembre",
     "दिसंबर दिसम्बर डिसेंबर ডিসেম্বর ડિસેમ્બર ਦਸੰਬਰ டிசம்பர் డిసెంబర్ ಡಿಸೆಂಬರ್ ഡിസംബർ دسمبر "
     "desember disember disyembre"]
)
# Africa: the Gregorian months in Swahili, Hausa, Somali and Afrikaans.
MORE_MONTHS |= _month_table(
    ["janairu janaayo januarie", "fabrairu febraayo februarie", "machi maris maarso",
     "aprili afrilu abriil", "mayu maajo", "yuni juun junie", "yuli luulyo julie",
     "agosti agusta agoosto", "septemba satumba sebtember", "oktoba oktoobar",
     "novemba nuwamba nofembar", "desemba disamba desembar desember"]
)
# Europe's smaller languages: Finnish (the partitive dates use, "3. kesäkuuta", and the
# nominative), Estonian, Latvian and Lithuanian (the genitive of "2024 m. birželio 3 d.", the
# locative of "3. jūnijā" and the nominative), Icelandic, Slovene, Swedish's "augusti" and
# Danish's "marts", Bulgarian, Serbian's and Macedonian's Cyrillic, the abbreviations of
# Hungarian ("jún.") and Romanian ("iun."), and Greek's nominative ("Ιούνιος") and abbreviations.
MORE_MONTHS |= _month_table(
    ["tammikuuta tammikuu jaanuar janvāris janvāra janvārī janv sausio sausis janúar januarja "
     "януари јануар јануари ιανουάριος ιαν",
     "helmikuuta helmikuu veebruar februāris februāra februārī vasario vasaris febrúar "
     "februarja февруари фебруар февруари φεβρουάριος φεβ febr",
     "maaliskuuta maaliskuu märts marta martā kovo kovas marec marca marts март μάρτιος márc",
     "huhtikuuta huhtikuu aprill aprīlis aprīļa aprīlī balandžio balandis apríl aprila "
     "април απρίλιος απρ ápr",
     "toukokuuta toukokuu maijs maija maijā gegužės gegužė maí мај μάιος μαΐ μαι máj",
     "kesäkuuta kesäkuu juuni jūnijs jūnija jūnijā jūn birželio birželis júní junij junija юни јун "
     "јуни ιούνιος ιουν jún iun",
     "heinäkuuta heinäkuu juuli jūlijs jūlija jūlijā jūl liepos liepa júlí julij julija юли јул "
     "јули ιούλιος ιουλ júl iul",
     "elokuuta elokuu augusti augusts augusta augustā rugpjūčio rugpjūtis ágúst avgusta "
     "август αύγουστος αυγ",
     "syyskuuta syyskuu septembris septembra septembrī rugsėjo rugsėjis septembra септември "
     "септембар σεπτέμβριος σεπ szept",
     "lokakuuta lokakuu oktoober oktobris oktobra oktobrī spalio spalis október oktobra "
     "октомври октобар οκτώβριος οκτ",
     "marraskuuta marraskuu novembris novembra novembrī lapkričio lapkritis nóvember "
     "ноември новембар νοέμβριος νοε",
     "joulukuuta joulukuu detsember decembris decembra decembrī gruodžio gruodis desember "
     "decembra декември децембар δεκέμβριος δεκ"]
)
# Catalan, Galician and Basque (the nominative and the genitive dates use: "2024ko ekainaren
# 3a"); Catalan's "març", "maig" and "juny" are words of no other language here.
MORE_MONTHS |= _month_table(
    ["gener xaneiro urtarrila urtarrilaren", "febrer febreiro otsaila otsailaren",
     "març martxoa martxoaren", "apirila apirilaren", "maig maiatza maiatzaren",
     "juny xuño ekaina ekainaren", "juliol xullo uztaila uztailaren", "agost abuztua abuztuaren",
     "setembre iraila irailaren", "octubre urria urriaren", "novembre azaroa azaroaren",
     "desembre decembro abendua abenduaren"]
)
# Kurdish: Kurmanji's months, and Sorani's of one word (the Syriac names Iraq's Kurdistan
# prints, bare and with the ezafe a date joins them by: "3ی حوزەیرانی 2024"); not "ئاب"
# (August), too short, nor the months of two words.
MORE_MONTHS |= _month_table(
    ["rêbendan", "reşemî شوبات شوباتی", "adar ئازار ئازاری", "nîsan نیسان نیسانی",
     "gulan ئایار ئایاری", "hezîran حوزەیران حوزەیرانی", "tîrmeh تەممووز تەممووزی", "tebax",
     "îlon ئەیلوول ئەیلوولی", "cotmeh", "mijdar", "berfanbar"]
)
# Hebrew: bare, and with the preposition a date glues to it ("3 ביוני 2024", on 3 June)
MORE_MONTHS |= _month_table(
    ["ינואר בינואר", "פברואר בפברואר", "מרץ במרץ מרס במרס", "אפריל באפריל", "מאי במאי",
     "יוני ביוני", "יולי ביולי", "אוגוסט באוגוסט", "ספטמבר בספטמבר", "אוקטובר באוקטובר",
     "נובמבר בנובמבר", "דצמבר בדצמבר"]
)
# Belarusian, in the genitive dates use ("3 чэрвеня 2024")
MORE_MONTHS |= _month_table(
    ["студзеня", "лютага", "сакавіка", "красавіка", "траўня", "чэрвеня", "ліпеня", "жніўня",
     "верасня", "кастрычніка", "лістапада", "снежня"]
)
_MONTHS.update(MORE_MONTHS)
# Greek in capitals drops its accents ("3 ΙΟΥΝΙΟΥ 2024"): each accented name without them too
_MONTHS.update({name.translate(WITHOUT_TONOS): number for name, number in list(_MONTHS.items())
                if not name.isascii() and name != name.translate(WITHOUT_TONOS)})

# The Solar Hijri calendar's months (Iran's and Afghanistan's official calendar, 1 Farvardin
# being the March equinox's day): the Iranian names, Dari's zodiac names and Pashto's.
JALALI_MONTHS = _month_table(
    ["فروردین حمل وری", "اردیبهشت ثور غویی", "خرداد جوزا غبرگولی", "تیر سرطان چنګاښ",
     "مرداد امرداد اسد زمری", "شهریور سنبله وږی", "مهر میزان تله", "آبان عقرب لړم",
     "آذر قوس لیندۍ", "دی جدی مرغومی", "بهمن دلو سلواغه", "اسفند حوت کب"]
)

# Thai's months, in full and abbreviated ("3 มิ.ย. 2567"); the years the Thai press prints are
# those of the Buddhist Era, 543 years ahead of the Gregorian ones.
THAI_MONTHS = {name: number for number, names in enumerate([
    "มกราคม ม.ค.", "กุมภาพันธ์ ก.พ.", "มีนาคม มี.ค.", "เมษายน เม.ย.", "พฤษภาคม พ.ค.", "มิถุนายน มิ.ย.",
    "กรกฎาคม ก.ค.", "สิงหาคม ส.ค.", "กันยายน ก.ย.", "ตุลาคม ต.ค.", "พฤศจิกายน พ.ย.", "ธันวาคม ธ.ค."],
    start=1) for name in names.split()}
_BUDDHIST_ERA = 543

# The Ethiopian calendar's months, which Ethiopia's press dates by ("ግንቦት 26/2016"): twelve
# of 30 days and Pagume, of 5 or 6, the year (Amete Mihret) opening on 11 or 12 September.
ETHIOPIAN_MONTHS = {name: number for number, names in enumerate([
    "መስከረም", "ጥቅምት", "ኅዳር ህዳር", "ታኅሣሥ ታህሳስ ታኅሳስ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ ሚያዚያ",
    "ግንቦት", "ሰኔ", "ሐምሌ ሃምሌ", "ነሐሴ ነሃሴ", "ጳጉሜ ጳጉሜን"], start=1) for name in names.split()}

# Any word may stand where a month name does; the name is then looked up in _MONTHS. One
# generic word is far faster for the regex engine than an alternation of 150 names.
# A name in one of India's scripts has vowel signs among its letters ("जून", "ஜூन்"), which \w
# does not count, and may have two characters ("मई", "মে"): the scripts' run of letters and
# signs (Devanagari to Malayalam, without Devanagari's full stops), tried on those scripts only.
_MONTH = r"(?P<mon>[^\W\d_]{3,12}|[\u0900-\u0963\u0966-\u0d7f]{2,16}|مه(?!\w))\.?"
# a second name of the month after a slash, as bilingual sites print it: "نيسان / أبريل"
_MONTH_ALSO = r"(?:\s*/\s*[^\W\d_]{3,12})?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|\.|-го)?"  # Russian's ordinal: "15-го апреля"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
# A day is no part of a number, nor of a name a hyphen joins it to: "COVID-19 March 2020";
# but Hebrew joins its prepositions to a number so: "ב-3 ביוני 2024" (on 3 June), "מה-17 ביוני".
_DAY_ALONE = r"(?<!\d)(?<![^\W\d_\u05d0-\u05ea]-)"
# A capitalised word glued to a lower-case letter before it: two elements of the page whose
# text ran together ("DambrotNovember"). Case-sensitive, in patterns that ignore case.
_GLUED = r"(?-i:(?<=[a-z])(?=[A-Z][a-z]))"
# A year ends where its digits do, or where the page glued a clock to it: "November 9,
# 20235:01 AM ET" (the year and the time were two elements), or the next date's day:
# "25. Januar 202225. Januar 2022" (a theme's published and updated dates, run together).
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d\d(?!\d))|(?=[0-3]?\d\.\s*[^\W\d_]))"
_TIME = (
    r"(?P<H>[0-2]?\d)[:.h](?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:\.\d+)?)?(?![.:]\d)"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?|صباح[اًا]*|مساء[اًا]*|[صم](?!\w))?"  # Arabic: morning, evening
)
_ZONE_ABBREVIATIONS = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "west": 60, "bst": 60, "cet": 60, "cest": 120,
    "mez": 60, "mesz": 120,  # German's names of CET and CEST
    "eet": 120, "eest": 180, "idt": 180, "msk": 180, "мск": 180, "trt": 180, "azt": 240, "get": 240,
    "gst": 240,
    "uzt": 300, "tjt": 300, "tmt": 300, "pkt": 300, "ist": 330, "kgt": 360, "almt": 300,
    "ict": 420, "hkt": 480, "sgt": 480, "jst": 540, "kst": 540, "aest": 600, "aedt": 660,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420,
    # Indonesia's three zones, the Philippines', Malaysia's, Nepal's
    "wib": 420, "wita": 480, "wit": 540, "pht": 480, "myt": 480, "npt": 345,
    # West, Central, East and South Africa's
    "wat": 60, "cat": 120, "eat": 180, "sast": 120,
    # South America's: Brazil's, Argentina's, Chile's, Colombia's, Peru's, Ecuador's,
    # Venezuela's, Bolivia's, Uruguay's
    "brt": -180, "art": -180, "clt": -240, "clst": -180, "cot": -300, "pet": -300, "ect": -300,
    "vet": -240, "bot": -240, "uyt": -180,
}
_ZONE = (
    r"\(?\s*(?:(?:utc|gmt)\s*(?P<sign>[+\-−])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?"
    r"|(?P<isosign>[+\-−])(?P<ioh>\d{2}):?(?P<iom>\d{2})"
    r"|(?P<abbr>" + "|".join(sorted(_ZONE_ABBREVIATIONS, key=len, reverse=True)) + r"))\b\s*\)?"
)


@dataclass(frozen=True, slots=True)
class DatePattern:
    """A date form newsclean reads, with an example and the value it must give."""

    id: str
    doc: str
    regex: re.Pattern[str]
    example: str
    expected: str


def _pattern(rule: str, doc: str, regex: str, example: str, expected: str) -> DatePattern:
    return DatePattern(rule, doc, re.compile(regex, re.IGNORECASE), example, expected)


DATE_PATTERNS: tuple[DatePattern, ...] = (
    _pattern("date.iso", "ISO 8601: 2020-04-15, 2020-04-15T19:10:00+04:00; and the clock with a "
             "full stop that Nordic pages print after it: 2024-06-03 14.32.",
             r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:[T ](?P<H>\d\d):(?P<M>\d\d)"
             r"(?::(?P<S>\d\d))?(?:\.\d+)?\s*(?P<isozone>Z|[+-]\d\d:?\d\d)?"
             r"| (?P<Hdot>[0-2]\d)\.(?P<Mdot>[0-5]\d)(?![\d.,%]))?(?!\d)",
             "2020-04-15T19:10:00+04:00", "2020-04-15T19:10:00+04:00"),
    _pattern("date.ymd_cjk", "Year first, as Chinese, Japanese and Korean write it: 2020年7月15日 11時00分.",
             r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<m>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일]?"
             r"(?:\s*(?P<H>[0-2]?\d)\s*[時时시:]\s*(?P<M>[0-5]\d)\s*[分분]?)?",
             "2020年7月15日 11時00分", "2020-07-15T11:00:00"),
    _pattern("date.ymd_numeric",
             "Year first with dots or slashes: 2020.08.27, 2020. 06. 04., 2020/08/27.",
             # the look behind follows the year, so that the scan can skip to a 1 or a 2
             r"(?P<y>(?:19|20)\d\d)(?<![\d.,/]\d{4})(?P<sep>[./])\s?(?P<m>[01]?\d)(?P=sep)\s?"
             r"(?P<d>[0-3]?\d)\.?(?![\d/]|\.\d)",
             "2020.08.27", "2020-08-27"),
    _pattern("date.jalali",
             "The Solar Hijri calendar of Iran and Afghanistan, in its months' names (۸ "
             "اردیبهشت ۱۴۰۳, 9 ثور 1403) or year first with slashes (۱۴۰۳/۰۲/۰۸, a year from "
             "1300 to 1420: a Hijri year after 1420 is a lunar one), converted.",
             r"(?<!\d)(?P<d>[0-3]?\d)\s*(?P<jmon>[^\W\d_]{2,9})\s+(?:ماه\s+)?(?:سال\s+)?"
             r"(?P<y>1[34]\d\d)(?!\d)"
             r"|(?<![\d/])(?P<y2>1[34]\d\d)/(?P<m>[01]?\d)/(?P<d2>[0-3]?\d)(?![\d/])",
             "۸ اردیبهشت ۱۴۰۳", "2024-04-27"),
    _pattern("date.thai",
             "Thai: day, month's name in full or abbreviated, and the year of the Buddhist Era "
             "(3 มิ.ย. 2567, 3 มิถุนายน พ.ศ. 2567, 3 มิ.ย. 67) or the Gregorian one, converted.",
             r"(?<!\d)(?P<d>[0-3]?\d)\s*(?P<tmon>"
             + "|".join(re.escape(name) for name in sorted(THAI_MONTHS, key=len, reverse=True))
             + r")\s*(?:(?:พ\.ศ\.|ค\.ศ\.)\s*)?(?P<ty>(?:19|20|2[4-6])\d\d|[5-9]\d)(?!\d)",
             "3 มิ.ย. 2567", "2024-06-03"),
    _pattern("date.ethiopian",
             "Ethiopia's calendar: month's name, day, year (ግንቦት 26/2016, ግንቦት 26 ቀን 2016 ዓ.ም, "
             "ግንቦት 26፣ 2016) or day, month's name, year (26 ግንቦት 2016), converted.",
             r"(?P<emon>" + "|".join(sorted(ETHIOPIAN_MONTHS, key=len, reverse=True))
             + r")\s*(?P<d>[0-3]?\d)\s*(?:/|[፣,]\s*|\s*ቀን\s*)(?P<y>(?:19|20)\d\d)(?!\d)"
             r"|(?<!\d)(?P<d2>[0-3]?\d)\s*(?P<emon2>"
             + "|".join(sorted(ETHIOPIAN_MONTHS, key=len, reverse=True))
             + r")\s*[፣,]?\s*(?P<y2>(?:19|20)\d\d)(?!\d)",
             "ግንቦት 26/2016", "2024-06-03"),
    _pattern("date.vietnamese",
             "Vietnamese: day, the word for month and its number, year: ngày 3 tháng 6 năm 2024, "
             "3 tháng 6, 2024.",
             r"(?<!\d)(?P<d>[0-3]?\d)\s+tháng\s+(?P<m>[01]?\d)(?:\s*,\s*|\s+năm\s+)"
             r"(?P<y>(?:19|20)\d\d)(?!\d)",
             "ngày 3 tháng 6 năm 2024", "2024-06-03"),
    _pattern("date.rfc2822", "RFC 2822, as feeds print it: Wed, 15 Apr 2020 19:10:00 +0400.",
             r"\b(?:mon|tue|wed|thu|fri|sat|sun),\s+" + _DAY + r"\s+" + _MONTH + r"\s+" + _YEAR
             + r"\s+(?P<H>\d\d):(?P<M>\d\d)(?::(?P<S>\d\d))?\s+"
             r"(?P<rfczone>[+-]\d{4}|(?![ap]m\b)[a-z]{1,4})\b",  # not "PM": a clock's half
             "Wed, 15 Apr 2020 19:10:00 +0400", "2020-04-15T19:10:00+04:00"),
    _pattern("date.dmy_text",
             "Day, month name, year: 15 April 2020, 5. April 2017, 8th Nov 2023, 15-Apr-2020, "
             "15-aprel, 2020, and with the month's name in two forms: 24 نيسان / أبريل 2020, "
             "21. juni/lipanj, 2020, and Catalan's 3 d'agost de 2024.",
             _DAY_ALONE + _DAY + r"(?:-|\s*)(?:de\s+|d['’])?" + _MONTH + _MONTH_ALSO
             + r"(?:-|(?:\s?[,،])?\s*)(?:de\s+)?" + _YEAR + _YEAR_END,  # Urdu: "03 جون ، 2024"
             "15 April 2020", "2020-04-15"),
    _pattern("date.mdy_text",
             "Month name, day, year: April 15, 2020, Nov 8 2023; also glued to the name "
             "before it, as pages print a byline and its date: Shana DambrotNovember 6, 2023.",
             r"(?:(?<![^\W\d_])|" + _GLUED + r")(?![^\W\d_]+" + _GLUED + r")"
             + _MONTH + r"\s*" + _DAY + r",?\s*" + _YEAR + _YEAR_END,
             "April 15, 2020", "2020-04-15"),
    _pattern("date.ymd_text",
             "Year with a full stop, month name, day, as Hungarian writes it: 2021. május 5.",
             _YEAR + r"(?<!\d{5})\.\s+" + _MONTH + r"\s*" + _DAY + r"(?!\d)",
             "2021. május 5.", "2021-05-05"),
    _pattern("date.ymd_word",
             "Year under its word, then day and month, as Uzbek, Kazakh, Kyrgyz, Azerbaijani, "
             "Georgian and Latvian write it: 2020-yil 15-aprel, 2020 жылғы 15 сәуір, 2020-ci il "
             "15 aprel, 2020 წლის 15 აპრილი, 2024. gada 3. jūnijs; or month and day, as Armenian "
             "and Lithuanian do: 2020 թ. ապրիլի 15, 2024 m. birželio 3 d., and Basque, the year's "
             "ending glued to it: 2024ko ekainaren 3a.",
             _YEAR + r"(?<!\d{5})\.?\s*-?\s*(?:yil|йил|жылғы|жылы|жылдын|жыл|ж\.|c[iıuü]\s+il|թ\.?|წლის"
             r"|gada|m\.|e?ko)"
             r"\s*,?\s*(?:"
             + _DAY + r"(?:-|\s*)" + _MONTH + r"|" + _MONTH.replace("?P<mon>", "?P<mon2>")
             + r"\s*(?P<d2>[0-3]?\d)(?:\s*d\.|an?(?![^\W\d_]))?)(?!\d)",
             "2020-yil 15-aprel", "2020-04-15"),
    _pattern("date.dmy_numeric",
             "Day first with dots: 15.04.2020, 15.04.20, and 4. 2. 2022 (spaced, with the full year); "
             "not a software version (Python 3.10.12).",
             r"(?<![\d.])(?P<d>[0-3]?\d)\.(?:\s(?=[01]?\d\.\s?(?:19|20)\d\d))?(?P<m>[01]?\d)\."
             r"(?:\s(?=(?:19|20)\d\d))?(?P<y>(?:19|20)\d\d|\d\d)(?![\d.]\d)",
             "15.04.2020", "2020-04-15"),
    _pattern("date.dm_numeric",
             "Day and month with dots, without a year, before a clock, as a page prints a story "
             "of the last days: 3.6. 14:32, 03.06., 14:32 Uhr, 3.6. klo 14.32.",
             r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?=,?\s*(?:[|·•–-]\s*)?(?:klo\s+|kl\.\s*|kl\s+|um\s+|u\s+)?"
             r"[0-2]?\d[:.][0-5]\d(?![\d.:]))",
             "3.6. 14:32", "--06-03T14:32:00"),
    _pattern("date.slash_numeric",
             "Slashes: 15/04/2020 or 04/15/2020, or hyphens with the full year: 15-04-2020; "
             "day-first unless told, flagged when ambiguous.",
             r"(?<![\d/-])(?P<a>[01]?\d|[23]\d)(?:/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d|\d\d)"
             r"|-(?P<b2>[0-3]?\d)-(?P<y2>(?:19|20)\d\d))(?![\d/-])",
             "15/04/2020", "2020-04-15"),
    _pattern("date.dm_text", "Day and month without a year: 10 January, Jan. 10, 15-aprel, and "
             "the month glued to the day's full stop: 3.jūn.",
             _DAY_ALONE + r"(?:" + _DAY + r"(?:\s+|-|(?<=\.))" + _MONTH.replace("?P<mon>", "?P<mon2>")
             + r"|(?<![^\W\d_])" + _MONTH + r"\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)(?![\d:])",
             "Jan. 10", "--01-10"),
    _pattern("date.relative", "Relative to the fetch time: 2 hours ago, vor 3 Tagen, 3 часа назад, "
             "il y a 2 heures, hace 3 horas, 2 saat önce, 2 soat oldin, ۲ ساعت پیش, منذ 3 ساعات, "
             "2 घंटे पहले, 2 jam yang lalu, 2 giờ trước, 2 ชั่วโมงที่แล้ว, saa 2 zilizopita, "
             "sa'o'i 2 da suka wuce, 2 saacadood kahor, ከ2 ሰዓት በፊት, wákàtí 2 sẹ́yìn, for 2 timer siden, "
             "2 tuntia sitten, pirms 2 stundām, 2 órája, acum 2 ore, πριν από 2 ώρες, prije 2 sata, "
             "před 2 hodinami, 2 uur geleden, 2 demjimêr berê, 2 کاتژمێر لەمەوبەر, לפני 3 שעות (a count "
             "back); "
             "вчера в 14:05, yesterday at 5:30 pm, "
             "dünən 10:15, أمس 10:15, i går kl. 14.32, eilen klo 9.15, אתמול בשעה 14:32 (a day's word, "
             "with its time).",
             # English, and Nigerian Pidgin's "2 hours wey don pass" (BBC News Pidgin)
             r"\b(?:(?P<n_en>\d+|an?|one)\s+(?P<unit_en>minute|min|hour|hr|day|week)s?\s+"
             r"(?:ago|wey\s+don\s+pass)"
             r"|vor\s+(?P<n_de>\d+|einer?|einem)\s+(?P<unit_de>minute|min\b|stunde|std\b|tag|woche)\w*"
             r"|(?:(?P<n_ru>\d+)\s+(?P<unit_ru>минут|час|дн|день|недел)\w*|(?P<unit_ru1>минуту|час|день|неделю))"
             r"\s+назад"
             r"|(?:(?P<n_uk>\d+)\s+(?P<unit_uk>хвилин|годин|дн|день|тиж)\w*"
             r"|(?P<unit_uk1>хвилину|годину|день|тиждень))\s+тому"
             r"|(?:(?P<n_be>\d+)\s+(?P<unit_be>хвілін|гадзін|дн|дзён|тыдн|тыдз)\w*"
             r"|(?P<unit_be1>хвіліну|гадзіну|дзень|тыдзень))\s+таму"
             r"|il\s+y\s+a\s+(?P<n_fr>\d+|une?)\s+(?P<unit_fr>minute|heure|jour|semaine)s?"
             r"|(?:hace|há)\s+(?P<n_es>\d+|una?|uma?)\s+(?P<unit_es>minuto|hora|día|dia|semana)s?"
             r"|(?P<n_it>\d+)\s+(?P<unit_it>minut|or|giorn|settiman)[eaio]\s+fa"
             r"|(?P<n_pl>\d+)\s+(?P<unit_pl>minut|godzin|dni|dzień|tydzień|tygodni)\w*\s+temu"
             r"|(?P<n_tr>\d+)\s+(?P<unit_tr>dakika|saat|gün|hafta|dəqiqə|həftə|daqiqa|soat|kun"
             r"|дақиқа|соат|кун|ҳафта|минут|сағат|күн|апта)\s+(?:önce|əvvəl|öncə|oldin|avval|олдин"
             r"|аввал|бұрын)"
             r"|(?P<n_fa>\d+)\s+(?P<unit_fa>دقیقه|ساعت|روز|هفته)\s+(?:پیش|قبل)"
             r"|منذ\s+(?:(?P<n_ar>\d+)\s+)?(?P<unit_ar>دقيقة|دقائق|ساعة|ساعات|يوم|أيام|أسبوع|أسابيع)"
             r"|منذ\s+(?P<unit_ar2>دقيقتين|ساعتين|يومين|أسبوعين)"  # two: Arabic's dual
             r"|(?P<n_ur>\d+)\s+(?P<unit_ur>منٹ|گھنٹے|گھنٹہ|دن|ہفتے)\s+(?:پہلے|قبل)"
             r"|(?P<n_hi>\d+)\s+(?P<unit_hi>मिनट|घंटे|घंटा|घण्टे|दिन|हफ्ते|हफ़्ते|सप्ताह)\s+(?:पहले|पूर्व)"
             r"|(?P<n_bn>\d+)\s+(?P<unit_bn>মিনিট|ঘণ্টা|দিন|সপ্তাহ)\s+আগে"
             r"|(?P<n_id>\d+)\s+(?P<unit_id>menit|minit|jam|hari|minggu)\s+(?:yang\s+)?lalu"
             r"|(?P<n_vi>\d+)\s+(?P<unit_vi>phút|giờ|ngày|tuần)\s+trước"
             r"|(?P<n_th>\d+)\s*(?P<unit_th>นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์)\s*(?:ที่แล้ว|ก่อน)"
             # Swahili and Hausa name the unit first: "saa 2 zilizopita", "sa'o'i 2 da suka wuce"
             r"|(?P<unit_sw>dakika|saa|siku|wiki)\s+(?P<n_sw>\d+)\s+(?:zilizopita|iliyopita)"
             r"|(?P<unit_ha>mintuna|minti|sa['’]o['’]i|sa['’]a|awanni|awa|kwanaki|kwana|makonni|mako)"
             r"\s+(?P<n_ha>\d+)\s+da\s+(?:suka|ta|ya)\s+wuce"
             r"|(?P<n_so>\d+)\s+(?P<unit_so>daqiiqo|saacad|maalin|maalmood|toddobaad)\w*\s+ka\s?hor"
             r"|ከ\s*(?P<n_am>\d+)\s*(?P<unit_am>ደቂቃ|ሰዓት|ሰአት|ቀን|ሳምንት)\w*\s*በፊት"
             # Yoruba, the unit first too: "wákàtí 2 sẹ́yìn" (its tone marks as NFC writes them)
             "|(?P<unit_yo>w\u00e1k\u00e0t\u00ed|\u00ec\u1e63\u1eb9\u0301j\u00fa|\u1ecdj\u1ecd\u0301"
             "|\u1ecd\u0300s\u1eb9\u0300)\\s+(?P<n_yo>\\d+)\\s+s\u1eb9\u0301y\u00ecn"
             # Europe's: Norwegian, Danish and Swedish, Finnish, Estonian, Latvian, Lithuanian,
             # Hungarian ("2 órája", its hour: its age), Romanian, Greek, Croatian, Bosnian and
             # Serbian, Bulgarian and Macedonian, Czech, Slovak and Slovene, Albanian, Dutch,
             # Icelandic
             r"|(?:for|för)\s+(?P<n_no>\d+|en|ett|et)\s+(?P<unit_no>minut|tim|dag|døgn|uke|uge|veck)\w*"
             r"\s+(?:siden|sedan)"
             r"|(?P<n_fi>\d+)\s+(?P<unit_fi>minuut|tunti|tuntia|päivä|viikko|viikkoa)\w*\s+sitten"
             r"|(?P<n_et>\d+)\s+(?P<unit_et>minut|tund|päev|nädal)\w*\s+tagasi"
             r"|pirms\s+(?P<n_lv>\d+)\s+(?P<unit_lv>minūt|stund|dien|nedēļ)\w*"
             r"|prieš\s+(?P<n_lt>\d+)\s+(?P<unit_lt>min|val|dien|savait)\w*\.?"
             r"|(?P<n_hu>\d+)\s+(?P<unit_hu>perce|órája|napja|hete)"
             r"|(?P<n_hu2>\d+)\s+(?P<unit_hu2>perc|órá|óra|nap|hét|het)\w*\s+ezelőtt"
             r"|acum\s+(?P<n_ro>\d+|o|un)\s+(?:de\s+)?(?P<unit_ro>minut|or[eă]|zi|săptăm)\w*"
             r"|πριν(?:\s+από)?\s+(?P<n_el>\d+)\s+(?P<unit_el>λεπτ|ώρ|ωρ|ημέρ|ημερ|μέρ|εβδομάδ)\w*"
             r"|(?:prije|pre)\s+(?P<n_hr>\d+)\s+(?P<unit_hr>minut|sat|dan|tjed|nedelj|sedmic)\w*"
             r"|(?:пре|преди|пред)\s+(?P<n_sr>\d+)\s+(?P<unit_sr>минут|сат|час|дан|ден|дни|недељ|седмиц)\w*"
             r"|(?:před|pred)\s+(?P<n_cs>\d+)\s+(?P<unit_cs>minut|hodin|ur|dn|dň|dnev|týd|týž|ted)\w*"
             r"|para\s+(?P<n_sq>\d+)\s+(?P<unit_sq>minut|orë|or|dit|jav)\w*"
             r"|(?P<n_nl>\d+|een)\s+(?P<unit_nl>minuut|minuten|uur|dag|dagen|week|weken)\s+geleden"
             r"|fyrir\s+(?P<n_is>\d+)\s+(?P<unit_is>mínút|klukkustund|klst|dög|degi|vik)\w*\.?"
             # Kurdish: Kurmanji's "2 demjimêr berê", Sorani's "2 کاتژمێر لەمەوبەر", "پێش 2 کاتژمێر"
             r"|(?P<n_ku>\d+)\s+(?P<unit_ku>deqîqe|xulek|demjimêr|saet|roj|hefte)\w*\s+berê"
             r"|(?P<n_ckb>\d+)\s+(?P<unit_ckb>خولەک|دەقیقە|کاتژمێر|سەعات|ڕۆژ|هەفتە)\s+لەمەوبەر"
             r"|پێش\s+(?P<n_ckb2>\d+)\s+(?P<unit_ckb2>خولەک|دەقیقە|کاتژمێر|سەعات|ڕۆژ|هەفتە)"
             # Hebrew: "לפני 3 שעות", "לפני שעה" (an hour ago), and the dual: "לפני שעתיים"
             r"|לפני\s+(?:(?P<n_he>\d+)\s+)?(?P<unit_he>דקות|דקה|שעות|שעה|ימים|יום|שבועות|שבוע)(?!\w)"
             r"|לפני\s+(?P<unit_he2>דקותיים|שעתיים|יומיים|שבועיים)(?!\w)"
             # "Today's paper", "Yesterday's news": a name, no date
             r"|(?P<word>yesterday|today|gestern|heute|вчера|сегодня|hier|aujourd'hui|ayer|hoy|ieri"
             r"|oggi|ontem|hoje|wczoraj|dzisiaj|dziś|вчора|сьогодні|учора|сёння|dün|dünən|bugün|bu\s+gün|kecha"
             r"|bugun|кеча|бугун|кеше|бүгін|دیروز|امروز|أمس|امس|اليوم"
             r"|i\s+dag|i\s+går|idag|igår|í\s+dag|í\s+gær|tänään|eilen|täna|eile|šodien|šiandien|vakar"
             r"|tegnap|azi|astăzi|σήμερα|χθες|χτες|danas|jučer|juče|данас|јуче|днес|dnes|včera|danes"
             r"|včeraj|sot|dje|vandaag|gisteren|היום|אתמול)(?![’']s\b))(?!\w)",
             "2 hours ago", "relative"),
)
_BY_ID = {p.id: p for p in DATE_PATTERNS}


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date read from text.

    ``value`` is ISO 8601: ``2020-04-15T19:10:00+04:00`` with a time and an offset,
    ``2020-04-15T19:10:00`` with a time and no offset known, ``2020-04-15`` for a day, and
    ``--04-15`` when the year is not known. ``from_reference``: the page did not print it
    whole, the fetch time completed it (a relative date, or a year-less date's year).
    """

    value: str
    raw: str
    rule: str
    has_time: bool
    has_offset: bool
    offset_source: OffsetSource
    year_known: bool = True
    ambiguous: bool = False
    start: int = 0
    end: int = 0
    from_reference: bool = False

    @property
    def day(self) -> str:
        """The calendar day, ``YYYY-MM-DD`` (or ``--MM-DD``)."""
        return self.value[:10] if self.year_known else self.value[:7]


@lru_cache(maxsize=256)
def _tz(spec: str | tzinfo | None) -> tzinfo | None:
    if spec is None or isinstance(spec, tzinfo):
        return spec
    match = re.fullmatch(r"(?:utc|gmt)?\s*([+\-−])(\d{1,2}):?(\d{2})?", spec.strip(), re.I)
    if match:
        sign = -1 if match.group(1) in "-−" else 1
        minutes = int(match.group(2)) * 60 + int(match.group(3) or 0)
        return timezone(sign * timedelta(minutes=minutes))
    try:
        return ZoneInfo(spec)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"tz={spec!r} is neither a UTC offset (\"+04:00\") nor a time zone's "
                         "name (\"Asia/Baku\")") from None


def _offset(m: re.Match[str], text: str) -> timedelta | None:
    """The UTC offset written with the match or right after it, if any."""
    groups = m.groupdict()
    if groups.get("isozone"):
        zone = groups["isozone"]
        if zone.upper() == "Z":
            return timedelta(0)
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        return sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    if groups.get("rfczone"):
        zone = groups["rfczone"]
        if zone[0] in "+-":
            sign = -1 if zone[0] == "-" else 1
            return sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5]))
        minutes = _ZONE_ABBREVIATIONS.get(zone.lower())
        return None if minutes is None else timedelta(minutes=minutes)
    zone = _ZONE_AFTER.match(text, m.end())
    if zone is None:
        return None
    return _zone_offset(zone)


_ZONE_AFTER = re.compile(r"\s*,?\s*" + _ZONE, re.IGNORECASE)
# The word for "year" a date may print after its year: "15 апреля 2020 г. в 19:10", "2020 года",
# Ukrainian "2024 р.", "2024 року", Kazakh "2020 ж.", Uzbek "2020-yil", Azerbaijani "2020-ci il",
# Polish "2020 r.", Armenian
# "2020 թ.", Georgian "2020 წ.", Lithuanian "2024 m."; or the full stop Croatian, Serbian and
# Hungarian set after a year: "3. lipnja 2024. u 14:32"
_YEAR_WORD = (r"(?:\s*-?(?:г\.|года|год|р\.|року|ж\.|жылы|yil|y\.|c[iıuü]\s+il|r\.|roku|թ\.?|წ\.|წელი|"
              r"m\.)(?!\w)"
              r"|\.(?=\s))?")
# Turkish prints the weekday after the year, before the clock: "03 Haziran 2024 Pazartesi
# 14:32", "3 Haziran 2024, Pazartesi 14:32"
_WEEKDAY_AFTER = r"(?:,?\s*(?:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar)(?!\w))?"
# with German's word for o'clock: "27.04.2020 - 18:50 Uhr", or a colon: "03 June ,2024: 02:32 PM";
# and Europe's words for "at"
# ("kl. 14.32", "klo 14.32", "u 14:32", "ora 14:32", "στις 14:32", "om 14:32", "kell 14.32")
_TIME_AFTER = re.compile(
    _YEAR_WORD + _WEEKDAY_AFTER
    + r"\s*(?:,?\s*godz\.|[,،]?\s*(?:ساعت|الساعة)|,?\s*(?:kl\.?|klo|klockan|kell|plkst\.)"
    r"|,|،|\||/|-|–|—|·|•|:|at|um|à|a las|alle|"
    r"в|о|ў|o|saat|às|ás|a les|pukul|jam|lúc|เวลา|u|у|ora|στις|om|ob|v|בשעה|\s)\s*" + _TIME
    + r"(?:\s*uhr\b)?",
    re.IGNORECASE,
)
# (and the weekday between the clock and the day: "03:32 م الإثنين 03 يونيو 2024")
_TIME_BEFORE = re.compile(_TIME + r"\s*(?:" + _ZONE + r")?\s*[,|/\-–—]?\s*"
                          r"(?:[a-zäöüéû\u0621-\u064a]+,?\s*|ngày\s*)?$", re.IGNORECASE)


def _zone_offset(zone: re.Match[str]) -> timedelta | None:
    g = zone.groupdict()
    if g.get("oh") is not None:
        sign = -1 if g["sign"] in "-−" else 1
        return sign * timedelta(hours=int(g["oh"]), minutes=int(g["om"] or 0))
    if g.get("ioh") is not None:
        sign = -1 if g["isosign"] in "-−" else 1
        return sign * timedelta(hours=int(g["ioh"]), minutes=int(g["iom"]))
    if g.get("abbr"):
        return timedelta(minutes=_ZONE_ABBREVIATIONS[g["abbr"].lower()])
    return None


def _clock(g: dict[str, str | None]) -> tuple[int, int, int] | None:
    if g.get("Hdot") is not None:  # date.iso's "2024-06-03 14.32"
        g = {**g, "H": g["Hdot"], "M": g["Mdot"]}
    if g.get("H") is None or g.get("M") is None:
        return None
    hour, minute, second = int(g["H"] or 0), int(g["M"] or 0), int(g.get("S") or 0)
    ampm = (g.get("ampm") or "").lower().replace(".", "").replace(" ", "")
    ampm = "am" if ampm.startswith("ص") else "pm" if ampm.startswith("م") else ampm
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return None
    return hour, minute, second


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 50 else year + 1900 if year < 100 else year


def _iso(day: date, clock: tuple[int, int, int] | None, offset: timedelta | None) -> str:
    if clock is None:
        return day.isoformat()
    moment = datetime(day.year, day.month, day.day, *clock)
    if offset is None:
        return moment.isoformat()
    return moment.replace(tzinfo=timezone(offset)).isoformat()


def _relative(
    m: re.Match[str], text: str, tz: tzinfo | None, reference: datetime | date | None
) -> ParsedDate | None:
    """A relative date read against the fetch time: a count back ("2 hours ago"), or a day's
    word with its time ("yesterday at 17:30"), which gives that time on that day."""
    if reference is None:
        return None
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    word = g.get("word", "").lower()
    if word:
        return _day_word(m, text, word, tz, reference)
    n_text = next((v for k, v in g.items() if k.startswith("n_")), "2" if _DUALS.intersection(g) else "1")
    if len(n_text) > _RELATIVE_DIGITS:
        return None  # "1220202 days ago": no page counts back that far
    n = int(n_text) if n_text.isdigit() else 1
    unit = next(v for k, v in g.items() if k.startswith("unit")).lower()
    if unit.startswith(_WEEK_UNITS):  # first: Indonesian's week, "minggu", opens as a minute
        delta = timedelta(weeks=n)
    elif unit.startswith(_MINUTE_UNITS):
        delta = timedelta(minutes=n)
    elif unit.startswith(_HOUR_UNITS):
        delta = timedelta(hours=n)
    else:
        delta = timedelta(days=n)
    try:
        if isinstance(reference, datetime):
            moment = (reference - delta).replace(microsecond=0)
            has_offset = moment.tzinfo is not None
            return ParsedDate(moment.isoformat(), m.group(0), "date.relative", True, has_offset,
                              "explicit" if has_offset else "none", start=m.start(), end=m.end(),
                              from_reference=True)
        day = reference - timedelta(days=delta.days)
    except OverflowError:  # before the year 1
        return None
    return ParsedDate(day.isoformat(), m.group(0), "date.relative", False, False, "none",
                      start=m.start(), end=m.end(), from_reference=True)


# The alternatives of date.relative whose unit is a dual: two of it ("منذ ساعتين", "לפני שעתיים")
_DUALS = frozenset({"unit_ar2", "unit_he2"})
# The words of the units a count goes back in, by their openings, in the languages of
# date.relative (a day's are the rest).
_MINUTE_UNITS = ("min", "мин", "dak", "dəq", "daq", "дақ", "хвил", "хвіл", "دقی", "دقي", "دقا", "منٹ",
                 "मिन", "মিনি", "men", "phú", "นาที", "ደቂ", "\u00ec\u1e63", "perc", "λεπτ", "mín",
                 "deq", "xul", "خول", "دەق", "דק")
_HOUR_UNITS = ("hour", "hr", "stunde", "std", "час", "heure", "hora", "or", "saat", "soat", "соат",
               "сағат", "годин", "гадзін", "godzin", "ساع", "گھن", "घंट", "घण्ट", "ঘণ্ট", "jam", "giờ", "ชั่ว",
               "ชม", "saa", "sa'", "sa’", "awa", "ሰዓ", "ሰአ", "w\u00e1k", "tim", "tunt", "tund", "stund",
               "val", "órá", "óra", "ώρ", "ωρ", "sat", "сат", "hodin", "ur", "uur", "klukk", "klst",
               "demj", "saet", "کاتژ", "سەعا", "שע")
_WEEK_UNITS = ("week", "woche", "недел", "semaine", "semana", "settiman", "hafta", "həftə",
               "ҳафта", "апта", "тиж", "тыд", "tydz", "tygod", "هفت", "أسب", "أسا", "ہفت", "हफ", "सप्त",
               "সপ্তা", "minggu", "tuần", "สัปดา", "wiki", "mako", "todd", "ሳም", "\u1ecd\u0300s", "uke",
               "uge", "veck", "viikko", "nädal", "nedēļ", "savait", "hét", "het", "săpt", "εβδ", "tjed",
               "nedelj", "недељ", "седм", "sedm", "týd", "týž", "ted", "jav", "vik",
               "heft", "هەفت", "שבו")
# The words for the day before the fetch's; the others name the fetch's own day.
_YESTERDAY = frozenset("yesterday gestern вчера hier ayer ieri ontem wczoraj вчора учора dün dünən "
                       "kecha кеча кеше دیروز أمس امس igår eilen eile vakar tegnap χθες χτες jučer "
                       "juče јуче včera včeraj dje gisteren אתמול".split()) | {"i går", "í gær"}


def _day_word(
    m: re.Match[str], text: str, word: str, tz: tzinfo | None, reference: datetime | date
) -> ParsedDate | None:
    """"Yesterday at 17:30", "Сегодня, 10:15": the day the word names, at the time beside it.

    Alone, the word names a page ("Heute", a programme; "Today", a section) or is another
    language's ("hier": German's "here"), so a date has its time beside it. The day is the
    fetch's in the outlet's time zone when both are known; else the fetch's own, and the day
    before when that would put the time more than any UTC offset after the fetch (a page
    whose clock is behind the fetch's, printing its "today")."""
    after = _TIME_AFTER.match(text, m.end())
    before = None if after is not None else _TIME_BEFORE.search(text[max(0, m.start() - 40):m.start()])
    found = after or before
    if found is None:
        return None
    clock = _clock(found.groupdict())
    if clock is None:
        return None
    fetched = reference
    if isinstance(reference, datetime) and reference.tzinfo is not None and tz is not None:
        fetched = reference.astimezone(tz)
    day = fetched.date() if isinstance(fetched, datetime) else fetched
    try:
        day -= timedelta(days=1 if " ".join(word.lower().split()) in _YESTERDAY else 0)
        if (isinstance(fetched, datetime) and fetched is reference
                and datetime.combine(day, time(*clock)) - fetched.replace(tzinfo=None) > _ANY_OFFSET):
            day -= timedelta(days=1)
    except OverflowError:  # before the year 1
        return None
    end = after.end() if after is not None else m.end()
    offset = None
    zone = _ZONE_AFTER.match(text, end) if after is not None else _ZONE_AFTER.search(found.group(0))
    if zone is not None:
        offset = _zone_offset(zone)
        end = zone.end() if after is not None else end
    source: OffsetSource = "explicit" if offset is not None else "none"
    if offset is None and tz is not None:
        offset = datetime(day.year, day.month, day.day, *clock, tzinfo=tz).utcoffset()
        source = "outlet" if offset is not None else "none"
    start = m.start() if after is not None else max(0, m.start() - 40) + found.start()
    return ParsedDate(_iso(day, clock, offset), text[start:end].strip(), "date.relative", True,
                      offset is not None, source, start=start, end=end, from_reference=True)


_ANY_OFFSET = timedelta(hours=14)  # the largest UTC offset a clock is set to


def relative_span(text: str) -> tuple[int, int] | None:
    """Where ``text`` prints a relative date ("2 hours ago", "вчера в 14:05", the time
    included), whatever the fetch time it would be read against; ``None`` if it prints none."""
    if not _relative_cue(text.lower()):
        return None
    for m in _BY_ID["date.relative"].regex.finditer(text):
        found = _relative(m, text, None, _ANY_FETCH)
        if found is not None:
            return found.start, found.end
    return None


_ANY_FETCH = date(2000, 1, 1)


_RELATIVE_DIGITS = 5  # digits of a count a relative date may have ("10000 minutes ago")


def _from_match(
    pattern: DatePattern,
    m: re.Match[str],
    text: str,
    tz: tzinfo | None,
    reference: datetime | date | None,
    day_first: bool | None,
) -> ParsedDate | None:
    g = m.groupdict()
    ambiguous = False
    year_known, year_missing = True, False  # year_missing: printed without its year
    if pattern.id == "date.relative":
        return _relative(m, text, tz, reference)
    if pattern.id in ("date.dmy_numeric", "date.dm_numeric") and _is_version(text, m):
        return None
    if pattern.id == "date.jalali":
        jalali = jalali_to_gregorian(int(g["y"] or g["y2"]), JALALI_MONTHS.get(g["jmon"] or "")
                                     or int(g["m"] or 0), int(g["d"] or g["d2"]))
        if jalali is None or (g["y2"] and int(g["y2"]) > _JALALI_LAST_NUMERIC_YEAR):
            return None
        year, month, day_ = jalali.year, jalali.month, jalali.day
    elif pattern.id == "date.thai":
        month, day_, year = THAI_MONTHS[g["tmon"]], int(g["d"]), int(g["ty"])
        if year < 100:  # "67": the Buddhist Era's 2567
            year += 2500
        if year > 2400:
            year -= _BUDDHIST_ERA
    elif pattern.id == "date.ethiopian":
        ethiopian = ethiopian_to_gregorian(int(g["y"] or g["y2"]),
                                           ETHIOPIAN_MONTHS[g["emon"] or g["emon2"]],
                                           int(g["d"] or g["d2"]))
        if ethiopian is None:
            return None
        year, month, day_ = ethiopian.year, ethiopian.month, ethiopian.day
    elif pattern.id == "date.slash_numeric":
        a, b = int(g["a"]), int(g["b"] or g["b2"])
        if a > 12 or (day_first is not False and b <= 12):
            day_, month = a, b
            ambiguous = b <= 12 and a <= 12 and a != b and day_first is None
        else:
            month, day_ = a, b
            ambiguous = a <= 12 and b <= 12 and a != b and day_first is None
        year = _year(g["y"] or g["y2"])
    else:
        mon = g.get("mon") or g.get("mon2")
        if mon and mon.lower() not in _MONTHS:
            return None
        month = _MONTHS[mon.lower()] if mon else int(g["m"])
        day_ = int(g.get("d") or g.get("d2") or 0)
        year_missing = not g.get("y")
        known = _year(g["y"]) if g.get("y") else _year_seen(reference, month, day_)
        if known is not None:
            year = known
        else:
            year, year_known = 2000, False  # a leap year, so that 29 February validates
    try:
        day = date(year, month, day_)
    except ValueError:
        return None
    clock = _clock(g)
    end = m.end()
    after = before = None
    if clock is None and pattern.id not in ("date.iso", "date.rfc2822"):
        after = _TIME_AFTER.match(text, m.end())
        before = _TIME_BEFORE.search(text[max(0, m.start() - 40): m.start()])
        found = after or before
        if found is not None:
            clock = _clock(found.groupdict())
            if after is not None and clock is not None:
                end = after.end()
    offset = _offset(m, text) if pattern.id in ("date.iso", "date.rfc2822") else None
    if offset is None and clock is not None:
        zone = _ZONE_AFTER.match(text, end)
        if zone is not None:
            end = zone.end()
        elif before is not None and after is None:
            zone = _ZONE_AFTER.search(before.group(0))
        offset = _zone_offset(zone) if zone is not None else None
    source: OffsetSource = "explicit" if offset is not None else "none"
    if offset is None and clock is not None and tz is not None and year_known:
        offset = datetime(day.year, day.month, day.day, *clock, tzinfo=tz).utcoffset()
        source = "outlet" if offset is not None else "none"
    if not year_known:
        value = f"--{month:02d}-{day_:02d}"
        if clock is not None:
            value += "T{:02d}:{:02d}:{:02d}".format(*clock)
    else:
        value = _iso(day, clock, offset)
    return ParsedDate(value, text[m.start():end].strip(), pattern.id, clock is not None,
                      offset is not None, source, year_known, ambiguous, m.start(), end,
                      from_reference=year_missing and year_known)


# The years the Solar Hijri calendar's leap rule changes its cycle at (Borkowski's breaks, as
# jalaali-js and the Iranian calendar's tables use them), for the years this module reads.
_JALALI_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097)
_JALALI_LAST_NUMERIC_YEAR = 1420  # 2041; the lunar Hijri calendar's 1421 was the year 2000


def jalali_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri one (1 Farvardin 1403 is 20 March 2024), or ``None``
    when there is no such day. Months 1 to 6 have 31 days, 7 to 11 have 30, and Esfand 29, or
    30 in a leap year.

    >>> jalali_to_gregorian(1403, 2, 8)
    datetime.date(2024, 4, 27)
    >>> jalali_to_gregorian(1402, 12, 30) is None  # 1402 was no leap year
    True
    """
    if not (1 <= month <= 12 and 1 <= day <= 31) or (month > 6 and day > 30):
        return None
    if not _JALALI_BREAKS[1] <= year < _JALALI_BREAKS[-1] - 1:
        return None
    day_of_year = (month - 1) * 31 - (month // 7) * (month - 7) + day - 1
    found = _nowruz(year) + timedelta(days=day_of_year)
    return found if month < 12 or found < _nowruz(year + 1) else None


_ETHIOPIAN_EPOCH = 1723856 - 1721425  # the Amete Mihret era's epoch, as a proleptic ordinal


def ethiopian_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of an Ethiopian one (26 Ginbot 2016 is 3 June 2024), or ``None``
    when there is no such day: months 1 to 12 have 30 days, Pagume 5, or 6 in a year before a
    Gregorian leap year's.

    >>> ethiopian_to_gregorian(2016, 9, 26)
    datetime.date(2024, 6, 3)
    >>> ethiopian_to_gregorian(2016, 13, 6) is None  # 2016's Pagume had 5 days
    True
    """
    if not (1 <= month <= 13 and 1 <= day <= 30) or (month == 13 and day > 5 + (year % 4 == 3)):
        return None
    return date.fromordinal(_ETHIOPIAN_EPOCH + 365 * year + year // 4 + 30 * month + day - 31)


def _nowruz(year: int) -> date:
    """The Gregorian day of 1 Farvardin ``year`` (jalaali-js's ``jalCal``)."""
    leap_j, previous, jump = -14, _JALALI_BREAKS[0], 0
    for at in _JALALI_BREAKS[1:]:
        jump = at - previous
        if year < at:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        previous = at
    n = year - previous
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    gregorian = year + 621
    leap_g = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    return date(gregorian, 3, 1) + timedelta(days=19 + leap_j - leap_g)



def _year_seen(reference: datetime | date | None, month: int, day: int) -> int | None:
    """The year of a year-less date on a page fetched at ``reference``: the fetch's year, or
    the year before when the date would come after the fetch ("Dec 30" read on 3 January);
    ``None`` without a reference, or when that puts the date more than ``_YEAR_BACK_DAYS``
    back (a site prints the year of an older date, so the date is one to come, an event a
    teaser announces)."""
    latest = latest_day(reference)
    if latest is None:
        return None
    fetched = latest - timedelta(days=1)
    for year in (fetched.year, fetched.year - 1):
        try:
            seen = date(year, month, day)
        except ValueError:  # 29 February, in a year without one
            continue
        if seen <= latest:
            return year if year == fetched.year or (fetched - seen).days <= _YEAR_BACK_DAYS else None
    return None


_YEAR_BACK_DAYS = 183


def latest_day(reference: datetime | date | None) -> date | None:
    """The last day a page fetched at ``reference`` can have printed: the day after the
    fetch's, wherever the page's clock is; ``None`` without a reference."""
    if reference is None:
        return None
    fetched = reference.date() if isinstance(reference, datetime) else reference
    return fetched + timedelta(days=1)


# A software version, not a date: "Linux kernel version 2.6.29", "Python 3.10.12", "v1.12.20",
# told by the word before it.
_VERSION_BEFORE = re.compile(
    r"(?:\b(?:versions?|vers|ver|release|kernel|build|firmware|patch|python|php|ios|android|"
    r"linux|macos|v)\.?\s*)$",
    re.IGNORECASE,
)


def _is_version(text: str, m: re.Match[str]) -> bool:
    return bool(_VERSION_BEFORE.search(text[max(0, m.start() - 12):m.start()]))


def find_dates(
    text: str,
    *,
    tz: str | tzinfo | None = None,
    reference: datetime | date | str | float | None = None,
    day_first: bool | None = None,
) -> list[ParsedDate]:
    """Every date in ``text``, left to right; a span read by one pattern is not read again.

    ``reference`` may also be given as :func:`newsclean.fetched.read_fetch_time` reads a
    fetch time (ISO 8601, an HTTP date, a WARC timestamp, Unix time). A value that is not a
    time raises ``ValueError``, as does a ``tz`` that is not a time zone.
    """
    if reference is not None and not isinstance(reference, date):
        reference = _read_reference(reference)
    return _find_dates(text, tz, reference, day_first, gated=True)


def _read_reference(value: object) -> datetime | date:
    read = read_fetch_time(value)
    if read is None:
        raise ValueError(f"reference={value!r} is not a time (give a datetime, a date, or "
                         "ISO 8601: \"2024-04-27T12:00:00+00:00\")")
    return read


def _find_dates(
    text: str,
    tz: str | tzinfo | None,
    reference: datetime | date | None,
    day_first: bool | None,
    *,
    gated: bool,
) -> list[ParsedDate]:
    """``find_dates``; ``gated`` skips the patterns whose marks the text lacks (the same
    answer, sooner: the tests compare both)."""
    if not isinstance(text, str):
        return []
    zone = _tz(tz)
    relative = not gated or reference is not None
    if not _may_date(text, relative=relative):
        return []
    printed = text
    arabic = False  # the Arabic script's letters, in which the Solar Hijri months are named
    if not text.isascii():
        if _OTHER_DIGIT.search(text):  # "۸ اردیبهشت ۱۴۰۳": the patterns read ASCII's digits
            text = text.translate(_DIGITS)
        arabic = _ARABIC_SCRIPT.search(text) is not None
    found: list[ParsedDate] = []
    taken: list[tuple[int, int]] = []
    named_month: bool | None = None
    for pattern, is_relative, marks, needs_month in _GATES:
        if gated:
            if is_relative and not (relative and _relative_cue(text.lower())):
                continue
            if marks is not None and not any(map(text.__contains__, marks)):
                continue
            if pattern.id == "date.jalali" and not (arabic or _JALALI_YEAR_FIRST.search(text)):
                continue  # its months are named in the Arabic script
            if needs_month:
                if named_month is None:
                    named_month = _names_a_month(text)
                if not named_month:
                    continue
        at = 0
        while (m := pattern.regex.search(text, at)) is not None:
            at = m.end()
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            parsed = _from_match(pattern, m, text, zone, reference, day_first)
            if parsed is None:
                # no date: "Praha 3" read as a month's name and a day. Read on from the next
                # character, where "3. června" begins, not from the match's end.
                at = m.start() + 1
                continue
            if printed is not text:  # the date as the page prints it
                parsed = replace(parsed, raw=printed[parsed.start:parsed.end].strip())
            found.append(parsed)
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


_DIGIT = re.compile(r"\d")
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_JALALI_YEAR_FIRST = re.compile(r"1[34]\d\d/")  # what date.jalali's year-first form prints
# Every script's decimal digits as ASCII's: the Arabic, Persian and Urdu (٢٧, ۲۷), Devanagari's...
_DIGITS = {ord(c): str(unicodedata.decimal(c)) for c in map(chr, range(0x80, 0x10000))
           if unicodedata.decimal(c, None) is not None}

# What a pattern cannot match without: a character it prints, or a month's name. Looking for
# these first spares the patterns' scan of the many lines with numbers and no date.
# (any one of a string's characters will do)
_PRINTS = {"date.thai": "คยพ", "date.ethiopian": "".join(sorted({name[0] for name in ETHIOPIAN_MONTHS})),
           "date.vietnamese": "áÁ", "date.iso": "-", "date.rfc2822": ":",
           "date.dmy_numeric": ".", "date.dm_numeric": ".", "date.slash_numeric": "/-",
           "date.ymd_cjk": "年년",
           "date.ymd_numeric": "./"}
_NAMES_A_MONTH = frozenset({"date.rfc2822", "date.dmy_text", "date.mdy_text", "date.ymd_text",
                            "date.ymd_word", "date.dm_text"})
# Each pattern with what its gate asks of a text: whether it reads relative dates, the
# characters it prints, whether it needs a month's name.
_GATES = tuple((pattern, pattern.id == "date.relative", _PRINTS.get(pattern.id),
                pattern.id in _NAMES_A_MONTH) for pattern in DATE_PATTERNS)
_GLUED_AT = re.compile(_GLUED)
_DAY_SUFFIXES = ("st", "nd", "rd", "th", "er")


def _names_a_month(text: str) -> bool:
    """Whether a run of letters in ``text`` opens with a month's name, as the patterns read
    one: its first 3 to 12 letters, or those after a day's suffix (``5thJan``) or after a
    lower-case letter a capital is glued to (``DambrotNovember``)."""
    runs = WORD.findall(text)
    if not text.isascii() and MARK.search(text):  # and the runs a vowel sign parts, as the
        runs += LETTERS.findall(text)  # patterns see them: "पहलेJan"
    for run in runs:
        starts = [0, 2] if run[:2].lower() in _DAY_SUFFIXES else [0]
        if len(run) > 3 and not run[1:].islower():  # "DambrotNovember": a word glued on
            starts += [m.start() for m in _GLUED_AT.finditer(run)]
        for start in starts:
            word = run[start:start + 12]
            # every month name's first three letters are in _MONTH_OPENINGS: most words stop here
            if word[:3].lower()[:3] in _MONTH_OPENINGS and any(
                word[:k].lower() in _MONTHS for k in range(2, len(word) + 1)
            ):
                return True
    return False


_MONTH_OPENINGS = frozenset(name[:3] for name in _MONTHS)


# Matched against lower-cased text: re.IGNORECASE would make this scan eight times slower.
# What a count back without a digit says ("an hour ago", "vor einer Woche", "час назад"), and
# with them, the day's words (which a time beside them dates): each alternative of
# date.relative that can match without a digit has one of these.
_COUNTED_IN_WORDS = "ago|vor ein|назад|il y a|hace|há|منذ|acum|siden|sedan|geleden|לפני"
COUNTED_IN_WORDS = re.compile(_COUNTED_IN_WORDS)
# The words date.relative cannot match without, one of which its every alternative holds: a
# count back's cue ("ago", "vor", "назад", "sitten", "prije") or a day's word ("yesterday",
# "i går": "går"), looked up among a lower-cased text's words (a set's lookup: a regular
# expression's alternation of them was a scan of its own, three times as slow); and the cues
# of scripts whose vowel signs part a word (Hindi's, Bengali's, Thai's, Yoruba's tone marks),
# looked for as strings.
_RELATIVE_CUES = frozenset("""
    ago wey vor назад тому il hace há fa temu önce əvvəl öncə oldin avval олдин аввал бұрын پیش
    قبل منذ پہلے lalu trước zilizopita iliyopita wuce kahor hor በፊት siden sedan sitten tagasi
    pirms prieš perce órája napja hete ezelőtt acum πριν prije pre пре преди пред před pred para
    geleden fyrir berê لەمەوبەر پێش לפני таму
    yesterday today gestern heute вчера сегодня hier aujourd ayer hoy ieri oggi ontem hoje
    wczoraj dzisiaj dziś вчора сьогодні dün dünən bugün gün kecha bugun кеча бугун кеше бүгін
    دیروز امروز أمس امس اليوم dag går gær idag igår tänään eilen täna eile šodien šiandien vakar
    tegnap azi astăzi σήμερα χθες χτες danas jučer juče данас јуче днес dnes včera danes
    včeraj sot dje vandaag gisteren היום אתמול учора сёння
    """.split())
_RELATIVE_STRINGS = ("पहले", "पूर्व", "আগে", "แล้ว", "ก่อน", "s\u1eb9\u0301y\u00ecn")
_WORD_RUN = re.compile(r"\w+")


def _relative_cue(lowered: str) -> bool:
    """Whether a lower-cased text holds a word date.relative cannot match without."""
    return (not _RELATIVE_CUES.isdisjoint(_WORD_RUN.findall(lowered))
            or any(map(lowered.__contains__, _RELATIVE_STRINGS)))


def may_hold_a_date(text: str, reference: datetime | date | None) -> bool:
    """Whether ``find_dates(text, reference=reference)`` can find anything: a cheap test.

    Without a reference a relative date ("2 hours ago", "yesterday") dates nothing, and
    every other form has a digit.
    """
    return _may_date(text, relative=reference is not None)


def _may_date(text: str, *, relative: bool) -> bool:
    return _DIGIT.search(text) is not None or (relative and _maybe_relative(text))


def _maybe_relative(text: str) -> bool:
    return _relative_cue(text.lower())


def normalize_date(
    text: str,
    *,
    tz: str | tzinfo | None = None,
    reference: datetime | date | str | float | None = None,
    day_first: bool | None = None,
) -> ParsedDate | None:
    """The first date in ``text``, normalised to ISO 8601, or ``None``. Never raises on a ``text``.

    ``tz`` (an IANA name such as ``"Asia/Baku"``, or ``"+04:00"``) gives the offset of a
    time printed without one; the result then says ``offset_source == "outlet"``.
    ``reference`` (the fetch time: a datetime, a date, or a string or number in a form
    :func:`newsclean.fetched.read_fetch_time` reads) dates relative and year-less forms: a
    year-less date takes the fetch's year, or the year before when it would come after the
    fetch and lies within half a year back; else it stays year-less (a date to come, an
    event's). A ``reference`` or ``tz`` that is neither raises ``ValueError``.
    ``day_first`` settles ``04/05/2020``; left ``None``, day-first is assumed and
    ``ambiguous`` is set.

    >>> normalize_date("Dec 30, 10:15", reference=date(2024, 1, 3)).value
    '2023-12-30T10:15:00'
    >>> normalize_date("December 6", reference=date(2019, 11, 20)).value
    '--12-06'
    >>> normalize_date("15 April 2020 19:10 (UTC+04:00)").value
    '2020-04-15T19:10:00+04:00'
    >>> normalize_date("07 November 2022 12:47", tz="Asia/Baku").offset_source
    'outlet'
    >>> normalize_date("Saturday April 27 2024").value
    '2024-04-27'
    >>> normalize_date("no date here") is None
    True
    """
    dates = find_dates(text, tz=tz, reference=reference, day_first=day_first)
    return dates[0] if dates else None


def pattern(rule_id: str) -> DatePattern:
    """The date pattern with id ``rule_id``."""
    return _BY_ID[rule_id]
