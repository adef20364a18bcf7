"""Citations: the outlets and sources a text attributes statements to.

Each match of a named pattern (``cite.told``, ``cite.according_to``, ... in
:mod:`newsclean.provenance.cues`) gives a name and the phrase it was read from; the name is
then told apart as an outlet (the registry, or cues such as *News*, *Agency*, a domain), an
institution (*Ministry*, *Committee*, an acronym), a person, or the publisher itself.

>>> from newsclean.provenance.registry import Registry
>>> [(c.name, c.kind, c.outlet_id) for c in find_citations(
...     ["The analyst told Trend that talks would resume, according to Interfax."],
...     Registry.shipped())]
[('Trend', 'outlet', 'trend'), ('Interfax', 'outlet', 'interfax')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from newsclean.article import Citation, CitationKind
from newsclean.chrome.patterns import (
    SIGNOFF_CLOSING,
    SIGNOFF_INITIALS,
    SOURCE_CREDIT,
    SOURCE_CREDIT_WORDS,
    SOURCE_NAMES_JOIN,
    SOURCE_OF_PICTURE,
    WIRE_SIGNOFF,
    syndication_notice,
)
from newsclean.meta.bylines import given_name
from newsclean.provenance.cues import (
    ARABIC_PLACE_TAG,
    CITE_PATTERNS,
    DE_INSTITUTION_ENDINGS,
    DE_NOT_NAMES,
    DE_OUTLET_ENDINGS,
    FUNCTION_WORDS,
    INSTITUTION_WORDS,
    NAME_BEFORE,
    NOT_A_NAME_AFTER,
    NOT_NAMES,
    OPENING_QUOTES,
    OUTLET_WORDS,
    PERSON_TITLES,
    WEEKDAY,
    WIRE_TAG,
    CitePattern,
    agency_dateline,
)
from newsclean.provenance.registry import TITLE_ARTICLES, OutletInfo, Registry, name_key

_LOOKBACK = 90  # characters before a reporting verb where its subject is looked for
_QUOTE_CHARS = " \t\"'„“”«»‘’"
_TRAILING = ".,;:!?)”\"'’»"
# verbs that people use as often as sources: after them, a person is quoted, not cited (and
# after every verb of the other languages' patterns: "Daniel Loureiro informó")
_REPORTING_ONLY = frozenset({"said", "says", "stated", "announced"})
_COMPOUND_REST = 3  # letters a German compound holds before the word it ends with
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")  # Deutsche, Bayerischen, Frankfurter


@dataclass(frozen=True, slots=True)
class Found:
    """A citation before it is told apart from the publisher."""

    citation: Citation
    gives_quotes: bool
    outlet: OutletInfo | None
    language: str = "en"  # of the pattern that found it


def find_citations(
    paragraphs: Iterable[str], registry: Registry, publisher: OutletInfo | None = None,
    language: str | None = None,
) -> tuple[Citation, ...]:
    """Every source the paragraphs attribute statements to, in reading order, each once.

    ``language`` (an ISO 639-1 code) is the text's: the German, French, Spanish, Italian and
    Portuguese patterns read only texts in their language, or every text when it is not
    given; the English and Russian ones read every text (the region's outlets print both in
    any language)."""
    return tuple(f.citation for f in scan(paragraphs, registry, publisher, language))


_EVERY_TEXT = frozenset({"en", "ru"})  # languages whose patterns read texts in any language
# the languages whose outlets write of their own interviews as quotes told to them
_SELF_TOLD = _EVERY_TEXT | {"fa", "ar"}
_CYRILLIC = re.compile("[а-яё]")  # in a lower-cased paragraph: the Russian patterns' keywords


def scan(
    paragraphs: Iterable[str], registry: Registry, publisher: OutletInfo | None = None,
    language: str | None = None,
) -> list[Found]:
    """Citations with what the provenance stage needs to know of them."""
    patterns = [p for p in CITE_PATTERNS if language is None or p.language in _EVERY_TEXT
                or p.language == language or language in p.also]
    latin = [p for p in patterns if p.language != "ru"]  # for a paragraph without Cyrillic
    paragraphs = list(paragraphs)
    mentions = _Mentions(paragraphs)  # where a German name shows it is one
    found: list[Found] = []
    seen: set[tuple[str, str]] = set()
    for paragraph in paragraphs:
        hits: list[tuple[int, Found]] = []
        tag = _wire_tag(paragraph)
        if tag is not None:
            name, phrase, at = tag
            # the agency's desk after it ("Hamburg (dpa/lno) -"), or two agencies ("(AFP/dpa)")
            for part in [name] if registry.by_name(name, language) else name.split("/"):
                hit = _classify(part, phrase, None, registry, publisher,
                                wire=True, gives_quotes=False, text_language=language)
                if hit is not None and hit.outlet is not None:  # a known outlet's tag only
                    hits.append((at + name.find(part), hit))
        lowered = paragraph.lower()
        for pattern in patterns if _CYRILLIC.search(lowered) else latin:
            if pattern.keywords and not any(map(lowered.__contains__, pattern.keywords)):
                continue
            for m in pattern.regex.finditer(paragraph):
                hits.extend(_read(pattern, m, paragraph, registry, publisher, mentions, language))
        for _, hit in sorted(hits, key=lambda item: item[0]):
            key = (name_key(hit.citation.name), hit.citation.kind or "")
            if key not in seen:
                seen.add(key)
                found.append(hit)
    return found


def syndicated(lines: Iterable[str], registry: Registry, language: str | None = None) -> list[Found]:
    """The outlets that chrome lines say published the article first: "Read the original
    article on Premium Times.", "This article was originally published on The Conversation.",
    "Source: citinewsroom.com" (``patterns.syndication_notice``)."""
    found: list[Found] = []
    for text in lines:
        notice = syndication_notice(text) if len(text) < _SYNDICATION_CHARS else None
        m, name = notice if notice is not None else (None, None)
        if m is None or name is None:
            continue
        hit = _classify(name, m.group(0), None, registry, None, gives_quotes=False, wire=False,
                        text_language=language)
        if hit is None or hit.citation.kind not in ("outlet", "unknown", "institution"):
            continue  # "Originally published by Jane Doe": her blog, a person's
        if hit.citation.kind != "outlet":
            hit = replace(hit, citation=replace(hit.citation, kind="outlet"))
        if all(name_key(f.citation.name) != name_key(name) for f in found):
            found.append(hit)
    return found


_SYNDICATION_CHARS = 400


def credited_sources(lines: Iterable[str], registry: Registry,
                     language: str | None = None, closing: Iterable[str] = ()) -> list[Found]:
    """The agencies and outlets a source line credits ("Source: Reuters", "Źródło: PAP,
    TVN24", "Πηγή: ΑΠΕ-ΜΠΕ"), the agency an Arab agency's dateline line names ("دمشق-سانا"),
    and the agencies that sign the story off in its ``closing`` lines ("(dpa)", "(sda/mas)"):
    the names the registry knows, an agency as a wire, each once."""
    found = signed_off(closing, registry, language)
    for text in lines:
        m = (SOURCE_CREDIT.match(text) if ":" in text and len(text.split()) <= SOURCE_CREDIT_WORDS
             else None)
        placed = m is None and ARABIC_PLACE_TAG.match(text)  # "دمشق-سانا": the agency's dateline
        if placed:
            m = placed
        elif m is None or syndication_notice(text) is not None or SOURCE_OF_PICTURE.search(m["names"]):
            continue
        for name in SOURCE_NAMES_JOIN.split(m["names"]):
            info = registry.by_name(name, language) if name else None
            if info is None or (placed and info.type not in WIRE_TYPES):
                continue
            hit = _classify(name, text, None, registry, None, gives_quotes=False,
                            wire=info.type in WIRE_TYPES, text_language=language)
            if hit is not None and all(f.citation.name != hit.citation.name for f in found):
                found.append(hit)
    return found


WIRE_TYPES = frozenset({"news agency"})  # the registry's types of an agency's outlets


def signed_off(lines: Iterable[str], registry: Registry, language: str | None = None) -> list[Found]:
    """The agencies that sign a story off in ``lines``, its closing ones: a line of their
    tags ("(dpa)", "dpa/lno", "(TT, APA)", "Mit Material von dpa"), or the tag in brackets that
    ends its last paragraph. Every name the line holds is the registry's or an editor's
    initials, and one at least is an agency's; the outlets beside it count too. A line under
    the paragraph may close on the sign-off after a semicolon: "Regionaljournal Bern, 04.06.2024,
    06:32 Uhr ; sda/brus"."""
    found: list[Found] = []
    for n, text in enumerate(lines):
        closing = SIGNOFF_CLOSING.search(text) if n == 0 else None  # (a caption's under it)
        m = WIRE_SIGNOFF.match(closing["signoff"] if closing else text.strip())
        if m is None and ";" in text and n > 0:
            tail = text.rpartition(";")[2]
            m = WIRE_SIGNOFF.match(tail.strip())
            text = tail if m is not None else text
        if m is None:
            continue
        named = []
        for name in SOURCE_NAMES_JOIN.split(m["names"]):
            info = registry.by_name(name, language)
            if info is None and SIGNOFF_INITIALS.fullmatch(name) is None:
                break  # "(Archivbild)", "Mehr dazu": no sign-off
            named.append((name, info))
        else:
            if not any(info is not None and info.type in WIRE_TYPES for _, info in named):
                continue
            for name, info in named:
                if info is None or any(f.outlet is not None and f.outlet.id == info.id for f in found):
                    continue
                phrase = text[closing.start():] if closing else text  # "(dpa/lno)"
                hit = _classify(name, phrase.strip(), None, registry, None, gives_quotes=False,
                                wire=info.type in WIRE_TYPES, text_language=language)
                if hit is not None:
                    found.append(hit)
    return found


def _wire_tag(paragraph: str) -> tuple[str, str, int] | None:
    """The agency a paragraph's opening tag names (``MOSCOW (Reuters) -``, ``МОСКВА, 15
    апреля. /ТАСС/.``), the tag, and where the name stands."""
    tag = WIRE_TAG.match(paragraph)
    if tag is not None:
        return tag.group("name"), tag.group(0).strip(), tag.start("name")
    dateline = agency_dateline(paragraph)
    if dateline is not None:
        m, key = dateline
        return m.group(key).strip(), m.group(0).strip(), m.start(key)
    return None


def _read(
    pattern: CitePattern, m: re.Match[str], paragraph: str, registry: Registry,
    publisher: OutletInfo | None, mentions: _Mentions | None = None,
    text_language: str | None = None,
) -> list[tuple[int, Found]]:
    if pattern.caseless:
        return _read_caseless(pattern, m, registry, publisher, text_language)
    if pattern.name_before:
        before = paragraph[max(0, m.start() - _LOOKBACK): m.start()]
        subject = NAME_BEFORE.search(before)
        if subject is None:
            return []
        name, desc = subject.group("name"), subject.group("desc")
        start = m.start() - len(before) + subject.start("name")
        phrase = paragraph[start: m.end()]
        verb = m.group("verb")
        hit = _classify(name, phrase, desc, registry, publisher, gives_quotes=verb == "quoted",
                        people=pattern.language == "en" and verb not in _REPORTING_ONLY,
                        wire=False, text_language=text_language)
        if hit is None or hit.citation.kind == "unknown":
            return []  # "Kazakhstan reported 1,200 new cases": not a source
        return [(start, hit)]
    name, start, end = m.group("name"), m.start("name"), m.end("name")
    known = registry.name_at(paragraph, start)
    if known is not None and len(known) > len(name):
        # "selon Le Canard enchaîné": the registry's name, whole
        name, end = known, start + len(known)
    elif pattern.marked and " " in name and registry.by_name(name) is None:
        # "rekao za N1 da će", "Kako Index.hr piše": the registry's name, where the words
        # after it or before it ran on (a name counts here only if the registry knows it, or
        # quotes or a descriptor mark it)
        offset, name = _known_part(name, registry)
        start += offset
        end = start + len(name)
    desc = m.groupdict().get("desc")
    if pattern.language == "en":
        after = paragraph[end: end + 40]
        follow = re.match(r"\s+([a-z]+(?:\s+agency)?)", after)
        next_word = follow.group(1).split()[0] if follow else None
        if next_word is not None and (next_word in NOT_A_NAME_AFTER or (
                next_word not in FUNCTION_WORDS and _adjective(name, registry))):
            return []  # "according to Kazakh media", "a Russian newspaper": adjectives, not names
        if follow and not desc and re.fullmatch(r"news\s+agency|agency|newspaper|website|portal|"
                                                r"outlet|daily|channel|tv|radio", follow.group(1)):
            desc = follow.group(1)
    before = paragraph[:start].rstrip()[-1:]  # "" at the paragraph's start
    quoted = any(c and c in OPENING_QUOTES for c in (before, name[:1]))
    # the cue and the name: "prenosi Tanjug"; the name and the cue after it: "Hina javlja"
    phrase = paragraph[start: m.end()] if m.start("name") == m.start() else paragraph[m.start(): end]
    role = m.groupdict().get("role") is not None  # "analyst Arkady Dubnov": a person
    results = []
    for part, offset in _parts(name, registry):
        hit = _classify(part, phrase, desc, registry, publisher,
                        gives_quotes=pattern.gives_quotes, wire=False, role=role,
                        language=pattern.language, text_language=text_language)
        if hit is None or (pattern.marked and not (quoted or desc or hit.outlet is not None)):
            continue  # "заявил Иванов": the speaker, where an outlet would be told
        if pattern.language != "de" or marked_name(hit, desc, quoted, pattern.subject, mentions):
            results.append((start + offset, hit))
    return results


_CASELESS_REACH = 6  # the words after a caseless cue where the source's name may begin
_QUOTED = re.compile(rf"[{OPENING_QUOTES}]([^{OPENING_QUOTES}”»›\n]{{2,40}})[“”\"»›]")
# what calls a quoted name an outlet, in Arabic and Persian: agency, newspaper, channel, site
_CASELESS_DESC = re.compile(r"(?<!\S)(?:ل|ب)?(?:وكالة|صحيفة|جريدة|قناة|موقع|مجلة|خبرگزاری|روزنامه|"
                            r"شبکه|سایت|پایگاه|رادیو|تلویزیون|خبرگزاری‌های|نشریه)(?!\S)")


def _read_caseless(
    pattern: CitePattern, m: re.Match[str], registry: Registry, publisher: OutletInfo | None,
    text_language: str | None,
) -> list[tuple[int, Found]]:
    """The source a cue of a script without capitals names: the first name among the words
    after it that the registry knows, or that quotes set off, in their first few words; or,
    where the name comes before the cue (Hindi's and Urdu's "X के मुताबिक", "according to
    X"), the last such name in the last few words before it."""
    key = "span" if m.group("span") is not None else "told"
    span, at = m.group(key), m.start(key)
    words = list(re.finditer(r"\S+", span))
    names = [(start, name, False) for start, name in registry.mentions(span)]
    names += [(q.start(1), q.group(1), True) for q in _QUOTED.finditer(span)]
    if pattern.name_before:
        reach = words[-_CASELESS_REACH].start() if len(words) > _CASELESS_REACH else 0
        names = sorted((n for n in names if n[0] >= reach), reverse=True)
    else:
        reach = words[_CASELESS_REACH].start() if len(words) > _CASELESS_REACH else len(span)
        names = sorted(n for n in names if n[0] < reach)
    if not names:
        return []
    start, name, quoted = names[0]
    desc = _CASELESS_DESC.search(span, 0, start)
    hit = _classify(name, m.group(0), desc.group(0) if desc else None, registry, publisher,
                    gives_quotes=pattern.gives_quotes, wire=False, people=False,
                    language=pattern.language, text_language=text_language)
    if hit is None or not (quoted or hit.outlet is not None):
        return []
    return [(at + start, hit)]


def marked_name(found: Found, desc: str | None, quoted: bool, subject: bool = False,
                mentions: _Mentions | None = None) -> bool:
    """Whether a German source's name is marked as a name, German capitalising every noun: the
    registry knows it (the noun of a title such as Die Zeit alone only when set off), quotes
    or a descriptor set it off (der „Spiegel“, die Agentur AFP),
    it is spelled as no noun is (AFP, n-tv, xAI; dpa's lower case is the registry's), it has
    two words or more (Süddeutsche Zeitung), or it is a compound that names an institution
    or an outlet (Bundesbank, Innenministeriums). "laut Polizei", "gegenüber dem Vorjahr"
    name no one. Where quotes were given to it ("sagte der ...", "gegenüber dem ..."), the
    source is an outlet or quoted: "gegenüber der EU" says to whom a policy is turned. A
    sentence's ``subject`` of several words opens with an adjective (Die Deutsche Bahn
    meldete), not with a noun set before a name (Die Bloggerin Ana Siú schrieb, Der
    Luxusgüterkonzern LVMH meldet). A word the text (its ``mentions``) prints as names are
    printed is one too (``_bare_name``: "laut Precht" where Precht is named throughout).

    >>> from newsclean.provenance.registry import Registry
    >>> [c.name for c in find_citations(["Laut Polizei war der Fahrer betrunken, laut dpa "
    ...                                  "auch der Beifahrer."], Registry.shipped())]
    ['dpa']
    """
    name = found.citation.name
    if quoted or desc:
        return True
    if found.outlet is not None:
        # a title's article before a noun (Die Zeit, Der Spiegel): the noun alone is a common
        # one ("gegenüber der Zeit vor der Krise") unless quotes or a descriptor set it off;
        # a long one is a compound no text uses but as the title (Tagesspiegel, Weltwoche)
        forms = set(_german_nominatives(name))  # "des Spiegels": Spiegel
        return " " in name or not any(
            title.split()[0].casefold() in TITLE_ARTICLES and len(title.split()) == 2
            and title.split()[1] in forms and len(title.split()[1]) < _TITLE_COMPOUND_CHARS
            for title in found.outlet.names)
    if found.gives_quotes:
        return found.citation.kind == "outlet"
    if name.split()[0].casefold() in DE_NOT_NAMES or name.split("-")[-1].casefold() in DE_NOT_NAMES:
        return False  # "laut Hersteller Arbeiten", "laut iPhone-Hersteller Apple": nouns, no name
    if " " in name:
        return not subject or name.split()[0].endswith(_ADJECTIVE_ENDINGS)
    if name.isupper():
        return True
    if name[:1].islower():  # n-tv, t-online.de, xAI, eXXpress; not "einer"
        return bool(re.search(r"[-.\d]", name)) or not name.islower()
    return _compound_kind(name) is not None or (mentions is not None and _bare_name(name, mentions))


_TITLE_COMPOUND_CHARS = 9  # "Tagesspiegel", "Weltwoche"; not "Spiegel", "Standard", "Presse"


# What sets a German noun off as a common one: an article or a determiner before it, perhaps
# with an adjective between ("der neue Architekt", "vom Gericht")
_DETERMINED = re.compile(
    r"\b(?:der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|kein|keine|keinem|keinen|"
    r"keiner|diese|diesem|diesen|dieser|dieses|jede|jedem|jeden|jeder|jedes|vom|zum|zur|im|am|"
    r"beim|ins)\s+(?:\w+\s+)?$", re.IGNORECASE)
_DETERMINED_REACH = 40  # characters before a word where its article is looked for
_BARE_SHARE = 5  # a name takes an article at most once in this many mentions ("der Milliardär")


class _Mentions:
    """Where each word of a text stands, indexed in one pass when first asked: a text that
    names thousands of sources costs one pass, not one per name."""

    __slots__ = ("_paragraphs", "_starts", "text")

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self._paragraphs = paragraphs
        self.text = ""  # the paragraphs joined, once a word is first looked up
        self._starts: dict[str, list[int]] | None = None

    def of(self, word: str) -> list[int]:
        if self._starts is None:
            self.text = "\n".join(self._paragraphs)
            self._starts = {}
            for m in _WORD.finditer(self.text):
                self._starts.setdefault(m.group(), []).append(m.start())
        return self._starts.get(word, [])


_WORD = re.compile(r"\w+")


def _bare_name(word: str, mentions: _Mentions) -> bool:
    """Whether the text prints ``word`` as a name: twice or more, and almost never after an
    article or a determiner, which a German common noun takes ("das Gericht", "der
    Architekt") and a name does not ("Precht", "Microsoft", "Kondo"). Not a word ending in
    -n, as the plurals after "laut" do ("laut Forschern", "laut Analysten")."""
    if word.endswith("n"):
        return False
    starts = mentions.of(word)
    if len(starts) < 2:
        return False
    text = mentions.text
    determined = sum(bool(_DETERMINED.search(text[max(0, at - _DETERMINED_REACH):at])) for at in starts)
    return determined * _BARE_SHARE < len(starts)


def _compound_kind(word: str, rest: int = _COMPOUND_REST) -> CitationKind | None:
    """What a German compound names by the word it ends with: "institution" (Bundesbank,
    Innenministeriums), "outlet" (Tageszeitung, Rundfunks), else None; ``rest`` letters at
    least before that word ("Polizei" alone is no compound, "Bundespolizei" is)."""
    folded = word.casefold()
    for endings, kind in _COMPOUND_ENDINGS:
        if any(folded.endswith(e) and len(folded) >= len(e) + rest for e in endings):
            return kind
    return None


_COMPOUND_ENDINGS: tuple[tuple[tuple[str, ...], CitationKind], ...] = (
    (DE_INSTITUTION_ENDINGS, "institution"), (DE_OUTLET_ENDINGS, "outlet"))


def _adjective(name: str, registry: Registry) -> bool:
    """One unknown word before a lower-case noun reads as an adjective (``Russian``)."""
    return " " not in name.strip() and "." not in name and registry.by_name(name) is None


def _known_part(name: str, registry: Registry) -> tuple[int, str]:
    """The longest run of ``name``'s first words that the registry knows, else of its last
    words, with where it starts in ``name``; or ``name`` whole."""
    words = list(_WORD_RUN.finditer(name))
    for word in reversed(words[:-1]):
        if registry.by_name(name[:word.end()]):
            return 0, name[:word.end()]
    for word in words[1:]:
        if registry.by_name(name[word.start():]):
            return word.start(), name[word.start():]
    return 0, name


_WORD_RUN = re.compile(r"\S+")


def _parts(name: str, registry: Registry) -> list[tuple[str, int]]:
    """A name, or the names an ``and`` joins (``Reuters and the Associated Press``, ``the
    ministry and the WHO``): the registry knows one of them, or an article opens one. Else
    ``and`` is the name's own (``Post and Courier``, ``Procter and Gamble``)."""
    name = name.strip(_TRAILING + _QUOTE_CHARS)
    if " and " not in name or registry.by_name(name) is not None:
        return [(name, 0)]
    pieces = name.split(" and ")
    if not any(re.match(r"the\s", piece) for piece in pieces[1:]) and all(
            registry.by_name(piece.strip()) is None for piece in pieces):
        return [(name, 0)]
    parts, offset = [], 0
    for piece in pieces:
        parts.append((re.sub(r"^the\s+", "", piece.strip()), offset))
        offset += len(piece) + 5
    return parts


def _classify(
    name: str, phrase: str, desc: str | None, registry: Registry, publisher: OutletInfo | None,
    *, gives_quotes: bool, wire: bool, people: bool = True, role: bool = False,
    language: str = "en", text_language: str | None = None,
) -> Found | None:
    """The source ``name`` is, as a pattern of ``language`` found it in a text of
    ``text_language`` (which of the outlets sharing a name it is)."""
    name = _tidy(name, registry)
    if not name or name.casefold() in NOT_NAMES or len(name) < 2:
        return None
    outlet = registry.by_name(name, text_language or language)
    if outlet is None:
        declined = _declined(name, registry, language)  # "Интерфакса": Interfax, named as it is named
        if declined is not None:
            # a German name keeps its case's ending, a whole word ("der Süddeutschen Zeitung");
            # elsewhere the pattern read the stem, and the nominative names it
            name, outlet = (name if language == "de" else declined[0]), declined[1]
    kind: CitationKind = _kind(name, desc, outlet, wire=wire, role=role, language=language)
    if kind == "person" and not people:
        return None
    if outlet is not None and publisher is not None and is_publisher(outlet, publisher):
        kind = "self"
    citation = Citation(name=name, outlet_id=outlet.id if outlet else None, phrase=phrase.strip(),
                        kind=kind)
    return Found(citation, gives_quotes, outlet, language)


def is_publisher(outlet: OutletInfo, publisher: OutletInfo) -> bool:
    """Whether a source the text names is its publisher: the same outlet, or one a service of
    the other under its domain ("ya shaida wa BBC" on BBC News Hausa, ``bbc.com/hausa``)."""
    if outlet.id == publisher.id:
        return True

    def hosts(o: OutletInfo) -> set[str]:
        return {d.casefold() for d in o.domains if "/" not in d}

    def services(o: OutletInfo) -> set[str]:
        return {d.casefold().partition("/")[0] for d in o.domains if "/" in d}

    return bool(services(outlet) & hosts(publisher) or services(publisher) & hosts(outlet))


def _tidy(name: str, registry: Registry) -> str:
    """The name without what the pattern took beside it: quotes, a year (``laut Eurostat
    2022``: the year of its data), a possessive's ending (Reuters', RFE/RL's), the sentence's
    opening word (``As The Guardian reported``), the day a
    statement was made (``told CNN Sunday``, the way news English dates it), and what a
    registered outlet's possessive owns (``The Verge's Stadia review``, ``Axios' Mike
    Allen``). A name the registry knows whole stays whole (``The Mail on Sunday``)."""
    name = name.strip(_QUOTE_CHARS).rstrip(_TRAILING).strip(_QUOTE_CHARS)
    name = re.sub(r"\s+(?:19|20)\d\d$", "", name)
    name = re.sub(r"^[\w.]+-based\s+(?=\S)", "", name)  # "the Charleston-based Post and Courier"
    if registry.by_name(name) is None:
        name = _OPENER.sub("", name)  # "As The Guardian reported": the sentence's word
        day = _DAY_AFTER.search(name)
        if day is not None and day.start() > 0 and not name[:day.start()].split()[-1][:1].islower():
            name = name[:day.start()]
        owner = _OWNER.search(name)
        if owner is not None and registry.by_name(name[:owner.start()]) is not None:
            name = name[:owner.start()]
    return re.sub(r"['’]s?$", "", name)


# a weekday after a name of capitalised words: the day, not the name's ("Argus Leader Monday";
# not "The Mail on Sunday")
_DAY_AFTER = re.compile(rf"\s+{WEEKDAY}\Z")
# a sentence's opening word a name of capitalised words took in ("As The Guardian reported",
# "But Reuters said"); not a title's article ("The Hill")
_OPENER = re.compile(r"^(?:As|But|And|While|When|Meanwhile|Yet|So|Now|Then|However|Still|Also|"
                     r"After|Before|Since|Because|If|Although|Though|Earlier|Later)\s+(?=\S)")
_OWNER = re.compile(r"['’]s?\s+\S")  # "The Verge's Stadia": what a name's possessive owns


def _declined(name: str, registry: Registry, language: str = "en") -> tuple[str, OutletInfo] | None:
    """A declined Russian or Ukrainian name, with the name it declines: the alias plus a short ending
    (``Интерфакса``), or a case ending in place of the name's own (``Ведомостям``,
    ``Известиями``, ``Газете.Ru``); or a Finnish, Icelandic, Estonian or Latvian one, as a
    pattern of that language read it (:func:`_declined_stem`)."""
    if not _CYRILLIC.search(name.lower()):
        if language == "de":
            return _declined_german(name, registry)
        return _declined_stem(name, registry, language)
    candidates = [name[:-cut] for cut in (1, 2)]
    head, dot, tail = name.partition(".")  # Газете.Ru: the Russian word declines, not .Ru
    candidates += [head[: -len(ending)] + nominative + dot + tail for ending, nominative in _RU_ENDINGS
                   if head.endswith(ending) and len(head) > len(ending) + 2]
    for candidate in candidates:
        outlet = registry.by_name(candidate)
        if outlet is not None:
            return candidate, outlet
    return None


def _declined_stem(name: str, registry: Registry, language: str) -> tuple[str, OutletInfo] | None:
    """A Finnish, Icelandic, Estonian, Latvian or Lithuanian name a case ending changed, with
    the name it declines: a Finnish or Estonian pattern reads the stem before the case's
    ending (``Aamulehde`` of "Aamulehden mukaan", ``Helsingin Sanomie``, ``MTV Uutisi`` of "MTV
    Uutisille", ``Postimehe`` of "Postimehe andmetel"), an Icelandic or Latvian one the word
    as declined (``Vísi``, ``Morgunblaðinu``, ``Latgales Laika``). The name's last word
    declines; a word the pattern took before the name is let go ("Myös Ylen mukaan": also
    Yle's)."""
    endings = _STEM_ENDINGS.get(language)
    if endings is None:
        return None
    words = name.split()
    for first in range(len(words)):
        head = " ".join(words[first:])
        candidates = [head] if first else []
        candidates += [head[: len(head) - len(ending)] + nominative for ending, nominative in endings
                       if head.endswith(ending) and len(head) > len(ending) + 1]
        for candidate in candidates:
            outlet = registry.by_name(candidate, language)
            if outlet is not None:
                return candidate, outlet
    return None


def _declined_german(name: str, registry: Registry) -> tuple[str, OutletInfo] | None:
    """A German name its case declined, with the name it declines: an adjective's weak ending
    (``der Süddeutschen Zeitung``, ``der Kleinen Zeitung``, ``dem Bayerischen Rundfunk``) or a
    noun's genitive (``des Kölner Stadt-Anzeigers``, ``des Handelsblatts``)."""
    words = name.split()
    if len(words) > _DE_DECLINED_WORDS:
        return None
    options = [_german_nominatives(word) for word in words]
    for candidate in itertools.islice(itertools.product(*options), 1, None):  # the first is the name
        outlet = registry.by_name(" ".join(candidate), "de")
        if outlet is not None:
            return " ".join(candidate), outlet
    return None


_DE_DECLINED_WORDS = 4  # "der Hannoverschen Allgemeinen Zeitung"


def _german_nominatives(word: str) -> list[str]:
    """A German word as printed, then the nominatives it may decline: Süddeutschen (die
    Süddeutsche), Bayerischen (der Bayerische), Merkurs, Handelsblattes."""
    found = [word]
    if word.endswith("en") and len(word) > 4:
        found += [word[:-1], word[:-2] + "er", word[:-1] + "s"]  # -e, -er, -es: Neue, Neuer, Neues
    elif word.endswith("es") and len(word) > 5:
        found += [word[:-2], word[:-1]]  # Handelsblattes; Kuriers
    elif word.endswith("s") and len(word) > 4:
        found.append(word[:-1])
    return found


# What a declined name's stem ends in, and its nominative's ending: Finnish's genitive and
# allative stems (Aamulehde-n: Aamulehti; Sanomie-n, Sanom-ille: Sanomat; Uutiste-n,
# Uutis-ille: Uutiset; Keskisuomalaise-n: Keskisuomalainen), Icelandic's dative, accusative and
# genitive (Vísi, Vísis: Vísir; Morgunblaðinu, Morgunblaðsins: Morgunblaðið; Heimildina,
# Heimildinni: Heimildin), Estonian's genitive stem (Postimehe: Postimees; Õhtulehe: Õhtuleht;
# Äripäeva: Äripäev), and the genitive Latvian and Lithuanian credit by (Latgales Laika: Latgales
# Laiks; Lietuvos ryto: Lietuvos rytas; Verslo žinių: Verslo žinios)
_STEM_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "fi": (("de", "ti"), ("ie", "at"), ("i", "at"), ("", "at"), ("ste", "set"), ("s", "set"),
           ("se", "nen")),
    "is": (("i", "ir"), ("is", "ir"), ("inu", "ið"), ("sins", "ið"), ("inni", "in"), ("ina", "in")),
    "et": (("mehe", "mees"), ("lehe", "leht"), ("a", "")),
    "lv": (("a", "s"), ("as", "a"), ("o", "as"), ("ių", "ios")),
}


# Russian and Ukrainian case endings and the endings of the nominative they may stand for;
# a neuter adjective's too, a name of its own ("Суспільному", "Суспільного": Суспільне)
_RU_ENDINGS = (("ями", "я"), ("ями", "и"), ("ами", "а"), ("ами", "ы"), ("ям", "и"), ("ям", "я"),
               ("ам", "ы"), ("ам", "а"), ("ой", "а"), ("ей", "я"), ("ом", ""), ("ем", "ь"),
               ("у", "а"), ("ю", "я"), ("ю", "ь"), ("е", "а"), ("е", "я"), ("и", "а"), ("и", "я"),
               ("и", "ь"), ("ы", "а"), ("ов", ""), ("ому", "е"), ("ого", "е"), ("ому", "ое"),
               ("ого", "ое"))


# what an English descriptor calls an outlet: "the news agency", "the newspaper" (not "the
# agency", "the service"); every descriptor the other languages' patterns read is an outlet's
# ("das Nachrichtenmagazin", "le quotidien", "el diario", "газета")
_OUTLET_DESC = re.compile(
    r"news|newspaper|daily|weekly|magazine|website|portal|outlet|channel|broadcaster|television|"
    r"radio|publication", re.IGNORECASE)


def _kind(name: str, desc: str | None, outlet: OutletInfo | None, *, wire: bool,
          role: bool = False, language: str = "en") -> CitationKind:
    """What the source is. A person's name is two to four capitalised words opening with a
    given name, or after a title (``President Putin``) or a role (``analyst Arkady
    Dubnov``)."""
    if outlet is not None:
        return "wire" if wire else "outlet"
    words = [w.casefold().strip(".,'’") for w in re.split(r"[\s-]+", name)]
    if wire:
        return "wire"
    if desc and (language != "en" or _OUTLET_DESC.search(desc)):
        return "outlet"
    if re.search(r"\.[a-z]{2,}$", name):
        return "outlet"  # Armiya.az, news.am
    if any(w in OUTLET_WORDS for w in words) and not any(w in INSTITUTION_WORDS - {"agency"} for w in words):
        return "outlet"
    if _officer(name, words):
        return "person"
    if any(w in INSTITUTION_WORDS for w in words) or (desc and "agency" in desc.casefold()):
        return "institution"
    # das Statistische Bundesamt, der Europäische Rechnungshof, der Bayerische Rundfunk
    compound = _compound_kind(words[-1], rest=0)
    if compound is not None:
        return compound
    if re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", name):
        return "institution"  # an acronym: CSTO, NATO, UN
    if words[0] in PERSON_TITLES or (
        2 <= len(name.split()) <= 4 and words[0] not in TITLE_ARTICLES
        and (role or given_name(name.split()[0]))
        and all(re.fullmatch(r"[A-ZÀ-ÞА-ЯЁƏ][^\W\d_]*(?:['’.-][^\W\d_]*)*", w) for w in name.split())
    ):
        # not "The Hill", "El País", "Irish Examiner", "United Nations", "T13 Noche"
        return "person"
    return "unknown"


def _officer(name: str, words: Sequence[str]) -> bool:
    """Whether a name is an institution's officer by name, the institution first: "Central
    Bank Governor Elvira Nabiullina", "Bank of England Governor Andrew Bailey" (a person, who
    says things, not the bank)."""
    title = next((k for k, w in enumerate(words) if k > 0 and w in PERSON_TITLES), None)
    if title is None or len(words) - title - 1 < 2:
        return False
    return given_name(re.split(r"[\s-]+", name)[title + 1])


def told_the_masthead(found: Sequence[Found], masthead: Iterable[str]) -> Found | None:
    """The quote given to an outlet the registry does not know that the page's header
    prints as its name ("told The Herald" under "The Herald"): the page's own reporting, read
    where ``publisher_from`` reads it."""
    names = {name_key(line) for line in masthead}
    return next((f for f in found if f.gives_quotes and f.outlet is None
                 and f.citation.kind in ("outlet", "unknown") and f.language in _SELF_TOLD
                 and name_key(f.citation.name) in names), None)


def publisher_from(found: Sequence[Found]) -> OutletInfo | None:
    """The one outlet the text's quotes were given to, when there is exactly one: the weak
    self-attribution signal (``told Trend`` in an article with no other outlet evidence).
    Read in English, Russian, Persian and Arabic only, where outlets write so of their own
    interviews: "Em entrevista à CNN" on a Brazilian portal is an interview CNN got."""
    outlets = {f.outlet.id: f.outlet for f in found
               if f.gives_quotes and f.outlet is not None and f.language in _SELF_TOLD}
    return next(iter(outlets.values())) if len(outlets) == 1 else None
